import { measured, nonFiniteInput, show, unmeasurable } from "./methods/numbers.js";
import type { ProgressOutcome } from "./types.js";

/**
 * The input of {@link computeIatiProgress}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface IatiProgressInput {
  /** The baseline value; 0 when omitted. */
  readonly baseline?: number | undefined;
  /** The periods in chronological order, each with its target and actual value. */
  readonly periods: readonly { readonly target: number; readonly actual: number }[];
  /** `latest` (cumulative indicator: the last period only, the default) or `sum` (aggregatable:
   * Σ actual against Σ target). */
  readonly aggregation?: "latest" | "sum" | undefined;
}

/**
 * The measured part of {@link computeIatiProgress}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface IatiProgress {
  /** `(actual − baseline)/(target − baseline)`, unclamped (above 1 = beyond target, below 0 = worse
   * than the baseline), for ascending and descending indicators alike. */
  readonly progress: number;
  /** The actual value used (the last period's, or the sum). */
  readonly actual: number;
  /** The target value used. */
  readonly target: number;
}

/**
 * Computes IATI-style result progress counted from the baseline.
 *
 * @remarks
 * IATI 2.03 stores baseline, targets and actuals but no formula; this is the reading Akvo RSR and
 * d-portal converged on (akvo/akvo-rsr#1957): `(actual − baseline)/(target − baseline)`. With
 * `aggregation: "sum"` the actuals and targets of all periods are summed first. Target equal to
 * baseline → `unmeasurable` (`degenerate-range`); no periods → `insufficient-data`.
 * Sources: github.com/IATI/IATI-Guidance `en/results.rst` ; https://github.com/akvo/akvo-rsr/issues/1957
 *
 * @param input - The baseline and periods.
 * @returns The progress, or the reason it cannot be computed.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { computeIatiProgress } from "cast-plan";
 * const r = computeIatiProgress({ baseline: 120, periods: [{ target: 80, actual: 95 }] });
 * r.status === "measured" ? r.progress : -1 // ~> 0.625
 * ```
 *
 * @see [Progress methodology: IATI and OKR](../../docs/guides/methodology.md#iati-and-okr-computeiatiprogress-computeokrprogress)
 * @category Progress
 * @since 0.1.0
 */
export function computeIatiProgress(input: IatiProgressInput): ProgressOutcome<IatiProgress> {
  const bad = nonFiniteInput(
    "computeIatiProgress",
    input.baseline,
    input.periods.map((p) => p.target),
    input.periods.map((p) => p.actual),
  );
  if (bad) return bad;
  const baseline = input.baseline ?? 0;
  const last = input.periods[input.periods.length - 1];
  if (!last) return unmeasurable("insufficient-data", "no periods");
  let actual = last.actual;
  let target = last.target;
  if (input.aggregation === "sum") {
    actual = 0;
    target = 0;
    for (const p of input.periods) {
      actual += p.actual;
      target += p.target;
    }
  }
  const progress = (actual - baseline) / (target - baseline);
  if (target === baseline || !Number.isFinite(progress))
    return unmeasurable(
      "degenerate-range",
      `the target ${show(target)} equals the baseline ${show(baseline)}`,
    );
  return measured({ progress, actual, target });
}
