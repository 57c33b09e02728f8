import { createRoot } from "solid-js"
import { describe, expect, it } from "vitest"
import { createAppUpdate, type ContainerLike, type RegistrationLike, type WorkerLike } from "./app-update"

type Listener = () => void

function fakeWorker(state: ServiceWorkerState) {
  const listeners: Listener[] = []
  const messages: unknown[] = []
  const worker = {
    state,
    postMessage: (message: unknown) => void messages.push(message),
    addEventListener: (_type: string, listener: Listener) => void listeners.push(listener),
    become(next: ServiceWorkerState) {
      this.state = next
      listeners.forEach((l) => l())
    },
    messages,
  }
  return worker
}

function fakeContainer(options: { controller: boolean; waiting?: WorkerLike }) {
  const found: Listener[] = []
  const changed: Listener[] = []
  let updates = 0
  const registration = {
    waiting: options.waiting ?? null,
    installing: null as WorkerLike | null,
    update: async () => void updates++,
    addEventListener: (_type: "updatefound", listener: Listener) => void found.push(listener),
  } satisfies RegistrationLike
  const container: ContainerLike & { registered: string[] } = {
    controller: options.controller ? {} : null,
    registered: [],
    register: async (url, opts) => {
      container.registered.push(`${url} ${opts.scope}`)
      return registration
    },
    addEventListener: (_type, listener) => void changed.push(listener),
    removeEventListener: (_type, listener) => void changed.splice(changed.indexOf(listener), 1),
  }
  return {
    container,
    install(worker: WorkerLike) {
      registration.installing = worker
      found.forEach((l) => l())
    },
    takeOver: () => changed.forEach((l) => l()),
    changed,
    updates: () => updates,
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

describe("createAppUpdate", () => {
  it("offers a worker that installed while the page was controlled, and reloads once it takes over", async () => {
    const fake = fakeContainer({ controller: true })
    let reloads = 0
    await createRoot(async (dispose) => {
      const update = createAppUpdate({ container: fake.container, scriptUrl: "/portal/sw.js", scope: "/portal/", reload: () => reloads++ })
      await tick()
      expect(fake.container.registered).toEqual(["/portal/sw.js /portal/"])
      expect(update.available()).toBe(false)
      const worker = fakeWorker("installing")
      fake.install(worker)
      worker.become("installed")
      expect(update.available()).toBe(true)
      update.apply()
      expect(worker.messages).toEqual([{ type: "skip-waiting" }])
      fake.takeOver()
      expect(reloads).toBe(1)
      dispose()
      expect(fake.changed).toHaveLength(0)
    })
  })

  it("finds a worker already waiting at start-up", async () => {
    const fake = fakeContainer({ controller: true, waiting: fakeWorker("installed") })
    await createRoot(async (dispose) => {
      const update = createAppUpdate({ container: fake.container, scriptUrl: "/sw.js", scope: "/", reload: () => undefined })
      await tick()
      expect(update.available()).toBe(true)
      dispose()
    })
  })

  it("offers nothing on the first install, and never reloads unasked", async () => {
    const fake = fakeContainer({ controller: false })
    let reloads = 0
    await createRoot(async (dispose) => {
      const update = createAppUpdate({ container: fake.container, scriptUrl: "/sw.js", scope: "/", reload: () => reloads++ })
      await tick()
      const worker = fakeWorker("installing")
      fake.install(worker)
      worker.become("installed")
      expect(update.available()).toBe(false)
      fake.takeOver()
      expect(reloads).toBe(0)
      dispose()
    })
  })

  it("asks for a newer worker when the tab becomes visible", async () => {
    const fake = fakeContainer({ controller: true })
    const listeners: Listener[] = []
    const doc = { visibilityState: "visible" as DocumentVisibilityState, addEventListener: (_t: string, l: Listener) => void listeners.push(l), removeEventListener: () => undefined }
    await createRoot(async (dispose) => {
      createAppUpdate({ container: fake.container, scriptUrl: "/sw.js", scope: "/", reload: () => undefined, document: doc })
      await tick()
      listeners.forEach((l) => l())
      expect(fake.updates()).toBe(1)
      dispose()
    })
  })

  it("says when the worker cannot register, and does nothing without one", async () => {
    const fake = fakeContainer({ controller: false })
    fake.container.register = async () => {
      throw new Error("SecurityError")
    }
    await createRoot(async (dispose) => {
      const update = createAppUpdate({ container: fake.container, scriptUrl: "/sw.js", scope: "/", reload: () => undefined })
      await tick()
      expect(update.problem()).toBe("Offline use is unavailable: the service worker did not register (SecurityError).")
      const none = createAppUpdate({ container: undefined, scriptUrl: "/sw.js", scope: "/", reload: () => undefined })
      expect(none.available()).toBe(false)
      expect(none.problem()).toBeUndefined()
      dispose()
    })
  })
})
