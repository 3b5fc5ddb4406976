// Every runtime export of every entry point carries at least one @example, and scripts/doctest.mjs
// turns each into a test (test/doctest/). Run `node scripts/doctest.mjs` first (npm test does).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as data from "../../src/data/index.js";
import * as root from "../../src/index.js";
import * as schemas from "../../src/schemas/index.js";

const listFile = "test/doctest/documented.json";

describe.runIf(existsSync(listFile))("every runtime export has an executed @example", () => {
  const documented = new Set<string>(JSON.parse(readFileSync(listFile, "utf8")));
  it.each([
    ["cast-plan", root],
    ["cast-plan/schemas", schemas],
    ["cast-plan/data", data],
  ] as const)("%s", (_entry, module) => {
    const missing = Object.keys(module).filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
