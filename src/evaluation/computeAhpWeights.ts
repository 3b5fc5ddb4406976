import { CastPlanError, type ValidationIssue } from "../errors/CastPlanError.js";
import { freezeDeep } from "./tables/freeze.js";

/**
 * Saaty's random consistency index RI(n) for n = 1 … 15, as tabulated in the R package AHPWR
 * (`CR.R`, https://rdrr.io/cran/AHPWR/man/CR.html) after Saaty (1980), *The Analytic Hierarchy
 * Process*. Other tables exist (ahpsurvey simulates its own): pass yours as `randomIndex`.
 *
 * @example
 * ```ts
 * import { SAATY_RANDOM_INDEX } from "cast-plan";
 * SAATY_RANDOM_INDEX[2] // => 0.58
 * ```
 *
 * @category Evaluation
 * @since 0.1.0
 */
export const SAATY_RANDOM_INDEX: readonly number[] = /* @__PURE__ */ freezeDeep([
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
]);

/**
 * Options of {@link computeAhpWeights}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface ComputeAhpWeightsOptions {
  /** RI(n) for n = 1, 2, …; default {@link SAATY_RANDOM_INDEX}. */
  randomIndex?: readonly number[];
  /** The consistency ratio from which a warning is given; default 0.1 (CR < 0.1 is acceptable). */
  threshold?: number;
  /** The relative tolerance of the reciprocity check `a_ij · a_ji = 1`; default 1e-3. */
  reciprocalTolerance?: number;
  /**
   * How the priority vector is derived: `eigenvector` (the default, Saaty's principal eigenvector)
   * or `geometric-mean` (the row geometric mean `(Π_j a_ij)^(1/n)` normalised to sum 1, Crawford &
   * Williams 1985; the same vector as the eigenvector for n ≤ 3 and for a consistent matrix).
   * λmax, CI and CR are then computed from the vector chosen.
   *
   * @since 0.2.0
   */
  method?: "eigenvector" | "geometric-mean";
}

/**
 * The result of {@link computeAhpWeights}.
 *
 * @category Evaluation
 * @since 0.1.0
 */
export interface AhpResult {
  /** The priority vector normalised to sum 1, by {@link AhpResult.method}. */
  weights: number[];
  /**
   * The method of the priority vector: `eigenvector` (default) or `geometric-mean`.
   *
   * @since 0.2.0
   */
  method: "eigenvector" | "geometric-mean";
  /** The principal eigenvalue estimate λmax = mean_i (A w)_i / w_i. */
  lambdaMax: number;
  /** The consistency index CI = (λmax − n)/(n − 1); 0 for n = 1. */
  consistencyIndex: number;
  /** The consistency ratio CR = CI / RI(n), or `null` when RI(n) is 0 or unknown. */
  consistencyRatio: number | null;
  /** Whether CR < threshold, or `null` when CR is `null`. */
  acceptable: boolean | null;
  /** Why CR is `null`: RI(n) = 0 (n ≤ 2) or no RI(n) in the table. */
  reason?: "random-index-zero" | "random-index-missing";
  /** Warnings for people, such as an unacceptable consistency ratio. */
  warnings: string[];
}

/**
 * Computes AHP priority weights from a pairwise comparison matrix, with λmax, the consistency
 * index and the consistency ratio.
 *
 * @remarks
 * Saaty's eigenvector method (the default): the principal eigenvector by power iteration (from the
 * uniform vector, until the largest change is below 1e-13 or 10,000 iterations), normalised to
 * sum 1. With `method: "geometric-mean"`, the row geometric means `(Π_j a_ij)^(1/n)` normalised to
 * sum 1 (Crawford & Williams 1985), an approximation that is exact for n ≤ 3.
 * `CI = (λmax − n)/(n − 1)`, `CR = CI/RI(n)`; CR < 0.10 is conventionally acceptable (FuzzyAHP
 * docs) — otherwise the result carries a warning, not an error. For n ≤ 2, RI = 0 and CR is
 * `null`. An invalid matrix is an error.
 *
 * @param matrix - The n × n matrix: positive, `a_ii = 1`, `a_ji = 1/a_ij`.
 * @param options - The RI table, the CR threshold, the reciprocity tolerance and the method.
 * @returns The weights, λmax, CI, CR and warnings.
 * @throws {@link CastPlanError} INVALID_ARGUMENT when the matrix is empty or not square (path
 *   `["matrix", i]`); INCONSISTENT_MATRIX when an entry is not a finite positive number, a diagonal
 *   entry is not 1 or a pair is not reciprocal (path `["matrix", i, j]`); INVALID_ARGUMENT for an
 *   option out of its domain (path `["options", key]`).
 *
 * @example
 * ```ts
 * import { computeAhpWeights } from "cast-plan";
 * const ahp = computeAhpWeights([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]]);
 * ahp.weights[0] // ~> 0.636986
 * ahp.consistencyRatio // ~> 0.033199
 * ahp.acceptable // => true
 * const gm = computeAhpWeights([[1, 3, 5], [1 / 3, 1, 3], [1 / 5, 1 / 3, 1]], { method: "geometric-mean" });
 * gm.weights[0] // ~> 0.636986
 * ```
 *
 * @see [Evaluation scoring: MCDA](../../docs/guides/evaluation.md#mcda)
 * @category Evaluation
 * @since 0.1.0
 */
