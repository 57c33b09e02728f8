// @vitest-environment node
import { describe, expect, it } from "vitest"
import { CATALOG } from "./catalog"
import { FIGURE_GROUPS } from "./options"

describe("CATALOG", () => {
  it("names every figure once", () => {
    const ids = CATALOG.map((spec) => spec.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
  it("keeps each group's figures together, so the table prints each group once", () => {
    const groups = CATALOG.map((spec) => spec.group).filter((group, i, all) => i === 0 || all[i - 1] !== group)
    expect(new Set(groups).size).toBe(groups.length)
  })
  it.each(FIGURE_GROUPS)("has figures for the selectable group %s", (group) => {
    expect(CATALOG.some((spec) => spec.id.startsWith(`${group}.`))).toBe(true)
  })
})
