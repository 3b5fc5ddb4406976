import {
  compoundGrowthRate,
  directionSign,
  measured,
  show,
  unmeasurable,
  warn,
} from "./methods/numbers.js";
import type { ProgressDirection, ProgressOutcome, ProgressWarning } from "./types.js";

/**
 * The input of {@link assessEurostat}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface EurostatInput {
  /** The first year of the window `t0`. */
  readonly startYear: number;
  /** The value in the first year. */
  readonly startValue: number;
  /** The last year of the window `t`. */
  readonly endYear: number;
  /** The value in the last year. */
  readonly endValue: number;
  /** The desired direction. */
  readonly direction: ProgressDirection;
  /** The quantitative target, if any; without it the fixed ±1 %/year rule applies. */
  readonly target?: { readonly value: number; readonly year: number } | undefined;
}

/**
 * A Eurostat SDG trend category. With a target: `significant-progress` (RR ≥ 95 %),
 * `moderate-progress` (60–95 %), `insufficient-progress` (0–60 %), `movement-away` (< 0).
 * Without: `significant-progress` (d·a > 1 %), `moderate-progress` (0 < d·a ≤ 1 %),
 * `moderate-movement-away` (−1 % ≤ d·a ≤ 0), `significant-movement-away` (d·a < −1 %).
 *
 * @example
 * ```ts
 * import { assessEurostat } from "cast-plan";
 * const r = assessEurostat({ startYear: 2017, startValue: 12, endYear: 2022, endValue: 11.2, direction: "decrease" });
 * r.status === "measured" ? r.category : "" // => "significant-progress"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type EurostatCategory =
  | "significant-progress"
  | "moderate-progress"
  | "insufficient-progress"
  | "movement-away"
  | "moderate-movement-away"
  | "significant-movement-away";

/**
 * The measured part of {@link assessEurostat}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface EurostatAssessment {
  /** `target` (growth-ratio rule) or `no-target` (fixed thresholds). */
  readonly rule: "target" | "no-target";
  /** The actual compound annual growth rate `a` over the window. */
  readonly actualRate: number;
  /** The required rate `r` from the window start to the target (target rule only). */
  readonly requiredRate: number | undefined;
  /** The value classified: `d·a/|r|` with a target, `d·a` without. */
  readonly ratio: number;
  /** The category. */
  readonly category: EurostatCategory;
  /** Whether the end value meets the target (non-strict); reported beside the category. */
  readonly achieved: boolean | undefined;
}

/**
 * Assesses a window of a series with Eurostat's SDG trend method (growth-rate ratio with a target,
 * fixed ±1 %/year thresholds without).
 *
 * @remarks
 * `a = (yt/y0)^(1/(t−t0)) − 1`; with a target `r = (y* / y0)^(1/(T−t0)) − 1` and the ratio
 * `d·a/|r|`, which equals Eurostat's `a/r` whenever the baseline has not yet met the target and
 * stays right when it has (EU7; warning `baseline-meets-target`). Thresholds 95 % / 60 % / 0.
 * Without a target: `d·a` against ±1 %, with the printed intervals (`> 1 %`, `0 < · ≤ 1 %`,
 * `−1 % ≤ · ≤ 0`, `< −1 %`), so a flat series is "moderate movement away".
 * Zero or sign-changing values → `unmeasurable` (`invalid-for-growth-rate`); target equal to the
 * start value → `degenerate-range`.
 * Sources: https://ec.europa.eu/eurostat/statistics-explained/index.php?title=SDG_-_Introduction ;
 * http://sdg.iisd.org/news/eurostat-reports-on-monitoring-sdg-trends-in-eu-context/
 *
 * @param input - The window's end points, direction and optional target.
 * @returns The rates, ratio and category.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessEurostat } from "cast-plan";
 * const r = assessEurostat({ startYear: 2017, startValue: 17.5, endYear: 2022, endValue: 23, direction: "increase", target: { value: 42.5, year: 2030 } });
 * r.status === "measured" ? r.ratio : -1 // ~> 0.795331
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function assessEurostat(input: EurostatInput): ProgressOutcome<EurostatAssessment> {
  const { startYear, startValue, endYear, endValue, target } = input;
  const d = directionSign(input.direction);
  if (!(endYear > startYear))
    return unmeasurable("insufficient-data", "the window needs two different years");
  const a = compoundGrowthRate(startYear, startValue, endYear, endValue);
  if (a === undefined)
    return unmeasurable(
      "invalid-for-growth-rate",
      `growth rates need non-zero values of one sign (${show(startValue)} → ${show(endValue)})`,
    );
  const warnings: ProgressWarning[] = [];
  if (!target) {
    const v = d * a;
    const category: EurostatCategory =
      v > 0.01
        ? "significant-progress"
        : v > 0
          ? "moderate-progress"
          : v >= -0.01
            ? "moderate-movement-away"
            : "significant-movement-away";
    return measured({
      rule: "no-target",
      actualRate: a,
      requiredRate: undefined,
      ratio: v,
      category,
      achieved: undefined,
    });
  }
  if (target.value === startValue)
    return unmeasurable("degenerate-range", "the target equals the start value");
  if (!(target.year > startYear))
    return unmeasurable("degenerate-range", "the target year is not after the window start");
  const r = compoundGrowthRate(startYear, startValue, target.year, target.value);
  if (r === undefined || r === 0)
    return unmeasurable(
      "invalid-for-growth-rate",
      `the required rate from ${show(startValue)} to ${show(target.value)} is undefined`,
    );
  if (d * (target.value - startValue) < 0)
    warnings.push(
      warn(
        "baseline-meets-target",
        "the window starts beyond the target: the ratio is direction-aware (d·a/|r|), not a/r",
      ),
    );
  if (target.year < endYear)
    warnings.push(warn("target-year-passed", `the target year ${show(target.year)} has passed`));
  const ratio = (d * a) / Math.abs(r);
  if (!Number.isFinite(ratio))
    return unmeasurable(
      "degenerate-range",
      "the required rate is too small to divide by",
      warnings,
    );
  const category: EurostatCategory =
    ratio >= 0.95
      ? "significant-progress"
      : ratio >= 0.6
        ? "moderate-progress"
        : ratio >= 0
          ? "insufficient-progress"
          : "movement-away";
  return measured(
    {
      rule: "target",
      actualRate: a,
      requiredRate: r,
      ratio,
      category,
      achieved: d * (endValue - target.value) >= 0,
    },
    warnings,
  );
}
