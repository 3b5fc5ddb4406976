import { describe, expect, it } from "vitest";
import {
  CastPlanError,
  generatePlanSkeleton,
  toFiveYearPlanNumber,
  toFiveYearPlanYears,
} from "../../src/index.js";
import { edited } from "../fixtures/freeze.js";
import { skeletonDocument } from "./skeleton-fixture.js";

describe("toFiveYearPlanNumber (§A2.9)", () => {
  it("T-PLAN-1: 2018/2021/2035/2050 → 13/14/16/19, and checks n(2016..2020) = 13", () => {
    expect([2018, 2021, 2035, 2050].map(toFiveYearPlanNumber)).toEqual([13, 14, 16, 19]);
    expect([2016, 2017, 2018, 2019, 2020].map(toFiveYearPlanNumber)).toEqual([13, 13, 13, 13, 13]);
    expect(toFiveYearPlanNumber(1966)).toBe(3);
  });
  it("T-PLAN-2: FYP 15 spans 2026–2030", () => {
    expect(toFiveYearPlanYears(15)).toEqual({ start: 2026, end: 2030 });
  });
  it("refuses years before 1966 and bad plan numbers", () => {
    expect(() => toFiveYearPlanNumber(1965)).toThrow(CastPlanError);
    expect(() => toFiveYearPlanNumber(2020.5)).toThrow(CastPlanError);
    expect(() => toFiveYearPlanYears(2)).toThrow(CastPlanError);
  });
});

