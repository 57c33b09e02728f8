// @vitest-environment node
import { describe, expect, it } from "vitest"
import { makeServer } from "../../../tests/builders/server"
import { groupNames, groupServers, hasGroups, normalizeGroup } from "./groups"

const dev1 = makeServer("dev1", { group: "dev" })
const dev2 = makeServer("dev2", { group: "Dev" })
const prod = makeServer("prod", { group: "prod" })
const loose = makeServer("loose")

describe("normalizeGroup", () => {
  it.each<[unknown, string | undefined]>([
    ["dev", "dev"],
    ["  staging  ", "staging"],
    ["eu   west", "eu west"],
    ["", undefined],
    ["   ", undefined],
    ["x".repeat(41), undefined],
    ["x".repeat(40), "x".repeat(40)],
    [5, undefined],
    [undefined, undefined],
  ])("%j → %j", (value, expected) => {
    expect(normalizeGroup(value)).toBe(expected)
  })
})

describe("groupServers", () => {
  it.each<[string, ReturnType<typeof makeServer>[], [string, string[]][]]>([
    ["nothing", [], []],
    ["only ungrouped", [loose], [["Ungrouped", ["loose"]]]],
    ["sorted groups, ungrouped last", [loose, prod, dev1], [["dev", ["dev1"]], ["prod", ["prod"]], ["Ungrouped", ["loose"]]]],
    ["case differences are one group, named by the first", [dev1, dev2], [["dev", ["dev1", "dev2"]]]],
    ["registry order within a group", [dev2, prod, dev1], [["Dev", ["dev2", "dev1"]], ["prod", ["prod"]]]],
  ])("%s", (_label, servers, expected) => {
    expect(groupServers(servers).map((g) => [g.label, g.servers.map((s) => s.id)])).toEqual(expected)
  })

  it("names the ungrouped heading with no group name", () => {
    expect(groupServers([loose])[0]?.name).toBeUndefined()
  })
})

describe("groupNames and hasGroups", () => {
  it.each<[string, ReturnType<typeof makeServer>[], string[], boolean]>([
    ["none", [loose], [], false],
    ["sorted and unique", [prod, dev1, dev2, loose], ["dev", "prod"], true],
  ])("%s", (_label, servers, names, any) => {
    expect(groupNames(servers)).toEqual(names)
    expect(hasGroups(servers)).toBe(any)
  })
})
