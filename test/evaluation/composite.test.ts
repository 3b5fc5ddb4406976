// Composite indices: reference §B3.5 data (hand arithmetic in comments), §B4.1 scorecard, properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCompositeIndex, computeWeightedMean, normalise } from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { B35, expectAllFinite, thrown } from "./helpers.js";

const TOL = 6;
const close = (values: readonly (number | null)[], expected: number[]) => {
  expect(values.length).toBe(expected.length);
  values.forEach((v, i) => {
    expect(v).toBeCloseTo(expected[i] as number, TOL);
  });
};

// §B3.5: four units, x1 coverage (+), x2 output (+), x3 unit cost (−), w = (0.5, 0.3, 0.2).
const W = deepFreeze([0.5, 0.3, 0.2]);
const x1 = [40, 55, 70, 85];
const x2 = [12, 30, 18, 24];
const x3 = [50, 20, 35, 80];

describe("normalise: worked example B3.5", () => {
  it("min-max on [0, 100], x3 mirrored", () => {
    // x1: (x − 40)/45·100 → 0, 33.333, 66.667, 100. x2: (x − 12)/18·100 → 0, 100, 33.333, 66.667.
    close(normalise(x1, { method: "min-max" }).values, [0, 100 / 3, 200 / 3, 100]);
    close(normalise(x2, { method: "min-max" }).values, [0, 100, 100 / 3, 200 / 3]);
    // x3 negated: −50, −20, −35, −80; min −80, max −20: (−50 + 80)/60 = 50, 100, 75, 0.
    close(normalise(x3, { method: "min-max" }, { direction: "decrease" }).values, [50, 100, 75, 0]);
  });
  it("z-score of x1, sample vs population SD; z-score of x3 (cost, sample SD)", () => {
    // mean 62.5; squared deviations 506.25, 56.25, 56.25, 506.25 = 1125.
    // sample SD √(1125/3) = 19.364917; population SD √(1125/4) = 16.770510.
    const sample = normalise(x1, { method: "z-score", sd: "sample" });
    expect(sample.sd).toBe("sample");
    close(sample.values, [
      -22.5 / Math.sqrt(375),
      -7.5 / Math.sqrt(375),
      7.5 / Math.sqrt(375),
      22.5 / Math.sqrt(375),
    ]);
    close(sample.values, [-1.161895, -0.387298, 0.387298, 1.161895]);
    const population = normalise(x1, { method: "z-score", sd: "population" });
    expect(population.sd).toBe("population");
    close(population.values, [-1.341641, -0.447214, 0.447214, 1.341641]);
    // −x3: −50, −20, −35, −80; mean −46.25; deviations −3.75, 26.25, 11.25, −33.75;
    // Σ squares 14.0625 + 689.0625 + 126.5625 + 1139.0625 = 1968.75; sample SD √656.25 = 25.617377.
    close(normalise(x3, { method: "z-score", sd: "sample" }, { direction: "decrease" }).values, [
      -3.75 / Math.sqrt(656.25),
      26.25 / Math.sqrt(656.25),
      11.25 / Math.sqrt(656.25),
      -33.75 / Math.sqrt(656.25),
    ]);
  });
  it("distance to target 80, goalposts [30, 90], fraction of max for x1", () => {
    // min(1, 1 − (80 − x)/45): 1 − 40/45 = 0.111111, 1 − 25/45 = 0.444444, 1 − 10/45 = 0.777778, 85 ≥ 80 → 1.
    close(normalise(x1, { method: "distance-to-target", target: 80 }).values, [
      1 / 9,
      4 / 9,
      7 / 9,
      1,
    ]);
    // (x − 30)/60: 10/60, 25/60, 40/60, 55/60.
    close(normalise(x1, { method: "goalposts", lower: 30, upper: 90 }).values, [
      1 / 6,
      5 / 12,
      2 / 3,
      11 / 12,
    ]);
    close(normalise(x1, { method: "fraction-of-max" }).values, [40 / 85, 55 / 85, 70 / 85, 1]);
  });
  it("ranks, Borda scores and percentile ranks of x2", () => {
    // x2 = 12, 30, 18, 24 → ranks (1 = lowest) 1, 4, 2, 3; Borda 0, 3, 1, 2; percentile (r − 1)/3.
    expect(normalise(x2, { method: "rank" }).values).toEqual([1, 4, 2, 3]);
    expect(normalise(x2, { method: "rank", variant: "borda" }).values).toEqual([0, 3, 1, 2]);
    close(normalise(x2, { method: "rank", variant: "percentile" }).values, [0, 1, 1 / 3, 2 / 3]);
  });
  it("ties share the average rank; goalposts mirror for a decreasing indicator", () => {
    expect(normalise([5, 1, 5, 3], { method: "rank" }).values).toEqual([3.5, 1, 3.5, 2]);
    // cost with best 20, worst 80: (80 − x)/60 → 50 → 0.5, 20 → 1, 90 → clamp 0.
    close(
      normalise(
        [50, 20, 90],
        { method: "goalposts", lower: 20, upper: 80 },
        { direction: "decrease" },
      ).values,
      [0.5, 1, 0],
    );
  });
  it("degenerate columns give a reason, never NaN", () => {
    expect(normalise([7, 7, 7], { method: "min-max" })).toEqual({
      values: [50, 50, 50],
      method: "min-max",
      reason: "constant",
    });
    expect(normalise([7, 7], { method: "z-score", sd: "sample" }).reason).toBe("constant");
    expect(normalise([7], { method: "z-score", sd: "sample" })).toEqual({
      values: [0],
      method: "z-score",
      sd: "sample",
      reason: "single-value",
    });
    expect(normalise([-1, -2], { method: "fraction-of-max" }).reason).toBe("non-positive-maximum");
    expect(normalise([], { method: "min-max" }).values).toEqual([]);
  });
  it("rejects non-finite values and bad parameters with paths", () => {
    expect(thrown(() => normalise([1, Number.NaN], { method: "min-max" })).issues[0]?.path).toEqual(
      ["values", 1],
    );
    expect(
      thrown(() => normalise([1, 2], { method: "goalposts", lower: 5, upper: 5 })).issues[0]?.path,
    ).toEqual(["normalisation", "upper"]);
    const bad = { method: "z-score", sd: "both" } as unknown as Parameters<typeof normalise>[1];
    expect(thrown(() => normalise([1, 2], bad)).issues[0]?.path).toEqual(["normalisation", "sd"]);
  });
});

