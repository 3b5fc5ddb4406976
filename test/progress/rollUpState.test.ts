// The columnar roll-up state against an independent path: combineObservations (per-period
// accumulator objects) followed by assessIndicator must give each indicator the same progress as
// the roll-up, for one pass and for shards merged in any grouping. Periods mix dense integer years,
// sparse years (kept as separate rows), months and dimension sets (ignored by the roll-up).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessIndicator,
  combineObservations,
  createRollUpState,
  finalizeRollUp,
  type Indicator,
  mergeRollUpStates,
  type Observation,
} from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";

const AGGREGATIONS = ["sum", "mean", "latest", "ratio"] as const;
const document = parsePlanDocument({
  schemaVersion: 1,
  plans: [
    {
      id: "p",
      kind: "local-plan",
      title: { en: "P" },
      issuer: "X",
      period: { start: 1990, end: 2030 },
      items: [{ id: "T", kind: "task", heading: "T" }],
    },
  ],
  indicators: AGGREGATIONS.map((aggregation, k) => ({
    id: `x${k}`,
    name: `x${k}`,
    measure: aggregation === "ratio" ? ("percentage" as const) : ("count" as const),
    unit: aggregation === "ratio" ? "%" : "things",
    direction: "increase" as const,
    aggregation,
    dimensions: [{ name: "area", values: ["urban", "rural"] }],
    baselines: [{ period: 1985, value: 1 }],
    targets: [
      { id: `x${k}.a`, deadline: 2022, comparator: ">=" as const, value: 40 },
      { id: `x${k}.b`, deadline: 2030, comparator: ">=" as const, value: 90 },
    ],
    measures: ["T"],
  })),
});
const PERIODS = [1990, 2005, 2020, 2021, 2022, 2023, "2022-06", "2023-06"] as const;
const STATUSES = ["final", "provisional", "estimated"] as const;

const row = fc.record({
  k: fc.integer({ min: 0, max: 3 }),
  period: fc.constantFrom(...PERIODS),
  value: fc.integer({ min: 0, max: 60 }),
  denominator: fc.integer({ min: 1, max: 100 }),
  unit: fc.constantFrom("ua", "ub", "uc", undefined),
  status: fc.constantFrom(...STATUSES),
  urban: fc.boolean(),
  shard: fc.integer({ min: 0, max: 2 }),
});
type Row = { k: number; period: (typeof PERIODS)[number]; value: number; denominator: number };
const toObservation = (
  r: Row & { unit?: string | undefined; status: Observation["status"]; urban: boolean },
): Observation => {
  const o: Observation = {
    indicatorId: `x${r.k}`,
    period: r.period,
    status: r.status,
    ...(r.k === 3
      ? { numerator: Math.min(r.value, r.denominator), denominator: r.denominator }
      : { value: r.value }),
  };
  if (r.unit !== undefined) o.unitId = r.unit;
  if (r.urban) o.dimensions = { area: "urban" };
  return o;
};

/** The independent path: combine by the accumulator objects, then assess the current target. */
function expected(indicator: Indicator, observations: readonly Observation[]) {
  const combined = combineObservations(indicator, observations);
  if (combined.status !== "measured") throw new Error(combined.message);
  const a = assessIndicator(indicator, combined.observations, { asOf: 2024, detail: "summary" });
  const current = a.targets.find((t) => t.targetId === a.currentTargetId);
  const share = current?.distanceShare;
  return share?.status === "measured" ? share.clamped : undefined;
}

