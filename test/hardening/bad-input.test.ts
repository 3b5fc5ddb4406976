// The bad-input corpus: each hostile or malformed input with its expected outcome. Nothing may
// crash, hang or be silently dropped; each problem comes back as a typed, path-named issue.
import { describe, expect, it } from "vitest";
import { CastPlanError, parseObservationsCsv } from "../../src/index.js";
import {
  parseObservationsFile,
  parsePlanDocument,
  safeParsePlanDocument,
} from "../../src/schemas/index.js";
import { validDocument } from "../fixtures/document.js";
import { edited } from "../fixtures/freeze.js";

function firstIssue(input: unknown) {
  const r = safeParsePlanDocument(input);
  if (r.success) throw new Error("expected rejection");
  return r.issues[0];
}

function nested(depth: number) {
  let item: Record<string, unknown> = { id: "leaf", kind: "task", heading: "x" };
  for (let i = 0; i < depth; i++)
    item = { id: `n${i}`, kind: "section", heading: "x", children: [item] };
  return {
    schemaVersion: 1,
    plans: [
      {
        id: "p",
        kind: "other",
        title: { en: "t" },
        issuer: "x",
        period: { start: 2020, end: 2021 },
        items: [item],
      },
    ],
  };
}

describe("bad-input corpus: plan documents", () => {
  it.each([
    ["not an object", "text", [], "invalid_type"],
    ["null", null, [], "invalid_type"],
    ["an array", [], [], "invalid_type"],
    ["schemaVersion 2", { schemaVersion: 2, plans: [] }, ["schemaVersion"], "invalid_value"],
  ] as const)("%s", (_name, input, path, rule) => {
    expect(firstIssue(input)).toMatchObject({ path, rule });
  });

  it("Infinity and NaN built in code are refused with their path", () => {
    const withInfinity = edited(validDocument(), (d: any) => {
      d.observations[0].value = Number.POSITIVE_INFINITY;
    });
    expect(firstIssue(withInfinity)).toMatchObject({ path: ["observations", 0, "value"] });
  });

  it("huge but finite values are kept exactly, not rounded or dropped", () => {
    const doc = parsePlanDocument(
      edited(validDocument(), (d: any) => {
        d.indicators[0].naturalLimits = undefined;
        delete d.indicators[0].naturalLimits;
        d.observations[0].value = 1e308;
        d.observations[1].value = -1e308;
      }),
    );
    expect(doc.observations[0]?.value).toBe(1e308);
    expect(doc.observations[1]?.value).toBe(-1e308);
  });

  it("impossible dates: 2023-02-29, 2023-04-31, 2024-13-01, 2024-00-10", () => {
    for (const day of ["2023-02-29", "2023-04-31", "2024-13-01", "2024-00-10"]) {
      const input = edited(validDocument(), (d: any) => {
        d.plans[0].issued = day;
      });
      expect(firstIssue(input)).toMatchObject({
        path: ["plans", 0, "issued"],
        rule: "calendar-date",
      });
    }
  });

  it("__proto__ and constructor keys from JSON do not pollute prototypes and are refused as unknown", () => {
    const text = JSON.stringify(validDocument()).replace(
      '"schemaVersion":1',
      '"schemaVersion":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"bad":1}}',
    );
    const r = safeParsePlanDocument(JSON.parse(text));
    expect(r.success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).bad).toBeUndefined();
    if (!r.success) expect(r.issues.some((i) => i.rule === "unrecognized_keys")).toBe(true);
  });

  it("very deep nesting is refused before it can exhaust the stack", () => {
    for (const depth of [70, 1_000, 100_000]) {
      expect(firstIssue(nested(depth))).toMatchObject({ rule: "too-deep" });
    }
    expect(safeParsePlanDocument(nested(20)).success).toBe(true);
  });

  it("an object that refers back to itself is refused", () => {
    const doc: Record<string, unknown> = { schemaVersion: 1, plans: [] };
    (doc.plans as unknown[]).push(doc);
    expect(firstIssue(doc)).toMatchObject({ path: ["plans", 0], rule: "cycle" });
  });

  it("a large observations file (100,000 rows) parses without loss", () => {
    const observations = Array.from({ length: 100_000 }, (_, i) => ({
      indicatorId: `ind.${i % 100}`,
      period: 1900 + Math.floor(i / 100),
      value: i,
      status: "final",
    }));
    const file = parseObservationsFile({ schemaVersion: 1, observations });
    expect(file.observations).toHaveLength(100_000);
    expect(file.observations[99_999]?.value).toBe(99_999);
  });
});

describe("bad-input corpus: CSV and JSON text", () => {
  it("malformed JSON is the caller's JSON.parse error; the parsers never see it", () => {
    expect(() => JSON.parse('{"schemaVersion":1,')).toThrow(SyntaxError);
  });

  it("malformed CSV gives PARSE_ERROR with paths", () => {
    for (const text of [
      "",
      "indicatorId,period\n",
      'indicatorId,period,value,status\nx,"2020,1,final',
    ]) {
      expect(() => parseObservationsCsv(text)).toThrow(CastPlanError);
    }
  });

  it("a CSV cell that is Infinity or NaN is refused, not read as a number", () => {
    expect(() =>
      parseObservationsCsv("indicatorId,period,value,status\nx,2020,Infinity,final\n"),
    ).toThrow(/not a number/);
  });
});
