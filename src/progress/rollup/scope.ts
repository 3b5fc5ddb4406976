// Private: which targets an indicator is judged against inside an item of the roll-up. An item
// is judged against the targets stated in it or in its descendants (`target.statedIn`); where it
// states none for an indicator, the indicator keeps the judgement its contributors give it (in
// the end: its current target).

import type { PlanDocument } from "../../schemas/document.js";
import type { PlanItem } from "../../schemas/plan.js";
import type { DistanceShare } from "../computeDistanceShare.js";
import type { ProgressOutcome } from "../types.js";
import type { RollUpNode } from "./types.js";

/** Per indicator id, the ids of the targets in force (in the indicator's target order). */
export type Scope = ReadonlyMap<string, readonly string[]>;

/** What a scope needs of one assessed target: whether it is achieved, and its distance share. */
export interface ScopedTarget {
  readonly targetId: string;
  readonly met: boolean;
  readonly distanceShare: ProgressOutcome<DistanceShare>;
}

/** The empty scope: every indicator is judged against its current target. */
export const NO_SCOPE: Scope = new Map();

/**
 * Per item id, the targets stated in the item or in its descendants, per indicator. Items that
 * state none are absent. Targets whose `statedIn` is not an item of the document are ignored.
 */
export function statedTargets(
  document: Pick<PlanDocument, "plans" | "indicators">,
): Map<string, Map<string, string[]>> {
  const parentOf = new Map<string, string | undefined>();
  const walk = (list: readonly PlanItem[], parent: string | undefined) => {
    for (const item of list) {
      parentOf.set(item.id, parent);
      walk(item.children, item.id);
    }
  };
  for (const plan of document.plans) walk(plan.items, undefined);
  const out = new Map<string, Map<string, string[]>>();
  for (const indicator of document.indicators)
    for (const target of indicator.targets) {
      let at = target.statedIn;
      if (at === undefined || !parentOf.has(at)) continue;
      while (at !== undefined) {
        let perIndicator = out.get(at);
        if (!perIndicator) {
          perIndicator = new Map();
          out.set(at, perIndicator);
        }
        const list = perIndicator.get(indicator.id) ?? [];
        if (!list.includes(target.id)) list.push(target.id);
        perIndicator.set(indicator.id, list);
        at = parentOf.get(at);
      }
    }
  return out;
}

/**
 * The scope inside an item: the outer scope, plus the item's own statements for indicators the
 * outer scope does not fix. Returns the outer scope itself when nothing is added.
 */
export function widenScope(outer: Scope, own: ReadonlyMap<string, string[]> | undefined): Scope {
  if (!own) return outer;
  let out: Map<string, readonly string[]> | undefined;
  for (const [indicatorId, targetIds] of own) {
    if (outer.has(indicatorId)) continue;
    out ??= new Map(outer);
    out.set(indicatorId, targetIds);
  }
  return out ?? outer;
}

/** A key that identifies a scope (equal scopes, equal keys). */
export function scopeKey(scope: Scope): string {
  if (scope.size === 0) return "";
  const parts: string[] = [];
  for (const [indicatorId, targetIds] of scope)
    parts.push(`${indicatorId}\u0001${targetIds.join("\u0001")}`);
  return parts.sort().join("\u0002");
}

/**
 * The target that decides an indicator's figure among some of its assessed targets: the first of
 * them not yet achieved, the last when all are; `achieved` when all are. Undefined when none of
 * `targetIds` was assessed (all targets when `targetIds` is undefined).
 */
export function decidingTarget(
  targets: readonly ScopedTarget[],
  targetIds: readonly string[] | undefined,
): { target: ScopedTarget; achieved: boolean } | undefined {
  let current: ScopedTarget | undefined;
  let last: ScopedTarget | undefined;
  for (const t of targets) {
    if (targetIds !== undefined && !targetIds.includes(t.targetId)) continue;
    last = t;
    if (!t.met && current === undefined) current = t;
  }
  if (!last) return undefined;
  return current ? { target: current, achieved: false } : { target: last, achieved: true };
}

/**
 * The node of an indicator judged against some of its targets: the clamped distance share toward
 * the first of them not yet achieved (the last when all are), achieved when all of them are.
 * Falls back to the indicator's own node when the indicator has no assessment (no data) or none
 * of the targets was assessed.
 */
export function scopedLeaf(
  node: RollUpNode,
  targets: readonly ScopedTarget[] | undefined,
  targetIds: readonly string[],
): RollUpNode {
  if (!targets) return node;
  const decided = decidingTarget(targets, targetIds);
  if (!decided) return node;
  const share = decided.target.distanceShare;
  const measured = share.status === "measured";
  return {
    ...node,
    progress: share.status === "measured" ? share.clamped : undefined,
    coverage: measured ? 1 : 0,
    leaves: measured ? { total: 1, withEvidence: 1 } : { total: 1, withEvidence: 0 },
    achieved: decided.achieved,
    reason: share.status === "unmeasurable" ? share.reason : undefined,
    message: share.status === "unmeasurable" ? share.message : "",
  };
}
