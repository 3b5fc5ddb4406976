// Rubric scoring: reference §B1/§B2/§B4.2 vectors (Appendix T: T-SC-1..3, T-OCA-1, B2-1) and hand cases.
import { describe, expect, it } from "vitest";
import {
  FOUR_POINT_SCALE,
  type Rubric,
  roundToScale,
  SIX_POINT_SCALE,
  scoreRubric,
  validateRubric,
  ZERO_TO_THREE_SCALE,
} from "../../src/index.js";
import { deepFreeze, edited } from "../fixtures/freeze.js";
import { expectAllFinite, thrown } from "./helpers.js";

const TOL = 6; // Appendix T: absolute tolerance 1e-6

function flatRubric(
  scaleId: string,
  ids: string[],
  weights: number[],
  rounding: Rubric["rounding"] = "half-away-from-zero",
): Rubric {
  return deepFreeze({
    id: "r",
    name: "Rubric",
    scaleId,
    rounding,
    criteria: ids.map((id, i) => ({ id, name: id, weight: weights[i] as number, children: [] })),
    caps: [],
  });
}
const scoresOf = (ids: string[], values: number[]) =>
  deepFreeze(ids.map((criterionId, i) => ({ criterionId, value: values[i] as number })));

const DAC = ["relevance", "coherence", "effectiveness", "efficiency", "impact", "sustainability"];

describe("scoreRubric: reference vectors", () => {
  it("T-SC-1: DAC ratings (4,3,3,2,3,2), equal weights → 2.833333, level 3", () => {
    const result = scoreRubric(
      flatRubric("four-point", DAC, [1, 1, 1, 1, 1, 1]),
      FOUR_POINT_SCALE,
      scoresOf(DAC, [4, 3, 3, 2, 3, 2]),
    );
    expect(result.mean).toBeCloseTo(17 / 6, TOL);
    expect(result.rounded?.value).toBe(3);
    expect(result.level?.label.en).toBe("Substantial");
    expect(result.criteria.map((c) => c.share)).toEqual(DAC.map(() => 1 / 6));
  });

  it("T-SC-2: weights (.15,.15,.2,.15,.2,.15) → 2.85, which rounds to 3", () => {
    const rubric = flatRubric("four-point", DAC, [0.15, 0.15, 0.2, 0.15, 0.2, 0.15]);
    const result = scoreRubric(rubric, FOUR_POINT_SCALE, scoresOf(DAC, [4, 3, 3, 2, 3, 2]));
    expect(result.mean).toBeCloseTo(2.85, TOL);
    expect(result.level?.value).toBe(3);
  });

  it("T-SC-3: ADB-style (3,2,1,2) → 2.0 equal weights, 1.9 with 20/30/30/20", () => {
    const ids = ["relevance", "effectiveness", "efficiency", "sustainability"];
    const equal = scoreRubric(
      flatRubric("zero-to-three", ids, [1, 1, 1, 1]),
      ZERO_TO_THREE_SCALE,
      scoresOf(ids, [3, 2, 1, 2]),
    );
    expect(equal.mean).toBeCloseTo(2, TOL);
    expect(equal.level?.label.en).toBe("Successful");
    const weighted = scoreRubric(
      flatRubric("zero-to-three", ids, [20, 30, 30, 20]),
      ZERO_TO_THREE_SCALE,
      scoresOf(ids, [3, 2, 1, 2]),
    );
    // 0.6 + 0.6 + 0.3 + 0.4 = 1.9 (prints 1.9000000000000004 in doubles): compare with tolerance.
    expect(weighted.mean).toBeCloseTo(1.9, TOL);
    expect(weighted.level?.value).toBe(2);
  });

  it("B2-1: 6-point mean 4.4 → 4 (MS); a cap 'at most efficacy + 1' with efficacy 2 → 3 (MU)", () => {
    // Scores (5, 2, 5) with weights (0.4, 0.2, 0.4): 2 + 0.4 + 2 = 4.4.
    const base = flatRubric("six-point", ["relevance", "efficacy", "efficiency"], [0.4, 0.2, 0.4]);
    const scores = scoresOf(["relevance", "efficacy", "efficiency"], [5, 2, 5]);
    const plain = scoreRubric(base, SIX_POINT_SCALE, scores);
    expect(plain.mean).toBeCloseTo(4.4, TOL);
    expect(plain.level?.code).toBe("MS");
    const capped = edited(base, (draft) => {
      draft.caps = [{ criterionId: "efficacy", relation: "at-most", offset: 1 }];
    });
    const result = scoreRubric(capped, SIX_POINT_SCALE, scores);
    expect(result.rounded?.code).toBe("MS");
    expect(result.level?.code).toBe("MU");
    expect(result.caps[0]?.applied).toBe(true);
    expect(result.caps[0]?.bound?.value).toBe(3);
    expect(result.explanation.join(" ")).toContain("efficacy");
  });

  it("T-OCA-1: sub-criteria; mean of domain means 2.833333 (61.1111 %), not the item mean 2.75", () => {
    const domains: Record<string, number[]> = {
      governance: [3, 4, 2],
      finance: [2, 2, 3, 1],
      hr: [3, 3],
      programme: [4, 3, 3],
    };
    const rubric: Rubric = deepFreeze({
      id: "oca",
      name: "OCA",
      scaleId: "oca4",
      rounding: "half-away-from-zero",
      caps: [],
      criteria: Object.entries(domains).map(([domain, items]) => ({
        id: domain,
        name: domain,
        weight: 1,
        children: items.map((_, k) => ({
          id: `${domain}.${k}`,
          name: `${domain} ${k}`,
          weight: 1,
          children: [],
        })),
      })),
    });
    const scale = deepFreeze({ ...FOUR_POINT_SCALE, id: "oca4" });
    const scores = Object.entries(domains).flatMap(([domain, items]) =>
      items.map((value, k) => ({ criterionId: `${domain}.${k}`, value })),
    );
    const result = scoreRubric(rubric, scale, deepFreeze(scores));
    expect(result.criteria.map((c) => c.score)).toEqual([3, 2, 3, expect.closeTo(10 / 3, TOL)]);
    expect(result.mean).toBeCloseTo(2.833333, TOL);
    expect((((result.mean as number) - 1) / 3) * 100).toBeCloseTo(61.1111, 4);
    // The flat mean of the 12 items is 33/12 = 2.75: a different number, as the reference warns.
    const flatIds = scores.map((s) => s.criterionId);
    const flat = scoreRubric(
      flatRubric(
        "oca4",
        flatIds,
        flatIds.map(() => 1),
      ),
      scale,
      deepFreeze(scores),
    );
    expect(flat.mean).toBeCloseTo(2.75, TOL);
  });
});

