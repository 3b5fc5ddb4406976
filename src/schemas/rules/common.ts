// What every rule step shares: the issue sink, id namespaces, period and source checks, weights.
import { formatPath } from "../../errors/CastPlanError.js";
import type { Observation } from "../indicator.js";
import type { PlanItem } from "../plan.js";
import {
  type CalendarPoint,
  firstDayKey,
  lastDayKeyOf,
  type Period,
  type SourceLink,
} from "../primitives.js";

/** A path from the root of the input. */
export type Path = (string | number)[];

/** Where the rules report: one call per problem, with its path and stable rule name. */
export type Report = (path: Path, rule: string, message: string) => void;

/**
 * An entity list as the rules read it: `undefined` where the entity did not parse on its own, so
 * that the others keep their index (and path) and are still checked.
 */
export type Parsed<T> = readonly (T | undefined)[];

/** Calls `visit` on every entity that parsed, with its index in the list. */
export function each<T>(list: Parsed<T>, visit: (entity: T, index: number) => void): void {
  list.forEach((entity, i) => {
    if (entity !== undefined) visit(entity, i);
  });
}

/** The entities that parsed. */
export function present<T>(list: Parsed<T>): T[] {
  return list.filter((entity): entity is T => entity !== undefined);
}

/** Records ids in one namespace and reports duplicates. */
export function uniqueIds(report: Report, namespace: string): (id: string, path: Path) => void {
  const seen = new Map<string, Path>();
  return (id, path) => {
    const first = seen.get(id);
    if (first)
      report(
        path,
        "unique-id",
        `duplicate ${namespace} id '${id}' (first used at ${formatPath(first)})`,
      );
    else seen.set(id, path);
  };
}

/** Whether `inner` lies inside `outer`, both inclusive. */
export function periodInside(inner: Period | CalendarPoint, outer: Period): boolean {
  const s = typeof inner === "object" ? inner.start : inner;
  const e = typeof inner === "object" ? inner.end : inner;
  return firstDayKey(s) >= firstDayKey(outer.start) && lastDayKeyOf(e) <= lastDayKeyOf(outer.end);
}

/** A period or point for messages: `2021–2025`. */
export function describe(p: Period | CalendarPoint): string {
  return typeof p === "object" ? `${p.start}–${p.end}` : String(p);
}

/** Reports a source link by id that names no source. */
export function checkSource(
  report: Report,
  link: SourceLink | undefined,
  sources: (id: string) => boolean,
  path: Path,
): void {
  if (typeof link === "string" && !sources(link))
    report(path, "reference", `no source has id '${link}'`);
}

/**
 * Weights among siblings: given for all or none (unless `required`), with a positive total. Each
 * weight is already finite and at most `MAX_WEIGHT` (the weight schema), so the total is finite.
 * A missing weight is reported at each sibling without one; a total that is not positive at the
 * sibling list itself, since no one sibling is at fault.
 */
export function checkWeights(
  report: Report,
  siblings: readonly { weight?: number | undefined }[],
  listPath: Path,
  required: boolean,
): void {
  const given = siblings.filter((s) => s.weight !== undefined).length;
  if (given === 0 || siblings.length === 0) return;
  if (!required && given !== siblings.length) {
    siblings.forEach((s, i) => {
      if (s.weight === undefined)
        report([...listPath, i, "weight"], "weights", "give a weight to every sibling or to none");
    });
    return;
  }
  const total = siblings.reduce((sum, s) => sum + (s.weight ?? 0), 0);
  if (!(total > 0)) report(listPath, "weights", "sibling weights must have a positive total");
}

/** Visits every item of a tree, depth first, with its path and its sibling list's path. */
export function walkItems(
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

/** The key of an observation's dimensions, independent of key order. */
export function dimensionKey(d: Observation["dimensions"]): string {
  if (!d) return "";
  return JSON.stringify(
    Object.keys(d)
      .sort()
      .map((k) => [k, d[k]]),
  );
}
