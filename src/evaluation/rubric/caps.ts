// Private helpers of scoreRubric: applying floors then caps, and formatting levels.

import type { RatingScale, Rubric } from "../../schemas/index.js";
import type { CapResult, ScoredCriterion } from "./types.js";

type Level = RatingScale["levels"][number];

/** A number rounded to 6 decimals, for explanations. */
export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A level as `value (label)`. */
export function describeLevel(level: Level | undefined): string {
  return level === undefined ? "?" : `${level.value} (${level.label.en})`;
}

/**
 * Applies floors (`at-least`) first, then caps (`at-most`), to the index of the rounded level in
 * ascending levels; returns each bound's result in rubric order and the final index.
 */
export function applyCaps(
  caps: Rubric["caps"],
  criteria: readonly ScoredCriterion[],
  levels: readonly Level[],
  roundedIndex: number,
): { capResults: CapResult[]; finalIndex: number } {
  const found = new Map<string, ScoredCriterion>();
  const index = (nodes: readonly ScoredCriterion[]) => {
    for (const node of nodes) {
      found.set(node.criterionId, node);
      index(node.children);
    }
  };
  index(criteria);
  let current = roundedIndex;
  const ordered = [
    ...caps.filter((c) => c.relation === "at-least"),
    ...caps.filter((c) => c.relation === "at-most"),
  ];
  const results = new Map<(typeof caps)[number], CapResult>();
  for (const cap of ordered) {
    const offset = cap.offset ?? 0;
    const level = found.get(cap.criterionId)?.level ?? null;
    const kind = cap.relation === "at-most" ? "cap" : "floor";
    const head = { criterionId: cap.criterionId, relation: cap.relation, offset };
    if (level === null) {
      const explanation = `${kind} on '${cap.criterionId}' not applied: the criterion has no score`;
      results.set(cap, { ...head, bound: null, applied: false, explanation });
      continue;
    }
    const criterionIndex = levels.indexOf(level);
    const boundIndex =
      cap.relation === "at-most"
        ? Math.min(levels.length - 1, criterionIndex + offset)
        : Math.max(0, criterionIndex - offset);
    const applied = cap.relation === "at-most" ? current > boundIndex : current < boundIndex;
    const before = current;
    if (applied) current = boundIndex;
    const bound = levels[boundIndex] as Level;
    const steps = offset ? ` ${cap.relation === "at-most" ? "+" : "−"} ${offset} step(s)` : "";
    const text = `${kind}: overall ${cap.relation} '${cap.criterionId}' (${describeLevel(level)})${steps} = ${describeLevel(bound)}`;
    const explanation = applied
      ? `${text}; ${describeLevel(levels[before])} → ${describeLevel(bound)}`
      : `${text}; not binding`;
    results.set(cap, { ...head, bound, applied, explanation });
  }
  return { capResults: caps.map((cap) => results.get(cap) as CapResult), finalIndex: current };
}
