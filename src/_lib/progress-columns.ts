// Private: folds observation columns (typed arrays, one row per report) into per-indicator,
// per-year totals, and reads each indicator's combined annual series from them, with the same
// combination rules as the object path (progress-rollup-table.ts + progress-rollup-series.ts).
// Two passes over the rows (years; then check and fold), no allocation per row. Rows after the
// assessment date are checked but not folded.
import { CastPlanError } from "../errors/CastPlanError.js";
import type { ObservationColumns } from "../progress/rollUpProgressFromColumns.js";
import type { Indicator } from "../schemas/indicator.js";

/**
 * The folded rows: per indicator and year, the mergeable totals of its rows (struct of arrays).
 * Indicator `s` owns `size[s]` rows: year `low[s] + j` is row `first[s] + j × stride`, or, for an
 * indicator with a Map in `sparse`, rows `first[s] …` hold the years in `rowYear`.
 */
export interface FoldedGrid {
  /** Whether the grid is dense: row = s + (year − low[s]) × stride for every indicator, with
   * `stride` the number of indicators (year by year). */
  readonly dense: boolean;
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
 * (grown as needed), or fresh memory.
 */
export function take<
  C extends Float64ArrayConstructor | Int32ArrayConstructor | Uint8ArrayConstructor,
>(scratch: Scratch | undefined, name: string, type: C, length: number, fill = 0): ArrayOf<C> {
  if (scratch === undefined) {
    const fresh = new type(length) as ArrayOf<C>;
    if (!Object.is(fill, 0)) fresh.fill(fill);
    return fresh;
  }
  let buffer = scratch.get(name);
  if (!(buffer instanceof type) || buffer.length < length) {
    buffer = new type(Math.max(length, Math.ceil((buffer?.length ?? 0) * 1.5)));
    scratch.set(name, buffer);
  }
  const view = buffer.subarray(0, length) as ArrayOf<C>;
  view.fill(fill);
  return view;
}

const NOT_AGGREGATABLE = 1;
const MISSING_RATIO_PARTS = 2;

function bad(fn: string, path: (string | number)[], rule: string, message: string): CastPlanError {
  return new CastPlanError("INVALID_ARGUMENT", `${fn}: ${path.join(".")}: ${message}`, [
    { path, rule, message },
  ]);
}

function checkColumn(
  fn: string,
  columns: ObservationColumns,
  name: keyof ObservationColumns,
  type: Int32ArrayConstructor | Float64ArrayConstructor | Uint8ArrayConstructor,
  length: number,
  optional: boolean,
): void {
  const column = columns[name];
  if (column === undefined && optional) return;
  if (!(column instanceof type))
    throw bad(fn, ["columns", name], "column-type", `expected a ${type.name}`);
  if (column.length !== length)
    throw bad(
      fn,
      ["columns", name],
      "column-length",
      `has ${column.length} rows, but 'indicator' has ${length}`,
    );
}

/** Checks the columns' types and lengths; returns the rank of each unit id in string order. */
function checkColumns(fn: string, columns: ObservationColumns): Int32Array {
  if (typeof columns !== "object" || columns === null)
    throw bad(fn, ["columns"], "column-type", "expected an object of typed arrays");
  if (!(columns.indicator instanceof Int32Array))
    throw bad(fn, ["columns", "indicator"], "column-type", "expected a Int32Array");
  const n = columns.indicator.length;
  checkColumn(fn, columns, "year", Int32Array, n, false);
  checkColumn(fn, columns, "value", Float64Array, n, false);
  checkColumn(fn, columns, "unit", Int32Array, n, true);
  checkColumn(fn, columns, "status", Uint8Array, n, true);
  checkColumn(fn, columns, "numerator", Float64Array, n, true);
  checkColumn(fn, columns, "denominator", Float64Array, n, true);
  if ((columns.numerator === undefined) !== (columns.denominator === undefined))
    throw bad(
      fn,
      ["columns", columns.numerator === undefined ? "numerator" : "denominator"],
      "observation-value",
      "numerator and denominator go together",
    );
  const ids = columns.unitIds ?? [];
  if (columns.unit !== undefined && columns.unitIds === undefined)
    throw bad(fn, ["columns", "unitIds"], "required", "the 'unit' column needs 'unitIds'");
  if (!Array.isArray(ids))
    throw bad(fn, ["columns", "unitIds"], "column-type", "expected an array of unit ids");
  ids.forEach((id, j) => {
    if (typeof id !== "string" || id.length === 0)
      throw bad(fn, ["columns", "unitIds", j], "id", "expected a non-empty string");
  });
  // The `latest` rule prefers the greatest unit id (string order): rank the ids once.
  const sorted = [...new Set(ids)].sort();
  const rank = new Map(sorted.map((id, r) => [id, r]));
  return Int32Array.from(ids, (id) => rank.get(id) ?? 0);
}

/**
 * Hot loops run over blocks of rows, one call per block: after a few calls the loop function is
 * optimised as a whole (with feedback for its last lines too), instead of being entered through
 * on-stack replacement and deoptimised at its end on every call.
 */
const BLOCK = 1 << 14;

/** The years of the window laid out without scanning (see layRows). */
const WINDOW = 32;

/** Checks the years of rows `from … to − 1`; widens `span` ([low, high]) by those up to the date. */
function scanYearBlock(
  fn: string,
  year: Int32Array,
  from: number,
  to: number,
  asOfYear: number,
  span: Int32Array,
): void {
  let low = span[0] as number;
  let high = span[1] as number;
  for (let k = from; k < to; k++) {
    const y = year[k] as number;
    if (!(y >= 1000 && y <= 9999))
      throw bad(fn, ["columns", "year", k], "year", `${y} is not a year from 1000 to 9999`);
    if (y > asOfYear) continue;
    if (y < low) low = y;
    if (y > high) high = y;
  }
  span[0] = low;
  span[1] = high;
}

/** Checks every year; returns the first and last year up to the date (−1, −1 without any). */
function scanYears(fn: string, year: Int32Array, asOfYear: number): [number, number] {
  const span = Int32Array.of(10000, -1);
  for (let k = 0; k < year.length; k += BLOCK)
    scanYearBlock(fn, year, k, Math.min(year.length, k + BLOCK), asOfYear, span);
  const high = span[1] as number;
  return high < 0 ? [-1, -1] : [span[0] as number, high];
}

/** Where each indicator's rows start, and the year of its first row (or a Map for sparse years). */
interface RowLayout {
  /** Whether row = s + (y − denseLow) × m (one grid for all indicators). */
  readonly dense: boolean;
  readonly denseLow: number;
  /** Whether the grid is a window of years before the date laid out without scanning the years
   * (rows older than the window are counted, and the fold redone with a scan if there are any). */
  readonly window: boolean;
  readonly first: Int32Array;
  readonly size: Int32Array;
  readonly stride: number;
  readonly low: Int32Array;
  readonly sparse: readonly (Map<number, number> | undefined)[];
  readonly rows: number;
  readonly widest: number;
}

/**
 * The rows: one per indicator and year of the span of all years up to the date when that grid
 * is small (a few rows per observation); else one per year of each indicator's own span, or one
 * per distinct year (through a Map) for an indicator whose years are sparse. The small grid is
 * laid out year by year: organisations report a year's figures together, so the fold writes
 * neighbouring rows (memory traffic, not arithmetic, is what a fold of a million rows costs).
 */
function layRows(
  fn: string,
  m: number,
  indicator: Int32Array,
  year: Int32Array,
  asOfYear: number,
  window: boolean,
): RowLayout {
  const n = indicator.length;
  const first = new Int32Array(m + 1);
  const size = new Int32Array(m);
  const low = new Int32Array(m);
  const dense = (from: number, span: number, isWindow: boolean): RowLayout => {
    for (let s = 0; s <= m; s++) first[s] = s;
    size.fill(span);
    low.fill(from);
    return {
      dense: true,
      denseLow: from,
      window: isWindow,
      first,
      size,
      stride: m,
      low,
      sparse: [],
      rows: m * span,
      widest: span,
    };
  };
  // Usually every figure is from the last few decades before the date: lay out that window
  // without a pass over the years.
  if (window && m * WINDOW <= 2 * n + 4096)
    return dense(Math.floor(asOfYear) - WINDOW + 1, WINDOW, true);
  const [from, to] = scanYears(fn, year, asOfYear);
  const span = from < 0 ? 0 : to - from + 1;
  if (m * span <= 2 * n + 4096) return dense(from, span, false);
  const high = new Int32Array(m).fill(-1);
  const count = new Int32Array(m);
  low.fill(10000);
  for (let k = 0; k < n; k++) {
    const s = indicator[k] as number;
    if (!(s >= 0 && s < m)) continue; // reported by the fold pass, with its row
    const y = year[k] as number;
    if (y > asOfYear) continue;
    if (y < (low[s] as number)) low[s] = y;
    if (y > (high[s] as number)) high[s] = y;
    count[s] = (count[s] as number) + 1;
  }
  const sparse: (Map<number, number> | undefined)[] = new Array(m).fill(undefined);
  let rows = 0;
  let widest = 0;
  for (let s = 0; s < m; s++) {
    first[s] = rows;
    const c = count[s] as number;
    if (c === 0) continue;
    const own = (high[s] as number) - (low[s] as number) + 1;
    if (own <= 2 * c + 16) rows += own;
    else {
      sparse[s] = new Map();
      rows += c;
    }
    size[s] = rows - (first[s] as number);
    widest = Math.max(widest, size[s] as number);
  }
  first[m] = rows;
  return {
    dense: false,
    denseLow: 0,
    window: false,
    first,
    size,
    stride: 1,
    low,
    sparse,
    rows,
    widest,
  };
}

/** Checks a row's year, indicator, value, unit, status and ratio parts; throws at the first bad one. */
function checkRow(
  fn: string,
  columns: ObservationColumns,
  k: number,
  m: number,
  units: number,
): void {
  const y = columns.year[k] as number;
  if (!(y >= 1000 && y <= 9999))
    throw bad(fn, ["columns", "year", k], "year", `${y} is not a year from 1000 to 9999`);
  const s = columns.indicator[k] as number;
  if (!(s >= 0 && s < m))
    throw bad(fn, ["columns", "indicator", k], "unknown-id", `${s} is not an indicator index`);
  const v = columns.value[k] as number;
  if (v - v !== 0) throw bad(fn, ["columns", "value", k], "finite", `${v} is not finite`);
  const u = columns.unit === undefined ? -1 : (columns.unit[k] as number);
  if (!(u >= -1 && u < units))
    throw bad(fn, ["columns", "unit", k], "unknown-id", `${u} is not −1 or a unit index`);
  if (columns.status !== undefined && (columns.status[k] as number) > 2)
    throw bad(fn, ["columns", "status", k], "status", "expected 0, 1 or 2");
  const { numerator, denominator } = columns;
  if (numerator === undefined || denominator === undefined) return;
  const a = numerator[k] as number;
  const b = denominator[k] as number;
  // NaN in both: this row has no ratio parts.
  if (Number.isNaN(a) && Number.isNaN(b)) return;
  if (!(a >= 0 && a - a === 0))
    throw bad(fn, ["columns", "numerator", k], "finite", `${a} is not a finite number ≥ 0`);
  if (!(b > 0 && b - b === 0))
    throw bad(fn, ["columns", "denominator", k], "finite", `${b} is not a finite number > 0`);
}

/** What the fold pass needs besides the grid it fills. */
interface FoldPass {
  readonly fn: string;
  readonly columns: ObservationColumns;
  readonly m: number;
  readonly unitCount: number;
  readonly unitRank: Int32Array;
  readonly asOfYear: number;
  readonly grid: FoldedGrid;
  readonly latestRule: Uint8Array;
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
}

/** Checks rows `from … to − 1` and folds those up to the date into their rows of the grid. */
function foldBlock(pass: FoldPass, from: number, to: number): number {
  const { fn, columns, m, unitCount, unitRank, asOfYear, latestRule, anyLatest, anySparse } = pass;
  const { pickRank, pickUnit } = pass;
  const { indicator, year, value, unit, status, numerator, denominator } = columns;
  const grid = pass.grid;
  const { first, stride, low, sparse, rowYear, ratios, rows } = grid;
  // Allocated when the first whole-population figure, or the first unit's report, comes.
  let { wholeRank, wholeValue } = grid;
  const { sum, units } = grid;
  const { counting, scratch, dense, denseLow } = pass;
  let outside = 0;
  const { ratioMissing, pickValue } = pass.grid;
  const num = pass.grid.numerator;
  const den = pass.grid.denominator;
  const plain = status === undefined && !ratios;
  for (let k = from; k < to; k++) {
    const s = indicator[k] as number;
    const v = value[k] as number;
    const u = unit === undefined ? -1 : (unit[k] as number);
    // One comparison chain for the usual row; the exact check (and its error) otherwise.
    const y = year[k] as number;
    if (
      !(
        plain &&
        s >= 0 &&
        s < m &&
        v - v === 0 &&
        u >= -1 &&
        u < unitCount &&
        y >= 1000 &&
        y <= 9999
      )
    )
      checkRow(fn, columns, k, m, unitCount);
    if (y > asOfYear) continue;
    let row: number;
    const map = anySparse ? sparse[s] : undefined;
    if (dense) {
      // Older than the window: counted, and the caller folds again with a scanned layout.
      if (y < denseLow) {
        outside += 1;
        continue;
      }
      row = s + (y - denseLow) * m;
    } else if (map === undefined) row = (first[s] as number) + (y - (low[s] as number)) * stride;
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
      if (wholeRank.length === 0) {
        grid.wholeRank = wholeRank = take(scratch, "wholeRank", Uint8Array, rows);
        grid.wholeValue = wholeValue = take(scratch, "wholeValue", Float64Array, rows);
      }
      const r = wholeRank[row] as number;
      if (rank > r || (rank === r && v > (wholeValue[row] as number))) {
        wholeValue[row] = v;
        wholeRank[row] = rank;
      }
      continue;
    }
    // `v + 0` is never −0, so a row's sum stays −0 exactly while no unit has reported.
    sum[row] = (sum[row] as number) + (v + 0);
    if (counting) units[row] = (units[row] as number) + 1;
    if (ratios && numerator !== undefined && denominator !== undefined) {
      const a = numerator[k] as number;
      if (Number.isNaN(a)) ratioMissing[row] = 1;
      else {
        num[row] = (num[row] as number) + a;
        den[row] = (den[row] as number) + (denominator[k] as number);
      }
    }
    if (anyLatest && latestRule[s] === 1) {
      const p = pickRank[row] as number;
      const current = pickUnit[row] as number;
      const ahead = current < 0 || (unitRank[u] as number) > (unitRank[current] as number);
      if (rank > p || (rank === p && ahead)) {
        pickRank[row] = rank;
        pickValue[row] = v;
        pickUnit[row] = u;
      }
    }
  }
  return outside;
}

