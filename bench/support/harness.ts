// Runs one figure group: warm-up and measured runs, a deadline, and clean failure. A figure that
// cannot be measured (UI missing, server error, timeout) is recorded as such; the bench goes on.
import type { Browser, BrowserContext } from "@playwright/test"
import type { Fleet } from "./fleet"
import type { BenchOptions } from "./options"
import type { Recorder } from "./results"
import { errorText } from "../../src/lib/error-text"

export interface BenchContext {
  browser: Browser
  fleet: Fleet
  rec: Recorder
  opts: BenchOptions
  /** Adds a line to the notes printed under the table and saved in results.json. */
  note(text: string): void
  /** Saves supporting data (e.g. what a load downloaded) under `details` in results.json. */
  detail(key: string, value: unknown): void
  /** A fresh browser context (empty cache and storage), closed when the figure ends. */
  newContext(): Promise<BrowserContext>
}

/** Thrown inside a figure for a reason worth printing as "not measured: <reason>". */
export class NotMeasured extends Error {}

/** The first line of an error, without Playwright's call log, as a "not measured" reason. */
export function reasonOf(error: unknown): string {
  const text = errorText(error)
  const line = text.split("\n").find((part) => part.trim() !== "") ?? "unknown error"
  // eslint-disable-next-line no-control-regex -- Playwright's messages carry ANSI colour codes.
  return line.replace(/\u001b\[[0-9;]*m/g, "").trim().slice(0, 200)
}

/**
 * Runs `once` for the warm-up runs (results thrown away) and then the measured runs. If the very
 * first attempt fails the group stops there (the same cause would fail every run); a later failure
 * is recorded and the next run goes on.
 */
export async function repeat(
  ctx: BenchContext,
  prefix: string,
  once: (run: number, counted: boolean) => Promise<void>,
  runs = ctx.opts.runs,
): Promise<void> {
  const total = ctx.opts.warmup + runs
  for (let run = 0; run < total; run++) {
    const counted = run >= ctx.opts.warmup
    try {
      await once(run, counted)
    } catch (error) {
      const reason = reasonOf(error)
      ctx.rec.failAll(prefix, reason)
      if (run === 0) throw error
      ctx.note(`${prefix}: run ${run + 1} failed: ${reason}`)
    }
  }
}

/**
 * Runs a figure group with a deadline. On failure or timeout every figure of the group that has
 * no samples gets the reason; contexts the group opened are closed so nothing runs on in the background.
 */
export async function runGroup(
  base: Omit<BenchContext, "newContext">,
  prefix: string,
  body: (ctx: BenchContext) => Promise<void>,
  timeoutMs = base.opts.figureTimeoutMs,
): Promise<void> {
  const scope = contextScope(() => base.browser.newContext())
  const ctx: BenchContext = { ...base, newContext: scope.newContext }
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NotMeasured(`gave up after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs)
  })
  const started = Date.now()
  try {
    await Promise.race([body(ctx), deadline])
  } catch (error) {
    const reason = reasonOf(error)
    base.rec.failAll(prefix, reason)
    base.note(`${prefix}: ${reason}`)
  } finally {
    clearTimeout(timer)
    await scope.closeAll()
    console.log(`bench: ${prefix} done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

/** Opens contexts through `open` and remembers them, so whoever scoped them can close them all. */
export function contextScope(open: () => Promise<BrowserContext>): { newContext: () => Promise<BrowserContext>; closeAll: () => Promise<void> } {
  const opened: BrowserContext[] = []
  return {
    async newContext() {
      const context = await open()
      opened.push(context)
      return context
    },
    async closeAll() {
      await Promise.allSettled(opened.map((context) => context.close()))
    },
  }
}

/** `promise`, or a NotMeasured naming `what` after `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NotMeasured(`${what} did not happen within ${Math.round(ms / 1000)} s`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}
