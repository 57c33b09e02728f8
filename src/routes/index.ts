import type { RouteDefinition } from "@solidjs/router"
import { lazy } from "solid-js"
import { pathSegments, patternPrefix } from "../lib/routing/route-match"
import { HomeRedirect } from "./home-redirect"
import { NotFound } from "./not-found"

/** Every view is a deep link: /s/<server>/d/<directory>/… */
export const routes: RouteDefinition[] = [
  { path: "/", component: HomeRedirect },
  { path: "/servers", component: lazy(() => import("./servers")) },
  { path: "/all", component: lazy(() => import("./all")) },
  { path: "/panes", component: lazy(() => import("./panes")) },
  {
    path: "/s/:serverId",
    // Lazy like the pages: a first visit to /servers or /all needs none of the per-server frame.
    component: lazy(() => import("./server-layout").then((m) => ({ default: m.ServerLayout }))),
    children: [
      { path: "/", component: lazy(() => import("./server-home")) },
      {
        path: "/d/:dir",
        component: lazy(() => import("./directory-layout")),
        children: [
          { path: "/", component: lazy(() => import("./directory-home")) },
          { path: "/session/:sessionId", component: lazy(() => import("./session")) },
          { path: "/file/*path", component: lazy(() => import("./files")) },
          { path: "/changes", component: lazy(() => import("./changes")) },
          { path: "/terminal", component: lazy(() => import("./terminal")) },
        ],
      },
    ],
  },
  { path: "*rest", component: NotFound },
]

function preload(component: unknown): void {
  if (typeof component === "function" && "preload" in component && typeof component.preload === "function") void component.preload()
}

function preloadMatch(defs: readonly RouteDefinition[], segments: readonly string[]): void {
  for (const def of defs) {
    const paths = Array.isArray(def.path) ? def.path : [def.path]
    const taken = paths.map((path) => patternPrefix(path, segments)).find((n) => n !== undefined)
    if (taken === undefined) continue
    const children = def.children === undefined ? [] : Array.isArray(def.children) ? def.children : [def.children]
    if (taken < segments.length && children.length === 0) continue
    preload(def.component)
    preloadMatch(children, segments.slice(taken))
    return
  }
}

/**
 * Starts loading the code of the page at `pathname` while storage opens, so it is evaluated in
 * tasks of its own before the first render instead of inside it.
 */
export function preloadRoute(pathname: string, base: string): void {
  preloadMatch(routes, pathSegments(pathname, base))
}
