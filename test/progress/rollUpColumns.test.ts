// The columnar roll-ups (rollUpProgressFromColumns, prepareRollUp + rollUpColumns,
// toObservationColumns, and rollUpProgress, which takes the columnar engine for such observations):
// hand-computed cases, the errors they name by column and row, and a property test that they give
// exactly the nodes (and rollUpProgress the assessments) of the object path, finalizeRollUp on
// createRollUpState, for the same observations.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CastPlanError,
  type CompletenessOptions,
  createRollUpState,
  createRollUpWorkspace,
  finalizeRollUp,
  type Observation,
  type ObservationColumns,
  type PlanDocument,
  type PreparedRollUp,
  prepareRollUp,
  ROLL_UP_COMPLETENESS_BITS,
  ROLL_UP_FLAGS,
  ROLL_UP_REASONS,
  type RollUpWorkspace,
  rollUpColumns,
  rollUpProgress,
  rollUpProgressFromColumns,
  toObservationColumns,
} from "../../src/index.js";
import {
  type IndicatorInput,
  type PlanDocumentInput,
  type PlanItem,
  parsePlanDocument,
} from "../../src/schemas/index.js";
import { arbPlanDocument } from "../fixtures/arbitraries.js";
import { deepFreeze } from "../fixtures/freeze.js";

const count = (
  id: string,
  aggregation: "sum" | "mean" | "latest" | "ratio" | "none",
  base: number,
  target: number,
  measures: string[],
  extra: Record<string, unknown> = {},
) => ({
  id,
  name: id,
  measure: "count" as const,
  unit: "things",
  direction: "increase" as const,
  aggregation,
  baselines: [{ period: 2020, value: base }],
  targets: [{ id: `${id}.t`, deadline: 2025, comparator: ">=" as const, value: target }],
  measures,
  ...extra,
});

const document = deepFreeze(
  parsePlanDocument({
    schemaVersion: 1,
    plans: [
      {
        id: "p",
        kind: "local-plan",
        title: { en: "P" },
        issuer: "X",
        period: { start: 2020, end: 2025 },
        items: [
          {
            id: "a",
            kind: "area",
            heading: "A",
            children: [
              { id: "t1", kind: "task", heading: "T1" },
              { id: "t2", kind: "task", heading: "T2" },
            ],
          },
        ],
      },
    ],
    indicators: [
      count("sum", "sum", 0, 100, ["t1"]),
      count("mean", "mean", 10, 20, ["t1"]),
      count("latest", "latest", 0, 10, ["t2"]),
      count("none", "none", 0, 10, ["t2"]),
      count("empty", "sum", 0, 10, ["t2"]),
    ],
  }),
);

/** A plan with one task "t" (2020–2025) and the given indicators. */
const oneTaskPlan = (indicators: IndicatorInput[]) =>
  parsePlanDocument({
    schemaVersion: 1,
    plans: [
      {
        id: "p",
        kind: "local-plan",
        title: { en: "P" },
        issuer: "X",
        period: { start: 2020, end: 2025 },
        items: [{ id: "t", kind: "task", heading: "T" }],
      },
    ],
    indicators,
  });

/** One task measured by two summed indicators (the fold of the usual columns handles it). */
const sumsOnly = deepFreeze(
  oneTaskPlan([count("s1", "sum", 0, 100, ["t"]), count("s2", "sum", 0, 10, ["t"])]),
);

const cols = (rows: [number, number, number, number][], unitIds = ["org.a", "org.b"]) => ({
  indicator: Int32Array.from(rows, (r) => r[0]),
  year: Int32Array.from(rows, (r) => r[1]),
  value: Float64Array.from(rows, (r) => r[2]),
  unit: Int32Array.from(rows, (r) => r[3]),
  unitIds,
});

