// @vitest-environment node
import { describe, expect, it } from "vitest"
import { isSession } from "./model-guards"

// A session as opencode 1.18.33 sends it after a revert, with a share and a permission rule.
const BASE = { id: "ses_1", slug: "hidden-eagle", directory: "/w", title: "lab", version: "1.18.33", time: { created: 1, updated: 2 } }

describe("isSession", () => {
  it.each([
    ["the bare shape", BASE, true],
    ["with totals, model, revert, share and rules", { ...BASE, tokens: { input: 6162, output: 16, reasoning: 0, cache: { read: 0, write: 0 } }, cost: 0, model: { id: "mock-model", providerID: "mock", variant: "default" }, revert: { messageID: "msg_1", snapshot: "0f2b", diff: "diff --git a/new.txt b/new.txt" }, share: { url: "https://opencode.ai/s/x" }, permission: [{ permission: "edit", pattern: "*", action: "allow" }] }, true],
    ["a revert without its message id", { ...BASE, revert: { snapshot: "0f2b" } }, false],
    ["a rule with an unknown action", { ...BASE, permission: [{ permission: "edit", pattern: "*", action: "maybe" }] }, false],
    ["a share without a url", { ...BASE, share: {} }, false],
    ["tokens missing the cache", { ...BASE, tokens: { input: 1, output: 1, reasoning: 0 } }, false],
    ["no title", { ...BASE, title: undefined }, false],
  ])("%s → %s", (_name, value, ok) => expect(isSession(value)).toBe(ok))
})
