// @vitest-environment node
import { describe, expect, it } from "vitest"
import { errorText } from "./error-text"

describe("errorText", () => {
  const cases: { name: string; err: unknown; expected: string }[] = [
    { name: "an Error", err: new Error("boom"), expected: "boom" },
    { name: "a DOMException", err: new DOMException("quota exceeded", "QuotaExceededError"), expected: "quota exceeded" },
    { name: "a message object", err: { message: "from elsewhere" }, expected: "from elsewhere" },
    { name: "an empty message", err: new Error(""), expected: "Error" },
    { name: "a string", err: "plain", expected: "plain" },
    { name: "undefined", err: undefined, expected: "undefined" },
  ]
  it.each(cases)("$name", ({ err, expected }) => expect(errorText(err)).toBe(expected))
})
