import { CastPlanError, formatPath, type ValidationIssue } from "../errors/CastPlanError.js";
import type { ObservationInput } from "../schemas/indicator.js";

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, quotes doubled as
 * `""`, and line breaks; CRLF or LF line ends; a leading byte-order mark is ignored).
 *
 * @internal
 */
export function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = "";
  let row: string[] = [];
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) {
    throw new CastPlanError("PARSE_ERROR", "parseObservationsCsv: a quoted field is not closed", [
      { path: ["rows", rows.length], rule: "csv", message: "a quoted field is not closed" },
    ]);
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ""));
}

const KNOWN = new Set([
  "id",
  "indicatorId",
  "period",
  "value",
  "numerator",
  "denominator",
  "status",
  "unitId",
  "source",
  "note",
]);

/** The columns that hold numbers. */
const NUMBER_COLUMNS = ["value", "numerator", "denominator"];

/** A number written with a decimal comma, such as `1,5`. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

function parseNumber(
  text: string,
  path: (string | number)[],
  issues: ValidationIssue[],
): number | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  // Plain decimal notation only: "1,234" or "12%" are refused rather than guessed at.
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) {
    issues.push({
      path,
      rule: "csv-number",
      message: DECIMAL_COMMA.test(trimmed)
        ? `'${text}' has a decimal comma: write ${trimmed.replace(",", ".")}`
        : `'${text}' is not a number (use plain decimals: 1234.5)`,
    });
    return undefined;
  }
  const n = Number(trimmed);
  if (!Number.isFinite(n)) {
    issues.push({ path, rule: "csv-number", message: `'${text}' is not a finite number` });
    return undefined;
  }
  return n;
}

function parsePeriod(text: string): ObservationInput["period"] {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  const slash = t.indexOf("/");
  if (slash > 0) {
    const start = t.slice(0, slash);
    const end = t.slice(slash + 1);
    return {
      start: /^\d{4}$/.test(start) ? Number(start) : start,
      end: /^\d{4}$/.test(end) ? Number(end) : end,
    };
  }
  return t;
}

/**
 * Reads observations from CSV text: one header row, then one observation per row.
 *
 * @remarks
 * Columns (in any order): `indicatorId`, `period` and `status` are required; `value`, or
 * `numerator` and `denominator`; optional `id`, `unitId`, `source` (a source id), `note`; and one
 * `dim.<name>` column per dimension (`dim.area` → `dimensions.area`). A period is `2020`, `2020-06`,
 * `2020-06-30` or a range `2020-01-01/2020-06-30`. Numbers are plain decimals; `1,234` and `12%`
 * are refused, not guessed (a cell like `1,5`, or a header that is one column because the file
 * is separated by `;` or tabs, gets a hint saying so). Empty cells mean "absent". The result is not yet validated against the
 * model: pass it to `parseObservationsFile` from `cast-plan/schemas`.
 *
 * @param text - The CSV text (RFC 4180).
 * @returns The observations, in row order.
 * @throws {@link CastPlanError} with code `PARSE_ERROR` listing every bad cell, its path
 *   `["rows", rowIndex, column]` counting data rows from 0, and the rule broken.
 *
 * @example
 * ```ts
 * import { parseObservationsCsv } from "cast-plan";
 * const rows = parseObservationsCsv("indicatorId,period,value,status,dim.area\nind.a,2020,10.56,final,\nind.a,2020,13.75,final,urban\n");
 * rows[1] // => { indicatorId: "ind.a", period: 2020, value: 13.75, status: "final", dimensions: { area: "urban" } }
 * ```
 *
 * @category Data
 * @since 0.1.0
 */
export function parseObservationsCsv(text: string): ObservationInput[] {
  const read = readObservationsCsv(text);
  if (read.issues.length > 0) throw csvError(read.issues);
  return read.observations;
}

/** What {@link readObservationsCsv} found: the observations, the data row of each, every problem. */
export interface CsvObservations {
  readonly observations: ObservationInput[];
  /** The data row (from 0) each observation was read from. */
  readonly rows: number[];
  readonly issues: ValidationIssue[];
}

/**
 * Reads observations from CSV text like {@link parseObservationsCsv}, but returns every problem
 * instead of throwing, with the rows that could be read (so that they can be checked further).
 *
 * @internal
 */
export function readObservationsCsv(text: string): CsvObservations {
  const rows = splitCsv(text);
  const issues: ValidationIssue[] = [];
  const done = { observations: [] as ObservationInput[], rows: [] as number[], issues };
  const columns = (rows[0] ?? []).map((h) => h.trim());
  // One column holding the whole header: the file uses another separator.
  const other = columns.length === 1 ? /[;\t|]/.exec(columns[0] ?? "")?.[0] : undefined;
  if (!rows[0] || other) {
    issues.push({
      path: ["header"],
      rule: "csv-header",
      message: other
        ? `one column '${columns[0]}': the separator looks like ${other === "\t" ? "a tab" : `'${other}'`}; use commas (and decimal points: 1.5)`
        : "no header row",
    });
    return done;
  }
  columns.forEach((name, i) => {
    if (!KNOWN.has(name) && !/^dim\.[A-Za-z][A-Za-z0-9_-]*$/.test(name))
      issues.push({ path: ["header", i], rule: "csv-header", message: `unknown column '${name}'` });
    if (columns.indexOf(name) !== i)
      issues.push({
        path: ["header", i],
        rule: "csv-header",
        message: `column '${name}' appears twice`,
      });
  });
  for (const required of ["indicatorId", "period", "status"]) {
    if (!columns.includes(required))
      issues.push({
        path: ["header"],
        rule: "csv-header",
        message: `missing column '${required}'`,
      });
  }
  if (issues.length > 0) return done;
  rows.slice(1).forEach((cells, r) => {
    if (cells.length !== columns.length) {
      issues.push({
        path: ["rows", r],
        rule: "csv-row",
        message: `expected ${columns.length} fields, found ${cells.length}${decimalCommaHint(columns, cells)}`,
      });
      return;
    }
    const record: Record<string, unknown> = {};
    const dimensions: Record<string, string> = {};
    columns.forEach((name, c) => {
      const cell = cells[c] ?? "";
      if (cell.trim() === "") return;
      if (name.startsWith("dim.")) dimensions[name.slice(4)] = cell.trim();
      else if (NUMBER_COLUMNS.includes(name)) {
        const n = parseNumber(cell, ["rows", r, name], issues);
        if (n !== undefined) record[name] = n;
      } else if (name === "period") record.period = parsePeriod(cell);
      else record[name] = cell.trim();
    });
    if (Object.keys(dimensions).length > 0) record.dimensions = dimensions;
    done.observations.push(record as unknown as ObservationInput);
    done.rows.push(r);
  });
  return done;
}

/** When a row has one field too many and a number column is followed by digits: "1,5" split. */
function decimalCommaHint(columns: readonly string[], cells: readonly string[]): string {
  for (const name of NUMBER_COLUMNS) {
    const c = columns.indexOf(name);
    const pair = `${cells[c]},${cells[c + 1]}`.trim();
    if (c >= 0 && cells.length === columns.length + 1 && DECIMAL_COMMA.test(pair))
      return ` ('${pair}' has a decimal comma? write ${pair.replace(",", ".")})`;
  }
  return "";
}

function csvError(issues: ValidationIssue[]): CastPlanError {
  const first = issues[0];
  return new CastPlanError(
    "PARSE_ERROR",
    `parseObservationsCsv: ${issues.length} problem${issues.length === 1 ? "" : "s"}; the first is at ${formatPath(first?.path ?? [])}: ${first?.message}`,
    issues,
  );
}
