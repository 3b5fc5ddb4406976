import type { Data, RecordBatch, Table, Vector } from "apache-arrow";
import { CastPlanError } from "../errors/CastPlanError.js";
import type { ObservationColumns } from "../progress/rollUpProgressFromColumns.js";
import type { PlanDocument } from "../schemas/document.js";

/**
 * The column names {@link arrowToObservationColumns} reads; each defaults to its key.
 *
 * @category Progress
 * @since 0.2.0
 */
export interface ArrowColumnNames {
  /** The indicator id (utf8, or a dictionary of utf8). Default `indicatorId`. */
  readonly indicatorId?: string;
  /** The year (an integer type). Default `year`. */
  readonly year?: string;
  /** The value (a float or integer type). Default `value`. */
  readonly value?: string;
  /** The reporting organisation's id (utf8 or dictionary; null: whole population). Optional column. Default `unitId`. */
  readonly unitId?: string;
  /** `final`, `provisional` or `estimated` (utf8 or dictionary), or their codes 0, 1, 2 (an integer type); null: final. Optional column. Default `status`. */
  readonly status?: string;
  /** The ratio numerator (a number type; null: no ratio parts). Optional column. Default `numerator`. */
  readonly numerator?: string;
  /** The ratio denominator (a number type; null: no ratio parts). Optional column. Default `denominator`. */
  readonly denominator?: string;
}

/**
 * The options of {@link arrowToObservationColumns}.
 *
 * @category Progress
 * @since 0.2.0
 */
export interface ArrowToColumnsOptions {
  /** The names of the columns to read, where they differ from the defaults. */
  readonly columns?: ArrowColumnNames;
}

// Arrow type ids (apache-arrow's `Type` enum), compared as numbers so that this module loads
// nothing from apache-arrow at run time: the caller's table brings its own classes.
const TYPE_UTF8 = 5;
const TYPE_INT = 2;
const TYPE_FLOAT = 3;
const TYPE_DICTIONARY = -1;
const STATUS_CODE: Readonly<Record<string, number>> = { final: 0, provisional: 1, estimated: 2 };

type Source = Pick<Table | RecordBatch, "numRows" | "getChild">;
// biome-ignore lint/suspicious/noExplicitAny: a column of any Arrow type
type AnyVector = Vector<any>;
// biome-ignore lint/suspicious/noExplicitAny: a chunk of any Arrow type
type AnyData = Data<any>;

function fail(
  code: "INVALID_ARGUMENT" | "UNKNOWN_ID",
  path: (string | number)[],
  rule: string,
  message: string,
): CastPlanError {
  return new CastPlanError(code, `arrowToObservationColumns: ${path.join(".")}: ${message}`, [
    { path, rule, message },
  ]);
}

function typeId(vector: AnyVector): number {
  return (vector.type as { typeId: number }).typeId;
}

/** The first null row of a vector, or −1. */
function firstNull(vector: AnyVector): number {
  if (vector.nullCount === 0) return -1;
  for (let k = 0; k < vector.length; k++) if (!vector.isValid(k)) return k;
  return -1;
}

/**
 * A column as a typed array of the given kind: the chunk's own array when there is one chunk of
 * exactly that type (zero-copy), otherwise a copy. Nulls are not allowed.
 */
function numeric<T extends Int32Array | Float64Array | Uint8Array>(
  vector: AnyVector,
  name: string,
  ArrayType: { new (n: number): T; readonly BYTES_PER_ELEMENT: number },
  accepts: readonly number[],
): T {
  const id = typeId(vector);
  if (!accepts.includes(id))
    throw fail(
      "INVALID_ARGUMENT",
      ["columns", name],
      "column-type",
      `${String(vector.type)} is not a number type`,
    );
  const nul = firstNull(vector);
  if (nul >= 0)
    throw fail("INVALID_ARGUMENT", ["rows", nul, name], "not-null", "the value is null");
  const chunks = vector.data as AnyData[];
  const only = chunks.length === 1 ? chunks[0] : undefined;
  const values = only?.values as ArrayLike<number> | undefined;
  if (only && values instanceof ArrayType) {
    return (values.length === only.length ? values : (values as T).subarray(0, only.length)) as T;
  }
  const out = new ArrayType(vector.length);
  // Float16 chunks hold their raw bits: read those through the vector.
  if ((vector.type as { precision?: number }).precision === 0 && id === TYPE_FLOAT) {
    for (let k = 0; k < vector.length; k++) out[k] = Number(vector.get(k));
    return out;
  }
  let at = 0;
  for (const chunk of chunks) {
    const v = chunk.values as ArrayLike<number | bigint>;
    for (let k = 0; k < chunk.length; k++) out[at++] = Number(v[k]);
  }
  return out;
}

