// Private helpers of scoreRubric: checking the scores and the weighted means up the criterion tree.
import { CastPlanError, type ValidationIssue } from "../../errors/CastPlanError.js";
import type { Criterion, RatingScale, Rubric } from "../../schemas/index.js";
import { roundToLevelIndex, walkCriteria } from "./checks.js";
import type { CriterionScoreInput, ScoredCriterion } from "./types.js";

type Level = RatingScale["levels"][number];

/** Checks scores against a checked rubric; returns the score by criterion id. */
export function checkRubricScores(
  fn: string,
  rubric: Rubric,
  levels: readonly Level[],
  scores: readonly CriterionScoreInput[],
  missingMode: "error" | "renormalise",
): Map<string, number> {
  requireMissingMode(fn, missingMode);
  requireScoreArray(fn, scores);
  const { leaves, parents } = splitLeavesAndParents(rubric.criteria);
  const values = new Set(levels.map((level) => level.value));
  const byId = new Map<string, number>();
  const issues: ScoreIssue[] = [];
  scores.forEach((score, i) => {
    const id = score?.criterionId;
    const idIssue = scoreIdIssue(id, i, leaves, parents, byId);
    if (idIssue) issues.push(idIssue);
    if (!values.has(score?.value)) issues.push(offScaleIssue(rubric, score, i));
    if (leaves.has(id) && !byId.has(id)) byId.set(id, score.value);
  });
  if (missingMode === "error") addMissingScoreIssues(leaves, byId, issues);
  if (issues.length > 0) throwScoreIssues(fn, issues);
  return byId;
}

/** A problem with the scores, and the error code it calls for. */
interface ScoreIssue {
  readonly code: "UNKNOWN_ID" | "DUPLICATE_ID" | "INVALID_ARGUMENT";
  readonly issue: ValidationIssue;
}

/** Throws INVALID_ARGUMENT unless the missing mode is `error` or `renormalise`. */
function requireMissingMode(fn: string, missingMode: "error" | "renormalise"): void {
  if (missingMode !== "error" && missingMode !== "renormalise")
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: unknown missing mode`, [
      {
        path: ["options", "missing"],
        rule: "enum",
        message: "missing must be 'error' or 'renormalise'",
      },
    ]);
}

/** Throws INVALID_ARGUMENT unless the scores are an array. */
function requireScoreArray(fn: string, scores: readonly CriterionScoreInput[]): void {
  if (!Array.isArray(scores))
    throw new CastPlanError("INVALID_ARGUMENT", `${fn}: scores must be an array`, [
      { path: ["scores"], rule: "invalid_type", message: "scores must be an array" },
    ]);
}

/** The ids of the criteria without sub-criteria (scored) and with them (not scored). */
function splitLeavesAndParents(criteria: readonly Criterion[]): {
  leaves: Set<string>;
  parents: Set<string>;
} {
  const leaves = new Set<string>();
  const parents = new Set<string>();
  walkCriteria(criteria, (criterion) => {
    (criterion.children?.length ? parents : leaves).add(criterion.id);
  });
  return { leaves, parents };
}

/** What is wrong with the criterion id of score `i`, if anything: a parent, unknown, or repeated. */
function scoreIdIssue(
  id: string,
  i: number,
  leaves: ReadonlySet<string>,
  parents: ReadonlySet<string>,
  byId: ReadonlyMap<string, number>,
): ScoreIssue | undefined {
  if (parents.has(id))
    return {
      code: "INVALID_ARGUMENT",
      issue: {
        path: ["scores", i, "criterionId"],
        rule: "not-a-leaf",
        message: `criterion '${id}' has sub-criteria: score those instead`,
      },
    };
  if (!leaves.has(id))
    return {
      code: "UNKNOWN_ID",
      issue: {
        path: ["scores", i, "criterionId"],
        rule: "reference",
        message: `no criterion has id '${String(id)}'`,
      },
    };
  if (byId.has(id))
    return {
      code: "DUPLICATE_ID",
      issue: {
        path: ["scores", i, "criterionId"],
        rule: "unique-id",
        message: `criterion '${id}' is scored twice`,
      },
    };
  return undefined;
}

/** The issue of score `i` whose value is not a level of the scale. */
function offScaleIssue(rubric: Rubric, score: CriterionScoreInput, i: number): ScoreIssue {
  return {
    code: "INVALID_ARGUMENT",
    issue: {
      path: ["scores", i, "value"],
      rule: "off-scale",
      message: `score ${String(score?.value)} is not a level of scale '${rubric.scaleId}'`,
    },
  };
}

/** Adds an issue for each leaf criterion without a score. */
function addMissingScoreIssues(
  leaves: ReadonlySet<string>,
  byId: ReadonlyMap<string, number>,
  issues: ScoreIssue[],
): void {
  for (const id of leaves)
    if (!byId.has(id))
      issues.push({
        code: "INVALID_ARGUMENT",
        issue: {
          path: ["scores"],
          rule: "missing-score",
          message: `criterion '${id}' has no score`,
        },
      });
}

/** Throws all the issues under one code: UNKNOWN_ID if any, else DUPLICATE_ID, else the first's. */
function throwScoreIssues(fn: string, issues: readonly ScoreIssue[]): never {
  const code =
    (
      issues.find((i) => i.code === "UNKNOWN_ID") ??
      issues.find((i) => i.code === "DUPLICATE_ID") ??
      issues[0]
    )?.code ?? "INVALID_ARGUMENT";
  throw new CastPlanError(
    code,
    `${fn}: invalid scores`,
    issues.map((i) => i.issue),
  );
}

/** Scores siblings: each leaf from its score, each parent as the weighted mean of its scored children. */
export function scoreCriteria(
  criteria: readonly Criterion[],
  byId: ReadonlyMap<string, number>,
  levels: readonly Level[],
  rounding: Rubric["rounding"],
): { criteria: ScoredCriterion[]; mean: number | null } {
  const nodes = criteria.map((criterion): ScoredCriterion => {
    const base = {
      criterionId: criterion.id,
      name: criterion.name,
      weight: criterion.weight,
      share: null,
    };
    if (criterion.children?.length) {
      const inner = scoreCriteria(criterion.children, byId, levels, rounding);
      if (inner.mean === null)
        return { ...base, score: null, level: null, source: "missing", children: inner.criteria };
      const level = levels[roundToLevelIndex(inner.mean, levels, rounding)] as Level;
      return { ...base, score: inner.mean, level, source: "children", children: inner.criteria };
    }
    const score = byId.get(criterion.id);
    if (score === undefined)
      return { ...base, score: null, level: null, source: "missing", children: [] };
    const level = levels.find((l) => l.value === score) as Level;
    return { ...base, score, level, source: "score", children: [] };
  });
  const total = nodes.reduce((sum, node) => sum + (node.score === null ? 0 : node.weight), 0);
  if (total <= 0) return { criteria: nodes, mean: null };
  let mean = 0;
  for (const node of nodes)
    if (node.score !== null) {
      node.share = node.weight / total;
      mean += node.weight * node.score;
    }
  return { criteria: nodes, mean: mean / total };
}
