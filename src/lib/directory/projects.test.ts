import { describe, expect, it } from "vitest"
import type { Project } from "../model"
import { openableProjects } from "./projects"

const project = (id: string, worktree: string, updated: number): Project => ({ id, worktree, vcs: "git", time: { created: 1, updated } })

describe("openableProjects", () => {
  it.each([
    ["none", [], []],
    ["only the global project", [project("global", "/", 5)], []],
    ["git projects, most recently used first, global left out", [project("a", "/srv/a", 1), project("global", "/", 9), project("b", "/srv/b", 3)], ["b", "a"]],
  ])("%s", (_label, projects, ids) => {
    expect(openableProjects(projects).map((p) => p.id)).toEqual(ids)
  })
})
