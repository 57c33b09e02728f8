import { createSignal } from "solid-js"
import type { Mention } from "../../lib/prompt/parts"

/** The mentions picked for the prompt being written; the text decides which still count. */
export function createMentionList() {
  const [list, setList] = createSignal<Mention[]>([])
  const same = (a: Mention, b: Mention) => a.kind === b.kind && a.value === b.value
  return {
    list,
    add: (m: Mention) => setList((all) => (all.some((x) => same(x, m)) ? all : [...all, m])),
    remove: (m: Mention) => setList((all) => all.filter((x) => !same(x, m))),
    clear: () => setList([]),
    restore: (back: readonly Mention[]) => setList((now) => [...back, ...now.filter((m) => !back.some((b) => same(b, m)))]),
  }
}

export type MentionList = ReturnType<typeof createMentionList>
