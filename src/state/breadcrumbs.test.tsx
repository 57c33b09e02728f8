import { createRoot, createSignal } from "solid-js"
import { describe, expect, it } from "vitest"
import { createTrail } from "./breadcrumbs"

const labels = (trail: ReturnType<typeof createTrail>) => trail.trail().map((c) => c.label)

describe("createTrail", () => {
  it("falls back to the directory's crumbs when the session page leaves", () => {
    const trail = createTrail()
    const disposeDirectory = createRoot((dispose) => {
      trail.use(() => [{ label: "/repo", href: "/s/a/d/repo" }])
      return dispose
    })
    expect(labels(trail)).toEqual(["/repo"])
    const [title, setTitle] = createSignal("Fix the build")
    const sessionCrumbs = () => [{ label: "/repo", href: "/s/a/d/repo" }, { label: title() }]
    const disposeSession = createRoot((dispose) => {
      trail.use(sessionCrumbs)
      return dispose
    })
    expect(labels(trail)).toEqual(["/repo", "Fix the build"])
    setTitle("Renamed")
    expect(labels(trail)).toEqual(["/repo", "Renamed"])
    disposeSession()
    expect(labels(trail)).toEqual(["/repo"])
    disposeDirectory()
    expect(labels(trail)).toEqual([])
  })
})
