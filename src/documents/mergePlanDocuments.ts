import { CastPlanError, formatPath, type ValidationIssue } from "../errors/CastPlanError.js";
import type { PlanDocument } from "../schemas/document.js";
import type { Alignment, Plan, PlanItem } from "../schemas/plan.js";
import { same } from "./same.js";

/**
 * How {@link mergePlanDocuments} weighs local plans' contributions into a national item, through
 * the weights of the alignment links (which {@link rollUpProgress} applies):
 *
 * - `equal` (default): every local plan aligned to the item weighs the same;
 * - `by-weight`: every local document weighs its declared `weight` (a population, say), shared
 *   equally by its plans aligned to the item;
 * - `none`: the links are kept with weight 0: local plans are aligned but do not contribute.
 *
 * @category Documents
 * @since 0.2.0
 */
export type LocalWeighting = "equal" | "by-weight" | "none";

/**
 * A local document with the weight it carries under the `by-weight` policy.
 *
 * @category Documents
 * @since 0.2.0
 */
export interface WeightedPlanDocument {
  /** The local plan document. */
  readonly document: PlanDocument;
  /** Its weight under `by-weight`, such as its population; finite, ≥ 0. */
  readonly weight?: number | undefined;
}

/**
 * A local document given to {@link mergePlanDocuments}: the document, or it with its weight.
 *
 * @category Documents
 * @since 0.2.0
 */
export type LocalPlanDocument = PlanDocument | WeightedPlanDocument;

/**
 * The options of {@link mergePlanDocuments}, given after the local documents.
 *
 * @category Documents
 * @since 0.2.0
 */
export interface MergePlanOptions {
  /** How local contributions are weighed into a national item; default `equal`. */
  readonly policy?: LocalWeighting | undefined;
  /**
   * The weight all local contributions to one national item carry together, beside the item's
   * own children, indicators and national links (each weighing 1 unless declared); default 1.
   * Finite and positive. Ignored by `none`.
   */
  readonly localShare?: number | undefined;
}

type Path = (string | number)[];
type Kind =
  | "plan"
  | "item"
  | "phase"
  | "cadence"
  | "assignment"
  | "indicator"
  | "target"
  | "observation"
  | "unit"
  | "source"
  | "alignment"
  | "rating scale"
  | "rubric"
  | "assessment";

const FN = "mergePlanDocuments";
const POLICIES: readonly LocalWeighting[] = ["equal", "by-weight", "none"];

function isDocument(value: unknown): value is PlanDocument {
  return typeof value === "object" && value !== null && "plans" in value;
}

function isWeighted(value: unknown): value is WeightedPlanDocument {
  return typeof value === "object" && value !== null && "document" in value;
}

