/** Which highlight.js grammar fits a file name or a fenced block's tag; undefined means plain text. */

/** Grammars the highlighter bundles (see engine.ts); every alias maps onto one of them. */
export const GRAMMARS = ["typescript", "javascript", "json", "css", "xml", "python", "go", "rust", "bash", "yaml", "markdown", "diff"] as const
export type Grammar = (typeof GRAMMARS)[number]

const ALIASES: Record<string, Grammar> = {
  ts: "typescript",
  tsx: "typescript",
  mts: "typescript",
  cts: "typescript",
  typescript: "typescript",
  js: "javascript",
  jsx: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  javascript: "javascript",
  json: "json",
  jsonc: "json",
  css: "css",
  scss: "css",
  html: "xml",
  htm: "xml",
  xml: "xml",
  svg: "xml",
  vue: "xml",
  py: "python",
  python: "python",
  go: "go",
  rs: "rust",
  rust: "rust",
  sh: "bash",
  bash: "bash",
  zsh: "bash",
  shell: "bash",
  shellscript: "bash",
  console: "bash",
  yml: "yaml",
  yaml: "yaml",
  md: "markdown",
  markdown: "markdown",
  diff: "diff",
  patch: "diff",
}

/** From a fence tag such as `ts` or `TypeScript`. */
export function grammarForTag(tag: string): Grammar | undefined {
  return ALIASES[tag.trim().toLowerCase()]
}

/** From a path's extension (`src/app.tsx` → typescript); a few names without one are known too. */
export function grammarForPath(path: string): Grammar | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase()
  if (name === "dockerfile" || name === "makefile" || name.endsWith(".bashrc") || name === ".zshrc") return "bash"
  const dot = name.lastIndexOf(".")
  return dot > 0 ? ALIASES[name.slice(dot + 1)] : undefined
}
