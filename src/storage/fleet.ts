/**
 * Owns the fleet's per-browser memory in localStorage: when each session was last looked at and
 * last finished (`fleet-marks.v1`), and the notification settings (`fleet-settings.v1`). Writes may
 * throw (quota, disabled storage); callers say so.
 */
import { pruneMarks, type ReadMark, type ReadMarks } from "../lib/fleet/unread"
import { isRecord } from "../lib/guards"
import type { LocalStore } from "./drafts"
import { readStoredJson } from "./stored-json"

export const MARKS_KEY = "opencode-portal.fleet-marks.v1"
export const SETTINGS_KEY = "opencode-portal.fleet-settings.v1"
/** Far more sessions than a person follows; the least recent marks go first. */
export const MAX_MARKS = 500

export type FleetSettings = { notify: boolean; sound: boolean }
export const DEFAULT_SETTINGS: FleetSettings = { notify: false, sound: false }


const stamp = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined)

export function migrateMarks(value: unknown): ReadMarks {
  if (!isRecord(value)) return {}
  const marks: ReadMarks = {}
  for (const [key, raw] of Object.entries(value)) {
    if (!isRecord(raw)) continue
    const mark: ReadMark = {}
    const looked = stamp(raw.looked)
    const finished = stamp(raw.finished)
    if (looked !== undefined) mark.looked = looked
    if (finished !== undefined) mark.finished = finished
    if (looked !== undefined || finished !== undefined) marks[key] = mark
  }
  return marks
}

export const loadMarks = (store: LocalStore): ReadMarks => migrateMarks(readStoredJson(store, MARKS_KEY))

export function saveMarks(store: LocalStore, marks: ReadMarks): void {
  store.setItem(MARKS_KEY, JSON.stringify(pruneMarks(marks, MAX_MARKS)))
}

/** Stored settings over the defaults; sound stays off unless the person turned it on. */
export function migrateSettings(value: unknown): FleetSettings {
  if (!isRecord(value)) return { ...DEFAULT_SETTINGS }
  return { notify: value.notify === true, sound: value.sound === true }
}

export const loadSettings = (store: LocalStore): FleetSettings => migrateSettings(readStoredJson(store, SETTINGS_KEY))

export function saveSettings(store: LocalStore, settings: FleetSettings): void {
  store.setItem(SETTINGS_KEY, JSON.stringify(settings))
}
