// The CAST phase and evaluation calendar, 2018–2050: development steps, the three-year action plan,
// five-year phases synchronised with the national five-year plans, annual work plans, and the
// evaluation events each document prescribes — printed, then exported as Mermaid and iCalendar.
//
// Run: npm run example:calendar
import { castPlanDocument } from "../src/data/index.js";
import {
  findNextEvaluation,
  findPhasesAt,
  generatePlanSkeleton,
  skeletonToGanttItems,
  toICalendar,
  toMermaidGantt,
} from "../src/index.js";
import { parsePlanDocument } from "../src/schemas/index.js";

const document = parsePlanDocument(castPlanDocument);
const skeleton = generatePlanSkeleton(document, "outline");

const asOf = "2026-11-28";
const at = findPhasesAt(skeleton, asOf);
console.log(
  `As of ${asOf}: ${at.phases.map((p) => p.name).join(" · ")} (national FYP ${at.fiveYearPlan})`,
);
const next = findNextEvaluation(skeleton, asOf);
console.log(`Next evaluation: ${next?.label} due ${next?.due}\n`);

console.log("Phases:");
for (const p of skeleton.phases) console.log(`  ${p.start} – ${p.end}  ${p.name}`);
console.log(
  `\n${skeleton.events.filter((e) => e.activity === "evaluation").length} evaluation events, ${skeleton.annualPlans.length} annual work plans.`,
);
for (const f of skeleton.findings) console.log(`  finding: ${f.message}`);

const items = skeletonToGanttItems(skeleton);
console.log("\nMermaid gantt (paste into any Mermaid renderer):\n");
console.log(toMermaidGantt(items, { title: "CAST outline 2018-2050" }));

// DTSTAMP must be a UTC instant; it is an argument so that the output is reproducible.
const ics = toICalendar(items, { domain: "example.org", timestamp: "20261128T000000Z" });
console.log(
  `iCalendar: ${ics.split("BEGIN:VEVENT").length - 1} all-day events, ${ics.length} characters.`,
);
