import type { PlanSkeleton, ScheduleEvent } from "./SkeletonTypes.js";
import { requireIsoDay } from "./workdays/calendar.js";

/**
 * Finds the first evaluation event due strictly after a date.
 *
 * @param skeleton - A skeleton from {@link generatePlanSkeleton}.
 * @param date - The date, `YYYY-MM-DD` (the `asOf` day).
 * @returns The next evaluation, or `undefined` when none is due after the date.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for an invalid date.
 *
 * @example
 * ```ts
 * import { findNextEvaluation, generatePlanSkeleton } from "cast-plan";
 * const plan = { id: "p", kind: "outline" as const, title: { en: "P" }, issuer: "I", period: { start: 2021, end: 2025 }, items: [], phases: [], assignments: [],
 *   cadences: [{ id: "c", activity: "evaluation" as const, kind: "periodic" as const, label: "E", cycleYears: 5, occurrences: 2, alignedWith: "national-five-year-plan" as const }] };
 * findNextEvaluation(generatePlanSkeleton({ plans: [plan] }, "p"), "2023-06-30")?.due // => "2025-12-31"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function findNextEvaluation(
  skeleton: PlanSkeleton,
  date: string,
): ScheduleEvent | undefined {
  requireIsoDay("findNextEvaluation", date, ["date"]);
  return skeleton.events.find((e) => e.activity === "evaluation" && e.due > date);
}