export function computeAhpWeights(
  matrix: readonly (readonly number[])[],
  options: ComputeAhpWeightsOptions = {},
): AhpResult {
  const fn = "computeAhpWeights";
  if (!Array.isArray(matrix) || matrix.length === 0)
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      `${fn}: the matrix must be a non-empty array of rows`,
      [{ path: ["matrix"], rule: "shape", message: "expected a non-empty square matrix" }],
    );
  const n = matrix.length;
  const shape: ValidationIssue[] = [];
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== n)
      shape.push({
        path: ["matrix", i],
        rule: "shape",
        message: `row ${i} must have ${n} entries`,
      });
  });
  if (shape.length > 0)
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: the matrix is not square`, shape);
  const a = (i: number, j: number) => (matrix[i] as readonly number[])[j] as number;
  for (const key of ["threshold", "reciprocalTolerance"] as const) {
    const value = options[key];
    if (value !== undefined && !(Number.isFinite(value) && value > 0))
      throw new CastPlanError("INVALID_ARGUMENT", `${fn}: ${key} must be a finite number > 0`, [
        { path: ["options", key], rule: "positive", message: `${key} must be a finite number > 0` },
      ]);
  }
  if (options.randomIndex !== undefined && !Array.isArray(options.randomIndex))
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: randomIndex must be an array`, [
      {
        path: ["options", "randomIndex"],
        rule: "invalid_type",
        message: "randomIndex must be an array of numbers",
      },
    ]);
  const method = options.method ?? "eigenvector";
  if (method !== "eigenvector" && method !== "geometric-mean")
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: unknown method`, [
      {
        path: ["options", "method"],
        rule: "enum",
        message: "method must be 'eigenvector' or 'geometric-mean'",
      },
    ]);
  const tolerance = options.reciprocalTolerance ?? 1e-3;
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const v = a(i, j);
      if (typeof v !== "number" || !Number.isFinite(v) || v <= 0)
        issues.push({
          path: ["matrix", i, j],
          rule: "positive",
          message: `entry ${String(v)} is not a finite positive number`,
        });
      else if (i === j && v !== 1)
        issues.push({
          path: ["matrix", i, j],
          rule: "diagonal",
          message: `diagonal entry ${v} is not 1`,
        });
      else if (
        j > i &&
        Number.isFinite(a(j, i)) &&
        a(j, i) > 0 &&
        Math.abs(v * a(j, i) - 1) > tolerance
      )
        issues.push({
          path: ["matrix", j, i],
          rule: "reciprocal",
          message: `entry ${a(j, i)} is not 1/${v}`,
        });
    }
  if (issues.length > 0)
    throw new CastPlanError("INCONSISTENT_MATRIX", `${fn}: invalid comparison matrix`, issues);
  let w = new Array<number>(n).fill(1 / n);
  if (method === "geometric-mean") {
    const means = w.map((_, i) =>
      Math.exp(w.reduce((sum, _w, j) => sum + Math.log(a(i, j)), 0) / n),
    );
    const total = means.reduce((sum, v) => sum + v, 0);
    w = means.map((v) => v / total);
  } else
    for (let iteration = 0; iteration < 10_000; iteration++) {
      const next = w.map((_, i) => w.reduce((sum, wj, j) => sum + a(i, j) * wj, 0));
      const total = next.reduce((sum, v) => sum + v, 0);
      const normalised = next.map((v) => v / total);
      const change = Math.max(...normalised.map((v, i) => Math.abs(v - (w[i] as number))));
      w = normalised;
      if (change < 1e-13) break;
    }
  const lambdaMax =
    w.reduce((sum, wi, i) => sum + w.reduce((s, wj, j) => s + a(i, j) * wj, 0) / wi, 0) / n;
  const consistencyIndex = n === 1 ? 0 : (lambdaMax - n) / (n - 1);
  const ri = (options.randomIndex ?? SAATY_RANDOM_INDEX)[n - 1];
  const base = { weights: w, method, lambdaMax, consistencyIndex };
  if (ri === undefined || !Number.isFinite(ri))
    return {
      ...base,
      consistencyRatio: null,
      acceptable: null,
      reason: "random-index-missing",
      warnings: [`no random index for n = ${n}`],
    };
  if (ri === 0)
    return {
      ...base,
      consistencyRatio: null,
      acceptable: null,
      reason: "random-index-zero",
      warnings: [],
    };
  const consistencyRatio = consistencyIndex / ri;
  const threshold = options.threshold ?? 0.1;
  const acceptable = consistencyRatio < threshold;
  const warnings = acceptable
    ? []
    : [`consistency ratio ${consistencyRatio.toFixed(4)} ≥ ${threshold}: revise the comparisons`];
  return { ...base, consistencyRatio, acceptable, warnings };
}
