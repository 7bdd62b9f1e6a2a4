import type {Paragraph} from 'mdast'
import {ABBREVIATIONS} from './english.js'
import {textOf} from './state.js'

/**
 * A bullet's own title before a spaced dash, as a slide, a fact sheet or a newsletter writes its items (`• Kiln standard — All kilns
 * funded …`, `✦ Barge channel - Crews will cross …`, `– Horaires élargis – Les déchetteries ouvriront …`): one to six words with no
 * digit nor punctuation (but a year that opens it, `2027 issuing programme — …`; structure44), an em or en dash or a hyphen between spaces (or `--`), then the body, opening on a capital, a quote or a digit.
 */
const DASH_TITLE = /^((?:\p{Lu}[\p{L}\p{M}'’-]*|(?:19|20)\d{2}(?=[ \u00A0]+\p{L}))(?:[ \u00A0]+[\p{L}\p{M}'’-]+){0,5})[ \u00A0]+(?:[—–]|--?)[ \u00A0]+(?=[\p{Lu}"“«‘\p{N}])/u
/** Fewest words of the body after the dash: a table's cells (`Norway – NOK 150 million`) are shorter. */
const FEWEST_BODY_WORDS = 5
/** A second spaced dash in the body: the cells of a row (`Norway – NOK 150 million – surveys`), not a title and its text. */
const ANOTHER_DASH = /[ \u00A0](?:[—–]|--?)[ \u00A0]/u
/** Fewest items of one list titled so: a lone dash is an aside (`Funding – as agreed in May – will …`), a list's layout is repeated. */
const FEWEST_ITEMS = 2

/**
 * A bullet's own title run in before a full stop, as a newsletter numbers its items (`(i) Transfers from federal herds. The Council
 * will …`, `2. Aide aux jeunes. Le conseil …`): one to six words with no digit nor other punctuation, a full stop, then the body,
 * opening on a capital or a quote (structure45).
 */
const STOP_TITLE = /^(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00A0]+[\p{L}\p{M}'’-]+){0,5})\.[ \u00A0]+(?=[\p{Lu}"“«‘])/u
/** A word that makes the words before a stop a sentence (`Talks ended.`, `It was agreed.`, `Le texte est adopté.`): an auxiliary or a pronoun. */
const SENTENCE_WORD = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|it|we|they|he|she|this|est|sont|ont|fut|sera|seront|il|elle|ils|elles|nous)$/iu
/** A French auxiliary or pronoun that is an English word elsewhere: `a` after the first word (`Le texte a …`, not `A shared fund`), `on` first (`On …`, not `Bison on the table`). */
const FRENCH_SENTENCE_WORD = (word: string, index: number) => (index > 0 && /^a$/iu.test(word)) || (index === 0 && /^on$/iu.test(word))
/** A word after which a past form is an adjective (`A shared fund`, `Land for protected areas`), not a sentence's verb (`Funding approved`). */
const BEFORE_ADJECTIVE = /^(?:a|an|the|its|their|our|for|of|to|on|in|with|and|or|newly|jointly)$/iu
/** Fewest words of the body after a stopped title, ending like a sentence: the title heads a paragraph, not a second short sentence. */
const FEWEST_STOPPED_BODY_WORDS = 6

/**
 * The title before a full stop in a bullet's text, when it is one: no auxiliary nor pronoun, no past form after its first word
 * (`Funding approved.` is a sentence), no abbreviation's stop (`Mr.`), over a body of a sentence or more.
 * @param text the bullet's text
 */
function stoppedTitle(text: string): RegExpExecArray | undefined {
  const found = STOP_TITLE.exec(text)
  if (!found) return undefined
  const words = found[1].split(/[ \u00A0]+/u)
  if (ABBREVIATIONS.has(words[words.length - 1].toLowerCase()) || words.some((word, index) => SENTENCE_WORD.test(word) || FRENCH_SENTENCE_WORD(word, index) || (index > 0 && /\p{L}{2}ed$/u.test(word) && !BEFORE_ADJECTIVE.test(words[index - 1])))) return undefined
  const body = text.slice(found[0].length)
  return body.trim().split(/\s+/u).length >= FEWEST_STOPPED_BODY_WORDS && /[.!?;]["”»’)]*\s*$/u.test(body) ? found : undefined
}

/** Where a bullet's dashed title ends in its text, and where its body starts. */
export interface DashTitle {
  title: number
  body: number
}

/**
 * The bullets whose text opens on a title before a spaced dash, where two items or more of the list (the bullets with the same
 * marker) do so: the title is the point's, the text after the dash its body, as after a `Title:` colon.
 * @param paragraphs the text's paragraphs
 * @returns each such bullet's title and body, by paragraph
 */
export function dashTitles(paragraphs: Paragraph[]): Map<Paragraph, DashTitle> {
  const byMarker = new Map<string, Array<[Paragraph, DashTitle]>>()
  const stoppedByMarker = new Map<string, Array<[Paragraph, DashTitle]>>()
  const items = new Map<string, number>()
  for (const paragraph of paragraphs) {
    const marker = paragraph.data?.bullet?.marker
    if (marker === undefined) continue
    // (numbered items, `1.`, `2.`, are one list whatever their numbers; so are items in roman numerals or letters, `(i)`, `(ii)`, `b)`)
    const key = listKey(marker)
    items.set(key, (items.get(key) ?? 0) + 1)
    const text = textOf(paragraph)
    const found = DASH_TITLE.exec(text)
    const stop = found ? undefined : stoppedTitle(text)
    if (stop) {
      const item: [Paragraph, DashTitle] = [paragraph, {title: stop[1].length, body: stop[0].length}]
      // (pushed, never copied: a list may hold many thousand items)
      const stopped = stoppedByMarker.get(key)
      if (stopped) stopped.push(item)
      else stoppedByMarker.set(key, [item])
      continue
    }
    if (!found) continue
    const body = text.slice(found[0].length)
    if (body.trim().split(/\s+/u).length < FEWEST_BODY_WORDS || ANOTHER_DASH.test(body)) continue
    const list = byMarker.get(key)
    const item: [Paragraph, DashTitle] = [paragraph, {title: found[1].length, body: found[0].length}]
    if (list) list.push(item)
    else byMarker.set(key, [item])
  }
  const found = new Map<Paragraph, DashTitle>()
  for (const list of byMarker.values()) if (list.length >= FEWEST_ITEMS) for (const [paragraph, cut] of list) found.set(paragraph, cut)
  // a title run in before a full stop is the list's layout only where most of its items have one (a lone short sentence is a sentence)
  for (const [key, list] of stoppedByMarker) if (list.length >= FEWEST_ITEMS && list.length * 2 > (items.get(key) ?? 0)) for (const [paragraph, cut] of list) found.set(paragraph, cut)
  return found
}

/**
 * The list a marker belongs to: numbers in any form are one list (`1.`, `2)`, `(3)`), so are small roman numerals (`(i)`, `iv.`) and
 * letters (`a)`, `(b)`); a glyph is its own.
 * @param marker a bullet's marker
 */
function listKey(marker: string): string {
  if (/^\(?\d/u.test(marker)) return '1.'
  if (/^\(?[ivxl]+[.)]$/u.test(marker)) return 'i.'
  if (/^\(?[a-z][.)]$/iu.test(marker)) return 'a.'
  return marker
}
