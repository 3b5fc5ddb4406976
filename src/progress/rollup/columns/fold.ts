// Private: folds observation columns (typed arrays, one row per report) into per-indicator,
// per-year totals, and reads each indicator's combined annual series from them, with the same
// combination rules as the object path (rollup/table.ts + rollup/series.ts).
// One pass over the rows (check and fold into a window of years before the date; a scan of the
// years and a second fold only when older figures exist), no allocation per row. Rows after the
// assessment date are checked but not folded.
import type { ObservationColumns } from "../types.js";
import { checkColumns, checkRow, checkStatuses, failAt, unitRanks } from "./check.js";
import { type IndicatorFacts, RULES } from "./facts.js";
import { BLOCK, layRows, type RowLayout } from "./layout.js";

/**
 * The folded rows: per indicator and year, the mergeable totals of its rows (struct of arrays).
 * Indicator `s` owns `size[s]` rows: year `low[s] + j` is row `first[s] + j × stride`, or, for an
 * indicator with a Map in `sparse`, rows `first[s] …` hold the years in `rowYear`.
 */
export interface FoldedGrid {
  /** Whether the grid is dense: row = s + (year − denseLow) × stride for every indicator, with
   * `stride` the number of indicators (year by year), `widest` years; `first`, `size` and `low`
   * are then empty. */
  readonly dense: boolean;
  readonly denseLow: number;
  readonly first: Int32Array;
  readonly size: Int32Array;
  readonly stride: number;
  readonly low: Int32Array;
  readonly sparse: readonly (Map<number, number> | undefined)[];
  readonly rowYear: Int32Array;
  /** The number of rows. */
  readonly rows: number;
  /** Best status rank of a whole-population figure (0: none); empty until a row is one. */
  wholeRank: Uint8Array;
  wholeValue: Float64Array;
  /** The sum of the units' reports, −0 where no unit reported (a report adds `v + 0`, never −0,
   * and a sum of such values is never −0: presence costs no second array); empty without a
   * `unit` column. */
  readonly sum: Float64Array;
  /** The number of units' reports; kept only when some indicator combines by `mean`. */
  readonly units: Int32Array;
  /** Ratio parts (empty without ratio columns); 1 where some unit's report has none. */
  readonly numerator: Float64Array;
  readonly denominator: Float64Array;
  readonly ratioMissing: Uint8Array;
  readonly ratios: boolean;
  /** The value the `latest` rule picks (empty when no indicator combines by `latest`). */
  readonly pickValue: Float64Array;
  /** The most rows any indicator owns. */
  readonly widest: number;
  /**
   * Which years each unit reported each indicator (the completeness check's cheap pass): bit
   * `j & 31` of word `(u × m + s) × presenceWords + (j >> 5)` is set when unit `u`
   * has a row of indicator `s` in the indicator's `j`-th year of the grid (year `denseLow + j`, or
   * `low[s] + j`; not kept for sparse indicators). Empty when not `tracked`.
   */
  readonly presence: Int32Array;
  readonly presenceUnits: number;
  readonly presenceWords: number;
  /** Whether presence was kept (a unit column, and few enough indicators × units × years). */
  readonly tracked: boolean;
}

/**
 * Reusable buffers for the fold (a roll-up workspace's), by slot name. Fresh memory costs a page
 * fault per 4 KiB page on first touch, which at a million rows can cost more than the fold.
 */
export type Scratch = Map<string, Float64Array | Int32Array | Uint8Array>;

type ArrayOf<C> = C extends Float64ArrayConstructor
  ? Float64Array
  : C extends Int32ArrayConstructor
    ? Int32Array
    : Uint8Array;

/**
 * An array of `length` filled with `fill` (0 by default): a view of the scratch slot `name`
 * (its memory grown as needed; the view itself kept, so that a call with the lengths of the last
 * one allocates nothing), or fresh memory.
 */
export function take<
  C extends Float64ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor,
