// Rating scales, rubrics (criteria ids and weights, caps) and assessments (subject, rubric,
// criteria scored once, values on the scale, evidence).
import type { Assessment, Criterion, RatingScale, Rubric } from "../evaluation.js";
import {
  checkSource,
  checkWeights,
  each,
  type Parsed,
  type Path,
  type Report,
  uniqueIds,
} from "./common.js";
import type { Scope } from "./scope.js";

function checkCriteria(
  report: Report,
  criteria: readonly Criterion[],
  path: Path,
  ids: (id: string, path: Path) => void,
  all: Set<string>,
): void {
  checkWeights(report, criteria, path, true);
  criteria.forEach((c, i) => {
    ids(c.id, [...path, i, "id"]);
    all.add(c.id);
    checkCriteria(report, c.children, [...path, i, "children"], ids, all);
  });
}

/** The evaluation objects of a document. */
export interface EvaluationLists {
  readonly ratingScales: Parsed<RatingScale>;
  readonly rubrics: Parsed<Rubric>;
  readonly assessments: Parsed<Assessment>;
}

/** Checks rating scales, rubrics and assessments. */
export function checkEvaluation(doc: EvaluationLists, scope: Scope): void {
  const { report } = scope;
  const scaleIds = uniqueIds(report, "rating scale");
  const scales = new Map<string, RatingScale>();
  each(doc.ratingScales, (s, i) => {
    scaleIds(s.id, ["ratingScales", i, "id"]);
    if (!scales.has(s.id)) scales.set(s.id, s);
  });
  const rubricIds = uniqueIds(report, "rubric");
  const rubrics = new Map<string, { rubric: Rubric; criteria: Set<string> }>();
  each(doc.rubrics, (r, i) => {
    const path: Path = ["rubrics", i];
    rubricIds(r.id, [...path, "id"]);
    if (!scales.has(r.scaleId) && !scope.unchecked.has(r.scaleId))
      report([...path, "scaleId"], "reference", `no rating scale has id '${r.scaleId}'`);
    const all = new Set<string>();
    checkCriteria(
      report,
      r.criteria,
      [...path, "criteria"],
      uniqueIds(report, `criterion (rubric '${r.id}')`),
      all,
    );
    if (!rubrics.has(r.id)) rubrics.set(r.id, { rubric: r, criteria: all });
    r.caps.forEach((c, j) => {
      if (!all.has(c.criterionId))
        report(
          [...path, "caps", j, "criterionId"],
          "reference",
          `rubric '${r.id}' has no criterion '${c.criterionId}'`,
        );
    });
  });
  const assessmentIds = uniqueIds(report, "assessment");
  each(doc.assessments, (a, i) => {
    const path: Path = ["assessments", i];
    assessmentIds(a.id, [...path, "id"]);
    const subjectOk =
      a.subject.kind === "plan"
        ? scope.plans.has(a.subject.id) || scope.unchecked.has(a.subject.id)
        : a.subject.kind === "item"
          ? scope.item(a.subject.id)
          : scope.unit(a.subject.id);
    if (!subjectOk)
      report(
        [...path, "subject", "id"],
        "reference",
        `no ${a.subject.kind} has id '${a.subject.id}'`,
      );
    const entry = rubrics.get(a.rubricId);
    if (!entry) {
      if (!scope.unchecked.has(a.rubricId))
        report([...path, "rubricId"], "reference", `no rubric has id '${a.rubricId}'`);
      return;
    }
    const { rubric, criteria } = entry;
    const scale = scales.get(rubric.scaleId);
    const scored = new Set<string>();
    a.scores.forEach((s, j) => {
      const sp: Path = [...path, "scores", j];
      if (!criteria.has(s.criterionId))
        report(
          [...sp, "criterionId"],
          "reference",
          `rubric '${rubric.id}' has no criterion '${s.criterionId}'`,
        );
      if (scored.has(s.criterionId))
        report([...sp, "criterionId"], "unique-id", `criterion '${s.criterionId}' is scored twice`);
      scored.add(s.criterionId);
      if (scale && !scale.levels.some((l) => l.value === s.value))
        report(
          [...sp, "value"],
          "on-scale",
          `${s.value} is not a level of scale '${scale.id}' (${scale.levels.map((l) => l.value).join(", ")})`,
        );
      s.evidence.forEach((e, k) => {
        checkSource(report, e, scope.source, [...sp, "evidence", k]);
      });
    });
  });
}
