// Property tests: order independence, monotonicity, mirrored decrease indicators, no NaN, and
// inputs never mutated.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessByDimension,
  assessIndicator,
  type Indicator,
  type Observation,
  PROJECTION_KINDS,
} from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { allFinite } from "./helpers.js";

const make = (
  direction: "increase" | "decrease",
  base: number,
  targets: [number, number],
): Indicator => ({
  id: "x",
  name: { en: "X" },
  measure: "unit",
  unit: "u",
  direction,
  aggregation: "none",
  dimensions: [],
  baselines: [{ period: 2010, value: base }],
  targets: [
    {
      id: "t1",
      deadline: 2020,
      comparator: direction === "increase" ? ">" : "<",
      value: targets[0],
    },
    { id: "t2", deadline: 2030, comparator: "=", value: targets[1] },
  ],
  measures: [],
  references: [],
});
const series = fc
  .uniqueArray(fc.integer({ min: 2011, max: 2026 }), { minLength: 1, maxLength: 10 })
  .chain((years) =>
    fc.tuple(
      fc.constant(years),
      fc.array(fc.integer({ min: 1, max: 500 }), {
        minLength: years.length,
        maxLength: years.length,
      }),
    ),
  );
const toObservations = (years: number[], values: number[]): Observation[] =>
  years.map((period, i) => ({ indicatorId: "x", period, value: values[i] ?? 0, status: "final" }));

describe("progress properties", () => {
  it("the order of observations never changes a result", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 0, max: 1000 }), ([years, values], seed) => {
        const observations = toObservations(years, values);
        const shuffled = [...observations].sort(
          (a, b) =>
            ((Number(a.period) * 7919 + seed) % 101) - ((Number(b.period) * 7919 + seed) % 101),
        );
        const indicator = make("increase", 100, [200, 300]);
        expect(assessIndicator(indicator, shuffled, { asOf: 2026 })).toEqual(
          assessIndicator(indicator, observations, { asOf: 2026 }),
        );
      }),
    );
  });

  it("for an increase indicator a higher latest value never lowers progress", () => {
    fc.assert(
      fc.property(series, fc.integer({ min: 1, max: 300 }), ([years, values], bump) => {
        const indicator = make("increase", 100, [200, 300]);
        const lower = assessIndicator(indicator, toObservations(years, values), { asOf: 2026 });
        const last = years.indexOf(Math.max(...years));
        const higherValues = values.map((v, i) => (i === last ? v + bump : v));
        const higher = assessIndicator(indicator, toObservations(years, higherValues), {
          asOf: 2026,
        });
        lower.targets.forEach((t, k) => {
          const h = higher.targets[k];
          if (t.distanceShare.status === "measured" && h?.distanceShare.status === "measured") {
            expect(h.distanceShare.raw).toBeGreaterThanOrEqual(t.distanceShare.raw);
            expect(h.distanceShare.clamped).toBeGreaterThanOrEqual(t.distanceShare.clamped);
          }
          const a = t.escap.status === "measured" ? t.escap.anticipated : undefined;
          const b = h?.escap.status === "measured" ? h.escap.anticipated : undefined;
          if (a?.status === "measured" && b?.status === "measured")
            expect(b.share).toBeGreaterThanOrEqual(a.share - 1e-9);
        });
      }),
    );
  });

  it("a mirrored decrease indicator gives mirrored results", () => {
    const C = 1000;
    fc.assert(
      fc.property(series, ([years, values]) => {
        const up = assessIndicator(
          make("increase", 100, [200, 300]),
          toObservations(years, values),
          { asOf: 2026 },
        );
        const down = assessIndicator(
          make("decrease", C - 100, [C - 200, C - 300]),
          toObservations(
            years,
            values.map((v) => C - v),
          ),
          { asOf: 2026 },
        );
        up.targets.forEach((t, k) => {
          const m = down.targets[k];
          const mm = m?.milestone.status === "measured" ? m.milestone : undefined;
          const tm = t.milestone.status === "measured" ? t.milestone : undefined;
          expect(mm?.milestone).toBe(tm?.milestone);
          expect(mm?.firstMetYear).toBe(tm?.firstMetYear);
          expect(mm?.metNow).toBe(tm?.metNow);
          if (t.distanceShare.status === "measured" && m?.distanceShare.status === "measured")
            expect(m.distanceShare.raw).toBeCloseTo(t.distanceShare.raw, 9);
          else expect(m?.distanceShare.status).toBe(t.distanceShare.status);
          expect(m?.pace.status).toBe(t.pace.status);
          for (const kind of ["linear", "weighted-linear", "average-annual-change"] as const) {
            const a = t.anticipated?.[kind];
            const b = m?.anticipated?.[kind];
            if (a?.status === "measured" && b?.status === "measured")
              expect(b.share).toBeCloseTo(a.share, 6);
            else expect(b?.status).toBe(a?.status);
          }
        });
      }),
    );
  });

  it("no number in any result is NaN or infinite, whatever the finite series", () => {
    const value = fc.oneof(
      fc.constantFrom(0, -0, 1, -1, 100),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 2000, max: 2040 }), { maxLength: 8 }),
        fc.array(value, { minLength: 8, maxLength: 8 }),
        fc.tuple(value, value, value),
        fc.constantFrom("increase", "decrease") as fc.Arbitrary<"increase" | "decrease">,
        (years, values, [base, t1, t2], direction) => {
          const indicator = deepFreeze({
            ...make(direction, base, [t1, t2]),
            naturalLimits: { min: -1e6, max: 1e6 },
          });
          const observations = deepFreeze(toObservations(years, values));
          const r = assessIndicator(indicator, observations, {
            asOf: 2041,
            projections: PROJECTION_KINDS,
          });
          expect(allFinite(r)).toEqual([]);
        },
      ),
    );
  });

  it("group gaps are finite and inputs stay frozen", () => {
    fc.assert(
      fc.property(series, series, ([ya, va], [yb, vb]) => {
        const indicator = deepFreeze({
          ...make("increase", 100, [200, 300]),
          baselines: [],
          dimensions: [{ name: "area", values: ["urban", "rural"] }],
        });
        const observations = deepFreeze([
          ...toObservations(ya, va).map((o) => ({ ...o, dimensions: { area: "urban" } })),
          ...toObservations(yb, vb).map((o) => ({ ...o, dimensions: { area: "rural" } })),
        ]);
        const r = assessByDimension(indicator, observations, { asOf: 2026, dimension: "area" });
        expect(allFinite(r)).toEqual([]);
        expect(Object.keys(r.groups)).toEqual(["rural", "urban"]);
      }),
    );
  });
});
