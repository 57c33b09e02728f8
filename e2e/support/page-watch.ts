// Records what a page complains about: CSP violations (from the DOM event), console errors and
// uncaught exceptions, so a journey can assert there were none.
import type { Page } from "@playwright/test"

export type Violation = { directive: string; blocked: string; sample: string }

export interface PageWatch {
  violations(): Promise<Violation[]>
  consoleErrors(): string[]
  pageErrors(): string[]
  /** Every console message that mentions the Content Security Policy, whatever its level. */
  cspMessages(): string[]
}

declare global {
  interface Window {
    __cspViolations?: Violation[]
  }
}

/** Call before the first navigation: the listener is installed in every document the page loads. */
export async function watchPage(page: Page): Promise<PageWatch> {
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample })
    })
  })
  const consoleErrors: string[] = []
  const cspMessages: string[] = []
  const pageErrors: string[] = []
  page.on("console", (message) => {
    const text = message.text()
    if (message.type() === "error") consoleErrors.push(text)
    if (/content security policy/i.test(text)) cspMessages.push(`${message.type()}: ${text}`)
  })
  page.on("pageerror", (error) => pageErrors.push(error.message))
  return {
    violations: () => page.evaluate(() => window.__cspViolations ?? []),
    consoleErrors: () => [...consoleErrors],
    pageErrors: () => [...pageErrors],
    cspMessages: () => [...cspMessages],
  }
}

/** Parses a Content-Security-Policy header into directive → sources. */
export function cspDirectives(header: string | string[] | undefined): Map<string, string[]> {
  const text = Array.isArray(header) ? header.join(";") : (header ?? "")
  const directives = new Map<string, string[]>()
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) directives.set(name, sources)
  }
  return directives
}
