// The export surface of each entry point, so that removing or renaming an export is a visible,
// deliberate change (and type-only exports cannot silently become runtime ones).
import { describe, expect, it } from "vitest";
import * as data from "../../src/data/index.js";
import * as root from "../../src/index.js";
import * as schemas from "../../src/schemas/index.js";

describe("export surface", () => {
  it("root entry", () => {
    expect(Object.keys(root).sort()).toMatchSnapshot();
  });
  it("schemas entry", () => {
    expect(Object.keys(schemas).sort()).toMatchSnapshot();
  });
  it("data entry", () => {
    expect(Object.keys(data).sort()).toMatchSnapshot();
  });
  it("no root export is a zod schema", () => {
    for (const value of Object.values(root)) {
      expect(typeof value === "object" && value !== null && "safeParse" in value).toBe(false);
    }
  });
});
