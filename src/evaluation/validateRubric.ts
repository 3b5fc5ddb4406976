import type { RatingScale, Rubric } from "../schemas/index.js";
import { checkRubric } from "./rubric/checks.js";

/**
 * Checks a rubric against its rating scale without relying on the zod schema (rubrics built in
 * code are checked too).
 *
 * @remarks
 * Checks, in order: the scale (≥ 2 levels, finite unique values, unique labels; paths start with
 * `"scale"`); `scaleId` equals the scale's id; a known rounding rule; at least one criterion;
 * criterion ids non-empty and unique across the whole tree; every weight finite and ≥ 0 and every
 * group of siblings with a positive total; caps naming known criteria with a known relation and
 * an integer offset ≥ 0. Paths of rubric problems start at the rubric, e.g.
 * `["criteria", 1, "children", 0, "weight"]`.
 *
 * @param rubric - The rubric.
 * @param scale - The scale the rubric is scored on.
 * @returns Nothing; the rubric is valid when no error is thrown.
 * @throws {@link CastPlanError} INVALID_ARGUMENT (shape, scale, caps), DUPLICATE_ID (criterion
 *   ids), INVALID_WEIGHTS (weights) or UNKNOWN_ID (a cap's criterion), each issue with its path.
 *
 * @example
 * ```ts
 * import { validateRubric, FOUR_POINT_SCALE, CastPlanError } from "cast-plan";
 * const rubric = { id: "r", name: "Review", scaleId: "four-point", rounding: "half-away-from-zero" as const,
 *   criteria: [{ id: "a", name: "A", weight: 1, children: [] }, { id: "b", name: "B", weight: -1, children: [] }], caps: [] };
 * let path: unknown;
 * try { validateRubric(rubric, FOUR_POINT_SCALE); } catch (error) { if (error instanceof CastPlanError) path = error.issues[0]?.path; };
 * path // => ["criteria", 1, "weight"]
 * ```
 *
 * @see [Evaluation scoring: rubrics](../../docs/guides/evaluation.md#rubrics-weighted-means-rounding-caps-and-floors)
 * @category Evaluation
 * @since 0.1.0
 */
export function validateRubric(rubric: Rubric, scale: RatingScale): void {
  checkRubric("validateRubric", rubric, scale);
}
