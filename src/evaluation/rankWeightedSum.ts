import type { DecisionMatrix } from "./buildCompositeIndex.js";
import { aggregateRows, checkDecisionMatrix, normaliseMatrix } from "./composite/matrix.js";
import { checkWeights, competitionRanks, toRanking } from "./stats/ranks.js";

/**
 * One alternative's score and rank in an MCDA ranking.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface AlternativeScore {
  /** The alternative (unit) id. */
  unitId: string;
  /** The score; higher is better. */
  score: number;
  /** The rank, 1 = best, competition ranking ("1224"). */
  rank: number;
}

/**
 * The result of {@link rankWeightedSum}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface WeightedSumResult {
  /** One score per alternative, in input order. */
  alternatives: AlternativeScore[];
  /** The alternative ids, best first; tied ones in id order. */
  ranking: string[];
}

/**
 * Ranks alternatives with the weighted sum model (WSM): `S_a = Σ_j w_j n_aj / Σ_j w_j`, with
 * `n` the direction-aware min-max normalisation onto [0, 1].
 *
 * @remarks
 * Fishburn (1967); Triantaphyllou, *Multi-Criteria Decision Making Methods* (2000). A cost
 * criterion (`direction: "decrease"`) is mirrored before normalisation, so its best value maps
 * to 1. A criterion with the same value for every alternative maps to 0.5 for all. Weights need
 * not sum to 1: they are divided by their total. Ties within a relative 1e-9 share a rank
 * (competition ranking).
 *
 * @param matrix - The alternatives × criteria raw values with directions.
 * @param weights - One non-negative weight per criterion, with a positive total.
 * @returns Each alternative's score and rank, and the ranking.
 * @throws {@link CastPlanError} for a bad matrix (INVALID_ARGUMENT / DUPLICATE_ID with paths such
 *   as `["values", 1, 0]`) or bad weights (INVALID_WEIGHTS, `["weights", j]`).
 *
 * @example
 * ```ts
 * import { rankWeightedSum } from "cast-plan";
 * const result = rankWeightedSum(
 *   { units: ["a1", "a2", "a3"], indicators: [{ id: "cost", direction: "decrease" }, { id: "benefit", direction: "increase" }],
 *     values: [[6, 2], [7, 2.75], [10, 3.5]] },
 *   [0.5, 0.5],
 * );
 * result.alternatives.map((a) => a.score) // => [0.5, 0.625, 0.5]
 * result.ranking // => ["a2", "a1", "a3"]
 * ```
 *
 * @see [Evaluation scoring: MCDA](../../docs/guides/evaluation.md#mcda)
 * @category Evaluation
 * @since 0.1.0
 */
export function rankWeightedSum(
  matrix: DecisionMatrix,
  weights: readonly number[],
): WeightedSumResult {
  checkDecisionMatrix("rankWeightedSum", matrix);
  checkWeights("rankWeightedSum", weights, matrix.indicators.length);
  const normalisations = matrix.indicators.map(() => ({
    method: "min-max" as const,
    lower: 0,
    upper: 1,
  }));
  const normalised = normaliseMatrix(matrix, normalisations);
  const scores = aggregateRows(normalised, matrix.units.length, weights, "arithmetic");
  const ranks = competitionRanks(scores);
  const alternatives = matrix.units.map((unitId, i) => ({
    unitId,
    score: scores[i] as number,
    rank: ranks[i] as number,
  }));
  return { alternatives, ranking: toRanking(alternatives) };
}
