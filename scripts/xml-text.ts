/** Characters XML 1.0 does not allow: C0 controls but tab, newline and CR; lone surrogates; U+FFFE, U+FFFF. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Text safe to put in an XML 1.0 document (every Office writer's text goes through it): the
 * characters XML does not allow are dropped; escaping `<` and `&` stays the writer's job.
 * @param text any text from a source
 * @returns the text without characters XML 1.0 forbids
 */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '')
}
