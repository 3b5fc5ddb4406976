// Private: weighted roll-up over the plans' item trees and alignment links.
import { CastPlanError } from "../errors/CastPlanError.js";
import type { RollUpNode } from "../progress/finalizeRollUp.js";
import type { PlanDocument } from "../schemas/document.js";
import type { PlanItem } from "../schemas/plan.js";

type Contributor = RollUpNode["contributors"][number];

function combineNodes(
  id: string,
  kind: "plan" | "item",
  contributors: readonly Contributor[],
  nodes: readonly RollUpNode[],
): RollUpNode {
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
  contributors.forEach((c, i) => {
    const node = nodes[i];
    total += c.weight;
    if (!node?.achieved) achieved = false;
    if (node?.progress !== undefined) {
      withData += c.weight;
      sum += c.weight * node.progress;
    }
  });
  if (!(total > 0))
    throw new CastPlanError(
      "INVALID_WEIGHTS",
      `finalizeRollUp: the weights under '${id}' total zero`,
      [
        {
          path: ["weights", contributors[0]?.id ?? id],
          rule: "weights",
          message: "weights must have a positive total",
        },
      ],
    );
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

/** Rolls indicator nodes up every plan. */
export function rollUpTree(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments">,
  indicators: Readonly<Record<string, RollUpNode>>,
  weights: Readonly<Record<string, number>>,
): { plans: Record<string, RollUpNode>; items: Record<string, RollUpNode> } {
  const itemById = new Map<string, PlanItem>();
  const walk = (list: readonly PlanItem[]) => {
    for (const item of list) {
      itemById.set(item.id, item);
      walk(item.children);
    }
  };
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
  const items: Record<string, RollUpNode> = {};
  const visiting = new Set<string>();
  const weightOf = (id: string, own: number | undefined) => weights[id] ?? own ?? 1;
  const visit = (item: PlanItem): RollUpNode => {
    const done = items[item.id];
    if (done) return done;
    if (visiting.has(item.id))
      throw new CastPlanError(
        "DEPENDENCY_CYCLE",
        `finalizeRollUp: alignment links form a cycle through '${item.id}'`,
        [{ path: ["alignments"], rule: "cycle", message: `cycle through item '${item.id}'` }],
      );
    visiting.add(item.id);
    const contributors: Contributor[] = [];
    const nodes: RollUpNode[] = [];
    for (const child of item.children) {
      contributors.push({ id: child.id, via: "child", weight: weightOf(child.id, child.weight) });
      nodes.push(visit(child));
    }
    for (const indicatorId of measuredBy.get(item.id) ?? []) {
      const node = indicators[indicatorId];
      if (!node) continue;
      contributors.push({
        id: indicatorId,
        via: "indicator",
        weight: weightOf(indicatorId, undefined),
      });
      nodes.push(node);
    }
    for (const a of alignedTo.get(item.id) ?? []) {
      const from = itemById.get(a.from);
      if (!from) continue;
      contributors.push({ id: a.from, via: "alignment", weight: weightOf(a.id, a.weight) });
      nodes.push(visit(from));
    }
    visiting.delete(item.id);
    const node = combineNodes(item.id, "item", contributors, nodes);
    items[item.id] = node;
    return node;
  };
  const plans: Record<string, RollUpNode> = {};
  for (const plan of document.plans) {
    const contributors: Contributor[] = [];
    const nodes: RollUpNode[] = [];
    for (const item of plan.items) {
      contributors.push({ id: item.id, via: "child", weight: weightOf(item.id, item.weight) });
      nodes.push(visit(item));
    }
    plans[plan.id] = combineNodes(plan.id, "plan", contributors, nodes);
  }
  return { plans, items };
}
