/**
 * Colours for highlight.js token classes, one pair per group: GitHub's light palette (each ≥ 4.5:1
 * on white and on the diff tints) and GitHub's dark one (≥ 4.5:1 on the dark cards), so code
 * blocks, diffs and the file viewer follow the theme like everything else.
 */
export const TOKEN_COLORS: ReadonlyArray<{ selectors: string; light: string; dark: string; extra?: string }> = [
  { selectors: ".hljs-keyword,.hljs-doctag,.hljs-meta .hljs-keyword,.hljs-template-tag,.hljs-type,.hljs-variable.language_", light: "#b5121b", dark: "#ff7b72" },
  { selectors: ".hljs-title,.hljs-title.class_,.hljs-title.function_", light: "#6639ba", dark: "#d2a8ff" },
  {
    selectors: ".hljs-attr,.hljs-attribute,.hljs-literal,.hljs-meta,.hljs-number,.hljs-operator,.hljs-variable,.hljs-selector-attr,.hljs-selector-class,.hljs-selector-id",
    light: "#0550ae",
    dark: "#79c0ff",
  },
  { selectors: ".hljs-regexp,.hljs-string,.hljs-meta .hljs-string", light: "#0a3069", dark: "#a5d6ff" },
  { selectors: ".hljs-built_in,.hljs-symbol", light: "#8a4600", dark: "#ffa657" },
  { selectors: ".hljs-comment,.hljs-code,.hljs-formula", light: "#57606a", dark: "#8b949e", extra: "font-style:italic" },
  { selectors: ".hljs-name,.hljs-quote,.hljs-selector-tag,.hljs-selector-pseudo", light: "#116329", dark: "#7ee787" },
  { selectors: ".hljs-section", light: "#0550ae", dark: "#79c0ff", extra: "font-weight:600" },
  { selectors: ".hljs-bullet", light: "#953800", dark: "#f2cc60" },
  { selectors: ".hljs-addition", light: "#116329", dark: "#aff5b4" },
  { selectors: ".hljs-deletion", light: "#82071e", dark: "#ffdcd7" },
]

const darkSelectors = (selectors: string): string =>
  selectors
    .split(",")
    .map((selector) => `:root[data-theme=dark] ${selector}`)
    .join(",")

/** The stylesheet for highlighted code in both themes. */
export function tokenCss(): string {
  const rules = TOKEN_COLORS.flatMap(({ selectors, light, dark, extra }) => [
    `${selectors}{color:${light}${extra ? `;${extra}` : ""}}`,
    `${darkSelectors(selectors)}{color:${dark}}`,
  ])
  return [...rules, ".hljs-emphasis{font-style:italic}.hljs-strong{font-weight:600}"].join("")
}
