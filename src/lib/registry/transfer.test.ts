// @vitest-environment node
import { describe, expect, it } from "vitest"
import { makeServer } from "../../../tests/builders/server"
import type { ServerEntry } from "./server"
import type { IncomingServer } from "./server-list"
import { applyImport, migrateExport, buildExport, EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES, parseImport, previewImport, type PreviewRow } from "./transfer"

const incoming = (server: ServerEntry, password?: string): IncomingServer => ({ server, ...(password ? { password } : {}) })

const alpha = makeServer("alpha")
const beta = makeServer("beta")
const gamma = makeServer("gamma")

const exportText = (servers: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: "2026-01-01T00:00:00.000Z", servers, ...extra })

describe("buildExport", () => {
  const now = new Date("2026-03-04T05:06:07.000Z")

  it("has the versioned shape and no passwords by default", () => {
    const file = buildExport([alpha, { ...beta, username: "admin" }], undefined, now)
    expect(file).toEqual({ format: "opencode-portal.servers", version: 2, exportedAt: "2026-03-04T05:06:07.000Z", servers: [alpha, { ...beta, username: "admin" }] })
    expect(JSON.stringify(file)).not.toContain("password")
  })

  it("adds a password only to the servers given", () => {
    const file = buildExport([alpha, beta], { beta: "s3cret", ghost: "nope" }, now)
    expect(file.servers).toEqual([alpha, { ...beta, password: "s3cret" }])
    expect(JSON.stringify(file)).not.toContain("nope")
  })

  it("skips empty passwords and never mutates the registry entries", () => {
    const source = { ...alpha }
    const file = buildExport([source], { alpha: "" }, now)
    expect(file.servers).toEqual([alpha])
    expect(file.servers[0]).not.toBe(source)
  })

  it("round-trips through parseImport", () => {
    const parsed = parseImport(JSON.stringify(buildExport([alpha, beta], { alpha: "pw" }, now)))
    expect(parsed).toEqual({ ok: true, incoming: [incoming(alpha, "pw"), incoming(beta)], rejected: [] })
  })
})

describe("parseImport: what it reads", () => {
  it("reads the export file", () => {
    expect(parseImport(exportText([alpha, beta]))).toEqual({ ok: true, incoming: [incoming(alpha), incoming(beta)], rejected: [] })
  })

  it("reads a bare legacy array of {id, name, url, color}", () => {
    const legacy = [
      { id: "dev", name: "Dev", url: "http://localhost:4096", color: "#FF0000" },
      { id: "prod", name: "Prod", url: "https://prod.example.com/" },
    ]
    const parsed = parseImport(JSON.stringify(legacy))
    expect(parsed.ok && parsed.incoming.map((s) => s.server)).toEqual([
      { id: "dev", name: "Dev", url: "http://localhost:4096", color: "#ff0000" },
      { id: "prod", name: "Prod", url: "https://prod.example.com", color: "#2563eb" },
    ])
  })

  it("keeps the good entries and lists the bad ones with reasons", () => {
    const parsed = parseImport(
      exportText([
        alpha,
        { id: "evil", name: "Evil", url: "javascript:alert(document.cookie)" },
        { id: "alpha", name: "Alpha again", url: "http://other.example.com" },
        { id: "copy", name: "Copy", url: alpha.url },
      ]),
    )
    expect(parsed).toEqual({
      ok: true,
      incoming: [incoming(alpha)],
      rejected: [
        { index: 1, label: "Evil", reason: "Only http:// and https:// URLs are allowed (got javascript:)." },
        { index: 2, label: "Alpha again", reason: `Duplicate id "alpha".` },
        { index: 3, label: "Copy", reason: `Same URL as "ALPHA".` },
      ],
    })
  })

  it("reports a list where every entry is bad as all rejected (nothing to add)", () => {
    expect(parseImport(JSON.stringify([{ name: "x" }]))).toEqual({ ok: true, incoming: [], rejected: [{ index: 0, label: "x", reason: "URL is required." }] })
  })
})

