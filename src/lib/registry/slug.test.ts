// @vitest-environment node
import { describe, expect, it } from "vitest"
import { SLUG_PATTERN, slugify, uniqueSlug } from "./slug"

describe("slugify", () => {
  it.each([
    ["Project Alpha!", "project-alpha"],
    ["  Spaces   around  ", "spaces-around"],
    ["Ünïcödé Sérvér", "unicode-server"],
    ["Crème brûlée #2", "creme-brulee-2"],
    ["ﬁle ①", "file-1"],
    ["a/b\\c.d_e", "a-b-c-d-e"],
    ["--already-dashed--", "already-dashed"],
    ["UPPER_case", "upper-case"],
    ["日本語", "server"],
    ["🚀🚀", "server"],
    ["!!!", "server"],
    ["", "server"],
    ["Server 12", "server-12"],
  ])("%j → %j", (name, slug) => {
    expect(slugify(name)).toBe(slug)
  })

  it("caps the slug at 40 characters without a dangling dash", () => {
    const slug = slugify(`${"a".repeat(39)} bcd`)
    expect(slug).toBe("a".repeat(39))
    expect(slugify("x".repeat(100))).toBe("x".repeat(40))
  })

  it.each(["Project Alpha!", "日本語", "a  b", `${"a".repeat(39)} b`, "-x-"])("always yields a valid slug for %j", (name) => {
    expect(slugify(name)).toMatch(SLUG_PATTERN)
  })
})

describe("uniqueSlug", () => {
  it.each([
    ["free slug", "Alpha", [], "alpha"],
    ["taken once", "Alpha", ["alpha"], "alpha-2"],
    ["taken twice", "Alpha", ["alpha", "alpha-2"], "alpha-3"],
    ["gap is filled", "Alpha", ["alpha", "alpha-3"], "alpha-2"],
    ["unrelated ids do not matter", "Alpha", ["beta", "alpha-2"], "alpha"],
    ["empty name collides with the fallback", "", ["server"], "server-2"],
    ["unicode name collides after folding", "Älpha", ["alpha"], "alpha-2"],
  ])("%s", (_label, name, taken, expected) => {
    expect(uniqueSlug(name, taken)).toBe(expected)
  })

  it("accepts any iterable of taken ids", () => {
    expect(uniqueSlug("Alpha", new Set(["alpha", "alpha-2"]))).toBe("alpha-3")
  })
})

describe("SLUG_PATTERN", () => {
  it.each([
    ["alpha", true],
    ["project-alpha-2", true],
    ["a1", true],
    ["Alpha", false],
    ["-alpha", false],
    ["alpha-", false],
    ["al--pha", false],
    ["al_pha", false],
    ["", false],
  ])("%j → %s", (value, ok) => {
    expect(SLUG_PATTERN.test(value)).toBe(ok)
  })
})
