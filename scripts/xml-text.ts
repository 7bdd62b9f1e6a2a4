/** Characters XML 1.0 does not allow: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Text made safe to put in an XML document: characters XML 1.0 does not allow are removed (escaping
 * `<` and `&` stays the job of whatever writes the XML).
 * @param text any text, e.g. from a source
 * @returns the text without those characters
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '')
}
