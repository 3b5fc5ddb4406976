// One test on the real CAST data (src/data, written by the dataset work), when it is present.
import { describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import { generatePlanSkeleton } from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";

describe("generatePlanSkeleton on the CAST document", () => {
  it("reproduces worked example A2.9-1: phases, 12 outline evaluations, action-plan evaluations, 33 annual plans, no findings", () => {
    const s = generatePlanSkeleton(parsePlanDocument(castPlanDocument), "outline");
    const implementation = s.phases.filter((p) => p.kind !== "step");
    expect(implementation.map((p) => [p.startYear, p.endYear, p.fiveYearPlan])).toEqual([
      [2018, 2020, 13],
      [2021, 2025, 14],
      [2026, 2030, 15],
      [2031, 2035, 16],
      [2036, 2040, 17],
      [2041, 2045, 18],
      [2046, 2050, 19],
    ]);
    expect(implementation[0]?.planId).toBe("ap2018");
    const outlineEvaluations = s.events.filter(
      (e) => e.planId === "outline" && e.activity === "evaluation",
    );
    expect(outlineEvaluations.map((e) => e.year)).toEqual([
      2023, 2025, 2028, 2030, 2033, 2035, 2038, 2040, 2043, 2045, 2048, 2050,
    ]);
    const ap = s.events.filter((e) => e.planId === "ap2018" && e.activity === "evaluation");
    expect(ap.map((e) => [e.kind, e.year])).toEqual([
      ["annual", 2018],
      ["annual", 2019],
      ["final", 2020],
    ]);
    expect(s.annualPlans).toHaveLength(33);
    expect(s.findings).toEqual([]);
  });
});
