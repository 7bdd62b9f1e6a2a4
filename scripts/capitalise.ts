/** A text with its first letter in capitals and the rest as written: `roadmap for clean seas` → `Roadmap for clean seas`.
 * Only a lower-case first letter changes, so `ßx`, a digit or a quote at the start is kept as it is. */
export function capitalise(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase())
}
