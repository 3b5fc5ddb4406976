import type { RatingLevel, Rounding } from "./rubric/types.js";

export type { RatingLevel, Rounding } from "./rubric/types.js";

import { CastPlanError } from "../errors/CastPlanError.js";
import type { RatingScale } from "../schemas/index.js";
import { checkScale, roundToLevelIndex } from "./rubric/checks.js";

/**
 * Rounds a number to the nearest level of a rating scale with an explicit rounding rule.
 *
 * @remarks
 * Between two adjacent levels lo < x < hi: `floor` → lo, `ceil` → hi; `half-away-from-zero` and
 * `half-even` → the nearer level, and at the exact midpoint `half-away-from-zero` takes the level
 * of larger absolute value (2.5 → 3, −2.5 → −3) while `half-even` takes the even value (2.5 → 2,
 * 3.5 → 4; when neither or both of the two levels are even integers, the level at an even
 * 0-based position in ascending order). A value
 * within a relative 1e-9 of a level or of a midpoint counts as equal to it, so float noise such as
 * 1.9000000000000004 does not change the result. Values outside the scale clamp to its ends.
 * JavaScript's `Math.round(-2.5)` is −2 and so is not used (reference Appendix T).
 *
 * @param value - The number, usually a weighted mean of level values.
 * @param scale - The rating scale.
 * @param rounding - The rounding rule.
 * @returns The level.
 * @throws {@link CastPlanError} INVALID_ARGUMENT when `value` is not finite (path `["value"]`),
 *   the rule is unknown (`["rounding"]`) or the scale is invalid (`["scale", "levels", i, …]`).
 *
 * @example
 * ```ts
 * import { roundToScale, FOUR_POINT_SCALE } from "cast-plan";
 * roundToScale(17 / 6, FOUR_POINT_SCALE, "half-away-from-zero").value // => 3
 * roundToScale(2.5, FOUR_POINT_SCALE, "half-even").label.en // => "Modest"
 * roundToScale(2.99, FOUR_POINT_SCALE, "floor").value // => 2
 * ```
 *
 * @see [Evaluation scoring: rubrics](../../docs/guides/evaluation.md#rubrics-weighted-means-rounding-caps-and-floors)
 * @category Evaluation
 * @since 0.1.0
 */
export function roundToScale(value: number, scale: RatingScale, rounding: Rounding): RatingLevel {
  if (typeof value !== "number" || !Number.isFinite(value))
    throw new CastPlanError("INVALID_ARGUMENT", "roundToScale: value must be finite", [
      { path: ["value"], rule: "finite", message: `value ${String(value)} is not a finite number` },
    ]);
  if (!["half-away-from-zero", "half-even", "floor", "ceil"].includes(rounding))
    throw new CastPlanError("INVALID_ARGUMENT", "roundToScale: unknown rounding", [
      {
        path: ["rounding"],
        rule: "enum",
        message: "rounding must be half-away-from-zero, half-even, floor or ceil",
      },
    ]);
  const levels = checkScale("roundToScale", scale);
  return levels[roundToLevelIndex(value, levels, rounding)] as RatingLevel;
}
