// docs/guides/architecture.md shows the folder graph dependency-cruiser finds now; after moving
// imports between folders, redraw it with `npx tsx scripts/architecture-graph.ts --write`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { architectureGraph, GUIDE_PATH, withGraph } from "../../scripts/architecture-graph.js";

describe("architecture guide", () => {
  it("shows the current dependency graph of src/", () => {
    const guide = readFileSync(GUIDE_PATH, "utf8");
    expect(guide).toBe(withGraph(guide, architectureGraph()));
  });
});
