// Roll-up, combination of organisations' figures, and mergeable partial states. Expected values
// are hand arithmetic written beside each assertion.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CastPlanError,
  combineObservations,
  createRollUpState,
  finalizeRollUp,
  type Indicator,
  mergeRollUpStates,
  type Observation,
  rollUpProgress,
} from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { near, ok } from "./helpers.js";

const indicatorInput = (
  id: string,
  direction: "increase" | "decrease",
  base: number,
  target: number,
  measures: string[],
  aggregation: Indicator["aggregation"] = "none",
) => ({
  id,
  name: { en: id },
  measure: "count" as const,
  unit: "things",
  direction,
  aggregation,
  baselines: [{ period: 2020, value: base }],
  targets: [
    {
      id: `${id}.t`,
      deadline: 2025,
      comparator: direction === "increase" ? (">=" as const) : ("<=" as const),
      value: target,
    },
  ],
  measures,
});
const obs = (indicatorId: string, period: number, value: number, unitId?: string): Observation =>
  unitId === undefined
    ? { indicatorId, period, value, status: "final" }
    : { indicatorId, period, value, unitId, status: "final" };

const documentInput = {
  schemaVersion: 1 as const,
  plans: [
    {
      id: "p",
      kind: "outline" as const,
      title: { en: "P" },
      issuer: "X",
      period: { start: 2020, end: 2030 },
      items: [
        {
          id: "A",
          kind: "area" as const,
          heading: "A",
          children: [
            { id: "T1", kind: "task" as const, heading: "T1" },
            { id: "T2", kind: "task" as const, heading: "T2" },
          ],
        },
      ],
    },
    {
      id: "q",
      kind: "local-plan" as const,
      title: { en: "Q" },
      issuer: "Y",
      period: { start: 2020, end: 2030 },
      items: [{ id: "L1", kind: "task" as const, heading: "L1" }],
    },
  ],
  units: [
    { id: "ua", name: "a", kind: "local-association" as const },
    { id: "ub", name: "b", kind: "local-association" as const },
  ],
  indicators: [
    indicatorInput("i1", "increase", 0, 10, ["T1"]),
    indicatorInput("i2", "decrease", 100, 50, ["T1"]),
    indicatorInput("i3", "increase", 0, 10, ["T2"]),
    indicatorInput("i4", "increase", 0, 14, ["L1"], "sum"),
  ],
  observations: [
    obs("i1", 2022, 4),
    obs("i2", 2022, 90),
    obs("i4", 2022, 3, "ua"),
    obs("i4", 2022, 4, "ub"),
  ],
  alignments: [
    { id: "al.1", from: "L1", to: "T2", relation: "implements" as const, editorial: false },
  ],
};
const document = deepFreeze(parsePlanDocument(documentInput));

describe("rollUpProgress", () => {
  const r = rollUpProgress(document, { asOf: 2023 });
  it("indicators: clamped distance share of the current target", () => {
    near(r.indicators.i1?.progress, 0.4); // (4 − 0)/(10 − 0)
    near(r.indicators.i2?.progress, 0.2); // (100 − 90)/(100 − 50)
    expect(r.indicators.i3?.progress).toBeUndefined();
    near(r.indicators.i4?.progress, 0.5); // units a + b: 3 + 4 = 7 of 14
  });
  it("items: weighted mean over contributors with data, coverage beside it", () => {
    near(r.items.T1?.progress, 0.3); // (0.4 + 0.2)/2
    expect(r.items.T1?.coverage).toBe(1);
    near(r.items.T2?.progress, 0.5); // i3 has no data; L1 (aligned) 0.5
    expect(r.items.T2?.coverage).toBe(0.5);
    near(r.items.A?.progress, 0.4); // (0.3 + 0.5)/2
    near(r.plans.p?.progress, 0.4);
    near(r.plans.q?.progress, 0.5);
    expect(r.items.A?.achieved).toBe(false);
  });
  it("weights in options override the document's and are validated", () => {
    const w = rollUpProgress(document, { asOf: 2023, weights: { T1: 3, T2: 1 } });
    near(w.items.A?.progress, 0.35); // (3·0.3 + 1·0.5)/4
    expect(() => rollUpProgress(document, { asOf: 2023, weights: { T1: -1 } })).toThrow(
      CastPlanError,
    );
    try {
      rollUpProgress(document, { asOf: 2023, weights: { T1: 0, T2: 0 } });
      expect.unreachable();
    } catch (e) {
      expect(e instanceof CastPlanError && e.code).toBe("INVALID_WEIGHTS");
      expect(e instanceof CastPlanError && e.issues[0]?.path).toEqual(["weights", "T1"]);
    }
  });
  it("achieved only when every child is", () => {
    const all = rollUpProgress(document, {
      asOf: 2023,
      observations: [obs("i1", 2022, 12), obs("i2", 2022, 40)],
    });
    expect(all.indicators.i1?.achieved).toBe(true);
    expect(all.items.T1?.achieved).toBe(true);
    expect(all.items.T1?.progress).toBe(1);
    expect(all.items.A?.achieved).toBe(false); // T2 has no data
  });
  it("alignment cycles are refused", () => {
    const cyclic = parsePlanDocument({
      ...documentInput,
      alignments: [
        ...documentInput.alignments,
        { id: "al.2", from: "T2", to: "L1", relation: "implements" as const, editorial: true },
      ],
    });
    expect(() => rollUpProgress(cyclic, { asOf: 2023 })).toThrow(/cycle/);
  });
});

