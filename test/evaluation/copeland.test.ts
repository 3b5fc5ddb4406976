// Copeland outranking (§B3.3 formulas, §B3.5 data) and rank shifts (§B3.4 R̄, §B3.5 geometric vs
// arithmetic). Expected numbers worked by hand below; the reference prints none for these items.
import { describe, expect, it } from "vitest";
import { buildCompositeIndex, computeRankShift, rankCopeland } from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { B35, expectAllFinite, thrown } from "./helpers.js";

// §B3.5: four units, x3 a cost; w = (0.5, 0.3, 0.2).
const W = deepFreeze([0.5, 0.3, 0.2]);

describe("rankCopeland: §B3.5", () => {
  it("outranking matrix, scores, dominance pairs (hand arithmetic)", () => {
    // Orders: x1 U4 > U3 > U2 > U1; x2 U2 > U4 > U3 > U1; −x3 U2 > U3 > U1 > U4 (no ties).
    // U1 beats U4 only on x3 (0.2); U2 beats U1 everywhere (1), U3 and U4 on x2 + x3 (0.5);
    // U3 beats U1 everywhere (1), U2 on x1 (0.5), U4 on x3 (0.2); U4 beats U1 on x1 + x2 (0.8),
    // U2 on x1 (0.5), U3 on x1 + x2 (0.8).
    const result = rankCopeland(B35, W);
    const expected = [
      [0, 0, 0, 0.2],
      [1, 0, 0.5, 0.5],
      [1, 0.5, 0, 0.2],
      [0.8, 0.5, 0.8, 0],
    ];
    result.outrankingMatrix.forEach((row, p) => {
      row.forEach((v, q) => {
        expect(v).toBeCloseTo(expected[p]?.[q] as number, 12);
      });
    });
    // Row sums 0.2, 2.0, 1.7, 2.1.
    [0.2, 2, 1.7, 2.1].forEach((score, i) => {
      expect(result.alternatives[i]?.score).toBeCloseTo(score, 12);
    });
    expect(result.alternatives.map((a) => a.rank)).toEqual([4, 2, 3, 1]);
    expect(result.ranking).toEqual(["U4", "U2", "U3", "U1"]);
    // Majorities (M > 0.5 won, < 0.5 lost; 0.5 a tie): U1 0/3, U2 1/0, U3 1/1, U4 2/0.
    expect(result.alternatives.map((a) => [a.wins, a.losses])).toEqual([
      [0, 3],
      [1, 0],
      [1, 1],
      [2, 0],
    ]);
    expect(result.dominancePairs).toEqual([
      ["U2", "U1"],
      ["U3", "U1"],
    ]);
    expect(result.reason).toBeUndefined();
  });

  it("each pair's entries sum to 1; weights need not sum to 1", () => {
    const result = rankCopeland(B35, [5, 3, 2]);
    for (let p = 0; p < 4; p++)
      for (let q = 0; q < 4; q++)
        if (p !== q)
          expect(
            (result.outrankingMatrix[p]?.[q] as number) +
              (result.outrankingMatrix[q]?.[p] as number),
          ).toBeCloseTo(1, 12);
    expect(result.alternatives[3]?.score).toBeCloseTo(2.1, 12);
  });

  it("ties count half of the criterion's weight to each side", () => {
    // x tied (0.6 → 0.3 each), y: a better (0.4). M[a][b] = 0.7, M[b][a] = 0.3.
    const tied = deepFreeze({
      units: ["a", "b"],
      indicators: [
        { id: "x", direction: "increase" as const },
        { id: "y", direction: "increase" as const },
      ],
      values: [
        [1, 2],
        [1, 1],
      ],
    });
    const result = rankCopeland(tied, [0.6, 0.4]);
    expect(result.outrankingMatrix[0]?.[1]).toBeCloseTo(0.7, 12);
    expect(result.outrankingMatrix[1]?.[0]).toBeCloseTo(0.3, 12);
    expect(result.dominancePairs).toEqual([]);
  });

  it("identical alternatives: every M = 0.5, one shared rank, a reason", () => {
    const same = deepFreeze({
      units: ["p", "q", "r"],
      indicators: [{ id: "x", direction: "increase" as const }],
      values: [[3], [3], [3]],
    });
    const result = rankCopeland(same, [1]);
    expect(result.alternatives.map((a) => [a.score, a.rank, a.wins, a.losses])).toEqual([
      [1, 1, 0, 0],
      [1, 1, 0, 0],
      [1, 1, 0, 0],
    ]);
    expect(result.reason).toBe("identical-alternatives");
    expectAllFinite(result);
  });

  it("a single alternative scores 0 at rank 1", () => {
    const one = deepFreeze({
      units: ["p"],
      indicators: [{ id: "x", direction: "increase" as const }],
      values: [[3]],
    });
    expect(rankCopeland(one, [1]).alternatives).toEqual([
      { unitId: "p", score: 0, rank: 1, wins: 0, losses: 0 },
    ]);
  });

  it("bad input throws with the path; zero total weight is INVALID_WEIGHTS, as for WSM", () => {
    expect(thrown(() => rankCopeland(B35, [0, 0, 0])).issues[0]?.path).toEqual(["weights"]);
    expect(thrown(() => rankCopeland(B35, [0.5, -1, 0.2])).issues[0]?.path).toEqual(["weights", 1]);
    const bad = { ...B35, values: [...B35.values.slice(0, 3), [85, Number.NaN, 80]] };
    const error = thrown(() => rankCopeland(bad, W));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.issues[0]?.path).toEqual(["values", 3, 1]);
    expect(error.message).toMatch(/^rankCopeland: /);
  });
});

