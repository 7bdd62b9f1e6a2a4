/**
 * The character references of HTML or XML in a text exported from markup (a feed's item, a page's source, a CMS's export):
 * `&#8217;`, `&#x2019;`, `&rsquo;`, `&eacute;`, `&nbsp;`, `&amp;`. They stand for one character each and are read as it, but only
 * in a text that shows it was escaped so: one reference at least that no writer types for itself (a numeric one, or a letter's or
 * a typographic mark's name). A text whose only reference is `&amp;` or `&lt;` may quote it on purpose, and is read as written.
 */

/** A reference: numeric, decimal or hexadecimal, or named (letters, then a digit at most: `&sup2;`). */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}\d?));/gu
/** The references a writer may type for themselves, quoting markup: never evidence that the text was escaped. */
const QUOTABLE = /^&(?:amp|lt|gt|quot);$/u
/** A letter's accent named after it (`eacute`, `Agrave`, `ccedil`, `ntilde`, `ouml`), and the combining mark it stands for. */
const ACCENTS: Record<string, string> = {acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', cedil: '\u0327', tilde: '\u0303', ring: '\u030A'}
/** The named references that are no accented letter. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', shy: '\u00AD',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»',
  bull: '•', middot: '·', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', copy: '©', reg: '®', trade: '™', sect: '§', para: '¶',
  times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', sup2: '²', sup3: '³', oelig: 'œ', OElig: 'Œ', aelig: 'æ',
  AElig: 'Æ', szlig: 'ß', ordm: 'º', ordf: 'ª', iexcl: '¡', iquest: '¿', dagger: '†', Dagger: '‡', permil: '‰', prime: '′', Prime: '″',
}

/** The character a reference stands for, or undefined for a name the reader does not know (it is then left as written). */
function characterOf(numeric: string | undefined, hex: string | undefined, name: string | undefined): string | undefined {
  const code = numeric !== undefined ? Number(numeric) : hex !== undefined ? Number.parseInt(hex, 16) : undefined
  if (code !== undefined) return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined
  if (name === undefined) return undefined
  if (Object.hasOwn(NAMED, name)) return NAMED[name]
  const accent = /^([a-zA-Z])(acute|grave|circ|uml|cedil|tilde|ring)$/u.exec(name)
  return accent ? (accent[1] + ACCENTS[accent[2]]).normalize('NFC') : undefined
}

/**
 * Whether a text was escaped as markup: it holds a reference the reader knows that no writer types for itself.
 * @param text the whole document
 */
export function escapedAsMarkup(text: string): boolean {
  for (const found of text.matchAll(REFERENCE)) if (!QUOTABLE.test(found[0]) && characterOf(found[1], found[2], found[3]) !== undefined) return true
  return false
}

/**
 * A line with its character references read as the characters they stand for (`&#8220;Cricket …&#8221;` → `“Cricket …”`); one the
 * reader does not know stays as written.
 * @param line a line of a text `escapedAsMarkup`
 */
export function decodeEntities(line: string): string {
  return line.includes('&') ? line.replace(REFERENCE, (whole, numeric, hex, name) => characterOf(numeric, hex, name) ?? whole) : line
}
