// Private: the plans' item trees and alignment links compiled into typed arrays (contributors of
// each item in compressed sparse rows), and the weighted roll-up over them. Mirrors
// rollup/tree.ts (same order of visits, sums and errors) for documents in which no item
// states targets; where items do, the caller uses rollup/tree.ts.
import type { PlanDocument } from "../../../schemas/document.js";
import type { PlanItem } from "../../../schemas/plan.js";
import { statedTargets } from "../scope.js";
import { cycleError, weightIn, zeroWeightsError } from "../tree.js";
import type { IndicatorFacts } from "./facts.js";
import { reasonNumber } from "./judge.js";

/** Contributor kinds. */
const CHILD = 0;
const INDICATOR = 1;
const ALIGNED = 2;

/** A compiled tree (see the file comment). */
export interface CompiledTree {
  readonly planIds: readonly string[];
  readonly itemIds: readonly string[];
  readonly indicatorIds: readonly string[];
  /** Item `i`'s contributors are `start[i] … start[i + 1] − 1`; plan `p`'s top items are
   * `planStart[p] … planStart[p + 1] − 1`, in the same arrays after the items' ones. */
  readonly start: Int32Array;
  readonly planStart: Int32Array;
  readonly kind: Uint8Array;
  readonly target: Int32Array;
  readonly weight: Float64Array;
  /** The id each contributor has in results and errors. */
  readonly contributorIds: readonly string[];
  /** Whether some item states targets (then the roll-up judges indicators per scope). */
  readonly scoped: boolean;
  /** The weights the tree was compiled with (checked). */
  readonly weights: Readonly<Record<string, number>>;
}

/** What prepareRollUp compiles (a prepared roll-up's opaque `tables`). */
export interface PreparedTables {
  readonly tree: CompiledTree;
  readonly facts: IndicatorFacts;
}

/** Compiles a document's trees with the weights in force (overrides by id, else own, else 1). */
export function compileTree(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments">,
  weights: Readonly<Record<string, number>>,
): CompiledTree {
  const items: PlanItem[] = [];
  const itemIndex = new Map<string, number>();
  const walk = (list: readonly PlanItem[]) => {
    for (const item of list) {
      itemIndex.set(item.id, items.length);
      items.push(item);
      walk(item.children);
    }
  };
  for (const plan of document.plans) walk(plan.items);
  const weightOf = weightIn(weights);
  const measuredBy = new Map<string, number[]>();
  document.indicators.forEach((indicator, s) => {
    for (const itemId of indicator.measures) {
      const list = measuredBy.get(itemId);
      if (list) list.push(s);
      else measuredBy.set(itemId, [s]);
    }
  });
  const planIds = new Set(document.plans.map((p) => p.id));
  const alignedTo = new Map<string, { id: string; from: number; fromId: string; w: number }[]>();
  for (const a of document.alignments) {
    const external = a.toExternalPlan !== undefined && !planIds.has(a.toExternalPlan);
    const from = itemIndex.get(a.from);
    if (external || !itemIndex.has(a.to) || from === undefined) continue;
    const list = alignedTo.get(a.to) ?? [];
    list.push({ id: a.id, from, fromId: a.from, w: weightOf(a.id, a.weight) });
    alignedTo.set(a.to, list);
  }
  const kind: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  const contributorIds: string[] = [];
  const push = (k: number, t: number, w: number, id: string) => {
    kind.push(k);
    target.push(t);
    weight.push(w);
    contributorIds.push(id);
  };
  const start = new Int32Array(items.length + 1);
  items.forEach((item, i) => {
    start[i] = kind.length;
    for (const child of item.children)
      push(CHILD, itemIndex.get(child.id) ?? 0, weightOf(child.id, child.weight), child.id);
    for (const s of measuredBy.get(item.id) ?? []) {
      const id = (document.indicators[s] as PlanDocument["indicators"][number]).id;
      push(INDICATOR, s, weightOf(id, undefined), id);
    }
    for (const a of alignedTo.get(item.id) ?? []) push(ALIGNED, a.from, a.w, a.fromId);
  });
  start[items.length] = kind.length;
  const planStart = new Int32Array(document.plans.length + 1);
  document.plans.forEach((plan, p) => {
    planStart[p] = kind.length;
    for (const item of plan.items)
      push(CHILD, itemIndex.get(item.id) ?? 0, weightOf(item.id, item.weight), item.id);
  });
  planStart[document.plans.length] = kind.length;
  return {
    planIds: document.plans.map((p) => p.id),
    itemIds: items.map((item) => item.id),
    indicatorIds: document.indicators.map((x) => x.id),
    start,
    planStart,
    kind: Uint8Array.from(kind),
    target: Int32Array.from(target),
    weight: Float64Array.from(weight),
    contributorIds,
    scoped: statedTargets(document).size > 0,
    weights,
  };
}

