import { describe, expect, it } from "vitest";
import { CastPlanError } from "../../src/index.js";
import {
  type PlanDocumentInput,
  parseObservationsFile,
  parsePlanDocument,
  safeParsePlanDocument,
} from "../../src/schemas/index.js";
import { validDocument } from "../fixtures/document.js";
import { edited } from "../fixtures/freeze.js";

type Draft = Record<string, any>;

function issuesOf(input: unknown) {
  const r = safeParsePlanDocument(input);
  if (r.success) throw new Error("expected the document to be rejected");
  return r.issues;
}

describe("PlanDocumentSchema: a valid document", () => {
  it("parses, applies list defaults, and does not mutate the (frozen) input", () => {
    const input = validDocument();
    const before = JSON.stringify(input);
    const doc = parsePlanDocument(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(doc.plans).toHaveLength(2);
    expect(doc.plans[1]?.phases).toEqual([]);
    expect(doc.plans[0]?.items[1]?.children.map((c) => c.id)).toEqual(["nat.task.1", "nat.task.2"]);
    expect(doc.indicators[0]?.references).toEqual([]);
  });

  it("keeps calendar values as the strings and years given", () => {
    const doc = parsePlanDocument(validDocument());
    expect(doc.plans[1]?.period).toEqual({ start: "2021-01", end: "2025-12" });
    expect(doc.plans[0]?.issued).toBe("2018-12-29");
  });
});

// Each rule with a failing fixture and the exact path and rule expected.
const cases: [string, (d: Draft) => void, (string | number)[], string][] = [
  [
    "impossible date 2023-02-29",
    (d) => {
      d.plans[0].issued = "2023-02-29";
    },
    ["plans", 0, "issued"],
    "calendar-date",
  ],
  [
    "month 13",
    (d) => {
      d.plans[1].period.start = "2021-13";
    },
    ["plans", 1, "period", "start"],
    "invalid_union",
  ],
  [
    "period start after end",
    (d) => {
      d.plans[0].period = { start: 2051, end: 2050 };
    },
    ["plans", 0, "period", "end"],
    "period-order",
  ],
  [
    "unknown key is rejected, not dropped",
    (d) => {
      d.plans[0].titel = "typo";
    },
    ["plans", 0],
    "unrecognized_keys",
  ],
  [
    "wrong type",
    (d) => {
      d.indicators[0].unit = 5;
    },
    ["indicators", 0, "unit"],
    "invalid_type",
  ],
  [
    "NaN value",
    (d) => {
      d.observations[0].value = Number.NaN;
    },
    ["observations", 0, "value"],
    "invalid_type",
  ],
  [
    "negative weight",
    (d) => {
      d.plans[0].items[1].children[0].weight = -1;
    },
    ["plans", 0, "items", 1, "children", 0, "weight"],
    "too_small",
  ],
  [
    "duplicate item id",
    (d) => {
      d.plans[1].items[0].id = "nat.task.2";
    },
    ["plans", 1, "items", 0, "id"],
    "unique-id",
  ],
  [
    "duplicate plan id",
    (d) => {
      d.plans[1].id = "nat";
    },
    ["plans", 1, "id"],
    "unique-id",
  ],
  [
    "duplicate indicator id",
    (d) => {
      d.indicators.push({ ...d.indicators[0], targets: [] });
    },
    ["indicators", 1, "id"],
    "unique-id",
  ],
  [
    "duplicate target id",
    (d) => {
      d.indicators[0].targets[1].id = "ind.share.t2020";
    },
    ["indicators", 0, "targets", 1, "id"],
    "unique-id",
  ],
  [
    "duplicate unit id",
    (d) => {
      d.units[2].id = "u.hq";
    },
    ["units", 2, "id"],
    "unique-id",
  ],
  [
    "unknown item in indicator.measures",
    (d) => {
      d.indicators[0].measures = ["nat.task.9"];
    },
    ["indicators", 0, "measures", 0],
    "reference",
  ],
  [
    "unknown indicator in observation",
    (d) => {
      d.observations[0].indicatorId = "ind.nope";
    },
    ["observations", 0, "indicatorId"],
    "reference",
  ],
  [
    "unknown unit in observation",
    (d) => {
      d.observations[3].unitId = "u.nope";
    },
    ["observations", 3, "unitId"],
    "reference",
  ],
  [
    "unknown source id",
    (d) => {
      d.observations[0].source = "src.nope";
    },
    ["observations", 0, "source"],
    "reference",
  ],
  [
    "unknown phase in item",
    (d) => {
      d.plans[0].items[0].children[0].phaseId = "nat.ph.9";
    },
    ["plans", 0, "items", 0, "children", 0, "phaseId"],
    "reference",
  ],
  [
    "assignment to another plan's item",
    (d) => {
      d.plans[0].assignments[0].itemId = "loc.task.1";
    },
    ["plans", 0, "assignments", 0, "itemId"],
    "reference",
  ],
  [
    "assignment to unknown unit",
    (d) => {
      d.plans[0].assignments[0].unitId = "u.nope";
    },
    ["plans", 0, "assignments", 0, "unitId"],
    "reference",
  ],
  [
    "unit parent cycle",
    (d) => {
      d.units[0].parentId = "u.dept";
    },
    ["units", 0, "parentId"],
    "cycle",
  ],
  [
    "alignment to unknown item",
    (d) => {
      d.alignments[0].to = "nat.task.99";
    },
    ["alignments", 0, "to"],
    "reference",
  ],
  [
    "alignment to undeclared external plan",
    (d) => {
      d.alignments[0].toExternalPlan = "other";
    },
    ["alignments", 0, "toExternalPlan"],
    "reference",
  ],
  [
    "unknown parent plan",
    (d) => {
      d.plans[1].parentPlanId = "nope";
    },
    ["plans", 1, "parentPlanId"],
    "reference",
  ],
  [
    "phase outside plan period",
    (d) => {
      d.plans[0].phases[0].period.start = 2017;
    },
    ["plans", 0, "phases", 0, "period"],
    "inside-plan-period",
  ],
  [
    "item deadline outside plan period",
    (d) => {
      d.plans[1].items[0].deadline = "2026-01-01";
    },
    ["plans", 1, "items", 0, "deadline"],
    "inside-plan-period",
  ],
  [
    "assignment outside plan period",
    (d) => {
      d.plans[0].assignments[0].period.end = 2051;
    },
    ["plans", 0, "assignments", 0, "period"],
    "inside-plan-period",
  ],
  [
    "target stated in a plan, outside its period",
    (d) => {
      d.indicators[0].targets[0].statedIn = "loc.task.1";
    },
    ["indicators", 0, "targets", 0, "deadline"],
    "inside-plan-period",
  ],
  [
    "weights given to some siblings only",
    (d) => {
      delete d.plans[0].items[1].children[1].weight;
    },
    ["plans", 0, "items", 1, "children", 1, "weight"],
    "weights",
  ],
  [
    "weights with zero total",
    (d) => {
      d.plans[0].items[1].children[0].weight = 0;
      d.plans[0].items[1].children[1].weight = 0;
    },
    ["plans", 0, "items", 1, "children"],
    "weights",
  ],
  [
    "rubric weights with zero total",
    (d) => {
      d.rubrics[0].criteria[0].weight = 0;
      d.rubrics[0].criteria[1].weight = 0;
    },
    ["rubrics", 0, "criteria"],
    "weights",
  ],
  [
    "targets out of deadline order",
    (d) => {
      d.indicators[0].targets.reverse();
    },
    ["indicators", 0, "targets", 1, "deadline"],
    "target-order",
  ],
  [
    "target comparator against direction",
    (d) => {
      d.indicators[0].targets[1].comparator = "<";
    },
    ["indicators", 0, "targets", 1, "comparator"],
    "target-direction",
  ],
  [
    "band comparator without band",
    (d) => {
      d.indicators[0].targets[1].comparator = "band";
    },
    ["indicators", 0, "targets", 1, "band"],
    "target-value",
  ],
  [
    "target outside natural limits",
    (d) => {
      d.indicators[0].targets[1].value = 125;
    },
    ["indicators", 0, "targets", 1, "value"],
    "natural-limits",
  ],
  [
    "observation outside natural limits",
    (d) => {
      d.observations[0].value = -3;
    },
    ["observations", 0, "value"],
    "natural-limits",
  ],
  [
    "undeclared dimension",
    (d) => {
      d.observations[2].dimensions = { sex: "female" };
    },
    ["observations", 2, "dimensions", "sex"],
    "dimension",
  ],
  [
    "undeclared dimension value",
    (d) => {
      d.observations[2].dimensions = { area: "suburban" };
    },
    ["observations", 2, "dimensions", "area"],
    "dimension",
  ],
  [
    "duplicate observation",
    (d) => {
      d.observations.push({ ...d.observations[1], value: 11 });
    },
    ["observations", 4],
    "duplicate-observation",
  ],
  [
    "observation without value",
    (d) => {
      delete d.observations[0].value;
    },
    ["observations", 0, "value"],
    "observation-value",
  ],
  [
    "numerator without denominator",
    (d) => {
      d.observations[0].numerator = 3;
    },
    ["observations", 0, "denominator"],
    "observation-value",
  ],
  [
    "periodic cadence without cycle",
    (d) => {
      delete d.plans[0].cadences[0].cycleYears;
    },
    ["plans", 0, "cadences", 0, "cycleYears"],
    "cadence",
  ],
  [
    "score off the scale",
    (d) => {
      d.assessments[0].scores[1].value = 5;
    },
    ["assessments", 0, "scores", 1, "value"],
    "on-scale",
  ],
  [
    "score of unknown criterion",
    (d) => {
      d.assessments[0].scores[1].criterionId = "nope";
    },
    ["assessments", 0, "scores", 1, "criterionId"],
    "reference",
  ],
  [
    "unknown rubric scale",
    (d) => {
      d.rubrics[0].scaleId = "s9";
    },
    ["rubrics", 0, "scaleId"],
    "reference",
  ],
  [
    "cap on unknown criterion",
    (d) => {
      d.rubrics[0].caps[0].criterionId = "nope";
    },
    ["rubrics", 0, "caps", 0, "criterionId"],
    "reference",
  ],
  [
    "duplicate scale level",
    (d) => {
      d.ratingScales[0].levels[1].value = 1;
    },
    ["ratingScales", 0, "levels", 1, "value"],
    "unique-level",
  ],
  [
    "assessment of unknown subject",
    (d) => {
      d.assessments[0].subject.id = "nope";
    },
    ["assessments", 0, "subject", "id"],
    "reference",
  ],
  // Expected reporters and unit weights (issue 15: completeness, weighted mean over units).
  [
    "expected reporter that is not a unit",
    (d) => {
      d.indicators[0].aggregation = "sum";
      d.indicators[0].expectedReporters = [{ unitId: "u.loc" }, { unitId: "u.nope" }];
    },
    ["indicators", 0, "expectedReporters", 1, "unitId"],
    "reference",
  ],
  [
    "expected reporter until before from",
    (d) => {
      d.indicators[0].aggregation = "sum";
      d.indicators[0].expectedReporters = [{ unitId: "u.loc", from: 2022, until: "2021-06" }];
    },
    ["indicators", 0, "expectedReporters", 0, "until"],
    "period-order",
  ],
  [
    "expected reporters on a rule that does not combine units",
    (d) => {
      d.indicators[0].expectedReporters = [{ unitId: "u.loc" }];
    },
    ["indicators", 0, "expectedReporters"],
    "expected-reporters",
  ],
  [
    "unit weight of zero",
    (d) => {
      d.indicators[0].aggregation = "mean";
      d.indicators[0].unitWeights = { "u.loc": 0 };
    },
    ["indicators", 0, "unitWeights", "u.loc"],
    "too_small",
  ],
  [
    "unit weight of 1e308",
    (d) => {
      d.indicators[0].aggregation = "mean";
      d.indicators[0].unitWeights = { "u.loc": 1e308 };
    },
    ["indicators", 0, "unitWeights", "u.loc"],
    "too_big",
  ],
  [
    "unit weight of an unknown unit",
    (d) => {
      d.indicators[0].aggregation = "mean";
      d.indicators[0].unitWeights = { "u.loc": 2, "u.nope": 1 };
    },
    ["indicators", 0, "unitWeights", "u.nope"],
    "reference",
  ],
  [
    "unit weights on a sum",
    (d) => {
      d.indicators[0].aggregation = "sum";
      d.indicators[0].unitWeights = { "u.loc": 2 };
    },
    ["indicators", 0, "unitWeights"],
    "unit-weights",
  ],
  [
    "a reporting unit without a weight in a weighted mean",
    (d) => {
      d.indicators[0].aggregation = "mean";
      d.indicators[0].unitWeights = { "u.hq": 2 };
    },
    ["observations", 3, "unitId"],
    "unit-weights",
  ],
  [
    "a declared reporter without a weight in a weighted mean",
    (d) => {
      d.indicators[0].aggregation = "mean";
      d.indicators[0].unitWeights = { "u.loc": 2 };
      d.indicators[0].expectedReporters = [{ unitId: "u.loc" }, { unitId: "u.hq" }];
    },
    ["indicators", 0, "expectedReporters", 1, "unitId"],
    "unit-weights",
  ],
  [
    "bad id characters",
    (d) => {
      d.units[0].id = "has space";
    },
    ["units", 0, "id"],
    "invalid_format",
  ],
  [
    "prototype key is just an unknown key",
    (d) => {
      Object.defineProperty(d.plans[0], "__proto__", {
        value: { polluted: true },
        enumerable: true,
      });
    },
    ["plans", 0],
    "unrecognized_keys",
  ],
];

describe("PlanDocumentSchema: every rule has a failing fixture with its path", () => {
  it.each(cases)("%s", (_name, edit, path, rule) => {
    const input = edited(validDocument() as Draft, edit);
    const issues = issuesOf(input);
    expect(issues.map((i) => ({ path: i.path, rule: i.rule }))).toContainEqual({ path, rule });
  });

  it("reports every cross-entity problem at once, not just the first", () => {
    const input = edited(validDocument() as Draft, (d) => {
      d.indicators[0].measures = ["x"];
      d.observations[0].indicatorId = "y";
    });
    expect(issuesOf(input).map((i) => i.path.join("."))).toEqual([
      "indicators.0.measures.0",
      "observations.0.indicatorId",
    ]);
  });

  it("does not pollute Object.prototype", () => {
    const text = '{"schemaVersion":1,"plans":[],"__proto__":{"polluted":true}}';
    safeParsePlanDocument(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("expected reporters and unit weights", () => {
  it("accepts a declaration with calendar values and weights of the document's units", () => {
    const doc = parsePlanDocument(
      edited(validDocument() as Draft, (d) => {
        d.indicators[0].aggregation = "mean";
        d.indicators[0].expectedReporters = [
          { unitId: "u.loc", from: 2021, until: "2024-06" },
          { unitId: "u.hq", from: "2022-01-01" },
        ];
        d.indicators[0].unitWeights = { "u.loc": 3.5, "u.hq": 1 };
      }),
    );
    expect(doc.indicators[0]?.expectedReporters).toEqual([
      { unitId: "u.loc", from: 2021, until: "2024-06" },
      { unitId: "u.hq", from: "2022-01-01" },
    ]);
    expect(doc.indicators[0]?.unitWeights).toEqual({ "u.loc": 3.5, "u.hq": 1 });
  });
});

describe("parsePlanDocument errors", () => {
  it("throws CastPlanError INVALID_INPUT with every issue and a message naming the first path", () => {
    const input: PlanDocumentInput = edited(validDocument(), (d) => {
      (d.plans[0] as Draft).issued = "2023-02-29";
    });
    try {
      parsePlanDocument(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CastPlanError);
      const e = error as CastPlanError;
      expect(e.code).toBe("INVALID_INPUT");
      expect(e.issues[0]?.path).toEqual(["plans", 0, "issued"]);
      expect(e.message).toContain("$.plans[0].issued");
      expect(e.message).toContain("not a real calendar day");
    }
  });
});

describe("parseObservationsFile", () => {
  it("checks indicator ids against a document when one is given", () => {
    const doc = parsePlanDocument(validDocument());
    const file = {
      schemaVersion: 1,
      observations: [{ indicatorId: "ind.nope", period: 2024, value: 3, status: "final" }],
    };
    expect(parseObservationsFile(file).observations).toHaveLength(1);
    expect(() => parseObservationsFile(file, doc)).toThrow("$.observations[0].indicatorId");
  });

  it("rejects duplicate observations even without a document", () => {
    const o = { indicatorId: "i", period: 2024, value: 3, status: "final" };
    expect(() => parseObservationsFile({ schemaVersion: 1, observations: [o, o] })).toThrow(
      CastPlanError,
    );
  });
});

describe("alignments to a plan that may be outside the document", () => {
  const localPlan = {
    id: "loc2",
    kind: "local-plan" as const,
    title: { en: "Local" },
    issuer: "L",
    period: { start: 2021, end: 2025 },
    items: [{ id: "loc2.task.1", kind: "task" as const, heading: "T" }],
  };
  it("resolves against externalPlans when the plan is absent, and against the plan once it is merged in", () => {
    const alone = {
      schemaVersion: 1,
      externalPlans: [{ id: "nat", title: "National outline" }],
      plans: [localPlan],
      alignments: [
        {
          id: "al.x",
          from: "loc2.task.1",
          to: "nat.task.1",
          toExternalPlan: "nat",
          relation: "implements",
          editorial: false,
        },
      ],
    };
    expect(safeParsePlanDocument(alone).success).toBe(true);
    const merged = edited(validDocument() as Draft, (d) => {
      d.plans.push(localPlan);
      d.alignments.push({
        id: "al.x",
        from: "loc2.task.1",
        to: "nat.task.1",
        toExternalPlan: "nat",
        relation: "implements",
        editorial: false,
      });
    });
    expect(safeParsePlanDocument(merged).success).toBe(true);
    const wrong = edited(merged as Draft, (d) => {
      d.alignments[1].to = "loc.task.1";
    });
    expect(issuesOf(wrong).map((i) => ({ path: i.path, rule: i.rule }))).toContainEqual({
      path: ["alignments", 1, "to"],
      rule: "reference",
    });
  });
});
