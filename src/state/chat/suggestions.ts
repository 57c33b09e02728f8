import { createEffect, createMemo, createResource, createSignal, on, onCleanup, type Accessor } from "solid-js"
import type { SlashCommand } from "../../api/commands"
import { errorText } from "../../lib/error-text"
import { fuzzyFilter } from "../../lib/prompt/fuzzy"
import type { Mention } from "../../lib/prompt/parts"
import type { Trigger } from "../../lib/prompt/trigger"
import { createTask } from "../task"

/** Typing pauses this long before a file search goes out. */
const SEARCH_DELAY_MS = 100
/** Agents shown above the files for one query. */
const MAX_AGENTS = 5

export type Suggestion = { kind: Mention["kind"] | "command"; value: string; description?: string }

export type SuggestionDeps = {
  trigger: Accessor<Trigger | undefined>
  findFiles: (query: string, signal: AbortSignal) => Promise<Mention[]>
  loadAgents: () => Promise<Mention[]>
  loadCommands: () => Promise<SlashCommand[]>
  delayMs?: number
}

async function settle<T>(load: () => Promise<T[]>): Promise<{ items: T[]; error?: string }> {
  try {
    return { items: await load() }
  } catch (err) {
    return { items: [], error: errorText(err) }
  }
}

/**
 * What the prompt offers for the word under the caret: "Mentions" (agents, then the server's
 * file and folder matches) after `@`, "Commands" after a leading `/`. The active option moves
 * with the arrows; Escape hides the list until the caret reaches another word.
 */
export function createSuggestions(deps: SuggestionDeps) {
  // Asked for only once the person first types `@` or `/`: opening a session costs no extra requests.
  const [wantAgents, setWantAgents] = createSignal(false)
  const [wantCommands, setWantCommands] = createSignal(false)
  createEffect(() => {
    const kind = deps.trigger()?.kind
    if (kind === "mention") setWantAgents(true)
    if (kind === "command") setWantCommands(true)
  })
  const [agents] = createResource(() => wantAgents() || undefined, () => settle(deps.loadAgents))
  const [commands] = createResource(() => wantCommands() || undefined, () => settle(deps.loadCommands))
  const [settled, setSettled] = createSignal<string>()
  const [active, setActive] = createSignal(0)
  const [dismissed, setDismissed] = createSignal<string>()
  const key = () => {
    const t = deps.trigger()
    return t ? `${t.kind} ${t.start}` : undefined
  }
  createEffect(() => {
    const t = deps.trigger()
    const q = t?.kind === "mention" ? t.query : undefined
    const timer = setTimeout(() => setSettled(q), deps.delayMs ?? SEARCH_DELAY_MS)
    onCleanup(() => clearTimeout(timer))
  })
  const files = createTask(settled, (q, signal) => deps.findFiles(q, signal), "search files")

  const items = createMemo((): Suggestion[] => {
    const t = deps.trigger()
    if (!t) return []
    if (t.kind === "command") return fuzzyFilter(t.query, commands()?.items ?? [], (c) => c.name).map((c) => ({ kind: "command", value: c.name, ...(c.description ? { description: c.description } : {}) }))
    const named = fuzzyFilter(t.query, agents()?.items ?? [], (a) => a.value).slice(0, MAX_AGENTS)
    const found = files.valueFor() === t.query ? (files.value() ?? []) : []
    return [...named, ...found].map((m) => ({ kind: m.kind, value: m.value, ...(m.kind === "agent" ? { description: "Agent" } : {}) }))
  })
  createEffect(on(items, () => setActive(0)))

  const open = () => key() !== undefined && key() !== dismissed()
  return {
    open,
    kind: () => deps.trigger()?.kind,
    items,
    active,
    setActive,
    current: (): Suggestion | undefined => (open() ? items()[active()] : undefined),
    move(by: number) {
      const count = items().length
      if (count > 0) setActive((i) => (i + by + count) % count)
    },
    dismiss: () => setDismissed(key()),
    /** Still waiting: typing not settled or the server's answer on its way. */
    searching: () => {
      const t = deps.trigger()
      if (t?.kind === "command") return commands.loading
      return t !== undefined && (files.loading() || settled() !== t.query)
    },
    error: (): string | undefined => {
      const t = deps.trigger()
      if (t?.kind === "command") return commands()?.error
      return files.error()?.message ?? agents()?.error
    },
  }
}

export type Suggestions = ReturnType<typeof createSuggestions>
