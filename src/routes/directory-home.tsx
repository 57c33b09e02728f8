import { DirectorySessions } from "../components/directory/DirectorySessions"

/** A directory's landing view: its live session list. */
export default function DirectoryHome() {
  return (
    <section class="p-4">
      <DirectorySessions />
    </section>
  )
}
