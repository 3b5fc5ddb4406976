// Validates task and link inputs and builds the typed-array network for runCpm.
import { CastPlanError } from "../errors/CastPlanError.js";
import type { ScheduleLink, ScheduleOptions, ScheduleTask } from "../schedule/ScheduleTypes.js";
import {
  buildCalendar,
  invalidArgument,
  requireIsoDay,
  type WorkCalendar,
} from "./schedule-calendar.js";
import { type CpmNetwork, FF, FS, NO_LIMIT, NONE, SF, SS } from "./schedule-cpm.js";

const TYPE_CODE: Record<string, number> = { FS, SS, FF, SF };

/** The network plus the index maps needed to read results back. */
export interface BuiltNetwork {
  readonly network: CpmNetwork;
  readonly calendar: WorkCalendar;
  /** Input index of each network node (leaf tasks only). */
  readonly leafIndex: number[];
  /** Network node of each input task, or -1 for summary tasks. */
  readonly nodeOf: Int32Array;
  /** Children (input indexes) of the summary tasks. */
  readonly children: ReadonlyMap<number, number[]>;
}

/** Validates the inputs and builds the network; throws CastPlanError on bad input. */
export function buildNetwork(
  fn: string,
  tasks: readonly ScheduleTask[],
  links: readonly ScheduleLink[],
  options: ScheduleOptions,
): BuiltNetwork {
  const origin = requireIsoDay(fn, options?.start, ["options", "start"]);
  const calendar = buildCalendar(fn, origin, options.calendar);
  const index = new Map<string, number>();
  tasks.forEach((t, i) => {
    if (typeof t?.id !== "string" || t.id.length === 0) {
      invalidArgument(fn, ["tasks", i, "id"], "id", "a task needs a non-empty string id");
    }
    if (index.has(t.id)) {
      throw new CastPlanError("DUPLICATE_ID", `${fn}: task id '${t.id}' is used twice`, [
        { path: ["tasks", i, "id"], rule: "unique-id", message: `task id '${t.id}' is used twice` },
      ]);
    }
    index.set(t.id, i);
  });
  const unknown = (path: (string | number)[], id: string): never => {
    throw new CastPlanError("UNKNOWN_ID", `${fn}: no task has id '${id}'`, [
      { path, rule: "reference", message: `no task has id '${id}'` },
    ]);
  };
  // Children only for tasks that have some (most tasks are leaves).
  const childMap = new Map<number, number[]>();
  for (let i = 0; i < tasks.length; i++) {
    const parentId = (tasks[i] as ScheduleTask).parentId;
    if (parentId === undefined) continue;
    const p = index.get(parentId);
    if (p === undefined) unknown(["tasks", i, "parentId"], parentId);
    else {
      const list = childMap.get(p);
      if (list) list.push(i);
      else childMap.set(p, [i]);
    }
  }
  // Parent cycles: walk up from each task.
  tasks.forEach((t, i) => {
    if (t.parentId === undefined) return;
    let steps = 0;
    let p: string | undefined = t.parentId;
    while (p !== undefined) {
      if (++steps > tasks.length) {
        throw new CastPlanError("DEPENDENCY_CYCLE", `${fn}: task '${t.id}' is its own ancestor`, [
          {
            path: ["tasks", i, "parentId"],
            rule: "cycle",
            message: `task '${t.id}' is its own ancestor`,
          },
        ]);
      }
      p = tasks[index.get(p) as number]?.parentId;
    }
  });
  const nodeOf = new Int32Array(tasks.length).fill(-1);
  const leafIndex: number[] = [];
  for (let i = 0; i < tasks.length; i++) {
    if (!childMap.has(i)) {
      nodeOf[i] = leafIndex.length;
      leafIndex.push(i);
    }
  }
  const n = leafIndex.length;
  const duration = new Int32Array(n);
  const minStart = new Int32Array(n);
  const fixedStart = new Int32Array(n).fill(NONE);
  const maxFinish = new Int32Array(n).fill(NO_LIMIT);
  const calendarDuration = new Uint8Array(n);
  leafIndex.forEach((i, node) => {
    const t = tasks[i] as ScheduleTask;
    const d = t.duration ?? 0;
    if (!Number.isInteger(d) || d < 0) {
      invalidArgument(
        fn,
        ["tasks", i, "duration"],
        "non-negative-integer",
        `duration ${d} of task '${t.id}' is not a non-negative integer`,
      );
    }
    duration[node] = d;
    if (t.calendarDays === true) calendarDuration[node] = 1;
    if (t.earliestStart !== undefined) {
      minStart[node] = Math.max(
        0,
        calendar.offsetOf(requireIsoDay(fn, t.earliestStart, ["tasks", i, "earliestStart"])),
      );
    }
    if (t.mode === "manual") {
      if (t.start === undefined) {
        invalidArgument(
          fn,
          ["tasks", i, "start"],
          "manual-start",
          `manual task '${t.id}' needs a start`,
        );
      }
      fixedStart[node] = calendar.offsetOf(requireIsoDay(fn, t.start, ["tasks", i, "start"]));
    }
    if (t.deadline !== undefined) {
      maxFinish[node] = calendar.offsetOf(
        requireIsoDay(fn, t.deadline, ["tasks", i, "deadline"]) + 1,
      );
    }
  });
  const m = links.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const type = new Uint8Array(m);
  const lag = new Int32Array(m);
  const lagKind = new Uint8Array(m);
  const lagValue = new Float64Array(m);
  let needsCalendar = calendarDuration.includes(1);
  links.forEach((link, l) => {
    const p = index.get(link.predecessorId);
    if (p === undefined) unknown(["links", l, "predecessorId"], String(link.predecessorId));
    const s = index.get(link.successorId);
    if (s === undefined) unknown(["links", l, "successorId"], String(link.successorId));
    const pn = nodeOf[p as number] as number;
    const sn = nodeOf[s as number] as number;
    if (pn < 0 || sn < 0) {
      invalidArgument(
        fn,
        ["links", l],
        "summary-link",
        "links to or from summary tasks are not supported; link their children",
      );
    }
    const code = TYPE_CODE[link.type ?? "FS"];
    if (code === undefined)
      invalidArgument(
        fn,
        ["links", l, "type"],
        "link-type",
        `link type ${String(link.type)} is not FS, SS, FF or SF`,
      );
    const value = link.lag ?? 0;
    const unit = link.lagUnit ?? "wd";
    if (!Number.isFinite(value) || (unit !== "%" && !Number.isInteger(value))) {
      invalidArgument(
        fn,
        ["links", l, "lag"],
        "lag",
        `lag ${value} is not ${unit === "%" ? "finite" : "an integer"}`,
      );
    }
    if (unit !== "wd" && unit !== "cd" && unit !== "%")
      invalidArgument(
        fn,
        ["links", l, "lagUnit"],
        "lag-unit",
        `lag unit ${String(unit)} is not wd, cd or %`,
      );
    from[l] = pn;
    to[l] = sn;
    type[l] = code as number;
    if (unit === "wd") lag[l] = value;
    else {
      lagKind[l] = unit === "cd" ? 1 : 2;
      lagValue[l] = value;
      if (unit === "cd") needsCalendar = true;
    }
  });
  const network: CpmNetwork = {
    n,
    m,
    duration,
    minStart,
    fixedStart,
    maxFinish,
    from,
    to,
    type,
    lag,
    lagKind,
    lagValue,
    calendarDuration,
    calendar: needsCalendar ? calendar : undefined,
  };
  return { network, calendar, leafIndex, nodeOf, children: childMap };
}
