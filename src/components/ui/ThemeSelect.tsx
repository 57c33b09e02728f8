import { For, Show } from "solid-js"
import { parseThemeChoice, THEME_CHOICES } from "../../lib/ui/theme"
import { useTheme } from "../../state/ui/theme"

/** "Theme": Light, Dark or System (the OS setting), kept per browser. Lives in the dark sidebar. */
export function ThemeSelect() {
  const theme = useTheme()
  return (
    <div class="flex flex-col gap-1">
      <label for="portal-theme" class="text-xs font-semibold uppercase tracking-wide text-night-300">
        Theme
      </label>
      <select
        id="portal-theme"
        class="rounded border border-night-600 bg-night-800 px-2 py-1 text-sm text-snow focus-visible:outline focus-visible:outline-2 focus-visible:outline-snow"
        value={theme.choice()}
        onChange={(e) => theme.setChoice(parseThemeChoice(e.currentTarget.value))}
      >
        <For each={THEME_CHOICES}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
      <Show when={theme.problem()}>
        {(problem) => (
          <p role="alert" class="text-xs text-amber-300">
            {problem()}
          </p>
        )}
      </Show>
    </div>
  )
}