/** Folds the rows with a year ≤ `asOfYear` (see the file comment). */
export function foldColumns(
  fn: string,
  indicators: readonly Pick<Indicator, "aggregation">[],
  columns: ObservationColumns,
  asOfYear: number,
  scratch?: Scratch | undefined,
): FoldedGrid {
  const unitRank = checkColumns(fn, columns);
  const { indicator, year } = columns;
  const m = indicators.length;
  const windowed = layRows(fn, m, indicator, year, asOfYear, true);
  const first = foldWith(fn, indicators, columns, asOfYear, scratch, unitRank, windowed);
  if (first.outside === 0) return first.grid;
  // Some figures are older than the window: lay the rows out from the years' actual span.
  const exact = layRows(fn, m, indicator, year, asOfYear, false);
  return foldWith(fn, indicators, columns, asOfYear, scratch, unitRank, exact).grid;
}

/** One fold pass over all rows with a given layout; `outside` counts rows older than a window. */
function foldWith(
  fn: string,
  indicators: readonly Pick<Indicator, "aggregation">[],
  columns: ObservationColumns,
  asOfYear: number,
  scratch: Scratch | undefined,
  unitRank: Int32Array,
  layout: RowLayout,
): { grid: FoldedGrid; outside: number } {
  const { numerator, denominator } = columns;
  const n = columns.indicator.length;
  const m = indicators.length;
  const unitCount = unitRank.length;
  const { first, size, stride, low, sparse, rows, widest } = layout;
  const ratios = numerator !== undefined && denominator !== undefined;
  const num = take(scratch, "numerator", Float64Array, ratios ? rows : 0);
  const den = take(scratch, "denominator", Float64Array, ratios ? rows : 0);
  const ratioMissing = take(scratch, "ratioMissing", Uint8Array, ratios ? rows : 0);
  const latestRule = new Uint8Array(m);
  let anyLatest = false;
  indicators.forEach((x, s) => {
    if (x.aggregation === "latest") {
      latestRule[s] = 1;
      anyLatest = true;
    }
  });
  const pickRank = take(scratch, "pickRank", Uint8Array, anyLatest ? rows : 0);
  const pickUnit = take(scratch, "pickUnit", Int32Array, anyLatest ? rows : 0, -1);
  const pickValue = take(scratch, "pickValue", Float64Array, anyLatest ? rows : 0);
  const anySparse = sparse.some((x) => x !== undefined);
  const rowYear = take(scratch, "rowYear", Int32Array, anySparse ? rows : 0);
  const grid: FoldedGrid = {
    dense: layout.dense,
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
    units: take(
      scratch,
      "units",
      Int32Array,
      columns.unit !== undefined && indicators.some((x) => x.aggregation === "mean") ? rows : 0,
    ),
    numerator: num,
    denominator: den,
    ratioMissing,
    ratios,
    pickValue,
    widest,
  };
  const pass: FoldPass = {
    fn,
    columns,
    m,
    unitCount,
    unitRank,
    asOfYear,
    grid,
    latestRule,
    anyLatest,
    anySparse,
    pickRank,
    pickUnit,
    counting: indicators.some((x) => x.aggregation === "mean"),
    scratch,
    dense: layout.dense,
    denseLow: layout.denseLow,
  };
  let outside = 0;
  for (let k = 0; k < n; k += BLOCK) outside += foldBlock(pass, k, Math.min(n, k + BLOCK));
  return { grid, outside: layout.window ? outside : 0 };
}
/**
 * Reads indicator `s`'s combined series (years and values, in year order) into `years` and
 * `values` (at least `grid.widest` long); returns its length, or −1 (figures not aggregatable),
 * −2 (ratio parts missing).
 */
