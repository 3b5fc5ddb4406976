// Private: the columnar per-indicator tables of a roll-up state. Each row holds the mergeable
// figures of one period and dimension set (the same monoid as series/accumulate.ts), as FIELDS
// numbers in a Float64Array, so that folding a million observations allocates no object per row.

import type { Indicator, Observation } from "../../schemas/indicator.js";
import type { Dimensions } from "../../schemas/primitives.js";
import { accumulatorKey } from "../series/accumulate.js";
import { addToPanel, checksCompleteness, createPanel } from "../series/complete.js";
import { decimalYearOf, observationValue } from "../series/select.js";
import type { PeriodTable, PeriodTableUnits } from "./types.js";

/** The numbers of a row, in this order. */
export const YEAR = 0;
export const WHOLE_VALUE = 1;
export const WHOLE_RANK = 2;
export const UNITS = 3;
export const SUM = 4;
export const NUMERATOR = 5;
export const DENOMINATOR = 6;
export const RATIO_MISSING = 7;
export const WEAKEST = 8; // 4 − the weakest status rank among units' reports (0 = none yet)
export const PICK_RANK = 9;
export const PICK_VALUE = 10;
export const FIELDS = 11;

export type { PeriodTable, PeriodTableUnits };

/** Starts row `row` of a figures array: rows start zeroed (new typed arrays are); sets its year. */
export function startRow(figures: Float64Array, row: number, year: number): void {
  figures[row * FIELDS + YEAR] = year;
}

/** Starts the rows `first … first + count − 1` with the years `year, year + 1, …`. */
export function startYearRows(
  figures: Float64Array,
  first: number,
  count: number,
  year: number,
): void {
  for (let r = 0; r < count; r++) figures[(first + r) * FIELDS + YEAR] = year + r;
}

/** Folds one observation into row `row`. */
export function addObservation(
  figures: Float64Array,
  pickUnits: string[],
  row: number,
  o: Observation,
  indicator: Indicator,
): void {
  let v = o.value;
  if (
    v === undefined &&
    o.numerator !== undefined &&
    o.denominator !== undefined &&
    o.denominator > 0
  )
    v = (o.numerator / o.denominator) * (indicator.measure === "percentage" ? 100 : 1);
  const rank = o.status === "final" ? 3 : o.status === "provisional" ? 2 : 1;
  addToRow(figures, pickUnits, row, o, v, rank, indicator.aggregation === "latest");
}

/** Folds one observation (its value `v`, status rank `rank`) into row `row`. */
export function addToRow(
  figures: Float64Array,
  pickUnits: string[],
  row: number,
  o: Observation,
  v: number | undefined,
  rank: number,
  latest: boolean,
): void {
  const at = row * FIELDS;
  if (o.unitId === undefined) {
    if (v === undefined) return;
    const wholeRank = figures[at + WHOLE_RANK] ?? 0;
    if (rank > wholeRank || (rank === wholeRank && v > (figures[at + WHOLE_VALUE] ?? v))) {
      figures[at + WHOLE_VALUE] = v;
      figures[at + WHOLE_RANK] = rank;
    }
    return;
  }
  figures[at + UNITS] = (figures[at + UNITS] ?? 0) + 1;
  figures[at + SUM] = (figures[at + SUM] ?? 0) + (v ?? 0);
  if (o.numerator !== undefined && o.denominator !== undefined) {
    figures[at + NUMERATOR] = (figures[at + NUMERATOR] ?? 0) + o.numerator;
    figures[at + DENOMINATOR] = (figures[at + DENOMINATOR] ?? 0) + o.denominator;
  } else figures[at + RATIO_MISSING] = (figures[at + RATIO_MISSING] ?? 0) + 1;
  if (4 - rank > (figures[at + WEAKEST] ?? 0)) figures[at + WEAKEST] = 4 - rank;
  // The report `latest` picks: tracked only for indicators that combine by `latest`.
  if (v === undefined || !latest) return;
  const pickRank = figures[at + PICK_RANK] ?? 0;
  if (rank > pickRank || (rank === pickRank && o.unitId > (pickUnits[row] ?? ""))) {
    figures[at + PICK_RANK] = rank;
    figures[at + PICK_VALUE] = v;
    pickUnits[row] = o.unitId;
  }
}