describe("rollUpProgressFromColumns", () => {
  it("combines organisations' rows by each indicator's rule and rolls up (hand arithmetic)", () => {
    const columns = cols([
      [0, 2021, 10, 0], // sum: 2021 → 10 + 20 = 30
      [0, 2021, 20, 1],
      [0, 2022, 15, 0], // sum: 2022 → 15 + 25 = 40 → share (40 − 0) / 100 = 0.4
      [0, 2022, 25, 1],
      [1, 2022, 12, 0], // mean: (12 + 16) / 2 = 14 → (14 − 10) / (20 − 10) = 0.4
      [1, 2022, 16, 1],
      [2, 2022, 2, 0], // latest: the greatest unit id, org.b → 6 → 6 / 10 = 0.6
      [2, 2022, 6, 1],
      [3, 2022, 1, 0], // none: two organisations' figures cannot be combined
      [3, 2022, 1, 1],
      [0, 2030, 99, 0], // after the date: checked, not used
    ]);
    const r = rollUpProgressFromColumns(document, columns, { asOf: 2024 });
    expect(r.indicators.sum?.progress).toBeCloseTo(0.4, 12);
    expect(r.indicators.mean?.progress).toBeCloseTo(0.4, 12);
    expect(r.indicators.latest?.progress).toBeCloseTo(0.6, 12);
    expect(r.indicators.none?.progress).toBeUndefined();
    expect(r.indicators.none?.reason).toBe("not-aggregatable");
    expect(r.indicators.empty?.reason).toBe("insufficient-data");
    // t1: mean of 0.4 and 0.4; t2: 0.6 from "latest" only. Coverage counts leaf items: t2 is one,
    // with evidence ("latest" has progress), so 1 of 1; a has two (t1, t2), both with evidence.
    expect(r.items.t1?.progress).toBeCloseTo(0.4, 12);
    expect(r.items.t2?.progress).toBeCloseTo(0.6, 12);
    expect(r.items.t2?.coverage).toBe(1);
    expect(r.items.t2?.leaves).toEqual({ total: 1, withEvidence: 1 });
    expect(r.items.a?.leaves).toEqual({ total: 2, withEvidence: 2 });
    expect(r.items.a?.progress).toBeCloseTo(0.5, 12);
    expect(r.plans.p?.progress).toBeCloseTo(0.5, 12);
    expect(r.plans.p?.achieved).toBe(false);
    expect(r.asOfYear).toBe(2024);
  });

  it("prefers a whole-population figure and a final status, as the object path does", () => {
    const columns = {
      ...cols([
        [0, 2022, 40, 0],
        [0, 2022, 70, -1], // whole population: 70 wins over the units' 40
        [2, 2022, 2, 0], // final
        [2, 2022, 9, 1], // provisional: the final report is preferred → 2 / 10
      ]),
      status: Uint8Array.of(0, 0, 0, 1),
    };
    const r = rollUpProgressFromColumns(document, columns, { asOf: 2022 });
    expect(r.indicators.sum?.progress).toBeCloseTo(0.7, 12);
    expect(r.indicators.latest?.progress).toBeCloseTo(0.2, 12);
  });

  it("a target met by the date counts as achieved (all children achieved → item achieved)", () => {
    const r = rollUpProgressFromColumns(
      document,
      cols([
        [0, 2021, 120, 0], // 120 ≥ 100: met
        [1, 2021, 25, 0], // 25 ≥ 20: met
      ]),
      { asOf: 2021 },
    );
    expect(r.indicators.sum?.achieved).toBe(true);
    expect(r.indicators.sum?.progress).toBe(1);
    expect(r.items.t1?.achieved).toBe(true);
    expect(r.items.t2?.achieved).toBe(false);
  });

  it("a value equal to an at-most target meets it (decrease indicator)", () => {
    const down = deepFreeze(
      oneTaskPlan([
        {
          ...count("d", "sum", 10, 5, ["t"]),
          direction: "decrease",
          targets: [{ id: "d.t", deadline: 2025, comparator: "<=", value: 5 }],
        },
      ]),
    );
    // 10 → 5 in 2021 meets "≤ 5"; 7 in 2022 no longer does, but the target was met (achieved);
    // the share from the latest value: (10 − 7) / (10 − 5) = 0.6.
    const r = rollUpProgressFromColumns(
      down,
      cols([
        [0, 2021, 5, -1],
        [0, 2022, 7, -1],
      ]),
      { asOf: 2023 },
    );
    expect(r.indicators.d?.achieved).toBe(true);
    expect(r.indicators.d?.progress).toBeCloseTo(0.6, 12);
  });

  it("sums ratio parts before dividing (Σ numerator / Σ denominator)", () => {
    const ratio = deepFreeze(
      oneTaskPlan([
        {
          ...count("r", "ratio", 0, 50, ["t"]),
          measure: "percentage",
          unit: "%",
        },
      ]),
    );
    // 10/40 and 30/60: (10 + 30) / (40 + 60) = 40 % (not the mean of 25 % and 50 %).
    const columns: ObservationColumns = {
      ...cols([
        [0, 2022, 25, 0],
        [0, 2022, 50, 1],
      ]),
      numerator: Float64Array.of(10, 30),
      denominator: Float64Array.of(40, 60),
    };
    const r = rollUpProgressFromColumns(ratio, columns, { asOf: 2023 });
    expect(r.indicators.r?.progress).toBeCloseTo(40 / 50, 12);
    const missing = rollUpProgressFromColumns(
      ratio,
      {
        ...columns,
        numerator: Float64Array.of(10, Number.NaN),
        denominator: Float64Array.of(40, Number.NaN),
      },
      { asOf: 2023 },
    );
    expect(missing.indicators.r?.reason).toBe("missing-ratio-parts");
  });

  it("judges an indicator inside an item against the targets the item states", () => {
    const scoped = (baseline: number) =>
      deepFreeze(
        parsePlanDocument({
          schemaVersion: 1,
          plans: [
            {
              id: "p",
              kind: "local-plan",
              title: { en: "P" },
              issuer: "X",
              period: { start: 2015, end: 2035 },
              items: [
                {
                  id: "a",
                  kind: "area",
                  heading: "A",
                  children: [{ id: "t1", kind: "task", heading: "T1" }],
                },
              ],
            },
          ],
          indicators: [
            {
              ...count("i", "sum", baseline, 100, ["t1"]),
              baselines: [{ period: 2015, value: baseline }],
              targets: [
                { id: "i.2020", deadline: 2020, comparator: ">=", value: 50, statedIn: "a" },
                { id: "i.2035", deadline: 2035, comparator: ">=", value: 100 },
              ],
            },
          ],
        }),
      );
    // 60 in 2022 from 0 in 2015: the 2020 target (≥ 50) is met, so the indicator's current target
    // is 2035: 60 / 100 = 0.6. Area "a" states the 2020 target: judged against it, 1 (achieved).
    const doc = scoped(0);
    const r = rollUpProgressFromColumns(doc, cols([[0, 2022, 60, -1]]), { asOf: 2023 });
    expect(r.indicators.i?.progress).toBeCloseTo(0.6, 12);
    expect(r.items.t1?.progress).toBeCloseTo(0.6, 12);
    expect(r.items.a?.progress).toBe(1);
    expect(r.items.a?.achieved).toBe(true);
    expect(r.plans.p?.progress).toBe(1);
    // No observation at all, a baseline (55) that meets the 2020 target: nothing is measured, and
    // the area is not achieved (as in the object path, which keeps no assessment without data).
    const empty = scoped(55);
    const none = rollUpProgressFromColumns(empty, cols([]), { asOf: 2023 });
    expect(none.items.a?.progress).toBeUndefined();
    expect(none.items.a?.achieved).toBe(false);
    const objects = rollUpProgress(empty, { asOf: 2023, observations: [] });
    expect(none.items).toEqual(objects.items);
    expect(none.indicators).toEqual(objects.indicators);
  });

  it("does not change its input", () => {
    const columns = cols([
      [0, 2021, 10, 0],
      [0, 2022, 20, 1],
    ]);
    const before = structuredClone(columns);
    rollUpProgressFromColumns(document, columns, { asOf: 2024, weights: deepFreeze({ t1: 2 }) });
    expect(columns).toEqual(before);
  });

  const error = (f: () => unknown): CastPlanError => {
    try {
      f();
    } catch (e) {
      if (e instanceof CastPlanError) return e;
      throw e;
    }
    throw new Error("expected a CastPlanError");
  };

  it.each([
    ["indicator", { indicator: Int32Array.of(0, 7) }, ["columns", "indicator", 1]],
    ["year", { year: Int32Array.of(2020, 99) }, ["columns", "year", 1]],
    ["value", { value: Float64Array.of(1, Number.NaN) }, ["columns", "value", 1]],
    ["value type", { value: [1, 2] }, ["columns", "value"]],
    ["year length", { year: Int32Array.of(2020) }, ["columns", "year"]],
    ["unit", { unit: Int32Array.of(0, 2) }, ["columns", "unit", 1]],
    ["unitIds", { unitIds: undefined }, ["columns", "unitIds"]],
    ["status", { status: Uint8Array.of(0, 3) }, ["columns", "status", 1]],
    ["numerator alone", { numerator: Float64Array.of(1, 1) }, ["columns", "denominator"]],
    [
      "denominator",
      { numerator: Float64Array.of(1, 1), denominator: Float64Array.of(1, 0) },
      ["columns", "denominator", 1],
    ],
    // No parts is NaN in both: a NaN numerator over a denominator is an error, not "no parts".
    [
      "numerator NaN alone",
      { numerator: Float64Array.of(1, Number.NaN), denominator: Float64Array.of(1, 2) },
      ["columns", "numerator", 1],
    ],
    ["year after 9999", { year: Int32Array.of(2020, 10000) }, ["columns", "year", 1]],
    [
      "the first bad row",
      { indicator: Int32Array.of(0, -1), value: Float64Array.of(Number.POSITIVE_INFINITY, 1) },
      ["columns", "value", 0],
    ],
    // Statuses are checked before the rows' other columns, yet the first bad row still wins.
    [
      "a bad value before a bad status",
      { status: Uint8Array.of(0, 9), value: Float64Array.of(Number.NaN, 1) },
      ["columns", "value", 0],
    ],
    [
      "a bad status before a bad indicator",
      { status: Uint8Array.of(9, 0), indicator: Int32Array.of(0, 99) },
      ["columns", "status", 0],
    ],
    [
      "a bad year and status in one row",
      { status: Uint8Array.of(0, 9), year: Int32Array.of(2020, 20) },
      ["columns", "year", 1],
    ],
  ])("names the bad column and row: %s", (_, change, path) => {
    const columns = {
      ...cols([
        [0, 2020, 1, 0],
        [0, 2021, 1, 1],
      ]),
      ...change,
    } as ObservationColumns;
    // Every rule (the general fold), and only sums (the fold of the usual columns).
    for (const doc of [document, sumsOnly]) {
      const e = error(() => rollUpProgressFromColumns(doc, columns, { asOf: 2024 }));
      expect(e.code).toBe("INVALID_ARGUMENT");
      expect(e.issues[0]?.path).toEqual(path);
      const typed = error(() => rollUpColumns(prepareRollUp(doc), columns, { asOf: 2024 }));
      expect(typed.issues[0]?.path).toEqual(path);
    }
  });

  // 200 indicators and years from 1000 to 2021: too many cells for one grid, so the rows are laid
  // out per indicator and folded by the general fold, which checks rows its own way.
  const wide = deepFreeze(
    oneTaskPlan(Array.from({ length: 200 }, (_, i) => count(`w${i}`, "sum", 0, 10, ["t"]))),
  );
  it.each([
    ["indicator", { indicator: Int32Array.of(0, 0, 200) }, ["columns", "indicator", 2]],
    ["year", { year: Int32Array.of(1000, 2020, 99) }, ["columns", "year", 2]],
    ["value", { value: Float64Array.of(1, 1, Number.NaN) }, ["columns", "value", 2]],
    ["unit", { unit: Int32Array.of(0, 1, 2) }, ["columns", "unit", 2]],
    ["status", { status: Uint8Array.of(0, 0, 3) }, ["columns", "status", 2]],
    [
      "denominator",
      { numerator: Float64Array.of(1, 1, 1), denominator: Float64Array.of(1, 1, 0) },
      ["columns", "denominator", 2],
    ],
    // The years are scanned before the fold here, yet the first bad row still wins.
    [
      "a bad value before a bad year",
      { value: Float64Array.of(Number.NaN, 1, 1), year: Int32Array.of(1000, 2020, 99) },
      ["columns", "value", 0],
    ],
  ])("names the bad column and row of a per-indicator layout: %s", (_, change, path) => {
    const valid = cols([
      [0, 1000, 1, 0],
      [0, 2020, 1, 1],
      [1, 2021, 1, 0],
    ]);
    const columns = { ...valid, ...change } as ObservationColumns;
    // Valid, the same rows fold (the layout is reached and gives the object path's numbers).
    expect(rollUpColumns(prepareRollUp(wide), valid, { asOf: 2024 }).indicators.progress[0]).toBe(
      0.1,
    );
    const e = error(() => rollUpColumns(prepareRollUp(wide), columns, { asOf: 2024 }));
    expect(e.code).toBe("INVALID_ARGUMENT");
    expect(e.issues[0]?.path).toEqual(path);
  });

  it("checks weights and the date like finalizeRollUp, naming itself", () => {
    const columns = cols([]);
    const w = error(() =>
      rollUpProgressFromColumns(document, columns, { asOf: 2024, weights: { t1: -1 } }),
    );
    expect(w.code).toBe("INVALID_WEIGHTS");
    expect(w.message).toContain("rollUpProgressFromColumns");
    expect(
      error(() => rollUpProgressFromColumns(document, columns, { asOf: "2024-13" })).code,
    ).toBe("INVALID_ARGUMENT");
  });
});