>(scratch: Scratch | undefined, name: string, type: C, length: number, fill = 0): ArrayOf<C> {
  if (scratch === undefined) {
    const fresh = new type(length) as ArrayOf<C>;
    if (!Object.is(fill, 0)) fresh.fill(fill);
    return fresh;
  }
  let view = scratch.get(name);
  if (!(view instanceof type) || view.length !== length) {
    const capacity = view instanceof type ? view.buffer.byteLength / type.BYTES_PER_ELEMENT : 0;
    view =
      length <= capacity
        ? new type(view?.buffer as ArrayBuffer, 0, length)
        : new type(
            new ArrayBuffer(Math.max(length, Math.ceil(capacity * 1.5)) * type.BYTES_PER_ELEMENT),
            0,
            length,
          );
    scratch.set(name, view);
  }
  view.fill(fill);
  return view as ArrayOf<C>;
}

/** Problem numbers of a series. */
export const NOT_AGGREGATABLE = 1;
export const MISSING_RATIO_PARTS = 2;

/** What the fold pass needs besides the grid it fills. */
interface FoldPass {
  readonly fn: string;
  readonly columns: ObservationColumns;
  readonly m: number;
  readonly unitCount: number;
  readonly unitRank: Int32Array;
  readonly asOfYear: number;
  readonly grid: FoldedGrid;
  /** Each indicator's aggregation rule (see RULES). */
  readonly rule: Uint8Array;
  readonly anyLatest: boolean;
  readonly anySparse: boolean;
  readonly pickRank: Uint8Array;
  readonly pickUnit: Int32Array;
  /** Whether to count units' reports (some indicator combines by `mean`). */
  readonly counting: boolean;
  /** Where the grid's arrays come from (fresh memory without). */
  readonly scratch: Scratch | undefined;
  /** The dense layout's row formula (see RowLayout). */
  readonly dense: boolean;
  readonly denseLow: number;
  /** Whether to set presence bits, and their layout (see FoldedGrid). */
  readonly track: boolean;
  readonly presence: Int32Array;
  readonly presenceWords: number;
}

/**
 * Checks rows `from … to − 1` and folds those up to the date into their rows of a grid laid out
 * per indicator (the scanned layouts; a dense grid has {@link foldDenseBlock}). Returns 0: such a
 * layout holds every year.
 */
function foldBlock(pass: FoldPass, from: number, to: number): number {
  const { fn, columns, m, unitCount, asOfYear, rule, anyLatest, anySparse } = pass;
  const { track, presence, presenceWords } = pass;
  const { indicator, year, value, unit, status, numerator, denominator } = columns;
  const grid = pass.grid;
  const { first, stride, low, sparse, rowYear, ratios } = grid;
  const { sum, units } = grid;
  const { counting } = pass;
  const { ratioMissing } = pass.grid;
  const num = pass.grid.numerator;
  const den = pass.grid.denominator;
  // Statuses are checked before the fold (checkStatuses); ratio parts here, row by row.
  const plain = !ratios;
  for (let k = from; k < to; k++) {
    const s = indicator[k] as number;
    const v = value[k] as number;
    const u = unit === undefined ? -1 : (unit[k] as number);
    // One comparison chain for the usual row; the exact check (and its error) otherwise. The
    // years were checked by the scan that laid these rows out.
    const y = year[k] as number;
    if (!(plain && s >= 0 && s < m && v - v === 0 && u >= -1 && u < unitCount))
      checkRow(fn, columns, k, m, unitCount);
    if (y > asOfYear) continue;
    let row: number;
    const map = anySparse ? sparse[s] : undefined;
    if (map === undefined) row = (first[s] as number) + (y - (low[s] as number)) * stride;
    else {
      const found = map.get(y);
      if (found === undefined) {
        row = (first[s] as number) + map.size;
        map.set(y, row);
        rowYear[row] = y;
      } else row = found;
    }
    const rank = status === undefined ? 3 : 3 - (status[k] as number);
    if (u < 0) {
      foldWhole(pass, row, rank, v);
      continue;
    }
    // `v + 0` is never −0, so a row's sum stays −0 exactly while no unit has reported.
    sum[row] = (sum[row] as number) + (v + 0);
    if (counting) units[row] = (units[row] as number) + 1;
    if (track && map === undefined) {
      const j = (y - (low[s] as number)) | 0;
      const at = (u * m + s) * presenceWords + (j >> 5);
      presence[at] = (presence[at] as number) | (1 << j);
    }
    if (ratios && numerator !== undefined && denominator !== undefined) {
      const a = numerator[k] as number;
      if (Number.isNaN(a)) ratioMissing[row] = 1;
      else {
        num[row] = (num[row] as number) + a;
        den[row] = (den[row] as number) + (denominator[k] as number);
      }
    }
    if (anyLatest && rule[s] === RULES.latest) pickLatest(pass, row, rank, u, v);
  }
  return 0;
}

