/**
 * One vocabulary for the deck, the brief and the site: how a count is said, how a figure is
 * written, how a quote is marked, how a source is cited and how a pillar number looks.
 */
import type {Readout} from '../structure/readout.js'
import {splitSentences} from '../structure/text.js'

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

/**
 * A count in words: `three pillars`, `one pillar`, `13 pillars` (words up to twelve).
 * @param count how many
 * @param noun the singular noun; the plural adds `s`
 * @returns the phrase, in lower case
 */
export function countPhrase(count: number, noun: string): string {
  return `${NUMBER_WORDS[count] ?? count} ${count === 1 ? noun : `${noun}s`}`
}

/** The same phrase with a capital: `Three pillars`. */
export function countHeading(count: number, noun: string): string {
  return capitalise(countPhrase(count, noun))
}

/**
 * The heading over the pillars, the same in deck and brief: `The Paris Roadmap in three pillars`.
 * @param readout the readout
 * @returns the heading
 */
export function pillarsHeading(readout: Pick<Readout, 'roadmap' | 'pillars'>): string {
  return `${readout.roadmap ? `The ${readout.roadmap}` : 'The roadmap'} in ${countPhrase(readout.pillars.length, 'pillar')}`
}

const SCALES: Array<[RegExp, string]> = [
  [/\s?(?:bn|billion)\b/i, ' billion'],
  [/\s?(?:tn|trillion)\b/i, ' trillion'],
  [/\s?(?:m|mn|million)\b/i, ' million'],
]

/**
 * A figure written the one way all outputs use: scales in words (`$20bn` and `$20 billion` both
 * give `$20 billion`), everything else as written.
 * @param value the value as the source writes it
 * @returns the value to show
 */
export function formatFigure(value: string): string {
  let result = value.trim()
  for (const [pattern, word] of SCALES) if (/\d/.test(result)) result = result.replace(new RegExp(`(\\d)${pattern.source}`, 'i'), `$1${word}`)
  return result
}

/**
 * Text in the house quote marks, “like this”, unless it already carries them.
 * @param text the quoted words
 * @returns the text with curly double quotes
 */
export function quoted(text: string): string {
  const bare = text.trim().replace(/^["“]|["”]$/g, '')
  return `“${bare}”`
}

/**
 * The source of a pack as a citation: `Readout of the meeting of 24–25 June 2019, Paris`.
 * @param readout the readout
 * @returns the citation, without a final full stop
 */
export function citation(readout: Pick<Readout, 'dates' | 'place' | 'title'>): string {
  const where = readout.place === 'Online' ? ', held online' : readout.place ? `, ${readout.place}` : ''
  return readout.dates ? `Readout of the meeting of ${readout.dates.display}${where}` : `Readout of the meeting on the ${readout.title}${where}`
}

const NEXT = /\b(?:will (?:meet|convene|reconvene|gather|report|review)|next (?:meeting|session|ministerial)|meet again|agreed to (?:meet|report|review))\b/i

/**
 * The sentences of the outlook that name a next step (a next meeting, a review, a report).
 * @param paragraphs the outlook paragraphs
 * @param pattern what names a next step, in the readout's language (English by default)
 * @returns the sentences, at most two
 */
export function nextSteps(paragraphs: string[], pattern: RegExp = NEXT): string[] {
  return paragraphs.flatMap((paragraph) => splitSentences(paragraph).map((s) => s.text)).filter((sentence) => pattern.test(sentence)).slice(0, 2)
}

/**
 * Paragraphs without any sentence said before (quotes and case ignored): a paragraph that only
 * repeats is dropped, and one that repeats in part keeps its new sentences.
 * @param paragraphs the paragraphs, in order
 * @returns the paragraphs, each sentence once
 */
export function withoutRepeats(paragraphs: string[]): string[] {
  const key = (sentence: string) => sentence.toLowerCase().replace(/[“”"‘’'«»\s]+/g, ' ').trim()
  const seen = new Set<string>()
  const result: string[] = []
  for (const paragraph of paragraphs) {
    const sentences = splitSentences(paragraph).map((s) => s.text)
    const fresh = sentences.filter((sentence) => !seen.has(key(sentence)))
    for (const sentence of sentences) seen.add(key(sentence))
    if (fresh.length === sentences.length) result.push(paragraph)
    else if (fresh.length) result.push(fresh.join(' '))
  }
  return result
}

/**
 * The numeral badge, the one look of a pillar number: a navy square with the numeral in white.
 * Deck, brief and site put this CSS on their own selector and size.
 * @param selector the badge's selector
 * @param fontSize the numeral's size (a CSS length or `var(...)`)
 * @returns CSS text
 */
export function numeralBadgeCss(selector: string, fontSize: string): string {
  return `${selector} {
  display: inline-flex;
  flex: none;
  align-items: center;
  justify-content: center;
  box-sizing: border-box;
  width: var(--bp-badge-side);
  height: var(--bp-badge-side);
  border-radius: var(--bp-badge-radius);
  background: var(--bp-navy);
  border-bottom: 0.14em solid var(--bp-accent);
  color: var(--bp-on-navy);
  font-family: var(--bp-font-sans);
  font-size: ${fontSize};
  font-weight: 700;
  font-variant-numeric: lining-nums tabular-nums;
  line-height: 1;
}`
}

function capitalise(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase())
}
