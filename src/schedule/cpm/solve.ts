// Critical path method on typed arrays (private to src/schedule). Activities occupy working-day
// offsets [ES, EF) with EF = ES + d; links are lower bounds (reference §A2.3). Kahn topological
// sort over a CSR adjacency; no closures per link in the passes.
import type { WorkCalendar } from "../workdays/calendar.js";

/** Link type codes. */
export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;
/** Sentinel for "no value" in Int32 fields. */
export const NONE = -2147483648;
/** Sentinel for "no upper bound". */
export const NO_LIMIT = 2147483647;

/** The network in typed arrays. Optional fields enable calendar-dependent durations and lags. */
export interface CpmNetwork {
  readonly n: number;
  readonly m: number;
  /** Working-day duration of each task (calendar days when `calendarDuration[i] === 1`). */
  readonly duration: Int32Array;
  /** Lower bound of ES (0 or a start-no-earlier-than offset); `undefined` means all 0. */
  readonly minStart?: Int32Array | undefined;
  /** Fixed ES of manual tasks, or NONE. */
  readonly fixedStart?: Int32Array | undefined;
  /** Upper bound of LF (a deadline), or NO_LIMIT. */
  readonly maxFinish?: Int32Array | undefined;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly type: Uint8Array;
  /** Lag in working days (used when `lagKind` is absent or 0 for the link). */
  readonly lag: Int32Array;
  /** 0 = working days (`lag`), 1 = calendar days, 2 = percent of the predecessor's duration. */
  readonly lagKind?: Uint8Array | undefined;
  /** The lag value for kinds 1 and 2. */
  readonly lagValue?: Float64Array | undefined;
  /** 1 for tasks whose duration counts calendar days. */
  readonly calendarDuration?: Uint8Array | undefined;
  /** Needed when calendar-day durations or lags occur. */
  readonly calendar?: WorkCalendar | undefined;
}

/** The pass results; `cycle` is set (and the rest empty) when the network has a cycle. */
export interface CpmResult {
  readonly cycle?: number[];
  readonly order: Int32Array;
  readonly es: Int32Array;
  readonly ef: Int32Array;
  readonly ls: Int32Array;
  readonly lf: Int32Array;
  readonly totalFloat: Int32Array;
  readonly freeFloat: Int32Array;
  /** Effective working-day duration of each task. */
  readonly duration: Int32Array;
  /** Effective working-day lag of each link. */
  readonly linkLag: Int32Array;
  /** Link free float (negative when a manual date violates the link). */
  readonly linkFloat: Int32Array;
  readonly projectFinish: number;
  /** Incoming CSR, for tracing. */
  readonly inStart: Int32Array;
  readonly inLinks: Int32Array;
}

function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

function csr(n: number, key: Int32Array): [Int32Array, Int32Array] {
  const start = new Int32Array(n + 1);
  const m = key.length;
  for (let l = 0; l < m; l++) {
    const k = (key[l] as number) + 1;
    start[k] = (start[k] as number) + 1;
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, n);
  const links = new Int32Array(m);
  for (let l = 0; l < m; l++) {
    const k = key[l] as number;
    links[fill[k] as number] = l;
    fill[k] = (fill[k] as number) + 1;
  }
  return [start, links];
}

function findCycle(
  done: Uint8Array,
  inStart: Int32Array,
  inLinks: Int32Array,
  from: Int32Array,
): number[] {
  let u = done.indexOf(0);
  const seenAt = new Map<number, number>();
  const walk: number[] = [];
  while (!seenAt.has(u)) {
    seenAt.set(u, walk.length);
    walk.push(u);
    for (let k = inStart[u] as number; k < (inStart[u + 1] as number); k++) {
      const p = from[inLinks[k] as number] as number;
      if (done[p] === 0) {
        u = p;
        break;
      }
    }
  }
  const cycle = walk.slice(seenAt.get(u)).reverse();
  let min = 0;
  for (let i = 1; i < cycle.length; i++) if ((cycle[i] as number) < (cycle[min] as number)) min = i;
  return [...cycle.slice(min), ...cycle.slice(0, min)];
}

