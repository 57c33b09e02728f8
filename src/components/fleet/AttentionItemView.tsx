import { Show } from "solid-js"
import type { AttentionItem } from "../../lib/fleet/views"
import type { ServerEntry } from "../../lib/registry/server"
import type { ServerFleet } from "../../state/fleet/server-fleet"
import { PermissionCard } from "../chat/PermissionCard"
import { QuestionCard } from "../chat/QuestionCard"
import { RequestOrigin } from "./RequestOrigin"

export type AttentionItemViewProps = { item: AttentionItem; server: ServerEntry; fleet: ServerFleet }

/** One waiting request, answered in place through its own server. */
export function AttentionItemView(props: AttentionItemViewProps) {
  const id = () => props.item.request.id
  const permission = () => (props.item.kind === "permission" ? props.item.request : undefined)
  const question = () => (props.item.kind === "question" ? props.item.request : undefined)
  const origin = () => (
    <RequestOrigin server={props.server} directory={props.item.directory} sessionId={props.item.request.sessionID} sessionTitle={props.item.session?.title} />
  )
  return (
    <>
      <Show when={permission()}>
        {(request) => (
          <PermissionCard request={request()} busy={props.fleet.pending(id())} failure={props.fleet.failure(id())} onReply={(reply, message) => void props.fleet.replyPermission(id(), reply, message)}>
            {origin()}
          </PermissionCard>
        )}
      </Show>
      <Show when={question()}>
        {(request) => (
          <QuestionCard
            request={request()}
            busy={props.fleet.pending(id())}
            failure={props.fleet.failure(id())}
            submitLabel="Submit"
            onAnswer={(answers) => void props.fleet.replyQuestion(id(), answers)}
            onDismiss={() => void props.fleet.rejectQuestion(id())}
          >
            {origin()}
          </QuestionCard>
        )}
      </Show>
    </>
  )
}
