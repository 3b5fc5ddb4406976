// Private: what a roll-up rolls over, worked out once from the document and shared by the object
// tree (tree.ts) and the columnar one (columns/tree.ts), so that both count the same links, drop
// the same duplicate indicator links and count coverage over the same leaf items:
// - the links of each item (child items, indicators measuring it, items aligned to it, in that
//   order), without the direct indicator links that are counted through another path;
// - the duplicates dropped, per item;
// - the evidence units below every item and plan (see RollUpNode.coverage).
import type { PlanDocument } from "../../schemas/document.js";
import type { ItemKind, PlanItem } from "../../schemas/plan.js";
import type { RollUpDuplicate } from "./types.js";

/** Link kinds. */
export const CHILD = 0;
export const INDICATOR = 1;
export const ALIGNED = 2;

/**
 * Item kinds that give a plan its shape without committing to anything (the same as the kinds
 * `cast-plan evaluate` leaves unrated): such an item with nothing below it is not a leaf item of
 * coverage.
 */
const CONTEXT_KINDS: ReadonlySet<ItemKind> = /* @__PURE__ */ new Set([
  "part",
  "section",
  "principle",
  "other",
]);

/** The weight in force for an id: the override, else the item's or alignment's own, else 1. */
export function weightIn(
  weights: Readonly<Record<string, number>>,
): (id: string, own: number | undefined) => number {
  const overridden = Object.keys(weights).length > 0;
  return (id, own) => (overridden ? weights[id] : undefined) ?? own ?? 1;
}

/** The structure of a document's roll-up (see the file comment). */
export interface RollUpStructure {
  /** Every plan's items, depth first (the index of an item is its place here). */
  readonly items: readonly PlanItem[];
  readonly itemIndex: ReadonlyMap<string, number>;
  /** Item `i`'s counted links are `linkFrom[i] … linkFrom[i + 1] − 1`; plan `p`'s top items
   * follow the items' links, `planLinkFrom[p] … planLinkFrom[p + 1] − 1`. */
  readonly linkFrom: Int32Array;
  readonly planLinkFrom: Int32Array;
  readonly linkKind: Uint8Array;
  /** The item index, or for an indicator link the indicator's index in `document.indicators`. */
  readonly linkTarget: Int32Array;
  /** The contributor's id (item or indicator id). */
  readonly linkId: readonly string[];
  /** The link's weight: the override in `weights` by item, indicator or alignment id, else the
   * document's own, else 1. */
  readonly linkWeight: Float64Array;
  /** Per item, the direct indicator links not counted (each counted through another path). */
  readonly duplicates: readonly (readonly RollUpDuplicate[])[];
  /** The evidence units below item `i`: `units[unitFrom[i] … unitTo[i] − 1]`; below plan `p`:
   * `planUnits[planUnitFrom[p] … planUnitFrom[p + 1] − 1]` (item indices, each once). */
  readonly unitFrom: Int32Array;
  readonly unitTo: Int32Array;
  readonly units: Int32Array;
  readonly planUnitFrom: Int32Array;
  readonly planUnits: Int32Array;
  /** Per item, the tracked indicators (measuring several items, or with targets stated in an
   * item) that count in it: through its own links, its children and aligned items, at any depth,
   * by links of positive weight. */
  readonly reach: readonly (ReadonlySet<string> | undefined)[];
  /** The item through which alignment links form a cycle (the first found, in the order of the
   * roll-up's visits), or undefined; the other fields are then incomplete. */
  readonly cycle: string | undefined;
}

/**
 * Works out the structure of a document's roll-up (see the file comment) with the weights in
 * force (checked). A link of weight 0 counts nothing: an indicator reaches an item, and a leaf
 * item is below it, only through links of positive weight.
 */
