// One fact, one path (issue 15, point 3): on generated documents whose indicator is reported by
// several organisations (with gaps, statuses, and sometimes a whole-population figure), the
// progress report and the roll-up give the same latest value and the same distance share for
// every target. (rollUpProgressFromColumns equals rollUpProgress by its own property test.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  buildProgressReport,
  type CalendarPoint,
  ROLL_UP_FLAGS,
  rollUpProgress,
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
  })
  .map(({ aggregation, baseline, targets, cells, asOf }) => {
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
    return { document, asOf };
  });

describe("the report and the roll-up agree (property)", () => {
  it("same latest value and the same distance share for every target", () => {
    fc.assert(
      fc.property(arbDocument, ({ document, asOf }) => {
        const report = buildProgressReport(document, { asOf });
        const rollUp = rollUpProgress(document, { asOf });
        const line = report.indicators[0];
        const node = rollUp.indicators.i;
        const assessment = rollUp.assessments.i;
        if (node?.reason === "missing-ratio-parts" || node?.reason === "not-aggregatable") {
          // The roll-up refuses to combine; the report says why in a warning.
          expect(line?.warnings.map((w) => w.code)).toContain(node.reason);
          return;
        }
        expect(line?.latest?.value).toBe(assessment?.latest?.value);
        expect(line?.latest?.year).toBe(assessment?.latest?.year);
        // The same status, and the roll-up flags what the report marks: a latest value, or a
        // baseline taken from the observations, that is not final.
        expect(assessment?.latest?.status ?? "final").toBe(line?.latest?.status ?? "final");
        const marked = new Set([
          line?.latest?.status,
          line?.baseline?.source === "observation" ? line.baseline.status : "final",
        ]);
        const flags = ROLL_UP_FLAGS.filter((f) => marked.has(f as "provisional"));
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