export function readSeries(
  grid: FoldedGrid,
  s: number,
  indicator: Pick<Indicator, "aggregation" | "measure">,
  years: Float64Array,
  values: Float64Array,
): number {
  const from = grid.first[s] as number;
  const stride = grid.stride;
  const map = grid.sparse[s];
  const rowYear = grid.rowYear;
  const order =
    map === undefined
      ? undefined
      : [...map.values()].sort((a, b) => (rowYear[a] as number) - (rowYear[b] as number));
  const { wholeRank, wholeValue, units, sum, ratioMissing, pickValue } = grid;
  const hasWhole = wholeRank.length > 0;
  const hasUnits = sum.length > 0;
  const percent = indicator.measure === "percentage" ? 100 : 1;
  const rule = indicator.aggregation;
  const low = grid.low[s] as number;
  let at = 0;
  const rowCount = order === undefined ? (grid.size[s] as number) : order.length;
  for (let j = 0; j < rowCount; j++) {
    const row = order === undefined ? from + j * stride : (order[j] as number);
    let c: number;
    if (hasWhole && (wholeRank[row] as number) > 0) c = wholeValue[row] as number;
    else {
      if (!hasUnits) continue;
      const total = sum[row] as number;
      if (total === 0 && 1 / total < 0) continue; // −0: no unit reported
      if (rule === "sum") c = sum[row] as number;
      else if (rule === "mean") c = (sum[row] as number) / (units[row] as number);
      else if (rule === "latest") c = pickValue[row] as number;
      else if (rule === "ratio") {
        if (!grid.ratios || ratioMissing[row] === 1) return -MISSING_RATIO_PARTS;
        c = ((grid.numerator[row] as number) / (grid.denominator[row] as number)) * percent;
      } else return -NOT_AGGREGATABLE;
    }
    years[at] = order === undefined ? low + j : (rowYear[row] as number);
    values[at] = c;
    at += 1;
  }
  return at;
}

