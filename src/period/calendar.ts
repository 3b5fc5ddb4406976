import {
  dayNumber,
  daysFromCivil,
  formatIsoDate,
  isLeap,
  isoFromDayNumber,
  isoWeekday,
  monthLength,
  parseIsoDate,
  parseYearMonth,
} from "../dates/dayNumbers.js";
import { CastPlanError } from "../errors/CastPlanError.js";
import type { CalendarPoint, IsoDate, Period } from "../schemas/primitives.js";

/**
 * The first and last day (inclusive) that a calendar value covers.
 *
 * @category Periods
 * @since 0.1.0
 */
export interface DayRange {
  /** The first day covered, `YYYY-MM-DD`. */
  readonly start: IsoDate;
  /** The last day covered (inclusive), `YYYY-MM-DD`. */
  readonly end: IsoDate;
}

function invalid(fn: string, value: unknown): never {
  throw new CastPlanError(
    "INVALID_ARGUMENT",
    `${fn}: ${JSON.stringify(value)} is not a year, a YYYY-MM month or a valid YYYY-MM-DD date`,
    [
      {
        path: [],
        rule: "calendar-value",
        message: `${JSON.stringify(value)} is not a calendar value`,
      },
    ],
  );
}

function pointRange(fn: string, point: CalendarPoint): DayRange {
  if (typeof point === "number") {
    if (!Number.isInteger(point) || point < 1000 || point > 9999) return invalid(fn, point);
    return { start: formatIsoDate(point, 1, 1), end: formatIsoDate(point, 12, 31) };
  }
  if (typeof point === "string") {
    const ym = parseYearMonth(point);
    if (ym)
      return {
        start: formatIsoDate(ym[0], ym[1], 1),
        end: formatIsoDate(ym[0], ym[1], monthLength(ym[0], ym[1])),
      };
    if (parseIsoDate(point)) return { start: point as IsoDate, end: point as IsoDate };
  }
  return invalid(fn, point);
}

