// diffPlanDocuments: two hand-made documents with every kind of change written out by hand, and
// the bundled CAST document against a copy with one target value changed and its lists reordered.
import { describe, expect, it } from "vitest";
import { castPlanDocument } from "../../src/data/index.js";
import { diffPlanDocuments, PLAN_ENTITY_KINDS } from "../../src/index.js";
import { type PlanDocument, parsePlanDocument } from "../../src/schemas/index.js";
import { deepFreeze, edited } from "../fixtures/freeze.js";

const before: PlanDocument = deepFreeze(
  parsePlanDocument({
    schemaVersion: 1,
    plans: [
      {
        id: "p",
        kind: "local-plan",
        title: { en: "Plan 2021–2025" },
        issuer: "A local association",
        period: { start: 2021, end: 2025 },
        items: [
          {
            id: "p.area.1",
            kind: "area",
            heading: "Area 1",
            children: [
              { id: "p.task.1", kind: "task", heading: "Museums" },
              { id: "p.task.2", kind: "task", heading: "Caravans" },
            ],
          },
          { id: "p.area.2", kind: "area", heading: "Area 2" },
        ],
        assignments: [{ id: "as.1", itemId: "p.task.1", unitId: "u.a", role: "lead" }],
      },
    ],
    units: [{ id: "u.a", name: "Association A", kind: "local-association" }],
    indicators: [
      {
        id: "ind.museums",
        name: "Museums",
        measure: "count",
        unit: "museums",
        direction: "increase",
        aggregation: "sum",
        baselines: [{ period: 2020, value: 10 }],
        targets: [
          { id: "ind.museums.t2023", deadline: 2023, comparator: ">=", value: 15 },
          { id: "ind.museums.t2025", deadline: 2025, comparator: ">=", value: 20 },
        ],
        measures: ["p.task.1"],
      },
      {
        id: "ind.caravans",
        name: "Caravans",
        measure: "count",
        unit: "vehicles",
        direction: "increase",
        aggregation: "sum",
        measures: ["p.task.2"],
      },
    ],
    observations: [{ indicatorId: "ind.museums", period: 2022, value: 12, status: "final" }],
    alignments: [
      { id: "al.1", from: "p.task.2", to: "p.task.1", relation: "contributes-to", editorial: true },
    ],
  }),
);

// The mid-term revision: the 2025 target raised to 25, the baseline restated, a new 2024 target,
// the caravans indicator dropped (with its task), a weight and a heading changed, task 1 moved
// under area 2, an alignment weight added, the assignment given to another unit, a unit and an
// observation added (unit u.a stays); and every list reordered, which is no change.
const after: PlanDocument = edited(before, (d) => {
  const plan = d.plans[0] as PlanDocument["plans"][number];
  const [area1, area2] = plan.items as [
    PlanDocument["plans"][number]["items"][number],
    PlanDocument["plans"][number]["items"][number],
  ];
  const task1 = area1.children[0] as (typeof area1.children)[number];
  area1.children = [];
  area1.heading = { en: "Area one" };
  area2.children = [task1];
  plan.items = [area2, area1];
  const museums = d.indicators[0] as PlanDocument["indicators"][number];
  museums.baselines = [{ period: 2020, value: 11 }];
  museums.targets = [
    { id: "ind.museums.t2023", deadline: 2023, comparator: ">=", value: 15 },
    { id: "ind.museums.t2024", deadline: 2024, comparator: ">=", value: 18 },
    { id: "ind.museums.t2025", deadline: 2025, comparator: ">=", value: 25 },
  ];
  museums.measures = ["p.task.1"];
  d.indicators = [museums];
  d.alignments = [];
  (plan.assignments[0] as { unitId: string }).unitId = "u.b";
  d.units = [{ id: "u.b", name: { en: "Association B" }, kind: "local-association" }, ...d.units];
  d.observations = [
    { indicatorId: "ind.museums", period: 2023, value: 14, status: "provisional" },
    ...d.observations,
  ];
});

