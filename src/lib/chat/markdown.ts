/**
 * Model output as Markdown, made safe. Everything here is untrusted: raw HTML in the source is
 * shown as text (never parsed), and the HTML marked produces still goes through a strict DOMPurify
 * allow-list, so no script, event handler, style or foreign URL scheme can reach the page.
 * Top-level fenced code becomes its own block so the UI can render it with a copy button.
 */
import DOMPurify, { type DOMPurify as Purifier } from "dompurify"
import { Marked, type Token, type Tokens } from "marked"
import { escapeHtml } from "../escape-html"

export type HtmlBlock = { kind: "html"; html: string }
export type CodeBlock = { kind: "code"; lang: string; code: string }
export type MarkdownBlock = HtmlBlock | CodeBlock

export const asHtml = (block: MarkdownBlock): HtmlBlock | undefined => (block.kind === "html" ? block : undefined)
export const asCode = (block: MarkdownBlock): CodeBlock | undefined => (block.kind === "code" ? block : undefined)

const ALLOWED_TAGS = [
  "a", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "input",
  "li", "ol", "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
]
// No `class` or `style`: page styles must not be reachable from model output. `type`/`checked`/
// `disabled` serve GFM task lists.
const ALLOWED_ATTR = ["href", "title", "start", "align", "type", "checked", "disabled"]
// http(s), mailto and in-page anchors; `javascript:`, `data:` and the rest are dropped.
const ALLOWED_URI = /^(?:https?:|mailto:|#)/i

const marked = new Marked({
  gfm: true,
  renderer: {
    // Raw HTML from the model is shown as the text it is.
    html: ({ text }) => escapeHtml(text),
    // Images would load foreign URLs (tracking, exfiltration); show a link to them instead.
    image: ({ href, text }) => `<a href="${escapeHtml(href)}">${escapeHtml(text || href)}</a>`,
  },
})

let purifier: Purifier | undefined

function purify(): Purifier {
  if (purifier) return purifier
  const instance = DOMPurify(window)
  instance.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A") {
      node.setAttribute("target", "_blank")
      node.setAttribute("rel", "noopener noreferrer")
    }
    if (node.tagName === "INPUT" && node.getAttribute("type") !== "checkbox") node.remove()
  })
  purifier = instance
  return instance
}

export function sanitize(html: string): string {
  return purify().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  })
}

function isCode(token: Token): token is Tokens.Code {
  return token.type === "code"
}

function toBlocks(text: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = []
  let pending: Token[] = []
  const flush = () => {
    if (pending.length === 0) return
    const html = sanitize(marked.parser(pending))
    if (html.trim() !== "") blocks.push({ kind: "html", html })
    pending = []
  }
  for (const token of marked.lexer(text)) {
    if (isCode(token)) {
      flush()
      blocks.push({ kind: "code", lang: token.lang?.split(/\s/)[0] ?? "", code: token.text })
    } else pending.push(token)
  }
  flush()
  return blocks
}

// A long session re-renders the same texts while scrolling; parsing them once is enough.
const CACHE_LIMIT = 400
const cache = new Map<string, MarkdownBlock[]>()

/** The text as blocks: sanitized HTML runs and top-level code blocks. Cached by text. */
export function markdownBlocks(text: string): MarkdownBlock[] {
  const hit = cache.get(text)
  if (hit) return hit
  const blocks = toBlocks(text)
  if (cache.size >= CACHE_LIMIT) {
    const oldest = cache.keys().next()
    if (!oldest.done) cache.delete(oldest.value)
  }
  cache.set(text, blocks)
  return blocks
}
