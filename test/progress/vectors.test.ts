// Every acceptance vector T01–T31 of progress-methods.md §12.3 and the worked examples of §1.6,
// §2.4, §3.4, §4, §5, §6.3 and §7.3. Expected values are copied from the reference (computed there
// independently in Python float64 / real d3); tolerance 1e-6 for ratios, 1e-4 for scores.
import { describe, expect, it } from "vitest";
import {
  assessDns,
  assessEscap,
  assessEurostat,
  assessStatCan,
  assessUnsd,
  computeDistanceShare,
  computeIatiProgress,
  computeOkrProgress,
  computePaceIndex,
  computeTimeShare,
  projectSeries,
} from "../../src/index.js";
import { near, ok } from "./helpers.js";

const Y = { baselineYear: 2015, currentYear: 2022, targetYear: 2030 } as const;

describe("ESCAP Current Status (§1.6 CS1–CS5, T01–T05)", () => {
  it("T01/CS1 increase 40→52, target 70 → 0.4, pace 0.857143", () => {
    const cs = ok(
      computeDistanceShare({ baseline: 40, current: 52, target: 70, direction: "increase" }),
    );
    near(cs.raw, 0.4);
    expect(cs.achieved).toBe(false);
    const pace = ok(computePaceIndex({ distanceShare: cs.raw, ...Y }));
    near(pace.timeShare, 0.466667);
    near(pace.paceIndex, 0.857143);
  });
  it("T02/CS2 decrease 50→38, target 25 → 0.48, pace 1.028571", () => {
    const cs = ok(
      computeDistanceShare({ baseline: 50, current: 38, target: 25, direction: "decrease" }),
    );
    near(cs.raw, 0.48);
    near(ok(computePaceIndex({ distanceShare: cs.raw, ...Y })).paceIndex, 1.028571);
  });
  it("T03/CS3 decrease 50→55, target 25 → −0.2, regressed", () => {
    const cs = ok(
      computeDistanceShare({ baseline: 50, current: 55, target: 25, direction: "decrease" }),
    );
    near(cs.raw, -0.2);
    expect(cs.regressed).toBe(true);
    expect(cs.clamped).toBe(0);
  });
  it("T04/CS4 increase 90→97, target 95 → raw 1.4, capped 1, achieved", () => {
    const cs = ok(
      computeDistanceShare({ baseline: 90, current: 97, target: 95, direction: "increase" }),
    );
    near(cs.raw, 1.4);
    expect(cs.clamped).toBe(1);
    expect(cs.achieved).toBe(true);
  });
  it("T05/CS5 increase 96→94, target 95 → −2 (not +2), with a warning", () => {
    const cs = ok(
      computeDistanceShare({ baseline: 96, current: 94, target: 95, direction: "increase" }),
    );
    near(cs.raw, -2);
    expect(cs.achieved).toBe(false);
    expect(cs.warnings.map((w) => w.code)).toContain("baseline-meets-target");
  });
  it("time share 7/15", () => {
    near(ok(computeTimeShare(Y)).timeShare, 7 / 15);
  });
});

describe("ESCAP Anticipated Progress with CAGR (§1.6 AP1–AP4, T06–T09)", () => {
  const cases = [
    ["T06/AP1", "increase", 40, 50, 70, 0.032391, 64.524449, 0.817482, 0.182518, "accelerate"],
    ["T07/AP2", "decrease", 50, 38, 25, -0.038447, 27.76966, 0.889214, 0.110786, "accelerate"],
    ["T08/AP3", "decrease", 50, 55, 25, 0.013709, 61.329386, -0.453175, 1.453175, "reverse"],
    ["T09/AP4", "increase", 40, 55, 70, 0.046544, 79.144897, 1.30483, -0.30483, "maintain"],
  ] as const;
  for (const [id, direction, y0, yt, target, g, projected, share, gap, category] of cases) {
    it(`${id}: ŷ ${projected}, AP ${share}, ${category}`, () => {
      const r = ok(
        assessEscap({
          years: [2015, 2022],
          values: [y0, yt],
          direction,
          target: { value: target, year: 2030 },
        }),
      );
      const ap = ok(r.anticipated);
      near(ap.projected, projected);
      near(ap.share, share);
      near(ap.gap, gap);
      expect(r.category).toBe(category);
      near(ok(projectSeries([2015, 2022], [y0, yt], { kind: "cagr", targetYear: 2030 })).rate, g);
    });
  }
  it("boundary 40→52 gives ŷ 70.181770, AP 1.006059 (maintain by 0.6 %)", () => {
    const r = ok(
      assessEscap({
        years: [2015, 2022],
        values: [40, 52],
        direction: "increase",
        target: { value: 70, year: 2030 },
      }),
    );
    near(ok(r.anticipated).projected, 70.18177);
    near(ok(r.anticipated).share, 1.006059);
  });
});

