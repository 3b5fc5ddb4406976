import { describe, expect, it } from "vitest";
import {
  computeBaselineVariance,
  computeEarnedValue,
  computeRemainingWork,
  rollUpPercentComplete,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

describe("rollUpPercentComplete — worked examples A2.6", () => {
  it("T-PCT-1: work 50, remaining 30 → 40 %", () => {
    expect(
      rollUpPercentComplete({ work: 50, remaining: 30 }, { method: "work-weighted" })
        .percentComplete,
    ).toBeCloseTo(40, 6);
  });
  it("T-PCT-4: status-based, work 20 h at 25 % → remaining 15 h", () => {
    expect(computeRemainingWork(20, 25)).toBe(15);
  });
  it("A2.6-1 older example: (16 h × 60 % + 8 h × 30 %)/24 h = 50 %", () => {
    const root = {
      children: [
        { work: 16, percentComplete: 60 },
        { work: 8, percentComplete: 30 },
      ],
    };
    expect(rollUpPercentComplete(root, { method: "work-weighted" }).percentComplete).toBeCloseTo(
      50,
      6,
    );
  });
  it("T-PCT-2: (50 h, 30 %), (5 h, 70 %) → 33.6364 % work-weighted, 50 % simple", () => {
    const root = deepFreeze({
      children: [
        { work: 50, percentComplete: 30 },
        { work: 5, percentComplete: 70 },
      ],
    });
    expect(rollUpPercentComplete(root, { method: "work-weighted" }).percentComplete).toBeCloseTo(
      33.636364,
      5,
    );
    expect(rollUpPercentComplete(root, { method: "simple-average" }).percentComplete).toBeCloseTo(
      50,
      6,
    );
  });
  it("T-PCT-3: KB 101495 — leaf durations 20 %, legacy summary-span method 22.5 %", () => {
    const root = deepFreeze({
      children: [
        {
          duration: 5,
          children: [
            { duration: 1, percentComplete: 50 },
            { duration: 1, percentComplete: 0 },
          ],
        },
        { duration: 1, percentComplete: 10 },
      ],
    });
    expect(rollUpPercentComplete(root).percentComplete).toBeCloseTo(20, 6);
    expect(rollUpPercentComplete(root, { aggregation: "nested" }).percentComplete).toBeCloseTo(
      22.5,
      6,
    );
  });
  it("leaves without work are left out of the work-weighted mode; nothing weighted is a reason, not NaN", () => {
    const root = { children: [{ work: 10, percentComplete: 20 }, { percentComplete: 90 }] };
    expect(rollUpPercentComplete(root, { method: "work-weighted" }).percentComplete).toBeCloseTo(
      20,
      6,
    );
    expect(rollUpPercentComplete({ children: [{ percentComplete: 50 }] })).toEqual({
      percentComplete: undefined,
      reason: "no-weight",
    });
    expect(() =>
      rollUpPercentComplete({ children: [{ duration: 1, percentComplete: 120 }] }),
    ).toThrow(
      expect.objectContaining({
        code: "INVALID_ARGUMENT",
        issues: [expect.objectContaining({ path: ["children", 0, "percentComplete"] })],
      }),
    );
  });
});

describe("computeBaselineVariance — A2.7", () => {
  it("T-BL-1: baseline finish 2020-12-31, finish 2021-03-31 → +90 calendar days, +64 working days", () => {
    const v = computeBaselineVariance({ baselineFinish: "2020-12-31", finish: "2021-03-31" });
    expect(v.finishVariance).toEqual({ calendarDays: 90, workingDays: 64 });
    expect(v.startVariance).toBeUndefined();
  });
  it("early is negative and mirrors the late case; equal dates give 0", () => {
    const v = computeBaselineVariance({
      baselineStart: "2021-03-31",
      start: "2020-12-31",
      baselineFinish: "2021-01-04",
      finish: "2021-01-04",
    });
    expect(v.startVariance).toEqual({ calendarDays: -90, workingDays: -64 });
    expect(v.finishVariance).toEqual({ calendarDays: 0, workingDays: 0 });
  });
});

describe("computeEarnedValue — A2.8", () => {
  it("T-EVM-1: BAC 100, PV 50, 60 % done → EV 60, SPI 1.2, SV 10", () => {
    const r = computeEarnedValue({
      budgetAtCompletion: 100,
      plannedValue: 50,
      percentComplete: 60,
    });
    expect(r.earnedValue).toBe(60);
    expect(r.schedulePerformanceIndex).toBeCloseTo(1.2, 6);
    expect(r.scheduleVariance).toBe(10);
    expect(r.costPerformanceIndex).toBeUndefined();
    expect(r.undefinedReasons.costPerformanceIndex).toBe("needs actual cost (actualCost)");
  });
  it("T-EVM-2: BAC 100, PV 75, AC 70, EV 60", () => {
    const r = computeEarnedValue({
      budgetAtCompletion: 100,
      plannedValue: 75,
      actualCost: 70,
      earnedValue: 60,
    });
    expect(r.scheduleVariance).toBeCloseTo(-15, 6);
    expect(r.costVariance).toBeCloseTo(-10, 6);
    expect(r.schedulePerformanceIndex).toBeCloseTo(0.8, 6);
    expect(r.costPerformanceIndex).toBeCloseTo(0.857143, 6);
    expect(r.estimateAtCompletion).toBeCloseTo(116.666667, 6);
    expect(r.estimateToComplete).toBeCloseTo(46.666667, 6);
    expect(r.varianceAtCompletion).toBeCloseTo(-16.666667, 6);
    expect(r.toCompletePerformanceIndex).toBeCloseTo(1.333333, 6);
    expect(r.scheduleVariancePercent).toBeCloseTo(-20, 6);
    expect(r.costVariancePercent).toBeCloseTo(-16.666667, 6);
    expect(r.undefinedReasons).toEqual({});
  });
  it("T-EVM-3: BCWP 500, ACWP 400 → CV% 20", () => {
    const r = computeEarnedValue({
      budgetAtCompletion: 1000,
      plannedValue: 500,
      earnedValue: 500,
      actualCost: 400,
    });
    expect(r.costVariancePercent).toBeCloseTo(20, 6);
  });
  it("T-EVM-3 from EV and AC alone: CV 100, CV% 20, CPI 1.25; the rest says what it needs", () => {
    const r = computeEarnedValue(deepFreeze({ earnedValue: 500, actualCost: 400 }));
    // CV = 500 − 400 = 100; CV% = 100/500 × 100 = 20; CPI = 500/400 = 1.25.
    expect(r.costVariance).toBe(100);
    expect(r.costVariancePercent).toBeCloseTo(20, 12);
    expect(r.costPerformanceIndex).toBeCloseTo(1.25, 12);
    expect(r.scheduleVariance).toBeUndefined();
    expect(r.undefinedReasons).toEqual({
      scheduleVariance: "needs planned value (plannedValue)",
      scheduleVariancePercent: "needs planned value (plannedValue)",
      schedulePerformanceIndex: "needs planned value (plannedValue)",
      estimateAtCompletion: "needs budget at completion (budgetAtCompletion)",
      estimateToComplete: "estimate at completion is undefined",
      varianceAtCompletion: "estimate at completion is undefined",
      toCompletePerformanceIndex: "needs budget at completion (budgetAtCompletion)",
    });
    // Percent complete without BAC cannot become EV: every EV figure says so.
    const noBac = computeEarnedValue({ percentComplete: 40, plannedValue: 10 });
    expect(noBac.earnedValue).toBeUndefined();
    expect(noBac.undefinedReasons.earnedValue).toBe(
      "needs budget at completion (budgetAtCompletion) to turn percent complete into earned value",
    );
    expect(noBac.undefinedReasons.schedulePerformanceIndex).toBe("needs earned value");
  });
  it("zero denominators give undefined with reasons, never NaN or Infinity", () => {
    const r = computeEarnedValue({
      budgetAtCompletion: 100,
      plannedValue: 0,
      earnedValue: 0,
      actualCost: 100,
    });
    for (const value of Object.values(r)) {
      if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
    }
    expect(r.schedulePerformanceIndex).toBeUndefined();
    expect(r.costVariancePercent).toBeUndefined();
    expect(r.estimateAtCompletion).toBeUndefined();
    expect(r.toCompletePerformanceIndex).toBeUndefined();
    expect(r.undefinedReasons.toCompletePerformanceIndex).toBe(
      "budget at completion equals actual cost",
    );
    expect(() =>
      computeEarnedValue({ budgetAtCompletion: -1, plannedValue: 0, earnedValue: 0 }),
    ).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });
});
