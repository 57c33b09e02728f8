// Proves the harness itself against real opencode servers: isolation, auth, the mock LLM round
// trip, tool permissions and restarts. No browser needed.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { expect, test, useServers, type OpencodeServer } from "./fixtures"
import { openEvents } from "./support/events"
import { arrayOf, isRecord, jsonOf, stringField } from "./support/json"
import { startMockLlm } from "./support/mock-llm"
import { startOpencode } from "./support/opencode"
import { startStaticServer } from "./support/static-server"

const PASSWORD = "harness-secret-pw"
const EXTRA_ORIGIN = "http://portal.example.test:4250"

const fleet = useServers([
  { name: "alpha" },
  { name: "bravo", password: PASSWORD },
  { name: "charlie", cors: [EXTRA_ORIGIN] },
])

async function createSession(server: OpencodeServer, title?: string): Promise<string> {
  const session = await jsonOf(await server.api("/session", { method: "POST", json: title ? { title } : {} }))
  return stringField(session, "id")
}

async function sessionIds(server: OpencodeServer): Promise<string[]> {
  return arrayOf(await jsonOf(await server.api("/session"))).map((s) => stringField(s, "id"))
}

function deltaContent(chunk: unknown): string {
  const choice = isRecord(chunk) && Array.isArray(chunk.choices) ? chunk.choices[0] : undefined
  const delta = isRecord(choice) ? choice.delta : undefined
  return isRecord(delta) && typeof delta.content === "string" ? delta.content : ""
}

function texts(message: unknown): string[] {
  const parts = isRecord(message) ? arrayOf(message.parts) : []
  return parts.flatMap((p) => (isRecord(p) && p.type === "text" && typeof p.text === "string" ? [p.text] : []))
}

test("servers start in parallel, each isolated in its own dirs and database", async () => {
  const [alpha, bravo, charlie] = fleet().all
  if (!alpha || !bravo || !charlie) throw new Error("expected three servers")
  expect(new Set(fleet().all.map((s) => s.port)).size).toBe(3)
  expect(new Set(fleet().all.map((s) => s.root)).size).toBe(3)
  for (const server of fleet().all) expect([3000, 4000, 4096]).not.toContain(server.port)

  const id = await createSession(alpha, "only on alpha")
  expect(await sessionIds(alpha)).toContain(id)
  expect(await sessionIds(bravo)).not.toContain(id)
  expect(await sessionIds(charlie)).not.toContain(id)

  const paths = await jsonOf(await charlie.api("/path"))
  expect(stringField(paths, "home")).toBe(`${charlie.root}/home`)
  expect(stringField(paths, "worktree")).toBe(charlie.workspace)
  const vcs = await jsonOf(await charlie.api("/vcs"))
  expect(stringField(vcs, "branch")).toBe("main")
})

test("a password server answers 401 without auth and 200 with the Basic header", async ({ request }) => {
  const bravo = fleet().get("bravo")
  expect((await request.get(`${bravo.url}/global/health`)).status()).toBe(401)
  const wrong = `Basic ${Buffer.from("opencode:wrong").toString("base64")}`
  expect((await request.get(`${bravo.url}/global/health`, { headers: { Authorization: wrong } })).status()).toBe(401)
  const ok = await request.get(`${bravo.url}/global/health`, { headers: bravo.authHeader() })
  expect(ok.status()).toBe(200)
  expect(await ok.json()).toMatchObject({ healthy: true, version: "1.18.33" })
  expect(bravo.output()).not.toContain(PASSWORD)
})

test("--cors adds the exact extra origin next to the loopback defaults", async ({ request }) => {
  const charlie = fleet().get("charlie")
  const preflight = async (origin: string): Promise<string | undefined> => {
    const response = await request.fetch(`${charlie.url}/session`, {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": "POST" },
    })
    expect(response.status()).toBe(204)
    return response.headers()["access-control-allow-origin"]
  }
  expect(await preflight(EXTRA_ORIGIN)).toBe(EXTRA_ORIGIN)
  expect(await preflight("http://127.0.0.1:4250")).toBe("http://127.0.0.1:4250")
  expect(await preflight("http://portal.example.test:9999")).toBeUndefined()
  const alpha = fleet().get("alpha")
  const plain = await request.fetch(`${alpha.url}/session`, {
    method: "OPTIONS",
    headers: { Origin: EXTRA_ORIGIN, "Access-Control-Request-Method": "POST" },
  })
  expect(plain.headers()["access-control-allow-origin"]).toBeUndefined()
})

test("a prompt goes through the real server to the mock LLM and back", async ({ mockLlm }) => {
  const bravo = fleet().get("bravo")
  const before = mockLlm.requests().length
  const id = await createSession(bravo)
  const reply = await jsonOf(
    await bravo.api(`/session/${id}/message`, { method: "POST", json: { parts: [{ type: "text", text: "hello world" }] } }),
  )
  expect(texts(reply)).toEqual(["MOCK REPLY: hello world"])

  const calls = mockLlm.requests().slice(before)
  expect(calls.filter((c) => c.turn === "reply" && c.lastUserText === "hello world")).toHaveLength(1)
  await expect
    .poll(async () => stringField(await jsonOf(await bravo.api(`/session/${id}`)), "title"))
    .toBe("Mock session title")
  expect(mockLlm.requests().slice(before).some((c) => c.turn === "title")).toBe(true)
})

