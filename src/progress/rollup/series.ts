// Private: the series a roll-up assesses, read from a state's table: one combined value per
// period end (whole population only, ends on or before the date), sorted by year, combined by
// the one combine step (series/complete.ts) with its completeness check.
import { periodText } from "../../dates/periodText.js";
import type { Indicator } from "../../schemas/indicator.js";
import {
  type Completeness,
  combineCells,
  noUnits,
  type SeriesProblem,
  seriesOf,
  type TableSeries,
} from "../series/complete.js";
import type { PeriodTable } from "./table.js";
import * as Layout from "./table.js";

// Local copies of the row layout (read once, not through the module binding on every row).
const FIELDS = Layout.FIELDS;
const YEAR = Layout.YEAR;
const WHOLE_RANK = Layout.WHOLE_RANK;
const UNITS = Layout.UNITS;

/** Why a row cannot be combined. */
export type RowProblem = SeriesProblem;

export type { TableSeries };

function hasKeys(d: object | undefined): boolean {
  if (d === undefined) return false;
  for (const _ in d) return true;
  return false;
}

/** The sorted series of a table as of a decimal year. */
export function tableSeries(
  table: PeriodTable,
  indicator: Pick<Indicator, "aggregation" | "measure" | "expectedReporters" | "unitWeights">,
  asOfYear: number,
  completeness: Completeness,
): TableSeries {
  const { figures, yearRows, firstYear } = table;
  // The rows of the whole-population series up to the date: integer years in order, then other
  // periods merged in by year (integer-year rows first on ties).
  const rows: number[] = [];
  for (let r = 0; r < yearRows; r++) {
    if (!(firstYear + r <= asOfYear)) break;
    rows.push(r);
  }
  let sorted = true;
  for (let j = 0; j < table.keys.length; j++) {
    if (hasKeys(table.dimensions[j])) continue;
    const row = yearRows + j;
    if (!((figures[row * FIELDS + YEAR] ?? 0) <= asOfYear)) continue;
    rows.push(row);
    sorted = false;
  }
  if (!sorted)
    rows.sort((a, b) => (figures[a * FIELDS + YEAR] ?? 0) - (figures[b * FIELDS + YEAR] ?? 0));
  // Only rows with a figure are periods of the series.
  const used = rows.filter(
    (r) => (figures[r * FIELDS + WHOLE_RANK] ?? 0) > 0 || (figures[r * FIELDS + UNITS] ?? 0) > 0,
  );
  const units = table.units;
  const panel = units
    ? {
        ids: units.ids,
        stride: units.figures.length / (units.ids.length * units.fields),
        fields: units.fields,
        figures: units.figures,
      }
    : noUnits();
  const period = (i: number) => {
    const r = used[i] as number;
    return r < yearRows ? String(firstYear + r) : periodText(table.periods[r - yearRows] ?? 0);
  };
  return seriesOf(combineCells(indicator, { figures, rows: used }, panel, period, completeness));
}
