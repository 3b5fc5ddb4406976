// Shared test helpers of the evaluation tests.
import { expect } from "vitest";
import { CastPlanError } from "../../src/index.js";

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
