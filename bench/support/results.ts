// Collects samples per figure and side, then turns them into the reported figures: median and
// spread, the portal / OpenCode ratio, and pass/miss against each target. Nothing is invented: a
// figure without samples is "not measured" with the reason recorded for it.
import { CATALOG, type FigureSpec, type Side, type Target } from "./catalog"
import { summarize, type Summary } from "./stats"

export type SideResult =
  | { measured: true; summary: Summary; failures: string[] }
  | { measured: false; reason: string }

export interface TargetResult {
  text: string
  /** The limit the portal had to meet this run, when it could be known. */
  limit: number | null
  status: "pass" | "miss" | "unknown"
  /** Why the status is unknown. */
  why?: string
}

export interface FigureResult {
  id: string
  group: string
  label: string
  unit: FigureSpec["unit"]
  portal: SideResult
  opencode?: SideResult
  /** portal median / OpenCode median. */
  ratio?: number
  targets: TargetResult[]
}

export interface Recorder {
  add(id: string, value: number, side?: Side): void
  /** A run (or the whole figure) failed; the first reason is shown if nothing was measured. */
  fail(id: string, reason: string, side?: Side): void
  /** fail() for every figure whose id starts with `prefix` and which has no samples yet. */
  failAll(prefix: string, reason: string): void
  finish(): FigureResult[]
}

interface Bucket {
  samples: number[]
  failures: string[]
}

const NOT_RUN = "the figure did not run"

function sideResult(bucket: Bucket | undefined): SideResult {
  const summary = bucket === undefined ? undefined : summarize(bucket.samples)
  if (summary !== undefined) return { measured: true, summary, failures: bucket?.failures ?? [] }
  return { measured: false, reason: bucket?.failures[0] ?? NOT_RUN }
}

function judge(target: Target, portal: SideResult, get: (id: string, side?: Side) => number): TargetResult {
  const limit = target.limit(get)
  if (!portal.measured) return { text: target.text, limit: null, status: "unknown", why: "not measured" }
  if (!Number.isFinite(limit)) return { text: target.text, limit: null, status: "unknown", why: "its reference was not measured" }
  const value = target.on === "max" ? portal.summary.max : portal.summary.median
  const pass = target.strict ? value < limit : value <= limit
  return { text: target.text, limit, status: pass ? "pass" : "miss" }
}

export function createRecorder(catalog: readonly FigureSpec[] = CATALOG): Recorder {
  const known = new Set(catalog.map((spec) => spec.id))
  const buckets = new Map<string, Bucket>()
  const bucket = (id: string, side: Side): Bucket => {
    if (!known.has(id)) throw new Error(`bench: unknown figure "${id}"`)
    const key = `${side}:${id}`
    let found = buckets.get(key)
    if (found === undefined) {
      found = { samples: [], failures: [] }
      buckets.set(key, found)
    }
    return found
  }
  return {
    add(id, value, side = "portal") {
      bucket(id, side).samples.push(value)
    },
    fail(id, reason, side = "portal") {
      bucket(id, side).failures.push(reason)
    },
    failAll(prefix, reason) {
      for (const spec of catalog) {
        if (!spec.id.startsWith(prefix)) continue
        for (const side of spec.compare ? (["portal", "opencode"] as const) : (["portal"] as const)) {
          const found = bucket(spec.id, side)
          if (found.samples.length === 0) found.failures.push(reason)
        }
      }
    },
    finish() {
      const sides = new Map<string, SideResult>()
      const resultOf = (id: string, side: Side): SideResult => {
        const key = `${side}:${id}`
        const cached = sides.get(key)
        if (cached !== undefined) return cached
        const made = sideResult(buckets.get(key))
        sides.set(key, made)
        return made
      }
      const get = (id: string, side: Side = "portal"): number => {
        const result = resultOf(id, side)
        return result.measured ? result.summary.median : Number.NaN
      }
      return catalog.map((spec) => {
        const portal = resultOf(spec.id, "portal")
        const opencode = spec.compare ? resultOf(spec.id, "opencode") : undefined
        const ratio =
          portal.measured && opencode?.measured && opencode.summary.median !== 0
            ? portal.summary.median / opencode.summary.median
            : undefined
        return {
          id: spec.id,
          group: spec.group,
          label: spec.label,
          unit: spec.unit,
          portal,
          ...(opencode === undefined ? {} : { opencode }),
          ...(ratio === undefined ? {} : { ratio }),
          targets: (spec.targets ?? []).map((target) => judge(target, portal, get)),
        }
      })
    },
  }
}
