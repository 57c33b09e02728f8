/** Checks a typed directory path before asking the server: it must be absolute, as the server resolves relative ones against its own cwd. */
export type DirectoryInput = { ok: true; directory: string } | { ok: false; error: string }

const WINDOWS_ABSOLUTE = /^[a-zA-Z]:[\\/]/

export function parseDirectoryInput(raw: string): DirectoryInput {
  const text = raw.trim()
  if (text === "") return { ok: false, error: "Enter the absolute path of a directory on the server, e.g. /home/me/project." }
  if (!text.startsWith("/") && !WINDOWS_ABSOLUTE.test(text)) return { ok: false, error: `"${text}" is not an absolute path; start it with / (e.g. /home/me/project).` }
  const trimmed = text.replace(/[\\/]+$/, "")
  return { ok: true, directory: trimmed === "" ? "/" : WINDOWS_ABSOLUTE.test(text) && trimmed.length === 2 ? `${trimmed}\\` : trimmed }
}
