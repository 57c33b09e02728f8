import { ErrorBoundary, For, Show, Suspense } from "solid-js"
import { useActiveServer } from "../state/server"
import { createServerSessions } from "../state/server-sessions"

export default function ServerHome() {
  const active = useActiveServer()
  const { sessions, refetch } = createServerSessions()
  return (
    <section class="p-4" aria-labelledby="server-home-title">
      <h1 id="server-home-title" class="text-xl font-semibold">
        {active.server().name}
      </h1>
      <p class="mono text-sm text-slate-500">{active.server().url}</p>
      <h2 class="mt-4 text-lg font-semibold">Sessions</h2>
      <ErrorBoundary
        fallback={(err: unknown, reset) => (
          <div role="alert" class="mt-2 text-red-800">
            {err instanceof Error ? err.message : String(err)}{" "}
            <button type="button" class="btn py-0.5" onClick={() => (reset(), void refetch())}>
              Retry
            </button>
          </div>
        )}
      >
        <Suspense fallback={<p role="status">Loading sessions…</p>}>
          <Show when={(sessions() ?? []).length > 0} fallback={<p class="mt-2 text-slate-600">No sessions on this server yet.</p>}>
            <ul aria-label="Sessions" class="mt-2 divide-y divide-slate-200 rounded border border-slate-200 bg-white">
              <For each={sessions()}>
                {(session) => (
                  <li class="flex justify-between gap-4 px-3 py-2">
                    <span class="truncate">{session.title}</span>
                    <time class="shrink-0 text-sm text-slate-500" datetime={new Date(session.time.updated).toISOString()}>
                      {new Date(session.time.updated).toLocaleString()}
                    </time>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Suspense>
      </ErrorBoundary>
    </section>
  )
}