describe("prepareRollUp and rollUpColumns", () => {
  const rows = cols([
    [0, 2021, 10, 0],
    [0, 2021, 20, 1],
    [0, 2022, 15, 0], // sum: 40 → 0.4
    [0, 2022, 25, 1],
    [1, 2022, 12, 0], // mean: 14 → 0.4
    [1, 2022, 16, 1],
    [2, 2022, 2, 0], // latest: org.b's 6 → 0.6
    [2, 2022, 6, 1],
    [3, 2022, 1, 0], // none: not aggregatable
    [3, 2022, 1, 1],
  ]);

  it("gives the nodes as columns, in the prepared id order (hand arithmetic)", () => {
    const prepared = prepareRollUp(document);
    expect(prepared.planIds).toEqual(["p"]);
    expect(prepared.itemIds).toEqual(["a", "t1", "t2"]);
    expect(prepared.indicatorIds).toEqual(["sum", "mean", "latest", "none", "empty"]);
    const r = rollUpColumns(prepared, rows, { asOf: 2024 });
    expect([...r.indicators.progress].map((x) => Number(x.toFixed(12)))).toEqual([
      0.4, 0.4, 0.6, 0, 0,
    ]);
    expect([...r.indicators.reason].map((k) => ROLL_UP_REASONS[k])).toEqual([
      "none",
      "none",
      "none",
      "not-aggregatable",
      "insufficient-data",
    ]);
    // t1 = (0.4 + 0.4) / 2; t2 = 0.6 (1 of 3 indicators with data, but t2 is one leaf item with
    // evidence); a = (0.4 + 0.6) / 2 over its two leaf items, both with evidence.
    expect(r.items.progress[1]).toBeCloseTo(0.4, 12);
    expect(r.items.progress[2]).toBeCloseTo(0.6, 12);
    expect(r.items.coverage[2]).toBe(1);
    expect([...r.items.leaves]).toEqual([2, 1, 1]);
    expect([...r.items.leavesWithEvidence]).toEqual([2, 1, 1]);
    expect(r.items.progress[0]).toBeCloseTo(0.5, 12);
    expect(r.plans.progress[0]).toBeCloseTo(0.5, 12);
    expect(r.plans.achieved[0]).toBe(0);
  });

  it("a workspace gives the same results, and results never share its memory", () => {
    const prepared = prepareRollUp(document);
    const workspace = createRollUpWorkspace();
    const first = rollUpColumns(prepared, rows, { asOf: 2024, workspace });
    const copy = structuredClone(first);
    // A second, different roll-up through the same workspace leaves the first result as it was.
    const other = rollUpColumns(prepared, cols([[0, 2022, 90, -1]]), { asOf: 2024, workspace });
    expect(first).toEqual(copy);
    expect(other.indicators.progress[0]).toBeCloseTo(0.9, 12);
    expect(rollUpColumns(prepared, rows, { asOf: 2024, workspace })).toEqual(
      rollUpColumns(prepared, rows, { asOf: 2024 }),
    );
    expect(workspace.buffers.size).toBeGreaterThan(0);
  });

  it("one workspace serves documents of different sizes in turn (its arrays shrink and grow)", () => {
    const workspace = createRollUpWorkspace();
    const big = prepareRollUp(document);
    const small = prepareRollUp(sumsOnly);
    const few = cols([[1, 2023, 4, 0]]);
    const more = cols([
      [0, 2021, 30, 0],
      [0, 2022, 20, 1],
      [1, 2022, 3, -1],
      [1, 2024, 5, 0],
    ]);
    for (const [prepared, columns] of [
      [big, rows],
      [small, few],
      [big, rows],
      [small, more],
    ] as const) {
      const asOf = 2024;
      expect(rollUpColumns(prepared, columns, { asOf, workspace })).toEqual(
        rollUpColumns(prepared, columns, { asOf }),
      );
    }
  });

  it("takes the first declared baseline in force by the date, one dated in its year included", () => {
    const doc = deepFreeze(
      oneTaskPlan([
        count("i", "sum", 0, 100, ["t"], {
          baselines: [
            { period: 2024, value: 50 },
            { period: 2018, value: 20 },
          ],
        }),
      ]),
    );
    const rows = cols([
      [0, 2020, 40, -1],
      [0, 2022, 60, -1],
      [0, 2024, 70, -1],
    ]);
    const prepared = prepareRollUp(doc);
    // By 2024: the 2024 baseline (50) is in force: (70 − 50) / (100 − 50) = 0.4.
    // By 2023: only the 2018 one (20) is: latest 60 (2022): (60 − 20) / (100 − 20) = 0.5.
    for (const [asOf, share] of [
      [2024, 0.4],
      [2023, 0.5],
    ] as const) {
      expect(rollUpColumns(prepared, rows, { asOf }).indicators.progress[0]).toBeCloseTo(share, 12);
      expect(rollUpProgressFromColumns(doc, rows, { asOf }).indicators.i?.progress).toBeCloseTo(
        share,
        12,
      );
    }
  });

  it("applies prepared weights (an item weighted 3 against 1)", () => {
    const prepared = prepareRollUp(document, { weights: { t1: 3 } });
    const r = rollUpColumns(prepared, rows, { asOf: 2024 });
    // a = (3 × 0.4 + 1 × 0.6) / 4 = 0.45
    expect(r.items.progress[0]).toBeCloseTo(0.45, 12);
  });

  it("names bad arguments", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof CastPlanError ? [e.code, e.issues[0]?.path] : ["other"];
      }
      return ["none"];
    };
    expect(code(() => prepareRollUp(document, { weights: { t1: -1 } }))).toEqual([
      "INVALID_WEIGHTS",
      ["weights", "t1"],
    ]);
    expect(
      code(() => rollUpColumns({ kind: "x" } as unknown as PreparedRollUp, rows, { asOf: 2024 })),
    ).toEqual(["INVALID_ARGUMENT", ["prepared"]]);
    expect(
      code(() =>
        rollUpColumns(prepareRollUp(document), rows, {
          asOf: 2024,
          workspace: {} as unknown as RollUpWorkspace,
        }),
      ),
    ).toEqual(["INVALID_ARGUMENT", ["workspace"]]);
  });
});