describe("generatePlanSkeleton — worked example A2.9-1 (2018–2050)", () => {
  const s = generatePlanSkeleton(skeletonDocument, "outline");
  const implementation = s.phases.filter((p) => p.kind !== "step");

  it("phases: action plan 2018–2020 (inside FYP 13), then FYP 14..19 phases", () => {
    expect(implementation.map((p) => [p.kind, p.startYear, p.endYear, p.fiveYearPlan])).toEqual([
      ["action-plan", 2018, 2020, 13],
      ["five-year", 2021, 2025, 14],
      ["five-year", 2026, 2030, 15],
      ["five-year", 2031, 2035, 16],
      ["five-year", 2036, 2040, 17],
      ["five-year", 2041, 2045, 18],
      ["five-year", 2046, 2050, 19],
    ]);
    expect(s.phases.filter((p) => p.kind === "step").map((p) => p.end)).toEqual([
      "2020-12-31",
      "2035-12-31",
      "2050-12-31",
    ]);
    expect(implementation[1]?.start).toBe("2021-01-01");
  });

  it("T-PLAN-3: mid-term years 2023, 2028, …, 2048; T-PLAN-4: 12 outline evaluations 2021–2050", () => {
    const outlineEvals = s.events.filter((e) => e.cadenceId === "outline.cadence.evaluation");
    expect(outlineEvals).toHaveLength(12);
    expect(outlineEvals.filter((e) => e.kind === "mid-term").map((e) => e.year)).toEqual([
      2023, 2028, 2033, 2038, 2043, 2048,
    ]);
    expect(outlineEvals.filter((e) => e.kind === "final").map((e) => e.year)).toEqual([
      2025, 2030, 2035, 2040, 2045, 2050,
    ]);
    // Default due dates: mid-term 06-30 of its year, final 12-31 (A4.3 example: 2023-06-30, 2025-12-31).
    expect(outlineEvals.slice(0, 2).map((e) => e.due)).toEqual(["2023-06-30", "2025-12-31"]);
    expect(outlineEvals[0]?.phaseId).toBe("outline.fyp14");
  });

  it("T-PLAN-4: 33 annual work plans 2018–2050, each inside an implementation phase", () => {
    expect(s.annualPlans).toHaveLength(33);
    expect(s.annualPlans[0]?.parentId).toBe("outline.phase.ap2018");
    expect(s.annualPlans[3]?.parentId).toBe("outline.fyp14"); // 2021
    expect(s.annualPlans[32]?.end).toBe("2050-12-31");
  });

  it("action plan: annual evaluations 2018, 2019 and the final evaluation 2020 (annual 2020 merged into the final)", () => {
    const ap = s.events.filter((e) => e.planId === "ap2018");
    expect(ap.map((e) => [e.kind, e.year, e.due])).toEqual([
      ["annual", 2018, "2018-12-31"],
      ["annual", 2019, "2019-12-31"],
      ["final", 2020, "2020-12-31"],
    ]);
    const kept = generatePlanSkeleton(skeletonDocument, "outline", { keepAnnualInFinalYear: true });
    expect(kept.events.filter((e) => e.planId === "ap2018")).toHaveLength(4);
  });

  it("phased implementation plan: one per five-year phase, due the year before it starts", () => {
    const plans = s.events.filter((e) => e.cadenceId === "outline.cadence.phase-plan");
    expect(plans.map((e) => e.due)).toEqual([
      "2020-12-31",
      "2025-12-31",
      "2030-12-31",
      "2035-12-31",
      "2040-12-31",
      "2045-12-31",
    ]);
  });

  it("events are ordered by due date and have unique ids", () => {
    const dues = s.events.map((e) => e.due);
    expect([...dues].sort()).toEqual(dues);
    expect(new Set(s.events.map((e) => e.id)).size).toBe(s.events.length);
  });

  it("every step goal falls on a phase end: no findings", () => {
    expect(s.findings).toEqual([]);
  });

  it("configurable offsets: final in Q1 of the following year, mid-term in year index 1", () => {
    const q = generatePlanSkeleton(skeletonDocument, "outline", {
      finalInFollowingYear: true,
      finalDue: "03-31",
      midTermYearIndex: 1,
    });
    const ev = q.events.filter((e) => e.cadenceId === "outline.cadence.evaluation");
    // A2.9 choices: final report due 2026-03-31 for the 2021–2025 phase.
    expect(ev.slice(0, 2).map((e) => e.due)).toEqual(["2022-06-30", "2026-03-31"]);
  });

  it("annual evaluations in the first quarter of the following year (annualInFollowingYear)", () => {
    const q = generatePlanSkeleton(skeletonDocument, "outline", {
      annualInFollowingYear: true,
      annualDue: "03-31",
      finalInFollowingYear: true,
      finalDue: "03-31",
    });
    const ap = q.events.filter((e) => e.planId !== "outline" && e.activity === "evaluation");
    // The action plan 2018–2020: annual evaluations of 2018 and 2019 due 2019-03-31 and
    // 2020-03-31, the final one of 2020 due 2021-03-31; each keeps the year it evaluates.
    expect(ap.map((e) => [e.kind, e.year, e.due])).toEqual([
      ["annual", 2018, "2019-03-31"],
      ["annual", 2019, "2020-03-31"],
      ["final", 2020, "2021-03-31"],
    ]);
    // Without the option the annual evaluations stay in their own year.
    const plain = generatePlanSkeleton(skeletonDocument, "outline", { annualDue: "03-31" });
    expect(plain.events.find((e) => e.kind === "annual" && e.year === 2018)?.due).toBe(
      "2018-03-31",
    );
  });

  it("a step goal not on a phase end is reported with its path", () => {
    const doc = edited(skeletonDocument, (d) => {
      const step = d.plans[0]?.items[0]?.children[1];
      if (step) step.deadline = 2033;
    });
    const f = generatePlanSkeleton(doc, "outline").findings;
    expect(f).toHaveLength(1);
    expect(f[0]?.rule).toBe("goal-not-on-phase-end");
    expect(f[0]?.itemId).toBe("outline.step.2035");
    expect(f[0]?.path).toEqual(["plans", 0, "items", 0, "children", 1, "deadline"]);
  });

  it("unknown plan id and bad options throw typed errors", () => {
    expect(() => generatePlanSkeleton(skeletonDocument, "nope")).toThrow(
      expect.objectContaining({ code: "UNKNOWN_ID" }),
    );
    expect(() =>
      generatePlanSkeleton(skeletonDocument, "outline", { midTermDue: "02-30" }),
    ).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});
