// Shared test helpers of the evaluation tests.
import { expect } from "vitest";
import { CastPlanError, type DecisionMatrix } from "../../src/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

/** The CastPlanError `fn` throws; fails the test when it throws nothing or something else. */
export function thrown(fn: () => unknown): CastPlanError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CastPlanError) return error;
    throw error;
  }
  throw new Error("expected a CastPlanError");
}

/** Asserts that every number anywhere in `value` is finite (no NaN, no Infinity). */
export function expectAllFinite(value: unknown): void {
  if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
  else if (Array.isArray(value)) for (const item of value) expectAllFinite(item);
  else if (value !== null && typeof value === "object")
    for (const item of Object.values(value)) expectAllFinite(item);
}

/**
 * The decision matrix of schedule-evaluation.md §B3.5: four units, x1 coverage (+), x2 output
 * (+), x3 unit cost (−); the reference's weights are (0.5, 0.3, 0.2).
 */
export const B35: DecisionMatrix = deepFreeze({
  units: ["U1", "U2", "U3", "U4"],
  indicators: [
    { id: "x1", direction: "increase" },
    { id: "x2", direction: "increase" },
    { id: "x3", direction: "decrease" },
  ],
  values: [
    [40, 12, 50],
    [55, 30, 20],
    [70, 18, 35],
    [85, 24, 80],
  ],
});
