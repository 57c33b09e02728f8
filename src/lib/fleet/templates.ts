/**
 * Common set-ups as registry entries plus the exact commands that start their servers right:
 * loopback or container binding, a password, and `--cors` with this portal's origin. The page
 * never starts anything; people copy the commands.
 */
export type TemplateServer = { name: string; url: string; group: string }
export type TemplateResult = { ok: true; servers: TemplateServer[]; commands: string } | { ok: false; error: string }

export type TemplateInput =
  | { kind: "local"; count: number; firstPort: number; group: string }
  | { kind: "compose"; services: string; firstPort: number; group: string }
  | { kind: "tailscale"; machine: string; tailnet: string; httpsPort: number; localPort: number; group: string }
  | { kind: "vps"; domain: string; localPort: number; group: string }

export const TEMPLATE_LABELS: Record<TemplateInput["kind"], string> = {
  local: "Local port range",
  compose: "Docker Compose services",
  tailscale: "Tailscale host",
  vps: "VPS behind nginx",
}

/** A local fleet beyond this is a typo, not a plan. */
export const MAX_TEMPLATE_SERVERS = 20

const PASSWORD_LINE = "export OPENCODE_SERVER_PASSWORD='choose-a-password'   # type the same one into the portal"
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
const SERVICE_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/

function portError(port: number, label: string): string | undefined {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? undefined : `${label} must be a port from 1 to 65535.`
}

export function serveCommand(hostname: string, port: number, origin: string): string {
  return `opencode serve --hostname ${hostname} --port ${port} --cors ${origin}`
}

export function buildTemplate(input: TemplateInput, origin: string): TemplateResult {
  const group = input.group.trim()
  switch (input.kind) {
    case "local":
      return localRange(input, origin, group)
    case "compose":
      return compose(input, origin, group)
    case "tailscale":
      return tailscale(input, origin, group)
    case "vps":
      return vps(input, origin, group)
  }
}

function localRange(input: Extract<TemplateInput, { kind: "local" }>, origin: string, group: string): TemplateResult {
  if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_TEMPLATE_SERVERS) return { ok: false, error: `Servers must be 1 to ${MAX_TEMPLATE_SERVERS}.` }
  const bad = portError(input.firstPort, "First port") ?? portError(input.firstPort + input.count - 1, "The last port")
  if (bad) return { ok: false, error: bad }
  const ports = Array.from({ length: input.count }, (_, i) => input.firstPort + i)
  return {
    ok: true,
    servers: ports.map((port) => ({ name: `Local ${port}`, url: `http://localhost:${port}`, group })),
    commands: [PASSWORD_LINE, "# One per project, each started in its project's directory:", ...ports.map((port) => serveCommand("127.0.0.1", port, origin))].join("\n"),
  }
}

function compose(input: Extract<TemplateInput, { kind: "compose" }>, origin: string, group: string): TemplateResult {
  const names = input.services.split(/[\s,]+/).filter(Boolean)
  if (names.length === 0) return { ok: false, error: "Name at least one service, e.g. alpha, beta." }
  if (names.length > MAX_TEMPLATE_SERVERS) return { ok: false, error: `At most ${MAX_TEMPLATE_SERVERS} services.` }
  const badName = names.find((n) => !SERVICE_NAME.test(n))
  if (badName) return { ok: false, error: `"${badName.slice(0, 30)}" is not a compose service name (lowercase letters, digits, - and _).` }
  if (new Set(names).size !== names.length) return { ok: false, error: "Each service needs its own name." }
  const bad = portError(input.firstPort, "First port") ?? portError(input.firstPort + names.length - 1, "The last port")
  if (bad) return { ok: false, error: bad }
  const services = names.map((name, i) => ({ name, port: input.firstPort + i }))
  const yaml = [
    "# docker-compose.yml (put OPENCODE_SERVER_PASSWORD=... in .env beside it)",
    "x-opencode: &opencode",
    "  image: ghcr.io/anomalyco/opencode:1.18.33",
    "  working_dir: /workspace",
    "  environment:",
    "    OPENCODE_SERVER_PASSWORD: ${OPENCODE_SERVER_PASSWORD:?set it in .env}",
    "  restart: unless-stopped",
    "",
    "services:",
    ...services.flatMap(({ name, port }) => [
      `  ${name}:`,
      "    <<: *opencode",
      `    command: ["serve", "--hostname", "0.0.0.0", "--port", "${port}", "--cors", "${origin}"]`,
      "    ports:",
      `      - "127.0.0.1:${port}:${port}"`,
      "    volumes:",
      `      - ./${name}:/workspace`,
    ]),
  ]
  return { ok: true, servers: services.map(({ name, port }) => ({ name, url: `http://localhost:${port}`, group })), commands: yaml.join("\n") }
}

function tailscale(input: Extract<TemplateInput, { kind: "tailscale" }>, origin: string, group: string): TemplateResult {
  const machine = input.machine.trim().toLowerCase()
  const tailnet = input.tailnet.trim().toLowerCase().replace(/\.ts\.net$/, "")
  if (!HOST_NAME.test(machine) || machine.includes(".")) return { ok: false, error: "Machine must be one name, e.g. devbox." }
  if (!HOST_NAME.test(tailnet)) return { ok: false, error: "Tailnet must look like tailnet-name (from tailnet-name.ts.net)." }
  const bad = portError(input.httpsPort, "HTTPS port") ?? portError(input.localPort, "Local port")
  if (bad) return { ok: false, error: bad }
  const url = `https://${machine}.${tailnet}.ts.net${input.httpsPort === 443 ? "" : `:${input.httpsPort}`}`
  return {
    ok: true,
    servers: [{ name: machine, url, group }],
    commands: [
      `# On ${machine}, in the project's directory:`,
      PASSWORD_LINE,
      `${serveCommand("127.0.0.1", input.localPort, origin)} &`,
      `sudo tailscale serve --bg --https=${input.httpsPort} http://127.0.0.1:${input.localPort}`,
    ].join("\n"),
  }
}

function vps(input: Extract<TemplateInput, { kind: "vps" }>, origin: string, group: string): TemplateResult {
  const domain = input.domain.trim().toLowerCase()
  if (!HOST_NAME.test(domain) || !domain.includes(".")) return { ok: false, error: "Domain must be a full name, e.g. alpha.example.com." }
  const bad = portError(input.localPort, "Local port")
  if (bad) return { ok: false, error: bad }
  return {
    ok: true,
    servers: [{ name: domain.split(".")[0] ?? domain, url: `https://${domain}`, group }],
    commands: [
      "# On the VPS, in the project's directory (or as a systemd unit: docs/vps-nginx.md):",
      PASSWORD_LINE,
      serveCommand("127.0.0.1", input.localPort, origin),
      "",
      `# nginx, then: sudo certbot --nginx -d ${domain}`,
      "server {",
      "    listen 80;",
      `    server_name ${domain};`,
      "    location / {",
      `        proxy_pass http://127.0.0.1:${input.localPort};`,
      "        proxy_http_version 1.1;",
      "        proxy_set_header Upgrade $http_upgrade;",
      '        proxy_set_header Connection "upgrade";',
      "        proxy_buffering off;",
      "        proxy_read_timeout 1h;",
      "    }",
      "}",
    ].join("\n"),
  }
}