/**
 * Merges local plan documents (a province's, a national society's) into a national one, such as
 * the CAST document, so that the national roll-up sees the local work through its alignment links.
 *
 * @remarks
 * The result lists the national document's entities first, then each local document's, in order.
 * Sources, units, indicators, rating scales and rubrics that two documents both define are kept
 * once when they are identical (a local document may repeat a national indicator it reports on);
 * any other id used twice in one namespace (plans, items, phases, cadences, assignments,
 * targets, observations, alignment links, assessments) is a `DUPLICATE_ID`. External plans that
 * the merge brings into the document are dropped from `externalPlans`; of the rest, the first with
 * an id is kept.
 *
 * Weighing: the links from a local document into an item of a national plan are its
 * contributions. Together they weigh `localShare` (default 1, as much as one child or indicator
 * of default weight), split by the policy ({@link LocalWeighting}) among the local plans, and
 * within a plan in proportion to its links' own weights (default 1). So 31 provinces aligned to a
 * national task weigh, together, as one more contributor, and cannot swamp its own indicator.
 * The computed weight replaces each contribution's own `weight`; other links keep theirs.
 *
 * Checks made here: ids as above, both ends of every link, and the policy's inputs. The other
 * rules of a plan document are not run (this function does not load zod): pass the result to
 * `parsePlanDocument` from `cast-plan/schemas` to check them all. Pure: no input is changed.
 *
 * @param national - The national document, whose plans' items receive the local contributions.
 * @param local - The local documents, each optionally with its `weight` (for `by-weight`); the
 *   last argument may be the {@link MergePlanOptions}.
 * @returns The merged document.
 * @throws {@link CastPlanError} `DUPLICATE_ID` naming both paths of each id used twice
 *   (`["national", …]`, `["local", 0, …]`); `UNKNOWN_ID` for a link whose `from` or `to` resolves
 *   nowhere; `INVALID_ARGUMENT` for an unknown policy, a `localShare` that is not a positive
 *   number, or a local document without a weight under `by-weight`; `INVALID_WEIGHTS` for a weight
 *   that is negative or not finite, local weights totalling zero for an item under `by-weight`,
 *   or, under `none`, a national item whose only contributors are local (its roll-up weights
 *   would total zero).
 *
 * @example
 * ```ts
 * import { mergePlanDocuments } from "cast-plan";
 * const plan = (id: string, items: { id: string; kind: "task"; heading: { en: string }; tags: string[]; children: [] }[]) => ({ id, kind: "local-plan" as const, title: { en: id }, issuer: "X", period: { start: 2021, end: 2025 }, items, phases: [], cadences: [], assignments: [] });
 * const doc = (plans: ReturnType<typeof plan>[], alignments: { id: string; from: string; to: string; toExternalPlan: string; relation: "implements"; editorial: false }[] = []) => ({ schemaVersion: 1 as const, plans, externalPlans: [], sources: [], indicators: [], observations: [], units: [], alignments, ratingScales: [], rubrics: [], assessments: [] });
 * const task = (id: string) => ({ id, kind: "task" as const, heading: { en: id }, tags: [], children: [] as [] });
 * const national = doc([plan("nat", [task("nat.1"), task("nat.2")])]);
 * const link = (n: string) => ({ id: `al.${n}`, from: `${n}.1`, to: "nat.1", toExternalPlan: "nat", relation: "implements" as const, editorial: false as const });
 * const a = doc([plan("a", [task("a.1")])], [link("a")]);
 * const b = doc([plan("b", [task("b.1")])], [link("b")]);
 * const merged = mergePlanDocuments(national, a, b);
 * merged.plans.map((p) => p.id) // => ["nat", "a", "b"]
 * merged.alignments.map((l) => l.weight) // => [0.5, 0.5]
 * mergePlanDocuments(national, { document: a, weight: 1 }, { document: b, weight: 3 }, { policy: "by-weight" }).alignments.map((l) => l.weight) // => [0.25, 0.75]
 * ```
 *
 * @category Documents
 * @since 0.2.0
 */
