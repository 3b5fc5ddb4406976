import type { PlanDocument } from "../schemas/document.js";
import type { PlanItem } from "../schemas/plan.js";
import { same } from "./same.js";

/**
 * The kinds of entity {@link diffPlanDocuments} matches and compares.
 *
 * @category Documents
 * @since 0.2.0
 */
export type PlanEntityKind =
  | "plan"
  | "externalPlan"
  | "item"
  | "phase"
  | "cadence"
  | "assignment"
  | "indicator"
  | "baseline"
  | "target"
  | "observation"
  | "unit"
  | "source"
  | "alignment"
  | "ratingScale"
  | "rubric"
  | "assessment";

/**
 * The entity kinds in the order {@link diffPlanDocuments} lists their changes.
 *
 * @example
 * ```ts
 * import { PLAN_ENTITY_KINDS } from "cast-plan";
 * PLAN_ENTITY_KINDS.slice(0, 3) // => ["plan", "externalPlan", "item"]
 * ```
 *
 * @category Documents
 * @since 0.2.0
 */
export const PLAN_ENTITY_KINDS: readonly PlanEntityKind[] = Object.freeze([
  "plan",
  "externalPlan",
  "item",
  "phase",
  "cadence",
  "assignment",
  "indicator",
  "baseline",
  "target",
  "observation",
  "unit",
  "source",
  "alignment",
  "ratingScale",
  "rubric",
  "assessment",
] as const);

/**
 * Where a change is, by id rather than by position, so that it survives reordering.
 *
 * @category Documents
 * @since 0.2.0
 */
export interface PlanLocator {
  /** The kind of entity. */
  readonly entity: PlanEntityKind;
  /**
   * The entity's id. Baselines have none: theirs is `<indicatorId>@<period>` with the dimensions
   * as `[name=value,…]`; an observation without an id is `<indicatorId>@<period>`, then the unit
   * as `/<unitId>` and the dimensions likewise. A key met twice in one document gets `#2`, `#3`….
   */
  readonly id: string;
  /** For a changed field: its path inside the entity, such as `["value"]` or `["title", "en"]`. */
  readonly field?: readonly (string | number)[];
}

/**
 * One difference between two plan documents.
 *
 * @category Documents
 * @since 0.2.0
 */
export interface PlanChange {
  /**
   * `added` (only in the newer document), `removed` (only in the older), `changed` (one field
   * differs; one change per field) or `moved` (an item, phase, cadence, assignment, baseline or
   * target now belongs to another parent).
   */
  readonly kind: "added" | "removed" | "changed" | "moved";
  /** The entity (and field) by id. */
  readonly locator: PlanLocator;
  /**
   * The JSON path in the newer document (in the older one for `removed`), such as
   * `["indicators", 3, "targets", 1, "value"]`.
   */
  readonly path: readonly (string | number)[];
  /**
   * The old value: the field's (absent when the field was not set), the whole entity for
   * `removed` (without the entities nested in it, which are listed on their own), or the old
   * parent's locator for `moved`. Values are the inputs' own, not copies.
   */
  readonly before?: unknown;
  /** The new value, as `before`: the field's, the whole entity for `added`, the new parent. */
  readonly after?: unknown;
}

/**
 * The count of one entity kind in each document and of its changes.
 *
 * @category Documents
 * @since 0.2.0
 */
export interface PlanDiffCount {
  /** How many the older document holds. */
  readonly before: number;
  /** How many the newer document holds. */
  readonly after: number;
  /** How many were added. */
  readonly added: number;
  /** How many were removed. */
  readonly removed: number;
  /** How many have at least one changed field. */
  readonly changed: number;
  /** How many moved to another parent. */
  readonly moved: number;
}

/**
 * What {@link diffPlanDocuments} returns.
 *
 * @category Documents
 * @since 0.2.0
 */
export interface PlanDiff {
  /** Whether the documents hold the same entities with the same fields. */
  readonly equal: boolean;
  /** Every difference, by entity kind in {@link PLAN_ENTITY_KINDS} order, then document order. */
  readonly changes: readonly PlanChange[];
  /** Per entity kind, the counts in each document and of its changes. */
  readonly summary: Readonly<Record<PlanEntityKind, PlanDiffCount>>;
}

type Path = (string | number)[];

