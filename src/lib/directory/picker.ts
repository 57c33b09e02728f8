/**
 * What the directory picker offers for the text typed so far: the server's projects, recent
 * directories and its own directory (matched anywhere in the path), and, once the text is an
 * absolute path, the folders on the server that complete its last segment.
 */
export type PickerGroup = "Project" | "Recent" | "Server directory" | "Folder"
export type PickerOption = { path: string; group: PickerGroup }

/** Enough to scan at a glance; typing narrows the rest. */
export const MAX_OPTIONS = 30

/** Which folder to list and what its children must start with; none for a relative text. */
export function folderQuery(text: string): { parent: string; prefix: string } | undefined {
  if (!text.startsWith("/")) return undefined
  const cut = text.lastIndexOf("/")
  return { parent: cut === 0 ? "/" : text.slice(0, cut), prefix: text.slice(cut + 1) }
}

export type PickerInput = {
  text: string
  projects: readonly string[]
  recent: readonly string[]
  serverDirectory: string | undefined
  /** Folders listed for `folderQuery(text).parent`, absolute. */
  folders: readonly string[]
}

export function pickerOptions(input: PickerInput): PickerOption[] {
  const needle = input.text.trim().toLowerCase()
  const seen = new Set<string>()
  const options: PickerOption[] = []
  const add = (path: string, group: PickerGroup) => {
    if (seen.has(path)) return
    seen.add(path)
    options.push({ path, group })
  }
  const known: [readonly string[], PickerGroup][] = [
    [input.serverDirectory ? [input.serverDirectory] : [], "Server directory"],
    [input.projects, "Project"],
    [input.recent, "Recent"],
  ]
  for (const [paths, group] of known) for (const path of paths) if (path.toLowerCase().includes(needle)) add(path, group)
  const query = folderQuery(input.text.trim())
  if (query) {
    const prefix = query.prefix.toLowerCase()
    const hidden = !prefix.startsWith(".")
    for (const path of [...input.folders].sort()) {
      const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase()
      if (name.startsWith(prefix) && !(hidden && name.startsWith("."))) add(path, "Folder")
    }
  }
  return options.slice(0, MAX_OPTIONS)
}
