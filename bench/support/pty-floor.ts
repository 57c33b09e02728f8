// The terminal figure's floor: the same `cat` over a bare WebSocket in the page, with no terminal
// drawing it, from Enter to the marker arriving. It is the server's own pace (its PTY read loop
// and frames), which no client can beat; the portal's figure is this plus its drawing.
import type { Page } from "@playwright/test"
import type { OpencodeServer } from "../../e2e/support/opencode"
import { isRecord } from "../../src/lib/guards"
import { NotMeasured } from "./harness"

const QUIET_MS = 500
const OUTPUT_TIMEOUT_MS = 90_000

async function json(response: Response, what: string): Promise<unknown> {
  if (!response.ok) throw new NotMeasured(`${what}: HTTP ${response.status}`)
  return response.json()
}

function field(body: unknown, key: string): string {
  const value = isRecord(body) ? body[key] : undefined
  if (typeof value !== "string") throw new NotMeasured(`the server's answer has no "${key}"`)
  return value
}

/** A PTY on `server` for the floor runs; `close` deletes it. */
export async function floorPty(server: OpencodeServer): Promise<{ id: string; close(): Promise<void> }> {
  const directory = encodeURIComponent(server.workspace)
  const id = field(await json(await server.api(`/pty?directory=${directory}`, { method: "POST", json: { title: "bench floor" } }), "POST /pty"), "id")
  return {
    id,
    close: async () => void (await server.api(`/pty/${id}?directory=${directory}`, { method: "DELETE" }).catch(() => undefined)),
  }
}

/** One run: milliseconds from sending the command to the marker arriving on the socket. */
export async function floorOnce(page: Page, server: OpencodeServer, ptyId: string, command: string, marker: string): Promise<number> {
  const directory = encodeURIComponent(server.workspace)
  const ticketed = await server.api(`/pty/${ptyId}/connect-token?directory=${directory}`, { method: "POST", headers: { "x-opencode-ticket": "1" } })
  const ticket = field(await json(ticketed, "POST /pty/:id/connect-token"), "ticket")
  const url = `${server.url.replace(/^http/, "ws")}/pty/${ptyId}/connect?ticket=${ticket}&directory=${directory}&cursor=-1`
  const elapsed = await page.evaluate(
    async ({ url, command, marker, quietMs, timeoutMs }) => {
      const ws = new WebSocket(url)
      ws.binaryType = "arraybuffer"
      await new Promise((resolve, reject) => {
        ws.onopen = resolve
        ws.onerror = () => reject(new Error("the WebSocket did not open"))
      })
      // Sent once the shell has gone quiet (its prompt drawn), as a person would type.
      let last = performance.now()
      let sentAt = 0
      const arrived = new Promise<number>((resolve) => {
        ws.onmessage = (event) => {
          last = performance.now()
          if (sentAt > 0 && typeof event.data === "string" && event.data.includes(marker)) resolve(performance.now() - sentAt)
        }
      })
      while (performance.now() - last < quietMs) await new Promise((resolve) => setTimeout(resolve, 50))
      sentAt = performance.now()
      ws.send(`${command}\r`)
      const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, timeoutMs))
      const ms = await Promise.race([arrived, timeout])
      ws.close()
      return ms
    },
    { url, command, marker, quietMs: QUIET_MS, timeoutMs: OUTPUT_TIMEOUT_MS },
  )
  if (elapsed === undefined) throw new NotMeasured(`the marker did not arrive on a bare WebSocket within ${OUTPUT_TIMEOUT_MS / 1000} s`)
  return elapsed
}
