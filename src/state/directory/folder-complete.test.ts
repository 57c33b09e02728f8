import { createRoot } from "solid-js"
import { describe, expect, it } from "vitest"
import { createFolderComplete } from "./folder-complete"

const settle = () => new Promise((resolve) => setTimeout(resolve, 5))

describe("createFolderComplete", () => {
  it("lists the parent folder once, from the cache after that", async () => {
    const asked: string[] = []
    await createRoot(async (dispose) => {
      const complete = createFolderComplete({ delayMs: 0, list: async (path) => (asked.push(path), [`${path}/a`, `${path}/b`]) })
      complete.query("/srv/x")
      await settle()
      expect(complete.folders()).toEqual(["/srv/a", "/srv/b"])
      complete.query("/srv/xy")
      complete.query("/other/")
      await settle()
      expect(complete.folders()).toEqual(["/other/a", "/other/b"])
      complete.query("/srv/z")
      expect(complete.folders()).toEqual(["/srv/a", "/srv/b"])
      expect(asked).toEqual(["/srv", "/other"])
      dispose()
    })
  })

  it("completes nothing for a relative text or a folder that cannot be listed", async () => {
    await createRoot(async (dispose) => {
      const complete = createFolderComplete({ delayMs: 0, list: async () => { throw new Error("500") } })
      complete.query("/missing/x")
      await settle()
      expect(complete.folders()).toEqual([])
      complete.query("relative")
      expect(complete.folders()).toEqual([])
      dispose()
    })
  })

  it("asks again on the next keystroke after a listing failed", async () => {
    let calls = 0
    await createRoot(async (dispose) => {
      const complete = createFolderComplete({
        delayMs: 0,
        list: async (path) => {
          calls += 1
          if (calls === 1) throw new Error("the server is still starting")
          return [`${path}/sub`]
        },
      })
      complete.query("/srv/s")
      await settle()
      expect(complete.folders()).toEqual([])
      complete.query("/srv/su")
      await settle()
      expect(complete.folders()).toEqual(["/srv/sub"])
      expect(calls).toBe(2)
      dispose()
    })
  })

  it("drops an answer for a folder no longer typed", async () => {
    const pending: ((folders: string[]) => void)[] = []
    await createRoot(async (dispose) => {
      const complete = createFolderComplete({ delayMs: 0, list: (path) => new Promise((resolve) => pending.push((f) => resolve(f.map((n) => `${path}/${n}`)))) })
      complete.query("/slow/x")
      await settle()
      complete.query("/fast/x")
      await settle()
      pending[1]?.(["one"])
      pending[0]?.(["late"])
      await settle()
      expect(complete.folders()).toEqual(["/fast/one"])
      dispose()
    })
  })
})
