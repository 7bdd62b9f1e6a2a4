/**
 * Ways the same readout reaches the reader when only its paste differs: line endings, spaces a
 * word processor adds, quotes it curls, a list's glyph or numbering style, blank lines. None changes
 * what a staffer would call the text's content, so each should leave what the reader understands
 * as it was (`npm run eval -- --invariance`, `invariance.ts`).
 */

import {detectLanguage} from '../structure/language.js'

/** A change of layout only: its name as the report prints it, and the text it makes of a source's. */
export interface PasteVariant {
  name: string
  apply: (text: string) => string
}

/** A line's end that closes a sentence, a clause or a lead-in. */
const CLOSED = /[.!?:;…"”»)\]]\s*$/u
/** A list item's marker: a glyph (also alone on its line, as Word pastes one), or a number as `1.`, `1)` or `(1)`, then a space or a tab. */
const GLYPH_ITEM = /^([ \t]*)([-•*–▪])([ \t]+(?=\S)|[ \t]*$)/u
/** A line of only glyphs and spaces (`* * *`, `- - -`): a separator between parts. */
const SEPARATOR = /^[ \t]*(?:[-•*–▪_=~][ \t]*){2,}$/u
export const NUMBER_ITEM = /^([ \t]*)(?:(\d{1,3})([.)])|\((\d{1,3})\))([ \t]+)(?=\S)/u
export const isItem = (line: string) => GLYPH_ITEM.test(line) || NUMBER_ITEM.test(line)
/** A paragraph numbered in decimals (`2.1 …`): its part's heading (`2. …`) keeps its style. */
export const DECIMAL_PARAGRAPH = /^[ \t]*\d{1,2}\.\d{1,2}\.?[ \t]/mu

/**
 * Whether a line opens a paragraph, rather than carrying on one wrapped over several lines: the
 * first line of text, one after a blank line or after a line that ends a sentence, or a list's item.
 */
function opensParagraph(lines: string[], index: number): boolean {
  const line = lines[index]
  if (line.trim() === '') return false
  const before = lines[index - 1]
  return before === undefined || before.trim() === '' || CLOSED.test(before) || isItem(line)
}

/** A short line with no sentence's end, no colon and no list marker: a heading as a document types it. */
function isHeadingLine(line: string): boolean {
  const text = line.trim()
  return text !== '' && text.split(/\s+/).length <= 10 && !/[.!?,;:]$/.test(text) && !text.includes(':') && !isItem(line)
}

