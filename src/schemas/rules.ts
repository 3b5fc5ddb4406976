// Cross-entity rules of a plan document, run by the document schemas after each entity has been
// parsed on its own. Every problem becomes a zod issue with a path and a stable `params.rule`.
import type * as z from "zod";
import { formatPath } from "../errors/CastPlanError.js";
import type { Assessment, Criterion, RatingScale, Rubric } from "./evaluation.js";
import type { Indicator, Observation } from "./indicator.js";
import type { Alignment, Plan, PlanItem, Unit } from "./plan.js";
import {
  type CalendarPoint,
  type Dimensions,
  firstDayKey,
  lastDayKeyOf,
  type Period,
  type SourceLink,
  type SourceRef,
} from "./primitives.js";

type Path = (string | number)[];
type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: Path, rule: string, message: string): void {
  ctx.addIssue({ code: "custom", path, message, params: { rule } });
}

/** Records ids in one namespace and reports duplicates. */
function uniqueIds(ctx: Ctx, namespace: string): (id: string, path: Path) => void {
  const seen = new Map<string, Path>();
  return (id, path) => {
    const first = seen.get(id);
    if (first)
      issue(
        ctx,
        path,
        "unique-id",
        `duplicate ${namespace} id '${id}' (first used at ${formatPath(first)})`,
      );
    else seen.set(id, path);
  };
}

function periodInside(inner: Period | CalendarPoint, outer: Period): boolean {
  const s = typeof inner === "object" ? inner.start : inner;
  const e = typeof inner === "object" ? inner.end : inner;
  return firstDayKey(s) >= firstDayKey(outer.start) && lastDayKeyOf(e) <= lastDayKeyOf(outer.end);
}

function describe(p: Period | CalendarPoint): string {
  return typeof p === "object" ? `${p.start}–${p.end}` : String(p);
}

function checkSource(
  ctx: Ctx,
  link: SourceLink | undefined,
  sources: ReadonlySet<string>,
  path: Path,
): void {
  if (typeof link === "string" && !sources.has(link))
    issue(ctx, path, "reference", `no source has id '${link}'`);
}

function checkWeights(
  ctx: Ctx,
  siblings: readonly { weight?: number | undefined }[],
  pathOf: (i: number) => Path,
  required: boolean,
): void {
  const given = siblings.filter((s) => s.weight !== undefined).length;
  if (given === 0 || siblings.length === 0) return;
  if (!required && given !== siblings.length) {
    const i = siblings.findIndex((s) => s.weight === undefined);
    issue(ctx, [...pathOf(i), "weight"], "weights", "give a weight to every sibling or to none");
    return;
  }
  const total = siblings.reduce((sum, s) => sum + (s.weight ?? 0), 0);
  if (!(total > 0))
    issue(ctx, [...pathOf(0), "weight"], "weights", "sibling weights must have a positive total");
}

function dimensionKey(d: Dimensions | undefined): string {
  if (!d) return "";
  return JSON.stringify(
    Object.keys(d)
      .sort()
      .map((k) => [k, d[k]]),
  );
}

function periodKey(p: CalendarPoint | Period): string {
  return typeof p === "object" ? `${p.start}/${p.end}` : String(p);
}

/** The shape the rules read; both document schemas produce it. */
export interface DocumentForRules {
  plans: Plan[];
  externalPlans: { id: string }[];
  sources: (SourceRef & { id: string })[];
  indicators: Indicator[];
  observations: Observation[];
  units: Unit[];
  alignments: Alignment[];
  ratingScales: RatingScale[];
  rubrics: Rubric[];
  assessments: Assessment[];
}

function checkDimensions(
  ctx: Ctx,
  indicator: Indicator,
  dims: Dimensions | undefined,
  path: Path,
): void {
  if (!dims || indicator.dimensions.length === 0) return;
  for (const [name, value] of Object.entries(dims)) {
    const declared = indicator.dimensions.find((d) => d.name === name);
    if (!declared)
      issue(
        ctx,
        [...path, name],
        "dimension",
        `indicator '${indicator.id}' has no dimension '${name}'`,
      );
    else if (!declared.values.includes(value))
      issue(
        ctx,
        [...path, name],
        "dimension",
        `'${value}' is not a value of dimension '${name}' (${declared.values.join(", ")})`,
      );
  }
}