test("a tool call raises permission.asked, listed by GET /permission, and runs once allowed", async ({ mockLlm }) => {
  const alpha = fleet().get("alpha")
  const events = await openEvents(alpha)
  try {
    const id = await createSession(alpha, "tool run")
    const command = "echo harness-tool-ok"
    const prompt = `[[tool:bash {"command":"${command}","description":"Say ok"}]]`
    const queued = await alpha.api(`/session/${id}/prompt_async`, { method: "POST", json: { parts: [{ type: "text", text: prompt }] } })
    expect(queued.status).toBe(204)

    const asked = await events.waitFor((e) => e.type === "permission.asked" && e.properties.sessionID === id)
    expect(asked.properties).toMatchObject({ permission: "bash", patterns: [command] })
    const requestId = stringField(asked.properties, "id")
    const pending = arrayOf(await jsonOf(await alpha.api("/permission")))
    expect(pending).toContainEqual(expect.objectContaining({ id: requestId, sessionID: id, permission: "bash" }))

    const replied = await alpha.api(`/permission/${requestId}/reply`, { method: "POST", json: { reply: "once" } })
    expect(await jsonOf(replied)).toBe(true)
    await events.waitFor((e) => e.type === "session.idle" && e.properties.sessionID === id)
    const messages = arrayOf(await jsonOf(await alpha.api(`/session/${id}/message`)))
    expect(messages.flatMap(texts)).toContain("MOCK TOOL RESULT bash: harness-tool-ok")
    expect(mockLlm.requests().some((c) => c.turn === "tool-result" && c.reply.endsWith("harness-tool-ok"))).toBe(true)
  } finally {
    events.close()
  }
})

test("restart() brings the server back on the same port with its sessions", async () => {
  const charlie = fleet().get("charlie")
  const id = await createSession(charlie, "survives restart")
  const { port, pid } = charlie
  await charlie.restart()
  expect(charlie.port).toBe(port)
  expect(charlie.pid).not.toBe(pid)
  expect(await sessionIds(charlie)).toContain(id)
})

test("a server that dies before listening fails with its output and no password", async ({ mockLlm }) => {
  const server = await startOpencode({ mockUrl: mockLlm.url, name: "doomed", password: PASSWORD })
  const blocker = createServer()
  try {
    await server.stop()
    await new Promise<void>((resolve) => blocker.listen(server.port, "127.0.0.1", resolve))
    const failure = await server.restart().then(
      () => "restarted",
      (error: unknown) => String(error),
    )
    expect(failure).toContain('opencode "doomed" exited')
    expect(failure).toContain("--- output ---")
    expect(failure).not.toContain(PASSWORD)
  } finally {
    blocker.close()
    await server.cleanup()
  }
})

test("the mock LLM speaks OpenAI streaming, errors and its request log", async () => {
  const mock = await startMockLlm()
  try {
    const ask = (text: string): Promise<Response> =>
      fetch(`${mock.url}/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "mock-model", stream: true, messages: [{ role: "user", content: text }] }),
      })
    const failed = await ask("[[error:503]]")
    expect(failed.status).toBe(503)
    expect(await failed.json()).toMatchObject({ error: { message: "mock error 503" } })

    const started = Date.now()
    const slow = await ask("one two [[slow:60]]")
    expect(slow.headers.get("content-type")).toBe("text/event-stream")
    const lines = (await slow.text()).split("\n\n").filter((line) => line !== "")
    expect(Date.now() - started).toBeGreaterThanOrEqual(60 * (lines.length - 1))
    expect(lines.at(-1)).toBe("data: [DONE]")
    const chunks: unknown[] = lines.slice(0, -1).map((line) => JSON.parse(line.slice("data: ".length)))
    expect(chunks.map(deltaContent).join("")).toBe("MOCK REPLY: one two")

    const log = await jsonOf(await fetch(mock.url.replace(/\/v1$/, "/__mock/requests")))
    expect(arrayOf(log).map((entry) => stringField(entry, "turn"))).toEqual(["error", "reply"])
    await fetch(mock.url.replace(/\/v1$/, "/__mock/reset"), { method: "POST" })
    expect(mock.requests()).toEqual([])
  } finally {
    await mock.stop()
  }
})

test("the static server serves files, the SPA fallback, asset 404s and extra routes", async () => {
  const root = await mkdtemp(join(tmpdir(), "ocp-static-"))
  await mkdir(join(root, "assets"))
  await writeFile(join(root, "index.html"), "<!doctype html><title>portal</title>")
  await writeFile(join(root, "assets", "app.js"), "export {}")
  const site = await startStaticServer({
    root,
    extraRoutes: { "/config.json": { body: '{"servers":[]}', contentType: "application/json" } },
  })
  try {
    const get = (path: string): Promise<Response> => fetch(site.url + path)
    const script = await get("/assets/app.js")
    expect([script.status, script.headers.get("content-type")]).toEqual([200, "text/javascript; charset=utf-8"])
    const deepLink = await get("/servers/alpha/sessions/ses_1")
    expect([deepLink.status, await deepLink.text()]).toEqual([200, "<!doctype html><title>portal</title>"])
    expect((await get("/assets/missing.js")).status).toBe(404)
    expect(await (await get("/config.json")).json()).toEqual({ servers: [] })
  } finally {
    await site.stop()
    await rm(root, { recursive: true, force: true })
  }
})
