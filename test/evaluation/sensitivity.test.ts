// Uncertainty analysis of a composite index's ranking: determinism, degenerate and hand-checked cases.
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../src/evaluation/stats/random.js";
import { analyseSensitivity, buildCompositeIndex } from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { B35, expectAllFinite, thrown } from "./helpers.js";

const CONFIG = deepFreeze({
  weights: [0.5, 0.3, 0.2],
  normalisation: { method: "min-max", lower: 1, upper: 100 } as const,
});

describe("mulberry32", () => {
  it("is deterministic and in [0, 1)", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    // Mean of 1000 uniforms: within 0.5 ± 0.05 (≈ 5.5 standard errors of 0.0091).
    expect(Math.abs(first.reduce((s, x) => s + x, 0) / 1000 - 0.5)).toBeLessThan(0.05);
  });
});

describe("analyseSensitivity", () => {
  it("the same seed gives the same result; the result has no NaN", () => {
    const options = {
      seed: 123,
      runs: 300,
      weightJitter: 0.5,
      aggregations: ["arithmetic", "geometric", "harmonic"] as const,
    };
    const first = analyseSensitivity(B35, CONFIG, options);
    expect(analyseSensitivity(B35, CONFIG, options)).toEqual(first);
    expectAllFinite(first);
    expect(first.seed).toBe(123);
    expect(first.runs).toBe(300);
  });
  it("with no jitter and one method every run reproduces the reference ranking", () => {
    const result = analyseSensitivity(B35, CONFIG, { seed: 1, runs: 50, weightJitter: 0 });
    // Reference ranks on [1, 100] arithmetic: 4, 2, 3, 1 (see composite.test.ts).
    expect(result.units.map((u) => u.referenceRank)).toEqual([4, 2, 3, 1]);
    expect(result.units.map((u) => u.medianRank)).toEqual([4, 2, 3, 1]);
    expect(result.units.map((u) => u.rankRange)).toEqual([
      [4, 4],
      [2, 2],
      [3, 3],
      [1, 1],
    ]);
    expect(result.units.every((u) => u.maxShift === 0 && u.rankedRuns === 50)).toBe(true);
    expect(result.averageRankShift).toBe(0);
  });
  it("aggregation switching reaches the ranks each aggregation gives", () => {
    // Arithmetic ranks 4,2,3,1; geometric 4,1,2,3; harmonic 4,2,1,3 (composite.test.ts). With no
    // weight jitter each run is exactly one of these, so U4's ranks lie in {1, 3} and U1 is always 4.
    const result = analyseSensitivity(B35, CONFIG, {
      seed: 99,
      runs: 200,
      weightJitter: 0,
      aggregations: ["arithmetic", "geometric", "harmonic"],
    });
    const u4 = result.units[3];
    expect(u4?.minRank).toBe(1);
    expect(u4?.maxRank).toBe(3);
    expect(u4?.maxShift).toBe(2);
    expect(result.units[0]).toMatchObject({ minRank: 4, maxRank: 4, maxShift: 0 });
    // Each run's average shift vs arithmetic is 0 (arithmetic), 1 (geometric) or (0+0+2+2)/4 = 1
    // (harmonic): the mean lies strictly between 0 and 1 when all three are drawn.
    expect(result.averageRankShift).toBeGreaterThan(0);
    expect(result.averageRankShift).toBeLessThan(1);
  });
  it("a unit with an undefined score in some runs is left out of those runs", () => {
    // On [0, 100] U1 has x1 = 0 so its geometric mean is undefined; arithmetic runs still rank it.
    const result = analyseSensitivity(
      B35,
      { weights: [0.5, 0.3, 0.2], normalisation: { method: "min-max" } },
      {
        seed: 5,
        runs: 100,
        weightJitter: 0.1,
        aggregations: ["arithmetic", "geometric"],
      },
    );
    const u1 = result.units[0];
    expect(u1?.rankedRuns).toBeGreaterThan(0);
    expect(u1?.rankedRuns).toBeLessThan(100);
    expectAllFinite(result);
  });
  it("a unit never scored has null statistics", () => {
    const reference = buildCompositeIndex(B35, {
      ...CONFIG,
      normalisation: { method: "min-max" },
      aggregation: "geometric",
    });
    expect(reference.units[0]?.score).toBeNull();
    const result = analyseSensitivity(
      B35,
      { ...CONFIG, normalisation: { method: "min-max" }, aggregation: "geometric" },
      { seed: 2, runs: 10, weightJitter: 0.2 },
    );
    expect(result.units[0]).toMatchObject({
      referenceRank: null,
      medianRank: null,
      rankRange: null,
      maxShift: null,
      rankedRuns: 0,
    });
  });
  it("rejects options out of their domain with paths", () => {
    expect(
      thrown(() => analyseSensitivity(B35, CONFIG, { seed: 1.5, runs: 10, weightJitter: 0.1 }))
        .issues[0]?.path,
    ).toEqual(["options", "seed"]);
    expect(
      thrown(() => analyseSensitivity(B35, CONFIG, { seed: 1, runs: 0, weightJitter: 0.1 }))
        .issues[0]?.path,
    ).toEqual(["options", "runs"]);
    expect(
      thrown(() => analyseSensitivity(B35, CONFIG, { seed: 1, runs: 10, weightJitter: 1 }))
        .issues[0]?.path,
    ).toEqual(["options", "weightJitter"]);
    expect(
      thrown(() =>
        analyseSensitivity(B35, CONFIG, {
          seed: 1,
          runs: 10,
          weightJitter: 0.1,
          normalisations: [{ method: "goalposts", lower: 1, upper: 0 }],
        }),
      ).issues[0]?.path,
    ).toEqual(["options", "normalisations", 0, "upper"]);
  });
});
