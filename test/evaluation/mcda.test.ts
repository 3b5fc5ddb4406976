// MCDA: WSM (T-WSM-1), TOPSIS (§B4.4, MCDM::TOPSISVector example), AHP (§B4.5-1..3), properties.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeAhpWeights,
  type DecisionMatrix,
  rankTopsis,
  rankWeightedSum,
  SAATY_RANDOM_INDEX,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { expectAllFinite, thrown } from "./helpers.js";

const TOL = 6;
// d <- matrix(c(6,7,10,2,2.75,3.5), nrow = 3); w = (0.5, 0.5); cb = ('min', 'max').
const B44: DecisionMatrix = deepFreeze({
  units: ["a1", "a2", "a3"],
  indicators: [
    { id: "cost", direction: "decrease" },
    { id: "benefit", direction: "increase" },
  ],
  values: [
    [6, 2],
    [7, 2.75],
    [10, 3.5],
  ],
});

describe("rankWeightedSum", () => {
  it("T-WSM-1: S = [0.5, 0.625, 0.5]", () => {
    // cost [6, 7, 10] → [1, 0.75, 0]; benefit [2, 2.75, 3.5] → [0, 0.5, 1]; 0.5·n1 + 0.5·n2.
    const result = rankWeightedSum(B44, [0.5, 0.5]);
    result.alternatives.forEach((a, i) => {
      expect(a.score).toBeCloseTo([0.5, 0.625, 0.5][i] as number, TOL);
    });
    expect(result.alternatives.map((a) => a.rank)).toEqual([2, 1, 2]);
    expect(result.ranking).toEqual(["a2", "a1", "a3"]);
  });
  it("weights need not sum to 1", () => {
    expect(rankWeightedSum(B44, [2, 2]).alternatives[1]?.score).toBeCloseTo(0.625, TOL);
  });
});

describe("rankTopsis: §B4.4", () => {
  it("vector normalisation, ideal points, closeness", () => {
    // Column norms √(36 + 49 + 100) = √185 = 13.601471 and √(4 + 7.5625 + 12.25) = √23.8125 = 4.879805.
    // v = 0.5·x/norm: a1 (0.220564, 0.204926), a2 (0.257325, 0.281774), a3 (0.367607, 0.358621).
    // A⁺ = (min cost 0.220564, max benefit 0.358621); A⁻ = (0.367607, 0.204926).
    // a1: D⁺ = 0.153695, D⁻ = 0.147043 → C = 0.488941; a2: D⁺ = √(0.036761² + 0.076847²) = 0.085187,
    // D⁻ = √(0.110282² + 0.076847²) = 0.134416 → C = 0.612086; a3: D⁺ = 0.147043, D⁻ = 0.153695 → 0.511059.
    const result = rankTopsis(B44, [0.5, 0.5]);
    const expected = [
      [0.153695, 0.147043, 0.488941],
      [0.085187, 0.134416, 0.612086],
      [0.147043, 0.153695, 0.511059],
    ];
    result.alternatives.forEach((a, i) => {
      const [plus, minus, closeness] = expected[i] as number[];
      expect(a.distanceToIdeal).toBeCloseTo(plus as number, 5);
      expect(a.distanceToAntiIdeal).toBeCloseTo(minus as number, 5);
      expect(a.score).toBeCloseTo(closeness as number, 5);
    });
    expect(result.ranking).toEqual(["a2", "a3", "a1"]);
    expect(result.ideal[0]).toBeCloseTo(3 / Math.sqrt(185), TOL);
    expect(result.antiIdeal[1]).toBeCloseTo(1 / Math.sqrt(23.8125), TOL);
  });
  it("identical alternatives: closeness 0.5 with a reason", () => {
    const same = deepFreeze({
      units: ["p", "q"],
      indicators: [{ id: "x", direction: "increase" as const }],
      values: [[3], [3]],
    });
    const result = rankTopsis(same, [1]);
    expect(result.alternatives.map((a) => [a.score, a.rank, a.reason])).toEqual([
      [0.5, 1, "identical-alternatives"],
      [0.5, 1, "identical-alternatives"],
    ]);
  });
  it("an all-zero column normalises to 0, not NaN", () => {
    const zero = deepFreeze({
      units: ["p", "q"],
      indicators: [
        { id: "x", direction: "increase" as const },
        { id: "y", direction: "increase" as const },
      ],
      values: [
        [0, 1],
        [0, 2],
      ],
    });
    const result = rankTopsis(zero, [1, 1]);
    expectAllFinite(result);
    expect(result.ranking).toEqual(["q", "p"]);
  });
});

