import { errorText } from "../../lib/error-text"
import { extraParts, liveMentions, type ExtraPart, type FilePartInput, type Mention } from "../../lib/prompt/parts"
import { parseCommandLine } from "../../lib/prompt/trigger"
import type { Attachments } from "./attachments"
import type { MentionList } from "./mention-list"

export type SendDeps = {
  directory: string
  attachments: Attachments
  mentions: MentionList
  /** The server's command names (loaded once, shared with the "Commands" list). */
  commandNames: () => Promise<ReadonlySet<string>>
  sendPrompt: (text: string, parts: ExtraPart[]) => Promise<void>
  runCommand: (command: string, args: string, parts: FilePartInput[]) => Promise<void>
  /** Puts text back in the prompt after a command failed (only if the person has not typed since). */
  restoreText: (text: string) => void
  report: (message: string) => void
}

const isFilePart = (part: ExtraPart): part is FilePartInput => part.type === "file"

/**
 * Sends what the prompt holds: `/name args` for one of the server's commands runs it, anything
 * else goes as a prompt with its mentions and attachments. They leave the prompt when it goes and
 * come back if the server refuses it.
 */
export function createSend(deps: SendDeps) {
  return async (text: string): Promise<void> => {
    const taken = deps.attachments.items()
    const mentioned: Mention[] = liveMentions(text, deps.mentions.list())
    const parts = extraParts({ directory: deps.directory, text, mentions: mentioned, attachments: taken })
    const line = parseCommandLine(text)
    const command = line && (await deps.commandNames().catch(() => new Set<string>())).has(line.name) ? line : undefined
    deps.attachments.clear()
    deps.mentions.clear()
    const putBack = () => {
      deps.attachments.restore(taken)
      deps.mentions.restore(mentioned)
    }
    if (command) {
      // The command route answers only when the agent's turn ends; the prompt is free meanwhile.
      void deps.runCommand(command.name, command.arguments, parts.filter(isFilePart)).catch((err: unknown) => {
        putBack()
        deps.restoreText(text)
        deps.report(errorText(err))
      })
      return
    }
    try {
      await deps.sendPrompt(text, parts)
    } catch (err) {
      putBack()
      throw err
    }
  }
}
