// Checkpoint scorecards: hand-computed trees, default mappings, coverage, errors.
import { describe, expect, it } from "vitest";
import {
  FOUR_POINT_CATEGORY_RATINGS,
  FOUR_POINT_SCALE,
  SIX_POINT_CATEGORY_RATINGS,
  SIX_POINT_SCALE,
  scoreCheckpoint,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { expectAllFinite, thrown } from "./helpers.js";

const PLAN = deepFreeze({
  id: "ap",
  items: [
    {
      id: "area.1",
      kind: "area",
      heading: "Science literacy",
      children: [
        { id: "task.1", kind: "task", weight: 2 },
        { id: "task.2", kind: "task", weight: 1 },
        { id: "task.3", kind: "task", weight: 1 },
      ],
    },
    { id: "area.2", kind: "area", children: [{ id: "task.4", kind: "task" }] },
  ],
});

describe("scoreCheckpoint", () => {
  it("leaf ratings from categories, weighted parents, plan overall (4-point default mapping)", () => {
    const card = scoreCheckpoint(
      PLAN,
      deepFreeze([
        { itemId: "task.1", category: "maintain", value: 1.1, explanation: "on track" },
        { itemId: "task.2", category: "achieved-late" },
        { itemId: "task.3", category: "reverse" },
        { itemId: "task.4", category: "accelerate" },
      ]),
      { checkpoint: "mid-term", scale: FOUR_POINT_SCALE },
    );
    const [area1, area2] = card.items;
    expect(area1?.children.map((c) => c.rating?.value)).toEqual([4, 3, 1]);
    expect(area1?.children[0]?.explanation).toBe(
      "category 'maintain', value 1.1; on track → 4 (High)",
    );
    // area.1: (2·4 + 1·3 + 1·1)/4 = 12/4 = 3 → Substantial; coverage 3/3.
    expect(area1).toMatchObject({ mean: 3, source: "children", coverage: 1 });
    expect(area1?.rating?.label).toEqual({ en: "Substantial", zh: "较高" });
    // area.2: accelerate → 2. Plan: (3 + 2)/2 = 2.5 → 3 (half away from zero).
    expect(area2?.mean).toBe(2);
    expect(card.overall).toMatchObject({ mean: 2.5, coverage: 1 });
    expect(card.overall.rating?.value).toBe(3);
    expect(card.checkpoint).toBe("mid-term");
    expectAllFinite(card);
  });
  it("unrated categories and missing results lower coverage, never count as 0", () => {
    const card = scoreCheckpoint(
      PLAN,
      [
        { itemId: "task.1", category: "insufficient-data" },
        { itemId: "task.2", category: "achieved-early" },
      ],
      { checkpoint: "final", scale: SIX_POINT_SCALE },
    );
    const area1 = card.items[0];
    // Only task.2 is rated (6): mean 6 from 1 of 3 leaf items, coverage 1/3 — below the default
    // 0.5, so the rating is withheld (insufficient evidence) while the mean is kept.
    expect(area1).toMatchObject({
      mean: 6,
      rating: null,
      withheld: true,
      leaves: 3,
      ratedLeaves: 1,
    });
    expect(area1?.coverage).toBeCloseTo(1 / 3, 12);
    expect(area1?.children[0]).toMatchObject({
      rating: null,
      source: "none",
      explanation: "category 'insufficient-data' is not rated",
    });
    // area.2 has no rated children: unrated; the plan: 1 of its 4 leaf items rated (0.25).
    expect(card.items[1]).toMatchObject({ rating: null, mean: null, coverage: 0, withheld: false });
    expect(card.overall).toMatchObject({ mean: 6, coverage: 0.25, rating: null, withheld: true });
  });
  it("rates on thinner evidence only when told to (minimumCoverage)", () => {
    const results = [
      { itemId: "task.1", category: "insufficient-data" },
      { itemId: "task.2", category: "achieved-early" },
    ];
    const any = scoreCheckpoint(PLAN, results, {
      checkpoint: "final",
      scale: SIX_POINT_SCALE,
      minimumCoverage: 0,
    });
    // area.1: 6 from 1 of 3 items, rated; the plan: 1 of 4 items, rated 6.
    expect(any.items[0]).toMatchObject({ withheld: false, mean: 6 });
    expect(any.items[0]?.rating?.value).toBe(6);
    expect(any.overall.rating?.value).toBe(6);
    // A third is enough for area.1 (1/3 ≥ 0.3) but a quarter is not for the plan (0.25 < 0.3).
    const third = scoreCheckpoint(PLAN, results, {
      checkpoint: "final",
      scale: SIX_POINT_SCALE,
      minimumCoverage: 0.3,
    });
    expect(third.items[0]?.withheld).toBe(false);
    expect(third.overall.withheld).toBe(true);
    expect(
      thrown(() =>
        scoreCheckpoint(PLAN, results, {
          checkpoint: "final",
          scale: SIX_POINT_SCALE,
          minimumCoverage: 1.5,
        }),
      ).issues[0]?.path,
    ).toEqual(["options", "minimumCoverage"]);
  });
  it("a parent's own result wins over its children; rounding option; custom mapping", () => {
    const card = scoreCheckpoint(
      PLAN,
      [
        { itemId: "area.1", category: "green" },
        { itemId: "task.1", category: "red" },
        { itemId: "task.4", category: "amber" },
      ],
      {
        checkpoint: "annual",
        scale: FOUR_POINT_SCALE,
        categoryRatings: { green: 4, amber: 2, red: 1 },
        rounding: "floor",
      },
    );
    // area.1's own result is the evidence for all three of its tasks.
    expect(card.items[0]).toMatchObject({ source: "result", mean: 4, category: "green" });
    expect(card.items[0]).toMatchObject({ coverage: 1, leaves: 3, ratedLeaves: 3 });
    // Plan: (4 + 2)/2 = 3 → 3 with floor; a 2.5 would floor to 2.
    expect(card.overall.rating?.value).toBe(3);
  });
  it("default mappings cover the progress categories on their scales", () => {
    for (const [mapping, scale] of [
      [FOUR_POINT_CATEGORY_RATINGS, FOUR_POINT_SCALE],
      [SIX_POINT_CATEGORY_RATINGS, SIX_POINT_SCALE],
    ] as const) {
      for (const value of Object.values(mapping))
        if (value !== null) expect(scale.levels.some((level) => level.value === value)).toBe(true);
      for (const category of [
        "maintain",
        "accelerate",
        "reverse",
        "insufficient-data",
        "target-year-passed",
        "achieved-early",
        "achieved-on-time",
        "achieved-late",
        "missed",
        "active",
        "not-yet-started",
        "significant-progress",
        "moderate-progress",
        "insufficient-progress",
        "movement-away",
        "moderate-movement-away",
        "significant-movement-away",
        "target-achieved",
        "substantial-progress",
        "limited-progress",
        "deterioration",
      ])
        expect(Object.hasOwn(mapping, category)).toBe(true);
    }
  });
  it("errors name the path", () => {
    const options = { checkpoint: "annual", scale: FOUR_POINT_SCALE } as const;
    expect(
      thrown(() => scoreCheckpoint(PLAN, [{ itemId: "nope", category: "maintain" }], options))
        .issues[0]?.path,
    ).toEqual(["results", 0, "itemId"]);
    const category = thrown(() =>
      scoreCheckpoint(PLAN, [{ itemId: "task.1", category: "great" }], options),
    );
    expect(category.code).toBe("UNKNOWN_ID");
    expect(category.issues[0]?.path).toEqual(["results", 0, "category"]);
    const twice = thrown(() =>
      scoreCheckpoint(
        PLAN,
        [
          { itemId: "task.1", category: "maintain" },
          { itemId: "task.1", category: "missed" },
        ],
        options,
      ),
    );
    expect(twice.code).toBe("DUPLICATE_ID");
    expect(twice.issues[0]?.path).toEqual(["results", 1, "itemId"]);
    const weight = thrown(() =>
      scoreCheckpoint({ items: [{ id: "a", children: [{ id: "b", weight: -1 }] }] }, [], options),
    );
    expect(weight.code).toBe("INVALID_WEIGHTS");
    expect(weight.issues[0]?.path).toEqual(["items", 0, "children", 0, "weight"]);
    const off = thrown(() =>
      scoreCheckpoint(PLAN, [], { ...options, categoryRatings: { good: 7 } }),
    );
    expect(off.issues[0]?.path).toEqual(["options", "categoryRatings", "good"]);
    const custom = {
      id: "s3",
      name: { en: "3" },
      levels: [
        { value: 1, label: { en: "a" } },
        { value: 2, label: { en: "b" } },
      ],
    };
    expect(
      thrown(() => scoreCheckpoint(PLAN, [], { checkpoint: "final", scale: custom })).issues[0]
        ?.path,
    ).toEqual(["options", "categoryRatings"]);
    const duplicateItem = thrown(() =>
      scoreCheckpoint({ items: [{ id: "a" }, { id: "a" }] }, [], options),
    );
    expect(duplicateItem.issues[0]?.path).toEqual(["items", 1, "id"]);
  });
});

describe("default mappings keep the order of the categories (convention check)", () => {
  it.each([
    ["4-point", FOUR_POINT_CATEGORY_RATINGS],
    ["6-point", SIX_POINT_CATEGORY_RATINGS],
  ] as const)("%s", (_name, mapping) => {
    const chains = [
      ["achieved-early", "achieved-on-time", "achieved-late", "missed"],
      ["maintain", "accelerate", "reverse"],
      [
        "significant-progress",
        "moderate-progress",
        "insufficient-progress",
        "moderate-movement-away",
        "significant-movement-away",
      ],
      [
        "target-achieved",
        "substantial-progress",
        "moderate-progress",
        "limited-progress",
        "deterioration",
      ],
    ];
    for (const chain of chains)
      for (let k = 1; k < chain.length; k++)
        expect(mapping[chain[k - 1] as string] as number).toBeGreaterThanOrEqual(
          mapping[chain[k] as string] as number,
        );
    // Strictly: on track beats "accelerate", which beats moving away.
    expect(mapping.maintain as number).toBeGreaterThan(mapping.accelerate as number);
    expect(mapping.accelerate as number).toBeGreaterThan(mapping.reverse as number);
  });
});

describe("scoreCheckpoint explanations, in plain words", () => {
  it("says the mean, how many children were rated and not, the level and the rounding rule", () => {
    const card = scoreCheckpoint(
      PLAN,
      [
        { itemId: "task.1", category: "maintain" },
        { itemId: "task.2", category: "achieved-late" },
        { itemId: "task.3", category: "reverse" },
        { itemId: "task.4", category: "accelerate" },
      ],
      { checkpoint: "mid-term", scale: FOUR_POINT_SCALE },
    );
    // area.1: (2·4 + 1·3 + 1·1)/4 = 3 from its three tasks; area.2: accelerate = 2 from task.4;
    // the plan: (3 + 2)/2 = 2.5, half away from zero → 3 (Substantial).
    expect(card.items[0]?.explanation).toBe(
      "'area.1': weighted mean 3.0 from all 3 children → rated 3, Substantial (halves rounded away from zero; 3 of 3 items rated)",
    );
    expect(card.items[1]?.explanation).toBe(
      "'area.2': weighted mean 2.0 from its only child → rated 2, Modest (halves rounded away from zero; 1 of 1 item rated)",
    );
    expect(card.overall.explanation).toBe(
      "the plan: weighted mean 2.5 from both children → rated 3, Substantial (halves rounded away from zero; 4 of 4 items rated)",
    );
  });

  it("counts the children without a rating and says when nothing is rated", () => {
    const card = scoreCheckpoint(
      PLAN,
      [
        { itemId: "task.1", category: "insufficient-data" },
        { itemId: "task.2", category: "achieved-early" },
      ],
      { checkpoint: "final", scale: SIX_POINT_SCALE },
    );
    // area.1: only task.2 (achieved-early = 6) of its 3 tasks: 1/3 ≈ 33% < 50%, withheld;
    // area.2: task.4 has no result.
    expect(card.items[0]?.explanation).toBe(
      "'area.1': insufficient evidence, 1 of 3 items rated (33%), below the 50% a rating needs; the rated ones give a weighted mean of 6.0 from 1 of 3 children (2 not rated)",
    );
    expect(card.items[1]?.explanation).toBe("'area.2': not rated, as its only child has no rating");
    expect(card.overall.explanation).toBe(
      "the plan: insufficient evidence, 1 of 4 items rated (25%), below the 50% a rating needs; the rated ones give a weighted mean of 6.0 from 1 of 2 children (1 not rated)",
    );
    expect(
      scoreCheckpoint(PLAN, [], { checkpoint: "final", scale: SIX_POINT_SCALE }).overall
        .explanation,
    ).toBe("the plan: not rated, as none of its 2 children has a rating");
  });

  it("marks a mean shown rounded with ≈ and names other rounding rules", () => {
    const plan = { items: [{ id: "a" }, { id: "b" }, { id: "c" }] };
    const results = [
      { itemId: "a", category: "maintain" },
      { itemId: "b", category: "maintain" },
      { itemId: "c", category: "achieved-late" },
    ];
    // (4 + 4 + 3)/3 = 11/3 = 3.666…, shown 3.67; half away from zero → 4, floor → 3.
    expect(
      scoreCheckpoint(plan, results, { checkpoint: "annual", scale: FOUR_POINT_SCALE }).overall
        .explanation,
    ).toBe(
      "the plan: weighted mean ≈3.67 from all 3 children → rated 4, High (halves rounded away from zero; 3 of 3 items rated)",
    );
    expect(
      scoreCheckpoint(plan, results, {
        checkpoint: "annual",
        scale: FOUR_POINT_SCALE,
        rounding: "floor",
      }).overall.explanation,
    ).toBe(
      "the plan: weighted mean ≈3.67 from all 3 children → rated 3, Substantial (rounded down; 3 of 3 items rated)",
    );
  });
});
