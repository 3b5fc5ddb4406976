// Properties of the series methods (issue 16): order independence, scale invariance of the
// ratio-based categories, the mirror (negate the values, flip the direction), each method's
// all-negative rule, and the logit projection on irregular years against the mean-of-slopes
// formula computed here. Seeded by test/setup.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessProgress,
  PROGRESS_METHODS,
  type ProgressDirection,
  type ProgressSeries,
  projectSeries,
} from "../../src/index.js";

const arbDirection = fc.constantFrom<ProgressDirection>("increase", "decrease");

/** 2–7 distinct integer years in 1990–2024 and positive values (1–1000, two decimals). */
const arbPositiveSeries = fc
  .uniqueArray(fc.integer({ min: 1990, max: 2024 }), { minLength: 2, maxLength: 7 })
  .chain((years) =>
    fc.record({
      years: fc.constant(years),
      values: fc.array(
        fc.integer({ min: 100, max: 100_000 }).map((v) => v / 100),
        { minLength: years.length, maxLength: years.length },
      ),
      direction: arbDirection,
      target: fc.record({
        value: fc.integer({ min: 100, max: 100_000 }).map((v) => v / 100),
        year: fc.integer({ min: 2025, max: 2040 }),
      }),
    }),
  );

const arbK = fc.double({ min: 0.01, max: 100, noNaN: true });

function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function relClose(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe("series methods: properties", () => {
  it("results do not depend on the order of the observations", () => {
    fc.assert(
      fc.property(arbPositiveSeries, fc.nat(), (series, seed) => {
        const order = shuffle(
          series.years.map((_, i) => i),
          seed,
        );
        const shuffled: ProgressSeries = {
          ...series,
          years: order.map((i) => series.years[i] ?? 0),
          values: order.map((i) => series.values[i] ?? 0),
        };
        for (const method of PROGRESS_METHODS)
          expect(assessProgress(shuffled, { method })).toEqual(assessProgress(series, { method }));
        expect(assessProgress(shuffled, { method: "escap", projection: "linear" })).toEqual(
          assessProgress(series, { method: "escap", projection: "linear" }),
        );
      }),
    );
  });

  it("ratio-based values and categories are invariant when values and target scale by k > 0", () => {
    fc.assert(
      fc.property(arbPositiveSeries, arbK, (series, k) => {
        const scaled: ProgressSeries = {
          ...series,
          values: series.values.map((v) => v * k),
          target: { value: series.target.value * k, year: series.target.year },
        };
        const noTarget = { ...series, target: undefined };
        const noTargetScaled = { ...scaled, target: undefined };
        for (const method of ["escap", "eurostat", "statcan", "unsd", "dns"] as const) {
          for (const [a, b] of [
            [series, scaled],
            [noTarget, noTargetScaled],
          ] as const) {
            const r = assessProgress(a, { method });
            const s = assessProgress(b, { method });
            expect(s.status).toBe(r.status);
            if (r.status !== "measured" || s.status !== "measured") continue;
            expect(relClose(s.value, r.value)).toBe(true);
            expect(s.category).toBe(r.category);
            expect(s.achieved).toBe(r.achieved);
          }
        }
      }),
    );
  });

  it("negating the values and flipping the direction mirrors StatCan, DNS and linear ESCAP", () => {
    fc.assert(
      fc.property(arbPositiveSeries, (series) => {
        const mirrored: ProgressSeries = {
          years: series.years,
          values: series.values.map((v) => -v),
          direction: series.direction === "increase" ? "decrease" : "increase",
          target: { value: -series.target.value, year: series.target.year },
        };
        for (const options of [
          { method: "statcan" },
          { method: "dns" },
          { method: "escap", projection: "linear" },
          { method: "escap", projection: "weighted-linear" },
        ] as const) {
          const r = assessProgress(series, options);
          const m = assessProgress(mirrored, options);
          expect(m.status).toBe(r.status);
          if (r.status !== "measured" || m.status !== "measured") continue;
          expect(relClose(m.value, r.value)).toBe(true);
          expect(m.category).toBe(r.category);
          expect(m.achieved).toBe(r.achieved);
        }
      }),
    );
  });

  it("all-negative series: Eurostat and UNSD unmeasurable, ESCAP-CAGR anticipated unmeasurable, StatCan flips", () => {
    fc.assert(
      fc.property(arbPositiveSeries, (series) => {
        const negative: ProgressSeries = {
          ...series,
          values: series.values.map((v) => -v),
          target: undefined,
        };
        const eurostat = assessProgress(negative, { method: "eurostat" });
        expect(eurostat.status === "unmeasurable" && eurostat.reason).toBe(
          "invalid-for-growth-rate",
        );
        const unsd = assessProgress(negative, { method: "unsd" });
        expect(unsd.status === "unmeasurable" && unsd.reason).toBe("invalid-for-growth-rate");
        const withTarget = { ...negative, target: { value: -1, year: 2040 } };
        const escap = assessProgress(withTarget, { method: "escap" });
        if (escap.status === "measured") {
          expect(escap.anticipated.status === "unmeasurable" && escap.anticipated.reason).toBe(
            "invalid-for-growth-rate",
          );
          expect(escap.category).toBe("insufficient-data");
        }
        // StatCan: −y with direction d is assessed as y with direction −d
        const flipped: ProgressSeries = {
          ...series,
          target: undefined,
          direction: series.direction === "increase" ? "decrease" : "increase",
        };
        const a = assessProgress(negative, { method: "statcan" });
        const b = assessProgress(flipped, { method: "statcan" });
        expect(a.status).toBe("measured");
        if (a.status === "measured" && b.status === "measured") {
          expect(relClose(a.value, b.value)).toBe(true);
          expect(a.category).toBe(b.category);
        }
      }),
    );
  });

  it("logit on irregular years equals the mean of the per-interval logit slopes", () => {
    const arb = fc
      .uniqueArray(fc.integer({ min: 1990, max: 2024 }), { minLength: 2, maxLength: 7 })
      .map((ys) => [...ys].sort((a, b) => a - b))
      .chain((years) =>
        fc.record({
          years: fc.constant(years),
          values: fc.array(
            fc.integer({ min: 1, max: 9999 }).map((v) => v / 100),
            { minLength: years.length, maxLength: years.length },
          ),
          targetYear: fc.integer({ min: 2025, max: 2040 }),
        }),
      );
    fc.assert(
      fc.property(arb, ({ years, values, targetYear }) => {
        const L = values.map((v) => Math.log(v / 100 / (1 - v / 100)));
        let sum = 0;
        for (let i = 1; i < years.length; i++)
          sum += ((L[i] ?? 0) - (L[i - 1] ?? 0)) / ((years[i] ?? 0) - (years[i - 1] ?? 0));
        const slope = sum / (years.length - 1);
        const last = years.length - 1;
        const l = (L[last] ?? 0) + slope * (targetYear - (years[last] ?? 0));
        const expected = 100 / (1 + Math.exp(-l));
        const p = projectSeries(years, values, { kind: "logit", targetYear });
        expect(p.status).toBe("measured");
        if (p.status !== "measured") return;
        expect(Math.abs(p.rate - slope)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(slope)));
        expect(Math.abs(p.projected - expected)).toBeLessThanOrEqual(1e-7);
      }),
    );
  });
});
