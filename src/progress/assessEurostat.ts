import { isUnmeasurable, meets, readSeries, used } from "./methods/input.js";
import { compoundGrowthRate, measured, show, unmeasurable, warn } from "./methods/numbers.js";
import { type EurostatTerm, selectEurostatWindow } from "./selectEurostatWindow.js";
import type {
  ProgressMethodResult,
  ProgressOutcome,
  ProgressSeries,
  ProgressWarning,
} from "./types.js";

/**
 * The options of {@link assessEurostat} (the series comes first, see {@link ProgressSeries}).
 *
 * @category Progress
 * @since 0.2.0
 */
export interface EurostatOptions {
  /** The assessment period ({@link selectEurostatWindow}); without it the whole series, from its
   * first to its last observation. */
  readonly window?: EurostatTerm | undefined;
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
 * const r = assessEurostat({ years: [2017, 2022], values: [12, 11.2], direction: "decrease" });
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
 * The measured part of {@link assessEurostat}'s result. `value` is the ratio `d·a/|r|` with a
 * target and `d·a` without; `achieved` whether the window's last value meets the target
 * (`undefined` without one).
 *
 * @category Progress
 * @since 0.1.0
 */
export interface EurostatAssessment extends ProgressMethodResult<"eurostat", EurostatCategory> {
  /** `target` (growth-ratio rule) or `no-target` (fixed thresholds). */
  readonly rule: "target" | "no-target";
  /** The actual compound annual growth rate `a` over the window. */
  readonly actualRate: number;
  /** The required rate `r` from the window start to the target (target rule only). */
  readonly requiredRate: number | undefined;
  /** The assessment period used, or `undefined` for the whole series. */
  readonly window: EurostatTerm | undefined;
}

/**
 * Assesses a series with Eurostat's SDG trend method (growth-rate ratio with a target, fixed
 * ±1 %/year thresholds without), over the whole series or one of Eurostat's periods.
 *
 * @remarks
 * Only the window's first and last observations are used. `a = (yt/y0)^(1/(t−t0)) − 1`; with a
 * target `r = (y* / y0)^(1/(T−t0)) − 1` and the ratio `d·a/|r|`, which equals Eurostat's `a/r`
 * whenever the window start has not yet met the target and stays right when it has (EU7; warning
 * `baseline-meets-target`). Thresholds 95 % / 60 % / 0. Without a target: `d·a` against ±1 %,
 * with the printed intervals (`> 1 %`, `0 < · ≤ 1 %`, `−1 % ≤ · ≤ 0`, `< −1 %`), so a flat series
 * is "moderate movement away". A target already met is reported in `achieved` beside the category
 * (Eurostat has no "achieved" symbol). A target year before the window's end warns
 * `target-year-passed`.
 * Compound growth needs positive values: a zero or negative start, end or target value →
 * `unmeasurable` (`invalid-for-growth-rate`), including all-negative series (see
 * {@link computeAnnualChangeRatio} for a linear alternative). Target equal to the start value, or
 * a target year not after the start → `degenerate-range`. A window with fewer observations than
 * Eurostat asks for warns `insufficient-data`.
 * Sources: https://ec.europa.eu/eurostat/statistics-explained/index.php?title=SDG_-_Introduction ;
 * http://sdg.iisd.org/news/eurostat-reports-on-monitoring-sdg-trends-in-eu-context/
 *
 * @param series - The observations, direction and optional target.
 * @param options - The assessment period.
 * @returns The rates, ratio and category.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessEurostat } from "cast-plan";
 * const r = assessEurostat({ years: [2017, 2022], values: [17.5, 23], direction: "increase", target: { value: 42.5, year: 2030 } });
 * r.status === "measured" ? r.value : -1 // ~> 0.795331
 * ```
 *
 * @see [Progress methodology: Eurostat](../../docs/guides/methodology.md#eurostat-assesseurostat-selecteurostatwindow)
 * @category Progress
 * @since 0.1.0
 */
export function assessEurostat(
  series: ProgressSeries,
  options: EurostatOptions = {},
): ProgressOutcome<EurostatAssessment> {
  const s = readSeries("assessEurostat", series);
  if (isUnmeasurable(s)) return s;
  const { years, values, d, target } = s;
  const n = years.length;
  const warnings: ProgressWarning[] = [];
  let first = 0;
  if (options.window) {
    const w = selectEurostatWindow(years, options.window);
    first = w.startIndex ?? 0;
    if (!w.sufficient && n > 0)
      warnings.push(
        warn(
          "insufficient-data",
          `${w.observations} observations in the ${options.window} window (Eurostat asks for ${w.minimumObservations})`,
        ),
      );
  }
  const startYear = years[first];
  const startValue = values[first];
  const endYear = years[n - 1];
  const endValue = values[n - 1];
  if (
    startYear === undefined ||
    startValue === undefined ||
    endYear === undefined ||
    endValue === undefined ||
    !(endYear > startYear)
  )
    return unmeasurable("insufficient-data", "the window needs two different years", warnings);
  const a = compoundGrowthRate(startYear, startValue, endYear, endValue);
  if (a === undefined)
    return unmeasurable(
      "invalid-for-growth-rate",
      `a compound growth rate needs positive values (${show(startValue)} → ${show(endValue)})`,
      warnings,
    );
  const inputsUsed = used(s, [first, n - 1], target);
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
    return measured(
      {
        method: "eurostat",
        rule: "no-target",
        achieved: undefined,
        value: v,
        category,
        inputsUsed,
        actualRate: a,
        requiredRate: undefined,
        window: options.window,
      },
      warnings,
    );
  }
  if (target.value === startValue)
    return unmeasurable("degenerate-range", "the target equals the start value", warnings);
  if (!(target.year > startYear))
    return unmeasurable(
      "degenerate-range",
      "the target year is not after the window start",
      warnings,
    );
  const r = compoundGrowthRate(startYear, startValue, target.year, target.value);
  if (r === undefined || r === 0)
    return unmeasurable(
      "invalid-for-growth-rate",
      `the required rate from ${show(startValue)} to ${show(target.value)} is undefined (a compound growth rate needs positive values)`,
      warnings,
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
      method: "eurostat",
      rule: "target",
      achieved: meets(endValue, target.value, d),
      value: ratio,
      category,
      inputsUsed,
      actualRate: a,
      requiredRate: r,
      window: options.window,
    },
    warnings,
  );
}
