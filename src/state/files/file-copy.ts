import { createSignal, onCleanup, type Accessor } from "solid-js"
import { makeConnection, type Connection } from "../../api/connection"
import { projectDirectories } from "../../api/file-bytes"
import type { ServerEntry } from "../../lib/registry/server"
import { useCredentials } from "../connection/credentials"
import { useDirectory } from "../directory/active-directory"
import { useRegistry } from "../registry/registry"
import { createTask } from "../task"
import { copyFile, serverCopyApi, type CopyApi, type CopyOutcome, type CopyStep } from "./copy-file"

export type CopyState = { kind: "idle" } | { kind: "running"; step: CopyStep; done: number; total: number } | CopyOutcome

/**
 * "Copy to server…" for the file open in the active directory: the directory's own scope as the
 * source, a small connection per target server (its own registry entry and password; no event
 * stream, so not the pool's), the target's project folders, and the copy run.
 */
export function createFileCopy(serverId: Accessor<string | undefined>, api: CopyApi = serverCopyApi) {
  const registry = useRegistry()
  const credentials = useCredentials()
  const dir = useDirectory()
  const connections = new Map<string, Connection>()
  const connectionFor = (entry: ServerEntry): Connection => {
    let made = connections.get(entry.id)
    if (!made) {
      const current = () => registry.byId(entry.id) ?? entry
      made = makeConnection({ server: current, credentials: () => credentials.credentialsFor(current()) })
      connections.set(entry.id, made)
    }
    return made
  }
  const target = () => {
    const id = serverId()
    return id ? registry.byId(id) : undefined
  }
  const directories = createTask(target, (entry, signal) => projectDirectories(connectionFor(entry), signal), "list projects")
  const [state, setState] = createSignal<CopyState>({ kind: "idle" })
  let controller: AbortController | undefined
  onCleanup(() => controller?.abort())

  const run = async (request: { path: string; directory: string; targetPath: string; overwrite: boolean }) => {
    const entry = target()
    if (!entry) return
    controller?.abort()
    const mine = new AbortController()
    controller = mine
    setState({ kind: "running", step: "read", done: 0, total: 1 })
    const outcome = await copyFile(
      api,
      { source: dir.scope, path: request.path, target: connectionFor(entry).at(request.directory), targetPath: request.targetPath, overwrite: request.overwrite },
      (step, done, total) => {
        if (controller === mine) setState({ kind: "running", step, done, total })
      },
      mine.signal,
    )
    if (controller === mine) setState(outcome)
  }

  return { target, directories, state, run, reset: () => setState({ kind: "idle" }) }
}
