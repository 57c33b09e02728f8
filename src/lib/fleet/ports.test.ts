// @vitest-environment node
import { describe, expect, it } from "vitest"
import { candidateUrl, DEFAULT_PORTS, MAX_SCAN_PORTS, parsePorts } from "./ports"

describe("parsePorts", () => {
  it.each<[string, number[]]>([
    ["4096", [4096]],
    ["4000-4002, 4096", [4000, 4001, 4002, 4096]],
    ["4000 4001,4002", [4000, 4001, 4002]],
    [" 4001 , 4000-4001 ", [4001, 4000]],
    ["1, 65535", [1, 65535]],
    ["5-5", [5]],
  ])("%j → %j", (input, ports) => {
    expect(parsePorts(input)).toEqual({ ok: true, ports })
  })

  it.each<[string, string]>([
    ["", "Give at least one port, e.g. 4096 or 4000-4010."],
    [" , ", "Give at least one port, e.g. 4096 or 4000-4010."],
    ["abc", `"abc" is not a port or a range like 4000-4010.`],
    ["4000-", `"4000-" is not a port or a range like 4000-4010.`],
    ["-4000", `"-4000" is not a port or a range like 4000-4010.`],
    ["0", "0 is not a port (1 to 65535)."],
    ["65536", "65536 is not a port (1 to 65535)."],
    ["4010-4000", "The range 4010-4000 runs backwards."],
    ["1-65535", `That is too many ports; scan at most ${MAX_SCAN_PORTS} at once.`],
    ["1-200, 300-400", `That is too many ports; scan at most ${MAX_SCAN_PORTS} at once.`],
  ])("refuses %j", (input, error) => {
    expect(parsePorts(input)).toEqual({ ok: false, error })
  })

  it("caps by the given maximum, counting repeats once", () => {
    expect(parsePorts("1-3, 1-3", 3)).toEqual({ ok: true, ports: [1, 2, 3] })
    expect(parsePorts("1-3, 4", 3).ok).toBe(false)
  })

  it("reads the default list", () => {
    const result = parsePorts(DEFAULT_PORTS)
    expect(result.ok && result.ports.length).toBe(21)
  })
})

describe("candidateUrl", () => {
  it.each<[string, number, string]>([
    ["localhost", 4096, "http://localhost:4096"],
    [" 127.0.0.1 ", 4000, "http://127.0.0.1:4000"],
    ["https://box.tailnet.ts.net/", 443, "https://box.tailnet.ts.net:443"],
    ["HTTP://host", 1, "HTTP://host:1"],
  ])("%j %d → %s", (host, port, url) => {
    expect(candidateUrl(host, port)).toBe(url)
  })
})
