import {MONTHS, ORDINAL_ADVERB_MARKERS, ORDINAL_MARKERS, REPEAT_SUFFIXES} from './english.js'
import {FRENCH_ORDINAL_MARKERS} from './french.js'

/**
 * Paragraphs numbered in any way a writer numbers them, recognised by their sequence rather than by a
 * list of known markers: lines that open with the same short prefix (none, a word or two such as
 * `Para`, `Item`, `Article`, `No.`, `§`, or a code of capitals such as `P` in `P1`), then a counter
 * that goes up by one from one (arabic, roman, a letter, an ordinal word: `First`, `Premièrement`;
 * a number may carry a suffix: `5 bis`, `3a`, `2°`, `1er`), then a separator (`.`, `)`, `:`, a dash,
 * a space or a tab). A counter may skip one number or repeat once (`5`, `5 bis`, `6`); a text may hold
 * several sequences, each from one. A line alone, or a number that does not follow the one before
 * (`3 June …`, `12 countries …`, `2025 was …`), is no item.
 */

/** A paragraph that a sequence numbers: where its words start on the line, and its marker as the parser records it (`3.`, `b)`). */
export interface Enumerated {
  start: number
  marker: string
  /** Every item of its sequence is a short title (`Article 2 – Scope`): the sequence numbers headings, not paragraphs. */
  heading: boolean
}

/** Where a counter's value is read from and what kind it is, so that only counters of one kind make a sequence. */
interface Candidate {
  line: number
  /** Prefix, kind of counter, its case and the separator: what every item of one sequence shares. */
  key: string
  value: number
  /** A suffix that repeats a number (`5 bis`, `5a`): the item may share the value of the one before. */
  repeat: boolean
  start: number
  marker: string
  short: boolean
}

const SPACE = '[ \\t\\u00A0]'
/** A word before the counter (`Para`, `Article`, `ARTICLE`, `Item`, `No.`, `§`, `N°`), one or two of them, or a code of capitals set right against it (`P1`). */
const PREFIX = `((?:(?:§|N[°º]|No\\.|\\p{Lu}(?:\\p{Ll}{1,11}|\\p{Lu}{1,11})\\.?)${SPACE}+(?:\\p{Ll}{2,11}\\.?${SPACE}+)?)|[A-Z]{1,4}(?=\\d))?`
/** The counter, in brackets or not: digits, a roman numeral or one letter. */
const COUNTER = '(\\()?(\\d{1,3}|[IVXLC]{1,6}|[ivxlc]{1,6}|[A-Za-z])'
/** What a number may carry: `bis`, `ter`, a small letter (`3a`), a degree sign, an ordinal's ending (`1er`, `2e`, `3rd`). */
const SUFFIX = `(?:${SPACE}?(${REPEAT_SUFFIXES.join('|')})(?!\\p{L})|([°º]|er|re|e|ème|st|nd|rd|th)(?!\\p{L})|([a-z])(?![\\p{L}]))?`
/**
 * A unit set right after a number and a hyphen, making one word of them that is an adjective (`1-Year Plan`, `3-Day Course`, `10-Point Checklist`,
 * `12-Nation Pact`): not a counter and its dash; not before `of` (`1-Day of action`). English only: French makes no such word (`un plan sur deux ans`),
 * so `2-Jours fériés` is an item numbered `2-` as `1-Le Comité` is, and so is a unit's English word before a French preposition
 * or article (`1-Point sur les effectifs`, `2-Part des communes`).
 */
const COUNTED_UNIT = '(?:Year|Day|Week|Month|Hour|Minute|Night|Point|Step|Tier|Pillar|Part|Member|Nation|Country|Party|Person|Seat|Storey|Story|Star|Lane|Mile|Metre|Meter|Kilometre|Kilometer|Hectare|Acre|Tonne|Page)(?!\\p{L})(?![ \\t\\u00A0]+(?:of|sur|de|du|des|à|au|aux|la|le|les|pour|en|et|dans)(?!\\p{L}))(?![ \\t\\u00A0]+d[\'’])'
/**
 * The separator: a stop, a bracket or a colon, each maybe followed by a dash (`FIRST.-`, `1.-`, as translated minutes number), a slash (`A/ Extinction nocturne`, as French minutes letter their headings), a dash between spaces or set right after the counter
 * (`1- Le Comité …`, as some French communiqués number), or a space or a tab alone; or a dash set tight between a number and the capital of its first word (`1-Le Comité …`).
 */
