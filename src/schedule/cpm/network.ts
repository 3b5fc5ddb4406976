// Validates task and link inputs and builds the typed-array network for runCpm. Each input is read
// once in a plain loop; the id → index lookup (ids.ts) is built once; optional per-task and
// per-link arrays are allocated only when some task or link needs them (runCpm's fast path).
import { CastPlanError } from "../../errors/CastPlanError.js";
import type { ScheduleLink, ScheduleOptions, ScheduleTask } from "../ScheduleTypes.js";
import {
  buildCalendar,
  invalidArgument,
  requireIsoDay,
  type WorkCalendar,
} from "../workdays/calendar.js";
import { type IdIndex, indexIdStrings } from "./ids.js";
import { type CpmNetwork, FF, FS, NO_LIMIT, NONE, SF, SS } from "./solve.js";

/** The network plus the index maps needed to read results back. */
export interface BuiltNetwork {
  readonly network: CpmNetwork;
  readonly calendar: WorkCalendar;
  /** Input index of each network node (leaf tasks only). */
  readonly leafIndex: Int32Array;
  /** Network node of each input task, or -1 for summary tasks. */
  readonly nodeOf: Int32Array;
  /** Children (input indexes) of the summary tasks. */
  readonly children: ReadonlyMap<number, number[]>;
  /** 1 for tasks with an `earliestStart`; `undefined` when no task has one. */
  readonly pinnedStart: Uint8Array | undefined;
}

function unknownId(fn: string, path: (string | number)[], id: string): never {
  throw new CastPlanError("UNKNOWN_ID", `${fn}: no task has id '${id}'`, [
    { path, rule: "reference", message: `no task has id '${id}'` },
  ]);
}

/** Indexes the ids; throws on a missing or repeated id (whichever comes first in input order). */
function indexIds(fn: string, tasks: readonly ScheduleTask[]): IdIndex {
  const count = tasks.length;
  const ids: string[] = new Array(count);
  let valid = count;
  for (let i = 0; i < count; i++) {
    const id = tasks[i]?.id;
    if (typeof id !== "string" || id.length === 0) {
      valid = i;
      break;
    }
    ids[i] = id;
  }
  const index = indexIdStrings(ids, valid);
  const i = index.duplicate;
  if (i >= 0) {
    const id = ids[i] as string;
    throw new CastPlanError("DUPLICATE_ID", `${fn}: task id '${id}' is used twice`, [
      { path: ["tasks", i, "id"], rule: "unique-id", message: `task id '${id}' is used twice` },
    ]);
  }
  if (valid < count) {
    invalidArgument(fn, ["tasks", valid, "id"], "id", "a task needs a non-empty string id");
  }
  return index;
}

/** Children of the summary tasks; throws on an unknown parent or a parent cycle. */
function mapChildren(
  fn: string,
  tasks: readonly ScheduleTask[],
  index: IdIndex,
): Map<number, number[]> {
  const count = tasks.length;
  const parent = new Int32Array(count).fill(-1);
  const childMap = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const parentId = (tasks[i] as ScheduleTask).parentId;
    if (parentId === undefined) continue;
    const p = index.find(parentId);
    if (p < 0) unknownId(fn, ["tasks", i, "parentId"], parentId);
    parent[i] = p;
    const list = childMap.get(p);
    if (list) list.push(i);
    else childMap.set(p, [i]);
  }
  if (childMap.size === 0) return childMap;
  // Parent cycles: walk up from each task in input order until a root or a task already known to
  // reach one; meeting a task of the current walk again means the walk's start is in a cycle.
  const seen = new Int32Array(count); // i + 1 while walking from i; -1 once known to reach a root
  for (let i = 0; i < count; i++) {
    let u = i;
    while (u >= 0 && seen[u] !== -1) {
      if (seen[u] === i + 1) {
        const id = (tasks[i] as ScheduleTask).id;
        throw new CastPlanError("DEPENDENCY_CYCLE", `${fn}: task '${id}' is its own ancestor`, [
          {
            path: ["tasks", i, "parentId"],
            rule: "cycle",
            message: `task '${id}' is its own ancestor`,
          },
        ]);
      }
      seen[u] = i + 1;
      u = parent[u] as number;
    }
    for (u = i; u >= 0 && seen[u] !== -1; u = parent[u] as number) seen[u] = -1;
  }
  return childMap;
}

