import { invalidArgument } from "./workdays/calendar.js";

/**
 * Returns the number of China's national five-year plan that contains `year`:
 * `n(y) = floor((y − 1951)/5)`, for years from 1966 (the 3rd plan) on.
 *
 * @remarks
 * The 1st plan was 1953–57 and the 2nd 1958–62; 1963–65 was an adjustment period, so the
 * regular rhythm starts with the 3rd plan in 1966. Plan n spans `[1951 + 5n, 1955 + 5n]`
 * (reference §A2.9, derived arithmetic).
 *
 * @param year - The year, an integer ≥ 1966.
 * @returns The plan number (14 for 2021–2025).
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for a non-integer year or one before 1966.
 *
 * @example
 * ```ts
 * import { toFiveYearPlanNumber } from "cast-plan";
 * toFiveYearPlanNumber(2018) // => 13
 * toFiveYearPlanNumber(2021) // => 14
 * toFiveYearPlanNumber(2050) // => 19
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function toFiveYearPlanNumber(year: number): number {
  if (!Number.isInteger(year) || year < 1966) {
    invalidArgument(
      "toFiveYearPlanNumber",
      ["year"],
      "five-year-plan-year",
      `year ${year} is not an integer from 1966 on`,
    );
  }
  return Math.floor((year - 1951) / 5);
}
