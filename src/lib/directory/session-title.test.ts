import { describe, expect, it } from "vitest"
import { displayTitle, relativeTime } from "./session-title"

describe("displayTitle", () => {
  it.each([
    ["New session - 2026-11-21T05:05:25.237Z", "New session"],
    ["Child session - 2026-11-21T05:05:25Z", "Child session"],
    ["Mock session title", "Mock session title"],
    ["New session - tomorrow", "New session - tomorrow"],
    ["My New session - 2026-11-21T05:05:25.237Z", "My New session - 2026-11-21T05:05:25.237Z"],
    ["Portal renamed (fork #1)", "Portal renamed (fork #1)"],
  ])("%j → %j", (title, shown) => {
    expect(displayTitle(title)).toBe(shown)
  })
})

describe("relativeTime", () => {
  const now = Date.UTC(2026, 11, 1, 12, 0, 0)
  it.each([
    [now, "just now"],
    [now - 59_000, "just now"],
    [now + 30_000, "just now"],
    [now - 60_000, "1 minute ago"],
    [now - 5 * 60_000, "5 minutes ago"],
    [now - 2 * 3_600_000, "2 hours ago"],
    [now - 26 * 3_600_000, "yesterday"],
    [now - 3 * 86_400_000, "3 days ago"],
    [now - 8 * 86_400_000, "last week"],
    [now - 40 * 86_400_000, "last month"],
    [now - 800 * 86_400_000, "2 years ago"],
  ])("%d → %s", (then, words) => {
    expect(relativeTime(then, now)).toBe(words)
  })
})
