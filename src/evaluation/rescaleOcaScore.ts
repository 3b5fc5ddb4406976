import { CastPlanError } from "../errors/CastPlanError.js";

/**
 * Options of {@link rescaleOcaScore}.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface RescaleOcaScoreOptions {
  /** The lowest score of the item scale; default 1 (the OCA's 1–4 scale). */
  min?: number;
  /** The highest score of the item scale; default 4. */
  max?: number;
}

/**
 * Rescales an organisational capacity assessment (OCA) score onto 0–100 %:
 * `(s − 1)/3 × 100` on the OCA's 1–4 item scale, in general `(s − min)/(max − min) × 100`.
 *
 * @remarks
 * USAID/JSI OCA tool (items scored 1–4; JSI *OCA Tool: Participant's Copy*, 2014,
 * https://www.jsi.com/best-practice-benchmarking-approach/). The score is usually the
 * mean of the domain means ({@link scoreRubric} with domains as criteria and items as
 * sub-criteria), which is not the mean of all items: state which one you rescale. A score equal to
 * `min` gives 0 and one equal to `max` gives 100.
 *
 * @param score - The score on the item scale, in [min, max].
 * @param options - The item scale's bounds; default 1 and 4.
 * @returns The score in percent of the scale's range, in [0, 100].
 * @throws {@link CastPlanError} INVALID_ARGUMENT when the score is not a finite number in
 *   [min, max] (path `["score"]`) or the bounds are not finite with min < max (path
 *   `["options", "max"]` or `["options", "min"]`).
 *
 * @example
 * ```ts
 * import { rescaleOcaScore } from "cast-plan";
 * rescaleOcaScore(17 / 6) // ~> 61.1111
 * rescaleOcaScore(4) // => 100
 * rescaleOcaScore(3, { min: 0, max: 4 }) // => 75
 * ```
 *
 * @see [Evaluation scoring: organisational assessment](../../docs/guides/evaluation.md#organisational-assessment)
 * @category Evaluation
 * @since 0.2.0
 */
export function rescaleOcaScore(score: number, options: RescaleOcaScoreOptions = {}): number {
  const min = options.min ?? 1;
  const max = options.max ?? 4;
  const fail = (path: (string | number)[], message: string): never => {
    throw new CastPlanError("INVALID_ARGUMENT", `rescaleOcaScore: ${message}`, [
      { path, rule: "domain", message },
    ]);
  };
  if (typeof min !== "number" || !Number.isFinite(min))
    fail(["options", "min"], "min must be a finite number");
  if (typeof max !== "number" || !Number.isFinite(max) || max <= min)
    fail(["options", "max"], "max must be a finite number > min");
  if (typeof score !== "number" || !Number.isFinite(score) || score < min || score > max)
    fail(["score"], `score ${String(score)} is not a finite number in [${min}, ${max}]`);
  return ((score - min) / (max - min)) * 100;
}
