// Run again under several TZ values by scripts/verify.mjs: progress results must not depend on the
// machine's time zone. Expected values are hand arithmetic.
import { describe, expect, it } from "vitest";
import { assessIndicator, type Indicator } from "../../src/index.js";

const indicator: Indicator = {
  id: "m",
  name: { en: "Monthly" },
  measure: "count",
  unit: "events",
  direction: "increase",
  aggregation: "sum",
  dimensions: [],
  baselines: [{ period: "2023-12", value: 0 }],
  targets: [{ id: "t", deadline: "2024-12-31", comparator: ">=", value: 120 }],
  measures: [],
  references: [],
};

describe(`progress under TZ=${process.env.TZ ?? "(unset)"}`, () => {
  it("places months and days by calendar, never by clock", () => {
    const r = assessIndicator(
      indicator,
      [
        { indicatorId: "m", period: "2024-06", value: 60, status: "final" },
        { indicatorId: "m", period: "2024-07-01", value: 70, status: "final" },
      ],
      { asOf: "2024-06-30" },
    );
    // 2024-07-01 ends after asOf 2024-06-30 and is left out; 2024-06 ends on 2024-06-30 (day 182
    // of 366) → 2023 + 182/366.
    expect(r.series.values).toEqual([60]);
    expect(r.latest?.year).toBeCloseTo(2023 + 182 / 366, 10);
    const t = r.targets[0];
    // Baseline 2023-12 → 2023; deadline 2024-12-31 → 2024; share 60/120 = 0.5; time 182/366.
    expect(t?.distanceShare.status === "measured" && t.distanceShare.raw).toBe(0.5);
    expect(t?.pace.status === "measured" && t.pace.timeShare).toBeCloseTo(182 / 366, 10);
    expect(t?.milestone.status === "measured" && t.milestone.milestone).toBe("active");
  });
});
