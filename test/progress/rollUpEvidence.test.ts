// What a roll-up node says about its evidence: an indicator reaching an item by two paths counts
// once (the duplicate is reported), coverage counts leaf items with evidence, and provisional or
// estimated figures flag every node they reach. Every rule is checked on the object path
// (rollUpProgress) and both columnar ones; expected values are hand arithmetic beside each
// assertion.
import { describe, expect, it } from "vitest";
import {
  type Observation,
  prepareRollUp,
  ROLL_UP_FLAGS,
  type RollUpNodeColumns,
  rollUpColumns,
  rollUpProgress,
  rollUpProgressFromColumns,
  toObservationColumns,
} from "../../src/index.js";
import { type IndicatorInput, parsePlanDocument } from "../../src/schemas/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { near } from "./helpers.js";

/** An indicator counting things from 0 (2020) toward 10 by 2030. */
const counting = (
  id: string,
  measures: string[],
  extra: Partial<IndicatorInput> = {},
): IndicatorInput => ({
  id,
  name: id,
  measure: "count",
  unit: "things",
  direction: "increase",
  aggregation: "sum",
  baselines: [{ period: 2020, value: 0 }],
  targets: [{ id: `${id}.t`, deadline: 2030, comparator: ">=", value: 10 }],
  measures,
  ...extra,
});
const final = (indicatorId: string, period: number, value: number): Observation => ({
  indicatorId,
  period,
  value,
  status: "final",
});
const plan = (id: string, items: unknown[]) => ({
  id,
  kind: "local-plan" as const,
  title: { en: id },
  issuer: "X",
  period: { start: 2020, end: 2030 },
  items,
});

/** The flags of node `k` of a columnar result, as codes. */
const flagsAt = (nodes: RollUpNodeColumns, k: number) =>
  ROLL_UP_FLAGS.filter((_, bit) => ((nodes.flags[k] ?? 0) & (1 << bit)) !== 0);

// Area T has a child task C; plan q's action A is aligned to T. Indicator I measures T, C and A;
// J measures T only. As of 2023: I at 4 of 10 (0.4), J at 8 of 10 (0.8).
const twoPaths = deepFreeze(
  parsePlanDocument({
    schemaVersion: 1,
    plans: [
      plan("p", [
        {
          id: "T",
          kind: "area",
          heading: "T",
          children: [{ id: "C", kind: "task", heading: "C" }],
        },
      ]),
      plan("q", [{ id: "A", kind: "action", heading: "A" }]),
    ],
    indicators: [counting("I", ["T", "C", "A"]), counting("J", ["T"])],
    observations: [final("I", 2022, 4), final("J", 2022, 8)],
    alignments: [{ id: "al", from: "A", to: "T", relation: "implements", editorial: false }],
  }),
);

describe("an indicator that reaches an item by two paths counts once", () => {
  const r = rollUpProgress(twoPaths, { asOf: 2023 });
  it("T counts I through C and A, not directly: (0.4 + 0.8 + 0.4) / 3 = 0.5333", () => {
    // Before: I directly as well, (0.4 + 0.4 + 0.8 + 0.4) / 4 = 0.5. C and A are two commitments
    // that I measures, each counted once; only the direct link repeats them.
    near(r.items.T?.progress, 1.6 / 3);
    expect(r.items.T?.contributors.map((c) => [c.id, c.via])).toEqual([
      ["C", "child"],
      ["J", "indicator"],
      ["A", "alignment"],
    ]);
    expect(r.items.T?.duplicates).toEqual([{ itemId: "T", indicatorId: "I", through: ["C", "A"] }]);
    expect(r.items.C?.duplicates).toEqual([]);
    expect(r.plans.p?.duplicates).toEqual([]);
  });
  it("both columnar paths drop the same link and report it", () => {
    const columns = toObservationColumns(twoPaths, twoPaths.observations);
    const fromColumns = rollUpProgressFromColumns(twoPaths, columns, { asOf: 2023 });
    expect(fromColumns.items.T).toEqual(r.items.T);
    const typed = rollUpColumns(prepareRollUp(twoPaths), columns, { asOf: 2023 });
    const t = typed.items.ids.indexOf("T");
    near(typed.items.progress[t], 1.6 / 3);
    expect(typed.duplicates).toEqual([{ itemId: "T", indicatorId: "I", through: ["C", "A"] }]);
  });
  it("a path of weight 0 counts nothing, so the direct link stays: (0.8 + 0.4) / 2 = 0.6", () => {
    // Without A's alignment and with C weighted 0, I reaches T only directly.
    const single = deepFreeze(parsePlanDocument({ ...twoPaths, alignments: [] }));
    const weighted = rollUpProgress(single, { asOf: 2023, weights: { C: 0 } });
    near(weighted.items.T?.progress, 0.6); // J 0.8 and I 0.4 directly; C weighs nothing
    expect(weighted.items.T?.duplicates).toEqual([]);
    // With weight 1, C counts I: (0.4 + 0.8) / 2 = 0.6 again, but the direct link is dropped.
    const plain = rollUpProgress(single, { asOf: 2023 });
    near(plain.items.T?.progress, 0.6);
    expect(plain.items.T?.duplicates).toEqual([{ itemId: "T", indicatorId: "I", through: ["C"] }]);
    expect(
      rollUpColumns(
        prepareRollUp(single, { weights: { C: 0 } }),
        toObservationColumns(single, []),
        {
          asOf: 2023,
        },
      ).duplicates,
    ).toEqual([]);
  });
  it("an item named twice in `measures` counts its indicator once", () => {
    const twice = deepFreeze(
      parsePlanDocument({
        schemaVersion: 1,
        plans: [plan("p", [{ id: "T", kind: "task", heading: "T" }])],
        indicators: [counting("I", ["T", "T"]), counting("J", ["T"])],
        observations: [final("I", 2022, 4), final("J", 2022, 8)],
      }),
    );
    const once = rollUpProgress(twice, { asOf: 2023 });
    near(once.items.T?.progress, 0.6); // (0.4 + 0.8) / 2, not (0.4 + 0.4 + 0.8) / 3
    expect(once.items.T?.duplicates).toEqual([{ itemId: "T", indicatorId: "I", through: [] }]);
  });
});

