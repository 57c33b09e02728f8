import { describe, expect, it } from "vitest"
import { parseDirectoryInput } from "./directory-input"

describe("parseDirectoryInput", () => {
  it.each([
    ["/srv/app", "/srv/app"],
    ["  /srv/app/  ", "/srv/app"],
    ["/srv/app//", "/srv/app"],
    ["/", "/"],
    ["C:\\Users\\me\\", "C:\\Users\\me"],
    ["C:\\", "C:\\"],
  ])("accepts %j as %j", (raw, directory) => {
    expect(parseDirectoryInput(raw)).toEqual({ ok: true, directory })
  })

  it.each([
    ["", "Enter the absolute path"],
    ["   ", "Enter the absolute path"],
    ["relative/dir", "not an absolute path"],
    ["~/project", "not an absolute path"],
  ])("refuses %j", (raw, message) => {
    const result = parseDirectoryInput(raw)
    expect(result.ok).toBe(false)
    expect(result.ok ? "" : result.error).toContain(message)
  })
})
