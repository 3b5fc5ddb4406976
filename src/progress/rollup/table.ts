// Private: the columnar per-indicator tables of a roll-up state. Each row holds the mergeable
// figures of one period and dimension set (the same monoid as series/accumulate.ts), as FIELDS
// numbers in a Float64Array, so that folding a million observations allocates no object per row.

import type { Indicator, Observation } from "../../schemas/indicator.js";
import type { Dimensions } from "../../schemas/primitives.js";
import { accumulatorKey } from "../series/accumulate.js";
import { checksCompleteness } from "../series/complete.js";
import * as Layout from "../series/layout.js";
import { decimalYearOf, observationValue } from "../series/select.js";
import type { PeriodTable, PeriodTableUnits } from "./types.js";

// Local copies of the row layout (read once, not through the module binding on every access).
export const DENOMINATOR = Layout.DENOMINATOR;
export const FIELDS = Layout.FIELDS;
export const NUMERATOR = Layout.NUMERATOR;
export const PICK_RANK = Layout.PICK_RANK;
export const PICK_VALUE = Layout.PICK_VALUE;
export const RATIO_MISSING = Layout.RATIO_MISSING;
export const SUM = Layout.SUM;
export const UNITS = Layout.UNITS;
export const WEAKEST = Layout.WEAKEST;
export const WHOLE_RANK = Layout.WHOLE_RANK;
export const WHOLE_VALUE = Layout.WHOLE_VALUE;
export const YEAR = Layout.YEAR;

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

