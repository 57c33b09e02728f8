// @vitest-environment node
import { describe, expect, it } from "vitest"
import type { Session } from "../lib/model"
import { makeConnection } from "./connection"
import { fleetSnapshot } from "./fleet"

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } })
const W = "/ws"
const session = (id: string): Session => ({ id, slug: id, projectID: "p", directory: W, title: id, version: "1", time: { created: 1, updated: 2 } })

/** A server with one fresh session in its list; it logs the paths it is asked for. */
function server() {
  const seen: string[] = []
  const fetch = async (input: RequestInfo | URL) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    seen.push(url.pathname)
    if (url.pathname === "/experimental/session") return json([session("ses_fresh")])
    if (url.pathname === "/session/status") return json({})
    if (url.pathname.endsWith("/message")) return json([])
    return json([])
  }
  const connection = makeConnection({ server: () => ({ id: "alpha", name: "Alpha", url: "http://server.test" }), credentials: () => undefined, fetch })
  return { connection, seen }
}

describe("fleetSnapshot", () => {
  it.each<[string, () => Promise<Session[]> | undefined, string[], boolean]>([
    ["lists the sessions itself without a list read ahead", () => undefined, ["ses_fresh"], true],
    ["takes the list read ahead", () => Promise.resolve([session("ses_ahead")]), ["ses_ahead"], false],
    ["lists again when the list read ahead failed", () => Promise.reject(new Error("refused")), ["ses_fresh"], true],
  ])("%s", async (_name, ahead, ids, listed) => {
    const { connection, seen } = server()
    const sessions = ahead()
    const snapshot = await fleetSnapshot(connection, sessions ? { sessions } : {})
    expect([snapshot.sessions.map((s) => s.id), seen.includes("/experimental/session"), snapshot.directories.map((d) => d.directory)]).toEqual([ids, listed, [W]])
  })

  it.each<[string, boolean | undefined, boolean]>([
    ["reads the newest message of each recent session by default", undefined, true],
    ["reads none when no view shows the states", false, false],
  ])("%s", async (_name, errors, read) => {
    const { connection, seen } = server()
    const snapshot = await fleetSnapshot(connection, errors === undefined ? {} : { errors })
    expect([seen.some((path) => path.endsWith("/message")), snapshot.errors !== undefined]).toEqual([read, read])
  })
})
