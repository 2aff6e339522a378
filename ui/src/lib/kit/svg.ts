// Charts are rendered by Rust as SVG text. Putting that text into the DOM would need {@html}
// (markup injection, and labels carry customer text), and any style="" or <style> inside it
// would be blocked by the page's CSP. As an <img> from a data: URL (img-src allows data:) the
// SVG is a separate image document: it never runs scripts or loads sub-resources, and its own
// styling is not subject to the page's style-src.

const CHUNK = 0x8000;

/** base64 of the UTF-8 bytes of `text`. btoa alone throws on anything outside Latin-1. */
export function utf8ToBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // Chunked so a multi-megabyte SVG doesn't overflow the argument limit of fromCharCode.
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** A data: URL for an <img src>, from SVG source text (any Unicode). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${utf8ToBase64(svg)}`;
}
