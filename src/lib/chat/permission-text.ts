/**
 * What a permission request asks, in words. Its own module: the fleet's notifications need it at
 * start-up, and the rest of the chat's wording can then stay in the session's chunk.
 */
import type { PermissionRequest } from "../model"

/** What a permission request would allow, in one line: the command when there is one. */
export function permissionSummary(request: PermissionRequest): string {
  const command = request.metadata.command
  if (typeof command === "string" && command !== "") return command
  return request.patterns.join(", ")
}

/** An edit's file and unified diff, when the permission asks to change a file. */
export function permissionEdit(request: PermissionRequest): { file: string; diff: string } | undefined {
  const { filepath, diff } = request.metadata
  if (typeof diff !== "string" || diff === "") return undefined
  return { file: typeof filepath === "string" ? filepath : request.patterns.join(", "), diff }
}