// Area X (measured directly by K) has tasks T1 (measured by I1, with data), T2 (by I2, no data),
// T3 (nothing measures it, but plan q's action Y is aligned to it), T4 (nothing at all), and a
// principle P with nothing below it. Y (measured by IY, with data) is aligned to X as well.
const leaves = deepFreeze(
  parsePlanDocument({
    schemaVersion: 1,
    plans: [
      plan("p", [
        {
          id: "X",
          kind: "area",
          heading: "X",
          children: [
            { id: "T1", kind: "task", heading: "T1" },
            { id: "T2", kind: "task", heading: "T2" },
            { id: "T3", kind: "task", heading: "T3" },
            { id: "T4", kind: "task", heading: "T4" },
            { id: "P", kind: "principle", heading: "P" },
          ],
        },
      ]),
      plan("q", [{ id: "Y", kind: "action", heading: "Y" }]),
    ],
    indicators: [
      counting("K", ["X"]),
      counting("I1", ["T1"]),
      counting("I2", ["T2"]),
      counting("IY", ["Y"]),
    ],
    observations: [final("K", 2022, 5), final("I1", 2022, 2), final("IY", 2022, 10)],
    alignments: [
      { id: "al.1", from: "Y", to: "T3", relation: "implements", editorial: false },
      { id: "al.2", from: "Y", to: "X", relation: "implements", editorial: false },
    ],
  }),
);

describe("coverage counts the leaf items below a node that have evidence", () => {
  const r = rollUpProgress(leaves, { asOf: 2023 });
  it("X: itself (K measures it), T1, T2, T4 and Y (once, though reached twice): 3 of 5", () => {
    // T3 is not a leaf: Y is aligned to it. P is a principle with nothing below: context.
    // With evidence: X (K at 0.5), T1 (I1 at 0.2), Y (IY at 1). Before: the weighted share of
    // X's direct contributors with data (T1, T3, K, Y of T1–T4, P, K, Y) = 4/8.
    expect(r.items.X?.leaves).toEqual({ total: 5, withEvidence: 3 });
    expect(r.items.X?.coverage).toBe(3 / 5);
    expect(r.plans.p?.leaves).toEqual({ total: 5, withEvidence: 3 });
  });
  it("a task: itself; T3: its aligned Y; the principle: nothing", () => {
    expect(r.items.T1?.leaves).toEqual({ total: 1, withEvidence: 1 });
    expect(r.items.T2?.leaves).toEqual({ total: 1, withEvidence: 0 });
    expect(r.items.T2?.coverage).toBe(0);
    expect(r.items.T3?.leaves).toEqual({ total: 1, withEvidence: 1 });
    expect(r.items.T4?.leaves).toEqual({ total: 1, withEvidence: 0 });
    expect(r.items.P?.leaves).toEqual({ total: 0, withEvidence: 0 });
    expect(r.items.P?.coverage).toBe(0);
    expect(r.indicators.I2?.leaves).toEqual({ total: 1, withEvidence: 0 });
  });
  it("both columnar paths count the same leaves", () => {
    const columns = toObservationColumns(leaves, leaves.observations);
    const fromColumns = rollUpProgressFromColumns(leaves, columns, { asOf: 2023 });
    expect(fromColumns.items).toEqual(r.items);
    expect(fromColumns.plans).toEqual(r.plans);
    const typed = rollUpColumns(prepareRollUp(leaves), columns, { asOf: 2023 });
    // Items in order X, T1, T2, T3, T4, P, Y.
    expect(typed.items.ids).toEqual(["X", "T1", "T2", "T3", "T4", "P", "Y"]);
    expect([...typed.items.leaves]).toEqual([5, 1, 1, 1, 1, 0, 1]);
    expect([...typed.items.leavesWithEvidence]).toEqual([3, 1, 0, 1, 0, 0, 1]);
    expect(typed.items.coverage[0]).toBe(3 / 5);
    expect([...typed.plans.leaves]).toEqual([5, 1]);
  });
});

