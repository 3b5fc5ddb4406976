import type { Comparator } from "../schemas/indicator.js";
import { defaultComparator, meetsTarget } from "./methods/comparators.js";
import { clamp01, directionSign, show, unmeasurable, warn } from "./methods/numbers.js";
import type { ProgressDirection, ProgressOutcome, ProgressWarning } from "./types.js";

/**
 * The input of {@link computeDistanceShare}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface DistanceShareInput {
  /** The baseline value `y0`. */
  readonly baseline: number;
  /** The current (latest) value `yt`. */
  readonly current: number;
  /** The target value `y*`. */
  readonly target: number;
  /** The desired direction. */
  readonly direction: ProgressDirection;
  /** How `current` is compared with `target` for `achieved`; `>=` / `<=` by default. */
  readonly comparator?: Comparator | undefined;
  /** The accepted range when `comparator` is `band` (`target` is then its edge nearest the baseline). */
  readonly band?: { readonly low: number; readonly high: number } | undefined;
}

/**
 * The measured part of {@link computeDistanceShare}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface DistanceShare {
  /** The share of the gap closed, `d·(yt − y0)/|y* − y0|`, unclamped (negative = regressed). */
  readonly raw: number;
  /** The share for display and roll-up: 1 when achieved, otherwise `raw` clamped to [0, 1]. */
  readonly clamped: number;
  /** Whether the current value meets the target under the comparator. */
  readonly achieved: boolean;
  /** Whether the value moved against the desired direction since the baseline. */
  readonly regressed: boolean;
}

/**
 * Computes the share of the distance from baseline to target that has been covered (ESCAP
 * Current Status Index, IATI/Akvo "progress from baseline").
 *
 * @remarks
 * Formula: `raw = d·(yt − y0)/|y* − y0|` with `d = +1` for increase and `−1` for decrease. The
 * direction-aware form stays right when the baseline already beats the target (ESCAP CS5: 96 → 94
 * with target 95 gives −2, not +2); that case carries the warning `baseline-meets-target`.
 * `clamped` is 1 when the target is met (ESCAP caps the bar), else `raw` clamped to [0, 1].
 * When target equals baseline there is no range: the result is `unmeasurable` with reason
 * `degenerate-range` (never 0.5 as d3 gives, never 0).
 * Source: https://data.unescap.org/resource-guides/progress-assessment-methodology
 *
 * @param input - The baseline, current and target values and the direction.
 * @returns The raw and clamped shares, or the reason they cannot be computed.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { computeDistanceShare } from "cast-plan";
 * const share = computeDistanceShare({ baseline: 40, current: 52, target: 70, direction: "increase" });
 * share.status === "measured" ? share.raw : -1 // ~> 0.4
 * ```
 *
 * @see [Progress methodology: distance share](../../docs/guides/methodology.md#distance-share-escap-current-status-index-computedistanceshare)
 * @category Progress
 * @since 0.1.0
 */
export function computeDistanceShare(input: DistanceShareInput): ProgressOutcome<DistanceShare> {
  const { baseline, current, target, direction } = input;
  const d = directionSign(direction);
  const range = Math.abs(target - baseline);
  if (!(range > 0) || !Number.isFinite(range) || !Number.isFinite(current))
    return unmeasurable(
      "degenerate-range",
      `the baseline ${show(baseline)} equals the target ${show(target)}: no distance to cover`,
    );
  const raw = (d * (current - baseline)) / range;
  if (!Number.isFinite(raw))
    return unmeasurable(
      "degenerate-range",
      "the range from baseline to target is too small to divide by",
    );
  const achieved = meetsTarget(
    current,
    input.comparator ?? defaultComparator(direction),
    target,
    direction,
    input.band,
  );
  const warnings: ProgressWarning[] = [];
  if (d * (target - baseline) < 0)
    warnings.push(
      warn(
        "baseline-meets-target",
        `the baseline ${show(baseline)} already beats the target ${show(target)}; the share measures movement relative to that gap`,
      ),
    );
  return {
    status: "measured",
    raw,
    clamped: achieved ? 1 : clamp01(raw),
    achieved,
    regressed: raw < 0,
    warnings,
  };
}
