// The shipped JSON Schemas (generated from zod) accept what the zod schemas accept and reject
// malformed documents, checked with an independent validator (Ajv, draft 2020-12).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import {
  observationsFileJsonSchema,
  parsePlanDocument,
  planDocumentJsonSchema,
} from "../../src/schemas/index.js";
import { validDocument } from "../fixtures/document.js";
import { edited } from "../fixtures/freeze.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

function validator(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe("plan document JSON Schema", () => {
  const validate = validator(planDocumentJsonSchema());

  it("is draft 2020-12", () => {
    expect(planDocumentJsonSchema().$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("accepts the valid fixture as written and as parsed", () => {
    expect(validate(validDocument()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(parsePlanDocument(validDocument())), JSON.stringify(validate.errors)).toBe(
      true,
    );
  });

  it.each([
    [
      "unknown key",
      (d: any) => {
        d.plans[0].titel = "x";
      },
      "/plans/0",
    ],
    [
      "wrong type",
      (d: any) => {
        d.indicators[0].unit = 5;
      },
      "/indicators/0/unit",
    ],
    [
      "bad date",
      (d: any) => {
        d.plans[0].issued = "2018-13-01";
      },
      "/plans/0/issued",
    ],
    [
      "missing schemaVersion",
      (d: any) => {
        delete d.schemaVersion;
      },
      "",
    ],
    [
      "negative weight",
      (d: any) => {
        d.plans[0].items[1].children[0].weight = -1;
      },
      "/plans/0/items/1/children/0/weight",
    ],
  ])("rejects %s at %s", (_name, edit, where) => {
    const ok = validate(edited(validDocument(), edit));
    expect(ok).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath === where)).toBe(true);
  });
});

describe("observations file JSON Schema", () => {
  const validate = validator(observationsFileJsonSchema());
  it("accepts a valid file and rejects a missing status", () => {
    const file = {
      schemaVersion: 1,
      observations: [{ indicatorId: "i", period: "2024-06", value: 3, status: "final" }],
    };
    expect(validate(file)).toBe(true);
    expect(
      validate({ schemaVersion: 1, observations: [{ indicatorId: "i", period: 2024, value: 3 }] }),
    ).toBe(false);
  });
});
