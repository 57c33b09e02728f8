import { batch, createComputed, createSignal, onCleanup, untrack } from "solid-js"
import { createStore, reconcile } from "solid-js/store"
import { PortalError, toPortalError } from "../../api/errors"
import { ancestors, isInsideProject } from "../../lib/files/file-path"
import { changeMarks, foldersToReload, visibleRows, type ChangeKind, type FolderState, type TreeEntry, type TreeRow } from "../../lib/files/tree"

export type FileTreeDeps = {
  list: (path: string, signal: AbortSignal) => Promise<TreeEntry[]>
  status: (signal: AbortSignal) => Promise<{ file: string; status: ChangeKind }[]>
}

/**
 * The lazily loaded tree of one directory. Folders are listed the first time they open; a
 * refresh lists again what is open and keeps the old entries on screen meanwhile. Failures stay
 * per folder (and for the change marks) so the rest of the tree keeps working.
 *
 * @example const tree = createFileTree({ list: (p, s) => listFolder(client, p, name, s), status: (s) => getStatus(client, name, s) })
 */
export function createFileTree(deps: FileTreeDeps) {
  const [folders, setFolders] = createSignal<ReadonlyMap<string, FolderState>>(new Map())
  const [expanded, setExpanded] = createSignal<ReadonlySet<string>>(new Set())
  const [marks, setMarks] = createSignal<ReadonlyMap<string, ChangeKind>>(new Map())
  const [statusError, setStatusError] = createSignal<PortalError>()
  // Rows keep their identity per path, so expanding a folder does not rebuild (and unfocus) the rest.
  const [view, setView] = createStore<{ rows: TreeRow[] }>({ rows: [] })
  createComputed(() => setView("rows", reconcile(visibleRows({ folders: folders(), expanded: expanded(), marks: marks() }), { key: "path" })))

  const controllers = new Set<AbortController>()
  onCleanup(() => controllers.forEach((c) => c.abort()))
  const track = <T>(run: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    const controller = new AbortController()
    controllers.add(controller)
    return run(controller.signal).finally(() => controllers.delete(controller))
  }
  const putFolder = (path: string, state: FolderState) => {
    setFolders((old) => new Map(old).set(path, state))
  }

  const load = (path: string): Promise<void> => {
    const old = folders().get(path)
    if (old?.state === "loading") return Promise.resolve()
    putFolder(path, { state: "loading", ...(old?.entries ? { entries: old.entries } : {}) })
    return track((signal) => deps.list(path, signal)).then(
      (entries) => putFolder(path, { state: "loaded", entries }),
      (err: unknown) => putFolder(path, { state: "error", message: toPortalError(err, `list ${path || "the project folder"}`).message, ...(old?.entries ? { entries: old.entries } : {}) }),
    )
  }
  const loadStatus = () =>
    track(deps.status).then(
      (status) => batch(() => (setMarks(changeMarks(status)), setStatusError(undefined))),
      (err: unknown) => setStatusError(err instanceof PortalError ? err : toPortalError(err, "read changed files")),
    )
  const expand = (path: string) => {
    setExpanded((old) => new Set(old).add(path))
    if (folders().get(path)?.state !== "loaded") void load(path)
  }
  const collapse = (path: string) =>
    setExpanded((old) => {
      const next = new Set(old)
      next.delete(path)
      return next
    })

  const refresh = () => {
    foldersToReload({ folders: folders(), expanded: expanded() }).forEach((path) => void load(path))
    void loadStatus()
  }
  // The first refresh lists the root: nothing is expanded yet.
  untrack(refresh)

  return {
    /** The visible rows, in order. */
    rows: () => view.rows,
    /** Folders that could not be listed, with the reason. */
    errors: () => [...folders()].flatMap(([path, f]) => (f.state === "error" ? [{ path, message: f.message }] : [])),
    /** Why the change marks are missing, if they are. */
    statusError,
    rootLoading: () => folders().get("")?.state === "loading" && !folders().get("")?.entries,
    toggle: (path: string) => (expanded().has(path) ? collapse(path) : expand(path)),
    expand,
    collapse,
    retry: (path: string) => void load(path),
    /** Opens every folder above `filePath`, so the open file shows in the tree; tracks nothing. */
    reveal: (filePath: string) =>
      untrack(() => {
        if (isInsideProject(filePath)) ancestors(filePath).forEach((dir) => expanded().has(dir) || expand(dir))
      }),
    refresh,
  }
}

export type FileTree = ReturnType<typeof createFileTree>
