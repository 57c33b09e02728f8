import type { ParentProps } from "solid-js"

// Placeholder until its issue lands in this session; replaced by the owning engineer.
export default function Page(props: ParentProps) {
  return <section class="p-4">{props.children}</section>
}
