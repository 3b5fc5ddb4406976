// Private: the per-target part of assessIndicator, and its plain-language explanation.

import type { Indicator } from "../../schemas/indicator.js";
import type { Dimensions } from "../../schemas/primitives.js";
import { assessEscap, type EscapOptions } from "../assessEscap.js";
import { assessEurostat } from "../assessEurostat.js";
import { assessMilestone } from "../assessMilestone.js";
import { assessStatCan } from "../assessStatCan.js";
import { computeDistanceShare } from "../computeDistanceShare.js";
import { computePaceIndex } from "../computePaceIndex.js";
import { forecastTargetYear } from "../forecastTargetYear.js";
import { show, showPeriod, unlessOneObservation, unmeasurable, warn } from "../methods/numbers.js";
import { decimalYearOf, periodStartYear, sameDimensions } from "../series/select.js";
import {
  PROJECTION_KINDS,
  type ProgressDirection,
  type ProgressSeries,
  type ProgressWarning,
  type ProjectionKind,
} from "../types.js";
import type { IndicatorAssessment, TargetAssessment } from "./types.js";

/** The context assessTargets needs. */
export interface TargetContext {
  readonly asOfYear: number;
  readonly baseline:
    | {
        readonly year: number;
        readonly value: number;
        /** Where the baseline came from; `observation` when no baseline was declared. */
        readonly source?: "indicator" | "observation" | undefined;
      }
    | undefined;
  readonly latest: { readonly year: number; readonly value: number } | undefined;
  readonly trendYears: readonly number[];
  readonly trendValues: readonly number[];
  readonly dimensions: Dimensions | undefined;
  readonly projection: ProjectionKind;
  readonly projections: readonly ProjectionKind[] | undefined;
  readonly minimumObservations: number | undefined;
  readonly shortTermYears: number;
  readonly full: boolean;
}

const NO_DATA = unmeasurable("insufficient-data", "no observation by the assessment date");

type Target = Indicator["targets"][number];
type Point = {
  readonly year: number;
  readonly value: number;
  readonly source?: "indicator" | "observation" | undefined;
};
type Limits = EscapOptions["limits"];

/** What a target asks for: the value shares are measured against, and the direction toward it. */
interface Goal {
  readonly targetValue: number;
  readonly direction: ProgressDirection;
  readonly deadlineYear: number;
}

/** The measures beyond ESCAP's that `full` detail adds to a target's assessment. */
type FullMeasures = Pick<TargetAssessment, "anticipated" | "eurostat" | "statCan" | "forecasts">;

const NO_FULL_MEASURES: FullMeasures = {
  anticipated: undefined,
  eurostat: undefined,
  statCan: undefined,
  forecasts: undefined,
};

