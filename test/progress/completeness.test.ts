// Completeness of organisations' reports (issue 15, point 1): a period in which an expected unit
// has not reported is never a partial sum. Each policy (refuse, carry-forward, interpolate), with
// inferred and declared reporters and weighted means, by hand arithmetic in the three
// implementations of the combine step: combineObservations (and so the report), the object
// roll-up (rollUpProgress; createRollUpState + mergeRollUpStates + finalizeRollUp), and the
// columnar roll-up (rollUpProgressFromColumns; prepareRollUp + rollUpColumns).
import { describe, expect, it } from "vitest";
import {
  CastPlanError,
  type CompletenessOptions,
  combineObservations,
  createRollUpState,
  finalizeRollUp,
  type Indicator,
  mergeRollUpStates,
  type Observation,
  prepareRollUp,
  ROLL_UP_COMPLETENESS_BITS,
  ROLL_UP_REASONS,
  rollUpColumns,
  rollUpProgress,
  rollUpProgressFromColumns,
  toObservationColumns,
} from "../../src/index.js";
import { type IndicatorInput, parsePlanDocument } from "../../src/schemas/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

const report = (unitId: string, period: number, value: number, extra: object = {}) =>
  ({ indicatorId: "venues", unitId, period, value, status: "final", ...extra }) as Observation;

// Three cities, 2021–2024; b has not reported 2023, c has not reported 2024.
//          2021  2022  2023  2024
//   a        40    45    50    55
//   b        35    40     —    50
//   c        30    35    38     —
const reports: Observation[] = deepFreeze([
  report("a", 2021, 40),
  report("b", 2021, 35),
  report("c", 2021, 30),
  report("a", 2022, 45),
  report("b", 2022, 40),
  report("c", 2022, 35),
  report("a", 2023, 50),
  report("c", 2023, 38),
  report("a", 2024, 55),
  report("b", 2024, 50),
]);

const venues = (extra: Partial<IndicatorInput> = {}): IndicatorInput => ({
  id: "venues",
  name: "Science venues",
  measure: "count",
  unit: "venues",
  direction: "increase",
  aggregation: "sum",
  baselines: [{ period: 2020, value: 100 }],
  targets: [{ id: "t2025", deadline: 2025, comparator: ">=", value: 150 }],
  measures: ["t"],
  ...extra,
});

const plan = (indicator: IndicatorInput, observations: readonly Observation[] = reports) =>
  deepFreeze(
    parsePlanDocument({
      schemaVersion: 1,
      plans: [
        {
          id: "p",
          kind: "local-plan",
          title: { en: "P" },
          issuer: "X",
          period: { start: 2021, end: 2025 },
          items: [{ id: "t", kind: "task", heading: "T" }],
        },
      ],
      units: ["a", "b", "c", "d"].map((id) => ({ id, name: id, kind: "local-association" })),
      indicators: [indicator],
      observations: [...observations],
    }),
  );

/** Every implementation's view of one document: combined values, progress, and what was found. */
function allPaths(document: ReturnType<typeof plan>, options: CompletenessOptions = {}) {
  const indicator = document.indicators[0] as Indicator;
  const asOf = 2024;
  const combined = combineObservations(indicator, document.observations, { asOf, ...options });
  const objects = rollUpProgress(document, { asOf, ...options });
  // Shards split across units (every unit's reports in one shard but a's), merged in some order.
  const shard = (f: (o: Observation) => boolean) =>
    createRollUpState(document, document.observations.filter(f));
  const merged = finalizeRollUp(
    document,
    mergeRollUpStates([
      shard((o) => o.unitId === "c"),
      mergeRollUpStates([
        shard((o) => o.unitId === "a"),
        shard((o) => o.unitId !== "a" && o.unitId !== "c"),
      ]),
    ]),
    { asOf, ...options },
  );
  const columns = toObservationColumns(document, document.observations);
  const fromColumns = rollUpProgressFromColumns(document, columns, { asOf, ...options });
  const typed = rollUpColumns(prepareRollUp(document), columns, { asOf, ...options });
  return { combined, objects, merged, fromColumns, typed };
}