describe("parseImport: broken files get one clear message", () => {
  it.each([
    ["empty", "", "The file is empty."],
    ["only whitespace", " \n\t ", "The file is empty."],
    ["empty object", "{}", `Not a server list: expected {"format": "opencode-portal.servers", …} or an array of servers.`],
    ["null", "null", `Not a server list: expected {"format": "opencode-portal.servers", …} or an array of servers.`],
    ["a number", "42", `Not a server list: expected {"format": "opencode-portal.servers", …} or an array of servers.`],
    ["another app's format", JSON.stringify({ format: "other", servers: [] }), `Not a server list: expected {"format": "opencode-portal.servers", …} or an array of servers.`],
    ["servers without format", JSON.stringify({ servers: [{ name: "a", url: "http://a" }] }), `Not a server list: expected {"format": "opencode-portal.servers", …} or an array of servers.`],
    ["newer version", exportText([alpha], { version: 3 }), "Unsupported version 3; this portal reads versions 1 to 2."],
    ["version as a string", exportText([alpha], { version: "1" }), `Unsupported version "1"; this portal reads versions 1 to 2.`],
    ["missing version", JSON.stringify({ format: EXPORT_FORMAT, servers: [] }), "Unsupported version (none); this portal reads versions 1 to 2."],
    ["servers not a list", exportText({ alpha }), `"servers" must be a list.`],
    ["empty array", "[]", "The file lists no servers."],
    ["export with no servers", exportText([]), "The file lists no servers."],
  ])("%s", (_label, text, error) => {
    expect(parseImport(text)).toEqual({ ok: false, error })
  })

  it.each([
    ["plain text", "hello servers"],
    ["truncated JSON", exportText([alpha]).slice(0, 40)],
    ["an HTML page", "<!doctype html><html></html>"],
  ])("not JSON: %s", (_label, text) => {
    const result = parseImport(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/^This is not JSON: \S/)
  })

  it("refuses 10 MB of junk by size, before parsing it", () => {
    const junk = "[".repeat(10 * 1024 * 1024)
    const started = performance.now()
    const result = parseImport(junk)
    expect(result).toEqual({ ok: false, error: "The file is too large (10240 KB); a server list is at most 1000 KB." })
    // Generous bound: a parse attempt of deeply nested junk takes far longer or overflows the stack.
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it("accepts a file right at the size limit", () => {
    const padded = exportText([alpha])
    const text = padded + " ".repeat(MAX_IMPORT_BYTES - padded.length)
    expect(text).toHaveLength(MAX_IMPORT_BYTES)
    expect(parseImport(text).ok).toBe(true)
  })
})

describe("previewImport", () => {
  it("sorts entries into added, updated and unchanged, then the rejected ones", () => {
    const rows = previewImport(
      [alpha, beta],
      [incoming(alpha), incoming({ ...beta, name: "Beta renamed" }), incoming(gamma, "pw")],
      [{ index: 3, label: "Evil", reason: "bad URL" }],
    )
    expect(rows).toEqual([
      { status: "unchanged", server: alpha },
      { status: "updated", server: { ...beta, name: "Beta renamed" } },
      { status: "added", server: gamma, password: "pw" },
      { status: "rejected", label: "Evil", reason: "bad URL" },
    ])
  })

  it.each<[string, Partial<ServerEntry>]>([
    ["color", { color: "#222222" }],
    ["username added", { username: "admin" }],
    ["name", { name: "Other" }],
  ])("a different %s counts as updated", (_label, change) => {
    expect(previewImport([alpha], [incoming({ ...alpha, ...change })])).toEqual([{ status: "updated", server: { ...alpha, ...change } }])
  })

  it("matches by URL and keeps the existing id, so bookmarks survive", () => {
    const rows = previewImport([alpha], [incoming({ ...alpha, id: "renamed-elsewhere" })])
    expect(rows).toEqual([{ status: "unchanged", server: alpha }])
  })

  it("matches by URL written differently", () => {
    const rows = previewImport([alpha], [incoming({ ...alpha, id: "x", url: "http://ALPHA.example.com:4000" })])
    expect(rows).toEqual([{ status: "updated", server: { ...alpha, url: "http://ALPHA.example.com:4000" } }])
  })

  it("gives an entry whose id belongs to a server at another URL a fresh slug", () => {
    const clash = { ...gamma, id: "alpha", name: "Gamma" }
    expect(previewImport([alpha], [incoming(clash)])).toEqual([{ status: "added", server: { ...clash, id: "gamma" } }])
  })

  it("keeps fresh slugs unique among the added entries too", () => {
    const first = makeServer("alpha", { name: "Alpha", url: "http://one.example.com" })
    const second = makeServer("alpha-x", { name: "Alpha", url: "http://two.example.com" })
    const rows = previewImport([makeServer("alpha", { name: "Alpha" })], [incoming(first), incoming({ ...second, id: "alpha" })])
    expect(rows.map((r) => r.status === "added" && r.server.id)).toEqual(["alpha-2", "alpha-3"])
  })

  it("prefers the entry with the same id and URL over a URL-only match", () => {
    const twin = { ...beta, url: alpha.url }
    expect(previewImport([twin, alpha], [incoming(alpha)])).toEqual([{ status: "unchanged", server: alpha }])
  })

  it("is empty for nothing", () => {
    expect(previewImport([alpha], [])).toEqual([])
  })
})

describe("applyImport", () => {
  const rows: PreviewRow[] = [
    { status: "unchanged", server: alpha },
    { status: "updated", server: { ...beta, name: "Beta renamed" } },
    { status: "added", server: gamma },
    { status: "rejected", label: "Evil", reason: "bad URL" },
  ]
  const delta = makeServer("delta")

  it("merge: updates in place, keeps servers not in the file, appends new ones, ignores rejected", () => {
    expect(applyImport([delta, beta, alpha], rows, "merge")).toEqual([delta, { ...beta, name: "Beta renamed" }, alpha, gamma])
  })

  it("replace: keeps only the imported servers, in the file's order", () => {
    expect(applyImport([delta, beta, alpha], rows, "replace")).toEqual([alpha, { ...beta, name: "Beta renamed" }, gamma])
  })

  it("replace with only rejected rows yields an empty registry (callers must not offer it)", () => {
    expect(applyImport([alpha], [{ status: "rejected", label: "x", reason: "y" }], "replace")).toEqual([])
  })

  it("merge of a preview changes nothing when everything is unchanged", () => {
    const existing = [alpha, beta]
    expect(applyImport(existing, previewImport(existing, [incoming(beta), incoming(alpha)]), "merge")).toEqual(existing)
  })

  it("never writes passwords into the registry entries", () => {
    const result = applyImport([], previewImport([], [incoming(alpha, "pw")]), "merge")
    expect(result).toEqual([alpha])
    expect(JSON.stringify(result)).not.toContain("pw")
  })
})

describe("migrateExport", () => {
  const grouped = { ...alpha, group: "dev" }
  it.each<[string, Record<string, unknown>, ReturnType<typeof migrateExport>]>([
    ["version 2 keeps groups", { version: 2, servers: [grouped] }, { ok: true, entries: [grouped] }],
    ["version 1 reads as before", { version: 1, servers: [alpha] }, { ok: true, entries: [alpha] }],
    ["version 1 never carried groups: a stray key is dropped", { version: 1, servers: [grouped] }, { ok: true, entries: [alpha] }],
    ["version 1 leaves non-objects for validation to reject", { version: 1, servers: [42] }, { ok: true, entries: [42] }],
    ["servers not a list", { version: 1, servers: {} }, { ok: false, error: `"servers" must be a list.` }],
    ["unknown version", { version: 0, servers: [] }, { ok: false, error: "Unsupported version 0; this portal reads versions 1 to 2." }],
  ])("%s", (_label, data, expected) => {
    expect(migrateExport(data)).toEqual(expected)
  })

  it("a version-1 file imports; a version-2 file round-trips its groups", () => {
    const v1 = parseImport(JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: "2025-01-01T00:00:00.000Z", servers: [alpha] }))
    expect(v1).toEqual({ ok: true, incoming: [{ server: alpha }], rejected: [] })
    const v2 = parseImport(JSON.stringify(buildExport([grouped, beta])))
    expect(v2).toEqual({ ok: true, incoming: [{ server: grouped }, { server: beta }], rejected: [] })
  })

  it("a changed group counts as an update", () => {
    const rows = previewImport([alpha], [{ server: grouped }])
    expect(rows.map((r) => r.status)).toEqual(["updated"])
  })
})