export function mergePlanDocuments(
  national: PlanDocument,
  ...local: readonly LocalPlanDocument[]
): PlanDocument;
export function mergePlanDocuments(
  national: PlanDocument,
  ...localThenOptions: readonly [...LocalPlanDocument[], MergePlanOptions]
): PlanDocument;
export function mergePlanDocuments(
  national: PlanDocument,
  ...rest: readonly (LocalPlanDocument | MergePlanOptions)[]
): PlanDocument {
  const last = rest[rest.length - 1];
  const hasOptions = last !== undefined && !isDocument(last) && !isWeighted(last);
  const options = (hasOptions ? last : {}) as MergePlanOptions;
  const locals = (hasOptions ? rest.slice(0, -1) : rest) as readonly LocalPlanDocument[];
  const policy = options.policy ?? "equal";
  if (!POLICIES.includes(policy))
    throw new CastPlanError("INVALID_ARGUMENT", `${FN}: unknown policy '${String(policy)}'`, [
      { path: ["options", "policy"], rule: "policy", message: `one of ${POLICIES.join(", ")}` },
    ]);
  const share = options.localShare ?? 1;
  if (!(typeof share === "number" && Number.isFinite(share) && share > 0))
    throw new CastPlanError(
      "INVALID_ARGUMENT",
      `${FN}: localShare ${String(share)} is not a positive number`,
      [{ path: ["options", "localShare"], rule: "weights", message: "a finite number above 0" }],
    );
  const docs: { document: PlanDocument; weight: number | undefined; root: Path }[] = [
    { document: national, weight: undefined, root: ["national"] },
    ...locals.map((l, i) => {
      if (!isDocument(l) && !isWeighted(l))
        throw new CastPlanError("INVALID_ARGUMENT", `${FN}: local ${i} is not a plan document`, [
          { path: ["local", i], rule: "type", message: "a plan document or { document, weight }" },
        ]);
      const weighted = isWeighted(l) ? l : undefined;
      const weight = weighted?.weight;
      const root: Path = ["local", i];
      if (
        weight !== undefined &&
        !(typeof weight === "number" && Number.isFinite(weight) && weight >= 0)
      )
        throw new CastPlanError(
          "INVALID_WEIGHTS",
          `${FN}: weight ${String(weight)} of local ${i}`,
          [
            {
              path: [...root, "weight"],
              rule: "weights",
              message: "a weight is a finite number ≥ 0",
            },
          ],
        );
      if (policy === "by-weight" && weight === undefined)
        throw new CastPlanError(
          "INVALID_ARGUMENT",
          `${FN}: policy 'by-weight' needs a weight for local ${i}`,
          [{ path: [...root, "weight"], rule: "weights", message: "give { document, weight }" }],
        );
      return { document: weighted ? weighted.document : (l as PlanDocument), weight, root };
    }),
  ];

  // Ids: one namespace per kind; `shared` kinds keep identical duplicates once.
  const duplicates: ValidationIssue[] = [];
  const seen = new Map<string, { path: Path; value: unknown }>();
  const first: string[] = [];
  /** Whether the entity is new (to be kept). */
  const claim = (kind: Kind, id: string, value: unknown, path: Path, shared: boolean): boolean => {
    const key = `${kind}\u0000${id}`;
    const before = seen.get(key);
    if (!before) {
      seen.set(key, { path, value });
      return true;
    }
    if (shared && same(before.value, value)) return false;
    const message = `duplicate ${kind} id '${id}' (also at ${formatPath(before.path)})`;
    duplicates.push({ path, rule: "unique-id", message });
    if (first.length === 0)
      first.push(`${kind} id '${id}' is at ${formatPath(before.path)} and at ${formatPath(path)}`);
    return false;
  };

  const out = {
    plans: [] as Plan[],
    sources: [] as PlanDocument["sources"],
    indicators: [] as PlanDocument["indicators"],
    observations: [] as PlanDocument["observations"],
    units: [] as PlanDocument["units"],
    alignments: [] as { alignment: Alignment; doc: number; path: Path }[],
    ratingScales: [] as PlanDocument["ratingScales"],
    rubrics: [] as PlanDocument["rubrics"],
    assessments: [] as PlanDocument["assessments"],
  };
  const itemPlan = new Map<string, { plan: Plan; doc: number; item: PlanItem }>();
  const list = <T>(value: readonly T[] | undefined): readonly T[] => value ?? [];
  docs.forEach(({ document, root }, d) => {
    list(document.plans).forEach((plan, p) => {
      const path = [...root, "plans", p];
      if (!claim("plan", plan.id, plan, [...path, "id"], false)) return;
      out.plans.push(plan);
      const walk = (items: readonly PlanItem[], at: Path) =>
        items.forEach((item, i) => {
          if (claim("item", item.id, item, [...at, i, "id"], false))
            itemPlan.set(item.id, { plan, doc: d, item });
          walk(list(item.children), [...at, i, "children"]);
        });
      walk(list(plan.items), [...path, "items"]);
      for (const [kind, key] of [
        ["phase", "phases"],
        ["cadence", "cadences"],
        ["assignment", "assignments"],
      ] as const)
        list(plan[key] as readonly { id: string }[]).forEach((x, i) => {
          claim(kind, x.id, x, [...path, key, i, "id"], false);
        });
    });
    const keep = <T extends { id: string }>(
      kind: Kind,
      key: keyof PlanDocument,
      into: T[],
      shared: boolean,
    ) =>
      list(document[key] as readonly T[] | undefined).forEach((x, i) => {
        if (claim(kind, x.id, x, [...root, key, i, "id"], shared)) into.push(x);
      });
    keep("source", "sources", out.sources, true);
    keep("unit", "units", out.units, true);
    list(document.indicators).forEach((indicator, n) => {
      const path = [...root, "indicators", n];
      if (!claim("indicator", indicator.id, indicator, [...path, "id"], true)) return;
      out.indicators.push(indicator);
      list(indicator.targets).forEach((t, i) => {
        claim("target", t.id, t, [...path, "targets", i, "id"], false);
      });
    });
    list(document.observations).forEach((o, i) => {
      if (
        o.id === undefined ||
        claim("observation", o.id, o, [...root, "observations", i, "id"], false)
      )
        out.observations.push(o);
    });
    list(document.alignments).forEach((a, i) => {
      const path = [...root, "alignments", i];
      if (claim("alignment", a.id, a, [...path, "id"], false))
        out.alignments.push({ alignment: a, doc: d, path });
    });
    keep("rating scale", "ratingScales", out.ratingScales, true);
    keep("rubric", "rubrics", out.rubrics, true);
    keep("assessment", "assessments", out.assessments, false);
  });
  if (duplicates.length > 0)
    throw new CastPlanError("DUPLICATE_ID", `${FN}: ${first[0]}`, duplicates);

  const planIds = new Set(out.plans.map((p) => p.id));
  const externalPlans: PlanDocument["externalPlans"] = [];
  const externalIds = new Set<string>();
  for (const { document } of docs)
    for (const e of list(document.externalPlans))
      if (!planIds.has(e.id) && !externalIds.has(e.id)) {
        externalIds.add(e.id);
        externalPlans.push(e);
      }

  // Both ends of every link.
  const unknown: ValidationIssue[] = [];
  for (const { alignment: a, path } of out.alignments) {
    if (!itemPlan.has(a.from))
      unknown.push({
        path: [...path, "from"],
        rule: "reference",
        message: `no item has id '${a.from}'`,
      });
    const owner = itemPlan.get(a.to)?.plan.id;
    const target = a.toExternalPlan;
    if (target !== undefined && planIds.has(target) && owner !== target)
      unknown.push({
        path: [...path, "to"],
        rule: "reference",
        message: `plan '${target}' has no item '${a.to}'`,
      });
    else if (target !== undefined && !planIds.has(target) && !externalIds.has(target))
      unknown.push({
        path: [...path, "toExternalPlan"],
        rule: "reference",
        message: `no plan or external plan has id '${target}'`,
      });
    else if (target === undefined && owner === undefined)
      unknown.push({
        path: [...path, "to"],
        rule: "reference",
        message: `no item has id '${a.to}'`,
      });
  }
  if (unknown.length > 0)
    throw new CastPlanError(
      "UNKNOWN_ID",
      `${FN}: ${unknown.length} link end${unknown.length === 1 ? "" : "s"} resolve nowhere, the first at ${formatPath(unknown[0]?.path ?? [])}: ${unknown[0]?.message}`,
      unknown,
    );

  const weights = contributionWeights(
    out.alignments,
    itemPlan,
    out.indicators,
    docs,
    policy,
    share,
  );
  return {
    ...(national.$schema === undefined ? {} : { $schema: national.$schema }),
    schemaVersion: 1,
    plans: out.plans,
    externalPlans,
    sources: out.sources,
    indicators: out.indicators,
    observations: out.observations,
    units: out.units,
    alignments: out.alignments.map(({ alignment }) => {
      const w = weights.get(alignment.id);
      return w === undefined ? alignment : { ...alignment, weight: w };
    }),
    ratingScales: out.ratingScales,
    rubrics: out.rubrics,
    assessments: out.assessments,
  };
}

