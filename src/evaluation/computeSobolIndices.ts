import { CastPlanError } from "../errors/CastPlanError.js";
import { calledAs } from "../errors/calledAs.js";
import {
  buildCompositeIndex,
  type CompositeIndexConfig,
  type DecisionMatrix,
} from "./buildCompositeIndex.js";
import { aggregateRows } from "./composite/matrix.js";
import { mulberry32 } from "./stats/random.js";
import { nearlyEqual } from "./stats/ranks.js";
import { estimateSobol } from "./stats/sobol.js";

/**
 * Options of {@link computeSobolIndices}.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface ComputeSobolIndicesOptions {
  /**
   * `exact` (only for the arithmetic mean, an additive model), `monte-carlo`, or `auto` (the
   * default): exact for the arithmetic mean, Monte Carlo otherwise.
   */
  method?: "auto" | "exact" | "monte-carlo";
  /** The seed of the pseudo-random draws (an integer); required for Monte Carlo. */
  seed?: number;
  /** The base sample size N of Monte Carlo, 2 … 1,000,000 (N(k + 2) evaluations); default 10,000. */
  samples?: number;
}

/**
 * One indicator's Sobol indices.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface SobolIndex {
  /** The indicator id. */
  indicatorId: string;
  /** The first-order index `S_i = V[E(Y|X_i)] / V(Y)`, or `null` (see the result's reason). */
  firstOrder: number | null;
  /** The total-effect index `S_Ti = E[V(Y|X_~i)] / V(Y)`, or `null` (see the result's reason). */
  total: number | null;
}

/**
 * The result of {@link computeSobolIndices}.
 *
 * @category Evaluation
 * @since 0.2.0
 */
export interface SobolResult {
  /** One entry per indicator, in input order. */
  indicators: SobolIndex[];
  /** The variance V(Y) of the composite score, or `null` when undefined. */
  variance: number | null;
  /** How the indices were computed. */
  method: "exact" | "monte-carlo";
  /** The base sample size N, or `null` when exact. */
  samples: number | null;
  /** The seed, or `null` when exact. */
  seed: number | null;
  /**
   * Why the indices are `null`: `zero-variance` (every weighted indicator is constant, so there is
   * no variance to attribute) or `non-positive-value` (a geometric or harmonic mean of a normalised
   * value ≤ 0 is undefined).
   */
  reason?: "zero-variance" | "non-positive-value";
}

function invalid(key: string | null, message: string): never {
  throw new CastPlanError("INVALID_ARGUMENT", `computeSobolIndices: ${message}`, [
    { path: key === null ? ["options"] : ["options", key], rule: "domain", message },
  ]);
}

/**
 * Computes the first-order and total-effect Sobol sensitivity indices of a composite index to
 * its indicators: which indicators drive the spread of the composite scores.
 *
 * @remarks
 * Variance-based sensitivity analysis (Saltelli et al., *Global Sensitivity Analysis: The Primer*,
 * 2008; COINr `vignettes/sensitivity.Rmd`, https://github.com/bluefoxr/COINr). The inputs X_i are
 * the indicators' normalised values (the config's normalisation, direction first), each drawn
 * independently and uniformly from the units' values; the output is the composite score
 * Y = aggregate(X; w) with the weights fixed (vary weights with {@link analyseSensitivity}).
 *
 * - **Exact** for the arithmetic mean (an additive model with independent inputs):
 *   `S_i = S_Ti = w_i² V(X_i) / Σ_j w_j² V(X_j)` with V the population variance of a column, and
 *   `V(Y) = Σ_j w_j² V(X_j) / (Σ_j w_j)²`.
 * - **Monte Carlo** otherwise (or when asked): Saltelli et al. (2010) first-order and Jansen (1999)
 *   total-effect estimators on base samples A, B of size N drawn from mulberry32 seeded with
 *   `seed`; the estimates converge at rate 1/√N and may fall slightly outside [0, 1].
 *
 * When every indicator with a positive weight is constant, V(Y) = 0 and the indices are `null`
 * with reason `zero-variance`; a geometric or harmonic mean over a normalised value ≤ 0 gives
 * `null` with reason `non-positive-value`.
 *
 * @param matrix - The raw units × indicators values and indicator directions.
 * @param config - The weights, normalisation(s) and aggregation of the composite index.
 * @param options - The method, and for Monte Carlo the seed and the sample size.
 * @returns Per indicator the first-order and total-effect indices, and V(Y).
 * @throws {@link CastPlanError} as {@link buildCompositeIndex}; INVALID_ARGUMENT for options out of
 *   their domain (path `["options", key]`): an unknown method, `exact` with a non-arithmetic mean,
 *   a missing or non-integer seed for Monte Carlo, a sample size out of range.
 *
 * @example
 * ```ts
 * import { computeSobolIndices } from "cast-plan";
 * // Y = 0.5·X1 + 0.5·X2 with V(X1) = 4 and V(X2) = 1 (z-scores with SD 2 and 1):
 * const matrix = { units: ["a", "b"], indicators: [{ id: "x1", direction: "increase" }, { id: "x2", direction: "increase" }],
 *   values: [[0, 0], [1, 1]] } as const;
 * const config = { weights: [0.5, 0.5], normalisation: [
 *   { method: "z-score", sd: "population", targetSd: 2 }, { method: "z-score", sd: "population" }] } as const;
 * const exact = computeSobolIndices(matrix, config);
 * exact.variance // ~> 1.25
 * exact.indicators.map((i) => i.firstOrder) // => [0.8, 0.2]
 * const mc = computeSobolIndices(matrix, config, { method: "monte-carlo", seed: 7 });
 * mc.indicators[0]?.total // ~> 0.8
 * ```
 *
 * @see [Evaluation scoring: Sobol sensitivity indices](../../docs/guides/evaluation.md#sobol-sensitivity-indices)
 * @category Evaluation
 * @since 0.2.0
 */
