// The git workspace a test opencode server runs in: a few files and one initial commit.
import { execFile } from "node:child_process"
import { mkdir, writeFile } from "node:fs/promises"
import { dirname, isAbsolute, join, relative, resolve } from "node:path"
import { promisify } from "node:util"

const run = promisify(execFile)

export interface WorkspaceOptions {
  /** Shown in README.md and src/index.ts so two workspaces never have the same content. */
  name: string
  /** Extra files (relative path → content), part of the initial commit. */
  files?: Record<string, string>
  /** Files written after the commit, so they show up as changes (`/vcs/status`, diffs). */
  dirtyFiles?: Record<string, string>
  /** Environment for git; HOME must be the isolated one so no user config leaks in. */
  env: NodeJS.ProcessEnv
}

export function defaultFiles(name: string): Record<string, string> {
  return {
    "README.md": `# ${name}\n\nWorkspace of the ${name} test server.\n`,
    ".gitignore": "*.log\n",
    "src/index.ts": `export const greeting = "hello from ${name}"\n`,
    "src/util.ts": "export function add(a: number, b: number): number {\n  return a + b\n}\n",
  }
}

/** Writes files under `dir`, refusing any path that would land outside it. */
export async function writeFiles(dir: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    const target = resolve(dir, path)
    const rel = relative(dir, target)
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
      throw new Error(`workspace file "${path}" is outside the workspace`)
    }
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, content)
  }
}

async function git(dir: string, env: NodeJS.ProcessEnv, args: string[]): Promise<void> {
  try {
    await run("git", args, { cwd: dir, env })
  } catch (error) {
    throw new Error(`git ${args.join(" ")} failed in ${dir}: ${String(error)}`, { cause: error })
  }
}

/** Creates `dir` as a git repo on branch `main` with one commit. */
export async function createWorkspace(dir: string, options: WorkspaceOptions): Promise<void> {
  const env = { ...options.env, GIT_CONFIG_NOSYSTEM: "1" }
  await mkdir(dir, { recursive: true })
  await writeFiles(dir, { ...defaultFiles(options.name), ...options.files })
  await git(dir, env, ["init", "-q", "-b", "main"])
  await git(dir, env, ["config", "user.name", "Portal E2E"])
  await git(dir, env, ["config", "user.email", "e2e@example.invalid"])
  await git(dir, env, ["config", "commit.gpgsign", "false"])
  await git(dir, env, ["add", "-A"])
  await git(dir, env, ["commit", "-q", "-m", "initial commit"])
  if (options.dirtyFiles !== undefined) await writeFiles(dir, options.dirtyFiles)
}

export function workspaceDir(root: string, name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "workspace"
  return join(root, "work", slug)
}
