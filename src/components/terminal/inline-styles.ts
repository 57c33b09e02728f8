/**
 * xterm 6 writes its theme, cell sizes and scrollbar colors into <style> elements it creates at run
 * time (DomRenderer, Viewport), all under `.xterm-screen`. A CSP of `style-src 'self'` without
 * 'unsafe-inline' blocks those (measured in Chromium: the element's sheet stays null, so rows lose
 * their font and `white-space: pre`). Stylesheets built by our own script are not inline styles, so
 * the same rules are mirrored into one adopted stylesheet per terminal.
 *
 * @example const mirror = mirrorInlineStyles(host); … mirror.dispose()
 */
export function mirrorInlineStyles(root: HTMLElement): { dispose(): void } {
  const doc = root.ownerDocument
  if (typeof CSSStyleSheet === "undefined" || !("adoptedStyleSheets" in doc)) return { dispose() {} }
  const screen = root.querySelector(".xterm-screen") ?? root
  const sheet = new CSSStyleSheet()
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
  const watched = new WeakSet<Node>()

  const sync = () => {
    const styles = [...screen.querySelectorAll("style")]
    for (const style of styles) {
      if (watched.has(style)) continue
      watched.add(style)
      observer.observe(style, { childList: true, characterData: true, subtree: true })
    }
    try {
      sheet.replaceSync(styles.map((style) => style.textContent ?? "").join("\n"))
    } catch {
      // replaceSync only throws for @import rules, which xterm never writes.
    }
  }
  // Only the screen's own children and the style elements are watched: the rows change on every
  // frame and must not wake this up.
  const observer = new MutationObserver(sync)
  observer.observe(screen, { childList: true })
  sync()

  return {
    dispose() {
      observer.disconnect()
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)
    },
  }
}
