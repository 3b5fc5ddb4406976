// Cross-entity rules of a plan document, run after each entity has been parsed on its own. Every
// problem is reported with a path and a stable rule name. The steps run one entity kind at a time,
// in this order, and each reads only the entities that parsed (a broken entity is `undefined` in
// its list, so the others keep their paths and are still checked).
import type { Assessment, RatingScale, Rubric } from "../evaluation.js";
import type { Indicator, Observation } from "../indicator.js";
import type { Alignment, Plan, Unit } from "../plan.js";
import type { SourceRef } from "../primitives.js";
import { checkAlignments } from "./alignments.js";
import { each, type Parsed, type Report, uniqueIds } from "./common.js";
import { checkEvaluation } from "./evaluation.js";
import { checkIndicators } from "./indicators.js";
import { checkObservations } from "./observations.js";
import { checkParentPlans, checkPlanContents } from "./plans.js";
import { buildScope } from "./scope.js";
import { checkUnits } from "./units.js";

export type { Parsed, Path, Report } from "./common.js";

/** The shape the rules read; both document schemas produce it (with every entity present). */
export interface DocumentForRules {
  readonly plans: Parsed<Plan>;
  readonly externalPlans: Parsed<{ id: string }>;
  readonly sources: Parsed<SourceRef & { id: string }>;
  readonly indicators: Parsed<Indicator>;
  readonly observations: Parsed<Observation>;
  readonly units: Parsed<Unit>;
  readonly alignments: Parsed<Alignment>;
  readonly ratingScales: Parsed<RatingScale>;
  readonly rubrics: Parsed<Rubric>;
  readonly assessments: Parsed<Assessment>;
}

/**
 * Runs every cross-entity rule of a plan document.
 *
 * @param doc - The document's entities; `undefined` for each entity that did not parse.
 * @param report - Receives each problem.
 * @param unchecked - Ids found inside the entities that did not parse: references to them are
 *   taken as resolved, so one broken entity does not cause an error at every reference to it.
 */
export function checkDocument(
  doc: DocumentForRules,
  report: Report,
  unchecked: ReadonlySet<string> = new Set(),
): void {
  const scope = buildScope(doc, report, unchecked);
  checkUnits(doc.units, scope);
  checkParentPlans(doc.plans, scope);
  checkPlanContents(doc.plans, scope);
  const indicators = checkIndicators(doc.indicators, scope);
  checkObservations(report, doc.observations, {
    indicators,
    unit: scope.unit,
    source: scope.source,
    unchecked,
  });
  checkAlignments(doc.alignments, scope);
  checkEvaluation(doc, scope);
}

/** The lookups an observations file is checked against when its plan document is known. */
export interface ObservationsContext {
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly units: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
}

/**
 * Runs the rules of an observations file: unique source and observation ids, sources that
 * resolve, no duplicates; with `context`, also the indicator, dimension, limit and unit rules.
 */
export function checkObservationsFile(
  file: { readonly sources: Parsed<{ id: string }>; readonly observations: Parsed<Observation> },
  report: Report,
  context?: ObservationsContext,
): void {
  const sourceIds = uniqueIds(report, "source");
  const sources = new Set(context?.sources ?? []);
  each(file.sources, (s, i) => {
    sourceIds(s.id, ["sources", i, "id"]);
    sources.add(s.id);
  });
  checkObservations(report, file.observations, {
    indicators: context?.indicators,
    unit: context ? (id) => context.units.has(id) : undefined,
    source: (id) => sources.has(id),
    unchecked: new Set(),
  });
}
