import { createSignal } from "solid-js"
import { makeContext } from "./context"

export type Toast = {
  id: number
  kind: "info" | "error"
  message: string
  action?: { label: string; run: () => void }
}

/** Short-lived messages; errors stay until dismissed, the rest go after a while. */
export function createToasts(options: { timeoutMs?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? 8000
  const [toasts, setToasts] = createSignal<Toast[]>([])
  let next = 1
  const dismiss = (id: number) => setToasts((list) => list.filter((t) => t.id !== id))
  const push = (toast: Omit<Toast, "id">) => {
    const id = next++
    setToasts((list) => [...list, { ...toast, id }])
    if (toast.kind !== "error") setTimeout(() => dismiss(id), timeoutMs)
    return id
  }
  return { toasts, push, dismiss }
}

export type Toasts = ReturnType<typeof createToasts>

const ctx = makeContext<Toasts>("Toasts")
export const useToasts = ctx.use
export const ToastsProvider = ctx.Provider
