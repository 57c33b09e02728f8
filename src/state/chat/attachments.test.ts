// @vitest-environment jsdom
import { createRoot } from "solid-js"
import { describe, expect, it } from "vitest"
import { MAX_FILE_BYTES } from "../../lib/prompt/attachment-limits"
import { createAttachments, readAsDataUrl } from "./attachments"

function setup(read: (file: File) => Promise<string> = readAsDataUrl) {
  const store = createRoot(() => createAttachments({ read }))
  return { store }
}

const file = (name: string, body: BlobPart, type = "") => new File([body], name, { type })

describe("createAttachments", () => {
  it("reads files into data URLs and removes them by id", async () => {
    const { store } = setup()
    await store.add([file("notes.txt", "hello", "text/plain"), file("dot.png", new Uint8Array([137, 80]), "image/png")])
    expect(store.items().map((a) => [a.name, a.mime, a.size, a.dataUrl])).toEqual([
      ["notes.txt", "text/plain", 5, "data:text/plain;base64,aGVsbG8="],
      ["dot.png", "image/png", 2, "data:image/png;base64,iVA="],
    ])
    store.remove(store.items()[0]?.id ?? "")
    expect(store.items().map((a) => a.name)).toEqual(["dot.png"])
    expect(store.problems()).toEqual([])
  })

  it("refuses a file over the limit and reports an unreadable one, keeping the others", async () => {
    const read = (f: File) => (f.name === "broken.txt" ? Promise.reject(new Error("permission denied")) : readAsDataUrl(f))
    const { store } = setup(read)
    await store.add([file("big.bin", new Uint8Array(MAX_FILE_BYTES + 1)), file("broken.txt", "x"), file("ok.md", "# ok")])
    expect(store.items().map((a) => [a.name, a.mime])).toEqual([["ok.md", "text/plain"]])
    expect(store.problems()).toEqual(["Cannot attach big.bin: it is 5.0 MB, over the 5.0 MB limit per file.", "Could not read broken.txt: permission denied"])
  })

  it("forgets the last problems on the next add", async () => {
    const { store } = setup()
    await store.add([file("big.bin", new Uint8Array(MAX_FILE_BYTES + 1))])
    await store.add([file("ok.txt", "ok")])
    expect(store.problems()).toEqual([])
  })

  it("puts back what a failed send took, before anything added since", async () => {
    const { store } = setup()
    await store.add([file("a.txt", "a")])
    const taken = store.items()
    store.clear()
    await store.add([file("b.txt", "b")])
    store.restore(taken)
    expect(store.items().map((a) => a.name)).toEqual(["a.txt", "b.txt"])
  })
})
