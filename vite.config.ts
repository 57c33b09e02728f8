import { defineConfig } from "vitest/config"
import solid from "vite-plugin-solid"
import UnoCSS from "unocss/vite"
import { serversFromEnv } from "./src/lib/registry/env-servers.ts"
import { serviceWorkerPlugin } from "./pwa/vite-plugin.ts"

// Build-time servers come from the same OPENCODE_SERVER_* names the container entrypoint reads.
const buildServers = serversFromEnv(process.env)

export default defineConfig({
  base: process.env.PORTAL_BASE ?? "/",
  plugins: [UnoCSS(), solid(), serviceWorkerPlugin()],
  define: {
    __BUILD_SERVERS__: JSON.stringify(buildServers),
  },
  build: {
    target: "es2022",
    sourcemap: false,
    // scripts/size.mjs reads what each route loads from it.
    manifest: true,
    // A browser without <link rel=modulepreload> (Safari before 17) still loads every chunk, only
    // without the head start; the polyfill would add its bytes to every first load.
    modulePreload: { polyfill: false },
  },
  test: {
    // jsdom costs most of a run (about a second per file on 2 cores); the few tests that need a
    // DOM say so with a `// @vitest-environment jsdom` first line.
    environment: "node",
    // A stray it.only would pass a run that skipped everything else; ALLOW_ONLY=1 while debugging.
    allowOnly: process.env.ALLOW_ONLY === "1",
    include: ["src/**/*.test.{ts,tsx}", "tests/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts", "pwa/**/*.test.ts"],
    server: { deps: { inline: [/solid-js/, /@solidjs\/router/] } },
  },
})