/** A nullable number column (nulls become NaN), always copied unless single-chunk Float64 without nulls. */
function nullableFloat(vector: AnyVector, name: string): Float64Array {
  if (vector.nullCount === 0) return numeric(vector, name, Float64Array, [TYPE_INT, TYPE_FLOAT]);
  if (typeId(vector) !== TYPE_INT && typeId(vector) !== TYPE_FLOAT)
    throw fail(
      "INVALID_ARGUMENT",
      ["columns", name],
      "column-type",
      `${String(vector.type)} is not a number type`,
    );
  const out = new Float64Array(vector.length);
  for (let k = 0; k < vector.length; k++) {
    const v = vector.get(k) as number | bigint | null;
    out[k] = v === null ? Number.NaN : Number(v);
  }
  return out;
}

/**
 * Per row, the index of a string column's value in a lookup (−2 for a string the lookup does not
 * know, −1 for null). Dictionary columns look each dictionary entry up once.
 */
function codes(vector: AnyVector, name: string, lookup: (text: string) => number): Int32Array {
  const id = typeId(vector);
  if (id !== TYPE_UTF8 && id !== TYPE_DICTIONARY)
    throw fail(
      "INVALID_ARGUMENT",
      ["columns", name],
      "column-type",
      `${String(vector.type)} is not utf8 or a dictionary`,
    );
  const out = new Int32Array(vector.length);
  let at = 0;
  for (const chunk of vector.data as AnyData[]) {
    const dictionary = chunk.dictionary as AnyVector | undefined;
    if (id === TYPE_DICTIONARY && dictionary) {
      const map = new Int32Array(dictionary.length);
      for (let d = 0; d < dictionary.length; d++) {
        const text = dictionary.get(d) as string | null;
        map[d] = text === null ? -1 : lookup(text);
      }
      const indexes = chunk.values as ArrayLike<number>;
      if (chunk.nullCount === 0)
        for (let k = 0; k < chunk.length; k++, at++) out[at] = map[indexes[k] as number] ?? -2;
      else
        for (let k = 0; k < chunk.length; k++, at++)
          out[at] = chunk.getValid(k) ? (map[Number(indexes[k])] ?? -2) : -1;
    } else {
      for (let k = 0; k < chunk.length; k++, at++) {
        const text = chunk.getValid(k) ? (vector.get(at) as string | null) : null;
        out[at] = text === null ? -1 : lookup(text);
      }
    }
  }
  return out;
}

/**
 * Turns an Apache Arrow table or record batch of annual whole-population observations into the
 * {@link ObservationColumns} that `rollUpProgressFromColumns` and `rollUpColumns` read, mapping
 * indicator ids to indexes into `document.indicators`.
 *
 * @remarks
 * Zero-copy where the types allow it: a column of one chunk without nulls whose Arrow type
 * matches the typed array the roll-up reads (`year` Int32, `value`, `numerator` and `denominator`
 * Float64, integer `status` Uint8) is used as is (the chunk's `values`, the same `ArrayBuffer`).
 * Copied: columns of several chunks (a table built from several batches), other number types
 * (Int16, Int64, Float32, …; Int64 through `Number`), ratio columns with nulls (nulls become
 * `NaN`), and the string columns, which become indexes (`indicator`, `unit`, `status`; a
 * dictionary column looks each dictionary entry up once). Null `unitId`: a whole-population
 * figure; null `status`: final; an optional column of nulls only is as absent. The result's columns may share memory with the table: do not
 * change one while using the other. The roll-up checks the rest (years, finite values, ratio
 * parts). Loads nothing from `apache-arrow` itself: the table brings its classes.
 *
 * @param source - An Arrow `Table` or `RecordBatch` (apache-arrow 21).
 * @param document - The plan document whose indicators the ids are looked up in.
 * @param options - Column names, where they differ from the defaults.
 * @returns The columns, one row per Arrow row, in the same order.
 * @throws `CastPlanError` (from `cast-plan`) `UNKNOWN_ID` (path `["rows", k, name]`) for an indicator id
 *   not in the document; `INVALID_ARGUMENT` for a missing required column or a column of the wrong
 *   type (path `["columns", name]`), a null indicator id, year or value, or an unknown status (path
 *   `["rows", k, name]`).
 *
 * @example
 * ```ts
 * import { tableFromArrays } from "apache-arrow";
 * import { arrowToObservationColumns } from "cast-plan/arrow";
 * import { rollUpProgressFromColumns } from "cast-plan";
 * import { castPlanDocument } from "cast-plan/data";
 * import { parsePlanDocument } from "cast-plan/schemas";
 * const document = parsePlanDocument(castPlanDocument);
 * const table = tableFromArrays({
 *   indicatorId: ["ind.science-literacy", "ind.science-literacy"],
 *   year: Int32Array.of(2020, 2022),
 *   value: Float64Array.of(10.56, 12.93),
 * });
 * const columns = arrowToObservationColumns(table, document);
 * columns.value === table.getChild("value")?.data[0]?.values // => true
 * rollUpProgressFromColumns(document, columns, { asOf: 2023 }).indicators["ind.science-literacy"]?.coverage // => 1
 * ```
 *
 * @category Progress
 * @since 0.2.0
 */
