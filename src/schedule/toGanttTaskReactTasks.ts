import { dayNumber, isoFromDayNumber } from "../dates/dayNumbers.js";
import type { GanttItem } from "./GanttItem.js";

/**
 * A task in the shape of gantt-task-react's `Task`, with ISO strings where it expects `Date`s.
 *
 * @example
 * ```ts
 * import { toGanttTaskReactTasks } from "cast-plan";
 * toGanttTaskReactTasks([{ id: "a", name: "A", start: "2021-01-04", finish: "2021-01-08" }])[0]?.end // => "2021-01-09"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface GanttTaskReactTask {
  /** The id. */
  readonly id: string;
  /** `task`, `milestone` or `project` (a summary). */
  readonly type: "task" | "milestone" | "project";
  /** The name. */
  readonly name: string;
  /** The start day, `YYYY-MM-DD`; convert with `new Date(start + "T00:00:00")`. */
  readonly start: string;
  /** The exclusive end day, `YYYY-MM-DD` (the day after the finish; a milestone: its own day). */
  readonly end: string;
  /** The progress, 0–100. */
  readonly progress: number;
  /** The predecessor ids. */
  readonly dependencies: string[];
  /** The id of the project (summary) the task belongs to. */
  readonly project?: string | undefined;
  /** The display order, 1-based. */
  readonly displayOrder: number;
}

/**
 * Converts Gantt items to gantt-task-react tasks, keeping dates as ISO strings.
 *
 * @remarks
 * gantt-task-react's `Task` (https://github.com/MaTeMaTuK/gantt-task-react, `src/types/public-types.ts`)
 * wants `start` and `end` as `Date`. This library never creates `Date`s; the consumer converts each
 * with `new Date(\`${day}T00:00:00\`)` (local midnight). `end` is exclusive — midnight after the
 * finish — so a bar covers its last day; a milestone's `end` equals its `start`.
 *
 * @param items - The items.
 * @returns The tasks, in the same order.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { toGanttTaskReactTasks } from "cast-plan";
 * toGanttTaskReactTasks([{ id: "g", name: "Goal", start: "2020-12-31", finish: "2020-12-31", milestone: true }])[0]
 * // => { id: "g", type: "milestone", name: "Goal", start: "2020-12-31", end: "2020-12-31", progress: 0, dependencies: [], displayOrder: 1 }
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function toGanttTaskReactTasks(items: readonly GanttItem[]): GanttTaskReactTask[] {
  return items.map((item, i) => {
    const task: GanttTaskReactTask = {
      id: item.id,
      type: item.milestone ? "milestone" : item.summary ? "project" : "task",
      name: item.name,
      start: item.start,
      end: item.milestone ? item.start : isoFromDayNumber(dayNumber(item.finish) + 1),
      progress: item.progress ?? 0,
      dependencies: [...(item.dependencies ?? [])],
      displayOrder: i + 1,
    };
    return item.parentId !== undefined ? { ...task, project: item.parentId } : task;
  });
}