describe("roundToScale: explicit rounding (hand cases)", () => {
  it("half-away-from-zero takes 2.5 → 3 and −2.5 → −3 (unlike Math.round)", () => {
    expect(roundToScale(2.5, FOUR_POINT_SCALE, "half-away-from-zero").value).toBe(3);
    const signed = deepFreeze({
      id: "s",
      name: { en: "signed" },
      levels: [-3, -2, -1, 0, 1, 2, 3].map((value) => ({ value, label: { en: `L${value}` } })),
    });
    expect(roundToScale(-2.5, signed, "half-away-from-zero").value).toBe(-3);
    expect(Math.round(-2.5)).toBe(-2);
  });
  it("half-even takes 2.5 → 2, 3.5 → 4; floor and ceil", () => {
    expect(roundToScale(2.5, FOUR_POINT_SCALE, "half-even").value).toBe(2);
    expect(roundToScale(3.5, FOUR_POINT_SCALE, "half-even").value).toBe(4);
    expect(roundToScale(2.99, FOUR_POINT_SCALE, "floor").value).toBe(2);
    expect(roundToScale(2.01, FOUR_POINT_SCALE, "ceil").value).toBe(3);
  });
  it("float noise next to a level counts as the level; outside values clamp", () => {
    // 0.1 + 0.2 = 0.30000000000000004; ×10 = 3.0000000000000004 which ceil must keep at 3.
    expect(roundToScale((0.1 + 0.2) * 10, FOUR_POINT_SCALE, "ceil").value).toBe(3);
    expect(roundToScale(2.9999999999999996, FOUR_POINT_SCALE, "floor").value).toBe(3);
    expect(roundToScale(9, FOUR_POINT_SCALE, "floor").value).toBe(4);
    expect(roundToScale(-9, FOUR_POINT_SCALE, "ceil").value).toBe(1);
  });
  it("non-uniform levels round to the nearest level", () => {
    const uneven = deepFreeze({
      id: "u",
      name: { en: "u" },
      levels: [0, 1, 5].map((value) => ({ value, label: { en: `L${value}` } })),
    });
    expect(roundToScale(2.9, uneven, "half-away-from-zero").value).toBe(1); // |2.9−1| = 1.9 < |5−2.9| = 2.1
    expect(roundToScale(3, uneven, "half-away-from-zero").value).toBe(5); // midpoint → away from zero
    // 1 and 5 are both odd: the tie goes to the even 0-based position, index 2 (value 5); 0 vs 1 → 0.
    expect(roundToScale(3, uneven, "half-even").value).toBe(5);
    expect(roundToScale(0.5, uneven, "half-even").value).toBe(0);
  });
  it("rejects a non-finite value and an unknown rule", () => {
    expect(
      thrown(() => roundToScale(Number.NaN, FOUR_POINT_SCALE, "floor")).issues[0]?.path,
    ).toEqual(["value"]);
    expect(
      thrown(() => roundToScale(1, FOUR_POINT_SCALE, "nearest" as Rubric["rounding"])).issues[0]
        ?.path,
    ).toEqual(["rounding"]);
  });
});

