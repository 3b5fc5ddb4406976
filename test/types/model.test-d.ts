// Type tests: lock the public types inferred from the schemas, so a schema edit that changes a
// public type fails CI.
import { describe, expectTypeOf, it } from "vitest";
import type {
  CalendarPoint,
  Comparator,
  Indicator,
  Observation,
  PlanDocument,
  PlanItem,
  Target,
  ValidationIssue,
} from "../../src/index.js";
import type { PlanDocumentInput, SafeParseResult } from "../../src/schemas/index.js";
import { parsePlanDocument, safeParsePlanDocument } from "../../src/schemas/index.js";

describe("inferred model types", () => {
  it("calendar values are strings or integer years, never Date", () => {
    expectTypeOf<CalendarPoint>().toEqualTypeOf<string | number>();
    expectTypeOf<Date>().not.toExtend<CalendarPoint>();
  });

  it("comparators are a closed union", () => {
    expectTypeOf<Comparator>().toEqualTypeOf<">" | ">=" | "<" | "<=" | "=" | "band">();
  });

  it("Target", () => {
    expectTypeOf<Target>().toEqualTypeOf<{
      id: string;
      deadline: string | number;
      comparator: Comparator;
      value?: number | undefined;
      band?: { low: number; high: number } | undefined;
      dimensions?: Record<string, string> | undefined;
      label?: string | undefined;
      statedIn?: string | undefined;
      source?:
        | string
        | {
            title: string;
            url?: string | undefined;
            publisher?: string | undefined;
            date?: string | undefined;
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
      string | number | { start: string | number; end: string | number }
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
