import type { CapResult, CriterionScoreInput, ScoredCriterion } from "./rubric/types.js";

export type { CapResult, CriterionScoreInput, ScoredCriterion } from "./rubric/types.js";

import type { RatingScale, Rubric } from "../schemas/index.js";
import type { RatingLevel } from "./roundToScale.js";
import { applyCaps, describeLevel as describe, round6 } from "./rubric/caps.js";
import { checkRubric, roundToLevelIndex } from "./rubric/checks.js";
import { checkRubricScores, scoreCriteria } from "./rubric/scores.js";

/**
 * Options of {@link scoreRubric}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface ScoreRubricOptions {
  /**
   * What a criterion without a score does: `error` (default) throws; `renormalise` leaves it out
   * and shares its weight among the scored siblings, listing it in `missing`.
   */
  missing?: "error" | "renormalise";
}

/**
 * The result of {@link scoreRubric}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface RubricScore {
  /** The rubric id. */
  rubricId: string;
  /** The weighted mean of the top-level criteria, before rounding; `null` when nothing is scored. */
  mean: number | null;
  /** The mean rounded to a level with the rubric's rule. */
  rounded: RatingLevel | null;
  /** The overall level after floors, then caps (caps win). */
  level: RatingLevel | null;
  /** The per-criterion breakdown, as a tree. */
  criteria: ScoredCriterion[];
  /** How each cap or floor acted, in rubric order. */
  caps: CapResult[];
  /** The ids of criteria without a score (only with `missing: "renormalise"`). */
  missing: string[];
  /** Sentences explaining the derivation. */
  explanation: string[];
  /** Why there is no overall level. */
  reason?: "no-scores";
}

/**
 * Scores a rubric: weighted means up the criterion tree, the overall mean rounded to a level with
 * the rubric's explicit rule, then floors and caps, each explained.
 *
 * @remarks
 * `R = Σ w_c r_c / Σ w_c` over the top-level criteria; a criterion with sub-criteria scores the
 * weighted mean of its children (reference §B1; OECD DAC criteria,
 * https://www.oecd.org/dac/evaluation/daccriteriaforevaluatingdevelopmentassistance.htm). The mean
 * is rounded to the nearest level as {@link roundToScale} documents. A cap `at-most` bounds the
 * overall level to the criterion's (rounded) level plus `offset` scale steps; a floor `at-least` to
 * the criterion's level minus `offset`. Floors apply first, then caps, so a cap always holds. The
 * rubric, scale and scores are checked first as {@link validateRubric} documents.
 *
 * @param rubric - The rubric.
 * @param scale - The scale its criteria are scored on.
 * @param scores - One score per leaf criterion.
 * @param options - What a missing score does.
 * @returns The mean, the rounded and final levels, the breakdown, the caps and explanations.
 * @throws {@link CastPlanError} as {@link validateRubric}; for scores: UNKNOWN_ID (path
 *   `["scores", i, "criterionId"]`), DUPLICATE_ID, INVALID_ARGUMENT for a value off the scale
 *   (`["scores", i, "value"]`), a score of a criterion with children, or a missing score
 *   (`["scores"]`) unless `missing: "renormalise"`.
 *
 * @example
 * ```ts
 * import { scoreRubric, FOUR_POINT_SCALE } from "cast-plan";
 * const ids = ["relevance", "coherence", "effectiveness", "efficiency", "impact", "sustainability"];
 * const rubric = { id: "dac", name: "DAC", scaleId: "four-point", rounding: "half-away-from-zero" as const,
 *   criteria: ids.map((id) => ({ id, name: id, weight: 1, children: [] })), caps: [] };
 * const result = scoreRubric(rubric, FOUR_POINT_SCALE, [4, 3, 3, 2, 3, 2].map((value, i) => ({ criterionId: ids[i] ?? "", value })));
 * result.mean // ~> 2.833333
 * result.level?.label.en // => "Substantial"
 * ```
 *
 * @see [Evaluation scoring: rubrics](../../docs/guides/evaluation.md#rubrics-weighted-means-rounding-caps-and-floors)
 * @category Evaluation
 * @since 0.1.0
 */
export function scoreRubric(
  rubric: Rubric,
  scale: RatingScale,
  scores: readonly CriterionScoreInput[],
  options: ScoreRubricOptions = {},
): RubricScore {
  const fn = "scoreRubric";
  const levels = checkRubric(fn, rubric, scale);
  const missingMode = options.missing ?? "error";
  const byId = checkRubricScores(fn, rubric, levels, scores, missingMode);
  const top = scoreCriteria(rubric.criteria, byId, levels, rubric.rounding);
  const missing: string[] = [];
  const collect = (nodes: readonly ScoredCriterion[]) => {
    for (const node of nodes) {
      if (node.source === "missing" && node.children.length === 0) missing.push(node.criterionId);
      collect(node.children);
    }
  };
  collect(top.criteria);
  const base = { rubricId: rubric.id, criteria: top.criteria, missing };
  if (top.mean === null)
    return {
      ...base,
      mean: null,
      rounded: null,
      level: null,
      caps: [],
      explanation: ["no criterion has a score"],
      reason: "no-scores",
    };
  const roundedIndex = roundToLevelIndex(top.mean, levels, rubric.rounding);
  const explanation = [
    `weighted mean ${round6(top.mean)} of ${top.criteria.filter((c) => c.score !== null).length} criteria → ${describe(levels[roundedIndex])} (rounding ${rubric.rounding})`,
  ];
  const { capResults, finalIndex } = applyCaps(
    rubric.caps ?? [],
    top.criteria,
    levels,
    roundedIndex,
  );
  explanation.push(...capResults.filter((c) => c.applied).map((c) => c.explanation));
  if (missing.length > 0)
    explanation.push(
      `not scored (weights renormalised over scored siblings): ${missing.join(", ")}`,
    );
  return {
    ...base,
    mean: top.mean,
    rounded: levels[roundedIndex] as RatingLevel,
    level: levels[finalIndex] as RatingLevel,
    caps: capResults,
    explanation,
  };
}
