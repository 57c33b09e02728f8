/** Narrows one SSE `data:` payload (`{type, properties}`, or `/global/event`'s `{payload}`) to a DirectoryEvent. */
import { isRecord } from "../guards"
import type { Message, Part, PermissionRequest, QuestionRequest, Session, SessionError, SessionStatus, Todo } from "../model"
import { arrayOf, isMessage, isPart, isPermissionRequest, isQuestionRequest, isSession, isSessionError, isSessionStatus, isTodo } from "../model-guards"

type Ref = { sessionID: string }
type Request = Ref & { requestID: string }

export type DirectoryEvent =
  | { type: "server.connected" | "server.heartbeat" }
  | { type: "server.instance.disposed"; directory: string }
  | { type: "session.created" | "session.updated"; session: Session }
  | ({ type: "session.deleted" | "session.idle" } & Ref)
  | ({ type: "session.status"; status: SessionStatus } & Ref)
  | { type: "session.error"; sessionID?: string; error: SessionError }
  | { type: "message.updated"; message: Message }
  | ({ type: "message.removed"; messageID: string } & Ref)
  | { type: "message.part.updated"; part: Part }
  | ({ type: "message.part.delta"; messageID: string; partID: string; field: string; delta: string } & Ref)
  | ({ type: "message.part.removed"; messageID: string; partID: string } & Ref)
  | { type: "permission.asked"; request: PermissionRequest }
  | ({ type: "permission.replied" } & Request)
  | { type: "question.asked"; request: QuestionRequest }
  | ({ type: "question.replied" | "question.rejected" } & Request)
  | ({ type: "todo.updated"; todos: Todo[] } & Ref)

const str = (r: Record<string, unknown>, key: string): string | undefined => {
  const v = r[key]
  return typeof v === "string" ? v : undefined
}

function request(p: Record<string, unknown>): Request | undefined {
  const sessionID = str(p, "sessionID")
  const requestID = str(p, "requestID")
  return sessionID && requestID ? { sessionID, requestID } : undefined
}

/** The event's own shape for the types the portal uses; `undefined` for the rest and for malformed data. */
export function parseEvent(raw: unknown): DirectoryEvent | undefined {
  const event = isRecord(raw) && isRecord(raw.payload) ? raw.payload : raw
  if (!isRecord(event) || typeof event.type !== "string") return undefined
  const p = isRecord(event.properties) ? event.properties : {}
  const sessionID = str(p, "sessionID")
  switch (event.type) {
    case "server.connected":
    case "server.heartbeat":
      return { type: event.type }
    case "server.instance.disposed": {
      const directory = str(p, "directory")
      return directory === undefined ? undefined : { type: event.type, directory }
    }
    case "session.created":
    case "session.updated":
      return isSession(p.info) ? { type: event.type, session: p.info } : undefined
    case "session.deleted":
    case "session.idle":
      return sessionID ? { type: event.type, sessionID } : undefined
    case "session.status":
      return sessionID && isSessionStatus(p.status) ? { type: event.type, sessionID, status: p.status } : undefined
    case "session.error": {
      const error: SessionError = isSessionError(p.error) ? p.error : { name: "UnknownError" }
      return sessionID ? { type: event.type, sessionID, error } : { type: event.type, error }
    }
    case "message.updated":
      return isMessage(p.info) ? { type: event.type, message: p.info } : undefined
    case "message.removed": {
      const messageID = str(p, "messageID")
      return sessionID && messageID ? { type: event.type, sessionID, messageID } : undefined
    }
    case "message.part.updated":
      return isPart(p.part) ? { type: event.type, part: p.part } : undefined
    case "message.part.delta": {
      const [messageID, partID, field, delta] = [str(p, "messageID"), str(p, "partID"), str(p, "field"), str(p, "delta")]
      return sessionID && messageID && partID && field && delta !== undefined ? { type: event.type, sessionID, messageID, partID, field, delta } : undefined
    }
    case "message.part.removed": {
      const [messageID, partID] = [str(p, "messageID"), str(p, "partID")]
      return sessionID && messageID && partID ? { type: event.type, sessionID, messageID, partID } : undefined
    }
    case "permission.asked":
      return isPermissionRequest(p) ? { type: event.type, request: p } : undefined
    case "question.asked":
      return isQuestionRequest(p) ? { type: event.type, request: p } : undefined
    case "permission.replied":
    case "question.replied":
    case "question.rejected": {
      const ref = request(p)
      return ref ? { type: event.type, ...ref } : undefined
    }
    case "todo.updated": {
      const todos = arrayOf(p.todos, isTodo)
      return sessionID && todos ? { type: event.type, sessionID, todos } : undefined
    }
    default:
      return undefined
  }
}
