import { DirectorySessions } from "../components/directory/DirectorySessions"
import { PageHeading } from "../components/ui/PageHeading"
import { useDirectory } from "../state/directory/active-directory"

/** A directory's landing view: its name as the heading (focused on arrival) and its live session list. */
export default function DirectoryHome() {
  const dir = useDirectory()
  const name = () => dir.directory().replace(/\/+$/, "").split("/").pop() || dir.directory()
  return (
    <section class="flex flex-col gap-3 p-4" aria-labelledby="directory-home-title">
      <PageHeading id="directory-home-title" class="text-xl font-semibold">
        {name()}
      </PageHeading>
      <DirectorySessions />
    </section>
  )
}
