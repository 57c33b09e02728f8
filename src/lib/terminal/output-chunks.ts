/**
 * Joins socket frames into writes of at most `max` characters (a frame longer than that stays
 * whole). Fewer writes cost xterm less per byte, and it yields to the page only between writes, so
 * a cap keeps each parsing step short.
 *
 * @example joinChunks(["ab", "cd", "ef"], 4) // ["abcd", "ef"]
 */
export function joinChunks(texts: readonly string[], max: number): string[] {
  const writes: string[] = []
  let part = ""
  for (const text of texts) {
    if (part !== "" && part.length + text.length > max) {
      writes.push(part)
      part = ""
    }
    part += text
  }
  if (part !== "") writes.push(part)
  return writes
}
