// @vitest-environment node
import { describe, expect, it } from "vitest"
import { makeConnection } from "./connection"
import { findFiles, readFile } from "./files"

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })
const UNKNOWN = { name: "UnknownError", data: { message: "Unexpected server error. Check server logs for details." } }

/** Answers like the real server (lab notes §5): missing file → 200 empty text, folder or escape → 500. */
function scopeOf(files: Record<string, string>, folders: Record<string, { name: string; path: string; type: "file" | "directory" }[]>) {
  const seen: string[] = []
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    const path = url.searchParams.get("path") ?? ""
    seen.push(`${url.pathname}?${path}`)
    if (url.pathname === "/file/content") {
      if (path in folders) return json(500, UNKNOWN)
      return json(200, { type: "text", content: files[path] ?? "" })
    }
    if (url.pathname === "/file") {
      const listing = folders[path]
      return listing ? json(200, listing.map((n) => ({ ...n, absolute: `/ws/${n.path}`, ignored: false }))) : json(500, UNKNOWN)
    }
    if (url.pathname === "/find/file") return json(200, ["/", "src/", "new.md", "src/lib/helpers.ts"])
    return json(404, {})
  }
  const connection = makeConnection({ server: () => ({ id: "alpha", name: "Alpha", url: "http://server.test" }), credentials: () => undefined, fetch })
  return { scope: connection.at("/ws"), seen }
}

const tree = {
  ".": [
    { name: "src", path: "src/", type: "directory" as const },
    { name: "empty.txt", path: "empty.txt", type: "file" as const },
  ],
  src: [{ name: "a.ts", path: "src/a.ts", type: "file" as const }],
}

describe("readFile", () => {
  it("returns text", async () => {
    const { scope } = scopeOf({ "src/a.ts": "x" }, tree)
    expect(await readFile(scope, "src/a.ts")).toEqual({ type: "text", content: "x" })
  })

  it.each([
    { name: "an empty file that exists", path: "empty.txt", ok: true },
    { name: "a missing file in a known folder", path: "src/gone.ts", error: "Could not open src/gone.ts on Alpha: the file does not exist" },
    { name: "a file in a missing folder", path: "nope/x.ts", error: "the file does not exist" },
    { name: "a folder", path: "src", error: "Could not open src on Alpha: it is a folder, not a file." },
    { name: "a path outside the project", path: "../etc/hostname", error: "the path is outside the project" },
  ])("$name", async ({ path, ok, error }) => {
    const { scope } = scopeOf({}, tree)
    const read = readFile(scope, path)
    if (ok) await expect(read).resolves.toEqual({ type: "text", content: "" })
    else await expect(read).rejects.toThrow(error)
  })

  it("never asks the server about a path outside the project", async () => {
    const { scope, seen } = scopeOf({}, tree)
    await expect(readFile(scope, "/etc/hostname")).rejects.toMatchObject({ kind: "not-found" })
    expect(seen).toEqual([])
  })
})

describe("findFiles", () => {
  it("drops folders and ranks name matches first", async () => {
    const { scope } = scopeOf({}, tree)
    expect(await findFiles(scope, "hel")).toEqual(["src/lib/helpers.ts", "new.md"])
  })
})
