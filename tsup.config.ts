import type { Options } from "tsup";

const shared: Options = {
  // tsup 8.5.1 forces `baseUrl: "."` into its dts compile; TypeScript 6.0 rejects that (TS5101)
  // unless 6.0 deprecations are silenced (toolchain.md, pitfall 2).
  // No source maps: they would point at src/, which is not published, and were 2.9 MB of a
  // 1.1 MB tarball. The output is not minified (same names and structure as src/), so stack
  // traces and stepping read as they are.
  sourcemap: false,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
};

const config: Options[] = [
  {
    ...shared,
    // Several entries + splitting keep the schemas (zod) and the CAST data in chunks of their own,
    // so a consumer's bundler drops them when only compute functions are imported.
    entry: {
      index: "src/index.ts",
      schemas: "src/schemas/index.ts",
      data: "src/data/index.ts",
      arrow: "src/arrow/index.ts",
    },
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    splitting: true,
    clean: false,
    // apache-arrow is an optional peer dependency of cast-plan/arrow (types only there).
    external: ["zod", "apache-arrow"],
  },
  {
    ...shared,
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    dts: false,
    splitting: false,
    clean: false,
    external: ["zod"],
  },
];

export default config;
