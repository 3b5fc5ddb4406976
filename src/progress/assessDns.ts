import { isUnmeasurable, meets, readSeries, used } from "./methods/input.js";
import { measured, show, unmeasurable, warn } from "./methods/numbers.js";
import { fitProjection, isFailure, valueAt } from "./methods/projection.js";
import type {
  ProgressMethodResult,
  ProgressOutcome,
  ProgressSeries,
  ProgressWarning,
} from "./types.js";

/**
 * The options of {@link assessDns} (the series comes first, see {@link ProgressSeries}).
 *
 * @category Progress
 * @since 0.2.0
 */
export interface DnsOptions {
  /** The number of annual changes the average uses; 5 (six data points) by default. */
  readonly window?: number | undefined;
}

/**
 * The German Sustainable Development Strategy weather symbol.
 *
 * @example
 * ```ts
 * import { assessDns } from "cast-plan";
 * const r = assessDns({ years: [2020, 2021, 2022, 2023], values: [10, 9, 8, 7], direction: "increase", target: { value: 20, year: 2030 } });
 * r.status === "measured" ? r.category : "" // => "thunderstorm"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type DnsSymbol = "sun" | "slightly-cloudy" | "cloudy" | "thunderstorm";

/**
 * The measured part of {@link assessDns}'s result. `value` is the miss share
 * `m = d·(y* − ŷ_T)/|y* − y_last|` (`undefined` once the target year has passed); `category` the
 * weather symbol, or `target-year-passed` with `achieved` judged at the deadline.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface DnsAssessment
  extends ProgressMethodResult<"dns", DnsSymbol | "target-year-passed"> {
  /** The average annual change over the window (time-weighted); `undefined` once passed. */
  readonly averageChange: number | undefined;
  /** The projected value `ŷ_T = y_last + avg·(T − t_last)`; `undefined` once passed. */
  readonly projected: number | undefined;
}

/**
 * Assesses a series with the German DNS "weather" method (average annual change projection).
 *
 * @remarks
 * The average change is `(y_last − y_first)/(t_last − t_first)` over the last six points (five
 * changes; `window` changes); with annual data it equals the mean of the annual changes, and with
 * irregular years it divides by the actual years (warning `irregular-gaps`). Miss share
 * `m = (y* − ŷ_T)/(y* − y_last)`: `m < 5 %` sun, `5–20 %` slightly cloudy, `> 20 %` cloudy when
 * moving in the desired direction, thunderstorm otherwise. Needs a target (`no-target`) and four
 * points. A latest value that already meets the target gives `m = 0` and sun with the warning
 * `baseline-meets-target`. A target year not after the latest observation is never projected
 * backwards: the category is `target-year-passed`, and `achieved` says whether the last
 * observation by the deadline met the target (warning `target-year-passed`). Zero and negative
 * values are fine (the projection is linear).
 * Sources: https://dns-indikatoren.de/en/status ; https://nsdp.vnso.gov.vu/methodology
 *
 * @param series - The observations, direction and target.
 * @param options - The number of annual changes averaged.
 * @returns The projection, miss share and symbol.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessDns } from "cast-plan";
 * const r = assessDns({ years: [2018, 2019, 2020, 2021, 2022, 2023], values: [10, 11, 12.5, 13, 14.5, 15], direction: "increase", target: { value: 25, year: 2030 } });
 * r.status === "measured" ? r.category : "" // => "cloudy"
 * ```
 *
 * @see [Progress methodology: German DNS](../../docs/guides/methodology.md#german-dns-assessdns)
 * @category Progress
 * @since 0.1.0
 */
export function assessDns(
  series: ProgressSeries,
  options: DnsOptions = {},
): ProgressOutcome<DnsAssessment> {
  const s = readSeries("assessDns", series);
  if (isUnmeasurable(s)) return s;
  const { years, values, d, target } = s;
  if (!target)
    return unmeasurable("insufficient-data", "the DNS miss share needs a target value and year");
  const n = years.length;
  const lastYear = years[n - 1];
  if (lastYear !== undefined && !(target.year > lastYear)) {
    // Passed: judged at the last observation by the deadline, never projected backwards.
    let k = n - 1;
    while (k >= 0 && (years[k] ?? 0) > target.year) k--;
    const warnings = [
      warn("target-year-passed", `the target year ${show(target.year)} has passed`),
    ];
    if (k < 0)
      return unmeasurable(
        "target-year-passed",
        `no observation by the target year ${show(target.year)}`,
        warnings,
      );
    return measured(
      {
        method: "dns",
        achieved: meets(values[k] ?? 0, target.value, d),
        value: undefined,
        category: "target-year-passed",
        inputsUsed: used(s, [k], target),
        averageChange: undefined,
        projected: undefined,
      },
      warnings,
    );
  }
  if (n < 4) return unmeasurable("insufficient-data", `needs 4 observations; ${n} available`);
  const model = fitProjection("average-annual-change", years, values, {
    horizon: target.year,
    limits: { min: 0, max: 100 },
    window: options.window ?? 5,
  });
  if (isFailure(model)) return unmeasurable(model.reason, model.message);
  const warnings: ProgressWarning[] = [];
  const usedYears = model.years;
  for (let i = 1; i < usedYears.length; i++)
    if ((usedYears[i] ?? 0) - (usedYears[i - 1] ?? 0) !== 1) {
      warnings.push(warn("irregular-gaps", "the years are not one apart: divided by actual years"));
      break;
    }
  const indices = years.map((_, i) => i).slice(n - usedYears.length);
  const inputsUsed = used(s, indices, target);
  const last = values[n - 1] ?? 0;
  const projected = valueAt(model, target.year);
  const remaining = target.value - last;
  if (d * remaining <= 0) {
    warnings.push(warn("baseline-meets-target", `the latest value ${show(last)} meets the target`));
    return measured(
      {
        method: "dns",
        achieved: true,
        value: 0,
        category: "sun",
        inputsUsed,
        averageChange: model.rate,
        projected,
      },
      warnings,
    );
  }
  const missShare = (target.value - projected) / remaining;
  if (!Number.isFinite(missShare) || !Number.isFinite(projected))
    return unmeasurable(
      "degenerate-range",
      "the remaining gap is too small to divide by",
      warnings,
    );
  const category: DnsSymbol =
    missShare < 0.05
      ? "sun"
      : missShare <= 0.2
        ? "slightly-cloudy"
        : d * model.rate > 0
          ? "cloudy"
          : "thunderstorm";
  return measured(
    {
      method: "dns",
      achieved: false,
      value: missShare,
      category,
      inputsUsed,
      averageChange: model.rate,
      projected,
    },
    warnings,
  );
}