describe("Eurostat (§2.4 EU1–EU7, T10–T15)", () => {
  it("T10/EU1 17.5→23.0, 42.5 in 2030 → a 0.056180, r 0.070637, RR 0.795331 moderate", () => {
    const r = ok(
      assessEurostat({
        years: [2017, 2022],
        values: [17.5, 23],
        direction: "increase",
        target: { value: 42.5, year: 2030 },
      }),
    );
    near(r.actualRate, 0.05618);
    near(r.requiredRate, 0.070637);
    near(r.value, 0.795331);
    expect(r.category).toBe("moderate-progress");
  });
  it("T11/EU2 90 (2007)→68 (2022), 45 → a −0.018513, r −0.029687, RR 0.623611 moderate", () => {
    const r = ok(
      assessEurostat({
        years: [2007, 2022],
        values: [90, 68],
        direction: "decrease",
        target: { value: 45, year: 2030 },
      }),
    );
    near(r.actualRate, -0.018513);
    near(r.requiredRate, -0.029687);
    near(r.value, 0.623611);
    expect(r.category).toBe("moderate-progress");
  });
  it("T12/EU3 60→62, 75 → RR 0.380032 insufficient", () => {
    const r = ok(
      assessEurostat({
        years: [2017, 2022],
        values: [60, 62],
        direction: "increase",
        target: { value: 75, year: 2030 },
      }),
    );
    near(r.actualRate, 0.00658);
    near(r.requiredRate, 0.017313);
    near(r.value, 0.380032);
    expect(r.category).toBe("insufficient-progress");
  });
  it("EU7 96→94, target 95: naive a/r = +4.303420 is not reported; direction-aware −4.303420, movement away", () => {
    const r = ok(
      assessEurostat({
        years: [2015, 2022],
        values: [96, 94],
        direction: "increase",
        target: { value: 95, year: 2030 },
      }),
    );
    near(r.actualRate, -0.003003);
    near(r.requiredRate, -0.000698);
    near(r.value, -4.30342);
    expect(r.category).toBe("movement-away");
    expect(r.achieved).toBe(false);
    expect(r.warnings.map((w) => w.code)).toContain("baseline-meets-target");
  });
  const noTarget = [
    ["T13/EU4", 8.0, 8.3, "increase", 0.00739, "moderate-progress"],
    ["T14/EU5", 12.0, 11.2, "decrease", 0.013704, "significant-progress"],
    ["T15/EU6", 12.0, 12.4, "decrease", -0.00658, "moderate-movement-away"],
  ] as const;
  for (const [id, a, b, direction, value, category] of noTarget) {
    it(`${id} ${a}→${b} ${direction} → ${value} ${category}`, () => {
      const r = ok(
        assessEurostat({
          years: [2017, 2022],
          values: [a, b],
          direction,
        }),
      );
      near(r.value, value);
      expect(r.category).toBe(category);
    });
  }
  it("a flat series falls in 'moderate movement away' (printed intervals)", () => {
    const r = ok(
      assessEurostat({
        years: [2017, 2022],
        values: [5, 5],
        direction: "increase",
      }),
    );
    expect(r.category).toBe("moderate-movement-away");
  });
});