/** The warning code of a negative {@link readSeries} result. */
export function problemCode(problem: number): "not-aggregatable" | "missing-ratio-parts" {
  return problem === -NOT_AGGREGATABLE ? "not-aggregatable" : "missing-ratio-parts";
}

/** Per indicator, what a pass over its years gave (see {@link streamTrends}). */
export interface StreamedTrends {
  /** The number of years with a combined value. */
  readonly count: Int32Array;
  readonly firstYear: Float64Array;
  readonly firstValue: Float64Array;
  readonly latestYear: Float64Array;
  readonly latestValue: Float64Array;
  /** The extremes of the combined values after the baseline year (±Infinity without any). */
  readonly max: Float64Array;
  readonly min: Float64Array;
  /** 0, or 1 (figures not aggregatable), 2 (ratio parts missing). */
  readonly problem: Uint8Array;
}

const RULES = { sum: 0, mean: 1, latest: 2, ratio: 3, none: 4 } as const;

/**
 * For a dense grid: one pass over it year by year (reading memory in order, where reading one
 * indicator's years would jump a row of the grid per year), giving each indicator's first and
 * latest combined value and the extremes after its baseline year: a declared baseline's year
 * (`declaredYear[s]`, NaN without one), else the first year with a value.
 */
export function streamTrends(
  grid: FoldedGrid,
  indicators: readonly Pick<Indicator, "aggregation" | "measure">[],
  declaredYear: Float64Array,
  scratch: Scratch | undefined,
): StreamedTrends {
  const m = indicators.length;
  const out: StreamedTrends = {
    count: take(scratch, "trendCount", Int32Array, m),
    firstYear: take(scratch, "trendFirstYear", Float64Array, m),
    firstValue: take(scratch, "trendFirstValue", Float64Array, m),
    latestYear: take(scratch, "trendLatestYear", Float64Array, m),
    latestValue: take(scratch, "trendLatestValue", Float64Array, m),
    max: take(scratch, "trendMax", Float64Array, m, Number.NEGATIVE_INFINITY),
    min: take(scratch, "trendMin", Float64Array, m, Number.POSITIVE_INFINITY),
    problem: take(scratch, "trendProblem", Uint8Array, m),
  };
  const rule = take(scratch, "trendRule", Uint8Array, m);
  const percent = take(scratch, "trendPercent", Float64Array, m);
  indicators.forEach((x, s) => {
    rule[s] = RULES[x.aggregation];
    percent[s] = x.measure === "percentage" ? 100 : 1;
  });
  const span = m === 0 ? 0 : (grid.size[0] as number);
  for (let j = 0; j < span; j++) streamYear(grid, m, j, declaredYear, rule, percent, out);
  return out;
}