/** Folds one observation into row `row`; returns its value (observationValue's). */
export function addObservation(
  figures: Float64Array,
  pickUnits: string[],
  row: number,
  o: Observation,
  indicator: Indicator,
): number | undefined {
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
  return v;
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

/** A unit's report in a further row, kept aside until the table's rows are known. */
interface AsideReport {
  readonly row: number;
  readonly u: number;
  readonly value: number;
  readonly numerator: number | undefined;
  readonly denominator: number | undefined;
}

/** Each slot's reporting units, numbered in order of first report (rules that combine units). */
class UnitIndex {
  private readonly combining: readonly boolean[];
  private readonly maps: (Map<string, number> | undefined)[];
  // The last unit seen per slot: reports usually come grouped (by unit, or by indicator), so
  // most look-ups end here.
  private readonly lastSeen: (string | undefined)[];
  private readonly lastUnit: Int32Array;
  constructor(list: readonly Indicator[]) {
    this.combining = list.map((indicator) => checksCompleteness(indicator.aggregation));
    this.maps = new Array(list.length).fill(undefined);
    this.lastSeen = new Array(list.length).fill(undefined);
    this.lastUnit = new Int32Array(list.length);
  }
  /** The number of unit `id` in slot `s` (added when new); −1 where units are not combined. */
  of(s: number, id: string): number {
    if (id === this.lastSeen[s]) return this.lastUnit[s] as number;
    if (this.combining[s] !== true) return -1;
    let map = this.maps[s];
    if (!map) {
      map = new Map();
      this.maps[s] = map;
    }
    let u = map.get(id);
    if (u === undefined) {
      u = map.size;
      map.set(id, u);
    }
    this.lastSeen[s] = id;
    this.lastUnit[s] = u;
    return u;
  }
  /** The number of units of slot `s`. */
  count(s: number): number {
    return this.maps[s]?.size ?? 0;
  }
  /** The unit ids of slot `s`, in number order. */
  ids(s: number): string[] {
    return [...(this.maps[s]?.keys() ?? [])];
  }
}

/** Adds a report's ratio parts to the unit entry at `e` (numerator NaN once one has none). */
function addParts(
  figures: Float64Array,
  e: number,
  numerator: number | undefined,
  denominator: number | undefined,
): void {
  const parts = numerator !== undefined && denominator !== undefined;
  figures[e + 2] = parts ? (figures[e + 2] as number) + (numerator as number) : Number.NaN;
  figures[e + 3] = (figures[e + 3] as number) + (denominator ?? 0);
}

/** A slot's units' figures with its further rows: year rows copied, reports aside added. */
function withFurtherRows(
  own: PeriodTableUnits,
  extraRows: number,
  reports: readonly AsideReport[],
): PeriodTableUnits {
  const { ids, fields } = own;
  const yearRows = own.figures.length / (ids.length * fields);
  const rows = yearRows + extraRows;
  const figures = new Float64Array(ids.length * rows * fields);
  for (let u = 0; u < ids.length; u++)
    figures.set(
      own.figures.subarray(u * yearRows * fields, (u + 1) * yearRows * fields),
      u * rows * fields,
    );
  for (const r of reports) {
    const e = (r.u * rows + yearRows + r.row) * fields;
    figures[e] = (figures[e] as number) + 1;
    figures[e + 1] = (figures[e + 1] as number) + r.value;
    if (fields === 4) addParts(figures, e, r.numerator, r.denominator);
  }
  return { ids, fields, figures };
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
  // Each slot's reporting units (for rules that combine units), numbered in order of first report.
  const units = new UnitIndex(list);
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
    if (o.unitId !== undefined) units.of(last, o.unitId);
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
  // Units' own reports in year rows: one buffer per figure shared by every slot, unit u of slot
  // s at yearAt[s] + u × (its year rows) + row; in further rows: kept aside (rare) and joined at
  // the end.
  const yearAt = new Int32Array(m + 1);
  for (let s = 0; s < m; s++) {
    const b = base[s] ?? -1;
    const span = b < 0 ? 0 : (high[s] ?? 0) - (low[s] ?? 0) + 1;
    yearAt[s + 1] = (yearAt[s] as number) + units.count(s) * span;
  }
  const ratios = list.some((indicator) => indicator.aggregation === "ratio");
  // Count and sum (and, with ratio indicators, numerator and denominator) side by side.
  const unitFields = ratios ? 4 : 2;
  const unitFigures = new Float64Array((yearAt[m] as number) * unitFields);
  const aside: (AsideReport[] | undefined)[] = new Array(m);
  // Pass 2: fold each observation into its row (and a unit's report into its own).
  for (let k = 0; k < n; k++) {
    const s = slots[k] ?? -1;
    if (s < 0) continue;
    const o = observations[k] as Observation;
    const indicator = list[s] as Indicator;
    const b = base[s] ?? -1;
    let row: number;
    let extraRow = -1;
    let value: number | undefined;
    if (b >= 0 && isYearRow(o)) {
      row = b + (o.period as number) - (low[s] ?? 0);
      value = addObservation(figures, pickUnits, row, o, indicator);
      row -= b;
    } else {
      let extra = extras[s];
      if (!extra) {
        extra = createExtraRows();
        extras[s] = extra;
      }
      row = -1;
      extraRow = addToExtra(extra, o, indicator);
      value = observationValue(o, indicator);
    }
    const id = o.unitId;
    if (id === undefined) continue;
    const u = units.of(s, id);
    if (u < 0) continue;
    if (row < 0) {
      let list = aside[s];
      if (!list) {
        list = [];
        aside[s] = list;
      }
      list.push({
        row: extraRow,
        u,
        value: value ?? 0,
        numerator: o.numerator,
        denominator: o.denominator,
      });
      continue;
    }
    const e = ((yearAt[s] as number) + u * ((high[s] ?? 0) - (low[s] ?? 0) + 1) + row) * unitFields;
    unitFigures[e] = (unitFigures[e] as number) + 1;
    unitFigures[e + 1] = (unitFigures[e + 1] as number) + (value ?? 0);
    if (ratios) addParts(unitFigures, e, o.numerator, o.denominator);
  }
  const panels: (PeriodTableUnits | undefined)[] = new Array(m);
  for (let s = 0; s < m; s++) {
    const u = units.count(s);
    if (u === 0) continue;
    const extraRows = extras[s]?.keys.length ?? 0;
    const own = {
      ids: units.ids(s),
      fields: unitFields,
      figures: unitFigures.subarray(
        (yearAt[s] as number) * unitFields,
        (yearAt[s + 1] as number) * unitFields,
      ),
    };
    panels[s] = extraRows === 0 ? own : withFurtherRows(own, extraRows, aside[s] ?? []);
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
