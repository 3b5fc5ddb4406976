// One fact, one path: a provincial indicator reported only by its cities reads the same in the
// report as in the roll-up under it (issue 15, point 3), and observations the report line does
// not use are counted, never dropped silently. Expected figures are hand arithmetic.
import { describe, expect, it } from "vitest";
import { buildProgressReport, renderProgressReportText, rollUpProgress } from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

const city = (unitId: string, period: number, value: number) =>
  ({ indicatorId: "venues", unitId, period, value, status: "final" }) as const;

const document = deepFreeze(
  parsePlanDocument({
    schemaVersion: 1,
    plans: [
      {
        id: "prov",
        kind: "local-plan",
        title: { en: "Provincial plan" },
        issuer: "Provincial association",
        period: { start: 2021, end: 2025 },
        items: [{ id: "prov.t1", kind: "task", heading: "Build venues" }],
      },
    ],
    units: [
      { id: "a", name: "City A", kind: "local-association" },
      { id: "b", name: "City B", kind: "local-association" },
      { id: "c", name: "City C", kind: "local-association" },
    ],
    indicators: [
      {
        id: "venues",
        name: "Science venues",
        measure: "count",
        unit: "venues",
        direction: "increase",
        aggregation: "sum",
        dimensions: [{ name: "area", values: ["urban", "rural"] }],
        baselines: [{ period: 2020, value: 100 }],
        targets: [{ id: "t2025", deadline: 2025, comparator: ">=", value: 150 }],
        measures: ["prov.t1"],
      },
    ],
    observations: [
      city("a", 2021, 40),
      city("b", 2021, 35),
      city("c", 2021, 30),
      city("a", 2022, 45),
      city("b", 2022, 40),
      city("c", 2022, 35),
      {
        indicatorId: "venues",
        period: 2022,
        value: 80,
        status: "final",
        dimensions: { area: "urban" },
      },
    ],
  }),
);

describe("the report and the roll-up give one figure", () => {
  const report = buildProgressReport(document, { asOf: "2023-06-30" });
  const line = report.indicators[0];
  const rollUp = rollUpProgress(document, { asOf: "2023-06-30" });

  it("combines the cities' reports by the indicator's rule (sum) where no province figure exists", () => {
    // 2021: 40 + 35 + 30 = 105; 2022: 45 + 40 + 35 = 120.
    expect(line?.latest).toEqual({
      period: "2022",
      year: 2022,
      value: 120,
      status: "final",
      imputed: null,
    });
    expect(line?.observations).toBe(2);
    // Distance share from 100 (2020) towards 150: (120 − 100) / (150 − 100) = 0.4.
    expect(line?.targets[0]?.distanceShare?.raw).toBeCloseTo(0.4, 12);
    expect(rollUp.indicators.venues?.progress).toBeCloseTo(0.4, 12);
    expect(rollUp.items["prov.t1"]?.progress).toBeCloseTo(0.4, 12);
  });

  it("says which periods were combined and counts the dimensioned observation it does not use", () => {
    expect(line?.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["combined-from-units", "dimensions-not-used"]),
    );
    const text = renderProgressReportText(report);
    expect(text).toContain(
      "! 2021, 2022: no whole-population figure, so the organisations' reports are combined (sum)",
    );
    expect(text).toContain(
      "! 1 observation carries dimensions (area) and is not part of this whole-population line",
    );
    expect(text).not.toContain("no data yet");
  });
});
