/**
 * The working-day calendar of a schedule: weekend days, holidays and extra working days.
 *
 * @remarks
 * A day is a working day when it is listed in `extraWorkingDays`, or when it is neither a holiday
 * nor a weekend day. Extra working days model China's adjusted working weekends (调休), which
 * Mermaid's `includes` keyword also expresses. All dates are `YYYY-MM-DD`; no `Date` is involved.
 *
 * @example
 * ```ts
 * const calendar = { weekendDays: [6, 7], holidays: ["2021-01-01"] };
 * calendar.holidays?.length // => 1
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface WorkingCalendarOptions {
  /** The ISO weekdays that are not worked (1 = Monday … 7 = Sunday); default `[6, 7]`. */
  readonly weekendDays?: readonly number[] | undefined;
  /** The holidays, `YYYY-MM-DD`; they are not worked even on a weekday. */
  readonly holidays?: readonly string[] | undefined;
  /** The extra working days, `YYYY-MM-DD`, worked even on a weekend day or a holiday. */
  readonly extraWorkingDays?: readonly string[] | undefined;
}

/**
 * The options every working-day function takes as its last argument: {@link countWorkingDays},
 * {@link addWorkingDays}, {@link subtractWorkingDays} and {@link computeSuccessorStart} (and
 * {@link scheduleTasks}, whose options add the plan start).
 *
 * @remarks
 * Since 0.2.0 the calendar is always passed as `{ calendar }`; passing the calendar itself (the
 * 0.1 shape of `countWorkingDays` and `computeSuccessorStart`) throws `INVALID_ARGUMENT`.
 *
 * @example
 * ```ts
 * const options = { calendar: { holidays: ["2024-01-01"] }, workingDaysOnly: true };
 * options.calendar.holidays.length // => 1
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
