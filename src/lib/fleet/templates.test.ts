// @vitest-environment node
import { describe, expect, it } from "vitest"
import { buildTemplate, serveCommand, type TemplateInput } from "./templates"

const ORIGIN = "https://portal.example.com"

describe("serveCommand", () => {
  it("binds, picks the port and allows this portal's origin", () => {
    expect(serveCommand("127.0.0.1", 4100, ORIGIN)).toBe("opencode serve --hostname 127.0.0.1 --port 4100 --cors https://portal.example.com")
  })
})

describe("buildTemplate: servers", () => {
  it.each<[string, TemplateInput, [string, string, string][]]>([
    [
      "local range",
      { kind: "local", count: 3, firstPort: 4100, group: " dev " },
      [
        ["Local 4100", "http://localhost:4100", "dev"],
        ["Local 4101", "http://localhost:4101", "dev"],
        ["Local 4102", "http://localhost:4102", "dev"],
      ],
    ],
    [
      "compose services",
      { kind: "compose", services: "alpha, beta", firstPort: 4001, group: "docker" },
      [
        ["alpha", "http://localhost:4001", "docker"],
        ["beta", "http://localhost:4002", "docker"],
      ],
    ],
    ["tailscale on 8443", { kind: "tailscale", machine: "DevBox", tailnet: "tail-1.ts.net", httpsPort: 8443, localPort: 4096, group: "" }, [["devbox", "https://devbox.tail-1.ts.net:8443", ""]]],
    ["tailscale on 443", { kind: "tailscale", machine: "devbox", tailnet: "tail-1", httpsPort: 443, localPort: 4096, group: "" }, [["devbox", "https://devbox.tail-1.ts.net", ""]]],
    ["vps", { kind: "vps", domain: "alpha.example.com", localPort: 4096, group: "prod" }, [["alpha", "https://alpha.example.com", "prod"]]],
  ])("%s", (_label, input, servers) => {
    const result = buildTemplate(input, ORIGIN)
    expect(result.ok && result.servers.map((s) => [s.name, s.url, s.group])).toEqual(servers)
  })
})

describe("buildTemplate: commands", () => {
  it.each<[string, TemplateInput, string[]]>([
    ["local", { kind: "local", count: 2, firstPort: 4100, group: "" }, ["OPENCODE_SERVER_PASSWORD=", "opencode serve --hostname 127.0.0.1 --port 4100 --cors https://portal.example.com", "--port 4101 --cors https://portal.example.com"]],
    ["compose", { kind: "compose", services: "alpha", firstPort: 4001, group: "" }, ["OPENCODE_SERVER_PASSWORD: ${OPENCODE_SERVER_PASSWORD", `command: ["serve", "--hostname", "0.0.0.0", "--port", "4001", "--cors", "https://portal.example.com"]`, `- "127.0.0.1:4001:4001"`, "./alpha:/workspace"]],
    ["tailscale", { kind: "tailscale", machine: "devbox", tailnet: "t", httpsPort: 8443, localPort: 4096, group: "" }, ["OPENCODE_SERVER_PASSWORD=", "opencode serve --hostname 127.0.0.1 --port 4096 --cors https://portal.example.com &", "sudo tailscale serve --bg --https=8443 http://127.0.0.1:4096"]],
    ["vps", { kind: "vps", domain: "alpha.example.com", localPort: 4097, group: "" }, ["OPENCODE_SERVER_PASSWORD=", "--port 4097 --cors https://portal.example.com", "server_name alpha.example.com;", "proxy_pass http://127.0.0.1:4097;", "proxy_set_header Upgrade $http_upgrade;"]],
  ])("%s", (_label, input, parts) => {
    const result = buildTemplate(input, ORIGIN)
    for (const part of parts) expect(result.ok && result.commands).toContain(part)
  })
})

describe("buildTemplate: refusals", () => {
  it.each<[TemplateInput, string]>([
    [{ kind: "local", count: 0, firstPort: 4100, group: "" }, "Servers must be 1 to 20."],
    [{ kind: "local", count: 21, firstPort: 4100, group: "" }, "Servers must be 1 to 20."],
    [{ kind: "local", count: 3, firstPort: 65534, group: "" }, "The last port must be a port from 1 to 65535."],
    [{ kind: "local", count: 1, firstPort: 0, group: "" }, "First port must be a port from 1 to 65535."],
    [{ kind: "compose", services: " ", firstPort: 4001, group: "" }, "Name at least one service, e.g. alpha, beta."],
    [{ kind: "compose", services: "Alpha!", firstPort: 4001, group: "" }, `"Alpha!" is not a compose service name (lowercase letters, digits, - and _).`],
    [{ kind: "compose", services: "a a", firstPort: 4001, group: "" }, "Each service needs its own name."],
    [{ kind: "tailscale", machine: "dev.box", tailnet: "t", httpsPort: 443, localPort: 4096, group: "" }, "Machine must be one name, e.g. devbox."],
    [{ kind: "tailscale", machine: "devbox", tailnet: "bad_net", httpsPort: 443, localPort: 4096, group: "" }, "Tailnet must look like tailnet-name (from tailnet-name.ts.net)."],
    [{ kind: "vps", domain: "localhost", localPort: 4096, group: "" }, "Domain must be a full name, e.g. alpha.example.com."],
    [{ kind: "vps", domain: "a.example.com", localPort: 70000, group: "" }, "Local port must be a port from 1 to 65535."],
  ])("%j", (input, error) => {
    expect(buildTemplate(input, ORIGIN)).toEqual({ ok: false, error })
  })
})
