// Result building for scheduleTasks (private to src/schedule): a working-day offset → ISO date
// lookup for the plan's range, and the roll-up of summary tasks from their children.

import { isoFromDayNumber } from "../../dates/dayNumbers.js";
import type { ScheduledTask, ScheduleTask } from "../ScheduleTypes.js";
import type { WorkCalendar } from "../workdays/calendar.js";

/** ISO date strings of working-day offsets and of day numbers, each formatted once. */
export interface IsoLookup {
  /** The `YYYY-MM-DD` of working-day offset `k`. */
  ofOffset(k: number): string;
  /** The `YYYY-MM-DD` of day number `day`. */
  ofDay(day: number): string;
}

/**
 * Builds the lookup. Offsets 0…`projectFinish` (where nearly all dates fall) use an array filled
 * on first use, unless that range is far larger than the task count; other offsets and day
 * numbers use Maps.
 */
export function createIsoLookup(
  calendar: WorkCalendar,
  projectFinish: number,
  taskCount: number,
): IsoLookup {
  const size = projectFinish + 1 <= 2 * taskCount + 1024 ? projectFinish + 1 : 0;
  const table: string[] = new Array<string>(size).fill("");
  const byOffset = new Map<number, string>();
  const byDay = new Map<number, string>();
  const ofOffset = (k: number): string => {
    if (k >= 0 && k < size) {
      let text = table[k] as string;
      if (text === "") {
        text = isoFromDayNumber(calendar.dayOf(k));
        table[k] = text;
      }
      return text;
    }
    let text = byOffset.get(k);
    if (text === undefined) {
      text = isoFromDayNumber(calendar.dayOf(k));
      byOffset.set(k, text);
    }
    return text;
  };
  const ofDay = (day: number): string => {
    let text = byDay.get(day);
    if (text === undefined) {
      text = isoFromDayNumber(day);
      byDay.set(day, text);
    }
    return text;
  };
  return { ofOffset, ofDay };
}

/**
 * Fills `out[i]` for summary task `i` (and, first, for its summary children): the earliest child
 * start and latest child finish, the smallest floats. Leaf results must already be in `out`.
 */
export function summarize(
  tasks: readonly ScheduleTask[],
  children: ReadonlyMap<number, number[]>,
  out: ScheduledTask[],
  i: number,
  threshold: number,
): ScheduledTask {
  const kids = children.get(i) ?? [];
  let es = Number.POSITIVE_INFINITY;
  let ef = Number.NEGATIVE_INFINITY;
  let ls = Number.POSITIVE_INFINITY;
  let lf = Number.NEGATIVE_INFINITY;
  let tf = Number.POSITIVE_INFINITY;
  let ff = Number.POSITIVE_INFINITY;
  let start = "";
  let finish = "";
  let lateStartDate = "";
  let lateFinishDate = "";
  for (let k = 0; k < kids.length; k++) {
    const c = kids[k] as number;
    const kid = out[c] ?? summarize(tasks, children, out, c, threshold);
    if (kid.earlyStart < es) es = kid.earlyStart;
    if (kid.earlyFinish > ef) ef = kid.earlyFinish;
    if (kid.lateStart < ls) ls = kid.lateStart;
    if (kid.lateFinish > lf) lf = kid.lateFinish;
    if (kid.totalFloat < tf) tf = kid.totalFloat;
    if (kid.freeFloat < ff) ff = kid.freeFloat;
    if (k === 0 || kid.start < start) start = kid.start;
    if (k === 0 || kid.finish > finish) finish = kid.finish;
    if (k === 0 || kid.lateStartDate < lateStartDate) lateStartDate = kid.lateStartDate;
    if (k === 0 || kid.lateFinishDate > lateFinishDate) lateFinishDate = kid.lateFinishDate;
  }
  const t = tasks[i] as ScheduleTask;
  const summary: ScheduledTask = {
    id: t.id,
    name: t.name ?? t.id,
    parentId: t.parentId,
    itemId: t.itemId,
    assignmentId: t.assignmentId,
    summary: true,
    milestone: false,
    duration: ef - es,
    earlyStart: es,
    earlyFinish: ef,
    lateStart: ls,
    lateFinish: lf,
    totalFloat: tf,
    freeFloat: ff,
    critical: tf <= threshold,
    start,
    finish,
    lateStartDate,
    lateFinishDate,
  };
  out[i] = summary;
  return summary;
}