/** A heading line over a paragraph written whole on the line under it (ending a sentence: not a line of a wrapped paragraph). */
const headingOver = (before: string, after: string) => isHeadingLine(before) && !isHeadingLine(after) && /[.!?]["'”’»)]*\s*$/u.test(after)

/** Every line through `change`, which receives the lines and the index. */
const eachLine = (change: (line: string, index: number, lines: string[]) => string) => (text: string) => {
  const lines = text.split('\n')
  return lines.map((line, index) => change(line, index, lines)).join('\n')
}

/** Straight quotes and apostrophes made curly as a word processor does: an opening one after a space or a bracket, else a closing one. */
function curlQuotes(text: string): string {
  return text.replace(/(^|[\s([{—–-])"/gmu, '$1“').replace(/"/g, '”').replace(/(^|[\s([{—–-])'/gmu, '$1‘').replace(/'/g, '’')
}

/** Curly quotes and apostrophes made straight, as a plain-text editor types them. */
function straightenQuotes(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'")
}

/**
 * Some spaces inside sentences made non-breaking, as a French word processor and a web page put
 * them: before `:`, `;`, `?`, `!`, `%` and `»`, after `«`, between a number and what follows it,
 * between the groups of a number's digits, and every third other space between two words.
 */
function nonBreakingSpaces(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let count = 0
      return line.replace(/(?<=\S) (?=\S)/g, (space, at: number) => {
        const before = line[at - 1]
        const after = line[at + 1]
        if (/[:;?!%»]/.test(after) || before === '«' || /\d/.test(before)) return '\u00A0'
        return ++count % 3 === 0 ? '\u00A0' : space
      })
    })
    .join('\n')
}

const GLYPHS = ['-', '•', '*', '–', '▪', '+']

/**
 * Each list's glyph replaced by the one `step` places further in `- • * – ▪`: a permutation, so the
 * items of one list stay alike and a list under another keeps a glyph of its own. Only a glyph that
 * opens two lines at least is a list's.
 */
function swapGlyphs(step: number): (text: string) => string {
  return (text) => {
    const lines = text.split('\n')
    const counts = new Map<string, number>()
    for (const line of lines) {
      const glyph = GLYPH_ITEM.exec(line)?.[2]
      if (glyph) counts.set(glyph, (counts.get(glyph) ?? 0) + 1)
    }
    return lines
      .map((line) => {
        const found = GLYPH_ITEM.exec(line)
        if (!found || (counts.get(found[2]) ?? 0) < 2) return line
        const swapped = GLYPHS[(GLYPHS.indexOf(found[2]) + step) % GLYPHS.length]
        return found[1] + swapped + found[3] + line.slice(found[0].length)
      })
      .join('\n')
  }
}

const NUMBER_STYLES = ['.', ')', '()'] as const

/** Each numbered list's style (`1.`, `1)`, `(1)`) replaced by the one `step` places further; a text numbered in decimals under its parts is left as it is. */
function swapNumbering(step: number): (text: string) => string {
  return (text) => {
    if (DECIMAL_PARAGRAPH.test(text)) return text
    return eachLine((line) => {
      const found = NUMBER_ITEM.exec(line)
      if (!found) return line
      const number = found[2] ?? found[4]
      const style = found[4] ? '()' : (found[3] as '.' | ')')
      const next = NUMBER_STYLES[(NUMBER_STYLES.indexOf(style) + step) % NUMBER_STYLES.length]
      const marker = next === '()' ? `(${number})` : number + next
      return found[1] + marker + found[5] + line.slice(found[0].length)
    })(text)
  }
}

/** The lines, with a blank line between two lines that `between` pairs (the line before, the line after) and none there was. */
function blankBetween(text: string, between: (before: string, after: string, lines: string[], index: number) => boolean): string {
  const lines = text.split('\n')
  const out: string[] = []
  lines.forEach((line, index) => {
    const before = lines[index - 1]
    if (before !== undefined && before.trim() !== '' && line.trim() !== '' && between(before, line, lines, index)) out.push('')
    out.push(line)
  })
  return out.join('\n')
}

/** The lines, without the blank lines between a line and the next line of text that `between` pairs. */
function noBlankBetween(text: string, between: (before: string, after: string) => boolean): string {
  const lines = text.split('\n')
  const out: string[] = []
  let lastText: string | undefined
  let blanks: string[] = []
  for (const line of lines) {
    if (line.trim() === '') {
      blanks.push(line)
      continue
    }
    if (!(lastText !== undefined && blanks.length > 0 && between(lastText, line))) out.push(...blanks)
    blanks = []
    out.push(line)
    lastText = line
  }
  out.push(...blanks)
  return out.join('\n')
}

/** Whether the text is French, as the reader decides it: a French paste spaces before `:`, `;` and `%`, and groups digits with a space. */
export const isFrench = (text: string) => detectLanguage(text) === 'fr'

/** Each sentence's full stop (or `?`, `!`) followed by two spaces, as a typist of the typewriter's school puts them. */
const twoSpacesAfterStop = eachLine((line) => line.replace(/(?<=[\p{L}\d)"”’'][.!?]) (?=["“‘(]?\p{Lu})/gu, '  '))

/** In an English text, a space before `:`, `;` and `%` (as a French typist keeps the habit); in a French one, none before them. */
function spaceBeforeMarks(text: string): string {
  if (isFrench(text)) return text.replace(/(?<=\S)[ \u00A0\u202F]+(?=[:;%](?:\s|$))/gmu, '')
  return text.replace(/(?<=[\p{L}\d)])(?=[:;](?:\s|$)|%)/gmu, ' ')
}

/**
 * A heading's line of the text's body (past its header's first blank line, short, no sentence's end,
 * no colon, not an item, said once) whose next line of text is not one: each is changed by `change`,
 * its number (`2.`, `II.`, `A)`) kept as it is unless `keepNumber` is false (bold wraps the whole line).
 */
function eachHeading(change: (heading: string) => string, keepNumber = true): (text: string) => string {
  return (text) => {
    const lines = text.split('\n')
    const firstText = lines.findIndex((line) => line.trim() !== '')
    const bodyFrom = lines.findIndex((line, index) => index > firstText && line.trim() === '')
    if (bodyFrom === -1) return text
    return lines
      .map((line, index) => {
        // a line the text repeats (a page's running header) is left alone: a paste changes all of them or none
        if (index <= bodyFrom || !isHeadingLine(line) || lines.some((other, at) => at !== index && other.trim() === line.trim()) || !/\p{L}/u.test(line) || /^[ \t]*(?:\*\*|#)/.test(line)) return line
        if (lines[index - 1]?.trim() !== '' && !CLOSED.test(lines[index - 1] ?? '')) return line
        const next = lines.slice(index + 1).find((after) => after.trim() !== '')
        if (next === undefined || isHeadingLine(next)) return line
        // a heading's number (`2.`, `II.`, `A)`) is kept as it is unless the change wraps the whole line
        const marker = (keepNumber ? /^[ \t]*(?:(?:\d{1,2}|[IVX]{1,4}|[A-Z])[.)][ \t]+)?/u : /^[ \t]*/u).exec(line)![0]
        return marker + change(line.slice(marker.length).trim())
      })
      .join('\n')
  }
}

/** Small words a title-case heading keeps in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'et', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'en', 'pour', 'à', 'au', 'aux'])
const sentenceCase = (heading: string) => heading.charAt(0).toLocaleUpperCase() + heading.slice(1).toLocaleLowerCase()
const titleCase = (heading: string) => heading.toLocaleLowerCase().replace(/(?<=^|[\s(\-–—/])(\p{L})(\p{L}*)/gu, (word, first: string, rest: string, at: number) => (at > 0 && SMALL_WORDS.has(word) ? word : first.toLocaleUpperCase() + rest))

/** In an English text, a number's thousands grouped with a thin space (`12 500`) rather than a comma; in a French one, the spaces grouping them made narrow no-break spaces. */
function thousandsSpaced(text: string): string {
  if (isFrench(text)) return text.replace(/(?<=(?:^|[^\d,.])\d{1,3})[ \u00A0](?=\d{3}(?!\d))/gmu, '\u202F')
  return text.replace(/(?<=(?:^|[^\d,.])\d{1,3}(?:,\d{3})*),(?=\d{3}(?![\d,]|\.\d))/gmu, '\u2009')
}

/** A list item's marker as a lettered or roman list writes it (`a.`, `(a)`, `i.`, `(i)`, `i)`). */
const LETTER_ITEM = /^([ \t]*)(?:[a-z]{1,4}[.)]|\([a-z]{1,4}\))([ \t]+)(?=\S)/u

/** The marker that opens a line (a glyph, a number, a letter or a roman numeral and what follows it), with the indent before it; '' for none. */
function markerOf(line: string): string {
  return (GLYPH_ITEM.exec(line) ?? NUMBER_ITEM.exec(line) ?? LETTER_ITEM.exec(line))?.[0] ?? /^[ \t]*/.exec(line)![0]
}

/**
 * Every line longer than `width` broken at its last space that fits, as a plain-text mail client
 * wraps what it sends: a list item's next lines under its text (a hanging indent) when `hanging`,
 * else at the item's own indent. A word longer than the width stays whole on a line of its own.
 */
function hardWrap(width: number, hanging: boolean): (text: string) => string {
  return eachLine((line) => {
    if (line.length <= width) return line
    const lead = markerOf(line)
    const under = hanging ? ' '.repeat(lead.replace(/\t/g, '    ').length) : /^[ \t]*/.exec(line)![0]
    const words = line.slice(lead.length).trim().split(/ +/)
    const out: string[] = []
    let current = lead + words[0]
    for (const word of words.slice(1)) {
      if (current.length + 1 + word.length > width) {
        out.push(current)
        current = under + word
      } else current += ` ${word}`
    }
    out.push(current)
    return out.join('\n')
  })
}

const ROMAN = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx']

/**
 * Each item numbered `1.`, `1)` or `(1)` numbered instead in small letters or roman numerals by `mark`
 * (`a.`, `(i)`); a text numbered in decimals under its parts, past 20 (a declaration's numbered
 * paragraphs, which no one letters), in two lists or with lettered items already (a list nested in another keeps
 * its own style) is left as it is.
 */
function letterNumbering(mark: (n: number) => string | undefined): (text: string) => string {
  return (text) => {
    const numbers = text.split('\n').flatMap((line) => {
      const found = NUMBER_ITEM.exec(line)
      return found ? [Number(found[2] ?? found[4])] : []
    })
    if (DECIMAL_PARAGRAPH.test(text) || numbers.some((n) => !mark(n)) || numbers.filter((n) => n === 1).length > 1 || text.split('\n').some((line) => LETTER_ITEM.test(line))) return text
    return eachLine((line) => {
      const found = NUMBER_ITEM.exec(line)
      const marker = found ? mark(Number(found[2] ?? found[4])) : undefined
      return found && marker ? found[1] + marker + found[5] + line.slice(found[0].length) : line
    })(text)
  }
}
const letter = (n: number) => (n >= 1 && n <= 20 ? String.fromCharCode(96 + n) : undefined)
const roman = (n: number) => ROMAN[n] || undefined

/** Letters and words within them: where a paste from a web page puts a soft hyphen or a zero-width space (every long word, in its middle). */
const inLongWords = (mark: string) => (text: string) => text.replace(/(?<=[\p{L}]{3})(?=[\p{L}]{4})(?<![\p{L}]{4}\p{L}*)/gu, mark)

/**
 * The main list's glyph (the one that opens the most lines, two at least) replaced by `glyph`, as Word
 * pastes its bullets (`o` at the second level, `·` from the Symbol font); none when the text uses it already.
 */
function mainGlyphTo(glyph: string): (text: string) => string {
  return (text) => {
    const lines = text.split('\n')
    const counts = new Map<string, number>()
    // a separator of glyphs (`* * *`) is no list's item
    const item = (line: string) => (SEPARATOR.test(line) ? null : GLYPH_ITEM.exec(line))
    for (const line of lines) {
      const found = item(line)?.[2]
      if (found) counts.set(found, (counts.get(found) ?? 0) + 1)
    }
    const [main, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
    if (count < 2 || lines.some((line) => line.trimStart().startsWith(`${glyph} `) || line.trimStart().startsWith(`${glyph}\t`))) return text
    return lines.map((line) => {
      const found = item(line)
      // Word pastes its `o` with a tab after it
      return found && found[2] === main && found[3] !== '' ? found[1] + glyph + (glyph === 'o' ? '\t' : found[3]) + line.slice(found[0].length) : line
    }).join('\n')
  }
}

/** The text's first line (its title) in capitals, as a newsroom types it; a line of more than 25 words (a sentence) or a dateline of a few words and a year is left as it is. */
function titleInCapitals(text: string): string {
  const lines = text.split('\n')
  const first = lines.findIndex((line) => line.trim() !== '')
  const words = first === -1 ? [] : lines[first].trim().split(/\s+/)
  if (first === -1 || words.length > 25 || /[.!?]$/.test(lines[first].trim()) || (words.length <= 6 && /\b(?:19|20)\d{2}\b/.test(lines[first]))) return text
  lines[first] = lines[first].toLocaleUpperCase()
  return lines.join('\n')
}

/** The shortest part of a word a PDF's hyphenation leaves on either side of its hyphen. */
const HYPHEN_PART = 3

/**
 * Every line longer than `width` broken at the width as a PDF's text pastes it: a word that would not fit
 * split by a hyphen at the line's end when a part of it fits (`commit-` / `ments`), no hanging indent.
 */
function pdfWrap(width: number): (text: string) => string {
  return eachLine((line) => {
    if (line.length <= width) return line
    const lead = /^[ \t]*/.exec(line)![0]
    const words = line.slice(lead.length).split(/ +/)
    const out: string[] = []
    let current = lead + words[0]
    for (const word of words.slice(1)) {
      if (current.length + 1 + word.length <= width) {
        current += ` ${word}`
        continue
      }
      const room = width - current.length - 2
      if (/^\p{Ll}+$/u.test(word) && room >= HYPHEN_PART && word.length - room >= HYPHEN_PART) {
        out.push(`${current} ${word.slice(0, room)}-`)
        current = word.slice(room)
      } else {
        out.push(current)
        current = word
      }
    }
    out.push(current)
    return out.join('\n')
  })
}

/** The blank lines between two paragraphs of prose (a sentence's end, then a capital) taken out, as a mail client that drops empty lines pastes them. */
const noBlankBetweenParagraphs = (text: string) => noBlankBetween(text, (before, after) => /[.!?]["'”’)]*\s*$/u.test(before) && /^["“‘(]?\p{Lu}/u.test(after.trim()) && !isItem(before) && !isItem(after))

/** Every change of layout the measure applies, each alone. */
export const PASTE_VARIANTS: PasteVariant[] = [
  {name: 'CRLF line endings', apply: (text) => text.replace(/\n/g, '\r\n')},
  {name: 'trailing spaces', apply: eachLine((line) => (line.trim() === '' ? line : `${line}   `))},
  {name: 'trailing tab', apply: eachLine((line) => (line.trim() === '' ? line : `${line}\t`))},
  {name: 'tab before a paragraph', apply: eachLine((line, index, lines) => (opensParagraph(lines, index) ? `\t${line}` : line))},
  {name: '4 spaces before a paragraph', apply: eachLine((line, index, lines) => (opensParagraph(lines, index) ? `    ${line}` : line))},
  {name: 'non-breaking spaces', apply: nonBreakingSpaces},
  {name: 'curly quotes', apply: curlQuotes},
  {name: 'straight quotes', apply: straightenQuotes},
  ...[1, 2, 3, 4, 5].map((step) => ({name: `bullet glyph (- → ${GLYPHS[step]})`, apply: swapGlyphs(step)})),
  {name: 'numbering (1. → 1), 1) → (1))', apply: swapNumbering(1)},
  {name: 'numbering (1. → (1), 1) → 1.)', apply: swapNumbering(2)},
  {name: 'tab after a list marker', apply: eachLine((line) => line.replace(GLYPH_ITEM, '$1$2\t').replace(NUMBER_ITEM, (marker) => marker.trimEnd() + '\t'))},
  {name: 'two blank lines for one', apply: (text) => text.replace(/(?<=\S[^\n]*)\n\n(?=[^\n]*\S)/g, '\n\n\n')},
  {name: 'one blank line for several', apply: (text) => text.replace(/\n(?:[ \t]*\n){2,}/g, '\n\n')},
  {name: 'blank line between paragraphs', apply: (text) => blankBetween(text, (_before, _after, lines, index) => opensParagraph(lines, index))},
  {name: 'blank line between list items', apply: (text) => blankBetween(text, (before, after) => isItem(before) && isItem(after))},
  {name: 'no blank line between list items', apply: (text) => noBlankBetween(text, (before, after) => isItem(before) && isItem(after))},
  {name: 'blank line under a heading', apply: (text) => blankBetween(text, headingOver)},
  {name: 'no blank line under a heading', apply: (text) => noBlankBetween(text, headingOver)},
  {name: 'blank lines around the text', apply: (text) => `\n\n${text.replace(/\n*$/, '')}\n\n\n`},
  {name: 'two spaces after a full stop', apply: twoSpacesAfterStop},
  {name: 'space before : ; % (English), none (French)', apply: spaceBeforeMarks},
  {name: 'headings in capitals', apply: eachHeading((heading) => heading.toLocaleUpperCase())},
  {name: 'headings in sentence case', apply: eachHeading(sentenceCase)},
  {name: 'headings in title case', apply: eachHeading(titleCase)},
  {name: 'headings in **bold**', apply: eachHeading((heading) => `**${heading}**`, false)},
  {name: 'thousands in thin spaces (English), narrow no-break (French)', apply: thousandsSpaced},
  {name: 'year ranges: en dash → hyphen', apply: (text) => text.replace(/(?<=\b\d{4})–(?=\d{2,4}\b)/gu, '-')},
  {name: 'year ranges: hyphen → en dash', apply: (text) => text.replace(/(?<=\b(?:19|20)\d{2})-(?=(?:19|20)?\d{2}\b)/gu, '–')},
  ...[60, 72, 80].map((width) => ({name: `hard-wrapped at ${width}`, apply: hardWrap(width, true)})),
  {name: 'hard-wrapped at 72, no hanging indent', apply: hardWrap(72, false)},
  {name: 'numbering (1. → a.)', apply: letterNumbering((n) => letter(n) && `${letter(n)}.`)},
  {name: 'numbering (1. → (a))', apply: letterNumbering((n) => letter(n) && `(${letter(n)})`)},
  {name: 'numbering (1. → i.)', apply: letterNumbering((n) => roman(n) && `${roman(n)}.`)},
  {name: 'numbering (1. → (i))', apply: letterNumbering((n) => roman(n) && `(${roman(n)})`)},
  {name: 'numbering (1. → i))', apply: letterNumbering((n) => roman(n) && `${roman(n)})`)},
  {name: 'every line indented by 4 spaces', apply: eachLine((line) => (line.trim() === '' ? line : `    ${line}`))},
  {name: 'every line indented by a tab', apply: eachLine((line) => (line.trim() === '' ? line : `\t${line}`))},
  {name: 'quoted mail (> on every line)', apply: eachLine((line) => (line.trim() === '' ? '>' : `> ${line}`))},
  {name: 'decomposed accents (NFD)', apply: (text) => text.normalize('NFD')},
  {name: 'soft hyphens inside words', apply: inLongWords('\u00AD')},
  ...['o', '·'].map((glyph) => ({name: `bullet glyph (main list → ${glyph})`, apply: mainGlyphTo(glyph)})),
  {name: 'title line in capitals', apply: titleInCapitals},
  {name: 'hard-wrapped at 72 as a PDF, words hyphenated', apply: pdfWrap(72)},
  {name: 'no blank line between paragraphs', apply: noBlankBetweenParagraphs},
  {name: 'indents in tabs', apply: eachLine((line) => line.replace(/^( {2,})(?=\S)/, (spaces) => '\t'.repeat(Math.ceil(spaces.length / 4))))},
  {name: 'no-break space after a currency sign', apply: (text) => text.replace(/(?<=(?:^|[\s(])(?:[€$£¥₹]|US\$|C\$|A\$))(?=\d)/gmu, '\u00A0')},
  {name: 'thousands in no-break spaces (English)', apply: (text) => (isFrench(text) ? text : text.replace(/(?<=(?:^|[^\d,.])\d{1,3}(?:,\d{3})*),(?=\d{3}(?![\d,]|\.\d))/gmu, '\u00A0'))},
  {name: 'spaced em dashes typed as --', apply: (text) => text.replace(/ — /gu, ' -- ')},
  {name: 'ellipsis typed as ...', apply: (text) => text.replace(/…/gu, '...')},
  {name: 'zero-width spaces inside words', apply: inLongWords('\u200B')},
]
