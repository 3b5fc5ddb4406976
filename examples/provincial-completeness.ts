// A provincial plan 2021–2025 aligned to the CAST outline, measured by the reports of its three
// cities: 5 indicators over 5 years, one city-year missing, one provisional value, two tasks
// without any data. The progress report and the roll-up give one figure per indicator; the
// missing report is never hidden in a partial sum.
//
// The figures are ILLUSTRATIVE, not real data.
//
// Run: npm run example:provincial-completeness
import {
  buildProgressReport,
  type Observation,
  type ObservationStatus,
  renderProgressReportText,
  rollUpProgress,
} from "../src/index.js";
import { parsePlanDocument } from "../src/schemas/index.js";

const AS_OF = "2025-12-31";
const CITIES = ["city.a", "city.b", "city.c"] as const;
const YEARS = [2021, 2022, 2023, 2024, 2025] as const;

/** Each city's yearly figures, 2021–2025 (null: not reported). */
type Figures = Record<(typeof CITIES)[number], readonly (number | null)[]>;

/** One indicator's reports: a value per city and year (or numerator/denominator pairs). */
function reports(
  indicatorId: string,
  figures: Figures,
  status: (city: string, year: number) => ObservationStatus = () => "final",
): Observation[] {
  return CITIES.flatMap((city) =>
    YEARS.flatMap((year, k) => {
      const value = figures[city][k];
      if (value === null || value === undefined) return [];
      return [{ indicatorId, unitId: city, period: year, value, status: status(city, year) }];
    }),
  );
}

/** A ratio indicator's reports: numerator and denominator per city and year. */
function parts(indicatorId: string, numerators: Figures, denominators: Figures): Observation[] {
  return CITIES.flatMap((city) =>
    YEARS.map((year, k) => ({
      indicatorId,
      unitId: city,
      period: year,
      numerator: numerators[city][k] ?? 0,
      denominator: denominators[city][k] ?? 1,
      status: "final" as const,
    })),
  );
}

/** A target for 2025 stated in a task of the plan. */
const by2025 = (id: string, value: number, task: string) => [
  { id: `${id}.t2025`, deadline: 2025, comparator: ">=" as const, value, statedIn: task },
];

/** A count summed over the cities, measuring one task. */
const count = (
  id: string,
  name: string,
  unit: string,
  base: number,
  target: number,
  task: string,
) => ({
  id,
  name,
  measure: "count" as const,
  unit,
  direction: "increase" as const,
  aggregation: "sum" as const,
  baselines: [{ period: 2020, value: base }],
  targets: by2025(id, target, task),
  measures: [task],
});

