import { isoFromDayNumber } from "../dates/dayNumbers.js";
import type { WorkingDayOptions } from "./WorkingCalendarOptions.js";
import {
  buildCalendar,
  readWorkingDayOptions,
  requireDuration,
  requireIsoDay,
} from "./workdays/calendar.js";

/**
 * Returns the start of a task that finishes on `finish` and lasts `duration` days, counting
 * backward: the `duration`-th working day before `finish`, counting `finish` as day 1 (a
 * non-working finish snaps backward first).
 *
 * @remarks
 * The mirror of {@link addWorkingDays} (OpenProject's backward scheduling from a finish date).
 *
 * @param finish - The inclusive finish, `YYYY-MM-DD`.
 * @param duration - The duration in days, a non-negative integer.
 * @param options - The calendar and the working-days-only switch.
 * @returns The start, `YYYY-MM-DD`.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for an invalid date or a negative or fractional duration.
 *
 * @example
 * ```ts
 * import { subtractWorkingDays } from "cast-plan";
 * subtractWorkingDays("2022-10-14", 3) // => "2022-10-12"
 * subtractWorkingDays("2022-10-17", 4) // => "2022-10-12"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function subtractWorkingDays(
  finish: string,
  duration: number,
  options: WorkingDayOptions = {},
): string {
  const fn = "subtractWorkingDays";
  const f = requireIsoDay(fn, finish, ["finish"]);
  requireDuration(fn, duration);
  readWorkingDayOptions(fn, options);
  if (options.workingDaysOnly === false) return isoFromDayNumber(f - Math.max(duration - 1, 0));
  // Anchor at the day after `finish`: offset -1 is the last working day on or before `finish`.
  const cal = buildCalendar(fn, f + 1, options.calendar);
  return isoFromDayNumber(cal.dayOf(-Math.max(duration, 1)));
}
