import type { RouteDefinition } from "@solidjs/router"
import { lazy } from "solid-js"
import { HomeRedirect } from "./home-redirect"
import { ServerLayout } from "./server-layout"
import { NotFound } from "./not-found"

/** Every view is a deep link: /s/<server>/d/<directory>/… */
export const routes: RouteDefinition[] = [
  { path: "/", component: HomeRedirect },
  { path: "/servers", component: lazy(() => import("./servers")) },
  { path: "/all", component: lazy(() => import("./all")) },
  {
    path: "/s/:serverId",
    component: ServerLayout,
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