/** The three roll-ups agree on the indicator node and the completeness facts; returns one. */
function agreed(paths: ReturnType<typeof allPaths>) {
  const { objects, merged, fromColumns, typed } = paths;
  expect(merged.indicators.venues).toEqual(objects.indicators.venues);
  expect(fromColumns.indicators.venues).toEqual(objects.indicators.venues);
  expect(merged.completeness).toEqual(objects.completeness);
  expect(fromColumns.completeness).toEqual(objects.completeness);
  expect(merged.assessments.venues?.series).toEqual(objects.assessments.venues?.series);
  const node = objects.indicators.venues;
  expect(typed.indicators.progress[0]).toBe(node?.progress ?? 0);
  expect(ROLL_UP_REASONS[typed.indicators.reason[0] ?? 0]).toBe(node?.reason ?? "none");
  return objects;
}

const values = (r: ReturnType<typeof combineObservations>) =>
  r.status === "measured" ? r.observations.map((o) => [o.period, o.value]) : r.reason;

describe("completeness, inferred reporters (each unit expected from its first report on)", () => {
  const document = plan(venues());

  it("refuse (the default): the incomplete periods have no figure, and say who is missing", () => {
    const paths = allPaths(document);
    // 2021: 40 + 35 + 30 = 105; 2022: 45 + 40 + 35 = 120; 2023 (b missing) and 2024 (c
    // missing) are left out, never the partial sums 88 and 105.
    expect(values(paths.combined)).toEqual([
      [2021, 105],
      [2022, 120],
    ]);
    const message =
      "not every expected unit reported, so these periods have no combined figure: 2023: b has not reported (2 of 3 expected units did); 2024: c has not reported (2 of 3 expected units did)";
    expect(paths.combined.warnings).toEqual([{ code: "incomplete-period", message }]);
    const objects = agreed(paths);
    // Latest 120 (2022) from the baseline 100 (2020) toward 150: (120 − 100) / 50 = 0.4.
    expect(objects.indicators.venues?.progress).toBeCloseTo(0.4, 12);
    expect(objects.assessments.venues?.latest).toEqual({
      period: "2022",
      year: 2022,
      value: 120,
      status: "final",
    });
    // A period left out for missing reports flags the indicator.
    expect(objects.indicators.venues?.flags).toEqual(["incomplete"]);
    expect(objects.assessments.venues?.warnings).toContainEqual({
      code: "incomplete-period",
      message,
    });
    expect(objects.completeness.venues).toEqual({
      incomplete: [
        {
          period: "2023",
          year: 2023,
          expected: ["a", "b", "c"],
          missing: ["b"],
          outcome: "refused",
          sources: [],
        },
        {
          period: "2024",
          year: 2024,
          expected: ["a", "b", "c"],
          missing: ["c"],
          outcome: "refused",
          sources: [],
        },
      ],
      undeclared: [],
    });
    expect(paths.typed.completeness[0]).toBe(ROLL_UP_COMPLETENESS_BITS["incomplete-period"]);
  });

  it("carry-forward: the missing unit's last report stands in, flagged", () => {
    const paths = allPaths(document, { completeness: "carry-forward" });
    // 2023: 50 + 38 + b's 2022 report 40 = 128; 2024: 55 + 50 + c's 2023 report 38 = 143.
    expect(values(paths.combined)).toEqual([
      [2021, 105],
      [2022, 120],
      [2023, 128],
      [2024, 143],
    ]);
    expect(paths.combined.status === "measured" && paths.combined.imputed).toEqual([
      null,
      null,
      "carried-forward",
      "carried-forward",
    ]);
    expect(paths.combined.warnings).toEqual([
      {
        code: "carried-forward",
        message:
          "a missing unit's last report is carried forward: 2023: b has not reported (2 of 3 expected units did), so b's 2022 report stands in; 2024: c has not reported (2 of 3 expected units did), so c's 2023 report stands in",
      },
    ]);
    const objects = agreed(paths);
    // (143 − 100) / 50 = 0.86.
    expect(objects.indicators.venues?.progress).toBeCloseTo(0.86, 12);
    expect(objects.assessments.venues?.latest).toEqual({
      period: "2024",
      year: 2024,
      value: 143,
      status: "final",
      imputed: "carried-forward",
    });
    expect(objects.indicators.venues?.flags).toEqual(["carried-forward"]);
    expect(objects.assessments.venues?.series.imputed).toEqual([
      null,
      null,
      "carried-forward",
      "carried-forward",
    ]);
    expect(objects.completeness.venues?.incomplete.map((p) => p.sources)).toEqual([
      [{ unitId: "b", periods: ["2022"] }],
      [{ unitId: "c", periods: ["2023"] }],
    ]);
    expect(paths.typed.completeness[0]).toBe(ROLL_UP_COMPLETENESS_BITS["carried-forward"]);
  });

  it("carry-forward within maxCarryYears: a report older than that leaves the period refused", () => {
    const paths = allPaths(document, { completeness: "carry-forward", maxCarryYears: 0 });
    // Both sources are 1 year old, more than 0: both periods refused, as with refuse.
    expect(values(paths.combined)).toEqual([
      [2021, 105],
      [2022, 120],
    ]);
    expect(paths.combined.warnings[0]?.message).toMatch(
      /^not every expected unit reported, so these periods have no combined figure \(no report to carry forward\): 2023: b/,
    );
    agreed(paths);
    const one = allPaths(document, { completeness: "carry-forward", maxCarryYears: 1 });
    expect(values(one.combined)).toEqual([
      [2021, 105],
      [2022, 120],
      [2023, 128],
      [2024, 143],
    ]);
  });

  it("interpolate: between the unit's reports before and after; without one after, refused", () => {
    const paths = allPaths(document, { completeness: "interpolate" });
    // 2023: b between 40 (2022) and 50 (2024): 45, so 50 + 38 + 45 = 133. 2024: c has no report
    // after 2024 (by the date), so 2024 is refused.
    expect(values(paths.combined)).toEqual([
      [2021, 105],
      [2022, 120],
      [2023, 133],
    ]);
    expect(paths.combined.warnings.map((w) => w.message)).toEqual([
      "not every expected unit reported, so this period has no combined figure (no reports before and after to interpolate between): 2024: c has not reported (2 of 3 expected units did)",
      "a missing unit's figure is interpolated: 2023: b has not reported (2 of 3 expected units did), so b's is interpolated between 2022 and 2024",
    ]);
    const objects = agreed(paths);
    // (133 − 100) / 50 = 0.66.
    expect(objects.indicators.venues?.progress).toBeCloseTo(0.66, 12);
    expect(paths.typed.completeness[0]).toBe(
      ROLL_UP_COMPLETENESS_BITS["incomplete-period"] | ROLL_UP_COMPLETENESS_BITS.interpolated,
    );
  });

  it("never uses a report after the date: as of 2023, b's 2024 report cannot interpolate 2023", () => {
    const indicator = document.indicators[0] as Indicator;
    const r = combineObservations(indicator, reports, { asOf: 2023, completeness: "interpolate" });
    expect(values(r)).toEqual([
      [2021, 105],
      [2022, 120],
    ]);
    const objects = rollUpProgress(document, { asOf: 2023, completeness: "interpolate" });
    expect(objects.assessments.venues?.latest?.value).toBe(120);
  });

  it("a unit's first report starts its expectation: c from 2023 on makes 2024 incomplete only", () => {
    const late = [
      report("a", 2022, 45),
      report("b", 2022, 40),
      report("a", 2023, 50),
      report("b", 2023, 44),
      report("c", 2023, 38),
      report("a", 2024, 55),
      report("b", 2024, 50),
    ];
    const paths = allPaths(plan(venues(), late));
    // 2022: 45 + 40 = 85 (c not expected yet); 2023: 50 + 44 + 38 = 132; 2024: c missing.
    expect(values(paths.combined)).toEqual([
      [2022, 85],
      [2023, 132],
    ]);
    agreed(paths);
  });

  it("a whole-population figure for a period wins as is: no completeness check there", () => {
    const withWhole = [
      ...reports,
      { indicatorId: "venues", period: 2024, value: 150, status: "final" } as Observation,
    ];
    const paths = allPaths(plan(venues(), withWhole));
    expect(values(paths.combined)).toEqual([
      [2021, 105],
      [2022, 120],
      [2024, 150],
    ]);
    const objects = agreed(paths);
    expect(objects.completeness.venues?.incomplete.map((p) => p.period)).toEqual(["2023"]);
    // (150 − 100) / 50 = 1.
    expect(objects.indicators.venues?.progress).toBe(1);
  });

  it("the first period is always complete: a unit is expected from its own first report", () => {
    // b's first report is 2023, so 2022 has a alone (complete); 2023 lacks a.
    const paths = allPaths(plan(venues(), [report("a", 2022, 45), report("b", 2023, 40)]));
    expect(values(paths.combined)).toEqual([[2022, 45]]);
    agreed(paths);
  });

  it("latest and none are not checked (one report stands for all; none refuses anyway)", () => {
    const paths = allPaths(plan(venues({ aggregation: "latest" })));
    // latest: the greatest unit id among the year's reports: 2023 c 38, 2024 b 50.
    expect(values(paths.combined)).toEqual([
      [2021, 30],
      [2022, 35],
      [2023, 38],
      [2024, 50],
    ]);
    expect(paths.combined.warnings).toEqual([]);
    agreed(paths);
  });
});