/** Progress (valid where `reason` is 0), coverage, achievement and reason of some nodes. */
export interface NodeArrays {
  readonly progress: Float64Array;
  readonly coverage: Float64Array;
  readonly achieved: Uint8Array;
  readonly reason: Uint8Array;
}

/** Node arrays for `n` nodes. */
export function createNodeArrays(n: number): NodeArrays {
  return {
    progress: new Float64Array(n),
    coverage: new Float64Array(n),
    achieved: new Uint8Array(n),
    reason: new Uint8Array(n),
  };
}

const INSUFFICIENT = /* @__PURE__ */ reasonNumber("insufficient-data");
const NO_CONTRIBUTORS = /* @__PURE__ */ reasonNumber("no-contributors");

/**
 * Rolls the indicators' results up the compiled tree into `items` and `plans`, visiting in the
 * object path's order (each plan's items depth first, then every item), so that errors are the
 * same. `fn` names the caller in errors.
 */
export function evaluateTree(
  tree: CompiledTree,
  indicators: NodeArrays,
  items: NodeArrays,
  plans: NodeArrays,
  fn: string,
): void {
  const { start, kind, target, weight, contributorIds } = tree;
  const state = new Uint8Array(tree.itemIds.length); // 0 new, 1 visiting, 2 done
  const combine = (id: string, from: number, to: number, out: NodeArrays, at: number): void => {
    if (from === to) {
      out.progress[at] = 0;
      out.coverage[at] = 0;
      out.achieved[at] = 0;
      out.reason[at] = NO_CONTRIBUTORS;
      return;
    }
    let total = 0;
    let withData = 0;
    let sum = 0;
    let achieved = true;
    for (let c = from; c < to; c++) {
      const source = kind[c] === INDICATOR ? indicators : items;
      const t = target[c] as number;
      const w = weight[c] as number;
      total += w;
      if (source.achieved[t] !== 1) achieved = false;
      if (source.reason[t] === 0) {
        withData += w;
        sum += w * (source.progress[t] as number);
      }
    }
    if (!(total > 0)) throw zeroWeightsError(fn, id, contributorIds[from] ?? id);
    const has = withData > 0;
    out.progress[at] = has ? sum / withData : 0;
    out.coverage[at] = withData / total;
    out.achieved[at] = achieved ? 1 : 0;
    out.reason[at] = has ? 0 : INSUFFICIENT;
  };
  const visit = (i: number): void => {
    if (state[i] === 2) return;
    const id = tree.itemIds[i] as string;
    if (state[i] === 1) throw cycleError(fn, id);
    state[i] = 1;
    const from = start[i] as number;
    const to = start[i + 1] as number;
    for (let c = from; c < to; c++) if (kind[c] !== INDICATOR) visit(target[c] as number);
    state[i] = 0;
    combine(id, from, to, items, i);
    state[i] = 2;
  };
  for (let p = 0; p < tree.planIds.length; p++) {
    const from = tree.planStart[p] as number;
    const to = tree.planStart[p + 1] as number;
    for (let c = from; c < to; c++) visit(target[c] as number);
    combine(tree.planIds[p] as string, from, to, plans, p);
  }
  for (let i = 0; i < tree.itemIds.length; i++) visit(i);
}
