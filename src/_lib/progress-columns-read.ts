// Private: reading a folded grid: one indicator's combined series (readSeries), or every
// indicator's first, latest and extreme values in one pass over a dense grid (streamTrends).
import type { Indicator } from "../schemas/indicator.js";
import {
  type FoldedGrid,
  MISSING_RATIO_PARTS,
  NOT_AGGREGATABLE,
  type Scratch,
  take,
} from "./progress-columns.js";

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
  const { dense, stride } = grid;
  const from = dense ? s : (grid.first[s] as number);
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
  const low = dense ? grid.denseLow : (grid.low[s] as number);
  let at = 0;
  const rowCount =
    order !== undefined ? order.length : dense ? grid.widest : (grid.size[s] as number);
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
  const span = grid.widest;
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
  const year = grid.denseLow + j;
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
