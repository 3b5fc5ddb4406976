// Private: weighted roll-up over the plans' item trees and alignment links.
import { CastPlanError } from "../../errors/CastPlanError.js";
import type { PlanDocument } from "../../schemas/document.js";
import type { PlanItem } from "../../schemas/plan.js";
import type { ProgressWarningCode } from "../types.js";
import { flagBits, flagList } from "./flags.js";
import {
  decidingTarget,
  NO_SCOPE,
  type Scope,
  type ScopedTarget,
  scopedLeaf,
  scopeKey,
  statedTargets,
  widenScope,
} from "./scope.js";
import { ALIGNED, CHILD, type RollUpStructure, rollUpStructure } from "./structure.js";
import type { RollUpDuplicate, RollUpNode } from "./types.js";

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

/** The node of an indicator (`flags`: its data-quality flag bits, see flags.ts). */
export function indicatorLeaf(
  id: string,
  progress: number | undefined,
  achieved: boolean,
  reason: ProgressWarningCode | undefined,
  message: string,
  flags = 0,
): RollUpNode {
  const measured = progress !== undefined;
  return {
    id,
    kind: "indicator",
    progress,
    coverage: measured ? 1 : 0,
    leaves: measured ? ONE_WITH_EVIDENCE : ONE_WITHOUT,
    achieved,
    flags: flags === 0 ? NONE : flagList(flags),
    contributors: NONE,
    duplicates: NONE,
    reason,
    message,
  };
}

/** The empty list nodes share, and an indicator's leaf counts (frozen). */
const NONE: readonly never[] = /* @__PURE__ */ Object.freeze([]);
const ONE_WITH_EVIDENCE = /* @__PURE__ */ Object.freeze({ total: 1, withEvidence: 1 });
const ONE_WITHOUT = /* @__PURE__ */ Object.freeze({ total: 1, withEvidence: 0 });

/** A plan's or item's figure in one scope, before its coverage is counted. */
interface Figure {
  readonly progress: number | undefined;
  readonly achieved: boolean;
  readonly flags: number;
  readonly contributors: Contributor[];
  readonly reason: ProgressWarningCode | undefined;
  readonly message: string;
}

/** The figure of contributors: their weighted mean over those with data, and the rest. */
function combine(
  fn: string,
  id: string,
  contributors: Contributor[],
  flags: readonly number[],
): Figure {
  if (contributors.length === 0)
    return {
      progress: undefined,
      achieved: false,
      flags: 0,
      contributors,
      reason: "no-contributors",
      message: `'${id}' has no child, indicator or aligned item`,
    };
  let total = 0;
  let withData = 0;
  let sum = 0;
  let achieved = true;
  let bits = 0;
  for (let k = 0; k < contributors.length; k++) {
    const c = contributors[k] as Contributor;
    total += c.weight;
    if (!c.achieved) achieved = false;
    if (c.progress !== undefined) {
      withData += c.weight;
      sum += c.weight * c.progress;
      bits |= flags[k] ?? 0;
    }
  }
  if (!(total > 0)) throw zeroWeightsError(fn, id, contributors[0]?.id ?? id);
  const progress = withData > 0 ? sum / withData : undefined;
  return {
    progress,
    achieved,
    flags: bits,
    contributors,
    reason: progress === undefined ? "insufficient-data" : undefined,
    message: progress === undefined ? `no contributor of '${id}' has data` : "",
  };
}

/** The leaf-item counts of a node from its units (`units[from … to − 1]`) and their evidence. */
function leavesOf(
  units: Int32Array,
  from: number,
  to: number,
  evidence: Uint8Array,
): RollUpNode["leaves"] {
  let withEvidence = 0;
  for (let k = from; k < to; k++) withEvidence += evidence[units[k] as number] as number;
  return { total: to - from, withEvidence };
}

/** The node of a plan or item from its figure and counts. */
function nodeOf(
  id: string,
  kind: "plan" | "item",
  figure: Figure,
  leaves: RollUpNode["leaves"],
  duplicates: readonly RollUpDuplicate[],
): RollUpNode {
  return {
    id,
    kind,
    progress: figure.progress,
    coverage: leaves.total > 0 ? leaves.withEvidence / leaves.total : 0,
    leaves,
    achieved: figure.achieved,
    flags: figure.flags === 0 ? NONE : flagList(figure.flags),
    contributors: figure.contributors,
    duplicates: duplicates.length === 0 ? NONE : duplicates,
    reason: figure.reason,
    message: figure.message,
  };
}

/**
 * Rolls indicator nodes up every plan. Inside an item, an indicator is judged against the targets
 * stated in the item's subtree (the outermost item that states any decides), else against what the
 * contributors below give it; the plan node is the weighted mean of its items as shown.
 * `targetsOf` gives an indicator's assessed targets (undefined: not assessed, no data); it is
 * called only for indicators whose targets some item states. `fn` names the caller in errors.
 * `structure` is the document's (rollUpStructure with these weights), when the caller has it.
 */