/**
 * Returns the days a year, month, date or period covers, as an inclusive range of ISO dates.
 *
 * @remarks
 * A year covers 1 January to 31 December; a `YYYY-MM` month its first to last day; a period from
 * the first day of its start to the last day of its end. No `Date` object is involved, so the
 * result never depends on the time zone.
 *
 * @param value - A year (integer), a `YYYY-MM` month, a `YYYY-MM-DD` date, or a `{ start, end }` period.
 * @returns The first and last day covered.
 * @throws {@link CastPlanError} with code `INVALID_ARGUMENT` when the value is not a valid calendar value,
 *   or a period starts after it ends.
 *
 * @example
 * ```ts
 * import { toDayRange } from "cast-plan";
 * toDayRange(2020) // => { start: "2020-01-01", end: "2020-12-31" }
 * toDayRange("2024-02") // => { start: "2024-02-01", end: "2024-02-29" }
 * toDayRange({ start: 2018, end: "2020-06" }) // => { start: "2018-01-01", end: "2020-06-30" }
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function toDayRange(value: CalendarPoint | Period): DayRange {
  if (typeof value === "object" && value !== null) {
    const start = pointRange("toDayRange", value.start).start;
    const end = pointRange("toDayRange", value.end).end;
    if (start > end) {
      throw new CastPlanError(
        "INVALID_ARGUMENT",
        `toDayRange: the period starts (${start}) after it ends (${end})`,
        [{ path: ["end"], rule: "period-order", message: "the period starts after it ends" }],
      );
    }
    return { start, end };
  }
  return pointRange("toDayRange", value);
}

/**
 * Checks whether a calendar value is a valid year, `YYYY-MM` month or `YYYY-MM-DD` day.
 *
 * @param value - Any value.
 * @returns `true` for an integer year 1000–9999, a valid month string or a real calendar day.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { isCalendarPoint } from "cast-plan";
 * isCalendarPoint("2024-02-29") // => true
 * isCalendarPoint("2023-02-29") // => false
 * isCalendarPoint(2035) // => true
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function isCalendarPoint(value: unknown): value is CalendarPoint {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1000 && value <= 9999;
  if (typeof value !== "string") return false;
  return parseYearMonth(value) !== undefined || parseIsoDate(value) !== undefined;
}

/**
 * Adds a number of calendar days to an ISO date.
 *
 * @param date - The date, `YYYY-MM-DD`.
 * @param days - The whole number of days to add; negative to go back.
 * @returns The new date, `YYYY-MM-DD`.
 * @throws {@link CastPlanError} with code `INVALID_ARGUMENT` for an invalid date, a non-integer count,
 *   or a result outside the years 1000–9999.
 *
 * @example
 * ```ts
 * import { addCalendarDays } from "cast-plan";
 * addCalendarDays("2024-02-28", 1) // => "2024-02-29"
 * addCalendarDays("2020-01-01", -1) // => "2019-12-31"
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function addCalendarDays(date: string, days: number): IsoDate {
  if (!parseIsoDate(date)) invalid("addCalendarDays", date);
  if (!Number.isInteger(days)) {
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      `addCalendarDays: days must be an integer, got ${days}`,
    );
  }
  const result = dayNumber(date) + days;
  if (result < MIN_DAY || result > MAX_DAY) {
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      `addCalendarDays: ${date} + ${days} days falls outside the years 1000–9999`,
      [
        {
          path: ["days"],
          rule: "calendar-range",
          message: "the result is outside the years 1000–9999",
        },
      ],
    );
  }
  return isoFromDayNumber(result);
}

const MIN_DAY = daysFromCivil(1000, 1, 1);
const MAX_DAY = daysFromCivil(9999, 12, 31);

/**
 * Counts the calendar days from one ISO date to another (`to − from`).
 *
 * @param from - The earlier date, `YYYY-MM-DD`.
 * @param to - The later date, `YYYY-MM-DD`.
 * @returns The number of days; negative when `to` is before `from`.
 * @throws {@link CastPlanError} with code `INVALID_ARGUMENT` for an invalid date.
 *
 * @example
 * ```ts
 * import { differenceInCalendarDays } from "cast-plan";
 * differenceInCalendarDays("2020-01-01", "2021-01-01") // => 366
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function differenceInCalendarDays(from: string, to: string): number {
  if (!parseIsoDate(from)) invalid("differenceInCalendarDays", from);
  if (!parseIsoDate(to)) invalid("differenceInCalendarDays", to);
  return dayNumber(to) - dayNumber(from);
}

/**
 * Returns the ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * @param date - The date, `YYYY-MM-DD`.
 * @returns The weekday number 1–7.
 * @throws {@link CastPlanError} with code `INVALID_ARGUMENT` for an invalid date.
 *
 * @example
 * ```ts
 * import { weekdayOf } from "cast-plan";
 * weekdayOf("2018-12-29") // => 6
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function weekdayOf(date: string): number {
  if (!parseIsoDate(date)) invalid("weekdayOf", date);
  return isoWeekday(dayNumber(date));
}

/**
 * Converts a calendar value to a decimal year, for methods that work in years.
 *
 * @remarks
 * An integer year stays as it is: a yearly observation for 2020 and a target "by 2020" both sit
 * at 2020, which is how ESCAP, Eurostat and Statistics Canada count years. A month or a day is
 * placed at the fraction of its year elapsed at the end of that month or day, so `"2020-12"` and
 * `"2020-12-31"` both give 2020 and `"2021-06-30"` gives about 2020.5. A period is placed at its end.
 *
 * @param value - A year, `YYYY-MM`, `YYYY-MM-DD` or a `{ start, end }` period.
 * @returns The decimal year.
 * @throws {@link CastPlanError} with code `INVALID_ARGUMENT` when the value is not a calendar value.
 *
 * @example
 * ```ts
 * import { toDecimalYear } from "cast-plan";
 * toDecimalYear(2020) // => 2020
 * toDecimalYear("2020-12-31") // => 2020
 * toDecimalYear({ start: 2018, end: 2020 }) // => 2020
 * ```
 *
 * @category Periods
 * @since 0.1.0
 */
export function toDecimalYear(value: CalendarPoint | Period): number {
  if (typeof value === "number") {
    if (!isCalendarPoint(value)) invalid("toDecimalYear", value);
    return value;
  }
  const { end } = toDayRange(value);
  const year = Number(end.slice(0, 4));
  const dayOfYear = dayNumber(end) - dayNumber(formatIsoDate(year, 1, 1)) + 1;
  const length = isLeap(year) ? 366 : 365;
  return dayOfYear === length ? year : year - 1 + dayOfYear / length;
}
