// Sobol indices (§B3.4, §B3.5 "Sensitivity, closed form"): exact for the additive model, Saltelli
// 2010 / Jansen Monte Carlo with fixed seeds against the analytic values and a full enumeration.
import { describe, expect, it } from "vitest";
import {
  type CompositeIndexConfig,
  computeSobolIndices,
  type DecisionMatrix,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { B35, expectAllFinite, thrown } from "./helpers.js";

// Y = 0.5·X1 + 0.5·X2 with V(X1) = 4, V(X2) = 1: two units, z-scores with population SD scaled to
// 2 and 1, so X1 ∈ {−2, 2} and X2 ∈ {−1, 1}, each value with probability ½.
const CLOSED: DecisionMatrix = deepFreeze({
  units: ["a", "b"],
  indicators: [
    { id: "x1", direction: "increase" },
    { id: "x2", direction: "increase" },
  ],
  values: [
    [10, 3],
    [20, 5],
  ],
});
const CLOSED_CONFIG: CompositeIndexConfig = deepFreeze({
  weights: [0.5, 0.5],
  normalisation: [
    { method: "z-score", sd: "population", targetSd: 2 },
    { method: "z-score", sd: "population", targetSd: 1 },
  ],
});

// §B3.5 data; min-max on [1, 100] gives x1 (1, 34, 67, 100), x2 (1, 100, 34, 67),
// −x3 (50.5, 100, 75.25, 1).
const COLUMNS = [
  [1, 34, 67, 100],
  [1, 100, 34, 67],
  [50.5, 100, 75.25, 1],
];
const W = [0.5, 0.3, 0.2];

/** Exact S_i and S_Ti of Y = f(X1, X2, X3), each X_j uniform on COLUMNS[j], by enumeration. */
function enumerate(f: (x: number[]) => number): { first: number[]; total: number[] } {
  const combos: number[][] = [];
  for (const a of COLUMNS[0] as number[])
    for (const b of COLUMNS[1] as number[])
      for (const c of COLUMNS[2] as number[]) combos.push([a, b, c]);
  const ys = combos.map(f);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const variance = (v: number[]) => mean(v.map((x) => (x - mean(v)) ** 2));
  const vy = variance(ys);
  // V(E[Y | X_i]) and V(E[Y | X_~i]) from the group means over the 4 levels.
  const groupVariance = (key: (combo: number[]) => string) => {
    const groups = new Map<string, number[]>();
    combos.forEach((combo, k) => {
      const id = key(combo);
      groups.set(id, [...(groups.get(id) ?? []), ys[k] as number]);
    });
    return variance([...groups.values()].map(mean));
  };
  const first = [0, 1, 2].map((i) => groupVariance((c) => String(c[i])) / vy);
  const total = [0, 1, 2].map(
    (i) => 1 - groupVariance((c) => c.filter((_, j) => j !== i).join(",")) / vy,
  );
  return { first, total };
}

describe("computeSobolIndices: closed form (§B3.5)", () => {
  it("exact: V(Y) = 0.25·4 + 0.25·1 = 1.25, S1 = 1/1.25 = 0.8, S2 = 0.2, S_Ti = S_i", () => {
    const result = computeSobolIndices(CLOSED, CLOSED_CONFIG);
    expect(result.method).toBe("exact");
    expect(result.variance).toBeCloseTo(1.25, 12);
    expect(result.indicators).toEqual([
      { indicatorId: "x1", firstOrder: expect.closeTo(0.8, 12), total: expect.closeTo(0.8, 12) },
      { indicatorId: "x2", firstOrder: expect.closeTo(0.2, 12), total: expect.closeTo(0.2, 12) },
    ]);
    expect([result.samples, result.seed]).toEqual([null, null]);
  });

  it("exact: S_i = w_i² V(X_i) / Σ w_j² V(X_j), weights need not sum to 1", () => {
    // Weights 3 and 1: 9·4 = 36 and 1·1 = 1 → S1 = 36/37; V(Y) = 37/16.
    const result = computeSobolIndices(CLOSED, { ...CLOSED_CONFIG, weights: [3, 1] });
    expect(result.indicators[0]?.firstOrder).toBeCloseTo(36 / 37, 12);
    expect(result.variance).toBeCloseTo(37 / 16, 12);
  });

  it.each([1, 2, 3])(
    "Monte Carlo (N = 10⁴, seed %i) converges to 0.8 / 0.2 within 0.03",
    (seed) => {
      const result = computeSobolIndices(CLOSED, CLOSED_CONFIG, {
        method: "monte-carlo",
        seed,
        samples: 10_000,
      });
      expect(result.method).toBe("monte-carlo");
      expect([result.samples, result.seed]).toEqual([10_000, seed]);
      expect(Math.abs((result.variance as number) - 1.25)).toBeLessThan(0.03);
      [0.8, 0.2].forEach((s, i) => {
        expect(Math.abs((result.indicators[i]?.firstOrder as number) - s)).toBeLessThan(0.03);
        expect(Math.abs((result.indicators[i]?.total as number) - s)).toBeLessThan(0.03);
      });
    },
  );

  it("the same seed gives the same estimates; the error shrinks with N", () => {
    const run = (samples: number) =>
      computeSobolIndices(CLOSED, CLOSED_CONFIG, { method: "monte-carlo", seed: 11, samples });
    expect(run(2_000)).toEqual(run(2_000));
    const error = (samples: number) =>
      Math.abs((run(samples).indicators[0]?.total as number) - 0.8);
    expect(error(100_000)).toBeLessThan(0.01);
  });
});

describe("computeSobolIndices: §B3.5 data", () => {
  it("exact arithmetic equals the enumeration of the additive model", () => {
    const config = deepFreeze({
      weights: W,
      normalisation: { method: "min-max", lower: 1, upper: 100 },
    } as const);
    const exact = enumerate((x) => x.reduce((s, v, j) => s + (W[j] as number) * v, 0));
    const result = computeSobolIndices(B35, config);
    result.indicators.forEach((index, i) => {
      expect(index.firstOrder).toBeCloseTo(exact.first[i] as number, 9);
      expect(index.total).toBeCloseTo(exact.total[i] as number, 9);
    });
  });

  it("geometric mean (not additive): Monte Carlo within 0.03 of the full enumeration", () => {
    const config = deepFreeze({
      weights: W,
      normalisation: { method: "min-max", lower: 1, upper: 100 },
      aggregation: "geometric",
    } as const);
    const exact = enumerate((x) =>
      Math.exp(x.reduce((s, v, j) => s + (W[j] as number) * Math.log(v), 0)),
    );
    // Not additive: the total effects exceed the first-order indices.
    exact.first.forEach((s, i) => {
      expect(exact.total[i] as number).toBeGreaterThan(s);
    });
    const result = computeSobolIndices(B35, config, { seed: 2024, samples: 20_000 });
    expect(result.method).toBe("monte-carlo");
    result.indicators.forEach((index, i) => {
      expect(Math.abs((index.firstOrder as number) - (exact.first[i] as number))).toBeLessThan(
        0.03,
      );
      expect(Math.abs((index.total as number) - (exact.total[i] as number))).toBeLessThan(0.03);
    });
  });
});

describe("computeSobolIndices: degenerate cases and bad input", () => {
  it("zero variance: every weighted indicator constant → null indices with a reason", () => {
    const flat = deepFreeze({
      ...CLOSED,
      values: [
        [10, 3],
        [10, 5],
      ],
    });
    // x2 varies but has weight 0.
    const result = computeSobolIndices(flat, { ...CLOSED_CONFIG, weights: [1, 0] });
    expect(result.reason).toBe("zero-variance");
    expect(result.variance).toBeNull();
    expect(result.indicators.map((i) => [i.firstOrder, i.total])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it("a zero-weight varying indicator gets index 0", () => {
    const result = computeSobolIndices(CLOSED, { ...CLOSED_CONFIG, weights: [1, 0] });
    expect(result.indicators.map((i) => i.firstOrder)).toEqual([1, 0]);
  });

  it("geometric mean over a normalised 0 → null with reason non-positive-value", () => {
    const result = computeSobolIndices(
      B35,
      { weights: W, normalisation: { method: "min-max" }, aggregation: "geometric" },
      { seed: 1 },
    );
    expect(result.reason).toBe("non-positive-value");
    expectAllFinite(result.indicators.map((i) => [i.firstOrder ?? 0, i.total ?? 0]));
  });

  it("bad options and config throw with their paths, under this function's name", () => {
    const geometric = { ...CLOSED_CONFIG, aggregation: "geometric" as const };
    expect(thrown(() => computeSobolIndices(CLOSED, geometric)).issues[0]?.path).toEqual([
      "options",
      "seed",
    ]);
    expect(
      thrown(() => computeSobolIndices(CLOSED, geometric, { method: "exact" })).issues[0]?.path,
    ).toEqual(["options", "method"]);
    expect(
      thrown(() =>
        computeSobolIndices(CLOSED, CLOSED_CONFIG, { method: "monte-carlo", seed: 1, samples: 1 }),
      ).issues[0]?.path,
    ).toEqual(["options", "samples"]);
    const error = thrown(() => computeSobolIndices(CLOSED, { ...CLOSED_CONFIG, weights: [1, -1] }));
    expect(error.issues[0]?.path).toEqual(["config", "weights", 1]);
    expect(error.message).toMatch(/^computeSobolIndices: /);
  });
});
