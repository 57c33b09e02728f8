/**
 * Owns each server's own working directory as last seen (`GET /path`), in localStorage under
 * `server-home.v1` keys (server id and URL), so a switch to that server lists its sessions at once
 * instead of waiting for `/path` first. Writes may throw (quota, disabled storage).
 */
import { parseDirectoryInput } from "../lib/directory/directory-input"
import type { LocalStore } from "./drafts"
import { readStoredJson } from "./stored-json"

export const SERVER_HOME_PREFIX = "opencode-portal.server-home.v1:"

/** The URL is part of the key: a server moved to another address may run somewhere else. */
export function serverHomeKey(serverId: string, url: string): string {
  return SERVER_HOME_PREFIX + JSON.stringify([serverId, url])
}

/** Keeps a stored value only when it is an absolute path, as the server gave it. */
export function migrateServerHome(value: unknown): string | undefined {
  return typeof value === "string" && parseDirectoryInput(value).ok ? value : undefined
}

export function loadServerHome(store: LocalStore, serverId: string, url: string): string | undefined {
  return migrateServerHome(readStoredJson(store, serverHomeKey(serverId, url)))
}

export function saveServerHome(store: LocalStore, serverId: string, url: string, directory: string): void {
  const key = serverHomeKey(serverId, url)
  if (store.getItem(key) !== JSON.stringify(directory)) store.setItem(key, JSON.stringify(directory))
}
