// @vitest-environment node
import { describe, expect, it } from "vitest"
import { decodeLayout, decodePane, encodePane, insertPane, layoutHref, MAX_PANES, paneLink, paneOfLink, readDock, removePane, replacePane, type Layout, type Pane } from "./panes"

const pane = (view: Pane["view"], serverId = "beta", directory = "/srv/app"): Pane => ({ serverId, directory, view })

describe("encodePane / decodePane", () => {
  it.each<[string, Pane, string]>([
    ["sessions", pane({ kind: "sessions" }), "beta/~srv~app/sessions"],
    ["a session", pane({ kind: "session", sessionId: "ses_1" }), "beta/~srv~app/session/ses_1"],
    ["changes docked beside", pane({ kind: "session", sessionId: "ses_1", dock: { show: "changes", at: "side" } }), "beta/~srv~app/session/ses_1/changes"],
    ["a terminal docked below", pane({ kind: "session", sessionId: "ses_1", dock: { show: "terminal", at: "below" } }), "beta/~srv~app/session/ses_1/terminal-below"],
    ["the file tree", pane({ kind: "files" }), "beta/~srv~app/file"],
    ["a file", pane({ kind: "files", path: "src/a b#1.ts" }), "beta/~srv~app/file/src/a%20b%231.ts"],
    ["changes", pane({ kind: "changes" }), "beta/~srv~app/changes"],
    ["a session's changes", pane({ kind: "changes", sessionId: "ses_1" }), "beta/~srv~app/changes/ses_1"],
    ["a terminal", pane({ kind: "terminal" }), "beta/~srv~app/terminal"],
    ["an odd directory", pane({ kind: "sessions" }, "a-1", "/home/me/my project~x"), "a-1/~home~me~my%20project%7Ex/sessions"],
    ["an odd session id", pane({ kind: "session", sessionId: "s/1 2" }), "beta/~srv~app/session/s%2F1%202"],
  ])("%s", (_label, value, text) => {
    expect(encodePane(value)).toBe(text)
    expect(decodePane(text)).toEqual({ ok: true, pane: value })
  })

  it.each([
    ["", "names no server"],
    ["beta", "has a directory part that cannot be read"],
    ["beta/%E0%A4%A/sessions", "has a directory part that cannot be read"],
    ["beta/~srv", "names no view (sessions, session, file, changes or terminal)"],
    ["beta/~srv/chat", "shows “chat”, which is not a view (sessions, session, file, changes or terminal)"],
    ["beta/~srv/session", "names no session"],
    ["beta/~srv/session/%", "names no session"],
    ["beta/~srv/session/ses_1/files", "cannot dock “files” beside a session (changes, terminal, changes-below or terminal-below)"],
    ["beta/~srv/session/ses_1/changes/x", "has more after its session view than it can read"],
    ["beta/~srv/terminal/2", "has more after its terminal view than it can read"],
    ["beta/~srv/file/a%zz", "has a file path with a broken %-escape"],
    ["beta/~srv/changes/a/b", "names its session's changes in a way that cannot be read"],
  ])("refuses %j: %s", (text, error) => {
    expect(decodePane(text)).toEqual({ ok: false, error })
  })
})

