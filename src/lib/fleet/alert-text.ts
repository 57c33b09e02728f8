/** What a notification says about a new request or a finished run. */
import { permissionSummary } from "../chat/permission-text"
import type { AttentionItem } from "./views"

export type AlertText = { title: string; body: string }

export function askedText(item: AttentionItem, serverName: string): AlertText {
  const where = `${serverName} · ${item.session?.title ?? item.request.sessionID}`
  if (item.kind === "permission") return { title: `Permission needed: ${item.request.permission}`, body: `${where}\n${permissionSummary(item.request)}` }
  const first = item.request.questions[0]?.question ?? "The agent asks a question"
  return { title: "Question from the agent", body: `${where}\n${first}` }
}

export function finishedText(sessionTitle: string, serverName: string): AlertText {
  return { title: "Session finished", body: `${serverName} · ${sessionTitle}` }
}
