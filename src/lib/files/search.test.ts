// @vitest-environment node
import { describe, expect, it } from "vitest"
import { rankMatches } from "./search"

describe("rankMatches", () => {
  // The order the real server returned for "hel".
  const server = ["new.md", "README.md", ".gitignore", "src/util.ts", "src/index.ts", "src/lib/helpers.ts", "docs/shell.md", "help/x.txt"]
  it.each([
    { query: "hel", ranked: ["src/lib/helpers.ts", "docs/shell.md", "help/x.txt", "new.md", "README.md", ".gitignore", "src/util.ts", "src/index.ts"] },
    { query: "HEL", ranked: ["src/lib/helpers.ts", "docs/shell.md", "help/x.txt", "new.md", "README.md", ".gitignore", "src/util.ts", "src/index.ts"] },
    { query: "src/", ranked: ["src/util.ts", "src/index.ts", "src/lib/helpers.ts", "new.md", "README.md", ".gitignore", "docs/shell.md", "help/x.txt"] },
    { query: "  ", ranked: server },
    { query: "zzz", ranked: server },
  ])("$query", ({ query, ranked }) => {
    expect(rankMatches(query, server)).toEqual(ranked)
  })
})
