// Types shared by the composite-index and MCDA functions and composite/matrix.ts (exported
// through buildCompositeIndex.ts, computeWeightedMean.ts and normalise.ts).

/**
 * A units × indicators matrix of raw values (for MCDA: alternatives × criteria).
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface DecisionMatrix {
  /** The unit (alternative) ids, unique. */
  units: readonly string[];
  /** The indicators (criteria) with their direction: `increase` = benefit, `decrease` = cost. */
  indicators: readonly { readonly id: string; readonly direction: "increase" | "decrease" }[];
  /** The finite raw values: `values[unit][indicator]`. */
  values: readonly (readonly number[])[];
}

/**
 * A weighted mean: `arithmetic` `Σ wᵢxᵢ / Σ wᵢ` (fully compensatory), `geometric`
 * `(Π xᵢ^wᵢ)^(1/Σ wᵢ)` (partly compensatory), `harmonic` `Σ wᵢ / Σ (wᵢ/xᵢ)` (least compensatory).
 *
 * @category Evaluation
 * @since 0.1.0
 */
export type MeanKind = "arithmetic" | "geometric" | "harmonic";

/**
 * A normalisation method of the OECD/JRC Handbook, with its parameters.
 *
 * - `min-max`: `(x − min)/(max − min)·(upper − lower) + lower`, default range [0, 100].
 * - `z-score`: `(x − mean)/sd·targetSd + targetMean`; `sd` states the sample (n − 1, R's `sd()`,
 *   COINr) or population (n) standard deviation.
 * - `goalposts`: `clamp((x − lower)/(upper − lower), 0, 1)` with fixed bounds in raw units.
 * - `distance-to-target`: `min(1, 1 − (target − x)/(max − min))`; denominator `max − min`.
 * - `fraction-of-max`: `x / max`.
 * - `rank`: average rank with 1 = lowest (`rank`), `rank − 1` (`borda`) or `(rank − 1)/(n − 1)`
 *   (`percentile`).
 *
 * @category Evaluation
 * @since 0.1.0
 */
export type Normalisation =
  | { method: "min-max"; lower?: number; upper?: number }
  | { method: "z-score"; sd: "sample" | "population"; targetMean?: number; targetSd?: number }
  | { method: "goalposts"; lower: number; upper: number }
  | { method: "distance-to-target"; target: number }
  | { method: "fraction-of-max" }
  | { method: "rank"; variant?: "rank" | "borda" | "percentile" };

/**
 * Why a column was degenerate: `constant` (every value equal), `single-value` (a sample SD or a
 * percentile rank of one value), `non-positive-maximum` (fraction of a maximum ≤ 0).
 *
 * @category Evaluation
 * @since 0.1.0
 */
export type NormalisationReason = "constant" | "single-value" | "non-positive-maximum";
