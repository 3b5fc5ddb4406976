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

/** Validates calendar settings and builds a lookup anchored at `origin`. */
export function buildCalendar(
  fn: string,
  origin: number,
  settings: CalendarSettings = {},
): WorkCalendar {
  const weekend = new Uint8Array(8);
  const weekendDays = settings.weekendDays ?? [6, 7];
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
  const holidays = new Set<number>();
  (settings.holidays ?? []).forEach((h, i) => {
    holidays.add(requireIsoDay(fn, h, ["calendar", "holidays", i]));
  });
  const extras = new Set<number>();
  (settings.extraWorkingDays ?? []).forEach((h, i) => {
    extras.add(requireIsoDay(fn, h, ["calendar", "extraWorkingDays", i]));
  });
  const isWorking = (day: number): boolean => {
    if (extras.has(day)) return true;
    if (holidays.has(day)) return false;
    return weekend[isoWeekday(day)] === 0;
  };
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
      let lo = 0;
      let hi = forward.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((forward[mid] as number) < day) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    }
    if (backward.length === 0) growBackward();
    while ((backward[backward.length - 1] as number) >= day) growBackward();
    let lo = 0;
    let hi = backward.length - 1;
    // first index whose day < `day`; the count of working days in [day, origin) is that index
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((backward[mid] as number) >= day) lo = mid + 1;
      else hi = mid;
    }
    return -lo;
  };
  return { origin, isWorking, dayOf, offsetOf };
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