const document = parsePlanDocument({
  schemaVersion: 1,
  externalPlans: [{ id: "outline", title: "CAST outline (2018–2050)" }],
  plans: [
    {
      id: "prov",
      kind: "local-plan",
      title: { en: "Provincial science popularisation plan 2021–2025" },
      issuer: "Provincial Association for Science and Technology",
      period: { start: 2021, end: 2025 },
      parentPlanId: "outline",
      items: [
        {
          id: "prov.area.1",
          kind: "area",
          number: "1",
          heading: "Science literacy",
          children: [
            { id: "prov.task.1", kind: "task", number: "1.1", heading: "Science venues" },
            { id: "prov.task.2", kind: "task", number: "1.2", heading: "Volunteers and literacy" },
            { id: "prov.task.3", kind: "task", number: "1.3", heading: "Youth science camps" },
          ],
        },
        {
          id: "prov.area.2",
          kind: "area",
          number: "2",
          heading: "Innovation culture",
          children: [
            { id: "prov.task.4", kind: "task", number: "2.1", heading: "Popular lectures" },
            { id: "prov.task.5", kind: "task", number: "2.2", heading: "Scientists' spirit" },
            { id: "prov.task.6", kind: "task", number: "2.3", heading: "Community workshops" },
          ],
        },
      ],
    },
  ],
  units: [
    { id: "city.a", name: "City A", kind: "local-association", region: "City A" },
    { id: "city.b", name: "City B", kind: "local-association", region: "City B" },
    { id: "city.c", name: "City C", kind: "local-association", region: "City C" },
  ],
  indicators: [
    count("venues", "Science venues", "venues", 100, 160, "prov.task.1"),
    count("volunteers", "Registered science volunteers", "persons", 1000, 2000, "prov.task.2"),
    {
      id: "literacy",
      name: "Share of residents with science literacy",
      measure: "percentage",
      unit: "%",
      decimals: 2,
      direction: "increase",
      // The province's share is the cities' shares weighted by population (millions).
      aggregation: "mean",
      unitWeights: { "city.a": 8, "city.b": 5, "city.c": 3 },
      baselines: [{ period: 2020, value: 10 }],
      targets: by2025("literacy", 15, "prov.task.2"),
      measures: ["prov.task.2"],
    },
    {
      id: "camps",
      name: "Pupils in science camps",
      measure: "percentage",
      unit: "%",
      decimals: 2,
      direction: "increase",
      aggregation: "ratio",
      baselines: [{ period: 2020, value: 10 }],
      targets: by2025("camps", 20, "prov.task.3"),
      measures: ["prov.task.3"],
    },
    count("lectures", "Popular science lectures", "lectures", 200, 400, "prov.task.4"),
  ],
  observations: [
    // City C has not reported its venues for 2024.
    ...reports("venues", {
      "city.a": [40, 44, 48, 52, 56],
      "city.b": [35, 37, 40, 42, 45],
      "city.c": [30, 32, 33, null, 36],
    }),
    ...reports("volunteers", {
      "city.a": [500, 560, 620, 680, 740],
      "city.b": [300, 340, 380, 420, 460],
      "city.c": [200, 230, 260, 290, 320],
    }),
    ...reports("literacy", {
      "city.a": [11, 12, 13, 14, 15],
      "city.b": [10, 11, 12, 12.5, 13],
      "city.c": [8, 9, 10, 11, 12],
    }),
    ...parts(
      "camps",
      {
        "city.a": [120, 130, 140, 150, 160],
        "city.b": [60, 65, 70, 80, 90],
        "city.c": [20, 25, 30, 35, 40],
      },
      {
        "city.a": [1000, 1000, 1000, 1000, 1000],
        "city.b": [500, 500, 500, 500, 500],
        "city.c": [250, 250, 250, 250, 250],
      },
    ),
    // City B's 2025 lectures are provisional.
    ...reports(
      "lectures",
      {
        "city.a": [100, 110, 120, 130, 140],
        "city.b": [60, 70, 80, 90, 100],
        "city.c": [40, 45, 50, 55, 60],
      },
      (city, year) => (city === "city.b" && year === 2025 ? "provisional" : "final"),
    ),
  ],
  alignments: [
    ["prov.task.1", "outline.task.6"],
    ["prov.task.2", "outline.task.6"],
    ["prov.task.3", "outline.task.9"],
    ["prov.task.4", "outline.task.7"],
    ["prov.task.5", "outline.task.8"],
    ["prov.task.6", "outline.task.7"],
  ].map(([from, to], k) => ({
    id: `al.${k + 1}`,
    from: from ?? "",
    to: to ?? "",
    toExternalPlan: "outline",
    relation: "implements" as const,
    editorial: false,
  })),
});

// 1. The progress report (the default completeness policy: refuse a period in which an expected
//    city has not reported, and say so).
const report = buildProgressReport(document, { asOf: AS_OF });
console.log(renderProgressReportText(report));

// 2. One figure, two paths: each indicator's distance share in the report, and its progress in
//    the roll-up under the plan.
const rollUp = rollUpProgress(document, { asOf: AS_OF });
const percent = (x: number | null | undefined) =>
  x === null || x === undefined ? "n/a" : `${(x * 100).toFixed(1)} %`;
console.log("Report and roll-up, indicator by indicator:");
for (const line of report.indicators) {
  const latest = line.latest
    ? `${line.latest.value.toFixed(line.decimals)} (${line.latest.period}, ${line.latest.status})`
    : "none";
  const share = line.targets[0]?.distanceShare?.clamped;
  const node = rollUp.indicators[line.id];
  console.log(
    `  ${line.id.padEnd(11)} latest ${latest.padEnd(24)} report ${percent(share).padStart(7)}   roll-up ${percent(node?.progress).padStart(7)}   same: ${share === node?.progress ? "yes" : "no"}`,
  );
}

// 3. What the completeness check found, and what carrying the missing report forward would give.
for (const [id, found] of Object.entries(rollUp.completeness))
  for (const p of found.incomplete)
    console.log(
      `\n${id}: ${p.period} left out: ${p.missing.join(", ")} has not reported (${p.expected.length - p.missing.length} of ${p.expected.length} cities did)`,
    );
const carried = rollUpProgress(document, { asOf: AS_OF, completeness: "carry-forward" });
const venues = carried.assessments.venues?.series;
const at2024 = venues?.years.indexOf(2024) ?? -1;
console.log(
  `With completeness "carry-forward", venues 2024 = ${venues?.values[at2024]} (${venues?.imputed?.[at2024]}: city.c's 2023 report stands in)`,
);

// 4. The tasks no indicator measures: they count against coverage and show no figure.
const empty = Object.values(rollUp.items).filter(
  (n) => n.contributors.length === 0 || n.progress === undefined,
);
console.log(`\nTasks without data: ${empty.map((n) => n.id).join(", ")}`);