describe("buildCompositeIndex: worked example B3.5", () => {
  it("weighted arithmetic mean on [0, 100] and ranks", () => {
    // U1: 0.5·0 + 0.3·0 + 0.2·50 = 10; U2: 16.667 + 30 + 20 = 66.667; U3: 33.333 + 10 + 15 = 58.333;
    // U4: 50 + 20 + 0 = 70 → ranks 4, 2, 3, 1.
    const index = buildCompositeIndex(B35, { weights: W, normalisation: { method: "min-max" } });
    close(
      index.units.map((u) => u.score),
      [10, 200 / 3, 175 / 3, 70],
    );
    expect(index.units.map((u) => u.rank)).toEqual([4, 2, 3, 1]);
    expect(index.ranking).toEqual(["U4", "U2", "U3", "U1"]);
    expect(index.tieRule).toBe("competition");
  });
  it("min-max on [1, 100], then arithmetic, geometric and harmonic means", () => {
    // On [1, 100]: x1 → 1, 34, 67, 100; x2 → 1, 100, 34, 67; x3 → 50.5, 100, 75.25, 1.
    const config = {
      weights: W,
      normalisation: { method: "min-max", lower: 1, upper: 100 },
    } as const;
    const arithmetic = buildCompositeIndex(B35, config);
    // U1: 0.5 + 0.3 + 10.1 = 10.9; U2: 17 + 30 + 20 = 67; U3: 33.5 + 10.2 + 15.05 = 58.75; U4: 50 + 20.1 + 0.2 = 70.3.
    close(
      arithmetic.units.map((u) => u.score),
      [10.9, 67, 58.75, 70.3],
    );
    expect(arithmetic.units.map((u) => u.rank)).toEqual([4, 2, 3, 1]);
    const geometric = buildCompositeIndex(B35, { ...config, aggregation: "geometric" });
    // U1: 1^0.5 · 1^0.3 · 50.5^0.2 = 2.191080; U2: 34^0.5 · 100^0.3 · 100^0.2 = 5.830952 · 10 = 58.309519;
    // U3: 67^0.5 · 34^0.3 · 75.25^0.2 = 55.947718; U4: 100^0.5 · 67^0.3 · 1 = 35.303880.
    close(
      geometric.units.map((u) => u.score),
      [50.5 ** 0.2, Math.sqrt(34) * 10, 55.947718, 35.30388],
    );
    expect(geometric.units.map((u) => u.rank)).toEqual([4, 1, 2, 3]);
    const harmonic = buildCompositeIndex(B35, { ...config, aggregation: "harmonic" });
    // U1: 1/(0.5 + 0.3 + 0.2/50.5) = 1.243842; U2: 1/(0.5/34 + 0.003 + 0.002) = 50.746269;
    // U3: 1/(0.5/67 + 0.3/34 + 0.2/75.25) = 52.787097; U4: 1/(0.005 + 0.3/67 + 0.2) = 4.773780.
    close(
      harmonic.units.map((u) => u.score),
      [1 / (0.8 + 0.2 / 50.5), 1 / (0.5 / 34 + 0.005), 52.787097, 4.77378],
    );
    expect(harmonic.units.map((u) => u.rank)).toEqual([4, 2, 1, 3]);
    // Average absolute rank shift, geometric vs arithmetic: (|4−4| + |1−2| + |2−3| + |3−1|)/4 = 1.
    const shift =
      geometric.units.reduce(
        (sum, u, i) => sum + Math.abs((u.rank as number) - (arithmetic.units[i]?.rank as number)),
        0,
      ) / 4;
    expect(shift).toBe(1);
  });
  it("a geometric mean of a zero is undefined: score and rank null with a reason", () => {
    const index = buildCompositeIndex(B35, {
      weights: W,
      normalisation: { method: "min-max" },
      aggregation: "geometric",
    });
    // On [0, 100] U1 has x1 = 0, U4 has x3 = 0.
    expect(index.units[0]).toMatchObject({ score: null, rank: null, reason: "non-positive-value" });
    expect(index.units[3]?.score).toBeNull();
    expect(index.ranking).toEqual(["U2", "U3"]);
  });
  it("ties share the best rank (competition, 1224)", () => {
    const tied = deepFreeze({
      units: ["a", "b", "c", "d"],
      indicators: [{ id: "x", direction: "increase" as const }],
      values: [[3], [2], [2], [1]],
    });
    expect(
      buildCompositeIndex(tied, { weights: [1], normalisation: { method: "min-max" } }).units.map(
        (u) => u.rank,
      ),
    ).toEqual([1, 2, 2, 4]);
  });
  it("per-indicator normalisations", () => {
    const index = buildCompositeIndex(B35, {
      weights: W,
      normalisation: [
        { method: "goalposts", lower: 30, upper: 90 },
        { method: "fraction-of-max" },
        { method: "rank", variant: "percentile" },
      ],
    });
    // U4: 0.5·(55/60) + 0.3·(24/30) + 0.2·0 (lowest −cost) = 0.458333 + 0.24 = 0.698333.
    expect(index.units[3]?.score).toBeCloseTo(0.5 * (55 / 60) + 0.3 * 0.8, TOL);
  });
  it("rejects bad matrices and weights with paths", () => {
    const bad = {
      ...B35,
      values: [
        [40, 12, 50],
        [55, Number.POSITIVE_INFINITY, 20],
        [70, 18, 35],
        [85, 24, 80],
      ],
    };
    expect(
      thrown(() => buildCompositeIndex(bad, { weights: W, normalisation: { method: "min-max" } }))
        .issues[0]?.path,
    ).toEqual(["values", 1, 1]);
    const weights = thrown(() =>
      buildCompositeIndex(B35, { weights: [0.5, -0.3, 0.2], normalisation: { method: "min-max" } }),
    );
    expect(weights.code).toBe("INVALID_WEIGHTS");
    expect(weights.issues[0]?.path).toEqual(["config", "weights", 1]);
    const duplicate = thrown(() =>
      buildCompositeIndex(
        { ...B35, units: ["U1", "U2", "U1", "U4"] },
        { weights: W, normalisation: { method: "min-max" } },
      ),
    );
    expect(duplicate.code).toBe("DUPLICATE_ID");
    expect(duplicate.issues[0]?.path).toEqual(["units", 2]);
    expect(
      thrown(() => buildCompositeIndex(B35, { weights: W, normalisation: [{ method: "min-max" }] }))
        .issues[0]?.path,
    ).toEqual(["config", "normalisation"]);
  });
});

