import type {Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import {normaliseSpace} from './text.js'
import {paragraphsOf, textOf} from './state.js'

/** Most words of a lead-in: a longer paragraph that ends on a colon is text that quotes or announces, not a list's lead-in. */
const LEAD_IN_WORDS = 60
/** Fewest items of a list whose markers were lost. */
const FEWEST_ITEMS = 2
/** Most words of a line that ends without punctuation and is still a heading (`Our commitments`), not an item. */
const HEADING_WORDS = 10

/** A paragraph that ends on a colon: it leads in to what follows (`The Council agreed:`, `Les ministres ont décidé :`). */
const LEADS_IN = /[:：]$/u
/** An item that goes on the lead-in's sentence: it opens in lower case (`to launch …`, `de créer …`, `a shared method …`). */
const OPENS_LOWER = /^["“«(]?\p{Ll}/u
/** An item that ends as a list's item does, before the next one: on a semicolon (`…;`, `… ;`). */
const ENDS_ITEM = /;$/u
/** A paragraph that ends on no punctuation at all (`… by 2030, including in villages with too few children`). */
const ENDS_BARE = /[\p{L}\p{N}%)]$/u

/** The words of a paragraph's text. */
const wordsOf = (text: string) => text.split(' ').length

/**
 * Whether a paragraph is an item of a list whose marker was lost: it opens in lower case, or ends on a
 * semicolon, or is longer than a heading and ends on no punctuation.
 */
function isBareItem(text: string): boolean {
  return OPENS_LOWER.test(text) || ENDS_ITEM.test(text) || (ENDS_BARE.test(text) && wordsOf(text) > HEADING_WORDS)
}

/**
 * The paragraphs that are items of a list whose markers were lost (pasted from a word processor, or
 * typed without them): right after a lead-in that ends on a colon (`The Council agreed:`), two paragraphs
 * or more one after another that go on its sentence (open in lower case: `to launch …`, `de créer …`), end
 * as items do (on a semicolon) or, longer than a heading, on no punctuation (`Agreed to guarantee …`);
 * the paragraph right after an item that ends on a semicolon is the list's last item. Each is read as the
 * bullet it was, so the lead-in leads in to a list, as with its markers, and its items are not one paragraph
 * under a heading.
 * @param paragraphs the text's paragraphs, in order
 * @returns the items found, in order
 */
export function lostMarkerItems(paragraphs: Paragraph[]): Paragraph[] {
  const found: Paragraph[] = []
  const free = (paragraph: Paragraph | undefined) => paragraph !== undefined && !paragraph.data?.role && !paragraph.data?.bullet
  for (let index = 0; index < paragraphs.length; index++) {
    const lead = normaliseSpace(textOf(paragraphs[index]))
    if (!free(paragraphs[index]) || !LEADS_IN.test(lead) || wordsOf(lead) > LEAD_IN_WORDS) continue
    const items: Paragraph[] = []
    let end = index + 1
    while (free(paragraphs[end])) {
      const text = normaliseSpace(textOf(paragraphs[end]))
      const afterSemicolon = items.length > 0 && ENDS_ITEM.test(normaliseSpace(textOf(items[items.length - 1])))
      if (!isBareItem(text) && !(afterSemicolon && wordsOf(text) > HEADING_WORDS / 2 && !LEADS_IN.test(text))) break
      items.push(paragraphs[end])
      end++
      // the last item closes on its full stop: what follows is text again
      if (!isBareItem(text)) break
    }
    if (items.length < FEWEST_ITEMS) continue
    found.push(...items)
    index = end - 1
  }
  return found
}

/** Read the items of a list whose markers were lost as bullets (see `lostMarkerItems`). */
const lostMarkers: Plugin<[], Root> = function () {
  return function (tree) {
    for (const item of lostMarkerItems(paragraphsOf(tree))) item.data = {...item.data, bullet: {marker: '-'}}
  }
}

export default lostMarkers
