import { isoFromDayNumber } from "../_lib/calendar.js";
import { invalidArgument } from "../_lib/schedule-calendar.js";
import { runCpm, traceLongestPath } from "../_lib/schedule-cpm.js";
import { buildNetwork } from "../_lib/schedule-network.js";
import { CastPlanError } from "../errors/CastPlanError.js";
import type {
  LinkViolation,
  ScheduledTask,
  ScheduleLink,
  ScheduleOptions,
  ScheduleResult,
  ScheduleTask,
} from "./ScheduleTypes.js";

/**
 * Schedules tasks with the critical path method: forward and backward passes over FS/SS/FF/SF
 * links with lag or lead, total and free float, the critical tasks and the longest path.
 *
 * @remarks
 * Offsets are integer working days from the plan start; a task occupies `[ES, EF)` with
 * `EF = ES + d`. Forward: `ES = max(0, earliestStart, link bounds)` where FS gives
 * `ES_s ≥ EF_p + L`, SS `ES_s ≥ ES_p + L`, FF `EF_s ≥ EF_p + L`, SF `EF_s ≥ ES_p + L`. Backward:
 * `LF = min(project finish, deadline, link bounds)`, `LS = LF − d`. Total float `LS − ES`; free
 * float the smallest link free float (a task without successors: project finish − EF), capped at
 * the total float. Manual tasks keep their start; links they break are reported in `violations`.
 * A `%` lag is `round(pct/100 × d_p)` (half away from zero); a `cd` lag converts to the working
 * days it spans from its anchor; calendar-day tasks convert their duration at their early start.
 * Sources: PMI-style CPM (https://www.freepmptests.com/formulas/critical-path-method-pmp.html);
 * MS Project Total/Free Slack fields (https://support.microsoft.com/office/total-slack-task-field).
 *
 * @param tasks - The tasks; summary tasks are those named as some task's `parentId`.
 * @param links - The dependencies, as lower bounds on successors.
 * @param options - The plan start, calendar and critical threshold.
 * @returns The scheduled tasks in input order, the project finish, critical tasks, longest path and violations.
 * @throws {@link CastPlanError} `DEPENDENCY_CYCLE` naming the cycle's task ids in order;
 * `DUPLICATE_ID`, `UNKNOWN_ID`, or `INVALID_ARGUMENT` (bad dates, durations, lags, links to summaries).
 *
 * @example
 * ```ts
 * import { scheduleTasks } from "cast-plan";
 * const result = scheduleTasks(
 *   [{ id: "A", duration: 3 }, { id: "B", duration: 4 }, { id: "C", duration: 2 }],
 *   [{ predecessorId: "A", successorId: "B" }, { predecessorId: "A", successorId: "C", type: "SS", lag: 1 }],
 *   { start: "2021-03-01" },
 * );
 * result.projectFinish // => 7
 * result.criticalPath // => ["A", "B"]
 * result.tasks[2]?.totalFloat // => 4
 * ```
 *
 * @category Scheduling
 * @since 0.1.0
 */
