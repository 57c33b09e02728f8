import { describe, expect, it } from "vitest"
import type { Rolldown } from "vite"
import { shellFiles } from "./vite-plugin"

type Chunk = Rolldown.OutputChunk

function chunk(fileName: string, fields: { isEntry?: boolean; imports?: string[]; css?: string[]; facade?: string }): Chunk {
  return {
    type: "chunk",
    fileName,
    isEntry: fields.isEntry ?? false,
    imports: fields.imports ?? [],
    facadeModuleId: fields.facade ?? null,
    viteMetadata: { importedCss: new Set(fields.css ?? []), importedAssets: new Set() },
  } as unknown as Chunk
}

describe("shellFiles", () => {
  it("lists the entry with what it imports and the /servers page, not the other pages", () => {
    const bundle = {
      a: chunk("assets/index-1.js", { isEntry: true, imports: ["assets/solid-2.js"], css: ["assets/index-3.css"] }),
      b: chunk("assets/solid-2.js", {}),
      c: chunk("assets/servers-4.js", { facade: "/repo/src/routes/servers.tsx", imports: ["assets/solid-2.js", "assets/form-5.js"] }),
      d: chunk("assets/form-5.js", {}),
      e: chunk("assets/terminal-6.js", { facade: "/repo/src/routes/terminal.tsx" }),
    }
    expect(shellFiles(bundle)).toEqual(["assets/form-5.js", "assets/index-1.js", "assets/index-3.css", "assets/servers-4.js", "assets/solid-2.js"])
  })
})
