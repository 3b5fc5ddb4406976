// One fact, one path (issue 15, points 1 and 3): on generated documents whose indicator is
// reported by several organisations (with missing unit-years, statuses, sometimes a
// whole-population figure, declared reporters and unit weights), the progress report, the roll-up
// and the columnar roll-up give the same latest value, the same distance share for every target
// and the same completeness facts, under each completeness policy.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildProgressReport,
  type CalendarPoint,
  type CompletenessOptions,
  ROLL_UP_FLAGS,
  rollUpProgress,
  rollUpProgressFromColumns,
  toObservationColumns,
} from "../../src/index.js";
import { type ObservationInput, parsePlanDocument } from "../../src/schemas/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

const UNITS = ["u1", "u2", "u3"] as const;
const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023] as const;
const STATUSES = ["final", "provisional", "estimated"] as const;

const arbDocument = fc
  .record({
    aggregation: fc.constantFrom("sum", "mean", "latest", "ratio"),
    baseline: fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined }),
    targets: fc.array(
      fc.record({
        deadline: fc.constantFrom(2019, 2021, 2025),
        value: fc.integer({ min: 1, max: 900 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    cells: fc.array(
      fc.record({
        year: fc.constantFrom(...YEARS),
        unit: fc.constantFrom<string | undefined>(...UNITS, undefined),
        value: fc.integer({ min: 1, max: 400 }),
        denominator: fc.integer({ min: 1, max: 50 }),
        parts: fc.boolean(),
        status: fc.constantFrom(...STATUSES),
      }),
      { minLength: 1, maxLength: 20 },
    ),
    asOf: fc.constantFrom<CalendarPoint>(2018, "2020-06-30", 2024),
    // Declared reporters (else inferred from each unit's first report), each over some years.
    reporters: fc.option(
      fc.array(
        fc.record({
          unitId: fc.constantFrom(...UNITS),
          from: fc.option(fc.constantFrom(...YEARS), { nil: undefined }),
          years: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      { nil: undefined },
    ),
    weighted: fc.boolean(),
    policy: fc.constantFrom<CompletenessOptions>(
      {},
      { completeness: "carry-forward" },
      { completeness: "carry-forward", maxCarryYears: 2 },
      { completeness: "interpolate" },
    ),
  })
  .map(({ aggregation, baseline, targets, cells, asOf, reporters, weighted, policy }) => {
    const seen = new Set<string>();
    const observations: ObservationInput[] = [];
    for (const c of cells) {
      const key = `${c.year}|${c.unit}`;
      if (seen.has(key)) continue;
      seen.add(key);
      observations.push({
        indicatorId: "i",
        period: c.year,
        value: c.value,
        status: c.status,
        ...(c.unit === undefined ? {} : { unitId: c.unit }),
        ...(aggregation === "ratio" && c.parts
          ? { numerator: c.value, denominator: c.denominator, value: undefined }
          : {}),
      } as ObservationInput);
    }
    const document = deepFreeze(
      parsePlanDocument({
        schemaVersion: 1,
        plans: [
          {
            id: "p",
            kind: "local-plan",
            title: { en: "P" },
            issuer: "X",
            period: { start: 2015, end: 2025 },
            items: [{ id: "t", kind: "task", heading: "T" }],
          },
        ],
        units: UNITS.map((id) => ({ id, name: id, kind: "local-association" })),
        indicators: [
          {
            id: "i",
            name: "I",
            measure: "count",
            unit: "things",
            direction: "increase",
            aggregation,
            ...(reporters && aggregation !== "latest"
              ? {
                  expectedReporters: reporters.map((r) => ({
                    unitId: r.unitId,
                    ...(r.from === undefined ? {} : { from: r.from }),
                    ...(r.from === undefined || r.years === undefined
                      ? {}
                      : { until: r.from + r.years }),
                  })),
                }
              : {}),
            // Weights for every unit (the document rules want one for each reporting unit).
            ...(weighted && aggregation === "mean"
              ? { unitWeights: { u1: 1, u2: 3, u3: 0.5 } }
              : {}),
            baselines: baseline === undefined ? [] : [{ period: 2015, value: baseline }],
            targets: targets
              .sort((a, b) => a.deadline - b.deadline)
              .map((t, k) => ({
                id: `t${k}`,
                deadline: t.deadline,
                comparator: ">=",
                value: t.value,
              })),
            measures: ["t"],
          },
        ],
        observations,
      }),
    );
    return { document, asOf, policy };
  });

describe("the report and the roll-up agree (property)", () => {
  it("same latest value, distance share for every target and completeness facts", () => {
    fc.assert(
      fc.property(arbDocument, ({ document, asOf, policy }) => {
        const report = buildProgressReport(document, { asOf, ...policy });
        const rollUp = rollUpProgress(document, { asOf, ...policy });
        const line = report.indicators[0];
        const node = rollUp.indicators.i;
        const assessment = rollUp.assessments.i;
        // The columns give the roll-up's node and facts (annual whole-population figures).
        const columns = toObservationColumns(document, document.observations);
        const fromColumns = rollUpProgressFromColumns(document, columns, { asOf, ...policy });
        expect(fromColumns.indicators.i).toEqual(node);
        expect(fromColumns.completeness).toEqual(rollUp.completeness);
        // The report lists the roll-up's facts and marks a completed latest value.
        expect(line?.completeness).toEqual(
          rollUp.completeness.i ?? { incomplete: [], undeclared: [] },
        );
        expect(line?.latest?.imputed ?? null).toBe(assessment?.latest?.imputed ?? null);
        if (node?.reason === "missing-ratio-parts" || node?.reason === "not-aggregatable") {
          // The roll-up refuses to combine; the report says why in a warning.
          expect(line?.warnings.map((w) => w.code)).toContain(node.reason);
          return;
        }
        if (node?.reason === "incomplete-period") {
          // Nothing left to assess: the report says why, naming the missing units.
          expect(line?.latest).toBeNull();
          expect(line?.warnings.map((w) => w.code)).toContain("incomplete-period");
          return;
        }
        expect(line?.latest?.value).toBe(assessment?.latest?.value);
        expect(line?.latest?.year).toBe(assessment?.latest?.year);
        // The same status, and the roll-up flags what the report marks: a latest value, or a
        // baseline taken from the observations, that is not final or was completed, and a period
        // left out for missing reports.
        expect(assessment?.latest?.status ?? "final").toBe(line?.latest?.status ?? "final");
        const observed = line?.baseline?.source === "observation" ? line.baseline : undefined;
        const marked = new Set<string | null | undefined>([
          line?.latest?.status,
          line?.latest?.imputed,
          observed?.status,
          observed?.imputed,
          line?.warnings.some((w) => w.code === "incomplete-period") ? "incomplete" : null,
        ]);
        const flags = ROLL_UP_FLAGS.filter((f) => marked.has(f));
        expect(node?.flags).toEqual(flags);
        const row = report.items.find((r) => r.id === "t");
        if (node?.progress !== undefined) expect(row?.flags).toEqual(flags);
        for (const target of line?.targets ?? []) {
          const other = assessment?.targets.find((t) => t.targetId === target.id);
          const share =
            other?.distanceShare.status === "measured" ? other.distanceShare : undefined;
          expect(target.distanceShare?.raw).toBe(share?.raw);
        }
      }),
      { numRuns: 300 },
    );
  });
});
