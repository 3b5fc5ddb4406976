import { CastPlanError } from "../errors/CastPlanError.js";
import { computeEarnedValue, type EarnedValueResult } from "./computeEarnedValue.js";
import type { ScheduleResult } from "./ScheduleTypes.js";
import type { WorkingCalendarOptions } from "./WorkingCalendarOptions.js";
import { buildCalendar, invalidArgument, requireIsoDay } from "./workdays/calendar.js";

/**
 * The progress of one task at the status date, for {@link earnedValueAt}.
 *
 * @example
 * ```ts
 * const progress = { percentComplete: 20, actualCost: 500 };
 * progress.percentComplete // => 20
 * ```
 *
 * @category Scheduling
 * @since 0.2.0
 */
export interface TaskProgress {
  /** The percent complete, 0–100; a budgeted task without it counts as 0 % done. */
  readonly percentComplete?: number | undefined;
  /** The actual cost to date, in the budgets' unit. */
  readonly actualCost?: number | undefined;
}

/**
 * Options of {@link earnedValueAt}.
 *
 * @example
 * ```ts
 * const options = { curve: "s-curve" as const };
 * options.curve // => "s-curve"
 * ```
 *
 * @category Scheduling
 * @since 0.2.0
 */
export interface EarnedValueAtOptions {
  /** The working-day calendar the schedule was computed with; Monday–Friday when omitted. */
  readonly calendar?: WorkingCalendarOptions | undefined;
  /**
   * How a task's budget is spread over its working days: `linear` (default), the same share each
   * day; `s-curve`, the smoothstep `3x² − 2x³` of the elapsed share x (slow start and finish).
   */
  readonly curve?: "linear" | "s-curve" | undefined;
}

/**
 * One task's figures at the status date.
 *
 * @example
 * ```ts
 * const t = { id: "B", itemId: undefined, assignmentId: undefined, budget: 2000, elapsedShare: 0.3, plannedValue: 600, earnedValue: 400, actualCost: 500 };
 * t.plannedValue // => 600
 * ```
 *
 * @category Scheduling
 * @since 0.2.0
 */
export interface TaskEarnedValue {
  /** The task's id. */
  readonly id: string;
  /** The plan item it delivers, from the schedule. */
  readonly itemId: string | undefined;
  /** The assignment it delivers, from the schedule. */
  readonly assignmentId: string | undefined;
  /** Its budget (BAC of the task). */
  readonly budget: number;
  /** The share of its working days on or before the status date, 0–1. */
  readonly elapsedShare: number;
  /** PV: the budget times the curve at the elapsed share. */
  readonly plannedValue: number;
  /** EV: the budget times percent complete / 100. */
  readonly earnedValue: number;
  /** AC, when given. */
  readonly actualCost: number | undefined;
}

/**
 * The result of {@link earnedValueAt}: the plan's figures (those of {@link computeEarnedValue})
 * plus the status date and the per-task figures.
 *
 * @example
 * ```ts
 * import { earnedValueAt, scheduleTasks } from "cast-plan";
 * const schedule = scheduleTasks([{ id: "A", duration: 4 }], [], { start: "2024-03-04" });
 * earnedValueAt(schedule, { A: 100 }, {}, "2024-03-05").plannedValue // => 50
 * ```
 *
 * @category Scheduling
 * @since 0.2.0
 */
export interface EarnedValueAtResult extends EarnedValueResult {
  /** The status date, `YYYY-MM-DD`. */
  readonly statusDate: string;
  /** The budgeted tasks, in schedule order. */
  readonly tasks: TaskEarnedValue[];
}

