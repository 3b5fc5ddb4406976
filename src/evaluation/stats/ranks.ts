// Private numeric helpers of the evaluation area: ties, rounding, ranking, quantiles, validation.
import { CastPlanError, type ValidationIssue } from "../../errors/CastPlanError.js";

/** Relative tolerance under which two scores count as tied (float noise, not real differences). */
export const TIE_TOLERANCE = 1e-9;

/** Whether two finite numbers are equal up to {@link TIE_TOLERANCE} (relative, at least absolute). */
export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Competition ranks ("1224") of scores, 1 = highest; NaN scores get rank 0 (unranked). Scores within
 * {@link TIE_TOLERANCE} of the previous distinct score share its rank.
 */
export function competitionRanks(scores: ArrayLike<number>): Int32Array {
  const n = scores.length;
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(scores[i] as number)) order.push(i);
  order.sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const ranks = new Int32Array(n);
  let anchor = Number.NaN;
  let anchorRank = 0;
  order.forEach((unit, position) => {
    const value = scores[unit] as number;
    if (position === 0 || !nearlyEqual(value, anchor)) {
      anchor = value;
      anchorRank = position + 1;
    }
    ranks[unit] = anchorRank;
  });
  return ranks;
}

/** Average ranks, 1 = lowest, of finite values (ties share the mean of their positions). */
export function averageRanksAscending(values: readonly number[]): number[] {
  const order = values
    .map((_, i) => i)
    .sort((a, b) => (values[a] as number) - (values[b] as number));
  const ranks = new Array<number>(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    const first = values[order[start] as number] as number;
    while (end + 1 < order.length && nearlyEqual(values[order[end + 1] as number] as number, first))
      end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k] as number] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Quantile of sorted values by linear interpolation (R's default, type 7). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo] as number;
  return a + ((sorted[hi] as number) - a) * (h - lo);
}

/**
 * Checks weights: each finite and non-negative, a positive total, the expected count. Throws
 * CastPlanError INVALID_WEIGHTS with paths `[name, j]`.
 */
export function checkWeights(
  fn: string,
  weights: readonly number[],
  count: number,
  path: readonly (string | number)[] = ["weights"],
): void {
  const issues: ValidationIssue[] = [];
  if (!Array.isArray(weights) || weights.length !== count) {
    issues.push({
      path: [...path],
      rule: "length",
      message: `expected ${count} weights, got ${Array.isArray(weights) ? weights.length : typeof weights}`,
    });
  } else {
    weights.forEach((w, j) => {
      if (typeof w !== "number" || !Number.isFinite(w) || w < 0)
        issues.push({
          path: [...path, j],
          rule: "non-negative",
          message: `weight ${w} is not a finite number ≥ 0`,
        });
    });
    if (issues.length === 0 && weights.reduce((s, w) => s + w, 0) <= 0)
      issues.push({
        path: [...path],
        rule: "positive-total",
        message: "the weights must have a positive total",
      });
  }
  if (issues.length > 0)
    throw new CastPlanError("INVALID_WEIGHTS", `${fn}: invalid weights`, issues);
}

/** Orders ranked entries best first, ties by id, so the order of the input does not matter. */
export function toRanking(entries: readonly { unitId: string; rank: number }[]): string[] {
  return [...entries]
    .sort((a, b) => a.rank - b.rank || (a.unitId < b.unitId ? -1 : 1))
    .map((entry) => entry.unitId);
}
