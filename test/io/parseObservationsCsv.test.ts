import { describe, expect, it } from "vitest";
import { CastPlanError, parseObservationsCsv } from "../../src/index.js";
import { parseObservationsFile } from "../../src/schemas/index.js";

describe("parseObservationsCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF, and a BOM", () => {
    const csv =
      '\uFEFFindicatorId,period,value,status,note\r\nind.a,2020,10.56,final,"survey, 10th round"\r\nind.a,2022-06,12.93,provisional,"said ""final"" later\nsecond line"\r\n';
    expect(parseObservationsCsv(csv)).toEqual([
      {
        indicatorId: "ind.a",
        period: 2020,
        value: 10.56,
        status: "final",
        note: "survey, 10th round",
      },
      {
        indicatorId: "ind.a",
        period: "2022-06",
        value: 12.93,
        status: "provisional",
        note: 'said "final" later\nsecond line',
      },
    ]);
  });

  it("reads ranges, ratios, units and dimensions; empty cells are absent", () => {
    const csv =
      "indicatorId,period,numerator,denominator,status,unitId,dim.area\nind.r,2020-01-01/2020-06-30,3,4,final,u.1,rural\nind.r,2021,,,final,,\n";
    const rows = parseObservationsCsv(csv);
    expect(rows[0]).toEqual({
      indicatorId: "ind.r",
      period: { start: "2020-01-01", end: "2020-06-30" },
      numerator: 3,
      denominator: 4,
      status: "final",
      unitId: "u.1",
      dimensions: { area: "rural" },
    });
    expect(rows[1]).toEqual({ indicatorId: "ind.r", period: 2021, status: "final" });
    // The second row has no value: the model, not the CSV reader, rejects it, naming the path.
    expect(() => parseObservationsFile({ schemaVersion: 1, observations: rows })).toThrow(
      "$.observations[1].value",
    );
  });

  it("refuses locale numbers and percent signs instead of guessing, naming every bad cell", () => {
    const csv =
      'indicatorId,period,value,status\nind.a,2020,"1,234",final\nind.a,2021,12%,final\nind.a,2022,NaN,final\n';
    try {
      parseObservationsCsv(csv);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CastPlanError);
      expect((error as CastPlanError).code).toBe("PARSE_ERROR");
      expect((error as CastPlanError).issues.map((i) => i.path)).toEqual([
        ["rows", 0, "value"],
        ["rows", 1, "value"],
        ["rows", 2, "value"],
      ]);
    }
  });

  it("rejects unknown, duplicate and missing columns, ragged rows and unclosed quotes", () => {
    expect(() => parseObservationsCsv("indicatorId,period,vaule,status\n")).toThrow(
      /unknown column 'vaule'/,
    );
    expect(() => parseObservationsCsv("indicatorId,period,value,value,status\n")).toThrow(
      /appears twice/,
    );
    expect(() => parseObservationsCsv("indicatorId,value\n")).toThrow(/missing column 'period'/);
    expect(() => parseObservationsCsv("indicatorId,period,value,status\nind.a,2020,1\n")).toThrow(
      /expected 4 fields, found 3/,
    );
    expect(() =>
      parseObservationsCsv('indicatorId,period,value,status\nind.a,"2020,1,final\n'),
    ).toThrow(/not closed/);
    expect(() => parseObservationsCsv("")).toThrow(/no header/);
  });

  it("handles a header-only file and a missing final newline", () => {
    expect(parseObservationsCsv("indicatorId,period,value,status")).toEqual([]);
    expect(
      parseObservationsCsv("indicatorId,period,value,status\nind.a,2020,1,final"),
    ).toHaveLength(1);
  });
});
