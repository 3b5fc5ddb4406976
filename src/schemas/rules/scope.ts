// The first step: every id namespace checked for duplicates, and the lookups later steps resolve
// references with. Ids inside entities that did not parse count as known, so a broken entity
// does not also produce a "no item has id" for every reference to it.
import type { Plan, Unit } from "../plan.js";
import { each, type Parsed, type Report, uniqueIds, walkItems } from "./common.js";

/** What the rules resolve references against. */
export interface Scope {
  readonly report: Report;
  /** Whether a source id resolves. */
  readonly source: (id: string) => boolean;
  /** The ids of the plans in the document. */
  readonly plans: ReadonlySet<string>;
  /** Whether a plan id resolves, in the document or among the external plans. */
  readonly anyPlan: (id: string) => boolean;
  /** Each item's plan, by item id (items of plans that parsed). */
  readonly itemPlan: ReadonlyMap<string, Plan>;
  /** Whether an item id resolves. */
  readonly item: (id: string) => boolean;
  /** The units that parsed, by id. */
  readonly units: ReadonlyMap<string, Unit>;
  /** Whether a unit id resolves. */
  readonly unit: (id: string) => boolean;
  /** Ids inside entities that did not parse: what they refer to cannot be checked yet. */
  readonly unchecked: ReadonlySet<string>;
}

/** The lists the scope is built from. */
export interface ScopeLists {
  readonly plans: Parsed<Plan>;
  readonly externalPlans: Parsed<{ id: string }>;
  readonly sources: Parsed<{ id: string }>;
  readonly units: Parsed<Unit>;
}

/** Checks ids of sources, plans, units and items for duplicates and returns the scope. */
export function buildScope(doc: ScopeLists, report: Report, unchecked: ReadonlySet<string>): Scope {
  const known =
    (set: { has(id: string): boolean }) =>
    (id: string): boolean =>
      set.has(id) || unchecked.has(id);

  const sourceIds = uniqueIds(report, "source");
  const sources = new Set<string>();
  each(doc.sources, (s, i) => {
    sourceIds(s.id, ["sources", i, "id"]);
    sources.add(s.id);
  });

  const planIds = uniqueIds(report, "plan");
  const plans = new Set<string>();
  const external = new Set<string>();
  each(doc.plans, (p, i) => {
    planIds(p.id, ["plans", i, "id"]);
    plans.add(p.id);
  });
  each(doc.externalPlans, (p, i) => {
    planIds(p.id, ["externalPlans", i, "id"]);
    external.add(p.id);
  });

  const unitIds = uniqueIds(report, "unit");
  const units = new Map<string, Unit>();
  each(doc.units, (u, i) => {
    unitIds(u.id, ["units", i, "id"]);
    if (!units.has(u.id)) units.set(u.id, u);
  });

  // Item ids are unique across all plans.
  const itemIds = uniqueIds(report, "item");
  const itemPlan = new Map<string, Plan>();
  each(doc.plans, (plan, pi) => {
    walkItems(plan.items, ["plans", pi, "items"], (item, path) => {
      itemIds(item.id, [...path, "id"]);
      itemPlan.set(item.id, plan);
    });
  });

  return {
    report,
    source: known(sources),
    plans,
    anyPlan: (id) => plans.has(id) || external.has(id) || unchecked.has(id),
    itemPlan,
    item: known(itemPlan),
    units,
    unit: known(units),
    unchecked,
  };
}