export function arrowToObservationColumns(
  source: Table | RecordBatch,
  document: Pick<PlanDocument, "indicators">,
  options: ArrowToColumnsOptions = {},
): ObservationColumns {
  const names = {
    indicatorId: options.columns?.indicatorId ?? "indicatorId",
    year: options.columns?.year ?? "year",
    value: options.columns?.value ?? "value",
    unitId: options.columns?.unitId ?? "unitId",
    status: options.columns?.status ?? "status",
    numerator: options.columns?.numerator ?? "numerator",
    denominator: options.columns?.denominator ?? "denominator",
  };
  const table = source as Source;
  const required = (name: string): AnyVector => {
    const child = table.getChild(name) as AnyVector | null;
    if (!child)
      throw fail(
        "INVALID_ARGUMENT",
        ["columns", name],
        "column-missing",
        "the table has no such column",
      );
    return child;
  };
  // An optional column of nulls only (of any type, Arrow's Null type included) is as absent.
  const optional = (name: string): AnyVector | undefined => {
    const child = table.getChild(name) as AnyVector | null;
    return child && child.nullCount < child.length ? child : undefined;
  };

  const idVector = required(names.indicatorId);
  const yearVector = required(names.year);
  const valueVector = required(names.value);
  const slotOf = new Map<string, number>();
  document.indicators.forEach((x, s) => {
    if (!slotOf.has(x.id)) slotOf.set(x.id, s);
  });
  const indicator = codes(idVector, names.indicatorId, (id) => slotOf.get(id) ?? -2);
  for (let k = 0; k < indicator.length; k++) {
    const s = indicator[k] ?? -1;
    if (s === -1)
      throw fail(
        "INVALID_ARGUMENT",
        ["rows", k, names.indicatorId],
        "not-null",
        "the indicator id is null",
      );
    if (s === -2)
      throw fail(
        "UNKNOWN_ID",
        ["rows", k, names.indicatorId],
        "unknown-id",
        `'${String(idVector.get(k))}' is not an indicator of the document`,
      );
  }
  const year = numeric(yearVector, names.year, Int32Array, [TYPE_INT]);
  const value = numeric(valueVector, names.value, Float64Array, [TYPE_INT, TYPE_FLOAT]);
  const columns: {
    -readonly [K in keyof ObservationColumns]: ObservationColumns[K];
  } = { indicator, year, value };

  const unitVector = optional(names.unitId);
  if (unitVector) {
    const unitIds: string[] = [];
    const unitOf = new Map<string, number>();
    columns.unit = codes(unitVector, names.unitId, (id) => {
      let u = unitOf.get(id);
      if (u === undefined) {
        u = unitIds.length;
        unitIds.push(id);
        unitOf.set(id, u);
      }
      return u;
    });
    columns.unitIds = unitIds;
  }

  const statusVector = optional(names.status);
  if (statusVector) {
    if (typeId(statusVector) === TYPE_INT && statusVector.nullCount === 0) {
      columns.status = numeric(statusVector, names.status, Uint8Array, [TYPE_INT]);
    } else {
      const status = codes(statusVector, names.status, (text) => STATUS_CODE[text] ?? -2);
      const out = new Uint8Array(status.length);
      for (let k = 0; k < status.length; k++) {
        const c = status[k] ?? -1;
        if (c === -2)
          throw fail(
            "INVALID_ARGUMENT",
            ["rows", k, names.status],
            "status",
            `'${String(statusVector.get(k))}' is not final, provisional or estimated`,
          );
        out[k] = Math.max(c, 0);
      }
      columns.status = out;
    }
  }

  const numeratorVector = optional(names.numerator);
  const denominatorVector = optional(names.denominator);
  if (numeratorVector && denominatorVector) {
    columns.numerator = nullableFloat(numeratorVector, names.numerator);
    columns.denominator = nullableFloat(denominatorVector, names.denominator);
  }
  return columns;
}