/** Both directions of the network as CSR: each task's outgoing and incoming links. */
interface Adjacency {
  readonly outStart: Int32Array;
  readonly outLinks: Int32Array;
  readonly inStart: Int32Array;
  readonly inLinks: Int32Array;
}

/** The forward pass's arrays: the bounds predecessors set, and ES, EF, durations and lags found. */
interface ForwardPass {
  /** Topological order; only its first `placed` entries are set when the network has a cycle. */
  readonly order: Int32Array;
  /** Number of tasks placed; less than `n` when the network has a cycle. */
  placed: number;
  /** Lower bound of ES set by the task itself and by SS/FS links. */
  readonly esLow: Int32Array;
  /** Lower bound of EF set by FF/SF links, or NONE. */
  readonly efLow: Int32Array;
  readonly es: Int32Array;
  readonly ef: Int32Array;
  readonly duration: Int32Array;
  readonly linkLag: Int32Array;
}

/** The floats: per task total and free float, per link free float. */
interface Floats {
  readonly totalFloat: Int32Array;
  readonly freeFloat: Int32Array;
  readonly linkFloat: Int32Array;
}

/** Runs the forward and backward passes. */
export function runCpm(net: CpmNetwork): CpmResult {
  const adjacency = buildAdjacency(net);
  const forward = runForwardPass(net, adjacency);
  if (forward.placed < net.n) return cycleResult(net, forward, adjacency);
  const projectFinish = latestFinish(forward.ef);
  const [ls, lf] = runBackwardPass(net, adjacency, forward, projectFinish);
  const floats = computeFloats(net, adjacency, forward, ls, projectFinish);
  return {
    order: forward.order,
    es: forward.es,
    ef: forward.ef,
    ls,
    lf,
    totalFloat: floats.totalFloat,
    freeFloat: floats.freeFloat,
    duration: forward.duration,
    linkLag: forward.linkLag,
    linkFloat: floats.linkFloat,
    projectFinish,
    inStart: adjacency.inStart,
    inLinks: adjacency.inLinks,
  };
}

function buildAdjacency(net: CpmNetwork): Adjacency {
  const [outStart, outLinks] = csr(net.n, net.from);
  const [inStart, inLinks] = csr(net.n, net.to);
  return { outStart, outLinks, inStart, inLinks };
}

/**
 * Kahn's topological sort with the forward pass folded in: each task taken from the queue is
 * placed at its earliest start, then raises the bounds of its successors and releases those whose
 * predecessors are all placed.
 */
function runForwardPass(net: CpmNetwork, adjacency: Adjacency): ForwardPass {
  const { n, to, type } = net;
  const { outStart, outLinks, inStart } = adjacency;
  const indegree = new Int32Array(n);
  for (let i = 0; i < n; i++) indegree[i] = (inStart[i + 1] as number) - (inStart[i] as number);
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) order[tail++] = i;
  const pass: ForwardPass = {
    order,
    placed: 0,
    esLow: net.minStart ? net.minStart.slice() : new Int32Array(n),
    efLow: new Int32Array(n).fill(NONE),
    es: new Int32Array(n),
    ef: new Int32Array(n),
    duration: net.duration.slice(),
    linkLag: net.lag.slice(),
  };
  while (head < tail) {
    const i = order[head++] as number;
    placeTask(net, pass, i);
    const s = pass.es[i] as number;
    const f = pass.ef[i] as number;
    const d = pass.duration[i] as number;
    for (let k = outStart[i] as number; k < (outStart[i + 1] as number); k++) {
      const l = outLinks[k] as number;
      const j = to[l] as number;
      const L = effectiveLag(net, pass, l, s, f, d);
      raiseSuccessorBound(pass, type[l] as number, j, s + L, f + L);
      const left = (indegree[j] as number) - 1;
      indegree[j] = left;
      if (left === 0) order[tail++] = j;
    }
  }
  pass.placed = tail;
  return pass;
}

