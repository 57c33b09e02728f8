import type { Accessor } from "solid-js"
import { findFiles, listFolder, readFile } from "../../api/files"
import { getStatus } from "../../api/vcs"
import { fileView, type FileView } from "../../lib/files/file-kind"
import { useDirectory } from "../directory/active-directory"
import { createFileTree } from "./file-tree"
import { createTask, type Task } from "../task"

/** The file tree of the active directory, on the active server. */
export function useFileTree() {
  const { scope } = useDirectory()
  return createFileTree({
    list: (path, signal) => listFolder(scope, path, signal),
    status: (signal) => getStatus(scope, signal),
  })
}

/** The file at `path()` (none when undefined), ready to show: text lines, an image, or a description. */
export function useOpenFile(path: Accessor<string | undefined>): Task<FileView, string> {
  const { scope } = useDirectory()
  return createTask(path, async (p, signal) => fileView(await readFile(scope, p, signal), p), "open the file")
}

/** Searches file names in the active directory. */
export function useFileSearch() {
  const { scope } = useDirectory()
  return (query: string, signal: AbortSignal) => findFiles(scope, query, signal)
}