describe("diffPlanDocuments", () => {
  const diff = diffPlanDocuments(before, after);

  it("lists every change by id, in entity order, with its path in the newer document", () => {
    expect(diff.equal).toBe(false);
    expect(diff.changes).toEqual([
      {
        kind: "moved",
        locator: { entity: "item", id: "p.task.1" },
        path: ["plans", 0, "items", 0, "children", 0],
        before: { entity: "item", id: "p.area.1" },
        after: { entity: "item", id: "p.area.2" },
      },
      {
        kind: "changed",
        // Headings are localized texts: the change is in their English form.
        locator: { entity: "item", id: "p.area.1", field: ["heading", "en"] },
        path: ["plans", 0, "items", 1, "heading", "en"],
        before: "Area 1",
        after: "Area one",
      },
      {
        kind: "removed",
        locator: { entity: "item", id: "p.task.2" },
        path: ["plans", 0, "items", 0, "children", 1],
        before: { id: "p.task.2", kind: "task", heading: { en: "Caravans" }, tags: [] },
      },
      {
        kind: "changed",
        locator: { entity: "assignment", id: "as.1", field: ["unitId"] },
        path: ["plans", 0, "assignments", 0, "unitId"],
        before: "u.a",
        after: "u.b",
      },
      {
        kind: "removed",
        locator: { entity: "indicator", id: "ind.caravans" },
        path: ["indicators", 1],
        before: {
          id: "ind.caravans",
          name: { en: "Caravans" },
          measure: "count",
          unit: "vehicles",
          direction: "increase",
          aggregation: "sum",
          dimensions: [],
          measures: ["p.task.2"],
          references: [],
        },
      },
      {
        kind: "changed",
        locator: { entity: "baseline", id: "ind.museums@2020", field: ["value"] },
        path: ["indicators", 0, "baselines", 0, "value"],
        before: 10,
        after: 11,
      },
      {
        kind: "added",
        locator: { entity: "target", id: "ind.museums.t2024" },
        path: ["indicators", 0, "targets", 1],
        after: { id: "ind.museums.t2024", deadline: 2024, comparator: ">=", value: 18 },
      },
      {
        kind: "changed",
        locator: { entity: "target", id: "ind.museums.t2025", field: ["value"] },
        path: ["indicators", 0, "targets", 2, "value"],
        before: 20,
        after: 25,
      },
      {
        kind: "added",
        locator: { entity: "observation", id: "ind.museums@2023" },
        path: ["observations", 0],
        after: { indicatorId: "ind.museums", period: 2023, value: 14, status: "provisional" },
      },
      {
        kind: "added",
        locator: { entity: "unit", id: "u.b" },
        path: ["units", 0],
        after: { id: "u.b", name: { en: "Association B" }, kind: "local-association" },
      },
      {
        kind: "removed",
        locator: { entity: "alignment", id: "al.1" },
        path: ["alignments", 0],
        before: {
          id: "al.1",
          from: "p.task.2",
          to: "p.task.1",
          relation: "contributes-to",
          editorial: true,
        },
      },
    ]);
  });

  it("counts each kind in both documents and its changes", () => {
    expect(diff.summary.item).toEqual({
      before: 4,
      after: 3,
      added: 0,
      removed: 1,
      changed: 1,
      moved: 1,
    });
    expect(diff.summary.target).toEqual({
      before: 2,
      after: 3,
      added: 1,
      removed: 0,
      changed: 1,
      moved: 0,
    });
    expect(diff.summary.observation).toEqual({
      before: 1,
      after: 2,
      added: 1,
      removed: 0,
      changed: 0,
      moved: 0,
    });
    expect(diff.summary.plan).toEqual({
      before: 1,
      after: 1,
      added: 0,
      removed: 0,
      changed: 0,
      moved: 0,
    });
    expect(Object.keys(diff.summary)).toEqual([...PLAN_ENTITY_KINDS]);
  });

  it("reverses: what was added is removed, old and new swap", () => {
    const back = diffPlanDocuments(after, before);
    const target = back.changes.find((c) => c.locator.id === "ind.museums.t2025");
    expect(target).toEqual({
      kind: "changed",
      locator: { entity: "target", id: "ind.museums.t2025", field: ["value"] },
      path: ["indicators", 0, "targets", 1, "value"],
      before: 25,
      after: 20,
    });
    expect(back.changes.find((c) => c.locator.id === "ind.museums.t2024")?.kind).toBe("removed");
    expect(back.changes.length).toBe(diff.changes.length);
  });

  it("a field set or unset is a change with the absent side left out", () => {
    const weighted = edited(before, (d) => {
      (d.alignments[0] as { weight?: number }).weight = 2;
      (d.plans[0] as { title: { zh?: string } }).title.zh = "规划";
    });
    expect(diffPlanDocuments(before, weighted).changes).toEqual([
      {
        kind: "changed",
        locator: { entity: "plan", id: "p", field: ["title", "zh"] },
        path: ["plans", 0, "title", "zh"],
        after: "规划",
      },
      {
        kind: "changed",
        locator: { entity: "alignment", id: "al.1", field: ["weight"] },
        path: ["alignments", 0, "weight"],
        after: 2,
      },
    ]);
  });

  it("equal documents, and reordered ones, have no changes", () => {
    expect(diffPlanDocuments(before, before)).toMatchObject({ equal: true, changes: [] });
    const reordered = edited(before, (d) => {
      d.indicators.reverse();
      (d.plans[0] as PlanDocument["plans"][number]).items.reverse();
    });
    expect(diffPlanDocuments(before, reordered).equal).toBe(true);
  });
});

describe("diffPlanDocuments on the bundled CAST document", () => {
  const cast = deepFreeze(parsePlanDocument(castPlanDocument));

  it("names a changed target value by its id, wherever the indicator moved", () => {
    const revised = edited(cast, (d) => {
      const museums = d.indicators.find((i) => i.id === "ind.mobile-science-museums");
      (museums?.targets[0] as { value: number }).value = 350;
      d.indicators.reverse();
    });
    const at = revised.indicators.findIndex((i) => i.id === "ind.mobile-science-museums");
    const diff = diffPlanDocuments(cast, revised);
    expect(diff.changes).toEqual([
      {
        kind: "changed",
        locator: {
          entity: "target",
          id: "ind.mobile-science-museums.t2020-ap2018",
          field: ["value"],
        },
        path: ["indicators", at, "targets", 0, "value"],
        before: 300,
        after: 350,
      },
    ]);
    expect(diff.summary.target).toMatchObject({ before: 14, after: 14, changed: 1 });
    expect(diff.summary.observation).toMatchObject({ before: 88, after: 88, changed: 0 });
  });

  it("finds the CAST document equal to itself", () => {
    expect(diffPlanDocuments(cast, structuredClone(cast)).equal).toBe(true);
  });
});
