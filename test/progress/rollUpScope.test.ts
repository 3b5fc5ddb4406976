// Roll-up semantics: an item is judged against the targets stated in it or in its descendants
// (target.statedIn within its subtree); the indicator node keeps its current target. Expected
// values are hand arithmetic written beside each assertion.
import { describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import { rollUpProgress } from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { allFinite, near } from "./helpers.js";

// Plan p: section G = { step S (states t1) ⊃ task T (measured by i), step L (states t2) },
// plus item Z (states nothing) that plan q's item Q aligns to; Q states t1 too and i measures it.
// Indicator i: baseline 0 (2020); t1 ">= 4 by 2022", t2 ">= 10 by 2030"; observed 4 in 2022.
const document = deepFreeze(
  parsePlanDocument({
    schemaVersion: 1,
    plans: [
      {
        id: "p",
        kind: "outline",
        title: { en: "P" },
        issuer: "X",
        period: { start: 2020, end: 2030 },
        items: [
          {
            id: "G",
            kind: "section",
            heading: "Goals",
            children: [
              {
                id: "S",
                kind: "step",
                heading: "By 2022",
                children: [{ id: "T", kind: "task", heading: "Task" }],
              },
              { id: "L", kind: "step", heading: "By 2030" },
            ],
          },
          { id: "Z", kind: "task", heading: "Z" },
        ],
      },
      {
        id: "q",
        kind: "local-plan",
        title: { en: "Q" },
        issuer: "Y",
        period: { start: 2020, end: 2022 },
        items: [{ id: "Q", kind: "goal", heading: "Q" }],
      },
    ],
    indicators: [
      {
        id: "i",
        name: "I",
        measure: "count",
        unit: "things",
        direction: "increase",
        aggregation: "none",
        baselines: [{ period: 2020, value: 0 }],
        targets: [
          { id: "t1", deadline: 2022, comparator: ">=", value: 4, statedIn: "S" },
          { id: "t1q", deadline: 2022, comparator: ">=", value: 4, statedIn: "Q" },
          { id: "t2", deadline: 2030, comparator: ">=", value: 10, statedIn: "L" },
        ],
        measures: ["T", "Q"],
      },
    ],
    observations: [{ indicatorId: "i", period: 2022, value: 4, status: "final" }],
    alignments: [{ id: "al", from: "Q", to: "Z", relation: "implements", editorial: false }],
  }),
);

describe("roll-up: items are judged against the targets they state", () => {
  const r = rollUpProgress(document, { asOf: 2023 });
  it("the indicator node keeps its current target: t1, t1q met, t2 at (4 − 0)/(10 − 0) = 0.4", () => {
    near(r.indicators.i?.progress, 0.4);
    expect(r.indicators.i?.achieved).toBe(false);
  });
  it("T states nothing: current target, 0.4, not achieved", () => {
    near(r.items.T?.progress, 0.4);
    expect(r.items.T?.achieved).toBe(false);
  });
  it("S states t1 (met in 2022, on time): (4 − 0)/(4 − 0) = 1, achieved, though t2 is at 0.4", () => {
    expect(r.items.S?.progress).toBe(1);
    expect(r.items.S?.achieved).toBe(true);
    expect(r.items.S?.coverage).toBe(1);
    // T's own row is judged against i's current target t2 (0.4); here against t1, and says so.
    expect(r.items.S?.contributors).toEqual([
      {
        id: "T",
        via: "child",
        weight: 1,
        progress: 1,
        achieved: true,
        judgedAgainst: [{ indicatorId: "i", targetId: "t1" }],
      },
    ]);
  });
  it("G states t1 and t2 (in S and L): the first not met is t2, so S contributes 0.4", () => {
    near(r.items.G?.progress, 0.4); // S: 0.4 (judged against t2); L: no contributors
    expect(r.items.G?.coverage).toBe(0.5);
    expect(r.items.G?.achieved).toBe(false);
    near(r.items.G?.contributors[0]?.progress, 0.4);
    expect(r.items.G?.contributors[0]?.achieved).toBe(false);
  });
  it("Z states nothing: the aligned Q keeps its own judgement (t1q met): 1", () => {
    expect(r.items.Q?.progress).toBe(1);
    expect(r.items.Q?.achieved).toBe(true);
    expect(r.items.Z?.progress).toBe(1);
    expect(r.items.Z?.achieved).toBe(true);
    // Q's indicator is judged against Q's own t1q, not i's current target (t2): Q says so; Z,
    // which states nothing, takes Q as its own row shows it.
    expect(r.items.Q?.contributors[0]?.judgedAgainst).toEqual([
      { indicatorId: "i", targetId: "t1q" },
    ]);
    expect(r.items.Z?.contributors[0]?.judgedAgainst).toEqual([]);
  });
  it("the plan is the weighted mean of its items as shown: (0.4 + 1)/2 = 0.7", () => {
    near(r.plans.p?.progress, 0.7);
    expect(allFinite(r)).toEqual([]);
  });
  it("once t2 is met, G is achieved too (value 10 in 2025: every stated target met)", () => {
    const later = rollUpProgress(document, {
      asOf: 2026,
      observations: [
        ...document.observations,
        { indicatorId: "i", period: 2025, value: 10, status: "final" },
      ],
    });
    expect(later.items.S?.progress).toBe(1);
    // All of t1 and t2 met: G's figure for S rests on the last, t2, and S's own row on t1, but
    // both show 1 and achieved, so nothing needs saying.
    expect(later.items.G?.contributors[0]).toEqual({
      id: "S",
      via: "child",
      weight: 1,
      progress: 1,
      achieved: true,
      judgedAgainst: [],
    });
    expect(later.indicators.i?.achieved).toBe(true);
  });
});

// CAST science literacy as of 2026-11-28: declared baseline 6.20 (2015), latest 15.37 (2024).
// Targets: 2020 > 10 (outline step 2020, action plan goal 5) met on time with 10.56 in 2020;
// 2025 > 15 met early (15.37 in 2024); 2035 > 20 (outline step 2035 goal 2) not met:
// (15.37 − 6.2)/(20 − 6.2) = 9.17/13.8 = 0.664493. The 2020 shares: 9.17/3.8 = 2.41 → clamped 1.
describe("roll-up of the CAST plans as of 2026-11-28", () => {
  const cast = deepFreeze(parsePlanDocument(castPlanDocument));
  const r = rollUpProgress(cast, { asOf: "2026-11-28" });
  it("the indicator node: current target 2035 > 20, 0.664493, not achieved", () => {
    near(r.indicators["ind.science-literacy"]?.progress, 0.664493);
    expect(r.indicators["ind.science-literacy"]?.achieved).toBe(false);
  });
  it("action plan goal 5 states the 2020 target: progress 1, achieved", () => {
    expect(r.items["ap2018.goal.5"]?.progress).toBe(1);
    expect(r.items["ap2018.goal.5"]?.achieved).toBe(true);
  });
  it("outline step 2020 states the 2020 target: progress 1 (from goal 5, the one aligned goal with data)", () => {
    expect(r.items["outline.step.2020"]?.progress).toBe(1);
    const goal5 = r.items["outline.step.2020"]?.contributors.find((c) => c.id === "ap2018.goal.5");
    // Judged here against the outline's own 2020 target, not goal 5's (the action plan's): both
    // met, the same figure as goal 5's own row, so nothing needs saying.
    expect(goal5).toEqual({
      id: "ap2018.goal.5",
      via: "alignment",
      weight: 1,
      progress: 1,
      achieved: true,
      judgedAgainst: [],
    });
    // Seven action-plan goals align to the step and only goal 5 has data: coverage 1/7, and the
    // step is not achieved while the other six are unmeasured (every contributor must be).
    near(r.items["outline.step.2020"]?.coverage, 1 / 7);
    expect(r.items["outline.step.2020"]?.achieved).toBe(false);
  });
  it("outline task 6 counts science literacy once: (0.664493 + 1)/2 = 0.832247", () => {
    // Contributors with data: action 15 (science literacy, states nothing) and action 16 (other
    // indicators, at 1). Science literacy also measures task 6 directly: that link is not counted
    // (it would count the indicator twice) and is reported as a duplicate through action 15.
    near(r.items["outline.task.6"]?.progress, 0.832247);
    expect(r.items["outline.task.6"]?.contributors.map((c) => c.id)).toEqual([
      "ap2018.action.15",
      "ap2018.action.16",
      "ap2018.action.18",
      "ap2018.action.19",
      "ap2018.action.23",
      "ap2018.action.24",
    ]);
    expect(r.items["outline.task.6"]?.duplicates).toEqual([
      {
        itemId: "outline.task.6",
        indicatorId: "ind.science-literacy",
        through: ["ap2018.action.15"],
      },
    ]);
  });
  it("the Goals section judges step 2020 against the 2035 target, and says so", () => {
    // Its own row: 1 (the 2020 target); inside "(3) Development goals", which also states the
    // 2035 target, the first target not met is 2035's: 0.664493.
    const step = r.items["outline.goals"]?.contributors.find((c) => c.id === "outline.step.2020");
    near(step?.progress, 0.664493);
    expect(step?.judgedAgainst).toEqual([
      { indicatorId: "ind.science-literacy", targetId: "ind.science-literacy.t2035-outline" },
    ]);
    expect(r.items["outline.step.2020"]?.progress).toBe(1);
  });
});
