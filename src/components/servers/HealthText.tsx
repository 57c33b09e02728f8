import { healthText, type ServerHealth } from "../../lib/connection/health"

const TONE: Record<ServerHealth["kind"], string> = {
  online: "text-green-700",
  checking: "text-slate-500",
  offline: "text-red-700",
  unauthorized: "text-amber-700",
  cors: "text-red-700",
  mixed: "text-red-700",
  "not-opencode": "text-red-700",
}

const MARK: Record<ServerHealth["kind"], string> = {
  online: "●",
  checking: "○",
  offline: "✕",
  unauthorized: "!",
  cors: "✕",
  mixed: "✕",
  "not-opencode": "?",
}

/** The status in words, led by a symbol that is decoration only. */
export function HealthText(props: { status: ServerHealth; class?: string }) {
  return (
    <span class={`text-sm ${TONE[props.status.kind]} ${props.class ?? ""}`} data-status={props.status.kind}>
      <span aria-hidden="true">{MARK[props.status.kind]} </span>
      {healthText(props.status)}
    </span>
  )
}
