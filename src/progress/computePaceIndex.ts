import { computeTimeShare } from "./computeTimeShare.js";
import { show, unmeasurable } from "./methods/numbers.js";
import type { ProgressOutcome } from "./types.js";

/**
 * The input of {@link computePaceIndex}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface PaceIndexInput {
  /** The raw distance share `P` from {@link computeDistanceShare}. */
  readonly distanceShare: number;
  /** The baseline year `t0`. */
  readonly baselineYear: number;
  /** The year of the current value `t`. */
  readonly currentYear: number;
  /** The target year `T`. */
  readonly targetYear: number;
}

/**
 * The measured part of {@link computePaceIndex}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface PaceIndex {
  /** The time share `E = (t − t0)/(T − t0)`. */
  readonly timeShare: number;
  /** The pace index `P/E`: 1 means exactly on the straight-line path, above 1 ahead of it. */
  readonly paceIndex: number;
  /** Sicherl's time distance in years, `t0 + P·(T − t0) − t`: positive = ahead of the path. */
  readonly timeDistance: number;
}

/**
 * Computes the pace index (distance share over time share) and Sicherl's time distance.
 *
 * @remarks
 * The straight-line path from `(t0, y0)` to `(T, y*)` reaches the current level at
 * `tp = t0 + P·(T − t0)`; the time distance is `tp − t`. When no time has elapsed (`t = t0`) the
 * pace index is `unmeasurable` (`insufficient-data`); `T = t0` gives `degenerate-range`.
 * Sources: https://data.unescap.org/resource-guides/progress-assessment-methodology ;
 * https://psa.gov.ph/sdg/press-release-id/167677?page=1 (time distance)
 *
 * @param input - The distance share and the three years.
 * @returns The time share, pace index and time distance, or the reason they cannot be computed.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { computePaceIndex } from "cast-plan";
 * const pace = computePaceIndex({ distanceShare: 0.4, baselineYear: 2015, currentYear: 2022, targetYear: 2030 });
 * pace.status === "measured" ? pace.paceIndex : -1 // ~> 0.857143
 * ```
 *
 * @see [Progress methodology: time share, pace index](../../docs/guides/methodology.md#time-share-pace-index-time-distance-computetimeshare-computepaceindex)
 * @category Progress
 * @since 0.1.0
 */
export function computePaceIndex(input: PaceIndexInput): ProgressOutcome<PaceIndex> {
  const time = computeTimeShare(input);
  if (time.status === "unmeasurable") return time;
  if (!(time.timeShare !== 0))
    return unmeasurable(
      "insufficient-data",
      `no time has elapsed since the baseline year ${show(input.baselineYear)}`,
      time.warnings,
    );
  const paceIndex = input.distanceShare / time.timeShare;
  const timeDistance =
    input.baselineYear +
    input.distanceShare * (input.targetYear - input.baselineYear) -
    input.currentYear;
  if (!Number.isFinite(paceIndex) || !Number.isFinite(timeDistance))
    return unmeasurable("degenerate-range", "the pace is not a finite number", time.warnings);
  return {
    status: "measured",
    timeShare: time.timeShare,
    paceIndex,
    timeDistance,
    warnings: time.warnings,
  };
}
