// Property tests of parseObservationsCsv: valid observations written to CSV here (RFC 4180 quoting,
// random column order, CRLF or LF, optional BOM) read back exactly; garbage text never throws
// anything but a CastPlanError with code PARSE_ERROR.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CastPlanError, parseObservationsCsv } from "../../src/index.js";
import type { ObservationInput } from "../../src/schemas/index.js";
import { parseObservationsFile, parsePlanDocument } from "../../src/schemas/index.js";
import { arbObservations, arbPlanDocument } from "../fixtures/arbitraries.js";
import { deepFreeze } from "../fixtures/freeze.js";

const SOURCE_IDS = ["src.a", "src:b-2"];
const UNIT_IDS = ["u.1", "unit_2"];
const arbValidObservations = arbObservations(["ind.a", "ind:b-1", "X9"], {
  unitIds: UNIT_IDS,
  sourceIds: SOURCE_IDS,
  idStem: "obs",
  maxLength: 10,
});

/** How the test writes a CSV file. */
interface CsvStyle {
  /** Sort keys giving a random column order. */
  readonly order: readonly number[];
  /** Line end. */
  readonly eol: "\r\n" | "\n";
  /** Start with a byte-order mark. */
  readonly bom: boolean;
  /** End the last row with a line end. */
  readonly finalEol: boolean;
  /** Which cells to quote although they need not be (cycled through). */
  readonly quoteAnyway: readonly boolean[];
}

const arbStyle: fc.Arbitrary<CsvStyle> = fc.record({
  order: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
  eol: fc.constantFrom("\r\n" as const, "\n" as const),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
  quoteAnyway: fc.array(fc.boolean(), { minLength: 1, maxLength: 17 }),
});

/** The text of one cell, before quoting; "" when the field is absent. */
function cellText(o: ObservationInput, column: string): string {
  if (column.startsWith("dim.")) return o.dimensions?.[column.slice(4)] ?? "";
  const value = (o as Record<string, unknown>)[column];
  if (value === undefined) return "";
  if (column === "period" && typeof value === "object" && value !== null) {
    const p = value as { start: unknown; end: unknown };
    return `${p.start}/${p.end}`;
  }
  return String(value);
}