/** Assesses every applicable target of an indicator. */
export function assessTargets(indicator: Indicator, c: TargetContext): TargetAssessment[] {
  const out: TargetAssessment[] = [];
  const limits =
    indicator.naturalLimits ??
    (indicator.measure === "percentage" ? { min: 0, max: 100 } : undefined);
  // Targets sharing a deadline form a group; a group starts when the previous group is released
  // (each of its targets met, or its deadline reached, whichever is first; the latest of these).
  let groupDeadline: number | undefined;
  let groupStart: number | undefined = c.baseline?.year;
  let groupRelease: number | undefined;
  for (const target of indicator.targets) {
    if (target.dimensions && !sameDimensions(target.dimensions, c.dimensions)) continue;
    const goal = goalOf(indicator, target, c);
    // A milestone runs from the previous deadline (or earlier, when the previous one was met).
    if (groupDeadline === undefined || goal.deadlineYear > groupDeadline) {
      if (groupDeadline !== undefined) groupStart = groupRelease;
      groupDeadline = goal.deadlineYear;
      groupRelease = undefined;
    }
    const milestone = assessTargetMilestone(target, goal, groupStart, c);
    const met = milestone.status === "measured" ? milestone.firstMetYear : undefined;
    const release = met !== undefined && met < goal.deadlineYear ? met : goal.deadlineYear;
    groupRelease = groupRelease === undefined ? release : Math.max(groupRelease, release);
    const base = c.baseline;
    const latest = c.latest;
    if (!base || !latest) {
      out.push({
        ...targetHead(target, goal),
        milestone,
        distanceShare: NO_DATA,
        pace: NO_DATA,
        escap: NO_DATA,
        ...NO_FULL_MEASURES,
        warnings: [warn("insufficient-data", `no observation by ${showPeriod(c.asOfYear)}`)],
      });
      continue;
    }
    const warnings: ProgressWarning[] = [];
    if (goal.deadlineYear < c.asOfYear)
      warnings.push(
        warn("target-year-passed", `the deadline ${showPeriod(goal.deadlineYear)} has passed`),
      );
    const { distanceShare, pace } = measureDistance(target, goal, base, latest);
    const series: ProgressSeries = {
      years: c.trendYears,
      values: c.trendValues,
      direction: goal.direction,
      target: { value: goal.targetValue, year: goal.deadlineYear },
    };
    const escapOptions: EscapOptions = {
      comparator: target.comparator === "band" ? undefined : target.comparator,
      projection: c.projection,
      limits,
      minimumObservations: c.minimumObservations,
    };
    const escap = assessEscap(series, escapOptions);
    const full = c.full
      ? assessFullMeasures(target, goal, series, escapOptions, escap, limits, base, latest, c)
      : NO_FULL_MEASURES;
    out.push({
      ...targetHead(target, goal),
      milestone,
      distanceShare,
      pace,
      escap,
      ...full,
      warnings,
    });
  }
  return out;
}

/** The target's value and direction (a band's nearer edge, from the baseline) and deadline. */
function goalOf(indicator: Indicator, target: Target, c: TargetContext): Goal {
  const deadlineYear = decimalYearOf(target.deadline);
  let targetValue = target.value ?? 0;
  let direction: ProgressDirection = indicator.direction === "decrease" ? "decrease" : "increase";
  if (target.comparator === "band" && target.band) {
    const from = c.baseline?.value ?? c.latest?.value ?? target.band.low;
    targetValue = from > target.band.high ? target.band.high : target.band.low;
    direction = from > target.band.high ? "decrease" : "increase";
  }
  return { targetValue, direction, deadlineYear };
}

/** The fields that name the target in its assessment. */
function targetHead(target: Target, goal: Goal) {
  return {
    targetId: target.id,
    label: target.label,
    comparator: target.comparator,
    targetValue: goal.targetValue,
    direction: goal.direction,
    deadlineYear: goal.deadlineYear,
  };
}

/** The milestone check of a target whose group starts at `startYear`. */
function assessTargetMilestone(
  target: Target,
  goal: Goal,
  startYear: number | undefined,
  c: TargetContext,
): TargetAssessment["milestone"] {
  return assessMilestone({
    years: c.trendYears.length > 0 ? c.trendYears : [],
    values: c.trendValues,
    comparator: target.comparator,
    target: goal.targetValue,
    band: target.band,
    direction: goal.direction,
    deadlineYear: goal.deadlineYear,
    onTimeFrom: periodStartYear(target.deadline),
    asOfYear: c.asOfYear,
    startYear,
  });
}

/** The distance share from the baseline to the latest value, and the pace behind it. */
function measureDistance(
  target: Target,
  goal: Goal,
  base: Point,
  latest: Point,
): Pick<TargetAssessment, "distanceShare" | "pace"> {
  const share = computeDistanceShare({
    baseline: base.value,
    current: latest.value,
    target: goal.targetValue,
    direction: goal.direction,
    comparator: target.comparator,
    band: target.band,
  });
  // The only observation is its own baseline: 0 by construction unless it already meets the target.
  const distanceShare = unlessOneObservation(
    base.source === "observation" && base.year === latest.year,
    share,
  );
  const pace =
    distanceShare.status === "measured"
      ? computePaceIndex({
          distanceShare: distanceShare.raw,
          baselineYear: base.year,
          currentYear: latest.year,
          targetYear: goal.deadlineYear,
        })
      : distanceShare;
  return { distanceShare, pace };
}

