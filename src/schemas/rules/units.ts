// Units: each parent resolves and the parent chain does not loop.
import type { Unit } from "../plan.js";
import { each, type Parsed } from "./common.js";
import type { Scope } from "./scope.js";

/** Checks every unit's `parentId`: it resolves, and following parents never comes back. */
export function checkUnits(units: Parsed<Unit>, scope: Scope): void {
  each(units, (u, i) => {
    if (u.parentId === undefined) return;
    if (!scope.unit(u.parentId)) {
      scope.report(["units", i, "parentId"], "reference", `no unit has id '${u.parentId}'`);
      return;
    }
    const chain = [u.id];
    let cursor: Unit | undefined = scope.units.get(u.parentId);
    while (cursor) {
      if (chain.includes(cursor.id)) {
        scope.report(
          ["units", i, "parentId"],
          "cycle",
          `unit parents form a cycle: ${[...chain, cursor.id].join(" → ")}`,
        );
        break;
      }
      chain.push(cursor.id);
      cursor = cursor.parentId === undefined ? undefined : scope.units.get(cursor.parentId);
    }
  });
}
