import { dayNumber, isoFromDayNumber } from "../dates/dayNumbers.js";
import { CHINA_FIRST_YEAR, CHINA_LAST_YEAR, CHINA_NOTICES } from "./calendars/china.js";
import type { WorkingCalendarOptions } from "./WorkingCalendarOptions.js";
import { invalidArgument } from "./workdays/calendar.js";

/**
 * China's official working calendar for the years `fromYear`–`toYear`: Saturday and Sunday off,
 * the public holidays of the State Council General Office's annual notices off, and the weekend
 * days those notices make working days (调休) worked.
 *
 * @remarks
 * Pass it as `{ calendar }` to {@link countWorkingDays}, {@link addWorkingDays},
 * {@link subtractWorkingDays}, {@link computeSuccessorStart} or {@link scheduleTasks}. Covered: the
 * notices for 2018 to 2026 (国务院办公厅关于…部分节假日安排的通知, e.g. 国办发明电〔2023〕7号 for
 * 2024), with the 2019 Labour Day amendment (国办发明电〔2019〕3号) and the 2020 Spring Festival
 * extension (国办发明电〔2020〕1号). The result holds the days that fall in the years asked for,
 * whichever notice set them (the 2019 notice makes 2018-12-29 a working Saturday). Days outside
 * the years asked for are plain Monday–Friday in the calculations; the last covered year's late
 * December may still be changed by the next year's notice. Sources and provenance:
 * docs/guides/scheduling.md, "China's working calendar".
 *
 * @param fromYear - The first year, 2018 or later; default 2018.
 * @param toYear - The last year, at most 2026 and not before `fromYear`; default 2026.
 * @returns The calendar: `weekendDays` `[6, 7]`, `holidays` and `extraWorkingDays`, sorted `YYYY-MM-DD`.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` (path `["fromYear"]` or `["toYear"]`) for a
 *   year that is not an integer, lies outside 2018–2026, or (`toYear`) is before `fromYear`.
 *
 * @example
 * ```ts
 * import { chinaWorkingCalendar, countWorkingDays } from "cast-plan";
 * const calendar = chinaWorkingCalendar(2024, 2024);
 * countWorkingDays("2024-02-01", "2024-02-29", { calendar }) // => 18
 * calendar.extraWorkingDays?.includes("2024-02-04") // => true
 * ```
 *
 * @category Scheduling
 * @since 0.2.0
 */
export function chinaWorkingCalendar(
  fromYear: number = CHINA_FIRST_YEAR,
  toYear: number = CHINA_LAST_YEAR,
): WorkingCalendarOptions {
  const fn = "chinaWorkingCalendar";
  requireCoveredYear(fn, fromYear, "fromYear");
  requireCoveredYear(fn, toYear, "toYear");
  if (toYear < fromYear) {
    invalidArgument(fn, ["toYear"], "order", `toYear ${toYear} is before fromYear ${fromYear}`);
  }
  const first = dayNumber(`${fromYear}-01-01`);
  const last = dayNumber(`${toYear}-12-31`);
  const holidays: string[] = [];
  const extraWorkingDays: string[] = [];
  // A notice for year y may reach back into December of y − 1, never further.
  for (const notice of CHINA_NOTICES) {
    if (notice.year < fromYear || notice.year > toYear + 1) continue;
    for (const arrangement of notice.arrangements) {
      const end = dayNumber(arrangement.off[1]);
      for (let day = dayNumber(arrangement.off[0]); day <= end; day++) {
        if (day >= first && day <= last) holidays.push(isoFromDayNumber(day));
      }
      for (const work of arrangement.work) {
        const day = dayNumber(work);
        if (day >= first && day <= last) extraWorkingDays.push(work);
      }
    }
  }
  return {
    weekendDays: [6, 7],
    holidays: holidays.sort(),
    extraWorkingDays: extraWorkingDays.sort(),
  };
}

/** Throws INVALID_ARGUMENT unless `year` is an integer within the covered years. */
function requireCoveredYear(fn: string, year: number, key: "fromYear" | "toYear"): void {
  if (!Number.isInteger(year) || year < CHINA_FIRST_YEAR || year > CHINA_LAST_YEAR) {
    invalidArgument(
      fn,
      [key],
      "covered-year",
      `${key} ${String(year)} is outside the covered years ${CHINA_FIRST_YEAR}–${CHINA_LAST_YEAR} (no notice is bundled for it)`,
    );
  }
}
