import { isoFromDayNumber } from "../dates/dayNumbers.js";
import type { WorkingDayOptions } from "./WorkingCalendarOptions.js";
import {
  buildCalendar,
  invalidArgument,
  readWorkingDayOptions,
  requireIsoDay,
} from "./workdays/calendar.js";

/**
 * Returns the earliest start of a finish-to-start successor: the first working day after the
 * predecessor's finish, moved by `lag` working days (a negative lag is a lead).
 *
 * @remarks
 * Source: Redmine/OpenProject, `successor_soonest_start = predecessor.due_date + (1 + delay)`,
 * counted in working days (reference §A2.2, worked example A2.2-3).
 *
 * @param predecessorFinish - The predecessor's inclusive finish, `YYYY-MM-DD`.
 * @param lag - The lag in working days, an integer; negative for a lead.
 * @param options - `{ calendar }`, the working-day calendar (Monday–Friday when omitted), and
 *   `workingDaysOnly: false` to count the lag in calendar days.
 * @returns The successor's earliest start, `YYYY-MM-DD`.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for an invalid date, a fractional lag, or a
 *   calendar passed in place of the options (pass `{ calendar }`).
 *
 * @example
 * ```ts
 * import { computeSuccessorStart } from "cast-plan";
 * computeSuccessorStart("2020-12-31", 0) // => "2021-01-01"
 * computeSuccessorStart("2020-12-31", 2) // => "2021-01-05"
 * computeSuccessorStart("2020-12-31", 0, { calendar: { holidays: ["2021-01-01"] } }) // => "2021-01-04"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function computeSuccessorStart(
  predecessorFinish: string,
  lag: number,
  options: WorkingDayOptions = {},
): string {
  const fn = "computeSuccessorStart";
  const f = requireIsoDay(fn, predecessorFinish, ["predecessorFinish"]);
  if (!Number.isInteger(lag))
    invalidArgument(fn, ["lag"], "integer", `lag ${lag} is not an integer`);
  readWorkingDayOptions(fn, options);
  if (options.workingDaysOnly === false) return isoFromDayNumber(f + 1 + lag);
  const cal = buildCalendar(fn, f + 1, options.calendar);
  return isoFromDayNumber(cal.dayOf(lag));
}
