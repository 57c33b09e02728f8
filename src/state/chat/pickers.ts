import { createResource, createSignal } from "solid-js"
import { errorText } from "../../lib/error-text"
import type { AgentChoice, ModelChoice, ModelRef } from "../../api/prompt"
import type { LocalStore } from "../../storage/drafts"
import { loadPrefs, migratePrefs, savePrefs, type SessionPrefs } from "../../storage/session-prefs"

export type { AgentChoice, ModelChoice, ModelRef }

export type PickerDeps = {
  serverId: string
  sessionId: string
  store: LocalStore
  loadModels: () => Promise<ModelChoice[]>
  loadAgents: () => Promise<AgentChoice[]>
  report: (message: string) => void
}

/** A list from the server, or why it could not be had; never throws into the page. */
export type Choices<T> = { items: T[]; error?: string; loading?: boolean }

async function settle<T>(load: () => Promise<T[]>): Promise<Choices<T>> {
  try {
    return { items: await load() }
  } catch (err) {
    return { items: [], error: errorText(err) }
  }
}

/**
 * Model and agent for one session's prompts. Nothing picked means the server's default; a pick is
 * remembered for this session on this server.
 */
export function createPickers(deps: PickerDeps) {
  const [models] = createResource(() => settle(deps.loadModels))
  const [agents] = createResource(() => settle(deps.loadAgents))
  const [prefs, setPrefs] = createSignal<SessionPrefs>(loadPrefs(deps.store, deps.serverId, deps.sessionId))

  const update = (next: SessionPrefs) => {
    setPrefs(next)
    try {
      savePrefs(deps.store, deps.serverId, deps.sessionId, next)
    } catch (err) {
      deps.report(`Could not remember the model and agent for this session: ${errorText(err)}`)
    }
  }

  return {
    models: (): Choices<ModelChoice> => models() ?? { items: [], loading: true },
    agents: (): Choices<AgentChoice> => agents() ?? { items: [], loading: true },
    model: () => prefs().model,
    agent: () => prefs().agent,
    /** The thinking effort picked for the model; undefined is the model's default. */
    variant: () => prefs().variant,
    setModel(model: ModelRef | undefined) {
      const { agent } = prefs()
      update({ ...(model ? { model } : {}), ...(agent ? { agent } : {}) })
    },
    setAgent(agent: string | undefined) {
      update(migratePrefs({ ...prefs(), agent }))
    },
    setVariant(variant: string | undefined) {
      update(migratePrefs({ ...prefs(), variant }))
    },
  }
}

export type Pickers = ReturnType<typeof createPickers>