describe("completeness, declared reporters (indicator.expectedReporters)", () => {
  it("expects the declared units in force, from their first period on; an ended unit is not", () => {
    // a and b from 2021 on; c until 2023 (it stopped reporting for good). d is not declared.
    const declared = venues({
      expectedReporters: [
        { unitId: "a" },
        { unitId: "b", from: 2021 },
        { unitId: "c", until: 2023 },
      ],
    });
    const paths = allPaths(plan(declared, [...reports, report("d", 2022, 5)]));
    // 2022: 45 + 40 + 35 + d's 5 = 125 (d combined, and warned about); 2023: b missing →
    // refused; 2024: c no longer expected → 55 + 50 = 105.
    expect(values(paths.combined)).toEqual([
      [2021, 105],
      [2022, 125],
      [2024, 105],
    ]);
    expect(paths.combined.warnings).toEqual([
      {
        code: "incomplete-period",
        message:
          "not every expected unit reported, so this period has no combined figure: 2023: b has not reported (2 of 3 expected units did)",
      },
      {
        code: "undeclared-reporter",
        message:
          "units not declared in expectedReporters reported, and their reports are combined: 2022: d",
      },
    ]);
    const objects = agreed(paths);
    // (105 − 100) / 50 = 0.1.
    expect(objects.indicators.venues?.progress).toBeCloseTo(0.1, 12);
    expect(objects.completeness.venues?.undeclared).toEqual([
      { period: "2022", year: 2022, units: ["d"] },
    ]);
    expect(paths.typed.completeness[0]).toBe(
      ROLL_UP_COMPLETENESS_BITS["incomplete-period"] |
        ROLL_UP_COMPLETENESS_BITS["undeclared-reporter"],
    );
  });

  it("a declared unit may be missing from its first period on, so nothing may be left", () => {
    // c is declared from 2021 but has never reported: every period is incomplete.
    const declared = venues({ expectedReporters: [{ unitId: "a" }, { unitId: "c" }] });
    const paths = allPaths(plan(declared, [report("a", 2022, 45), report("a", 2023, 50)]));
    expect(values(paths.combined)).toBe("incomplete-period");
    const message =
      "not every expected unit reported, so these periods have no combined figure: 2022: c has not reported (1 of 2 expected units did); 2023: c has not reported (1 of 2 expected units did)";
    expect(paths.combined.status === "unmeasurable" && paths.combined.message).toBe(
      `indicator 'venues': ${message}`,
    );
    const node = agreed(paths).indicators.venues;
    expect(node?.progress).toBeUndefined();
    expect(node?.reason).toBe("incomplete-period");
    expect(node?.message).toBe(`'venues': ${message}`);
    // With carry-forward, c has nothing to carry: still refused.
    const carried = allPaths(plan(declared, [report("a", 2022, 45), report("a", 2023, 50)]), {
      completeness: "carry-forward",
    });
    expect(values(carried.combined)).toBe("incomplete-period");
    agreed(carried);
  });

  it("declared periods use calendar values: from a month counts its year's annual figure", () => {
    // b from 2022-03 (in force for the annual figure 2022 on), c until 2023-06 (not for 2023).
    const declared = venues({
      expectedReporters: [
        { unitId: "a" },
        { unitId: "b", from: "2022-03" },
        { unitId: "c", until: "2023-06" },
      ],
    });
    const paths = allPaths(plan(declared));
    // 2021: b not yet expected, but reported (undeclared then): 105; 2022: 120; 2023: b missing
    // → refused; 2024: c not expected → 105.
    expect(values(paths.combined)).toEqual([
      [2021, 105],
      [2022, 120],
      [2024, 105],
    ]);
    expect(agreed(paths).completeness.venues?.undeclared).toEqual([
      { period: "2021", year: 2021, units: ["b"] },
      { period: "2023", year: 2023, units: ["c"] },
    ]);
  });
});

