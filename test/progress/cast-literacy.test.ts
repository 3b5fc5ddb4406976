// The science-literacy series of the CAST dataset (src/data, from cast-data.md §1: 2015 6.20,
// 2018 8.47, 2020 10.56, 2022 12.93, 2023 14.14, 2024 15.37 — sources in cast-data.md) assessed
// against each of its targets as of 2025-06-30, base year 2015 (ESCAP's base year and the year
// before the national outline's period). Expected values computed by hand in Python (float64):
//   distance share  (15.37 − 6.2)/(y* − 6.2): y*=10 → 2.413158; 15 → 1.042045; 20 → 0.664493; 25 → 0.487766
//   time share      (2024 − 2015)/(T − 2015): 2025 → 0.9; 2035 → 0.45
//   pace            1.042045/0.9 = 1.157828; 0.664493/0.45 = 1.476651; 0.487766/0.45 = 1.083924
//   time distance   2015 + P·(T − 2015) − 2024: 2025 → 1.420455; 2035 >20 → 4.289855; =25 → 0.755319
//   WLS (w = (T − 2015)/(T − t)): ŷ_2025 = 16.346971 (AP 1.153065); ŷ_2035 = 26.677982
//     → AP(>20) = (26.677982 − 6.2)/13.8 = 1.483912; AP(=25) = 20.477982/18.8 = 1.089254
//   CAGR g = (15.37/6.2)^(1/9) − 1 = 0.106138; ŷ_2035 = 15.37·(1+g)^11 = 46.620219 (implausible, §10)
//   logit slope = mean of the five per-interval slopes (L(y_i) − L(y_{i−1}))/(t_i − t_{i−1}),
//     L(y) = ln(Y/(1 − Y)), Y = y/100 (reference §1.4) = 0.109988; ŷ_2035 = 37.847921;
//     OLS ŷ_2035 = 26.438721
//   forecast of 25 %: WLS 2033.401885, OLS 2033.608133, CAGR 2028.822423, logit 2029.521161,
//     average annual change (1.018889/yr) 2033.451472
//   Eurostat with 20 % by 2035: short-term 2020→2024 a = 0.098380, r = (20/10.56)^(1/15) − 1 =
//     0.043497, RR 2.261774; long-term 2015→2024 a = 0.106138, r = 0.060308, RR 1.759933
//   StatCan with 15 % by 2025: R = 0.106138/0.092370 = 1.149042 but the target is achieved → score 5
import { describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import { assessIndicator, type TargetAssessment } from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { allFinite, near, ok } from "./helpers.js";

const document = deepFreeze(parsePlanDocument(castPlanDocument));
const indicator = document.indicators.find((i) => i.id === "ind.science-literacy");
if (!indicator) throw new Error("the CAST dataset has no ind.science-literacy");
const result = assessIndicator(indicator, document.observations, {
  asOf: "2025-06-30",
  baselinePeriod: 2015,
});
const byId = (suffix: string): TargetAssessment => {
  const t = result.targets.find((x) => x.targetId === `ind.science-literacy.${suffix}`);
  if (!t) throw new Error(`no target ${suffix}`);
  return t;
};

describe("CAST science literacy, as of 2025-06-30", () => {
  it("uses the national series: baseline 6.20 (2015), latest 15.37 (2024)", () => {
    expect(result.baseline).toEqual({
      period: "2015",
      year: 2015,
      value: 6.2,
      source: "observation",
      status: "final",
    });
    expect(result.latest).toEqual({ period: "2024", year: 2024, value: 15.37, status: "final" });
    expect(result.series.years).toEqual([
      2003, 2005, 2007, 2010, 2015, 2018, 2020, 2022, 2023, 2024,
    ]);
    expect(result.warnings.map((w) => w.code)).toContain("irregular-gaps");
    expect(allFinite(result)).toEqual([]);
  });

  it("2020 '> 10 %' (outline and action plan): achieved on time, 10.56 in 2020", () => {
    for (const id of ["t2020-outline", "t2020-ap2018"]) {
      const t = byId(id);
      const m = ok(t.milestone);
      expect(m.milestone).toBe("achieved-on-time");
      expect(m.firstMetYear).toBe(2020);
      expect(m.firstMetValue).toBe(10.56);
      near(ok(t.distanceShare).raw, 2.413158);
      expect(ok(t.distanceShare).clamped).toBe(1);
      expect(ok(t.escap).category).toBe("target-year-passed");
      expect(t.warnings.map((w) => w.code)).toContain("target-year-passed");
    }
  });

  it("2025 '> 15 %': achieved early (15.37 in 2024), pace 1.157828", () => {
    const t = byId("t2025-national");
    expect(ok(t.milestone).milestone).toBe("achieved-early");
    expect(ok(t.milestone).firstMetYear).toBe(2024);
    near(ok(t.distanceShare).raw, 1.042045);
    const pace = ok(t.pace);
    near(pace.timeShare, 0.9);
    near(pace.paceIndex, 1.157828);
    near(pace.timeDistance, 1.420455);
    const escap = ok(t.escap);
    near(ok(escap.anticipated).projected, 16.346971);
    near(ok(escap.anticipated).share, 1.153065);
    expect(escap.category).toBe("maintain");
    const statCan = t.statCan && ok(t.statCan);
    near(statCan?.value, 1.149042);
    expect(statCan?.category).toBe("target-achieved");
    expect(statCan?.score).toBe(5);
    const forecast = t.forecasts?.linear;
    expect(forecast && ok(forecast).outcome).toBe("already-met");
  });

  it("2035 '> 20 %' (CAST outline): active, ahead of the straight-line path", () => {
    const t = byId("t2035-outline");
    expect(ok(t.milestone).milestone).toBe("active");
    near(ok(t.distanceShare).raw, 0.664493);
    near(ok(t.pace).paceIndex, 1.476651);
    near(ok(t.pace).timeDistance, 4.289855);
    const escap = ok(t.escap);
    near(ok(escap.anticipated).projected, 26.677982);
    near(ok(escap.anticipated).share, 1.483912);
    expect(escap.category).toBe("maintain");
    const eurostat = t.eurostat;
    near(eurostat && ok(eurostat.shortTerm).value, 2.261774);
    near(eurostat && ok(eurostat.longTerm).value, 1.759933);
    expect(eurostat && ok(eurostat.longTerm).category).toBe("significant-progress");
  });

  it("2035 '= 25 %' (national outline, reach): active; projections disagree as §10 warns", () => {
    const t = byId("t2035-national");
    expect(ok(t.milestone).milestone).toBe("active");
    near(ok(t.distanceShare).raw, 0.487766);
    near(ok(t.pace).paceIndex, 1.083924);
    near(ok(t.pace).timeDistance, 0.755319);
    near(ok(ok(t.escap).anticipated).share, 1.089254);
    const a = t.anticipated ?? {};
    near(a.cagr && ok(a.cagr).projected, 46.620219);
    near(a.logit && ok(a.logit).projected, 37.847921);
    near(a.linear && ok(a.linear).projected, 26.438721);
    const f = t.forecasts ?? {};
    near(f["weighted-linear"] && ok(f["weighted-linear"]).year, 2033.401885);
    near(f.linear && ok(f.linear).year, 2033.608133);
    near(f.cagr && ok(f.cagr).year, 2028.822423);
    near(f.logit && ok(f.logit).year, 2029.521161);
    near(f["average-annual-change"] && ok(f["average-annual-change"]).year, 2033.451472);
    expect(result.explanation).toContain("= 25% by 2035");
  });

  it("without a target: Eurostat and Statistics Canada see significant / substantial progress", () => {
    // Eurostat no target: d·a = 0.098380 (2020→2024) and 0.106138 (2015→2024), both > 1 %/yr.
    // StatCan method 1, limit 100: C = 1 − 0.062^4.44 = 0.999996; v = 0.106138 ≥ 0.015·C → score 5.
    const trend = result.trend;
    near(trend && ok(trend.eurostatShortTerm).value, 0.09838);
    expect(trend && ok(trend.eurostatLongTerm).category).toBe("significant-progress");
    near(trend && ok(trend.statCan).limitFactor, 0.999996);
    expect(trend && ok(trend.statCan).category).toBe("substantial-progress");
    expect(trend && ok(trend.statCan).score).toBe(5);
  });

  it("the current target is the first one not yet achieved: the outline's 2035 target", () => {
    expect(result.currentTargetId).toBe("ind.science-literacy.t2035-outline");
  });

  it("by default the declared baseline (2015, 6.20) is used, with the same shares", () => {
    const d = assessIndicator(indicator, document.observations, { asOf: "2025-06-30" });
    expect(d.baseline).toEqual({ period: "2015", year: 2015, value: 6.2, source: "indicator" });
    expect(d.warnings.map((w) => w.code)).not.toContain("baseline-from-observation");
    const t = d.targets.find((x) => x.targetId === "ind.science-literacy.t2035-national");
    near(t && ok(t.distanceShare).raw, 0.487766);
  });

  it("from 2003 (the first observation) the baseline is 1.98, with a warning", () => {
    const d = assessIndicator(indicator, document.observations, {
      asOf: "2025-06-30",
      baselinePeriod: 2003,
    });
    expect(d.baseline).toEqual({
      period: "2003",
      year: 2003,
      value: 1.98,
      source: "observation",
      status: "final",
    });
    // (15.37 − 1.98)/(25 − 1.98) = 13.39/23.02 = 0.581668
    const t = d.targets.find((x) => x.targetId === "ind.science-literacy.t2035-national");
    near(t && ok(t.distanceShare).raw, 0.581668);
  });
});