describe("the fold of the usual columns (a unit column; no status, ratio parts, mean or latest)", () => {
  const doc = deepFreeze(
    oneTaskPlan([
      count("s1", "sum", 0, 100, ["t"]),
      count("s2", "sum", -10, 10, ["t"]),
      count("old", "sum", 0, 110, ["t"], { baselines: [] }),
    ]),
  );
  const rows = cols([
    [0, 2022, 10, 0], // s1 2022: 10 + 20 = 30
    [0, 2022, 20, 1],
    [0, 2023, 5, 0], // s1 2023: the whole-population 50 wins over the units' 5
    [0, 2023, 50, -1],
    [0, 2025, 1000, 0], // after the date: not used
    [1, 2024, -0, 1], // s2 2024: one organisation reports −0, which is a report of 0
    [2, 1950, 10, 1], // old: no declared baseline, so its first figure (1950, far before the
    [2, 2024, 60, 1], // window of recent years) is the baseline: (60 − 10) / (110 − 10) = 0.5
  ]);

  it("combines, prefers whole figures, skips later rows and folds old ones (hand arithmetic)", () => {
    for (const r of [
      rollUpColumns(prepareRollUp(doc), rows, { asOf: 2024 }),
      rollUpColumns(prepareRollUp(doc), rows, { asOf: 2024, workspace: createRollUpWorkspace() }),
    ]) {
      // s1: latest 50 (2023) → 50 / 100; s2: 0 → (0 − (−10)) / (10 − (−10)) = 0.5; old: 0.5.
      expect([...r.indicators.progress]).toEqual([0.5, 0.5, 0.5]);
      expect([...r.indicators.reason]).toEqual([0, 0, 0]);
    }
    const objects = rollUpProgress(doc, {
      asOf: 2024,
      observations: [
        { indicatorId: "s1", period: 2023, value: 50, status: "final" },
        { indicatorId: "s2", period: 2024, value: -0, unitId: "org.b", status: "final" },
        { indicatorId: "old", period: 1950, value: 10, unitId: "org.b", status: "final" },
        { indicatorId: "old", period: 2024, value: 60, unitId: "org.b", status: "final" },
      ],
    });
    expect(objects.indicators.s2?.progress).toBe(0.5);
    expect(objects.indicators.old?.progress).toBe(0.5);
  });

  it.each([
    // The window of years before 1010 starts before 1000: a year there is still checked.
    ["a year before 1000", [0, 990, 1, 0], 1010, ["columns", "year", 1]],
    // One past the last indicator (there are 3).
    ["indicator 3", [3, 2020, 1, 0], 2024, ["columns", "indicator", 1]],
    ["unit 2", [0, 2020, 1, 2], 2024, ["columns", "unit", 1]],
  ] as const)("names a bad row: %s", (_, row, asOf, path) => {
    const columns = cols([[0, 1005, 1, 0], [...row]]);
    try {
      rollUpColumns(prepareRollUp(doc), columns, { asOf });
      expect.unreachable();
    } catch (e) {
      expect((e as CastPlanError).issues[0]?.path).toEqual(path);
    }
  });
});

