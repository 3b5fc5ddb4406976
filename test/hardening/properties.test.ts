// Property-based fuzz tests of the model: generated VALID documents parse, deterministically and
// idempotently, without touching their input; each single corruption is reported at its path with
// its rule; arbitrary JSON never makes the parsers throw; the calendar helpers keep their laws.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addCalendarDays,
  CastPlanError,
  differenceInCalendarDays,
  toDayRange,
  toDecimalYear,
  weekdayOf,
} from "../../src/index.js";
import {
  CalendarPointSchema,
  IndicatorSchema,
  IsoDateSchema,
  ObservationSchema,
  ObservationsFileSchema,
  PeriodSchema,
  PlanDocumentSchema,
  parseObservationsFile,
  parsePlanDocument,
  safeParsePlanDocument,
  toValidationIssues,
  YearMonthSchema,
} from "../../src/schemas/index.js";
import {
  arbCalendarPoint,
  arbIndicator,
  arbIsoDate,
  arbObservations,
  arbPeriod,
  arbPlanDocument,
  arbYear,
  arbYearMonth,
  CORRUPTIONS,
  dayIndex,
  FIRST_DAY,
  firstDayOf,
  isoOfDayIndex,
  LAST_DAY,
  lastDayOf,
  observationKey,
} from "../fixtures/arbitraries.js";
import { deepFreeze } from "../fixtures/freeze.js";

const DOC_RUNS = { numRuns: 100 };

describe("the arbitraries keep their promises", () => {
  it("calendar values are valid, 1900-2100, and periods start no later than they end", () => {
    fc.assert(
      fc.property(
        arbIsoDate,
        arbYearMonth,
        arbCalendarPoint,
        arbPeriod,
        (day, month, point, period) => {
          expect(IsoDateSchema.safeParse(day).success).toBe(true);
          expect(day >= "1900-01-01" && day <= "2100-12-31").toBe(true);
          expect(YearMonthSchema.safeParse(month).success).toBe(true);
          expect(CalendarPointSchema.safeParse(point).success).toBe(true);
          expect(PeriodSchema.safeParse(period).success).toBe(true);
          expect(isoOfDayIndex(dayIndex(day))).toBe(day);
        },
      ),
    );
  });

  it("indicators and their observations are valid entities, observations unique by key", () => {
    fc.assert(
      fc.property(
        fc
          .tuple(arbIndicator({ id: "ind.a" }), arbIndicator({ id: "ind.b" }))
          .chain((inds) => fc.tuple(fc.constant(inds), arbObservations(inds))),
        ([indicators, observations]) => {
          for (const ind of indicators) expect(IndicatorSchema.safeParse(ind).success).toBe(true);
          for (const o of observations) expect(ObservationSchema.safeParse(o).success).toBe(true);
          expect(new Set(observations.map(observationKey)).size).toBe(observations.length);
        },
      ),
    );
  });
});

describe("valid generated documents", () => {
  it("parse without throwing, leave the frozen input untouched, and parse deterministically", () => {
    fc.assert(
      fc.property(arbPlanDocument(), (generated) => {
        const snapshot = JSON.stringify(generated);
        const input = deepFreeze(generated);
        const result = safeParsePlanDocument(input);
        if (!result.success) expect(result.issues).toEqual([]);
        const first = parsePlanDocument(input);
        const second = parsePlanDocument(input);
        expect(second).toEqual(first);
        expect(JSON.stringify(input)).toBe(snapshot);
        // Values, ids and calendar strings come back exactly: no coercion, no rounding.
        expect(first.observations.map((o) => [o.indicatorId, o.period, o.value])).toEqual(
          (generated.observations ?? []).map((o) => [o.indicatorId, o.period, o.value]),
        );
        expect(first.plans.map((p) => p.period)).toEqual(generated.plans.map((p) => p.period));
      }),
      DOC_RUNS,
    );
  });

  it("are idempotent: parsing the JSON round trip of the parsed output gives it back", () => {
    fc.assert(
      fc.property(arbPlanDocument(), (generated) => {
        const parsed = parsePlanDocument(deepFreeze(generated));
        const again = parsePlanDocument(JSON.parse(JSON.stringify(parsed)));
        expect(again).toEqual(parsed);
      }),
      DOC_RUNS,
    );
  });
});