/** The per-task arrays of the network; the optional ones are allocated on first need. */
interface TaskArrays {
  readonly n: number;
  readonly nodeOf: Int32Array;
  readonly leafIndex: Int32Array;
  readonly duration: Int32Array;
  minStart: Int32Array | undefined;
  fixedStart: Int32Array | undefined;
  maxFinish: Int32Array | undefined;
  calendarDuration: Uint8Array | undefined;
  pinnedStart: Uint8Array | undefined;
}

/** The per-link arrays of the network; the optional ones are allocated on first need. */
interface LinkArrays {
  readonly m: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly type: Uint8Array;
  readonly lag: Int32Array;
  lagKind: Uint8Array | undefined;
  lagValue: Float64Array | undefined;
  /** Whether some lag counts calendar days. */
  calendarDayLag: boolean;
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
  const index = indexIds(fn, tasks);
  const children = mapChildren(fn, tasks, index);
  const t = readTasks(fn, tasks, children, calendar);
  const l = readLinks(fn, links, index, t.nodeOf);
  const needsCalendar = t.calendarDuration !== undefined || l.calendarDayLag;
  const network: CpmNetwork = {
    n: t.n,
    m: l.m,
    duration: t.duration,
    minStart: t.minStart,
    fixedStart: t.fixedStart,
    maxFinish: t.maxFinish,
    from: l.from,
    to: l.to,
    type: l.type,
    lag: l.lag,
    lagKind: l.lagKind,
    lagValue: l.lagValue,
    calendarDuration: t.calendarDuration,
    calendar: needsCalendar ? calendar : undefined,
  };
  return {
    network,
    calendar,
    leafIndex: t.leafIndex,
    nodeOf: t.nodeOf,
    children,
    pinnedStart: t.pinnedStart,
  };
}

/** Numbers the leaf tasks (summary tasks get no node) and reads their durations and dates. */
function readTasks(
  fn: string,
  tasks: readonly ScheduleTask[],
  children: ReadonlyMap<number, number[]>,
  calendar: WorkCalendar,
): TaskArrays {
  const count = tasks.length;
  const n = count - children.size;
  const arrays: TaskArrays = {
    n,
    nodeOf: new Int32Array(count).fill(-1),
    leafIndex: new Int32Array(n),
    duration: new Int32Array(n),
    minStart: undefined,
    fixedStart: undefined,
    maxFinish: undefined,
    calendarDuration: undefined,
    pinnedStart: undefined,
  };
  for (let i = 0, node = 0; i < count; i++) {
    if (children.has(i)) continue;
    arrays.nodeOf[i] = node;
    arrays.leafIndex[node] = i;
    readTask(fn, tasks[i] as ScheduleTask, i, node, calendar, arrays);
    node++;
  }
  return arrays;
}

/**
 * Reads leaf task `t` (input index `i`) into network node `node`: its duration, then its
 * earliest start, manual start and deadline as working-day offsets.
 */
