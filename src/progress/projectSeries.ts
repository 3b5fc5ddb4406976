import { nonFiniteInput, show, unmeasurable, warn } from "./methods/numbers.js";
import { fitProjection, isFailure, sortSeries, valueAt } from "./methods/projection.js";
import type { ProgressOutcome, ProgressWarning, ProjectionKind } from "./types.js";

/**
 * The options of {@link projectSeries}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface ProjectSeriesOptions {
  /** The projection to use. */
  readonly kind: ProjectionKind;
  /** The year to project to (decimal years). */
  readonly targetYear: number;
  /** The natural limits; `logit` scales to them (default 0–100) and results outside warn. */
  readonly limits?:
    | { readonly min?: number | undefined; readonly max?: number | undefined }
    | undefined;
  /** The number of annual changes (intervals `n`) `average-annual-change` averages; 5 by
   * default (German DNS). */
  readonly window?: number | undefined;
}

/**
 * The measured part of {@link projectSeries}'s result.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface Projection {
  /** The projection used. */
  readonly kind: ProjectionKind;
  /** The projected value `ŷ_T` at the target year. */
  readonly projected: number;
  /** The growth rate (`cagr`), slope per year (`linear`, `weighted-linear`,
   * `average-annual-change`) or slope of the logit per year (`logit`). */
  readonly rate: number;
  /** The years of the observations the fit used. */
  readonly yearsUsed: readonly number[];
}

/**
 * Projects a series of yearly values to a target year.
 *
 * @remarks
 * See {@link ProjectionKind} for the five projections. The series need not be sorted; the result
 * does not depend on the order of the points. Fails (`unmeasurable`) with
 * `insufficient-data` (fewer than two points or no time span), `invalid-for-growth-rate` (`cagr`
 * with a zero or negative value at either end: a compound growth rate needs positive values, for
 * an all-negative series use `linear` or mirror the values; `logit` with any value on or beyond a
 * natural limit), or `target-year-passed`
 * (`weighted-linear` with a target year not after the last point). A projected value outside the
 * natural limits is returned as is, with the warning `projection-outside-natural-limits`.
 * Sources: ESCAP https://data.unescap.org/resource-guides/progress-assessment-methodology ;
 * UNECE https://w3.unece.org/sdg2023/technical-notes.html ; DNS https://dns-indikatoren.de/en/status ;
 * logit: github.com/spalmas/SDG-MENARO `03_progress_assessment/progress_assessment_functions.R`.
 *
 * @param years - The years of the observations (decimal years).
 * @param values - The values, one per year.
 * @param options - The projection kind, target year and limits.
 * @returns The projected value, or the reason it cannot be computed.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { projectSeries } from "cast-plan";
 * const p = projectSeries([2015, 2022], [40, 50], { kind: "cagr", targetYear: 2030 });
 * p.status === "measured" ? p.projected : -1 // ~> 64.524449
 * projectSeries([2015, 2022], [-40, -50], { kind: "cagr", targetYear: 2030 }).status // => "unmeasurable"
 * ```
 *
 * @see [Progress methodology: projections](../../docs/guides/methodology.md#projections-projectseries-forecasttargetyear)
 * @category Progress
 * @since 0.1.0
 */
export function projectSeries(
  years: readonly number[],
  values: readonly number[],
  options: ProjectSeriesOptions,
): ProgressOutcome<Projection> {
  const bad = nonFiniteInput("projectSeries", years, values, options.targetYear);
  if (bad) return bad;
  const series = sortSeries(years, values);
  const limits = { min: options.limits?.min ?? 0, max: options.limits?.max ?? 100 };
  const model = fitProjection(options.kind, series.years, series.values, {
    horizon: options.targetYear,
    limits,
    window: options.window ?? 5,
  });
  if (isFailure(model)) return unmeasurable(model.reason, `${options.kind}: ${model.message}`);
  const projected = valueAt(model, options.targetYear);
  if (!Number.isFinite(projected))
    return unmeasurable(
      "invalid-for-growth-rate",
      `${options.kind}: the projection to ${show(options.targetYear)} is not a finite number`,
    );
  const warnings: ProgressWarning[] = [];
  const min = options.limits?.min;
  const max = options.limits?.max;
  if ((min !== undefined && projected < min) || (max !== undefined && projected > max))
    warnings.push(
      warn(
        "projection-outside-natural-limits",
        `${options.kind}: the projected ${show(projected)} lies outside the natural limits`,
      ),
    );
  return {
    status: "measured",
    kind: options.kind,
    projected,
    rate: model.rate,
    yearsUsed: model.years,
    warnings,
  };
}
