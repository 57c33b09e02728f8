// The in-page half of the bench: installed with addInitScript before any app code runs, so it
// sees every long task and paint from navigation start. Predicates are polled once per animation
// frame (never per DOM mutation, which would itself load the main thread); the time recorded is
// that frame's, i.e. the frame that paints the state the predicate saw.

export interface ProbeConfig {
  /** Watch from navigation for a "Servers" list of at least this many rows, none of them "Checking". */
  readyServers?: number
  /** Watch from navigation for "All servers" knowing every state: this many "Server status" rows, none still checking or loading, and at least `sessions` rows in "All sessions". */
  readyFleet?: { servers: number; sessions: number }
  /** Watch from navigation for `text` drawn inside the log found by name (aria) or CSS selector. */
  readyText?: { root: { name: string } | { selector: string }; text: string }
}

export interface BenchProbe {
  longTasks: { start: number; duration: number }[]
  lcp: number[]
  /** event.timeStamp of the latest change / click / Enter, Home or End keydown. */
  inputs: Record<string, number>
  /** Frame time at which a named watch first held. */
  results: Record<string, number>
  watch(name: string, predicate: () => boolean, timeoutMs?: number): Promise<number | undefined>
  /** Milliseconds since a watch last got an animation frame (frames stop in a hidden page). */
  sinceLastFrame(): number
  framesStart(): void
  framesStop(): number[]
  /** Elements whose accessible name, by aria-label or aria-labelledby, is exactly `name`. */
  named(name: string): HTMLElement[]
  /** An element under `root` with a text node containing `text`, drawn inside root's visible box. */
  textOnScreen(root: Element, text: string): boolean
}

declare global {
  interface Window {
    __bench?: BenchProbe
  }
}

/** Serialized into the page: must not reference anything outside its own body. */
export function installProbe(config: ProbeConfig): void {
  if (document.contentType !== "text/html") return
  const longTasks: BenchProbe["longTasks"] = []
  const lcp: number[] = []
  const observe = (type: string, onEntry: (entry: PerformanceEntry) => void): void => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true })
    } catch {
      // Entry type not supported by this browser: the figures that need it say "not measured".
    }
  }
  observe("longtask", (entry) => longTasks.push({ start: entry.startTime, duration: entry.duration }))
  observe("largest-contentful-paint", (entry) => lcp.push(entry.startTime))

  const inputs: Record<string, number> = {}
  // Typing a command types many keys; only the ones that start a measured action count.
  const MEASURED_KEYS = ["Enter", "Home", "End"]
  // Synthetic events count too: Playwright's selectOption dispatches the change event itself.
  const record = (event: Event): void => {
    if (event instanceof KeyboardEvent && !MEASURED_KEYS.includes(event.key)) return
    inputs[event.type] = event.timeStamp
  }
  for (const type of ["change", "click", "keydown"]) window.addEventListener(type, record, { capture: true })

  const results: Record<string, number> = {}
  let lastFrame = performance.now()
  const watch = (name: string, predicate: () => boolean, timeoutMs = 60_000): Promise<number | undefined> =>
    new Promise((resolve) => {
      let done = false
      // A timer, not a frame, ends the watch, so it ends even if the page gets no frames at all.
      const timer = setTimeout(() => {
        done = true
        resolve(undefined)
      }, timeoutMs)
      const tick = (): void => {
        if (done) return
        lastFrame = performance.now()
        let ok: boolean
        try {
          ok = predicate()
        } catch {
          // The page is mid-render; the next frame looks again.
          ok = false
        }
        if (!ok) {
          requestAnimationFrame(tick)
          return
        }
        done = true
        clearTimeout(timer)
        results[name] = performance.now()
        // A trace of the load ends its count here (bench/support/task-cpu.ts).
        performance.mark(`bench:${name}`)
        resolve(results[name])
      }
      requestAnimationFrame(tick)
    })
  const sinceLastFrame = (): number => performance.now() - lastFrame

  let frameTimes: number[] | undefined
  const framesStart = (): void => {
    const times: number[] = []
    frameTimes = times
    const loop = (time: number): void => {
      if (frameTimes !== times) return
      times.push(time)
      requestAnimationFrame(loop)
    }
    requestAnimationFrame(loop)
  }
  const framesStop = (): number[] => {
    const out = frameTimes ?? []
    frameTimes = undefined
    return out
  }

  const named = (name: string): HTMLElement[] => {
    const out: HTMLElement[] = []
    for (const el of document.querySelectorAll<HTMLElement>("[aria-label], [aria-labelledby]")) {
      const label = el.getAttribute("aria-label")
      const by = el.getAttribute("aria-labelledby")
      const text = label ?? (by ?? "").split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ")
      if (text.trim() === name) out.push(el)
    }
    return out
  }

  const textOnScreen = (root: Element, text: string): boolean => {
    const box = root.getBoundingClientRect()
    const top = Math.max(0, box.top)
    const bottom = Math.min(window.innerHeight, box.bottom)
    const found = document.evaluate(`.//text()[contains(., ${JSON.stringify(text)})]`, root, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null)
    // The text's own box, not its parent's: a parent with `display: contents` has none.
    const range = document.createRange()
    for (let i = 0; i < found.snapshotLength; i++) {
      const node = found.snapshotItem(i)
      if (!node) continue
      range.selectNodeContents(node)
      const rect = range.getBoundingClientRect()
      if (rect.height > 0 && rect.bottom > top && rect.top < bottom) return true
    }
    return false
  }

  window.__bench = { longTasks, lcp, inputs, results, watch, sinceLastFrame, framesStart, framesStop, named, textOnScreen }

  const readyText = config.readyText
  if (readyText !== undefined) {
    const { root, text } = readyText
    void watch("ready", () => {
      const log = "name" in root ? named(root.name)[0] : document.querySelector(root.selector)
      return log !== undefined && log !== null && textOnScreen(log, text)
    })
  }

  const fleet = config.readyFleet
  if (fleet !== undefined) {
    // Thirty servers' health checks, lists and reads pass the default 250 entries; the bench reads them all.
    performance.setResourceTimingBufferSize(2000)
    void watch("ready", () => {
      const rows = named("Server status")[0]?.querySelectorAll("li") ?? []
      if (rows.length < fleet.servers) return false
      for (const row of rows) if (/Checking…|Loading sessions…/.test(row.textContent ?? "")) return false
      return (named("All sessions").find((el) => el.tagName === "UL")?.querySelectorAll("li").length ?? 0) >= fleet.sessions
    })
  }

  const expected = config.readyServers
  if (expected !== undefined) {
    void watch("ready", () => {
      const list = named("Servers").find((el) => el.tagName === "UL" || el.getAttribute("role") === "list")
      if (!list) return false
      const rows = list.querySelectorAll("li")
      if (rows.length < expected) return false
      for (const row of rows) if ((row.textContent ?? "").includes("Checking…")) return false
      return true
    })
  }
}
