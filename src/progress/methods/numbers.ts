// Private numeric helpers of the progress functions. Every helper returns a finite number or
// `undefined`; callers turn `undefined` into an `Unmeasurable` result with a reason.

import { civilFromDays, daysFromCivil, isLeap, monthLength } from "../../dates/dayNumbers.js";
import type {
  Measured,
  ProgressDirection,
  ProgressWarning,
  ProgressWarningCode,
  Unmeasurable,
} from "../types.js";

/** A warning object. */
export function warn(code: ProgressWarningCode, message: string): ProgressWarning {
  return { code, message };
}

/** An unmeasurable result. */
export function unmeasurable(
  reason: ProgressWarningCode,
  message: string,
  warnings: readonly ProgressWarning[] = [],
): Unmeasurable {
  return { status: "unmeasurable", reason, message, warnings };
}

/** A measured result. */
export function measured<T extends object>(
  value: T,
  warnings: readonly ProgressWarning[] = [],
): Measured<T> {
  return { status: "measured", ...value, warnings };
}

/** +1 for increase, −1 for decrease. */
export function directionSign(direction: ProgressDirection): 1 | -1 {
  return direction === "decrease" ? -1 : 1;
}

/** Whether `x` is a finite number. */
export function isFiniteNumber(x: number | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/** `x` when finite, otherwise `undefined`. */
export function finiteOr(x: number): number | undefined {
  return Number.isFinite(x) ? x : undefined;
}

/** Clamps to [0, 1]. */
export function clamp01(x: number): number {
  return Math.min(Math.max(x, 0), 1);
}

/**
 * Compound annual growth rate from (t0, y0) to (t1, y1): `(y1/y0)^(1/(t1−t0)) − 1`.
 * `undefined` when t1 ≤ t0, a value is zero or negative (the one rule of the compound-growth
 * methods Eurostat, UNSD and the `cagr` projection), or the result is not finite.
 */
export function compoundGrowthRate(
  t0: number,
  y0: number,
  t1: number,
  y1: number,
): number | undefined {
  if (!(t1 > t0) || !(y0 > 0) || !(y1 > 0)) return undefined;
  return finiteOr((y1 / y0) ** (1 / (t1 - t0)) - 1);
}

/** Intercept and slope of a (weighted) least-squares line, with time centred on its mean. */
export interface LineFit {
  /** The weighted mean of the times. */
  readonly center: number;
  /** The fitted value at `center`. */
  readonly level: number;
  /** The slope per year. */
  readonly slope: number;
}

/**
 * Weighted least-squares line through (t_i, y_i); weights default to 1.
 * `undefined` with fewer than two distinct times.
 */
export function fitLine(
  times: ArrayLike<number>,
  values: ArrayLike<number>,
  weights?: ArrayLike<number>,
): LineFit | undefined {
  const n = times.length;
  let sw = 0;
  let st = 0;
  let sy = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? (weights[i] ?? 0) : 1;
    sw += w;
    st += w * (times[i] ?? 0);
    sy += w * (values[i] ?? 0);
  }
  if (!(sw > 0)) return undefined;
  const tm = st / sw;
  const ym = sy / sw;
  let stt = 0;
  let sty = 0;
  for (let i = 0; i < n; i++) {
    const w = weights ? (weights[i] ?? 0) : 1;
    const dt = (times[i] ?? 0) - tm;
    stt += w * dt * dt;
    sty += w * dt * ((values[i] ?? 0) - ym);
  }
  if (!(stt > 0)) return undefined;
  const slope = sty / stt;
  if (!Number.isFinite(slope) || !Number.isFinite(ym)) return undefined;
  return { center: tm, level: ym, slope };
}

/** ln(Y/(1−Y)) of `value` scaled to [min, max]; `undefined` at or beyond the limits. */
export function logit(value: number, min: number, max: number): number | undefined {
  const y = (value - min) / (max - min);
  if (!(y > 0 && y < 1)) return undefined;
  return finiteOr(Math.log(y / (1 - y)));
}

