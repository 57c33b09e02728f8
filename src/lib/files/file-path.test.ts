// @vitest-environment node
import { describe, expect, it } from "vitest"
import { ancestors, baseName, decodeFilePath, encodeFilePath, isInsideProject, parentPath } from "./file-path"

describe("encodeFilePath / decodeFilePath", () => {
  const cases: { name: string; path: string; encoded: string }[] = [
    { name: "plain", path: "src/index.ts", encoded: "src/index.ts" },
    { name: "spaces", path: "docs/my notes.md", encoded: "docs/my%20notes.md" },
    { name: "unicode", path: "src/über/ünïcødé 文件.txt", encoded: "src/%C3%BCber/%C3%BCn%C3%AFc%C3%B8d%C3%A9%20%E6%96%87%E4%BB%B6.txt" },
    { name: "hash", path: "notes/#1.md", encoded: "notes/%231.md" },
    { name: "question mark", path: "what?.txt", encoded: "what%3F.txt" },
    { name: "percent", path: "100%/a%20b.txt", encoded: "100%25/a%2520b.txt" },
    { name: "all at once", path: "src/a b#c?d%e ü.txt", encoded: "src/a%20b%23c%3Fd%25e%20%C3%BC.txt" },
    { name: "dotfile", path: ".github/workflows/ci.yml", encoded: ".github/workflows/ci.yml" },
    { name: "root", path: "", encoded: "" },
  ]
  it.each(cases)("$name round-trips", ({ path, encoded }) => {
    expect(encodeFilePath(path)).toBe(encoded)
    expect(decodeFilePath(encoded)).toBe(path)
  })

  it.each([
    ["leading and trailing slashes", "/src/index.ts/", "src/index.ts"],
    ["doubled slashes", "src//index.ts", "src/index.ts"],
    ["an encoded slash inside one segment", "a%2Fb", "a/b"],
  ])("decode tolerates %s", (_, raw, path) => {
    expect(decodeFilePath(raw)).toBe(path)
  })

  it.each(["%zz", "a/%E0%A4%A"])("decode refuses malformed escape %s", (raw) => {
    expect(decodeFilePath(raw)).toBeUndefined()
  })
})

describe("isInsideProject", () => {
  it.each([
    ["src/index.ts", true],
    ["...", true],
    ["a/..b/c", true],
    ["../etc/passwd", false],
    ["src/../../x", false],
    ["/etc/hostname", false],
    ["..\\windows", false],
    ["C:/x", false],
  ])("%s → %s", (path, inside) => {
    expect(isInsideProject(path)).toBe(inside)
  })
})

describe("path parts", () => {
  it.each([
    ["src/deep/d.ts", "d.ts", "src/deep", ["src", "src/deep"]],
    ["README.md", "README.md", "", []],
    ["src/", "src", "", []],
  ])("%s", (path, base, parent, above) => {
    expect(baseName(path)).toBe(base)
    expect(parentPath(path)).toBe(parent)
    expect(ancestors(path)).toEqual(above)
  })
})
