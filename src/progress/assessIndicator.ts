import type { IndicatorAssessment } from "./targets/types.js";

export type { IndicatorAssessment, TargetAssessment } from "./targets/types.js";

import { periodText } from "../dates/periodText.js";
import type { Indicator, Observation } from "../schemas/indicator.js";
import type { CalendarPoint, Dimensions } from "../schemas/primitives.js";
import { showGaps, showPeriod, warn } from "./methods/numbers.js";
import { asOfYearOf, decimalYearOf, sameDimensions, selectSeries } from "./series/select.js";
import { assessTargets, assessTrend, describeAssessment } from "./targets/assess.js";
import type { ProgressWarning, ProjectionKind } from "./types.js";

/**
 * The options of {@link assessIndicator}.
 *
 * @category Progress
 * @since 0.1.0
 */
export interface AssessIndicatorOptions {
  /** The date of the assessment; observations whose period ends after it are ignored. Never the clock. */
  readonly asOf: CalendarPoint;
  /** The dimension values to assess (such as `{ area: "rural" }`); the whole population by default. */
  readonly dimensions?: Dimensions | undefined;
  /** The reporting unit whose observations to use; by default those without a unit (see
   * {@link combineObservations} to build a national series from organisations' reports). */
  readonly unitId?: string | undefined;
  /** A base year to use instead of the declared baseline: the observation of that period, or the
   * first one after it (the Open SDG rule). */
  readonly baselinePeriod?: CalendarPoint | undefined;
  /** The projection behind the ESCAP category; `weighted-linear` by default. */
  readonly projection?: ProjectionKind | undefined;
  /** The projections to report anticipated progress and forecasts for; all five by default. */
  readonly projections?: readonly ProjectionKind[] | undefined;
  /** The fewest observations anticipated progress needs; 2 by default (PSA: 3). */
  readonly minimumObservations?: number | undefined;
  /** The length of the Eurostat short-term window in years; 5 by default. */
  readonly shortTermYears?: number | undefined;
  /** `full` (every method, forecasts and an explanation; the default) or `summary` (distance share,
   * pace, milestone and the ESCAP category only: the fast path for roll-ups). */
  readonly detail?: "full" | "summary" | undefined;
}

/**
 * Assesses an indicator's progress toward each of its targets as of a date, with every method
 * and the reasons attached.
 *
 * @remarks
 * Series: observations of this indicator with the requested dimensions and unit whose period ends
 * on or before `asOf`; one value per period end (final beats provisional beats estimated); a ratio
 * observation without `value` counts as numerator/denominator (×100 for a percentage). Time is in
 * decimal years ({@link toDecimalYear}: an integer year stays that year).
 * Baseline: the first declared baseline with a value and the same dimensions, dated by `asOf`; else
 * the first observation (warning `baseline-from-observation`). Trend methods use the observations
 * from the baseline year on, plus the baseline point itself.
 * Targets: those without dimensions or with exactly the requested ones. A milestone starts at the
 * previous deadline (or when the previous target was met, if earlier); the first starts at the
 * baseline. See the methodology guide for each method.
 *
 * @param indicator - The indicator with its baselines and targets.
 * @param observations - Observations; those of other indicators, units or dimensions are ignored.
 * @param options - The date and choices; see {@link AssessIndicatorOptions}.
 * @returns The assessment; a target that cannot be measured says why.
 * @throws {@link CastPlanError} with code `INVALID_ARGUMENT` (path `asOf`) when `asOf` is not a
 *   calendar value.
 *
 * @example
 * ```ts
 * import { assessIndicator } from "cast-plan";
 * const result = assessIndicator(
 *   { id: "i", name: { en: "Share" }, measure: "percentage", unit: "%", direction: "increase", aggregation: "none", dimensions: [], baselines: [{ period: 2015, value: 6.2 }], targets: [{ id: "t2020", deadline: 2020, comparator: ">", value: 10 }], measures: [], references: [] },
 *   [{ indicatorId: "i", period: 2020, value: 10.56, status: "final" }],
 *   { asOf: "2021-06-30" },
 * );
 * result.targets[0]?.milestone.status === "measured" ? result.targets[0].milestone.milestone : "" // => "achieved-on-time"
 * ```
 *
 * @see [Progress methodology: assessIndicator, the rules](../../docs/guides/methodology.md#assessindicator-the-rules)
 * @category Progress
 * @since 0.1.0
 */
export function assessIndicator(
  indicator: Indicator,
  observations: readonly Observation[],
  options: AssessIndicatorOptions,
): IndicatorAssessment {
  const asOfYear = asOfYearOf(options.asOf, "assessIndicator");
  const series = selectSeries(indicator, observations, {
    asOfYear,
    dimensions: options.dimensions,
    unitId: options.unitId,
  });
  return assessSelectedSeries(indicator, series, asOfYear, options);
}

/**
 * Assesses an already selected series (sorted years, one value each). Internal: used by
 * {@link assessIndicator} and the roll-up, which builds series without observation objects.
 *
 * @internal
 */