describe("layouts", () => {
  const two: Layout = {
    entries: [
      { ok: true, pane: pane({ kind: "session", sessionId: "ses_a" }, "alpha", "/srv/a") },
      { ok: true, pane: pane({ kind: "session", sessionId: "ses_b" }) },
    ],
    urls: { alpha: "http://127.0.0.1:4001", beta: "http://box.example:4096/x?y=1", gone: "http://old" },
  }

  it("round-trips through its link, keeping the addresses of the servers it shows", () => {
    const href = layoutHref(two)
    expect(href.startsWith("/panes?pane=alpha/~srv~a/session/ses_a&pane=beta/~srv~app/session/ses_b&url=alpha%3Dhttp%3A//127.0.0.1%3A4001&url=beta")).toBe(true)
    const back = decodeLayout(new URL(`http://portal.test${href}`).search)
    expect(back).toEqual({ ...two, urls: { alpha: two.urls.alpha, beta: two.urls.beta } })
  })

  it("keeps an unreadable pane, says which and why, and writes it back unchanged", () => {
    const layout = decodeLayout("?pane=beta%2F~srv%2Fchat&pane=beta%2F~srv%2Fsessions&url=broken")
    expect(layout.entries[0]).toEqual({ ok: false, raw: "beta/~srv/chat", error: "Pane 1 of this link shows “chat”, which is not a view (sessions, session, file, changes or terminal): “beta/~srv/chat”." })
    expect(layout.entries[1]).toEqual({ ok: true, pane: pane({ kind: "sessions" }, "beta", "/srv") })
    expect(layout.urls).toEqual({})
    expect(layoutHref(layout)).toBe("/panes?pane=beta/~srv/chat&pane=beta/~srv/sessions")
  })

  it("reads no panes from an empty query", () => {
    expect(decodeLayout("")).toEqual({ entries: [], urls: {} })
  })

  it("replaces, inserts after and removes panes", () => {
    const files = pane({ kind: "files" })
    expect(replacePane(two, 1, files).entries.map((e) => e.ok && e.pane.view.kind)).toEqual(["session", "files"])
    expect(insertPane(two, 0, files)?.entries.map((e) => e.ok && e.pane.view.kind)).toEqual(["session", "files", "session"])
    expect(removePane(two, 0).entries).toEqual([two.entries[1]])
  })

  it(`opens no more than ${MAX_PANES} panes`, () => {
    const full: Layout = { entries: Array.from({ length: MAX_PANES }, () => ({ ok: true, pane: pane({ kind: "sessions" }) })), urls: {} }
    expect(insertPane(full, 0, pane({ kind: "terminal" }))).toBeUndefined()
  })
})

describe("paneOfLink", () => {
  it.each<[string, string, Pane | undefined]>([
    ["/s/beta/d/~srv~app", "", pane({ kind: "sessions" })],
    ["/s/beta/d/~srv~app/session/ses_1", "", pane({ kind: "session", sessionId: "ses_1" })],
    ["/s/beta/d/~srv~app/session/ses_1", "?dock=terminal-below", pane({ kind: "session", sessionId: "ses_1", dock: { show: "terminal", at: "below" } })],
    ["/s/beta/d/~srv~app/file/src/a.ts", "", pane({ kind: "files", path: "src/a.ts" })],
    ["/s/beta/d/~srv~app/changes", "?session=ses_1", pane({ kind: "changes", sessionId: "ses_1" })],
    ["/s/beta/d/%2Fsrv%2Fapp/terminal", "", pane({ kind: "terminal" })],
    ["/s/beta", "", undefined],
    ["/servers", "", undefined],
  ])("%s%s", (path, search, expected) => {
    expect(paneOfLink(path, search)).toEqual(expected)
  })
})

describe("paneLink", () => {
  it.each<[Pane, string]>([
    [pane({ kind: "sessions" }), "/s/beta/d/~srv~app"],
    [pane({ kind: "session", sessionId: "ses_1" }), "/s/beta/d/~srv~app/session/ses_1"],
    [pane({ kind: "session", sessionId: "ses_1", dock: { show: "changes", at: "below" } }), "/s/beta/d/~srv~app/session/ses_1?dock=changes-below"],
    [pane({ kind: "files" }), "/s/beta/d/~srv~app/file"],
    [pane({ kind: "files", path: "a b.ts" }), "/s/beta/d/~srv~app/file/a%20b.ts"],
    [pane({ kind: "changes", sessionId: "ses_1" }), "/s/beta/d/~srv~app/changes?session=ses_1"],
    [pane({ kind: "terminal" }), "/s/beta/d/~srv~app/terminal"],
  ])("%j → %s, and back", (value, href) => {
    expect(paneLink(value)).toBe(href)
    const url = new URL(`http://portal.test${href}`)
    expect(paneOfLink(url.pathname, url.search)).toEqual(value)
  })
})

describe("readDock", () => {
  it.each([
    ["changes", { show: "changes", at: "side" }],
    ["terminal-below", { show: "terminal", at: "below" }],
    ["files", undefined],
    ["changes-above", undefined],
    [undefined, undefined],
  ])("%j", (text, dock) => {
    expect(readDock(text)).toEqual(dock)
  })
})