export function rollUpTree(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments">,
  indicators: Readonly<Record<string, RollUpNode>>,
  targetsOf: (indicatorId: string) => readonly ScopedTarget[] | undefined,
  weights: Readonly<Record<string, number>>,
  fn: string,
  structure: RollUpStructure = rollUpStructure(document, weights),
): { plans: Record<string, RollUpNode>; items: Record<string, RollUpNode> } {
  if (structure.cycle !== undefined) throw cycleError(fn, structure.cycle);
  const { items: list, linkFrom, linkKind, linkTarget, linkId, linkWeight } = structure;
  const stated = statedTargets(document);
  // Per scope key, per item index, the item's figure in that scope.
  const memo = new Map<string, Map<number, Figure>>();
  const weightAt = (c: number) => linkWeight[c] as number;
  // The target deciding an indicator's figure in a scope, where it differs from its own row's.
  const otherTarget = (
    indicatorId: string,
    here: readonly string[],
    own: readonly string[] | undefined,
  ): string | undefined => {
    const targets = targetsOf(indicatorId);
    if (!targets) return undefined;
    const decided = decidingTarget(targets, here)?.target.targetId;
    return decided !== undefined && decided !== decidingTarget(targets, own)?.target.targetId
      ? decided
      : undefined;
  };
  const visit = (i: number, outer: Scope, outerKey: string): Figure => {
    const item = list[i] as PlanItem;
    const own = stated.get(item.id);
    const scope = own ? widenScope(outer, own) : outer;
    const key = scope === outer ? outerKey : scopeKey(scope);
    let figures = memo.get(key);
    if (!figures) {
      figures = new Map();
      memo.set(key, figures);
    }
    const done = figures.get(i);
    if (done) return done;
    const contributors: Contributor[] = [];
    const flags: number[] = [];
    const to = linkFrom[i + 1] as number;
    for (let c = linkFrom[i] as number; c < to; c++) {
      const id = linkId[c] as string;
      const via =
        linkKind[c] === CHILD ? "child" : linkKind[c] === ALIGNED ? "alignment" : "indicator";
      if (via === "indicator") {
        const node = indicators[id];
        if (!node) continue;
        const targetIds = scope.get(id);
        const value = targetIds ? scopedLeaf(node, targetsOf(id), targetIds) : node;
        const other =
          targetIds && !sameFigure(value, node) ? otherTarget(id, targetIds, undefined) : undefined;
        contributors.push({
          id,
          via,
          weight: weightAt(c),
          progress: value.progress,
          achieved: value.achieved,
          judgedAgainst: other === undefined ? NONE : [{ indicatorId: id, targetId: other }],
        });
        flags.push(value.flags.length === 0 ? 0 : flagBits(value.flags));
        continue;
      }
      const t = linkTarget[c] as number;
      const value = visit(t, scope, key);
      // Where its figure here is not its own row's: the targets this scope imposes on indicators
      // below the contributor that its own row does not (its own statements, else each
      // indicator's current target).
      const judgedAgainst: { indicatorId: string; targetId: string }[] = [];
      if (scope.size > 0 && !sameFigure(value, visit(t, NO_SCOPE, ""))) {
        const ownOfChild = stated.get(id);
        const reached = structure.reach[t];
        for (const [indicatorId, targetIds] of scope) {
          if (!reached?.has(indicatorId)) continue;
          const ownIds = ownOfChild?.get(indicatorId);
          if (ownIds !== undefined && sameIds(ownIds, targetIds)) continue;
          const other = otherTarget(indicatorId, targetIds, ownIds);
          if (other !== undefined) judgedAgainst.push({ indicatorId, targetId: other });
        }
      }
      contributors.push({
        id,
        via,
        weight: weightAt(c),
        progress: value.progress,
        achieved: value.achieved,
        judgedAgainst: judgedAgainst.length === 0 ? NONE : judgedAgainst,
      });
      flags.push(value.flags);
    }
    const figure = combine(fn, item.id, contributors, flags);
    figures.set(i, figure);
    return figure;
  };
  const plans: Record<string, RollUpNode> = {};
  const planFigures: Figure[] = [];
  document.plans.forEach((plan, p) => {
    const contributors: Contributor[] = [];
    const flags: number[] = [];
    const to = structure.planLinkFrom[p + 1] as number;
    for (let c = structure.planLinkFrom[p] as number; c < to; c++) {
      const value = visit(linkTarget[c] as number, NO_SCOPE, "");
      contributors.push({
        id: linkId[c] as string,
        via: "child",
        weight: weightAt(c),
        progress: value.progress,
        achieved: value.achieved,
        judgedAgainst: NONE,
      });
      flags.push(value.flags);
    }
    planFigures.push(combine(fn, plan.id, contributors, flags));
  });
  const own = list.map((_, i) => visit(i, NO_SCOPE, ""));
  // Evidence: an indicator measuring the item directly has progress in the item's own row.
  const evidence = new Uint8Array(list.length);
  own.forEach((figure, i) => {
    evidence[i] = figure.contributors.some((c) => c.via === "indicator" && c.progress !== undefined)
      ? 1
      : 0;
  });
  const items: Record<string, RollUpNode> = {};
  own.forEach((figure, i) => {
    const id = (list[i] as PlanItem).id;
    const leaves = leavesOf(
      structure.units,
      structure.unitFrom[i] as number,
      structure.unitTo[i] as number,
      evidence,
    );
    items[id] = nodeOf(id, "item", figure, leaves, structure.duplicates[i] ?? []);
  });
  document.plans.forEach((plan, p) => {
    const leaves = leavesOf(
      structure.planUnits,
      structure.planUnitFrom[p] as number,
      structure.planUnitFrom[p + 1] as number,
      evidence,
    );
    plans[plan.id] = nodeOf(plan.id, "plan", planFigures[p] as Figure, leaves, []);
  });
  return { plans, items };
}

/** Whether two figures show the same progress and achievement. */
function sameFigure(
  a: Pick<Figure, "progress" | "achieved">,
  b: Pick<Figure, "progress" | "achieved">,
): boolean {
  return a.progress === b.progress && a.achieved === b.achieved;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}
