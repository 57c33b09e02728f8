// @vitest-environment node
import { describe, expect, it } from "vitest"
import {
  MARKDOWN_REPLY,
  TITLE_REPLY,
  contentText,
  findToolMarker,
  planReply,
  stripMarkers,
  type MockPlan,
} from "../../e2e/support/mock-llm-plan"

type Message = Record<string, unknown>

const system = (content: unknown): Message => ({ role: "system", content })
const user = (content: unknown): Message => ({ role: "user", content })
const body = (...messages: Message[]): Record<string, unknown> => ({ model: "mock-model", stream: true, messages })
const agent = system("You are opencode, an interactive CLI tool.")

describe("planReply", () => {
  const cases: { name: string; body: unknown; plan: MockPlan }[] = [
    {
      name: "echoes the last user text word for word",
      body: body(agent, user("first"), { role: "assistant", content: "x" }, user("hello world")),
      plan: { kind: "text", turn: "reply", text: "MOCK REPLY: hello world", delayMs: 0 },
    },
    {
      name: "reads array content",
      body: body(agent, user([{ type: "text", text: "from parts" }, { type: "image_url", image_url: {} }])),
      plan: { kind: "text", turn: "reply", text: "MOCK REPLY: from parts", delayMs: 0 },
    },
    {
      name: "answers the title generator with a fixed title, ignoring markers",
      body: body(system("You are a title generator. You output ONLY a thread title."), user("[[error:500]] hi")),
      plan: { kind: "text", turn: "title", text: TITLE_REPLY, delayMs: 0 },
    },
    {
      name: "slow marker sets the delay and leaves the reply text",
      body: body(agent, user("take [[slow:250]] your time")),
      plan: { kind: "text", turn: "reply", text: "MOCK REPLY: take your time", delayMs: 250 },
    },
    {
      name: "slow marker is capped",
      body: body(agent, user("[[slow:99999999]]")),
      plan: { kind: "text", turn: "reply", text: "MOCK REPLY:", delayMs: 60_000 },
    },
    {
      name: "error marker gives the HTTP status",
      body: body(agent, user("fail [[error:429]] please")),
      plan: { kind: "error", status: 429, message: "mock error 429" },
    },
    {
      name: "error marker outside 400-599 is plain text",
      body: body(agent, user("[[error:200]]")),
      plan: { kind: "text", turn: "reply", text: "MOCK REPLY:", delayMs: 0 },
    },
    {
      name: "tool marker gives a tool call with compact JSON arguments",
      body: body(agent, user('run [[tool:bash { "command": "echo hi" }]] [[slow:5]]')),
      plan: { kind: "tool", name: "bash", args: '{"command":"echo hi"}', delayMs: 5 },
    },
    {
      name: "tool marker without JSON sends empty arguments",
      body: body(agent, user("[[tool:todoread]]")),
      plan: { kind: "tool", name: "todoread", args: "{}", delayMs: 0 },
    },
    {
      name: "a tool result names the tool and its first output line",
      body: body(
        agent,
        user('[[tool:bash {"command":"ls"}]]'),
        { role: "assistant", content: "", tool_calls: [{ id: "call_mock_1", type: "function", function: { name: "bash", arguments: "{}" } }] },
        { role: "tool", tool_call_id: "call_mock_1", content: "\n  a.txt\nb.txt\n" },
      ),
      plan: { kind: "text", turn: "tool-result", text: "MOCK TOOL RESULT bash: a.txt", delayMs: 0 },
    },
    {
      name: "a tool result for an unknown call id still answers",
      body: body(agent, user("x"), { role: "tool", tool_call_id: "call_zzz", content: [{ type: "text", text: "out" }] }),
      plan: { kind: "text", turn: "tool-result", text: "MOCK TOOL RESULT unknown: out", delayMs: 0 },
    },
    {
      name: "long marker gives N numbered words",
      body: body(agent, user("[[long:3]]")),
      plan: { kind: "text", turn: "long", text: "word1 word2 word3", delayMs: 0 },
    },
    {
      name: "markdown marker gives the markdown sample",
      body: body(agent, user("show [[markdown]]")),
      plan: { kind: "text", turn: "markdown", text: MARKDOWN_REPLY, delayMs: 0 },
    },
    {
      name: "a body that is not a chat request still gets an answer",
      body: "garbage",
      plan: { kind: "text", turn: "reply", text: "MOCK REPLY:", delayMs: 0 },
    },
  ]
  it.each(cases)("$name", ({ body: input, plan }) => {
    expect(planReply(input)).toEqual(plan)
  })
})

describe("findToolMarker", () => {
  it.each([
    { text: '[[tool:a {"x":[[1]]}]]', name: "a", args: '{"x":[[1]]}' },
    { text: '[[tool:my_tool.v2-x {"s":"]]"}]] tail', name: "my_tool.v2-x", args: '{"s":"]]"}' },
  ])("parses $text", ({ text, name, args }) => {
    expect(findToolMarker(text)).toMatchObject({ name, args })
  })
  it.each(["[[tool:a {broken]]", "[[tool:a [1,2]]]", "no marker", "[[tool: {}]]"])("rejects %s", (text) => {
    expect(findToolMarker(text)).toBeUndefined()
  })
})

describe("stripMarkers", () => {
  it.each([
    ["a [[slow:10]] b [[markdown]] c", "a b c"],
    ['x [[tool:bash {"c":1}]] y', "x y"],
    ["  spaced\n\nout  ", "spaced out"],
  ])("%j → %j", (input, output) => {
    expect(stripMarkers(input)).toBe(output)
  })
})

describe("contentText", () => {
  it.each([
    ["plain", "plain"],
    [[{ type: "text", text: "a" }, { type: "text", text: "b" }], "a\nb"],
    [null, ""],
    [42, ""],
  ])("%j → %j", (input, output) => {
    expect(contentText(input)).toBe(output)
  })
})
