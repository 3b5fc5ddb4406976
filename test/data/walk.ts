// Flattens the item trees of a plan document, keeping each item's parent and plan.
import type { PlanDocument, PlanItem } from "../../src/schemas/index.js";

/** One item with the id of its plan and of its parent item (undefined at the top level). */
export interface FlatItem {
  /** The item. */
  item: PlanItem;
  /** The plan id. */
  planId: string;
  /** The parent item's id. */
  parentId: string | undefined;
}

/** Every item of every plan, depth first in source order. */
export function flatItems(doc: PlanDocument): FlatItem[] {
  const out: FlatItem[] = [];
  const visit = (items: readonly PlanItem[], planId: string, parentId: string | undefined) => {
    for (const item of items) {
      out.push({ item, planId, parentId });
      visit(item.children, planId, item.id);
    }
  };
  for (const plan of doc.plans) visit(plan.items, plan.id, undefined);
  return out;
}
