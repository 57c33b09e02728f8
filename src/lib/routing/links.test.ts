// @vitest-environment node
import { describe, expect, it } from "vitest"
import { decodeDirectory, encodeDirectory, links } from "./links"

describe("encodeDirectory / decodeDirectory", () => {
  it.each([
    ["/srv/app", "~srv~app"],
    ["/", "~"],
    ["/home/me/my project", "~home~me~my%20project"],
    ["/tmp/a~b", "~tmp~a%7Eb"],
    ["C:\\Users\\me", "C%3A%5CUsers%5Cme"],
    ["/data/日本", "~data~%E6%97%A5%E6%9C%AC"],
    ["/q?x=1#h", "~q%3Fx%3D1%23h"],
    ["/srv/app/", "~srv~app~"],
    ["/srv/100%/x", "~srv~100%25~x"],
    ["/srv/%7E", "~srv~%257E"],
    ["/srv/a+b&c", "~srv~a%2Bb%26c"],
    ["/srv/../etc", "~srv~..~etc"],
    ["relative/dir", "relative~dir"],
  ])("%j ↔ %j", (dir, segment) => {
    expect(encodeDirectory(dir)).toBe(segment)
    expect(decodeDirectory(segment)).toBe(dir)
  })

  it("decodes a segment the browser left percent-encoded", () => {
    expect(decodeDirectory("%2Fsrv%2Fapp")).toBe("/srv/app")
  })

  it.each(["/srv/app", "/home/me/my project", "/tmp/a~b", "/srv/100%/x", "/data/日本"])("%j survives the router's own decoding of the whole path", (dir) => {
    const url = new URL(`http://portal.test${links.session("alpha", dir, "ses_1")}`)
    const segment = url.pathname.split("/")[4] ?? ""
    expect(decodeDirectory(segment)).toBe(dir)
    expect(segment).not.toContain("/")
  })

  it.each(["%E0%A4%A", "%"])("refuses a broken segment %j", (segment) => {
    expect(decodeDirectory(segment)).toBeUndefined()
  })
})

describe("links", () => {
  it.each([
    ["servers", links.servers(), "/servers"],
    ["server", links.server("alpha"), "/s/alpha"],
    ["directory", links.directory("alpha", "/srv/app"), "/s/alpha/d/~srv~app"],
    ["session", links.session("alpha", "/srv/app", "ses_1"), "/s/alpha/d/~srv~app/session/ses_1"],
    ["server with URL", links.serverWithUrl("alpha", "http://a.example.com:4000/x?y"), "/s/alpha?url=http%3A%2F%2Fa.example.com%3A4000%2Fx%3Fy"],
    ["odd ids are escaped", links.server("a/b"), "/s/a%2Fb"],
    ["add a server", links.addServer("beta", "http://b.example:4000/?x"), "/servers?add=http%3A%2F%2Fb.example%3A4000%2F%3Fx&id=beta"],
  ])("%s", (_label, actual, expected) => {
    expect(actual).toBe(expected)
  })
})

describe("file links", () => {
  it("builds file, tree and changes links under the directory", () => {
    expect(links.files("alpha", "/srv/app")).toBe("/s/alpha/d/~srv~app/file")
    expect(links.file("alpha", "/srv/app", "src/a b#1.ts")).toBe("/s/alpha/d/~srv~app/file/src/a%20b%231.ts")
    expect(links.changes("alpha", "/srv/app")).toBe("/s/alpha/d/~srv~app/changes")
    expect(links.changes("alpha", "/srv/app", "ses_1")).toBe("/s/alpha/d/~srv~app/changes?session=ses_1")
  })
})