describe("observations files checked against a generated document", () => {
  it("the document's own observations are accepted; a dangling indicator id is reported at its path", () => {
    fc.assert(
      fc.property(arbPlanDocument(), fc.nat(), (generated, pick) => {
        const document = deepFreeze(parsePlanDocument(deepFreeze(generated)));
        // Observations keep their links to the document's sources (bug 7, fixed).
        const observations = generated.observations ?? [];
        const file = parseObservationsFile(
          deepFreeze({ schemaVersion: 1, observations }),
          document,
        );
        expect(file.observations).toEqual(document.observations);
        if (observations.length === 0) return;
        const i = pick % observations.length;
        const broken = observations.map((o, k) =>
          k === i ? { ...o, indicatorId: "zz-missing-indicator" } : o,
        );
        let thrown: unknown;
        try {
          parseObservationsFile(deepFreeze({ schemaVersion: 1, observations: broken }), document);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(CastPlanError);
        expect((thrown as CastPlanError).code).toBe("INVALID_INPUT");
        expect((thrown as CastPlanError).issues).toContainEqual(
          expect.objectContaining({ path: ["observations", i, "indicatorId"], rule: "reference" }),
        );
      }),
      { numRuns: 50 },
    );
  });
});

describe("corrupted documents", () => {
  it.each(CORRUPTIONS.map((c) => [c.name, c] as const))(
    "%s: reported with its rule at its path; parsePlanDocument throws INVALID_INPUT",
    (_name, corruption) => {
      fc.assert(
        fc.property(arbPlanDocument(), fc.nat(), (document, pick) => {
          const { input, path } = corruption.apply(deepFreeze(document), pick);
          const frozen = deepFreeze(input);
          const result = safeParsePlanDocument(frozen);
          expect(result.success).toBe(false);
          const expected = { path, rule: corruption.rule };
          if (!result.success) {
            expect(result.issues.map((i) => ({ path: i.path, rule: i.rule }))).toContainEqual(
              expected,
            );
            // Exactly one rule is broken: no issue of any other rule (bar stated consequences).
            const allowed = [corruption.rule, ...(corruption.consequences ?? [])];
            for (const issue of result.issues) expect(allowed).toContain(issue.rule);
          }
          let thrown: unknown;
          try {
            parsePlanDocument(frozen);
          } catch (error) {
            thrown = error;
          }
          expect(thrown).toBeInstanceOf(CastPlanError);
          const error = thrown as CastPlanError;
          expect(error.code).toBe("INVALID_INPUT");
          expect(error.issues.map((i) => ({ path: i.path, rule: i.rule }))).toContainEqual(
            expected,
          );
        }),
        { numRuns: 15 },
      );
    },
  );
});

/** Whether every path element of every issue is a string or a number. */
function pathsArePlain(issues: readonly { path: readonly unknown[] }[]): boolean {
  return issues.every((i) =>
    i.path.every((k) => typeof k === "string" || (typeof k === "number" && Number.isInteger(k))),
  );
}

describe("arbitrary input never makes the parsers throw", () => {
  const anything = fc.anything({
    maxDepth: 4,
    maxKeys: 5,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
  });
  const shaped = fc.record({
    schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
    plans: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 2 }),
    observations: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
  });

  it("safeParsePlanDocument returns a result for fc.jsonValue, fc.anything and near-documents", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), anything, shaped), (input) => {
        const result = safeParsePlanDocument(input);
        expect(typeof result.success).toBe("boolean");
        if (!result.success) {
          expect(result.issues.length).toBeGreaterThan(0);
          expect(pathsArePlain(result.issues)).toBe(true);
        }
      }),
    );
  });

  it("parseObservationsFile throws nothing but CastPlanError INVALID_INPUT", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 4 }), anything, shaped), (input) => {
        try {
          parseObservationsFile(input);
        } catch (error) {
          expect(error).toBeInstanceOf(CastPlanError);
          expect((error as CastPlanError).code).toBe("INVALID_INPUT");
          expect(pathsArePlain((error as CastPlanError).issues)).toBe(true);
        }
      }),
    );
  });

  it("toValidationIssues gives paths of strings and numbers only", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 3 }), anything, shaped), (input) => {
        for (const schema of [PlanDocumentSchema, ObservationsFileSchema, IsoDateSchema]) {
          const result = schema.safeParse(input);
          if (!result.success) {
            const issues = toValidationIssues(result.error);
            expect(issues.length).toBeGreaterThan(0);
            expect(pathsArePlain(issues)).toBe(true);
          }
        }
      }),
    );
  });
});

