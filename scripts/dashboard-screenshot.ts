// Updates docs/media/dashboard.png: runs the dashboard test (it builds the page from src/, opens it
// in headless Chromium as of 2026-11-28 and uploads an invalid plan) with the screenshot path set.
//
// Run: npm run screenshot:dashboard
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["vitest", "run", "test/dashboard"], {
  stdio: "inherit",
  env: { ...process.env, DASHBOARD_SCREENSHOT: "docs/media/dashboard.png" },
});
process.exit(result.status ?? 1);
