import type { MeanKind } from "./composite/types.js";

export type { MeanKind } from "./composite/types.js";

import { CastPlanError } from "../errors/CastPlanError.js";
import { aggregateRows } from "./composite/matrix.js";
import { checkWeights } from "./stats/ranks.js";

/**
 * The result of {@link computeWeightedMean}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface WeightedMeanResult {
  /** The mean, or `null` when it is undefined. */
  value: number | null;
  /** Why the mean is undefined: a geometric or harmonic mean needs every weighted value > 0. */
  reason?: "non-positive-value";
}

/**
 * Computes the weighted arithmetic, geometric or harmonic mean of values.
 *
 * @remarks
 * Formulas of COINr (https://github.com/bluefoxr/COINr, `vignettes/aggregate.Rmd`) after the
 * OECD/JRC Handbook (2008). A value ≤ 0 with a positive weight makes the geometric and harmonic
 * means undefined: the result is `null` with reason `non-positive-value` (normalise onto [1, 100]
 * first to avoid zeros). Values with weight 0 are ignored by those two means.
 *
 * @param values - The values.
 * @param weights - One non-negative weight per value, with a positive total.
 * @param mean - The kind of mean; default `arithmetic`.
 * @returns The mean, or `null` with a reason.
 * @throws {@link CastPlanError} INVALID_WEIGHTS (path `["weights", i]`) for bad weights, and
 *   INVALID_ARGUMENT (path `["values", i]`) for a value that is not finite.
 *
 * @example
 * ```ts
 * import { computeWeightedMean } from "cast-plan";
 * computeWeightedMean([4, 3, 3, 2, 3, 2], [0.15, 0.15, 0.2, 0.15, 0.2, 0.15]).value // ~> 2.85
 * computeWeightedMean([1, 100], [1, 1], "geometric").value // ~> 10
 * computeWeightedMean([0, 5], [1, 1], "harmonic") // => { value: null, reason: "non-positive-value" }
 * ```
 *
 * @see [Evaluation scoring: rubrics](../../docs/guides/evaluation.md#rubrics-weighted-means-rounding-caps-and-floors)
 * @category Evaluation
 * @since 0.1.0
 */
export function computeWeightedMean(
  values: readonly number[],
  weights: readonly number[],
  mean: MeanKind = "arithmetic",
): WeightedMeanResult {
  if (!Array.isArray(values))
    throw new CastPlanError("INVALID_ARGUMENT", "computeWeightedMean: values must be an array", [
      { path: ["values"], rule: "invalid_type", message: "values must be an array of numbers" },
    ]);
  values.forEach((value, i) => {
    if (typeof value !== "number" || !Number.isFinite(value))
      throw new CastPlanError(
        "INVALID_ARGUMENT",
        `computeWeightedMean: values[${i}] is not finite`,
        [
          {
            path: ["values", i],
            rule: "finite",
            message: `value ${String(value)} is not a finite number`,
          },
        ],
      );
  });
  checkWeights("computeWeightedMean", weights, values.length);
  if (mean !== "arithmetic" && mean !== "geometric" && mean !== "harmonic")
    throw new CastPlanError("INVALID_ARGUMENT", "computeWeightedMean: unknown mean", [
      {
        path: ["mean"],
        rule: "enum",
        message: "mean must be 'arithmetic', 'geometric' or 'harmonic'",
      },
    ]);
  const [value] = aggregateRows(Float64Array.from(values), 1, weights, mean);
  if (value === undefined || Number.isNaN(value))
    return { value: null, reason: "non-positive-value" };
  return { value };
}
