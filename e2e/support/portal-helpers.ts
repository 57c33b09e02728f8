import type { Page } from "@playwright/test"

export type SeedServer = { id: string; name: string; url: string; color?: string; username?: string }

/**
 * Writes a registry straight into the portal's IndexedDB (db "opencode-portal", store "kv") before
 * the app runs, for tests that are not about registering servers. It loads a static file of the
 * portal's origin first, so the app cannot boot and write its own defaults in between.
 * `passwords` go to sessionStorage, as if typed in this tab.
 */
export async function seedServers(page: Page, portalUrl: string, servers: SeedServer[], passwords: Record<string, string> = {}): Promise<void> {
  await page.goto(`${portalUrl}/favicon.svg`)
  await page.evaluate(
    async ({ servers, passwords }) => {
      const palette = ["#2563eb", "#16a34a", "#db2777", "#ea580c", "#7c3aed"]
      const registry = {
        version: 1,
        legacyMigrated: true,
        servers: servers.map((s, i) => ({ ...s, color: s.color ?? palette[i % palette.length] })),
      }
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("opencode-portal")
        open.onupgradeneeded = () => open.result.createObjectStore("kv")
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction("kv", "readwrite")
          tx.objectStore("kv").put(registry, "registry.v1")
          tx.oncomplete = () => (open.result.close(), resolve())
          tx.onerror = () => reject(tx.error)
        }
      })
      sessionStorage.setItem("opencode-portal.passwords", JSON.stringify(passwords))
    },
    { servers, passwords },
  )
}
