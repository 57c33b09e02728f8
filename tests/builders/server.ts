import type { ServerEntry } from "../../src/lib/registry/server"

/** Test builder: a deterministic server entry named after its id. */
export const makeServer = (id: string, overrides: Partial<ServerEntry> = {}): ServerEntry => ({
  id,
  name: id.toUpperCase(),
  url: `http://${id}.example.com:4000`,
  color: "#111111",
  ...overrides,
})
