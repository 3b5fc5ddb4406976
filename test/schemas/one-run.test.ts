// Issue 15, points 5 and 6: parent-plan cycles and weight bounds are rejected with the offending
// entity's path; one run lists every problem (cross-entity rules run on every entity that parsed);
// unknown keys get "did you mean", missing keys say "required"; observations files list every
// problem with `$.` paths. Expected messages written by hand.
import { describe, expect, it } from "vitest";
import { CastPlanError, formatIssues } from "../../src/index.js";
import { parseObservationsFile, safeParsePlanDocument } from "../../src/schemas/index.js";
import { validDocument } from "../fixtures/document.js";
import { edited } from "../fixtures/freeze.js";

function issuesOf(input: unknown) {
  const r = safeParsePlanDocument(input);
  if (r.success) throw new Error("expected the document to be rejected");
  return r.issues.map((i) => ({ path: i.path, rule: i.rule, message: i.message }));
}

describe("parent-plan cycles", () => {
  it("a two-plan loop is rejected once, named, at the first plan's parentPlanId", () => {
    const doc = edited(validDocument(), (d: any) => {
      d.plans[0].parentPlanId = "loc"; // loc's parent is nat
    });
    expect(issuesOf(doc)).toEqual([
      {
        path: ["plans", 0, "parentPlanId"],
        rule: "cycle",
        message: "plan parents form a cycle: plan 'nat' → 'loc' → 'nat'",
      },
    ]);
  });

  it("a plan that is its own parent is rejected", () => {
    const doc = edited(validDocument(), (d: any) => {
      d.plans[1].parentPlanId = "loc";
    });
    expect(issuesOf(doc)).toEqual([
      {
        path: ["plans", 1, "parentPlanId"],
        rule: "cycle",
        message: "plan parents form a cycle: plan 'loc' → 'loc'",
      },
    ]);
  });

  it("a chain that ends in an external plan is fine", () => {
    const doc = edited(validDocument(), (d: any) => {
      d.externalPlans = [{ id: "ext", title: "External" }];
      d.plans[0].parentPlanId = "ext";
    });
    expect(safeParsePlanDocument(doc).success).toBe(true);
  });
});

describe("weights: finite, at most 1e9 each, the path of the offending entity", () => {
  const TOO_BIG = "a weight is at most 1e9 (weights are relative; scale them down)";

  it("item weights of 1e308 are rejected at each weight", () => {
    const doc = edited(validDocument(), (d: any) => {
      d.plans[0].items[1].children[0].weight = 1e308;
      d.plans[0].items[1].children[1].weight = 1e308;
    });
    expect(issuesOf(doc)).toEqual([
      {
        path: ["plans", 0, "items", 1, "children", 0, "weight"],
        rule: "too_big",
        message: TOO_BIG,
      },
      {
        path: ["plans", 0, "items", 1, "children", 1, "weight"],
        rule: "too_big",
        message: TOO_BIG,
      },
    ]);
  });

  it("1e9 itself is accepted", () => {
    const doc = edited(validDocument(), (d: any) => {
      d.plans[0].items[1].children[0].weight = 1e9;
    });
    expect(safeParsePlanDocument(doc).success).toBe(true);
  });

  it("alignment and rubric criterion weights are bounded too", () => {
    const doc = edited(validDocument(), (d: any) => {
      d.alignments[0].weight = 1e308;
      d.rubrics[0].criteria[1].weight = 2e9;
    });
    expect(issuesOf(doc)).toEqual([
      { path: ["alignments", 0, "weight"], rule: "too_big", message: TOO_BIG },
      { path: ["rubrics", 0, "criteria", 1, "weight"], rule: "too_big", message: TOO_BIG },
    ]);
  });

  it("siblings that are all 0 are reported at the sibling list, not at one sibling", () => {
    const doc = edited(validDocument(), (d: any) => {
      d.plans[0].items[1].children[0].weight = 0;
      d.plans[0].items[1].children[1].weight = 0;
    });
    expect(issuesOf(doc)).toEqual([
      {
        path: ["plans", 0, "items", 1, "children"],
        rule: "weights",
        message: "sibling weights must have a positive total",
      },
    ]);
  });

  it("a weight missing among weighted siblings is reported at each sibling without one", () => {
    const doc = edited(validDocument(), (d: any) => {
      d.plans[0].items[1].children.push({ id: "nat.task.3", kind: "task", heading: "Three" });
      d.plans[0].items[1].children.push({ id: "nat.task.4", kind: "task", heading: "Four" });
    });
    expect(issuesOf(doc)).toEqual([
      {
        path: ["plans", 0, "items", 1, "children", 2, "weight"],
        rule: "weights",
        message: "give a weight to every sibling or to none",
      },
      {
        path: ["plans", 0, "items", 1, "children", 3, "weight"],
        rule: "weights",
        message: "give a weight to every sibling or to none",
      },
    ]);
  });
});

