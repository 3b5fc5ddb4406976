// Private core of composite indices and MCDA: matrix checks, column normalisation, row aggregation.
import { CastPlanError, type ValidationIssue } from "../../errors/CastPlanError.js";
import { averageRanksAscending } from "../stats/ranks.js";
import type { DecisionMatrix, MeanKind, Normalisation, NormalisationReason } from "./types.js";

/** Checks a decision matrix (ids unique, directions known, every value finite); throws with paths. */
export function checkDecisionMatrix(fn: string, data: DecisionMatrix): void {
  if (data === null || typeof data !== "object")
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: the matrix must be an object`, [
      { path: [], rule: "invalid_type", message: "expected { units, indicators, values }" },
    ]);
  const issues: ValidationIssue[] = [];
  const units = new Set<string>();
  (Array.isArray(data.units) ? data.units : []).forEach((unit, i) => {
    if (typeof unit !== "string" || unit.length === 0)
      issues.push({
        path: ["units", i],
        rule: "invalid_type",
        message: "a unit id must be a non-empty string",
      });
    else if (units.has(unit))
      issues.push({ path: ["units", i], rule: "unique-id", message: `duplicate unit '${unit}'` });
    units.add(unit);
  });
  const indicators = new Set<string>();
  (Array.isArray(data.indicators) ? data.indicators : []).forEach((indicator, j) => {
    if (typeof indicator?.id !== "string" || indicator.id.length === 0)
      issues.push({
        path: ["indicators", j, "id"],
        rule: "invalid_type",
        message: "an indicator id must be a non-empty string",
      });
    else if (indicators.has(indicator.id))
      issues.push({
        path: ["indicators", j, "id"],
        rule: "unique-id",
        message: `duplicate indicator '${indicator.id}'`,
      });
    else indicators.add(indicator.id);
    if (indicator?.direction !== "increase" && indicator?.direction !== "decrease")
      issues.push({
        path: ["indicators", j, "direction"],
        rule: "enum",
        message: "direction must be 'increase' or 'decrease'",
      });
  });
  if (
    !Array.isArray(data.units) ||
    !Array.isArray(data.indicators) ||
    !Array.isArray(data.values)
  ) {
    const missing = ["units", "indicators", "values"].filter(
      (key) => !Array.isArray((data as unknown as Record<string, unknown>)[key]),
    );
    for (const key of missing)
      issues.push({ path: [key], rule: "invalid_type", message: `${key} must be an array` });
  } else {
    if (data.values.length !== data.units.length)
      issues.push({
        path: ["values"],
        rule: "shape",
        message: `expected ${data.units.length} rows, got ${data.values.length}`,
      });
    data.values.forEach((row, i) => {
      if (!Array.isArray(row) || row.length !== data.indicators.length) {
        issues.push({
          path: ["values", i],
          rule: "shape",
          message: `expected a row of ${data.indicators.length} numbers`,
        });
        return;
      }
      row.forEach((value, j) => {
        if (typeof value !== "number" || !Number.isFinite(value))
          issues.push({
            path: ["values", i, j],
            rule: "finite",
            message: `value ${String(value)} is not a finite number`,
          });
      });
    });
  }
  if (issues.length > 0) {
    const code = issues.some((issue) => issue.rule === "unique-id")
      ? "DUPLICATE_ID"
      : "INVALID_ARGUMENT";
    throw new CastPlanError(code, `${fn}: invalid decision matrix`, issues);
  }
}

/** Checks a normalisation's parameters; throws INVALID_ARGUMENT with paths under `path`. */
export function checkNormalisation(
  fn: string,
  normalisation: Normalisation,
  path: readonly (string | number)[],
): void {
  const bad = (key: string, message: string): never => {
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: ${message}`, [
      { path: [...path, key], rule: "domain", message },
    ]);
  };
  const finite = (value: unknown) => typeof value === "number" && Number.isFinite(value);
  switch (normalisation?.method) {
    case "min-max":
      if (!finite(normalisation.lower ?? 0)) bad("lower", "lower must be finite");
      if (!finite(normalisation.upper ?? 100)) bad("upper", "upper must be finite");
      if ((normalisation.lower ?? 0) >= (normalisation.upper ?? 100))
        bad("upper", "upper must exceed lower");
      return;
    case "z-score":
      if (normalisation.sd !== "sample" && normalisation.sd !== "population")
        bad("sd", "sd must be 'sample' or 'population'");
      if (!finite(normalisation.targetMean ?? 0)) bad("targetMean", "targetMean must be finite");
      if (!finite(normalisation.targetSd ?? 1) || (normalisation.targetSd ?? 1) <= 0)
        bad("targetSd", "targetSd must be a finite number > 0");
      return;
    case "goalposts":
      if (!finite(normalisation.lower)) bad("lower", "lower must be finite");
      if (!finite(normalisation.upper)) bad("upper", "upper must be finite");
      if (normalisation.lower >= normalisation.upper) bad("upper", "upper must exceed lower");
      return;
    case "distance-to-target":
      if (!finite(normalisation.target)) bad("target", "target must be finite");
      return;
    case "fraction-of-max":
      return;
    case "rank":
      if (![undefined, "rank", "borda", "percentile"].includes(normalisation.variant))
        bad("variant", "variant must be 'rank', 'borda' or 'percentile'");
      return;
    default:
      bad("method", "unknown normalisation method");
  }
}

