// @vitest-environment jsdom
import { describe, expect, it } from "vitest"
import { markdownBlocks } from "./markdown"

// The mock LLM's `[[markdown]]` reply (e2e/support/mock-llm-plan.ts MARKDOWN_REPLY).
const MOCK_MARKDOWN = ["# Mock heading", "", "Some **bold** text.", "", "- first item", "- second item", "", "```ts", "const answer = 42", "```"].join("\n")

function dom(html: string): HTMLElement {
  const div = document.createElement("div")
  div.innerHTML = html
  return div
}

/** The DOM the Markdown component builds: sanitized HTML runs as markup, code blocks as text only. */
function rendered(text: string): HTMLElement {
  const root = document.createElement("div")
  for (const block of markdownBlocks(text)) {
    const part = document.createElement(block.kind === "html" ? "div" : "pre")
    if (block.kind === "html") part.innerHTML = block.html
    else part.textContent = block.code
    root.append(part)
  }
  return root
}

function attributes(root: HTMLElement): string[] {
  return [...root.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => `${el.tagName.toLowerCase()}.${a.name}`))
}

describe("markdownBlocks: untrusted input never becomes live markup", () => {
  const cases: { name: string; input: string; text?: string; noTags: string[] }[] = [
    { name: "img with onerror", input: "<img src=x onerror=alert(1)>", text: "<img src=x onerror=alert(1)>", noTags: ["img"] },
    { name: "script block", input: "<script>window.__pwned=2</script>", text: "<script>window.__pwned=2</script>", noTags: ["script"] },
    { name: "inline script tag in a paragraph", input: "hi <script>alert(1)</script> there", text: "<script>alert(1)</script>", noTags: ["script"] },
    { name: "iframe", input: '<iframe src="https://evil.example"></iframe>', text: "<iframe", noTags: ["iframe"] },
    { name: "svg onload", input: "<svg onload=alert(1)></svg>", text: "<svg onload=alert(1)>", noTags: ["svg"] },
    { name: "style element", input: "<style>body{display:none}</style>", text: "<style>", noTags: ["style"] },
    { name: "markdown image", input: "![pixel](https://evil.example/p.png)", text: "pixel", noTags: ["img"] },
    { name: "form and button", input: '<form action="https://evil.example"><button>go</button></form>', text: "<form", noTags: ["form", "button"] },
    { name: "a nested fence's language cannot carry page classes", input: "- item\n\n  ```fixed inset-0\n  x\n  ```", text: "x", noTags: [] },
    { name: "html comment hiding a tag", input: "<!-- <img src=x onerror=alert(1)> -->", text: "<!--", noTags: ["img"] },
  ]
  it.each(cases)("$name", ({ input, text, noTags }) => {
    const root = rendered(input)
    for (const tag of noTags) expect(root.querySelector(tag)).toBeNull()
    if (text) expect(root.textContent).toContain(text)
    expect(attributes(root).filter((a) => /\.on|\.style$|\.src$|\.class$/.test(a))).toEqual([])
  })
})

describe("markdownBlocks: links", () => {
  const cases: { name: string; input: string; href: string | null }[] = [
    { name: "https link", input: "[site](https://example.com/a)", href: "https://example.com/a" },
    { name: "mailto link", input: "[mail](mailto:a@example.com)", href: "mailto:a@example.com" },
    { name: "javascript: link", input: "[click](javascript:alert(1))", href: null },
    { name: "encoded javascript: link", input: "[click](jav&#x61;script:alert(1))", href: null },
    { name: "data: link", input: "[click](data:text/html,<script>alert(1)</script>)", href: null },
    { name: "vbscript: link", input: "[click](vbscript:msgbox)", href: null },
    { name: "autolink", input: "see https://example.com", href: "https://example.com" },
  ]
  it.each(cases)("$name", ({ input, href }) => {
    const link = rendered(input).querySelector("a")
    expect(link?.getAttribute("href") ?? null).toBe(href)
    if (link && href) {
      expect(link.getAttribute("target")).toBe("_blank")
      expect(link.getAttribute("rel")).toBe("noopener noreferrer")
    }
  })
})

describe("markdownBlocks: ordinary Markdown survives", () => {
  const cases: { name: string; input: string; selector: string; text: string }[] = [
    { name: "heading", input: "# Title", selector: "h1", text: "Title" },
    { name: "bold", input: "some **bold** text", selector: "strong", text: "bold" },
    { name: "list", input: "- one\n- two", selector: "ul > li:nth-child(2)", text: "two" },
    { name: "inline code with markup", input: "`<b>x</b>`", selector: "code", text: "<b>x</b>" },
    { name: "table", input: "| a | b |\n|---|---|\n| 1 | 2 |", selector: "td", text: "1" },
    { name: "strike", input: "~~gone~~", selector: "del", text: "gone" },
  ]
  it.each(cases)("$name", ({ input, selector, text }) => {
    expect(rendered(input).querySelector(selector)?.textContent).toBe(text)
  })
})

describe("markdownBlocks", () => {
  it("splits the mock's [[markdown]] reply into html and a code block", () => {
    const blocks = markdownBlocks(MOCK_MARKDOWN)
    expect(blocks.map((b) => b.kind)).toEqual(["html", "code"])
    const [html, code] = blocks
    expect(code).toEqual({ kind: "code", lang: "ts", code: "const answer = 42" })
    const root = dom(html?.kind === "html" ? html.html : "")
    expect(root.querySelector("h1")?.textContent).toBe("Mock heading")
    expect(root.querySelector("strong")?.textContent).toBe("bold")
    expect([...root.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["first item", "second item"])
  })

  const cases: { name: string; input: string; kinds: string[] }[] = [
    { name: "plain text", input: "hello", kinds: ["html"] },
    { name: "code only, no language", input: "```\nx\n```", kinds: ["code"] },
    { name: "text, code, text", input: "a\n\n```js\n1\n```\n\nb", kinds: ["html", "code", "html"] },
    { name: "unterminated fence while streaming", input: "a\n\n```py\nprint(1)", kinds: ["html", "code"] },
    { name: "empty", input: "", kinds: [] },
  ]
  it.each(cases)("$name", ({ input, kinds }) => {
    expect(markdownBlocks(input).map((b) => b.kind)).toEqual(kinds)
  })

  it("keeps code text verbatim, markup included", () => {
    expect(markdownBlocks("```html\n<script>alert(1)</script>\n```")).toEqual([{ kind: "code", lang: "html", code: "<script>alert(1)</script>" }])
  })
})
