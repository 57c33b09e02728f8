// @vitest-environment node
import { describe, expect, it } from "vitest"
import { isLocalHost, isMixedContent, normalizeServerUrl, sameServerUrl } from "./url"

describe("normalizeServerUrl accepts and normalizes", () => {
  it.each([
    ["adds http:// when the scheme is missing", "example.com", "http://example.com"],
    ["host:port without scheme", "localhost:4001", "http://localhost:4001"],
    ["host:port with a trailing slash", "localhost:4001/", "http://localhost:4001"],
    ["IPv4 with port", "127.0.0.1:4001", "http://127.0.0.1:4001"],
    ["IPv6 loopback with port", "[::1]:4001", "http://[::1]:4001"],
    ["IPv6 with scheme", "http://[::1]:4001/", "http://[::1]:4001"],
    ["several trailing slashes", "http://example.com:4000///", "http://example.com:4000"],
    ["path prefix kept", "https://example.com/opencode/", "https://example.com/opencode"],
    ["nested path prefix kept, case preserved", "https://example.com/Team/Alpha//", "https://example.com/Team/Alpha"],
    ["query dropped", "http://example.com:4000/?token=abc", "http://example.com:4000"],
    ["hash dropped", "http://example.com:4000/#frag", "http://example.com:4000"],
    ["query and hash dropped after a path", "http://example.com/x/?a=1#b", "http://example.com/x"],
    ["surrounding spaces trimmed", "   http://example.com:4000  ", "http://example.com:4000"],
    ["uppercase scheme and host lowered", "HTTP://EXAMPLE.COM:4000/Path", "http://example.com:4000/Path"],
    ["https default port dropped", "https://example.com:443/", "https://example.com"],
    ["http default port dropped", "http://example.com:80", "http://example.com"],
    ["tailnet name", "my-box.tail1234.ts.net:4096", "http://my-box.tail1234.ts.net:4096"],
    ["bare localhost", "localhost", "http://localhost"],
  ])("%s: %j", (_label, input, expected) => {
    expect(normalizeServerUrl(input)).toEqual({ ok: true, url: expected })
  })
})

describe("normalizeServerUrl refuses", () => {
  it.each([
    ["empty", "", "URL is required."],
    ["only spaces", "   ", "URL is required."],
    ["javascript:", "javascript:alert(1)", "Only http:// and https:// URLs are allowed (got javascript:)."],
    ["JAVASCRIPT: uppercase", "JavaScript:alert(1)", "Only http:// and https:// URLs are allowed (got javascript:)."],
    ["ftp://", "ftp://example.com", "Only http:// and https:// URLs are allowed (got ftp:)."],
    ["data:", "data:text/html,<script>alert(1)</script>", "Only http:// and https:// URLs are allowed (got data:)."],
    ["file:", "file:///etc/passwd", "Only http:// and https:// URLs are allowed (got file:)."],
    ["ws:", "ws://localhost:4000", "Only http:// and https:// URLs are allowed (got ws:)."],
    ["space inside the host", "local host:4000", `"local host:4000" is not a valid URL.`],
    ["words with spaces", "not a url", `"not a url" is not a valid URL.`],
    ["a space in the path", "http://example.com/a b", `"http://example.com/a b" is not a valid URL.`],
    ["a percent-encoded host", "http://not%20a%20url", `"http://not%20a%20url" is not a valid URL.`],
    ["scheme without host", "http://", `"http://" is not a valid URL.`],
    ["credentials in the URL", "http://opencode:secret@example.com:4000", "Put the username and password in their own fields, not in the URL."],
    ["username only in the URL", "https://me@example.com", "Put the username and password in their own fields, not in the URL."],
  ])("%s: %j", (_label, input, error) => {
    expect(normalizeServerUrl(input)).toEqual({ ok: false, error })
  })

  it("never echoes a password typed into the URL in its message", () => {
    const result = normalizeServerUrl("http://opencode:hunter2@example.com")
    expect(result.ok).toBe(false)
    expect(JSON.stringify(result)).not.toContain("hunter2")
  })
})

describe("isLocalHost", () => {
  it.each([
    ["http://localhost:4000", true],
    ["http://LOCALHOST:4000", true],
    ["http://127.0.0.1:4000", true],
    ["http://[::1]:4000", true],
    ["https://localhost", true],
    ["http://example.com", false],
    ["http://192.168.1.10:4000", false],
    ["http://100.64.0.1:4000", false],
    ["http://127.0.0.2:4000", true],
    ["http://box.localhost:4000", true],
    ["http://localhost.example.com", false],
    ["http://127.0.0.1.example.com", false],
    ["http://128.0.0.1", false],
    ["http://[::2]:4000", false],
    ["not a url", false],
    ["", false],
  ])("%j → %s", (url, expected) => {
    expect(isLocalHost(url)).toBe(expected)
  })
})

describe("isMixedContent", () => {
  it.each([
    ["https page, plain-http remote server", "https://portal.example.com", "http://box.example.com:4000", true],
    ["https page, plain-http tailnet IP", "https://portal.example.com", "http://100.64.0.1:4000", true],
    ["https page, https server", "https://portal.example.com", "https://box.example.com", false],
    ["https page, http localhost (browsers allow loopback)", "https://portal.example.com", "http://localhost:4000", false],
    ["https page, http 127.0.0.1", "https://portal.example.com", "http://127.0.0.1:4000", false],
    ["https page, http [::1]", "https://portal.example.com", "http://[::1]:4000", false],
    ["https page, http elsewhere in 127/8", "https://portal.example.com", "http://127.0.0.2:4000", false],
    ["http page, http server", "http://portal.example.com", "http://box.example.com:4000", false],
    ["http page, https server", "http://localhost:5173", "https://box.example.com", false],
  ])("%s", (_label, page, server, expected) => {
    expect(isMixedContent(page, server)).toBe(expected)
  })
})

describe("sameServerUrl", () => {
  it.each([
    ["identical", "http://a.example.com:4000", "http://a.example.com:4000", true],
    ["host differs in case", "http://A.example.com:4000", "http://a.example.com:4000", true],
    ["scheme differs in case", "HTTP://a.example.com", "http://a.example.com", true],
    ["different port", "http://a.example.com:4000", "http://a.example.com:4001", false],
    ["different scheme", "http://a.example.com", "https://a.example.com", false],
    ["path differs only in case (paths are case-sensitive)", "http://a.example.com/Team", "http://a.example.com/team", false],
    ["different path", "http://a.example.com/one", "http://a.example.com/two", false],
  ])("%s", (_label, a, b, expected) => {
    expect(sameServerUrl(a, b)).toBe(expected)
  })
})
