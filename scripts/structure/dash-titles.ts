import type {Paragraph} from 'mdast'
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
  for (const paragraph of paragraphs) {
    const marker = paragraph.data?.bullet?.marker
    if (marker === undefined) continue
    const text = textOf(paragraph)
    const found = DASH_TITLE.exec(text)
    if (!found) continue
    const body = text.slice(found[0].length)
    if (body.trim().split(/\s+/u).length < FEWEST_BODY_WORDS || ANOTHER_DASH.test(body)) continue
    // (numbered items, `1.`, `2.`, are one list whatever their numbers)
    const key = /^\d/u.test(marker) ? '1.' : marker
    const list = byMarker.get(key)
    const item: [Paragraph, DashTitle] = [paragraph, {title: found[1].length, body: found[0].length}]
    if (list) list.push(item)
    else byMarker.set(key, [item])
  }
  const found = new Map<Paragraph, DashTitle>()
  for (const list of byMarker.values()) if (list.length >= FEWEST_ITEMS) for (const [paragraph, cut] of list) found.set(paragraph, cut)
  return found
}
