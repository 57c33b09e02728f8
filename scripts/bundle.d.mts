/** Types of scripts/bundle.mjs (plain JavaScript, so `npm run size` runs on Node without a build step). */
export type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
export type Manifest = Record<string, ManifestChunk>
export type RouteBudget = { name: string; modules: string[]; budget: number }
export type MeasuredRoute = RouteBudget & { files: string[]; bytes: number; ok: boolean }

export function staticClosure(manifest: Manifest, keys: string[]): Set<string>
export function entryKey(manifest: Manifest): string
export function measureRoutes(manifest: Manifest, routes: RouteBudget[], sizeOf: (file: string) => number): { routes: MeasuredRoute[]; lazy: { file: string; bytes: number }[] }
