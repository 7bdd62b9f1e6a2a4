import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {hasTitleColon} from './recognise-dateline.js'
import {readingOf} from './language.js'
import {normaliseSpace} from './text.js'
import {paragraphsOf, pointIn, readoutOf, textOf} from './state.js'

/** A quoted sentence: curly or straight double quotes (or curly single quotes, which may hold apostrophes: ‘We don’t wait.’) around 3+ words that end in punctuation. */
const QUOTED = /“([^“”]+)”|"([^"]+)"|‘((?:[^‘’]|’(?=\p{L}))+[.!?,])’(?!\p{L})|«\s?([^«»]+?)\s?»/gu
const SENTENCE_END = /[.!?…]$/
/** A quotation cut by its attribution: `“Goods should not wait,” the Chair said.`, `…,” the Compact's Chair, Dr. Rahman, told …` */
const ATTRIBUTED = /^\s*(?:\p{Lu}[\p{L}.'’-]*,?\s+|the\s+|[\p{Ll}'’-]+,?\s+){0,7}(?:said|says|told|stated|added|noted|declared|stressed|underlined|concluded|warned|remarked)\b/u

/**
 * Recognise the key message: the first quoted sentence of the readout (curly or straight
 * quotes), looking at paragraphs before the pillars first. Warns when there is none.
 */
const recogniseKeyMessage: Plugin<[], Root> = function () {
  return function (tree, file) {
    const readout = readoutOf(file)
    const paragraphs = paragraphsOf(tree)
    const attribution = readingOf(file).attribution
    const firstBullet = paragraphs.findIndex((p) => p.data?.bullet)
    const ordered = firstBullet === -1 ? paragraphs : [...paragraphs.slice(0, firstBullet), ...paragraphs.slice(firstBullet)]
    for (const paragraph of ordered) {
      // A `Title: body` bullet is a pillar, not a quotation; a numbered paragraph may hold one.
      if (paragraph.data?.bullet && hasTitleColon(textOf(paragraph))) continue
      const message = findKeyMessage(textOf(paragraph), attribution)
      if (message) {
        readout.keyMessage = message
        return
      }
    }
    const place = paragraphs[0] ? pointIn(paragraphs[0], 0) : {line: 1, column: 1}
    file.message('Unexpected readout without a key message, expected a quoted sentence such as `“The fight is not over.”`', {place, ruleId: 'key-message', source: 'briefing-pack'})
  }
}
export default recogniseKeyMessage

/**
 * Find the first quoted sentence in a text.
 * @param text a paragraph
 * @param attribution what follows a quotation cut by its attribution, in the source's language (`», a déclaré`)
 * @returns the sentence without its quotes, or `undefined`
 */
export function findKeyMessage(text: string, attribution?: RegExp): string | undefined {
  for (const match of text.matchAll(QUOTED)) {
    const quoted = normaliseSpace(match[1] ?? match[2] ?? match[3] ?? match[4] ?? '')
    if (quoted.split(' ').length < 3) continue
    if (SENTENCE_END.test(quoted)) return quoted
    // A sentence ending in a comma before “the Chair said” ends with a full stop once unquoted.
    // … and so does one with no end at all before it (`“We act together” the Chair said`).
    const attributed = ATTRIBUTED.test(text.slice(match.index + match[0].length, match.index + match[0].length + 80).replace(/^\s*[,–—-]\s*/, ' '))
    if (quoted.endsWith(',') && attributed) return `${quoted.slice(0, -1)}.`
    if (/[\p{L}\d]$/u.test(quoted) && attributed && quoted.split(' ').length >= 4) return `${quoted}.`
    // `« Nous avons les outils », a déclaré le président`: the comma stands outside the guillemets.
    if (attribution?.test(text.slice(match.index + match[0].length, match.index + match[0].length + 80))) return `${quoted.replace(/[,;:]$/, '')}.`
  }
  return undefined
}
