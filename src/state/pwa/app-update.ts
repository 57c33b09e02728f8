import { createSignal, onCleanup } from "solid-js"
import { errorText } from "../../lib/error-text"
import { makeContext } from "../context"

/** The slices of the Service Worker API the portal uses; tests pass fakes. */
export type WorkerLike = {
  readonly state: ServiceWorkerState
  postMessage(message: unknown): void
  addEventListener(type: "statechange", listener: () => void): void
}
export type RegistrationLike = {
  readonly waiting: WorkerLike | null
  readonly installing: WorkerLike | null
  update(): Promise<unknown>
  addEventListener(type: "updatefound", listener: () => void): void
}
export type ContainerLike = {
  readonly controller: unknown
  /** Resolves to nothing where service workers are blocked (e.g. a test browser with them off). */
  register(url: string, options: { scope: string }): Promise<RegistrationLike | undefined>
  addEventListener(type: "controllerchange", listener: () => void): void
  removeEventListener(type: "controllerchange", listener: () => void): void
}

export type AppUpdateDeps = {
  /** `navigator.serviceWorker`; absent in dev, in tests and on plain-http pages. */
  container: ContainerLike | undefined
  /** The worker script and its scope, both under the portal's base path. */
  scriptUrl: string
  scope: string
  reload: () => void
  document?: {
    readonly visibilityState: DocumentVisibilityState
    addEventListener(type: "visibilitychange", listener: () => void): void
    removeEventListener(type: "visibilitychange", listener: () => void): void
  }
}

/**
 * Registers the service worker and notices a new deployment: a worker that installed while this
 * page was already controlled is waiting, and "Reload to update" lets it take over and reloads.
 * A returning tab asks the server for a newer worker. Create under a reactive owner.
 */
export function createAppUpdate(deps: AppUpdateDeps) {
  const [waiting, setWaiting] = createSignal<WorkerLike>()
  const [problem, setProblem] = createSignal<string>()
  const container = deps.container
  let registration: RegistrationLike | undefined
  let reloading = false

  const watch = (worker: WorkerLike | null) => {
    if (!worker) return
    const settle = () => {
      // Without a controller this is the first install, not an update: nothing to offer.
      if (worker.state === "installed" && container?.controller) setWaiting(worker)
    }
    settle()
    worker.addEventListener("statechange", settle)
  }
  const onControllerChange = () => {
    if (reloading) deps.reload()
  }
  const onVisibility = () => {
    if (deps.document?.visibilityState === "visible") void registration?.update().catch(() => undefined)
  }

  if (container) {
    container.addEventListener("controllerchange", onControllerChange)
    deps.document?.addEventListener("visibilitychange", onVisibility)
    container
      .register(deps.scriptUrl, { scope: deps.scope })
      .then((reg) => {
        if (!reg) return
        registration = reg
        watch(reg.waiting)
        reg.addEventListener("updatefound", () => watch(reg.installing))
      })
      .catch((err: unknown) => setProblem(`Offline use is unavailable: the service worker did not register (${errorText(err)}).`))
  }
  onCleanup(() => {
    container?.removeEventListener("controllerchange", onControllerChange)
    deps.document?.removeEventListener("visibilitychange", onVisibility)
  })

  return {
    /** True while a newer version is installed and waiting for "Reload to update". */
    available: () => waiting() !== undefined,
    problem,
    apply() {
      const worker = waiting()
      if (!worker) return
      reloading = true
      worker.postMessage({ type: "skip-waiting" })
    },
  }
}

export type AppUpdate = ReturnType<typeof createAppUpdate>

const ctx = makeContext<AppUpdate>("AppUpdate")
export const useAppUpdate = ctx.use
export const AppUpdateProvider = ctx.Provider
