import type { JSX } from "solid-js"

/**
 * For rows of long lists (thirty servers, two hundred sessions): the browser skips style, layout
 * and paint of rows out of view until they scroll near, so a list growing as data arrives does not
 * lay out the whole page each frame. The row stays in the DOM and the accessibility tree;
 * `auto 64px` is its assumed height until it was drawn once, then its last real one.
 */
export const OFFSCREEN_ROW: JSX.CSSProperties = { "content-visibility": "auto", "contain-intrinsic-size": "auto 64px" }
