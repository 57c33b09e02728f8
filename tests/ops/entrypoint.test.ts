// @vitest-environment node
// docker/entrypoint.sh run for real (POSIX sh, and busybox where installed) with sets of
// variables; its config.json must be valid JSON meaning what the build-time variables mean.
import { describe, expect, it } from "vitest"
import { serversFromEnv } from "../../src/lib/registry/env-servers"
import { parseRuntimeConfig } from "../../src/lib/registry/config"
import { runEntrypoint, serversOf, shells } from "./helpers"

const ODD_NAMES = [
  'Say "hi"',
  "back\\slash and \\n literally",
  "it's $(touch /tmp/pwned) `id` ${HOME} $PATH",
  "日本語 · Ελληνικά · עברית · é",
  "rocket 🚀 and zero\u200bwidth",
  "</script><script>alert(1)</script>",
  "semi;colon & amp | pipe > gt * star",
]

type Case = { title: string; env: Record<string, string>; servers: unknown[] }
type Env = Record<string, string>

describe.each(shells())("entrypoint.sh under $name", (shell) => {
  const run = (env: Record<string, string>, extra: { args?: string[]; existing?: string; configPath?: string } = {}) =>
    runEntrypoint({ env, shell, ...extra })

  it.each<Case>([
    {
      title: "one server from OPENCODE_SERVER_URL",
      env: { OPENCODE_SERVER_URL: "http://opencode.internal:4096" },
      servers: [{ name: "OpenCode", url: "http://opencode.internal:4096" }],
    },
    {
      title: "numbered servers in numeric order, gaps allowed, the single one first",
      env: {
        OPENCODE_SERVER_10_URL: "https://ten.example.com",
        OPENCODE_SERVER_10_NAME: "Ten",
        OPENCODE_SERVER_2_URL: "http://two.example.com:4002",
        OPENCODE_SERVER_2_NAME: "Two",
        OPENCODE_SERVER_1_URL: "http://localhost:4001",
        OPENCODE_SERVER_1_NAME: "One",
        OPENCODE_SERVER_URL: "http://single.example.com",
      },
      servers: [
        { name: "OpenCode", url: "http://single.example.com" },
        { name: "One", url: "http://localhost:4001" },
        { name: "Two", url: "http://two.example.com:4002" },
        { name: "Ten", url: "https://ten.example.com" },
      ],
    },
    {
      title: "a missing name becomes Server <N>; values are trimmed",
      env: { OPENCODE_SERVER_7_URL: "  http://seven.example.com/  ", OPENCODE_SERVER_7_NAME: "   " },
      servers: [{ name: "Server 7", url: "http://seven.example.com/" }],
    },
    {
      title: "a valid color is kept as written",
      env: { OPENCODE_SERVER_1_URL: "http://a.example.com", OPENCODE_SERVER_1_NAME: "A", OPENCODE_SERVER_1_COLOR: "#AbCdEf" },
      servers: [{ name: "A", url: "http://a.example.com", color: "#AbCdEf" }],
    },
    {
      title: "a NAME or COLOR without a URL adds nothing",
      env: { OPENCODE_SERVER_1_URL: "http://a.example.com", OPENCODE_SERVER_2_NAME: "No URL", OPENCODE_SERVER_2_COLOR: "#123456" },
      servers: [{ name: "Server 1", url: "http://a.example.com" }],
    },
  ])("$title", ({ env, servers }) => {
    const result = run(env)
    expect(result.status, result.stderr).toBe(0)
    expect(serversOf(result.config)).toEqual(servers)
  })

  it.each(ODD_NAMES.map((name) => ({ name })))("keeps the name $name exactly", ({ name }) => {
    const result = run({ OPENCODE_SERVER_1_URL: "http://odd.example.com", OPENCODE_SERVER_1_NAME: name })
    expect(result.status, result.stderr).toBe(0)
    expect(serversOf(result.config)).toEqual([{ name, url: "http://odd.example.com" }])
  })

  it("escapes control characters and keeps every odd name in one valid file", () => {
    const control = "tab\there\nnew line\r\u0001\u001f\u007f end"
    const env: Record<string, string> = { OPENCODE_SERVER_1_URL: "http://c.example.com", OPENCODE_SERVER_1_NAME: control }
    ODD_NAMES.forEach((name, i) => {
      env[`OPENCODE_SERVER_${i + 2}_URL`] = `http://odd${i}.example.com`
      env[`OPENCODE_SERVER_${i + 2}_NAME`] = name
    })
    const result = run(env)
    expect(result.status, result.stderr).toBe(0)
    // Raw control characters are not allowed inside JSON strings: they must be escaped.
    const raw = [...(result.config ?? "")].filter((ch) => ch.charCodeAt(0) < 0x20 && ch !== "\n")
    expect(raw).toEqual([])
    expect(serversOf(result.config).map((s) => (s as { name: string }).name)).toEqual([control.trim(), ...ODD_NAMES])
  })

  it("does not run anything found in a value", () => {
    const result = run({ OPENCODE_SERVER_1_URL: "http://x.example.com", OPENCODE_SERVER_1_NAME: "$(echo INJECTED >&2)`echo INJECTED >&2`" })
    expect(result.status).toBe(0)
    expect(result.stderr).not.toContain("INJECTED")
  })

  it.each([
    { title: "ftp", url: "ftp://files.example.com", reason: "not an http:// or https:// URL" },
    { title: "javascript", url: "javascript:alert(1)", reason: "not an http:// or https:// URL" },
    { title: "no scheme", url: "localhost:4001", reason: "not an http:// or https:// URL" },
    { title: "no host", url: "http://", reason: "has no host" },
    { title: "a space", url: "http://bad host.example.com", reason: "spaces, quotes" },
    { title: "a quote", url: 'http://x.example.com/"', reason: "spaces, quotes" },
  ])("skips a URL with $title, says so on stderr and keeps the others", ({ url, reason }) => {
    const result = run({
      OPENCODE_SERVER_1_URL: url,
      OPENCODE_SERVER_2_URL: "http://good.example.com",
      OPENCODE_SERVER_2_NAME: "Good",
    })
    expect(result.status).toBe(0)
    expect(result.stderr).toContain("skipping OPENCODE_SERVER_1_URL")
    expect(result.stderr).toContain(reason)
    expect(serversOf(result.config)).toEqual([{ name: "Good", url: "http://good.example.com" }])
  })

  it("refuses a URL carrying a password and never prints the password", () => {
    const result = run({ OPENCODE_SERVER_1_URL: "http://opencode:hunter2secret@host.example.com" })
    expect(result.status).toBe(0)
    expect(result.stderr).toContain("skipping OPENCODE_SERVER_1_URL: it contains a user or password")
    expect(`${result.stderr}${result.stdout}${result.config ?? ""}`).not.toContain("hunter2secret")
    expect(serversOf(result.config)).toEqual([])
    expect(result.stderr).toContain("no usable server")
  })

  it("drops a color that is not #rrggbb, with a message, and keeps the server", () => {
    const result = run({ OPENCODE_SERVER_3_URL: "http://c.example.com", OPENCODE_SERVER_3_COLOR: "red" })
    expect(result.status).toBe(0)
    expect(result.stderr).toContain('OPENCODE_SERVER_3_COLOR "red" is not like #1a2b3c')
    expect(serversOf(result.config)).toEqual([{ name: "Server 3", url: "http://c.example.com" }])
  })

  it("never writes passwords, even when they are in the environment", () => {
    const result = run({
      OPENCODE_SERVER_1_URL: "http://a.example.com",
      OPENCODE_SERVER_PASSWORD: "pw-main-secret",
      OPENCODE_SERVER_1_PASSWORD: "pw-one-secret",
    })
    expect(result.status).toBe(0)
    expect(result.config).not.toContain("secret")
    expect(result.stderr).not.toContain("secret")
  })

  it.each<{ title: string; env: Env }>([
    { title: "no server variables", env: {} },
    { title: "only empty ones", env: { OPENCODE_SERVER_URL: "", OPENCODE_SERVER_1_URL: "   ", OPENCODE_SERVER_1_NAME: "x" } },
  ])("leaves an existing config.json alone with $title", ({ env }) => {
    const existing = '{"servers":[{"name":"From ConfigMap","url":"https://cm.example.com"}]}'
    const result = run(env, { existing })
    expect(result.status).toBe(0)
    expect(result.config).toBe(existing)
    expect(result.stderr).toContain("left as it is")
  })

  it("replaces an existing config.json when servers are given", () => {
    const result = run({ OPENCODE_SERVER_1_URL: "http://new.example.com" }, { existing: '{"servers":[]}' })
    expect(serversOf(result.config)).toEqual([{ name: "Server 1", url: "http://new.example.com" }])
  })

  it("fails loudly when config.json cannot be written", () => {
    const result = run({ OPENCODE_SERVER_1_URL: "http://a.example.com" }, { configPath: "/nonexistent-portal-dir/config.json", args: ["sh", "-c", "echo STARTED"] })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain("cannot write /nonexistent-portal-dir/config.json")
    expect(result.stdout).not.toContain("STARTED")
  })

  it("writes config.json before it runs the command, and passes its exit status on", () => {
    const result = run({ OPENCODE_SERVER_1_URL: "http://a.example.com" }, { args: ["sh", "-c", 'cat "$PORTAL_CONFIG_PATH"; exit 7'] })
    expect(result.status).toBe(7)
    expect(serversOf(result.stdout)).toEqual([{ name: "Server 1", url: "http://a.example.com" }])
  })
})

describe("entrypoint.sh means what the build-time variables mean", () => {
  it.each<Env>([
    { OPENCODE_SERVER_URL: "http://localhost:4001" },
    {
      OPENCODE_SERVER_URL: "https://main.example.com",
      OPENCODE_SERVER_3_URL: "http://three.example.com:4003",
      OPENCODE_SERVER_3_NAME: "Three",
      OPENCODE_SERVER_3_COLOR: "#db2777",
      OPENCODE_SERVER_12_URL: " https://twelve.example.com ",
      OPENCODE_SERVER_1_URL: "http://one.example.com",
      OPENCODE_SERVER_1_NAME: ' Say "hi" \\ $(id) `id` 日本語 🚀 ',
      OPENCODE_SERVER_5_NAME: "Name without URL",
    },
  ])("matches serversFromEnv and passes the config.json validator: %j", (env) => {
    const result = runEntrypoint({ env })
    const config: unknown = JSON.parse(result.config ?? "null")
    expect(serversOf(result.config)).toEqual(serversFromEnv(env))
    const parsed = parseRuntimeConfig(config)
    expect(parsed.problems).toEqual([])
    expect(parsed.servers.map((s) => s.server.name)).toEqual(serversFromEnv(env).map((s) => s.name))
  })
})