describe("toObservationColumns", () => {
  it("converts objects to columns, with units, statuses and ratio parts only when needed", () => {
    const obs: Observation[] = [
      { indicatorId: "mean", period: 2021, value: 3, status: "final" },
      { indicatorId: "sum", period: 2022, value: 5, unitId: "org.z", status: "provisional" },
    ];
    const c = toObservationColumns(document, deepFreeze(obs));
    expect([...c.indicator]).toEqual([1, 0]);
    expect([...c.year]).toEqual([2021, 2022]);
    expect([...c.value]).toEqual([3, 5]);
    expect([...(c.unit ?? [])]).toEqual([-1, 0]);
    expect(c.unitIds).toEqual(["org.z"]);
    expect([...(c.status ?? [])]).toEqual([0, 1]);
    expect(c.numerator).toBeUndefined();
  });

  it.each([
    [{ indicatorId: "nope", period: 2021, value: 1, status: "final" }, "UNKNOWN_ID", "indicatorId"],
    [
      { indicatorId: "sum", period: "2021-05", value: 1, status: "final" },
      "INVALID_ARGUMENT",
      "period",
    ],
    [
      {
        indicatorId: "sum",
        period: 2021,
        value: 1,
        dimensions: { area: "rural" },
        status: "final",
      },
      "INVALID_ARGUMENT",
      "dimensions",
    ],
  ] as const)("refuses what a row cannot hold, with its path (%#)", (o, code, field) => {
    try {
      toObservationColumns(document, [o as Observation]);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CastPlanError);
      expect((e as CastPlanError).code).toBe(code);
      expect((e as CastPlanError).issues[0]?.path).toEqual(["observations", 0, field]);
    }
  });
});

