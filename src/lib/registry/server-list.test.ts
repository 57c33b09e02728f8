// @vitest-environment node
import { describe, expect, it } from "vitest"
import { PALETTE } from "./server"
import { validateEntries } from "./server-list"

describe("validateEntries accepts", () => {
  it("a full entry, normalizing URL and color, keeping username and password", () => {
    const result = validateEntries([
      { id: "alpha", name: " Alpha ", url: "alpha.example.com:4000/", color: "#ABCDEF", username: " admin ", password: "pw" },
    ])
    expect(result).toEqual({
      servers: [{ server: { id: "alpha", name: "Alpha", url: "http://alpha.example.com:4000", color: "#abcdef", username: "admin" }, password: "pw" }],
      rejected: [],
    })
  })

  it("derives missing ids and colors, unique within the list", () => {
    const result = validateEntries([
      { name: "Box", url: "http://a.example.com" },
      { name: "Box", url: "http://b.example.com" },
    ])
    expect(result.servers.map((s) => s.server)).toEqual([
      { id: "box", name: "Box", url: "http://a.example.com", color: PALETTE[0] },
      { id: "box-2", name: "Box", url: "http://b.example.com", color: PALETTE[1] },
    ])
  })

  it("does not let a derived id take an id that a later entry names explicitly", () => {
    const result = validateEntries([
      { name: "Alpha", url: "http://a.example.com" },
      { id: "alpha", name: "Other", url: "http://b.example.com" },
    ])
    expect(result.rejected).toEqual([])
    expect(result.servers.map((s) => s.server.id)).toEqual(["alpha-2", "alpha"])
  })

  it.each([
    ["empty password", { password: "" }, undefined],
    ["non-string password", { password: 42 }, undefined],
    ["blank username", { username: "  " }, undefined],
  ])("drops %s", (_label, extra, expected) => {
    const [only] = validateEntries([{ id: "a", name: "A", url: "http://a.example.com", ...extra }]).servers
    expect(only?.password).toBe(expected)
    expect(only?.server.username).toBe(expected)
  })
})

describe("validateEntries rejects one entry at a time, with its reason", () => {
  it.each([
    ["not an object", "just a string", "#1", "Not an object."],
    ["null", null, "#1", "Not an object."],
    ["an array", [1, 2], "#1", "Not an object."],
    ["missing name (labelled by URL)", { url: "http://a.example.com" }, "http://a.example.com", "Name is required."],
    ["blank name", { name: "  ", url: "http://a.example.com" }, "  ", "Name is required."],
    ["name not a string", { name: 5, url: "http://a.example.com" }, "http://a.example.com", "Name is required."],
    ["name too long", { name: "n".repeat(81), url: "http://a.example.com" }, "n".repeat(80), "Name is too long (80 characters at most)."],
    ["missing URL", { name: "A" }, "A", "URL is required."],
    ["URL not a string", { name: "A", url: 4000 }, "A", "URL is required."],
    ["javascript: URL", { name: "A", url: "javascript:alert(1)" }, "A", "Only http:// and https:// URLs are allowed (got javascript:)."],
    ["data: URL", { name: "A", url: "data:text/html,hi" }, "A", "Only http:// and https:// URLs are allowed (got data:)."],
    ["credentials in URL", { name: "A", url: "http://u:p@a.example.com" }, "A", "Put the username and password in their own fields, not in the URL."],
    ["id not a slug", { id: "Bad Id!", name: "A", url: "http://a.example.com" }, "A", `Id "Bad Id!" is not a slug (lowercase letters, digits and dashes).`],
    ["bad color", { name: "A", url: "http://a.example.com", color: "red" }, "A", "Color must look like #1a2b3c."],
    ["color not a string", { name: "A", url: "http://a.example.com", color: 255 }, "A", "Color must look like #1a2b3c."],
  ])("%s", (_label, entry, label, reason) => {
    expect(validateEntries([entry])).toEqual({ servers: [], rejected: [{ index: 0, label, reason }] })
  })

  it("keeps the good entries around a bad one and reports the bad one's index", () => {
    const result = validateEntries([
      { id: "a", name: "A", url: "http://a.example.com" },
      { id: "b", name: "B", url: "javascript:void(0)" },
      { id: "c", name: "C", url: "http://c.example.com" },
    ])
    expect(result.servers.map((s) => s.server.id)).toEqual(["a", "c"])
    expect(result.rejected).toEqual([{ index: 1, label: "B", reason: "Only http:// and https:// URLs are allowed (got javascript:)." }])
  })

  it.each([
    ["duplicate id", { id: "a", name: "Again", url: "http://other.example.com" }, `Duplicate id "a".`],
    ["duplicate URL, written differently", { id: "b", name: "Again", url: "A.EXAMPLE.COM/" }, `Same URL as "A".`],
  ])("refuses a %s within the list", (_label, second, reason) => {
    const result = validateEntries([{ id: "a", name: "A", url: "http://a.example.com" }, second])
    expect(result.servers.map((s) => s.server.id)).toEqual(["a"])
    expect(result.rejected).toEqual([{ index: 1, label: "Again", reason }])
  })

  it("shortens a huge id and label in messages", () => {
    const id = "X".repeat(500)
    const [rejected] = validateEntries([{ id, name: "y".repeat(500), url: "http://a.example.com" }]).rejected
    expect(rejected?.label).toHaveLength(80)
    expect(rejected?.reason).toBe("Name is too long (80 characters at most).")
    const [badId] = validateEntries([{ id, name: "Y", url: "http://a.example.com" }]).rejected
    expect(badId?.reason).toBe(`Id "${"X".repeat(40)}" is not a slug (lowercase letters, digits and dashes).`)
  })
})

describe("validateEntries with repair (data an older portal wrote)", () => {
  it.each<[string, Record<string, unknown>, { id: string; color: RegExp }]>([
    ["a color name is replaced by a palette color", { id: "dev", name: "Dev", url: "http://localhost:4100", color: "red" }, { id: "dev", color: /^#[0-9a-f]{6}$/ }],
    ["an id that is not a slug is derived from the name", { id: "My Dev!", name: "My Dev", url: "http://localhost:4100" }, { id: "my-dev", color: /^#/ }],
  ])("%s", (_label, entry, want) => {
    const strict = validateEntries([entry])
    expect(strict.servers).toHaveLength(0)
    const repaired = validateEntries([entry], { repair: true })
    expect(repaired.rejected).toEqual([])
    expect(repaired.servers[0]?.server.id).toBe(want.id)
    expect(repaired.servers[0]?.server.color).toMatch(want.color)
  })
})
