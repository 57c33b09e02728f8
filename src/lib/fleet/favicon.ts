/**
 * The portal's icon (public/favicon.svg, repeated here because a data-URL image cannot load it)
 * with a dot in the corner while requests wait. The page's CSP allows `img-src data:`.
 */
const ICON = '<rect width="32" height="32" rx="6" fill="#1e293b"/><path d="M9 10h14v12H9z" fill="none" stroke="#fff" stroke-width="2.5"/><path d="M13 15l3 2-3 2" fill="none" stroke="#60a5fa" stroke-width="2"/>'
const DOT = '<circle cx="25" cy="7" r="6.5" fill="#dc2626" stroke="#fff" stroke-width="1.5"/>'

export function faviconWithDot(): string {
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">${ICON}${DOT}</svg>`)}`
}