/** The `full` detail: ESCAP's anticipated year and a forecast per projection, Eurostat, StatCan. */
function assessFullMeasures(
  target: Target,
  goal: Goal,
  series: ProgressSeries,
  escapOptions: EscapOptions,
  escap: TargetAssessment["escap"],
  limits: Limits,
  base: Point,
  latest: Point,
  c: TargetContext,
): FullMeasures {
  const kinds = c.projections ?? PROJECTION_KINDS;
  const anticipated: NonNullable<TargetAssessment["anticipated"]> = {};
  const forecasts: NonNullable<TargetAssessment["forecasts"]> = {};
  for (const kind of kinds) {
    const e =
      kind === c.projection ? escap : assessEscap(series, { ...escapOptions, projection: kind });
    anticipated[kind] = e.status === "measured" ? e.anticipated : e;
    forecasts[kind] = forecastTargetYear(c.trendYears, c.trendValues, {
      kind,
      target: goal.targetValue,
      direction: goal.direction,
      comparator: target.comparator === "band" ? undefined : target.comparator,
      targetYear: goal.deadlineYear,
      limits,
    });
  }
  const point = { value: goal.targetValue, year: goal.deadlineYear };
  const statCan = assessStatCan(endPoints(base, latest, goal.direction, point));
  return {
    anticipated,
    eurostat: assessEurostatTerms(goal.direction, point, base, latest, c),
    statCan,
    forecasts,
  };
}

/** Eurostat's short-term (the last `shortTermYears`) and long-term (from the baseline) checks. */
function assessEurostatTerms(
  direction: ProgressDirection,
  target: Point,
  base: Point,
  latest: Point,
  c: TargetContext,
): NonNullable<TargetAssessment["eurostat"]> {
  let shortIndex = c.trendYears.findIndex((t) => t >= latest.year - c.shortTermYears);
  if (shortIndex < 0) shortIndex = 0;
  const shortStart = c.trendYears[shortIndex] ?? base.year;
  const shortCount = c.trendYears.length - shortIndex;
  const shortTerm = assessEurostat(
    endPoints(
      { year: shortStart, value: c.trendValues[shortIndex] ?? base.value },
      latest,
      direction,
      target,
    ),
  );
  return {
    shortTerm:
      shortTerm.status === "measured" && shortCount < 3
        ? {
            ...shortTerm,
            warnings: [
              ...shortTerm.warnings,
              warn(
                "insufficient-data",
                `${shortCount} observations in the short-term window (Eurostat asks for 3)`,
              ),
            ],
          }
        : shortTerm,
    longTerm: assessEurostat(endPoints(base, latest, direction, target)),
  };
}

/** A two-point series from the base (or window start) to the latest observation. */
function endPoints(
  from: Point,
  to: Point,
  direction: ProgressDirection,
  target?: Point,
): ProgressSeries {
  return {
    years: [from.year, to.year],
    values: [from.value, to.value],
    direction,
    target,
  };
}

/** The no-target trend of an indicator (Eurostat ±1 %, Statistics Canada method 1). */
export function assessTrend(
  indicator: Indicator,
  base: { readonly year: number; readonly value: number } | undefined,
  latest: { readonly year: number; readonly value: number } | undefined,
  years: readonly number[],
  values: readonly number[],
  shortTermYears: number,
): IndicatorAssessment["trend"] {
  if (!base || !latest || indicator.direction === "band") return undefined;
  const direction: ProgressDirection = indicator.direction;
  let shortIndex = years.findIndex((t) => t >= latest.year - shortTermYears);
  if (shortIndex < 0) shortIndex = 0;
  const limits = indicator.naturalLimits;
  return {
    eurostatShortTerm: assessEurostat(
      endPoints(
        { year: years[shortIndex] ?? base.year, value: values[shortIndex] ?? base.value },
        latest,
        direction,
      ),
    ),
    eurostatLongTerm: assessEurostat(endPoints(base, latest, direction)),
    statCan: assessStatCan(endPoints(base, latest, direction), {
      limit: direction === "increase" ? limits?.max : limits?.min,
    }),
  };
}

