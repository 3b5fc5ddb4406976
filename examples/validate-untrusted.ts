// Validating untrusted JSON: a local association uploads its plan file. Every problem comes back
// with the JSON path of the bad field and the rule it broke, ready to show to the person who wrote it.
//
// Run: npm run example:validate
import { formatIssues } from "../src/index.js";
import { safeParsePlanDocument } from "../src/schemas/index.js";

// What arrived over the wire (typos and mistakes included on purpose).
const upload = `{
  "schemaVersion": 1,
  "plans": [{
    "id": "hunan-2025",
    "kind": "local-plan",
    "title": { "en": "Hunan association work plan 2025" },
    "issuer": "Hunan Association for Science and Technology",
    "issued": "2025-02-29",
    "period": { "start": 2025, "end": 2025 },
    "items": [
      { "id": "hn.task.1", "kind": "task", "heading": "Science festival", "weight": 2 },
      { "id": "hn.task.1", "kind": "task", "heading": "Teacher training" }
    ]
  }],
  "indicators": [{
    "id": "ind.events", "name": "Events held", "measure": "count", "unit": "events",
    "direction": "increase", "aggregation": "sum", "measures": ["hn.task.3"],
    "targets": [{ "id": "t1", "deadline": 2025, "comparator": ">=", "valeu": 40 }]
  }]
}`;

const result = safeParsePlanDocument(JSON.parse(upload));
if (result.success) {
  console.log("valid");
} else {
  console.log(`The file has ${result.issues.length} problem(s):`);
  console.log(formatIssues(result.issues));
}

// Fixed, it passes — and rules between entities (unique ids, references) are checked too.
const fixed = JSON.parse(upload);
fixed.plans[0].issued = "2025-02-28";
fixed.indicators[0].targets[0] = { id: "t1", deadline: 2025, comparator: ">=", value: 40 };
const second = safeParsePlanDocument(fixed);
console.log(
  second.success ? "\nvalid" : `\nAfter the first fixes:\n${formatIssues(second.issues)}`,
);
fixed.plans[0].items[1].id = "hn.task.2";
fixed.plans[0].items[1].weight = 1;
fixed.indicators[0].measures = ["hn.task.1"];
const third = safeParsePlanDocument(fixed);
console.log(third.success ? "\nAll fixed: valid." : formatIssues(third.issues));
