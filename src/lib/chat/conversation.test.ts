// @vitest-environment node
import { describe, expect, it } from "vitest"
import type { Message, Part } from "../model"
import { forkPoint, newestAssistantId, promptText, revertedCount, shownMessages } from "./conversation"

const user = (id: string): Message => ({ id, sessionID: "s", role: "user", time: { created: 1 } })
const reply = (id: string): Message => ({ id, sessionID: "s", role: "assistant", time: { created: 1 } })
const log = [user("msg_1"), reply("msg_2"), user("msg_3"), reply("msg_4")]
const text = (text: string, extra: Partial<{ synthetic: boolean; ignored: boolean }> = {}): Part => ({ id: `p_${text}`, sessionID: "s", messageID: "m", type: "text", text, ...extra })

describe("shownMessages", () => {
  it.each([
    ["no revert", undefined, ["msg_1", "msg_2", "msg_3", "msg_4"]],
    ["reverted to the second prompt", { messageID: "msg_3" }, ["msg_1", "msg_2"]],
    ["reverted to the first prompt", { messageID: "msg_1" }, []],
    ["revert point not loaded (older than the page)", { messageID: "msg_0" }, []],
    ["revert point after everything loaded", { messageID: "msg_9" }, ["msg_1", "msg_2", "msg_3", "msg_4"]],
  ])("%s", (_name, revert, ids) => {
    expect(shownMessages(log, revert).map((m) => m.id)).toEqual(ids)
  })

  it("counts what a revert hides", () => {
    expect(revertedCount(log, { messageID: "msg_3" })).toBe(2)
    expect(revertedCount(log, undefined)).toBe(0)
  })
})

describe("newestAssistantId", () => {
  it.each([
    ["last is a reply", log, "msg_4"],
    ["last is a prompt", log.slice(0, 3), "msg_2"],
    ["no reply yet", [user("msg_1")], undefined],
    ["empty", [], undefined],
  ])("%s", (_name, messages, id) => expect(newestAssistantId(messages)).toBe(id))
})

describe("promptText", () => {
  it.each([
    ["one part", [text("fix the bug")], "fix the bug"],
    ["several parts, joined by lines", [text("one"), text("two")], "one\ntwo"],
    ["synthetic and ignored parts are left out", [text("typed"), text("added by the server", { synthetic: true }), text("old", { ignored: true })], "typed"],
    ["no text", [], ""],
  ])("%s", (_name, parts, expected) => expect(promptText(parts)).toBe(expected))
})

describe("forkPoint", () => {
  it.each([
    ["a prompt keeps itself: cut at its reply", "msg_1", "msg_2"],
    ["a reply keeps itself: cut at the next prompt", "msg_2", "msg_3"],
    ["the last message: copy everything", "msg_4", undefined],
    ["unknown: copy everything", "msg_9", undefined],
  ])("%s", (_name, id, cut) => expect(forkPoint(log, id)).toBe(cut))
})