// Three organisations report; each indicator's latest year (2023) has a figure that is not final.
const unit = (
  indicatorId: string,
  period: number,
  value: number,
  unitId: string | undefined,
  status: Observation["status"],
): Observation =>
  unitId === undefined
    ? { indicatorId, period, value, status }
    : { indicatorId, period, value, unitId, status };
const flagged = deepFreeze(
  parsePlanDocument({
    schemaVersion: 1,
    plans: [
      plan("p", [
        {
          id: "A",
          kind: "area",
          heading: "A",
          children: [
            { id: "T1", kind: "task", heading: "T1" },
            { id: "T2", kind: "task", heading: "T2" },
          ],
        },
      ]),
    ],
    units: [
      { id: "a", name: "a", kind: "local-association" },
      { id: "b", name: "b", kind: "local-association" },
    ],
    indicators: [
      // sum: 3 (final) + 4 (provisional) = 7 in 2023, provisional (the weakest report).
      counting("S", ["T1"]),
      // latest: b's final 6 beats a's estimated 9; the figure is final.
      counting("L", ["T1"], { aggregation: "latest" }),
      // a whole-population final 5 is used as is; a unit's estimated report is not combined.
      counting("W", ["T2"]),
      // no declared baseline: the first value (2021, estimated) is the baseline; latest final.
      counting("B", ["T2"], { baselines: [] }),
      // one provisional value and no declared baseline: no progress (it is its own baseline).
      counting("N", ["T2"], { baselines: [] }),
    ],
    observations: [
      unit("S", 2023, 3, "a", "final"),
      unit("S", 2023, 4, "b", "provisional"),
      unit("S", 2021, 1, "a", "estimated"),
      unit("L", 2023, 9, "a", "estimated"),
      unit("L", 2023, 6, "b", "final"),
      unit("W", 2023, 5, undefined, "final"),
      unit("W", 2023, 8, "a", "estimated"),
      unit("B", 2021, 2, undefined, "estimated"),
      unit("B", 2023, 6, undefined, "final"),
      unit("N", 2023, 3, undefined, "provisional"),
    ],
  }),
);

describe("provisional and estimated figures flag every node they reach", () => {
  const r = rollUpProgress(flagged, { asOf: 2024 });
  it("indicators: the status of the latest value, and of an observed baseline", () => {
    near(r.indicators.S?.progress, 0.7); // 7 of 10 from the declared baseline 0
    expect(r.indicators.S?.flags).toEqual(["provisional"]); // 2021's estimated value is not used
    expect(r.indicators.L?.flags).toEqual([]);
    expect(r.indicators.W?.flags).toEqual([]);
    near(r.indicators.B?.progress, 0.5); // (6 − 2) / (10 − 2)
    expect(r.indicators.B?.flags).toEqual(["estimated"]);
    expect(r.indicators.N?.progress).toBeUndefined();
    expect(r.indicators.N?.flags).toEqual(["provisional"]);
  });
  it("items and plans: the union of their contributors' flags, among those with data", () => {
    expect(r.items.T1?.flags).toEqual(["provisional"]); // S and L
    expect(r.items.T2?.flags).toEqual(["estimated"]); // W, B; N has no progress
    expect(r.items.A?.flags).toEqual(["provisional", "estimated"]);
    expect(r.plans.p?.flags).toEqual(["provisional", "estimated"]);
  });
  it("the columnar paths give the same flags; rollUpColumns as bits of ROLL_UP_FLAGS", () => {
    const columns = toObservationColumns(flagged, flagged.observations);
    const fromColumns = rollUpProgressFromColumns(flagged, columns, { asOf: 2024 });
    expect(fromColumns.indicators).toEqual(r.indicators);
    expect(fromColumns.items).toEqual(r.items);
    const typed = rollUpColumns(prepareRollUp(flagged), columns, { asOf: 2024 });
    expect([...typed.indicators.flags]).toEqual([1, 0, 0, 2, 1]); // S, L, W, B, N
    expect([...typed.items.flags]).toEqual([3, 1, 2]); // A, T1, T2
    expect(flagsAt(typed.plans, 0)).toEqual(["provisional", "estimated"]);
    // A status column that starts at an odd byte of its buffer is read the same way.
    const status = columns.status as Uint8Array;
    const shifted = new Uint8Array(status.length + 1).subarray(1);
    shifted.set(status);
    const fromShifted = rollUpColumns(
      prepareRollUp(flagged),
      { ...columns, status: shifted },
      {
        asOf: 2024,
      },
    );
    expect([...fromShifted.indicators.flags]).toEqual([1, 0, 0, 2, 1]);
  });
  it("all final: no flags (the columnar pass is skipped)", () => {
    const plain = flagged.observations.map((o) => ({ ...o, status: "final" as const }));
    const columns = toObservationColumns(flagged, plain);
    const typed = rollUpColumns(prepareRollUp(flagged), columns, { asOf: 2024 });
    expect([...typed.indicators.flags, ...typed.items.flags, ...typed.plans.flags]).toEqual(
      new Array(9).fill(0),
    );
    expect(rollUpProgress(flagged, { asOf: 2024, observations: plain }).plans.p?.flags).toEqual([]);
  });
});