/**
 * {@link foldDenseBlock} for the most common columns: a unit column, and no ratio parts, `mean` or
 * `latest` rule, on a grid of at most 32 years (one presence word per indicator and unit). The
 * same result without that fold's tests for them, which cost about a tenth of its time at a
 * million rows (measured). The presence bit costs about a sixth of this fold (measured: one more
 * read-modify-write per row, the least an exact completeness check needs).
 */
function foldUnitsBlock(pass: FoldPass, from: number, to: number): number {
  const { columns, m, unitCount, asOfYear, grid, denseLow, presence } = pass;
  const { indicator, year, value } = columns;
  const unit = columns.unit as Int32Array;
  const sum = grid.sum;
  const first = Math.max(0, 1000 - denseLow);
  const span = Math.min(grid.widest, Math.floor(asOfYear) - denseLow + 1);
  // Years of the grid: j from `first` to `span − 1`, one unsigned comparison (see below).
  const width = Math.max(span - first, 0);
  let outside = 0;
  for (let k = from; k < to; k++) {
    const s = indicator[k] as number;
    const u = unit[k] as number;
    const v = value[k] as number;
    if (s >>> 0 >= m || (u + 1) >>> 0 > unitCount || v - v !== 0) badRow(pass, k);
    const y = year[k] as number;
    const j = (y - denseLow) | 0;
    if ((j - first) >>> 0 >= width) {
      if (y < 1000 || y > 9999) badRow(pass, k);
      if (y < denseLow) outside += 1;
      continue;
    }
    const row = j * m + s;
    if (u < 0) {
      wholeRow(pass, k, row, v);
      continue;
    }
    sum[row] = (sum[row] as number) + (v + 0);
    // The unit's presence bit for this year (one word of 32 years: see foldWith).
    const at = u * m + s;
    presence[at] = (presence[at] as number) | (1 << j);
  }
  return outside;
}

/** Checks row `k` in full (throws its error): kept out of the fold's loop. */
function badRow(pass: FoldPass, k: number): void {
  checkRow(pass.fn, pass.columns, k, pass.m, pass.unitCount);
}

/** Folds row `k`, a whole-population figure, into `row`: kept out of the fold's loop. */
function wholeRow(pass: FoldPass, k: number, row: number, v: number): void {
  const status = pass.columns.status;
  foldWhole(pass, row, status === undefined ? 3 : 3 - (status[k] as number), v);
}

/**
 * {@link foldBlock} for a dense grid (every fold but the scanned per-indicator layouts'): the same
 * result with fewer tests per row (a million rows make each test cost as much as the memory
 * traffic). Statuses were checked before (checkStatuses) and are read only where they rank
 * figures; the year is checked only outside the window.
 */
