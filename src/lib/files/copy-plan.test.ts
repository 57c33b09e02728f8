// @vitest-environment node
import { execFileSync } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterAll, describe, expect, it } from "vitest"
import { toBase64 } from "./digest"
import { checkTargetPath, CLEANUP_SCRIPT, copyPercent, publishScript, repoRelative, shellBatches, tempPathFor, writeScript } from "./copy-plan"

describe("checkTargetPath", () => {
  it.each<[string, ReturnType<typeof checkTargetPath>]>([
    ["notes/a.txt", { ok: true, path: "notes/a.txt" }],
    ["  ./a.txt ", { ok: true, path: "a.txt" }],
    ["", { ok: false, error: "Path is required." }],
    ["dir/", { ok: false, error: "Path must name a file, not a folder." }],
    ["/etc/passwd", { ok: false, error: "Path must stay inside the directory (no leading /, no ..)." }],
    ["a/../../b", { ok: false, error: "Path must stay inside the directory (no leading /, no ..)." }],
    ["a/./b", { ok: false, error: "Path must stay inside the directory (no leading /, no ..)." }],
    ["a//b", { ok: false, error: "Path has an empty folder name (//)." }],
  ])("%j", (input, expected) => {
    expect(checkTargetPath(input)).toEqual(expected)
  })
})

describe("repoRelative", () => {
  it.each<[string, string, string, string | undefined]>([
    ["/srv/app", "/srv/app", "a.txt", "a.txt"],
    ["/srv/app", "/srv/app/", "a.txt", "a.txt"],
    ["/srv/app", "/srv/app/pkg/web", "a.txt", "pkg/web/a.txt"],
    ["/srv/app", "/srv/application", "a.txt", undefined],
    ["/", "/srv", "a.txt", undefined],
  ])("worktree %s, directory %s", (worktree, directory, path, expected) => {
    expect(repoRelative(worktree, directory, path)).toBe(expected)
  })
})

describe("shellBatches / tempPathFor", () => {
  it.each<[string, number, number, string[][]]>([
    ["", 4, 2, [[""]]],
    ["abcdefgh", 4, 2, [["abcd", "efgh"]]],
    ["abcdefghij", 4, 2, [["abcd", "efgh"], ["ij"]]],
  ])("%j in args of %d, %d per run", (text, size, per, expected) => {
    expect(shellBatches(text, size, per)).toEqual(expected)
  })

  it.each([
    ["a.txt", "t1", ".a.txt.portal-copy-t1"],
    ["dir/sub/a.png", "t1", "dir/sub/.a.png.portal-copy-t1"],
  ])("%s → %s", (path, token, temp) => {
    expect(tempPathFor(path, token)).toBe(temp)
  })
})

// The scripts run in the same POSIX sh a PTY gets, with OpenCode's trailing "-l".
describe("shell scripts", () => {
  const dir = mkdtempSync(join(tmpdir(), "portal-sh-"))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const sh = (script: string, args: string[]) => {
    try {
      execFileSync("/bin/sh", ["-c", script, "sh", ...args, "-l"], { cwd: dir, stdio: "pipe" })
      return 0
    } catch {
      return 1
    }
  }

  it("writes the decoded batches into the temp file, creating folders, then publishes without overwriting", () => {
    const bytes = new Uint8Array([0, 1, 2, 200, 255, 10, 13])
    const [first = [], ...rest] = shellBatches(toBase64(bytes), 4, 1)
    expect(sh(writeScript(true), ["new/dir/.f.tmp", ...first])).toBe(0)
    for (const batch of rest) expect(sh(writeScript(false), ["new/dir/.f.tmp", ...batch])).toBe(0)
    expect(new Uint8Array(readFileSync(join(dir, "new/dir/.f.tmp")))).toEqual(bytes)
    sh(publishScript(false), ["new/dir/.f.tmp", "new/dir/f.bin"])
    expect(new Uint8Array(readFileSync(join(dir, "new/dir/f.bin")))).toEqual(bytes)
    expect(existsSync(join(dir, "new/dir/.f.tmp"))).toBe(false)
  })

  it("leaves an existing file alone unless told to overwrite, and never leaves the temp file", () => {
    writeFileSync(join(dir, "keep.txt"), "mine")
    writeFileSync(join(dir, ".keep.tmp"), "theirs")
    sh(publishScript(false), [".keep.tmp", "keep.txt"])
    expect(readFileSync(join(dir, "keep.txt"), "utf8")).toBe("mine")
    expect(existsSync(join(dir, ".keep.tmp"))).toBe(false)
    writeFileSync(join(dir, ".keep.tmp"), "theirs")
    sh(publishScript(true), [".keep.tmp", "keep.txt"])
    expect(readFileSync(join(dir, "keep.txt"), "utf8")).toBe("theirs")
  })

  it("refuses to append once the temp file is gone, and removes it when decoding fails", () => {
    expect(sh(writeScript(false), [".gone.tmp", "AAAA"])).toBe(1)
    expect(existsSync(join(dir, ".gone.tmp"))).toBe(false)
    expect(sh(writeScript(true), [".bad.tmp", "!!!!"])).toBe(1)
    expect(existsSync(join(dir, ".bad.tmp"))).toBe(false)
    writeFileSync(join(dir, ".x.tmp"), "x")
    sh(CLEANUP_SCRIPT, [".x.tmp"])
    expect(existsSync(join(dir, ".x.tmp"))).toBe(false)
  })
})

describe("copyPercent", () => {
  it.each<[Parameters<typeof copyPercent>[0], number, number, number]>([
    ["read", 0, 1, 0],
    ["check", 0, 1, 10],
    ["write", 0, 4, 15],
    ["write", 2, 4, 53],
    ["write", 9, 4, 90],
    ["verify", 0, 1, 90],
    ["verify", 1, 1, 100],
    ["write", 1, 0, 15],
  ])("%s %d/%d → %d%", (step, done, total, percent) => {
    expect(copyPercent(step, done, total)).toBe(percent)
  })
})
