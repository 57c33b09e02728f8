// @vitest-environment node
import { describe, expect, it } from "vitest"
import { makeMemoryStore } from "./memory-store"
import { loadServerHome, migrateServerHome, saveServerHome, serverHomeKey } from "./server-home"

describe("server home directories", () => {
  it("round-trips per server id and URL", () => {
    const store = makeMemoryStore()
    saveServerHome(store, "alpha", "http://127.0.0.1:4101", "/srv/alpha")
    expect(loadServerHome(store, "alpha", "http://127.0.0.1:4101")).toBe("/srv/alpha")
    expect(loadServerHome(store, "alpha", "http://127.0.0.1:4102")).toBeUndefined()
    expect(loadServerHome(store, "beta", "http://127.0.0.1:4101")).toBeUndefined()
  })

  it("writes only when the directory changed", () => {
    const store = makeMemoryStore()
    let writes = 0
    const counting = { ...store, getItem: store.getItem, setItem: (key: string, value: string) => (writes++, store.setItem(key, value)) }
    saveServerHome(counting, "alpha", "http://a", "/srv/a")
    saveServerHome(counting, "alpha", "http://a", "/srv/a")
    saveServerHome(counting, "alpha", "http://a", "/srv/b")
    expect(writes).toBe(2)
    expect(loadServerHome(store, "alpha", "http://a")).toBe("/srv/b")
  })

  const cases: { name: string; value: unknown; expected: string | undefined }[] = [
    { name: "an absolute path", value: "/srv/a", expected: "/srv/a" },
    { name: "a Windows path", value: "C:\\work", expected: "C:\\work" },
    { name: "a relative path", value: "srv/a", expected: undefined },
    { name: "an empty string", value: "", expected: undefined },
    { name: "a number", value: 3, expected: undefined },
    { name: "an object", value: { directory: "/srv/a" }, expected: undefined },
  ]
  it.each(cases)("migrates $name", ({ value, expected }) => {
    expect(migrateServerHome(value)).toBe(expected)
  })

  it("reads a corrupt entry as nothing remembered", () => {
    const store = makeMemoryStore({ [serverHomeKey("alpha", "http://a")]: "{nope" })
    expect(loadServerHome(store, "alpha", "http://a")).toBeUndefined()
  })
})