function foldDenseBlock(pass: FoldPass, from: number, to: number): number {
  const { fn, columns, m, unitCount, asOfYear, grid, denseLow, counting, anyLatest, rule } = pass;
  const { track, presence, presenceWords } = pass;
  const { indicator, year, value, status, unit, numerator, denominator } = columns;
  const { sum, units, ratios, ratioMissing } = grid;
  const num = grid.numerator;
  const den = grid.denominator;
  // The grid's years denseLow + j for j = first … span − 1 are valid years up to the date, so a
  // row there needs no year check (rows outside get it).
  const first = Math.max(0, 1000 - denseLow);
  const span = Math.min(grid.widest, Math.floor(asOfYear) - denseLow + 1);
  let outside = 0;
  for (let k = from; k < to; k++) {
    const s = indicator[k] as number;
    const u = unit === undefined ? -1 : (unit[k] as number);
    const v = value[k] as number;
    // Signed comparisons, the year's last: the fewest tests V8 runs fastest (measured).
    if (s < 0 || s >= m || u < -1 || u >= unitCount || v - v !== 0)
      checkRow(fn, columns, k, m, unitCount);
    // Ratio parts: both NaN (none), or a finite numerator ≥ 0 over a finite denominator > 0.
    let a = 0;
    let b = 0;
    if (ratios) {
      a = (numerator as Float64Array)[k] as number;
      b = (denominator as Float64Array)[k] as number;
      if (!(a >= 0 && a - a === 0 && b > 0 && b - b === 0) && !(Number.isNaN(a) && Number.isNaN(b)))
        checkRow(fn, columns, k, m, unitCount);
    }
    const y = year[k] as number;
    const j = y - denseLow;
    if (j < first || j >= span) {
      if (y < 1000 || y > 9999) checkRow(fn, columns, k, m, unitCount);
      // After the date: checked, not folded; older than the window: counted (see foldColumns).
      if (y < denseLow) outside += 1;
      continue;
    }
    const row = j * m + s;
    if (u < 0) {
      foldWhole(pass, row, status === undefined ? 3 : 3 - (status[k] as number), v);
      continue;
    }
    // `v + 0` is never −0, so a row's sum stays −0 exactly while no unit has reported.
    sum[row] = (sum[row] as number) + (v + 0);
    if (counting) units[row] = (units[row] as number) + 1;
    if (track) {
      const jj = j | 0;
      const at = (u * m + s) * presenceWords + (jj >> 5);
      presence[at] = (presence[at] as number) | (1 << jj);
    }
    if (ratios) {
      if (Number.isNaN(a)) ratioMissing[row] = 1;
      else {
        num[row] = (num[row] as number) + a;
        den[row] = (den[row] as number) + b;
      }
    }
    if (anyLatest && rule[s] === RULES.latest)
      pickLatest(pass, row, status === undefined ? 3 : 3 - (status[k] as number), u, v);
  }
  return outside;
}

/** Keeps unit `u`'s figure as the one the `latest` rule picks in `row` if it ranks above. */
function pickLatest(pass: FoldPass, row: number, rank: number, u: number, v: number): void {
  const { pickRank, pickUnit, unitRank } = pass;
  const p = pickRank[row] as number;
  const current = pickUnit[row] as number;
  const ahead = current < 0 || (unitRank[u] as number) > (unitRank[current] as number);
  if (rank > p || (rank === p && ahead)) {
    pickRank[row] = rank;
    pass.grid.pickValue[row] = v;
    pickUnit[row] = u;
  }
}

/** Keeps a whole-population figure in `row` if it ranks above the one there. */
function foldWhole(pass: FoldPass, row: number, rank: number, v: number): void {
  const grid = pass.grid;
  if (grid.wholeRank.length === 0) {
    grid.wholeRank = take(pass.scratch, "wholeRank", Uint8Array, grid.rows);
    grid.wholeValue = take(pass.scratch, "wholeValue", Float64Array, grid.rows);
  }
  const r = grid.wholeRank[row] as number;
  if (rank > r || (rank === r && v > (grid.wholeValue[row] as number))) {
    grid.wholeValue[row] = v;
    grid.wholeRank[row] = rank;
  }
}

/** Folds the rows with a year ≤ `asOfYear` (see the file comment). */
export function foldColumns(
  fn: string,
  facts: Pick<IndicatorFacts, "rule" | "anyLatest" | "anyMean">,
  columns: ObservationColumns,
  asOfYear: number,
  scratch?: Scratch | undefined,
): FoldedGrid {
  const unitCount = checkColumns(fn, columns);
  checkStatuses(fn, columns, facts.rule.length, unitCount);
  // The `latest` rule prefers the greatest unit id (string order): rank the ids for it.
  const unitRank = facts.anyLatest ? unitRanks(columns.unitIds ?? []) : new Int32Array(unitCount);
  const { indicator, year } = columns;
  const m = facts.rule.length;
  // A bad year found by a scan of the years: the first bad row of any column is the error.
  const badYear = (k: number) => failAt(fn, columns, k, m, unitCount);
  const windowed = layRows(badYear, m, indicator, year, asOfYear, true);
  const first = foldWith(fn, facts, columns, asOfYear, scratch, unitRank, windowed);
  if (first.outside === 0) return first.grid;
  // Some figures are older than the window: lay the rows out from the years' actual span.
  const exact = layRows(badYear, m, indicator, year, asOfYear, false);
  return foldWith(fn, facts, columns, asOfYear, scratch, unitRank, exact).grid;
}