/** An entity found in a document: its key, path, value without nested entities, and parent. */
interface Found {
  readonly id: string;
  readonly path: Path;
  readonly value: Record<string, unknown>;
  readonly parent?: { readonly entity: PlanEntityKind; readonly id: string } | undefined;
}

type Catalogue = Map<PlanEntityKind, Map<string, Found>>;

const PLAN_NESTED = ["items", "phases", "cadences", "assignments"];
const INDICATOR_NESTED = ["baselines", "targets"];

function without(value: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!keys.includes(k)) out[k] = v;
  return out;
}

function text(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

function dimensionsKey(dimensions: unknown): string {
  if (typeof dimensions !== "object" || dimensions === null) return "";
  const entries = Object.entries(dimensions as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return entries.length === 0 ? "" : `[${entries.map(([k, v]) => `${k}=${text(v)}`).join(",")}]`;
}

/** Every entity of a document by kind and key, in document order. */
function catalogue(doc: PlanDocument): Catalogue {
  const out: Catalogue = new Map(PLAN_ENTITY_KINDS.map((k) => [k, new Map()]));
  const add = (entity: PlanEntityKind, found: Found) => {
    const map = out.get(entity) as Map<string, Found>;
    let id = found.id;
    for (let n = 2; map.has(id); n++) id = `${found.id}#${n}`;
    map.set(id, { ...found, id });
  };
  const list = <T>(value: readonly T[] | undefined): readonly T[] => value ?? [];
  list(doc.plans).forEach((plan, p) => {
    add("plan", { id: plan.id, path: ["plans", p], value: without(plan, PLAN_NESTED) });
    const walk = (items: readonly PlanItem[], path: Path, parent: Found["parent"]): void => {
      items.forEach((item, i) => {
        const here = [...path, i];
        add("item", { id: item.id, path: here, value: without(item, ["children"]), parent });
        walk(list(item.children), [...here, "children"], { entity: "item", id: item.id });
      });
    };
    const owner = { entity: "plan", id: plan.id } as const;
    walk(list(plan.items), ["plans", p, "items"], owner);
    for (const [kind, key] of [
      ["phase", "phases"],
      ["cadence", "cadences"],
      ["assignment", "assignments"],
    ] as const)
      list(plan[key] as readonly { id: string }[]).forEach((x, i) => {
        add(kind, { id: x.id, path: ["plans", p, key, i], value: { ...x }, parent: owner });
      });
  });
  list(doc.indicators).forEach((indicator, n) => {
    const path: Path = ["indicators", n];
    add("indicator", { id: indicator.id, path, value: without(indicator, INDICATOR_NESTED) });
    const owner = { entity: "indicator", id: indicator.id } as const;
    list(indicator.baselines).forEach((b, i) => {
      const id = `${indicator.id}@${String(b.period)}${dimensionsKey(b.dimensions)}`;
      add("baseline", { id, path: [...path, "baselines", i], value: { ...b }, parent: owner });
    });
    list(indicator.targets).forEach((t, i) => {
      add("target", { id: t.id, path: [...path, "targets", i], value: { ...t }, parent: owner });
    });
  });
  list(doc.observations).forEach((o, i) => {
    const id =
      o.id ??
      `${o.indicatorId}@${text(o.period)}${o.unitId === undefined ? "" : `/${o.unitId}`}${dimensionsKey(o.dimensions)}`;
    add("observation", { id, path: ["observations", i], value: { ...o } });
  });
  const lists: [PlanEntityKind, keyof PlanDocument][] = [
    ["externalPlan", "externalPlans"],
    ["unit", "units"],
    ["source", "sources"],
    ["alignment", "alignments"],
    ["ratingScale", "ratingScales"],
    ["rubric", "rubrics"],
    ["assessment", "assessments"],
  ];
  for (const [kind, key] of lists)
    list(doc[key] as readonly { id: string }[] | undefined).forEach((x, i) => {
      add(kind, { id: x.id, path: [key, i], value: { ...x } });
    });
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The fields that differ, down through plain objects; arrays and other values compare whole. */
function fieldChanges(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  prefix: Path,
  out: { field: Path; before: unknown; after: unknown }[],
): void {
  const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !(k in b))];
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    if (same(x, y)) continue;
    if (isPlainObject(x) && isPlainObject(y)) fieldChanges(x, y, [...prefix, k], out);
    else out.push({ field: [...prefix, k], before: x, after: y });
  }
}

