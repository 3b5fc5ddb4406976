import type { WorkingDayOptions } from "./WorkingCalendarOptions.js";
import {
  buildCalendar,
  invalidArgument,
  readWorkingDayOptions,
  requireIsoDay,
} from "./workdays/calendar.js";

/**
 * Counts the working days from `start` to `finish`, both included (OpenProject's duration).
 *
 * @remarks
 * Source: OpenProject, "Set and change dates and duration"
 * (https://www.openproject.org/docs/user-guide/work-packages/set-change-dates/): the duration is
 * the number of working days between start and finish, both inclusive.
 *
 * @param start - The first day, `YYYY-MM-DD`.
 * @param finish - The last day, `YYYY-MM-DD`, not before `start`.
 * @param options - `{ calendar }`, the working-day calendar (Monday–Friday when omitted), and
 *   `workingDaysOnly: false` to count every calendar day.
 * @returns The number of working days in `[start, finish]`.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` when a date is invalid, `finish` is before
 *   `start`, or a calendar is passed in place of the options (pass `{ calendar }`).
 *
 * @example
 * ```ts
 * import { countWorkingDays } from "cast-plan";
 * countWorkingDays("2022-10-12", "2022-10-14") // => 3
 * countWorkingDays("2021-01-01", "2025-12-31") // => 1304
 * countWorkingDays("2022-10-12", "2022-10-14", { calendar: { holidays: ["2022-10-13"] } }) // => 2
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function countWorkingDays(
  start: string,
  finish: string,
  options: WorkingDayOptions = {},
): number {
  const fn = "countWorkingDays";
  const s = requireIsoDay(fn, start, ["start"]);
  const f = requireIsoDay(fn, finish, ["finish"]);
  if (f < s) invalidArgument(fn, ["finish"], "order", `finish ${finish} is before start ${start}`);
  readWorkingDayOptions(fn, options);
  if (options.workingDaysOnly === false) return f - s + 1;
  const cal = buildCalendar(fn, s, options.calendar);
  return cal.offsetOf(f + 1);
}
