/** Builds Basic credentials; the only place a password becomes a header value. */
export type Credentials = { username: string; password: string }

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ""
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary)
}

export function basicToken({ username, password }: Credentials): string {
  return base64Utf8(`${username}:${password}`)
}

export function authHeaders(credentials: Credentials | undefined): Record<string, string> {
  return credentials ? { Authorization: `Basic ${basicToken(credentials)}` } : {}
}
