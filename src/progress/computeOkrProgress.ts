import { CastPlanError } from "../errors/CastPlanError.js";
import { clamp01, measured, show, unmeasurable, warn } from "./methods/numbers.js";
import type { ProgressOutcome, ProgressWarning } from "./types.js";

/**
 * One key result for {@link computeOkrProgress}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface KeyResultInput {
  /** The start value. */
  readonly start: number;
  /** The target value (below `start` for a decreasing key result). */
  readonly target: number;
  /** The current value. */
  readonly current: number;
  /** The weight among the objective's key results; 1 when omitted, never silently dropped. */
  readonly weight?: number | undefined;
}

/**
 * The measured part of {@link computeOkrProgress}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface OkrProgress {
  /** Each key result: the clamped progression and the raw share, or why it is unmeasurable. */
  readonly keyResults: readonly ProgressOutcome<{
    /** The raw share `(current − start)/(target − start)`. */
    readonly raw: number;
    /** The raw share clamped to [0, 1] (d3 `scaleLinear().clamp(true)`). */
    readonly progression: number;
  }>[];
  /** The weighted mean of the measurable key results' progressions. */
  readonly progress: number;
  /** The unweighted mean (the older okr-tracker formula). */
  readonly unweightedProgress: number;
}

/**
 * Computes OKR progress as oslokommune/okr-tracker does: a clamped linear share per key result and
 * a weighted mean per objective.
 *
 * @remarks
 * Progression `clamp01((current − start)/(target − start))` (decreasing key results work because the
 * range may be descending). A key result with `start = target` is `unmeasurable`
 * (`degenerate-range`; d3 would return 0.5) and is left out of the mean with a warning. Missing
 * weights count as 1 (okr-tracker PR #879). Weights must be finite and non-negative with a positive
 * total, otherwise the function throws.
 * Source: github.com/oslokommune/okr-tracker `functions/progress/handleKeyResultProgress.js`
 *
 * @param keyResults - The key results of one objective.
 * @returns The per-key-result progressions and the objective's progress.
 * @throws {@link CastPlanError} with code `INVALID_WEIGHTS` (path `[i, "weight"]`) for a negative
 *   or non-finite weight, or when the weights total zero.
 *
 * @example
 * ```ts
 * import { computeOkrProgress } from "cast-plan";
 * const r = computeOkrProgress([
 *   { start: 0, target: 100, current: 40 },
 *   { start: 50, target: 20, current: 35, weight: 2 },
 *   { start: 10, target: 20, current: 25 },
 * ]);
 * r.status === "measured" ? r.progress : -1 // ~> 0.6
 * ```
 *
 * @see [Progress methodology: IATI and OKR](../../docs/guides/methodology.md#iati-and-okr-computeiatiprogress-computeokrprogress)
 * @category Progress
 * @since 0.1.0
 */
export function computeOkrProgress(
  keyResults: readonly KeyResultInput[],
): ProgressOutcome<OkrProgress> {
  let totalWeight = 0;
  keyResults.forEach((kr, i) => {
    const w = kr.weight ?? 1;
    if (!(Number.isFinite(w) && w >= 0))
      throw new CastPlanError("INVALID_WEIGHTS", `computeOkrProgress: weight ${w} at ${i}`, [
        { path: [i, "weight"], rule: "weights", message: "a weight is finite and non-negative" },
      ]);
    totalWeight += w;
  });
  if (keyResults.length > 0 && !(totalWeight > 0))
    throw new CastPlanError("INVALID_WEIGHTS", "computeOkrProgress: the weights total zero", [
      { path: [0, "weight"], rule: "weights", message: "weights must have a positive total" },
    ]);
  const warnings: ProgressWarning[] = [];
  let sum = 0;
  let weights = 0;
  let plain = 0;
  let count = 0;
  const results = keyResults.map((kr, i) => {
    const raw = (kr.current - kr.start) / (kr.target - kr.start);
    if (kr.target === kr.start || !Number.isFinite(raw)) {
      warnings.push(
        warn("degenerate-range", `key result ${i}: start equals target (${show(kr.target)})`),
      );
      return unmeasurable("degenerate-range", "start equals target");
    }
    const progression = clamp01(raw);
    const w = kr.weight ?? 1;
    sum += w * progression;
    weights += w;
    plain += progression;
    count += 1;
    return measured({ raw, progression });
  });
  if (count === 0)
    return unmeasurable("insufficient-data", "no key result can be measured", warnings);
  if (!(weights > 0))
    return unmeasurable("insufficient-data", "the measurable key results weigh zero", warnings);
  return measured(
    { keyResults: results, progress: sum / weights, unweightedProgress: plain / count },
    warnings,
  );
}
