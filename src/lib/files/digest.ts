/** Hashes and compression for copying files, on the browser's own Web Crypto and CompressionStream. */

function hex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("")
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", bytes))
}

/** Git's object id of a file's content: SHA-1 of `blob <size>\0<bytes>`. */
export async function gitBlobId(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const header = new TextEncoder().encode(`blob ${bytes.length}\0`)
  const all = new Uint8Array(header.length + bytes.length)
  all.set(header)
  all.set(bytes, header.length)
  return hex(await crypto.subtle.digest("SHA-1", all))
}

/** zlib-wrapped deflate (what git's binary patches carry). */
export async function zlibDeflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream("deflate"))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

export function toBase64(bytes: Uint8Array<ArrayBuffer>): string {
  let binary = ""
  // Chunks keep String.fromCharCode's argument list short for multi-megabyte files.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