/** Inverse of {@link logit}. */
export function inverseLogit(l: number, min: number, max: number): number {
  const y = l >= 0 ? 1 / (1 + Math.exp(-l)) : Math.exp(l) / (1 + Math.exp(l));
  return min + (max - min) * y;
}

/** A number formatted for messages (up to 6 significant decimals). */
export function show(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6)));
}

/**
 * A point on the engine's time axis (a decimal year: the end of year Y is Y, so 2019-05 is
 * 2018 + 151/365) written as the calendar period it ends: `2019` for a year end, `2019-05` for a
 * month end, `2019-05-17` for any other day. Messages use it so that a person reads the period
 * as written in the data, never a decimal year a year early.
 */
export function showPeriod(t: number): string {
  if (Number.isInteger(t) || !Number.isFinite(t)) return String(t);
  const base = Math.floor(t);
  const year = base + 1;
  const length = isLeap(year) ? 366 : 365;
  const dayOfYear = Math.round((t - base) * length);
  if (dayOfYear < 1 || dayOfYear >= length) return String(Math.round(t));
  const [y, m, d] = civilFromDays(daysFromCivil(year, 1, 1) + dayOfYear - 1);
  const month = `${y}-${String(m).padStart(2, "0")}`;
  return d === monthLength(y, m) ? month : `${month}-${String(d).padStart(2, "0")}`;
}

/**
 * A list of gaps between series points (in years) for messages: whole years as years
 * (`3, 2 years`), otherwise all in months (`30, 1, 16 months`), or in days when some gap is
 * shorter than half a month.
 */
export function showGaps(gaps: readonly number[]): string {
  if (gaps.every((g) => Number.isInteger(g))) return `${gaps.join(", ")} ${unitWord(gaps, "year")}`;
  const months = gaps.map((g) => Math.round(g * 12));
  if (months.every((m) => m > 0)) return `${months.join(", ")} ${unitWord(months, "month")}`;
  const days = gaps.map((g) => Math.round(g * 365.25));
  return `${days.join(", ")} ${unitWord(days, "day")}`;
}

function unitWord(list: readonly number[], word: string): string {
  return list.length === 1 && list[0] === 1 ? word : `${word}s`;
}

/**
 * The unmeasurable result for non-finite inputs, or `undefined` when every number given is finite.
 * Guards the primitives that take raw numbers ("@throws Never." and never NaN out).
 */
export function nonFiniteInput(
  fn: string,
  ...groups: readonly (number | undefined | readonly (number | undefined)[])[]
): Unmeasurable | undefined {
  for (const group of groups) {
    const list = typeof group === "number" || group === undefined ? [group] : group;
    for (const n of list) {
      if (n !== undefined && !Number.isFinite(n)) {
        return unmeasurable("non-finite-input", `${fn}: ${n} is not a finite number`);
      }
    }
  }
  return undefined;
}

/**
 * The distance share of a target when the only observation is also the baseline (no baseline was
 * declared): 0 by construction, not by measurement, so it is insufficient data — in every path
 * (assessIndicator, the roll-ups, the report).
 */
export const ONE_OBSERVATION: Unmeasurable = /* @__PURE__ */ unmeasurable(
  "insufficient-data",
  "one observation only, and it is the baseline: progress needs a later observation",
);

/**
 * A distance share, or ONE_OBSERVATION when it rests on one observation that is its own baseline
 * (`thin`) and the target is not met (a met target stays measured at 1).
 */
export function unlessOneObservation<S extends { readonly status: string }>(
  thin: boolean,
  share: S,
): S | Unmeasurable {
  const clamped = (share as { readonly clamped?: number }).clamped;
  return thin && share.status === "measured" && clamped !== undefined && clamped < 1
    ? ONE_OBSERVATION
    : share;
}