describe("calendar helpers", () => {
  it("toDayRange of a period starts no later than it ends, at the period's first and last day", () => {
    fc.assert(
      fc.property(arbPeriod, (period) => {
        const range = toDayRange(period);
        expect(range.start <= range.end).toBe(true);
        expect(range).toEqual({ start: firstDayOf(period.start), end: lastDayOf(period.end) });
        expect(toDayRange(period)).toEqual(range);
      }),
    );
  });

  it("toDayRange of a year or month covers exactly its days", () => {
    fc.assert(
      fc.property(fc.oneof(arbYear, arbYearMonth), (point) => {
        const range = toDayRange(point);
        expect(range).toEqual({ start: firstDayOf(point), end: lastDayOf(point) });
      }),
    );
  });

  it("toDecimalYear is monotonic in the day and stays within (year - 1, year]", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_DAY, max: LAST_DAY - 1 }),
        fc.integer({ min: 1, max: 800 }),
        (index, step) => {
          const a = isoOfDayIndex(index);
          const b = isoOfDayIndex(Math.min(LAST_DAY, index + step));
          expect(toDecimalYear(a)).toBeLessThan(toDecimalYear(b));
          const year = Number(a.slice(0, 4));
          expect(toDecimalYear(a)).toBeGreaterThan(year - 1);
          expect(toDecimalYear(a)).toBeLessThanOrEqual(year);
          expect(toDecimalYear(a)).toBe(toDecimalYear(a));
        },
      ),
    );
  });

  it("toDecimalYear of any calendar value is finite and equals that of its last day", () => {
    fc.assert(
      fc.property(arbCalendarPoint, (point) => {
        const value = toDecimalYear(point);
        expect(Number.isFinite(value)).toBe(true);
        expect(value).toBe(toDecimalYear(lastDayOf(point)));
      }),
    );
  });

  it("addCalendarDays and differenceInCalendarDays are inverse and agree with day counting", () => {
    fc.assert(
      fc.property(arbIsoDate, fc.integer({ min: -40_000, max: 40_000 }), (date, days) => {
        const later = addCalendarDays(date, days);
        expect(IsoDateSchema.safeParse(later).success).toBe(true);
        expect(differenceInCalendarDays(date, later)).toBe(days);
        expect(addCalendarDays(later, -days)).toBe(date);
        const target = dayIndex(date) + days;
        if (target >= FIRST_DAY && target <= LAST_DAY) expect(later).toBe(isoOfDayIndex(target));
        expect(addCalendarDays(date, days)).toBe(later);
      }),
    );
  });

  it("differenceInCalendarDays matches independent day counting; weekdays advance by one a day", () => {
    fc.assert(
      fc.property(arbIsoDate, arbIsoDate, (a, b) => {
        expect(differenceInCalendarDays(a, b)).toBe(dayIndex(b) - dayIndex(a));
        // 1900-01-01 was a Monday (ISO weekday 1).
        expect(weekdayOf(a)).toBe((dayIndex(a) % 7) + 1);
      }),
    );
  });
});