export function rollUpStructure(
  document: Pick<PlanDocument, "plans" | "indicators" | "alignments">,
  weights: Readonly<Record<string, number>>,
): RollUpStructure {
  const weightOf = weightIn(weights);
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
  const n = items.length;
  const m = document.indicators.length;
  // Which items each indicator measures, and which indicators are tracked for reach: those that
  // measure more than one item (only they can reach an item twice) or state a target in an item.
  const measuredBy = new Map<string, number[]>();
  const tracked = new Uint8Array(m);
  let anyTracked = false;
  document.indicators.forEach((indicator, s) => {
    const measures = indicator.measures;
    for (const itemId of measures) {
      const list = measuredBy.get(itemId);
      if (list) list.push(s);
      else measuredBy.set(itemId, [s]);
    }
    if (
      (measures.length > 1 && new Set(measures).size > 1) ||
      indicator.targets.some((t) => t.statedIn !== undefined && itemIndex.has(t.statedIn))
    ) {
      tracked[s] = 1;
      anyTracked = true;
    }
  });
  const planIds = new Set(document.plans.map((p) => p.id));
  const alignedTo = new Map<string, { id: string; from: number; weight: number | undefined }[]>();
  for (const a of document.alignments) {
    // A link into a plan outside the document has nothing to roll up into here.
    const external = a.toExternalPlan !== undefined && !planIds.has(a.toExternalPlan);
    const from = itemIndex.get(a.from);
    if (external || !itemIndex.has(a.to) || from === undefined) continue;
    const list = alignedTo.get(a.to) ?? [];
    list.push({ id: a.id, from, weight: a.weight });
    alignedTo.set(a.to, list);
  }
  // Every link, before duplicates are dropped: item i's are allFrom[i] … allFrom[i + 1] − 1.
  const allFrom = new Int32Array(n + 1);
  const allKind: number[] = [];
  const allTarget: number[] = [];
  const allId: string[] = [];
  const allWeight: number[] = [];
  const add = (kind: number, target: number, id: string, weight: number) => {
    allKind.push(kind);
    allTarget.push(target);
    allId.push(id);
    allWeight.push(weight);
  };
  for (let i = 0; i < n; i++) {
    const item = items[i] as PlanItem;
    allFrom[i] = allKind.length;
    for (const child of item.children)
      add(CHILD, itemIndex.get(child.id) ?? 0, child.id, weightOf(child.id, child.weight));
    for (const s of measuredBy.get(item.id) ?? []) {
      const id = (document.indicators[s] as PlanDocument["indicators"][number]).id;
      add(INDICATOR, s, id, weightOf(id, undefined));
    }
    for (const a of alignedTo.get(item.id) ?? [])
      add(ALIGNED, a.from, (items[a.from] as PlanItem).id, weightOf(a.id, a.weight));
  }
  allFrom[n] = allKind.length;
  // 1 where a link is counted (duplicates are dropped below).
  const kept = new Uint8Array(allKind.length);
  const duplicates: RollUpDuplicate[][] = new Array(n);
  const reach: (Set<string> | undefined)[] = new Array(n);
  const unitFrom = new Int32Array(n);
  const unitTo = new Int32Array(n);
  let units = new Int32Array(Math.max(16, 2 * n));
  let unitCount = 0;
  // Marks which unit a union already holds, and which indicator an item links to directly
  // (a stamp per union or item).
  const seen = new Int32Array(n);
  const direct = new Int32Array(m);
  let stamp = 0;
  const state = new Uint8Array(n); // 0 new, 1 visiting, 2 done
  let cycle: string | undefined;
  const pushUnit = (x: number) => {
    if (unitCount === units.length) {
      const grown = new Int32Array(units.length * 2);
      grown.set(units);
      units = grown;
    }
    units[unitCount++] = x;
  };
  // Depth first, children before aligned items (the order of the roll-up's visits, so that the
  // cycle found is the one a visit would meet first).
  const visit = (i: number): void => {
    if (state[i] === 2 || cycle !== undefined) return;
    if (state[i] === 1) {
      cycle = (items[i] as PlanItem).id;
      return;
    }
    state[i] = 1;
    const from = allFrom[i] as number;
    const to = allFrom[i + 1] as number;
    for (let c = from; c < to; c++) {
      if (allKind[c] === INDICATOR) continue;
      visit(allTarget[c] as number);
      if (cycle !== undefined) return;
    }
    state[i] = 2;
    if (anyTracked) reach[i] = reachOf(from, to);
    // A direct link is dropped when the indicator is counted through an item link too, or is
    // named twice in `measures` (the second is dropped).
    stamp += 1;
    let measured = false;
    let links = 0;
    for (let c = from; c < to; c++) {
      if (allKind[c] !== INDICATOR) {
        kept[c] = 1;
        links += 1;
        continue;
      }
      const s = allTarget[c] as number;
      const through = tracked[s] === 1 ? throughOf(from, to, allId[c] as string) : [];
      if (through.length > 0 || direct[s] === stamp) {
        duplicates[i] ??= [];
        duplicates[i]?.push({
          itemId: (items[i] as PlanItem).id,
          indicatorId: allId[c] as string,
          through,
        });
        continue;
      }
      direct[s] = stamp;
      kept[c] = 1;
      links += 1;
      if ((allWeight[c] as number) > 0) measured = true;
    }
    // Units: the item itself when an indicator measures it directly, or when nothing is below it
    // and it commits to something (not a context kind); then the units of its item links.
    stamp += 1;
    unitFrom[i] = unitCount;
    if (measured || (links === 0 && !CONTEXT_KINDS.has((items[i] as PlanItem).kind))) {
      seen[i] = stamp;
      pushUnit(i);
    }
    for (let c = from; c < to; c++) {
      if (allKind[c] === INDICATOR || !((allWeight[c] as number) > 0)) continue;
      const t = allTarget[c] as number;
      for (let k = unitFrom[t] as number; k < (unitTo[t] as number); k++) {
        const x = units[k] as number;
        if (seen[x] === stamp) continue;
        seen[x] = stamp;
        pushUnit(x);
      }
    }
    unitTo[i] = unitCount;
  };
  // The tracked indicators counting in an item with links from … to − 1 (positive weights only).
  const reachOf = (from: number, to: number): Set<string> | undefined => {
    let out: Set<string> | undefined;
    const add = (id: string) => {
      out ??= new Set();
      out.add(id);
    };
    for (let c = from; c < to; c++) {
      if (!((allWeight[c] as number) > 0)) continue;
      if (allKind[c] === INDICATOR) {
        if (tracked[allTarget[c] as number] === 1) add(allId[c] as string);
      } else for (const id of reach[allTarget[c] as number] ?? []) add(id);
    }
    return out;
  };
  // The item links (of positive weight) among from … to − 1 through which an indicator counts.
  const throughOf = (from: number, to: number, indicatorId: string): string[] => {
    const through: string[] = [];
    for (let c = from; c < to; c++) {
      if (allKind[c] === INDICATOR || !((allWeight[c] as number) > 0)) continue;
      const id = allId[c] as string;
      if (reach[allTarget[c] as number]?.has(indicatorId) === true && !through.includes(id))
        through.push(id);
    }
    return through;
  };
  for (const plan of document.plans)
    for (const item of plan.items) visit(itemIndex.get(item.id) ?? 0);
  for (let i = 0; i < n; i++) visit(i);
  // The counted links, then each plan's top items.
  const linkFrom = new Int32Array(n + 1);
  const planLinkFrom = new Int32Array(document.plans.length + 1);
  const kind: number[] = [];
  const target: number[] = [];
  const linkId: string[] = [];
  const linkWeight: number[] = [];
  const push = (k: number, t: number, id: string, weight: number) => {
    kind.push(k);
    target.push(t);
    linkId.push(id);
    linkWeight.push(weight);
  };
  for (let i = 0; i < n; i++) {
    linkFrom[i] = kind.length;
    for (let c = allFrom[i] as number; c < (allFrom[i + 1] as number); c++)
      if (kept[c] === 1)
        push(
          allKind[c] as number,
          allTarget[c] as number,
          allId[c] as string,
          allWeight[c] as number,
        );
  }
  linkFrom[n] = kind.length;
  const planUnitFrom = new Int32Array(document.plans.length + 1);
  const planUnits: number[] = [];
  document.plans.forEach((plan, p) => {
    planLinkFrom[p] = kind.length;
    planUnitFrom[p] = planUnits.length;
    stamp += 1;
    for (const item of plan.items) {
      const t = itemIndex.get(item.id) ?? 0;
      const weight = weightOf(item.id, item.weight);
      push(CHILD, t, item.id, weight);
      if (!(weight > 0)) continue;
      for (let k = unitFrom[t] as number; k < (unitTo[t] as number); k++) {
        const x = units[k] as number;
        if (seen[x] === stamp) continue;
        seen[x] = stamp;
        planUnits.push(x);
      }
    }
  });
  planLinkFrom[document.plans.length] = kind.length;
  planUnitFrom[document.plans.length] = planUnits.length;
  return {
    items,
    itemIndex,
    linkFrom,
    planLinkFrom,
    linkKind: Uint8Array.from(kind),
    linkTarget: Int32Array.from(target),
    linkId,
    linkWeight: Float64Array.from(linkWeight),
    duplicates: Array.from(duplicates, (list) => list ?? []),
    unitFrom,
    unitTo,
    units: units.subarray(0, unitCount),
    planUnitFrom,
    planUnits: Int32Array.from(planUnits),
    reach,
    cycle,
  };
}
