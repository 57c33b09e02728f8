// @vitest-environment node
import { describe, expect, it } from "vitest"
import { replyChunks, replyCompletion, splitArguments, splitWords, sseLine, type ChunkContext } from "../../e2e/support/mock-llm-chunks"

const ctx: ChunkContext = { id: "chatcmpl-mock-1", model: "mock-model", created: 1, callId: "call_mock_7", promptTokens: 10 }

describe("splitWords", () => {
  it.each([
    ["MOCK REPLY: hello world", ["MOCK ", "REPLY: ", "hello ", "world"]],
    ["# T\n\n- a\n", ["# ", "T\n\n", "- ", "a\n"]],
    ["  lead", ["  lead"]],
    ["", []],
  ])("%j", (text, words) => {
    expect(splitWords(text)).toEqual(words)
    expect(splitWords(text).join("")).toBe(text)
  })
})

describe("splitArguments", () => {
  it.each([
    ['{"command":"echo hi"}', 3],
    ["{}", 2],
    ["", 0],
  ])("%j splits into %i pieces that join back", (args, count) => {
    expect(splitArguments(args)).toHaveLength(count)
    expect(splitArguments(args).join("")).toBe(args)
  })
})

describe("replyChunks", () => {
  it("streams a text reply one word per chunk, then stop and usage", () => {
    const chunks = replyChunks({ kind: "text", turn: "reply", text: "MOCK REPLY: hi", delayMs: 0 }, ctx)
    expect(chunks.map((c) => c.choices[0]?.delta.content)).toEqual(["", "MOCK ", "REPLY: ", "hi", undefined, undefined])
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe("stop")
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 10, completion_tokens: 3, total_tokens: 13 } })
    expect(chunks.every((c) => c.object === "chat.completion.chunk" && c.id === ctx.id)).toBe(true)
  })

  it("streams a tool call as an opening delta and argument pieces, finishing with tool_calls", () => {
    const args = '{"command":"echo hi"}'
    const chunks = replyChunks({ kind: "tool", name: "bash", args, delayMs: 0 }, ctx)
    expect(chunks[0]?.choices[0]?.delta).toEqual({
      role: "assistant",
      content: null,
      tool_calls: [{ index: 0, id: "call_mock_7", type: "function", function: { name: "bash", arguments: "" } }],
    })
    const pieces = chunks.slice(1, -2).map((c) => c.choices[0]?.delta.tool_calls)
    expect(pieces).toEqual(splitArguments(args).map((piece) => [{ index: 0, function: { arguments: piece } }]))
    expect(pieces).toHaveLength(3)
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe("tool_calls")
  })
})

describe("replyCompletion", () => {
  it("answers non-streaming tool calls in one message", () => {
    expect(replyCompletion({ kind: "tool", name: "read", args: "{}", delayMs: 0 }, ctx)).toMatchObject({
      object: "chat.completion",
      choices: [{ finish_reason: "tool_calls", message: { tool_calls: [{ id: "call_mock_7", function: { name: "read" } }] } }],
    })
  })
})

describe("sseLine", () => {
  it.each([
    ["[DONE]", "data: [DONE]\n\n"],
    [{ a: 1 }, 'data: {"a":1}\n\n'],
  ])("%j", (data, line) => {
    expect(sseLine(data)).toBe(line)
  })
})
