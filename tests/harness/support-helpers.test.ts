// @vitest-environment node
import { describe, expect, it } from "vitest"
import { parseEvent } from "../../e2e/support/events"
import { contentTypeFor, isAssetPath, resolveUnder } from "../../e2e/support/static-server"
import { workspaceDir } from "../../e2e/support/workspace"

describe("parseEvent", () => {
  it.each([
    ['{"type":"session.idle","properties":{"sessionID":"ses_1"}}', { type: "session.idle", properties: { sessionID: "ses_1" }, directory: undefined }],
    ['{"directory":"/w","payload":{"type":"x","properties":{}}}', { type: "x", properties: {}, directory: "/w" }],
    ['{"payload":{"type":"server.heartbeat"}}', { type: "server.heartbeat", properties: {}, directory: undefined }],
    ["not json", undefined],
    ['{"no":"type"}', undefined],
  ])("%s", (data, event) => {
    expect(parseEvent(data)).toEqual(event)
  })
})

describe("static server paths", () => {
  it.each([
    ["/index.html", "text/html; charset=utf-8"],
    ["/assets/app-1a2b.js", "text/javascript; charset=utf-8"],
    ["/assets/x.CSS", "text/css; charset=utf-8"],
    ["/config.json", "application/json; charset=utf-8"],
    ["/blob", "application/octet-stream"],
  ])("content type of %s", (path, type) => {
    expect(contentTypeFor(path)).toBe(type)
  })

  it.each([
    ["/assets/a.js", "/srv/dist/assets/a.js"],
    ["/s/127.0.0.1%3A4100/x", "/srv/dist/s/127.0.0.1:4100/x"],
    ["/../../etc/passwd", "/srv/dist/etc/passwd"],
    ["/%2e%2e/%2e%2e/etc/passwd", "/srv/dist/etc/passwd"],
    ["/%E0%A4%A", undefined],
  ])("resolves %s under root", (pathname, target) => {
    expect(resolveUnder("/srv/dist", pathname)).toBe(target)
  })

  it.each([
    ["/assets/missing.js", true],
    ["/servers/abc", false],
    ["/assetsx", false],
  ])("%s is an asset path: %s", (pathname, asset) => {
    expect(isAssetPath(pathname)).toBe(asset)
  })
})

describe("workspaceDir", () => {
  it.each([
    ["Alpha Server", "/r/work/alpha-server"],
    ["../evil", "/r/work/evil"],
    ["***", "/r/work/workspace"],
  ])("%s → %s", (name, dir) => {
    expect(workspaceDir("/r", name)).toBe(dir)
  })
})
