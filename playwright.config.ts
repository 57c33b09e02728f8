import { defineConfig } from "@playwright/test"
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./e2e/support/chromium"

export default defineConfig({
  testDir: "e2e",
  // Each spec starts its own opencode servers in beforeAll, so files run whole on one worker.
  fullyParallel: false,
  // A stray test.only would pass a run that skipped everything else; ALLOW_ONLY=1 while debugging.
  forbidOnly: process.env.ALLOW_ONLY !== "1",
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  outputDir: "test-results",
  use: {
    browserName: "chromium",
    headless: true,
    trace: "retain-on-failure",
    // The portal's service worker would answer page loads itself, out of reach of page.route();
    // e2e/pwa.spec.ts allows it where it is the subject.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
})
