// @vitest-environment node
import { describe, expect, it } from "vitest"
import type { PaneView } from "../routing/panes"
import { directoryName, paneLabel } from "./label"

describe("paneLabel", () => {
  it.each<[PaneView, string | undefined, string]>([
    [{ kind: "session", sessionId: "s" }, "Fix login", "Beta · Fix login"],
    [{ kind: "session", sessionId: "s" }, undefined, "Beta · Session"],
    [{ kind: "sessions" }, undefined, "Beta · Sessions in app"],
    [{ kind: "files" }, undefined, "Beta · Files in app"],
    [{ kind: "files", path: "src/a.ts" }, undefined, "Beta · src/a.ts"],
    [{ kind: "changes" }, undefined, "Beta · Changes in app"],
    [{ kind: "changes", sessionId: "s" }, "Fix login", "Beta · Changes by Fix login"],
    [{ kind: "terminal" }, undefined, "Beta · Terminal in app"],
  ])("%j", (view, title, label) => {
    expect(paneLabel("Beta", "/srv/app", view, title)).toBe(label)
  })

  it.each([
    ["/srv/app/", "app"],
    ["/", "/"],
    ["C:\\work\\api", "api"],
  ])("directoryName(%j) = %j", (dir, name) => {
    expect(directoryName(dir)).toBe(name)
  })
})
