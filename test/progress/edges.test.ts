// Issue 16 (progress part): the edge rules of the series methods. Expected values come from
// progress-methods.md or are computed here by hand; each test failed before its fix.
import { describe, expect, it } from "vitest";
import {
  assessDns,
  assessEscap,
  assessEurostat,
  assessProgress,
  assessStatCan,
  assessUnsd,
  computeAnnualChangeRatio,
  forecastTargetYear,
  projectSeries,
  selectEurostatWindow,
} from "../../src/index.js";
import { near, ok } from "./helpers.js";

const logit = (v: number, scale = 100) => Math.log(v / scale / (1 - v / scale));
const inverse = (l: number, scale = 100) => scale / (1 + Math.exp(-l));

describe("1. negative series: compound growth needs positive values; StatCan flips", () => {
  const negative = { years: [2015, 2022], values: [-50, -40], direction: "increase" } as const;
  it("Eurostat: all-negative → invalid-for-growth-rate (was a rate from the ratio of negatives)", () => {
    const r = assessEurostat(negative);
    expect(r.status === "unmeasurable" && r.reason).toBe("invalid-for-growth-rate");
    const t = assessEurostat({ ...negative, target: { value: -10, year: 2030 } });
    expect(t.status === "unmeasurable" && t.reason).toBe("invalid-for-growth-rate");
  });
  it("UNSD: all-negative → invalid-for-growth-rate", () => {
    const r = assessUnsd({ ...negative, target: { value: -10, year: 2030 } });
    expect(r.status === "unmeasurable" && r.reason).toBe("invalid-for-growth-rate");
    expect(assessUnsd(negative).status).toBe("unmeasurable");
  });
  it("ESCAP with CAGR: anticipated progress invalid-for-growth-rate, category insufficient-data", () => {
    const r = ok(assessEscap({ ...negative, target: { value: -10, year: 2030 } }));
    expect(r.anticipated.status === "unmeasurable" && r.anticipated.reason).toBe(
      "invalid-for-growth-rate",
    );
    expect(r.category).toBe("insufficient-data");
    expect(r.value).toBeUndefined();
    // the current status is linear: (−40 − −50)/|−10 − −50| = 10/40
    near(r.currentStatus.raw, 0.25);
    const cagr = projectSeries([2015, 2022], [-50, -40], { kind: "cagr", targetYear: 2030 });
    expect(cagr.status === "unmeasurable" && cagr.reason).toBe("invalid-for-growth-rate");
  });
  it("a zero value is invalid for compound growth too", () => {
    const r = assessEurostat({ years: [2015, 2022], values: [0, 5], direction: "increase" });
    expect(r.status === "unmeasurable" && r.reason).toBe("invalid-for-growth-rate");
  });
  it("Statistics Canada flips the direction for an all-negative series (Open SDG sign rule)", () => {
    // CAGR = (−40/−50)^(1/7) − 1 = 0.8^(1/7) − 1 < 0; sign −1, d +1 → v = −CAGR > 0: progress
    const v = -(0.8 ** (1 / 7) - 1);
    const r = ok(assessStatCan(negative));
    near(r.value, v);
    expect(r.category).toBe(v >= 0.015 ? "substantial-progress" : "moderate-progress");
  });
  it("the linear alternative works on negative values", () => {
    // observed (−40 + 50)/7, required (−10 + 50)/15, ratio = (10/7)/(40/15)
    const r = ok(computeAnnualChangeRatio({ ...negative, target: { value: -10, year: 2030 } }));
    near(r.ratio, 10 / 7 / (40 / 15));
  });
});

describe("2. logit projection: mean of the per-interval slopes, every value inside (0, scale)", () => {
  it("[2000: 10, 2001: 20, 2003: 30] to 2010 on 0–100 → 94.95", () => {
    const slope = ((logit(20) - logit(10)) / 1 + (logit(30) - logit(20)) / 2) / 2;
    const expected = inverse(logit(30) + slope * (2010 - 2003));
    near(expected, 94.95, 0.005);
    const p = ok(
      projectSeries([2000, 2001, 2003], [10, 20, 30], { kind: "logit", targetYear: 2010 }),
    );
    near(p.projected, expected);
    near(p.rate, slope);
    expect(p.yearsUsed).toEqual([2000, 2001, 2003]);
  });
  it("an interior value on a limit makes it unmeasurable with a reason", () => {
    const p = projectSeries([2000, 2001, 2003], [10, 100, 30], { kind: "logit", targetYear: 2010 });
    expect(p.status === "unmeasurable" && p.reason).toBe("invalid-for-growth-rate");
    expect(p.status === "unmeasurable" && p.message).toContain("2001");
    const f = forecastTargetYear([2000, 2001, 2003], [10, 0, 30], {
      kind: "logit",
      target: 50,
      direction: "increase",
    });
    expect(f.status).toBe("unmeasurable");
  });
});