describe("combineObservations", () => {
  const make = (aggregation: Indicator["aggregation"], measure: Indicator["measure"] = "count") =>
    deepFreeze({
      ...indicatorInput("c", "increase", 0, 1, []),
      aggregation,
      measure,
      dimensions: [],
      references: [],
    }) as Indicator;
  const two = deepFreeze([
    obs("c", 2022, 3, "ua"),
    { ...obs("c", 2022, 4, "ub"), status: "provisional" as const },
  ]);
  it("sum 7, mean 3.5, latest 3 (the final report beats the provisional one)", () => {
    expect(ok(combineObservations(make("sum"), two)).observations[0]?.value).toBe(7);
    expect(ok(combineObservations(make("sum"), two)).observations[0]?.status).toBe("provisional");
    expect(ok(combineObservations(make("mean"), two)).observations[0]?.value).toBe(3.5);
    expect(ok(combineObservations(make("latest"), two)).observations[0]?.value).toBe(3);
  });
  it("ratio: Σ numerator / Σ denominator = 40/400 = 10 %, not the mean of 30 % and 3.33 %", () => {
    const parts: Observation[] = [
      {
        indicatorId: "c",
        period: 2022,
        numerator: 30,
        denominator: 100,
        unitId: "ua",
        status: "final",
      },
      {
        indicatorId: "c",
        period: 2022,
        numerator: 10,
        denominator: 300,
        unitId: "ub",
        status: "final",
      },
    ];
    near(ok(combineObservations(make("ratio", "percentage"), parts)).observations[0]?.value, 10);
    const missing = combineObservations(make("ratio"), two);
    expect(missing.status === "unmeasurable" && missing.reason).toBe("missing-ratio-parts");
  });
  it("none refuses to combine organisations' figures", () => {
    const r = combineObservations(make("none"), two);
    expect(r.status === "unmeasurable" && r.reason).toBe("not-aggregatable");
  });
  it("a whole-population figure is used as is, never added to the units'", () => {
    expect(
      ok(combineObservations(make("sum"), [...two, obs("c", 2022, 10)])).observations[0]?.value,
    ).toBe(10);
  });
});

describe("mergeable partial roll-ups", () => {
  it("merging shards equals one pass, in any split and order", () => {
    const indicators = Array.from({ length: 6 }, (_, k) =>
      indicatorInput(
        `m${k}`,
        k % 2 ? "decrease" : "increase",
        k % 2 ? 100 : 0,
        50,
        ["T1"],
        (["sum", "mean", "latest"] as const)[k % 3],
      ),
    );
    const doc = parsePlanDocument({
      ...documentInput,
      indicators,
      observations: [],
      alignments: [],
    });
    const arbitraryObservation = fc.record({
      k: fc.integer({ min: 0, max: 5 }),
      year: fc.integer({ min: 2020, max: 2024 }),
      value: fc.integer({ min: 0, max: 100 }),
      unit: fc.constantFrom("ua", "ub", undefined),
      shard: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryObservation, { maxLength: 60 }), (rows) => {
        const seen = new Set<string>();
        const all = rows.filter((row) => {
          const key = `${row.k}|${row.year}|${row.unit}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        const toObs = (row: (typeof all)[number]) =>
          obs(`m${row.k}`, row.year, row.value, row.unit);
        const single = finalizeRollUp(doc, createRollUpState(doc, all.map(toObs)), { asOf: 2024 });
        const shards = [0, 1, 2].map((s) =>
          createRollUpState(doc, all.filter((row) => row.shard === s).map(toObs)),
        );
        const merged = finalizeRollUp(
          doc,
          mergeRollUpStates(
            [
              shards[2],
              mergeRollUpStates([shards[1], shards[0]].filter((x) => x !== undefined)),
            ].filter((x) => x !== undefined),
          ),
          { asOf: 2024 },
        );
        for (const id of Object.keys(single.items)) {
          const a = single.items[id]?.progress;
          const b = merged.items[id]?.progress;
          expect(b === undefined).toBe(a === undefined);
          if (a !== undefined && b !== undefined) expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9);
          expect(merged.items[id]?.coverage).toBe(single.items[id]?.coverage);
          expect(merged.items[id]?.achieved).toBe(single.items[id]?.achieved);
        }
      }),
    );
  });
});
