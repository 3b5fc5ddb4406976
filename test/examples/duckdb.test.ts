// examples/duckdb.ts: the columns one DuckDB query gives roll up to exactly the nodes the object
// roll-up (finalizeRollUp on createRollUpState: rollUpProgress itself takes the columnar engine for
// such rows) gives for the same rows.
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { generate, queryColumns, store } from "../../examples/duckdb.js";
import { createRollUpState, finalizeRollUp, rollUpProgressFromColumns } from "../../src/index.js";

describe("examples/duckdb.ts", () => {
  it("DuckDB's columns roll up as rollUpProgress on the same rows", async () => {
    const { document, observations } = generate();
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    try {
      await store(connection, observations);
      for (const year of [2020, 2024]) {
        const columns = await queryColumns(connection, document, year);
        const rows = observations.filter((o) => (o.period as number) <= year);
        expect(columns.value.length).toBe(rows.length);
        const asOf = `${year}-12-31` as const;
        const nodes = finalizeRollUp(document, createRollUpState(document, rows), { asOf });
        const summary = rollUpProgressFromColumns(document, columns, { asOf });
        expect(summary.asOfYear).toBe(nodes.asOfYear);
        for (const kind of ["plans", "items", "indicators"] as const)
          for (const [id, node] of Object.entries(nodes[kind])) {
            expect(summary[kind][id]?.progress, `${kind} ${id}`).toBeCloseTo(
              node.progress ?? Number.NaN,
              12,
            );
            expect(summary[kind][id]?.coverage).toBe(node.coverage);
            expect(summary[kind][id]?.achieved).toBe(node.achieved);
          }
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  }, 30_000);
});