/** The assessment options of a property run: the default, or a projection and detail. */
const arbDetail = fc.oneof(
  fc.constant({}),
  fc.record({
    projection: fc.constantFrom("linear" as const, "cagr" as const, "weighted-linear" as const),
    detail: fc.constantFrom("full" as const, "summary" as const),
  }),
);

/** How much of the columns a property run uses (see the property test). */
type Mode = "plain" | "no-parts" | "full";

/** The organisations reporting in generated observations. */
const UNIT_IDS = ["u.a", "u.b", "u.c"] as const;

/**
 * Annual whole-population observations for a document's indicators, values near their targets;
 * "plain": final figures with values only (no status or ratio columns); "no-parts": figures with
 * values and statuses (no ratio columns); "full": any.
 */
function arbAnnualObservations(doc: PlanDocument, mode: Mode): fc.Arbitrary<Observation[]> {
  if (doc.indicators.length === 0) return fc.constant([]);
  const one = fc.constantFrom(...doc.indicators).chain((indicator) => {
    const anchors = [
      ...indicator.baselines.flatMap((b) => (b.value === undefined ? [] : [b.value])),
      ...indicator.targets.flatMap((t) => [
        ...(t.value === undefined ? [] : [t.value]),
        ...(t.band ? [t.band.low, t.band.high] : []),
      ]),
      0,
    ];
    const value = fc.oneof(
      fc.constantFrom(...anchors),
      fc
        .tuple(fc.constantFrom(...anchors), fc.double({ min: -5, max: 5, noNaN: true }))
        .map(([a, d]) => a + d),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    );
    return fc.record({
      indicatorId: fc.constant(indicator.id),
      // Mostly recent years; now and then a very old one, which pushes the fold off its window of
      // recent years onto the scanned layouts (per indicator, and sparse years through a Map).
      period: fc.oneof(
        { arbitrary: fc.integer({ min: 2012, max: 2020 }), weight: 19 },
        { arbitrary: fc.integer({ min: 1000, max: 1003 }), weight: 1 },
      ),
      value: mode === "full" ? fc.option(value, { nil: undefined }) : value,
      parts: fc.option(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 50 })), {
        nil: undefined,
      }),
      unitId: fc.option(fc.constantFrom(...UNIT_IDS), { nil: undefined, freq: 2 }),
      status:
        mode === "plain"
          ? fc.constant("final" as const)
          : fc.constantFrom("final", "provisional", "estimated" as const),
    });
  });
  return fc.array(one, { maxLength: 80, size: "max" }).map((rows) =>
    rows.map((r): Observation => {
      const parts =
        mode !== "full"
          ? undefined
          : (r.parts ?? (r.value === undefined ? ([1, 2] as const) : undefined));
      return {
        indicatorId: r.indicatorId,
        period: r.period,
        status: r.status,
        ...(r.value === undefined ? {} : { value: r.value }),
        ...(parts ? { numerator: parts[0], denominator: parts[1] } : {}),
        ...(r.unitId === undefined ? {} : { unitId: r.unitId }),
      };
    }),
  );
}

