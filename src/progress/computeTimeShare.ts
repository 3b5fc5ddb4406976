import { show, unmeasurable, warn } from "./methods/numbers.js";
import type { ProgressOutcome, ProgressWarning } from "./types.js";

/**
 * The input of {@link computeTimeShare}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface TimeShareInput {
  /** The baseline year `t0` (decimal years). */
  readonly baselineYear: number;
  /** The year of the current value `t`, or the `asOf` year. */
  readonly currentYear: number;
  /** The target year `T`. */
  readonly targetYear: number;
}

/**
 * The measured part of {@link computeTimeShare}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface TimeShare {
  /** The share of the time from baseline to target that has elapsed, `(t − t0)/(T − t0)`, unclamped. */
  readonly timeShare: number;
}

/**
 * Computes the share of the time from baseline to target year that has elapsed (the "expected
 * to date" line of the ESCAP snapshot).
 *
 * @remarks
 * `E = (t − t0)/(T − t0)`. Above 1 the target year has passed (warning `target-year-passed`).
 * `T = t0` is `unmeasurable` with reason `degenerate-range`.
 * Source: https://data.unescap.org/resource-guides/progress-assessment-methodology
 *
 * @param input - The baseline, current and target years.
 * @returns The time share, or the reason it cannot be computed.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { computeTimeShare } from "cast-plan";
 * const share = computeTimeShare({ baselineYear: 2015, currentYear: 2022, targetYear: 2030 });
 * share.status === "measured" ? share.timeShare : -1 // ~> 0.466667
 * ```
 *
 * @see [Progress methodology: time share, pace index](../../docs/guides/methodology.md#time-share-pace-index-time-distance-computetimeshare-computepaceindex)
 * @category Progress
 * @since 0.1.0
 */
export function computeTimeShare(input: TimeShareInput): ProgressOutcome<TimeShare> {
  const { baselineYear, currentYear, targetYear } = input;
  const span = targetYear - baselineYear;
  if (!(span !== 0 && Number.isFinite(span) && Number.isFinite(currentYear)))
    return unmeasurable(
      "degenerate-range",
      `the target year ${show(targetYear)} equals the baseline year ${show(baselineYear)}`,
    );
  const timeShare = (currentYear - baselineYear) / span;
  if (!Number.isFinite(timeShare))
    return unmeasurable("degenerate-range", "the time span is too small to divide by");
  const warnings: ProgressWarning[] = [];
  if (currentYear > targetYear)
    warnings.push(
      warn(
        "target-year-passed",
        `the target year ${show(targetYear)} is before ${show(currentYear)}`,
      ),
    );
  return { status: "measured", timeShare, warnings };
}