export function scheduleTasks(
  tasks: readonly ScheduleTask[],
  links: readonly ScheduleLink[],
  options: ScheduleOptions,
): ScheduleResult {
  const fn = "scheduleTasks";
  const threshold = options?.criticalThreshold ?? 0;
  if (!Number.isFinite(threshold)) {
    invalidArgument(
      fn,
      ["options", "criticalThreshold"],
      "finite",
      "criticalThreshold is not finite",
    );
  }
  const built = buildNetwork(fn, tasks, links, options);
  const { network, calendar, leafIndex, nodeOf, children } = built;
  const cpm = runCpm(network);
  if (cpm.cycle) {
    const ids = cpm.cycle.map((node) => (tasks[leafIndex[node] as number] as ScheduleTask).id);
    const text = [...ids, ids[0]].join(" → ");
    const first = links.findIndex(
      (l) => l.predecessorId === ids[0] && l.successorId === (ids[1] ?? ids[0]),
    );
    throw new CastPlanError("DEPENDENCY_CYCLE", `${fn}: dependency cycle ${text}`, [
      { path: ["links", Math.max(first, 0)], rule: "cycle", message: `dependency cycle ${text}` },
    ]);
  }
  const startDay = (k: number): number => calendar.dayOf(k);
  // Many tasks share offsets: format each day once.
  const isoCache = new Map<number, string>();
  const isoOf = (day: number): string => {
    let text = isoCache.get(day);
    if (text === undefined) {
      text = isoFromDayNumber(day);
      isoCache.set(day, text);
    }
    return text;
  };
  const finishDay = (k: number, ef: number, node: number): number => {
    if (ef === k) return calendar.dayOf(k > 0 ? k - 1 : 0);
    if (network.calendarDuration?.[node] === 1) {
      return calendar.dayOf(k) + (network.duration[node] as number) - 1;
    }
    return calendar.dayOf(ef - 1);
  };
  const out: ScheduledTask[] = new Array(tasks.length);
  const make = (i: number): ScheduledTask => {
    const t = tasks[i] as ScheduleTask;
    const node = nodeOf[i] as number;
    if (node >= 0) {
      const es = cpm.es[node] as number;
      const ef = cpm.ef[node] as number;
      const ls = cpm.ls[node] as number;
      const lf = cpm.lf[node] as number;
      const tf = cpm.totalFloat[node] as number;
      return {
        id: t.id,
        name: t.name ?? t.id,
        parentId: t.parentId,
        summary: false,
        milestone: ef === es,
        duration: ef - es,
        earlyStart: es,
        earlyFinish: ef,
        lateStart: ls,
        lateFinish: lf,
        totalFloat: tf,
        freeFloat: cpm.freeFloat[node] as number,
        critical: tf <= threshold,
        start: isoOf(ef === es ? finishDay(es, ef, node) : startDay(es)),
        finish: isoOf(finishDay(es, ef, node)),
        lateStartDate: isoOf(lf === ls ? finishDay(ls, lf, node) : startDay(ls)),
        lateFinishDate: isoOf(finishDay(ls, lf, node)),
      };
    }
    const kids = (children.get(i) ?? []).map((c) => out[c] ?? make(c));
    const pick = (f: (k: ScheduledTask) => number, g: (a: number, b: number) => number) =>
      kids.map(f).reduce((a, b) => g(a, b));
    const es = pick((k) => k.earlyStart, Math.min);
    const ef = pick((k) => k.earlyFinish, Math.max);
    const ls = pick((k) => k.lateStart, Math.min);
    const lf = pick((k) => k.lateFinish, Math.max);
    const tf = pick((k) => k.totalFloat, Math.min);
    const byDate = (f: (k: ScheduledTask) => string, latest: boolean) =>
      kids.map(f).reduce((a, b) => (b > a === latest ? b : a));
    const summary: ScheduledTask = {
      id: t.id,
      name: t.name ?? t.id,
      parentId: t.parentId,
      summary: true,
      milestone: false,
      duration: ef - es,
      earlyStart: es,
      earlyFinish: ef,
      lateStart: ls,
      lateFinish: lf,
      totalFloat: tf,
      freeFloat: pick((k) => k.freeFloat, Math.min),
      critical: tf <= threshold,
      start: byDate((k) => k.start, false),
      finish: byDate((k) => k.finish, true),
      lateStartDate: byDate((k) => k.lateStartDate, false),
      lateFinishDate: byDate((k) => k.lateFinishDate, true),
    };
    out[i] = summary;
    return summary;
  };
  for (let i = 0; i < tasks.length; i++) out[i] = out[i] ?? make(i);
  const violations: LinkViolation[] = [];
  links.forEach((link, l) => {
    const x = cpm.linkFloat[l] as number;
    if (x < 0) {
      violations.push({
        linkIndex: l,
        predecessorId: link.predecessorId,
        successorId: link.successorId,
        by: -x,
      });
    }
  });
  const path = traceLongestPath(network, cpm).map(
    (node) => (tasks[leafIndex[node] as number] as ScheduleTask).id,
  );
  const finishDate =
    cpm.projectFinish > 0
      ? isoFromDayNumber(calendar.dayOf(cpm.projectFinish - 1))
      : isoFromDayNumber(calendar.dayOf(0));
  return {
    tasks: out,
    projectFinish: cpm.projectFinish,
    finishDate,
    criticalTaskIds: out.filter((t) => t.critical).map((t) => t.id),
    criticalPath: path,
    violations,
  };
}
