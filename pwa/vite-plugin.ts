/**
 * Emits `sw.js` beside index.html with the build's app shell listed in it: index.html, the entry
 * chunk with everything it imports (scripts and styles), the /servers page, and public/'s icons.
 * Other pages' chunks are cached the first time they load. The list names hashed files, so every
 * build that changes code is a new worker, which is how an open portal notices a deploy.
 */
import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import type { Plugin, Rolldown } from "vite"

type OutputChunk = Rolldown.OutputChunk

const PUBLIC_SHELL = ["./", "manifest.webmanifest", "favicon.svg", "theme.js", "icon-192.png", "icon-512.png"]
/** The first page a person sees; its chunk belongs in the shell so /servers opens offline. */
const SHELL_PAGES = [/src\/routes\/servers\.tsx$/]

export function shellFiles(bundle: Rolldown.OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === "chunk")
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const files = new Set<string>()
  const add = (chunk: OutputChunk | undefined) => {
    if (!chunk || files.has(chunk.fileName)) return
    files.add(chunk.fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css)
    for (const name of chunk.imports) add(byName.get(name))
  }
  for (const chunk of chunks) if (chunk.isEntry || SHELL_PAGES.some((page) => page.test(chunk.facadeModuleId ?? ""))) add(chunk)
  return [...files].sort()
}

export function serviceWorkerPlugin(): Plugin {
  return {
    name: "portal-service-worker",
    apply: "build",
    generateBundle(_options, bundle) {
      const shell = [...PUBLIC_SHELL, ...shellFiles(bundle)]
      const version = createHash("sha256").update(shell.join("\n")).digest("hex").slice(0, 12)
      const source = readFileSync(new URL("./sw.js", import.meta.url), "utf8")
        .replace('"__PORTAL_VERSION__"', JSON.stringify(version))
        .replace("__PORTAL_SHELL__", JSON.stringify(shell))
      this.emitFile({ type: "asset", fileName: "sw.js", source })
    },
  }
}
