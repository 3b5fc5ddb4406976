// Private: judges the indicators of a columnar roll-up from their combined series. Gives what
// finalizeRollUp gets through assessSelectedSeries and assessTargets (which targets are met, the
// clamped distance share toward the current one), without building assessments or any object
// per indicator: results go into typed arrays. A dense grid's indicators are judged from compiled
// facts (facts.ts) except those with a band target, which come here, as do all
// of the other layouts and the explanations. The property test in
// test/progress/rollUpColumns.test.ts holds both equal to the object path.

import type { Indicator, Target } from "../../../schemas/indicator.js";
import { computeDistanceShare } from "../../computeDistanceShare.js";
import { defaultComparator, meetsTarget } from "../../methods/comparators.js";
import {
  clamp01,
  ONE_OBSERVATION,
  unlessOneObservation,
  unmeasurable,
} from "../../methods/numbers.js";
import { decimalYearOf, sameDimensions } from "../../series/select.js";
import type { ProgressDirection, ProgressWarningCode } from "../../types.js";
import type { ScopedTarget } from "../scope.js";

/** Reason codes of the typed results, by number (0: none). */
export const REASONS = [
  "none",
  "insufficient-data",
  "degenerate-range",
  "not-aggregatable",
  "missing-ratio-parts",
  "no-contributors",
  "non-finite-input",
  "incomplete-period",
] as const;

/** A reason of {@link REASONS}. */
export type Reason = (typeof REASONS)[number];

/** The number of a reason. */
export function reasonNumber(reason: Reason): number {
  return REASONS.indexOf(reason);
}

export const INSUFFICIENT_DATA = /* @__PURE__ */ reasonNumber("insufficient-data");
export const DEGENERATE_RANGE = /* @__PURE__ */ reasonNumber("degenerate-range");

/** Where the judgements go, at index `s` of each array. */
export interface JudgedIndicators {
  readonly progress: Float64Array;
  readonly achieved: Uint8Array;
  readonly reason: Uint8Array;
  /** The index in `indicator.targets` of the current target (−1: none). */
  readonly current: Int32Array;
  /** 1 where the indicator has a baseline and a latest value (the share was computed). */
  readonly measured: Uint8Array;
}

/** A series in scratch arrays: entries `0 … count − 1`, in year order. */
export interface Series {
  readonly years: Float64Array;
  readonly values: Float64Array;
  readonly count: number;
}

/** Whether a target is for the whole population (the only ones a roll-up judges). */
export function isWhole(target: Target): boolean {
  return !target.dimensions || sameDimensions(target.dimensions, undefined);
}

/** The index of the declared whole-population baseline in force by the date, or −1. */
function declaredBaseline(indicator: Indicator, asOfYear: number): number {
  const list = indicator.baselines;
  for (let b = 0; b < list.length; b++) {
    const baseline = list[b] as Indicator["baselines"][number];
    if (baseline.value === undefined) continue;
    if (baseline.dimensions !== undefined && !sameDimensions(baseline.dimensions, undefined))
      continue;
    if (decimalYearOf(baseline.period) <= asOfYear) return b;
  }
  return -1;
}

/** The baseline and what the trend after it reached: its extremes, for the targets' checks. */
export interface Trend {
  /** Whether there is a baseline (declared, or the first value). */
  has: boolean;
  year: number;
  value: number;
  /** The extremes of the values after the baseline year (±Infinity without any). */
  max: number;
  min: number;
  /** Whether there is a latest value, and that value. */
  hasLatest: boolean;
  latest: number;
  /** Whether the only value is also the baseline (none declared): progress needs a later one. */
  thin: boolean;
  /** Scratch for the aim of the target being judged. */
  readonly aim: Aim;
}

