// Private: the plans' item trees and alignment links compiled into typed arrays (contributors of
// each item in compressed sparse rows, from rollup/structure.ts as the object tree uses them), and
// the weighted roll-up over them. Mirrors rollup/tree.ts (same order of visits, sums, flags,
// coverage and errors) for documents in which no item states targets; where items do, the caller
// uses rollup/tree.ts.
import type { PlanDocument } from "../../../schemas/document.js";
import { statedTargets } from "../scope.js";
import { INDICATOR, type RollUpStructure, rollUpStructure } from "../structure.js";
import { cycleError, zeroWeightsError } from "../tree.js";
import type { RollUpDuplicate } from "../types.js";
import type { IndicatorFacts } from "./facts.js";
import { reasonNumber } from "./judge.js";

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
  /** The links, duplicates and evidence units the tree was compiled from. */
  readonly structure: RollUpStructure;
  /** Every item's duplicate indicator links, in item order. */
  readonly duplicates: readonly RollUpDuplicate[];
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
  const structure = rollUpStructure(document, weights);
  return {
    planIds: document.plans.map((p) => p.id),
    itemIds: structure.items.map((item) => item.id),
    indicatorIds: document.indicators.map((x) => x.id),
    start: structure.linkFrom,
    planStart: structure.planLinkFrom,
    kind: structure.linkKind,
    target: structure.linkTarget,
    weight: structure.linkWeight,
    contributorIds: structure.linkId,
    scoped: statedTargets(document).size > 0,
    weights,
    structure,
    // Returned by every call on the prepared document: frozen, so that no caller can change them.
    duplicates: Object.freeze(
      structure.duplicates
        .flat()
        .map((d) => Object.freeze({ ...d, through: Object.freeze(d.through) })),
    ),
  };
}

/** Progress (valid where `reason` is 0), coverage, leaf counts, achievement, reason and flag
 * bits of some nodes. */
export interface NodeArrays {
  readonly progress: Float64Array;
  readonly coverage: Float64Array;
  readonly leaves: Int32Array;
  readonly leavesWithEvidence: Int32Array;
  readonly achieved: Uint8Array;
  readonly reason: Uint8Array;
  readonly flags: Uint8Array;
}

/** Node arrays for `n` nodes. */
export function createNodeArrays(n: number): NodeArrays {
  return {
    progress: new Float64Array(n),
    coverage: new Float64Array(n),
    leaves: new Int32Array(n),
    leavesWithEvidence: new Int32Array(n),
    achieved: new Uint8Array(n),
    reason: new Uint8Array(n),
    flags: new Uint8Array(n),
  };
}

const INSUFFICIENT = /* @__PURE__ */ reasonNumber("insufficient-data");
const NO_CONTRIBUTORS = /* @__PURE__ */ reasonNumber("no-contributors");

/**
 * Rolls the indicators' results up the compiled tree into `items` and `plans`, visiting in the
 * object path's order (each plan's items depth first, then every item), so that errors are the
 * same; then counts each node's leaf items with evidence. `fn` names the caller in errors.
 */
export function evaluateTree(
  tree: CompiledTree,
  indicators: NodeArrays,
  items: NodeArrays,
  plans: NodeArrays,
  fn: string,
): void {
  const { start, kind, target, weight, contributorIds, structure } = tree;
  if (structure.cycle !== undefined) throw cycleError(fn, structure.cycle);
  const state = new Uint8Array(tree.itemIds.length); // 0 new, 2 done
  const combine = (id: string, from: number, to: number, out: NodeArrays, at: number): void => {
    if (from === to) {
      out.progress[at] = 0;
      out.achieved[at] = 0;
      out.reason[at] = NO_CONTRIBUTORS;
      out.flags[at] = 0;
      return;
    }
    let total = 0;
    let withData = 0;
    let sum = 0;
    let achieved = true;
    let flags = 0;
    for (let c = from; c < to; c++) {
      const source = kind[c] === INDICATOR ? indicators : items;
      const t = target[c] as number;
      const w = weight[c] as number;
      total += w;
      if (source.achieved[t] !== 1) achieved = false;
      if (source.reason[t] === 0) {
        withData += w;
        sum += w * (source.progress[t] as number);
        flags |= source.flags[t] as number;
      }
    }
    if (!(total > 0)) throw zeroWeightsError(fn, id, contributorIds[from] ?? id);
    const has = withData > 0;
    out.progress[at] = has ? sum / withData : 0;
    out.achieved[at] = achieved ? 1 : 0;
    out.reason[at] = has ? 0 : INSUFFICIENT;
    out.flags[at] = flags;
  };
  const visit = (i: number): void => {
    if (state[i] === 2) return;
    const from = start[i] as number;
    const to = start[i + 1] as number;
    for (let c = from; c < to; c++) if (kind[c] !== INDICATOR) visit(target[c] as number);
    combine(tree.itemIds[i] as string, from, to, items, i);
    state[i] = 2;
  };
  for (let p = 0; p < tree.planIds.length; p++) {
    const from = tree.planStart[p] as number;
    const to = tree.planStart[p + 1] as number;
    for (let c = from; c < to; c++) visit(target[c] as number);
    combine(tree.planIds[p] as string, from, to, plans, p);
  }
  for (let i = 0; i < tree.itemIds.length; i++) visit(i);
  // Evidence: an indicator measuring the item directly has progress (the item's own row).
  const evidence = new Uint8Array(tree.itemIds.length);
  for (let i = 0; i < tree.itemIds.length; i++) {
    const to = start[i + 1] as number;
    for (let c = start[i] as number; c < to; c++)
      if (kind[c] === INDICATOR && indicators.reason[target[c] as number] === 0) {
        evidence[i] = 1;
        break;
      }
  }
  const { units, unitFrom, unitTo, planUnits, planUnitFrom } = structure;
  const count = (list: Int32Array, from: number, to: number, out: NodeArrays, at: number) => {
    let withEvidence = 0;
    for (let k = from; k < to; k++) withEvidence += evidence[list[k] as number] as number;
    const total = to - from;
    out.leaves[at] = total;
    out.leavesWithEvidence[at] = withEvidence;
    out.coverage[at] = total > 0 ? withEvidence / total : 0;
  };
  for (let i = 0; i < tree.itemIds.length; i++)
    count(units, unitFrom[i] as number, unitTo[i] as number, items, i);
  for (let p = 0; p < tree.planIds.length; p++)
    count(planUnits, planUnitFrom[p] as number, planUnitFrom[p + 1] as number, plans, p);
}
