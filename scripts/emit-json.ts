// Writes the files the package ships beside dist/: the JSON Schemas of a plan document and of an
// observations file (generated from the zod schemas) and the CAST dataset as JSON (parsed, so
// defaults are applied and the file is exactly what parsePlanDocument returns).
import { mkdirSync, writeFileSync } from "node:fs";
import { castPlanDocument } from "../src/data/index.js";
import {
  observationsFileJsonSchema,
  parsePlanDocument,
  planDocumentJsonSchema,
} from "../src/schemas/index.js";

mkdirSync("json-schema", { recursive: true });
mkdirSync("data", { recursive: true });
const write = (path: string, value: unknown) =>
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
write("json-schema/plan-document.schema.json", planDocumentJsonSchema());
write("json-schema/observations.schema.json", observationsFileJsonSchema());
write("data/cast-plan.json", parsePlanDocument(castPlanDocument));
console.log(
  "wrote json-schema/plan-document.schema.json, json-schema/observations.schema.json, data/cast-plan.json",
);