describe("weighted mean over units (indicator.unitWeights)", () => {
  const weighted = venues({
    aggregation: "mean",
    unitWeights: { a: 1, b: 2, c: 1 },
    baselines: [{ period: 2020, value: 30 }],
    targets: [{ id: "t2025", deadline: 2025, comparator: ">=", value: 50 }],
  });

  it("weighs each unit's report: Σ w·v / Σ w, with the completeness policies", () => {
    const refused = allPaths(plan(weighted));
    // 2021: (40 + 2·35 + 30) / 4 = 35; 2022: (45 + 2·40 + 35) / 4 = 40; 2023 and 2024 refused.
    expect(values(refused.combined)).toEqual([
      [2021, 35],
      [2022, 40],
    ]);
    // (40 − 30) / (50 − 30) = 0.5.
    expect(agreed(refused).indicators.venues?.progress).toBeCloseTo(0.5, 12);
    const carried = allPaths(plan(weighted), { completeness: "carry-forward" });
    // 2023: (50 + 2·40 (b's 2022) + 38) / 4 = 42; 2024: (55 + 2·50 + 38 (c's 2023)) / 4 = 48.25.
    expect(values(carried.combined)).toEqual([
      [2021, 35],
      [2022, 40],
      [2023, 42],
      [2024, 48.25],
    ]);
    // (48.25 − 30) / 20 = 0.9125.
    expect(agreed(carried).indicators.venues?.progress).toBeCloseTo(0.9125, 12);
  });

  it("the unweighted mean counts each report once", () => {
    const paths = allPaths(plan(venues({ aggregation: "mean" })), {
      completeness: "carry-forward",
    });
    // 2023: (50 + 40 + 38) / 3; 2024: (55 + 50 + 38) / 3.
    expect(values(paths.combined)).toEqual([
      [2021, 35],
      [2022, 40],
      [2023, 128 / 3],
      [2024, 143 / 3],
    ]);
    agreed(paths);
  });

  it("a reporting unit without a weight: the figures cannot be combined (never a guess)", () => {
    // Built without the document rules (parsePlanDocument would refuse it, at the observation).
    const document = plan(venues({ aggregation: "mean" }));
    const indicator = { ...(document.indicators[0] as Indicator), unitWeights: { a: 1, b: 2 } };
    const unchecked = { ...document, indicators: [indicator] };
    const r = combineObservations(indicator, reports);
    expect(r.status === "unmeasurable" && [r.reason, r.message]).toEqual([
      "not-aggregatable",
      "indicator 'venues' is a weighted mean: unit 'c' has no weight in unitWeights (2021|)",
    ]);
    const objects = rollUpProgress(unchecked, { asOf: 2024 });
    const message =
      "'venues': organisations' figures cannot be combined (not-aggregatable: unit 'c' has no weight in unitWeights)";
    expect(objects.indicators.venues?.reason).toBe("not-aggregatable");
    expect(objects.indicators.venues?.message).toBe(message);
    const columns = toObservationColumns(unchecked, reports);
    const fromColumns = rollUpProgressFromColumns(unchecked, columns, { asOf: 2024 });
    expect(fromColumns.indicators.venues).toEqual(objects.indicators.venues);
  });
});

