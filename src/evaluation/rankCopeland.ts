import type { DecisionMatrix } from "./buildCompositeIndex.js";
import { checkDecisionMatrix } from "./composite/matrix.js";
import type { AlternativeScore } from "./rankWeightedSum.js";
import { checkWeights, competitionRanks, nearlyEqual, toRanking } from "./stats/ranks.js";

/**
 * One alternative's Copeland result: the score is its row sum of the outranking matrix.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface CopelandAlternative extends AlternativeScore {
  /** The pairwise majorities won: the alternatives q with `M[p][q] > 0.5`. */
  wins: number;
  /** The pairwise majorities lost: the alternatives q with `M[p][q] < 0.5`. */
  losses: number;
}

/**
 * The result of {@link rankCopeland}.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface CopelandResult {
  /** One result per alternative, in input order. */
  alternatives: CopelandAlternative[];
  /** The alternative ids, best first; tied ones in id order. */
  ranking: string[];
  /**
   * The weighted outranking matrix `M[p][q]`: the share of the total weight on the criteria where
   * p is better than q, ties counted half; `M[p][q] + M[q][p] = 1`, diagonal 0.
   */
  outrankingMatrix: number[][];
  /** The dominance pairs `[p, q]` with `M[p][q] = 1`: p is better than q on every weighted criterion. */
  dominancePairs: [string, string][];
  /** Set when there are two or more alternatives and all have the same values (every `M[p][q] = 0.5`). */
  reason?: "identical-alternatives";
}

/**
 * Ranks alternatives with the weighted Copeland method, a non-compensatory pairwise-majority
 * aggregation: `M[p][q] = Σ_j w_j [p better than q on j] / Σ_j w_j`, score = row sum of M.
 *
 * @remarks
 * OECD/JRC *Handbook on Constructing Composite Indicators* (Nardo et al. 2008) and COINr
 * (https://github.com/bluefoxr/COINr, `vignettes/aggregate.Rmd`): a cost criterion
 * (`direction: "decrease"`) is negated first, so lower is better. Values equal within a relative
 * 1e-9 are a tie and count half of the criterion's weight to each side (a CONVENTION: COINr's text
 * does not say). Weights are divided by their total, so each pair's entries sum to 1 and a score lies
 * in [0, n − 1]. `wins` and `losses` count the pairwise majorities (`M > 0.5`, `M < 0.5`), from
 * which the Handbook's Copeland count `wins − losses` follows. Scores are ranked with competition
 * ranking ("1224"). Identical alternatives tie every pair at 0.5 and share a rank; the result then
 * carries a reason.
 *
 * @param matrix - The alternatives × criteria raw values with directions.
 * @param weights - One non-negative weight per criterion, with a positive total.
 * @returns Each alternative's score, wins, losses and rank; the outranking matrix; the dominance pairs.
 * @throws {@link CastPlanError} for a bad matrix or weights, as {@link rankWeightedSum}.
 *
 * @example
 * ```ts
 * import { rankCopeland } from "cast-plan";
 * const result = rankCopeland(
 *   { units: ["a", "b", "c"], indicators: [{ id: "x", direction: "increase" }, { id: "cost", direction: "decrease" }],
 *     values: [[3, 5], [2, 5], [1, 9]] },
 *   [0.6, 0.4],
 * );
 * result.outrankingMatrix[0] // => [0, 0.8, 1]
 * result.alternatives.map((a) => a.score) // => [1.8, 1.2, 0]
 * result.dominancePairs // => [["a", "c"], ["b", "c"]]
 * ```
 *
 * @see [Evaluation scoring: MCDA](../../docs/guides/evaluation.md#mcda)
 * @category Evaluation
 * @since 0.2.0
 */
export function rankCopeland(matrix: DecisionMatrix, weights: readonly number[]): CopelandResult {
  checkDecisionMatrix("rankCopeland", matrix);
  const m = matrix.indicators.length;
  checkWeights("rankCopeland", weights, m);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const n = matrix.units.length;
  const sign = matrix.indicators.map((c) => (c.direction === "decrease" ? -1 : 1));
  let identical = n > 1;
  const outrankingMatrix = matrix.values.map((row, p) =>
    matrix.values.map((other, q) => {
      if (p === q) return 0;
      let share = 0;
      for (let j = 0; j < m; j++) {
        const x = (sign[j] as number) * (row[j] as number);
        const y = (sign[j] as number) * (other[j] as number);
        const w = (weights[j] as number) / total;
        if (nearlyEqual(x, y)) share += w / 2;
        else {
          identical = false;
          if (x > y) share += w;
        }
      }
      return share;
    }),
  );
  const scores = outrankingMatrix.map((row) => row.reduce((sum, v) => sum + v, 0));
  const ranks = competitionRanks(scores);
  const dominancePairs: [string, string][] = [];
  const alternatives = matrix.units.map((unitId, p): CopelandAlternative => {
    let wins = 0;
    let losses = 0;
    outrankingMatrix[p]?.forEach((v, q) => {
      if (p === q) return;
      if (nearlyEqual(v, 1)) dominancePairs.push([unitId, matrix.units[q] as string]);
      if (nearlyEqual(v, 0.5)) return;
      if (v > 0.5) wins++;
      else losses++;
    });
    return { unitId, score: scores[p] as number, rank: ranks[p] as number, wins, losses };
  });
  return {
    alternatives,
    ranking: toRanking(alternatives),
    outrankingMatrix,
    dominancePairs,
    ...(identical ? { reason: "identical-alternatives" as const } : {}),
  };
}
