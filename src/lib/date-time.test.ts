// @vitest-environment node
import { describe, expect, it } from "vitest"
import { formatDateTime } from "./date-time"

describe("formatDateTime", () => {
  it.each([0, Date.UTC(2026, 11, 2, 13, 33, 7), Date.UTC(1999, 0, 31, 23, 59, 59)])("%d reads as toLocaleString does", (ms) => {
    expect(formatDateTime(ms)).toBe(new Date(ms).toLocaleString())
  })
})
