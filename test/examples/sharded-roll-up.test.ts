// examples/sharded-roll-up.ts: partial states built in 2 worker threads (one per shard of
// organisations), merged and finalized, give the roll-up of one pass (rollUpProgress).
import { describe, expect, it } from "vitest";
import { generate, shardByUnit, shardedState } from "../../examples/sharded-roll-up.js";
import { finalizeRollUp, rollUpProgress } from "../../src/index.js";

describe("examples/sharded-roll-up.ts", () => {
  it("shards by organisation: every organisation in exactly one shard", () => {
    const { observations } = generate();
    const shards = shardByUnit(observations, 2);
    expect(shards.reduce((n, s) => n + s.length, 0)).toBe(observations.length);
    const [a = new Set(), b = new Set()] = shards.map((s) => new Set(s.map((o) => o.unitId)));
    expect([...a].some((u) => b.has(u))).toBe(false);
  });

  it("the merged state of 2 workers finalizes to the one-pass roll-up", async () => {
    const { document, observations } = generate();
    const state = await shardedState(document, shardByUnit(observations, 2));
    expect(state.observationCount).toBe(observations.length);
    for (const asOf of [2021, 2024] as const) {
      const sharded = finalizeRollUp(document, state, { asOf });
      const single = rollUpProgress(document, { asOf, observations });
      for (const kind of ["plans", "items", "indicators"] as const) {
        expect(Object.keys(sharded[kind]).sort()).toEqual(Object.keys(single[kind]).sort());
        for (const [id, node] of Object.entries(single[kind])) {
          const other = sharded[kind][id];
          expect(other?.progress, `${kind} ${id}`).toBeCloseTo(node.progress ?? Number.NaN, 9);
          expect(other?.coverage).toBe(node.coverage);
          expect(other?.achieved).toBe(node.achieved);
        }
      }
    }
  }, 30_000);
});
