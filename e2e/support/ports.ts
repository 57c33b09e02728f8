// Loopback ports for test servers: never the well-known dev ports other tools on this machine may own.
import { createServer, type Server } from "node:net"

/** Ports reserved for people's own servers on the test machine; tests must never bind them. */
export const FORBIDDEN_PORTS: ReadonlySet<number> = new Set([3000, 4000, 4096])

const MAX_ATTEMPTS = 20

// Ports already handed out by this process, so two parallel starts never get the same one.
const handedOut = new Set<number>()

/**
 * Listens on 127.0.0.1 with an OS-chosen port, skipping forbidden ones. Race-free, so prefer it
 * for servers we own; returns the bound port.
 */
export async function listenLoopback(server: Server, host = "127.0.0.1"): Promise<number> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const port = await listenOnce(server, host)
    if (!FORBIDDEN_PORTS.has(port)) return port
    await closeServer(server)
  }
  throw new Error(`listenLoopback: no allowed port after ${MAX_ATTEMPTS} attempts`)
}

/**
 * A TCP port that is free on 127.0.0.1 right now (listen on 0, read, close); never 3000, 4000 or
 * 4096, and never one this process handed out before. For child processes that need an explicit port.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const server = createServer()
    const port = await listenOnce(server, "127.0.0.1")
    await closeServer(server)
    if (FORBIDDEN_PORTS.has(port) || handedOut.has(port)) continue
    handedOut.add(port)
    return port
  }
  throw new Error(`freePort: no allowed port after ${MAX_ATTEMPTS} attempts`)
}

function listenOnce(server: Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, host, () => {
      server.off("error", reject)
      const address = server.address()
      if (address === null || typeof address === "string") reject(new Error("listen: no TCP address"))
      else resolve(address.port)
    })
  })
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()))
}