const SEPARATOR = `(?:([.):][–—-]?|/|${SPACE}*[–—-])?${SPACE}+(?=\\S)|(?<=\\d)([–—-])(?=\\p{Lu}\\p{Ll})(?!${COUNTED_UNIT}))`
const NUMBERED = new RegExp(`^(${SPACE}*)${PREFIX}${COUNTER}${SUFFIX}${SEPARATOR}`, 'u')
/** The ordinal words, each list in its order from one. */
const ORDINAL_LISTS = [ORDINAL_MARKERS, ORDINAL_ADVERB_MARKERS, FRENCH_ORDINAL_MARKERS]
const ORDINAL = new RegExp(`^(${SPACE}*)(\\p{L}+)([.):][–—-]?|${SPACE}+[–—-]|${SPACE}*\\t)${SPACE}*(?=\\S)`, 'u')
/** French months, which a day's number before them makes a date, not an item (`3 juin : …`). */
const FRENCH_MONTH = /^(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\.?$/iu
/** Most numbers a sequence skips at one step (a text quoting paragraphs 1, 2, 4, 5 and 8 of its conclusions). */
const MOST_SKIPPED = 3
/** Most words of an item that is a title, not a paragraph. */
const TITLE_WORDS = 10

const ROMAN: Record<string, number> = {i: 1, v: 5, x: 10, l: 50, c: 100}
/** A roman numeral's value, or undefined when the letters make none in the usual way (`iiii`, `vx`). */
function romanValue(numeral: string): number | undefined {
  const digits = [...numeral.toLowerCase()].map((letter) => ROMAN[letter])
  const value = digits.reduce((sum, digit, k) => sum + (digit < (digits[k + 1] ?? 0) ? -digit : digit), 0)
  const written = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'][value]
  return written === numeral.toLowerCase() ? value : undefined
}

/** Whether the words after a marker are a short title (`Scope`, `Funding for the plants`), not a sentence. */
function isShort(rest: string): boolean {
  return rest.split(/\s+/).length <= TITLE_WORDS && !/[.!?,;:…]$/u.test(rest)
}

/** The counters a line may open with, one per reading (`I.` is a roman one and a letter nine). */
function candidatesOf(line: string, index: number): Candidate[] {
  const ordinal = ORDINAL.exec(line)
  if (ordinal) {
    const word = ordinal[2].toLowerCase()
    const found = ORDINAL_LISTS.findIndex((list) => list.includes(word))
    if (found !== -1) {
      const value = ORDINAL_LISTS[found].indexOf(word) + 1
      const separator = ordinal[3].trim() || 'tab'
      return [{line: index, key: `ordinal${found}|${/^\p{Lu}/u.test(ordinal[2])}|${separator}`, value, repeat: false, start: ordinal[0].length, marker: `${value}.`, short: isShort(line.slice(ordinal[0].length).trim())}]
    }
  }
  const found = NUMBERED.exec(line)
  if (!found) return []
  const [whole, , prefixWords, open, counter, repeatWord, otherSuffix, letterSuffix, spacedMark, tightMark] = found
  const mark = spacedMark ?? tightMark
  const prefix = (prefixWords ?? '').trim().replace(/\s+/g, ' ')
  const separator = mark?.trim() ?? 'space'
  // `(1)`: a bracket opened is closed; `1)` alone is a separator of its own
  if (open !== undefined && separator !== ')') return []
  const rest = line.slice(whole.length)
  // a spreadsheet's row whose first cell numbers it (`D1<TAB>Replace the boilers …<TAB>Finance lead<TAB>Agreed`): a table's reference cell, read
  // with its row by `table-rows.ts`, not an item's marker (records51)
  if (/\t/.test(whole) && /\S\t+\S/.test(rest)) return []
  const next = rest.split(/\s/)[0]
  // a day's number before its month is a date (`3 June – Ministers met …`, `1er mars : …`)
  if (/^\d/.test(counter) && (MONTHS.test(next) || FRENCH_MONTH.test(next))) return []
  // a number's degree sign or ordinal ending (`2°`, `1er`) marks it as a tab or a sign before it does (`§ 2`, `No. 2`)
  const marked = otherSuffix !== undefined || /\t/.test(whole) || /^(?:§|N[°º]|No\.)$/u.test(prefix)
  // else, with no mark after it, only a number between a prefix or at the margin and a capital is an item's (`12 countries …`, `Article 5 of the Treaty …` are sentences)
  if (separator === 'space' && !marked && !/^[\p{Lu}“"«(]/u.test(rest)) return []
  const digits = /^\d+$/.test(counter)
  if ((letterSuffix !== undefined || otherSuffix !== undefined || repeatWord !== undefined) && !digits) return []
  const bare = prefix === '' && open === undefined
  // a counter at the margin with nothing but a space after it is a number only when it has digits (`A Ministers …` is no item)
  if (bare && separator === 'space' && !digits) return []
  const kind = `${prefix.toLowerCase()}|${open ? '(' : ''}|${separator === 'space' && marked ? `marked${otherSuffix === undefined ? '' : /^[°º]$/u.test(otherSuffix) ? '°' : 'th'}` : separator}`
  const short = isShort(rest.trim())
  const repeat = repeatWord !== undefined || letterSuffix !== undefined
  const candidates: Candidate[] = []
  const add = (type: string, value: number | undefined, marker: string) => {
    if (value !== undefined && value > 0) candidates.push({line: index, key: `${kind}|${type}`, value, repeat, start: whole.length, marker, short})
  }
  if (digits) add('arabic', Number(counter), `${Number(counter)}.`)
  else {
    const isLower = counter === counter.toLowerCase()
    if (/^[ivxlcIVXLC]+$/.test(counter)) add(`roman${isLower}`, romanValue(counter), `${romanValue(counter)}.`)
    if (counter.length === 1) {
      const value = counter.toLowerCase().charCodeAt(0) - 96
      add(`letter${isLower}`, value, isLower ? `${counter})` : `${value}.`)
    }
  }
  return candidates
}

/**
 * The lines of a text that items of a counted sequence open (see the module's comment): two at
 * least, the first counted one, each next one, once a skip of one number or a repeat allowed.
 * @param lines the document's lines
 * @returns each such line's index, where its words start and its marker
 */
export function enumeratedLines(lines: string[]): Map<number, Enumerated> {
  const byKey = new Map<string, Candidate[]>()
  // (pushed, never copied: copying each key's list for every line made 100 kB of `A: yes.` lines take 5 s)
  for (const [index, line] of lines.entries()) {
    for (const candidate of candidatesOf(line, index)) {
      const list = byKey.get(candidate.key)
      if (list) list.push(candidate)
      else byKey.set(candidate.key, [candidate])
    }
  }
  const found = new Map<number, Enumerated>()
  const take = (chain: Candidate[]) => {
    // two items at least, three when a number is set at the margin with only a space after it (`1 Ministers …`)
    const fewest = chain[0].key.startsWith('||space') ? 3 : 2
    if (chain.length < fewest || chain.some((item) => found.has(item.line))) return
    const heading = chain.every((item) => item.short)
    for (const item of chain) found.set(item.line, {start: item.start, marker: item.marker, heading})
  }
  for (const candidates of byKey.values()) {
    let chain: Candidate[] = []
    // whether the last step skipped numbers: a text that quotes some of its paragraphs skips a few at a time, never twice in a row (`1`, `2`, `4`, `5`, `8`)
    let skipped = false
    for (const candidate of candidates) {
      const last = chain[chain.length - 1]
      const step = last ? candidate.value - last.value : 0
      if (last && (step === 1 || (step === 0 && candidate.repeat && !last.repeat) || (step > 1 && step <= MOST_SKIPPED + 1 && !skipped))) {
        skipped = step > 1
        chain.push(candidate)
      } else if (candidate.value === 1 && !candidate.repeat) {
        if (chain.length > 0) take(chain)
        chain = [candidate]
        skipped = false
      }
    }
    if (chain.length > 0) take(chain)
  }
  return found
}
