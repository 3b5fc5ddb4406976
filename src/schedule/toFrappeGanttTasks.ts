import type { GanttItem } from "./GanttItem.js";

/**
 * A task in the shape frappe-gantt accepts.
 *
 * @example
 * ```ts
 * import { toFrappeGanttTasks } from "cast-plan";
 * toFrappeGanttTasks([{ id: "a", name: "A", start: "2021-01-04", finish: "2021-01-08" }])[0]?.end // => "2021-01-08"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface FrappeGanttTask {
  /** The id. */
  readonly id: string;
  /** The name. */
  readonly name: string;
  /** The start, `YYYY-MM-DD`. */
  readonly start: string;
  /** The inclusive finish, `YYYY-MM-DD` (frappe-gantt extends a date-only end to the end of that day). */
  readonly end: string;
  /** The progress, 0–100. */
  readonly progress: number;
  /** The predecessor ids, comma-separated (`"a, b"`). */
  readonly dependencies: string;
  /** CSS classes: `is-milestone`, `is-critical`, `is-summary`. */
  readonly custom_class?: string | undefined;
}

/**
 * Converts Gantt items to frappe-gantt tasks (`{ id, name, start, end, progress, dependencies }`).
 *
 * @remarks
 * frappe-gantt (https://github.com/frappe/gantt) parses `start`/`end` date strings itself and
 * treats a date-only `end` as the whole day, so `end` is the inclusive finish. Only finish-to-start
 * arrows are drawn; link types and lags are not part of its model.
 *
 * @param items - The items.
 * @returns The tasks, in the same order.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { toFrappeGanttTasks } from "cast-plan";
 * toFrappeGanttTasks([{ id: "b", name: "B", start: "2021-01-04", finish: "2021-01-04", dependencies: ["a", "c"], progress: 50 }])[0]
 * // => { id: "b", name: "B", start: "2021-01-04", end: "2021-01-04", progress: 50, dependencies: "a, c" }
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function toFrappeGanttTasks(items: readonly GanttItem[]): FrappeGanttTask[] {
  return items.map((item) => {
    const classes = [
      item.milestone ? "is-milestone" : "",
      item.critical ? "is-critical" : "",
      item.summary ? "is-summary" : "",
    ].filter(Boolean);
    const task: FrappeGanttTask = {
      id: item.id,
      name: item.name,
      start: item.start,
      end: item.finish,
      progress: item.progress ?? 0,
      dependencies: (item.dependencies ?? []).join(", "),
    };
    return classes.length > 0 ? { ...task, custom_class: classes.join(" ") } : task;
  });
}
