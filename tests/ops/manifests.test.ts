// @vitest-environment node
// The Kubernetes and Swarm examples, parsed and cross-checked: every reference resolves, every
// OpenCode server allows the portal's origin, and the portal's config lists each server at the
// address browsers reach it by.
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { parse as parseYaml } from "yaml"
import { parseRuntimeConfig } from "../../src/lib/registry/config"
import {
  at,
  flagValues,
  isRecord,
  list,
  nginxListenPort,
  pinnedOpencodeVersion,
  readRepoFile,
  readYaml,
  readYamlDocs,
  record,
  repoRoot,
  runEntrypoint,
  serversOf,
  strings,
} from "./helpers"

type Resource = { kind: string; name: string; body: Record<string, unknown> }

const K8S = "deploy/kubernetes"
const kustomization = record(readYaml(`${K8S}/kustomization.yaml`), "kustomization")
const resourceFiles = strings(kustomization.resources, "resources")
const resources: Resource[] = resourceFiles.flatMap((file) =>
  readYamlDocs(`${K8S}/${file}`).map((doc) => {
    const body = record(doc, file)
    return { kind: String(body.kind), name: String(at(body, "metadata", "name")), body }
  }),
)

function find(kind: string, name: string): Record<string, unknown> {
  const found = resources.find((r) => r.kind === kind && r.name === name)
  if (!found) throw new Error(`no ${kind} ${name}`)
  return found.body
}

const matches = (selector: unknown, labels: unknown) =>
  isRecord(selector) && isRecord(labels) && Object.entries(selector).every(([k, v]) => labels[k] === v)

function podSpec(deployment: Record<string, unknown>) {
  return record(at(deployment, "spec", "template", "spec"), "pod spec")
}

function onlyContainer(deployment: Record<string, unknown>) {
  const containers = list(podSpec(deployment).containers, "containers")
  expect(containers).toHaveLength(1)
  return record(containers[0], "container")
}

const ingress = find("Ingress", "opencode")
const rules = list(at(ingress, "spec", "rules"), "rules").map((rule) => ({
  host: String(at(rule, "host")),
  service: String(at(rule, "http", "paths", 0, "backend", "service", "name")),
  port: String(at(rule, "http", "paths", 0, "backend", "service", "port", "name")),
}))
const hostOf = (service: string) => rules.find((r) => r.service === service)?.host
const portalOrigin = `https://${hostOf("portal") ?? "?"}`
const INSTANCES = ["alpha", "beta", "gamma"]

