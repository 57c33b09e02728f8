import { createEffect, onCleanup, onMount } from "solid-js"
import { xtermTheme } from "../../lib/terminal/xterm-theme"
import { useTerminals } from "../../state/terminal/terminals"
import { useTheme } from "../../state/ui/theme"
import { routeInlineStyles } from "./inline-styles"
import { errorText } from "../../lib/error-text"
import { makeFrameBatch, type FlushScheduler } from "../../lib/events/frame-batch"
import { joinChunks } from "../../lib/terminal/output-chunks"

/** Four socket frames: a write xterm parses in a few milliseconds, so it can yield between writes. */
const WRITE_CHARS = 16_384

const nextTurn: FlushScheduler = (flush) => {
  const timer = setTimeout(flush, 0)
  return () => clearTimeout(timer)
}

export type TerminalProps = {
  id: string
  /** The visible tab gets the keyboard. */
  active: boolean
  onError: (message: string) => void
}

/** xterm and its addon load on first use only, so they stay out of the initial bundle. */
async function loadXterm() {
  const [xterm, fit] = await Promise.all([import("@xterm/xterm"), import("@xterm/addon-fit"), import("@xterm/xterm/css/xterm.css")])
  return { Xterm: xterm.Terminal, FitAddon: fit.FitAddon }
}

/**
 * One xterm bound to one PTY. Lifecycle: load xterm in onMount, open it, fit it to its box and keep
 * fitting as the box changes (the PTY follows through the port), wire keys and output through the
 * port from state/terminals, and dispose all of it in onCleanup. The PTY itself outlives this.
 */
export function Terminal(props: TerminalProps) {
  const terminals = useTerminals()
  const theme = useTheme()
  let host: HTMLDivElement | undefined
  let focus: (() => void) | undefined
  let dispose: (() => void) | undefined
  let retheme: ((colors: ReturnType<typeof xtermTheme>) => void) | undefined
  let alive = true
  onCleanup(() => {
    alive = false
    dispose?.()
  })

  const start = async (el: HTMLDivElement) => {
    try {
      await run(el)
    } catch (err) {
      props.onError(`The terminal could not start: ${errorText(err)}`)
    }
  }

  const run = async (el: HTMLDivElement) => {
    const { Xterm, FitAddon } = await loadXterm()
    if (!alive) return
    const term = new Xterm({ fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", fontSize: 13, scrollback: 5000, theme: xtermTheme(theme.resolved()), cursorBlink: true })
    const fit = new FitAddon()
    term.loadAddon(fit)
    const styles = routeInlineStyles(el.ownerDocument)
    term.open(el)
    // Output comes in socket frames of about 4 KB; xterm parses and renders per write, so the frames
    // that arrived before the page got a turn are written together, in writes short enough to parse
    // well within a frame.
    const output = makeFrameBatch<string>({ schedule: nextTurn, canWait: () => true, apply: (texts) => joinChunks(texts, WRITE_CHARS).forEach((text) => term.write(text)) })
    const port = terminals.attach(props.id, {
      write: (text) => output.push(text),
      reset: () => {
        output.cancel()
        term.reset()
      },
    })
    const subscriptions = [term.onData((data) => port.input(data)), term.onResize(({ rows, cols }) => port.resize({ rows, cols }))]
    // A hidden tab has no size; fitting it would shrink the PTY to nothing.
    const refit = () => el.clientWidth > 0 && el.clientHeight > 0 && fit.fit()
    const observer = new ResizeObserver(() => refit())
    observer.observe(el)
    refit()
    port.resize({ rows: term.rows, cols: term.cols })
    focus = () => term.focus()
    retheme = (colors) => (term.options.theme = colors)
    if (props.active) term.focus()
    dispose = () => {
      observer.disconnect()
      subscriptions.forEach((s) => s.dispose())
      port.detach()
      output.cancel()
      styles.dispose()
      term.dispose()
    }
  }

  onMount(() => host && void start(host))
  createEffect(() => props.active && focus?.())
  createEffect(() => retheme?.(xtermTheme(theme.resolved())))

  return <div ref={(el) => (host = el)} class="absolute inset-1 overflow-hidden [contain:strict]" />
}
