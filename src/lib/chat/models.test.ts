// @vitest-environment node
import { describe, expect, it } from "vitest"
import { effectiveModel, findModel } from "./models"

const picked = { providerID: "mock", modelID: "picked" }

describe("effectiveModel", () => {
  it.each([
    ["picked wins", picked, { model: { id: "used", providerID: "mock" } }, picked],
    ["else the session's last model", undefined, { model: { id: "used", providerID: "mock", variant: "default" } }, { providerID: "mock", modelID: "used" }],
    ["nothing known", undefined, {}, undefined],
    ["no session", undefined, undefined, undefined],
  ])("%s", (_name, pick, session, expected) => expect(effectiveModel(pick, session)).toEqual(expected))
})

describe("findModel", () => {
  const items = [{ providerID: "mock", modelID: "a", variants: [] }, { providerID: "zen", modelID: "a", variants: ["high"] }]
  it.each([
    ["by provider and id", { providerID: "zen", modelID: "a" }, items[1]],
    ["unknown", { providerID: "zen", modelID: "b" }, undefined],
    ["no key", undefined, undefined],
  ])("%s", (_name, key, found) => expect(findModel(items, key)).toBe(found))
})
