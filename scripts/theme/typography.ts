/**
 * How text is set in every output that shows it (deck, PowerPoint, brief, Word, site), never in
 * `roadmap.md`, which keeps the source's characters: typographic quotes and apostrophes, no-break
 * spaces that keep a day with its month and a number with its unit, and French spacing.
 */
import {COMPOUND_NUMBER, MONTH_WORDS, UNITS_AFTER_NUMBER} from '../structure/english.js'
import {FRENCH_COMPOUND_NUMBER, FRENCH_MONTH_WORDS, FRENCH_UNITS_AFTER_NUMBER} from '../structure/french.js'

const NBSP = '\u00a0'
const NNBSP = '\u202f'

/** A web or mail address, up to the punctuation that ends its sentence. */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s«»"“”<>]*[^\s«»"“”<>.,;:!?)]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu

/** Text typed as markup or code (`<iframe src="…">`, `` `a='b'` ``): its quotes stay as typed, as an address's do. */
const AS_TYPED = new RegExp(`${ADDRESS.source}|<[^<>\\n]{1,300}>|\`[^\`\\n]{1,300}\``, 'gu')

/**
 * Apply `change` to a text with its web and mail addresses (or whatever `kept` matches) left as
 * written: each stands in as one private-use character meanwhile (not in a text that holds such
 * characters already, nor for thousands of them).
 */
function keepingAddresses(text: string, change: (text: string) => string, kept: RegExp = ADDRESS): string {
  const addresses: string[] = []
  const protect = !/[\ue000-\uf8ff]/.test(text)
  const held = text.replace(kept, (address) => (protect && addresses.length < 0x1900 ? String.fromCharCode(0xe000 + addresses.push(address) - 1) : address))
  return change(held).replace(/[\ue000-\uf8ff]/g, (mark) => (protect ? (addresses[mark.charCodeAt(0) - 0xe000] ?? mark) : mark))
}

/**
 * French typography for text shown in French: a no-break space after « and before », and a narrow
 * no-break space before ; ! ? (where a space or none was typed), a no-break one before a `:` typed
 * with a space, so no mark is left alone at a line's end. Web and mail addresses are left as written
 * (a space before the `?` of a query breaks one).
 * @param text the text
 * @returns the text with those spaces
 */
export function frenchSpacing(text: string): string {
  return keepingAddresses(text, (held) =>
    held
      .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
      .replace(/(?<=\S)[ \u00a0\u202f]*([;!?])/g, `${NNBSP}$1`)
      .replace(/(?<=[\p{L}\p{N})\]»”\ue000-\uf8ff])[ \u00a0\u202f]+:/gu, `${NBSP}:`),
  )
}

/** What opens a quotation: the start of the text, a space, a bracket, a dash, a slash or another opening mark. */
const OPENS = '(^|[\\s(\\[{“‘«—–/-])'

/**
 * Straight quotes and apostrophes as typed (`don't`, `"Paris"`, `'Paris Roadmap'`) made typographic:
 * ’ for an apostrophe, ‘ ’ for single quotes, “ ” in English and « » in French.
 * @param text the text
 * @param lang the language it is shown in (English when absent)
 * @returns the text with typographic marks
 */