/**
 * Earned value at a status date from a schedule: planned value from each task's budget spread over
 * its working days, earned value from percent complete, actual cost as given, and the indices of
 * {@link computeEarnedValue}.
 *
 * @remarks
 * A task of `d` working days starting on `start` has, at the status date, an elapsed share
 * `x = (working days in [start, statusDate]) / d`, clamped to 0–1 (the status date's own day
 * counts as done: status is at the end of the day). Its PV is `budget × x` (`linear`) or
 * `budget × (3x² − 2x³)` (`s-curve`). A milestone's PV is its whole budget from its date on. EV is
 * `budget × percentComplete / 100` (0 without progress); AC is the sum of the actual costs given
 * (undefined when none is). BAC is the sum of the budgets. Budgets and progress are keyed by task
 * id; to budget plan items, map them through the tasks' `itemId`/`assignmentId`. Summary tasks
 * take no budget (budget their children). Sources: PMI PMBOK Guide, earned value management (the
 * performance measurement baseline as the time-phased budget); MS Project's BCWS.
 *
 * @param schedule - A result of {@link scheduleTasks}.
 * @param budgets - The budget of each task, by task id; tasks without one are left out.
 * @param progress - Percent complete and actual cost by task id; `{}` for none.
 * @param statusDate - The status date, `YYYY-MM-DD`.
 * @param options - The schedule's calendar and the spreading curve.
 * @returns BAC, PV, EV, AC and the figures of {@link computeEarnedValue}, with per-task figures.
 * @throws {@link CastPlanError} `UNKNOWN_ID` for a budget or progress naming no task;
 *   `INVALID_ARGUMENT` for an invalid status date, a budget on a summary task, a negative or
 *   non-finite budget or cost, or a percent complete outside 0–100.
 *
 * @example
 * ```ts
 * import { earnedValueAt, scheduleTasks } from "cast-plan";
 * const schedule = scheduleTasks(
 *   [{ id: "A", duration: 5 }, { id: "B", duration: 10 }],
 *   [{ predecessorId: "A", successorId: "B" }],
 *   { start: "2024-03-04" },
 * );
 * const ev = earnedValueAt(schedule, { A: 1000, B: 2000 }, { A: { percentComplete: 100, actualCost: 1100 }, B: { percentComplete: 20, actualCost: 500 } }, "2024-03-13");
 * ev.plannedValue // => 1600
 * ev.earnedValue // => 1400
 * ev.schedulePerformanceIndex // ~> 0.875
 * ```
 *
 * @category Scheduling
 * @since 0.2.0
 */
export function earnedValueAt(
  schedule: ScheduleResult,
  budgets: Readonly<Record<string, number>>,
  progress: Readonly<Record<string, TaskProgress>>,
  statusDate: string,
  options: EarnedValueAtOptions = {},
): EarnedValueAtResult {
  const fn = "earnedValueAt";
  const status = requireIsoDay(fn, statusDate, ["statusDate"]);
  const curve = options.curve ?? "linear";
  if (curve !== "linear" && curve !== "s-curve") {
    invalidArgument(
      fn,
      ["options", "curve"],
      "curve",
      `curve ${String(curve)} is not linear or s-curve`,
    );
  }
  const byId = new Map(schedule.tasks.map((t) => [t.id, t]));
  for (const [key, record] of [
    ["budgets", budgets],
    ["progress", progress],
  ] as const) {
    for (const id of Object.keys(record)) {
      if (!byId.has(id)) {
        throw new CastPlanError("UNKNOWN_ID", `${fn}: no task has id '${id}'`, [
          { path: [key, id], rule: "reference", message: `no task has id '${id}'` },
        ]);
      }
    }
  }
  // Anchored the day after the status date: −offsetOf(day) counts the working days in [day, status].
  const cal = buildCalendar(fn, status + 1, options.calendar);
  const tasks: TaskEarnedValue[] = [];
  let bac = 0;
  let pv = 0;
  let ev = 0;
  let ac: number | undefined;
  for (const t of schedule.tasks) {
    const budget = budgets[t.id];
    const p = progress[t.id];
    if (p?.actualCost !== undefined) {
      requireAmount(fn, ["progress", t.id, "actualCost"], p.actualCost);
      ac = (ac ?? 0) + p.actualCost;
    }
    if (budget === undefined) continue;
    requireAmount(fn, ["budgets", t.id], budget);
    if (t.summary) {
      invalidArgument(
        fn,
        ["budgets", t.id],
        "summary-budget",
        `task '${t.id}' is a summary: budget its children`,
      );
    }
    const pct = p?.percentComplete ?? 0;
    if (!Number.isFinite(pct) || pct < 0 || pct > 100) {
      invalidArgument(
        fn,
        ["progress", t.id, "percentComplete"],
        "percent",
        `percent complete ${pct} is not within 0–100`,
      );
    }
    const start = requireIsoDay(fn, t.start, ["schedule", "tasks", t.id, "start"]);
    let x: number;
    if (t.duration <= 0) x = start <= status ? 1 : 0;
    else x = start > status ? 0 : Math.min(1, -cal.offsetOf(start) / t.duration);
    const share = curve === "linear" ? x : x * x * (3 - 2 * x);
    const plannedValue = budget * share;
    const earnedValue = (budget * pct) / 100;
    bac += budget;
    pv += plannedValue;
    ev += earnedValue;
    tasks.push({
      id: t.id,
      itemId: t.itemId,
      assignmentId: t.assignmentId,
      budget,
      elapsedShare: x,
      plannedValue,
      earnedValue,
      actualCost: p?.actualCost,
    });
  }
  const figures = computeEarnedValue({
    budgetAtCompletion: bac,
    plannedValue: pv,
    earnedValue: ev,
    actualCost: ac,
  });
  return { ...figures, statusDate, tasks };
}

/** Throws INVALID_ARGUMENT unless `value` is a finite number ≥ 0. */
function requireAmount(fn: string, path: (string | number)[], value: number): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    invalidArgument(fn, path, "non-negative", `${String(value)} is negative or not finite`);
  }
}
