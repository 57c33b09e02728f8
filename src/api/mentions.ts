/** Owns what an `@` in the prompt can name: files and folders of the directory, and agents. */
import type { Mention } from "../lib/prompt/parts"
import type { Scope } from "./connection"
import { onServer } from "./connection"
import { unwrap } from "./errors"

/** How many files and folders one keystroke's search asks for. */
const FILE_LIMIT = 20

/** Files and folders (folders end in `/`) whose path matches `query`, in the server's fuzzy order. */
export async function findMentionable(scope: Scope, query: string, signal?: AbortSignal): Promise<Mention[]> {
  const found = await unwrap((await scope.client()).find.files({ query, dirs: "true", limit: FILE_LIMIT }, { signal }), onServer(scope, "search files"))
  return found.filter((path) => path !== "/" && path !== "").map((path) => ({ kind: path.endsWith("/") ? "directory" : "file", value: path }))
}

/** Agents a prompt can hand work to with `@name`: every one that is not hidden, subagents included. */
export async function listMentionAgents(scope: Scope, signal?: AbortSignal): Promise<Mention[]> {
  const agents = await unwrap((await scope.client()).app.agents({}, { signal }), onServer(scope, "list agents"))
  return agents.filter((a) => !a.hidden && a.mode !== "primary").map((a) => ({ kind: "agent", value: a.name }))
}