function readTask(
  fn: string,
  t: ScheduleTask,
  i: number,
  node: number,
  calendar: WorkCalendar,
  arrays: TaskArrays,
): void {
  const { n } = arrays;
  const d = t.duration ?? 0;
  if (!Number.isInteger(d) || d < 0) {
    invalidArgument(
      fn,
      ["tasks", i, "duration"],
      "non-negative-integer",
      `duration ${d} of task '${t.id}' is not a non-negative integer`,
    );
  }
  arrays.duration[node] = d;
  if (t.calendarDays === true) {
    arrays.calendarDuration ??= new Uint8Array(n);
    arrays.calendarDuration[node] = 1;
  }
  if (t.earliestStart !== undefined) {
    const day = requireIsoDay(fn, t.earliestStart, ["tasks", i, "earliestStart"]);
    arrays.minStart ??= new Int32Array(n);
    arrays.minStart[node] = Math.max(0, calendar.offsetOf(day));
    arrays.pinnedStart ??= new Uint8Array(n);
    arrays.pinnedStart[node] = 1;
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
    const day = requireIsoDay(fn, t.start, ["tasks", i, "start"]);
    arrays.fixedStart ??= new Int32Array(n).fill(NONE);
    arrays.fixedStart[node] = calendar.offsetOf(day);
  }
  if (t.deadline !== undefined) {
    const day = requireIsoDay(fn, t.deadline, ["tasks", i, "deadline"]);
    arrays.maxFinish ??= new Int32Array(n).fill(NO_LIMIT);
    arrays.maxFinish[node] = calendar.offsetOf(day + 1);
  }
}

/** Reads each link: its end nodes, its type code and its lag. */
function readLinks(
  fn: string,
  links: readonly ScheduleLink[],
  index: IdIndex,
  nodeOf: Int32Array,
): LinkArrays {
  const m = links.length;
  const arrays: LinkArrays = {
    m,
    from: new Int32Array(m),
    to: new Int32Array(m),
    type: new Uint8Array(m),
    lag: new Int32Array(m),
    lagKind: undefined,
    lagValue: undefined,
    calendarDayLag: false,
  };
  for (let l = 0; l < m; l++) {
    const link = links[l] as ScheduleLink;
    const p = index.find(link.predecessorId);
    if (p < 0) unknownId(fn, ["links", l, "predecessorId"], String(link.predecessorId));
    const s = index.find(link.successorId);
    if (s < 0) unknownId(fn, ["links", l, "successorId"], String(link.successorId));
    const pn = nodeOf[p] as number;
    const sn = nodeOf[s] as number;
    if (pn < 0 || sn < 0) {
      invalidArgument(
        fn,
        ["links", l],
        "summary-link",
        "links to or from summary tasks are not supported; link their children",
      );
    }
    arrays.from[l] = pn;
    arrays.to[l] = sn;
    arrays.type[l] = linkTypeCode(fn, link.type, l);
    readLag(fn, link, l, arrays);
  }
  return arrays;
}

/** The code of a link type (FS when absent); throws on any other value. */
function linkTypeCode(fn: string, kind: ScheduleLink["type"], l: number): number {
  if (kind === "SS") return SS;
  if (kind === "FF") return FF;
  if (kind === "SF") return SF;
  if (kind === undefined || kind === null || kind === "FS") return FS;
  return invalidArgument(
    fn,
    ["links", l, "type"],
    "link-type",
    `link type ${String(kind)} is not FS, SS, FF or SF`,
  );
}

/**
 * Reads the lag of link `l`: whole working days into `lag`; calendar days or a percentage of the
 * predecessor's duration into `lagKind` and `lagValue`.
 */
function readLag(fn: string, link: ScheduleLink, l: number, arrays: LinkArrays): void {
  const { m } = arrays;
  const value = link.lag ?? 0;
  const unit = link.lagUnit ?? "wd";
  if (unit === "wd" && Number.isInteger(value)) {
    arrays.lag[l] = value;
    return;
  }
  if (!Number.isFinite(value) || (unit !== "%" && !Number.isInteger(value))) {
    invalidArgument(
      fn,
      ["links", l, "lag"],
      "lag",
      `lag ${value} is not ${unit === "%" ? "finite" : "an integer"}`,
    );
  }
  if (unit !== "cd" && unit !== "%") {
    invalidArgument(
      fn,
      ["links", l, "lagUnit"],
      "lag-unit",
      `lag unit ${String(unit)} is not wd, cd or %`,
    );
  }
  arrays.lagKind ??= new Uint8Array(m);
  arrays.lagValue ??= new Float64Array(m);
  arrays.lagKind[l] = unit === "cd" ? 1 : 2;
  arrays.lagValue[l] = value;
  if (unit === "cd") arrays.calendarDayLag = true;
}