describe("Statistics Canada / Open SDG (§3.4 SC1–SC8, T16–T23)", () => {
  const years = [2015, 2022];
  it("T16/SC1 60→70, 90, positive → CAGR 0.022266, CAGR_T 0.027400, R 0.812630, moderate, 1.5188", () => {
    const r = ok(
      assessStatCan({
        years,
        values: [60, 70],
        direction: "increase",
        target: { value: 90, year: 2030 },
      }),
    );
    near(r.rate, 0.022266);
    near(r.requiredRate, 0.0274);
    near(r.value, 0.81263);
    expect(r.category).toBe("moderate-progress");
    near(r.score, 1.5188, 1e-4);
  });
  it("T17/SC2 50→45, 25, negative → R 0.330809, limited, −1.1216", () => {
    const r = ok(
      assessStatCan({
        years,
        values: [50, 45],
        direction: "decrease",
        target: { value: 25, year: 2030 },
      }),
    );
    near(r.rate, -0.014939);
    near(r.requiredRate, -0.045158);
    near(r.value, 0.330809);
    expect(r.category).toBe("limited-progress");
    near(r.score, -1.1216, 1e-4);
  });
  it("T18/SC3 50→52, 25, negative → R −0.124422, deterioration, −3.0184", () => {
    const r = ok(
      assessStatCan({
        years,
        values: [50, 52],
        direction: "decrease",
        target: { value: 25, year: 2030 },
      }),
    );
    near(r.rate, 0.005619);
    near(r.value, -0.124422);
    expect(r.category).toBe("deterioration");
    near(r.score, -3.0184, 1e-4);
  });
  it("T19/SC4 5.0→4.0, no target, negative → 0.031375, substantial, 5 (capped)", () => {
    const r = ok(assessStatCan({ years, values: [5, 4], direction: "decrease" }));
    near(r.value, 0.031375);
    expect(r.category).toBe("substantial-progress");
    near(r.score, 5, 1e-4);
  });
  it("T20/SC5 98→99, positive, limit 100 → C 0.085795, thresholds 0.001287/0.000429, substantial, 3.4585", () => {
    const r = ok(assessStatCan({ years, values: [98, 99], direction: "increase" }, { limit: 100 }));
    near(r.rate, 0.001451);
    near(r.limitFactor, 0.085795);
    near(0.015 * r.limitFactor, 0.001287);
    near(0.005 * r.limitFactor, 0.000429);
    expect(r.category).toBe("substantial-progress");
    near(r.score, 3.4585, 1e-4);
  });
  it("T21/SC6 50→51, no target, positive → 0.002833, limited, −1.0835", () => {
    const r = ok(assessStatCan({ years, values: [50, 51], direction: "increase" }));
    near(r.value, 0.002833);
    expect(r.category).toBe("limited-progress");
    near(r.score, -1.0835, 1e-4);
  });
  it("T22/SC7 10→8, target 0 → 0.001, negative → CAGR_T −0.458830, R 0.068380, limited", () => {
    const r = ok(
      assessStatCan({
        years,
        values: [10, 8],
        direction: "decrease",
        target: { value: 0, year: 2030 },
      }),
    );
    near(r.rate, -0.031375);
    near(r.requiredRate, -0.45883);
    near(r.value, 0.06838);
    expect(r.category).toBe("limited-progress");
    expect(r.warnings.map((w) => w.code)).toContain("zero-replaced");
  });
  it("SC7b same with zero replaced by 1 → CAGR_T −0.142304, R 0.220478", () => {
    const r = ok(
      assessStatCan(
        { years, values: [10, 8], direction: "decrease", target: { value: 0, year: 2030 } },
        { zeroReplacement: 1 },
      ),
    );
    near(r.requiredRate, -0.142304);
    near(r.value, 0.220478);
  });
  it("T23/SC8 96→94, 95, positive → R −4.303420, deterioration, −5", () => {
    const r = ok(
      assessStatCan({
        years,
        values: [96, 94],
        direction: "increase",
        target: { value: 95, year: 2030 },
      }),
    );
    near(r.value, -4.30342);
    expect(r.category).toBe("deterioration");
    near(r.score, -5, 1e-4);
  });
});

describe("UNSD/Eustat 3-level (§4, T24)", () => {
  const cases = [
    ["40→50, 70", "increase", 40, 50, 70, 64.524449, 0.817482, 2],
    ["T24 50→48, 25", "decrease", 50, 48, 25, 45.812057, 0.167518, 2],
    ["50→55, 25", "decrease", 50, 55, 25, undefined, -0.453175, 1],
    ["40→55, 70", "increase", 40, 55, 70, undefined, 1.30483, 3],
  ] as const;
  for (const [id, direction, v0, vt, target, projected, ratio, score] of cases) {
    it(`${id} → ratio ${ratio}, score ${score}`, () => {
      const r = ok(
        assessUnsd({
          years: [2015, 2022],
          values: [v0, vt],
          direction,
          target: { value: target, year: 2030 },
        }),
      );
      if (projected !== undefined) near(r.projected, projected);
      near(r.value, ratio);
      expect(r.score).toBe(score);
    });
  }
});

