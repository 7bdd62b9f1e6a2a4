import type {Paragraph} from 'mdast'
import {LAST_ORDINAL_OPENERS, ORDINAL_ADVERB_MARKERS, ORDINAL_MARKERS} from './english.js'
import {FRENCH_LAST_ORDINAL_OPENERS, FRENCH_ORDINAL_MARKERS} from './french.js'
import {normaliseSpace} from './text.js'
import {textOf} from './state.js'

/** The ordinal words, each list in its order from one. */
const ORDINAL_LISTS = [ORDINAL_MARKERS, ORDINAL_ADVERB_MARKERS, FRENCH_ORDINAL_MARKERS]
/** A paragraph's first word and the comma after it (`First, …`, `Secondly, …`, `Premièrement, …`). */
const OPENER = /^(\p{L}+)\s*,\s/u
/** The opener of a run's last paragraph (`Finally, …`, `Enfin, …`). */
const LAST = new RegExp(`^(?:${[...LAST_ORDINAL_OPENERS, ...FRENCH_LAST_ORDINAL_OPENERS].join('|')})\\s*,\\s`, 'iu')

/**
 * The paragraphs of a text written as prose that a writer numbered with ordinal openers: paragraphs
 * one after another that open `First, …`, `Second, …` (two at least, counted from one, in one list of
 * ordinals), and the paragraph right after them opening `Finally, …` or `Lastly, …`. Each is an item
 * of what the text lists, whatever its verb (`Second, ministers noted that …`).
 * @param paragraphs the text's paragraphs, in order
 * @returns the paragraphs of such runs
 */
export function ordinalOpened(paragraphs: Paragraph[]): Set<Paragraph> {
  const found = new Set<Paragraph>()
  const rank = (paragraph: Paragraph | undefined) => {
    const word = paragraph && OPENER.exec(normaliseSpace(textOf(paragraph)))?.[1].toLowerCase()
    if (!word) return undefined
    for (const [list, words] of ORDINAL_LISTS.entries()) if (words.includes(word)) return {list, at: words.indexOf(word)}
    return undefined
  }
  for (let start = 0; start < paragraphs.length; start++) {
    const first = rank(paragraphs[start])
    if (first?.at !== 0) continue
    let end = start + 1
    while (end < paragraphs.length && rank(paragraphs[end])?.list === first.list && rank(paragraphs[end])!.at === end - start) end++
    if (end - start < 2) continue
    if (end < paragraphs.length && LAST.test(normaliseSpace(textOf(paragraphs[end])))) end++
    for (const paragraph of paragraphs.slice(start, end)) found.add(paragraph)
    start = end - 1
  }
  return found
}
