import { isoFromDayNumber } from "../dates/dayNumbers.js";
import type { WorkingCalendarOptions } from "./WorkingCalendarOptions.js";
import { buildCalendar, requireDuration, requireIsoDay } from "./workdays/calendar.js";

/**
 * Options of {@link addWorkingDays} and {@link subtractWorkingDays}.
 *
 * @example
 * ```ts
 * const options = { workingDaysOnly: false };
 * options.workingDaysOnly // => false
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface WorkingDayOptions {
  /** The working-day calendar; Monday–Friday when omitted. */
  readonly calendar?: WorkingCalendarOptions | undefined;
  /** `false` counts every calendar day (OpenProject's per-task "Working days only" switch); default `true`. */
  readonly workingDaysOnly?: boolean | undefined;
}

/**
 * Returns the finish of a task that starts on `start` and lasts `duration` days: the
 * `duration`-th working day counting `start` as day 1 (a non-working start snaps forward first).
 *
 * @remarks
 * Source: OpenProject, "Set and change dates and duration"
 * (https://www.openproject.org/docs/user-guide/work-packages/set-change-dates/). A duration of 0
 * (a milestone) returns the snapped start.
 *
 * @param start - The start, `YYYY-MM-DD`.
 * @param duration - The duration in days, a non-negative integer.
 * @param options - The calendar and the working-days-only switch.
 * @returns The inclusive finish, `YYYY-MM-DD`.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for an invalid date or a negative or fractional duration.
 *
 * @example
 * ```ts
 * import { addWorkingDays } from "cast-plan";
 * addWorkingDays("2022-10-12", 4) // => "2022-10-17"
 * addWorkingDays("2022-10-12", 4, { workingDaysOnly: false }) // => "2022-10-15"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function addWorkingDays(
  start: string,
  duration: number,
  options: WorkingDayOptions = {},
): string {
  const fn = "addWorkingDays";
  const s = requireIsoDay(fn, start, ["start"]);
  requireDuration(fn, duration);
  if (options.workingDaysOnly === false) return isoFromDayNumber(s + Math.max(duration - 1, 0));
  const cal = buildCalendar(fn, s, options.calendar);
  return isoFromDayNumber(cal.dayOf(Math.max(duration - 1, 0)));
}
