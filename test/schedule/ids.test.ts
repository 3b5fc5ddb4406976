// The private id → index lookup behind scheduleTasks: short ids (hash table), long ids (Map), many
// colliding hashes (table abandoned for a Map), duplicates, and absent or non-string ids.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashId, indexIdStrings } from "../../src/schedule/cpm/ids.js";

function check(ids: string[]): void {
  const index = indexIdStrings(ids, ids.length);
  expect(index.duplicate).toBe(-1);
  ids.forEach((id, i) => {
    expect(index.find(id)).toBe(i);
    // A different string object with the same characters is found too.
    expect(index.find(id.split("").join(""))).toBe(i);
  });
  expect(index.find("absent id")).toBe(-1);
  expect(index.find(3)).toBe(-1);
  expect(index.find(undefined)).toBe(-1);
}

describe("indexIdStrings", () => {
  it("finds short ids and long ids", () => {
    check(Array.from({ length: 500 }, (_, i) => `T${i}`));
    check(Array.from({ length: 500 }, (_, i) => `3f2504e0-4f89-11d3-9a0c-0305e82c${i}`));
    check([]);
  });

  it("finds every id when all hashes land in the same slot", () => {
    // 70 ids → a table of 256 slots; ids whose hash is 0 mod 256 all start probing at slot 0.
    const ids: string[] = [];
    for (let k = 0; ids.length < 70; k++) {
      if ((hashId(`c${k}`) & 255) === 0) ids.push(`c${k}`);
    }
    check(ids);
  });

  it("reports the first repeated id, among short and among long ids", () => {
    expect(indexIdStrings(["A", "B", "C", "B", "A"], 5).duplicate).toBe(3);
    const long = "a-very-long-task-identifier-of-forty-characters";
    expect(indexIdStrings([`${long}1`, `${long}2`, `${long}1`], 3).duplicate).toBe(2);
    // Only the first `count` ids are indexed.
    expect(indexIdStrings(["A", "B", "A"], 2).duplicate).toBe(-1);
  });

  it("agrees with a Map on random id sets", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 60 }),
        (ids) => {
          const first = new Map<string, number>();
          let duplicate = -1;
          ids.forEach((id, i) => {
            if (first.has(id) && duplicate < 0) duplicate = i;
            if (!first.has(id)) first.set(id, i);
          });
          const index = indexIdStrings(ids, ids.length);
          expect(index.duplicate).toBe(duplicate);
          if (duplicate < 0) {
            ids.forEach((id, i) => {
              expect(index.find(id)).toBe(i);
            });
          }
        },
      ),
    );
  });
});
