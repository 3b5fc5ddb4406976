// Private helpers of rubric scoring: scale checks, rounding to a level, rubric checks.
import { CastPlanError, type ValidationIssue } from "../../errors/CastPlanError.js";
import type { Criterion, RatingScale, Rubric } from "../../schemas/index.js";
import { nearlyEqual } from "../stats/ranks.js";

/** A level of a rating scale. */
type Level = RatingScale["levels"][number];

/** Checks a scale (≥ 2 levels, finite unique values, non-empty unique labels); returns the levels sorted ascending. */
export function checkScale(fn: string, scale: RatingScale): Level[] {
  const issues: ValidationIssue[] = [];
  const levels = Array.isArray(scale?.levels) ? scale.levels : [];
  if (levels.length < 2)
    issues.push({
      path: ["scale", "levels"],
      rule: "too_small",
      message: "a scale needs at least two levels",
    });
  const values = new Set<number>();
  const labels = new Set<string>();
  levels.forEach((level, i) => {
    if (typeof level?.value !== "number" || !Number.isFinite(level.value))
      issues.push({
        path: ["scale", "levels", i, "value"],
        rule: "finite",
        message: "a level value must be finite",
      });
    else if (values.has(level.value))
      issues.push({
        path: ["scale", "levels", i, "value"],
        rule: "unique-level",
        message: `duplicate level value ${level.value}`,
      });
    const english: unknown = level?.label?.en;
    if (typeof english !== "string" || english.length === 0)
      issues.push({
        path: ["scale", "levels", i, "label"],
        rule: "invalid_type",
        message: "a level label must be a localized text with a non-empty English form ({ en })",
      });
    else if (labels.has(english))
      issues.push({
        path: ["scale", "levels", i, "label"],
        rule: "unique-level",
        message: `duplicate level label '${english}'`,
      });
    values.add(level?.value);
    if (typeof english === "string") labels.add(english);
  });
  if (issues.length > 0)
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: invalid rating scale`, issues);
  return [...levels].sort((a, b) => a.value - b.value);
}

/**
 * The index, in ascending levels, that `value` rounds to. Values outside the scale clamp to its
 * ends. A value within a relative 1e-9 of a level is that level; between levels lo < x < hi,
 * `floor` → lo, `ceil` → hi, the half rules → the nearer level, and at the midpoint
 * `half-away-from-zero` → the level of larger absolute value (hi when |hi| = |lo|) and
 * `half-even` → the level with an even integer value when exactly one has one, else the level
 * at an even (0-based, ascending) position.
 */
export function roundToLevelIndex(
  value: number,
  levels: readonly Level[],
  rounding: Rubric["rounding"],
): number {
  const last = levels.length - 1;
  for (let k = 0; k <= last; k++) if (nearlyEqual(value, (levels[k] as Level).value)) return k;
  if (value < (levels[0] as Level).value) return 0;
  if (value > (levels[last] as Level).value) return last;
  let hi = 1;
  while ((levels[hi] as Level).value < value) hi++;
  const lo = hi - 1;
  const low = (levels[lo] as Level).value;
  const high = (levels[hi] as Level).value;
  if (rounding === "floor") return lo;
  if (rounding === "ceil") return hi;
  const below = value - low;
  const above = high - value;
  if (!nearlyEqual(below, above)) return below < above ? lo : hi;
  if (rounding === "half-away-from-zero") return Math.abs(low) > Math.abs(high) ? lo : hi;
  const lowEven = Number.isInteger(low) && low % 2 === 0;
  const highEven = Number.isInteger(high) && high % 2 === 0;
  if (lowEven !== highEven) return lowEven ? lo : hi;
  return lo % 2 === 0 ? lo : hi;
}

/** Walks a criterion tree depth first with each criterion's path. */
export function walkCriteria(
  criteria: readonly Criterion[],
  visit: (criterion: Criterion, path: (string | number)[]) => void,
  path: (string | number)[] = ["criteria"],
): void {
  criteria.forEach((criterion, i) => {
    visit(criterion, [...path, i]);
    if (Array.isArray(criterion?.children) && criterion.children.length > 0)
      walkCriteria(criterion.children, visit, [...path, i, "children"]);
  });
}

const ROUNDINGS = ["half-away-from-zero", "half-even", "floor", "ceil"];

/** Checks a rubric against its scale without relying on zod; throws CastPlanError with paths. */
export function checkRubric(fn: string, rubric: Rubric, scale: RatingScale): Level[] {
  const levels = checkScale(fn, scale);
  checkRubricShape(fn, rubric, scale);
  const ids = checkCriteria(fn, rubric.criteria);
  checkCaps(fn, rubric, ids);
  return levels;
}

/** The codes a rubric check throws. */
type RubricErrorCode = "INVALID_ARGUMENT" | "INVALID_WEIGHTS" | "UNKNOWN_ID" | "DUPLICATE_ID";

/** Throws `code` with the issues, if there are any. */
function failOnIssues(fn: string, code: RubricErrorCode, issues: ValidationIssue[]): void {
  if (issues.length > 0) throw new CastPlanError(code, `${fn}: invalid rubric`, issues);
}

/** The rubric's scale id, rounding rule and non-empty criteria (INVALID_ARGUMENT). */
function checkRubricShape(fn: string, rubric: Rubric, scale: RatingScale): void {
  const shape: ValidationIssue[] = [];
  if (rubric?.scaleId !== scale.id)
    shape.push({
      path: ["scaleId"],
      rule: "reference",
      message: `rubric scale '${rubric?.scaleId}' is not scale '${scale.id}'`,
    });
  if (!ROUNDINGS.includes(rubric?.rounding))
    shape.push({
      path: ["rounding"],
      rule: "enum",
      message: `rounding must be one of ${ROUNDINGS.join(", ")}`,
    });
  if (!Array.isArray(rubric?.criteria) || rubric.criteria.length === 0)
    shape.push({
      path: ["criteria"],
      rule: "too_small",
      message: "a rubric needs at least one criterion",
    });
  failOnIssues(fn, "INVALID_ARGUMENT", shape);
}

/**
 * The criterion tree: ids and children arrays (DUPLICATE_ID when an id repeats, else
 * INVALID_ARGUMENT), then the weights of each set of siblings (INVALID_WEIGHTS). Returns the ids.
 */
function checkCriteria(fn: string, criteria: readonly Criterion[]): Set<string> {
  const ids = new Set<string>();
  const idIssues: ValidationIssue[] = [];
  const weightIssues: ValidationIssue[] = [];
  checkSiblingWeights(criteria, ["criteria"], weightIssues);
  walkCriteria(criteria, (criterion, path) => {
    checkCriterionId(criterion, path, ids, idIssues);
    if (criterion?.children !== undefined && !Array.isArray(criterion.children))
      idIssues.push({
        path: [...path, "children"],
        rule: "invalid_type",
        message: "children must be an array",
      });
    else if (criterion.children && criterion.children.length > 0)
      checkSiblingWeights(criterion.children, [...path, "children"], weightIssues);
  });
  failOnIssues(
    fn,
    idIssues.some((issue) => issue.rule === "unique-id") ? "DUPLICATE_ID" : "INVALID_ARGUMENT",
    idIssues,
  );
  failOnIssues(fn, "INVALID_WEIGHTS", weightIssues);
  return ids;
}

/** A criterion's id is a non-empty string not seen before; adds it to `ids`. */
function checkCriterionId(
  criterion: Criterion,
  path: (string | number)[],
  ids: Set<string>,
  issues: ValidationIssue[],
): void {
  if (typeof criterion?.id !== "string" || criterion.id.length === 0)
    issues.push({
      path: [...path, "id"],
      rule: "invalid_type",
      message: "a criterion id must be a non-empty string",
    });
  else if (ids.has(criterion.id))
    issues.push({
      path: [...path, "id"],
      rule: "unique-id",
      message: `duplicate criterion id '${criterion.id}'`,
    });
  ids.add(criterion?.id);
}

/** Each sibling's weight is finite and ≥ 0, and the siblings' total is positive. */
function checkSiblingWeights(
  siblings: readonly Criterion[],
  path: (string | number)[],
  issues: ValidationIssue[],
): void {
  siblings.forEach((c, i) => {
    if (typeof c?.weight !== "number" || !Number.isFinite(c.weight) || c.weight < 0)
      issues.push({
        path: [...path, i, "weight"],
        rule: "non-negative",
        message: `weight ${String(c?.weight)} is not a finite number ≥ 0`,
      });
  });
  if (
    siblings.every((c) => typeof c?.weight === "number" && c.weight >= 0) &&
    siblings.reduce((s, c) => s + c.weight, 0) <= 0
  )
    issues.push({
      path,
      rule: "positive-total",
      message: "sibling criteria need a positive total weight",
    });
}

/** Each cap names a known criterion (UNKNOWN_ID), a relation and a valid offset (INVALID_ARGUMENT). */
function checkCaps(fn: string, rubric: Rubric, ids: ReadonlySet<string>): void {
  const caps: ValidationIssue[] = [];
  const unknown: ValidationIssue[] = [];
  (Array.isArray(rubric.caps) ? rubric.caps : []).forEach((cap, i) => {
    if (!ids.has(cap?.criterionId))
      unknown.push({
        path: ["caps", i, "criterionId"],
        rule: "reference",
        message: `no criterion has id '${cap?.criterionId}'`,
      });
    if (cap?.relation !== "at-most" && cap?.relation !== "at-least")
      caps.push({
        path: ["caps", i, "relation"],
        rule: "enum",
        message: "relation must be 'at-most' or 'at-least'",
      });
    if (cap?.offset !== undefined && !(Number.isInteger(cap.offset) && cap.offset >= 0))
      caps.push({
        path: ["caps", i, "offset"],
        rule: "non-negative-integer",
        message: "offset must be an integer ≥ 0",
      });
  });
  failOnIssues(fn, "UNKNOWN_ID", unknown);
  failOnIssues(fn, "INVALID_ARGUMENT", caps);
}