describe("one run lists every problem", () => {
  it("three independent errors in three entities are all listed", () => {
    const doc = edited(validDocument(), (d: any) => {
      d.indicators[0].targets[1].comparator = "=>";
      d.plans[0].assignments[0].unitId = "u.nope";
      d.alignments[0].to = "nat.task.9";
    });
    expect(issuesOf(doc)).toEqual([
      {
        path: ["indicators", 0, "targets", 1, "comparator"],
        rule: "invalid_value",
        message: 'Invalid option: expected one of ">"|">="|"<"|"<="|"="|"band"',
      },
      {
        path: ["plans", 0, "assignments", 0, "unitId"],
        rule: "reference",
        message: "no unit has id 'u.nope'",
      },
      {
        path: ["alignments", 0, "to"],
        rule: "reference",
        message:
          "no item has id 'nat.task.9' (for an item of a plan outside this document, set toExternalPlan)",
      },
    ]);
  });

  it("ids inside an entity that did not parse still resolve (no follow-on errors)", () => {
    const doc = edited(validDocument(), (d: any) => {
      d.plans[0].items[1].children[0].kind = "chore"; // breaks plan 'nat' with all its items
      d.units[1].name = 5; // breaks unit 'u.dept', which the assignment names
    });
    expect(issuesOf(doc).map((i) => [i.path.join("."), i.rule])).toEqual([
      ["plans.0.items.1.children.0.kind", "invalid_value"],
      ["units.1.name", "invalid_type"],
    ]);
  });

  it("a broken plan does not hide a broken reference in another entity", () => {
    const doc = edited(validDocument(), (d: any) => {
      d.plans[1].title = 5; // neither an English string nor { en, zh? }
      d.observations[3].unitId = "u.none";
    });
    expect(issuesOf(doc).map((i) => [i.path.join("."), i.rule])).toEqual([
      ["plans.1.title", "invalid_type"],
      ["observations.3.unitId", "reference"],
    ]);
  });
});

describe("unknown and missing keys", () => {
  it("comparitor: did you mean 'comparator'; the missing comparator is required", () => {
    const doc = edited(validDocument(), (d: any) => {
      const t = d.indicators[0].targets[0];
      t.comparitor = t.comparator;
      delete t.comparator;
    });
    expect(issuesOf(doc)).toEqual([
      {
        path: ["indicators", 0, "targets", 0, "comparator"],
        rule: "invalid_value",
        message: 'required: one of ">"|">="|"<"|"<="|"="|"band"',
      },
      {
        path: ["indicators", 0, "targets", 0],
        rule: "unrecognized_keys",
        message: "unknown key 'comparitor': did you mean 'comparator'?",
      },
    ]);
  });

  it("a missing string says required; an unknown key with no near match gets no guess", () => {
    const doc = edited(validDocument(), (d: any) => {
      delete d.plans[0].issuer;
      d.plans[0].zzzzzz = 1;
    });
    expect(issuesOf(doc)).toEqual([
      { path: ["plans", 0, "issuer"], rule: "invalid_type", message: "required: a string" },
      { path: ["plans", 0], rule: "unrecognized_keys", message: "unknown key 'zzzzzz'" },
    ]);
  });
});

describe("observations files: every problem, `$.` paths", () => {
  const document = () =>
    safeParsePlanDocument(validDocument()).success
      ? (safeParsePlanDocument(validDocument()) as any).data
      : undefined;

  it("shape problems and document problems are listed together", () => {
    const input = {
      schemaVersion: 1,
      observations: [
        { indicatorId: "ind.share", period: 2023, value: 14, status: "finale" },
        { indicatorId: "ind.none", period: 2023, value: 1, status: "final" },
        { indicatorId: "ind.share", period: 2024, value: 140, status: "final" },
      ],
    };
    let error: unknown;
    try {
      parseObservationsFile(input, document());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CastPlanError);
    const e = error as CastPlanError;
    expect(e.code).toBe("INVALID_INPUT");
    expect(e.issues.map((i) => [i.path.join("."), i.rule])).toEqual([
      ["observations.0.status", "invalid_value"],
      ["observations.1.indicatorId", "reference"],
      ["observations.2.value", "natural-limits"],
    ]);
    expect(e.message).toBe(
      'parseObservationsFile: 3 problems found; the first is at $.observations[0].status: Invalid option: expected one of "final"|"provisional"|"estimated"',
    );
    expect(formatIssues(e.issues).split("\n")[1]).toBe(
      "$.observations[1].indicatorId: no indicator has id 'ind.none' (reference)",
    );
    for (const i of e.issues) expect(i.message).not.toMatch(/^parse/);
  });
});
