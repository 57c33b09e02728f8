// @vitest-environment node
import { describe, expect, it } from "vitest"
import { callsServersAtOnce, pathSegments, patternPrefix } from "./route-match"

describe("patternPrefix", () => {
  it.each<[string, string[], number | undefined]>([
    ["/", [], 0],
    ["/", ["servers"], 0],
    ["/servers", ["servers"], 1],
    ["/servers", ["all"], undefined],
    ["/servers", [], undefined],
    ["/s/:serverId", ["s", "alpha", "d", "x"], 2],
    ["/s/:serverId", ["s"], undefined],
    ["/d/:dir", ["d", "L3dvcms"], 2],
    ["/session/:sessionId", ["session", "ses_1"], 2],
    ["/file/*path", ["file", "src", "app.ts"], 3],
    ["/file/*path", ["file"], 1],
    ["*rest", ["anything", "here"], 2],
  ])("%s over %j takes %s", (pattern, segments, taken) => {
    expect(patternPrefix(pattern, segments)).toBe(taken)
  })
})

describe("pathSegments", () => {
  it.each<[string, string, string[]]>([
    ["/all", "/", ["all"]],
    ["/", "/", []],
    ["/s/alpha/d/L3c/session/ses_1", "/", ["s", "alpha", "d", "L3c", "session", "ses_1"]],
    ["/portal/servers", "/portal/", ["servers"]],
    ["/portal/servers", "/portal", ["servers"]],
    ["/portal", "/portal/", ["portal"]],
  ])("%s below %s", (pathname, base, segments) => {
    expect(pathSegments(pathname, base)).toEqual(segments)
  })
})

describe("callsServersAtOnce", () => {
  it.each<[string[], boolean]>([
    [["all"], true],
    [["panes"], true],
    [["s", "alpha"], true],
    [["s", "alpha", "d", "L3c", "session", "ses_1"], true],
    [["servers"], false],
    [[], false],
    [["sessions"], false],
    [["nowhere"], false],
  ])("%j: %s", (segments, calls) => {
    expect(callsServersAtOnce(segments)).toBe(calls)
  })
})
