/**
 * xterm 6 writes its theme, cell sizes and scrollbar colors into <style> elements it creates with
 * `document.createElement("style")`, some of them lazily after `open()`. Under our CSP
 * (`style-src 'self'`, no 'unsafe-inline') Chromium refuses those, and reports even an empty one
 * as a violation once it is in the page. So while a terminal lives, the document hands out an inert
 * stand-in for "style": a <template> (never rendered) whose text goes into a constructable
 * stylesheet instead, which CSP allows because our own script builds it.
 *
 * @example const styles = routeInlineStyles(document); term.open(el); … term.dispose(); styles.dispose()
 */
let users = 0

export function routeInlineStyles(doc: Document): { dispose(): void } {
  if (typeof CSSStyleSheet === "undefined" || !("adoptedStyleSheets" in doc)) return { dispose() {} }
  if (users++ === 0) {
    Object.defineProperty(doc, "createElement", {
      configurable: true,
      value: (tagName: string, options?: ElementCreationOptions) =>
        tagName.toLowerCase() === "style" ? styleStandIn(doc) : Document.prototype.createElement.call(doc, tagName, options),
    })
  }
  let disposed = false
  return {
    dispose() {
      if (disposed) return
      disposed = true
      if (--users === 0) Reflect.deleteProperty(doc, "createElement")
    },
  }
}

function styleStandIn(doc: Document): HTMLElement {
  const standIn = Document.prototype.createElement.call(doc, "template")
  const sheet = new CSSStyleSheet()
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
  let text = ""
  Object.defineProperty(standIn, "textContent", {
    configurable: true,
    get: () => text,
    set: (value: string | null) => {
      text = value ?? ""
      try {
        sheet.replaceSync(text)
      } catch {
        // replaceSync only throws for @import rules, which xterm never writes.
      }
    },
  })
  const remove = standIn.remove.bind(standIn)
  standIn.remove = () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)
    remove()
  }
  return standIn
}
