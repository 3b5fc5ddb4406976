/**
 * One bar or milestone to export with {@link toMermaidGantt}, {@link toICalendar},
 * {@link toFrappeGanttTasks} or {@link toGanttTaskReactTasks}. Dates are inclusive ISO days;
 * exporters convert to each format's end convention.
 *
 * @example
 * ```ts
 * import { toGanttItems, scheduleTasks } from "cast-plan";
 * const items = toGanttItems(scheduleTasks([{ id: "A", duration: 3 }], [], { start: "2021-03-01" }));
 * items[0]?.finish // => "2021-03-03"
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export interface GanttItem {
  /** The item's id (sanitised by exporters that restrict ids). */
  readonly id: string;
  /** The name shown. */
  readonly name: string;
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The last day (inclusive), `YYYY-MM-DD`; for a milestone, its day. */
  readonly finish: string;
  /** Whether the item is a milestone (a point in time). */
  readonly milestone?: boolean | undefined;
  /** Whether the item is a summary (a project bar in gantt-task-react). */
  readonly summary?: boolean | undefined;
  /** The percent complete, 0–100. */
  readonly progress?: number | undefined;
  /** The ids of the items this one depends on (finish-to-start arrows). */
  readonly dependencies?: readonly string[] | undefined;
  /** The id of the summary this item belongs to. */
  readonly parentId?: string | undefined;
  /** Whether the item is critical (Mermaid `crit`). */
  readonly critical?: boolean | undefined;
  /** Whether the item is done (Mermaid `done`). */
  readonly done?: boolean | undefined;
  /** Whether the item is in progress (Mermaid `active`). */
  readonly active?: boolean | undefined;
  /** The section (Mermaid) the item belongs to. */
  readonly section?: string | undefined;
  /** A longer description (iCalendar `DESCRIPTION`). */
  readonly description?: string | undefined;
  /** The entity kind, used as the iCalendar UID prefix: `<kind>-<id>@<domain>`. */
  readonly kind?: string | undefined;
}
