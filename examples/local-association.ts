// A local association's plan aligned to the CAST outline, rolled up into national indicators.
//
// Two provincial associations report how many mobile science museum sets they run; the national
// indicator adds them up (aggregation "sum"). Each association's plan has a task that implements
// outline task 6 ("Improve the science literacy of the whole Chinese people"), so the outline's
// roll-up sees the provincial work through the alignment links.
//
// The provincial figures below are ILLUSTRATIVE, not real data.
//
// Run: npm run example:local-association
import { castPlanDocument } from "../src/data/index.js";
import {
  assessIndicator,
  combineObservations,
  mergePlanDocuments,
  rollUpProgress,
} from "../src/index.js";
import { parsePlanDocument } from "../src/schemas/index.js";

const local = parsePlanDocument({
  schemaVersion: 1,
  externalPlans: [{ id: "outline", title: "CAST outline (2018–2050)" }],
  plans: [
    {
      id: "prov-a",
      kind: "local-plan",
      title: { en: "Province A association plan 2021–2025" },
      issuer: "Province A Association for Science and Technology",
      period: { start: 2021, end: 2025 },
      parentPlanId: "outline",
      items: [
        {
          id: "prov-a.task.1",
          kind: "task",
          number: "1",
          heading: "Mobile science museums in every county",
        },
      ],
    },
    {
      id: "prov-b",
      kind: "local-plan",
      title: { en: "Province B association plan 2021–2025" },
      issuer: "Province B Association for Science and Technology",
      period: { start: 2021, end: 2025 },
      parentPlanId: "outline",
      items: [
        { id: "prov-b.task.1", kind: "task", number: "1", heading: "Touring science exhibitions" },
      ],
    },
  ],
  units: [
    {
      id: "unit.prov-a",
      name: "Province A association",
      kind: "local-association",
      region: "Province A",
    },
    {
      id: "unit.prov-b",
      name: "Province B association",
      kind: "local-association",
      region: "Province B",
    },
  ],
  indicators: [
    {
      id: "ind.local-mobile-museums",
      name: "Mobile science museum sets run by the provinces",
      measure: "count",
      unit: "sets",
      direction: "increase",
      aggregation: "sum",
      baselines: [{ period: 2020, value: 30 }],
      targets: [
        { id: "ind.local-mobile-museums.t2025", deadline: 2025, comparator: ">=", value: 60 },
      ],
      measures: ["prov-a.task.1", "prov-b.task.1"],
    },
  ],
  observations: [
    {
      indicatorId: "ind.local-mobile-museums",
      period: 2021,
      value: 20,
      unitId: "unit.prov-a",
      status: "final",
    },
    {
      indicatorId: "ind.local-mobile-museums",
      period: 2021,
      value: 14,
      unitId: "unit.prov-b",
      status: "final",
    },
    {
      indicatorId: "ind.local-mobile-museums",
      period: 2023,
      value: 26,
      unitId: "unit.prov-a",
      status: "final",
    },
    {
      indicatorId: "ind.local-mobile-museums",
      period: 2023,
      value: 19,
      unitId: "unit.prov-b",
      status: "final",
    },
  ],
  alignments: [
    {
      id: "al.a",
      from: "prov-a.task.1",
      to: "outline.task.6",
      toExternalPlan: "outline",
      relation: "implements",
      editorial: false,
    },
    {
      id: "al.b",
      from: "prov-b.task.1",
      to: "outline.task.6",
      toExternalPlan: "outline",
      relation: "implements",
      editorial: false,
    },
  ],
});

const [indicator] = local.indicators;
if (!indicator) throw new Error("no indicator");

// 1. The provinces' figures add up to one series (sum), period by period.
const combined = combineObservations(indicator, local.observations);
if (combined.status !== "measured") throw new Error(combined.message);
console.log("Combined series (sum of provinces):");
for (const o of combined.observations) console.log(`  ${o.period}: ${o.value} sets`);

// 2. That series is assessed like any national indicator.
const assessment = assessIndicator(indicator, combined.observations, { asOf: "2024-06-30" });
const target = assessment.targets[0];
if (target?.distanceShare.status === "measured") {
  console.log(
    `\nTarget 2025 (>= 60 sets): ${Math.round(target.distanceShare.clamped * 100)}% of the way from 30 sets in 2020`,
  );
}

// 3. Merge the provincial plans into the CAST document and roll up: outline task 6 now counts the
//    provincial tasks aligned to it. Under the default policy ("equal") each provincial plan
//    weighs 1/2, so that together they weigh as much as one of the task's own contributors: 31
//    provinces could not swamp its national indicator. ("by-weight" weighs each local document by
//    a declared weight, such as its population; "none" keeps the links at weight 0.) The merge
//    checks ids and links; parsing the result checks every other rule of a plan document.
const national = parsePlanDocument(castPlanDocument);
const merged = parsePlanDocument(mergePlanDocuments(national, local));
const rollUp = rollUpProgress(merged, { asOf: "2024-06-30" });
const task6 = rollUp.items["outline.task.6"];
console.log(
  `\nOutline task 6 after the roll-up: progress ${task6?.progress === undefined ? "n/a" : `${Math.round(task6.progress * 100)}%`}, coverage ${Math.round((task6?.coverage ?? 0) * 100)}%`,
);
for (const c of task6?.contributors ?? [])
  console.log(`  from ${c.id} (via ${c.via}, weight ${c.weight})`);
