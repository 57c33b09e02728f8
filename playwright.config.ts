import { defineConfig } from "@playwright/test"

// Debian's Chromium: Playwright's own browser download does not work on the test machines.
const CHROMIUM = "/usr/bin/chromium"

export default defineConfig({
  testDir: "e2e",
  // Each spec starts its own opencode servers in beforeAll, so files run whole on one worker.
  fullyParallel: false,
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
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
})
