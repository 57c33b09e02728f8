import { describe, expect, it } from "vitest"
import { ptySocketUrl, toWebSocketUrl } from "./ws-url"

describe("toWebSocketUrl", () => {
  it.each([
    ["http becomes ws", "http://127.0.0.1:4001", "ws://127.0.0.1:4001"],
    ["https becomes wss", "https://box.tail1.ts.net", "wss://box.tail1.ts.net"],
    ["a base path is kept", "https://example.com/opencode", "wss://example.com/opencode"],
    ["a nested base path is kept", "http://example.com:8080/team/alpha", "ws://example.com:8080/team/alpha"],
    ["a trailing slash is dropped", "http://localhost:4001/", "ws://localhost:4001"],
    ["query and hash are dropped", "http://localhost:4001/x?y=1#z", "ws://localhost:4001/x"],
    ["IPv6 host", "http://[::1]:4001", "ws://[::1]:4001"],
    ["default https port stays implicit", "https://example.com:443/", "wss://example.com"],
  ])("%s", (_label, input, expected) => {
    expect(toWebSocketUrl(input)).toBe(expected)
  })

  it.each([
    ["ftp", "ftp://example.com", "Only http:// and https:// servers have a WebSocket address (got ftp:)."],
    ["not a URL", "nope", "Invalid URL"],
  ])("refuses %s", (_label, input, message) => {
    expect(() => toWebSocketUrl(input)).toThrow(message)
  })
})

describe("ptySocketUrl", () => {
  it.each([
    [
      "ticket and directory, no cursor",
      ["http://127.0.0.1:4001", "pty_1", { ticket: "t-1", directory: "/srv/ws" }],
      "ws://127.0.0.1:4001/pty/pty_1/connect?ticket=t-1&directory=%2Fsrv%2Fws",
    ],
    [
      "with a cursor",
      ["https://example.com/oc", "pty_2", { ticket: "t", directory: "/a b", cursor: 98 }],
      "wss://example.com/oc/pty/pty_2/connect?ticket=t&directory=%2Fa+b&cursor=98",
    ],
    [
      "cursor 0 is sent",
      ["http://h:1", "p", { ticket: "t", directory: "/d", cursor: 0 }],
      "ws://h:1/pty/p/connect?ticket=t&directory=%2Fd&cursor=0",
    ],
    [
      "odd characters in the id and directory are encoded",
      ["http://h:1", "a/b", { ticket: "t&x", directory: "/d?e#f" }],
      "ws://h:1/pty/a%2Fb/connect?ticket=t%26x&directory=%2Fd%3Fe%23f",
    ],
  ] as const)("%s", (_label, [server, id, params], expected) => {
    expect(ptySocketUrl(server, id, params)).toBe(expected)
  })
})