export function computeSobolIndices(
  matrix: DecisionMatrix,
  config: CompositeIndexConfig,
  options: ComputeSobolIndicesOptions = {},
): SobolResult {
  const index = calledAs("computeSobolIndices", () => buildCompositeIndex(matrix, config));
  if (options === null || typeof options !== "object") invalid(null, "options must be an object");
  const method = options.method ?? "auto";
  const aggregation = config.aggregation ?? "arithmetic";
  if (!["auto", "exact", "monte-carlo"].includes(method))
    invalid("method", "method must be 'auto', 'exact' or 'monte-carlo'");
  if (method === "exact" && aggregation !== "arithmetic")
    invalid("method", "the exact method needs the arithmetic mean (an additive model)");
  const exact = method === "exact" || (method === "auto" && aggregation === "arithmetic");
  const samples = exact ? null : (options.samples ?? 10_000);
  const seed = exact ? null : (options.seed ?? Number.NaN);
  if (seed !== null && !Number.isSafeInteger(seed))
    invalid("seed", "Monte Carlo needs an integer seed");
  if (samples !== null && !(Number.isInteger(samples) && samples >= 2 && samples <= 1_000_000))
    invalid("samples", "samples must be an integer from 2 to 1,000,000");
  const m = matrix.indicators.length;
  const n = matrix.units.length;
  const columns = matrix.indicators.map((_, j) =>
    index.units.map((u) => u.normalised[j] as number),
  );
  const weights = config.weights;
  const base = { method: exact ? "exact" : "monte-carlo", samples, seed } as const;
  const empty = (reason: "zero-variance" | "non-positive-value"): SobolResult => ({
    ...base,
    indicators: matrix.indicators.map((c) => ({
      indicatorId: c.id,
      firstOrder: null,
      total: null,
    })),
    variance: null,
    reason,
  });
  const variances = columns.map((column) => {
    const mean = column.reduce((s, v) => s + v, 0) / n;
    const variance = column.reduce((s, v) => s + (v - mean) ** 2, 0) / n;
    return column.every((v) => nearlyEqual(v, column[0] as number)) ? 0 : variance;
  });
  if (variances.every((v, j) => v === 0 || weights[j] === 0)) return empty("zero-variance");
  if (index.units.some((unit) => unit.score === null)) return empty("non-positive-value");
  const total = weights.reduce((s, w) => s + w, 0);
  if (exact) {
    const parts = variances.map((v, j) => (weights[j] as number) ** 2 * v);
    const sum = parts.reduce((s, v) => s + v, 0);
    return {
      ...base,
      indicators: matrix.indicators.map((c, j) => {
        const share = (parts[j] as number) / sum;
        return { indicatorId: c.id, firstOrder: share, total: share };
      }),
      variance: sum / total ** 2,
    };
  }
  const random = mulberry32(seed as number);
  const estimate = estimateSobol(
    m,
    samples as number,
    (j) => (columns[j] as number[])[Math.floor(random() * n)] as number,
    (rows, count, out) => {
      aggregateRows(rows, count, weights, aggregation, out);
    },
  );
  return {
    ...base,
    indicators: matrix.indicators.map((c, j) => ({
      indicatorId: c.id,
      firstOrder: estimate.firstOrder[j] as number,
      total: estimate.total[j] as number,
    })),
    variance: estimate.variance,
  };
}
