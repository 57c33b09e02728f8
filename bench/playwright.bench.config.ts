import { defineConfig } from "@playwright/test"
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/support/chromium"

// The benchmark, run by `npm run bench` (bench/run.mjs). Kept out of `npm test` and CI: its own
// config and testDir, and *.bench.ts files that no other runner picks up.

export default defineConfig({
  testDir: ".",
  testMatch: "*.bench.ts",
  fullyParallel: false,
  // One worker: the figures time the machine, so nothing else of ours may run beside them.
  workers: 1,
  retries: 0,
  // Every figure group has its own deadline (together about 48 min at most); this only catches a
  // hang in set-up or tear-down, so it must be longer than all of them, or no results are written.
  timeout: 55 * 60_000,
  reporter: "line",
  outputDir: "../test-results/bench",
  use: {
    browserName: "chromium",
    headless: true,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
})
