import type { RouteDefinition } from "@solidjs/router"
import { lazy } from "solid-js"
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