describe("Kubernetes manifests", () => {
  it("kustomization lists every manifest in the folder, and each parses with a kind and a name", () => {
    const files = readdirSync(join(repoRoot, K8S)).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml")
    expect([...resourceFiles].sort()).toEqual(files.sort())
    for (const r of resources) expect(r.body.apiVersion, `${r.kind}/${r.name}`).toBeTypeOf("string")
  })

  it.each(INSTANCES)("runs opencode-%s as a Deployment with its Service and PersistentVolumeClaim", (instance) => {
    const name = `opencode-${instance}`
    const deployment = find("Deployment", name)
    const podLabels = at(deployment, "spec", "template", "metadata", "labels")
    expect(matches(at(deployment, "spec", "selector", "matchLabels"), podLabels)).toBe(true)
    // A ReadWriteOnce volume cannot be attached to the old and the new pod at once.
    expect(at(deployment, "spec", "strategy", "type")).toBe("Recreate")

    const container = onlyContainer(deployment)
    expect(container.image).toBe(`ghcr.io/anomalyco/opencode:${pinnedOpencodeVersion()}`)
    const args = strings(container.args, "args")
    expect(args[0]).toBe("serve")
    expect(flagValues(args, "--hostname")).toEqual(["0.0.0.0"])
    expect(flagValues(args, "--cors")).toEqual([portalOrigin])
    const port = Number(flagValues(args, "--port")[0])
    expect(at(container, "ports", 0)).toEqual({ name: "http", containerPort: port })

    const password = list(container.env, "env").find((e) => at(e, "name") === "OPENCODE_SERVER_PASSWORD")
    expect(at(password, "valueFrom", "secretKeyRef")).toEqual({ name: "opencode-password", key: "password" })
    expect(isRecord(password) && "value" in password).toBe(false)

    const claim = String(at(podSpec(deployment), "volumes", 0, "persistentVolumeClaim", "claimName"))
    expect(at(find("PersistentVolumeClaim", claim), "spec", "accessModes")).toEqual(["ReadWriteOnce"])
    const mounts = list(container.volumeMounts, "volumeMounts").map((m) => at(m, "mountPath"))
    expect(mounts).toContain(container.workingDir)

    const service = find("Service", name)
    expect(matches(at(service, "spec", "selector"), podLabels)).toBe(true)
    expect(at(service, "spec", "ports", 0, "targetPort")).toBe("http")
  })

  it("gives the portal its config.json from a ConfigMap, listing each server at its Ingress host", () => {
    const text = String(at(find("ConfigMap", "portal-config"), "data", "config.json"))
    const parsed = parseRuntimeConfig(JSON.parse(text))
    expect(parsed.problems).toEqual([])
    expect(parsed.defaultServerId).toBe("alpha")
    expect(parsed.servers.map((s) => s.server.url)).toEqual(INSTANCES.map((i) => `https://${hostOf(`opencode-${i}`) ?? "?"}`))
  })

  it("mounts that config.json beside index.html and keeps the entrypoint from overwriting it", () => {
    const deployment = find("Deployment", "portal")
    const container = onlyContainer(deployment)
    const mount = list(container.volumeMounts, "volumeMounts").find((m) => at(m, "mountPath") === "/usr/share/nginx/html/config.json")
    expect(at(mount, "subPath")).toBe("config.json")
    const volume = list(podSpec(deployment).volumes, "volumes").find((v) => at(v, "name") === at(mount, "name"))
    expect(at(volume, "configMap", "name")).toBe("portal-config")
    const env = isRecord(container) && Array.isArray(container.env) ? container.env : []
    expect(env.map((e) => String(at(e, "name"))).filter((n) => n.startsWith("OPENCODE_SERVER"))).toEqual([])
  })

  it("runs the portal as non-root on a read-only root, with /tmp writable for nginx", () => {
    const deployment = find("Deployment", "portal")
    const container = onlyContainer(deployment)
    expect(at(podSpec(deployment), "securityContext", "runAsNonRoot")).toBe(true)
    expect(at(container, "securityContext", "readOnlyRootFilesystem")).toBe(true)
    const tmp = list(container.volumeMounts, "volumeMounts").find((m) => at(m, "mountPath") === "/tmp")
    const volume = list(podSpec(deployment).volumes, "volumes").find((v) => at(v, "name") === at(tmp, "name"))
    expect(at(volume, "emptyDir")).toEqual({})
    expect(at(container, "ports", 0)).toEqual({ name: "http", containerPort: nginxListenPort() })
    expect(at(container, "readinessProbe", "httpGet", "path")).toBe("/healthz")
    expect(matches(at(find("Service", "portal"), "spec", "selector"), at(deployment, "spec", "template", "metadata", "labels"))).toBe(true)
  })

  it("routes the Ingress to existing Services and named ports, with TLS for every host", () => {
    expect(rules.map((r) => r.service).sort()).toEqual(["opencode-alpha", "opencode-beta", "opencode-gamma", "portal"])
    for (const rule of rules) {
      const ports = list(at(find("Service", rule.service), "spec", "ports"), "ports").map((p) => at(p, "name"))
      expect(ports, rule.service).toContain(rule.port)
    }
    expect(strings(at(ingress, "spec", "tls", 0, "hosts"), "tls hosts").sort()).toEqual(rules.map((r) => r.host).sort())
  })
})

