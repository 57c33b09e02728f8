// Debian's Chromium: Playwright's own browser download does not work on the test machines. Without
// the background-networking flags it keeps trying hosts this machine's closed network refuses.
export const CHROMIUM_PATH = "/usr/bin/chromium"

export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
]
