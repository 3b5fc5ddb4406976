// Working-day calendar on integer day numbers (days since 1970-01-01), private to src/schedule.
// Offsets count working days from an origin day: offset k is the k-th working day on or after the
// origin (k = 0 is the first); negative offsets are working days before the origin.

import { dayNumber, isoWeekday, parseIsoDate } from "../../dates/dayNumbers.js";
import { CastPlanError } from "../../errors/CastPlanError.js";

/** Calendar settings accepted by the schedule functions (validated by {@link buildCalendar}). */
export interface CalendarSettings {
  readonly weekendDays?: readonly number[] | undefined;
  readonly holidays?: readonly string[] | undefined;
  readonly extraWorkingDays?: readonly string[] | undefined;
}

/** A working-day lookup anchored at an origin day; grows its tables lazily. */
export interface WorkCalendar {
  /** Day number of the origin. */
  readonly origin: number;
  /** Whether a day number is a working day. */
  isWorking(day: number): boolean;
  /** Day number of working-day offset `k`. */
  dayOf(k: number): number;
  /** Number of working days in `[origin, day)`; minus the number in `[day, origin)` before it. */
  offsetOf(day: number): number;
}

/** Throws INVALID_ARGUMENT unless `value` is a valid `YYYY-MM-DD`; returns its day number. */
export function requireIsoDay(fn: string, value: unknown, path: (string | number)[]): number {
  if (typeof value !== "string" || !parseIsoDate(value)) {
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      `${fn}: ${JSON.stringify(value)} is not a valid YYYY-MM-DD date`,
      [
        {
          path,
          rule: "iso-date",
          message: `${JSON.stringify(value)} is not a valid YYYY-MM-DD date`,
        },
      ],
    );
  }
  return dayNumber(value);
}

/** Throws INVALID_ARGUMENT with one issue. */
export function invalidArgument(
  fn: string,
  path: (string | number)[],
  rule: string,
  message: string,
): never {
  throw new CastPlanError("INVALID_ARGUMENT", `${fn}: ${message}`, [{ path, rule, message }]);
}

/**
 * Checks the options object of a working-day function: an object (or nothing), not a calendar
 * passed in its place (the 0.1 shape of countWorkingDays and computeSuccessorStart).
 */
export function readWorkingDayOptions(
  fn: string,
  options: { readonly calendar?: CalendarSettings | undefined } | undefined,
): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null) {
    invalidArgument(fn, ["options"], "options", "options must be an object such as { calendar }");
  }
  for (const key of ["weekendDays", "holidays", "extraWorkingDays"]) {
    if (key in options) {
      invalidArgument(
        fn,
        ["options", key],
        "calendar-in-options",
        `'${key}' belongs to the calendar: pass { calendar: { ${key}, … } } (changed in 0.2.0)`,
      );
    }
  }
}

/** Validates calendar settings and builds a lookup anchored at `origin`. */
export function buildCalendar(
  fn: string,
  origin: number,
  settings: CalendarSettings = {},
): WorkCalendar {
  const weekend = readWeekend(fn, settings.weekendDays ?? [6, 7]);
  const holidays = readDaySet(fn, settings.holidays, "holidays");
  const extras = readDaySet(fn, settings.extraWorkingDays, "extraWorkingDays");
  const isWorking = (day: number): boolean => {
    if (extras.has(day)) return true;
    if (holidays.has(day)) return false;
    return weekend[isoWeekday(day)] === 0;
  };
  return createWorkdayLookup(origin, isWorking);
}

/** Checks the weekend days (ISO weekdays, not all seven); returns a flag per ISO weekday. */
function readWeekend(fn: string, weekendDays: readonly number[]): Uint8Array {
  const weekend = new Uint8Array(8);
  weekendDays.forEach((w, i) => {
    if (!Number.isInteger(w) || w < 1 || w > 7) {
      invalidArgument(
        fn,
        ["calendar", "weekendDays", i],
        "iso-weekday",
        `weekend day ${String(w)} is not an ISO weekday 1–7`,
      );
    }
    weekend[w] = 1;
  });
  if (weekendDays.length > 0 && new Set(weekendDays).size >= 7) {
    invalidArgument(
      fn,
      ["calendar", "weekendDays"],
      "working-week",
      "every weekday is a weekend day",
    );
  }
  return weekend;
}

/** Checks a list of `YYYY-MM-DD` dates of the calendar settings; returns their day numbers. */
function readDaySet(
  fn: string,
  days: readonly string[] | undefined,
  key: "holidays" | "extraWorkingDays",
): Set<number> {
  const set = new Set<number>();
  (days ?? []).forEach((h, i) => {
    set.add(requireIsoDay(fn, h, ["calendar", key, i]));
  });
  return set;
}

/**
 * The working-day lookup around `origin`: tables of the working days after and before it, grown
 * one working day at a time as offsets or days further out are asked for.
 */
function createWorkdayLookup(origin: number, isWorking: (day: number) => boolean): WorkCalendar {
  // forward[k] = day of offset k; backward[j] = day of offset -(j + 1).
  const forward: number[] = [];
  const backward: number[] = [];
  let nextForward = origin;
  let nextBackward = origin - 1;
  const growForward = (): void => {
    while (!isWorking(nextForward)) nextForward++;
    forward.push(nextForward);
    nextForward++;
  };
  const growBackward = (): void => {
    while (!isWorking(nextBackward)) nextBackward--;
    backward.push(nextBackward);
    nextBackward--;
  };
  const dayOf = (k: number): number => {
    if (k >= 0) {
      while (forward.length <= k) growForward();
      return forward[k] as number;
    }
    const j = -k - 1;
    while (backward.length <= j) growBackward();
    return backward[j] as number;
  };
  const offsetOf = (day: number): number => {
    if (day >= origin) {
      if (forward.length === 0) growForward();
      while ((forward[forward.length - 1] as number) < day) growForward();
      return firstIndexAtOrAfter(forward, day);
    }
    if (backward.length === 0) growBackward();
    while ((backward[backward.length - 1] as number) >= day) growBackward();
    // the count of working days in [day, origin) is the first index whose day < `day`
    return -firstIndexBefore(backward, day);
  };
  return { origin, isWorking, dayOf, offsetOf };
}

/** In ascending `days` whose last entry is ≥ `day`: the first index whose day is ≥ `day`. */
function firstIndexAtOrAfter(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** In descending `days` whose last entry is < `day`: the first index whose day is < `day`. */
function firstIndexBefore(days: readonly number[], day: number): number {
  let lo = 0;
  let hi = days.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((days[mid] as number) >= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Checks that a duration is a non-negative whole number of days (path `["duration"]`). */
export function requireDuration(fn: string, duration: number): void {
  if (!Number.isInteger(duration) || duration < 0) {
    invalidArgument(
      fn,
      ["duration"],
      "non-negative-integer",
      `duration ${duration} is not a non-negative integer`,
    );
  }
}
