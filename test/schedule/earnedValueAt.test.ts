import { describe, expect, it } from "vitest";
import {
  CastPlanError,
  chinaWorkingCalendar,
  earnedValueAt,
  scheduleTasks,
} from "../../src/index.js";

// Worked example, computed by hand. Plan start Mon 2024-03-04, Monday–Friday.
//   A: 5 working days, Mon 4 .. Fri 8 March, budget 1000.
//   B: 10 working days after A (FS), Mon 11 .. Fri 22 March, budget 2000.
// Status date Wed 2024-03-13 (the status day counts as done).
//   PV: A has all 5 of its days elapsed → 1000. B has 11, 12, 13 March = 3 of 10 days → 0.3 × 2000
//       = 600. PV = 1600.
//   EV: A 100 % → 1000; B 20 % → 400. EV = 1400.   AC = 1100 + 500 = 1600.   BAC = 3000.
//   SV = 1400 − 1600 = −200; SPI = 1400/1600 = 0.875; CV = 1400 − 1600 = −200; CPI = 0.875;
//   EAC = 3000/0.875 = 3428.571…; ETC = EAC − AC = 1828.571…; VAC = 3000 − EAC = −428.571…;
//   TCPI = (3000 − 1400)/(3000 − 1600) = 1600/1400 = 1.142857….
//   S-curve: B's x = 0.3 → 3(0.09) − 2(0.027) = 0.27 − 0.054 = 0.216 → 432; PV = 1432.
const schedule = scheduleTasks(
  [
    { id: "A", duration: 5, itemId: "ap.task.1" },
    { id: "B", duration: 10, itemId: "ap.task.2", assignmentId: "asg.7" },
    { id: "M", duration: 0 },
  ],
  [
    { predecessorId: "A", successorId: "B" },
    { predecessorId: "B", successorId: "M" },
  ],
  { start: "2024-03-04" },
);
const progress = {
  A: { percentComplete: 100, actualCost: 1100 },
  B: { percentComplete: 20, actualCost: 500 },
};

describe("earnedValueAt", () => {
  it("carries itemId and assignmentId from the task input to the schedule", () => {
    expect(schedule.tasks.map((t) => [t.id, t.itemId, t.assignmentId])).toEqual([
      ["A", "ap.task.1", undefined],
      ["B", "ap.task.2", "asg.7"],
      ["M", undefined, undefined],
    ]);
  });

  it("worked example: PV 1600, EV 1400, AC 1600, SPI = CPI = 0.875 (computed by hand above)", () => {
    const r = earnedValueAt(schedule, { A: 1000, B: 2000 }, progress, "2024-03-13");
    expect([r.budgetAtCompletion, r.plannedValue, r.earnedValue, r.actualCost]).toEqual([
      3000, 1600, 1400, 1600,
    ]);
    expect(r.scheduleVariance).toBe(-200);
    expect(r.costVariance).toBe(-200);
    expect(r.schedulePerformanceIndex).toBeCloseTo(0.875, 12);
    expect(r.costPerformanceIndex).toBeCloseTo(0.875, 12);
    expect(r.estimateAtCompletion).toBeCloseTo(3428.571429, 5);
    expect(r.estimateToComplete).toBeCloseTo(1828.571429, 5);
    expect(r.varianceAtCompletion).toBeCloseTo(-428.571429, 5);
    expect(r.toCompletePerformanceIndex).toBeCloseTo(1.142857, 5);
    expect(
      r.tasks.map((t) => [t.id, t.itemId, t.elapsedShare, t.plannedValue, t.earnedValue]),
    ).toEqual([
      ["A", "ap.task.1", 1, 1000, 1000],
      ["B", "ap.task.2", 0.3, 600, 400],
    ]);
  });

  it("s-curve: B's 0.3 elapsed share plans 0.216 of its budget", () => {
    const r = earnedValueAt(schedule, { A: 1000, B: 2000 }, progress, "2024-03-13", {
      curve: "s-curve",
    });
    expect(r.plannedValue).toBeCloseTo(1432, 9);
  });

  it("before the start PV is 0; after the finish PV is BAC; a milestone's budget falls on its date", () => {
    expect(earnedValueAt(schedule, { A: 1000 }, {}, "2024-03-01").plannedValue).toBe(0);
    expect(earnedValueAt(schedule, { A: 1000, B: 2000 }, {}, "2024-12-31").plannedValue).toBe(3000);
    const m = schedule.tasks[2];
    expect(m?.finish).toBe("2024-03-22");
    expect(earnedValueAt(schedule, { M: 50 }, {}, "2024-03-21").plannedValue).toBe(0);
    expect(earnedValueAt(schedule, { M: 50 }, {}, "2024-03-22").plannedValue).toBe(50);
    // No actual cost given: AC and the cost figures are undefined, with reasons.
    const noCost = earnedValueAt(
      schedule,
      { A: 1000 },
      { A: { percentComplete: 50 } },
      "2024-03-05",
    );
    expect(noCost.actualCost).toBeUndefined();
    expect(noCost.undefinedReasons.costPerformanceIndex).toBe("needs actual cost (actualCost)");
    expect(noCost.plannedValue).toBe(400); // 2 of 5 days
  });

  it("spreads over the schedule's own calendar (China, Spring Festival 2024)", () => {
    const calendar = chinaWorkingCalendar(2024, 2024);
    const s = scheduleTasks([{ id: "T", duration: 10 }], [], { start: "2024-02-05", calendar });
    // Mon 5 .. Fri 9 February (5 days), 10–17 off, Sun 18 worked: day 6 is 18 February.
    const r = earnedValueAt(s, { T: 100 }, {}, "2024-02-18", { calendar });
    expect(r.plannedValue).toBe(60);
  });

  it("rejects unknown ids, budgets on summaries and bad amounts", () => {
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(CastPlanError);
        return (e as CastPlanError).code;
      }
      return undefined;
    };
    expect(code(() => earnedValueAt(schedule, { X: 1 }, {}, "2024-03-13"))).toBe("UNKNOWN_ID");
    expect(code(() => earnedValueAt(schedule, { A: -1 }, {}, "2024-03-13"))).toBe(
      "INVALID_ARGUMENT",
    );
    expect(
      code(() => earnedValueAt(schedule, { A: 1 }, { A: { percentComplete: 101 } }, "2024-03-13")),
    ).toBe("INVALID_ARGUMENT");
    expect(code(() => earnedValueAt(schedule, {}, {}, "2024-02-30"))).toBe("INVALID_ARGUMENT");
    const withSummary = scheduleTasks([{ id: "S" }, { id: "C", duration: 2, parentId: "S" }], [], {
      start: "2024-03-04",
    });
    expect(code(() => earnedValueAt(withSummary, { S: 5 }, {}, "2024-03-13"))).toBe(
      "INVALID_ARGUMENT",
    );
  });
});
