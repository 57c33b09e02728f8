/** Owns the tab's request pacing: every server's SDK calls share one main thread, so they share one pacer. */
import { makePacer } from "../lib/connection/pacer"
import { nextTask } from "./next-task"

/** A few calls per task stay well under the 50 ms a task may take, even on a slow phone. */
export const CALLS_PER_TASK = 3

const shared = makePacer({ perTask: CALLS_PER_TASK, nextTask })

/** Resolves when this call may start: at once, or in a later task when many were asked for together. */
export const paceCall = (): Promise<void> => shared.turn()
