// Run again under several TZ values by scripts/verify.mjs: these results must not depend on the
// machine's time zone. Expected values are fixed literals checked by hand.
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  differenceInCalendarDays,
  toDayRange,
  toDecimalYear,
  weekdayOf,
} from "../../src/index.js";

describe(`calendar under TZ=${process.env.TZ ?? "(unset)"}`, () => {
  it("gives the same days in every zone", () => {
    expect(addCalendarDays("2011-12-29", 1)).toBe("2011-12-30");
    expect(addCalendarDays("2024-03-09", 2)).toBe("2024-03-11");
    expect(differenceInCalendarDays("2018-01-01", "2050-12-31")).toBe(12_052);
    expect(weekdayOf("2024-10-06")).toBe(7);
    expect(toDayRange("2024-02")).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(toDecimalYear("2021-07-02")).toBeCloseTo(2020.5014, 4);
  });
});
