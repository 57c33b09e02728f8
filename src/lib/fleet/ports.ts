/** A scan probes each port once; past this many it is a port sweep, not finding your own servers. */
export const MAX_SCAN_PORTS = 256

/** `opencode serve` picks 4096 first, `npm start` here uses 4000; both count up when taken. */
export const DEFAULT_PORTS = "4096-4105, 4000-4010"

export type PortsResult = { ok: true; ports: number[] } | { ok: false; error: string }

/**
 * Reads a port list: numbers and ranges separated by commas or spaces, in the order given,
 * without repeats.
 *
 * @example parsePorts("4000-4002, 4096") // { ok: true, ports: [4000, 4001, 4002, 4096] }
 */
export function parsePorts(input: string, max = MAX_SCAN_PORTS): PortsResult {
  const parts = input.split(/[\s,]+/).filter(Boolean)
  if (parts.length === 0) return { ok: false, error: "Give at least one port, e.g. 4096 or 4000-4010." }
  const ports = new Set<number>()
  for (const part of parts) {
    const match = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(part)
    if (!match) return { ok: false, error: `"${part.slice(0, 20)}" is not a port or a range like 4000-4010.` }
    const from = Number(match[1])
    const to = match[2] === undefined ? from : Number(match[2])
    for (const port of [from, to]) if (port < 1 || port > 65535) return { ok: false, error: `${port} is not a port (1 to 65535).` }
    if (to < from) return { ok: false, error: `The range ${part} runs backwards.` }
    if (to - from + 1 > max) return { ok: false, error: `That is too many ports; scan at most ${max} at once.` }
    for (let port = from; port <= to; port++) ports.add(port)
    if (ports.size > max) return { ok: false, error: `That is too many ports; scan at most ${max} at once.` }
  }
  return { ok: true, ports: [...ports] }
}

/** The URL to probe for `host` and `port`; a host may carry its scheme (`https://box.ts.net`). */
export function candidateUrl(host: string, port: number): string {
  const trimmed = host.trim().replace(/\/+$/, "")
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`
  return `${withScheme}:${port}`
}
