// @vitest-environment node
import { describe, expect, it } from "vitest"
import { makeServer } from "../../../tests/builders/server"
import { nextActiveAfterRemoval, removeServer, restoreServer, upsertServer, validateDraft, type ServerDraft } from "./registry"
import { PALETTE } from "./server"


const alpha = makeServer("alpha", { name: "Alpha", color: PALETTE[0] })
const beta = makeServer("beta", { name: "Beta", color: PALETTE[1] })
const gamma = makeServer("gamma", { name: "Gamma", color: PALETTE[2] })

describe("validateDraft: new servers", () => {
  it("normalizes the URL, slugs the name and picks the first free palette color", () => {
    expect(validateDraft({ name: "  Project Alpha  ", url: "localhost:4001/" }, [])).toEqual({
      ok: true,
      server: { id: "project-alpha", name: "Project Alpha", url: "http://localhost:4001", color: PALETTE[0] },
    })
  })

  it("gives a colliding name the next free slug and the next free color", () => {
    const result = validateDraft({ name: "Alpha", url: "http://other.example.com" }, [alpha, beta])
    expect(result).toEqual({ ok: true, server: { id: "alpha-2", name: "Alpha", url: "http://other.example.com", color: PALETTE[2] } })
  })

  it.each([
    ["explicit color is kept, lowercased", "#ABCDEF", "#abcdef"],
    ["empty color means default", "", PALETTE[0]],
    ["missing color means default", undefined, PALETTE[0]],
  ])("%s", (_label, color, expected) => {
    const draft: ServerDraft = { name: "X", url: "http://x.example.com", ...(color === undefined ? {} : { color }) }
    const result = validateDraft(draft, [])
    expect(result.ok && result.server.color).toBe(expected)
  })

  it.each([
    ["trimmed username kept", "  admin  ", { username: "admin" }],
    ["blank username dropped", "   ", {}],
    ["absent username", undefined, {}],
  ])("%s", (_label, username, expected) => {
    const result = validateDraft({ name: "X", url: "http://x.example.com", ...(username === undefined ? {} : { username }) }, [])
    expect(result).toEqual({ ok: true, server: { id: "x", name: "X", url: "http://x.example.com", color: PALETTE[0], ...expected } })
  })
})

describe("validateDraft: refusals", () => {
  it.each<[string, ServerDraft, Record<string, string>]>([
    ["name required", { name: "", url: "http://x.example.com" }, { name: "Name is required." }],
    ["blank name", { name: "   ", url: "http://x.example.com" }, { name: "Name is required." }],
    ["name too long", { name: "n".repeat(81), url: "http://x.example.com" }, { name: "Name is too long (80 characters at most)." }],
    ["URL required", { name: "X", url: "" }, { url: "URL is required." }],
    ["javascript: URL", { name: "X", url: "javascript:alert(1)" }, { url: "Only http:// and https:// URLs are allowed (got javascript:)." }],
    ["bad color", { name: "X", url: "http://x.example.com", color: "red" }, { color: "Color must look like #1a2b3c." }],
    ["short hex color", { name: "X", url: "http://x.example.com", color: "#abc" }, { color: "Color must look like #1a2b3c." }],
    [
      "every field at once",
      { name: "", url: "ftp://x", color: "blue" },
      { name: "Name is required.", url: "Only http:// and https:// URLs are allowed (got ftp:).", color: "Color must look like #1a2b3c." },
    ],
  ])("%s", (_label, draft, errors) => {
    expect(validateDraft(draft, [])).toEqual({ ok: false, errors })
  })

  it("accepts a name of exactly 80 characters", () => {
    expect(validateDraft({ name: "n".repeat(80), url: "http://x.example.com" }, []).ok).toBe(true)
  })

  it.each([
    ["same URL", "http://beta.example.com:4000"],
    ["same URL typed differently", "HTTP://Beta.Example.com:4000/"],
    ["same URL without scheme", "beta.example.com:4000"],
  ])("refuses a duplicate URL and names the other server: %s", (_label, url) => {
    expect(validateDraft({ name: "New", url }, [alpha, beta])).toEqual({
      ok: false,
      errors: { url: `http://beta.example.com:4000 is already registered as "Beta".` },
    })
  })
})

