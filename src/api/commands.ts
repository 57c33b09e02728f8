/** Owns slash commands: the server's list (built-in and the project's own) and running one in a session. */
import type { FilePartInput } from "../lib/prompt/parts"
import type { Scope } from "./connection"
import { onServer } from "./connection"
import { unwrap } from "./errors"
import type { ModelRef } from "./prompt"

export type SlashCommand = { name: string; description?: string; source?: string }

export type CommandRun = {
  sessionID: string
  command: string
  arguments: string
  agent?: string
  model?: ModelRef
  /** Only file parts: the command API takes no agent parts. */
  parts?: FilePartInput[]
}

export async function listCommands(scope: Scope, signal?: AbortSignal): Promise<SlashCommand[]> {
  const commands = await unwrap((await scope.client()).command.list({}, { signal }), onServer(scope, "list commands"))
  return commands.map((c) => ({ name: c.name, ...(c.description ? { description: c.description } : {}), ...(c.source ? { source: c.source } : {}) }))
}

/** Runs `/command arguments`; the server answers only once the agent's turn is over, so callers do not wait on it to clear the prompt. */
export async function runCommand(scope: Scope, run: CommandRun): Promise<void> {
  await unwrap(
    (await scope.client()).session.command({
      sessionID: run.sessionID,
      command: run.command,
      arguments: run.arguments,
      ...(run.agent ? { agent: run.agent } : {}),
      // This route names the model "provider/model", unlike the prompt's object.
      ...(run.model ? { model: `${run.model.providerID}/${run.model.modelID}` } : {}),
      ...(run.parts && run.parts.length > 0 ? { parts: run.parts } : {}),
    }),
    onServer(scope, `run /${run.command}`),
  )
}