describe("3. target achieved is checked first (StatCan, UNSD)", () => {
  const series = {
    years: [2015, 2022],
    values: [10, 5],
    direction: "decrease",
    target: { value: 10, year: 2030 },
  } as const;
  it("StatCan: decrease 10 → 5, target 10 (= base) → target-achieved, score 5", () => {
    const r = ok(assessStatCan(series));
    expect(r.category).toBe("target-achieved");
    expect(r.achieved).toBe(true);
    expect(r.score).toBe(5);
    expect(r.value).toBeUndefined();
  });
  it("StatCan: target year not after the base year, target met → achieved", () => {
    const r = ok(assessStatCan({ ...series, target: { value: 8, year: 2015 } }));
    expect(r.category).toBe("target-achieved");
  });
  it("UNSD: decrease 10 → 5, target 10 → score 3, achieved", () => {
    const r = ok(assessUnsd(series));
    expect([r.score, r.category, r.achieved]).toEqual([3, "on-track", true]);
  });
});

describe("4. ESCAP with one observation is insufficient data", () => {
  it("unmeasurable, not CS = 0", () => {
    const r = assessEscap({
      years: [2022],
      values: [52],
      direction: "increase",
      target: { value: 70, year: 2030 },
    });
    expect(r.status === "unmeasurable" && r.reason).toBe("insufficient-data");
  });
});

describe("5. a passed target year is judged at the deadline, never projected backwards", () => {
  const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];
  it("UNSD: only observations up to the target year; achieved at the deadline", () => {
    // target 56 by 2019; 2019 value 54 misses it; 2022 value 60 would meet it
    const values = [50, 51, 52, 53, 54, 56, 58, 60];
    const r = ok(
      assessUnsd({ years, values, direction: "increase", target: { value: 56, year: 2019 } }),
    );
    expect(r.achieved).toBe(false);
    expect(r.targetYearPassed).toBe(true);
    expect(r.inputsUsed.years).toEqual([2015, 2019]);
    // at the deadline: ratio = (54 − 50)/(56 − 50), no projection (T = t)
    near(r.value, 4 / 6);
    near(r.projected, 54);
    expect(r.score).toBe(2);
    expect(r.warnings.map((w) => w.code)).toContain("target-year-passed");
  });
  it("UNSD: met by the deadline → achieved, score 3", () => {
    const values = [50, 51, 52, 53, 57, 55, 54, 53];
    const r = ok(
      assessUnsd({ years, values, direction: "increase", target: { value: 56, year: 2019 } }),
    );
    expect([r.achieved, r.score]).toEqual([true, 3]);
  });
  it("DNS: category target-year-passed, achieved judged at the last observation by T", () => {
    const values = [10, 11, 12, 13, 14, 15, 16, 17];
    const missed = ok(
      assessDns({ years, values, direction: "increase", target: { value: 15, year: 2019 } }),
    );
    expect([missed.category, missed.achieved, missed.value]).toEqual([
      "target-year-passed",
      false,
      undefined,
    ]);
    expect(missed.inputsUsed.years).toEqual([2019]);
    const met = ok(
      assessDns({ years, values, direction: "increase", target: { value: 14, year: 2019 } }),
    );
    expect([met.category, met.achieved]).toEqual(["target-year-passed", true]);
  });
});

describe("6. a flat zero series is no change", () => {
  it("StatCan 0 → 0: CAGR 0 (not −100 %/year from the zero replacement)", () => {
    const r = ok(assessStatCan({ years: [2015, 2022], values: [0, 0], direction: "increase" }));
    expect(r.rate).toBe(0);
    expect(r.value).toBe(0);
    expect(r.category).toBe("limited-progress");
    // score 500·0/C − 2.5
    near(r.score, -2.5, 1e-4);
    const d = ok(assessStatCan({ years: [2015, 2022], values: [0, 0], direction: "decrease" }));
    expect(d.value).toBe(0);
  });
});

