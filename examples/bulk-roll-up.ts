// Bulk monitoring with columns: 120 county associations report 240 indicators every year.
//
// A provincial association's five-year plan has 4 areas and 24 tasks; each task is measured by 10
// count indicators, which the county associations report every year from 2019 (sum of the
// counties' figures). That is 120 × 240 × 6 = 172,800 reports from 2019 to 2024. The columnar roll-up
// reads them as typed arrays and gives the plan's progress for each year in milliseconds; the
// object roll-up (rollUpProgress) gives the same numbers, with an explained assessment per
// indicator, in more time.
//
// The figures below are GENERATED (seeded), not real data.
//
// Run: npm run example:bulk
import { performance } from "node:perf_hooks";
import {
  createRollUpWorkspace,
  type Observation,
  prepareRollUp,
  ROLL_UP_REASONS,
  rollUpColumns,
  rollUpProgress,
  toObservationColumns,
} from "../src/index.js";
import { parsePlanDocument } from "../src/schemas/index.js";
import { seeded } from "./lib/seeded.js";

const COUNTIES = 120;
const AREAS = 4;
const TASKS_PER_AREA = 6;
const INDICATORS_PER_TASK = 10;
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024];

const random = seeded(2018);

const items = Array.from({ length: AREAS }, (_, a) => ({
  id: `area.${a + 1}`,
  kind: "area" as const,
  heading: `Area ${a + 1}`,
  children: Array.from({ length: TASKS_PER_AREA }, (_, t) => ({
    id: `task.${a + 1}.${t + 1}`,
    kind: "task" as const,
    heading: `Task ${a + 1}.${t + 1}`,
  })),
}));
const taskIds = items.flatMap((area) => area.children.map((task) => task.id));
// Each indicator starts at 10 events per county in 2018 and aims at 2 to 3 times that by 2025.
const indicators = taskIds.flatMap((taskId, t) =>
  Array.from({ length: INDICATORS_PER_TASK }, (_, k) => {
    const id = `ind.${t * INDICATORS_PER_TASK + k}`;
    const base = COUNTIES * 10;
    return {
      id,
      name: `Indicator ${t * INDICATORS_PER_TASK + k}`,
      measure: "count" as const,
      unit: "events",
      direction: "increase" as const,
      aggregation: "sum" as const,
      baselines: [{ period: 2018, value: base }],
      targets: [
        {
          id: `${id}.t2025`,
          deadline: 2025,
          comparator: ">=" as const,
          value: Math.round(base * (2 + random())),
        },
      ],
      measures: [taskId],
    };
  }),
);
const document = parsePlanDocument({
  schemaVersion: 1,
  plans: [
    {
      id: "province",
      kind: "local-plan",
      title: { en: "Provincial science popularisation plan 2021–2025" },
      issuer: "Provincial Association for Science and Technology",
      period: { start: 2019, end: 2025 },
      items,
    },
  ],
  indicators,
});

// Every county reports every indicator every year: 10 events in 2018, growing 8–20 % a year.
const observations: Observation[] = [];
for (let c = 0; c < COUNTIES; c++)
  for (const [s, indicator] of document.indicators.entries()) {
    const growth = 1.08 + 0.12 * random();
    for (const year of YEARS)
      observations.push({
        indicatorId: indicator.id,
        period: year,
        value: Math.round(10 * growth ** (year - 2018) + (s % 3)),
        unitId: `county.${c + 1}`,
        status: "final",
      });
  }
const columns = toObservationColumns(document, observations);
console.log(
  `${observations.length.toLocaleString("en")} county reports of ${document.indicators.length} indicators, ${YEARS[0]}–${YEARS.at(-1)}`,
);

// Columnar: prepare once, then one roll-up per year, reusing the workspace's memory.
const prepared = prepareRollUp(document);
const workspace = createRollUpWorkspace();
console.log("\nPlan progress by year (rollUpColumns):");
let last = rollUpColumns(prepared, columns, { asOf: 2019, workspace });
for (const year of YEARS) {
  const start = performance.now();
  last = rollUpColumns(prepared, columns, { asOf: year, workspace });
  const ms = performance.now() - start;
  const progress = last.plans.progress[0] ?? 0;
  const bar = "█".repeat(Math.round(progress * 30)).padEnd(30, "·");
  console.log(`  ${year}  ${bar} ${(progress * 100).toFixed(1)} %   (${ms.toFixed(1)} ms)`);
}
console.log("\nAreas as of 2024:");
for (const [k, id] of last.items.ids.entries()) {
  if (!id.startsWith("area.")) continue;
  const reason = ROLL_UP_REASONS[last.items.reason[k] ?? 0];
  console.log(
    `  ${id}  progress ${((last.items.progress[k] ?? 0) * 100).toFixed(1)} %, coverage ${((last.items.coverage[k] ?? 0) * 100).toFixed(0)} %, ${reason === "none" ? "measured" : reason}`,
  );
}

// The object roll-up gives the same numbers (and an explained assessment per indicator).
const start = performance.now();
const objects = rollUpProgress(document, { asOf: 2024, observations });
const ms = performance.now() - start;
const same = last.items.ids.every(
  (id, k) => Math.abs((objects.items[id]?.progress ?? 0) - (last.items.progress[k] ?? 0)) < 1e-12,
);
console.log(
  `\nrollUpProgress on the same reports as objects: ${ms.toFixed(0)} ms; same item progress: ${same ? "yes" : "NO"}`,
);
