import { dayNumber } from "../dates/dayNumbers.js";
import type { PlanSkeleton, SkeletonPhase } from "./SkeletonTypes.js";
import { toFiveYearPlanNumber } from "./toFiveYearPlanNumber.js";
import { requireIsoDay } from "./workdays/calendar.js";

/**
 * The result of {@link findPhasesAt}.
 *
 * @example
 * ```ts
 * const at = { phases: [], fiveYearPlan: 14 };
 * at.fiveYearPlan // => 14
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface PhasesAt {
  /** The phases containing the date (steps, implementation phases, then the annual work plan). */
  readonly phases: readonly SkeletonPhase[];
  /** The national five-year plan containing the date; `undefined` before 1966. */
  readonly fiveYearPlan: number | undefined;
}

/**
 * Finds the phases of a skeleton that contain a date, and the national five-year plan.
 *
 * @param skeleton - A skeleton from {@link generatePlanSkeleton}.
 * @param date - The date, `YYYY-MM-DD`.
 * @returns The containing phases (empty outside the plan period) and the five-year plan number.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` for an invalid date.
 *
 * @example
 * ```ts
 * import { findPhasesAt, generatePlanSkeleton } from "cast-plan";
 * const plan = { id: "p", kind: "outline" as const, title: { en: "P" }, issuer: "I", period: { start: 2021, end: 2030 }, items: [], phases: [], cadences: [], assignments: [] };
 * const at = findPhasesAt(generatePlanSkeleton({ plans: [plan] }, "p"), "2027-05-01");
 * at.phases.map((p) => p.id) // => ["p.fyp15", "p.annual.2027"]
 * at.fiveYearPlan // => 15
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function findPhasesAt(skeleton: PlanSkeleton, date: string): PhasesAt {
  const day = requireIsoDay("findPhasesAt", date, ["date"]);
  const year = Number(date.slice(0, 4));
  const inside = (p: SkeletonPhase) => dayNumber(p.start) <= day && day <= dayNumber(p.end);
  return {
    phases: [...skeleton.phases.filter(inside), ...skeleton.annualPlans.filter(inside)],
    fiveYearPlan: year >= 1966 ? toFiveYearPlanNumber(year) : undefined,
  };
}
