import type { WorkingCalendarOptions } from "./WorkingCalendarOptions.js";

/**
 * A task to schedule with {@link scheduleTasks}.
 *
 * @remarks
 * A task that another task names as `parentId` is a summary task: its dates are the earliest
 * child start and the latest child finish; it takes no links and its `duration` is ignored.
 *
 * @example
 * ```ts
 * const task = { id: "A", duration: 3 };
 * task.duration // => 3
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface ScheduleTask {
  /** The task's id, unique among the tasks. */
  readonly id: string;
  /** The task's name, for exports; defaults to the id. */
  readonly name?: string | undefined;
  /** The duration: working days, or calendar days when `calendarDays` is true; 0 for a milestone. */
  readonly duration?: number | undefined;
  /** `auto` (default) takes its start from the forward pass; `manual` keeps `start`. */
  readonly mode?: "auto" | "manual" | undefined;
  /** The start of a manual task, `YYYY-MM-DD` (snapped forward to a working day). */
  readonly start?: string | undefined;
  /** Start no earlier than this day, `YYYY-MM-DD`. */
  readonly earliestStart?: string | undefined;
  /** Finish no later than this day (inclusive), `YYYY-MM-DD`; may make float negative. */
  readonly deadline?: string | undefined;
  /** `true` counts the duration in calendar days (OpenProject's "Working days only" off). */
  readonly calendarDays?: boolean | undefined;
  /** The id of the summary task this task belongs to. */
  readonly parentId?: string | undefined;
  /**
   * The id of the plan item (task, project, action…) this task delivers; carried to the result.
   * @since 0.2.0
   */
  readonly itemId?: string | undefined;
  /**
   * The id of the assignment this task delivers; carried to the result.
   * @since 0.2.0
   */
  readonly assignmentId?: string | undefined;
}

/**
 * A dependency between two tasks: a lower bound on the successor (MS Project ASAP semantics).
 *
 * @example
 * ```ts
 * const link = { predecessorId: "A", successorId: "C", type: "SS", lag: 1 };
 * link.type // => "SS"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface ScheduleLink {
  /** The id of the predecessor. */
  readonly predecessorId: string;
  /** The id of the successor. */
  readonly successorId: string;
  /** The link type; default `FS`. */
  readonly type?: "FS" | "SS" | "FF" | "SF" | undefined;
  /** The lag; negative for a lead; default 0. Working and calendar days must be integers. */
  readonly lag?: number | undefined;
  /** `wd` working days (default), `cd` calendar days, `%` percent of the predecessor's duration. */
  readonly lagUnit?: "wd" | "cd" | "%" | undefined;
}

/**
 * Options of {@link scheduleTasks}.
 *
 * @example
 * ```ts
 * const options = { start: "2021-03-01", criticalThreshold: 0 };
 * options.start // => "2021-03-01"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface ScheduleOptions {
  /** The plan start, `YYYY-MM-DD`: working-day offset 0 is the first working day on or after it. */
  readonly start: string;
  /** The working-day calendar; Monday–Friday when omitted. */
  readonly calendar?: WorkingCalendarOptions | undefined;
  /** A task is critical when its total float is at most this many working days; default 0. */
  readonly criticalThreshold?: number | undefined;
}

/**
 * One scheduled task. Offsets are working days from the plan start, half-open `[earlyStart,
 * earlyFinish)`; dates are shown inclusive.
 *
 * @example
 * ```ts
 * import { scheduleTasks } from "cast-plan";
 * const task = scheduleTasks([{ id: "A", duration: 3 }], [], { start: "2021-03-01" }).tasks[0];
 * task?.finish // => "2021-03-03"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface ScheduledTask {
  /** The task's id. */
  readonly id: string;
  /** The task's name (the id when none was given). */
  readonly name: string;
  /** The id of its summary task, if any. */
  readonly parentId: string | undefined;
  /**
   * The plan item the task delivers, as given.
   * @since 0.2.0
   */
  readonly itemId: string | undefined;
  /**
   * The assignment the task delivers, as given.
   * @since 0.2.0
   */
  readonly assignmentId: string | undefined;
  /** Whether this is a summary task. */
  readonly summary: boolean;
  /** Whether this task is a milestone (duration 0). */
  readonly milestone: boolean;
  /** The effective duration in working days. */
  readonly duration: number;
  /** The early start offset (ES). */
  readonly earlyStart: number;
  /** The early finish offset (EF = ES + duration, exclusive). */
  readonly earlyFinish: number;
  /** The late start offset (LS). */
  readonly lateStart: number;
  /** The late finish offset (LF, exclusive). */
  readonly lateFinish: number;
  /** The total float, LS − ES; negative when manual dates or deadlines conflict with the logic. */
  readonly totalFloat: number;
  /** The free float: the smallest link free float, capped at the total float. */
  readonly freeFloat: number;
  /** Whether the total float is at most the critical threshold. */
  readonly critical: boolean;
  /** The start date, `YYYY-MM-DD`. */
  readonly start: string;
  /**
   * The inclusive finish date, `YYYY-MM-DD`. A milestone driven by a predecessor is shown at the
   * end of the previous working day (MS Project style); one pinned by `earliestStart` or a manual
   * `start` keeps that day (snapped forward to a working day), as does one at the plan start.
   */
  readonly finish: string;
  /** The late start date, `YYYY-MM-DD`. */
  readonly lateStartDate: string;
  /** The inclusive late finish date, `YYYY-MM-DD`. */
  readonly lateFinishDate: string;
}

/**
 * A link whose bound a manual task's date breaks (reported, not enforced).
 *
 * @example
 * ```ts
 * const v = { linkIndex: 0, predecessorId: "A", successorId: "B", by: 2 };
 * v.by // => 2
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface LinkViolation {
  /** The index of the link in the input. */
  readonly linkIndex: number;
  /** The predecessor's id. */
  readonly predecessorId: string;
  /** The successor's id. */
  readonly successorId: string;
  /** By how many working days the bound is broken. */
  readonly by: number;
}

/**
 * The result of {@link scheduleTasks}.
 *
 * @example
 * ```ts
 * import { scheduleTasks } from "cast-plan";
 * scheduleTasks([{ id: "A", duration: 3 }], [], { start: "2021-03-01" }).projectFinish // => 3
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface ScheduleResult {
  /** The tasks in input order. */
  readonly tasks: ScheduledTask[];
  /** The project finish offset (the largest early finish, at least 0). */
  readonly projectFinish: number;
  /** The inclusive project finish date (the plan start when nothing has duration). */
  readonly finishDate: string;
  /** The ids of the critical tasks, in input order. */
  readonly criticalTaskIds: string[];
  /** The longest path: driving links traced back from the task that finishes last. */
  readonly criticalPath: string[];
  /** The links that manual dates violate. */
  readonly violations: LinkViolation[];
}
