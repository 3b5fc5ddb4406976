// Starts the headless Chromium that the npm package @sparticuz/chromium ships (installed from the
// lock file: no apt, no download), driven by playwright-core. Shared by the browser tests and
// scripts/screenshots.ts (the TypeDoc plugin, plain JavaScript, launches it the same way).
import packagedChromium from "@sparticuz/chromium";
import { type Browser, chromium } from "playwright-core";

/** Unpacks the packaged Chromium (into the OS temp folder) and starts it headless. */
export async function launchPackagedChromium(): Promise<Browser> {
  let executablePath = "";
  try {
    executablePath = await packagedChromium.executablePath();
    return await chromium.launch({
      executablePath,
      args: [
        ...packagedChromium.args,
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  } catch (cause) {
    const first = String(cause instanceof Error ? cause.message : cause).split("\n")[0];
    throw new Error(
      `Could not start the headless Chromium of @sparticuz/chromium (${executablePath || "not unpacked"}); run \`npm ci\` again and check that the temp folder is writable and executable: ${first}`,
      { cause },
    );
  }
}
