import { defineConfig } from "vitest/config";

const config: ReturnType<typeof defineConfig> = defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Type tests: test/**/*.test-d.ts are checked by tsc through vitest's typecheck mode.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.json" },
    // Property tests draw from a fixed seed so a failure reproduces; set FC_SEED to explore.
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
  },
});

export default config;
