/** Owns one terminal's WebSocket: ticket, connect, frame decoding, replay cursor and reconnects. */
import { advanceCursor, decodePtyFrame } from "../../lib/terminal/pty-frames"
import { endState, MAX_FAILED_OPENS, replayPlan, retryDelayMs, type LinkState } from "../../lib/terminal/pty-link"
import { ptySocketUrl } from "../../lib/terminal/ws-url"
import { onServer, type Scope } from "../connection"
import { PortalError, toPortalError } from "../errors"

export type SocketHandlers = { open(): void; message(data: unknown): void; close(code: number): void }
export type SocketHandle = { send(data: string): boolean; close(): void }
export type OpenSocket = (url: string, handlers: SocketHandlers) => SocketHandle

export type PtySocketOptions = {
  scope: Scope
  ptyId: string
  /** A fresh single-use ticket; throws a PortalError (404 when the PTY is gone). */
  ticket: (signal: AbortSignal) => Promise<string>
  onOutput: (text: string) => void
  /** Clear the screen: a full replay follows. */
  onReset: () => void
  onState: (state: LinkState) => void
  openSocket?: OpenSocket
}

export type PtySocket = {
  /** Input for the shell; false when there is no open socket to take it. */
  send(data: string): boolean
  /** Skips the wait of a pending retry (the server is back, or a person asked). */
  retryNow(): void
  /** Detaches this view; the PTY keeps running on the server. */
  close(): void
}

/** A handshake that has not finished by then will not; try again with a fresh ticket. */
const OPEN_TIMEOUT_MS = 15_000

/** The browser's WebSocket, with binary frames as ArrayBuffers (the meta frame is binary). */
export const browserSocket: OpenSocket = (url, handlers) => {
  const ws = new WebSocket(url)
  ws.binaryType = "arraybuffer"
  ws.onopen = () => handlers.open()
  ws.onmessage = (event) => handlers.message(event.data)
  ws.onclose = (event) => handlers.close(event.code)
  return {
    send(data) {
      if (ws.readyState !== WebSocket.OPEN) return false
      ws.send(data)
      return true
    },
    close: () => ws.close(1000),
  }
}

export function connectPty(opts: PtySocketOptions): PtySocket {
  const openSocket = opts.openSocket ?? browserSocket
  let socket: SocketHandle | undefined
  let cursor: number | undefined
  let wrote = false
  let attempt = 0
  let failedOpens = 0
  let everOpened = false
  let lastCloseCode: number | undefined
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let openTimer: ReturnType<typeof setTimeout> | undefined
  let pending: AbortController | undefined
  let stopped = false

  const report = (state: LinkState) => {
    if (!stopped) opts.onState(state)
  }
  const stop = (state: LinkState) => {
    report(state)
    stopped = true
    clearTimeout(retryTimer)
  }
  const schedule = (delayMs: number, reason?: string) => {
    clearTimeout(retryTimer)
    if (reason !== undefined) report({ kind: "waiting", reason, retryInMs: delayMs })
    retryTimer = setTimeout(() => void attach(), delayMs)
  }

  const onTicketError = (err: unknown) => {
    const error = err instanceof PortalError ? err : toPortalError(err, onServer(opts.scope, "connect the terminal"))
    if (error.kind === "not-found") return stop(endState(lastCloseCode))
    // 403: this page's origin is refused for tickets; waiting will not change that.
    if (error.kind === "http" && error.status === 403) return stop({ kind: "failed", reason: error.message })
    // The server was away: a PTY missing once it is back vanished with it, whatever the last close said.
    lastCloseCode = undefined
    attempt++
    schedule(Math.max(retryDelayMs(attempt), 500), error.message)
  }

  const onClose = (ws: SocketHandle, opened: boolean, code: number) => {
    if (socket !== ws || stopped) return
    socket = undefined
    clearTimeout(openTimer)
    lastCloseCode = code
    if (!opened && ++failedOpens >= MAX_FAILED_OPENS) {
      return stop({ kind: "failed", reason: `The terminal connection to ${opts.scope.connection.server().name} could not be opened (${failedOpens} tries). A proxy may be blocking WebSockets.` })
    }
    attempt++
    report({ kind: "reconnecting", attempt })
    schedule(retryDelayMs(attempt))
  }

  const attach = async () => {
    if (stopped) return
    pending?.abort()
    const controller = new AbortController()
    pending = controller
    if (!everOpened && attempt === 0) report({ kind: "connecting" })
    let ticket: string
    try {
      ticket = await opts.ticket(controller.signal)
    } catch (err) {
      if (!controller.signal.aborted && !stopped) onTicketError(err)
      return
    }
    if (controller.signal.aborted || stopped) return
    const plan = replayPlan(cursor, wrote)
    if (plan.reset) {
      wrote = false
      opts.onReset()
    }
    const url = ptySocketUrl(opts.scope.connection.server().url, opts.ptyId, { ticket, directory: opts.scope.directory, ...(plan.cursor === undefined ? {} : { cursor: plan.cursor }) })
    let opened = false
    const ws: SocketHandle = openSocket(url, {
      open() {
        if (socket !== ws) return
        opened = true
        everOpened = true
        attempt = 0
        failedOpens = 0
        clearTimeout(openTimer)
        report({ kind: "open" })
      },
      message(data) {
        if (socket !== ws) return
        const frame = decodePtyFrame(data)
        if (frame.kind === "cursor") cursor = frame.cursor
        else if (frame.kind === "output") {
          cursor = advanceCursor(cursor, frame.text)
          wrote = true
          opts.onOutput(frame.text)
        }
      },
      close: (code) => onClose(ws, opened, code),
    })
    socket = ws
    clearTimeout(openTimer)
    openTimer = setTimeout(() => {
      if (socket !== ws || opened) return
      ws.close()
      onClose(ws, false, 1006)
    }, OPEN_TIMEOUT_MS)
  }

  void attach()
  return {
    send: (data) => socket?.send(data) ?? false,
    retryNow() {
      if (stopped || socket) return
      clearTimeout(retryTimer)
      void attach()
    },
    close() {
      stopped = true
      pending?.abort()
      clearTimeout(retryTimer)
      clearTimeout(openTimer)
      const ws = socket
      socket = undefined
      ws?.close()
    },
  }
}
