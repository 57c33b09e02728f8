import { A } from "@solidjs/router"
import type { SessionActivity } from "../../lib/directory/session-activity"
import type { SessionRow as Row } from "../../lib/directory/session-tree"
import { formatDateTime } from "../../lib/date-time"
import { displayTitle, relativeTime } from "../../lib/directory/session-title"

const TONE: Record<SessionActivity["kind"], string> = {
  idle: "text-slate-500",
  busy: "text-blue-700",
  retry: "text-amber-700",
  permission: "text-amber-800 font-medium",
  error: "text-red-700",
}

export type SessionRowProps = {
  row: Row
  href: string
  activity: SessionActivity
  /** The time now, for "5 minutes ago". */
  now: number
  /** Opens the session in a new pane; undefined when no more panes fit. */
  onBeside: (() => void) | undefined
  onRename: () => void
  onDelete: () => void
  onFork: () => void
  onArchive: (archived: boolean) => void
}

/** One session: its title as a link, what it is doing, and its actions (each named after the title). */
export function SessionRow(props: SessionRowProps) {
  const title = () => displayTitle(props.row.session.title)
  const archived = () => Boolean(props.row.session.time.archived)
  return (
    <li class="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2" style={{ "padding-left": `${0.75 + props.row.depth * 1.5}rem` }}>
      <div class="min-w-0 flex-1 basis-48">
        <A href={props.href} class="block truncate font-medium text-slate-900">
          {title()}
        </A>
        <p class={`text-xs ${TONE[props.activity.kind]}`} data-activity={props.activity.kind}>
          {props.activity.text}
          {archived() ? " · archived" : ""}
        </p>
      </div>
      <time class="shrink-0 text-xs text-slate-500" datetime={new Date(props.row.session.time.created).toISOString()} title={formatDateTime(props.row.session.time.created)}>
        {relativeTime(props.row.session.time.created, props.now)}
      </time>
      <div class="flex min-w-0 flex-wrap gap-1">
        <button type="button" class="btn px-2 py-0.5 text-xs" disabled={!props.onBeside} title={props.onBeside ? `Open ${title()} in a pane beside this view` : "Side by side holds up to 4 panes; close one first."} onClick={() => props.onBeside?.()}>
          Open side by side
        </button>
        <button type="button" class="btn px-2 py-0.5 text-xs" aria-label={`Rename ${title()}`} onClick={() => props.onRename()}>
          Rename
        </button>
        <button type="button" class="btn px-2 py-0.5 text-xs" aria-label={`Fork ${title()}`} onClick={() => props.onFork()}>
          Fork
        </button>
        <button type="button" class="btn px-2 py-0.5 text-xs" aria-label={`${archived() ? "Unarchive" : "Archive"} ${title()}`} onClick={() => props.onArchive(!archived())}>
          {archived() ? "Unarchive" : "Archive"}
        </button>
        <button type="button" class="btn px-2 py-0.5 text-xs text-red-700" aria-label={`Delete ${title()}`} onClick={() => props.onDelete()}>
          Delete
        </button>
      </div>
    </li>
  )
}
