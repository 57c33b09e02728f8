// @vitest-environment node
import { describe, expect, it } from "vitest"
import { DEFAULT_SERVER, initialRegistry, parseRuntimeConfig, type InitialRegistry, type RuntimeConfig, type Sources } from "./config"
import { PALETTE, type ServerEntry } from "./server"

const entry = (id: string): ServerEntry => ({ id, name: id.toUpperCase(), url: `http://${id}.example.com`, color: "#123456" })

describe("parseRuntimeConfig", () => {
  it("reads valid servers, passwords and the default server", () => {
    const config = parseRuntimeConfig({
      servers: [
        { id: "local", name: "Local", url: "localhost:4000", password: "generated" },
        { id: "remote", name: "Remote", url: "https://remote.example.com/", color: "#00AA00" },
      ],
      defaultServerId: "remote",
    })
    expect(config).toEqual({
      servers: [
        { server: { id: "local", name: "Local", url: "http://localhost:4000", color: PALETTE[0] }, password: "generated" },
        { server: { id: "remote", name: "Remote", url: "https://remote.example.com", color: "#00aa00" } },
      ],
      defaultServerId: "remote",
      problems: [],
    })
  })

  it("keeps broken entries out and names each problem", () => {
    const config = parseRuntimeConfig({
      servers: [{ name: "Good", url: "http://good.example.com" }, { name: "Evil", url: "javascript:alert(1)" }, "nonsense"],
    })
    expect(config.servers.map((s) => s.server.name)).toEqual(["Good"])
    expect(config.problems).toEqual([
      "config.json server Evil: Only http:// and https:// URLs are allowed (got javascript:).",
      "config.json server #3: Not an object.",
    ])
  })

  it.each([
    ["null", null],
    ["an array", [{ name: "a", url: "http://a" }]],
    ["a string", "servers"],
    ["a number", 1],
  ])("refuses a config that is %s", (_label, data) => {
    expect(parseRuntimeConfig(data)).toEqual({ servers: [], problems: [`config.json must be an object like {"servers": [...]}.`] })
  })

  it("accepts an object without servers, with no problems", () => {
    expect(parseRuntimeConfig({})).toEqual({ servers: [], problems: [] })
  })

  it("names a servers field that is not a list", () => {
    expect(parseRuntimeConfig({ servers: { a: 1 } })).toEqual({ servers: [], problems: [`config.json "servers" must be a list.`] })
  })

  it("reports an unknown defaultServerId and does not use it", () => {
    const config = parseRuntimeConfig({ servers: [{ id: "a", name: "A", url: "http://a.example.com" }], defaultServerId: "ghost" })
    expect(config.problems).toEqual([`config.json "defaultServerId" names "ghost", which is not among its servers.`])
    expect(config.defaultServerId).toBeUndefined()
  })

  it("ignores a defaultServerId that is not a string", () => {
    const config = parseRuntimeConfig({ servers: [{ id: "a", name: "A", url: "http://a.example.com" }], defaultServerId: 7 })
    expect(config).toEqual({ servers: [{ server: { id: "a", name: "A", url: "http://a.example.com", color: PALETTE[0] } }], problems: [] })
  })
})

describe("initialRegistry picks the first source that has servers", () => {
  const stored = [{ server: entry("stored") }]
  const runtime: RuntimeConfig = { servers: [{ server: entry("config"), password: "pw" }], defaultServerId: "config", problems: ["config problem"] }
  const build = [{ name: "Build", url: "http://build.example.com" }]

  it.each<[string, Sources, InitialRegistry["source"], string[], string | undefined]>([
    ["stored wins over everything", { stored, runtime, build }, "stored", ["stored"], undefined],
    ["config.json when nothing is stored", { stored: undefined, runtime, build }, "config", ["config"], "config"],
    ["an empty stored list stays empty (every server was deleted on purpose)", { stored: [], runtime, build }, "stored", [], undefined],
    ["build env when config.json has no servers", { stored: undefined, runtime: { servers: [], problems: [] }, build }, "build", ["build"], undefined],
    ["build env when there is no config.json", { stored: undefined, runtime: undefined, build }, "build", ["build"], undefined],
    ["the embedded default last", { stored: undefined, runtime: undefined, build: [] }, "default", ["local"], undefined],
  ])("%s", (_label, sources, source, ids, activeId) => {
    const result = initialRegistry(sources)
    expect(result.source).toBe(source)
    expect(result.servers.map((s) => s.server.id)).toEqual(ids)
    expect(result.activeId).toBe(activeId)
  })

  it("the default is http://localhost:4000", () => {
    expect(initialRegistry({ stored: undefined, runtime: undefined, build: [] }).servers).toEqual([
      { server: { id: DEFAULT_SERVER.id, name: "Local OpenCode", url: "http://localhost:4000", color: PALETTE[0] } },
    ])
  })

  it("keeps config.json passwords with the servers they came with", () => {
    expect(initialRegistry({ stored: undefined, runtime, build }).servers).toEqual([{ server: entry("config"), password: "pw" }])
  })

  it("reports config.json problems even when the stored list wins", () => {
    expect(initialRegistry({ stored, runtime, build }).problems).toEqual(["config problem"])
  })

  it("names bad build-time servers and falls back to the default when none is valid", () => {
    const result = initialRegistry({ stored: undefined, runtime: undefined, build: [{ name: "Bad", url: "ftp://x" }] })
    expect(result.source).toBe("default")
    expect(result.problems).toEqual(["Build-time server Bad: Only http:// and https:// URLs are allowed (got ftp:)."])
  })

  it("derives build-time ids and colors", () => {
    const result = initialRegistry({ stored: undefined, runtime: undefined, build: [{ name: "Team Box", url: "box:4000", color: "#ABCDEF" }, { name: "Other", url: "http://other" }] })
    expect(result.servers).toEqual([
      { server: { id: "team-box", name: "Team Box", url: "http://box:4000", color: "#abcdef" } },
      { server: { id: "other", name: "Other", url: "http://other", color: PALETTE[0] } },
    ])
  })
})