function trendOf(indicator: Indicator, series: Series, asOfYear: number, out: Trend): void {
  const b = declaredBaseline(indicator, asOfYear);
  const { years, values, count } = series;
  if (b >= 0) {
    const baseline = indicator.baselines[b] as Indicator["baselines"][number];
    out.has = true;
    out.year = decimalYearOf(baseline.period);
    out.value = baseline.value ?? 0;
  } else if (count > 0) {
    out.has = true;
    out.year = years[0] as number;
    out.value = values[0] as number;
  } else out.has = false;
  let max = Number.NEGATIVE_INFINITY;
  let min = Number.POSITIVE_INFINITY;
  if (out.has)
    for (let i = 0; i < count; i++) {
      if (!((years[i] as number) > out.year)) continue;
      const v = values[i] as number;
      if (v > max) max = v;
      if (v < min) min = v;
    }
  out.max = max;
  out.min = min;
  out.hasLatest = count > 0;
  out.latest = count > 0 ? (values[count - 1] as number) : 0;
  out.thin = b < 0 && count === 1;
}

/** What a target's share is measured against, and the direction toward it (reused record). */
interface Aim {
  value: number;
  direction: ProgressDirection;
}

/** The aim of a target: its value, or for a band the edge nearer the start. */
function aimOf(indicator: Indicator, target: Target, trend: Trend, out: Aim): void {
  if (target.comparator === "band" && target.band) {
    const from = trend.has ? trend.value : trend.hasLatest ? trend.latest : target.band.low;
    const above = from > target.band.high;
    out.value = above ? target.band.high : target.band.low;
    out.direction = above ? "decrease" : "increase";
    return;
  }
  out.value = target.value ?? 0;
  out.direction = indicator.direction === "decrease" ? "decrease" : "increase";
}

/** Whether the trend (the baseline, then the entries after its year) ever meets the target. */
function isMet(
  target: Target,
  aim: number,
  direction: ProgressDirection,
  trend: Trend,
  series: Series,
): boolean {
  if (!trend.has) return false;
  if (meetsTarget(trend.value, target.comparator, aim, direction, target.band)) return true;
  switch (target.comparator) {
    case ">":
      return trend.max > aim;
    case ">=":
      return trend.max >= aim;
    case "<":
      return trend.min < aim;
    case "<=":
      return trend.min <= aim;
    case "=":
      return direction === "decrease" ? trend.min <= aim : trend.max >= aim;
    default:
      // A band: any value inside it, so the series itself.
      for (let i = 0; i < series.count; i++)
        if (
          (series.years[i] as number) > trend.year &&
          meetsTarget(series.values[i] as number, "band", aim, direction, target.band)
        )
          return true;
      return false;
  }
}

/**
 * The clamped distance share (as computeDistanceShare gives it), or −1 when the range is
 * degenerate.
 */
function clampedShare(
  baseline: number,
  current: number,
  aim: number,
  direction: ProgressDirection,
  target: Target,
): number {
  const d = direction === "decrease" ? -1 : 1;
  const range = Math.abs(aim - baseline);
  if (!(range > 0) || !Number.isFinite(range) || !Number.isFinite(current)) return -1;
  const raw = (d * (current - baseline)) / range;
  if (!Number.isFinite(raw)) return -1;
  const comparator = target.comparator ?? defaultComparator(direction);
  if (meetsTarget(current, comparator, aim, direction, target.band)) return 1;
  return clamp01(raw);
}

/** Judges indicator `s` from its series into `out`. */
export function judgeIndicator(
  indicator: Indicator,
  series: Series,
  asOfYear: number,
  s: number,
  out: JudgedIndicators,
  trend: Trend,
): void {
  trendOf(indicator, series, asOfYear, trend);
  judgeTrend(indicator, trend, series, s, out);
}

