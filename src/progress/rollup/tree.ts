// Private: weighted roll-up over the plans' item trees and alignment links.
import { CastPlanError } from "../../errors/CastPlanError.js";
import type { PlanDocument } from "../../schemas/document.js";
import type { PlanItem } from "../../schemas/plan.js";
import type { ProgressWarningCode } from "../types.js";
import {
  NO_SCOPE,
  type Scope,
  type ScopedTarget,
  scopedLeaf,
  scopeKey,
  statedTargets,
  widenScope,
} from "./scope.js";
import type { RollUpNode } from "./types.js";

type Contributor = RollUpNode["contributors"][number];

/** The weights option, checked: each a finite number ≥ 0 (`fn` names the caller in errors). */
export function checkWeights(
  weights: Readonly<Record<string, number>> | undefined,
  fn: string,
): Readonly<Record<string, number>> {
  const out = weights ?? {};
  for (const [id, w] of Object.entries(out))
    if (!(typeof w === "number" && Number.isFinite(w) && w >= 0))
      throw new CastPlanError("INVALID_WEIGHTS", `${fn}: weight ${String(w)} for '${id}'`, [
        { path: ["weights", id], rule: "weights", message: "a weight is a finite number ≥ 0" },
      ]);
  return out;
}

/** The weight in force for an id: the override, else the item's or alignment's own, else 1. */
export function weightIn(
  weights: Readonly<Record<string, number>>,
): (id: string, own: number | undefined) => number {
  const overridden = Object.keys(weights).length > 0;
  return (id, own) => (overridden ? weights[id] : undefined) ?? own ?? 1;
}

/** The error for contributors whose weights total zero (path: the first contributor's weight). */
export function zeroWeightsError(fn: string, id: string, firstContributor: string): CastPlanError {
  return new CastPlanError("INVALID_WEIGHTS", `${fn}: the weights under '${id}' total zero`, [
    {
      path: ["weights", firstContributor],
      rule: "weights",
      message: "weights must have a positive total",
    },
  ]);
}

/** The error for alignment links that form a cycle through item `id`. */
export function cycleError(fn: string, id: string): CastPlanError {
  return new CastPlanError(
    "DEPENDENCY_CYCLE",
    `${fn}: alignment links form a cycle through '${id}'`,
    [{ path: ["alignments"], rule: "cycle", message: `cycle through item '${id}'` }],
  );
}

/** The node of an indicator. */
export function indicatorLeaf(
  id: string,
  progress: number | undefined,
  achieved: boolean,
  reason: ProgressWarningCode | undefined,
  message: string,
): RollUpNode {
  return {
    id,
    kind: "indicator",
    progress,
    coverage: progress === undefined ? 0 : 1,
    achieved,
    contributors: [],
    reason,
    message,
  };
}
type Link = Omit<Contributor, "progress" | "achieved">;

function combineNodes(
  fn: string,
  id: string,
  kind: "plan" | "item",
  links: readonly Link[],
  nodes: readonly RollUpNode[],
): RollUpNode {
  const contributors: Contributor[] = [];
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Link;
    const node = nodes[i];
    contributors.push({
      id: link.id,
      via: link.via,
      weight: link.weight,
      progress: node?.progress,
      achieved: node?.achieved ?? false,
    });
  }
  if (contributors.length === 0)
    return {
      id,
      kind,
      progress: undefined,
      coverage: 0,
      achieved: false,
      contributors,
      reason: "no-contributors",
      message: `'${id}' has no child, indicator or aligned item`,
    };
  let total = 0;
  let withData = 0;
  let sum = 0;
  let achieved = true;
  for (const c of contributors) {
    total += c.weight;
    if (!c.achieved) achieved = false;
    if (c.progress !== undefined) {
      withData += c.weight;
      sum += c.weight * c.progress;
    }
  }
  if (!(total > 0)) throw zeroWeightsError(fn, id, contributors[0]?.id ?? id);
  const progress = withData > 0 ? sum / withData : undefined;
  return {
    id,
    kind,
    progress,
    coverage: withData / total,
    achieved,
    contributors,
    reason: progress === undefined ? "insufficient-data" : undefined,
    message: progress === undefined ? `no contributor of '${id}' has data` : "",
  };
}

