/** Guards that narrow stream data (`unknown`) to lib/model.ts types by checking the fields the portal reads. */
import { isRecord } from "./guards"
import { OTHER_PART_TYPES, type Message, type Part, type PermissionRequest, type PermissionRule, type SessionRevert, type QuestionInfo, type QuestionRequest, type Session, type SessionError, type SessionStatus, type Todo, type ToolState, type Tokens } from "./model"

const isString = (v: unknown): v is string => typeof v === "string"
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v)
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString)
const optional = <T,>(v: unknown, guard: (x: unknown) => x is T): boolean => v === undefined || guard(v)

function hasTime(v: unknown, ...keys: string[]): boolean {
  return isRecord(v) && keys.every((k) => isNumber(v[k]))
}

const isRevert = (v: unknown): v is SessionRevert => isRecord(v) && isString(v.messageID) && optional(v.diff, isString)
const isShare = (v: unknown): v is { url: string } => isRecord(v) && isString(v.url)
const isRule = (v: unknown): v is PermissionRule => isRecord(v) && isString(v.permission) && isString(v.pattern) && (v.action === "allow" || v.action === "deny" || v.action === "ask")
const isRules = (v: unknown): v is PermissionRule[] => Array.isArray(v) && v.every(isRule)
const isSessionModel = (v: unknown): boolean => isRecord(v) && isString(v.id) && isString(v.providerID) && optional(v.variant, isString)

export function isSession(v: unknown): v is Session {
  return (
    isRecord(v) &&
    isString(v.id) &&
    isString(v.directory) &&
    isString(v.title) &&
    optional(v.parentID, isString) &&
    hasTime(v.time, "created", "updated") &&
    isRecord(v.time) &&
    optional(v.time.archived, isNumber) &&
    optional(v.tokens, isTokens) &&
    optional(v.revert, isRevert) &&
    optional(v.share, isShare) &&
    optional(v.permission, isRules) &&
    (v.model === undefined || isSessionModel(v.model))
  )
}

export function isSessionStatus(v: unknown): v is SessionStatus {
  if (!isRecord(v)) return false
  if (v.type === "idle" || v.type === "busy") return true
  return v.type === "retry" && isNumber(v.attempt) && isString(v.message) && isNumber(v.next)
}

export function isSessionError(v: unknown): v is SessionError {
  return isRecord(v) && isString(v.name) && optional(v.data, isRecord)
}

export function isTokens(v: unknown): v is Tokens {
  return isRecord(v) && isNumber(v.input) && isNumber(v.output) && isNumber(v.reasoning) && hasTime(v.cache, "read", "write")
}

export function isMessage(v: unknown): v is Message {
  if (!isRecord(v) || !isString(v.id) || !isString(v.sessionID) || !hasTime(v.time, "created")) return false
  if (v.role === "user") return true
  return v.role === "assistant" && optional(v.error, isSessionError) && optional(v.tokens, isTokens) && optional(v.cost, isNumber)
}

function isToolState(v: unknown): v is ToolState {
  if (!isRecord(v) || !isRecord(v.input)) return false
  switch (v.status) {
    case "pending":
    case "running":
      return true
    case "completed":
      return isString(v.output) && isString(v.title)
    case "error":
      return isString(v.error)
    default:
      return false
  }
}

const OTHER: readonly unknown[] = OTHER_PART_TYPES

export function isPart(v: unknown): v is Part {
  if (!isRecord(v) || !isString(v.id) || !isString(v.sessionID) || !isString(v.messageID)) return false
  switch (v.type) {
    case "text":
    case "reasoning":
      return isString(v.text)
    case "tool":
      return isString(v.callID) && isString(v.tool) && isToolState(v.state)
    case "step-start":
      return true
    case "step-finish":
      return isString(v.reason) && isNumber(v.cost) && isTokens(v.tokens)
    case "patch":
      return isString(v.hash) && isStringArray(v.files)
    case "file":
      return isString(v.mime) && isString(v.url)
    default:
      return OTHER.includes(v.type)
  }
}

const isToolRef = (v: unknown): boolean => isRecord(v) && isString(v.messageID) && isString(v.callID)

export function isPermissionRequest(v: unknown): v is PermissionRequest {
  return isRecord(v) && isString(v.id) && isString(v.sessionID) && isString(v.permission) && isStringArray(v.patterns) && isRecord(v.metadata) && isStringArray(v.always) && (v.tool === undefined || isToolRef(v.tool))
}

function isQuestionInfo(v: unknown): v is QuestionInfo {
  return isRecord(v) && isString(v.question) && isString(v.header) && Array.isArray(v.options) && v.options.every((o) => isRecord(o) && isString(o.label) && isString(o.description))
}

export function isQuestionRequest(v: unknown): v is QuestionRequest {
  return isRecord(v) && isString(v.id) && isString(v.sessionID) && Array.isArray(v.questions) && v.questions.every(isQuestionInfo) && (v.tool === undefined || isToolRef(v.tool))
}

export function isTodo(v: unknown): v is Todo {
  return isRecord(v) && isString(v.content) && isString(v.status) && isString(v.priority)
}

/** Keeps the items a guard accepts; `undefined` when `v` is not an array at all. */
export function arrayOf<T>(v: unknown, guard: (x: unknown) => x is T): T[] | undefined {
  return Array.isArray(v) ? v.filter(guard) : undefined
}
