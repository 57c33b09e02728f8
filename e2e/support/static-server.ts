// Serves the production build (dist/) on loopback like a CDN would, with the SPA fallback.
import { createReadStream } from "node:fs"
import { stat } from "node:fs/promises"
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import { extname, isAbsolute, join, normalize, relative } from "node:path"
import { listenLoopback } from "./ports"

export interface ExtraRoute {
  body: string
  contentType: string
  status?: number
}

export interface StaticServerOptions {
  /** The directory to serve, normally dist/. */
  root: string
  /** Bind address; 127.0.0.1 unless given. */
  host?: string
  /** Exact paths answered from memory before the file system, e.g. a custom `/config.json`. */
  extraRoutes?: Record<string, ExtraRoute>
}

export interface StaticServer {
  url: string
  port: number
  stop(): Promise<void>
}

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".ttf": "font/ttf",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
}

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream"
}

/** The file a request path maps to, always under root (".." cannot climb out); undefined for a malformed escape. */
export function resolveUnder(root: string, pathname: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  const target = join(root, normalize(decoded))
  const rel = relative(root, target)
  return rel.startsWith("..") || isAbsolute(rel) ? undefined : target
}

/** Hashed build output: a miss there is a real 404, never the SPA page. */
export function isAssetPath(pathname: string): boolean {
  return pathname.startsWith("/assets/")
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, path: string, status = 200): void {
  const cache = path.includes("/assets/") ? "public, max-age=31536000, immutable" : "no-cache"
  res.writeHead(status, { "content-type": contentTypeFor(path), "cache-control": cache })
  if (req.method === "HEAD") res.end()
  else createReadStream(path).on("error", () => res.destroy()).pipe(res)
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" })
  res.end(text)
}

/** Starts the server on an OS-chosen loopback port. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const host = options.host ?? "127.0.0.1"
  const extra = options.extraRoutes ?? {}

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") return sendText(res, 405, "method not allowed")
    const pathname = new URL(req.url ?? "/", "http://static").pathname
    const route = extra[pathname]
    if (route !== undefined) {
      res.writeHead(route.status ?? 200, { "content-type": route.contentType, "cache-control": "no-cache" })
      res.end(req.method === "HEAD" ? undefined : route.body)
      return
    }
    const target = resolveUnder(options.root, pathname)
    if (target === undefined) return sendText(res, 400, "bad path")
    if (await isFile(target)) return sendFile(req, res, target)
    if (isAssetPath(pathname)) return sendText(res, 404, "not found")
    sendFile(req, res, join(options.root, "index.html"))
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendText(res, 500, `static server error: ${String(error)}`))
  })
  const port = await listenLoopback(server, host)
  return {
    url: `http://${host}:${port}`,
    port,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
