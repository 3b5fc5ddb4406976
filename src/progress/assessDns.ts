import {
  directionSign,
  measured,
  nonFiniteInput,
  show,
  unmeasurable,
  warn,
} from "./methods/numbers.js";
import { fitProjection, isFailure, sortSeries, valueAt } from "./methods/projection.js";
import type { ProgressDirection, ProgressOutcome, ProgressWarning } from "./types.js";

/**
 * The input of {@link assessDns}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface DnsInput {
  /** The years of the observations. */
  readonly years: readonly number[];
  /** The values. */
  readonly values: readonly number[];
  /** The target value. */
  readonly target: number;
  /** The target year. */
  readonly targetYear: number;
  /** The desired direction. */
  readonly direction: ProgressDirection;
}

/**
 * The German Sustainable Development Strategy weather symbol.
 *
 * @example
 * ```ts
 * import { assessDns } from "cast-plan";
 * const r = assessDns({ years: [2020, 2021, 2022, 2023], values: [10, 9, 8, 7], target: 20, targetYear: 2030, direction: "increase" });
 * r.status === "measured" ? r.symbol : "" // => "thunderstorm"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export type DnsSymbol = "sun" | "slightly-cloudy" | "cloudy" | "thunderstorm";

/**
 * The measured part of {@link assessDns}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface DnsAssessment {
  /** The average annual change over the last five changes (time-weighted). */
  readonly averageChange: number;
  /** The projected value `ŷ_T = y_last + avg·(T − t_last)`. */
  readonly projected: number;
  /** The miss share `(y* − ŷ_T)/(y* − y_last)`. */
  readonly missShare: number;
  /** The symbol. */
  readonly symbol: DnsSymbol;
}

/**
 * Assesses a series with the German DNS "weather" method (average annual change projection).
 *
 * @remarks
 * The average change is `(y_last − y_first)/(t_last − t_first)` over the last six points (five
 * changes); with annual data it equals the mean of the five annual changes, and with irregular
 * years it divides by the actual years (warning `irregular-gaps`). Miss share
 * `m = (y* − ŷ_T)/(y* − y_last)`: `m < 5 %` sun, `5–20 %` slightly cloudy, `> 20 %` cloudy when
 * moving in the desired direction, thunderstorm otherwise. Needs four points. A latest value that
 * already meets the target gives `m = 0` and sun with the warning `baseline-meets-target`.
 * Sources: https://dns-indikatoren.de/en/status ; https://nsdp.vnso.gov.vu/methodology
 *
 * @param input - The series, target and direction.
 * @returns The projection, miss share and symbol.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { assessDns } from "cast-plan";
 * const r = assessDns({ years: [2018, 2019, 2020, 2021, 2022, 2023], values: [10, 11, 12.5, 13, 14.5, 15], target: 25, targetYear: 2030, direction: "increase" });
 * r.status === "measured" ? r.symbol : "" // => "cloudy"
 * ```
 *
 * @category Progress
 * @since 0.1.0
 */
export function assessDns(input: DnsInput): ProgressOutcome<DnsAssessment> {
  const bad = nonFiniteInput(
    "assessDns",
    input.years,
    input.values,
    input.target,
    input.targetYear,
  );
  if (bad) return bad;
  const { years, values } = sortSeries(input.years, input.values);
  const d = directionSign(input.direction);
  if (years.length < 4)
    return unmeasurable("insufficient-data", `needs 4 observations; ${years.length} available`);
  const model = fitProjection("average-annual-change", years, values, {
    horizon: input.targetYear,
    limits: { min: 0, max: 100 },
    window: 5,
  });
  if (isFailure(model)) return unmeasurable(model.reason, model.message);
  const warnings: ProgressWarning[] = [];
  const used = model.years;
  for (let i = 1; i < used.length; i++)
    if ((used[i] ?? 0) - (used[i - 1] ?? 0) !== 1) {
      warnings.push(warn("irregular-gaps", "the years are not one apart: divided by actual years"));
      break;
    }
  const last = values[values.length - 1] ?? 0;
  const projected = valueAt(model, input.targetYear);
  const remaining = input.target - last;
  if (d * remaining <= 0) {
    warnings.push(warn("baseline-meets-target", `the latest value ${show(last)} meets the target`));
    return measured(
      { averageChange: model.rate, projected, missShare: 0, symbol: "sun" },
      warnings,
    );
  }
  const missShare = (input.target - projected) / remaining;
  if (!Number.isFinite(missShare) || !Number.isFinite(projected))
    return unmeasurable(
      "degenerate-range",
      "the remaining gap is too small to divide by",
      warnings,
    );
  const symbol: DnsSymbol =
    missShare < 0.05
      ? "sun"
      : missShare <= 0.2
        ? "slightly-cloudy"
        : d * model.rate > 0
          ? "cloudy"
          : "thunderstorm";
  return measured({ averageChange: model.rate, projected, missShare, symbol }, warnings);
}
