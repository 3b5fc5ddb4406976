// Private: reading a folded grid: one indicator's combined series (readSeries), or every
// indicator's first, latest and extreme values in one pass over a dense grid (streamTrends).
import type { Indicator } from "../../../schemas/indicator.js";
import type { IndicatorFacts } from "./facts.js";
import {
  type FoldedGrid,
  MISSING_RATIO_PARTS,
  NOT_AGGREGATABLE,
  type Scratch,
  take,
} from "./fold.js";

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
  readonly firstValue: Float64Array;
  readonly latestValue: Float64Array;
  /** The extremes of the combined values after the baseline year (±Infinity without any). */
  readonly max: Float64Array;
  readonly min: Float64Array;
  /** 0, or 1 (figures not aggregatable), 2 (ratio parts missing). */
  readonly problem: Uint8Array;
}

/**
 * For a dense grid: each indicator's first and latest combined value and the extremes after its
 * baseline year (a declared baseline's year, `declaredYear[s]`, NaN without one; else the first
 * year with a value), without copying its series: one pass over its years, the running values
 * kept in registers (a pass year by year would read and write them in memory for every cell).
 */
export function streamTrends(
  grid: FoldedGrid,
  facts: Pick<IndicatorFacts, "rule" | "percent">,
  declaredYear: Float64Array,
  scratch: Scratch | undefined,
): StreamedTrends {
  const m = facts.rule.length;
  const out: StreamedTrends = {
    count: take(scratch, "trendCount", Int32Array, m),
    firstValue: take(scratch, "trendFirstValue", Float64Array, m),
    latestValue: take(scratch, "trendLatestValue", Float64Array, m),
    max: take(scratch, "trendMax", Float64Array, m, Number.NEGATIVE_INFINITY),
    min: take(scratch, "trendMin", Float64Array, m, Number.POSITIVE_INFINITY),
    problem: take(scratch, "trendProblem", Uint8Array, m),
  };
  for (let s = 0; s < m; s += BLOCK_OF_INDICATORS)
    streamIndicators(grid, facts, s, Math.min(m, s + BLOCK_OF_INDICATORS), declaredYear, out);
  return out;
}

/** Indicators per call of {@link streamIndicators} (see BLOCK in layout.ts). */
const BLOCK_OF_INDICATORS = 1024;

/** Streams indicators `from … to − 1` (their rows s, s + m, s + 2m …) into the trends. */
function streamIndicators(
  grid: FoldedGrid,
  facts: Pick<IndicatorFacts, "rule" | "percent">,
  from: number,
  to: number,
  declaredYear: Float64Array,
  out: StreamedTrends,
): void {
  const { wholeRank, wholeValue, sum, units, ratioMissing, pickValue, ratios, stride } = grid;
  const hasWhole = wholeRank.length > 0;
  const hasUnits = sum.length > 0;
  const span = grid.widest;
  const low = grid.denseLow;
  for (let s = from; s < to; s++) {
    const r = facts.rule[s] as number;
    const percent = facts.percent[s] as number;
    const declared = declaredYear[s] as number;
    const hasDeclared = !Number.isNaN(declared);
    let seen = 0;
    let firstValue = 0;
    let latest = 0;
    let max = Number.NEGATIVE_INFINITY;
    let min = Number.POSITIVE_INFINITY;
    let problem = 0;
    for (let j = 0, row = s; j < span; j++, row += stride) {
      let c: number;
      if (hasWhole && (wholeRank[row] as number) > 0) c = wholeValue[row] as number;
      else {
        if (!hasUnits) continue;
        const total = sum[row] as number;
        if (total === 0 && 1 / total < 0) continue; // −0: no unit reported
        if (r === 0) c = total;
        else if (r === 1) c = total / (units[row] as number);
        else if (r === 2) c = pickValue[row] as number;
        else if (r === 3 && ratios && ratioMissing[row] !== 1)
          c = ((grid.numerator[row] as number) / (grid.denominator[row] as number)) * percent;
        else {
          problem = r === 3 ? MISSING_RATIO_PARTS : NOT_AGGREGATABLE;
          break;
        }
      }
      if (seen === 0) firstValue = c;
      // After the baseline year: a declared baseline's, else the first year with a value.
      if (hasDeclared ? low + j > declared : seen > 0) {
        if (c > max) max = c;
        if (c < min) min = c;
      }
      seen += 1;
      latest = c;
    }
    out.count[s] = seen;
    out.firstValue[s] = firstValue;
    out.latestValue[s] = latest;
    out.max[s] = max;
    out.min[s] = min;
    out.problem[s] = problem;
  }
}
