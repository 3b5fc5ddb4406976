// cast-plan/arrow: Arrow tables of the CAST document's annual whole-population observations become
// observation columns without copying the number columns that allow it, and roll up exactly as the
// object path (finalizeRollUp on createRollUpState) does for the same observations.
import {
  makeTable,
  makeVector,
  type RecordBatch,
  Table,
  tableFromArrays,
  tableFromIPC,
  tableToIPC,
  Utf8,
  vectorFromArray,
} from "apache-arrow";
import { describe, expect, it } from "vitest";
import { arrowToObservationColumns } from "../../src/arrow/index.js";
import { castPlanDocument } from "../../src/data/index.js";
import {
  CastPlanError,
  createRollUpState,
  finalizeRollUp,
  type Observation,
  rollUpProgressFromColumns,
  toObservationColumns,
} from "../../src/index.js";
import { parsePlanDocument } from "../../src/schemas/index.js";

const document = parsePlanDocument(castPlanDocument);
const annual: Observation[] = document.observations.filter(
  (o) => typeof o.period === "number" && !o.dimensions,
);
const asOf = "2024-12-31";

/** The annual observations as plain arrays, the way a reader would hand them to Arrow. */
function arraysOf(observations: readonly Observation[]) {
  const ratio = observations.some((o) => o.numerator !== undefined);
  return {
    indicatorId: observations.map((o) => o.indicatorId),
    year: Int32Array.from(observations, (o) => o.period as number),
    // The object path derives a missing value from the ratio parts; toObservationColumns does the same.
    value: toObservationColumns(document, observations).value,
    unitId: observations.map((o) => o.unitId ?? null),
    status: observations.map((o) => o.status),
    ...(ratio
      ? {
          numerator: observations.map((o) => o.numerator ?? null),
          denominator: observations.map((o) => o.denominator ?? null),
        }
      : {}),
  };
}

/** The same columns with plain utf8 strings (no dictionaries), so that tables concatenate. */
function utf8Table(observations: readonly Observation[]) {
  const a = arraysOf(observations);
  return new Table({
    indicatorId: vectorFromArray(a.indicatorId, new Utf8()),
    year: makeVector(a.year),
    value: makeVector(a.value),
    unitId: vectorFromArray(a.unitId, new Utf8()),
    status: vectorFromArray(a.status, new Utf8()),
  });
}

function objectNodes(observations: Observation[]) {
  // The object path (rollUpProgress itself takes the columnar engine for annual observations).
  const { assessments: _, ...nodes } = finalizeRollUp(
    document,
    createRollUpState(document, observations),
    { asOf },
  );
  return nodes;
}