/** Merges row `from` of `b` into row `to` of `a` (the accumulator monoid). */
export function mergeRow(
  a: Float64Array,
  aUnits: string[],
  to: number,
  b: Float64Array,
  bUnits: readonly string[],
  from: number,
): void {
  const x = to * FIELDS;
  const y = from * FIELDS;
  const wr = b[y + WHOLE_RANK] ?? 0;
  const wv = b[y + WHOLE_VALUE] ?? 0;
  if (
    wr > 0 &&
    (wr > (a[x + WHOLE_RANK] ?? 0) || (wr === a[x + WHOLE_RANK] && wv > (a[x + WHOLE_VALUE] ?? 0)))
  ) {
    a[x + WHOLE_VALUE] = wv;
    a[x + WHOLE_RANK] = wr;
  }
  for (const f of [UNITS, SUM, NUMERATOR, DENOMINATOR, RATIO_MISSING])
    a[x + f] = (a[x + f] ?? 0) + (b[y + f] ?? 0);
  a[x + WEAKEST] = Math.max(a[x + WEAKEST] ?? 0, b[y + WEAKEST] ?? 0);
  const pr = b[y + PICK_RANK] ?? 0;
  const pu = bUnits[from] ?? "";
  if (pr > (a[x + PICK_RANK] ?? 0) || (pr === a[x + PICK_RANK] && pu > (aUnits[to] ?? ""))) {
    a[x + PICK_RANK] = pr;
    a[x + PICK_VALUE] = b[y + PICK_VALUE] ?? 0;
    aUnits[to] = pu;
  }
}

/** A growable table of rows other than the integer-year ones. */
export interface ExtraRows {
  readonly index: Map<string | number, number>;
  readonly keys: (string | number)[];
  readonly periods: Observation["period"][];
  readonly dimensions: (Dimensions | undefined)[];
  pickUnits: string[];
  figures: Float64Array;
}

/** An empty set of further rows. */
export function createExtraRows(): ExtraRows {
  return {
    index: new Map(),
    keys: [],
    periods: [],
    dimensions: [],
    pickUnits: [],
    figures: new Float64Array(4 * FIELDS),
  };
}

/** The row of a key in `extra`, added (empty) when new. */
export function extraRow(
  extra: ExtraRows,
  key: string | number,
  period: Observation["period"],
  dimensions: Dimensions | undefined,
  year: number,
): number {
  const found = extra.index.get(key);
  if (found !== undefined) return found;
  const row = extra.keys.length;
  if ((row + 1) * FIELDS > extra.figures.length) {
    const grown = new Float64Array(extra.figures.length * 2);
    grown.set(extra.figures);
    extra.figures = grown;
  }
  startRow(extra.figures, row, year);
  extra.index.set(key, row);
  extra.keys.push(key);
  extra.periods.push(period);
  extra.dimensions.push(dimensions);
  extra.pickUnits.push("");
  return row;
}

/** Folds an observation into `extra` under its own key; returns its row there. */
export function addToExtra(extra: ExtraRows, o: Observation, indicator: Indicator): number {
  const row = extraRow(extra, accumulatorKey(o), o.period, o.dimensions, decimalYearOf(o.period));
  addObservation(extra.figures, extra.pickUnits, row, o, indicator);
  return row;
}

/** Joins integer-year rows (`figures`, `pickUnits`) and further rows into a table. */
export function toTable(
  firstYear: number,
  yearRows: number,
  figures: Float64Array,
  pickUnits: readonly string[],
  extra: ExtraRows | undefined,
  units?: PeriodTableUnits | undefined,
): PeriodTable {
  const own = units === undefined ? {} : { units };
  if (!extra || extra.keys.length === 0)
    return {
      firstYear,
      yearRows,
      keys: [],
      periods: [],
      dimensions: [],
      pickUnits,
      figures,
      ...own,
    };
  const all = new Float64Array((yearRows + extra.keys.length) * FIELDS);
  all.set(figures.subarray(0, yearRows * FIELDS));
  all.set(extra.figures.subarray(0, extra.keys.length * FIELDS), yearRows * FIELDS);
  return {
    firstYear,
    yearRows,
    keys: extra.keys,
    periods: extra.periods,
    dimensions: extra.dimensions,
    pickUnits: [
      ...Array.from({ length: yearRows }, (_, r) => pickUnits[r] ?? ""),
      ...extra.pickUnits,
    ],
    figures: all,
    ...own,
  };
}

/** Whether an observation goes to an integer-year row: a whole year, whole population. */
function isYearRow(o: Observation): boolean {
  if (typeof o.period !== "number" || !Number.isInteger(o.period)) return false;
  const d = o.dimensions;
  if (d === undefined) return true;
  for (const _ in d) return false;
  return true;
}

