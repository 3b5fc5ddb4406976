// Validation speed of the CAST dataset: parsePlanDocument (zod schemas plus every cross-entity
// rule) on the whole document, against a baseline of a plain deep copy of the same document
// (JSON.stringify + JSON.parse) and against the JSON Schema check (Ajv, compiled once).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { castPlanDocument } from "../src/data/index.js";
import { parsePlanDocument, planDocumentJsonSchema } from "../src/schemas/index.js";
import { table, time } from "./util.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(planDocumentJsonSchema());

const runs = 30;
const copy = time(() => JSON.parse(JSON.stringify(castPlanDocument)), runs, 5);
const parse = time(() => parsePlanDocument(castPlanDocument), runs, 5);
const jsonSchema = time(() => validate(castPlanDocument), runs, 5);
const doc = parsePlanDocument(castPlanDocument);
const bytes = JSON.stringify(doc).length;

const ms = (x: number) => x.toFixed(3);
console.log(`## CAST dataset validation

Median of ${runs} runs after 5 warm-up runs, on the whole dataset (${doc.plans.length} plans, ${doc.indicators.length} indicators, ${doc.observations.length} observations, ${doc.alignments.length} alignment links; ${(bytes / 1024).toFixed(0)} KiB as JSON). Baseline: a deep copy of the same document through JSON text.

${table(
  ["operation", "median ms", "ratio to baseline"],
  [
    ["baseline: JSON.parse(JSON.stringify(doc))", ms(copy), "1.0"],
    ["parsePlanDocument(doc)", ms(parse), (parse / copy).toFixed(1)],
    ["Ajv (JSON Schema, compiled) validate(doc)", ms(jsonSchema), (jsonSchema / copy).toFixed(1)],
  ],
)}
`);
