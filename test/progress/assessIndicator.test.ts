// assessIndicator and assessMilestone: series selection, baselines, comparator semantics and
// milestone statuses. Expected values are hand arithmetic written beside each assertion.
import { describe, expect, it } from "vitest";
import {
  assessByDimension,
  assessIndicator,
  assessMilestone,
  CastPlanError,
  computeOkrProgress,
  forecastTargetYear,
  type Indicator,
  type Observation,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { allFinite, near, ok } from "./helpers.js";

const indicator = deepFreeze({
  id: "ind",
  name: { en: "Share" },
  measure: "percentage",
  unit: "%",
  direction: "increase",
  aggregation: "none",
  dimensions: [{ name: "area", values: ["urban", "rural"] }],
  baselines: [{ period: 2015, value: 40 }],
  targets: [
    { id: "t2020", deadline: 2020, comparator: ">", value: 50 },
    { id: "t2030", deadline: 2030, comparator: "=", value: 70 },
  ],
  measures: [],
  references: [],
}) satisfies Indicator;
const o = (period: Observation["period"], value: number, extra: Partial<Observation> = {}) =>
  ({ indicatorId: "ind", period, value, status: "final", ...extra }) as Observation;

describe("assessIndicator: selection", () => {
  const observations = deepFreeze([
    o(2018, 45),
    o(2020, 50), // equals the target: '>' is not met
    o(2022, 52),
    o(2022, 99, { status: "provisional" }), // a provisional figure loses to the final one
    o(2022, 10, { unitId: "u1" }), // a unit's report is not the whole population's
    o(2022, 30, { dimensions: { area: "rural" } }), // another dimension
    o(2023, 60), // after asOf
    o(2021, 0, { indicatorId: "other" }),
  ]);
  const r = assessIndicator(indicator, observations, { asOf: "2022-12-31" });
  it("keeps one whole-population value per year up to asOf, final first", () => {
    expect(r.series).toEqual({
      years: [2018, 2020, 2022],
      values: [45, 50, 52],
      periods: ["2018", "2020", "2022"],
      statuses: ["final", "final", "final"],
    });
    expect(r.baseline).toEqual({ period: "2015", year: 2015, value: 40, source: "indicator" });
    expect(r.latest).toEqual({ period: "2022", year: 2022, value: 52, status: "final" });
    expect(allFinite(r)).toEqual([]);
  });
  it("'>' is strict: 50 does not exceed 50, 52 in 2022 is late for 2020", () => {
    const t = r.targets[0];
    expect(t && ok(t.milestone).milestone).toBe("achieved-late");
    expect(t && ok(t.milestone).firstMetYear).toBe(2022);
  });
  it("before 2022 the 2020 target is missed, and 2030 active with shares from baseline 40", () => {
    const earlier = assessIndicator(indicator, observations, { asOf: 2021 });
    expect(earlier.targets[0] && ok(earlier.targets[0].milestone).milestone).toBe("missed");
    const t = earlier.targets[1];
    // (50 − 40)/(70 − 40) = 1/3; time share (2020 − 2015)/(2030 − 2015) = 1/3; pace 1.
    near(t && ok(t.distanceShare).raw, 1 / 3);
    near(t && ok(t.pace).timeShare, 1 / 3);
    near(t && ok(t.pace).paceIndex, 1);
    // The 2030 milestone starts at the 2020 deadline: active in 2021.
    expect(t && ok(t.milestone).milestone).toBe("active");
    expect(earlier.currentTargetId).toBe("t2020");
  });
  it("the rural series is selected by dimensions, with no declared baseline", () => {
    const rural = assessIndicator(indicator, observations, {
      asOf: 2025,
      dimensions: { area: "rural" },
    });
    expect(rural.series).toEqual({
      years: [2022],
      values: [30],
      periods: ["2022"],
      statuses: ["final"],
    });
    expect(rural.baseline?.source).toBe("observation");
  });
  it("a unit's own series is selected by unitId", () => {
    const unit = assessIndicator(indicator, observations, { asOf: 2025, unitId: "u1" });
    expect(unit.series.values).toEqual([10]);
  });
  it("ratio observations without a value count as numerator/denominator × 100", () => {
    const r2 = assessIndicator(
      indicator,
      [{ indicatorId: "ind", period: 2019, numerator: 9, denominator: 20, status: "final" }],
      { asOf: 2020 },
    );
    expect(r2.series.values).toEqual([45]);
  });
  it("no observation: every target says insufficient data, nothing is NaN", () => {
    const none = assessIndicator(indicator, [], { asOf: 2025 });
    expect(none.latest).toBeUndefined();
    expect(none.targets.every((t) => t.distanceShare.status === "unmeasurable")).toBe(true);
    expect(none.warnings.map((w) => w.code)).toContain("insufficient-data");
    expect(allFinite(none)).toEqual([]);
  });
  it("summary detail skips the heavy methods and the explanation", () => {
    const s = assessIndicator(indicator, observations, { asOf: 2022, detail: "summary" });
    expect(s.explanation).toBe("");
    expect(s.targets[1]?.forecasts).toBeUndefined();
    expect(s.targets[1]?.escap.status).toBe("measured");
  });
  it("explains itself: methods, observations used and warnings", () => {
    expect(r.methods.length).toBeGreaterThan(3);
    expect(r.explanation).toContain("latest 52% (2022)");
    expect(r.explanation).toContain("achieved late");
  });
  it("a month-granular series uses decimal years (2021-06 ≈ 2020.5)", () => {
    const m = assessIndicator(indicator, [o("2021-06", 55)], { asOf: "2021-07-31" });
    // 2021-06-30 is day 181 of 365 → 2020 + 181/365 = 2020.495890
    near(m.latest?.year, 2020 + 181 / 365);
  });
  it("irregular gaps between month-dated figures are shown in months", () => {
    const m = assessIndicator(indicator, [o("2021-06", 55), o("2023-12", 60)], { asOf: 2024 });
    // Baseline 2015 (end of 2015); 2021-06 is 5 years 6 months later = 66 months; 2023-12 is
    // 2 years 6 months after 2021-06 = 30 months.
    const gaps = m.warnings.find((w) => w.code === "irregular-gaps");
    expect(gaps?.message).toBe(
      "gaps of 66, 30 months between observations: rates divide by the actual time",
    );
  });
  it("marks a latest value or an observed baseline that is not final (not-final)", () => {
    const noBaseline = { ...indicator, baselines: [] };
    const m = assessIndicator(
      noBaseline,
      [o(2019, 50, { status: "estimated" }), o(2020, 52), o(2021, 56, { status: "provisional" })],
      { asOf: 2024 },
    );
    expect(m.latest).toEqual({ period: "2021", year: 2021, value: 56, status: "provisional" });
    expect(m.baseline?.status).toBe("estimated");
    expect(m.warnings.filter((w) => w.code === "not-final").map((w) => w.message)).toEqual([
      "the latest value (2021) is provisional, not final",
      "the baseline (2019) is estimated, not final",
    ]);
    // All final: no such warning.
    const final = assessIndicator(noBaseline, [o(2019, 50), o(2021, 56)], { asOf: 2024 });
    expect(final.warnings.some((w) => w.code === "not-final")).toBe(false);
  });
  it("gaps in whole years are shown in years, and a first observation by its period as written", () => {
    const noBaseline = { ...indicator, baselines: [] };
    const m = assessIndicator(noBaseline, [o("2019-05", 50), o(2021, 52), o(2024, 56)], {
      asOf: 2024,
    });
    // 2019-05 → end of 2021: 31 months; 2021 → 2024: 36 months (not all whole years: months).
    expect(m.warnings.map((w) => w.message)).toEqual([
      "no baseline declared; the first observation (2019-05) is used",
      "gaps of 31, 36 months between observations: rates divide by the actual time",
    ]);
    expect(m.baseline?.period).toBe("2019-05");
    const years = assessIndicator(noBaseline, [o(2018, 50), o(2021, 52), o(2022, 56)], {
      asOf: 2024,
    });
    expect(years.warnings.map((w) => w.message)).toContain(
      "gaps of 3, 1 years between observations: rates divide by the actual time",
    );
  });
});

describe("assessMilestone: comparator semantics and statuses", () => {
  const base = { direction: "increase", deadlineYear: 2025, asOfYear: 2026 } as const;
  it("'>=' at least: 15 meets 15 in the deadline year → on time", () => {
    const m = ok(
      assessMilestone({
        ...base,
        years: [2024, 2025],
        values: [14, 15],
        comparator: ">=",
        target: 15,
      }),
    );
    expect(m.milestone).toBe("achieved-on-time");
  });
  it("'>' exceed: 15 does not exceed 15 → missed", () => {
    const m = ok(
      assessMilestone({
        ...base,
        years: [2024, 2025],
        values: [14, 15],
        comparator: ">",
        target: 15,
      }),
    );
    expect(m.milestone).toBe("missed");
  });
  it("'=' reach, decreasing: 18 reaches 20 (overshoot counts) early", () => {
    const m = ok(
      assessMilestone({
        ...base,
        direction: "decrease",
        years: [2022, 2023],
        values: [30, 18],
        comparator: "=",
        target: 20,
      }),
    );
    expect(m.milestone).toBe("achieved-early");
  });
  it("band 5–10: 12 is outside, 8 inside", () => {
    const out = ok(
      assessMilestone({
        ...base,
        years: [2025],
        values: [12],
        comparator: "band",
        target: 0,
        band: { low: 5, high: 10 },
      }),
    );
    expect(out.milestone).toBe("missed");
    const inside = ok(
      assessMilestone({
        ...base,
        years: [2025],
        values: [8],
        comparator: "band",
        target: 0,
        band: { low: 5, high: 10 },
      }),
    );
    expect(inside.milestone).toBe("achieved-on-time");
  });
  it("active, not yet started, late, and met-then-lost", () => {
    const common = { comparator: ">=", target: 10 } as const;
    expect(
      ok(assessMilestone({ ...base, ...common, asOfYear: 2023, years: [2022], values: [5] }))
        .milestone,
    ).toBe("active");
    expect(
      ok(
        assessMilestone({
          ...base,
          ...common,
          asOfYear: 2023,
          startYear: 2024,
          years: [2022],
          values: [5],
        }),
      ).milestone,
    ).toBe("not-yet-started");
    expect(
      ok(
        assessMilestone({
          ...base,
          ...common,
          asOfYear: 2027,
          years: [2025, 2026],
          values: [9, 11],
        }),
      ).milestone,
    ).toBe("achieved-late");
    const lost = assessMilestone({ ...base, ...common, years: [2023, 2025], values: [11, 9] });
    expect(ok(lost).milestone).toBe("achieved-early");
    expect(lost.warnings.map((w) => w.code)).toContain("target-no-longer-met");
  });
  it("without a figure for the deadline period, a passed deadline is not called missed (data may lag)", () => {
    // Deadline 2025, as of 2026, latest figure 2023 (5 < 10): nothing is known about 2025 yet.
    const m = assessMilestone({
      ...base,
      comparator: ">=",
      target: 10,
      years: [2023],
      values: [5],
    });
    expect(m.status).toBe("unmeasurable");
    if (m.status === "unmeasurable") {
      expect(m.reason).toBe("insufficient-data");
      expect(m.message).toContain("latest 2023");
    }
    // With no observation at all, the same.
    expect(
      assessMilestone({ ...base, comparator: ">=", target: 10, years: [], values: [] }).status,
    ).toBe("unmeasurable");
    // With a 2025 figure below the target, it is missed.
    expect(
      ok(
        assessMilestone({
          ...base,
          comparator: ">=",
          target: 10,
          years: [2023, 2025],
          values: [5, 8],
        }),
      ).milestone,
    ).toBe("missed");
  });
});

describe("forecastTargetYear", () => {
  it("linear 10 (2018) → 15 (2023): 25 is reached in 2033; 15 is already met", () => {
    near(
      ok(
        forecastTargetYear([2018, 2023], [10, 15], {
          kind: "linear",
          target: 25,
          direction: "increase",
        }),
      ).year,
      2033,
    );
    expect(
      ok(
        forecastTargetYear([2018, 2023], [10, 15], {
          kind: "linear",
          target: 15,
          direction: "increase",
        }),
      ).outcome,
    ).toBe("already-met");
  });
  it("a falling series never reaches a higher target; logit never reaches the limit", () => {
    expect(
      ok(
        forecastTargetYear([2018, 2023], [15, 10], {
          kind: "cagr",
          target: 25,
          direction: "increase",
        }),
      ).outcome,
    ).toBe("not-reached");
    expect(
      ok(
        forecastTargetYear([2018, 2023], [10, 15], {
          kind: "logit",
          target: 100,
          direction: "increase",
        }),
      ).outcome,
    ).toBe("not-reached");
  });
  it("CAGR 10 → 20 over 5 years doubles again by 2028 (40)", () => {
    // g = 2^(1/5) − 1; 20·(1+g)^(x − 2023) = 40 ⇔ x = 2028.
    near(
      ok(
        forecastTargetYear([2018, 2023], [10, 20], {
          kind: "cagr",
          target: 40,
          direction: "increase",
        }),
      ).year,
      2028,
    );
  });
  it("CAGR refuses zero values with a reason", () => {
    const f = forecastTargetYear([2018, 2023], [0, 5], {
      kind: "cagr",
      target: 10,
      direction: "increase",
    });
    expect(f.status === "unmeasurable" && f.reason).toBe("invalid-for-growth-rate");
  });
});

describe("assessByDimension", () => {
  it("urban/rural science literacy 2015 → 2023 (cast-data.md §1b): the absolute gap widens, the ratio narrows", () => {
    const area = (a: string, period: number, value: number): Observation => ({
      indicatorId: "ind",
      period,
      value,
      dimensions: { area: a },
      status: "final",
    });
    const r = assessByDimension(
      indicator,
      deepFreeze([
        area("urban", 2015, 9.72),
        area("rural", 2015, 2.43),
        area("urban", 2018, 11.55),
        area("rural", 2018, 4.93),
        area("urban", 2023, 17.25),
        area("rural", 2023, 9.16),
      ]),
      { asOf: 2024, dimension: "area" },
    );
    const gap = ok(r.gap);
    expect(gap.year).toBe(2023);
    expect(gap.highest.group).toBe("urban");
    near(gap.absolute, 8.09); // 17.25 − 9.16
    near(gap.ratio, 9.16 / 17.25); // 0.531014
    const trend = ok(gap.trend);
    near(trend.fromAbsolute, 7.29); // 9.72 − 2.43
    near(trend.absoluteChangePerYear, 0.1); // (8.09 − 7.29)/8
    expect(trend.absolute).toBe("widening");
    expect(trend.relative).toBe("narrowing"); // 0.25 → 0.531
    expect(r.groups.rural?.latest).toEqual({
      period: "2023",
      year: 2023,
      value: 9.16,
      status: "final",
    });
  });
});

describe("band targets and organisations", () => {
  const band = deepFreeze({
    ...indicator,
    id: "band",
    measure: "count",
    direction: "band",
    baselines: [{ period: 2018, value: 0 }],
    targets: [{ id: "tb", deadline: 2020, comparator: "band", band: { low: 5, high: 10 } }],
  }) as Indicator;
  const b = (period: number, value: number, unitId?: string): Observation =>
    unitId === undefined
      ? { indicatorId: "band", period, value, status: "final" }
      : { indicatorId: "band", period, value, unitId, status: "final" };
  it("a band is measured toward its edge nearest the baseline: 0 → 7 in [5, 10] is achieved", () => {
    const t = assessIndicator(band, [b(2020, 7)], { asOf: 2021 }).targets[0];
    expect(t?.targetValue).toBe(5);
    near(t && ok(t.distanceShare).raw, 1.4); // 7/5
    expect(t && ok(t.distanceShare).achieved).toBe(true);
    expect(t && ok(t.milestone).milestone).toBe("achieved-on-time");
  });
  it("12 overshoots the band: not achieved, and the milestone is missed", () => {
    const t = assessIndicator(band, [b(2020, 12)], { asOf: 2021 }).targets[0];
    expect(t && ok(t.distanceShare).achieved).toBe(false);
    expect(t && ok(t.milestone).milestone).toBe("missed");
  });
  it("breaks down by reporting organisation with dimension 'unitId'", () => {
    const r = assessByDimension(
      band,
      [b(2019, 2, "u1"), b(2020, 6, "u1"), b(2019, 1, "u2"), b(2020, 3, "u2")],
      { asOf: 2021, dimension: "unitId" },
    );
    expect(Object.keys(r.groups)).toEqual(["u1", "u2"]);
    const gap = ok(r.gap);
    expect(gap.absolute).toBe(3); // 6 − 3 in 2020
    expect(ok(gap.trend).absolute).toBe("widening"); // 1 (2019) → 3 (2020)
  });
});

describe("bad arguments", () => {
  it("a bad asOf throws INVALID_ARGUMENT with the path asOf", () => {
    for (const asOf of ["2021-13", "2021-02-30", 2021.5, "June 2021"] as const) {
      try {
        assessIndicator(indicator, [], { asOf: asOf as never });
        expect.unreachable();
      } catch (e) {
        expect(e instanceof CastPlanError && e.code).toBe("INVALID_ARGUMENT");
        expect(e instanceof CastPlanError && e.issues[0]?.path).toEqual(["asOf"]);
      }
    }
  });
  it("computeOkrProgress refuses a negative weight with its path", () => {
    try {
      computeOkrProgress([
        { start: 0, target: 1, current: 0.5 },
        { start: 0, target: 1, current: 0.5, weight: -1 },
      ]);
      expect.unreachable();
    } catch (e) {
      expect(e instanceof CastPlanError && e.code).toBe("INVALID_WEIGHTS");
      expect(e instanceof CastPlanError && e.issues[0]?.path).toEqual([1, "weight"]);
    }
  });
});
