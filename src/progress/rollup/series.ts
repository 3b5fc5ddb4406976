// Private: the series a roll-up assesses, read from a state's table: one combined value per
// period end (whole population only, ends on or before the date), sorted by year.
import type { Indicator, ObservationStatus } from "../../schemas/indicator.js";
import type { PeriodTable } from "./table.js";
import * as Layout from "./table.js";

// Local copies of the row layout (read once, not through the module binding on every row).
const FIELDS = Layout.FIELDS;
const YEAR = Layout.YEAR;
const WHOLE_VALUE = Layout.WHOLE_VALUE;
const WHOLE_RANK = Layout.WHOLE_RANK;
const UNITS = Layout.UNITS;
const SUM = Layout.SUM;
const NUMERATOR = Layout.NUMERATOR;
const DENOMINATOR = Layout.DENOMINATOR;
const RATIO_MISSING = Layout.RATIO_MISSING;
const PICK_VALUE = Layout.PICK_VALUE;
const WEAKEST = Layout.WEAKEST;
const PICK_RANK = Layout.PICK_RANK;

const STATUS: readonly ObservationStatus[] = ["estimated", "estimated", "provisional", "final"];

/** The status of row `row`'s combined value (as combineRow combines it; rows with data only):
 * the whole-population figure's, else the weakest unit report's (the picked one's for `latest`). */
function rowStatus(
  figures: Float64Array,
  row: number,
  indicator: Pick<Indicator, "aggregation">,
): ObservationStatus {
  const at = row * FIELDS;
  const whole = figures[at + WHOLE_RANK] ?? 0;
  const rank =
    whole > 0
      ? whole
      : indicator.aggregation === "latest"
        ? (figures[at + PICK_RANK] ?? 0)
        : 4 - (figures[at + WEAKEST] ?? 0);
  return STATUS[rank] ?? "estimated";
}

/** Why a row cannot be combined. */
export type RowProblem = "not-aggregatable" | "missing-ratio-parts";

/** The combined value of row `row` by the indicator's aggregation rule; undefined without data. */
export function combineRow(
  figures: Float64Array,
  row: number,
  indicator: Pick<Indicator, "aggregation" | "measure">,
): number | RowProblem | undefined {
  const at = row * FIELDS;
  if ((figures[at + WHOLE_RANK] ?? 0) > 0) return figures[at + WHOLE_VALUE] ?? 0;
  const units = figures[at + UNITS] ?? 0;
  if (units === 0) return undefined;
  switch (indicator.aggregation) {
    case "sum":
      return figures[at + SUM] ?? 0;
    case "mean":
      return (figures[at + SUM] ?? 0) / units;
    case "latest":
      return figures[at + PICK_VALUE] ?? 0;
    case "ratio": {
      const denominator = figures[at + DENOMINATOR] ?? 0;
      if ((figures[at + RATIO_MISSING] ?? 0) > 0 || !(denominator > 0))
        return "missing-ratio-parts";
      const ratio = (figures[at + NUMERATOR] ?? 0) / denominator;
      return ratio * (indicator.measure === "percentage" ? 100 : 1);
    }
    case "none":
      return "not-aggregatable";
    default: {
      const unreachable: never = indicator.aggregation;
      return unreachable;
    }
  }
}

/** A series (with each value's status), or why the organisations' figures cannot be combined. */
export type TableSeries =
  | { readonly years: number[]; readonly values: number[]; readonly statuses: ObservationStatus[] }
  | {
      readonly years: number[];
      readonly values: number[];
      readonly statuses: ObservationStatus[];
      readonly problem: RowProblem;
    };

function hasKeys(d: object | undefined): boolean {
  if (d === undefined) return false;
  for (const _ in d) return true;
  return false;
}

/** The sorted series of a table as of a decimal year. */
export function tableSeries(
  table: PeriodTable,
  indicator: Pick<Indicator, "aggregation" | "measure">,
  asOfYear: number,
): TableSeries {
  const years: number[] = [];
  const values: number[] = [];
  const statuses: ObservationStatus[] = [];
  const { figures, yearRows, firstYear } = table;
  // Integer-year rows come in year order.
  for (let r = 0; r < yearRows; r++) {
    const year = firstYear + r;
    if (!(year <= asOfYear)) break;
    const c = combineRow(figures, r, indicator);
    if (c === undefined) continue;
    if (typeof c === "string") return { years: [], values: [], statuses: [], problem: c };
    years.push(year);
    values.push(c);
    statuses.push(rowStatus(figures, r, indicator));
  }
  const extra = table.keys.length;
  if (extra === 0) return { years, values, statuses };
  // Further rows (other periods): merge them in by year, integer-year rows first on ties.
  const order: number[] = [];
  for (let j = 0; j < extra; j++) {
    if (hasKeys(table.dimensions[j])) continue;
    const row = yearRows + j;
    if (!((figures[row * FIELDS + YEAR] ?? 0) <= asOfYear)) continue;
    order.push(row);
  }
  if (order.length === 0) return { years, values, statuses };
  const rows: { year: number; value: number; status: ObservationStatus }[] = years.map(
    (year, i) => ({ year, value: values[i] ?? 0, status: statuses[i] ?? "final" }),
  );
  for (const row of order) {
    const c = combineRow(figures, row, indicator);
    if (c === undefined) continue;
    if (typeof c === "string") return { years: [], values: [], statuses: [], problem: c };
    rows.push({
      year: figures[row * FIELDS + YEAR] ?? 0,
      value: c,
      status: rowStatus(figures, row, indicator),
    });
  }
  rows.sort((a, b) => a.year - b.year);
  return {
    years: rows.map((r) => r.year),
    values: rows.map((r) => r.value),
    statuses: rows.map((r) => r.status),
  };
}
