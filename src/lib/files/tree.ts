/**
 * The file tree of one directory, loaded folder by folder: listings keyed by folder path
 * (`""` is the project root), flattened into the rows a tree widget shows.
 */
export type EntryKind = "file" | "directory"
export type ChangeKind = "added" | "deleted" | "modified"

export type TreeEntry = { name: string; path: string; kind: EntryKind; ignored: boolean }

export type FolderState =
  | { state: "loading"; entries?: TreeEntry[] }
  | { state: "loaded"; entries: TreeEntry[] }
  | { state: "error"; message: string; entries?: TreeEntry[] }

/** One visible line of the tree; flat, so a keyed list keeps its identity across updates. */
export type TreeRow = TreeEntry & {
  level: number
  posinset: number
  setsize: number
  expanded: boolean
  /** The file's own change, or "contains" for a folder holding changed files. */
  change: ChangeKind | "contains" | undefined
  busy: boolean
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" })

/** Folders first, then by name (natural order, case-insensitive, ties broken by code point). */
export function compareEntries(a: TreeEntry, b: TreeEntry): number {
  if (a.kind !== b.kind) return a.kind === "directory" ? -1 : 1
  return collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
}

/** A server listing (folders end in `/`) → sorted entries with plain paths. */
export function toEntries(nodes: readonly { name: string; path: string; type: EntryKind; ignored: boolean }[]): TreeEntry[] {
  return nodes
    .map((node) => ({ name: node.name, path: node.path.replace(/\/+$/, ""), kind: node.type, ignored: node.ignored }))
    .sort(compareEntries)
}

/** Changed files by path, from `/vcs/status`. */
export function changeMarks(status: readonly { file: string; status: ChangeKind }[]): Map<string, ChangeKind> {
  return new Map(status.map((s) => [s.file, s.status]))
}

/** Every folder that holds a changed file somewhere below it. */
export function changedFolders(marks: ReadonlyMap<string, ChangeKind>): Set<string> {
  const folders = new Set<string>()
  for (const file of marks.keys()) {
    const parts = file.split("/")
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join("/"))
  }
  return folders
}

export type TreeInput = {
  folders: ReadonlyMap<string, FolderState>
  expanded: ReadonlySet<string>
  marks: ReadonlyMap<string, ChangeKind>
}

/** The rows to show: each folder's entries, and below an expanded folder its own rows. */
export function visibleRows(input: TreeInput): TreeRow[] {
  const containing = changedFolders(input.marks)
  const rows: TreeRow[] = []
  const walk = (folder: string, level: number) => {
    const entries = input.folders.get(folder)?.entries ?? []
    entries.forEach((entry, i) => {
      const isDir = entry.kind === "directory"
      const expanded = isDir && input.expanded.has(entry.path)
      rows.push({
        ...entry,
        level,
        posinset: i + 1,
        setsize: entries.length,
        expanded,
        change: isDir ? (containing.has(entry.path) ? "contains" : undefined) : input.marks.get(entry.path),
        busy: isDir && input.folders.get(entry.path)?.state === "loading",
      })
      if (expanded) walk(entry.path, level + 1)
    })
  }
  walk("", 1)
  return rows
}

/** Loaded folders a refresh should list again: the root and every expanded folder still shown. */
export function foldersToReload(input: Pick<TreeInput, "folders" | "expanded">): string[] {
  const out = [""]
  const walk = (folder: string) => {
    for (const entry of input.folders.get(folder)?.entries ?? []) {
      if (entry.kind === "directory" && input.expanded.has(entry.path)) {
        out.push(entry.path)
        walk(entry.path)
      }
    }
  }
  walk("")
  return out
}

/** Words for a mark, for screen readers and tooltips; the tree shows a letter beside them. */
export function changeLabel(change: TreeRow["change"]): string | undefined {
  return change === "contains" ? "contains changes" : change
}

export function changeLetter(change: TreeRow["change"]): string {
  return change === "added" ? "A" : change === "deleted" ? "D" : change === "modified" ? "M" : change === "contains" ? "•" : ""
}