describe("scoreRubric: caps, floors, missing scores", () => {
  const ids = ["a", "b", "c"];
  it("a floor raises, a cap lowers, and the cap wins when they conflict", () => {
    // Scores (1, 1, 4) equal weights: mean 2 → Modest.
    const rubric = edited(flatRubric("four-point", ids, [1, 1, 1]), (draft) => {
      draft.caps = [
        { criterionId: "c", relation: "at-least", offset: 0 }, // floor 4
        { criterionId: "a", relation: "at-most", offset: 2 }, // cap 1 + 2 steps = 3
      ];
    });
    const result = scoreRubric(rubric, FOUR_POINT_SCALE, scoresOf(ids, [1, 1, 4]));
    expect(result.rounded?.value).toBe(2);
    expect(result.level?.value).toBe(3);
    expect(result.caps.map((c) => c.applied)).toEqual([true, true]);
  });
  it("missing scores throw by default, naming the criterion", () => {
    const error = thrown(() =>
      scoreRubric(
        flatRubric("four-point", ids, [1, 1, 1]),
        FOUR_POINT_SCALE,
        scoresOf(["a", "b"], [3, 3]),
      ),
    );
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.issues).toEqual([
      { path: ["scores"], rule: "missing-score", message: "criterion 'c' has no score" },
    ]);
  });
  it("renormalise shares the weight of a missing criterion and reports it", () => {
    // Weights (1, 1, 2), c missing: (3·1 + 4·1)/2 = 3.5 → 4 (half away from zero).
    const result = scoreRubric(
      flatRubric("four-point", ids, [1, 1, 2]),
      FOUR_POINT_SCALE,
      scoresOf(["a", "b"], [3, 4]),
      { missing: "renormalise" },
    );
    expect(result.mean).toBeCloseTo(3.5, TOL);
    expect(result.level?.value).toBe(4);
    expect(result.missing).toEqual(["c"]);
    expect(result.criteria[2]?.source).toBe("missing");
  });
  it("no scores at all is a result with a reason, not NaN", () => {
    const result = scoreRubric(flatRubric("four-point", ids, [1, 1, 1]), FOUR_POINT_SCALE, [], {
      missing: "renormalise",
    });
    expect(result).toMatchObject({ mean: null, level: null, reason: "no-scores" });
    expectAllFinite(result);
  });
  it("a cap on an unscored criterion is reported as not applied", () => {
    const rubric = edited(flatRubric("four-point", ids, [1, 1, 1]), (draft) => {
      draft.caps = [{ criterionId: "c", relation: "at-most" }];
    });
    const result = scoreRubric(rubric, FOUR_POINT_SCALE, scoresOf(["a", "b"], [4, 4]), {
      missing: "renormalise",
    });
    expect(result.level?.value).toBe(4);
    expect(result.caps[0]).toMatchObject({ applied: false, bound: null });
  });
});

