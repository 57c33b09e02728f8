// @vitest-environment jsdom
import { describe, expect, it } from "vitest"
import { ariaShortcut, isTypingTarget, matches, shortcutLabel, usesModifier } from "./shortcut"

const key = (k: string, over: Partial<KeyboardEvent> = {}) => ({ key: k, code: "", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...over })

describe("matches", () => {
  it.each([
    ["Mod+K", key("k", { ctrlKey: true }), false, true],
    ["Mod+K", key("k", { metaKey: true }), true, true],
    ["Mod+K", key("k", { metaKey: true }), false, false],
    ["Mod+K", key("k"), false, false],
    ["Mod+K", key("K", { ctrlKey: true, shiftKey: true }), false, false],
    ["n", key("n"), false, true],
    ["n", key("n", { ctrlKey: true }), false, false],
    ["n", key("N", { shiftKey: true }), false, false],
    ["?", key("?", { shiftKey: true }), false, true],
    ["Alt+A", key("å", { altKey: true, code: "KeyA" }), true, true],
    ["Alt+A", key("a", { altKey: true, code: "KeyA" }), false, true],
    ["Alt+A", key("a", { code: "KeyA" }), false, false],
  ] as const)("%s with %j (mac %s) → %s", (shortcut, e, mac, expected) => {
    expect(matches(shortcut, e, mac)).toBe(expected)
  })
})

describe("labels", () => {
  it.each([
    ["Mod+K", false, "Ctrl+K", "Control+K"],
    ["Mod+K", true, "⌘K", "Meta+K"],
    ["Alt+A", false, "Alt+A", "Alt+A"],
    ["?", false, "?", "?"],
  ] as const)("%s (mac %s)", (shortcut, mac, label, aria) => {
    expect(shortcutLabel(shortcut, mac)).toBe(label)
    expect(ariaShortcut(shortcut, mac)).toBe(aria)
  })
  it("knows which shortcuts are safe while typing", () => {
    expect([usesModifier("Mod+K"), usesModifier("Alt+A"), usesModifier("n"), usesModifier("?")]).toEqual([true, true, false, false])
  })
})

describe("isTypingTarget", () => {
  it.each([
    ["<textarea></textarea>", true],
    ['<input type="text">', true],
    ['<input type="search">', true],
    ['<input type="checkbox">', false],
    ["<select></select>", true],
    ["<button></button>", false],
  ])("%s → %s", (html, expected) => {
    const host = document.createElement("div")
    host.innerHTML = html
    document.body.append(host)
    expect(isTypingTarget(host.firstElementChild)).toBe(expected)
    host.remove()
  })
  it("is false for no target, true for editable content (jsdom has no isContentEditable, so a stand-in)", () => {
    expect(isTypingTarget(null)).toBe(false)
    expect(isTypingTarget(Object.assign(new EventTarget(), { tagName: "DIV", isContentEditable: true }))).toBe(true)
  })
})
