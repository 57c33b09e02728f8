// @vitest-environment node
import { describe, expect, it } from "vitest"
import type { PermissionRule } from "../model"
import { autoAcceptRule, autoAcceptsEdits } from "./auto-accept"

const rule = (permission: string, action: PermissionRule["action"], pattern = "*"): PermissionRule => ({ permission, pattern, action })

describe("autoAcceptsEdits", () => {
  it.each([
    ["no session", undefined, false],
    ["no rules", { permission: [] }, false],
    ["an edit allow", { permission: [rule("edit", "allow")] }, true],
    ["allow, then ask (turned off): the last wins", { permission: [rule("edit", "allow"), rule("edit", "ask")] }, false],
    ["ask, then allow", { permission: [rule("edit", "ask"), rule("edit", "allow")] }, true],
    ["a bash allow is not about edits", { permission: [rule("bash", "allow")] }, false],
    ["an allow for one path only", { permission: [rule("edit", "allow", "src/*")] }, false],
  ])("%s", (_name, session, expected) => expect(autoAcceptsEdits(session)).toBe(expected))

  it("the rule to append turns it on and off", () => {
    expect(autoAcceptsEdits({ permission: [autoAcceptRule(true)] })).toBe(true)
    expect(autoAcceptsEdits({ permission: [autoAcceptRule(true), autoAcceptRule(false)] })).toBe(false)
  })
})
