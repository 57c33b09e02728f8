import { describe, expect, it } from "vitest"
import { folderQuery, MAX_OPTIONS, pickerOptions, type PickerInput } from "./picker"

describe("folderQuery", () => {
  it.each([
    ["/", { parent: "/", prefix: "" }],
    ["/ho", { parent: "/", prefix: "ho" }],
    ["/home/me/", { parent: "/home/me", prefix: "" }],
    ["/home/me/pro", { parent: "/home/me", prefix: "pro" }],
    ["home", undefined],
    ["", undefined],
  ])("%j → %j", (text, query) => {
    expect(folderQuery(text)).toEqual(query)
  })
})

const base: PickerInput = { text: "", projects: ["/srv/alpha", "/srv/beta"], recent: ["/srv/alpha/sub", "/srv/beta"], serverDirectory: "/srv/alpha", folders: [] }
const paths = (input: Partial<PickerInput>) => pickerOptions({ ...base, ...input }).map((o) => `${o.group}: ${o.path}`)

describe("pickerOptions", () => {
  it("offers the server's directory, projects and recent ones once each", () => {
    expect(paths({})).toEqual(["Server directory: /srv/alpha", "Project: /srv/beta", "Recent: /srv/alpha/sub"])
  })

  it("matches known directories anywhere in the path, ignoring case", () => {
    expect(paths({ text: "SUB" })).toEqual(["Recent: /srv/alpha/sub"])
    expect(paths({ text: "nothing" })).toEqual([])
  })

  it("completes the last segment from the server's folders, hiding dot-folders unless asked", () => {
    const folders = ["/srv/alpha/src", "/srv/alpha/sub", "/srv/alpha/.git", "/srv/alpha/docs"]
    expect(paths({ text: "/srv/alpha/s", folders })).toEqual(["Recent: /srv/alpha/sub", "Folder: /srv/alpha/src"])
    expect(paths({ text: "/srv/alpha/.", folders })).toEqual(["Folder: /srv/alpha/.git"])
    expect(paths({ text: "/srv/alpha/", folders, projects: [], recent: [], serverDirectory: undefined })).toEqual([
      "Folder: /srv/alpha/docs",
      "Folder: /srv/alpha/src",
      "Folder: /srv/alpha/sub",
    ])
  })

  it("stops at a screenful", () => {
    const folders = Array.from({ length: 50 }, (_, i) => `/data/d${String(i).padStart(2, "0")}`)
    expect(pickerOptions({ ...base, text: "/data/", folders })).toHaveLength(MAX_OPTIONS)
  })
})