describe("German DNS (§5, T25–T26)", () => {
  const years = [2018, 2019, 2020, 2021, 2022, 2023];
  const values = [10, 11, 12.5, 13, 14.5, 15];
  const cases = [
    ["T25", 25, 0.3, "cloudy"],
    ["T26", 22.5, 0.066667, "slightly-cloudy"],
    ["§5 third", 21, -0.166667, "sun"],
  ] as const;
  for (const [id, target, miss, symbol] of cases) {
    it(`${id}: target ${target} → ŷ 22.0, miss ${miss}, ${symbol}`, () => {
      const r = ok(
        assessDns({ years, values, direction: "increase", target: { value: target, year: 2030 } }),
      );
      near(r.averageChange, 1);
      near(r.projected, 22);
      near(r.value, miss);
      expect(r.category).toBe(symbol);
    });
  }
});

describe("IATI (§6.3 I1–I3, T27–T29)", () => {
  it("T27/I1 base 15, target 50, actual 53 ascending → 1.085714", () => {
    near(
      ok(computeIatiProgress({ baseline: 15, periods: [{ target: 50, actual: 53 }] })).progress,
      1.085714,
    );
  });
  it("T28/I2 base 120, target 80, actual 95 descending → 0.625", () => {
    near(
      ok(computeIatiProgress({ baseline: 120, periods: [{ target: 80, actual: 95 }] })).progress,
      0.625,
    );
  });
  it("T29/I3 targets 10/12/15, actuals 8/12/11 → sum 0.837838, latest 0.733333", () => {
    const periods = [
      { target: 10, actual: 8 },
      { target: 12, actual: 12 },
      { target: 15, actual: 11 },
    ];
    near(ok(computeIatiProgress({ periods, aggregation: "sum" })).progress, 0.837838);
    near(ok(computeIatiProgress({ periods, aggregation: "latest" })).progress, 0.733333);
  });
});

describe("OKR (§7.3, T30–T31)", () => {
  it("T30 KR1 0.4, KR2 0.5, KR3 1.0 (raw 1.5); objective 0.6, unweighted 0.633333", () => {
    const r = ok(
      computeOkrProgress([
        { start: 0, target: 100, current: 40, weight: 1 },
        { start: 50, target: 20, current: 35, weight: 2 },
        { start: 10, target: 20, current: 25, weight: 1 },
      ]),
    );
    const [a, b, c] = r.keyResults.map((k) => ok(k));
    near(a?.progression, 0.4);
    near(b?.progression, 0.5);
    near(c?.progression, 1);
    near(c?.raw, 1.5);
    near(r.progress, 0.6);
    near(r.unweightedProgress, 0.633333);
  });
  it("period of objectives 0.6 (w 1) and 0.2 (w 3) → 0.3 within float noise", () => {
    const r = ok(
      computeOkrProgress([
        { start: 0, target: 1, current: 0.6, weight: 1 },
        { start: 0, target: 1, current: 0.2, weight: 3 },
      ]),
    );
    near(r.progress, 0.3);
  });
  it("T31 start = target: unmeasurable with a warning, not d3's 0.5", () => {
    for (const current of [3, 7]) {
      const r = computeOkrProgress([{ start: 5, target: 5, current }]);
      expect(r.status).toBe("unmeasurable");
      expect(r.warnings.map((w) => w.code)).toContain("degenerate-range");
    }
    const single = computeDistanceShare({
      baseline: 5,
      current: 7,
      target: 5,
      direction: "increase",
    });
    expect(single.status === "unmeasurable" && single.reason).toBe("degenerate-range");
  });
  it("raw shares are unclamped: 50→20 at 10 → 1.333333; 0→100 at −20 → −0.2", () => {
    const r = ok(
      computeOkrProgress([
        { start: 50, target: 20, current: 10 },
        { start: 0, target: 100, current: -20 },
      ]),
    );
    near(
      ok(
        r.keyResults[0] ?? {
          status: "unmeasurable",
          reason: "insufficient-data",
          message: "",
          warnings: [],
        },
      ).raw,
      1.333333,
    );
    near(
      ok(
        r.keyResults[1] ?? {
          status: "unmeasurable",
          reason: "insufficient-data",
          message: "",
          warnings: [],
        },
      ).raw,
      -0.2,
    );
  });
  it("decreasing 100→50 with current = start → 0 (never the old default-to-0 bug's 1.0)", () => {
    near(ok(computeOkrProgress([{ start: 100, target: 50, current: 100 }])).progress, 0);
  });
  it("a key result without a weight is not silently dropped: (0.8·1 + 0.2·1)/2 = 0.5, not d3's 0.2", () => {
    const r = ok(
      computeOkrProgress([
        { start: 0, target: 1, current: 0.8 },
        { start: 0, target: 1, current: 0.2, weight: 1 },
      ]),
    );
    near(r.progress, 0.5);
  });
});