describe("ratio indicators", () => {
  const share = venues({
    measure: "percentage",
    unit: "%",
    aggregation: "ratio",
    baselines: [{ period: 2020, value: 40 }],
    targets: [{ id: "t2025", deadline: 2025, comparator: ">=", value: 60 }],
  });
  const parts = (unitId: string, period: number, numerator: number, denominator: number) =>
    ({
      indicatorId: "venues",
      unitId,
      period,
      numerator,
      denominator,
      status: "final",
    }) as Observation;
  const rows = [parts("a", 2022, 20, 40), parts("b", 2022, 30, 60), parts("a", 2023, 30, 50)];

  it("carries the missing unit's numerator and denominator, never a mean of percentages", () => {
    const refused = allPaths(plan(share, rows));
    // 2022: (20 + 30) / (40 + 60) = 50 %; 2023: b missing → refused.
    expect(values(refused.combined)).toEqual([[2022, 50]]);
    agreed(refused);
    const carried = allPaths(plan(share, rows), { completeness: "carry-forward" });
    // 2023: (30 + 30) / (50 + 60) = 54.5454… %.
    expect(values(carried.combined)).toEqual([
      [2022, 50],
      [2023, (60 / 110) * 100],
    ]);
    expect(
      carried.combined.status === "measured" && [
        carried.combined.observations[1]?.numerator,
        carried.combined.observations[1]?.denominator,
      ],
    ).toEqual([60, 110]);
    // (54.54… − 40) / (60 − 40) = 0.7272…
    expect(agreed(carried).indicators.venues?.progress).toBeCloseTo((6000 / 110 - 40) / 20, 12);
  });
});