describe("7. the missing pieces", () => {
  it("Eurostat window: first observation inside the period, minimum counts", () => {
    const years = [2005, 2010, 2016, 2018, 2020, 2022];
    const short = selectEurostatWindow(years, "short-term");
    expect([short.fromYear, short.startYear, short.observations]).toEqual([2017, 2018, 3]);
    const long = selectEurostatWindow(years, "long-term");
    expect([long.fromYear, long.startYear, long.observations, long.sufficient]).toEqual([
      2007,
      2010,
      5,
      false,
    ]);
    // on the boundary year itself: that observation (2017 = 2022 − 5)
    expect(selectEurostatWindow([2022, 2017, 2016], "short-term").startYear).toBe(2017);
  });
  it("assessEurostat with a window uses its first observation (EU1 from a longer series)", () => {
    const r = ok(
      assessEurostat(
        {
          years: [2010, 2014, 2017, 2019, 2022],
          values: [12, 15, 17.5, 20, 23],
          direction: "increase",
          target: { value: 42.5, year: 2030 },
        },
        { window: "short-term" },
      ),
    );
    near(r.value, 0.795331);
    expect(r.inputsUsed.years).toEqual([2017, 2022]);
  });
  it("observed vs required average annual change (CS1: 12/7 vs 30/15, ratio = pace 0.857143)", () => {
    const r = ok(
      computeAnnualChangeRatio({
        years: [2015, 2022],
        values: [40, 52],
        direction: "increase",
        target: { value: 70, year: 2030 },
      }),
    );
    near(r.observedChange, 12 / 7);
    near(r.requiredChange, 2);
    near(r.ratio, 0.857143);
  });
  it("ESCAP anticipated with the average annual change over n intervals, rate in the result", () => {
    // DNS series; last 2 intervals: (15 − 13)/2 = 1 per year; ŷ_2030 = 15 + 7 = 22;
    // AP = (22 − 10)/(25 − 10) = 0.8
    const r = ok(
      assessEscap(
        {
          years: [2018, 2019, 2020, 2021, 2022, 2023],
          values: [10, 11, 12.5, 13, 14.5, 15],
          direction: "increase",
          target: { value: 25, year: 2030 },
        },
        { projection: "average-annual-change", intervals: 2 },
      ),
    );
    const a = ok(r.anticipated);
    near(a.rate, 1);
    near(a.projected, 22);
    near(r.value, 0.8);
    expect(r.inputsUsed.years).toEqual([2021, 2022, 2023]);
    // n = 1: (15 − 14.5)/1 = 0.5 per year → ŷ = 18.5, AP = 8.5/15
    const one = ok(
      assessEscap(
        {
          years: [2018, 2019, 2020, 2021, 2022, 2023],
          values: [10, 11, 12.5, 13, 14.5, 15],
          direction: "increase",
          target: { value: 25, year: 2030 },
        },
        { projection: "average-annual-change", intervals: 1 },
      ),
    );
    near(one.value, 8.5 / 15);
    near(
      ok(
        ok(
          assessEscap({
            years: [2015, 2022],
            values: [40, 50],
            direction: "increase",
            target: { value: 70, year: 2030 },
          }),
        ).anticipated,
      ).rate,
      0.032391,
    );
  });
  it("StatCan: raw score before clamping and the limit-scaled thresholds (SC4, SC5)", () => {
    // SC4: v = 0.031375 ≥ 0.015 → 500·v − 5 = 10.6875 raw, clamped 5
    const sc4 = ok(assessStatCan({ years: [2015, 2022], values: [5, 4], direction: "decrease" }));
    near(sc4.rawScore, 500 * 0.031375 - 5, 1e-3);
    expect(sc4.score).toBe(5);
    expect(sc4.thresholds).toEqual({ high: 0.015, medium: 0.005, low: 0 });
    const sc5 = ok(
      assessStatCan(
        { years: [2015, 2022], values: [98, 99], direction: "increase" },
        { limit: 100 },
      ),
    );
    near(sc5.thresholds.high, 0.001287);
    near(sc5.thresholds.medium, 0.000429);
    near(sc5.rawScore, 3.4585, 1e-4);
    // SC8: R = −4.303420 → raw 4.1667·R − 2.5 = −20.4311, clamped −5
    const sc8 = ok(
      assessStatCan({
        years: [2015, 2022],
        values: [96, 94],
        direction: "increase",
        target: { value: 95, year: 2030 },
      }),
    );
    near(sc8.rawScore, 4.1667 * -4.30342 - 2.5, 1e-3);
    expect(sc8.score).toBe(-5);
  });
});

describe("9. assessProgress dispatches with the same series", () => {
  const series = {
    years: [2015, 2022],
    values: [40, 50],
    direction: "increase",
    target: { value: 70, year: 2030 },
  } as const;
  it("every method returns the common fields", () => {
    for (const method of ["escap", "eurostat", "statcan", "unsd", "dns"] as const) {
      const r = assessProgress(series, { method });
      if (r.status !== "measured") {
        expect(method).toBe("dns"); // DNS needs four observations
        continue;
      }
      expect(r.method).toBe(method);
      expect(r.achieved).toBe(false);
      expect(typeof r.category).toBe("string");
      expect(r.inputsUsed.years).toEqual([2015, 2022]);
      expect(r.inputsUsed.target).toEqual({ value: 70, year: 2030 });
    }
    // UNSD ratio = ESCAP AP with CAGR (§4): 0.817482
    near(ok(assessProgress(series, { method: "unsd" })).value, 0.817482);
    near(ok(assessProgress(series, { method: "escap" })).value, 0.817482);
  });
});