describe("computeAhpWeights: §B4.5 with Saaty's RI table", () => {
  it("B4.5-1: consistent 3×3", () => {
    // Principal eigenvector (numpy eig, normalised): 0.636986, 0.258285, 0.104729; λmax = 3.038511;
    // CI = 0.038511/2 = 0.019256; CR = 0.019256/0.58 = 0.033199 < 0.1.
    const ahp = computeAhpWeights([
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ]);
    [0.636986, 0.258285, 0.104729].forEach((w, i) => {
      expect(ahp.weights[i]).toBeCloseTo(w, TOL);
    });
    expect(ahp.lambdaMax).toBeCloseTo(3.038511, TOL);
    expect(ahp.consistencyIndex).toBeCloseTo(0.019256, TOL);
    expect(ahp.consistencyRatio).toBeCloseTo(0.033199, TOL);
    expect(ahp.acceptable).toBe(true);
    expect(ahp.warnings).toEqual([]);
  });
  it("B4.5-2: intransitive cycle → equal weights, CR 1.149425 with a warning", () => {
    // Each row sums to 1 + 3 + 1/3 = 13/3, so w = (1/3, 1/3, 1/3), λmax = 13/3, CI = (13/3 − 3)/2 = 2/3,
    // CR = (2/3)/0.58 = 1.149425.
    const ahp = computeAhpWeights([
      [1, 3, 1 / 3],
      [1 / 3, 1, 3],
      [3, 1 / 3, 1],
    ]);
    ahp.weights.forEach((w) => {
      expect(w).toBeCloseTo(1 / 3, TOL);
    });
    expect(ahp.lambdaMax).toBeCloseTo(13 / 3, TOL);
    expect(ahp.consistencyIndex).toBeCloseTo(2 / 3, TOL);
    expect(ahp.consistencyRatio).toBeCloseTo(2 / 3 / 0.58, TOL);
    expect(ahp.acceptable).toBe(false);
    expect(ahp.warnings[0]).toMatch(/consistency ratio 1\.1494/);
  });
  it("B4.5-3: 4×4", () => {
    // numpy eig: w = 0.227396, 0.109661, 0.042583, 0.620360; λmax = 4.144617; CI = 0.048206; CR = 0.053562.
    const ahp = computeAhpWeights([
      [1, 2, 8, 1 / 4],
      [1 / 2, 1, 3, 1 / 6],
      [1 / 8, 1 / 3, 1, 1 / 9],
      [4, 6, 9, 1],
    ]);
    [0.227396, 0.109661, 0.042583, 0.62036].forEach((w, i) => {
      expect(ahp.weights[i]).toBeCloseTo(w, TOL);
    });
    expect(ahp.lambdaMax).toBeCloseTo(4.144617, TOL);
    expect(ahp.consistencyIndex).toBeCloseTo(0.048206, TOL);
    expect(ahp.consistencyRatio).toBeCloseTo(0.053562, TOL);
  });
  it("n ≤ 2: RI is 0, CR undefined with a reason; a custom RI table; a missing RI", () => {
    const two = computeAhpWeights([
      [1, 4],
      [1 / 4, 1],
    ]);
    expect(two.weights[0]).toBeCloseTo(0.8, TOL);
    expect(two).toMatchObject({
      consistencyRatio: null,
      acceptable: null,
      reason: "random-index-zero",
    });
    expect(computeAhpWeights([[1]])).toMatchObject({
      weights: [1],
      consistencyIndex: 0,
      consistencyRatio: null,
    });
    // ahpsurvey's simulated RI(3) = 0.5251686: CR = 0.019256/0.5251686.
    const custom = computeAhpWeights(
      [
        [1, 3, 5],
        [1 / 3, 1, 3],
        [1 / 5, 1 / 3, 1],
      ],
      { randomIndex: [0, 0, 0.5251686] },
    );
    expect(custom.consistencyRatio).toBeCloseTo(0.019255545 / 0.5251686, TOL);
    const big = Array.from({ length: 16 }, () => Array.from({ length: 16 }, () => 1));
    expect(computeAhpWeights(big)).toMatchObject({
      consistencyRatio: null,
      reason: "random-index-missing",
    });
    expect(SAATY_RANDOM_INDEX.length).toBe(15);
  });
  it("reciprocity is checked to a relative 1e-3: 0.333 passes for 1/3, 0.33 does not", () => {
    // 3 · 0.333 = 0.999 (off by 1e-3, allowed); 3 · 0.33 = 0.99 (off by 1e-2).
    expect(
      computeAhpWeights([
        [1, 3],
        [0.333, 1],
      ]).weights[0],
    ).toBeCloseTo(0.75, 3);
    expect(
      thrown(() =>
        computeAhpWeights([
          [1, 3],
          [0.33, 1],
        ]),
      ).code,
    ).toBe("INCONSISTENT_MATRIX");
  });
  it("invalid matrices are errors with paths", () => {
    const notSquare = thrown(() => computeAhpWeights([[1, 2], [0.5]]));
    expect(notSquare).toMatchObject({ code: "INVALID_ARGUMENT" });
    expect(notSquare.issues[0]?.path).toEqual(["matrix", 1]);
    const negative = thrown(() =>
      computeAhpWeights([
        [1, -2],
        [0.5, 1],
      ]),
    );
    expect(negative.code).toBe("INCONSISTENT_MATRIX");
    expect(negative.issues[0]?.path).toEqual(["matrix", 0, 1]);
    const notReciprocal = thrown(() =>
      computeAhpWeights([
        [1, 2],
        [2, 1],
      ]),
    );
    expect(notReciprocal.issues[0]).toMatchObject({ path: ["matrix", 1, 0], rule: "reciprocal" });
    const diagonal = thrown(() =>
      computeAhpWeights([
        [2, 2],
        [0.5, 1],
      ]),
    );
    expect(diagonal.issues[0]).toMatchObject({ path: ["matrix", 0, 0], rule: "diagonal" });
    expect(thrown(() => computeAhpWeights([])).issues[0]?.path).toEqual(["matrix"]);
    expect(thrown(() => computeAhpWeights([[1]], { threshold: -1 })).issues[0]?.path).toEqual([
      "options",
      "threshold",
    ]);
  });
});

