import type {Paragraph, Root, Text} from 'mdast'
import type {Plugin} from 'unified'
import {ABBREVIATIONS, MINUTE_RECORD_LABEL} from './english.js'
import {FRENCH_MINUTE_RECORD_LABEL} from './french.js'
import {paragraphsOf, pointIn, textOf} from './state.js'

declare module 'mdast' {
  interface ParagraphData {
    /** The text under a heading run in after a dash or a full stop (`Financing the plan — …`, `Financing. …`): its point's whole body. */
    runIn?: boolean
  }
}

/**
 * A heading in capitals run into its paragraph: `FINANCE: Ministers set up …`, `NEXT MEETING: …`,
 * `FINANCEMENT : Les ministres …`. One to six words of capitals (digits, `&`, `/`, hyphens and
 * apostrophes between them), a colon, then a sentence that starts with a capital, a digit or a quote.
 */
const RUN_IN_HEADING = /^(\p{Lu}[\p{Lu}\p{N}&/'’ -]*?\p{Lu})[ \u00A0]?:[ \t\u00A0]+(?=[\p{Lu}\p{N}"“«‘])/u
/**
 * A heading in sentence case run into its paragraph after a spaced dash: `Financing the plan — Member
 * cities have set aside …`, as fact sheets write their points. One to six words with no punctuation
 * nor digit, an em or en dash between spaces (a no-break space too, as a word processor puts one; or `--`, as a plain-text
 * editor types a dash), then a sentence that starts with a capital or a quote.
 */
const DASHED_HEADING = /^(\p{Lu}[\p{L}'’-]*(?:[ \u00A0][\p{L}'’-]+){0,5})[ \u00A0](?:[—–]|--)[ \u00A0](?=[\p{Lu}"“«‘])/u
/**
 * A heading in sentence case run into its paragraph after a full stop: `Financing. Ministers agreed
 * …`, `Water use. The board set …`, as readouts write their points. One to four words with no
 * punctuation nor digit, a full stop, then a sentence that starts with a capital or a quote.
 */
const STOPPED_HEADING = /^(\p{Lu}[\p{L}'’-]*(?:[ \u00A0][\p{L}'’-]+){0,3})\.[ \u00A0](?=[\p{Lu}"“«‘])/u
/**
 * A part that only numbers itself, run into its paragraph after a colon, a dash or a full stop: `Article 1er :
 * Le prix plancher est fixé …`, `Article 2. – Un fonds …`, `Section 3 — Members …`, as a decision or a
 * charter writes its articles; so does a record of decisions (`Décision n° 2 : Le comité …`, `Recommendation 3: The …`). The heading's words are those `extract-pillars.ts` reads as a part's number.
 */
const NUMBERED_PART_RUN_IN = /^((?:article|section|chapter|chapitre|paragraph|paragraphe|decision|décision|resolution|résolution|recommendation|recommandation)[ \u00A0]+(?:(?:n[°º]|no\.?)[ \u00A0]*)?(?:\d{1,3}(?:er|re|e|ᵉʳ)?|[IVXLC]{1,6}|premier|première|first|unique))[ \u00A0]*(?:[.:][ \u00A0]*(?:[–—-][ \u00A0]*)?|[–—-][ \u00A0]+)(?=[\p{Lu}"“«‘])/iu
/** Most words of a heading run in after a full stop: a longer one is a sentence. */
const MOST_STOPPED_WORDS = 4
/** Most words of a run-in heading. */
const MOST_WORDS = 6
/** A text that runs its headings in uses the layout for several paragraphs, never for a lone `NOTE: …`. */
const FEWEST = 2

/**
 * Split each paragraph that opens with a heading in capitals and a colon (`ROAD TRAFFIC: Ministers
 * agreed …`) into the heading line and the paragraph under it, as if the heading stood on a line
 * of its own, when the text does so at least twice: the points are then read as under headings
 * (`Road traffic` / `Ministers agreed …`), and `NEXT MEETING:` heads the outlook; so are an article's
 * number run in (`Article 2 : Un fonds … est créé …`, twice or more), a heading over that paragraph only. Bullets, the
 * title block, the dateline and the tail keep their lines; positions still point into the source.
 */
const runInHeadings: Plugin<[], Root> = function () {
  return function (tree) {
    const capitals = new Map<Paragraph, Cut>()
    const dashed = new Map<Paragraph, Cut>()
    const stopped = new Map<Paragraph, Cut>()
    const parts = new Map<Paragraph, Cut>()
    for (const paragraph of paragraphsOf(tree)) {
      // (what someone says in a transcript's turn, `Depuis des années. Certains comités …`, heads nothing; nor does an action line's label, `ACTION: Treasurer to …`, nor an admonition's, `NOTE: …`, `TIP: …`)
      if (paragraph.data?.role || paragraph.data?.bullet || paragraph.data?.footnote || paragraph.data?.speakerTurn || paragraph.data?.actionItem || paragraph.data?.admonition) continue
      const text = textOf(paragraph)
      const match = RUN_IN_HEADING.exec(text)
      // (a text that ends on a colon leads in to a list: `DECISIONS: Ministers agreed to:` stays one line)
      // (nor does the word a record writes before what was settled, `RESOLVED: That the lease be granted …`, `DÉCIDÉ : Que …`: the item's
      // heading stands above it, and the label only says that this paragraph is its resolution; records50)
      if (match && match[1].split(/\s+/).length <= MOST_WORDS && /\p{Lu}{3}/u.test(match[1]) && !/:\s*$/.test(text) && !recordsWhatWasSettled(match[1])) capitals.set(paragraph, {heading: match[1].length, text: match[0].length})
      const dash = DASHED_HEADING.exec(text)
      // (its text is a sentence: the cells of a table's row, `Norway – NOK 150 million – surveys`, are not)
      if (dash && /[.!?]["”»’)]?\s*$/.test(text)) dashed.set(paragraph, {heading: dash[1].length, text: dash[0].length})
      const stop = STOPPED_HEADING.exec(text)
      // (`Mr. Lee said …`, `St. Lucia will …`: an abbreviation's stop heads nothing; nor does a short sentence with its verb, `Talks ended.`, as its text must be two sentences or more)
      if (stop && isStoppedHeading(stop[1], text.slice(stop[0].length))) stopped.set(paragraph, {heading: stop[1].length, text: stop[0].length})
      const part = NUMBERED_PART_RUN_IN.exec(text)
      if (part) parts.set(paragraph, {heading: part[1].length, text: part[0].length})
    }
    const found = new Map([...(capitals.size >= FEWEST ? capitals : []), ...(dashed.size >= FEWEST ? dashed : []), ...(stopped.size >= FEWEST ? stopped : []), ...(parts.size >= FEWEST ? parts : [])])
    if (found.size === 0) return
    tree.children = tree.children.flatMap((node) => {
      const cut = node.type === 'paragraph' ? found.get(node) : undefined
      return cut === undefined ? [node] : splitAt(node as Paragraph, cut, dashed.has(node as Paragraph) || stopped.has(node as Paragraph) || parts.has(node as Paragraph))
    })
  }
}
export default runInHeadings

/**
 * The word an answer opens on before it says more, as a page of questions and answers or an interview writes it (`Yes. Ministers agreed …`,
 * `Not yet. The Council will …`, `Oui. Les ministres …`, `Pas encore. …`): a reply, never a heading run in.
 */
const ANSWER_OPENER = /^(?:yes|no|not\s+yet|not\s+quite|partly|indeed|absolutely|certainly|of\s+course|correct|exactly|sure|oui|non|si|pas\s+encore|en\s+partie|absolument|exactement|effectivement|en\s+effet|bien\s+s[ûu]r|tout\s+[àa]\s+fait|certes)$/iu
/**
 * A speaker's name before the full stop that opens a turn of a sitting's verbatim record (`Mme Claire Roux. Madame la ministre, …`,
 * `M. Paul Henry, ministre de …`, `Mr Hale. The minister will know …`, `Baroness Cole. My Lords, …`): who speaks, never a heading run in
 * (records49).
 */
const SPEAKER_NAME = /^(?:m|mm|mme|mmes|mlle|mr|mrs|ms|miss|dr|pr|me|lord|lady|sir|dame|baroness|baron|earl|viscount|madame|monsieur)(?:$|\s\p{Lu})/iu
/** A word that makes a short line a sentence (`Talks ended`, `Nothing was agreed`): an auxiliary, or a past form after the first word. */
const VERB_OF_SENTENCE = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|est|sont|a|ont|fut|sera|seront)$/i

/**
 * Whether the words before a full stop head the paragraph (`Financing`, `Water use`) rather than end
 * a short sentence or an abbreviation (`Talks ended.`, `Mr.`, `St.`).
 * @param heading the words before the stop
 * @param rest the text after it
 * @returns `true` when they are a heading run in, over a text of its own that ends like a sentence
 */
function isStoppedHeading(heading: string, rest: string): boolean {
  const words = heading.split(' ')
  if (words.length > MOST_STOPPED_WORDS || ABBREVIATIONS.has(words[words.length - 1].toLowerCase()) || ANSWER_OPENER.test(heading) || SPEAKER_NAME.test(heading)) return false
  if (words.some((word, index) => VERB_OF_SENTENCE.test(word) || (index > 0 && /\p{L}{2}ed$/u.test(word)))) return false
  return /[.!?]["”»’)]?\s*$/.test(rest) && rest.split(/\s+/).length >= 6
}

/** A record's label before what was settled (`RESOLVED`, `AGREED`, `DÉCIDÉ`), not the one of the next meeting (`DATE OF NEXT MEETING`, `DONM`), which heads the outlook. */
function recordsWhatWasSettled(label: string): boolean {
  const words = label.trim()
  return (MINUTE_RECORD_LABEL.test(words) || FRENCH_MINUTE_RECORD_LABEL.test(words)) && !/next|donm/iu.test(words)
}

/** Where a run-in heading ends in its paragraph's text, and where the text under it starts. */
interface Cut {
  heading: number
  text: number
}

/**
 * A paragraph cut in two: the heading before its colon or dash, and the text under it.
 * @param paragraph a paragraph of the plain-text tree
 * @param where where, in its text, the heading ends and the text under it starts
 * @param runIn whether the heading heads only this paragraph (one run in after a dash)
 * @returns the heading's paragraph and the text's
 */
function splitAt(paragraph: Paragraph, where: Cut, runIn: boolean): [Paragraph, Paragraph] {
  const text = paragraph.children[0] as Text
  const value = text.value
  const cut = where.text
  const headingText = value.slice(0, where.heading).trimEnd()
  const start = text.position!.start
  // (state's pointIn: the source's point of an index, lines wrapped onto the paragraph included)
  const at = (index: number) => pointIn(paragraph, index)
  const heading: Paragraph = {
    type: 'paragraph',
    children: [{type: 'text', value: headingText, position: {start, end: at(headingText.length)}}],
    position: {start: paragraph.position!.start, end: at(headingText.length)},
  }
  const bodyText: Text = {type: 'text', value: value.slice(cut), position: {start: at(cut), end: text.position!.end}}
  const body: Paragraph = {type: 'paragraph', children: [bodyText], position: {start: at(cut), end: paragraph.position!.end}}
  // The lines wrapped onto the paragraph (text pasted from a PDF) now start `cut` characters earlier in its text.
  const joined = paragraph.data?.joined?.map((line) => ({...line, at: line.at - cut}))
  if (joined) body.data = {joined}
  if (runIn) body.data = {...body.data, runIn}
  return [heading, body]
}
