import type { DecisionMatrix } from "./buildCompositeIndex.js";
import { checkDecisionMatrix } from "./composite/matrix.js";
import type { AlternativeScore } from "./rankWeightedSum.js";
import { checkWeights, competitionRanks, toRanking } from "./stats/ranks.js";

/**
 * One alternative's TOPSIS result: the score is the closeness coefficient.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface TopsisAlternative extends AlternativeScore {
  /** The distance to the ideal point, D⁺. */
  distanceToIdeal: number;
  /** The distance to the anti-ideal point, D⁻. */
  distanceToAntiIdeal: number;
  /** Set when every alternative is at the same point: the closeness is then 0.5 for all. */
  reason?: "identical-alternatives";
}

/**
 * The result of {@link rankTopsis}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface TopsisResult {
  /** One result per alternative, in input order. */
  alternatives: TopsisAlternative[];
  /** The alternative ids, best first; tied ones in id order. */
  ranking: string[];
  /** The weighted ideal point A⁺, one value per criterion. */
  ideal: number[];
  /** The weighted anti-ideal point A⁻, one value per criterion. */
  antiIdeal: number[];
  /**
   * The column norms `√(Σ_i x_ij²)` of the vector normalisation, one per criterion (0 for an
   * all-zero column, whose normalised values are then 0).
   *
   * @since 0.2.0
   */
  columnNorms: number[];
  /**
   * The weighted normalised decision matrix `v_ij = w_j x_ij / √(Σ_i x_ij²)` with the weights
   * divided by their total: `weightedNormalisedMatrix[alternative][criterion]`, rows in input order.
   *
   * @since 0.2.0
   */
  weightedNormalisedMatrix: number[][];
}

/**
 * Ranks alternatives with TOPSIS (Hwang & Yoon 1981) using vector normalisation.
 *
 * @remarks
 * Steps (as R `MCDM::TOPSISVector`, https://rdrr.io/cran/MCDM/man/TOPSISVector.html):
 * `r_ij = x_ij / √(Σ_i x_ij²)`; `v_ij = w_j r_ij` with weights divided by their total; the ideal
 * `A⁺_j` is the max of `v_ij` for a benefit criterion and the min for a cost criterion, the
 * anti-ideal `A⁻_j` the reverse; `D± = √Σ_j (v_ij − A±_j)²`; closeness `C_i = D⁻/(D⁺ + D⁻)`,
 * ranked by descending C. A criterion whose values are all 0 normalises to 0. When every
 * alternative is at the same point (D⁺ + D⁻ = 0), each closeness is 0.5 with a reason.
 *
 * @param matrix - The alternatives × criteria raw values; `decrease` marks a cost criterion.
 * @param weights - One non-negative weight per criterion, with a positive total.
 * @returns Each alternative's closeness, distances and rank, the ideal points, the column norms
 *   and the weighted normalised matrix.
 * @throws {@link CastPlanError} for a bad matrix or weights, as {@link rankWeightedSum}.
 *
 * @example
 * ```ts
 * import { rankTopsis } from "cast-plan";
 * const result = rankTopsis(
 *   { units: ["a1", "a2", "a3"], indicators: [{ id: "cost", direction: "decrease" }, { id: "benefit", direction: "increase" }],
 *     values: [[6, 2], [7, 2.75], [10, 3.5]] },
 *   [0.5, 0.5],
 * );
 * result.alternatives[1]?.score // ~> 0.612086
 * result.ranking // => ["a2", "a3", "a1"]
 * result.columnNorms[0] // ~> 13.601471
 * result.weightedNormalisedMatrix[0]?.[1] // ~> 0.204926
 * ```
 *
 * @see [Evaluation scoring: MCDA](../../docs/guides/evaluation.md#mcda)
 * @category Evaluation
 * @since 0.1.0
 */
export function rankTopsis(matrix: DecisionMatrix, weights: readonly number[]): TopsisResult {
  checkDecisionMatrix("rankTopsis", matrix);
  const m = matrix.indicators.length;
  checkWeights("rankTopsis", weights, m);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const weighted = matrix.values.map((row) => [...row]);
  const ideal: number[] = [];
  const antiIdeal: number[] = [];
  const columnNorms: number[] = [];
  for (let j = 0; j < m; j++) {
    const norm = Math.sqrt(matrix.values.reduce((sum, row) => sum + (row[j] as number) ** 2, 0));
    columnNorms.push(norm);
    const w = (weights[j] as number) / total;
    let max = Number.NEGATIVE_INFINITY;
    let min = Number.POSITIVE_INFINITY;
    for (const row of weighted) {
      const v = norm === 0 ? 0 : (w * (row[j] as number)) / norm;
      row[j] = v;
      if (v > max) max = v;
      if (v < min) min = v;
    }
    const benefit = matrix.indicators[j]?.direction === "increase";
    ideal.push(benefit ? max : min);
    antiIdeal.push(benefit ? min : max);
  }
  const distance = (row: readonly number[], point: readonly number[]) =>
    Math.sqrt(row.reduce((sum, v, j) => sum + (v - (point[j] as number)) ** 2, 0));
  const results = weighted.map((row) => {
    const plus = distance(row, ideal);
    const minus = distance(row, antiIdeal);
    return { plus, minus, closeness: plus + minus === 0 ? 0.5 : minus / (plus + minus) };
  });
  const ranks = competitionRanks(results.map((r) => r.closeness));
  const alternatives = matrix.units.map((unitId, i): TopsisAlternative => {
    const r = results[i] as { plus: number; minus: number; closeness: number };
    return {
      unitId,
      score: r.closeness,
      rank: ranks[i] as number,
      distanceToIdeal: r.plus,
      distanceToAntiIdeal: r.minus,
      ...(r.plus + r.minus === 0 ? { reason: "identical-alternatives" as const } : {}),
    };
  });
  return {
    alternatives,
    ranking: toRanking(alternatives),
    ideal,
    antiIdeal,
    columnNorms,
    weightedNormalisedMatrix: weighted,
  };
}
