// @vitest-environment node
import { describe, expect, it } from "vitest"
import { readLegacyRegistry } from "./legacy"

const storageWith = (items: Record<string, string>) => ({ getItem: (key: string) => items[key] ?? null })

describe("readLegacyRegistry", () => {
  const servers = [{ id: "dev", name: "Dev", url: "http://localhost:4096", color: "#ff0000" }]

  it.each<[string, Record<string, string>, ReturnType<typeof readLegacyRegistry>]>([
    ["nothing stored", {}, undefined],
    ["empty string", { "opencode-servers": "" }, undefined],
    ["bad JSON", { "opencode-servers": "[{oops" }, undefined],
    ["an object, not an array", { "opencode-servers": JSON.stringify({ servers }) }, undefined],
    ["JSON null", { "opencode-servers": "null" }, undefined],
    ["a valid list", { "opencode-servers": JSON.stringify(servers) }, { servers }],
    ["a valid list and the active server", { "opencode-servers": JSON.stringify(servers), "opencode-active-server": "dev" }, { servers, activeId: "dev" }],
    ["an empty list", { "opencode-servers": "[]" }, { servers: [] }],
    ["an active server without a list", { "opencode-active-server": "dev" }, undefined],
  ])("%s", (_label, items, expected) => {
    expect(readLegacyRegistry(storageWith(items))).toEqual(expected)
  })

  it("passes the entries on unvalidated (validation happens with the rest)", () => {
    const raw = [{ name: "x" }, 42]
    expect(readLegacyRegistry(storageWith({ "opencode-servers": JSON.stringify(raw) }))).toEqual({ servers: raw })
  })

  it("reads nothing without a storage", () => {
    expect(readLegacyRegistry(undefined)).toBeUndefined()
  })

  it("reads nothing when localStorage throws (blocked by the browser)", () => {
    const blocked = {
      getItem: (): string | null => {
        throw new DOMException("Access is denied for this document.", "SecurityError")
      },
    }
    expect(readLegacyRegistry(blocked)).toBeUndefined()
  })
})
