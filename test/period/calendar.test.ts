import { UTCDate } from "@date-fns/utc";
import { addDays, differenceInCalendarDays as dfDiff, formatISO, getISODay } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../src/index.js";
import {
  addCalendarDays,
  CastPlanError,
  differenceInCalendarDays,
  isCalendarPoint,
  toDayRange,
  toDecimalYear,
  weekdayOf,
} from "../../src/index.js";

// An independent oracle: date-fns computing in UTC (UTCDate), so the machine's zone cannot matter.
const utc = (iso: string) => new UTCDate(`${iso}T00:00:00Z`);
const isoOf = (d: Date) => formatISO(d, { representation: "date" });

const isoDate = fc
  .integer({ min: Date.UTC(1000, 0, 1) / 86_400_000, max: Date.UTC(9999, 11, 31) / 86_400_000 })
  .map((days) => new Date(days * 86_400_000).toISOString().slice(0, 10) as IsoDate);

describe("calendar helpers: hand-checked values", () => {
  it("toDayRange covers years, months, days and periods", () => {
    expect(toDayRange(2050)).toEqual({ start: "2050-01-01", end: "2050-12-31" });
    expect(toDayRange("2023-02")).toEqual({ start: "2023-02-01", end: "2023-02-28" });
    expect(toDayRange("2000-02")).toEqual({ start: "2000-02-01", end: "2000-02-29" });
    expect(toDayRange("1900-02")).toEqual({ start: "1900-02-01", end: "1900-02-28" });
    expect(toDayRange({ start: "2018-12-29", end: 2020 })).toEqual({
      start: "2018-12-29",
      end: "2020-12-31",
    });
  });

  it("rejects impossible values with a typed error", () => {
    for (const bad of ["2023-02-29", "2020-13", "2020-00-10", 2020.5, "2020", "20-01-01"]) {
      expect(() => toDayRange(bad as never)).toThrow(CastPlanError);
      expect(isCalendarPoint(bad)).toBe(false);
    }
  });

  it("weekdays: 2018-12-29 (outline release) was a Saturday, 2000-01-01 a Saturday, 1970-01-01 a Thursday", () => {
    expect(weekdayOf("2018-12-29")).toBe(6);
    expect(weekdayOf("2000-01-01")).toBe(6);
    expect(weekdayOf("1970-01-01")).toBe(4);
  });

  it("Pacific/Apia skipped 2011-12-30 in local time; calendar days here are zone-free", () => {
    expect(addCalendarDays("2011-12-29", 1)).toBe("2011-12-30");
    expect(differenceInCalendarDays("2011-12-29", "2011-12-31")).toBe(2);
  });

  it("decimal years", () => {
    expect(toDecimalYear(2035)).toBe(2035);
    expect(toDecimalYear("2020-12")).toBe(2020);
    expect(toDecimalYear("2021-07-02")).toBeCloseTo(2020 + 183 / 365, 12);
    expect(toDecimalYear({ start: 2016, end: "2020-12-31" })).toBe(2020);
  });
});

describe("calendar helpers: properties against date-fns in UTC", () => {
  it("addCalendarDays agrees with date-fns addDays", () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -20_000, max: 20_000 }), (date, n) => {
        const expected = addDays(utc(date), n);
        const year = expected.getUTCFullYear();
        if (year < 1000 || year > 9999) {
          // Outside the years the model allows: a typed error, never a malformed date string.
          expect(() => addCalendarDays(date, n)).toThrow(CastPlanError);
        } else {
          expect(addCalendarDays(date, n)).toBe(isoOf(expected));
        }
      }),
    );
  });

  it("differenceInCalendarDays agrees with date-fns and inverts addCalendarDays", () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(differenceInCalendarDays(a, b)).toBe(dfDiff(utc(b), utc(a)));
        expect(addCalendarDays(a, differenceInCalendarDays(a, b))).toBe(b);
      }),
    );
  });

  it("weekdayOf agrees with date-fns getISODay", () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        expect(weekdayOf(d)).toBe(getISODay(utc(d)));
      }),
    );
  });

  it("every generated day is a valid calendar point and covers itself", () => {
    fc.assert(
      fc.property(isoDate, (d) => {
        expect(toDayRange(d)).toEqual({ start: d, end: d });
      }),
    );
  });
});
