/**
 * The portal's view of OpenCode data: the fields it reads, as a structural subset of the SDK's
 * types (so SDK results assign to them), and what lib/model-guards.ts checks on stream data.
 */
export type Tokens = { input: number; output: number; reasoning: number; cache: { read: number; write: number }; total?: number }

export type Session = {
  id: string
  directory: string
  title: string
  parentID?: string
  slug?: string
  projectID?: string
  version?: string
  summary?: { additions: number; deletions: number; files: number }
  cost?: number
  tokens?: Tokens
  /** Set while the session is reverted to `messageID`: it and every later message are undone until the next prompt or an unrevert. */
  revert?: SessionRevert
  share?: { url: string }
  /** Rules the server applies to this session on top of its config; the last matching rule wins. */
  permission?: PermissionRule[]
  model?: { id: string; providerID: string; variant?: string }
  time: { created: number; updated: number; archived?: number; compacting?: number }
}

export type SessionRevert = { messageID: string; partID?: string; snapshot?: string; diff?: string }

export type PermissionRule = { permission: string; pattern: string; action: "allow" | "deny" | "ask" }

export type SessionStatus = { type: "idle" } | { type: "busy" } | { type: "retry"; attempt: number; message: string; next: number }

/** `session.error` and `AssistantMessage.error`: `{name, data:{message,…}}`. */
export type SessionError = { name: string; data?: Record<string, unknown> }

export type UserMessage = {
  id: string
  sessionID: string
  role: "user"
  time: { created: number }
  agent?: string
  model?: { providerID: string; modelID: string; variant?: string }
}

export type AssistantMessage = {
  id: string
  sessionID: string
  role: "assistant"
  time: { created: number; completed?: number }
  parentID?: string
  modelID?: string
  providerID?: string
  agent?: string
  mode?: string
  cost?: number
  tokens?: Tokens
  finish?: string
  error?: SessionError
}

export type Message = UserMessage | AssistantMessage

type PartBase = { id: string; sessionID: string; messageID: string }

export type TextPart = PartBase & { type: "text"; text: string; synthetic?: boolean; ignored?: boolean; time?: { start: number; end?: number } }
export type ReasoningPart = PartBase & { type: "reasoning"; text: string; time?: { start: number; end?: number } }

type ToolInput = { input: Record<string, unknown> }
export type ToolState =
  | (ToolInput & { status: "pending" })
  | (ToolInput & { status: "running"; title?: string; metadata?: Record<string, unknown>; time?: { start: number } })
  | (ToolInput & { status: "completed"; output: string; title: string; metadata?: Record<string, unknown>; time?: { start: number; end: number } })
  | (ToolInput & { status: "error"; error: string; metadata?: Record<string, unknown>; time?: { start: number; end: number } })

export type ToolPart = PartBase & { type: "tool"; callID: string; tool: string; state: ToolState; metadata?: Record<string, unknown> }
export type StepStartPart = PartBase & { type: "step-start"; snapshot?: string }
export type StepFinishPart = PartBase & { type: "step-finish"; reason: string; cost: number; tokens: Tokens; snapshot?: string }
export type PatchPart = PartBase & { type: "patch"; hash: string; files: string[] }
export type FilePart = PartBase & { type: "file"; mime: string; url: string; filename?: string }

/** Parts the portal shows by kind only. */
export const OTHER_PART_TYPES = ["subtask", "snapshot", "agent", "retry", "compaction"] as const
export type OtherPart = PartBase & { type: (typeof OTHER_PART_TYPES)[number] }

export type Part = TextPart | ReasoningPart | ToolPart | StepStartPart | StepFinishPart | PatchPart | FilePart | OtherPart

export type PermissionRequest = {
  id: string
  sessionID: string
  permission: string
  patterns: string[]
  metadata: Record<string, unknown>
  always: string[]
  tool?: { messageID: string; callID: string }
}

export type QuestionOption = { label: string; description: string }
export type QuestionInfo = { question: string; header: string; options: QuestionOption[]; multiple?: boolean; custom?: boolean }
export type QuestionRequest = { id: string; sessionID: string; questions: QuestionInfo[]; tool?: { messageID: string; callID: string } }

export type Todo = { content: string; status: string; priority: string; id?: string }

export type Project = { id: string; worktree: string; vcs?: string; name?: string; time: { created: number; updated: number } }

export type ServerPaths = { home: string; worktree: string; directory: string }

/** Reads the human message out of a session or message error. */
export function errorMessage(error: SessionError): string {
  const message = error.data?.message
  return typeof message === "string" && message !== "" ? message : error.name
}
