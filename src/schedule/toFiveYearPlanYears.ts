import { invalidArgument } from "./workdays/calendar.js";

/**
 * Returns the first and last year of national five-year plan `n` (n ≥ 3): `[1951 + 5n, 1955 + 5n]`.
 *
 * @param n - The plan number, an integer ≥ 3.
 * @returns The first and last year, inclusive.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for a non-integer or a number below 3.
 *
 * @example
 * ```ts
 * import { toFiveYearPlanYears } from "cast-plan";
 * toFiveYearPlanYears(15) // => { start: 2026, end: 2030 }
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function toFiveYearPlanYears(n: number): { start: number; end: number } {
  if (!Number.isInteger(n) || n < 3) {
    invalidArgument(
      "toFiveYearPlanYears",
      ["n"],
      "five-year-plan-number",
      `plan number ${n} is not an integer ≥ 3`,
    );
  }
  return { start: 1951 + 5 * n, end: 1955 + 5 * n };
}
