import type { Normalisation, NormalisationReason } from "./composite/types.js";

export type { Normalisation, NormalisationReason } from "./composite/types.js";

import { CastPlanError } from "../errors/CastPlanError.js";
import { checkNormalisation, normaliseColumn } from "./composite/matrix.js";

/**
 * Options of {@link normalise}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface NormaliseOptions {
  /** The direction of the indicator; `decrease` (less is better) mirrors the values first. */
  direction?: "increase" | "decrease";
}

/**
 * The result of {@link normalise}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface NormaliseResult {
  /** The normalised values, in input order; higher is better after direction handling. */
  values: number[];
  /** The method used. */
  method: Normalisation["method"];
  /** For z-scores, which standard deviation was used. */
  sd?: "sample" | "population";
  /** Why every value got the same score, when the data are degenerate. */
  reason?: NormalisationReason;
}

/**
 * Normalises the values of one indicator across units, direction first.
 *
 * @remarks
 * For `direction: "decrease"` the values (and goalposts or target) are multiplied by −1 first, as
 * the OECD/JRC Handbook (Nardo et al. 2008, ISBN 978-92-64-04345-9) and COINr
 * (https://github.com/bluefoxr/COINr, `vignettes/normalise.Rmd`) do. Degenerate data give a
 * result with a `reason`: a constant column maps to the middle of the min-max range, to
 * `targetMean` for z-scores, to 1 or 0 (at or below the target) for distance to target; a
 * fraction of a maximum ≤ 0 gives 0; one value gives percentile 0.5. Rank ties share their
 * average rank.
 *
 * @param values - The raw values, one per unit.
 * @param normalisation - The method and its parameters.
 * @param options - The indicator's direction.
 * @returns The normalised values and the method (and SD kind) used.
 * @throws {@link CastPlanError} INVALID_ARGUMENT when a value is not finite (path `["values", i]`)
 *   or a parameter is out of its domain (path `["normalisation", key]`).
 *
 * @example
 * ```ts
 * import { normalise } from "cast-plan";
 * normalise([40, 55, 70, 85], { method: "min-max", upper: 1 }).values[1] // ~> 0.333333
 * normalise([40, 60, 80], { method: "min-max" }).values // => [0, 50, 100]
 * normalise([50, 20, 35, 80], { method: "min-max" }, { direction: "decrease" }).values // => [50, 100, 75, 0]
 * normalise([40, 55, 70, 85], { method: "z-score", sd: "population" }).values[0] // ~> -1.341641
 * ```
 *
 * @see [Evaluation scoring: composite indices](../../docs/guides/evaluation.md#composite-indices-oecdjrc-handbook)
 * @category Evaluation
 * @since 0.1.0
 */
export function normalise(
  values: readonly number[],
  normalisation: Normalisation,
  options: NormaliseOptions = {},
): NormaliseResult {
  if (!Array.isArray(values))
    throw new CastPlanError("INVALID_ARGUMENT", "normalise: values must be an array", [
      { path: ["values"], rule: "invalid_type", message: "values must be an array of numbers" },
    ]);
  values.forEach((value, i) => {
    if (typeof value !== "number" || !Number.isFinite(value))
      throw new CastPlanError("INVALID_ARGUMENT", `normalise: values[${i}] is not finite`, [
        {
          path: ["values", i],
          rule: "finite",
          message: `value ${String(value)} is not a finite number`,
        },
      ]);
  });
  checkNormalisation("normalise", normalisation, ["normalisation"]);
  const direction = options.direction ?? "increase";
  if (direction !== "increase" && direction !== "decrease")
    throw new CastPlanError("INVALID_ARGUMENT", "normalise: unknown direction", [
      {
        path: ["options", "direction"],
        rule: "enum",
        message: "direction must be 'increase' or 'decrease'",
      },
    ]);
  const column = normaliseColumn(values, normalisation, direction === "decrease" ? -1 : 1);
  return {
    values: column.values,
    method: normalisation.method,
    ...(normalisation.method === "z-score" ? { sd: normalisation.sd } : {}),
    ...(column.reason ? { reason: column.reason } : {}),
  };
}
