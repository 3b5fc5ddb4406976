// Type tests: lock the public types inferred from the schemas, so a schema edit that changes a
// public type fails CI.
import { describe, expectTypeOf, it } from "vitest";
import {
  assessIndicator,
  buildProgressReport,
  type CalendarPoint,
  type Comparator,
  type EscapCategory,
  type Indicator,
  isCalendarPoint,
  type Observation,
  type PlanDocument,
  type PlanItem,
  type ProgressReport,
  type ProgressWarningCode,
  type ProjectionKind,
  type ReportWarningCode,
  type Target,
  type TargetYearForecast,
  type ValidationIssue,
} from "../../src/index.js";
import type { PlanDocumentInput, SafeParseResult } from "../../src/schemas/index.js";
import { parsePlanDocument, safeParsePlanDocument } from "../../src/schemas/index.js";

describe("inferred model types", () => {
  it("calendar values are YYYY-MM or YYYY-MM-DD strings or integer years, never Date", () => {
    expectTypeOf<CalendarPoint>().toEqualTypeOf<
      number | `${number}-${number}` | `${number}-${number}-${number}`
    >();
    expectTypeOf<Date>().not.toExtend<CalendarPoint>();
    // A year is a number: the string "2025" is a compile-time error, not a run-time surprise.
    expectTypeOf<"2025">().not.toExtend<CalendarPoint>();
    expectTypeOf<"June 2020">().not.toExtend<CalendarPoint>();
    expectTypeOf<"2025-06">().toExtend<CalendarPoint>();
    expectTypeOf<"2025-06-30">().toExtend<CalendarPoint>();
    expectTypeOf<2025>().toExtend<CalendarPoint>();
  });

  it('asOf: "2025" does not compile where a calendar value is expected', () => {
    const indicator = {} as Indicator;
    // @ts-expect-error a year is the number 2025
    assessIndicator(indicator, [], { asOf: "2025" });
    // @ts-expect-error a plain string must be checked first (isCalendarPoint narrows it)
    buildProgressReport({} as PlanDocument, { asOf: "2025-06" as string });
    const input: string = "2025-06";
    if (isCalendarPoint(input)) expectTypeOf(input).toExtend<CalendarPoint>();
  });

  it("comparators are a closed union", () => {
    expectTypeOf<Comparator>().toEqualTypeOf<">" | ">=" | "<" | "<=" | "=" | "band">();
  });

  it("Target", () => {
    expectTypeOf<Target>().toEqualTypeOf<{
      id: string;
      deadline: CalendarPoint;
      comparator: Comparator;
      value?: number | undefined;
      band?: { low: number; high: number } | undefined;
      dimensions?: Record<string, string> | undefined;
      label?: { en: string; zh?: string | undefined } | undefined;
      statedIn?: string | undefined;
      source?:
        | string
        | {
            title: string;
            url?: string | undefined;
            publisher?: string | undefined;
            date?: `${number}-${number}-${number}` | undefined;
            locator?: string | undefined;
            note?: string | undefined;
          }
        | undefined;
      quote?: string | undefined;
      note?: string | undefined;
    }>();
  });

  it("Indicator: defaulted lists are always present after parsing", () => {
    expectTypeOf<Indicator["targets"]>().toEqualTypeOf<Target[]>();
    expectTypeOf<Indicator["measures"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Indicator["direction"]>().toEqualTypeOf<"increase" | "decrease" | "band">();
    expectTypeOf<Indicator["aggregation"]>().toEqualTypeOf<
      "sum" | "mean" | "latest" | "ratio" | "none"
    >();
    expectTypeOf<Indicator["measure"]>().toEqualTypeOf<
      "unit" | "percentage" | "count" | "ordinal" | "qualitative" | "milestone"
    >();
  });

  it("Observation", () => {
    expectTypeOf<Observation["period"]>().toEqualTypeOf<
      CalendarPoint | { start: CalendarPoint; end: CalendarPoint }
    >();
    expectTypeOf<Observation["status"]>().toEqualTypeOf<"final" | "provisional" | "estimated">();
    expectTypeOf<Observation["value"]>().toEqualTypeOf<number | undefined>();
  });

  it("PlanItem is recursive and PlanDocument lists are present after parsing", () => {
    expectTypeOf<PlanItem["children"]>().toEqualTypeOf<PlanItem[]>();
    expectTypeOf<PlanDocument["observations"]>().toEqualTypeOf<Observation[]>();
    // In input, defaulted lists may be left out.
    expectTypeOf<undefined>().toExtend<PlanDocumentInput["observations"]>();
  });

  it("parsers", () => {
    expectTypeOf(parsePlanDocument).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parsePlanDocument).returns.toEqualTypeOf<PlanDocument>();
    expectTypeOf(safeParsePlanDocument).returns.toEqualTypeOf<SafeParseResult<PlanDocument>>();
    expectTypeOf<ValidationIssue["path"]>().toEqualTypeOf<readonly (string | number)[]>();
  });

  it("misuse is a type error", () => {
    // @ts-expect-error: schemaVersion is the literal 1
    const bad: PlanDocumentInput = { schemaVersion: 2, plans: [] };
    void bad;
  });
});

describe("the report's JSON names every value the progress functions can give", () => {
  type Row = ProgressReport["indicators"][number];
  type TargetRow = Row["targets"][number];
  it("warning codes, ESCAP categories, projections and forecast outcomes", () => {
    expectTypeOf<Row["warnings"][number]["code"]>().toEqualTypeOf<
      ProgressWarningCode | ReportWarningCode
    >();
    expectTypeOf<NonNullable<TargetRow["escapCategory"]>>().toEqualTypeOf<EscapCategory>();
    expectTypeOf<NonNullable<TargetRow["projection"]>["kind"]>().toEqualTypeOf<ProjectionKind>();
    expectTypeOf<NonNullable<TargetRow["forecast"]>["outcome"]>().toEqualTypeOf<
      TargetYearForecast["outcome"]
    >();
    expectTypeOf<ProgressReport["method"]["projection"]>().toEqualTypeOf<ProjectionKind>();
  });
});
