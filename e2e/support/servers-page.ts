import { expect, type Locator, type Page } from "@playwright/test"

/** Page helpers for /servers, written against the accessible names of the interface contract. */
export function serverList(page: Page): Locator {
  return page.getByRole("list", { name: "Servers" })
}

export function serverRow(page: Page, name: string): Locator {
  return serverList(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: `Edit ${name}`, exact: true }) })
}

export async function addServerViaUi(page: Page, server: { name: string; url: string; password?: string; remember?: boolean }): Promise<void> {
  await page.getByRole("button", { name: "Add server" }).click()
  const dialog = page.getByRole("dialog", { name: "Add server" })
  await dialog.getByLabel("Name", { exact: true }).fill(server.name)
  await dialog.getByLabel("URL", { exact: true }).fill(server.url)
  if (server.password) await dialog.getByLabel("Password", { exact: true }).fill(server.password)
  if (server.remember) await dialog.getByLabel("Remember password", { exact: true }).check()
  await dialog.getByRole("button", { name: "Save" }).click()
  await expect(dialog).toBeHidden()
  await expect(serverRow(page, server.name)).toBeVisible()
}

export async function expectStatus(page: Page, name: string, status: string | RegExp): Promise<void> {
  await expect(serverRow(page, name)).toContainText(status, { timeout: 15_000 })
}
