// Linear progress: the one share behind ESCAP's current status, IATI's progress counted from the
// baseline and an OKR key result's progression. Expected values: progress-methods.md §6.3 (I1,
// I2) and §7.3 (KR1–KR3), and hand arithmetic.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessLinear,
  assessProgress,
  computeDistanceShare,
  computeIatiProgress,
  computeOkrProgress,
  computePaceIndex,
  computeTimeShare,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

const linear = (values: number[], target: number, direction: "increase" | "decrease") =>
  assessLinear(
    deepFreeze({
      years: values.map((_, i) => 2015 + i),
      values,
      direction,
      target: { value: target, year: 2030 },
    }),
  );

describe("assessLinear", () => {
  it("IATI I1: baseline 15, target 50, actual 53 → 1.085714 (achieved), I2: 120 → 95 toward 80 → 0.625", () => {
    const i1 = linear([15, 53], 50, "increase");
    expect(i1.status === "measured" && i1.value).toBeCloseTo(1.085714, 6);
    expect(i1).toMatchObject({
      method: "linear",
      clamped: 1,
      achieved: true,
      category: "achieved",
    });
    const i2 = linear([120, 95], 80, "decrease");
    expect(i2.status === "measured" && i2.value).toBeCloseTo(0.625, 12);
    expect(i2).toMatchObject({ clamped: 0.625, achieved: false, category: "progressing" });
    // IATI's own function on one period gives the same share.
    const iati = computeIatiProgress({ baseline: 15, periods: [{ target: 50, actual: 53 }] });
    expect(iati.status === "measured" && iati.progress).toBeCloseTo(1.085714, 6);
  });

  it("OKR KR1–KR3: 0→100 at 40 → 0.4; 50→20 at 35 → 0.5; 10→20 at 25 → raw 1.5, clamped 1", () => {
    expect(linear([0, 40], 100, "increase")).toMatchObject({ value: 0.4, clamped: 0.4 });
    expect(linear([50, 35], 20, "decrease")).toMatchObject({ value: 0.5, clamped: 0.5 });
    expect(linear([10, 25], 20, "increase")).toMatchObject({ value: 1.5, clamped: 1 });
    const okr = computeOkrProgress([
      { start: 0, target: 100, current: 40, weight: 1 },
      { start: 50, target: 20, current: 35, weight: 2 },
      { start: 10, target: 20, current: 25, weight: 1 },
    ]);
    // (0.4·1 + 0.5·2 + 1·1)/4 = 0.6: the weighted mean of the clamped shares above.
    expect(okr.status === "measured" && okr.progress).toBeCloseTo(0.6, 12);
  });

  it("schedule-evaluation.md T-PR-1/2: goalposts progress, time share and their ratio", () => {
    // T-PR-1: 40 → 60 (2017 → 2020), actual 55 in 2019: (55 − 40)/(60 − 40) = 0.75; expected by
    // 2019: (2019 − 2017)/(2020 − 2017) = 0.666667; ratio 0.75/0.666667 = 1.125.
    const r = assessLinear({
      years: [2017, 2019],
      values: [40, 55],
      direction: "increase",
      target: { value: 60, year: 2020 },
    });
    expect(r).toMatchObject({ value: 0.75, clamped: 0.75, category: "progressing" });
    const time = computeTimeShare({ baselineYear: 2017, currentYear: 2019, targetYear: 2020 });
    expect(time.status === "measured" && time.timeShare).toBeCloseTo(0.666667, 6);
    const pace = computePaceIndex({
      distanceShare: 0.75,
      baselineYear: 2017,
      currentYear: 2019,
      targetYear: 2020,
    });
    expect(pace.status === "measured" && pace.paceIndex).toBeCloseTo(1.125, 12);
    // T-PR-2: decreasing 30 → 20, actual 27: (30 − 27)/(30 − 20) = 0.3.
    expect(linear([30, 27], 20, "decrease")).toMatchObject({ status: "measured", value: 0.3 });
  });

  it("categories: no progress, regressing; a base meeting the target is said", () => {
    expect(linear([60, 60], 90, "increase")).toMatchObject({ value: 0, category: "no-progress" });
    expect(linear([60, 50], 90, "increase")).toMatchObject({
      clamped: 0,
      category: "regressing",
    });
    const met = linear([95, 96], 90, "increase");
    expect(met.warnings.map((w) => w.code)).toEqual(["baseline-meets-target"]);
  });

  it("degenerate and thin inputs are unmeasurable with a reason, never 0.5 or 0", () => {
    // OKR trackers (d3) give 0.5 for start = target = 5; the share is undefined here.
    expect(linear([5, 7], 5, "increase")).toMatchObject({
      status: "unmeasurable",
      reason: "degenerate-range",
    });
    expect(linear([5], 10, "increase")).toMatchObject({ reason: "insufficient-data" });
    expect(
      assessLinear({ years: [2015, 2016], values: [1, 2], direction: "increase" }),
    ).toMatchObject({ reason: "insufficient-data" });
    // baseYear picks the first observation at or after it: 2016 (40) → 2017 (70) toward 100.
    const based = assessLinear(
      {
        years: [2015, 2016, 2017],
        values: [10, 40, 70],
        direction: "increase",
        target: { value: 100, year: 2030 },
      },
      { baseYear: 2016 },
    );
    expect(based).toMatchObject({ value: 0.5, inputsUsed: { years: [2016, 2017] } });
  });

  it("equals the ESCAP current status index (computeDistanceShare) and the dispatcher (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 150 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: -50, max: 150 }),
        fc.constantFrom("increase" as const, "decrease" as const),
        (values, target, direction) => {
          const series = {
            years: values.map((_, i) => 2015 + i),
            values,
            direction,
            target: { value: target, year: 2030 },
          };
          const r = assessLinear(series);
          const cs = computeDistanceShare({
            baseline: values[0] as number,
            current: values.at(-1) as number,
            target,
            direction,
          });
          expect(r.status).toBe(cs.status);
          if (r.status === "measured" && cs.status === "measured") {
            expect(r.value).toBeCloseTo(cs.raw, 12);
            expect(r.clamped).toBeCloseTo(cs.clamped, 12);
          }
          expect(assessProgress(series, { method: "linear" })).toEqual(r);
        },
      ),
    );
  });
});
