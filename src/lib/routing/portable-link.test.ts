// @vitest-environment node
import { describe, expect, it } from "vitest"
import { links } from "./links"
import { addServerHref, hasLinkedServer, portableLink, readAddRequest, readLinkedServer, withoutLinkedServer } from "./portable-link"

const alpha = { url: "http://127.0.0.1:4001", name: "Alpha & Co", color: "#2563eb" }

describe("portableLink", () => {
  it.each([
    ["a server home", "https://portal.example/s/alpha", "https://portal.example/s/alpha?url=http%3A%2F%2F127.0.0.1%3A4001&name=Alpha+%26+Co&color=%232563eb"],
    [
      "a view with its own query and a hash",
      "https://portal.example/s/alpha/d/~srv/changes?session=ses_1#x",
      "https://portal.example/s/alpha/d/~srv/changes?session=ses_1&url=http%3A%2F%2F127.0.0.1%3A4001&name=Alpha+%26+Co&color=%232563eb",
    ],
    ["a link that already names a server", "https://portal.example/s/alpha?url=http%3A%2F%2Fold&name=Old", "https://portal.example/s/alpha?url=http%3A%2F%2F127.0.0.1%3A4001&name=Alpha+%26+Co&color=%232563eb"],
  ])("%s", (_label, page, expected) => {
    expect(portableLink(page, alpha)).toBe(expected)
  })

  it("reads back what it wrote", () => {
    expect(readLinkedServer(new URL(portableLink("https://p.example/s/alpha", alpha)).search)).toEqual(alpha)
  })
})

describe("readLinkedServer", () => {
  it.each<[string, ReturnType<typeof readLinkedServer>]>([
    ["", undefined],
    ["?name=Alpha", undefined],
    ["?url=javascript%3Aalert(1)", undefined],
    ["?url=localhost%3A4001", { url: "http://localhost:4001" }],
    ["?url=http%3A%2F%2Fa.example&name=%20A%20&color=%23ABCDEF", { url: "http://a.example", name: "A", color: "#abcdef" }],
    ["?url=http%3A%2F%2Fa.example&name=&color=red", { url: "http://a.example" }],
  ])("%j", (search, expected) => {
    expect(readLinkedServer(search)).toEqual(expected)
  })
})

describe("withoutLinkedServer / hasLinkedServer", () => {
  it.each([
    ["", "", false],
    ["?session=ses_1", "?session=ses_1", false],
    ["?url=x&name=y&color=z", "", true],
    ["?session=ses_1&url=x", "?session=ses_1", true],
  ])("%j → %j", (search, rest, has) => {
    expect(withoutLinkedServer(search)).toBe(rest)
    expect(hasLinkedServer(search)).toBe(has)
  })
})

describe("addServerHref / readAddRequest", () => {
  it("round-trips the linked server and the view to open", () => {
    const then = `${links.session("alpha", "/srv/app", "ses_1")}`
    const href = addServerHref("/servers", "alpha", alpha, then)
    expect(href.startsWith("/servers?add=")).toBe(true)
    expect(href).not.toContain("password")
    expect(readAddRequest(new URL(href, "https://p.example").search, links.server)).toEqual({ initial: { ...alpha, id: "alpha" }, then })
  })

  it.each<[string, string, string | undefined]>([
    ["its own view", "/s/alpha/d/~srv", "/s/alpha/d/~srv"],
    ["its home", "/s/alpha", "/s/alpha"],
    ["another server", "/s/beta", undefined],
    ["a server whose id only starts the same", "/s/alphabet", undefined],
    ["somewhere else", "https://evil.example/", undefined],
  ])("then: %s", (_label, then, expected) => {
    expect(readAddRequest(`?add=http%3A%2F%2Fa&id=alpha&then=${encodeURIComponent(then)}`, links.server)?.then).toBe(expected)
  })

  it("names the server after its id when the link has no name, and ignores a bad color", () => {
    expect(readAddRequest("?add=http%3A%2F%2Fa&id=alpha&color=blue", links.server)).toEqual({ initial: { url: "http://a", id: "alpha", name: "alpha" } })
    expect(readAddRequest("?id=alpha", links.server)).toBeUndefined()
  })
})
