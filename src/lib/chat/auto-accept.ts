/**
 * "Auto-accept edits" as a session permission rule on the server. The server appends the rules a
 * PATCH sends (it never replaces them) and the last matching rule wins, so turning it off appends
 * an "ask" rule rather than removing the "allow".
 */
import type { PermissionRule, Session } from "../model"

export const EDIT_PERMISSION = "edit"

/** Whether the session's own rules, read as the server reads them, let every edit through. */
export function autoAcceptsEdits(session: Pick<Session, "permission"> | undefined): boolean {
  const rule = (session?.permission ?? []).findLast((r) => r.permission === EDIT_PERMISSION && r.pattern === "*")
  return rule?.action === "allow"
}

/** The rule to append to turn auto-accept on or off. */
export function autoAcceptRule(on: boolean): PermissionRule {
  return { permission: EDIT_PERMISSION, pattern: "*", action: on ? "allow" : "ask" }
}
