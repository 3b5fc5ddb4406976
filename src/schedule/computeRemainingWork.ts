import { invalidArgument } from "./workdays/calendar.js";

/**
 * Returns the remaining work of a status-based task: `work × (1 − percentComplete/100)`.
 *
 * @remarks
 * OpenProject status-based progress (https://www.openproject.org/docs/user-guide/time-and-costs/progress-tracking/).
 *
 * @param work - The work, non-negative.
 * @param percentComplete - The percentage of the status, 0–100.
 * @returns The remaining work.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for a negative work or a percentage outside 0–100.
 *
 * @example
 * ```ts
 * import { computeRemainingWork } from "cast-plan";
 * computeRemainingWork(20, 25) // => 15
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function computeRemainingWork(work: number, percentComplete: number): number {
  const fn = "computeRemainingWork";
  if (!Number.isFinite(work) || work < 0)
    invalidArgument(fn, ["work"], "non-negative", `work ${work} is negative or not finite`);
  if (!Number.isFinite(percentComplete) || percentComplete < 0 || percentComplete > 100) {
    invalidArgument(
      fn,
      ["percentComplete"],
      "percent",
      `percentComplete ${percentComplete} is not in 0–100`,
    );
  }
  return work * (1 - percentComplete / 100);
}