describe("validateRubric and score checks: path-named errors", () => {
  const good = flatRubric("four-point", ["a", "b"], [1, 1]);
  it.each([
    [
      "negative weight",
      edited(good, (d) => {
        (d.criteria[1] as { weight: number }).weight = -1;
      }),
      "INVALID_WEIGHTS",
      ["criteria", 1, "weight"],
    ],
    [
      "zero total",
      edited(good, (d) => {
        for (const c of d.criteria) c.weight = 0;
      }),
      "INVALID_WEIGHTS",
      ["criteria"],
    ],
    [
      "duplicate id",
      edited(good, (d) => {
        (d.criteria[1] as { id: string }).id = "a";
      }),
      "DUPLICATE_ID",
      ["criteria", 1, "id"],
    ],
    [
      "unknown cap",
      edited(good, (d) => {
        d.caps = [{ criterionId: "zz", relation: "at-most" }];
      }),
      "UNKNOWN_ID",
      ["caps", 0, "criterionId"],
    ],
    [
      "scale id",
      edited(good, (d) => {
        d.scaleId = "six-point";
      }),
      "INVALID_ARGUMENT",
      ["scaleId"],
    ],
    [
      "nested weight",
      edited(good, (d) => {
        (d.criteria[0] as { children: unknown[] }).children = [
          { id: "a1", name: "a1", weight: Number.NaN, children: [] },
        ];
      }),
      "INVALID_WEIGHTS",
      ["criteria", 0, "children", 0, "weight"],
    ],
  ] as const)("%s", (_name, rubric, code, path) => {
    const error = thrown(() => validateRubric(rubric as Rubric, FOUR_POINT_SCALE));
    expect(error.code).toBe(code);
    expect(error.issues[0]?.path).toEqual(path);
  });
  it("a bad scale names the level", () => {
    const scale = edited(FOUR_POINT_SCALE, (d) => {
      (d.levels[2] as { value: number }).value = 4;
    });
    expect(thrown(() => validateRubric(good, scale)).issues[0]?.path).toEqual([
      "scale",
      "levels",
      2,
      "value",
    ]);
  });
  it("scores: off the scale, unknown, duplicate, parent", () => {
    const off = thrown(() =>
      scoreRubric(good, FOUR_POINT_SCALE, scoresOf(["a", "b", "b"], [3, 2.5, 2])),
    );
    expect(off.issues.map((i) => i.path)).toEqual([
      ["scores", 1, "value"],
      ["scores", 2, "criterionId"],
    ]);
    const unknown = thrown(() =>
      scoreRubric(good, FOUR_POINT_SCALE, scoresOf(["a", "b", "x"], [3, 3, 3])),
    );
    expect(unknown.code).toBe("UNKNOWN_ID");
    expect(unknown.issues[0]?.path).toEqual(["scores", 2, "criterionId"]);
    const nested = edited(good, (d) => {
      (d.criteria[0] as { children: unknown[] }).children = [
        { id: "a1", name: "a1", weight: 1, children: [] },
      ];
    });
    const parent = thrown(() =>
      scoreRubric(nested, FOUR_POINT_SCALE, scoresOf(["a", "a1", "b"], [3, 3, 3])),
    );
    expect(parent.issues[0]).toMatchObject({
      path: ["scores", 0, "criterionId"],
      rule: "not-a-leaf",
    });
  });
});

describe("predefined scales", () => {
  it("are deep-frozen, valid and ordered as the reference says", () => {
    for (const scale of [FOUR_POINT_SCALE, SIX_POINT_SCALE, ZERO_TO_THREE_SCALE]) {
      expect(Object.isFrozen(scale)).toBe(true);
      expect(Object.isFrozen(scale.levels)).toBe(true);
      expect(scale.levels.every((level) => Object.isFrozen(level))).toBe(true);
      expect(() => validateRubric(flatRubric(scale.id, ["a"], [1]), scale)).not.toThrow();
    }
    // §B1: HS 6, S 5, MS 4, MU 3, U 2, HU 1.
    expect(SIX_POINT_SCALE.levels.map((l) => [l.code, l.value])).toEqual([
      ["HS", 6],
      ["S", 5],
      ["MS", 4],
      ["MU", 3],
      ["U", 2],
      ["HU", 1],
    ]);
    expect(ZERO_TO_THREE_SCALE.levels.map((l) => l.value)).toEqual([3, 2, 1, 0]);
  });
});
