/**
 * Bullets whose glyph the reader has no list of: whatever a word processor, a font or a page put before a list's items. A symbol
 * (`✦`, `⟶`, `❯`, `⁃`, `§`), a numbered glyph (`➊`, `②`) or a letter a symbol font left behind when the text was copied (Word's
 * Wingdings bullets come out as `Ø`, `q`, `v`, `§`, `ü`) is a bullet where the text uses it as one: it opens, followed by a space,
 * several lines of the text (sibling lines), not one. Read by what it does, not by a list of glyphs, so that the next writer's
 * glyph is read too. Never a bullet: a letter or a digit that is a word or a number (`a`, `I`, `à`, `y`, `2`), a currency sign
 * (`€ 2 million …`), a quote mark or a bracket (`" …`, `« …`), punctuation (`… les aides`), a table's bar, `#`, `@`, `%`.
 */

/** A glyph and the space after it at a line's start (group 1: the indent, 2: the glyph with its variation selector). */
const GLYPH_LINE = /^([ \t\u00A0]*)(\S[\uFE0E\uFE0F]?)[ \t\u00A0]+(?=\S)/u
/**
 * A symbol that may mark a list's items: an other or a mathematical symbol (`✦`, `⟶`, `■`), a mark some fonts or pages use as one (`§`,
 * `❯`, a heavy chevron), or a character of the private-use area, where a symbol font's bullet lands when Word's text is copied out
 * (`\uF0B7`, `\uF0A7`, `\uF076`; structure44).
 */
const SYMBOL = /^(?:[\p{So}\p{Sm}\p{Co}]|[§¶※⁂⁃‧・∙❯❱])/u
/** Symbols that never mark an item: a table's bar, signs of comparison and arithmetic, the degree and copyright signs. */
const NEVER_SYMBOL = /^[|<=>~¬±×÷−+°©®™]/u
/** A glyph that numbers its item by itself (`➊`, `②`, `⑶`): the circled and parenthesised digits, each line its own, read as one marker. */
const NUMBERED_GLYPH = /^[\u2460-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF]/u
/** A lone letter that is a word, in the languages the reader knows (`A`, `I`, `à`, `y`, and `o`, Word's own second-level bullet read elsewhere): never a lost glyph. */
const LETTER_WORD = /^[aAiIoOyYàÀ]$/u
/** Fewest lines a symbol opens for it to be a list's marker. */
const FEWEST_SYMBOL_LINES = 2
/** Fewest lines a lone letter opens one after another (blank lines aside) for it to be a glyph lost in copying. */
const FEWEST_LETTER_LINES = 3

/**
 * The lines a glyph opens as a list's bullet, by the rule above: the same symbol (or any numbered glyph) opening two lines or more
 * of the text, or the same lone letter that is no word opening three lines or more one under another (blank lines aside).
 * @param lines the document's lines
 * @returns for each such line its marker match (`[whole, indent, glyph]`, as a bullet's)
 */
export function glyphBullets(lines: string[]): Map<number, [string, string, string]> {
  const bySymbol = new Map<string, number[]>()
  const letterRuns: Array<{letter: string; at: number[]}> = []
  let run: {letter: string; at: number[]} | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (line.trim() === '') continue
    const found = GLYPH_LINE.exec(line)
    const glyph = found?.[2]
    if (glyph !== undefined && /^\p{L}/u.test(glyph) && [...glyph].length === 1 && !LETTER_WORD.test(glyph)) {
      if (run?.letter === glyph) run.at.push(index)
      else letterRuns.push((run = {letter: glyph, at: [index]}))
      continue
    }
    run = undefined
    if (glyph === undefined || !(SYMBOL.test(glyph) || NUMBERED_GLYPH.test(glyph)) || NEVER_SYMBOL.test(glyph)) continue
    const key = NUMBERED_GLYPH.test(glyph) ? '①' : glyph.replace(/[\uFE0E\uFE0F]/u, '')
    const at = bySymbol.get(key)
    if (at) at.push(index)
    else bySymbol.set(key, [index])
  }
  const found = new Map<number, [string, string, string]>()
  const mark = (index: number) => {
    const match = GLYPH_LINE.exec(lines[index])!
    found.set(index, [match[0], match[1], match[2]])
  }
  for (const at of bySymbol.values()) if (at.length >= FEWEST_SYMBOL_LINES) at.forEach(mark)
  for (const {at} of letterRuns) if (at.length >= FEWEST_LETTER_LINES) at.forEach(mark)
  return found
}
