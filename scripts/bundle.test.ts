// @vitest-environment node
import { describe, expect, it } from "vitest"
import { measureRoutes, staticClosure } from "./bundle.mjs"

const manifest = {
  "index.html": { file: "assets/index.js", isEntry: true, imports: ["_solid.js"], dynamicImports: ["src/routes/servers.tsx", "src/routes/session.tsx"] },
  "_solid.js": { file: "assets/solid.js" },
  "_ui.js": { file: "assets/ui.js", imports: ["_solid.js"] },
  "src/routes/servers.tsx": { file: "assets/servers.js", imports: ["_ui.js"] },
  "src/routes/session.tsx": { file: "assets/session.js", imports: ["_ui.js", "_chat.js"], dynamicImports: ["_highlight.js"] },
  "_chat.js": { file: "assets/chat.js" },
  "_highlight.js": { file: "assets/highlight.js" },
  "src/styles.css": { file: "assets/index.css" },
}
const sizes: Record<string, number> = { "assets/index.js": 10, "assets/solid.js": 20, "assets/ui.js": 5, "assets/servers.js": 3, "assets/session.js": 7, "assets/chat.js": 40, "assets/highlight.js": 100 }
const sizeOf = (file: string) => sizes[file] ?? 0

describe("staticClosure", () => {
  it.each([
    ["the entry alone", ["index.html"], ["assets/index.js", "assets/solid.js"]],
    ["a route follows its static imports, shared ones once", ["index.html", "src/routes/session.tsx"], ["assets/index.js", "assets/solid.js", "assets/session.js", "assets/ui.js", "assets/chat.js"]],
    ["an unknown key adds nothing", ["nope"], []],
  ])("%s", (_name, keys, files) => {
    expect([...staticClosure(manifest, keys)].sort()).toEqual([...files].sort())
  })
})

describe("measureRoutes", () => {
  it("sums each route against its budget and lists what no route loads at first as lazy", () => {
    const result = measureRoutes(manifest, [{ name: "/servers", modules: ["src/routes/servers.tsx"], budget: 38 }, { name: "session", modules: ["src/routes/session.tsx"], budget: 80 }], sizeOf)
    expect(result.routes.map((r) => [r.name, r.bytes, r.ok])).toEqual([
      ["/servers", 38, true],
      ["session", 82, false],
    ])
    expect(result.lazy).toEqual([{ file: "assets/highlight.js", bytes: 100 }])
  })

  it("refuses a route module the build does not have, so a rename cannot silently pass", () => {
    expect(() => measureRoutes(manifest, [{ name: "x", modules: ["src/routes/gone.tsx"], budget: 1 }], sizeOf)).toThrow("src/routes/gone.tsx is not in the build manifest")
  })
})
