// Where and how the numbers were taken, saved beside them: figures from a loaded 2-core machine
// and from an idle workstation must not be mistaken for each other.
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { cpus, loadavg, totalmem } from "node:os"
import type { Browser } from "@playwright/test"
import type { BenchOptions } from "./options"

export interface Environment {
  date: string
  commit: string
  node: string
  chromium: string
  opencode: string
  cpus: number
  cpuModel: string
  memoryGiB: number
  /** 1-minute load average when the bench started and when it ended. */
  loadStart: number
  loadEnd?: number
  options: BenchOptions
}

function packageVersion(name: string): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), "utf8"))
    return typeof pkg === "object" && pkg !== null && "version" in pkg && typeof pkg.version === "string" ? pkg.version : "unknown"
  } catch {
    return "unknown"
  }
}

function gitCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()
  } catch {
    return "unknown"
  }
}

export function describeEnvironment(browser: Browser, options: BenchOptions): Environment {
  const cores = cpus()
  return {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    chromium: browser.version(),
    opencode: packageVersion("opencode-ai"),
    cpus: cores.length,
    cpuModel: cores[0]?.model ?? "unknown",
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    loadStart: loadavg()[0] ?? 0,
    options,
  }
}

export function loadNow(): number {
  return loadavg()[0] ?? 0
}