function change(
  kind: PlanChange["kind"],
  locator: PlanLocator,
  path: Path,
  before: unknown,
  after: unknown,
): PlanChange {
  const c: { -readonly [K in keyof PlanChange]: PlanChange[K] } = { kind, locator, path };
  if (before !== undefined) c.before = before;
  if (after !== undefined) c.after = after;
  return c;
}

/**
 * Lists what changed from one plan document to another (a mid-term revision, say): every plan,
 * item, phase, cadence, assignment, indicator, baseline, target, observation, unit, source,
 * alignment link and evaluation object added, removed, changed or moved, each with its JSON path,
 * an id-based locator and the old and new value.
 *
 * @remarks
 * Entities are matched by id (baselines and id-less observations by indicator, period, unit and
 * dimensions), never by position: reordering a list is not a change. A changed entity gives one
 * change per differing field, down through plain objects (`["title", "en"]`); arrays such as
 * `tags`, `measures` or `dimensions` compare whole. Nested entities (an item's children, a plan's
 * phases, an indicator's targets) are compared on their own, not as fields of their parent; an
 * item that now sits under another item or plan is `moved`. Pure: neither document is changed.
 *
 * @param before - The older document (parsed, as {@link PlanDocument}).
 * @param after - The newer document.
 * @returns Whether they are equal, every change in a stable order, and counts per entity kind.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { diffPlanDocuments } from "cast-plan";
 * const plan = { id: "p", kind: "local-plan" as const, title: { en: "P" }, issuer: "X", period: { start: 2021, end: 2025 }, items: [], phases: [], cadences: [], assignments: [] };
 * const indicator = (value: number) => ({ id: "i", name: { en: "I" }, measure: "count" as const, unit: "events", direction: "increase" as const, aggregation: "sum" as const, dimensions: [], baselines: [], measures: [], references: [], targets: [{ id: "i.t2025", deadline: 2025, comparator: ">=" as const, value }] });
 * const doc = (value: number) => ({ schemaVersion: 1 as const, plans: [plan], externalPlans: [], sources: [], indicators: [indicator(value)], observations: [], units: [], alignments: [], ratingScales: [], rubrics: [], assessments: [] });
 * const diff = diffPlanDocuments(doc(10), doc(12));
 * diff.equal // => false
 * diff.changes[0] // => { kind: "changed", locator: { entity: "target", id: "i.t2025", field: ["value"] }, path: ["indicators", 0, "targets", 0, "value"], before: 10, after: 12 }
 * diffPlanDocuments(doc(10), doc(10)).equal // => true
 * ```
 *
 * @category Documents
 * @since 0.2.0
 */
export function diffPlanDocuments(before: PlanDocument, after: PlanDocument): PlanDiff {
  const a = catalogue(before);
  const b = catalogue(after);
  const changes: PlanChange[] = [];
  const summary = {} as Record<PlanEntityKind, PlanDiffCount>;
  for (const entity of PLAN_ENTITY_KINDS) {
    const olds = a.get(entity) as Map<string, Found>;
    const news = b.get(entity) as Map<string, Found>;
    const count = {
      before: olds.size,
      after: news.size,
      added: 0,
      removed: 0,
      changed: 0,
      moved: 0,
    };
    for (const [id, found] of news) {
      const old = olds.get(id);
      if (!old) {
        count.added++;
        changes.push(change("added", { entity, id }, found.path, undefined, found.value));
        continue;
      }
      if (!same(old.parent, found.parent)) {
        count.moved++;
        changes.push(change("moved", { entity, id }, found.path, old.parent, found.parent));
      }
      const fields: { field: Path; before: unknown; after: unknown }[] = [];
      fieldChanges(old.value, found.value, [], fields);
      if (fields.length > 0) count.changed++;
      for (const f of fields)
        changes.push(
          change(
            "changed",
            { entity, id, field: f.field },
            [...found.path, ...f.field],
            f.before,
            f.after,
          ),
        );
    }
    for (const [id, found] of olds)
      if (!news.has(id)) {
        count.removed++;
        changes.push(change("removed", { entity, id }, found.path, found.value, undefined));
      }
    summary[entity] = count;
  }
  return { equal: changes.length === 0, changes, summary };
}