/**
 * Sets ES, EF and the effective duration of task `i`: a manual task at its fixed start; any other
 * at the lower bound of its start, moved later until its finish meets the lower bound of EF.
 */
function placeTask(net: CpmNetwork, pass: ForwardPass, i: number): void {
  const { calendarDuration, calendar } = net;
  const fixed = net.fixedStart;
  const isFixed = fixed !== undefined && fixed[i] !== NONE;
  const efLow = pass.efLow[i] as number;
  let s = isFixed ? (fixed[i] as number) : (pass.esLow[i] as number);
  let d = pass.duration[i] as number;
  if (calendarDuration && calendarDuration[i] === 1 && calendar) {
    const nominal = net.duration[i] as number;
    d = calendarDayDuration(calendar, nominal, s);
    if (!isFixed) {
      while (s + d < efLow) {
        s += efLow - (s + d);
        d = calendarDayDuration(calendar, nominal, s);
      }
    }
    pass.duration[i] = d;
  } else if (!isFixed && s + d < efLow) {
    s = efLow - d;
  }
  pass.es[i] = s;
  pass.ef[i] = s + d;
}

/** Working days covered by `nominal` calendar days from working-day offset `start`. */
function calendarDayDuration(calendar: WorkCalendar, nominal: number, start: number): number {
  return nominal > 0 ? calendar.offsetOf(calendar.dayOf(start) + nominal) - start : 0;
}

/**
 * The working-day lag of link `l` from a predecessor placed at [s, f) with duration d: the lag
 * itself, or a percentage of d, or calendar days counted from the link's anchor (recorded in
 * `pass.linkLag`).
 */
function effectiveLag(
  net: CpmNetwork,
  pass: ForwardPass,
  l: number,
  s: number,
  f: number,
  d: number,
): number {
  const { lagKind, calendar } = net;
  let L = net.lag[l] as number;
  if (lagKind && lagKind[l] !== 0) {
    const v = (net.lagValue as Float64Array)[l] as number;
    if (lagKind[l] === 2) L = roundHalfAway((v / 100) * d);
    else if (calendar) {
      const t = net.type[l] as number;
      const anchor = t === FS || t === FF ? calendar.dayOf(f - 1) + 1 : calendar.dayOf(s);
      L = calendar.offsetOf(anchor + v) - calendar.offsetOf(anchor);
    }
    pass.linkLag[l] = L;
  }
  return L;
}

/**
 * Raises the lower bound a link of type `t` sets on successor `j`, given the predecessor's start
 * and finish plus the lag: FS and SS bound its ES, FF and SF its EF.
 */
function raiseSuccessorBound(
  pass: ForwardPass,
  t: number,
  j: number,
  startPlusLag: number,
  finishPlusLag: number,
): void {
  const { esLow, efLow } = pass;
  if (t === FS) {
    if (finishPlusLag > (esLow[j] as number)) esLow[j] = finishPlusLag;
  } else if (t === SS) {
    if (startPlusLag > (esLow[j] as number)) esLow[j] = startPlusLag;
  } else if (t === FF) {
    if (finishPlusLag > (efLow[j] as number)) efLow[j] = finishPlusLag;
  } else if (startPlusLag > (efLow[j] as number)) efLow[j] = startPlusLag;
}

/** The result for a network with a cycle: the cycle, and empty arrays. */
function cycleResult(net: CpmNetwork, forward: ForwardPass, adjacency: Adjacency): CpmResult {
  const { inStart, inLinks } = adjacency;
  const done = new Uint8Array(net.n);
  for (let k = 0; k < forward.placed; k++) done[forward.order[k] as number] = 1;
  const empty = new Int32Array(0);
  return {
    cycle: findCycle(done, inStart, inLinks, net.from),
    order: empty,
    es: empty,
    ef: empty,
    ls: empty,
    lf: empty,
    totalFloat: empty,
    freeFloat: empty,
    duration: empty,
    linkLag: empty,
    linkFloat: empty,
    projectFinish: 0,
    inStart,
    inLinks,
  };
}