/** The weight of every local contribution (a link from a local document into a national item). */
function contributionWeights(
  alignments: readonly { alignment: Alignment; doc: number; path: Path }[],
  itemPlan: ReadonlyMap<string, { plan: Plan; doc: number; item: PlanItem }>,
  indicators: PlanDocument["indicators"],
  docs: readonly { weight: number | undefined; root: Path }[],
  policy: LocalWeighting,
  share: number,
): Map<string, number> {
  // Per national item, per local plan: its links and its document.
  const byItem = new Map<string, Map<string, { doc: number; links: Alignment[] }>>();
  for (const { alignment: a, doc } of alignments) {
    if (doc === 0 || itemPlan.get(a.to)?.doc !== 0) continue;
    const from = itemPlan.get(a.from);
    if (!from) continue;
    const plans = byItem.get(a.to) ?? new Map<string, { doc: number; links: Alignment[] }>();
    const entry = plans.get(from.plan.id) ?? { doc: from.doc, links: [] };
    entry.links.push(a);
    plans.set(from.plan.id, entry);
    byItem.set(a.to, plans);
  }
  const out = new Map<string, number>();
  const measured = new Set(indicators.flatMap((i) => i.measures));
  for (const [itemId, plans] of byItem) {
    const entries = [...plans.values()];
    let planWeights: number[];
    if (policy === "none") {
      planWeights = entries.map(() => 0);
      const national = alignments.filter(
        ({ alignment: a, doc }) =>
          a.to === itemId && doc === 0 && itemPlan.has(a.from) && (a.weight ?? 1) > 0,
      );
      const item = itemPlan.get(itemId)?.item;
      const children = (item?.children ?? []).some((c) => (c.weight ?? 1) > 0);
      if (!children && !measured.has(itemId) && national.length === 0)
        throw new CastPlanError(
          "INVALID_WEIGHTS",
          `mergePlanDocuments: under policy 'none', national item '${itemId}' has only local contributors, so its roll-up weights would total zero`,
          alignments
            .filter(({ alignment: a, doc }) => a.to === itemId && doc !== 0)
            .map(({ path }) => ({
              path: [...path, "weight"],
              rule: "weights",
              message: `the only contributors of '${itemId}' would weigh 0`,
            })),
        );
    } else if (policy === "equal") {
      planWeights = entries.map(() => share / entries.length);
    } else {
      // A document's weight is shared equally by its plans aligned to this item.
      const plansOf = new Map<number, number>();
      for (const e of entries) plansOf.set(e.doc, (plansOf.get(e.doc) ?? 0) + 1);
      const raw = entries.map((e) => (docs[e.doc]?.weight ?? 0) / (plansOf.get(e.doc) ?? 1));
      const total = raw.reduce((s, w) => s + w, 0);
      if (!(total > 0))
        throw new CastPlanError(
          "INVALID_WEIGHTS",
          `mergePlanDocuments: the weights of the local documents aligned to '${itemId}' total zero`,
          [...new Set(entries.map((e) => e.doc))].map((d) => ({
            path: [...(docs[d]?.root ?? []), "weight"],
            rule: "weights",
            message: "weights must have a positive total",
          })),
        );
      planWeights = raw.map((w) => (share * w) / total);
    }
    entries.forEach((e, k) => {
      const planWeight = planWeights[k] ?? 0;
      const own = e.links.map((a) => a.weight ?? 1);
      const total = own.reduce((s, w) => s + w, 0);
      e.links.forEach((a, j) => {
        out.set(a.id, total > 0 ? (planWeight * (own[j] ?? 0)) / total : 0);
      });
    });
  }
  return out;
}
