// Balanced scorecard (§B4.1, T-BSC-1) and the OCA percent rescale (§B4.2, T-OCA-1).
import { describe, expect, it } from "vitest";
import {
  type BalancedScorecardPerspective,
  rescaleOcaScore,
  scoreBalancedScorecard,
} from "../../src/index.js";
import { deepFreeze, edited } from "../fixtures/freeze.js";
import { expectAllFinite, thrown } from "./helpers.js";

const TOL = 6; // Appendix T: absolute tolerance 1e-6

// §B4.1: perspective weights 0.25 each; financial KPIs 0.5 each.
const B41: readonly BalancedScorecardPerspective[] = deepFreeze([
  {
    id: "financial",
    weight: 0.25,
    kpis: [
      { id: "budget-execution", direction: "increase", target: 100, actual: 90, weight: 0.5 },
      { id: "cost-overrun-pct", direction: "decrease", target: 5, actual: 6, weight: 0.5 },
    ],
  },
  {
    id: "customer",
    weight: 0.25,
    kpis: [{ id: "satisfaction", direction: "increase", target: 80, actual: 84 }],
  },
  {
    id: "process",
    weight: 0.25,
    kpis: [{ id: "tasks-on-time", direction: "increase", target: 12, actual: 9 }],
  },
  {
    id: "learning",
    weight: 0.25,
    kpis: [{ id: "staff-trained", direction: "increase", target: 40, actual: 30 }],
  },
]);

describe("scoreBalancedScorecard: §B4.1", () => {
  it("T-BSC-1: 0.8667, 1.05, 0.75, 0.75 → total 0.854167", () => {
    const result = scoreBalancedScorecard(B41);
    // 90/100 = 0.9; 5/6 = 0.833333 (lower is better); (0.9 + 0.833333)/2 = 0.866667.
    expect(result.perspectives[0]?.kpis.map((k) => k.achievement)).toEqual([
      expect.closeTo(0.9, TOL),
      expect.closeTo(0.833333, TOL),
    ]);
    expect(result.perspectives.map((p) => p.score)).toEqual([
      expect.closeTo(0.866667, TOL),
      expect.closeTo(1.05, TOL),
      expect.closeTo(0.75, TOL),
      expect.closeTo(0.75, TOL),
    ]);
    // (0.866667 + 1.05 + 0.75 + 0.75)/4 = 0.854167.
    expect(result.score).toBeCloseTo(0.854167, TOL);
    expect(result.reason).toBeUndefined();
    expect(result.perspectives[1]?.kpis[0]?.status).toBe("met");
    expect(result.perspectives[2]?.kpis[0]?.status).toBe("missed");
  });

  it("weights default to 1 and need not sum to 1", () => {
    const unweighted = edited(B41, (draft) => {
      for (const p of draft as BalancedScorecardPerspective[]) {
        delete (p as { weight?: number }).weight;
        for (const k of p.kpis) delete (k as { weight?: number }).weight;
      }
    });
    expect(scoreBalancedScorecard(unweighted).score).toBeCloseTo(0.854167, TOL);
  });

  it("achievement capped at 1.2 by default, or at the cap given", () => {
    const over = deepFreeze([
      { id: "p", kpis: [{ id: "k", direction: "increase" as const, target: 10, actual: 20 }] },
    ]);
    expect(scoreBalancedScorecard(over).score).toBe(1.2);
    expect(scoreBalancedScorecard(over, { cap: 1.5 }).score).toBe(1.5);
  });

  it("thresholds give met / near / missed in either direction", () => {
    const kpis = deepFreeze([
      {
        id: "p",
        kpis: [
          { id: "up-near", direction: "increase" as const, target: 10, actual: 8, threshold: 7 },
          { id: "up-missed", direction: "increase" as const, target: 10, actual: 6, threshold: 7 },
          { id: "down-near", direction: "decrease" as const, target: 5, actual: 6, threshold: 8 },
          { id: "down-met", direction: "decrease" as const, target: 5, actual: 5, threshold: 8 },
        ],
      },
    ]);
    expect(scoreBalancedScorecard(kpis).perspectives[0]?.kpis.map((k) => k.status)).toEqual([
      "near",
      "missed",
      "near",
      "met",
    ]);
  });

  it("degenerate: zero-weight or empty perspectives are null with a reason; a zero cost is the cap", () => {
    const result = scoreBalancedScorecard(
      deepFreeze([
        { id: "empty", kpis: [] },
        {
          id: "switched-off",
          kpis: [{ id: "k", direction: "increase" as const, target: 1, actual: 1, weight: 0 }],
        },
        { id: "cost", kpis: [{ id: "c", direction: "decrease" as const, target: 5, actual: 0 }] },
      ]),
    );
    expect(result.perspectives.map((p) => [p.score, p.reason])).toEqual([
      [null, "zero-total-weight"],
      [null, "zero-total-weight"],
      [1.2, undefined],
    ]);
    expect(result.perspectives[2]?.kpis[0]?.reason).toBe("zero-actual");
    expect(result.score).toBe(1.2);
    const nothing = scoreBalancedScorecard(deepFreeze([{ id: "only", weight: 0, kpis: [] }]));
    expect([nothing.score, nothing.reason]).toEqual([null, "zero-total-weight"]);
    expectAllFinite(result.perspectives.map((p) => p.score ?? 0));
  });

  it("bad input throws INVALID_ARGUMENT with the path of each bad field", () => {
    const bad = edited(B41, (draft) => {
      const d = draft as unknown as {
        kpis: { target: number; threshold?: number }[];
        weight: number;
      }[];
      (d[0]?.kpis[1] as { target: number }).target = 0;
      (d[1] as { weight: number }).weight = -1;
      (d[2]?.kpis[0] as { threshold?: number }).threshold = 20;
    });
    const error = thrown(() => scoreBalancedScorecard(bad));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.issues.map((i) => i.path)).toEqual([
      ["perspectives", 0, "kpis", 1, "target"],
      ["perspectives", 1, "weight"],
      ["perspectives", 2, "kpis", 0, "threshold"],
    ]);
    expect(thrown(() => scoreBalancedScorecard(B41, { cap: 0 })).issues[0]?.path).toEqual([
      "options",
      "cap",
    ]);
  });
});

