// @vitest-environment node
// The Dockerfile cannot be built here; its steps are checked against package.json, vite.config.ts,
// nginx.conf and .dockerignore so that a build elsewhere works on the first try.
import { existsSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { at, nginxListenPort, readRepoFile, record, repoRoot } from "./helpers"

type Instruction = { op: string; args: string }

/** Dockerfile → instructions, with comments dropped and `\` continuations joined. */
function instructions(text: string): Instruction[] {
  const joined = text
    .split("\n")
    .filter((line) => !/^\s*#/.test(line))
    .join("\n")
    .replace(/\\\n/g, " ")
  return joined
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const [op = "", ...rest] = line.split(/\s+/)
      return { op: op.toUpperCase(), args: rest.join(" ") }
    })
}

const all = instructions(readRepoFile("Dockerfile"))
const stageStarts = all.flatMap((ins, i) => (ins.op === "FROM" ? [i] : []))
const stages = stageStarts.map((start, i) => all.slice(start, stageStarts[i + 1] ?? all.length))
const buildStage = stages[0] ?? []
const finalStage = stages.at(-1) ?? []
const pkg = record(JSON.parse(readRepoFile("package.json")), "package.json")
const scripts = record(pkg.scripts, "scripts")

const ops = (stage: Instruction[], op: string) => stage.filter((ins) => ins.op === op).map((ins) => ins.args)
const indexOf = (stage: Instruction[], op: string, args: string) => stage.findIndex((ins) => ins.op === op && ins.args === args)

