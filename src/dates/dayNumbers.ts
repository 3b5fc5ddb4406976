// Zone-free calendar arithmetic on ISO strings via integer day numbers.
// days_from_civil / civil_from_days: Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms",
// https://howardhinnant.github.io/date_algorithms.html — exact for the proleptic Gregorian calendar.

/** Whether `year` is a Gregorian leap year. */
export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1-12) of `year`. */
export function monthLength(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a civil date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date `[year, month, day]` of a day number. */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/** Parses `YYYY-MM-DD` (years 1000–9999); `undefined` when malformed or not a real day (2023-02-29). */
export function parseIsoDate(value: string): [number, number, number] | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1000) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo)) return undefined;
  return [y, mo, d];
}

/** Parses `YYYY-MM`; `undefined` when malformed. */
export function parseYearMonth(value: string): [number, number] | undefined {
  const m = YEAR_MONTH.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (y < 1000 || mo < 1 || mo > 12) return undefined;
  return [y, mo];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Formats a civil date as `YYYY-MM-DD`. */
export function formatIsoDate(
  year: number,
  month: number,
  day: number,
): `${number}-${number}-${number}` {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as `${number}-${number}-${number}`;
}

/** Day number of a valid ISO date string (caller guarantees validity). */
export function dayNumber(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** ISO date string of a day number. */
export function isoFromDayNumber(days: number): `${number}-${number}-${number}` {
  const [y, m, d] = civilFromDays(days);
  return formatIsoDate(y, m, d);
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}
