// chinaWorkingCalendar against the State Council notices, checked day by day against chinese-days
// and, for the public holidays, against date-holidays (country CN).
import chineseDays from "chinese-days";
import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  CastPlanError,
  chinaWorkingCalendar,
  countWorkingDays,
  scheduleTasks,
} from "../../src/index.js";
import { CHINA_NOTICES } from "../../src/schedule/calendars/china.js";

const calendar = chinaWorkingCalendar();
const holidays = new Set(calendar.holidays);
const extras = new Set(calendar.extraWorkingDays);

/** Every `YYYY-MM-DD` of a year, via the library's own counting (no Date arithmetic in checks). */
function daysOf(year: number): string[] {
  const out: string[] = [];
  for (let m = 1; m <= 12; m++) {
    for (let d = 1; d <= 31; d++) {
      const iso = `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      const valid = (() => {
        try {
          countWorkingDays(iso, iso);
          return true;
        } catch {
          return false;
        }
      })();
      if (valid) out.push(iso);
    }
  }
  return out;
}

const isWorking = (iso: string): boolean => countWorkingDays(iso, iso, { calendar }) === 1;

describe("chinaWorkingCalendar", () => {
  it("done-when: 2024-02-01..2024-02-29, both ends included, has 18 working days", () => {
    // Counted by hand. February 2024 starts on a Thursday and has 29 days: 21 weekdays (Mon–Fri).
    // Spring Festival (国办发明电〔2023〕7号): 10–17 February off; its weekdays are Mon 12 … Fri 16,
    // 5 days, so 21 − 5 = 16. Sunday 4 and Sunday 18 February are worked (调休): 16 + 2 = 18.
    // countWorkingDays counts both ends (OpenProject's duration), so 1 and 29 February (both
    // working Thursdays) are in the 18.
    expect(countWorkingDays("2024-02-01", "2024-02-29", { calendar })).toBe(18);
    expect(
      countWorkingDays("2024-02-01", "2024-02-29", { calendar: chinaWorkingCalendar(2024, 2024) }),
    ).toBe(18);
  });

  it("agrees with chinese-days on every day of every covered year (2018–2026)", () => {
    // chinese-days 1.5.7 and our data (written from the notices' text) agree on all 3,287 days,
    // including the days one notice sets in the previous year: 2018-12-29 (Sat) worked and
    // 2018-12-31 (Mon) off (国办发明电〔2018〕15号), 2022-12-31..2023-01-02 off (〔2022〕16号),
    // and 2020-02-01 (Sat), first a working day, off after the extension (〔2020〕1号).
    const differences: string[] = [];
    for (let year = 2018; year <= 2026; year++) {
      for (const iso of daysOf(year)) {
        if (isWorking(iso) !== chineseDays.isWorkday(iso)) differences.push(iso);
      }
    }
    expect(differences).toEqual([]);
    expect(isWorking("2018-12-29")).toBe(true);
    expect(isWorking("2018-12-31")).toBe(false);
    expect(isWorking("2020-02-01")).toBe(false);
    expect(isWorking("2020-01-19")).toBe(true);
  });

  it("agrees with date-holidays (CN) on the holidays for all, and the disagreements are date-holidays'", () => {
    // date-holidays 3.37.0 marks as "public" days the notices do not give everyone off:
    // - 国际妇女节 (8 March), 青年节 (4 May), 六一儿童节 (1 June), 建军节 (1 August) are holidays
    //   for some citizens only (women: half a day; youth 14–28: half a day; children under 14;
    //   active servicemen), 部分公民放假的节日 in 全国年节及纪念日放假办法 art. 3; the notices
    //   arrange only the holidays for all citizens, so these are ordinary working days here.
    // - 2024-02-09 (除夕, a Friday): date-holidays applies the pre-2014 rule (除夕, 初一, 初二). The
    //   2024 notice (国办发明电〔2023〕7号) gives 2月10日至17日 off and only *encourages* employers
    //   to let staff rest on 除夕 (2月9日); 除夕 became a statutory day again only from 2025. The
    //   notice is right: 2024-02-09 was a working day.
    const hd = new Holidays("CN");
    const someCitizensOnly = new Set(["国际妇女节", "青年节", "六一儿童节", "建军节"]);
    const disagreements: string[] = [];
    for (let year = 2018; year <= 2026; year++) {
      for (const h of hd.getHolidays(year)) {
        if (h.type !== "public" || someCitizensOnly.has(h.name)) continue;
        const iso = h.date.slice(0, 10);
        if (isWorking(iso)) disagreements.push(`${iso} ${h.name}`);
      }
    }
    expect(disagreements).toEqual(["2024-02-09 春节"]);
  });

  it("ships each year with its source and provenance; holidays and working weekend days never overlap", () => {
    expect(CHINA_NOTICES.map((n) => n.year)).toEqual([
      2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    for (const notice of CHINA_NOTICES) {
      expect(notice.sources.length).toBeGreaterThan(0);
      for (const source of notice.sources) {
        expect(source.documentNumber).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
        expect(source.url).toMatch(/^https?:\/\/www\.gov\.cn\//);
        expect(source.title).toMatch(/^国务院办公厅关于/);
      }
      expect(notice.provenance).toMatch(/chinese-days/);
      for (const a of notice.arrangements) {
        for (const w of a.work) expect(countWorkingDays(w, w)).toBe(0); // a weekend day
      }
    }
    expect([...holidays].filter((d) => extras.has(d))).toEqual([]);
  });

  it("keeps the days of the years asked for, whichever notice set them", () => {
    const y2018 = chinaWorkingCalendar(2018, 2018);
    expect(y2018.extraWorkingDays).toContain("2018-12-29"); // from the 2019 notice
    expect(y2018.holidays).toContain("2018-12-31");
    expect(y2018.holidays?.every((d) => d.startsWith("2018-"))).toBe(true);
    expect(chinaWorkingCalendar(2023, 2023).holidays?.[0]).toBe("2023-01-01");
  });

  it("drives addWorkingDays and scheduleTasks through { calendar }", () => {
    // 5 working days from Thu 2024-02-08: 8, 9, (10–17 off), 18 (Sun, worked), 19, 20.
    expect(addWorkingDays("2024-02-08", 5, { calendar })).toBe("2024-02-20");
    const r = scheduleTasks([{ id: "A", duration: 5 }], [], { start: "2024-02-08", calendar });
    expect(r.tasks[0]?.finish).toBe("2024-02-20");
  });

  it("throws INVALID_ARGUMENT outside the covered years rather than guess", () => {
    const pathOf = (f: () => unknown): unknown => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(CastPlanError);
        expect((e as CastPlanError).code).toBe("INVALID_ARGUMENT");
        return (e as CastPlanError).issues[0]?.path;
      }
      return "no error";
    };
    expect(pathOf(() => chinaWorkingCalendar(2017))).toEqual(["fromYear"]);
    expect(pathOf(() => chinaWorkingCalendar(2018, 2027))).toEqual(["toYear"]);
    expect(pathOf(() => chinaWorkingCalendar(2020.5))).toEqual(["fromYear"]);
    expect(pathOf(() => chinaWorkingCalendar(2024, 2023))).toEqual(["toYear"]);
  });
});