function checkObservations(
  ctx: Ctx,
  observations: readonly Observation[],
  indicators: ReadonlyMap<string, Indicator> | undefined,
  units: ReadonlySet<string> | undefined,
  sources: ReadonlySet<string>,
): void {
  const ids = uniqueIds(ctx, "observation");
  const seen = new Map<string, number>();
  observations.forEach((o, i) => {
    const path: Path = ["observations", i];
    if (o.id !== undefined) ids(o.id, [...path, "id"]);
    checkSource(ctx, o.source, sources, [...path, "source"]);
    const key = `${o.indicatorId}|${periodKey(o.period)}|${dimensionKey(o.dimensions)}|${o.unitId ?? ""}`;
    const first = seen.get(key);
    if (first !== undefined)
      issue(
        ctx,
        path,
        "duplicate-observation",
        `same indicator, period, dimensions and unit as observations[${first}]`,
      );
    else seen.set(key, i);
    if (indicators) {
      const indicator = indicators.get(o.indicatorId);
      if (!indicator) {
        issue(ctx, [...path, "indicatorId"], "reference", `no indicator has id '${o.indicatorId}'`);
      } else {
        checkDimensions(ctx, indicator, o.dimensions, [...path, "dimensions"]);
        const limits = indicator.naturalLimits;
        if (o.value !== undefined && limits) {
          if (
            (limits.min !== undefined && o.value < limits.min) ||
            (limits.max !== undefined && o.value > limits.max)
          )
            issue(
              ctx,
              [...path, "value"],
              "natural-limits",
              `value ${o.value} is outside the natural limits of '${indicator.id}'`,
            );
        }
        if (
          indicator.measure === "milestone" &&
          o.value !== undefined &&
          o.value !== 0 &&
          o.value !== 1
        )
          issue(
            ctx,
            [...path, "value"],
            "milestone-value",
            "a milestone indicator is observed as 0 (not done) or 1 (done)",
          );
      }
    }
    if (units && o.unitId !== undefined && !units.has(o.unitId))
      issue(ctx, [...path, "unitId"], "reference", `no unit has id '${o.unitId}'`);
  });
}

function walkItems(
  items: readonly PlanItem[],
  path: Path,
  visit: (item: PlanItem, path: Path, siblings: readonly PlanItem[], siblingsPath: Path) => void,
): void {
  items.forEach((item, i) => {
    const p = [...path, i];
    visit(item, p, items, path);
    walkItems(item.children, [...p, "children"], visit);
  });
}

function checkCriteria(
  ctx: Ctx,
  criteria: readonly Criterion[],
  path: Path,
  ids: (id: string, path: Path) => void,
  all: Set<string>,
): void {
  checkWeights(ctx, criteria, (i) => [...path, i], true);
  criteria.forEach((c, i) => {
    ids(c.id, [...path, i, "id"]);
    all.add(c.id);
    checkCriteria(ctx, c.children, [...path, i, "children"], ids, all);
  });
}

