// rollUpProgress's two ways to one result: the columnar engine when every observation can be a
// row of observation columns (its assessments are getters, built on first read), the object path
// otherwise (its assessments are plain values). Both are compared with the object reference,
// finalizeRollUp on createRollUpState; expected figures are hand arithmetic beside each assertion.
import { describe, expect, it } from "vitest";
import {
  CastPlanError,
  createRollUpState,
  finalizeRollUp,
  type Observation,
  type PlanDocument,
  type RollUp,
  type RollUpOptions,
  rollUpProgress,
  toObservationColumns,
} from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { near } from "./helpers.js";

const indicator = (id: string, measures: string[], extra: Record<string, unknown> = {}) => ({
  id,
  name: id,
  measure: "count" as const,
  unit: "events",
  direction: "increase" as const,
  aggregation: "sum" as const,
  baselines: [{ period: 2020, value: 0 }],
  targets: [{ id: `${id}.t`, deadline: 2025, comparator: ">=" as const, value: 10 }],
  measures,
  ...extra,
});

const input = {
  schemaVersion: 1 as const,
  plans: [
    {
      id: "p",
      kind: "local-plan" as const,
      title: { en: "P" },
      issuer: "X",
      period: { start: 2020, end: 2025 },
      items: [
        { id: "t1", kind: "task" as const, heading: "T1" },
        { id: "t2", kind: "task" as const, heading: "T2" },
      ],
    },
  ],
  indicators: [
    indicator("i", ["t1"]),
    indicator("j", ["t2"], { dimensions: [{ name: "area", values: ["rural", "urban"] }] }),
    indicator("k", ["t2"]),
  ],
};
const document = deepFreeze(parsePlanDocument(input));

const o = (
  indicatorId: string,
  period: Observation["period"],
  value: number | undefined,
  extra: Partial<Observation> = {},
): Observation => ({
  indicatorId,
  period,
  status: "final",
  ...(value === undefined ? {} : { value }),
  ...extra,
});

/** Two organisations report i for 2021 and 2022; j has a whole-population figure for 2022. */
const annual: Observation[] = deepFreeze([
  o("i", 2021, 1, { unitId: "org.a" }),
  o("i", 2021, 1, { unitId: "org.b" }),
  o("i", 2022, 1, { unitId: "org.a" }),
  o("i", 2022, 3, { unitId: "org.b", status: "provisional" }),
  o("j", 2022, 5),
]);

const reference = (
  doc: Pick<PlanDocument, "plans" | "indicators" | "alignments">,
  observations: readonly Observation[],
  options: RollUpOptions,
): RollUp => finalizeRollUp(doc, createRollUpState(doc, observations), options);

/** Whether every assessment is a getter (the columnar way) or a plain value (the object path). */
const kinds = (r: RollUp) =>
  Object.keys(r.assessments).map((id) =>
    typeof Object.getOwnPropertyDescriptor(r.assessments, id)?.get === "function"
      ? "getter"
      : "value",
  );

describe("rollUpProgress on annual figures (the columnar way)", () => {
  const options = { asOf: 2023, observations: annual };
  const r = rollUpProgress(document, options);
  const expected = reference(document, annual, options);

  it("gives the object path's nodes", () => {
    near(r.indicators.i?.progress, 0.4); // 2022: 1 + 3 = 4 events of 10, from a baseline of 0
    near(r.indicators.j?.progress, 0.5); // 5 of 10
    expect(r.indicators.k?.progress).toBeUndefined(); // no observation
    near(r.items.t2?.progress, 0.5); // j only: k has no data
    near(r.plans.p?.progress, 0.45); // (0.4 + 0.5) / 2
    expect(r.plans).toEqual(expected.plans);
    expect(r.items).toEqual(expected.items);
    expect(r.indicators).toEqual(expected.indicators);
  });

  it("builds each assessment when read: enumerable getters, equal to the object path's", () => {
    expect(kinds(r)).toEqual(["getter", "getter"]);
    expect(Object.keys(r.assessments)).toEqual(["i", "j"]); // k has no data: no assessment
    expect(Object.getOwnPropertyDescriptor(r.assessments, "i")?.enumerable).toBe(true);
    // 1 + 1, 1 + 3; 2022 holds org.b's provisional report, so the combined figure is provisional.
    expect(r.assessments.i?.series).toEqual({
      years: [2021, 2022],
      values: [2, 4],
      statuses: ["final", "provisional"],
    });
    expect(r.indicators.i?.flags).toEqual(["provisional"]);
    expect(r.assessments.i?.latest?.value).toBe(4);
    // Read twice, built once: the same object.
    expect(r.assessments.i).toBe(r.assessments.i);
    expect(r.assessments).toEqual(expected.assessments);
  });

  it("serialises, clones, spreads and freezes as plain values", () => {
    const fresh = rollUpProgress(document, options);
    expect(JSON.stringify(fresh)).toBe(JSON.stringify(expected));
    expect(structuredClone(fresh.assessments)).toEqual(expected.assessments);
    expect({ ...fresh.assessments }).toEqual(expected.assessments);
    expect(Object.entries(fresh.assessments).map(([id, a]) => [id, a.latest?.value])).toEqual([
      ["i", 4],
      ["j", 5],
    ]);
    const frozen = rollUpProgress(document, options);
    Object.freeze(frozen.assessments);
    expect(frozen.assessments.j?.latest?.value).toBe(5);
  });

  it("honours projection and detail in the assessments", () => {
    const full = { ...options, projection: "linear" as const, detail: "full" as const };
    const a = rollUpProgress(document, full);
    expect(kinds(a)).toEqual(["getter", "getter"]);
    expect(a.assessments.i?.explanation).not.toBe("");
    expect(a.assessments).toEqual(reference(document, annual, full).assessments);
    // The summary (the default) has no explanation.
    expect(r.assessments.i?.explanation).toBe("");
  });

  it("skips observations of indicators not in the document, as the object path does", () => {
    const stranger = [o("nowhere", 2022, 99), ...annual];
    const s = rollUpProgress(document, { asOf: 2023, observations: stranger });
    expect(kinds(s)).toEqual(["getter", "getter"]);
    expect(s).toEqual(expected);
  });
});

