// mergePlanDocuments: three local documents merged into the CAST document, their contributions
// weighed by each policy, with the roll-up of the national item computed by hand; and its errors.
import { describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import { CastPlanError, mergePlanDocuments, rollUpProgress } from "../../src/index.js";
import { type PlanDocument, parsePlanDocument } from "../../src/schemas/index.js";
import { deepFreeze, edited } from "../fixtures/freeze.js";

const cast = deepFreeze(parsePlanDocument(castPlanDocument));

/**
 * A province's document: one plan whose task implements `to` (an outline item), measured by its
 * own indicator (0 in 2020, target 10 in 2025) observed at `value` in 2022, so that its progress
 * as of 2023 is value / 10.
 */
function province(name: string, value: number, to = "outline.task.1"): PlanDocument {
  return deepFreeze(
    parsePlanDocument({
      schemaVersion: 1,
      externalPlans: [{ id: "outline", title: "CAST outline" }],
      plans: [
        {
          id: `prov-${name}`,
          kind: "local-plan",
          title: { en: `Province ${name} plan` },
          issuer: `Province ${name} association`,
          period: { start: 2021, end: 2025 },
          parentPlanId: "outline",
          items: [{ id: `prov-${name}.task.1`, kind: "task", heading: "Local work" }],
        },
      ],
      indicators: [
        {
          id: `ind.prov-${name}`,
          name: `Province ${name} events`,
          measure: "count",
          unit: "events",
          direction: "increase",
          aggregation: "sum",
          baselines: [{ period: 2020, value: 0 }],
          targets: [{ id: `ind.prov-${name}.t2025`, deadline: 2025, comparator: ">=", value: 10 }],
          measures: [`prov-${name}.task.1`],
        },
      ],
      observations: [{ indicatorId: `ind.prov-${name}`, period: 2022, value, status: "final" }],
      alignments: [
        {
          id: `al.prov-${name}`,
          from: `prov-${name}.task.1`,
          to,
          toExternalPlan: "outline",
          relation: "implements",
          editorial: false,
        },
      ],
    }),
  );
}

// Progress 0.2, 0.5 and 0.8.
const a = province("a", 2);
const b = province("b", 5);
const c = province("c", 8);

describe("mergePlanDocuments", () => {
  it("puts the national entities first, then each local document's, and the result parses", () => {
    const merged = mergePlanDocuments(cast, a, b, c);
    expect(merged.plans.map((p) => p.id)).toEqual([
      "outline",
      "ap2018",
      "prov-a",
      "prov-b",
      "prov-c",
    ]);
    expect(merged.indicators.length).toBe(cast.indicators.length + 3);
    expect(merged.observations.length).toBe(cast.observations.length + 3);
    expect(merged.alignments.length).toBe(cast.alignments.length + 3);
    // "outline" is a plan of the merged document now, no longer an external one.
    expect(merged.externalPlans.map((p) => p.id)).not.toContain("outline");
    expect(() => parsePlanDocument(merged)).not.toThrow();
  });

  it("equal: each province weighs a third, and the national item's progress is their mean", () => {
    const merged = mergePlanDocuments(cast, a, b, c);
    expect(merged.alignments.slice(-3).map((l) => l.weight)).toEqual([1 / 3, 1 / 3, 1 / 3]);
    // outline.task.1 has no contributor in the CAST data: its progress is (0.2 + 0.5 + 0.8) / 3.
    const task1 = rollUpProgress(merged, { asOf: 2023 }).items["outline.task.1"];
    expect(task1?.progress).toBeCloseTo(0.5, 12);
    expect(task1?.coverage).toBe(1);
  });

  it("by-weight: a province weighs its declared weight (populations 1, 2 and 3)", () => {
    const merged = mergePlanDocuments(
      cast,
      { document: a, weight: 1 },
      { document: b, weight: 2 },
      { document: c, weight: 3 },
      { policy: "by-weight" },
    );
    expect(merged.alignments.slice(-3).map((l) => l.weight)).toEqual([1 / 6, 2 / 6, 3 / 6]);
    // (1 × 0.2 + 2 × 0.5 + 3 × 0.8) / 6 = 3.6 / 6 = 0.6
    const task1 = rollUpProgress(merged, { asOf: 2023 }).items["outline.task.1"];
    expect(task1?.progress).toBeCloseTo(0.6, 12);
  });

  it("31 provinces weigh together as one contributor beside a national indicator", () => {
    const provinces = Array.from({ length: 31 }, (_, i) => province(`p${i}`, 10, "outline.task.6"));
    const merged = mergePlanDocuments(cast, ...provinces);
    const national = rollUpProgress(cast, { asOf: 2023 }).items["outline.task.6"];
    const task6 = rollUpProgress(merged, { asOf: 2023 }).items["outline.task.6"];
    // Every province is at 1 (10 of 10). Before: Σ w·p over the contributors with data, / Σ w of
    // those; the provinces add weight 31 × 1/31 = 1 at progress 1.
    const withData = (national?.contributors ?? []).filter((x) => x.progress !== undefined);
    const sum = withData.reduce((s, x) => s + x.weight * (x.progress ?? 0), 0);
    const weight = withData.reduce((s, x) => s + x.weight, 0);
    expect(task6?.progress).toBeCloseTo((sum + 1) / (weight + 1), 12);
    // Coverage counts leaf items: nationally the six aligned actions (15, 16, 18, 19, 23, 24; the
    // direct science-literacy link is counted through action 15), of which 15 and 16 have data by
    // 2023; each province adds one leaf item with evidence: (2 + 31) / (6 + 31).
    expect(national?.leaves).toEqual({ total: 6, withEvidence: 2 });
    expect(task6?.leaves).toEqual({ total: 37, withEvidence: 33 });
    expect(task6?.coverage).toBeCloseTo(33 / 37, 12);
  });

  it("none: the links stay with weight 0 and the national roll-up is unchanged", () => {
    const merged = mergePlanDocuments(
      cast,
      province("a", 2, "outline.task.6"),
      province("b", 9, "outline.task.6"),
      { policy: "none" },
    );
    expect(merged.alignments.slice(-2).map((l) => l.weight)).toEqual([0, 0]);
    const before = rollUpProgress(cast, { asOf: 2023 }).items["outline.task.6"];
    const after = rollUpProgress(merged, { asOf: 2023 }).items["outline.task.6"];
    expect(after?.progress).toBe(before?.progress);
    expect(after?.coverage).toBe(before?.coverage);
  });

  it("none: refuses a national item whose only contributors are local", () => {
    expect(() => mergePlanDocuments(cast, a, { policy: "none" })).toThrow(
      expect.objectContaining({
        code: "INVALID_WEIGHTS",
        issues: [expect.objectContaining({ path: ["local", 0, "alignments", 0, "weight"] })],
      }),
    );
  });

  it("localShare scales what the local plans weigh together; a plan's own link weights split its share", () => {
    const twoLinks = edited(a, (d) => {
      (d.plans[0] as PlanDocument["plans"][number]).items.push({
        id: "prov-a.task.2",
        kind: "task",
        heading: { en: "More" },
        tags: [],
        children: [],
      });
      d.alignments.push({
        id: "al.prov-a.2",
        from: "prov-a.task.2",
        to: "outline.task.1",
        toExternalPlan: "outline",
        relation: "implements",
        editorial: false,
        weight: 3,
      });
    });
    const merged = mergePlanDocuments(cast, twoLinks, b, { localShare: 2 });
    // Two plans share 2: 1 each; prov-a's links split its 1 as 1 : 3.
    expect(merged.alignments.slice(-3).map((l) => [l.id, l.weight])).toEqual([
      ["al.prov-a", 0.25],
      ["al.prov-a.2", 0.75],
      ["al.prov-b", 1],
    ]);
  });

  it("keeps identical shared entities once and leaves the inputs untouched", () => {
    const copy = structuredClone(a);
    const again = edited(b, (d) => {
      d.sources.push({ id: "src.x", title: "X" });
    });
    const withSource = edited(c, (d) => {
      d.sources.push({ id: "src.x", title: "X" });
      d.indicators.push(structuredClone(a.indicators[0] as PlanDocument["indicators"][number]));
    });
    const merged = mergePlanDocuments(cast, a, again, withSource);
    expect(merged.sources.filter((s) => s.id === "src.x").length).toBe(1);
    expect(merged.indicators.filter((i) => i.id === "ind.prov-a").length).toBe(1);
    expect(a).toEqual(copy);
  });
});

describe("mergePlanDocuments errors", () => {
  it("DUPLICATE_ID names both documents' paths", () => {
    const clash = edited(b, (d) => {
      (d.plans[0] as { id: string }).id = "prov-a";
    });
    let error: unknown;
    try {
      mergePlanDocuments(cast, a, clash);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CastPlanError);
    expect(error).toMatchObject({
      code: "DUPLICATE_ID",
      message:
        "mergePlanDocuments: plan id 'prov-a' is at $.local[0].plans[0].id and at $.local[1].plans[0].id",
      issues: [
        {
          path: ["local", 1, "plans", 0, "id"],
          rule: "unique-id",
          message: "duplicate plan id 'prov-a' (also at $.local[0].plans[0].id)",
        },
      ],
    });
  });

  it("DUPLICATE_ID for a national indicator redefined differently", () => {
    const redefined = edited(a, (d) => {
      d.indicators.push({
        ...(cast.indicators[0] as PlanDocument["indicators"][number]),
        name: { en: "Other" },
      });
    });
    expect(() => mergePlanDocuments(cast, redefined)).toThrow(
      expect.objectContaining({
        code: "DUPLICATE_ID",
        issues: [expect.objectContaining({ path: ["local", 0, "indicators", 1, "id"] })],
      }),
    );
  });

  it("UNKNOWN_ID for a link into a national item that does not exist", () => {
    const dangling = edited(a, (d) => {
      (d.alignments[0] as { to: string }).to = "outline.task.99";
    });
    expect(() => mergePlanDocuments(cast, dangling)).toThrow(
      expect.objectContaining({
        code: "UNKNOWN_ID",
        issues: [
          {
            path: ["local", 0, "alignments", 0, "to"],
            rule: "reference",
            message: "plan 'outline' has no item 'outline.task.99'",
          },
        ],
      }),
    );
  });

  it("refuses a bad policy, localShare or weight", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as CastPlanError).code;
      }
      return undefined;
    };
    expect(code(() => mergePlanDocuments(cast, a, { policy: "most" as "equal" }))).toBe(
      "INVALID_ARGUMENT",
    );
    expect(code(() => mergePlanDocuments(cast, a, { localShare: 0 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => mergePlanDocuments(cast, a, { policy: "by-weight" }))).toBe(
      "INVALID_ARGUMENT",
    );
    expect(code(() => mergePlanDocuments(cast, { document: a, weight: -1 }))).toBe(
      "INVALID_WEIGHTS",
    );
    expect(
      code(() => mergePlanDocuments(cast, { document: a, weight: 0 }, { policy: "by-weight" })),
    ).toBe("INVALID_WEIGHTS");
  });
});
