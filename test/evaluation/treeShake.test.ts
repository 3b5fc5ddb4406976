// The evaluation functions added in 0.2.0 tree-shake: bundled alone from the built root entry, each
// stays small and brings neither zod nor the CAST data (the budgets of test/package/bundle.test.ts
// cover the older functions and the whole entry). Needs dist/ (npm run build).
import { existsSync } from "node:fs";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

async function bundledBytes(name: string): Promise<{ code: string; bytes: number }> {
  const result = await build({
    stdin: {
      contents: `export { ${name} } from "./dist/index.js";`,
      resolveDir: process.cwd(),
      loader: "js",
    },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no output");
  return { code: file.text, bytes: file.contents.byteLength };
}

describe.runIf(existsSync("dist/index.js"))("0.2.0 evaluation functions tree-shake (dist/)", () => {
  // Ceilings about 25% above the sizes measured when set (rankCopeland 4.1 kB, computeRankShift
  // 2.0 kB, computeSobolIndices 10.6 kB with buildCompositeIndex, scoreBalancedScorecard 3.0 kB,
  // rescaleOcaScore 1.1 kB).
  it.each([
    ["rankCopeland", 5_200],
    ["computeRankShift", 2_500],
    ["computeSobolIndices", 13_500],
    ["scoreBalancedScorecard", 3_800],
    ["rescaleOcaScore", 1_400],
  ] as const)("%s alone stays under %i bytes", async (name, ceiling) => {
    const { code, bytes } = await bundledBytes(name);
    for (const marker of ["ZodError", "China Association for Science and Technology"])
      expect(code).not.toContain(marker);
    expect(bytes).toBeLessThan(ceiling);
  });
});
