/** How `capitalise` treats a text's first letter. */
export interface CapitaliseOptions {
  /**
   * Keep a first letter in lower case when a capital follows it (`eHealth plan`, `iPhone recycling`), as a name that starts a
   * line of its own is written (a running header, a document's subject); by default every lower-case first letter is raised.
   */
  keepBeforeCapital?: boolean
}

/**
 * A text with its first letter in capitals and the rest as written: `roadmap for clean seas` → `Roadmap for clean seas`.
 * Only a lower-case first letter changes, so a digit or a quote at the start is kept as it is.
 * @param text the text
 * @param options `keepBeforeCapital`: leave `eHealth plan` as written (`schéma « Chemins ouverts 2030 »` still → `Schéma « … »`)
 * @returns the text, capitalised
 */
export function capitalise(text: string, options: CapitaliseOptions = {}): string {
  return text.replace(options.keepBeforeCapital ? /^\p{Ll}(?!\p{Lu})/u : /^\p{Ll}/u, (c) => c.toLocaleUpperCase())
}
