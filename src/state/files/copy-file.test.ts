// @vitest-environment node
import { describe, expect, it } from "vitest"
import type { Connection, Scope } from "../../api/connection"
import type { EntryKind } from "../../api/file-bytes"
import { copyFile, type CopyApi } from "./copy-file"

const connection: Connection = {
  server: () => ({ id: "beta", name: "Beta", url: "http://beta" }),
  client: () => {
    throw new Error("not used")
  },
  at: (directory) => ({ connection, directory, client: () => connection.client() }),
}
const source: Scope = connection.at("/src")
const target: Scope = connection.at("/repo/sub")
const bytes = new TextEncoder().encode("  hällo\r\n")

/** An in-memory target: files by path, what each call did, and switches to make steps fail. */
function fakeApi(options: { git?: boolean; existing?: Uint8Array<ArrayBuffer>; entry?: EntryKind; corruptWrite?: boolean; failShell?: boolean } = {}) {
  const files = new Map<string, Uint8Array<ArrayBuffer>>()
  if (options.existing) files.set("/repo/sub/a.txt", options.existing)
  const calls: string[] = []
  const api: CopyApi = {
    read: async (scope, path) => {
      if (scope === source) return bytes
      const file = files.get(`${scope.directory}/${path}`)
      if (!file) throw new Error(`Could not read ${path} on Beta: UnknownError.`)
      return file
    },
    entryAt: async () => options.entry ?? (options.existing ? "file" : "missing"),
    directoryInfo: async () => (options.git ? { git: true, worktree: "/repo" } : { git: false }),
    applyPatch: async (_scope, patch) => {
      calls.push(`patch ${patch.split("\n")[0] ?? ""}`)
      files.set("/repo/sub/a.txt", options.corruptWrite ? new Uint8Array([1]) : bytes)
    },
    runShell: async (scope, script, args) => {
      calls.push(`shell ${script.slice(0, 12)}`)
      if (options.failShell) throw new Error("Could not write a.txt on Beta: HTTP 500.")
      const [from = "", to = ""] = args
      if (script.startsWith("t=")) files.set(`${scope.directory}/${from}`, options.corruptWrite ? new Uint8Array([1]) : bytes)
      else if (script.startsWith("ln") || script.startsWith("mv")) {
        const temp = files.get(`${scope.directory}/${from}`)
        if (temp) files.set(`${scope.directory}/${to}`, temp)
        files.delete(`${scope.directory}/${from}`)
      } else files.delete(`${scope.directory}/${from}`)
    },
  }
  return { api, files, calls }
}

const request = (overwrite = false) => ({ source, path: "a.txt", target, targetPath: "a.txt", overwrite })

describe("copyFile", () => {
  it("in a git repository: one binary patch with the path from the repository's top, then Copied", async () => {
    const { api, calls } = fakeApi({ git: true })
    expect(await copyFile(api, request())).toMatchObject({ kind: "copied", bytes: bytes.length })
    expect(calls).toEqual(['patch diff --git a/sub/a.txt b/sub/a.txt'])
  })

  it("elsewhere: writes a temp file through the shell, publishes it, and leaves no temp file", async () => {
    const { api, calls, files } = fakeApi()
    expect(await copyFile(api, request())).toMatchObject({ kind: "copied" })
    expect(calls).toEqual(["shell t=\"$1\"; shif", "shell ln -- \"$1\" \""])
    expect([...files.keys()]).toEqual(["/repo/sub/a.txt"])
  })

  it.each([true, false])("an existing file (git %s) is not touched unless overwrite is asked for", async (git) => {
    const existing = new TextEncoder().encode("theirs")
    const { api, calls, files } = fakeApi({ git, existing })
    expect(await copyFile(api, request())).toEqual({ kind: "exists" })
    expect(calls).toEqual([])
    expect(files.get("/repo/sub/a.txt")).toEqual(existing)
    expect(await copyFile(api, request(true))).toMatchObject({ kind: "copied" })
  })

  it.each<[string, Parameters<typeof fakeApi>[0], string, RegExp]>([
    ["a folder in the way", { entry: "folder" }, "check", /is a folder/],
    ["git wrote other bytes", { git: true, corruptWrite: true }, "verify", /does not hold the copied bytes/],
    ["the shell wrote other bytes", { corruptWrite: true }, "write", /differ from the source/],
    ["the shell failed", { failShell: true }, "write", /HTTP 500/],
  ])("names the failed step: %s", async (_label, options, stepName, message) => {
    const { api, files } = fakeApi(options)
    const outcome = await copyFile(api, request())
    expect(outcome).toMatchObject({ kind: "failed", step: stepName })
    expect(outcome.kind === "failed" && outcome.message).toMatch(message)
    expect([...files.keys()].filter((k) => k.includes(".portal-copy-"))).toEqual([])
  })
})
