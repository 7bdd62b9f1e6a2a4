/**
 * Escape text for HTML content and attribute values.
 * @param text any text
 * @returns text safe to put between tags or in a quoted attribute
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!)
}

/**
 * Escape text for a CSS string literal (`content: "…"`).
 * @param text any text
 * @returns the text with quotes, backslashes and line breaks escaped
 */
export function escapeCssString(text: string): string {
  return text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ').replace(/</g, '\\3C ')
}