describe("the completeness options", () => {
  const document = plan(venues());
  const indicator = document.indicators[0] as Indicator;
  const error = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof CastPlanError) return [e.code, e.issues[0]?.path, e.message];
      throw e;
    }
    throw new Error("expected a CastPlanError");
  };

  it.each([
    [
      { completeness: "guess" },
      ["completeness"],
      'completeness "guess" is not one of refuse, carry-forward, interpolate',
    ],
    [
      { completeness: "carry-forward", maxCarryYears: -1 },
      ["maxCarryYears"],
      "maxCarryYears -1 is not a finite number ≥ 0",
    ],
    [
      { completeness: "carry-forward", maxCarryYears: Number.NaN },
      ["maxCarryYears"],
      "maxCarryYears NaN is not a finite number ≥ 0",
    ],
    [
      { maxCarryYears: 2 },
      ["maxCarryYears"],
      "maxCarryYears applies to completeness 'carry-forward', not 'refuse'",
    ],
  ])("rejects %j in every entry point, naming the option", (options, path, message) => {
    const bad = options as CompletenessOptions;
    const columns = toObservationColumns(document, reports);
    for (const [fn, call] of [
      ["combineObservations", () => combineObservations(indicator, reports, bad)],
      ["rollUpProgress", () => rollUpProgress(document, { asOf: 2024, ...bad })],
      [
        "finalizeRollUp",
        () =>
          finalizeRollUp(document, createRollUpState(document, reports), { asOf: 2024, ...bad }),
      ],
      [
        "rollUpProgressFromColumns",
        () => rollUpProgressFromColumns(document, columns, { asOf: 2024, ...bad }),
      ],
      [
        "rollUpColumns",
        () => rollUpColumns(prepareRollUp(document), columns, { asOf: 2024, ...bad }),
      ],
    ] as const)
      expect(error(call)).toEqual(["INVALID_ARGUMENT", path, `${fn}: ${message}`]);
  });

  it("does not change its inputs (deep-frozen document and reports)", () => {
    for (const completeness of ["refuse", "carry-forward", "interpolate"] as const)
      expect(() => allPaths(document, { completeness })).not.toThrow();
  });
});

describe("the columnar fast path", () => {
  it("a complete panel takes no slow path and flags nothing (bits 0), as the objects", () => {
    const complete = reports.filter((o) => o.period !== 2023 && o.period !== 2024);
    const paths = allPaths(plan(venues(), complete));
    expect([...paths.typed.completeness]).toEqual([0]);
    expect(agreed(paths).completeness).toEqual({});
    // 2022: 120 → 0.4.
    expect(paths.typed.indicators.progress[0]).toBeCloseTo(0.4, 12);
  });
});
