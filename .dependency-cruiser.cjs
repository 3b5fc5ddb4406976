// The architecture of src/ as rules that `npm run check:arch` (dependency-cruiser) enforces.
// docs/guides/architecture.md explains the folders; scripts/architecture-graph.mjs draws them.
//
// Layers, from the top (a folder imports only from layers below it, never from a sibling):
//
//   cli                                   the command-line tool, imported by nothing
//   report | arrow                        progress reports, SVG charts; Apache Arrow input
//                                         (cast-plan/arrow: progress's public files, apache-arrow
//                                         as types only)
//   progress | schedule | evaluation      the compute areas
//   period | io | data | documents        calendar values; CSV reading; the bundled CAST dataset;
//                                         diffing and merging whole plan documents
//   schemas                               zod schemas and the types inferred from them
//   dates | errors                        day-number arithmetic; CastPlanError
//
// io and documents import only errors and (as types) schemas, so they sit just above schemas,
// beside period; only cli and the root entry import them. data imports only schemas (as types).
// The entry points (src/index.ts, src/schemas/index.ts, src/data/index.ts) stand outside the layers;
// src/arrow/index.ts is the cast-plan/arrow entry, the only place that refers to apache-arrow.
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");

const LAYERS = [
  ["cli"],
  ["report", "arrow"],
  ["progress", "schedule", "evaluation"],
  ["period", "io", "data", "documents"],
  ["schemas"],
  ["dates", "errors"],
];

// Code that computes: it must run without zod and without the bundled dataset.
const COMPUTE = [
  "progress",
  "schedule",
  "evaluation",
  "period",
  "report",
  "io",
  "documents",
  "dates",
];

// The modules of src/schemas that load zod at run time: those with a value import of zod, or of
// another such module (type-only imports and re-exports load nothing).
function zodLoadingSchemaModules() {
  const dir = join(__dirname, "src", "schemas");
  const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
  const valueImports = new Map(
    files.map((f) => {
      const text = readFileSync(join(dir, f), "utf8");
      const specs = [
        ...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms),
      ].map((m) => m[1]);
      return [f, specs];
    }),
  );
  const loading = new Set();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [f, specs] of valueImports) {
      if (loading.has(f)) continue;
      const loads = specs.some(
        (s) => s === "zod" || loading.has(s.replace(/^\.\//, "").replace(/\.js$/, ".ts")),
      );
      if (loads) {
        loading.add(f);
        grew = true;
      }
    }
  }
  return [...loading].sort();
}

const alt = (names) => `(${names.join("|")})`;
const escapeDots = (s) => s.replace(/[.]/g, "\\.");

const downward = LAYERS.flatMap((layer, i) => {
  const above = LAYERS.slice(0, i).flat();
  return layer.map((folder) => {
    const forbidden = [...above, ...layer.filter((f) => f !== folder)];
    return {
      name: "imports-run-downward",
      comment: `${folder} imports only from the layers below it (not ${forbidden.join(", ")})`,
      severity: "error",
      from: { path: `^src/${folder}/` },
      to: { path: `^src/${alt(forbidden)}/` },
    };
  });
}).filter((rule) => rule.to.path !== "^src/()/");

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment:
        "No import cycles, type-only imports included: a private module takes shared types from a types module below it, never from the public function that calls it.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    ...downward,
    {
      name: "no-cross-area-private",
      comment:
        "An area's sub-folders (progress/rollup/, schedule/cpm/, …) are its private modules: imported only from inside that area.",
      severity: "error",
      from: { path: "^src/([^/]+)/" },
      to: { path: "^src/[^/]+/[^/]+/", pathNot: "^src/$1/" },
    },
    {
      name: "no-cross-area-private",
      comment: "The entry points import an area's public files, never its sub-folders.",
      severity: "error",
      from: { path: "^src/[^/]+\\.ts$" },
      to: { path: "^src/[^/]+/[^/]+/" },
    },
    {
      name: "compute-code-imports-schemas-as-types-only",
      comment: `Compute code (${COMPUTE.join(", ")}) never loads zod: it imports the zod-loading schema modules (${zodLoadingSchemaModules().join(", ")}) as types only, and never zod itself.`,
      severity: "error",
      from: { path: `^src/${alt(COMPUTE)}/` },
      to: {
        path: `^(src/schemas/${alt(zodLoadingSchemaModules().map(escapeDots))}$|node_modules/zod/)`,
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "compute-code-never-imports-data",
      comment:
        "The bundled CAST dataset (src/data) stays out of the compute code's run-time imports.",
      severity: "error",
      from: { path: `^src/${alt(COMPUTE)}/` },
      to: { path: "^src/data/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "cli-only-at-top",
      comment: "Nothing outside src/cli imports the command-line tool.",
      severity: "error",
      from: { pathNot: "^src/cli/" },
      to: { path: "^src/cli/" },
    },
  ],
  options: {
    // Type-only imports count (for cycles and layers); compiled away, they would be invisible.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    doNotFollow: { path: "node_modules" },
    includeOnly: { path: "^(src/|node_modules/zod/)" },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
