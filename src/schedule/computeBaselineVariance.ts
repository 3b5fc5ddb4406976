import type { WorkingCalendarOptions } from "./WorkingCalendarOptions.js";
import { buildCalendar, requireIsoDay } from "./workdays/calendar.js";

/**
 * Current and baseline dates of a task for {@link computeBaselineVariance}.
 *
 * @example
 * ```ts
 * const d = { baselineFinish: "2020-12-31", finish: "2021-03-31" };
 * d.finish // => "2021-03-31"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface BaselineDates {
  /** The current start, `YYYY-MM-DD`. */
  readonly start?: string | undefined;
  /** The baseline start, `YYYY-MM-DD`. */
  readonly baselineStart?: string | undefined;
  /** The current inclusive finish, `YYYY-MM-DD`. */
  readonly finish?: string | undefined;
  /** The baseline inclusive finish, `YYYY-MM-DD`. */
  readonly baselineFinish?: string | undefined;
}

/**
 * A date variance in calendar days and working days; positive means later than the baseline.
 *
 * @example
 * ```ts
 * const v = { calendarDays: 90, workingDays: 64 };
 * v.workingDays // => 64
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface DateVariance {
  /** The difference in calendar days. */
  readonly calendarDays: number;
  /** The working days in (baseline, current], negated when current is earlier. */
  readonly workingDays: number;
}

/**
 * The result of {@link computeBaselineVariance}; a variance is `undefined` when a date is missing.
 *
 * @example
 * ```ts
 * import { computeBaselineVariance } from "cast-plan";
 * computeBaselineVariance({ finish: "2021-01-04" }).finishVariance // => undefined
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface BaselineVarianceResult {
  /** Start − baseline start. */
  readonly startVariance: DateVariance | undefined;
  /** Finish − baseline finish. */
  readonly finishVariance: DateVariance | undefined;
}

/**
 * Computes start and finish variance against a baseline, in calendar and in working days.
 *
 * @remarks
 * MS Project Start Variance / Finish Variance fields: `start − baselineStart`,
 * `finish − baselineFinish`, positive when late
 * (https://support.microsoft.com/office/finish-variance-task-field). Working-day variance counts
 * the working days in `(baseline, current]` (negative, mirrored, when current is earlier).
 *
 * @param dates - The current and baseline dates.
 * @param calendar - The working-day calendar; Monday–Friday when omitted.
 * @returns The start and finish variances.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for an invalid date.
 *
 * @example
 * ```ts
 * import { computeBaselineVariance } from "cast-plan";
 * computeBaselineVariance({ baselineFinish: "2020-12-31", finish: "2021-03-31" }).finishVariance
 * // => { calendarDays: 90, workingDays: 64 }
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function computeBaselineVariance(
  dates: BaselineDates,
  calendar?: WorkingCalendarOptions,
): BaselineVarianceResult {
  const fn = "computeBaselineVariance";
  const variance = (current?: string, baseline?: string, key = ""): DateVariance | undefined => {
    if (current === undefined || baseline === undefined) return undefined;
    const c = requireIsoDay(fn, current, [key]);
    const b = requireIsoDay(fn, baseline, [`baseline${key[0]?.toUpperCase()}${key.slice(1)}`]);
    const cal = buildCalendar(fn, b + 1, calendar);
    // offsetOf(c + 1) = working days in [b + 1, c + 1) = (b, c]; negative mirror when c < b.
    return { calendarDays: c - b, workingDays: cal.offsetOf(c + 1) };
  };
  return {
    startVariance: variance(dates.start, dates.baselineStart, "start"),
    finishVariance: variance(dates.finish, dates.baselineFinish, "finish"),
  };
}
