import type { GanttItem } from "./GanttItem.js";
import type { ScheduleLink, ScheduleResult } from "./ScheduleTypes.js";

/**
 * Turns a schedule into exportable Gantt items: early dates, critical flags and dependencies.
 *
 * @param result - A result of {@link scheduleTasks}.
 * @param links - The links used, to fill `dependencies` (predecessor ids); omit for none.
 * @returns One item per task, in input order.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { scheduleTasks, toGanttItems } from "cast-plan";
 * const links = [{ predecessorId: "A", successorId: "B" }];
 * const result = scheduleTasks([{ id: "A", duration: 2 }, { id: "B", duration: 1 }], links, { start: "2021-03-01" });
 * toGanttItems(result, links)[1] // => { id: "B", name: "B", start: "2021-03-03", finish: "2021-03-03", milestone: false, summary: false, critical: true, dependencies: ["A"], parentId: undefined }
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function toGanttItems(
  result: ScheduleResult,
  links: readonly ScheduleLink[] = [],
): GanttItem[] {
  return result.tasks.map((t) => ({
    id: t.id,
    name: t.name,
    start: t.start,
    finish: t.finish,
    milestone: t.milestone,
    summary: t.summary,
    critical: t.critical,
    dependencies: links.filter((l) => l.successorId === t.id).map((l) => l.predecessorId),
    parentId: t.parentId,
  }));
}
