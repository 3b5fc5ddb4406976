// The dashboard page: `vite examples/dashboard` (dev server) or `vite build examples/dashboard`
// (static files in examples/dashboard/dist/, gitignored). The package is imported from the repo's
// src/ through aliases, so the page always shows the current code, never a published build.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  // Relative asset URLs: the built folder works from any path (a static host, a test server).
  base: "./",
  resolve: {
    alias: [
      { find: /^cast-plan$/, replacement: src("index.ts") },
      { find: /^cast-plan\/schemas$/, replacement: src("schemas/index.ts") },
      { find: /^cast-plan\/data$/, replacement: src("data/index.ts") },
    ],
  },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  logLevel: "warn",
});
