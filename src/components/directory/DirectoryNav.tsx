import { A } from "@solidjs/router"
import { links } from "../../lib/routing/links"

/** Tabs for the views of one directory. */
export function DirectoryNav(props: { serverId: string; directory: string }) {
  const base = () => links.directory(props.serverId, props.directory)
  const link = "px-3 py-2 text-sm text-slate-600 no-underline border-b-2 border-transparent hover:text-slate-900"
  const active = "!border-blue-600 !text-slate-900 font-medium"
  return (
    <nav aria-label="Directory" class="flex gap-1 border-b border-slate-200 bg-white px-2">
      <A href={base()} end class={link} activeClass={active}>
        Sessions
      </A>
      <A href={`${base()}/file`} class={link} activeClass={active}>
        Files
      </A>
      <A href={`${base()}/changes`} class={link} activeClass={active}>
        Changes
      </A>
      <A href={`${base()}/terminal`} class={link} activeClass={active}>
        Terminal
      </A>
    </nav>
  )
}
