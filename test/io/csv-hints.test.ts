// Issue 15, point 6: CSV written with another separator or with decimal commas gets a hint.
import { describe, expect, it } from "vitest";
import { CastPlanError, parseObservationsCsv } from "../../src/index.js";

function issuesOf(text: string) {
  try {
    parseObservationsCsv(text);
  } catch (e) {
    if (e instanceof CastPlanError) return e.issues.map((i) => [i.path.join("."), i.message]);
    throw e;
  }
  throw new Error("expected the CSV to be refused");
}

describe("CSV hints", () => {
  it("a ';'-separated file: one hint about the separator", () => {
    expect(issuesOf("indicatorId;period;value;status\nind.a;2020;1,5;final\n")).toEqual([
      [
        "header",
        "one column 'indicatorId;period;value;status': the separator looks like ';'; use commas (and decimal points: 1.5)",
      ],
    ]);
  });

  it("a tab-separated file: one hint about the separator", () => {
    expect(issuesOf("indicatorId\tperiod\tvalue\tstatus\nind.a\t2020\t1.5\tfinal\n")).toEqual([
      [
        "header",
        "one column 'indicatorId\tperiod\tvalue\tstatus': the separator looks like a tab; use commas (and decimal points: 1.5)",
      ],
    ]);
  });

  it("a quoted decimal comma gets the decimal hint", () => {
    expect(issuesOf('indicatorId,period,value,status\nind.a,2020,"1,5",final\n')).toEqual([
      ["rows.0.value", "'1,5' has a decimal comma: write 1.5"],
    ]);
  });

  it("an unquoted decimal comma splits the field: the row count error says why", () => {
    expect(issuesOf("indicatorId,period,value,status\nind.a,2020,1,5,final\n")).toEqual([
      ["rows.0", "expected 4 fields, found 5 ('1,5' has a decimal comma? write 1.5)"],
    ]);
  });
});