/** Writes observations as RFC 4180 CSV: fields with `,`, `"`, CR or LF are quoted, quotes doubled. */
function writeCsv(observations: readonly ObservationInput[], style: CsvStyle): string {
  const fixed = ["indicatorId", "period", "status", "value", "numerator", "denominator"];
  const optional = ["id", "unitId", "source", "note"].filter((c) =>
    observations.some((o) => (o as Record<string, unknown>)[c] !== undefined),
  );
  const dims = [...new Set(observations.flatMap((o) => Object.keys(o.dimensions ?? {})))].map(
    (d) => `dim.${d}`,
  );
  const columns = [...fixed, ...optional, ...dims]
    .map((name, k) => ({ name, key: style.order[k % style.order.length] ?? 0, k }))
    .sort((a, b) => a.key - b.key || a.k - b.k)
    .map((c) => c.name);
  let n = 0;
  const quote = (text: string) => {
    const must = /[",\r\n]/.test(text);
    const anyway = style.quoteAnyway[n++ % style.quoteAnyway.length] ?? false;
    return must || anyway ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    columns.map(quote).join(","),
    ...observations.map((o) => columns.map((c) => quote(cellText(o, c))).join(",")),
  ];
  return (style.bom ? "\uFEFF" : "") + lines.join(style.eol) + (style.finalEol ? style.eol : "");
}

describe("parseObservationsCsv round trip", () => {
  it("a generated document's observations survive CSV and still fit the document", () => {
    fc.assert(
      fc.property(arbPlanDocument(), arbStyle, (generated, style) => {
        const document = parsePlanDocument(deepFreeze(generated));
        // The CSV columns carry no inline source objects, so compare without sources.
        const observations = (generated.observations ?? []).map(({ source: _source, ...o }) => o);
        const rows = parseObservationsCsv(writeCsv(observations, style));
        expect(rows).toEqual(observations);
        expect(
          parseObservationsFile({ schemaVersion: 1, observations: rows }, document).observations,
        ).toEqual(document.observations.map(({ source: _source, ...o }) => o));
      }),
      { numRuns: 50 },
    );
  });

  it("reads back exactly the observations written (any column order, quoting, line end, BOM)", () => {
    fc.assert(
      fc.property(arbValidObservations, arbStyle, (observations, style) => {
        const text = writeCsv(observations, style);
        const rows = parseObservationsCsv(text);
        expect(rows).toEqual(observations);
        // And the rows are valid observations for the model.
        const file = parseObservationsFile({
          schemaVersion: 1,
          sources: SOURCE_IDS.map((id) => ({ id, title: id })),
          observations: rows,
        });
        expect(file.observations).toHaveLength(observations.length);
      }),
    );
  });

  it("is deterministic and does not depend on the line end or the BOM", () => {
    fc.assert(
      fc.property(arbValidObservations, arbStyle, (observations, style) => {
        const a = parseObservationsCsv(writeCsv(observations, { ...style, eol: "\n", bom: false }));
        const b = parseObservationsCsv(
          writeCsv(observations, { ...style, eol: "\r\n", bom: true }),
        );
        expect(b).toEqual(a);
        expect(parseObservationsCsv(writeCsv(observations, style))).toEqual(a);
      }),
    );
  });
});

/** Calls the parser and checks it returns rows or throws a CastPlanError PARSE_ERROR with paths. */
function expectRowsOrParseError(text: string): void {
  let rows: unknown;
  try {
    rows = parseObservationsCsv(text);
  } catch (error) {
    expect(error).toBeInstanceOf(CastPlanError);
    const e = error as CastPlanError;
    expect(e.code).toBe("PARSE_ERROR");
    expect(e.issues.length).toBeGreaterThan(0);
    for (const issue of e.issues)
      for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
    return;
  }
  expect(Array.isArray(rows)).toBe(true);
  for (const row of rows as unknown[]) {
    expect(typeof row).toBe("object");
    for (const v of Object.values(row as object)) {
      if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
    }
  }
  // Whatever came back goes on to the model, which refuses it with INVALID_INPUT or accepts it.
  try {
    parseObservationsFile({ schemaVersion: 1, observations: rows });
  } catch (error) {
    expect(error).toBeInstanceOf(CastPlanError);
    expect((error as CastPlanError).code).toBe("INVALID_INPUT");
  }
}

const csvToken = fc.constantFrom(
  ",",
  '"',
  '""',
  "\n",
  "\r",
  "\r\n",
  "\uFEFF",
  " ",
  "indicatorId",
  "period",
  "status",
  "value",
  "numerator",
  "denominator",
  "dim.area",
  "dim.__proto__",
  "constructor",
  "final",
  "2020",
  "2020-02-30",
  "2020/2021",
  "1e309",
  "-0",
  "NaN",
  "1,5",
  "x",
);

describe("parseObservationsCsv on garbage", () => {
  it("random text returns rows or throws CastPlanError PARSE_ERROR, nothing else", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => {
        expectRowsOrParseError(text);
      }),
    );
  });

  it("CSV-like token soup returns rows or throws CastPlanError PARSE_ERROR, nothing else", () => {
    fc.assert(
      fc.property(fc.array(csvToken, { maxLength: 40 }), (tokens) => {
        expectRowsOrParseError(tokens.join(""));
      }),
    );
  });

  it("a valid header followed by garbage rows returns rows or throws PARSE_ERROR", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "indicatorId,period,status,value",
          "\uFEFFvalue,status,period,indicatorId,dim.a",
        ),
        fc.array(csvToken, { maxLength: 30 }),
        (header, tokens) => {
          expectRowsOrParseError(`${header}\n${tokens.join("")}`);
        },
      ),
    );
  });
});
