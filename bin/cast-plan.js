#!/usr/bin/env node
// The `cast-plan` command. An installed package runs its build (dist/cli.js). In a clone of the
// repository (src/ present and tsx installed by `npm ci`) it runs the sources through tsx, so
// `npx cast-plan` works right after `npm ci` and never runs a stale build.
import { existsSync } from "node:fs";

const source = new URL("../src/cli/main.ts", import.meta.url);

async function load() {
  if (existsSync(source)) {
    try {
      const { tsImport } = await import("tsx/esm/api");
      return await tsImport(source.href, import.meta.url);
    } catch (error) {
      if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
      // no tsx (sources without dev dependencies): fall through to the build
    }
  }
  return import("../dist/cli.js");
}

const cli = await load();
await cli.runProcess();
