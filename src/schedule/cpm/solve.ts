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

/** Runs the forward and backward passes. */
export function runCpm(net: CpmNetwork): CpmResult {
  const { n, m, from, to, type, lag, lagKind, lagValue, calendarDuration, calendar } = net;
  const [outStart, outLinks] = csr(n, from);
  const [inStart, inLinks] = csr(n, to);
  const indegree = new Int32Array(n);
  for (let i = 0; i < n; i++) indegree[i] = (inStart[i + 1] as number) - (inStart[i] as number);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < n; i++) if (indegree[i] === 0) queue[tail++] = i;
  const esLow = net.minStart ? net.minStart.slice() : new Int32Array(n);
  const efLow = new Int32Array(n).fill(NONE);
  const es = new Int32Array(n);
  const ef = new Int32Array(n);
  const dur = net.duration.slice();
  const linkLag = lag.slice();
  const fixed = net.fixedStart;
  while (head < tail) {
    const i = queue[head++] as number;
    let s = fixed && fixed[i] !== NONE ? (fixed[i] as number) : (esLow[i] as number);
    let d = dur[i] as number;
    if (calendarDuration && calendarDuration[i] === 1 && calendar) {
      const nominal = net.duration[i] as number;
      const cdDuration = (start: number): number =>
        nominal > 0 ? calendar.offsetOf(calendar.dayOf(start) + nominal) - start : 0;
      d = cdDuration(s);
      if (!(fixed && fixed[i] !== NONE)) {
        while (s + d < (efLow[i] as number)) {
          s += (efLow[i] as number) - (s + d);
          d = cdDuration(s);
        }
      }
      dur[i] = d;
    } else if (!(fixed && fixed[i] !== NONE) && s + d < (efLow[i] as number)) {
      s = (efLow[i] as number) - d;
    }
    const f = s + d;
    es[i] = s;
    ef[i] = f;
    for (let k = outStart[i] as number; k < (outStart[i + 1] as number); k++) {
      const l = outLinks[k] as number;
      const j = to[l] as number;
      const t = type[l] as number;
      let L = lag[l] as number;
      if (lagKind && lagKind[l] !== 0) {
        const v = (lagValue as Float64Array)[l] as number;
        if (lagKind[l] === 2) L = roundHalfAway((v / 100) * d);
        else if (calendar) {
          const anchor = t === FS || t === FF ? calendar.dayOf(f - 1) + 1 : calendar.dayOf(s);
          L = calendar.offsetOf(anchor + v) - calendar.offsetOf(anchor);
        }
        linkLag[l] = L;
      }
      if (t === FS) {
        if (f + L > (esLow[j] as number)) esLow[j] = f + L;
      } else if (t === SS) {
        if (s + L > (esLow[j] as number)) esLow[j] = s + L;
      } else if (t === FF) {
        if (f + L > (efLow[j] as number)) efLow[j] = f + L;
      } else if (s + L > (efLow[j] as number)) efLow[j] = s + L;
      const left = (indegree[j] as number) - 1;
      indegree[j] = left;
      if (left === 0) queue[tail++] = j;
    }
  }
  if (tail < n) {
    const done = new Uint8Array(n);
    for (let k = 0; k < tail; k++) done[queue[k] as number] = 1;
    const empty = new Int32Array(0);
    return {
      cycle: findCycle(done, inStart, inLinks, from),
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
  let projectFinish = 0;
  for (let i = 0; i < n; i++)
    if ((ef[i] as number) > projectFinish) projectFinish = ef[i] as number;
  const ls = new Int32Array(n);
  const lf = new Int32Array(n);
  const maxFinish = net.maxFinish;
  for (let q = n - 1; q >= 0; q--) {
    const i = queue[q] as number;
    const d = dur[i] as number;
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
  const totalFloat = new Int32Array(n);
  const freeFloat = new Int32Array(n);
  const linkFloat = new Int32Array(m);
  // Per task over its outgoing links (CSR order): each link's free float, and the task's free float
  // as their minimum (project finish − EF without successors), capped at the total float.
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
  return {
    order: queue,
    es,
    ef,
    ls,
    lf,
    totalFloat,
    freeFloat,
    duration: dur,
    linkLag,
    linkFloat,
    projectFinish,
    inStart,
    inLinks,
  };
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