// A matrix with a unit that dominates another: each criterion, dominant ≥ other for benefits, ≤ for costs.
const dominanceArb = fc
  .tuple(
    fc.integer({ min: 2, max: 6 }),
    fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 3, maxLength: 3 }),
  )
  .chain(([n, benefit, weights]) =>
    fc.tuple(
      fc.constant(benefit),
      fc.constant(weights),
      fc.array(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 3, maxLength: 3 }), {
        minLength: n,
        maxLength: n,
      }),
      fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 3, maxLength: 3 }),
    ),
  );

describe("properties: dominance and order", () => {
  it("a unit that dominates another never ranks below it (WSM, TOPSIS)", () => {
    fc.assert(
      fc.property(dominanceArb, ([benefit, weights, rows, gaps]) => {
        // The dominated unit is rows[0]; the dominant one improves it by `gaps` in each criterion's direction.
        const base = rows[0] as number[];
        const dominant = base.map((v, j) =>
          benefit[j] ? v + (gaps[j] as number) : v - (gaps[j] as number),
        );
        const values = [...rows, dominant];
        const matrix = {
          units: values.map((_, i) => `u${i}`),
          indicators: benefit.map((b, j) => ({
            id: `c${j}`,
            direction: b ? ("increase" as const) : ("decrease" as const),
          })),
          values,
        };
        for (const result of [rankWeightedSum(matrix, weights), rankTopsis(matrix, weights)]) {
          const dominated = result.alternatives[0]?.rank as number;
          const winner = result.alternatives[values.length - 1]?.rank as number;
          expect(winner).toBeLessThanOrEqual(dominated);
        }
      }),
    );
  });
  it("MCDA rankings are invariant to the order alternatives are given in", () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 2, maxLength: 2 }), {
          minLength: 2,
          maxLength: 7,
        }),
        fc.integer(),
        (values, seed) => {
          const units = values.map((_, i) => `u${i}`);
          const order = units
            .map((_, i) => i)
            .sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
          const indicators = [
            { id: "x", direction: "increase" as const },
            { id: "y", direction: "decrease" as const },
          ];
          const shuffled = {
            units: order.map((i) => units[i] as string),
            indicators,
            values: order.map((i) => values[i] as number[]),
          };
          for (const rank of [rankWeightedSum, rankTopsis]) {
            const a = rank({ units, indicators, values }, [2, 1]);
            const b = rank(shuffled, [2, 1]);
            expect(b.ranking).toEqual(a.ranking);
          }
        },
      ),
    );
  });
});