/**
 * Rolls indicator nodes up every plan. Inside an item, an indicator is judged against the targets
 * stated in the item's subtree (the outermost item that states any decides), else against what the
 * contributors below give it; the plan node is the weighted mean of its items as shown.
 * `targetsOf` gives an indicator's assessed targets (undefined: not assessed, no data); it is
 * called only for indicators whose targets some item states. `fn` names the caller in errors.
 */
export function rollUpTree(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments">,
  indicators: Readonly<Record<string, RollUpNode>>,
  targetsOf: (indicatorId: string) => readonly ScopedTarget[] | undefined,
  weights: Readonly<Record<string, number>>,
  fn: string,
): { plans: Record<string, RollUpNode>; items: Record<string, RollUpNode> } {
  const itemById = new Map<string, PlanItem>();
  function walk(list: readonly PlanItem[]): void {
    for (const item of list) {
      itemById.set(item.id, item);
      walk(item.children);
    }
  }
  for (const plan of document.plans) walk(plan.items);
  const measuredBy = new Map<string, string[]>();
  for (const indicator of document.indicators)
    for (const itemId of indicator.measures) {
      const list = measuredBy.get(itemId) ?? [];
      list.push(indicator.id);
      measuredBy.set(itemId, list);
    }
  const alignedTo = new Map<string, { id: string; from: string; weight: number | undefined }[]>();
  const planIds = new Set(document.plans.map((p) => p.id));
  for (const a of document.alignments) {
    // A link into a plan outside the document has nothing to roll up into here.
    const external = a.toExternalPlan !== undefined && !planIds.has(a.toExternalPlan);
    if (external || !itemById.has(a.to) || !itemById.has(a.from)) continue;
    const list = alignedTo.get(a.to) ?? [];
    list.push({ id: a.id, from: a.from, weight: a.weight });
    alignedTo.set(a.to, list);
  }
  const stated = statedTargets(document);
  // Per scope key, per item id, the item's node in that scope.
  const memo = new Map<string, Map<string, RollUpNode>>();
  const visiting = new Set<string>();
  const weightOf = weightIn(weights);
  function indicatorIn(indicatorId: string, scope: Scope): RollUpNode | undefined {
    const node = indicators[indicatorId];
    const targetIds = scope.get(indicatorId);
    if (!node || !targetIds) return node;
    return scopedLeaf(node, targetsOf(indicatorId), targetIds);
  }
  function visit(item: PlanItem, outer: Scope, outerKey: string): RollUpNode {
    const own = stated.get(item.id);
    const scope = own ? widenScope(outer, own) : outer;
    const key = scope === outer ? outerKey : scopeKey(scope);
    let nodes = memo.get(key);
    if (!nodes) {
      nodes = new Map();
      memo.set(key, nodes);
    }
    const done = nodes.get(item.id);
    if (done) return done;
    if (visiting.has(item.id)) throw cycleError(fn, item.id);
    visiting.add(item.id);
    const links: Link[] = [];
    const values: RollUpNode[] = [];
    for (const child of item.children) {
      links.push({ id: child.id, via: "child", weight: weightOf(child.id, child.weight) });
      values.push(visit(child, scope, key));
    }
    for (const indicatorId of measuredBy.get(item.id) ?? []) {
      const node = indicatorIn(indicatorId, scope);
      if (!node) continue;
      links.push({ id: indicatorId, via: "indicator", weight: weightOf(indicatorId, undefined) });
      values.push(node);
    }
    for (const a of alignedTo.get(item.id) ?? []) {
      const from = itemById.get(a.from);
      if (!from) continue;
      links.push({ id: a.from, via: "alignment", weight: weightOf(a.id, a.weight) });
      values.push(visit(from, scope, key));
    }
    visiting.delete(item.id);
    const node = combineNodes(fn, item.id, "item", links, values);
    nodes.set(item.id, node);
    return node;
  }
  const items: Record<string, RollUpNode> = {};
  const plans: Record<string, RollUpNode> = {};
  for (const plan of document.plans) {
    const links: Link[] = [];
    const nodes: RollUpNode[] = [];
    for (const item of plan.items) {
      links.push({ id: item.id, via: "child", weight: weightOf(item.id, item.weight) });
      nodes.push(visit(item, NO_SCOPE, ""));
    }
    plans[plan.id] = combineNodes(fn, plan.id, "plan", links, nodes);
  }
  for (const item of itemById.values()) items[item.id] = visit(item, NO_SCOPE, "");
  return { plans, items };
}
