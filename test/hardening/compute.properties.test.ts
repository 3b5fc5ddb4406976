// Every compute function, given any schema-valid plan document (generated), returns without
// throwing, gives the same answer twice, leaves its (deep-frozen) input alone and never puts NaN
// or Infinity in its result.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessByDimension,
  assessIndicator,
  buildProgressReport,
  createRollUpState,
  finalizeRollUp,
  generatePlanSkeleton,
  type Observation,
  renderProgressReportMarkdown,
  renderProgressReportText,
  rollUpProgress,
} from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";
import { arbCalendarPoint, arbPlanDocument } from "../fixtures/arbitraries.js";
import { deepFreeze } from "../fixtures/freeze.js";

/** Every number anywhere in a value (Maps and Sets included). */
function numbers(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (value instanceof Map) for (const v of value.values()) numbers(v, out);
  else if (value instanceof Set) for (const v of value) numbers(v, out);
  else if (Array.isArray(value)) for (const v of value) numbers(v, out);
  else if (value !== null && typeof value === "object")
    for (const v of Object.values(value)) numbers(v, out);
  return out;
}

function expectFinite(value: unknown): void {
  const bad = numbers(value).filter((n) => !Number.isFinite(n));
  expect(bad).toEqual([]);
}

const runs = { numRuns: 60 };

describe("compute functions on any valid document", () => {
  it("buildProgressReport and its renderers", () => {
    fc.assert(
      fc.property(arbPlanDocument(), arbCalendarPoint, (input, asOf) => {
        const document = deepFreeze(parsePlanDocument(input));
        const before = JSON.stringify(document);
        const report = buildProgressReport(document, { asOf });
        expect(JSON.stringify(document)).toBe(before);
        expectFinite(report);
        expect(buildProgressReport(document, { asOf })).toEqual(report);
        const text = renderProgressReportText(report);
        const markdown = renderProgressReportMarkdown(report);
        expect(text).not.toMatch(/\bNaN\b|Infinity/);
        expect(markdown).not.toMatch(/\bNaN\b|Infinity/);
      }),
      runs,
    );
  });

  it("assessIndicator and assessByDimension for every indicator", () => {
    fc.assert(
      fc.property(arbPlanDocument(), arbCalendarPoint, (input, asOf) => {
        const document = deepFreeze(parsePlanDocument(input));
        for (const indicator of document.indicators) {
          const a = assessIndicator(indicator, document.observations, { asOf });
          expectFinite(a);
          expect(
            assessIndicator(indicator, [...document.observations].reverse(), { asOf }),
          ).toEqual(a);
          for (const dimension of indicator.dimensions) {
            expectFinite(
              assessByDimension(indicator, document.observations, {
                asOf,
                dimension: dimension.name,
              }),
            );
          }
        }
      }),
      runs,
    );
  });

  it("rollUpProgress, equal to the object reference on either of its ways", () => {
    // Observations a row of columns can hold (rollUpProgress's columnar way); any other sends the
    // whole roll-up down the object path. Both ways must give the reference's result.
    const rowable = (o: Observation) =>
      typeof o.period === "number" &&
      Number.isInteger(o.period) &&
      o.period >= 1000 &&
      o.period <= 9999 &&
      Object.keys(o.dimensions ?? {}).length === 0 &&
      (o.value !== undefined || (o.numerator !== undefined && (o.denominator ?? 0) > 0));
    const ways = { columns: 0, objects: 0 };
    fc.assert(
      fc.property(arbPlanDocument(), arbCalendarPoint, (input, asOf) => {
        const document = deepFreeze(parsePlanDocument(input));
        const rollUp = rollUpProgress(document, { asOf });
        expectFinite(rollUp);
        for (const node of [...Object.values(rollUp.plans), ...Object.values(rollUp.items)]) {
          expect(node.coverage).toBeGreaterThanOrEqual(0);
          expect(node.coverage).toBeLessThanOrEqual(1);
        }
        // As generated (mostly the object path), and with the observations a row can hold.
        for (const observations of [document.observations, document.observations.filter(rowable)]) {
          const result = rollUpProgress(document, { asOf, observations });
          const reference = finalizeRollUp(document, createRollUpState(document, observations), {
            asOf,
          });
          expect(result).toEqual(reference);
          expect(JSON.stringify(result)).toBe(JSON.stringify(reference));
          const columnar = observations.every(rowable);
          const ids = Object.keys(result.assessments);
          if (ids.length > 0) ways[columnar ? "columns" : "objects"] += 1;
          // The columnar way's assessments are getters; the object path's are values.
          for (const id of ids)
            expect(typeof Object.getOwnPropertyDescriptor(result.assessments, id)?.get).toBe(
              columnar ? "function" : "undefined",
            );
        }
      }),
      runs,
    );
    // Both ways were taken with assessments to compare.
    expect(ways.columns).toBeGreaterThan(0);
    expect(ways.objects).toBeGreaterThan(0);
  });

  it("generatePlanSkeleton for every plan", () => {
    fc.assert(
      fc.property(arbPlanDocument(), (input) => {
        const document = deepFreeze(parsePlanDocument(input));
        for (const plan of document.plans) {
          const skeleton = generatePlanSkeleton(document, plan.id);
          expectFinite(skeleton);
          expect(generatePlanSkeleton(document, plan.id)).toEqual(skeleton);
          for (const phase of skeleton.phases) expect(phase.start <= phase.end).toBe(true);
        }
      }),
      runs,
    );
  });
});