export function typographicQuotes(text: string, lang?: string): string {
  if (!/["']/.test(text)) return text
  const [open, close] = lang === 'fr' ? ['«', '»'] : ['“', '”']
  return keepingAddresses(text, (held) =>
    held
      // an apostrophe inside a word: `don't`, `l'Alliance`, `Network's`
      .replace(/(?<=[\p{L}\p{N}])'(?=\p{L})/gu, '’')
      .replace(new RegExp(`${OPENS}'(?=[\\p{L}\\p{N}])`, 'gu'), '$1‘')
      // what is left closes a quote or ends a plural's possessive (`members'`)
      .replace(/'/g, '’')
      .replace(new RegExp(`${OPENS}"(?=\\S)`, 'gu'), `$1${open}`)
      .replace(/"/g, close),
    AS_TYPED,
  )
}

/** The words a language keeps beside a number or a day. */
const KEEP_TOGETHER: Record<string, {months: RegExp; daysAfter: RegExp | undefined; units: RegExp}> = {
  en: words(MONTH_WORDS, UNITS_AFTER_NUMBER, true),
  fr: words(FRENCH_MONTH_WORDS, FRENCH_UNITS_AFTER_NUMBER, false),
}

function words(months: string[], units: string[], dayAfterMonth: boolean) {
  const month = `(?:${months.join('|')})`
  return {
    // `1 July`, `24–25 June`, `1er juillet`: the day and the month
    months: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}(?:er|st|nd|rd|th)?) (?=${month}(?![\\p{L}]))`, 'gu'),
    // `July 1`, `March 9, 2023`: the month and the day
    daysAfter: dayAfterMonth ? new RegExp(`(?<![\\p{L}])(${month}) (?=\\d{1,2}(?:st|nd|rd|th)?(?![\\p{N}]))`, 'gu') : undefined,
    units: new RegExp(`(?<=\\d) (?=(?:${units.map((unit) => unit.replace(/ /g, '[ \\u00a0]')).join('|')})(?![\\p{L}]))`, 'gu'),
  }
}

/**
 * No-break spaces where a line break looks wrong: between a day and its month (`1 July`, `July 1`),
 * a number and its unit or scale (`$20 billion`, `400 km`, `12 %`), a currency sign and its number
 * (`US$ 310`, `€ 20`), `No.` and its number, a title and its name (`Dr Okafor`), a spaced dash and the
 * word before it (a line never opens on `– Outcome Statement`), and between the groups of a French number (`12 000`).
 * @param text the text
 * @param lang the language it is shown in (English when absent)
 * @returns the text with those spaces
 */
export function keepTogether(text: string, lang?: string): string {
  const kept = KEEP_TOGETHER[lang === 'fr' ? 'fr' : 'en']
  let result = text
    .replace(kept.months, `$1${NBSP}`)
    .replace(kept.units, NBSP)
    .replace(/(?<=\d) (?=%)/g, lang === 'fr' ? NNBSP : NBSP)
    .replace(/(?<![\p{L}])((?:[A-Z]{1,3})?[$€£¥]|USD|EUR|GBP|FCFA) (?=\d)/gu, `$1${NBSP}`)
    .replace(/(?<![\p{L}])(No\.|Nos\.|n°|no\.|art\.|Art\.) (?=\d)/gu, `$1${NBSP}`)
    // a title and the name it goes with: `Dr Okafor`, `St. John’s`, `M. Diallo`
    .replace(/(?<![\p{L}.])(Dr|Mr|Mrs|Ms|Prof|St|Mme|Mgr|M)(\.?) (?=\p{Lu})/gu, `$1$2${NBSP}`)
    // a spaced dash stays with the word before it, so no line opens on one (`Annual Assembly 2026 – | Outcome Statement`)
    .replace(/(?<=\S) (?=[–—-] )/gu, NBSP)
  if (kept.daysAfter) result = result.replace(kept.daysAfter, `$1${NBSP}`)
  // `14 h 30`, `9 h`: a French time of day, its hour, `h` and minutes (a slide broke `… à 14 h` / `30 à Sarlat`)
  if (lang === 'fr') result = result.replace(/(?<![\p{L}\p{N},.])(\d{1,2}) h(?: (\d{2}))?(?![\p{L}\p{N}])/gu, (_, hour: string, minutes?: string) => `${hour}${NBSP}h${minutes ? `${NBSP}${minutes}` : ''}`)
  // `12 000`, `1 200 000`: the groups of a French number, with narrow no-break spaces
  if (lang === 'fr') result = result.replace(/(?<![\p{N},.])(\d{1,3})((?: \d{3})+)(?![\p{N}])/gu, (_, head: string, groups: string) => head + groups.replace(/ /g, NNBSP))
  return result
}

/**
 * Text as every output shows it in its language: typographic quotes and apostrophes, no-break
 * spaces that keep dates and amounts whole, and French spacing in French.
 * @param text the text
 * @param lang the language it is shown in (English when absent)
 * @returns the text to show
 */
export function typeset(text: string, lang?: string): string {
  const set = keepTogether(typographicQuotes(text, lang), lang)
  return lang === 'fr' ? frenchSpacing(set) : set
}

/**
 * A title's numbers written in words and joined by a hyphen (`Thirty-first`, `vingt-deuxième`) kept on
 * one line by markup, not by a character that changes the text: the masthead broke `Thirty-` / `first`.
 * @param text the text, escaped for where it goes
 * @param lang the language it is shown in (English when absent)
 * @param wrap how a kept number is marked (an HTML span that does not wrap by default)
 * @returns the text with each such number marked
 */
export function compoundsKeptWhole(text: string, lang?: string, wrap: (number: string) => string = (number) => `<span class="nowrap">${number}</span>`): string {
  return text.replace(lang === 'fr' ? FRENCH_COMPOUND_NUMBER : COMPOUND_NUMBER, wrap)
}

/**
 * The meeting's dates kept on one line where an escaped text says them (a citation's `8–9 septembre 2026`
 * broke after its dash on a phone), as the header line's dates are.
 * @param html the text, escaped for HTML
 * @param dates the dates as shown, escaped the same way (nothing is done without them)
 * @returns the text, its first mention of the dates in a span that does not wrap
 */
export function datesKeptWhole(html: string, dates: string | undefined): string {
  const at = dates ? html.indexOf(dates) : -1
  return at < 0 ? html : `${html.slice(0, at)}<span class="nowrap">${dates}</span>${html.slice(at + dates!.length)}`
}

/** French `1er`, `1re` (premier, première) and their plurals, as a word: the letters are raised. */
const FRENCH_FIRST = /(?<![\p{L}\p{N}])1(ers?|res?)(?![\p{L}\p{N}])/gu

/** Markup that is not shown text, each kind by its opening and what closes it: a style sheet, a script, the page's title, a comment, a tag with its attributes (tried in this order). */
const NOT_SHOWN: Array<{open: RegExp; close: RegExp}> = [
  {open: /<style[\s>]/iy, close: /<\/style>/gi},
  {open: /<script[\s>]/iy, close: /<\/script>/gi},
  {open: /<title>/iy, close: /<\/title>/gi},
  {open: /<!--/y, close: /-->/g},
  {open: /</y, close: />/g},
]

/**
 * An HTML text cut into shown text and markup that is not shown (`NOT_SHOWN`), as `split` with a capturing pattern cuts
 * (text at even places, markup at odd ones), in time linear in its length: a closing looked for and not found is not
 * looked for again from a later opening (`/<style[\s>][\s\S]*?<\/style>|…|<[^>]*>/` read to the end from every `<` of a
 * text of unclosed tags, a time that grew as the square of its length).
 * @param html HTML
 * @returns the parts, text and markup in turn
 */
export function notShownParts(html: string): string[] {
  const parts: string[] = []
  // for each kind, the first closing found after `from` (`at`, -1 when there is none) and where it ends
  const closings = NOT_SHOWN.map(() => ({from: -1, at: 0, end: 0}))
  let text = 0
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    for (const [k, {open, close}] of NOT_SHOWN.entries()) {
      open.lastIndex = at
      if (!open.test(html)) continue
      const found = closings[k]
      // a closing found from an earlier opening is still the first after this one when it stands after it; none then, none now
      if (found.from === -1 || (found.at !== -1 && found.at < open.lastIndex)) {
        close.lastIndex = open.lastIndex
        const match = close.exec(html)
        Object.assign(found, {from: open.lastIndex, at: match ? match.index : -1, end: match ? match.index + match[0].length : 0})
      }
      if (found.at === -1) continue
      parts.push(html.slice(text, at), html.slice(at, found.end))
      text = found.end
      at = found.end - 1
      break
    }
  }
  parts.push(html.slice(text))
  return parts
}

/** Elements that are never closed, so that their language is no element's around the text after them. */
const VOID_ELEMENTS = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i
/** A web or e-mail address shown as text (`https://ex.fr/1er-juillet`, `www.ex.fr/1er`, `juillet.1er@ex.fr`): its characters are never changed. */
const SHOWN_ADDRESS = /(?:[a-z][a-z+.-]*:\/\/|www\.|@|\.\p{L}{2,}\/)/iu

/**
 * French `1er` / `1re` set as typographic French sets them, the letters raised (`1<sup class="ordinal">er</sup>`),
 * in the shown text of an HTML page or fragment that is French, by the `lang` of the element it stands in (never in
 * English text beside it, a web or e-mail address shown as text, a tag's attributes, a style sheet, a script or the
 * page's title, which cannot hold markup): `1er juillet` read as `ler juillet` at a glance in a title.
 * @param html HTML, its text escaped
 * @param lang the language of text no element's `lang` says (French when absent: a French fragment)
 * @returns the HTML with each such ordinal's letters in a `sup`
 */
export function ordinalsRaised(html: string, lang = 'fr'): string {
  if (!/1(?:er|re)/.test(html)) return html
  // the language of each open element, the innermost last
  const open: Array<{name: string; lang: string}> = []
  const current = () => open.at(-1)?.lang ?? lang
  return notShownParts(html)
    .map((part, i) => {
      if (i % 2) {
        const tag = /^<(\/?)([a-z][\w-]*)([^>]*)>$/i.exec(part)
        if (tag && tag[1]) {
          const at = open.findLastIndex((element) => element.name === tag[2].toLowerCase())
          if (at >= 0) open.length = at
        } else if (tag && !VOID_ELEMENTS.test(tag[2]) && !tag[3].endsWith('/')) {
          open.push({name: tag[2].toLowerCase(), lang: /\slang="([^"]*)"/i.exec(tag[3])?.[1] ?? current()})
        }
        return part
      }
      if (!/^fr\b/i.test(current())) return part
      return part.replace(/\S+/gu, (word) => (SHOWN_ADDRESS.test(word) ? word : word.replace(FRENCH_FIRST, '1<sup class="ordinal">$1</sup>')))
    })
    .join('')
}

/**
 * A plain French text cut where its `1er` / `1re` letters are raised, for a writer that sets a raised run of its own
 * (the Word brief, whose `1er septembre` stood on the line where the PDF brief raises it): the text in order, each part
 * saying whether it is raised. A web or e-mail address shown as text keeps its characters on the line.
 * @param text plain text (not HTML)
 * @returns the parts, joined the text again; one part when nothing is raised
 */
export function ordinalParts(text: string): Array<{text: string; raised: boolean}> {
  if (!/1(?:er|re)/.test(text)) return [{text, raised: false}]
  const parts: Array<{text: string; raised: boolean}> = []
  let plain = ''
  for (const piece of text.split(/(\s+)/u)) {
    if (/^\s*$/u.test(piece) || SHOWN_ADDRESS.test(piece)) {
      plain += piece
      continue
    }
    let from = 0
    for (const match of piece.matchAll(FRENCH_FIRST)) {
      plain += piece.slice(from, match.index + 1)
      parts.push({text: plain, raised: false}, {text: match[1], raised: true})
      plain = ''
      from = match.index + match[0].length
    }
    plain += piece.slice(from)
  }
  if (plain) parts.push({text: plain, raised: false})
  return parts
}

/** How a raised ordinal is set, in the deck, the brief and the site: smaller, raised, the line's height unchanged. */
export const ORDINAL_CSS = 'sup.ordinal { font-size: 0.62em; line-height: 0; vertical-align: 0.55em; font-feature-settings: normal; }'