/** Folds observations into one table per indicator of `indicators` (two passes, see createRollUpState). */
export function foldObservations(
  indicatorList: readonly Indicator[],
  observations: readonly Observation[],
): { indicators: Map<string, PeriodTable>; count: number } {
  const list: Indicator[] = [];
  const slotOf = new Map<string, number>();
  for (const indicator of indicatorList)
    if (!slotOf.has(indicator.id)) {
      slotOf.set(indicator.id, list.length);
      list.push(indicator);
    }
  const m = list.length;
  const n = observations.length;
  // Pass 1: the slot of each observation (−1: unknown indicator), and each slot's year span.
  const slots = new Int32Array(n);
  const low = new Int32Array(m).fill(10000);
  const high = new Int32Array(m).fill(-1);
  const yearCount = new Int32Array(m);
  let lastId: string | undefined;
  let last = -1;
  let count = 0;
  for (let k = 0; k < n; k++) {
    const o = observations[k] as Observation;
    if (o.indicatorId !== lastId) {
      lastId = o.indicatorId;
      last = slotOf.get(lastId) ?? -1;
    }
    slots[k] = last;
    if (last < 0) continue;
    count += 1;
    if (isYearRow(o)) {
      const y = o.period as number;
      if (y < (low[last] ?? 0)) low[last] = y;
      if (y > (high[last] ?? 0)) high[last] = y;
      yearCount[last] = (yearCount[last] ?? 0) + 1;
    }
  }
  // Integer-year rows live in one buffer; a slot whose years are too sparse uses further rows.
  const base = new Int32Array(m).fill(-1);
  let rows = 0;
  for (let s = 0; s < m; s++) {
    const span = (high[s] ?? 0) - (low[s] ?? 0) + 1;
    if ((yearCount[s] ?? 0) > 0 && span <= 2 * (yearCount[s] ?? 0) + 16) {
      base[s] = rows;
      rows += span;
    }
  }
  const fields = FIELDS;
  const figures = new Float64Array(rows * fields);
  const anyLatest = list.some((indicator) => indicator.aggregation === "latest");
  const pickUnits: string[] = anyLatest ? new Array<string>(rows).fill("") : [];
  for (let s = 0; s < m; s++) {
    const b = base[s] ?? -1;
    if (b < 0) continue;
    startYearRows(figures, b, (high[s] ?? 0) - (low[s] ?? 0) + 1, low[s] ?? 0);
  }
  const extras: (ExtraRows | undefined)[] = new Array(m);
  // Units' own reports (for rules that combine units): per observation its unit and its row in
  // the slot's table (extra rows as −1 − j, placed after the year rows once their count is known).
  const combining = list.map((indicator) => checksCompleteness(indicator.aggregation));
  const unitOf = new Int32Array(n).fill(-1);
  const rowOf = new Int32Array(n);
  const unitIds: (Map<string, number> | undefined)[] = new Array(m);
  // Pass 2: fold each observation into its row.
  for (let k = 0; k < n; k++) {
    const s = slots[k] ?? -1;
    if (s < 0) continue;
    const o = observations[k] as Observation;
    const indicator = list[s] as Indicator;
    const b = base[s] ?? -1;
    let row: number;
    if (b >= 0 && isYearRow(o)) {
      row = b + (o.period as number) - (low[s] ?? 0);
      addObservation(figures, pickUnits, row, o, indicator);
      row -= b;
    } else {
      let extra = extras[s];
      if (!extra) {
        extra = createExtraRows();
        extras[s] = extra;
      }
      row = -1 - addToExtra(extra, o, indicator);
    }
    if (o.unitId === undefined || combining[s] !== true) continue;
    let ids = unitIds[s];
    if (!ids) {
      ids = new Map();
      unitIds[s] = ids;
    }
    let u = ids.get(o.unitId);
    if (u === undefined) {
      u = ids.size;
      ids.set(o.unitId, u);
    }
    unitOf[k] = u;
    rowOf[k] = row;
  }
  // Pass 3 (only over units' reports): each unit's figures per row.
  const panels: (PeriodTableUnits | undefined)[] = new Array(m);
  for (let s = 0; s < m; s++) {
    const ids = unitIds[s];
    if (!ids) continue;
    const yearRows = (base[s] ?? -1) < 0 ? 0 : (high[s] ?? 0) - (low[s] ?? 0) + 1;
    panels[s] = createPanel([...ids.keys()], yearRows + (extras[s]?.keys.length ?? 0));
  }
  for (let k = 0; k < n; k++) {
    const u = unitOf[k] ?? -1;
    if (u < 0) continue;
    const s = slots[k] ?? -1;
    const panel = panels[s] as PeriodTableUnits;
    const rows = panel.count.length / panel.ids.length;
    const yearRows = rows - (extras[s]?.keys.length ?? 0);
    const r = rowOf[k] ?? 0;
    const o = observations[k] as Observation;
    addToPanel(
      panel,
      u * rows + (r >= 0 ? r : yearRows - 1 - r),
      observationValue(o, list[s] as Indicator) ?? 0,
      o.numerator,
      o.denominator,
      o.status === "final" ? 3 : o.status === "provisional" ? 2 : 1,
    );
  }
  const indicators = new Map<string, PeriodTable>();
  for (let s = 0; s < m; s++) {
    const b = base[s] ?? -1;
    const extra = extras[s];
    if (b < 0 && !extra) continue;
    const yearRows = b < 0 ? 0 : (high[s] ?? 0) - (low[s] ?? 0) + 1;
    const own = b < 0 ? new Float64Array(0) : figures.subarray(b * fields, (b + yearRows) * fields);
    const ownUnits: string[] = [];
    if ((list[s] as Indicator).aggregation === "latest")
      for (let r = 0; r < yearRows; r++) ownUnits.push(pickUnits[b + r] ?? "");
    indicators.set(
      (list[s] as Indicator).id,
      toTable(b < 0 ? 0 : (low[s] ?? 0), yearRows, own, ownUnits, extra, panels[s]),
    );
  }
  return { indicators, count };
}