function describeTarget(t: TargetAssessment, unit: string, projection: ProjectionKind): string {
  const parts: string[] = [];
  const label = t.label?.en ?? t.targetId;
  const comparator = t.comparator === "band" ? "within band" : t.comparator;
  parts.push(
    `Target ${label} (${comparator} ${show(t.targetValue)}${unit} by ${showPeriod(t.deadlineYear)}):`,
  );
  parts.push(
    t.milestone.status === "measured"
      ? `${t.milestone.milestone.replaceAll("-", " ")}${t.milestone.firstMetYear === undefined ? "" : ` (first met ${showPeriod(t.milestone.firstMetYear)})`}.`
      : `milestone not assessable (${t.milestone.message}).`,
  );
  if (t.distanceShare.status === "measured")
    parts.push(
      `Distance share ${show(t.distanceShare.raw)} (clamped ${show(t.distanceShare.clamped)}).`,
    );
  else parts.push(`Distance share not measurable: ${t.distanceShare.message}.`);
  if (t.pace.status === "measured")
    parts.push(
      `Time share ${show(t.pace.timeShare)}, pace index ${show(t.pace.paceIndex)}, time distance ${show(t.pace.timeDistance)} years.`,
    );
  if (t.escap.status === "measured") {
    const a = t.escap.anticipated;
    parts.push(
      a.status === "measured"
        ? `ESCAP (${projection}): projected ${show(a.projected)}${unit}, anticipated progress ${show(a.share)} → ${t.escap.category}.`
        : `ESCAP: ${t.escap.category} (${a.message}).`,
    );
  }
  const forecast = t.forecasts?.[projection];
  if (forecast?.status === "measured")
    parts.push(
      forecast.outcome === "reached"
        ? `Forecast (${projection}): reached in ${show(forecast.year ?? 0)}.`
        : forecast.outcome === "already-met"
          ? "Forecast: already met."
          : `Forecast (${projection}): not reached.`,
    );
  for (const w of t.warnings) parts.push(`Warning (${w.code}): ${w.message}.`);
  return parts.join(" ");
}

/** Methods list and explanation text of an assessment. */
export function describeAssessment(
  indicator: Indicator,
  a: IndicatorAssessment,
  projection: ProjectionKind,
): { methods: string[]; explanation: string } {
  const methods = [
    "distance share (ESCAP Current Status Index) — https://data.unescap.org/resource-guides/progress-assessment-methodology",
    "time share, pace index and Sicherl time distance",
    `ESCAP anticipated progress with the ${projection} projection`,
    "Eurostat growth-rate ratio, short-term and long-term — https://ec.europa.eu/eurostat/statistics-explained/index.php?title=SDG_-_Introduction",
    "Statistics Canada / Open SDG progress measure — https://open-sdg.readthedocs.io/en/latest/progress-methodology/",
    "forecast of the year each target is reached, per projection",
  ];
  const unit = indicator.unit === "%" ? "%" : ` ${indicator.unit}`;
  const head = a.latest
    ? `${indicator.name.en}: latest ${show(a.latest.value)}${unit} (${a.latest.period}), baseline ${a.baseline ? `${show(a.baseline.value)}${unit} (${a.baseline.period}, ${a.baseline.source === "indicator" ? "declared" : "from the observations"})` : "none"}, ${a.series.years.length} observations used (${(a.series.periods ?? a.series.years.map(showPeriod)).join(", ")}).`
    : `${indicator.name.en}: no observation by ${showPeriod(a.asOfYear)}.`;
  const warnings = a.warnings.map((w) => `Warning (${w.code}): ${w.message}.`);
  return {
    methods,
    explanation: [
      head,
      ...warnings,
      ...a.targets.map((t) => describeTarget(t, unit, projection)),
    ].join("\n"),
  };
}
