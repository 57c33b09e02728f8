import { createSignal } from "solid-js"
import type { Credentials } from "../../api/auth"
import { errorText } from "../../lib/error-text"
import { DEFAULT_USERNAME, type ServerEntry } from "../../lib/registry/server"
import type { LocalStore } from "../../storage/drafts"
import type { Kv } from "../../storage/kv"
import { loadRemembered, loadSessionPasswords, saveSessionPasswords, setRemembered, type PasswordMap } from "../../storage/credentials"
import { makeContext } from "../context"

export type CredentialsDeps = { kv: Kv; session: LocalStore }

/** Passwords per server id: remembered ones (IndexedDB) over this tab's ones (sessionStorage). */
export async function createCredentials({ kv, session }: CredentialsDeps) {
  const [remembered, setRememberedMap] = createSignal<PasswordMap>(await loadRemembered(kv).catch(() => ({})))
  const [tab, setTab] = createSignal<PasswordMap>(loadSessionPasswords(session))

  const password = (id: string): string | undefined => tab()[id] ?? remembered()[id]
  const isRemembered = (id: string) => remembered()[id] !== undefined

  const setTabPassword = (id: string, pw: string | undefined) => {
    const next = { ...tab() }
    if (pw === undefined) delete next[id]
    else next[id] = pw
    setTab(next)
    try {
      saveSessionPasswords(session, next)
    } catch (err) {
      throw new Error(`this tab's storage refused it (${errorText(err)}); it works until the page reloads`, { cause: err })
    }
  }

  return {
    password,
    isRemembered,
    credentialsFor(server: ServerEntry): Credentials | undefined {
      const pw = password(server.id)
      return pw === undefined ? undefined : { username: server.username ?? DEFAULT_USERNAME, password: pw }
    },
    /**
     * Stores a password; `remember` decides between IndexedDB and this tab only. Rejects when the
     * browser refuses the write: a refused IndexedDB leaves the tab's password as it was.
     */
    async set(id: string, pw: string | undefined, remember: boolean) {
      // IndexedDB first: if it fails, the password this tab had is still there.
      if (remember || isRemembered(id)) setRememberedMap(await setRemembered(kv, id, remember ? pw : undefined))
      setTabPassword(id, remember ? undefined : pw)
    },
    /** Re-reads remembered passwords after another tab changed them. */
    async reload() {
      setRememberedMap(await loadRemembered(kv))
    },
    all(): PasswordMap {
      return { ...remembered(), ...tab() }
    },
  }
}

export type CredentialsStore = Awaited<ReturnType<typeof createCredentials>>

const ctx = makeContext<CredentialsStore>("Credentials")
export const useCredentials = ctx.use
export const CredentialsProvider = ctx.Provider