export function assessSelectedSeries(
  indicator: Indicator,
  series: IndicatorAssessment["series"],
  asOfYear: number,
  options: AssessIndicatorOptions,
  dataWarnings: readonly ProgressWarning[] = [],
): IndicatorAssessment {
  const full = options.detail !== "summary";
  const dimensions = options.dimensions ?? {};
  const warnings: ProgressWarning[] = [...dataWarnings];
  let baseline: IndicatorAssessment["baseline"];
  const n = series.years.length;
  const periodAt = (i: number) => series.periods?.[i] ?? showPeriod(series.years[i] ?? 0);
  const statusAt = (i: number) => {
    const status = series.statuses?.[i];
    const imputed = series.imputed?.[i] ?? undefined;
    return {
      ...(status === undefined ? {} : { status }),
      ...(imputed === undefined ? {} : { imputed }),
    };
  };
  if (options.baselinePeriod !== undefined) {
    const wanted = decimalYearOf(options.baselinePeriod);
    const i = series.years.findIndex((t) => t >= wanted);
    if (i >= 0) {
      baseline = {
        period: periodAt(i),
        year: series.years[i] ?? 0,
        value: series.values[i] ?? 0,
        source: "observation",
        ...statusAt(i),
      };
      if (baseline.year !== wanted)
        warnings.push(
          warn(
            "baseline-from-observation",
            `no observation for ${periodText(options.baselinePeriod)}; the next one (${baseline.period}) is the baseline`,
          ),
        );
    }
  } else
    for (const b of indicator.baselines) {
      if (b.value === undefined || !sameDimensions(b.dimensions, options.dimensions)) continue;
      const year = decimalYearOf(b.period);
      if (year <= asOfYear) {
        baseline = { period: periodText(b.period), year, value: b.value, source: "indicator" };
        break;
      }
    }
  if (!baseline && n > 0 && options.baselinePeriod === undefined) {
    baseline = {
      period: periodAt(0),
      year: series.years[0] ?? 0,
      value: series.values[0] ?? 0,
      source: "observation",
      ...statusAt(0),
    };
    warnings.push(
      warn(
        "baseline-from-observation",
        `no baseline declared; the first observation (${baseline.period}) is used`,
      ),
    );
  }
  const latest =
    n > 0
      ? {
          period: periodAt(n - 1),
          year: series.years[n - 1] ?? 0,
          value: series.values[n - 1] ?? 0,
          ...statusAt(n - 1),
        }
      : undefined;
  for (const [what, point] of [
    ["latest value", latest],
    ["baseline", baseline?.source === "observation" ? baseline : undefined],
  ] as const)
    if (point?.status !== undefined && point.status !== "final")
      warnings.push(
        warn("not-final", `the ${what} (${point.period}) is ${point.status}, not final`),
      );
  if (n === 0)
    warnings.push(warn("insufficient-data", `no observation by ${String(options.asOf)}`));
  // The trend series: the baseline point, then observations after the baseline year.
  const trendYears: number[] = [];
  const trendValues: number[] = [];
  if (baseline) {
    trendYears.push(baseline.year);
    trendValues.push(baseline.value);
    for (let i = 0; i < n; i++) {
      const t = series.years[i] ?? 0;
      if (t > baseline.year) {
        trendYears.push(t);
        trendValues.push(series.values[i] ?? 0);
      }
    }
  }
  if (full) {
    const gaps: number[] = [];
    for (let i = 1; i < trendYears.length; i++)
      gaps.push((trendYears[i] ?? 0) - (trendYears[i - 1] ?? 0));
    if (gaps.some((g) => g !== 1))
      warnings.push(
        warn(
          "irregular-gaps",
          `gaps of ${showGaps(gaps)} between observations: rates divide by the actual time`,
        ),
      );
  }
  const targets = assessTargets(indicator, {
    asOfYear,
    baseline,
    latest,
    trendYears,
    trendValues,
    dimensions: options.dimensions,
    projection: options.projection ?? "weighted-linear",
    projections: options.projections,
    minimumObservations: options.minimumObservations,
    shortTermYears: options.shortTermYears ?? 5,
    full,
  });
  let currentTargetId: string | undefined;
  for (const t of targets) {
    currentTargetId = t.targetId;
    const achieved =
      t.milestone.status === "measured" && t.milestone.milestone.startsWith("achieved");
    if (!achieved) break;
  }
  const result: IndicatorAssessment = {
    indicatorId: indicator.id,
    asOfYear,
    dimensions,
    series,
    baseline,
    latest,
    targets,
    currentTargetId,
    methods: [],
    warnings,
    explanation: "",
    trend: undefined,
  };
  if (!full) return result;
  const trend = assessTrend(
    indicator,
    baseline,
    latest,
    trendYears,
    trendValues,
    options.shortTermYears ?? 5,
  );
  const described = describeAssessment(indicator, result, options.projection ?? "weighted-linear");
  return { ...result, methods: described.methods, explanation: described.explanation, trend };
}
