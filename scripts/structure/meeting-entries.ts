import type {Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import {normaliseSpace} from './text.js'
import {paragraphsOf, textOf} from './state.js'

declare module 'mdast' {
  interface ParagraphData {
    /** Set on the heading line over a list of meetings ahead (`Upcoming`, `Prochaines réunions`): the section before it ends there, and the outlook begins. */
    opensOutlook?: boolean
  }
}

/**
 * A field line of a meeting ahead, its label then a colon (`Dates: Jan. 12-13, 2027`, `Location: Portland, Ore.`, `When: …`,
 * `Where: …`, `Venue: …`; `Dates : du 7 au 9 avril 2027`, `Lieu : Crémone (Italie)`, `Quand : …`, `Où : …`, `Horaire : …`), a
 * dash or bullet before it or none. Group 1 is a label of time, group 2 of place.
 */
const FIELD_LINE = /^(?:[-–—•·*▸▪]\s*)?(?:(dates?|when|time|times|quand|heures?|horaires?)|(location|venue|place|where|host\s+city|lieu|où|ville|adresse|address))\s*:\s*\S/iu
/** Most words of an entry's name line (`Hop Quality Symposium`, `Session de printemps du Conseil`). */
const NAME_WORDS = 12
/** Most words of the heading line over the entries (`Upcoming`, `Coming up`, `Prochaines réunions`, `Dates for your diary`). */
const HEADING_WORDS = 6
/** A line that ends as a sentence or a clause does: no name line, no heading. */
const SENTENCE_END = /[.!?;,…"”»]$/u

/**
 * Join the lines of each entry of a list of meetings ahead into one paragraph, read as a step ahead: a short name line
 * (`Hop Quality Symposium`, `Commission formation`) right over two field lines or more, one of them of time with a number in
 * it and one of place (`Dates: Jan. 12-13, 2027` / `Location: Portland, Ore.`; `Lieu : …` / `Date : …`, either order), no
 * blank line between. The short line right over the first entry, after a blank line (`Upcoming`, `Coming up`, `Prochaines
 * réunions`, `À venir`), heads them and says nothing itself. What the title block holds (its own `Date:` / `Lieu :` fields) is
 * read before, and left as it is.
 */
const meetingEntries: Plugin<[], Root> = function () {
  return function (tree) {
    const paragraphs = paragraphsOf(tree).filter((paragraph) => paragraph.data?.role === undefined)
    const line = (paragraph: Paragraph | undefined) => paragraph?.position?.start.line
    const adjacent = (upper: Paragraph, lower: Paragraph | undefined) => lower !== undefined && line(lower) === (upper.position?.end.line ?? -2) + 1
    const drop = new Set<Paragraph>()
    let firstEntry: number | undefined
    for (let i = 0; i < paragraphs.length; i++) {
      const name = paragraphs[i]
      const title = normaliseSpace(textOf(name))
      if (!isNameLine(title)) continue
      // the field lines right under the name line
      const fields: Paragraph[] = []
      let kinds = {time: false, place: false}
      for (let k = i + 1, above = name; k < paragraphs.length && adjacent(above, paragraphs[k]); above = paragraphs[k], k++) {
        const field = FIELD_LINE.exec(normaliseSpace(textOf(paragraphs[k])))
        if (!field) break
        fields.push(paragraphs[k])
        if (field[1] && /\d/.test(textOf(paragraphs[k]))) kinds = {...kinds, time: true}
        if (field[2]) kinds = {...kinds, place: true}
      }
      if (fields.length < 2 || !kinds.time || !kinds.place) continue
      const joined = [title, ...fields.map((field) => normaliseSpace(textOf(field)))].join(' ')
      name.children = [{type: 'text', value: joined, position: name.children[0]?.position}]
      if (name.position && fields.at(-1)?.position) name.position = {...name.position, end: fields.at(-1)!.position!.end}
      name.data = {...name.data, role: 'outlook'}
      for (const field of fields) drop.add(field)
      firstEntry ??= i
      i += fields.length
    }
    if (firstEntry === undefined) return
    // (the last entry ends the list: what follows, a glossary or a contact, is read as before)
    // the heading over the entries: a short line right before the first, a blank line between
    const heading = paragraphs[firstEntry - 1]
    const headingText = heading ? normaliseSpace(textOf(heading)) : ''
    if (heading && !adjacent(heading, paragraphs[firstEntry]) && !heading.data?.bullet && headingText.split(' ').length <= HEADING_WORDS && !SENTENCE_END.test(headingText) && /^\p{Lu}/u.test(headingText)) {
      heading.data = {...heading.data, role: 'heading', opensOutlook: true}
    }
    tree.children = tree.children.filter((node) => !drop.has(node as Paragraph))
  }
}
export default meetingEntries

/** Whether a line may name a meeting ahead: a few words, a capital or a figure first, no sentence's end, no field of its own. */
function isNameLine(text: string): boolean {
  const words = text.replace(/:$/u, '').split(' ')
  return words.length <= NAME_WORDS && /^[\p{Lu}\d]/u.test(text) && !SENTENCE_END.test(text) && !FIELD_LINE.test(text) && !/:\s/u.test(text)
}