/** Folds year `j` (grid rows j × m … j × m + m − 1) into the streamed trends. */
function streamYear(
  grid: FoldedGrid,
  m: number,
  j: number,
  declaredYear: Float64Array,
  rule: Uint8Array,
  percent: Float64Array,
  out: StreamedTrends,
): void {
  const { wholeRank, wholeValue, sum, units, ratioMissing, pickValue, ratios } = grid;
  const hasWhole = wholeRank.length > 0;
  const hasUnits = sum.length > 0;
  const { count, firstYear, firstValue, latestYear, latestValue, max, min, problem } = out;
  const year = (grid.low[0] as number) + j;
  const base = j * m;
  for (let s = 0; s < m; s++) {
    const row = base + s;
    let c: number;
    if (hasWhole && (wholeRank[row] as number) > 0) c = wholeValue[row] as number;
    else {
      if (!hasUnits) continue;
      const total = sum[row] as number;
      if (total === 0 && 1 / total < 0) continue; // −0: no unit reported
      const r = rule[s] as number;
      if (r === 0) c = total;
      else if (r === 1) c = total / (units[row] as number);
      else if (r === 2) c = pickValue[row] as number;
      else if (r === 3) {
        if (!ratios || ratioMissing[row] === 1) {
          problem[s] = MISSING_RATIO_PARTS;
          continue;
        }
        c =
          ((grid.numerator[row] as number) / (grid.denominator[row] as number)) *
          (percent[s] as number);
      } else {
        problem[s] = NOT_AGGREGATABLE;
        continue;
      }
    }
    const seen = count[s] as number;
    count[s] = seen + 1;
    if (seen === 0) {
      firstYear[s] = year;
      firstValue[s] = c;
    }
    latestYear[s] = year;
    latestValue[s] = c;
    const declared = declaredYear[s] as number;
    // After the baseline year: a declared baseline's, else the first year with a value.
    if (Number.isNaN(declared) ? seen > 0 : year > declared) {
      if (c > (max[s] as number)) max[s] = c;
      if (c < (min[s] as number)) min[s] = c;
    }
  }
}