describe("Dockerfile", () => {
  it("builds with Node 20 and serves with unprivileged nginx, in two stages", () => {
    expect(stages).toHaveLength(2)
    expect(buildStage[0]?.args).toMatch(/^node:20[-.\w]* AS build$/)
    expect(finalStage[0]?.args).toMatch(/^nginxinc\/nginx-unprivileged:[\d.]+-alpine AS serve$/)
  })

  it("installs from the lockfile before copying sources, then runs the package's build script", () => {
    const copyManifests = indexOf(buildStage, "COPY", "package.json package-lock.json ./")
    const install = indexOf(buildStage, "RUN", "npm ci")
    const copySources = indexOf(buildStage, "COPY", ". .")
    const build = indexOf(buildStage, "RUN", "npm run build")
    expect([copyManifests, install, copySources, build].every((i) => i > 0)).toBe(true)
    expect(copyManifests).toBeLessThan(install)
    expect(install).toBeLessThan(copySources)
    expect(copySources).toBeLessThan(build)
    expect(existsSync(join(repoRoot, "package-lock.json"))).toBe(true)
  })

  it("only runs npm scripts that package.json defines", () => {
    const used = ops(buildStage, "RUN").flatMap((cmd) => [...cmd.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? ""))
    expect(used.length).toBeGreaterThan(0)
    for (const name of used) expect(scripts[name], `script ${name}`).toBeTypeOf("string")
    expect(String(scripts.build)).toMatch(/vite build/)
  })

  it("passes PORTAL_BASE to the build, which vite.config.ts reads", () => {
    expect(ops(buildStage, "ARG")).toContain("PORTAL_BASE=/")
    expect(ops(buildStage, "ENV")).toContain("PORTAL_BASE=${PORTAL_BASE}")
    expect(readRepoFile("vite.config.ts")).toMatch(/process\.env\.PORTAL_BASE/)
  })

  it("copies Vite's output directory into nginx's web root", () => {
    const workdir = ops(buildStage, "WORKDIR")[0]
    // vite.config.ts keeps Vite's default outDir ("dist").
    expect(readRepoFile("vite.config.ts")).not.toMatch(/outDir/)
    expect(ops(finalStage, "COPY")).toContain(`--from=build ${workdir}/dist/ /usr/share/nginx/html/`)
    expect(readRepoFile("nginx.conf")).toMatch(/^\s*root \/usr\/share\/nginx\/html; # test: root$/m)
  })

  it("uses the project's nginx.conf and entrypoint", () => {
    const copies = ops(finalStage, "COPY")
    expect(copies).toContain("nginx.conf /etc/nginx/nginx.conf")
    const entry = copies.find((c) => c.startsWith("docker/entrypoint.sh "))?.split(" ")[1]
    expect(entry).toBeDefined()
    expect(ops(finalStage, "ENTRYPOINT")).toEqual([`["${entry}"]`])
    expect(ops(finalStage, "CMD")).toEqual(['["nginx", "-g", "daemon off;"]'])
  })

  it("runs as a non-root user on the port nginx.conf listens on", () => {
    const lastUser = finalStage.filter((ins) => ins.op === "USER").at(-1)?.args
    expect(lastUser).toBeDefined()
    expect(["root", "0"]).not.toContain(lastUser)
    expect(ops(finalStage, "EXPOSE")).toEqual([String(nginxListenPort())])
    const conf = readRepoFile("nginx.conf")
    // A non-root nginx must not need root-owned paths or the `user` directive.
    expect(conf).not.toMatch(/^\s*user\s/m)
    expect(conf).toMatch(/^pid \/tmp\/nginx\.pid;/m)
    for (const [, path] of conf.matchAll(/_temp_path (\S+);/g)) expect(path).toMatch(/^\/tmp\//)
  })

  it("checks health on a location nginx.conf answers", () => {
    const health = ops(finalStage, "HEALTHCHECK")[0] ?? ""
    const url = /http:\/\/127\.0\.0\.1:(\d+)(\/\S*)/.exec(health)
    expect(url?.[1]).toBe(String(nginxListenPort()))
    expect(readRepoFile("nginx.conf")).toContain(`location = ${url?.[2]} {`)
  })
})

/** .dockerignore rules, last match wins; `*` stays within one path segment, a dir rule covers its contents. */
function ignored(path: string): boolean {
  let result = false
  for (const raw of readRepoFile(".dockerignore").split("\n")) {
    const line = raw.trim()
    if (!line || line.startsWith("#")) continue
    const negate = line.startsWith("!")
    const pattern = (negate ? line.slice(1) : line).replace(/^\/|\/$/g, "")
    const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&")
    const source = pattern
      .split("**")
      .map((part) => part.split("*").map(escape).join("[^/]*"))
      .join(".*")
    if (new RegExp(`^${source}(/.*)?$`).test(path)) result = !negate
  }
  return result
}

describe(".dockerignore", () => {
  it.each(["package.json", "package-lock.json", "index.html", "vite.config.ts", "uno.config.ts", "tsconfig.json", "src/main.tsx", "src/lib/env-servers.ts", "public/favicon.svg", "nginx.conf", "docker/entrypoint.sh"])(
    "keeps %s in the build context",
    (path) => expect(ignored(path)).toBe(false),
  )

  it.each(["node_modules/vite/package.json", ".git/HEAD", "dist/index.html", ".env", ".env.local", "test-results/x.txt", "public/config.json"])("leaves %s out", (path) =>
    expect(ignored(path)).toBe(true),
  )

  it("keeps every file the Dockerfile copies", () => {
    const sources = all
      .filter((ins) => ins.op === "COPY" && !ins.args.startsWith("--from"))
      .flatMap((ins) => ins.args.split(" ").slice(0, -1))
      .filter((src) => src !== ".")
    expect(sources.length).toBeGreaterThan(0)
    for (const src of sources) {
      expect(existsSync(join(repoRoot, src)), src).toBe(true)
      expect(ignored(src), src).toBe(false)
    }
  })

  it("ships a lockfile in step with package.json, or `npm ci` refuses to install", () => {
    const root = record(at(JSON.parse(readRepoFile("package-lock.json")), "packages", ""), "lockfile root")
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {})
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {})
  })
})
