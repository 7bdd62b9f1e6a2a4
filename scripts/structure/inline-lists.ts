import type {Paragraph, Root, Text} from 'mdast'
import type {Plugin} from 'unified'
import {readingOf, type InlineOrdinals} from './language.js'
import {paragraphsOf, pointIn, textOf} from './state.js'

/**
 * A list written inside a paragraph after a colon, its items numbered and parted by semicolons, as a
 * readout in one paragraph lists what was decided: `Decisions: (1) a shared drought monitor …; (2)
 * members will cut …; (3) a fund …`, `… ont retenu les recommandations suivantes : 1) créer … ; 2) …`.
 * Where numbered items 1, 2 and 3 follow one another so, the paragraph is cut into its lead-in (up to
 * the colon) and one numbered paragraph per item, as if each stood on a line of its own. So is a list
 * whose items words count after the colon (`… agreed on three measures: first, a single certificate …;
 * second, a seed reserve …; and third, …`, `… a arrêté les mesures suivantes : d'abord, … ; ensuite, … ;
 * enfin, …`; the language's `inlineOrdinals`), the counting word left out of the item.
 */
const inlineLists: Plugin<[], Root> = function () {
  return function (tree, file) {
    const ordinals = readingOf(file).inlineOrdinals
    const cuts = new Map<Paragraph, Paragraph[]>()
    for (const paragraph of paragraphsOf(tree)) {
      if (paragraph.data?.bullet || paragraph.data?.footnote) continue
      const parts = listParts(textOf(paragraph)) ?? (ordinals && countedParts(textOf(paragraph), ordinals))
      if (parts) cuts.set(paragraph, parts.map((part, index) => piece(paragraph, part, index === 0 ? undefined : `${index}.`)))
    }
    if (cuts.size === 0) return
    tree.children = tree.children.flatMap((node) => (node.type === 'paragraph' && cuts.get(node)) || [node])
  }
}
export default inlineLists

/** The first item's marker after a colon: `(1)` or `1)` (group 1: the number). */
const FIRST = /:[ \u00A0]+(\(?)1\)[ \u00A0]+(?=\S)/u
/** Fewest items of such a list. */
const FEWEST_ITEMS = 3

/**
 * Where a paragraph's text is cut: its lead-in and each item, as `[start, end]` of the text without the markers.
 * @param text the paragraph's text
 * @returns the lead-in's span and the items', or undefined when the paragraph holds no such list
 */
function listParts(text: string): Array<[number, number]> | undefined {
  const first = FIRST.exec(text)
  if (!first) return undefined
  const open = first[1]
  const spans: Array<[number, number]> = [[0, first.index + 1]]
  let at = first.index + first[0].length
  for (let number = 2; ; number++) {
    // the next item opens after a semicolon (`; and (3)`, ` ; et 3)`; the spaces before it are trimmed from the item, not
    // looked for from each of them)
    const next = new RegExp(`;[ \\u00A0]+(?:(?:and|et|ou|or)[ \\u00A0]+)?${open ? '\\(' : ''}${number}\\)[ \\u00A0]+(?=\\S)`, 'u').exec(text.slice(at))
    if (!next) {
      spans.push([at, text.trimEnd().length])
      break
    }
    let end = at + next.index
    while (end > at && /[ \u00A0]/u.test(text[end - 1])) end--
    spans.push([at, end])
    at += next.index + next[0].length
  }
  return spans.length - 1 >= FEWEST_ITEMS ? spans : undefined
}

/**
 * Where a paragraph's text is cut when words count its list's items after a colon (`: first, …; second,
 * …; and finally, …`): its lead-in and each item without its counting word; the items part at semicolons,
 * each after the first opening with the next count (`second`, then `third`), a word any later item may
 * open with (`then`, `ensuite`) or the last item's (`finally`, `enfin`), which ends the list.
 * @param text the paragraph's text
 * @param ordinals the language's counting words
 * @returns the lead-in's span and the items', or undefined when the paragraph holds no such list of three items or more
 */
function countedParts(text: string, ordinals: InlineOrdinals): Array<[number, number]> | undefined {
  const after = (words: string) => `(?:${words})(?:[ \\u00A0]*,|(?=[ \\u00A0]+\\p{Ll}))[ \\u00A0]+(?=\\S)`
  const first = new RegExp(`:[ \\u00A0]+${after(ordinals.first)}`, 'iu').exec(text)
  if (!first) return undefined
  const spans: Array<[number, number]> = [[0, first.index + 1]]
  let at = first.index + first[0].length
  for (let count = 0; ; count++) {
    const words = [ordinals.nth[count], ordinals.later].filter(Boolean).join('|')
    const next = new RegExp(`[ \\u00A0]*;[ \\u00A0]+(?:(?:and|et)[ \\u00A0]+)?(?:(${ordinals.last})|${words ? `(?:${words})` : '(?!)'})(?:[ \\u00A0]*,|(?=[ \\u00A0]+\\p{Ll}))[ \\u00A0]+(?=\\S)`, 'iu').exec(text.slice(at))
    if (!next) break
    spans.push([at, at + next.index])
    at += next.index + next[0].length
    if (next[1]) break
  }
  spans.push([at, text.trimEnd().length])
  // the list is the paragraph's last sentence: no item holds the end of a sentence
  if (spans.slice(1).some(([start, stop]) => /[.!?]\s+\p{Lu}/u.test(text.slice(start, stop)))) return undefined
  return spans.length - 1 >= FEWEST_ITEMS ? spans : undefined
}

/**
 * One piece of a paragraph cut in parts, with its position in the source.
 * @param paragraph the paragraph
 * @param span where the piece's text is in the paragraph's
 * @param marker the item's number as a bullet's (`2.`), none for the lead-in
 */
function piece(paragraph: Paragraph, [start, end]: [number, number], marker: string | undefined): Paragraph {
  const value = textOf(paragraph).slice(start, end)
  const text: Text = {type: 'text', value, position: {start: pointIn(paragraph, start), end: pointIn(paragraph, end)}}
  const part: Paragraph = {type: 'paragraph', children: [text], position: {start: pointIn(paragraph, start), end: pointIn(paragraph, end)}}
  if (marker) part.data = {bullet: {marker}}
  return part
}
