// Shared test helpers for the progress tests.
import { expect } from "vitest";
import type { ProgressOutcome } from "../../src/index.js";

/** Asserts |actual − expected| ≤ tolerance (1e-6 for ratios by default, per progress-methods.md). */
export function near(actual: number | undefined, expected: number, tolerance = 1e-6): void {
  expect(actual).toBeTypeOf("number");
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(tolerance);
}

/** Narrows a result to measured, failing the test otherwise. */
export function ok<T>(result: ProgressOutcome<T>): T & { warnings: readonly { code: string }[] } {
  if (result.status !== "measured")
    throw new Error(`expected a measured result, got ${result.reason}: ${result.message}`);
  return result as T & { warnings: readonly { code: string }[] };
}

/** Every number reachable in a value is finite. */
export function allFinite(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => allFinite(v, `${path}[${i}]`));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => allFinite(v, `${path}.${k}`));
  return [];
}
