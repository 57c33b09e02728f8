// @vitest-environment node
import { describe, expect, it } from "vitest"
import { serversFromEnv } from "./env-servers"

describe("serversFromEnv", () => {
  it.each([
    ["nothing set", {}, []],
    ["unrelated variables only", { PATH: "/bin", OPENCODE_SERVER_PASSWORD: "x" }, []],
    ["the single server", { OPENCODE_SERVER_URL: " http://one:4000 " }, [{ name: "OpenCode", url: "http://one:4000" }]],
    ["a blank single server is skipped", { OPENCODE_SERVER_URL: "   " }, []],
    [
      "numbered servers in numeric order (1, 2, 10), not text order",
      { OPENCODE_SERVER_10_URL: "http://ten", OPENCODE_SERVER_2_URL: "http://two", OPENCODE_SERVER_1_URL: "http://one" },
      [
        { name: "Server 1", url: "http://one" },
        { name: "Server 2", url: "http://two" },
        { name: "Server 10", url: "http://ten" },
      ],
    ],
    [
      "the single server comes first",
      { OPENCODE_SERVER_1_URL: "http://one", OPENCODE_SERVER_URL: "http://main" },
      [
        { name: "OpenCode", url: "http://main" },
        { name: "Server 1", url: "http://one" },
      ],
    ],
    [
      "names and colors are trimmed; a blank name gets the default",
      { OPENCODE_SERVER_3_URL: "http://three", OPENCODE_SERVER_3_NAME: "  Three ", OPENCODE_SERVER_3_COLOR: " #db2777 ", OPENCODE_SERVER_4_URL: "http://four", OPENCODE_SERVER_4_NAME: "  " },
      [
        { name: "Three", url: "http://three", color: "#db2777" },
        { name: "Server 4", url: "http://four" },
      ],
    ],
    [
      "a number without a URL is skipped (name/color alone mean nothing)",
      { OPENCODE_SERVER_5_NAME: "No URL", OPENCODE_SERVER_5_COLOR: "#000000", OPENCODE_SERVER_6_URL: " ", OPENCODE_SERVER_7_URL: "http://seven" },
      [{ name: "Server 7", url: "http://seven" }],
    ],
    ["gaps are allowed", { OPENCODE_SERVER_9_URL: "http://nine" }, [{ name: "Server 9", url: "http://nine" }]],
    ["the same number written twice counts once", { OPENCODE_SERVER_1_URL: "http://one", OPENCODE_SERVER_01_URL: "http://zero-one" }, [{ name: "Server 1", url: "http://one" }]],
    ["lowercase names are not read", { opencode_server_1_url: "http://one" }, []],
    ["a non-number N is not read", { OPENCODE_SERVER_X_URL: "http://x" }, []],
  ])("%s", (_label, env, expected) => {
    expect(serversFromEnv(env)).toEqual(expected)
  })

  it("leaves URL validation to the registry: whatever is set is passed on", () => {
    expect(serversFromEnv({ OPENCODE_SERVER_1_URL: "javascript:alert(1)" })).toEqual([{ name: "Server 1", url: "javascript:alert(1)" }])
  })
})
