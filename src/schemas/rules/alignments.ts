// Alignment links: both ends resolve (the far end in the document or in an external plan).
import type { Alignment, Plan } from "../plan.js";
import { each, type Parsed, type Path, uniqueIds } from "./common.js";
import type { Scope } from "./scope.js";

/** Checks every alignment link's id and both of its ends. */
export function checkAlignments(alignments: Parsed<Alignment>, scope: Scope): void {
  const { report } = scope;
  const alignmentIds = uniqueIds(report, "alignment");
  each(alignments, (a, i) => {
    const path: Path = ["alignments", i];
    alignmentIds(a.id, [...path, "id"]);
    if (!scope.item(a.from)) report([...path, "from"], "reference", `no item has id '${a.from}'`);
    const target = a.toExternalPlan;
    if (target !== undefined && scope.plans.has(target)) {
      // The plan is in this document after all (for example merged in later): `to` must be its item.
      const owner: Plan | undefined = scope.itemPlan.get(a.to);
      if (owner?.id !== target && !scope.unchecked.has(a.to))
        report([...path, "to"], "reference", `plan '${target}' has no item '${a.to}'`);
    } else if (target !== undefined) {
      if (!scope.anyPlan(target))
        report(
          [...path, "toExternalPlan"],
          "reference",
          `no plan or external plan has id '${target}'`,
        );
    } else if (!scope.item(a.to)) {
      report(
        [...path, "to"],
        "reference",
        `no item has id '${a.to}' (for an item of a plan outside this document, set toExternalPlan)`,
      );
    }
    if (a.from === a.to) report([...path, "to"], "reference", "an item cannot align to itself");
  });
}
