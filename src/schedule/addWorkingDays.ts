import { isoFromDayNumber } from "../dates/dayNumbers.js";
import type { WorkingDayOptions } from "./WorkingCalendarOptions.js";
import {
  buildCalendar,
  readWorkingDayOptions,
  requireDuration,
  requireIsoDay,
} from "./workdays/calendar.js";

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
 * addWorkingDays("2022-10-12", 2, { calendar: { holidays: ["2022-10-13"] } }) // => "2022-10-14"
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
  readWorkingDayOptions(fn, options);
  if (options.workingDaysOnly === false) return isoFromDayNumber(s + Math.max(duration - 1, 0));
  const cal = buildCalendar(fn, s, options.calendar);
  return isoFromDayNumber(cal.dayOf(Math.max(duration - 1, 0)));
}
