import { plural } from "../../lib/files/diff"

/** "+3 −1", said in words to screen readers. */
export function ChangeCounts(props: { additions: number; deletions: number }) {
  return (
    <span class="font-mono text-xs">
      <span class="sr-only">
        {plural(props.additions, "added line")}, {plural(props.deletions, "removed line")}
      </span>
      <span aria-hidden="true">
        <span class="text-green-700">+{props.additions}</span> <span class="text-red-700">−{props.deletions}</span>
      </span>
    </span>
  )
}
