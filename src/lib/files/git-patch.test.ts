// @vitest-environment node
import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { gitBlobId, zlibDeflate } from "./digest"
import { base85Line, binaryPatch, gitQuote } from "./git-patch"

describe("base85Line", () => {
  it.each<[number[], string]>([
    // zlib's empty stream at git's level, as git writes it for an empty file ("literal 0").
    [[0x78, 0x01, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01], "HcmV?d00001"],
    [[0, 0, 0, 0], "D00000"],
    [[0xff, 0xff, 0xff, 0xff], "D|NsC0"],
    [[1], "A0RR91"],
  ])("%j → %s", (bytes, line) => {
    expect(base85Line(new Uint8Array(bytes))).toBe(line)
  })

  it("uses lowercase length letters past 26 bytes", () => {
    expect(base85Line(new Uint8Array(27)).charAt(0)).toBe("a")
    expect(base85Line(new Uint8Array(52)).charAt(0)).toBe("z")
  })
})

describe("gitQuote", () => {
  it.each([
    ["src/a.ts", "src/a.ts"],
    ["dir x/a b.txt", "dir x/a b.txt"],
    ["ü.txt", '"\\303\\274.txt"'],
    ['say "hi".txt', '"say \\"hi\\".txt"'],
    ["back\\slash", '"back\\\\slash"'],
    ["tab\there", '"tab\\there"'],
  ])("%j → %s", (path, quoted) => {
    expect(gitQuote(path)).toBe(quoted)
  })
})

// The patches are checked by real git, the same `git apply` that POST /vcs/apply runs.
describe("binaryPatch applied by git", () => {
  const repo = mkdtempSync(join(tmpdir(), "portal-patch-"))
  const git = (args: string[], input?: string) => execFileSync("git", args, { cwd: repo, input, env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: repo } })
  git(["init", "-q"])
  afterAll(() => rmSync(repo, { recursive: true, force: true }))

  const patchFor = async (path: string, bytes: Uint8Array<ArrayBuffer>, old?: Uint8Array<ArrayBuffer>) =>
    binaryPatch({ path, size: bytes.length, deflated: await zlibDeflate(bytes), newId: await gitBlobId(bytes), ...(old ? { oldId: await gitBlobId(old) } : {}) })

  it.each<[string, string, Uint8Array<ArrayBuffer>]>([
    ["text with CRLF, a BOM and no final newline", "notes/crlf.txt", new TextEncoder().encode("\ufeff  Grüße\r\nline 2  ")],
    ["binary with NUL bytes", "img/pixel.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255, 0, 13, 10])],
    ["an empty file", "empty", new Uint8Array()],
    ["a non-ASCII name with spaces", "dir x/ü \"q\".txt", new TextEncoder().encode("odd\n")],
    ["more than one base85 line", "big.bin", Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)],
  ])("creates %s byte for byte", async (_label, path, bytes) => {
    git(["apply", "-"], await patchFor(path, bytes))
    expect(new Uint8Array(readFileSync(join(repo, path)))).toEqual(bytes)
  })

  it("refuses to create a file that exists", async () => {
    writeFileSync(join(repo, "taken.txt"), "mine\n")
    const patch = await patchFor("taken.txt", new TextEncoder().encode("theirs\n"))
    expect(() => git(["apply", "-"], patch)).toThrow()
    expect(readFileSync(join(repo, "taken.txt"), "utf8")).toBe("mine\n")
  })

  it("replaces a file only while it still holds the content it was read with", async () => {
    const before = new TextEncoder().encode("v1\n")
    writeFileSync(join(repo, "cas.txt"), before)
    git(["apply", "-"], await patchFor("cas.txt", new TextEncoder().encode("v2\n"), before))
    expect(readFileSync(join(repo, "cas.txt"), "utf8")).toBe("v2\n")
    const stale = await patchFor("cas.txt", new TextEncoder().encode("v3\n"), before)
    expect(() => git(["apply", "-"], stale)).toThrow()
    expect(readFileSync(join(repo, "cas.txt"), "utf8")).toBe("v2\n")
  })
})