describe("arrowToObservationColumns", () => {
  it("has CAST observations to work on", () => {
    expect(annual.length).toBeGreaterThan(10);
  });

  it("uses a single-chunk Float64/Int32 column's own array (zero-copy)", () => {
    const a = arraysOf(annual);
    const table = tableFromArrays({ indicatorId: a.indicatorId, year: a.year, value: a.value });
    const columns = arrowToObservationColumns(table, document);
    const valueChunk = table.getChild("value")?.data[0];
    const yearChunk = table.getChild("year")?.data[0];
    expect(table.getChild("value")?.data.length).toBe(1);
    expect(columns.value).toBe(valueChunk?.values);
    expect(columns.year).toBe(yearChunk?.values);
    expect(columns.value.buffer).toBe(a.value.buffer);
    expect(columns.year.buffer).toBe(a.year.buffer);
    // tableFromArrays dictionary-encodes strings: the indicator column is indexes, computed.
    expect(Array.from(columns.indicator)).toEqual(
      annual.map((o) => document.indicators.findIndex((x) => x.id === o.indicatorId)),
    );
  });

  it("rolls up as rollUpProgress does on the same observations (table and record batch)", () => {
    const table = tableFromArrays(arraysOf(annual));
    const columns = arrowToObservationColumns(table, document);
    const expected = objectNodes(annual);
    expect(rollUpProgressFromColumns(document, columns, { asOf })).toEqual(expected);
    const batch = table.batches[0] as RecordBatch;
    expect(table.batches.length).toBe(1);
    expect(
      rollUpProgressFromColumns(document, arrowToObservationColumns(batch, document), { asOf }),
    ).toEqual(expected);
  });

  it("with units: organisations' reports combine as for objects", () => {
    // Two organisations report every annual CAST figure (halves of it): same units, same roll-up.
    const split = annual.flatMap((o, k) =>
      (["org.a", "org.b"] as const).map((unitId) => ({
        ...o,
        id: `${o.id ?? k}.${unitId}`,
        unitId,
        value:
          o.value === undefined
            ? undefined
            : o.value /
              (document.indicators.find((x) => x.id === o.indicatorId)?.aggregation === "sum"
                ? 2
                : 1),
      })),
    ) as Observation[];
    const table = tableFromArrays(arraysOf(split));
    const columns = arrowToObservationColumns(table, document);
    expect(columns.unitIds).toEqual(["org.a", "org.b"]);
    expect(rollUpProgressFromColumns(document, columns, { asOf })).toEqual(objectNodes(split));
  });

  it("copies multi-chunk and other-typed columns, with the same roll-up", () => {
    const a = arraysOf(annual);
    const half = Math.floor(annual.length / 2);
    const first = utf8Table(annual.slice(0, half));
    const second = utf8Table(annual.slice(half));
    const chunked = first.concat(second);
    expect(chunked.getChild("value")?.data.length).toBe(2);
    const columns = arrowToObservationColumns(chunked, document);
    expect(columns.value.buffer).not.toBe(a.value.buffer);
    expect(Array.from(columns.value)).toEqual(Array.from(a.value));
    expect(rollUpProgressFromColumns(document, columns, { asOf })).toEqual(objectNodes(annual));

    // Int16 years and Float32 values: copied (values rounded to float32 by Arrow itself).
    const narrow = tableFromArrays({
      indicatorId: a.indicatorId,
      year: Int16Array.from(a.year),
      value: Float32Array.from(a.value),
    });
    const copied = arrowToObservationColumns(narrow, document);
    expect(copied.year).toBeInstanceOf(Int32Array);
    expect(Array.from(copied.year)).toEqual(Array.from(a.year));
    expect(copied.value).toBeInstanceOf(Float64Array);
    expect(Array.from(copied.value)).toEqual(Array.from(Float32Array.from(a.value)));
  });

  it("reads plain utf8 ids, custom column names and IPC round trips", () => {
    const a = arraysOf(annual);
    const table = makeTable({ year_: a.year, v: a.value });
    const ids = vectorFromArray(a.indicatorId, new Utf8());
    const withIds = new Table({
      ind: ids,
      year_: table.getChild("year_")!,
      v: table.getChild("v")!,
    });
    const columns = arrowToObservationColumns(tableFromIPC(tableToIPC(withIds)), document, {
      columns: { indicatorId: "ind", year: "year_", value: "v" },
    });
    const plain = annual.map((o) => ({
      ...o,
      unitId: undefined,
      status: "final" as const,
      numerator: undefined,
      denominator: undefined,
      value: a.value[annual.indexOf(o)],
    }));
    expect(rollUpProgressFromColumns(document, columns, { asOf })).toEqual(
      objectNodes(plain as Observation[]),
    );
  });

  it("names the row of an unknown indicator id, and a missing or mistyped column", () => {
    const table = tableFromArrays({
      indicatorId: ["ind.science-literacy", "ind.nope"],
      year: Int32Array.of(2020, 2021),
      value: Float64Array.of(1, 2),
    });
    try {
      arrowToObservationColumns(table, document);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CastPlanError);
      expect((error as CastPlanError).code).toBe("UNKNOWN_ID");
      expect((error as CastPlanError).issues[0]?.path).toEqual(["rows", 1, "indicatorId"]);
      expect((error as CastPlanError).message).toContain("ind.nope");
    }
    expect(() =>
      arrowToObservationColumns(
        tableFromArrays({ indicatorId: ["x"], year: Int32Array.of(1) }),
        document,
      ),
    ).toThrow(/columns\.value: the table has no such column/);
    expect(() =>
      arrowToObservationColumns(
        tableFromArrays({
          indicatorId: ["ind.science-literacy"],
          year: ["2020"],
          value: Float64Array.of(1),
        }),
        document,
      ),
    ).toThrow(/columns\.year/);
    expect(() =>
      arrowToObservationColumns(
        tableFromArrays({
          indicatorId: ["ind.science-literacy"],
          year: Int32Array.of(2020),
          value: Float64Array.of(1),
          status: ["draft"],
        }),
        document,
      ),
    ).toThrow(/rows\.0\.status/);
  });
});
