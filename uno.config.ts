import { defineConfig } from "unocss"
import presetWind3 from "@unocss/preset-wind3"
import { tokenCss } from "./src/lib/highlight/token-colors.ts"
import { themeColors, themeCss } from "./src/lib/ui/palette.ts"

export default defineConfig({
  presets: [presetWind3()],
  // Components name Tailwind colors; the variables behind them switch with the theme (palette.ts).
  theme: { colors: themeColors() },
  preflights: [{ getCSS: () => themeCss() + tokenCss() }],
  shortcuts: {
    btn: "inline-flex items-center gap-1 rounded px-3 py-1.5 text-sm font-medium border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50 cursor-pointer",
    "btn-primary": "btn bg-blue-700 border-blue-700 text-white hover:bg-blue-800",
    "btn-danger": "btn bg-red-700 border-red-700 text-white hover:bg-red-800",
    field: "block w-full rounded border border-slate-300 px-2 py-1.5 text-sm bg-white text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600",
    label: "block text-sm font-medium text-slate-700 mb-1",
    card: "rounded-lg border border-slate-200 bg-white p-4",
  },
})
