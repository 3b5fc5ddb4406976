// Every id of the dataset, prefixed with its namespace ("item:outline.task.6"), sorted.
import type { PlanDocument } from "../../src/schemas/index.js";
import { flatItems } from "./walk.js";

/** The sorted list of every id in the document, each as `<namespace>:<id>`. */
export function allIds(doc: PlanDocument): string[] {
  const ids: string[] = [
    ...doc.plans.map((p) => `plan:${p.id}`),
    ...doc.externalPlans.map((p) => `external-plan:${p.id}`),
    ...flatItems(doc).map((f) => `item:${f.item.id}`),
    ...doc.plans.flatMap((p) => p.phases.map((x) => `phase:${x.id}`)),
    ...doc.plans.flatMap((p) => p.cadences.map((x) => `cadence:${x.id}`)),
    ...doc.plans.flatMap((p) => p.assignments.map((x) => `assignment:${x.id}`)),
    ...doc.indicators.map((i) => `indicator:${i.id}`),
    ...doc.indicators.flatMap((i) => i.targets.map((t) => `target:${t.id}`)),
    ...doc.observations.map((o) => `observation:${o.id ?? "(none)"}`),
    ...doc.sources.map((s) => `source:${s.id}`),
    ...doc.units.map((u) => `unit:${u.id}`),
    ...doc.alignments.map((a) => `alignment:${a.id}`),
  ];
  return ids.sort();
}