describe("rankTopsis: column norms and the weighted normalised matrix (§B4.4, 0.2.0)", () => {
  it("norms √185, √23.8125; v_ij = 0.5·x_ij/norm_j", () => {
    const result = rankTopsis(B44, [0.5, 0.5]);
    expect(result.columnNorms[0]).toBeCloseTo(13.601471, TOL);
    expect(result.columnNorms[1]).toBeCloseTo(4.879805, TOL);
    const expected = [
      [0.220564, 0.204926],
      [0.257325, 0.281774],
      [0.367607, 0.358621],
    ];
    result.weightedNormalisedMatrix.forEach((row, i) => {
      row.forEach((v, j) => {
        expect(v).toBeCloseTo(expected[i]?.[j] as number, TOL);
      });
    });
    // The weights are divided by their total: (1, 1) gives the same matrix as (0.5, 0.5).
    expect(rankTopsis(B44, [1, 1]).weightedNormalisedMatrix).toEqual(
      result.weightedNormalisedMatrix,
    );
  });
  it("an all-zero column has norm 0 and normalised values 0", () => {
    const zero = deepFreeze({
      units: ["p", "q"],
      indicators: [
        { id: "x", direction: "increase" as const },
        { id: "y", direction: "increase" as const },
      ],
      values: [
        [0, 3],
        [0, 4],
      ],
    });
    const result = rankTopsis(zero, [1, 1]);
    // √(9 + 16) = 5; v = 0.5·(3, 4)/5 = (0.3, 0.4).
    expect(result.columnNorms).toEqual([0, 5]);
    expect(result.weightedNormalisedMatrix).toEqual([
      [0, expect.closeTo(0.3, 12)],
      [0, expect.closeTo(0.4, 12)],
    ]);
  });
});

describe("computeAhpWeights: row geometric-mean option (0.2.0)", () => {
  it("B4.5-1: exact for n = 3, same vector as the eigenvector; the default stays eigenvector", () => {
    // Row products 15, 1, 1/15 → cube roots 2.466212, 1, 0.405480; sum 3.871692.
    const matrix = [
      [1, 3, 5],
      [1 / 3, 1, 3],
      [1 / 5, 1 / 3, 1],
    ];
    const gm = computeAhpWeights(matrix, { method: "geometric-mean" });
    expect(gm.method).toBe("geometric-mean");
    [0.636986, 0.258285, 0.104729].forEach((w, i) => {
      expect(gm.weights[i]).toBeCloseTo(w, TOL);
    });
    expect(gm.lambdaMax).toBeCloseTo(3.038511, TOL);
    expect(computeAhpWeights(matrix).method).toBe("eigenvector");
  });
  it("B4.5-2: intransitive cycle, every row product 1 → equal weights", () => {
    const gm = computeAhpWeights(
      [
        [1, 3, 1 / 3],
        [1 / 3, 1, 3],
        [3, 1 / 3, 1],
      ],
      { method: "geometric-mean" },
    );
    gm.weights.forEach((w) => {
      expect(w).toBeCloseTo(1 / 3, 12);
    });
    expect(gm.acceptable).toBe(false);
  });
  it("B4.5-3: 4×4 differs from the eigenvector (approximation for n > 3)", () => {
    // Row products 4, 1/4, 1/216, 216 → fourth roots 1.414214, 0.707107, 0.260847, 3.833659,
    // sum 6.215826; normalised 0.227518, 0.113759, 0.041965, 0.616758; λmax = mean (Bw)_i/w_i = 4.143122,
    // CI = 0.047707, CR = 0.053008 (RI(4) = 0.90).
    const B = [
      [1, 2, 8, 1 / 4],
      [1 / 2, 1, 3, 1 / 6],
      [1 / 8, 1 / 3, 1, 1 / 9],
      [4, 6, 9, 1],
    ];
    const gm = computeAhpWeights(deepFreeze(B), { method: "geometric-mean" });
    [0.227518, 0.113759, 0.041965, 0.616758].forEach((w, i) => {
      expect(gm.weights[i]).toBeCloseTo(w, TOL);
    });
    expect(gm.lambdaMax).toBeCloseTo(4.143122, TOL);
    expect(gm.consistencyRatio).toBeCloseTo(0.053008, TOL);
    expect(
      Math.abs((gm.weights[1] as number) - (computeAhpWeights(B).weights[1] as number)),
    ).toBeGreaterThan(1e-3);
  });
  it("an unknown method throws with its path", () => {
    const error = thrown(() =>
      computeAhpWeights([[1]], { method: "mean" as unknown as "eigenvector" }),
    );
    expect(error.issues[0]?.path).toEqual(["options", "method"]);
  });
});
