import { daysFromCivil } from "../dates/dayNumbers.js";
import { CastPlanError } from "../errors/CastPlanError.js";
import type { Plan } from "../schemas/plan.js";
import { firstDay, lastDay, yearOf } from "./skeleton/cadence.js";

/**
 * One unit's workload in one year, from {@link computeUnitWorkload}.
 *
 * @example
 * ```ts
 * const w = { unitId: "u1", year: 2019, lead: 1, support: 0, effort: 12 };
 * w.effort // => 12
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface UnitWorkload {
  /** The unit's id. */
  readonly unitId: string;
  /** The year. */
  readonly year: number;
  /** The number of lead assignments active in the year. */
  readonly lead: number;
  /** The number of support assignments active in the year. */
  readonly support: number;
  /** The effort falling in the year: each assignment's effort split over its days. */
  readonly effort: number;
}

/**
 * Computes the workload per unit per year from a plan's assignments.
 *
 * @remarks
 * An assignment is active in every year its `period` (default: the plan period) touches. Its
 * `effort` is split over the years in proportion to the calendar days of its period in each year.
 * Assignments without effort count in `lead`/`support` only.
 *
 * @param plan - The plan.
 * @returns The rows, ordered by unit id then year; only years with an active assignment.
 * @throws {@link CastPlanError} `INVALID_ARGUMENT` when an assignment period ends before it starts.
 *
 * @example
 * ```ts
 * import { computeUnitWorkload } from "cast-plan";
 * const plan = { id: "p", kind: "action-plan" as const, title: { en: "P" }, issuer: "I", period: { start: 2018, end: 2019 }, items: [], phases: [], cadences: [],
 *   assignments: [{ id: "a1", itemId: "t1", unitId: "u1", role: "lead" as const, effort: 730, period: { start: 2018, end: 2019 } }] };
 * computeUnitWorkload(plan).map((w) => [w.year, w.effort]) // => [[2018, 365], [2019, 365]]
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function computeUnitWorkload(plan: Plan): UnitWorkload[] {
  const rows = new Map<
    string,
    { unitId: string; year: number; lead: number; support: number; effort: number }
  >();
  plan.assignments.forEach((a, i) => {
    const period = a.period ?? plan.period;
    const s = firstDay(period.start);
    const e = lastDay(period.end);
    if (e < s) {
      throw new CastPlanError(
        "INVALID_ARGUMENT",
        `computeUnitWorkload: assignment '${a.id}' ends before it starts`,
        [
          {
            path: ["assignments", i, "period"],
            rule: "order",
            message: "the period ends before it starts",
          },
        ],
      );
    }
    const total = e - s + 1;
    for (let y = yearOf(period.start); y <= yearOf(period.end); y++) {
      const ys = Math.max(s, daysFromCivil(y, 1, 1));
      const ye = Math.min(e, daysFromCivil(y, 12, 31));
      if (ye < ys) continue;
      const key = `${a.unitId}\u0000${y}`;
      const row = rows.get(key) ?? { unitId: a.unitId, year: y, lead: 0, support: 0, effort: 0 };
      if (a.role === "lead") row.lead++;
      else row.support++;
      row.effort += a.effort === undefined ? 0 : (a.effort * (ye - ys + 1)) / total;
      rows.set(key, row);
    }
  });
  return [...rows.values()].sort((a, b) =>
    a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.year - b.year,
  );
}