/** One fold pass over all rows with a given layout; `outside` counts rows older than a window. */
function foldWith(
  fn: string,
  facts: Pick<IndicatorFacts, "rule" | "anyLatest" | "anyMean">,
  columns: ObservationColumns,
  asOfYear: number,
  scratch: Scratch | undefined,
  unitRank: Int32Array,
  layout: RowLayout,
): { grid: FoldedGrid; outside: number } {
  const { numerator, denominator } = columns;
  const n = columns.indicator.length;
  const m = facts.rule.length;
  const unitCount = unitRank.length;
  const { first, size, stride, low, sparse, rows, widest } = layout;
  const ratios = numerator !== undefined && denominator !== undefined;
  const num = take(scratch, "numerator", Float64Array, ratios ? rows : 0);
  const den = take(scratch, "denominator", Float64Array, ratios ? rows : 0);
  const ratioMissing = take(scratch, "ratioMissing", Uint8Array, ratios ? rows : 0);
  const { anyLatest, anyMean } = facts;
  const pickRank = take(scratch, "pickRank", Uint8Array, anyLatest ? rows : 0);
  const pickUnit = take(scratch, "pickUnit", Int32Array, anyLatest ? rows : 0, -1);
  const pickValue = take(scratch, "pickValue", Float64Array, anyLatest ? rows : 0);
  const anySparse = sparse.some((x) => x !== undefined);
  const rowYear = take(scratch, "rowYear", Int32Array, anySparse ? rows : 0);
  // Presence bits: a word per 32 years of the widest indicator, per indicator and unit, while
  // that stays within a few words per row (else the completeness check reads every row again).
  const presenceWords = Math.max(1, Math.ceil(widest / 32));
  const words = m * unitCount * presenceWords;
  const track = columns.unit !== undefined && unitCount > 0 && words <= 2 * n + 65536;
  const presence = take(scratch, "presence", Int32Array, track ? words : 0);
  const grid: FoldedGrid = {
    dense: layout.dense,
    denseLow: layout.denseLow,
    rows,
    first,
    size,
    stride,
    low,
    sparse,
    rowYear,
    wholeRank: new Uint8Array(0),
    wholeValue: new Float64Array(0),
    // Units' totals exist only with a unit column (without one, every row is a whole figure).
    sum: take(scratch, "sum", Float64Array, columns.unit === undefined ? 0 : rows, -0),
    units: take(scratch, "units", Int32Array, columns.unit !== undefined && anyMean ? rows : 0),
    numerator: num,
    denominator: den,
    ratioMissing,
    ratios,
    pickValue,
    widest,
    presence,
    presenceUnits: unitCount,
    presenceWords,
    tracked: track,
  };
  const pass: FoldPass = {
    fn,
    columns,
    m,
    unitCount,
    unitRank,
    asOfYear,
    grid,
    rule: facts.rule,
    anyLatest,
    anySparse,
    pickRank,
    pickUnit,
    counting: anyMean,
    scratch,
    dense: layout.dense,
    denseLow: layout.denseLow,
    track,
    presence,
    presenceWords,
  };
  const fold = !pass.dense
    ? foldBlock
    : columns.unit !== undefined &&
        !ratios &&
        !anyMean &&
        !anyLatest &&
        track &&
        presenceWords === 1
      ? foldUnitsBlock
      : foldDenseBlock;
  let outside = 0;
  for (let k = 0; k < n; k += BLOCK) outside += fold(pass, k, Math.min(n, k + BLOCK));
  return { grid, outside: layout.window ? outside : 0 };
}
