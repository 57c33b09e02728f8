// @vitest-environment node
import { describe, expect, it } from "vitest"
import { makeServer } from "../../../tests/builders/server"
import { validateDraft } from "./registry"
import { PALETTE } from "./server"
import { checkServerFields, type FieldsResult } from "./server-fields"
import { validateEntries } from "./server-list"

describe("checkServerFields", () => {
  const cases: { name: string; input: Parameters<typeof checkServerFields>[0]; expected: FieldsResult }[] = [
    { name: "trims the name, normalizes the URL", input: { name: " Alpha ", url: "alpha.example.com:4000/" }, expected: { ok: true, fields: { name: "Alpha", url: "http://alpha.example.com:4000" } } },
    { name: "lowercases a color", input: { name: "A", url: "http://a.example.com", color: "#ABCDEF" }, expected: { ok: true, fields: { name: "A", url: "http://a.example.com", color: "#abcdef" } } },
    { name: "an empty color is none", input: { name: "A", url: "http://a.example.com", color: "" }, expected: { ok: true, fields: { name: "A", url: "http://a.example.com" } } },
    { name: "keeps a trimmed username", input: { name: "A", url: "http://a.example.com", username: " admin " }, expected: { ok: true, fields: { name: "A", url: "http://a.example.com", username: "admin" } } },
    { name: "drops the default username", input: { name: "A", url: "http://a.example.com", username: " opencode " }, expected: { ok: true, fields: { name: "A", url: "http://a.example.com" } } },
    { name: "drops a username that is not a string", input: { name: "A", url: "http://a.example.com", username: 7 }, expected: { ok: true, fields: { name: "A", url: "http://a.example.com" } } },
    { name: "a name that is not a string is missing", input: { name: 5, url: "http://a.example.com" }, expected: { ok: false, errors: { name: "Name is required." } } },
    { name: "a URL that is not a string is missing", input: { name: "A", url: 4000 }, expected: { ok: false, errors: { url: "URL is required." } } },
    { name: "a color that is not a string is refused", input: { name: "A", url: "http://a.example.com", color: 255 }, expected: { ok: false, errors: { color: "Color must look like #1a2b3c." } } },
    {
      name: "every field at once",
      input: { name: "n".repeat(81), url: "ftp://x", color: "red" },
      expected: { ok: false, errors: { name: "Name is too long (80 characters at most).", url: "Only http:// and https:// URLs are allowed (got ftp:).", color: "Color must look like #1a2b3c." } },
    },
  ]
  it.each(cases)("$name", ({ input, expected }) => expect(checkServerFields(input)).toEqual(expected))
})

/**
 * The server form (validateDraft) and every outside source (validateEntries: import, config.json,
 * build variables, an older portal's data) once disagreed on these; both now say the same.
 */
describe("the form and outside sources agree", () => {
  const verdict = (entry: { name: string; url: string; color?: string; username?: string }) => {
    const form = validateDraft(entry, [])
    const [imported] = validateEntries([entry]).servers
    const [rejected] = validateEntries([entry]).rejected
    return {
      form: form.ok ? form.server : Object.values(form.errors)[0],
      imported: imported?.server ?? rejected?.reason,
    }
  }
  const cases: { name: string; entry: { name: string; url: string; color?: string; username?: string }; expected: unknown }[] = [
    { name: "an empty color gets the first free palette color", entry: { name: "A", url: "http://a.example.com", color: "" }, expected: makeServer("a", { name: "A", url: "http://a.example.com", color: PALETTE[0] }) },
    { name: "the default username is not stored", entry: { name: "A", url: "http://a.example.com", username: "opencode" }, expected: makeServer("a", { name: "A", url: "http://a.example.com", color: PALETTE[0] }) },
    { name: "a blank name is required, in the same words", entry: { name: "  ", url: "http://a.example.com" }, expected: "Name is required." },
    { name: "a long name is too long, in the same words", entry: { name: "n".repeat(81), url: "http://a.example.com" }, expected: "Name is too long (80 characters at most)." },
    { name: "an empty URL is required, in the same words", entry: { name: "A", url: "" }, expected: "URL is required." },
  ]
  it.each(cases)("$name", ({ entry, expected }) => expect(verdict(entry)).toEqual({ form: expected, imported: expected }))
})