describe("computeRankShift: §B3.4 R̄ = (1/N) Σ |rank_ref − rank|", () => {
  it("§B3.5: geometric vs arithmetic on min-max [1, 100] shifts 0, 1, 1, 2 → R̄ = 1", () => {
    // Arithmetic scores 10.9, 67, 58.75, 70.3 → ranks 4, 2, 3, 1; geometric 2.19, 58.31, 55.95,
    // 35.30 → ranks 4, 1, 2, 3 (computed by hand from the min-max values).
    const config = {
      weights: W,
      normalisation: { method: "min-max", lower: 1, upper: 100 },
    } as const;
    const arithmetic = buildCompositeIndex(B35, config);
    const geometric = buildCompositeIndex(B35, { ...config, aggregation: "geometric" });
    const result = computeRankShift(arithmetic.units, geometric.units);
    expect(result.alternatives).toEqual([
      { unitId: "U1", referenceRank: 4, rank: 4, shift: 0 },
      { unitId: "U2", referenceRank: 2, rank: 1, shift: -1 },
      { unitId: "U3", referenceRank: 3, rank: 2, shift: -1 },
      { unitId: "U4", referenceRank: 1, rank: 3, shift: 2 },
    ]);
    expect(result.averageAbsoluteShift).toBe(1);
    expect(result.maxAbsoluteShift).toBe(2);
    expect(result.compared).toBe(4);
  });

  it("order-independent; MCDA results compare directly (Copeland vs WSM-like ranks)", () => {
    const reference = deepFreeze([
      { unitId: "a", rank: 1 },
      { unitId: "b", rank: 2 },
      { unitId: "c", rank: 3 },
    ]);
    const shuffled = deepFreeze([
      { unitId: "c", rank: 1 },
      { unitId: "b", rank: 2 },
      { unitId: "a", rank: 3 },
    ]);
    // |1 − 3| + 0 + |3 − 1| = 4 over 3.
    expect(computeRankShift(reference, shuffled).averageAbsoluteShift).toBeCloseTo(4 / 3, 12);
    const copeland = rankCopeland(B35, W);
    expect(
      computeRankShift(copeland.alternatives, copeland.alternatives).averageAbsoluteShift,
    ).toBe(0);
  });

  it("unranked alternatives are left out of N; none compared → 0 with a reason", () => {
    const withNull = computeRankShift(
      deepFreeze([
        { unitId: "a", rank: 1 },
        { unitId: "b", rank: null },
      ]),
      deepFreeze([
        { unitId: "a", rank: 2 },
        { unitId: "b", rank: 1 },
      ]),
    );
    expect(withNull.alternatives[1]?.shift).toBeNull();
    expect([withNull.averageAbsoluteShift, withNull.compared]).toEqual([1, 1]);
    const none = computeRankShift(
      deepFreeze([{ unitId: "a", rank: null }]),
      deepFreeze([{ unitId: "a", rank: 1 }]),
    );
    expect([none.averageAbsoluteShift, none.maxAbsoluteShift, none.reason]).toEqual([
      0,
      0,
      "nothing-compared",
    ]);
  });

  it("bad input throws with the path", () => {
    const ref = deepFreeze([
      { unitId: "a", rank: 1 },
      { unitId: "b", rank: 2 },
    ]);
    expect(
      thrown(() =>
        computeRankShift(ref, [
          { unitId: "a", rank: 1 },
          { unitId: "z", rank: 2 },
        ]),
      ).issues[0]?.path,
    ).toEqual(["comparison", 1, "unitId"]);
    expect(thrown(() => computeRankShift(ref, [{ unitId: "a", rank: 1 }])).issues[0]?.path).toEqual(
      ["comparison"],
    );
    expect(
      thrown(() =>
        computeRankShift(
          [
            { unitId: "a", rank: 0 },
            { unitId: "b", rank: 2 },
          ],
          ref,
        ),
      ).issues[0]?.path,
    ).toEqual(["reference", 0, "rank"]);
    expect(
      thrown(() =>
        computeRankShift(
          [
            { unitId: "a", rank: 1 },
            { unitId: "a", rank: 2 },
          ],
          ref,
        ),
      ).issues[0]?.path,
    ).toEqual(["reference", 1, "unitId"]);
  });
});