describe("roll-up state", () => {
  it("equals combineObservations + assessIndicator, in one pass and merged from shards", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), (rows) => {
        const all = rows.map(toObservation);
        const single = finalizeRollUp(document, createRollUpState(document, all), { asOf: 2024 });
        const shards = [0, 1, 2].map((s) =>
          createRollUpState(document, rows.filter((r) => r.shard === s).map(toObservation)),
        );
        const [a, b, c] = shards;
        if (!a || !b || !c) throw new Error("three shards");
        const mergedState = mergeRollUpStates([c, mergeRollUpStates([b, a])]);
        expect(mergedState.observationCount).toBe(all.length);
        const merged = finalizeRollUp(document, mergedState, { asOf: 2024 });
        for (const indicator of document.indicators) {
          const want = expected(indicator, all);
          for (const got of [single, merged]) {
            const p = got.indicators[indicator.id]?.progress;
            expect(p === undefined).toBe(want === undefined);
            if (p !== undefined && want !== undefined)
              expect(Math.abs(p - want)).toBeLessThanOrEqual(1e-9);
          }
          expect(merged.indicators[indicator.id]?.achieved).toBe(
            single.indicators[indicator.id]?.achieved,
          );
        }
      }),
      { numRuns: 200 },
    );
  });
  it("merges a year kept as a row of its own into the other table's year rows (one row per year)", () => {
    // Shard a: 1990 and 2022 only (too sparse for year rows: separate rows); shard b: 1990 only
    // (a year row). Merged, 1990 is one period: x0 (sum) 1990 = 10 + 20 = 30 (the roll-up saw
    // 1990 twice before: 10 and 20, one each).
    const a = createRollUpState(document, [
      { indicatorId: "x0", period: 1990, value: 10, unitId: "ua", status: "final" },
      { indicatorId: "x0", period: 2022, value: 45, unitId: "ua", status: "final" },
      { indicatorId: "x0", period: 2022, value: 5, unitId: "ub", status: "final" },
    ]);
    const b = createRollUpState(document, [
      { indicatorId: "x0", period: 1990, value: 20, unitId: "ub", status: "final" },
    ]);
    const merged = finalizeRollUp(document, mergeRollUpStates([b, a]), { asOf: 2024 });
    expect(merged.assessments.x0?.series).toEqual({
      years: [1990, 2022],
      values: [30, 50],
      statuses: ["final", "final"],
    });
    const single = finalizeRollUp(
      document,
      createRollUpState(document, [
        { indicatorId: "x0", period: 1990, value: 10, unitId: "ua", status: "final" },
        { indicatorId: "x0", period: 2022, value: 45, unitId: "ua", status: "final" },
        { indicatorId: "x0", period: 2022, value: 5, unitId: "ub", status: "final" },
        { indicatorId: "x0", period: 1990, value: 20, unitId: "ub", status: "final" },
      ]),
      { asOf: 2024 },
    );
    expect(merged.indicators.x0).toEqual(single.indicators.x0);
  });

  it("carries each unit's own figures, merged by unit and row (the completeness check reads them)", () => {
    const a = createRollUpState(document, [
      { indicatorId: "x0", period: 2020, value: 10, unitId: "ua", status: "final" },
      { indicatorId: "x0", period: 2021, value: 12, unitId: "ua", status: "provisional" },
    ]);
    const b = createRollUpState(document, [
      { indicatorId: "x0", period: 2021, value: 7, unitId: "ub", status: "final" },
      { indicatorId: "x0", period: 2020, value: 6, unitId: "ub", status: "estimated" },
    ]);
    const units = mergeRollUpStates([a, b]).indicators.get("x0")?.units;
    // Rows 2020, 2021; unit ua then ub (in order of first report).
    expect(units?.ids).toEqual(["ua", "ub"]);
    // The document has a ratio indicator, so 4 fields per entry: count, sum, numerator (NaN:
    // these reports have none) and denominator.
    expect(units?.fields).toBe(4);
    expect([...(units?.figures ?? [])]).toEqual([
      ...[1, 10, Number.NaN, 0], // ua 2020
      ...[1, 12, Number.NaN, 0], // ua 2021
      ...[1, 6, Number.NaN, 0], // ub 2020
      ...[1, 7, Number.NaN, 0], // ub 2021
    ]);
    // The state stays plain data.
    expect(structuredClone(units)).toEqual(units);
  });

  it("counts the observations of known indicators only", () => {
    const state = createRollUpState(document, [
      { indicatorId: "x0", period: 2020, value: 1, status: "final" },
      { indicatorId: "nope", period: 2020, value: 1, status: "final" },
    ]);
    expect(state.observationCount).toBe(1);
    expect(mergeRollUpStates([state, state]).observationCount).toBe(2);
  });
  it("survives structuredClone (plain data and typed arrays)", () => {
    const observations: Observation[] = [
      { indicatorId: "x0", period: 2020, value: 20, unitId: "ua", status: "final" },
      { indicatorId: "x0", period: 2021, value: 25, unitId: "ub", status: "final" },
      { indicatorId: "x0", period: "2022-06", value: 30, status: "final" },
    ];
    const state = createRollUpState(document, observations);
    const a = finalizeRollUp(document, state, { asOf: 2024 });
    const b = finalizeRollUp(document, structuredClone(state), { asOf: 2024 });
    // x0: baseline 1 (1985), latest 30 (2022-06); target 40 by 2022 not met: (30 − 1)/(40 − 1)
    expect(a.indicators.x0?.progress).toBeCloseTo(29 / 39, 12);
    expect(b.indicators.x0?.progress).toBe(a.indicators.x0?.progress);
  });
});