describe("rollUpProgress falls back to the object path", () => {
  const cases: [string, Observation[]][] = [
    ["a monthly figure", [...annual, o("k", "2022-06", 2)]],
    [
      "a figure for a dimension group",
      [...annual, o("j", 2022, 2, { dimensions: { area: "rural" } })],
    ],
    ["a unit's report without a value", [...annual, o("k", 2022, undefined, { unitId: "org.a" })]],
    ["a year outside 1000-9999", [...annual, o("k", 999, 1)]],
  ];
  it.each(cases)("for %s, with the object path's result", (_, observations) => {
    const frozen = deepFreeze(observations);
    const r = rollUpProgress(document, { asOf: 2023, observations: frozen });
    expect(kinds(r).every((kind) => kind === "value")).toBe(true);
    expect(r).toEqual(reference(document, frozen, { asOf: 2023 }));
    near(r.indicators.i?.progress, 0.4); // as on the columnar way: 4 of 10
  });

  it("for a monthly figure, which it uses (2022-06: 2 of 10)", () => {
    const r = rollUpProgress(document, { asOf: 2023, observations: [o("k", "2022-06", 2)] });
    near(r.indicators.k?.progress, 0.2);
    expect(r.assessments.k?.latest?.period).toBe("2022-06");
  });

  it("for a document that repeats an indicator id (the last copy's node, as before)", () => {
    const base = document.indicators[0] as PlanDocument["indicators"][number];
    const twice = {
      ...document,
      indicators: [base, { ...base, targets: [{ ...base.targets[0], value: 20 }] }],
    } as PlanDocument;
    const r = rollUpProgress(twice, { asOf: 2023, observations: annual });
    expect(kinds(r)).toEqual(["value"]);
    near(r.indicators.i?.progress, 0.2); // the second copy's target: 4 of 20
    expect(r).toEqual(reference(twice, annual, { asOf: 2023 }));
  });
});

describe("rollUpProgress errors are the same on both ways", () => {
  const monthly = [...annual, o("k", "2022-06", 2)];
  const failures: [string, RollUpOptions, string, (string | number)[]][] = [
    [
      "a negative weight",
      { asOf: 2023, weights: { t1: -1 } },
      "INVALID_WEIGHTS",
      ["weights", "t1"],
    ],
    [
      "weights that total zero",
      { asOf: 2023, weights: { t1: 0, t2: 0 } },
      "INVALID_WEIGHTS",
      ["weights", "t1"],
    ],
    ["a bad date", { asOf: "2023" as never }, "INVALID_ARGUMENT", ["asOf"]],
  ];
  it.each(failures)("%s", (_, options, code, path) => {
    for (const observations of [annual, monthly]) {
      let error: unknown;
      try {
        rollUpProgress(document, { ...options, observations });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CastPlanError);
      expect((error as CastPlanError).code).toBe(code);
      expect((error as CastPlanError).issues[0]?.path).toEqual(path);
      expect((error as CastPlanError).message).toMatch(/^rollUpProgress: /);
    }
  });

  it("an alignment cycle", () => {
    const cyclic = parsePlanDocument({
      ...input,
      alignments: [
        { id: "a1", from: "t1", to: "t2", relation: "implements", editorial: false },
        { id: "a2", from: "t2", to: "t1", relation: "implements", editorial: false },
      ],
    });
    for (const observations of [annual, monthly]) {
      expect(() => rollUpProgress(cyclic, { asOf: 2023, observations })).toThrow(
        expect.objectContaining({ code: "DEPENDENCY_CYCLE" }),
      );
    }
  });
});

describe("toObservationColumns errors", () => {
  it("name the observation at a $. path, as observations files do", () => {
    expect(() => toObservationColumns(document, [o("k", "2022-06", 2)])).toThrow(
      "toObservationColumns: $.observations[0].period: columns hold annual figures",
    );
    expect(() => toObservationColumns(document, [...annual, o("nowhere", 2022, 1)])).toThrow(
      "toObservationColumns: $.observations[5].indicatorId: 'nowhere' is not an indicator",
    );
  });
});
