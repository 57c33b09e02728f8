// @vitest-environment node
// The guides are read, not run, so check what can drift: links, anchors, and the values they
// copy from the shipped files (CSP, pinned OpenCode image).
import { existsSync, readdirSync } from "node:fs"
import { dirname, join } from "node:path"
import { describe, expect, it } from "vitest"
import { pinnedOpencodeVersion, readRepoFile, repoRoot } from "./helpers"

const GUIDES = ["cdn.md", "tailscale.md", "vps-nginx.md", "kubernetes.md", "troubleshooting.md", "config.md", "docker.md"]
const docs = readdirSync(join(repoRoot, "docs")).filter((f) => f.endsWith(".md"))

/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to dashes. */
function anchors(markdown: string): Set<string> {
  const outsideCode = markdown.replace(/```[\s\S]*?```/g, "")
  return new Set(
    [...outsideCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) =>
      (m[1] ?? "")
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, "")
        .replace(/ /g, "-"),
    ),
  )
}

const projectCsp = /add_header Content-Security-Policy "([^"]+)" always;/.exec(readRepoFile("nginx.conf"))?.[1]

describe("docs/", () => {
  it("has every guide the issue asks for", () => {
    for (const guide of GUIDES) expect(docs, guide).toContain(guide)
  })

  it.each(docs)("%s links only to files and headings that exist", (doc) => {
    const text = readRepoFile(`docs/${doc}`).replace(/```[\s\S]*?```/g, "")
    for (const [, target = ""] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^https?:/.test(target)) continue
      const [file = "", anchor] = target.split("#")
      const path = file ? join(repoRoot, "docs", file) : join(repoRoot, "docs", doc)
      expect(existsSync(path), `${doc} → ${target}`).toBe(true)
      if (anchor) expect(anchors(readRepoFile(join("docs", file || doc))).has(anchor), `${doc} → ${target}`).toBe(true)
      expect(dirname(path).startsWith(repoRoot), target).toBe(true)
    }
  })

  it.each(docs)("%s copies the Content-Security-Policy of nginx.conf exactly", (doc) => {
    expect(projectCsp).toBeDefined()
    const text = readRepoFile(`docs/${doc}`)
    for (const [, csp] of text.matchAll(/Content-Security-Policy:? "?(default-src[^"\n]+)/g)) expect(csp).toBe(projectCsp)
  })

  it("the CSP check above sees the guides' copies", () => {
    const copies = docs.flatMap((doc) => [...readRepoFile(`docs/${doc}`).matchAll(/Content-Security-Policy:? "?default-src/g)])
    expect(copies.length).toBeGreaterThanOrEqual(3)
  })

  it.each(docs)("%s names the pinned OpenCode image", (doc) => {
    for (const [, version] of readRepoFile(`docs/${doc}`).matchAll(/ghcr\.io\/anomalyco\/opencode:([\w.-]+)/g)) {
      expect(version).toBe(pinnedOpencodeVersion())
    }
  })
})