/** Judges indicator `s` from its trend and series into `out`. */
function judgeTrend(
  indicator: Indicator,
  trend: Trend,
  series: Series,
  s: number,
  out: JudgedIndicators,
): void {
  const targets = indicator.targets;
  const aim = trend.aim;
  let current = -1;
  let achieved = false;
  // The current target: the first not met (the last when all are).
  for (let j = 0; j < targets.length; j++) {
    const target = targets[j] as Target;
    if (!isWhole(target)) continue;
    aimOf(indicator, target, trend, aim);
    current = j;
    achieved = isMet(target, aim.value, aim.direction, trend, series);
    if (!achieved) break;
  }
  out.achieved[s] = achieved ? 1 : 0;
  out.current[s] = current;
  out.progress[s] = 0;
  const measured = current >= 0 && trend.has && trend.hasLatest;
  out.measured[s] = measured ? 1 : 0;
  if (!measured) {
    out.reason[s] = INSUFFICIENT_DATA;
    return;
  }
  // `aim` still holds the current target's aim: the loop stopped there.
  const share = clampedShare(
    trend.value,
    trend.latest,
    aim.value,
    aim.direction,
    targets[current] as Target,
  );
  if (share < 0) {
    out.reason[s] = DEGENERATE_RANGE;
    return;
  }
  if (trend.thin && share < 1) {
    out.reason[s] = INSUFFICIENT_DATA;
    return;
  }
  out.reason[s] = 0;
  out.progress[s] = share;
}

/** A fresh trend record (reused across indicators). */
export function createTrend(): Trend {
  return {
    has: false,
    year: 0,
    value: 0,
    max: 0,
    min: 0,
    hasLatest: false,
    latest: 0,
    thin: false,
    aim: { value: 0, direction: "increase" },
  };
}

const NO_DATA = unmeasurable("insufficient-data", "no observation by the assessment date");

/**
 * Why indicator `s` has no progress, in the object path's words: its reason code and sentence.
 */
export function explainIndicator(
  indicator: Indicator,
  series: Series,
  asOfYear: number,
  s: number,
  judged: JudgedIndicators,
): { reason: ProgressWarningCode; message: string } {
  const current = judged.current[s] as number;
  if (current < 0)
    return {
      reason: "insufficient-data",
      message: series.count === 0 ? "no observation by the date" : "no target",
    };
  if (judged.measured[s] !== 1) return { reason: NO_DATA.reason, message: NO_DATA.message };
  const trend = createTrend();
  trendOf(indicator, series, asOfYear, trend);
  const target = indicator.targets[current] as Target;
  aimOf(indicator, target, trend, trend.aim);
  const share = computeDistanceShare({
    baseline: trend.value,
    current: series.values[series.count - 1] as number,
    target: trend.aim.value,
    direction: trend.aim.direction,
    comparator: target.comparator,
    band: target.band,
  });
  if (share.status === "unmeasurable") return { reason: share.reason, message: share.message };
  if (trend.thin && share.clamped < 1)
    return { reason: ONE_OBSERVATION.reason, message: ONE_OBSERVATION.message };
  return { reason: "insufficient-data", message: "" };
}

/** Every whole-population target of an indicator judged (for items that state targets);
 * undefined without data, as the object path keeps no assessment then. */
export function judgeTargets(
  indicator: Indicator,
  series: Series,
  asOfYear: number,
): ScopedTarget[] | undefined {
  if (series.count === 0) return undefined;
  const trend = createTrend();
  trendOf(indicator, series, asOfYear, trend);
  const latest = series.values[series.count - 1] as number;
  return indicator.targets.filter(isWhole).map((target) => {
    aimOf(indicator, target, trend, trend.aim);
    const { value: aim, direction } = trend.aim;
    const share = trend.has
      ? computeDistanceShare({
          baseline: trend.value,
          current: latest,
          target: aim,
          direction,
          comparator: target.comparator,
          band: target.band,
        })
      : NO_DATA;
    return {
      targetId: target.id,
      met: isMet(target, aim, direction, trend, series),
      distanceShare: unlessOneObservation(trend.thin, share),
    };
  });
}
