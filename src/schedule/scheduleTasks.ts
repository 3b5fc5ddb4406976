import { CastPlanError } from "../errors/CastPlanError.js";
import { type BuiltNetwork, buildNetwork } from "./cpm/network.js";
import { createIsoLookup, type IsoLookup, summarize } from "./cpm/results.js";
import { type CpmResult, runCpm, traceLongestPath } from "./cpm/solve.js";
import type {
  LinkViolation,
  ScheduledTask,
  ScheduleLink,
  ScheduleOptions,
  ScheduleResult,
  ScheduleTask,
} from "./ScheduleTypes.js";
import { invalidArgument } from "./workdays/calendar.js";

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
  const threshold = requireCriticalThreshold(fn, options);
  const built = buildNetwork(fn, tasks, links, options);
  const { network, calendar, leafIndex, children } = built;
  const cpm = runCpm(network);
  if (cpm.cycle) throwDependencyCycle(fn, tasks, links, leafIndex, cpm.cycle);
  const iso = createIsoLookup(calendar, cpm.projectFinish, tasks.length);
  const out = scheduleLeafTasks(tasks, built, cpm, iso, threshold);
  if (children.size > 0) {
    for (let i = 0; i < tasks.length; i++) {
      if (out[i] === undefined) summarize(tasks, children, out, i, threshold);
    }
  }
  const criticalTaskIds = listCriticalTaskIds(out);
  const violations = findViolations(links, cpm.linkFloat);
  const criticalPath = idsOfNodes(tasks, leafIndex, traceLongestPath(network, cpm));
  const finishDate = iso.ofOffset(cpm.projectFinish > 0 ? cpm.projectFinish - 1 : 0);
  return {
    tasks: out,
    projectFinish: cpm.projectFinish,
    finishDate,
    criticalTaskIds,
    criticalPath,
    violations,
  };
}

/** The critical threshold (default 0); throws unless it is finite. */
function requireCriticalThreshold(fn: string, options: ScheduleOptions): number {
  const threshold = options?.criticalThreshold ?? 0;
  if (!Number.isFinite(threshold)) {
    invalidArgument(
      fn,
      ["options", "criticalThreshold"],
      "finite",
      "criticalThreshold is not finite",
    );
  }
  return threshold;
}

/** Throws DEPENDENCY_CYCLE naming the cycle's tasks, at the link from its first to its second. */
function throwDependencyCycle(
  fn: string,
  tasks: readonly ScheduleTask[],
  links: readonly ScheduleLink[],
  leafIndex: Int32Array,
  cycle: readonly number[],
): never {
  const ids = cycle.map((node) => (tasks[leafIndex[node] as number] as ScheduleTask).id);
  const text = [...ids, ids[0]].join(" → ");
  const first = links.findIndex(
    (l) => l.predecessorId === ids[0] && l.successorId === (ids[1] ?? ids[0]),
  );
  throw new CastPlanError("DEPENDENCY_CYCLE", `${fn}: dependency cycle ${text}`, [
    { path: ["links", Math.max(first, 0)], rule: "cycle", message: `dependency cycle ${text}` },
  ]);
}

/** The results of the leaf tasks at their input indexes; summary tasks' entries stay empty. */
function scheduleLeafTasks(
  tasks: readonly ScheduleTask[],
  built: BuiltNetwork,
  cpm: CpmResult,
  iso: IsoLookup,
  threshold: number,
): ScheduledTask[] {
  const { nodeOf } = built;
  const count = tasks.length;
  const out: ScheduledTask[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const node = nodeOf[i] as number;
    if (node < 0) continue;
    const t = tasks[i] as ScheduleTask;
    const es = cpm.es[node] as number;
    const ef = cpm.ef[node] as number;
    const ls = cpm.ls[node] as number;
    const lf = cpm.lf[node] as number;
    const tf = cpm.totalFloat[node] as number;
    const pinned = ef === es && isPinned(built, node, es);
    const finish = pinned ? iso.ofOffset(es) : finishText(built, iso, es, ef, node);
    const lateFinishDate = pinned ? iso.ofOffset(ls) : finishText(built, iso, ls, lf, node);
    out[i] = {
      id: t.id,
      name: t.name ?? t.id,
      parentId: t.parentId,
      itemId: t.itemId,
      assignmentId: t.assignmentId,
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
      start: ef === es ? finish : iso.ofOffset(es),
      finish,
      lateStartDate: lf === ls ? lateFinishDate : iso.ofOffset(ls),
      lateFinishDate,
    };
  }
  return out;
}

/**
 * Whether milestone `node` sits where its own date puts it: a manual start, or an earliest start
 * that is its early start. Such a milestone is shown on that day (the start of working day `es`),
 * not at the end of the previous working day as a milestone driven by a predecessor's finish is.
 */
function isPinned(built: BuiltNetwork, node: number, es: number): boolean {
  const { fixedStart, minStart } = built.network;
  if (fixedStart !== undefined && fixedStart[node] === es) return true;
  return (
    built.pinnedStart !== undefined && built.pinnedStart[node] === 1 && minStart?.[node] === es
  );
}

/** The inclusive finish date of a task occupying offsets [k, e) (a milestone: the day before k). */
function finishText(
  built: BuiltNetwork,
  iso: IsoLookup,
  k: number,
  e: number,
  node: number,
): string {
  if (e === k) return iso.ofOffset(k > 0 ? k - 1 : 0);
  const { calendarDuration, duration: nominal } = built.network;
  if (calendarDuration !== undefined && calendarDuration[node] === 1) {
    return iso.ofDay(built.calendar.dayOf(k) + (nominal[node] as number) - 1);
  }
  return iso.ofOffset(e - 1);
}

/** The ids of the critical tasks, summaries included, in input order. */
function listCriticalTaskIds(out: readonly ScheduledTask[]): string[] {
  const criticalTaskIds: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const task = out[i] as ScheduledTask;
    if (task.critical) criticalTaskIds.push(task.id);
  }
  return criticalTaskIds;
}

/** The links a manual task breaks (negative link float), with the working days they miss by. */
function findViolations(links: readonly ScheduleLink[], linkFloat: Int32Array): LinkViolation[] {
  const violations: LinkViolation[] = [];
  for (let l = 0; l < linkFloat.length; l++) {
    const x = linkFloat[l] as number;
    if (x < 0) {
      const link = links[l] as ScheduleLink;
      violations.push({
        linkIndex: l,
        predecessorId: link.predecessorId,
        successorId: link.successorId,
        by: -x,
      });
    }
  }
  return violations;
}

/** The task ids of network nodes. */
function idsOfNodes(
  tasks: readonly ScheduleTask[],
  leafIndex: Int32Array,
  nodes: readonly number[],
): string[] {
  const ids: string[] = new Array(nodes.length);
  for (let k = 0; k < nodes.length; k++) {
    ids[k] = (tasks[leafIndex[nodes[k] as number] as number] as ScheduleTask).id;
  }
  return ids;
}
