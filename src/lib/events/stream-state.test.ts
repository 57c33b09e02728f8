import { describe, expect, it } from "vitest"
import { streamLabel, type StreamState } from "./stream-state"

describe("streamLabel", () => {
  it.each<[StreamState, string]>([
    [{ kind: "live" }, "Live"],
    [{ kind: "connecting" }, "Offline: connecting…"],
    [{ kind: "reconnecting", attempt: 1, retryAt: 1_500 }, "Reconnecting…"],
    [{ kind: "offline", attempt: 4, retryAt: 3_200 }, "Offline: retrying in 3 s"],
    [{ kind: "offline", attempt: 4, retryAt: 0 }, "Offline: retrying…"],
  ])("%j reads %j", (state, label) => {
    expect(streamLabel(state, 1_000)).toBe(label)
    expect(label).toMatch(/^(Live|Reconnecting|Offline)/)
  })
})