/** The latest early finish (0 when there are no tasks). */
function latestFinish(ef: Int32Array): number {
  let projectFinish = 0;
  for (let i = 0; i < ef.length; i++)
    if ((ef[i] as number) > projectFinish) projectFinish = ef[i] as number;
  return projectFinish;
}

/**
 * In reverse topological order, each task's late finish: the project finish, capped by its
 * deadline and by the bound each outgoing link sets; returns `[ls, lf]`.
 */
function runBackwardPass(
  net: CpmNetwork,
  adjacency: Adjacency,
  forward: ForwardPass,
  projectFinish: number,
): [Int32Array, Int32Array] {
  const { n, to, type, maxFinish } = net;
  const { outStart, outLinks } = adjacency;
  const { order, duration, linkLag } = forward;
  const ls = new Int32Array(n);
  const lf = new Int32Array(n);
  for (let q = n - 1; q >= 0; q--) {
    const i = order[q] as number;
    const d = duration[i] as number;
    let late = projectFinish;
    if (maxFinish && (maxFinish[i] as number) < late) late = maxFinish[i] as number;
    for (let k = outStart[i] as number; k < (outStart[i + 1] as number); k++) {
      const l = outLinks[k] as number;
      const j = to[l] as number;
      const t = type[l] as number;
      const L = linkLag[l] as number;
      let bound: number;
      if (t === FS) bound = (ls[j] as number) - L;
      else if (t === SS) bound = (ls[j] as number) - L + d;
      else if (t === FF) bound = (lf[j] as number) - L;
      else bound = (lf[j] as number) - L + d;
      if (bound < late) late = bound;
    }
    lf[i] = late;
    ls[i] = late - d;
  }
  return [ls, lf];
}

/**
 * Per task over its outgoing links (CSR order): each link's free float, and the task's free float
 * as their minimum (project finish − EF without successors), capped at the total float.
 */
function computeFloats(
  net: CpmNetwork,
  adjacency: Adjacency,
  forward: ForwardPass,
  ls: Int32Array,
  projectFinish: number,
): Floats {
  const { n, m, to, type } = net;
  const { outStart, outLinks } = adjacency;
  const { es, ef, linkLag } = forward;
  const totalFloat = new Int32Array(n);
  const freeFloat = new Int32Array(n);
  const linkFloat = new Int32Array(m);
  for (let i = 0; i < n; i++) {
    const tf = (ls[i] as number) - (es[i] as number);
    totalFloat[i] = tf;
    const esI = es[i] as number;
    const efI = ef[i] as number;
    const first = outStart[i] as number;
    const last = outStart[i + 1] as number;
    let ff = first === last ? projectFinish - efI : NO_LIMIT;
    for (let k = first; k < last; k++) {
      const l = outLinks[k] as number;
      const j = to[l] as number;
      const t = type[l] as number;
      const L = linkLag[l] as number;
      let x: number;
      if (t === FS) x = (es[j] as number) - L - efI;
      else if (t === SS) x = (es[j] as number) - L - esI;
      else if (t === FF) x = (ef[j] as number) - L - efI;
      else x = (ef[j] as number) - L - esI;
      linkFloat[l] = x;
      if (x < ff) ff = x;
    }
    freeFloat[i] = Math.min(ff, tf);
  }
  return { totalFloat, freeFloat, linkFloat };
}

/** Traces the chain of driving links (link float 0) back from the last-finishing task. */
export function traceLongestPath(net: CpmNetwork, result: CpmResult): number[] {
  const { n } = net;
  if (n === 0) return [];
  let end = -1;
  for (let q = n - 1; q >= 0; q--) {
    const i = result.order[q] as number;
    if (result.ef[i] === result.projectFinish) {
      end = i;
      break;
    }
  }
  const path: number[] = [];
  let u = end;
  while (u >= 0) {
    path.push(u);
    let next = -1;
    for (let k = result.inStart[u] as number; k < (result.inStart[u + 1] as number); k++) {
      const l = result.inLinks[k] as number;
      if (result.linkFloat[l] === 0) {
        next = net.from[l] as number;
        break;
      }
    }
    u = next;
  }
  return path.reverse();
}