describe("validateDraft: a new server with the id a deep link asked for", () => {
  it.each([
    ["a free, valid slug is kept", "team-x", "team-x"],
    ["an id that is not a slug is replaced by the name's slug", "Team X!", "new-box"],
  ])("%s", (_label, id, expected) => {
    const result = validateDraft({ id, name: "New Box", url: "http://new.example.com" }, [alpha])
    expect(result.ok && result.server.id).toBe(expected)
  })
})

describe("validateDraft: editing", () => {
  it("keeps the id even when the name changes, and keeps the color when none is given", () => {
    const result = validateDraft({ id: "beta", name: "Renamed", url: "http://beta.example.com:4001" }, [alpha, beta])
    expect(result).toEqual({ ok: true, server: { id: "beta", name: "Renamed", url: "http://beta.example.com:4001", color: PALETTE[1] } })
  })

  it("may keep its own URL (not a duplicate of itself)", () => {
    const result = validateDraft({ id: "alpha", name: "Alpha", url: alpha.url }, [alpha, beta])
    expect(result).toEqual({ ok: true, server: alpha })
  })

  it("still refuses another server's URL", () => {
    expect(validateDraft({ id: "alpha", name: "Alpha", url: beta.url }, [alpha, beta])).toEqual({
      ok: false,
      errors: { url: `${beta.url} is already registered as "Beta".` },
    })
  })

  it("replaces the color when a new one is given and drops a cleared username", () => {
    const withUser = { ...alpha, username: "admin" }
    const result = validateDraft({ id: "alpha", name: "Alpha", url: alpha.url, color: "#00FF00", username: "" }, [withUser])
    expect(result).toEqual({ ok: true, server: { ...alpha, color: "#00ff00" } })
  })
})

describe("upsertServer / removeServer / restoreServer", () => {
  const list = [alpha, beta, gamma]

  it("appends a new server", () => {
    const delta = makeServer("delta")
    expect(upsertServer(list, delta)).toEqual([alpha, beta, gamma, delta])
  })

  it("replaces by id in place", () => {
    const renamed = { ...beta, name: "Beta 2" }
    expect(upsertServer(list, renamed)).toEqual([alpha, renamed, gamma])
  })

  it("does not mutate its input", () => {
    const copy = [...list]
    upsertServer(list, { ...beta, name: "x" })
    removeServer(list, "beta")
    restoreServer(list, makeServer("delta"), 1)
    expect(list).toEqual(copy)
  })

  it.each([
    ["first", "alpha", [beta, gamma]],
    ["middle", "beta", [alpha, gamma]],
    ["last", "gamma", [alpha, beta]],
    ["unknown id", "nope", [alpha, beta, gamma]],
  ])("removes the %s server", (_label, id, expected) => {
    expect(removeServer(list, id)).toEqual(expected)
  })

  it.each([0, 1, 2])("undo puts a server removed at index %i back where it was", (index) => {
    const removed = list[index]
    if (!removed) throw new Error("bad table")
    expect(restoreServer(removeServer(list, removed.id), removed, index)).toEqual(list)
  })

  it.each([
    ["index past the end goes last", 99, [beta, gamma, alpha]],
    ["negative index goes first", -5, [alpha, beta, gamma]],
  ])("clamps: %s", (_label, index, expected) => {
    expect(restoreServer([beta, gamma], alpha, index)).toEqual(expected)
  })

  it("does not restore a server whose id is back already", () => {
    expect(restoreServer(list, { ...beta, name: "Other" }, 0)).toEqual(list)
  })
})

describe("nextActiveAfterRemoval", () => {
  const list = [alpha, beta, gamma]
  it.each([
    ["another server removed: active stays", list, "alpha", "beta", "alpha"],
    ["no active server: stays none", list, undefined, "beta", undefined],
    ["first active removed: the next takes its place", list, "alpha", "alpha", "beta"],
    ["middle active removed: the next takes its place", list, "beta", "beta", "gamma"],
    ["last active removed: the previous one", list, "gamma", "gamma", "beta"],
    ["only server removed: none", [alpha], "alpha", "alpha", undefined],
    ["removed id unknown to the list: none", [alpha], "ghost", "ghost", undefined],
  ])("%s", (_label, before, active, removed, expected) => {
    expect(nextActiveAfterRemoval(before, active, removed)).toBe(expected)
  })
})
