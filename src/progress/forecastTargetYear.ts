import type { Comparator } from "../schemas/indicator.js";
import { defaultComparator, meetsTarget } from "./methods/comparators.js";
import { measured, nonFiniteInput, show, unmeasurable } from "./methods/numbers.js";
import { fitProjection, isFailure, sortSeries, valueAt, yearOf } from "./methods/projection.js";
import type { ProgressDirection, ProgressOutcome, ProjectionKind } from "./types.js";

/**
 * The options of {@link forecastTargetYear}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface ForecastTargetYearOptions {
  /** The projection to use. */
  readonly kind: ProjectionKind;
  /** The target value. */
  readonly target: number;
  /** The desired direction. */
  readonly direction: ProgressDirection;
  /** How a value is compared with the target; `>=` / `<=` by default. */
  readonly comparator?: Comparator | undefined;
  /** The target year; sets the weights of `weighted-linear` (the horizon is at least one year
   * after the last observation). */
  readonly targetYear?: number | undefined;
  /** The natural limits for `logit` (default 0–100). */
  readonly limits?:
    | { readonly min?: number | undefined; readonly max?: number | undefined }
    | undefined;
  /** The number of annual changes `average-annual-change` averages; 5 by default. */
  readonly window?: number | undefined;
}

/**
 * The measured part of {@link forecastTargetYear}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface TargetYearForecast {
  /** `already-met` (the latest value meets the target), `reached` (the projected path reaches it
   * in `year`) or `not-reached` (the path never reaches it, or only after year 9999). */
  readonly outcome: "already-met" | "reached" | "not-reached";
  /** The decimal year the target is met (latest observation year when already met); `undefined`
   * when not reached. */
  readonly year: number | undefined;
  /** The projection used. */
  readonly kind: ProjectionKind;
}

/**
 * Forecasts the year in which a series would reach its target under a projection.
 *
 * @remarks
 * Solves the fitted path (see {@link ProjectionKind}) for the target value. A path that moves away
 * from the target, stays flat, or (logit) tends to a limit short of the target gives `not-reached`.
 * A crossing that the fitted line puts before the latest observation is reported at the latest
 * observation's year. Failures as in {@link projectSeries}.
 *
 * @param years - The years of the observations.
 * @param values - The values.
 * @param options - The projection, target and direction.
 * @returns The forecast, or the reason it cannot be made.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { forecastTargetYear } from "cast-plan";
 * const f = forecastTargetYear([2018, 2023], [10, 15], { kind: "linear", target: 25, direction: "increase" });
 * f.status === "measured" ? f.year : -1 // => 2033
 * ```
 *
 * @see [Progress methodology: projections](../../docs/guides/methodology.md#projections-projectseries-forecasttargetyear)
 * @category Progress
 * @since 0.1.0
 */
export function forecastTargetYear(
  years: readonly number[],
  values: readonly number[],
  options: ForecastTargetYearOptions,
): ProgressOutcome<TargetYearForecast> {
  const { kind, target, direction } = options;
  const bad = nonFiniteInput("forecastTargetYear", years, values, target, options.targetYear);
  if (bad) return bad;
  const series = sortSeries(years, values);
  const n = series.years.length;
  const last = series.years[n - 1];
  const latest = series.values[n - 1];
  if (last === undefined || latest === undefined)
    return unmeasurable("insufficient-data", "no observations to forecast from");
  const comparator = options.comparator ?? defaultComparator(direction);
  if (meetsTarget(latest, comparator, target, direction))
    return measured({ outcome: "already-met", year: last, kind });
  const model = fitProjection(kind, series.years, series.values, {
    horizon: Math.max(options.targetYear ?? last + 1, last + 1),
    limits: { min: options.limits?.min ?? 0, max: options.limits?.max ?? 100 },
    window: options.window ?? 5,
  });
  if (isFailure(model)) return unmeasurable(model.reason, `${kind}: ${model.message}`);
  const crossing = yearOf(model, target);
  const d = direction === "decrease" ? -1 : 1;
  // The path must move toward the target after the latest observation.
  const ahead = valueAt(model, last + 1) - valueAt(model, last);
  if (crossing === undefined || !Number.isFinite(crossing) || !(d * ahead > 0) || crossing > 9999)
    return measured({ outcome: "not-reached", year: undefined, kind }, []);
  const year = Math.max(crossing, last);
  return Number.isFinite(year)
    ? measured({ outcome: "reached", year, kind })
    : unmeasurable("invalid-for-growth-rate", `${kind}: no finite crossing of ${show(target)}`);
}
