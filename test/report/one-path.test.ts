// One fact, one path: a provincial indicator reported only by its cities reads the same in the
// report as in the roll-up under it (issue 15, point 3), and observations the report line does
// not use are counted, never dropped silently. Expected figures are hand arithmetic.
import { describe, expect, it } from "vitest";
import {
  buildProgressReport,
  renderProgressReportMarkdown,
  renderProgressReportText,
  rollUpProgress,
} from "../../src/index.js";
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

describe("the report shows incomplete periods and completed values (issue 15, point 1)", () => {
  // City c has not reported 2023; b's 2023 figure is provisional.
  const withGap = deepFreeze(
    parsePlanDocument({
      ...document,
      observations: [
        city("a", 2021, 40),
        city("b", 2021, 35),
        city("c", 2021, 30),
        city("a", 2022, 45),
        city("b", 2022, 40),
        city("c", 2022, 35),
        city("a", 2023, 50),
        { ...city("b", 2023, 44), status: "provisional" as const },
      ],
    }),
  );

  it("refuse (default): the period is left out, the missing unit named in every format", () => {
    const report = buildProgressReport(withGap, { asOf: 2024 });
    const line = report.indicators[0];
    // 2023 would be the partial sum 50 + 44 = 94; it is left out: latest 120 (2022).
    expect(line?.latest).toEqual({
      period: "2022",
      year: 2022,
      value: 120,
      status: "final",
      imputed: null,
    });
    expect(line?.completeness?.incomplete).toEqual([
      {
        period: "2023",
        year: 2023,
        expected: ["a", "b", "c"],
        missing: ["c"],
        outcome: "refused",
        sources: [],
      },
    ]);
    const sentence =
      "not every expected unit reported, so this period has no combined figure: 2023: c has not reported (2 of 3 expected units did)";
    expect(line?.warnings).toContainEqual({ code: "incomplete-period", message: sentence });
    expect(report.method.completeness).toBe("refuse");
    expect(renderProgressReportText(report)).toContain(`! ${sentence}`);
    expect(renderProgressReportMarkdown(report)).toContain(
      `- ⚠ ${sentence} (\`incomplete-period\`)`,
    );
    expect(renderProgressReportText(report, { locale: "zh-CN" })).toContain(
      "! 有单位未报，该期不汇总（incomplete-period）",
    );
  });

  it("carry-forward: the completed value is marked beside its period and status", () => {
    const report = buildProgressReport(withGap, { asOf: 2024, completeness: "carry-forward" });
    const line = report.indicators[0];
    // 2023: 50 + 44 + c's 2022 report 35 = 129, provisional (b's report) and carried forward.
    expect(line?.latest).toEqual({
      period: "2023",
      year: 2023,
      value: 129,
      status: "provisional",
      imputed: "carried-forward",
    });
    // The roll-up under it: (129 − 100) / (150 − 100) = 0.58.
    expect(report.items.find((i) => i.id === "prov.t1")?.progress).toBeCloseTo(0.58, 12);
    const text = renderProgressReportText(report);
    expect(text).toContain("latest 129 (2023, provisional, carried forward)");
    expect(text).toContain(
      "! a missing unit's last report is carried forward: 2023: c has not reported (2 of 3 expected units did), so c's 2022 report stands in",
    );
    expect(renderProgressReportMarkdown(report)).toContain(
      "Latest: 129 in 2023, provisional, carried forward.",
    );
    expect(renderProgressReportText(report, { locale: "zh-CN" })).toContain(
      "129（2023年，初步，含沿用上期数值）",
    );
    expect(report.method.summary).toContain("its last report is carried forward (marked)");
  });

  it("interpolate without a later report: the period stays refused", () => {
    const report = buildProgressReport(withGap, { asOf: 2024, completeness: "interpolate" });
    expect(report.indicators[0]?.latest?.value).toBe(120);
    expect(report.indicators[0]?.completeness?.incomplete[0]?.outcome).toBe("refused");
  });
});