/** Runs every cross-entity rule of a plan document. */
export function checkDocument(doc: DocumentForRules, ctx: Ctx): void {
  const sourceIds = uniqueIds(ctx, "source");
  doc.sources.forEach((s, i) => {
    sourceIds(s.id, ["sources", i, "id"]);
  });
  const sources = new Set(doc.sources.map((s) => s.id));

  const planIds = uniqueIds(ctx, "plan");
  doc.plans.forEach((p, i) => {
    planIds(p.id, ["plans", i, "id"]);
  });
  doc.externalPlans.forEach((p, i) => {
    planIds(p.id, ["externalPlans", i, "id"]);
  });
  const planSet = new Set(doc.plans.map((p) => p.id));
  const externalSet = new Set(doc.externalPlans.map((p) => p.id));

  const unitIds = uniqueIds(ctx, "unit");
  doc.units.forEach((u, i) => {
    unitIds(u.id, ["units", i, "id"]);
  });
  const units = new Map(doc.units.map((u) => [u.id, u]));
  doc.units.forEach((u, i) => {
    if (u.parentId === undefined) return;
    if (!units.has(u.parentId)) {
      issue(ctx, ["units", i, "parentId"], "reference", `no unit has id '${u.parentId}'`);
      return;
    }
    const chain = [u.id];
    let cursor: Unit | undefined = units.get(u.parentId);
    while (cursor) {
      if (chain.includes(cursor.id)) {
        issue(
          ctx,
          ["units", i, "parentId"],
          "cycle",
          `unit parents form a cycle: ${[...chain, cursor.id].join(" → ")}`,
        );
        break;
      }
      chain.push(cursor.id);
      cursor = cursor.parentId === undefined ? undefined : units.get(cursor.parentId);
    }
  });

  // Items, phases, cadences, assignments: ids unique across all plans.
  const itemIds = uniqueIds(ctx, "item");
  const phaseIds = uniqueIds(ctx, "phase");
  const cadenceIds = uniqueIds(ctx, "cadence");
  const assignmentIds = uniqueIds(ctx, "assignment");
  const itemPlan = new Map<string, Plan>();
  doc.plans.forEach((plan, pi) => {
    walkItems(plan.items, ["plans", pi, "items"], (item, path) => {
      itemIds(item.id, [...path, "id"]);
      itemPlan.set(item.id, plan);
    });
  });
  const itemExists = (id: string) => itemPlan.has(id);

  doc.plans.forEach((plan, pi) => {
    const base: Path = ["plans", pi];
    checkSource(ctx, plan.source, sources, [...base, "source"]);
    if (
      plan.parentPlanId !== undefined &&
      !planSet.has(plan.parentPlanId) &&
      !externalSet.has(plan.parentPlanId)
    )
      issue(
        ctx,
        [...base, "parentPlanId"],
        "reference",
        `no plan or external plan has id '${plan.parentPlanId}'`,
      );
    const phases = new Set(plan.phases.map((p) => p.id));
    plan.phases.forEach((phase, i) => {
      const path: Path = [...base, "phases", i];
      phaseIds(phase.id, [...path, "id"]);
      if (!periodInside(phase.period, plan.period))
        issue(
          ctx,
          [...path, "period"],
          "inside-plan-period",
          `phase ${describe(phase.period)} is outside the plan period ${describe(plan.period)}`,
        );
      phase.goalIds.forEach((g, j) => {
        if (!itemExists(g))
          issue(ctx, [...path, "goalIds", j], "reference", `no item has id '${g}'`);
      });
      if (
        phase.planId !== undefined &&
        !planSet.has(phase.planId) &&
        !externalSet.has(phase.planId)
      )
        issue(ctx, [...path, "planId"], "reference", `no plan has id '${phase.planId}'`);
    });
    walkItems(plan.items, [...base, "items"], (item, path, siblings, siblingsPath) => {
      if (siblings[0] === item) checkWeights(ctx, siblings, (i) => [...siblingsPath, i], false);
      if (item.phaseId !== undefined && !phases.has(item.phaseId))
        issue(
          ctx,
          [...path, "phaseId"],
          "reference",
          `plan '${plan.id}' has no phase '${item.phaseId}'`,
        );
      if (item.deadline !== undefined && !periodInside(item.deadline, plan.period))
        issue(
          ctx,
          [...path, "deadline"],
          "inside-plan-period",
          `deadline ${item.deadline} is outside the plan period ${describe(plan.period)}`,
        );
    });
    plan.cadences.forEach((c, i) => {
      const path: Path = [...base, "cadences", i];
      cadenceIds(c.id, [...path, "id"]);
      if (c.appliesTo !== undefined && !phases.has(c.appliesTo))
        issue(
          ctx,
          [...path, "appliesTo"],
          "reference",
          `plan '${plan.id}' has no phase '${c.appliesTo}'`,
        );
      if (c.statedIn !== undefined && !itemExists(c.statedIn))
        issue(ctx, [...path, "statedIn"], "reference", `no item has id '${c.statedIn}'`);
    });
    plan.assignments.forEach((a, i) => {
      const path: Path = [...base, "assignments", i];
      assignmentIds(a.id, [...path, "id"]);
      if (itemPlan.get(a.itemId) !== plan)
        issue(ctx, [...path, "itemId"], "reference", `plan '${plan.id}' has no item '${a.itemId}'`);
      if (!units.has(a.unitId))
        issue(ctx, [...path, "unitId"], "reference", `no unit has id '${a.unitId}'`);
      if (a.period && !periodInside(a.period, plan.period))
        issue(
          ctx,
          [...path, "period"],
          "inside-plan-period",
          `assignment ${describe(a.period)} is outside the plan period ${describe(plan.period)}`,
        );
    });
  });

  // Indicators and targets.
  const indicatorIds = uniqueIds(ctx, "indicator");
  const targetIds = uniqueIds(ctx, "target");
  doc.indicators.forEach((ind, i) => {
    const path: Path = ["indicators", i];
    indicatorIds(ind.id, [...path, "id"]);
    checkSource(ctx, ind.source, sources, [...path, "source"]);
    ind.measures.forEach((m, j) => {
      if (!itemExists(m))
        issue(ctx, [...path, "measures", j], "reference", `no item has id '${m}'`);
    });
    ind.baselines.forEach((b, j) => {
      checkSource(ctx, b.source, sources, [...path, "baselines", j, "source"]);
      checkDimensions(ctx, ind, b.dimensions, [...path, "baselines", j, "dimensions"]);
    });
    let previous: string | undefined;
    ind.targets.forEach((t, j) => {
      const tp: Path = [...path, "targets", j];
      targetIds(t.id, [...tp, "id"]);
      checkSource(ctx, t.source, sources, [...tp, "source"]);
      checkDimensions(ctx, ind, t.dimensions, [...tp, "dimensions"]);
      const key = lastDayKeyOf(t.deadline);
      if (previous !== undefined && key < previous)
        issue(ctx, [...tp, "deadline"], "target-order", "targets must be ordered by deadline");
      previous = key;
      if (t.statedIn !== undefined) {
        const plan = itemPlan.get(t.statedIn);
        if (!plan) issue(ctx, [...tp, "statedIn"], "reference", `no item has id '${t.statedIn}'`);
        else if (!periodInside(t.deadline, plan.period))
          issue(
            ctx,
            [...tp, "deadline"],
            "inside-plan-period",
            `deadline ${t.deadline} is outside the period ${describe(plan.period)} of plan '${plan.id}'`,
          );
      }
      const limits = ind.naturalLimits;
      const values = t.band ? [t.band.low, t.band.high] : t.value === undefined ? [] : [t.value];
      if (
        limits &&
        values.some(
          (v) =>
            (limits.min !== undefined && v < limits.min) ||
            (limits.max !== undefined && v > limits.max),
        )
      )
        issue(
          ctx,
          [...tp, t.band ? "band" : "value"],
          "natural-limits",
          `target outside the natural limits of '${ind.id}'`,
        );
      if ((ind.direction === "band") !== (t.comparator === "band"))
        issue(
          ctx,
          [...tp, "comparator"],
          "target-direction",
          `a '${ind.direction}' indicator cannot take comparator '${t.comparator}'`,
        );
      if (ind.direction === "increase" && (t.comparator === "<" || t.comparator === "<="))
        issue(
          ctx,
          [...tp, "comparator"],
          "target-direction",
          "an 'increase' indicator takes >, >= or =",
        );
      if (ind.direction === "decrease" && (t.comparator === ">" || t.comparator === ">="))
        issue(
          ctx,
          [...tp, "comparator"],
          "target-direction",
          "a 'decrease' indicator takes <, <= or =",
        );
    });
  });
  const indicators = new Map(doc.indicators.map((ind) => [ind.id, ind]));

  checkObservations(ctx, doc.observations, indicators, new Set(units.keys()), sources);

  const alignmentIds = uniqueIds(ctx, "alignment");
  doc.alignments.forEach((a, i) => {
    const path: Path = ["alignments", i];
    alignmentIds(a.id, [...path, "id"]);
    if (!itemExists(a.from))
      issue(ctx, [...path, "from"], "reference", `no item has id '${a.from}'`);
    const target = a.toExternalPlan;
    if (target !== undefined && planSet.has(target)) {
      // The plan is in this document after all (for example merged in later): `to` must be its item.
      if (itemPlan.get(a.to)?.id !== target)
        issue(ctx, [...path, "to"], "reference", `plan '${target}' has no item '${a.to}'`);
    } else if (target !== undefined) {
      if (!externalSet.has(target))
        issue(
          ctx,
          [...path, "toExternalPlan"],
          "reference",
          `no plan or external plan has id '${target}'`,
        );
    } else if (!itemExists(a.to)) {
      issue(
        ctx,
        [...path, "to"],
        "reference",
        `no item has id '${a.to}' (for an item of a plan outside this document, set toExternalPlan)`,
      );
    }
    if (a.from === a.to) issue(ctx, [...path, "to"], "reference", "an item cannot align to itself");
  });

  const scaleIds = uniqueIds(ctx, "rating scale");
  doc.ratingScales.forEach((s, i) => {
    scaleIds(s.id, ["ratingScales", i, "id"]);
  });
  const scales = new Map(doc.ratingScales.map((s) => [s.id, s]));
  const rubricIds = uniqueIds(ctx, "rubric");
  const rubricCriteria = new Map<string, Set<string>>();
  doc.rubrics.forEach((r, i) => {
    const path: Path = ["rubrics", i];
    rubricIds(r.id, [...path, "id"]);
    if (!scales.has(r.scaleId))
      issue(ctx, [...path, "scaleId"], "reference", `no rating scale has id '${r.scaleId}'`);
    const all = new Set<string>();
    checkCriteria(
      ctx,
      r.criteria,
      [...path, "criteria"],
      uniqueIds(ctx, `criterion (rubric '${r.id}')`),
      all,
    );
    rubricCriteria.set(r.id, all);
    r.caps.forEach((c, j) => {
      if (!all.has(c.criterionId))
        issue(
          ctx,
          [...path, "caps", j, "criterionId"],
          "reference",
          `rubric '${r.id}' has no criterion '${c.criterionId}'`,
        );
    });
  });
  const rubrics = new Map(doc.rubrics.map((r) => [r.id, r]));
  const assessmentIds = uniqueIds(ctx, "assessment");
  doc.assessments.forEach((a, i) => {
    const path: Path = ["assessments", i];
    assessmentIds(a.id, [...path, "id"]);
    const subjectOk =
      a.subject.kind === "plan"
        ? planSet.has(a.subject.id)
        : a.subject.kind === "item"
          ? itemExists(a.subject.id)
          : units.has(a.subject.id);
    if (!subjectOk)
      issue(
        ctx,
        [...path, "subject", "id"],
        "reference",
        `no ${a.subject.kind} has id '${a.subject.id}'`,
      );
    const rubric = rubrics.get(a.rubricId);
    if (!rubric) {
      issue(ctx, [...path, "rubricId"], "reference", `no rubric has id '${a.rubricId}'`);
      return;
    }
    const criteria = rubricCriteria.get(rubric.id) ?? new Set<string>();
    const scale = scales.get(rubric.scaleId);
    const scored = new Set<string>();
    a.scores.forEach((s, j) => {
      const sp: Path = [...path, "scores", j];
      if (!criteria.has(s.criterionId))
        issue(
          ctx,
          [...sp, "criterionId"],
          "reference",
          `rubric '${rubric.id}' has no criterion '${s.criterionId}'`,
        );
      if (scored.has(s.criterionId))
        issue(
          ctx,
          [...sp, "criterionId"],
          "unique-id",
          `criterion '${s.criterionId}' is scored twice`,
        );
      scored.add(s.criterionId);
      if (scale && !scale.levels.some((l) => l.value === s.value))
        issue(
          ctx,
          [...sp, "value"],
          "on-scale",
          `${s.value} is not a level of scale '${scale.id}' (${scale.levels.map((l) => l.value).join(", ")})`,
        );
      s.evidence.forEach((e, k) => {
        checkSource(ctx, e, sources, [...sp, "evidence", k]);
      });
    });
  });
}

/** Runs the rules of a standalone observations file. */
export function checkObservationsFile(
  doc: { sources: { id: string }[]; observations: Observation[] },
  ctx: Ctx,
  knownSources: ReadonlySet<string> = new Set(),
): void {
  const sourceIds = uniqueIds(ctx, "source");
  doc.sources.forEach((s, i) => {
    sourceIds(s.id, ["sources", i, "id"]);
  });
  checkObservations(
    ctx,
    doc.observations,
    undefined,
    undefined,
    new Set([...knownSources, ...doc.sources.map((s) => s.id)]),
  );
}
