import { defineConfig } from "unocss"
import presetWind3 from "@unocss/preset-wind3"

/** Token colours for highlight.js classes (GitHub-light-like, each ≥ 4.5:1 on white and the diff tints). */
const HIGHLIGHT_CSS = [
  ".hljs-keyword,.hljs-doctag,.hljs-meta .hljs-keyword,.hljs-template-tag,.hljs-type,.hljs-variable.language_{color:#b5121b}",
  ".hljs-title,.hljs-title.class_,.hljs-title.function_{color:#6639ba}",
  ".hljs-attr,.hljs-attribute,.hljs-literal,.hljs-meta,.hljs-number,.hljs-operator,.hljs-variable,.hljs-selector-attr,.hljs-selector-class,.hljs-selector-id{color:#0550ae}",
  ".hljs-regexp,.hljs-string,.hljs-meta .hljs-string{color:#0a3069}",
  ".hljs-built_in,.hljs-symbol{color:#8a4600}",
  ".hljs-comment,.hljs-code,.hljs-formula{color:#57606a;font-style:italic}",
  ".hljs-name,.hljs-quote,.hljs-selector-tag,.hljs-selector-pseudo{color:#116329}",
  ".hljs-section{color:#0550ae;font-weight:600}",
  ".hljs-bullet{color:#953800}",
  ".hljs-emphasis{font-style:italic}.hljs-strong{font-weight:600}",
  ".hljs-addition{color:#116329}.hljs-deletion{color:#82071e}",
].join("")

export default defineConfig({
  presets: [presetWind3()],
  preflights: [{ getCSS: () => HIGHLIGHT_CSS }],
  shortcuts: {
    btn: "inline-flex items-center gap-1 rounded px-3 py-1.5 text-sm font-medium border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50 cursor-pointer",
    "btn-primary": "btn bg-blue-700 border-blue-700 text-white hover:bg-blue-800",
    "btn-danger": "btn bg-red-700 border-red-700 text-white hover:bg-red-800",
    field: "block w-full rounded border border-slate-300 px-2 py-1.5 text-sm bg-white text-slate-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600",
    label: "block text-sm font-medium text-slate-700 mb-1",
    card: "rounded-lg border border-slate-200 bg-white p-4",
  },
})
