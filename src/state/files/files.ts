import type { Accessor } from "solid-js"
import { findFiles, listFolder, readFile } from "../../api/files"
import { getStatus } from "../../api/vcs"
import { fileView, type FileView } from "../../lib/files/file-kind"
import { useDirectory } from "../directory/active-directory"
import { createFileTree } from "./file-tree"
import { useActiveServer } from "../connection/active-server"
import { createTask, type Task } from "../task"

/** The file tree of the active directory, on the active server. */
export function useFileTree() {
  const dir = useDirectory()
  const active = useActiveServer()
  return createFileTree({
    list: (path, signal) => listFolder(dir.client(), path, active.server().name, signal),
    status: (signal) => getStatus(dir.client(), active.server().name, signal),
  })
}

/** The file at `path()` (none when undefined), ready to show: text lines, an image, or a description. */
export function useOpenFile(path: Accessor<string | undefined>): Task<FileView, string> {
  const dir = useDirectory()
  const active = useActiveServer()
  return createTask(path, async (p, signal) => fileView(await readFile(dir.client(), p, active.server().name, signal), p), "open the file")
}

/** Searches file names in the active directory. */
export function useFileSearch() {
  const dir = useDirectory()
  const active = useActiveServer()
  return (query: string, signal: AbortSignal) => findFiles(dir.client(), query, active.server().name, signal)
}
