import { describe, expect, it } from "vitest"
import { NOTHING_TYPED, typeAhead, type TypedAhead } from "./type-ahead"

const key = (k: string, over: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, ...over })
const typed = (text: string, over: Partial<TypedAhead> = {}): TypedAhead => ({ ...NOTHING_TYPED, text, ...over })

describe("typeAhead", () => {
  it.each([
    ["a letter is added", typed("th"), key("e"), typed("the")],
    ["a capital and a space are text", typed("a"), key("B"), typed("aB")],
    ["a space is text", typed("go"), key(" "), typed("go ")],
    ["an accented letter is one character", typed(""), key("é"), typed("é")],
    ["Backspace takes the last character", typed("thx"), key("Backspace"), typed("th")],
    ["Backspace on nothing stays nothing", typed(""), key("Backspace"), typed("")],
    ["Enter asks to run the first match", typed("theme"), key("Enter"), typed("theme", { enter: true })],
    ["Escape cancels", typed("the"), key("Escape"), typed("the", { cancelled: true })],
    ["after Enter, keys change nothing", typed("theme", { enter: true }), key("x"), typed("theme", { enter: true })],
    ["after Escape, keys change nothing", typed("t", { cancelled: true }), key("Enter"), typed("t", { cancelled: true })],
    ["Ctrl+K goes to the page", typed("a"), key("k", { ctrlKey: true }), undefined],
    ["⌘ with a letter goes to the page", typed("a"), key("v", { metaKey: true }), undefined],
    ["Alt with a letter goes to the page", typed("a"), key("a", { altKey: true }), undefined],
    ["an arrow goes to the page", typed("a"), key("ArrowDown"), undefined],
    ["Tab goes to the page", typed("a"), key("Tab"), undefined],
    ["Shift alone goes to the page", typed("a"), key("Shift"), undefined],
    ["a key while composing goes to the page", typed("a"), key("a", { isComposing: true }), undefined],
  ] as const)("%s", (_name, before, pressed, after) => {
    expect(typeAhead(before, pressed)).toEqual(after)
  })
})