/** `docker stack deploy` interpolation: ${VAR}, ${VAR:?message}, ${VAR:-default} and $$. */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(/\$\$|\$\{(\w+)(?::([?-])([^}]*))?\}/g, (whole, name: string | undefined, op: string | undefined, arg: string | undefined) => {
    if (whole === "$$") return "$"
    const value = env[name ?? ""]
    if (value) return value
    if (op === "-") return arg ?? ""
    throw new Error(`stack.yml needs ${name}${op === "?" ? `: ${arg}` : ""}`)
  })
}

describe("Docker Swarm stack", () => {
  const HOST = "swarm.example.test"
  const raw = readRepoFile("deploy/swarm/stack.yml")
  const stack = record(parseYaml(interpolate(raw, { PORTAL_HOST: HOST }), { merge: true }), "stack")
  const services = record(stack.services, "services")
  const opencodeNames = Object.keys(services).filter((n) => n.startsWith("opencode-"))
  const published = (name: string) => {
    const ports = strings(at(services, name, "ports"), name)
    expect(ports).toHaveLength(1)
    const [host, container] = (ports[0] ?? "").split(":").map(Number)
    return { host, container }
  }

  it("refuses to deploy without PORTAL_HOST", () => {
    expect(() => interpolate(raw, {})).toThrow(/PORTAL_HOST/)
  })

  it("declares a stack file version docker stack deploy accepts", () => {
    expect(String(stack.version)).toMatch(/^3\.\d+$/)
  })

  it("has the portal and three OpenCode servers on one overlay network", () => {
    expect(Object.keys(services).sort()).toEqual(["opencode-alpha", "opencode-beta", "opencode-gamma", "portal"])
    expect(at(stack, "networks", "opencode", "driver")).toBe("overlay")
    for (const name of Object.keys(services)) expect(strings(at(services, name, "networks"), name)).toEqual(["opencode"])
  })

  it.each(["alpha", "beta", "gamma"])("starts opencode-%s with the secret password, its port and the portal's origin", (instance) => {
    const name = `opencode-${instance}`
    const entry = strings(at(services, name, "entrypoint"), name)
    expect(entry.slice(0, 2)).toEqual(["/bin/sh", "-c"])
    const script = entry[2] ?? ""
    expect(script).toMatch(/^OPENCODE_SERVER_PASSWORD="\$\(cat \/run\/secrets\/opencode_password\)" exec opencode serve /)
    const args = script.split(" ")
    const port = published(name)
    expect(port.host).toBe(port.container)
    expect(flagValues(args, "--port")).toEqual([String(port.container)])
    expect(flagValues(args, "--hostname")).toEqual(["0.0.0.0"])
    expect(flagValues(args, "--cors")).toEqual([`http://${HOST}:${published("portal").host}`])
    expect(strings(at(services, name, "secrets"), name)).toEqual(["opencode_password"])
    expect(at(services, name, "image")).toBe(`ghcr.io/anomalyco/opencode:${pinnedOpencodeVersion()}`)
    const volumes = strings(at(services, name, "volumes"), name)
    expect(volumes).toContain(`${instance}-workspace:/workspace`)
    for (const v of volumes) expect(Object.keys(record(stack.volumes, "volumes")), v).toContain(v.split(":")[0])
  })

  it("takes the password from an external secret, never from the file", () => {
    expect(at(stack, "secrets", "opencode_password", "external")).toBe(true)
    expect(raw).not.toMatch(/OPENCODE_SERVER_PASSWORD:/)
  })

  it("pre-configures the portal, through the real entrypoint, with each server's published address", () => {
    expect(published("portal").container).toBe(nginxListenPort())
    const env = Object.fromEntries(Object.entries(record(at(services, "portal", "environment"), "env")).map(([k, v]) => [k, String(v)]))
    const result = runEntrypoint({ env })
    expect(result.status, result.stderr).toBe(0)
    expect(serversOf(result.config).map((s) => at(s, "url"))).toEqual(opencodeNames.map((n) => `http://${HOST}:${published(n).host}`))
    expect(parseRuntimeConfig(JSON.parse(result.config ?? "null")).problems).toEqual([])
  })
})
