/** Which model the next prompt goes to: the one picked for the session, else the one it last used. */
import type { Session } from "../model"

export type ModelKey = { providerID: string; modelID: string }

export function effectiveModel(picked: ModelKey | undefined, session: Pick<Session, "model"> | undefined): ModelKey | undefined {
  if (picked) return picked
  const used = session?.model
  return used ? { providerID: used.providerID, modelID: used.id } : undefined
}

export function findModel<T extends ModelKey>(items: readonly T[], key: ModelKey | undefined): T | undefined {
  return key ? items.find((m) => m.providerID === key.providerID && m.modelID === key.modelID) : undefined
}
