import { isCalendarPoint } from "../period/calendar.js";
import type { Period } from "../schemas/primitives.js";
import { firstDay, lastDay } from "./skeleton/cadence.js";
import { invalidArgument, requireIsoDay } from "./workdays/calendar.js";

/**
 * Returns the share of a phase or step that has elapsed by the end of `asOf`: the days in
 * `[start, asOf]` over the days in `[start, end]`, clamped to 0–1.
 *
 * @remarks
 * `asOf` counts as elapsed (end of day), so the share is 1 on the last day and 0 the day before
 * the start. Calendar days, not working days; a year or month covers all its days.
 *
 * @param period - The span, `{ start, end }` inclusive (years, `YYYY-MM` or dates), or a skeleton phase.
 * @param asOf - The day, `YYYY-MM-DD`.
 * @returns The elapsed share, 0–1.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for an invalid date or an end before the start.
 *
 * @example
 * ```ts
 * import { computeElapsedShare } from "cast-plan";
 * computeElapsedShare({ start: 2021, end: 2025 }, "2023-07-02") // ~> 0.5
 * computeElapsedShare({ start: 2021, end: 2025 }, "2020-12-31") // => 0
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function computeElapsedShare(period: Pick<Period, "start" | "end">, asOf: string): number {
  const fn = "computeElapsedShare";
  const day = requireIsoDay(fn, asOf, ["asOf"]);
  for (const key of ["start", "end"] as const) {
    if (!isCalendarPoint(period?.[key])) {
      invalidArgument(
        fn,
        ["period", key],
        "calendar-value",
        `${JSON.stringify(period?.[key])} is not a calendar value`,
      );
    }
  }
  const s = firstDay(period.start);
  const e = lastDay(period.end);
  if (e < s) invalidArgument(fn, ["period", "end"], "order", "the period ends before it starts");
  const elapsed = Math.min(Math.max(day - s + 1, 0), e - s + 1);
  return elapsed / (e - s + 1);
}
