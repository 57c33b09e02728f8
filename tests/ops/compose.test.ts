// @vitest-environment node
// Docker cannot run here, so docker-compose.yml is checked by reading it: services, ports,
// volumes and OpenCode flags must line up with each other and with the portal's config.json.
import { describe, expect, it } from "vitest"
import { parseRuntimeConfig } from "../../src/lib/registry/config"
import { at, flagValues, nginxListenPort, pinnedOpencodeVersion, readRepoFile, readYaml, record, runEntrypoint, serversOf, strings } from "./helpers"

const compose = record(readYaml("docker-compose.yml"), "docker-compose.yml")
const services = record(compose.services, "services")
const opencodeNames = Object.keys(services).filter((name) => name.startsWith("opencode-"))
const PROJECTS = ["alpha", "beta", "gamma"]

/** "127.0.0.1:4001:4001" → { host: 4001, container: 4001, ip: "127.0.0.1" } */
function portMapping(spec: string): { ip: string | undefined; host: number; container: number } {
  const parts = spec.split(":")
  const container = Number(parts.at(-1))
  const host = Number(parts.at(-2))
  return { ip: parts.length === 3 ? parts[0] : undefined, host, container }
}

function onlyPort(name: string) {
  const ports = strings(at(services, name, "ports"), `${name}.ports`)
  expect(ports, `${name} publishes one port`).toHaveLength(1)
  return portMapping(ports[0] ?? "")
}

const portal = record(services.portal, "portal")
const portalPort = onlyPort("portal")
const portalOrigin = `http://localhost:${portalPort.host}`

describe("docker-compose.yml", () => {
  it("has the portal and one OpenCode server per project", () => {
    expect(Object.keys(services).sort()).toEqual(["opencode-alpha", "opencode-beta", "opencode-gamma", "portal"])
  })

  it("publishes the portal on port 3000, into the port nginx.conf listens on", () => {
    expect(portalPort.host).toBe(3000)
    expect(portalPort.container).toBe(nginxListenPort())
    expect(portal.build).toBe(".")
  })

  it.each(PROJECTS.map((project, i) => ({ project, port: 4001 + i })))("runs opencode-$project on $port with its own workspace", ({ project, port }) => {
    const name = `opencode-${project}`
    const service = record(services[name], name)
    const command = strings(service.command, `${name}.command`)
    expect(command[0]).toBe("serve")
    expect(flagValues(command, "--port")).toEqual([String(port)])
    // Inside a container, the default 127.0.0.1 would be unreachable through the published port.
    expect(flagValues(command, "--hostname")).toEqual(["0.0.0.0"])
    expect(flagValues(command, "--cors")).toEqual([portalOrigin])
    expect(onlyPort(name)).toEqual({ ip: "127.0.0.1", host: port, container: port })
    expect(service.image).toBe(`ghcr.io/anomalyco/opencode:${pinnedOpencodeVersion()}`)
    expect(service.working_dir).toBe("/workspace")
    expect(strings(service.volumes, `${name}.volumes`)).toContain(`./project-${project}:/workspace`)
  })

  it("gives every OpenCode server the password from .env, never a literal", () => {
    for (const name of opencodeNames) {
      const value = at(services, name, "environment", "OPENCODE_SERVER_PASSWORD")
      expect(value, name).toMatch(/^\$\{OPENCODE_SERVER_PASSWORD:\?[^}]+\}$/)
    }
    expect(readRepoFile(".env.example")).toMatch(/^OPENCODE_SERVER_PASSWORD=\S+$/m)
    expect(JSON.stringify(portal)).not.toContain("PASSWORD")
  })

  it("keeps every data volume apart and declares it", () => {
    const declared = Object.keys(record(compose.volumes, "volumes"))
    const named = opencodeNames.flatMap((name) =>
      strings(at(services, name, "volumes"), name)
        .map((v) => v.split(":")[0] ?? "")
        .filter((source) => !source.startsWith(".")),
    )
    expect(new Set(named).size).toBe(named.length)
    expect(named.sort()).toEqual(declared.sort())
  })

  it("puts every service on the one network", () => {
    const networks = Object.keys(record(compose.networks, "networks"))
    expect(networks).toHaveLength(1)
    for (const name of Object.keys(services)) expect(strings(at(services, name, "networks"), name), name).toEqual(networks)
  })

  it("starts the portal after the servers", () => {
    expect(strings(portal.depends_on, "portal.depends_on").sort()).toEqual([...opencodeNames].sort())
  })

  it("pre-configures the portal, through the real entrypoint, with every server at its published address", () => {
    const env = Object.fromEntries(Object.entries(record(portal.environment, "portal.environment")).map(([k, v]) => [k, String(v)]))
    const result = runEntrypoint({ env })
    expect(result.status, result.stderr).toBe(0)
    const servers = serversOf(result.config)
    const urls = servers.map((s) => at(s, "url"))
    expect(urls).toEqual(opencodeNames.map((name) => `http://localhost:${onlyPort(name).host}`))
    const parsed = parseRuntimeConfig(JSON.parse(result.config ?? "null"))
    expect(parsed.problems).toEqual([])
    expect(parsed.servers.map((s) => s.server.name)).toEqual(["Alpha", "Beta", "Gamma"])
  })
})
