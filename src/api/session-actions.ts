/** Owns what a person does to one session beyond prompting: revert, compact, share, permission rules, export. */
import type { PermissionRule, Session } from "../lib/model"
import { onServer, type Scope } from "./connection"
import { unwrap } from "./errors"
import type { ModelRef } from "./prompt"

/** Undoes `messageID` and everything after it: the server rolls files back and keeps the messages until the next prompt. */
export async function revertSession(scope: Scope, sessionID: string, messageID: string): Promise<Session> {
  return unwrap((await scope.client()).session.revert({ sessionID, messageID }), onServer(scope, "revert the session"))
}

export async function unrevertSession(scope: Scope, sessionID: string): Promise<Session> {
  return unwrap((await scope.client()).session.unrevert({ sessionID }), onServer(scope, "restore the reverted messages"))
}

/** Compaction: the server summarizes the session with this model; the summary arrives as events. */
export async function compactSession(scope: Scope, sessionID: string, model: ModelRef): Promise<void> {
  await unwrap((await scope.client()).session.summarize({ sessionID, providerID: model.providerID, modelID: model.modelID }), onServer(scope, "compact the session"))
}

export async function shareSession(scope: Scope, sessionID: string): Promise<Session> {
  return unwrap((await scope.client()).session.share({ sessionID }), onServer(scope, "share the session"))
}

export async function unshareSession(scope: Scope, sessionID: string): Promise<Session> {
  return unwrap((await scope.client()).session.unshare({ sessionID }), onServer(scope, "stop sharing the session"))
}

/** Appends permission rules to the session on the server (it keeps the earlier ones). */
export async function addSessionRules(scope: Scope, sessionID: string, rules: PermissionRule[]): Promise<Session> {
  return unwrap((await scope.client()).session.update({ sessionID, permission: rules }), onServer(scope, "change the session's permissions"))
}

/** The server's `share` setting ("manual", "auto" or "disabled"), to explain a refused share. */
export async function shareSetting(scope: Scope): Promise<string | undefined> {
  const config = await unwrap((await scope.client()).config.get(), onServer(scope, "read the server's config"))
  return config.share
}

/** The session and all its messages exactly as the server returns them, for a JSON export. */
export async function exportSession(scope: Scope, sessionID: string): Promise<{ info: unknown; messages: unknown }> {
  const action = onServer(scope, "export the session")
  const [info, messages] = await Promise.all([unwrap((await scope.client()).session.get({ sessionID }), action), unwrap((await scope.client()).session.messages({ sessionID }), action)])
  return { info, messages }
}