/** A normalised column and, for a degenerate column, why every value got the same score. */
export interface NormalisedColumn {
  /** The normalised values. */
  values: number[];
  /** Why the column is degenerate, if it is. */
  reason?: NormalisationReason;
}

/** Normalises one column (already checked), direction first: "decrease" mirrors values and bounds. */
export function normaliseColumn(
  raw: readonly number[],
  normalisation: Normalisation,
  sign: 1 | -1,
): NormalisedColumn {
  const x = raw.map((value) => sign * value);
  const n = x.length;
  if (n === 0) return { values: [] };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of x) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const constant = max === min;
  switch (normalisation.method) {
    case "min-max": {
      const lower = normalisation.lower ?? 0;
      const upper = normalisation.upper ?? 100;
      if (constant) return { values: x.map(() => (lower + upper) / 2), reason: "constant" };
      return { values: x.map((v) => ((v - min) / (max - min)) * (upper - lower) + lower) };
    }
    case "z-score": {
      const centre = normalisation.targetMean ?? 0;
      const spread = normalisation.targetSd ?? 1;
      const mean = x.reduce((s, v) => s + v, 0) / n;
      const divisor = normalisation.sd === "sample" ? n - 1 : n;
      if (divisor < 1) return { values: x.map(() => centre), reason: "single-value" };
      const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / divisor);
      if (constant || sd === 0) return { values: x.map(() => centre), reason: "constant" };
      return { values: x.map((v) => ((v - mean) / sd) * spread + centre) };
    }
    case "goalposts": {
      const lower = sign === 1 ? normalisation.lower : -normalisation.upper;
      const upper = sign === 1 ? normalisation.upper : -normalisation.lower;
      return { values: x.map((v) => Math.max(0, Math.min(1, (v - lower) / (upper - lower)))) };
    }
    case "distance-to-target": {
      const target = sign * normalisation.target;
      if (constant) return { values: x.map((v) => (v >= target ? 1 : 0)), reason: "constant" };
      return { values: x.map((v) => Math.min(1, 1 - (target - v) / (max - min))) };
    }
    case "fraction-of-max":
      if (max <= 0) return { values: x.map(() => 0), reason: "non-positive-maximum" };
      return { values: x.map((v) => v / max) };
    case "rank": {
      const ranks = averageRanksAscending(x);
      const variant = normalisation.variant ?? "rank";
      if (variant === "rank") return { values: ranks };
      if (variant === "borda") return { values: ranks.map((r) => r - 1) };
      if (n === 1) return { values: [0.5], reason: "single-value" };
      return { values: ranks.map((r) => (r - 1) / (n - 1)) };
    }
  }
}

/** Normalises every column of a checked matrix into a row-major Float64Array (units × indicators). */
export function normaliseMatrix(
  data: DecisionMatrix,
  normalisations: readonly Normalisation[],
): Float64Array {
  const n = data.units.length;
  const m = data.indicators.length;
  const out = new Float64Array(n * m);
  for (let j = 0; j < m; j++) {
    const column = data.values.map((row) => row[j] as number);
    const sign = data.indicators[j]?.direction === "decrease" ? -1 : 1;
    const { values } = normaliseColumn(column, normalisations[j] as Normalisation, sign);
    for (let i = 0; i < n; i++) out[i * m + j] = values[i] as number;
  }
  return out;
}

/**
 * Weighted means of each row of a row-major matrix. A geometric or harmonic mean of a row with a
 * value ≤ 0 under a positive weight is undefined: NaN here, reported by callers as a reason.
 */
export function aggregateRows(
  matrix: Float64Array,
  n: number,
  weights: ArrayLike<number>,
  mean: MeanKind,
  out: Float64Array = new Float64Array(n),
): Float64Array {
  const m = weights.length;
  let total = 0;
  for (let j = 0; j < m; j++) total += weights[j] as number;
  for (let i = 0; i < n; i++) {
    let acc = 0;
    let undefinedMean = false;
    const base = i * m;
    for (let j = 0; j < m; j++) {
      const w = weights[j] as number;
      const x = matrix[base + j] as number;
      if (mean === "arithmetic") acc += w * x;
      else if (w > 0) {
        if (x <= 0) undefinedMean = true;
        else acc += mean === "geometric" ? w * Math.log(x) : w / x;
      }
    }
    if (undefinedMean) out[i] = Number.NaN;
    else if (mean === "arithmetic") out[i] = acc / total;
    else if (mean === "geometric") out[i] = Math.exp(acc / total);
    else out[i] = total / acc;
  }
  return out;
}

/** Expands and checks the normalisation of a config (one per indicator). */
export function resolveNormalisations(
  fn: string,
  normalisation: Normalisation | readonly Normalisation[],
  count: number,
  path: readonly (string | number)[] = ["config", "normalisation"],
): Normalisation[] {
  if (Array.isArray(normalisation)) {
    if (normalisation.length !== count)
      throw new CastPlanError("INVALID_ARGUMENT", `${fn}: one normalisation per indicator`, [
        {
          path: [...path],
          rule: "length",
          message: `expected ${count} normalisations, got ${normalisation.length}`,
        },
      ]);
    normalisation.forEach((n: Normalisation, j: number) => {
      checkNormalisation(fn, n, [...path, j]);
    });
    return [...normalisation];
  }
  const single = normalisation as Normalisation;
  checkNormalisation(fn, single, path);
  return Array.from({ length: count }, () => single);
}