describe("rescaleOcaScore: §B4.2", () => {
  it("T-OCA-1: mean of domain means 2.833333 → 61.1111 %; item mean 2.75 → 58.3333 %", () => {
    // Domain means 3, 2, 3, 10/3 → 17/6 = 2.833333; (17/6 − 1)/3 × 100 = 11/18 × 100 = 61.1111.
    const domainMeans = [3, 2, 3, 10 / 3];
    const mean = domainMeans.reduce((s, v) => s + v, 0) / 4;
    expect(mean).toBeCloseTo(2.833333, TOL);
    expect(rescaleOcaScore(mean)).toBeCloseTo(61.1111, 4);
    // (2.75 − 1)/3 × 100 = 58.3333: a different number, as the reference warns.
    expect(rescaleOcaScore(2.75)).toBeCloseTo(58.3333, 4);
  });

  it("the ends of the scale map to 0 and 100; other scales through min/max", () => {
    expect([rescaleOcaScore(1), rescaleOcaScore(4)]).toEqual([0, 100]);
    expect(rescaleOcaScore(2, { min: 0, max: 3 })).toBeCloseTo(66.666667, TOL);
  });

  it("out-of-range scores and bad bounds throw with the path", () => {
    expect(thrown(() => rescaleOcaScore(4.5)).issues[0]?.path).toEqual(["score"]);
    expect(thrown(() => rescaleOcaScore(Number.NaN)).issues[0]?.path).toEqual(["score"]);
    expect(thrown(() => rescaleOcaScore(2, { min: 4, max: 1 })).issues[0]?.path).toEqual([
      "options",
      "max",
    ]);
  });
});
