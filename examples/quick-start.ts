// Quick start: describe an indicator with its targets, add observations, and ask how it is doing.
//
// Run: npm run example:quick-start
import { assessIndicator } from "../src/index.js";
import { parsePlanDocument } from "../src/schemas/index.js";

const document = parsePlanDocument({
  schemaVersion: 1,
  plans: [
    {
      id: "demo",
      kind: "local-plan",
      title: { en: "Science popularisation plan 2021–2025" },
      issuer: "A city association for science and technology",
      period: { start: 2021, end: 2025 },
      items: [
        { id: "demo.task.1", kind: "task", number: "1", heading: "Open science venues to pupils" },
      ],
    },
  ],
  indicators: [
    {
      id: "ind.visits",
      name: "Pupil visits to science venues",
      measure: "count",
      unit: "visits",
      direction: "increase",
      aggregation: "sum",
      baselines: [{ period: 2020, value: 12_000 }],
      targets: [
        { id: "ind.visits.t2023", deadline: 2023, comparator: ">=", value: 18_000 },
        { id: "ind.visits.t2025", deadline: 2025, comparator: ">=", value: 25_000 },
      ],
      measures: ["demo.task.1"],
    },
  ],
  observations: [
    { indicatorId: "ind.visits", period: 2021, value: 13_500, status: "final" },
    { indicatorId: "ind.visits", period: 2022, value: 16_000, status: "final" },
    { indicatorId: "ind.visits", period: 2023, value: 18_400, status: "final" },
    { indicatorId: "ind.visits", period: 2024, value: 20_100, status: "provisional" },
  ],
});

const [indicator] = document.indicators;
if (!indicator) throw new Error("no indicator");
const result = assessIndicator(indicator, document.observations, { asOf: "2025-03-31" });

console.log(`${indicator.name.en}: latest ${result.latest?.value} (${result.latest?.period})`);
for (const target of result.targets) {
  const milestone =
    target.milestone.status === "measured" ? target.milestone.milestone : target.milestone.reason;
  const share =
    target.distanceShare.status === "measured"
      ? `${Math.round(target.distanceShare.clamped * 100)}%`
      : "n/a";
  const escap = target.escap.status === "measured" ? target.escap.category : "n/a";
  console.log(
    `  ${target.targetId}: ${milestone}, ${share} of the way from the baseline, ESCAP outlook: ${escap}`,
  );
}
console.log(`\n${result.explanation}`);
