import { describe, expect, it } from "vitest";
import {
  checkAssignments,
  computeElapsedShare,
  computeUnitWorkload,
  findNextEvaluation,
  findPhasesAt,
  generatePlanSkeleton,
  listDueInPhase,
} from "../../src/index.js";
import type { Indicator, Plan } from "../../src/schemas/index.js";
import { deepFreeze, edited } from "../fixtures/freeze.js";
import { actionPlan, skeletonDocument } from "./skeleton-fixture.js";

const skeleton = generatePlanSkeleton(skeletonDocument, "outline");

describe("skeleton queries", () => {
  it("findPhasesAt: 2019-05-01 lies in step 1, the action plan (FYP 13) and the 2019 work plan", () => {
    const at = findPhasesAt(skeleton, "2019-05-01");
    expect(at.phases.map((p) => p.id)).toEqual([
      "outline.phase.step-1",
      "outline.phase.ap2018",
      "outline.annual.2019",
    ]);
    expect(at.fiveYearPlan).toBe(13);
    const at2 = findPhasesAt(skeleton, "2033-12-31");
    expect(at2.phases.map((p) => p.id)).toEqual([
      "outline.phase.step-2",
      "outline.fyp16",
      "outline.annual.2033",
    ]);
    expect(at2.fiveYearPlan).toBe(16);
    expect(findPhasesAt(skeleton, "2051-01-01").phases).toEqual([]);
  });

  it("findNextEvaluation: strictly after the date", () => {
    expect(findNextEvaluation(skeleton, "2019-12-31")?.id).toBe(
      "ap2018.cadence.final-evaluation.2020",
    );
    expect(findNextEvaluation(skeleton, "2020-12-31")?.due).toBe("2023-06-30");
    expect(findNextEvaluation(skeleton, "2023-06-30")?.due).toBe("2025-12-31");
    expect(findNextEvaluation(skeleton, "2050-12-31")).toBeUndefined();
  });

  it("computeElapsedShare: 2021–2035 step by 2028-07-01 (days counted by hand)", () => {
    // 2021-01-01..2035-12-31 = 15 years with leap days 2024, 2028, 2032 = 5478 days.
    // 2021-01-01..2028-07-01 = 7 years (2555 + 1 leap day 2024 = 2556) + 2028-01-01..07-01 (183 days, leap) = 2739.
    expect(computeElapsedShare({ start: 2021, end: 2035 }, "2028-07-01")).toBeCloseTo(
      2739 / 5478,
      12,
    );
    expect(computeElapsedShare({ start: 2021, end: 2035 }, "2035-12-31")).toBe(1);
    expect(computeElapsedShare({ start: 2021, end: 2035 }, "2040-01-01")).toBe(1);
    const phase = skeleton.phases.find((p) => p.id === "outline.fyp14");
    expect(phase && computeElapsedShare(phase, "2021-01-01")).toBeCloseTo(1 / 1826, 12);
    expect(() => computeElapsedShare({ start: 2030, end: 2021 }, "2025-01-01")).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
  });

  it("listDueInPhase: goals and targets due in the 16th FYP phase (2031–2035)", () => {
    const indicator = {
      id: "ind.1",
      name: "Science literacy",
      measure: "percentage",
      unit: "%",
      direction: "increase",
      aggregation: "none",
      dimensions: [],
      baselines: [],
      targets: [
        { id: "t2025", deadline: 2025, comparator: ">=", value: 15 },
        { id: "t2035", deadline: "2035-06", comparator: ">=", value: 25 },
      ],
      measures: ["outline.step.2035"],
      references: [],
    } as unknown as Indicator;
    const doc = deepFreeze({ ...skeletonDocument, indicators: [indicator] });
    const phase = skeleton.phases.find((p) => p.id === "outline.fyp16");
    if (!phase) throw new Error("phase missing");
    const due = listDueInPhase(doc, "outline", phase);
    expect(due.items.map((i) => i.id)).toEqual(["outline.step.2035"]);
    expect(due.targets).toEqual([{ indicatorId: "ind.1", targetId: "t2035", deadline: "2035-06" }]);
    expect(() => listDueInPhase(doc, "x", phase)).toThrow(
      expect.objectContaining({ code: "UNKNOWN_ID" }),
    );
  });
});

describe("decomposition", () => {
  const plan: Plan = edited(actionPlan, (p) => {
    p.items = [
      {
        id: "t1",
        kind: "task",
        heading: { en: "T1" },
        tags: [],
        children: [{ id: "a1", kind: "action", heading: { en: "A1" }, tags: [], children: [] }],
      },
      { id: "t2", kind: "task", heading: { en: "T2" }, tags: [], children: [] },
    ];
    p.assignments = [
      {
        id: "as1",
        itemId: "t1",
        unitId: "u.pop",
        role: "lead",
        effort: 730,
        period: { start: 2018, end: 2019 },
      },
      { id: "as2", itemId: "a1", unitId: "u.pop", role: "lead" },
      {
        id: "as3",
        itemId: "a1",
        unitId: "u.acad",
        role: "lead",
        effort: 100,
        period: { start: "2020-01-01", end: "2020-12-31" },
      },
      { id: "as4", itemId: "t2", unitId: "u.acad", role: "support", effort: 10 },
      { id: "as5", itemId: "zz", unitId: "u.none", role: "support" },
    ];
  });
  const units = [
    { id: "u.pop", name: { en: "Popular science" }, kind: "department" as const },
    { id: "u.acad", name: { en: "Academic" }, kind: "department" as const },
  ];

  it("checkAssignments: missing, several leads, unknown item and unit, with paths", () => {
    const f = checkAssignments({ plans: [plan], units }, "ap2018");
    expect(f.map((x) => [x.rule, x.id, x.path])).toEqual([
      ["unknown-item", "as5", ["plans", 0, "assignments", 4, "itemId"]],
      ["unknown-unit", "as5", ["plans", 0, "assignments", 4, "unitId"]],
      ["several-leads", "a1", ["plans", 0, "items", 0, "children", 0]],
      ["missing-lead", "t2", ["plans", 0, "items", 1]],
    ]);
  });

  it("computeUnitWorkload: effort split by days per year", () => {
    // as1: 730 over 2018–2019 (365 + 365 days) → 365 each. as2: no effort, whole plan 2018–2020.
    // as3: 100 in 2020. as4: 10 over 2018–2020 (365, 365, 366 of 1096 days).
    // as5: u.none, no effort, 2018–2020.
    const rows = computeUnitWorkload(plan).map((r) => [
      r.unitId,
      r.year,
      r.lead,
      r.support,
      r.effort,
    ]);
    expect(rows.slice(0, 3)).toEqual([
      ["u.acad", 2018, 0, 1, (10 * 365) / 1096],
      ["u.acad", 2019, 0, 1, (10 * 365) / 1096],
      ["u.acad", 2020, 1, 1, 100 + (10 * 366) / 1096],
    ]);
    expect(rows.slice(6)).toEqual([
      ["u.pop", 2018, 2, 0, 365],
      ["u.pop", 2019, 2, 0, 365],
      ["u.pop", 2020, 1, 0, 0],
    ]);
  });
});
