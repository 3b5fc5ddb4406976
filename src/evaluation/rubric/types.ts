// Types shared by scoreRubric, roundToScale and the rubric helpers beneath them (exported from
// the package through scoreRubric.ts and roundToScale.ts).
import type { RatingScale, Rubric } from "../../schemas/index.js";

/**
 * A level of a rating scale: value, label and optional code.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export type RatingLevel = RatingScale["levels"][number];

/**
 * A rounding rule: `half-away-from-zero`, `half-even`, `floor` or `ceil`.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export type Rounding = Rubric["rounding"];

/**
 * One criterion's score given to {@link scoreRubric}; `Assessment["scores"]` items fit.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface CriterionScoreInput {
  /** The id of a criterion without sub-criteria. */
  readonly criterionId: string;
  /** The score, a level value of the scale. */
  readonly value: number;
}

/**
 * One criterion in the breakdown of {@link scoreRubric}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface ScoredCriterion {
  /** The criterion id. */
  criterionId: string;
  /** The criterion name. */
  name: string;
  /** The criterion's weight as given. */
  weight: number;
  /** Its share of its scored siblings' total weight, or `null` when it has no score. */
  share: number | null;
  /** The given score, or the weighted mean of its scored children; `null` when missing. */
  score: number | null;
  /** The score rounded to a level with the rubric's rule; `null` when missing. */
  level: RatingLevel | null;
  /** Where the score comes from. */
  source: "score" | "children" | "missing";
  /** The sub-criteria. */
  children: ScoredCriterion[];
}

/**
 * How one cap or floor of a rubric acted.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface CapResult {
  /** The id of the bounding criterion. */
  criterionId: string;
  /** `at-most` (a cap) or `at-least` (a floor). */
  relation: "at-most" | "at-least";
  /** The allowed difference in scale steps. */
  offset: number;
  /** The bound on the overall level, or `null` when the criterion has no score. */
  bound: RatingLevel | null;
  /** Whether the bound changed the overall level. */
  applied: boolean;
  /** A sentence saying what the bound did. */
  explanation: string;
}
