// What each route loads, read from Vite's build manifest: a route's JavaScript is the entry's and
// the route modules' static imports, followed to the end; dynamic imports (the terminal, the
// highlighter) are lazy and counted apart. Pure: it takes the manifest and a size function.

/** Chunk files reached from `keys` through static imports only. */
export function staticClosure(manifest, keys) {
  const files = new Set()
  const visit = (key) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const next of chunk.imports ?? []) visit(next)
  }
  keys.forEach(visit)
  return files
}

/** The manifest key of the HTML entry. */
export function entryKey(manifest) {
  const key = Object.keys(manifest).find((k) => manifest[k].isEntry)
  if (!key) throw new Error("the build manifest has no entry")
  return key
}

/**
 * Sizes every budgeted route (entry + its route modules) and lists the chunks no route loads at
 * first (lazy ones) with their own size.
 */
export function measureRoutes(manifest, routes, sizeOf) {
  const entry = entryKey(manifest)
  const initial = new Set()
  const measured = routes.map((route) => {
    for (const module of route.modules) if (!manifest[module]) throw new Error(`${module} is not in the build manifest (renamed?)`)
    const files = staticClosure(manifest, [entry, ...route.modules])
    files.forEach((f) => initial.add(f))
    const bytes = [...files].reduce((sum, f) => sum + sizeOf(f), 0)
    return { ...route, files: [...files], bytes, ok: bytes <= route.budget }
  })
  const lazy = [...new Set(Object.values(manifest).map((c) => c.file))]
    .filter((f) => f.endsWith(".js") && !initial.has(f))
    .map((file) => ({ file, bytes: sizeOf(file) }))
    .sort((a, b) => b.bytes - a.bytes)
  return { routes: measured, lazy }
}