describe("rollUpProgressFromColumns equals rollUpProgress (property)", () => {
  it("gives the same plan, item and indicator nodes for the same annual observations", () => {
    const arb = arbPlanDocument().chain((input: PlanDocumentInput) => {
      const generated = parsePlanDocument(input);
      // Baselines and deadlines in the years observed, so that baselines share a year with
      // observations and targets fall due before and after the date.
      const itemIds: string[] = [];
      const parentOf = new Map<string, string>();
      const walk = (items: readonly PlanItem[], parent: string | undefined) => {
        for (const item of items) {
          itemIds.push(item.id);
          if (parent !== undefined) parentOf.set(item.id, parent);
          walk(item.children, item.id);
        }
      };
      for (const plan of generated.plans) walk(plan.items, undefined);
      // Items an indicator would reach by a second path if it measured them too: the parents of
      // the items it measures, and the items those are aligned to.
      const secondPath = (measures: readonly string[]) => [
        ...new Set(
          measures.flatMap((m) => [
            ...(parentOf.has(m) ? [parentOf.get(m) as string] : []),
            ...generated.alignments
              .filter((a) => a.from === m && a.toExternalPlan === undefined)
              .map((a) => a.to),
          ]),
        ),
      ];
      const dates = generated.indicators.map((x) =>
        fc.record({
          baseline: fc.option(
            fc.oneof(
              fc.integer({ min: 2010, max: 2022 }),
              fc.constantFrom("2014-06", "2016-01-31"),
            ),
            { nil: undefined },
          ),
          // The baseline value: one of the target values or band edges (ties are edge cases).
          value: fc.constantFrom(
            ...x.targets.flatMap((t) => [
              ...(t.value === undefined ? [] : [t.value]),
              ...(t.band ? [t.band.low, t.band.high] : []),
            ]),
            x.baselines[0]?.value ?? 1,
          ),
          deadlines: fc
            .array(fc.integer({ min: 2012, max: 2030 }), {
              minLength: x.targets.length,
              maxLength: x.targets.length,
            })
            .map((d) => d.sort((a, b) => a - b)),
          // Items stating the targets (roll-up scopes), or none.
          statedIn: fc.array(fc.option(fc.constantFrom(...itemIds), { nil: undefined, freq: 2 }), {
            minLength: x.targets.length,
            maxLength: x.targets.length,
          }),
          // An item the indicator then reaches by two paths (directly and through an item below
          // or aligned to it), or none.
          twoPaths: secondPath(x.measures).length
            ? fc.option(fc.constantFrom(...secondPath(x.measures)), { nil: undefined })
            : fc.constant(undefined),
          // Declared reporters (else inferred), some with a period, and weights of a mean (now
          // and then without one of the reporting units).
          reporters: fc.option(
            fc.array(
              fc.record({
                unitId: fc.constantFrom(...UNIT_IDS),
                years: fc.tuple(
                  fc.option(fc.integer({ min: 2012, max: 2020 }), { nil: undefined }),
                  fc.option(fc.integer({ min: 2012, max: 2020 }), { nil: undefined }),
                ),
              }),
              { minLength: 1, maxLength: 4 },
            ),
            { nil: undefined },
          ),
          unitWeights: fc.option(
            fc.dictionary(fc.constantFrom(...UNIT_IDS), fc.constantFrom(0.5, 1, 3), {
              minKeys: 2,
            }),
            { nil: undefined, freq: 3 },
          ),
        }),
      );
      // Copies of each indicator (new ids), so that some documents have enough indicators for the
      // fold to lay its rows out per indicator instead of in one grid.
      return (
        fc
          // "plain": only `sum` and `none` rules and plain figures; "no-parts": figures without
          // ratio parts. Both give columns the fold of the usual columns takes (a unit column
          // without ratio columns), with and without a status column.
          .tuple(
            fc.tuple(...dates),
            fc.integer({ min: 1, max: 4 }),
            fc.constantFrom<Mode>("plain", "no-parts", "full"),
          )
          .chain(([picked, copies, mode]) => {
            const parsed = deepFreeze(
              parsePlanDocument({
                ...input,
                // Wide plan periods, so that any target may be stated in any item.
                plans: (input.plans ?? []).map((plan) => ({
                  ...plan,
                  period: { start: 1900, end: 2100 },
                })),
                indicators: generated.indicators.flatMap((x, i) => {
                  const p = picked[i];
                  const d = x.dimensions[0];
                  const group = d ? { [d.name]: d.values[0] ?? "" } : undefined;
                  // A dimension group's baseline and target, which a roll-up must not use.
                  const groupBaseline = group
                    ? [{ period: 2010, value: x.naturalLimits?.max ?? 12345, dimensions: group }]
                    : [];
                  const groupTarget = group
                    ? [
                        {
                          id: `${x.id}.g`,
                          deadline: 2031,
                          dimensions: group,
                          // Always met in the group: the whole population must not inherit that.
                          ...(x.direction === "band"
                            ? {
                                comparator: "band" as const,
                                band: {
                                  low: x.naturalLimits?.min ?? -1e9,
                                  high: x.naturalLimits?.max ?? 1e9,
                                },
                              }
                            : x.direction === "decrease"
                              ? { comparator: "<=" as const, value: x.naturalLimits?.max ?? 1e9 }
                              : { comparator: ">=" as const, value: x.naturalLimits?.min ?? -1e9 }),
                        },
                      ]
                    : [];
                  const aggregation =
                    mode === "plain" && x.aggregation !== "none" ? ("sum" as const) : x.aggregation;
                  const combining =
                    aggregation === "sum" || aggregation === "mean" || aggregation === "ratio";
                  const built = {
                    ...x,
                    aggregation,
                    measures: p?.twoPaths === undefined ? x.measures : [...x.measures, p.twoPaths],
                    ...(combining && p?.reporters
                      ? {
                          expectedReporters: p.reporters.map((r) => {
                            const [a, b] = r.years;
                            const [from, until] =
                              a !== undefined && b !== undefined && a > b ? [b, a] : [a, b];
                            return {
                              unitId: r.unitId,
                              ...(from === undefined ? {} : { from }),
                              ...(until === undefined ? {} : { until }),
                            };
                          }),
                        }
                      : {}),

                    baselines: [
                      ...groupBaseline,
                      ...(p?.baseline === undefined
                        ? []
                        : [{ period: p.baseline, value: p.value }]),
                    ],
                    targets: [
                      ...x.targets.map((t, k) => {
                        const statedIn = p?.statedIn[k];
                        return {
                          ...t,
                          deadline: p?.deadlines[k] ?? 2025,
                          ...(statedIn === undefined ? {} : { statedIn }),
                        };
                      }),
                      ...groupTarget,
                    ],
                  };
                  const suffix = (c: number) => (c === 0 ? "" : `.c${c}`);
                  return Array.from({ length: copies }, (_, c) => ({
                    ...built,
                    id: `${x.id}${suffix(c)}`,
                    targets: built.targets.map((t) => ({ ...t, id: `${t.id}${suffix(c)}` })),
                  }));
                }),
                units: [
                  ...(input.units ?? []),
                  ...UNIT_IDS.map((id) => ({ id, name: id, kind: "local-association" as const })),
                ],
                observations: [],
              }),
            );
            // Unit weights of means, added after parsing: the document rules would refuse a
            // reporting unit without one, which the roll-ups must handle too (not-aggregatable).
            const weightsOf = new Map(
              generated.indicators.map((x, i) => [x.id, picked[i]?.unitWeights]),
            );
            const doc = deepFreeze({
              ...parsed,
              indicators: parsed.indicators.map((x) => {
                const unitWeights = weightsOf.get(x.id.replace(/\.c\d+$/, ""));
                return x.aggregation === "mean" && unitWeights ? { ...x, unitWeights } : x;
              }),
            });
            // Weights overriding some items', indicators' and alignments' own (zero totals included).
            const weightIds = [
              ...itemIds,
              ...doc.indicators.map((x) => x.id),
              ...doc.alignments.map((a) => a.id),
            ];
            return fc.tuple(
              fc.constant(doc),
              arbAnnualObservations(doc, mode),
              fc.oneof(
                fc.integer({ min: 2008, max: 2032 }),
                fc.constantFrom("2016-06", "2020-02-29"),
              ),
              fc.option(
                fc.dictionary(fc.constantFrom(...weightIds), fc.constantFrom(0, 0.5, 1, 3), {
                  maxKeys: 4,
                }),
                { nil: undefined },
              ),
              // Each completeness policy (carry-forward now and then within a few years).
              fc.constantFrom<CompletenessOptions>(
                {},
                { completeness: "refuse" },
                { completeness: "carry-forward" },
                { completeness: "carry-forward", maxCarryYears: 1 },
                { completeness: "interpolate" },
              ),
            );
          })
      );
    });
    fc.assert(
      fc.property(
        arb,
        fc.nat(),
        arbDetail,
        ([doc, observations, asOf, weights, policy], at, detail) => {
          const frozen = deepFreeze(observations);
          const columns = toObservationColumns(doc, frozen);
          const outcome = <T>(f: () => T): T | { code: string; path: unknown } => {
            try {
              return f();
            } catch (e) {
              if (!(e instanceof CastPlanError)) throw e;
              return { code: e.code, path: e.issues[0]?.path };
            }
          };
          // The reference: the object path (it never takes the columnar engine).
          const expected = outcome(() =>
            finalizeRollUp(doc, createRollUpState(doc, frozen), {
              asOf,
              weights,
              ...detail,
              ...policy,
            }),
          );
          const actual = outcome(() =>
            rollUpProgressFromColumns(doc, columns, { asOf, weights, ...policy }),
          );
          const typed = outcome(() =>
            rollUpColumns(prepareRollUp(doc, { weights }), columns, { asOf, ...policy }),
          );
          // rollUpProgress on the same annual observations takes the columnar engine (its
          // assessments are getters then); an observation of an indicator not in the document,
          // which both ways ignore, does not change that.
          const stranger: Observation = {
            indicatorId: "not.here",
            period: 2020,
            value: 1,
            status: "final",
          };
          const withStranger = deepFreeze([
            ...frozen.slice(0, at % (frozen.length + 1)),
            stranger,
            ...frozen.slice(at % (frozen.length + 1)),
          ]);
          const fast = outcome(() =>
            rollUpProgress(doc, {
              asOf,
              observations: withStranger,
              weights,
              ...detail,
              ...policy,
            }),
          );
          // The columns are left as they were (typed arrays cannot be frozen: compare a copy).
          expect(columns).toEqual(toObservationColumns(doc, frozen));
          if ("code" in expected) {
            // The same error (code and path) from every path.
            expect(actual).toEqual(expected);
            expect(typed).toEqual(expected);
            expect(fast).toEqual(expected);
            return;
          }
          if ("code" in actual || "code" in typed || "code" in fast)
            throw new Error("unexpected error");
          expect(fast.indicators).toEqual(expected.indicators);
          expect(fast.items).toEqual(expected.items);
          expect(fast.plans).toEqual(expected.plans);
          expect(fast.asOfYear).toBe(expected.asOfYear);
          expect(Object.keys(fast.assessments)).toEqual(Object.keys(expected.assessments));
          for (const id of Object.keys(fast.assessments))
            expect(Object.getOwnPropertyDescriptor(fast.assessments, id)?.get).toBeTypeOf(
              "function",
            );
          expect(fast.assessments).toEqual(expected.assessments);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(expected));
          // (Node objects hold flags, leaf counts, duplicates and what judges each contributor.)
          expect(actual.asOfYear).toBe(expected.asOfYear);
          expect(actual.indicators).toEqual(expected.indicators);
          expect(actual.items).toEqual(expected.items);
          expect(actual.plans).toEqual(expected.plans);
          expect(typed.duplicates).toEqual(
            typed.items.ids.flatMap((id) => expected.items[id]?.duplicates ?? []),
          );
          // The same completeness facts, and the typed roll-up's bits say the same.
          expect(actual.completeness).toEqual(expected.completeness);
          typed.indicators.ids.forEach((id, k) => {
            const found = expected.completeness[id];
            const codes = new Set([
              ...(found?.incomplete ?? []).map((p) =>
                p.outcome === "refused" ? "incomplete-period" : p.outcome,
              ),
              ...((found?.undeclared.length ?? 0) > 0 ? ["undeclared-reporter" as const] : []),
            ]);
            let bits = 0;
            for (const code of codes) bits |= ROLL_UP_COMPLETENESS_BITS[code];
            expect(typed.completeness[k]).toBe(bits);
          });
          // The typed result holds the same numbers, in the prepared id order.
          for (const kind of ["plans", "items", "indicators"] as const) {
            const t = typed[kind];
            t.ids.forEach((id, k) => {
              const node = expected[kind][id];
              expect(node).toBeDefined();
              expect(t.progress[k]).toBe(node?.progress ?? 0);
              expect(t.coverage[k]).toBe(node?.coverage);
              expect(t.leaves[k]).toBe(node?.leaves.total);
              expect(t.leavesWithEvidence[k]).toBe(node?.leaves.withEvidence);
              expect(t.achieved[k]).toBe(node?.achieved ? 1 : 0);
              expect(ROLL_UP_REASONS[t.reason[k] ?? 0]).toBe(node?.reason ?? "none");
              expect(
                ROLL_UP_FLAGS.filter((_, bit) => ((t.flags[k] ?? 0) & (1 << bit)) !== 0),
              ).toEqual(node?.flags);
            });
            expect(t.ids.length).toBe(Object.keys(expected[kind]).length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