describe("computeWeightedMean", () => {
  it("T-BSC-1: balanced scorecard §B4.1 → 0.854167", () => {
    // Financial: mean of 90/100 = 0.9 and 5/6 (lower is better) = 0.866667; others 84/80, 9/12, 30/40.
    const financial = computeWeightedMean([90 / 100, 5 / 6], [0.5, 0.5]).value as number;
    expect(financial).toBeCloseTo(0.8667, 4);
    const total = computeWeightedMean(
      [financial, 84 / 80, 9 / 12, 30 / 40],
      [0.25, 0.25, 0.25, 0.25],
    ).value;
    expect(total).toBeCloseTo(0.854167, TOL);
  });
  it("compensability: (0, 10) and (5, 5) both give 5 with the arithmetic mean (§B3.3)", () => {
    expect(computeWeightedMean([0, 10], [1, 1]).value).toBe(5);
    expect(computeWeightedMean([5, 5], [1, 1]).value).toBe(5);
    expect(computeWeightedMean([0, 10], [1, 1], "geometric")).toEqual({
      value: null,
      reason: "non-positive-value",
    });
  });
  it("a zero-weight zero is ignored by the geometric mean", () => {
    // (4^1 · 9^1)^(1/2) = 6.
    expect(computeWeightedMean([4, 9, 0], [1, 1, 0], "geometric").value).toBeCloseTo(6, 12);
  });
  it("rejects bad weights", () => {
    expect(thrown(() => computeWeightedMean([1, 2], [0, 0])).issues[0]).toMatchObject({
      path: ["weights"],
      rule: "positive-total",
    });
    expect(thrown(() => computeWeightedMean([1, 2], [1])).code).toBe("INVALID_WEIGHTS");
  });
});

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe("properties", () => {
  it("min-max normalisation is invariant to positive affine transforms of the raw data", () => {
    fc.assert(
      fc.property(
        fc.array(finite, { minLength: 2, maxLength: 12 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (values, a, b) => {
          fc.pre(Math.max(...values) - Math.min(...values) > 1e-3);
          const before = normalise(values, { method: "min-max" }).values;
          const after = normalise(
            values.map((v) => a * v + b),
            { method: "min-max" },
          ).values;
          after.forEach((v, i) => {
            expect(v).toBeCloseTo(before[i] as number, 4);
          });
        },
      ),
    );
  });
  it("rankings are invariant to the order units are given in", () => {
    const matrixArb = fc.integer({ min: 2, max: 8 }).chain((n) =>
      fc.tuple(
        fc.array(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 3 }), {
          minLength: n,
          maxLength: n,
        }),
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 3, maxLength: 3 }),
        fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
        fc.constantFrom("arithmetic", "geometric", "harmonic" as const),
        fc.constantFrom(
          { method: "min-max", lower: 1, upper: 100 } as const,
          { method: "z-score", sd: "sample" } as const,
          { method: "rank" } as const,
        ),
      ),
    );
    fc.assert(
      fc.property(matrixArb, ([values, weights, order, aggregation, normalisation]) => {
        const units = values.map((_, i) => `u${i}`);
        const indicators = [
          { id: "a", direction: "increase" as const },
          { id: "b", direction: "decrease" as const },
          { id: "c", direction: "increase" as const },
        ];
        const agg = normalisation.method === "z-score" ? "arithmetic" : aggregation;
        const config = { weights, normalisation, aggregation: agg };
        const first = buildCompositeIndex({ units, indicators, values }, config);
        const second = buildCompositeIndex(
          {
            units: order.map((i) => units[i] as string),
            indicators,
            values: order.map((i) => values[i] as number[]),
          },
          config,
        );
        const rankOf = (r: typeof first) =>
          Object.fromEntries(r.units.map((u) => [u.unitId, u.rank]));
        expect(rankOf(second)).toEqual(rankOf(first));
        expect(second.ranking).toEqual(first.ranking);
      }),
    );
  });
  it("results contain no NaN or Infinity and inputs are not mutated (frozen)", () => {
    for (const aggregation of ["arithmetic", "geometric", "harmonic"] as const) {
      const index = buildCompositeIndex(B35, {
        weights: W,
        normalisation: { method: "z-score", sd: "population" },
        aggregation,
      });
      expectAllFinite(index);
    }
  });
});
