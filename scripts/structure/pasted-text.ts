import {CABLE_COMMENT, CABLE_COMMENT_END, CABLE_PARAGRAPH, CABLE_SECTION_END, CABLE_SUMMARY_LABEL, DOCUMENT_KINDS, ENGLISH_PASTED, NAVIGATION_WORD, TWO_LETTER_WORDS} from './english.js'
import {FRENCH_CALENDAR, FRENCH_DOCUMENT_KINDS, FRENCH_NAVIGATION_WORD, FRENCH_PASTED} from './french.js'
import {detectLanguage} from './language.js'
import {findDates} from './parse-dates.js'
import {withoutEmphasis} from './markup-marks.js'
import {withoutInlineMarkup} from './inline-markup.js'
import {isCountsRow} from './post-counts-line.js'
import {normaliseSpace} from './text.js'
import {inviteFurniture} from './invite-furniture.js'
import {MERGE_TAG, withoutFileExtension, isExportFurniture, threadAtEnd} from './export-furniture.js'

/**
 * What pasting brings along with a readout, and how the plain-text parser undoes it: text copied
 * from a PDF (lines wrapped mid-sentence, words hyphenated across lines, page numbers, running
 * headers and footers, footnote markers), from Word or Outlook (invisible characters, a forwarded
 * message's headers, a sign-off, a disclaimer) and from a web page (buttons, breadcrumbs, a date
 * line, related links). Lines are dropped or joined, never rewritten, so every position the parser
 * records still points into the source as the user pasted it.
 */

/** The patterns of every language the reader knows: a page in one language often carries chrome in another. */
const PASTED = [ENGLISH_PASTED, FRENCH_PASTED]
const matches = (key: keyof typeof ENGLISH_PASTED, text: string) => text.length <= 300 && PASTED.some((words) => words[key].test(text))

/**
 * Word joiners, soft hyphens and a BOM inside the text: invisible, never meant. A zero-width space is
 * read as a space (`normaliseSpace`), but inside a word (`WORD_BREAK`), and zero-width joiners stay: emoji are made with them.
 */
const INVISIBLE = /[\u2060\u00AD\uFEFF]/g
/** A zero-width space between two letters: where a web page let a long word break, not a space between two words. */
const WORD_BREAK = /(?<=\p{L}\p{M}*)\u200B(?=\p{L})/gu
/** A line without what is invisible in it (`INVISIBLE`, a zero-width space inside a word): `Face\u200Bbook | X` is a row of sharing links. */
const visible = (line: string) => line.replace(INVISIBLE, '').replace(WORD_BREAK, '')
/**
 * A footnote marker after a word or a sentence: `regime.¹`, `2026.[2]`, `partners²`; never a power
 * after a unit of length or a digit (`400 km²`, `10 000 m²`, `3 m³`, `10³`).
 */
const FOOTNOTE_MARKER = /(?<=[\p{L}\p{N}.,;:!?)”"»’'])(?:(?<!(?:^|[^\p{L}])(?:[kcmd]?m|ft|mi|yd)|\d)[¹²³⁴-⁹⁰]+|\[(?:\d{1,2}|\^[\p{L}\p{N}_-]{1,20}|citation needed|r[ée]f\. n[ée]cessaire|r[ée]f\. souhait[ée]e)\])(?=[\s.,;:!?)”"»]|$)/gu
/**
 * A reference marker after a space, as a text newsletter or a page's text version points at its list of links (`… en ligne [2].`,
 * `… see the full plan [3]`): dropped with its space, only before a stop or a comma or at the line's end (`item [3] of the agenda` stays).
 */
const SPACED_REFERENCE = /[ \u00A0]\[\d{1,2}\](?=[.,;:!?)]|[ \t]*$)/gu
/**
 * A line of a list of links that only gives the address a marker points at: `[1] https://…`, a Markdown reference link's definition
 * (`[1]: https://…`, `[plan]: <https://…> "Title"`), a footnote's `¹ https://…`. The address is no text of the document.
 */
const REFERENCE_LINE = /^(?:\[[^\[\]\n]{1,40}\]:?|[¹²³⁴-⁹⁰]+)[ \t]+<?(?:https?:\/\/|www\.)\S{1,500}(?:[ \t]+(?:"[^"]{0,200}"|'[^']{0,200}'|\([^()]{0,200}\)))?$/u
/** A footnote at the foot of the text: `¹ The regime …`, `[2] The four centres …`. */
const FOOTNOTE_LINE = /^\s*(?:[¹²³⁴-⁹⁰]+|\[\d{1,2}\]|\[\^[\p{L}\p{N}_-]{1,20}\]:)\s*\S/u
/**
 * A wiki's edit link after a heading, as a page's text keeps it (MediaWiki's `Background[edit]`, `[edit source]`, a French wiki's
 * `Contexte[modifier | modifier le code]`): the page's button, no word of the heading.
 */
const EDIT_LINK = /(?<=\S)[ \t]*\[(?:edit(?: source)?|modifier(?:[ \t]*\|[ \t]*modifier le code)?|modifier le code|[ée]diter)\][ \t]*$/iu
/**
 * A backslash before a mark, as a converter to Markdown escapes one so that it reads as itself (Pandoc's and Word-to-Markdown's `US\$350,000`,
 * `\*`, `\_`, `\#`, `\[`): the mark alone is the text's (never a backslash before another backslash, a letter or a digit: a path's).
 */
const MARKDOWN_ESCAPE = /(?<!\\)\\(?=[$*_#[\]`<>|~+.!-])/gu
/** A page number alone on its line, said to be one: `Page 2 of 5`, `Page 2/5`, `Page 2 sur 5`, `p. 3`, `- 3 -`, `— 3 —`, `3/5`. */
const PAGE_NUMBER = /^\s*(?:(?:page|p\.|pg\.?)\s*\d{1,3}(?:\s*(?:of|sur|de|\/)\s*\d{1,3})?|[-–—]\s*\d{1,3}\s*[-–—]|\d{1,3}\s*\/\s*\d{1,3})\s*$/iu
/** A running footer or header that ends on its page number, said to be one, after a wide gap: `Council – Summary      Page 1/2`. */
const RUNNING_WITH_PAGE = /\S(?:\s{3,}|\t+)(?:(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|sur|de|\/)\s*\d{1,3})?|\d{1,3}\s*(?:of|sur|de|\/)\s*\d{1,3})\s*$/iu
/**
 * Where a running footer or header is cut into parts (structure44): a dot, a bar or a dash between spaces, or a wide gap
 * (`PSF/MM/2026/1 · Page 2 of 4`, `Page 3/7 | Conseil fédéral`, `Réf. 2026-41 – p. 2 sur 5`).
 */
const RUNNING_PARTS = /\s+[·•|–—-]\s+|\s{3,}|\t+/u
/** A part of a running footer beside its page number: a document's code, a body's or a text's short name, no sentence (six words at most). */
const RUNNING_PART = /^(?!(?:\S+\s+){6})[^!?;:]{0,59}[^.!?;:]$/u
/** A document's code: letters and digits in three to seven parts joined by slashes, dots or dashes, a digit and a letter in it (`PSF/MM/2026/1`, `CL 2026/14-F`). */
const DOCUMENT_CODE = /^(?=.{5,40}$)(?=.*\d)(?=.*\p{L})[\p{L}\d]+(?: ?[\/._-][\p{L}\d]+| [\p{L}\d]+(?=[\/._-])){2,6}$/u
/** Most characters of a running footer cut into parts. */
const RUNNING_LINE = 90

/**
 * Whether a line is a running footer or header cut into parts, one of them its page number said to be one (`Page 2 of 4`, `p. 3`,
 * `- 3 -`, `3/7`), the others short names or codes (`PSF/MM/2026/1 · Page 2 of 4`): furniture wherever it falls (structure44).
 * @param text the line, trimmed
 */
function isRunningFooter(text: string): boolean {
  if (text.length > RUNNING_LINE) return false
  const parts = text.split(RUNNING_PARTS).filter((part) => part !== '')
  if (parts.length < 2) return false
  const pages = parts.filter((part) => PAGE_NUMBER.test(part) && !/^\d{1,3}\s*\/\s*\d{1,3}$/u.test(part.trim()))
  return pages.length === 1 && parts.every((part) => PAGE_NUMBER.test(part) || RUNNING_PART.test(part.trim()))
}
/**
 * A number of up to three digits alone on its line (`12`), or ending a line after a wide gap
 * (`Council – Summary      2`): a page number, or a figure (a table's cell, a list's number, a
 * sentence wrapped around `40`). `bareNumbers` tells which.
 */
const BARE_NUMBER = /^\s*(\d{1,3})\s*$|\S(?:\s{3,}|\t+)(\d{1,3})\s*$/u
/** The fewest lines of text a page of a pasted PDF holds: page `n`'s number stands after at least `n - 1` of them. */
const PAGE_LINES = 8
/**
 * A breadcrumb trail: `Home > News > Press releases`, `Accueil / Actualités / Communiqués`, `Home › News`; its last crumb may be the page's
 * whole title (`Home / Newsroom / Ministers' meeting: questions and answers`).
 * A trail split by `/` or `|` opens on the home page's name (see `isBreadcrumb`).
 */
const BREADCRUMB = /^\s*([^\s>›»/|.!?][^>›»/|.!?]{0,40}?)\s*(?:\s([>›»/|])\s[^>›»/|.!?]{1,40}){1,5}(?:\s([>›»/|])\s[^>›»/|.!?]{1,90})\s*$/u
/** Whether a line is a breadcrumb trail (`BREADCRUMB`); one split by `/` or `|` only from the home page (`Oslo / Bergen / Tromsø` is text). */
const isBreadcrumb = (text: string) => {
  const trail = BREADCRUMB.exec(text)
  return trail !== null && (/[>›»]/u.test(trail[2]) || matches('homeCrumb', trail[1]))
}
/** A sentence: four words at least, ending on its full stop (`Ministers agreed to train pilots.`). */
const SENTENCE = /^(?:\S+\s+){3,}\S*[.!?]["'”’»)]*$/u
/** Who posted a page, after a middle dot or a bar and a space: the last separator's tail (`· Ministry of Health`). */
const BYLINE = /^\s+[^·|•]{1,80}$/u

/**
 * A date line without who posted the page after it (`Posted on 3 May 2026 · Ministry of Health` → `Posted on 3 May 2026`).
 * Read from the last separator back, as a pattern unanchored at its start would try every space of a long run again (quadratic time).
 */
function withoutByline(text: string): string {
  const at = Math.max(text.lastIndexOf('·'), text.lastIndexOf('|'), text.lastIndexOf('•'))
  if (at < 1 || !/\s/u.test(text[at - 1]) || !BYLINE.test(text.slice(at + 1))) return text
  return text.slice(0, at).trimEnd()
}

/** A rubric: two or three short names (a region, a topic) parted by a bar or an arrow (`Savoie | Montagne`, `Monde › Santé`). */
const RUBRIC = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,2}(?:\s[|›>]\s\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,2}){1,2}$/u
/** Among how many lines of text at the top a letterhead's postal address is looked for. */
const ADDRESS_LINES = 4
/**
 * A postal address's mark: a post-office box with its number (`BP 4512`, `B.P. 120`, `PO Box 31`, `Case postale 12`), or a
 * postal code before a town's name that ends the line or a part of it (`, 98713 Papeete,`, `, 1211 Genève`).
 */
const POSTAL_MARK = /(?:^|[\s,(–—-])(?:B\.?\s?P\.?|P\.?\s?O\.?\s+Box|bo[îi]te\s+postale|case\s+postale)\s*\d{1,6}(?!\d)|,\s*\d{3,6}\s+\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,3}\s*(?:,|$)/u

/** A post-office box with its number, `POSTAL_MARK`'s first half. */
const POSTAL_BOX = /(?:^|[\s,(–—-])(?:B\.?\s?P\.?|P\.?\s?O\.?\s+Box|bo[îi]te\s+postale|case\s+postale)\s*\d{1,6}(?!\d)/u

/**
 * Whether a line is a letterhead's postal address: a short line, no sentence and no date, with a post-office
 * box or a postal code before a town (`Association agréée – BP 12, 509 Fénérive-Est, Madagascar`). The text's first line is the
 * sender's name or the title, under which an address stands: there only a post-office box marks one (`Pacific Seaweed Growers, 2026
 * Annual Meeting` is a title, its year no postal code).
 * @param text a line, as seen
 * @param first whether it is the text's first line of text
 */
function isPostalAddress(text: string, first = false): boolean {
  if (text.length > 160 || /[.!?:;]$/u.test(text) || !(first ? POSTAL_BOX : POSTAL_MARK).test(text)) return false
  return !findDates(text) && !findDates(text, undefined, FRENCH_CALENDAR)
}

/** The end of a sentence, a list's lead-in or a clause: a line ending so is not wrapped mid-sentence. */
const LINE_END = /[.!?:;…]["'”’»)\]]*$|[”»]$/u

/** Two spaces between a sentence's stop and the next sentence's capital, as a typewriter's typist puts them (three or more may part a table's columns). */
/**
 * Who moved and seconded the motion, in brackets at the end of its heading (`Motion 1 – Assault screens (moved Walker garage, seconded
 * Slatyford)`, `Motion 2 – Rents (proposed by the Treasurer; seconded by J. Ward)`, `Motion 3 – Tarifs (proposée par la section de Vire,
 * appuyée par celle de Caen)`): the sitting's procedure, never the motion's title nor its text (motions52). Each name runs to no comma.
 */
export const MOVER_NOTE = /\s{0,3}\((?:(?:moved|proposed|tabled|submitted)(?:\s+by)?\s+[^(),;]{1,60}(?:[,;]\s{0,3}(?:and\s+)?seconded(?:\s+by)?\s+[^()]{1,60})?|(?:propos[ée]e?|pr[ée]sent[ée]e?|d[ée]pos[ée]e?)\s+par\s+[^(),;]{1,60}(?:[,;]\s{0,3}(?:et\s+)?(?:appuy[ée]e?|soutenue?|second[ée]e?)\s+par\s+[^()]{1,60})?)\)$/iu
const TWO_SPACES_AFTER_STOP = /(?<=[\p{L}\d)"”’'][.!?]["”’»)]?) {2}(?=["“‘(]?\p{Lu})/gu

/** A network or a button of a share row (`Facebook`, `X`, `E-mail`, `Print`, `Imprimer`, `Copy link`). */
const SHARE_BUTTON = String.raw`(?:facebook|x|twitter|linkedin|whatsapp|instagram|bluesky|threads|telegram|reddit|mastodon|e-?mail|courriel|print|imprimer|copy\s+link|copier\s+le\s+lien)`
/**
 * A share row glued to the end of a paragraph after its last sentence (`… in February 2027. Share this article: Facebook · X · Email ·
 * Print`, `… avant l'été. Partager : Facebook · LinkedIn · E-mail`, `… 2027. Share: X | LinkedIn`): the page's buttons, pasted on the
 * paragraph's line, never its words (structure46).
 */
const TRAILING_SHARE = new RegExp(String.raw`(?<=[.!?…»"”)])[ \t]+(?:share|partager|partagez)(?:\s+(?:this|cet|cette)\s+(?:article|page|story|post|news|release|actualit[ée]|communiqu[ée]))?(?:\s+(?:on|sur))?\s*:?\s*${SHARE_BUTTON}(?:\s*[|·•,/]\s*${SHARE_BUTTON})*\s*$`, 'iu')

/**
 * A verbatim record's stage direction after a sentence (`… avant la prochaine saison ? (Applaudissements sur les bancs du groupe Dem.)`,
 * `… for every village. (Applause.)`, `(Laughter)`, `(Exclamations sur plusieurs bancs.)`): what the room did, no word of the speaker
 * (records49).
 */
const STAGE_DIRECTION = /(?<=[.!?…»"”])[ \t]+\((?:(?:vifs?|nouveaux|quelques|longs?|loud|prolonged)[ \t]+)?(?:applaudissements|exclamations|rires|sourires|murmures|protestations|interruptions|mouvements[ \t]+divers|applause|laughter|interruptions?|cheers|hear,?[ \t]+hear)(?:[ \t][^()\n]{0,120})?\.?\)[ \t]*$/iu

/**
 * A page's element wrapped around a whole line as its source holds it (`<title>…</title>`, `<h1 class="x">…</h1>`, `<p>…</p>`,
 * `<strong>…</strong>`): group 1 the spaces before, group 3 the words inside, group 4 the spaces after (apppage48).
 */
const WHOLE_ELEMENT = /^([ \t]*)<(title|h[1-6]|p|div|span|strong|b|em|i|header|figcaption|li|summary)(?:\s[^<>\n]{0,200})?>([^<>\n]{1,500})<\/\2>([ \t]*)$/iu
/** A page's head element, its title as the browser's tab shows it: when the line under it repeats it, the page's own headline is kept once. */
const HEAD_TITLE = /^<title(?:\s[^<>\n]{0,200})?>([^<>\n]{1,500})<\/title>$/iu

/**
 * A notes app's link to another note (Obsidian's, Logseq's, a wiki's): `[[Pennine Moss Network]]`, `[[Peat notes#History|the history]]`,
 * `[[Budget 2027/Draft]]`. The note's name is a word of the sentence it stands in (`Members of the [[Riverside Trust]] met …`): read as its
 * shown words, the alias after `|` if any, else the name without its `#` section. A one-word name with none of these marks is left to
 * `MERGE_TAG` (`Dear [[Prénom]],` is a mailing tool's field).
 */
const WIKI_LINK = /\[\[([^\[\]|#\n]{1,120}?)(?:#[^\[\]|\n]{0,120})?(?:\|([^\[\]|\n]{1,120}))?\]\]/gu

/** A wiki link's shown words (see `WIKI_LINK`), or the link itself when it is a one-word field's merge tag. */
function wikiWords(link: string, name: string, alias: string | undefined): string {
  if (alias === undefined && link === `[[${name}]]` && !/\s/u.test(name.trim())) return link
  return (alias ?? name).trim()
}

/** An app's info button after a name in its bar (`Riverside Trust – board ⓘ`): the app's, no word of the line. */
const INFO_BUTTON = /^(?:ⓘ|ℹ\uFE0F?)[ \t\u00A0]*$/u
const BLANK = new Set([' ', '\t', '\u00A0'])

/**
 * The line without an info button closing it after a space, read from the line's last mark back: a pattern that looked for
 * the spaces first tried every space of a long run (a line of 40,000 spaces took seconds; review52).
 */
function withoutInfoButton(line: string): string {
  const at = Math.max(line.lastIndexOf('ⓘ'), line.lastIndexOf('ℹ'))
  if (at <= 0 || !BLANK.has(line[at - 1]) || !INFO_BUTTON.test(line.slice(at))) return line
  let end = at
  while (end > 0 && BLANK.has(line[end - 1])) end--
  return line.slice(0, end)
}

/**
 * A line with what is invisible and the footnote markers taken out, two spaces after a sentence's stop made one, and the
 * Markdown marks inside it dropped (`**Title:** …`, `[words](address)`; see `inline-markup.ts`).
 * @param line one line of the source
 * @returns the line as a reader should see it
 */
export function cleanPastedLine(line: string): string {
  // a cable's `SUMMARY:` and `END SUMMARY.` are its drafter's markup around the readout's words
  // (and a page's element around a whole line, `<h1 class="headline">…</h1>`, `<title>…</title>`, is its markup: apppage48)
  return withoutInlineMarkup(withoutFileExtension(withoutInfoButton(visible(line)).replace(WIKI_LINK, wikiWords).replace(MERGE_TAG, '')).replace(WHOLE_ELEMENT, '$1$3$4')).replace(MARKDOWN_ESCAPE, '').replace(EDIT_LINK, '').replace(FOOTNOTE_MARKER, '').replace(SPACED_REFERENCE, '').replace(TRAILING_SHARE, '').replace(STAGE_DIRECTION, '').replace(TWO_SPACES_AFTER_STOP, ' ').replace(MOVER_NOTE, '').replace(CABLE_SUMMARY_LABEL, '$1').replace(CABLE_SECTION_END, '')
}

/**
 * Whether a line records the action a minute's paragraph calls for (`Action: Secretariat to circulate
 * the form by 16 November`, `Suite à donner : …`): written right under that paragraph, it goes on with it.
 * @param line one line of the source
 */
export function isActionLine(line: string): boolean {
  return matches('actionLine', line.trim())
}

/**
 * An admonition as lightweight markups write one (AsciiDoc's and Markdown editors' `NOTE: …`, `TIP: …`, `IMPORTANT: …`,
 * `WARNING: …`; Org-mode and reST habits alike; French `REMARQUE : …`, `À NOTER : …`, `ASTUCE : …`, `ATTENTION : …`; `N.B. …`):
 * a label in capitals (or `N.B.`), then the aside it boxes. What it says is said beside the record, never a heading over it.
 */
const ADMONITION = /^(?:(?:NOTE|NOTA(?:\s+BENE)?|NB|TIP|HINT|IMPORTANT|WARNING|CAUTION|REMARQUE|[ÀA]\s+NOTER|ASTUCE|CONSEIL|ATTENTION|AVERTISSEMENT|AVIS)[ \t\u00A0]*(?::|\s[-–—])|N\.[ \u00A0]?B\.:?)[ \t\u00A0]*(?=\S)/u

/**
 * Whether a line is an admonition's (`NOTE: This is a summary for members.`, `TIP: …`, `REMARQUE : …`).
 * @param line one line of the source
 */
export function isAdmonition(line: string): boolean {
  return ADMONITION.test(line.trim())
}

/**
 * The action lines that stand in a run of two or more (`ACTION: Secretary to write …` / `ACTION: Treasurer to open …`, blank
 * lines between them or not): a record's list of actions after its decisions, each an item of the outlook, never the tail of
 * the paragraph above the run (a quotation, a decision's last bullet). A lone action line under a paragraph stays with it.
 * @param lines the document's lines
 * @returns the indexes of the action lines whose nearest line of text above or below is an action line too
 */
export function actionRuns(lines: string[]): Set<number> {
  const runs = new Set<number>()
  let previous = -1
  for (let at = 0; at < lines.length; at++) {
    if (lines[at].trim() === '') continue
    if (isActionLine(lines[at]) && previous !== -1 && isActionLine(lines[previous])) runs.add(previous).add(at)
    previous = at
  }
  return runs
}

/**
 * Whether a line only gives the result of the vote on the resolution above it, in a sentence (`This
 * resolution was adopted unanimously.`, `Cette résolution est adoptée à la majorité.`): the sitting's procedure, never a part of the resolution's body (motions52).
 * @param line one line of the source
 */
export function isVoteSentence(line: string): boolean {
  return matches('voteSentence', line.trim())
}

/**
 * Whether a line is a footnote at the foot of the text (`¹ The regime replaces …`, `[2] …`).
 * @param line one line of the source
 */
export function isFootnoteLine(line: string): boolean {
  return FOOTNOTE_LINE.test(line)
}

/**
 * A callout's head as notes apps and forges write one (Obsidian's `> [!note] Next meeting`, `> [!quote]-`, GitHub's `> [!WARNING]`): its
 * type in brackets after `!`, then the box's own label if any. The box's mark and label, never the text's: the quoted lines under it are
 * read as they are (a quotation, a paragraph of context or of what comes next).
 */
const CALLOUT_HEAD = /^>[ \t\u00A0]{0,4}\[![\p{L}-]{1,20}\][+-]?(?:[ \t\u00A0]+[^\n]{0,80})?$/u

/**
 * A noticeboard poster's banner asking that the notice stay up (`*** NOTICEBOARD – PLEASE DO NOT REMOVE ***`, `Please display`, `For display`,
 * `AVIS – MERCI DE NE PAS ARRACHER`, `À afficher`, `Prière de ne pas retirer cette affiche`): the sheet's, no title nor word of the text (pages52).
 */
const NOTICE_BANNER = /^[*#=~_\s-]{0,8}(?:(?:notice[ \t]?board|notice|poster|avis|affiche|panneau(?:[ \t]d['’][ \t]?affichage)?)[ \t]*[–—:-][ \t]*)?(?:please[ \t]+(?:do[ \t]+not|don['’]t)[ \t]+(?:remove|take[ \t]+down|tear[ \t]+down|cover)|please[ \t]+(?:display|keep)|for[ \t]+display|do[ \t]+not[ \t]+remove|(?:merci[ \t]+de|pri[èe]re[ \t]+de|veuillez)[ \t]+ne[ \t]+pas[ \t]+(?:retirer|arracher|enlever|d[ée]chirer|d[ée]crocher|recouvrir)|ne[ \t]+pas[ \t]+(?:retirer|arracher|enlever|d[ée]crocher)|[àa][ \t]+afficher|merci[ \t]+d['’][ \t]?afficher)(?:[ \t]+(?:this|the|ce|cet|cette)[ \t]+\p{L}{2,20})?[ \t]*[.!]?[*#=~_\s-]{0,8}$/iu

/**
 * Whether a line of a Markdown quote is inside a callout: the quote's lines above it, up to 30, reach a callout's head (see `CALLOUT_HEAD`).
 * Its `>` is the box's, never a list's marker: the lines under the head are a quotation or a paragraph, each read as the text it is.
 * @param lines the document's lines
 * @param index the line's index
 */
export function inCallout(lines: string[], index: number): boolean {
  for (let at = index; at >= 0 && at > index - 30 && /^[ \t\u00A0]*>/u.test(lines[at]); at--) if (CALLOUT_HEAD.test(lines[at].trim())) return true
  return false
}

/**
 * Whether a line is only a page's furniture: a page number, a running footer ending on one, a web
 * page's buttons, breadcrumbs or date line.
 * @param line one line of the source
 */
export function isPageFurniture(line: string): boolean {
  const text = withoutEmphasis(visible(line).trim())
  if (text === '') return false
  return CALLOUT_HEAD.test(line.trim()) || (line.length <= 160 && NOTICE_BANNER.test(line.trim())) || REACTION_COUNTS.test(text) || isRepositoryPath(text) || isForgeTabs(text) || isCountsRow(text) || PAGE_NUMBER.test(text) || RUNNING_WITH_PAGE.test(line.trimEnd()) || isRunningFooter(text) || isBreadcrumb(text) || isRelatedLink(text) || matches('chrome', text) || matches('pageLabel', text) || matches('newsletter', text) || matches('dateLine', text) || matches('dateLine', withoutByline(text)) || SHARE_LINKS.test(text) || MEDIA_PLACEHOLDER.test(text) || isActionRow(text) || isExportFurniture(text)
}

/**
 * A code forge's repository path over an issue, a merge request or a wiki page (GitHub's, GitLab's, Gitea's): the owner or the group and the
 * project, parted by slashes with spaces or without, its host before it or not, its visibility after it or not (`kwos-volunteers / conservation-committee   Public`, `river-trust /
 * volunteers / minutes  Private`, `@ana.ruiz / notes`, `opentransport-forum/kerbside-data`, `gitlab.com/civic/paths`): where the page sits, never its title (app49, threads50). A step opens in lower case or on a
 * digit, or the line ends on the visibility: `Council / Board` is a breadcrumb's (`isBreadcrumb`).
 */
const REPOSITORY_PATH = /^(?:[\w-]{1,60}(?:\.[\w-]{1,60}){1,4}\/)?@?[\p{L}\d][\w.-]{0,39}(?:(?:[ \u00A0]\/[ \u00A0]|\/)[\w.-]{1,100}){1,3}(?:\s+([Pp]ublic|[Pp]rivate|[Ii]nternal|[Pp]riv[ée]|[Ii]nterne)(?:\s+[Aa]rchive)?)?$/u
/** One tab of a forge's bar under the path, a glyph before it and its count after it or not (`<> Code`, `⊙ Issues 12`, `Pull requests 3`, `Merge requests`, `Tickets`). */
const FORGE_TAB = /^(?:[^\p{L}\d\s]{1,3}\s*)?(?:code|issues|pull\s+requests|merge\s+requests|discussions|actions|projects|wiki|security|insights|settings|pipelines|milestones|releases|packages|repository|tickets|demandes\s+de\s+fusion|d[ée]p[ôo]t|param[èe]tres|tableaux?|activit[ée]|activity)(?:\s+\d{1,5})?$/iu

/** Whether a line is a code forge's repository path (`REPOSITORY_PATH`): a slug in lower case, with a hyphen or a digit, or the visibility. */
function isRepositoryPath(text: string): boolean {
  if (text.length > 200) return false
  const path = REPOSITORY_PATH.exec(text)
  // (a path written without spaces, as a forge's page title or its clone path gives it, `opentransport-forum/kerbside-data`,
  // `gitlab.com/civic/paths`, has letters in it: `2026/27` alone is a season; threads50)
  // (written without spaces it has a small letter and a hyphen, dot, underscore or digit: `WTB/MM/2026/7` is a document's code,
  // `and/or`, `n/a` are words; review of session 20)
  const unspaced = !text.includes(' ') && /\p{L}[\w.-]*\//u.test(text) && /\p{Ll}/u.test(text) && /[-._\d]/u.test(text)
  return path !== null && (text.includes(' ') || unspaced) && (path[1] !== undefined || /(?:^|[ /])@?(?=[\w.-]*[\p{Ll}\d])[\w.]*[-_\d][\w.-]*(?:$|[ /])/u.test(text) || /^@?\p{Ll}/u.test(text))
}

/** Whether a line is a forge's bar of tabs: three tabs or more (`FORGE_TAB`), parted by runs of spaces, a tab, bars or dots (`<> Code   ⊙ Issues 12   Pull requests   Wiki`). */
function isForgeTabs(text: string): boolean {
  if (text.length > 200) return false
  const parts = text.split(/\s{2,}|\t+|\s+[|·•]\s+/u).filter((part) => part.trim() !== '')
  return parts.length >= 3 && parts.every((part) => FORGE_TAB.test(part.trim()))
}

/** Dashes, stars, rules or brackets that frame a short line on both sides, as a record centres a vote's result (`— Adopted unanimously —`, `*** Adopté à l'unanimité ***`). */
const FRAME = /^[-–—*=~_([\s]+(?=\p{L})|(?<=[\p{L}.])[-–—*=~_)\]\s]+$/gu
/** A line without the marks that frame it (`FRAME`; structure45). */
const withoutFrame = (text: string) => (text.length <= 120 ? text.replace(FRAME, '') : text)
/** Where a row of a page's buttons is cut into its buttons: a dot or a bar (`Share · Print · Subscribe to our news`), a tab or a run of spaces (`Like  •  Be the first to like this        No labels`, a wiki page's footer; app49). */
const ACTION_PARTS = /\s*[|·•]\s*|\t+|[ \u00A0]{2,}/u
/**
 * A button that signs the reader up to what the page's body sends, named after it or not, in any language: `Subscribe to Council
 * news`, `Sign up for updates`, `Follow us on Mastodon`, `S'abonner à la lettre du conseil`, `Suivez-nous` (no sentence's end; structure45).
 */
const SIGN_UP_PART = /^(?:subscribe|sign[ -]up|follow(?:\s+us)?|get\s+(?:updates|alerts)|s['’]abonner|abonnez-vous|inscrivez-vous|suivez-nous|suivre)(?:\s+(?:to|for|on|via|by|à|au|aux|sur|par)\s+[^.!?;:]{1,40})?$/iu
/**
 * Whether a line is a row of a page's buttons cut by dots or bars, two at least, each one a button the patterns know (`Share`,
 * `Print`, `Imprimer`) or one that signs the reader up (`SIGN_UP_PART`): `Share · Print · Subscribe to Council news` is page
 * furniture wherever it falls, never a paragraph's last words (structure45).
 * @param text the line, trimmed
 */
function isActionRow(text: string): boolean {
  if (text.length > RUNNING_LINE) return false
  const parts = text.split(ACTION_PARTS).filter((part) => part !== '')
  // (a button drawn as a glyph or a network's letter beside them, `Share   ☆   ···`, `Share   f   X   in   ✉   🔗 Copy link`, is one too; pages51)
  const button = (part: string) => matches('chrome', part) || SHARE_LINKS.test(`${part} | x`) || SIGN_UP_PART.test(part)
  const drawn = (part: string) => BUTTON_GLYPHS.test(part) || APP_BUTTON.test(part) || button(part.replace(BUTTON_GLYPH_BEFORE, ''))
  return parts.length >= 2 && parts.some(button) && parts.every(drawn)
}

/**
 * A notes or a board app's button beside a share button in its bar (`Comments`, `Favourite`, `Follow`, `Edit`, `Star`, `Commentaires`, `Favori`,
 * `Suivre`, `Modifier`), or a network's letter (`f`, `in`), or a page's text-size buttons (`Text size A- A+`, `Taille du texte A- A+`, `A A+`;
 * pages52): only with a share or print button in the same row (`isActionRow`).
 */
const APP_BUTTON = /^(?:f|in|comments?|favou?rites?|favou?rite|star(?:red)?|follow|watch|edit|more|updates|invite|present|commentaires?|favoris?|suivre|modifier|inviter|pr[ée]senter)$|^(?:(?:text|font)\s+size|taille\s+(?:du\s+texte|des\s+caract[èe]res|de\s+(?:la\s+)?police))(?:[ \t\u00A0]{1,3}A{1,2}[-+−]?){0,3}$|^(?:A{1,2}[-+−]?[ \t\u00A0]{1,3}){0,2}A{1,2}[-+−]$/iu
/** A button drawn as glyphs only (`☆`, `···`, `⋯`, `✉`, `🔗`, `⤴`). */
const BUTTON_GLYPHS = /^(?:[\p{So}\p{Extended_Pictographic}\p{Sm}…·⋯•]\uFE0F?){1,3}$/u
/** A glyph before a button's word (`🔗 Copy link`, `🖨 Print`). */
const BUTTON_GLYPH_BEFORE = /^(?:[\p{So}\p{Extended_Pictographic}]\uFE0F?){1,2}[ \t]*/u

/** A post's row of reactions, each a glyph and its count, two at least (`♡ 37    💬 6    ↻ Share`, `👍 120 · 💬 14`): its footer, never the text. */
const REACTION_COUNTS = /^(?:[\p{So}\p{Extended_Pictographic}]\uFE0F?[ \t\u00A0]*\d[\d.,]*[kK]?[ \t\u00A0·|]*){2,}(?:[\p{So}\p{Extended_Pictographic}]\uFE0F?[ \t\u00A0]*(?:share|repost|partager))?$/iu

/** A web page's row of sharing links, two or more: `Facebook | X | LinkedIn | Email` (the networks' names are no language's). */
const SHARE_LINKS = /^(?:facebook|x|twitter|linkedin|whatsapp|instagram|youtube|bluesky|threads|telegram|reddit|e-?mail|courriel|print|imprimer)(?:\s*[|·•]\s*(?:facebook|x|twitter|linkedin|whatsapp|instagram|youtube|bluesky|threads|telegram|reddit|e-?mail|courriel|print|imprimer))+$/iu
/** Where a page showed a picture or a video, pasted as a placeholder: `[image]`, `[Photo: …]`, `[vidéo]`. */
const MEDIA_PLACEHOLDER = /^\[(?:image|img|photo|picture|figure|video|vidéo|graphic)(?:\s*:[^\]]*)?\]$/iu

/** A link to one related page after its label (`Lire aussi : Chamrousse ferme deux pistes`, `Read more: Ferry fares rise`): a page's title, no sentence's end. */
const RELATED_LINK = /^([^:|]{3,30}?)\s*:\s*\S[^|]{2,160}$/u

/** Whether a line only links to one related page, wherever it stands (`Lire aussi : …`, `See also: …`): not the text's own, nor a heading of it. */
function isRelatedLink(text: string): boolean {
  const link = RELATED_LINK.exec(text)
  return link !== null && !/[.!?]["'”’»)]*$/u.test(text) && matches('related', link[1])
}

/**
 * A byline with the page's publication stamp after it (`Par Claire Martin - Publié le 14/10/2026 à 18h05, mis à jour le …`,
 * `By Ana Ruiz | Published 3 May 2026, updated 4 May 2026`): group 1 is the stamp. The author is one to four names, joined by `et`/`and`.
 */
const BYLINE_STAMP = /^(?:[Pp]ar|[Bb]y)\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|et|and|de|van|von|da)){0,5}\s*[-–—|·,]\s*(\S.{0,150})$/u

/**
 * The publication stamp of a byline (`Par Claire Martin - Publié le 14/10/2026 à 18h05, mis à jour le …` → `Publié le 14/10/2026 à
 * 18h05, mis à jour le …`), each part of the stamp a date line: the title block reads it as the date the page was published,
 * and the author's name is no place.
 * @param line a line of the title block
 * @returns the stamp, else `undefined`
 */
export function bylineStamp(line: string): string | undefined {
  const stamp = BYLINE_STAMP.exec(line.trim())
  return stamp !== null && stamp[1].split(/,\s+(?=\p{L})/u).every((part) => matches('dateLine', part)) ? stamp[1] : undefined
}

/** Among how many first lines of text a letterhead's ministers are looked for (four names and their portfolios, under a kind's line). */
const LETTERHEAD_LINES = 12
/** Among how many first lines of text a page's contents list is looked for. */
const CONTENTS_WITHIN = 40
/** Fewest entries under a contents label for the list to be one. */
const CONTENTS_ENTRIES = 2
/** An entry's marker, dropped when it is compared with the heading it names: `•`, `-`, `1.`, `2)`. */
const ENTRY_MARKER = /^(?:[-–•*·▪►›»]|\d{1,2}[.)]|\d{1,2}(?:\.\d{1,2}){0,3}\.?)\s+/u
/** An entry or a heading as compared: without its marker, its final colon and its case. */
const entryKey = (text: string) => text.replace(EDIT_LINK, '').replace(ENTRY_MARKER, '').replace(/\s*:$/u, '').toLowerCase()
/**
 * A wiki's buttons inside its contents list, no entry of it: `hide`, `show`, `(Top)`, `Toggle Outcomes subsection`, a French wiki's `masquer`,
 * `(Début)`, `Afficher / masquer la sous-section Résultats`.
 */
const CONTENTS_CONTROL = /^(?:hide|show|masquer|afficher|\((?:top|d[ée]but)\)|toggle\s.{1,80}\ssubsection|(?:afficher\s*\/\s*masquer|basculer)\s+la\s+sous-section\s.{1,80})$/iu

/**
 * A web page's contents list near its top: its label (`On this page`, `Contents`, `Sommaire`) and the lines under it that each
 * come back further down as a line of their own, no sentence (the headings the list links to). Read as text, its last entry
 * (`Next meeting`) would be a heading that takes the paragraphs under the list (the dateline among them) as what comes next.
 * @param texts the document's lines, trimmed
 * @param filled the indexes of the lines with text
 * @returns the indexes of the label and its entries, or none when fewer than `CONTENTS_ENTRIES` entries come back
 */
function contentsList(texts: string[], filled: number[]): number[] {
  const label = filled.slice(0, CONTENTS_WITHIN).findIndex((at) => matches('contents', texts[at]))
  if (label === -1) return []
  // the last line each entry's key is found on (one pass, so the list costs no more than the text)
  const lastSeen = new Map<string, number>()
  for (const at of filled) lastSeen.set(entryKey(texts[at]), at)
  let end = label + 1
  while (end < filled.length && texts[filled[end]].length <= 100 && !SENTENCE.test(texts[filled[end]]) && (CONTENTS_CONTROL.test(texts[filled[end]]) || (lastSeen.get(entryKey(texts[filled[end]])) ?? -1) > filled[end])) end++
  // (a numbered list whose numbers come back over the sections is read by the reader's own contents rule, which keeps the numbered
  // sections as headings: dropping its entries here would leave `1. Peat restoration` alone as a numbered paragraph)
  if (filled.slice(label + 1, end).some((at) => /^\d{1,2}[.)]\s/u.test(texts[at]))) return []
  const entries = filled.slice(label + 1, end).filter((at) => !CONTENTS_CONTROL.test(texts[at]))
  return entries.length >= CONTENTS_ENTRIES ? filled.slice(label, end) : []
}

/** A line of a printed table of contents: an entry's name, leader dots, then its page number (`3.1 Training ........ 3`, `Annexe . . . . 12`; group 1 the page). */
const LEADER_ENTRY = /^(?=\S)[^\n]{1,120}?[ \u00A0]*(?:\.{4,}|…{2,}|(?:\. ){3,}\.?)[ \u00A0]*(\d{1,3})$/u
/** Fewest lines of a printed table of contents. */
const LEADER_ENTRIES = 3

/**
 * A printed table of contents, anywhere: a run of `LEADER_ENTRIES` lines or more in a row, each an entry, leader dots and a page
 * number, the page numbers never going down (`1. Opening of the session ...... 1` / `3.1 Training ...... 3` / `4. Next session ...... 6`),
 * with its label just above (`Contents`, `Sommaire`). Its entries name the sections further down: read as text they would be numbered
 * points or headings of their own, and its last one (`Next session ...... 6`) a step ahead (records49).
 * @param texts the document's lines, trimmed
 * @param filled the indexes of the lines with text
 * @returns the indexes of the label and the entries
 */
function leaderContents(texts: string[], filled: number[]): number[] {
  const found: number[] = []
  for (let k = 0; k < filled.length; ) {
    let end = k
    let page = 0
    for (; end < filled.length; end++) {
      const entry = texts[filled[end]].length <= 160 ? LEADER_ENTRY.exec(texts[filled[end]]) : null
      if (!entry || Number(entry[1]) < page) break
      page = Number(entry[1])
    }
    if (end - k >= LEADER_ENTRIES) {
      if (k > 0 && matches('contents', texts[filled[k - 1]])) found.push(filled[k - 1])
      found.push(...filled.slice(k, end))
    }
    k = Math.max(end, k + 1)
  }
  return found
}

/** A recording's chapter: a time code (`03:40`, `1:02:15`, `[12:30]`, `(03:40)`), a dash or not, then its few words, no sentence (group 1 the code). */
const CHAPTER = /^[[(]?((?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?[ \t]*(?:[-–—|·:][ \t]*)?(?=\p{L})[^.!?:\n]{1,80}$/u
/** The label over a recording's chapters (`Chapters`, `Timestamps`, `In this episode`, `Chapitres`, `Dans cet épisode`). */
const CHAPTERS_LABEL = /^(?:chapters|timestamps|time\s?codes|in\s+this\s+(?:episode|video|show)|episode\s+(?:chapters|guide)|chapitres|horodatages?|dans\s+cet\s+[ée]pisode|au\s+sommaire\s+de\s+cet\s+[ée]pisode)\s*:?$/iu
/** Fewest chapters in a row for a podcast's or a video's list of them. */
const CHAPTER_LINES = 3

/** Seconds of a chapter's time code. */
const secondsOf = (code: string) => code.split(':').reduce((total, part) => total * 60 + Number(part), 0)

/**
 * A podcast's or a video's list of chapters (apppage48): three lines or more in a row, each a time code and a few words, the times going up
 * (`00:00 Welcome and news` / `03:40 What the Alliance decided` / …), and the label right over them (`Chapters`, `Chapitres`): where to
 * jump in the recording, never a point nor a heading of the text under it. Only from a code of zero or under the label: a programme's
 * times going up (`09:00 Registration`) are the text's own.
 * @param texts the document's lines, trimmed
 * @returns the indexes of the chapters and their label
 */
function chapterLists(texts: string[]): number[] {
  // (each line's time code read once: this runs over every line of every source)
  const seconds = texts.map((text) => {
    const code = CHAPTER.exec(text)?.[1]
    return code === undefined ? undefined : secondsOf(code)
  })
  const found: number[] = []
  for (let at = 0; at < texts.length; at++) {
    let end = at
    while (end < texts.length && seconds[end] !== undefined && (end === at || seconds[end]! > seconds[end - 1]!)) end++
    // (a recording's, not a day's programme: `09:00 Registration` / `09:30 Opening` … is a timetable; chapters start at zero or
    // stand under their label)
    const labelled = at > 0 && CHAPTERS_LABEL.test(texts[at - 1])
    if (end - at >= CHAPTER_LINES && (labelled || seconds[at] === 0)) {
      for (let k = at; k < end; k++) found.push(k)
      if (labelled) found.push(at - 1)
    }
    at = Math.max(at, end - 1)
  }
  return found
}

/** A wiki page's tab or tool, copied one a line over the article (`Article`, `Talk`, `Read`, `Edit`, `View history`, `Tools`; `Discussion`, `Lire`, `Modifier le code`, `Outils`). */
const WIKI_TAB = /^(?:article|talk|discussion|read|lire|edit|modifier|edit\s+source|view\s+source|view\s+history|voir\s+l['’]historique|tools|outils|modifier\s+le\s+code|voir\s+le\s+texte\s+source|main\s+page|project\s+page|page|actions|general|g[ée]n[ée]ral)$/iu
/** Fewest wiki tabs in a row. */
const WIKI_TABS = 3
/**
 * A wiki page's own lines, in either language: its tagline (`From Wikipedia, the free encyclopedia`, `Un article de Wikipédia, l'encyclopédie
 * libre`), its coordinates, how many languages it is written in (`3 languages`, `12 langues`), its footer (`This page was last edited on …`, `Text is
 * available under the Creative Commons …`, `Dernière modification de cette page le …`) and a wiki's jump links.
 */
const WIKI_LINE = /^(?:from\s+\p{L}+pedia,\s+the\s+free\s+encyclop(?:a)?edia|un\s+article\s+de\s+\p{L}+p[ée]dia,\s+l['’]encyclop[ée]die\s+libre|coord(?:inates|onn[ée]es)\s*:\s*\d{1,3}\s*°.{0,80}|\d{1,3}\s+(?:languages|langues)|this\s+page\s+was\s+last\s+(?:edited|modified)\s+on\s.{1,80}|derni[èe]re\s+modification\s+de\s+cette\s+page\s.{1,80}|(?:the\s+)?text\s+is\s+available\s+under\s+the\s+creative\s+commons.{0,300}|(?:les\s+)?textes?\s+(?:est|sont)\s+disponibles?\s+sous\s+licence\s+creative\s+commons.{0,300}|jump\s+to\s+(?:navigation|search|content)|aller\s+[àa]\s+la\s+(?:navigation|recherche))$/iu
/** A section of references or notes near a wiki page's or a report's end (`References`, `Notes`, `Sources`, `External links`, `Notes et références`, `Liens externes`). */
const REFERENCES_HEADING = /^(?:references|notes(?:\s+and\s+references)?|footnotes|citations|sources|bibliography|further\s+reading|external\s+links|r[ée]f[ée]rences|notes\s+et\s+r[ée]f[ée]rences|bibliographie|liens\s+externes|pour\s+approfondir)$/iu
/** A note of such a section: a back link's caret or arrow (`^ "Ministers sign …"`, `↑ « … »`), a number in brackets, a footnote's definition. */
const NOTE_LINE = /^(?:\^|↑|\[\d{1,3}\]|\[\^[\p{L}\p{N}_-]{1,20}\]:|[¹²³⁴-⁹⁰]+)\s*\S/u

/**
 * A wiki page's furniture (pages50): a run of its tabs near the top (`Article` / `Talk` / `Read` / `Edit` / `View history`), its own lines
 * (`WIKI_LINE`) near the top or the end, and a section of references in the text's second half, from its heading (its edit link dropped) to
 * the end, when a note (`^ …`, `↑ …`, `[1] …`) stands right under the heading: the page's apparatus, never a point, a figure nor a step ahead.
 * @param texts the document's lines, trimmed
 * @param filled the indexes of the lines with text
 * @returns the indexes of the lines that are the wiki's
 */
function wikiFurniture(texts: string[], filled: number[]): number[] {
  const found: number[] = []
  const top = filled.slice(0, 40)
  for (let k = 0; k < top.length; k++) {
    let end = k
    while (end < top.length && WIKI_TAB.test(texts[top[end]])) end++
    if (end - k >= WIKI_TABS) found.push(...top.slice(k, end))
    k = Math.max(k, end)
  }
  for (const [k, at] of filled.entries()) if ((k < 40 || k >= filled.length - 40) && texts[at].length <= 400 && WIKI_LINE.test(texts[at])) found.push(at)
  const heading = filled.findIndex((at, k) => k >= filled.length / 2 && texts[at].length <= 40 && REFERENCES_HEADING.test(texts[at].replace(EDIT_LINK, '')) && NOTE_LINE.test(texts[filled[k + 1]] ?? ''))
  if (heading !== -1) found.push(...filled.slice(heading))
  return found
}

/** A listing's stamp over one of its items: a date, then a dot, a bar or a dash and the rubric it is filed under (`3 March 2026 · Museum`, `12/03/2026 | Vie du club`; group 1 the date). */
const LISTING_STAMP = /^([^·|•–—]{6,40}?)\s+[·|•–—]\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3})$/u
/** Most lines of text of a listing's other item (a teaser: its headline and a sentence or two). */
const TEASER_LINES = 4

/**
 * The other items of a news listing pasted with the story (pages50): a page that lists its latest items, each under its stamp (`3 March 2026 ·
 * Museum` / `Signal House opens at weekends` / a teaser), and among them the one pasted whole. The long item is the text; the others, a few
 * lines each, are teasers of other pages, never its title, its place nor its points. Only with two stamps or more, the first near the top.
 * @param texts the document's lines, trimmed
 * @param filled the indexes of the lines with text
 * @returns the indexes of the teasers' lines
 */
function listingTeasers(texts: string[], filled: number[]): number[] {
  const dated = (text: string) => {
    const stamp = text.length <= 80 ? LISTING_STAMP.exec(text) : null
    if (!stamp) return false
    const found = findDates(stamp[1]) ?? findDates(stamp[1], undefined, FRENCH_CALENDAR)
    return found !== undefined && found.index === 0 && found.length === stamp[1].length
  }
  const stamps = filled.flatMap((at, k) => (dated(texts[at]) ? [k] : []))
  if (stamps.length < 2 || stamps[0] > 10) return []
  const items = stamps.map((k, n) => filled.slice(k, stamps[n + 1] ?? filled.length))
  const size = (item: number[]) => item.reduce((total, at) => total + texts[at].length, 0)
  const longest = items.reduce((best, item) => (size(item) > size(best) ? item : best))
  const others = items.filter((item) => item !== longest)
  if (others.some((item) => item.length > TEASER_LINES) || size(longest) < 3 * others.reduce((total, item) => total + size(item), 0)) return []
  // (and the listing's label right over its first stamp, `Latest news`, `Dernières actualités`: no list of related pages at the text's end)
  const label = filled[stamps[0] - 1]
  return [...others.flat(), ...(label !== undefined && matches('related', texts[label]) ? [label] : [])]
}

/** Fewest lines in a row of a site's menu copied one link a line, and fewest of them a navigation word. */
const MENU_LINES = 4
const MENU_WORDS = 3
/** A menu's link: one to four words, no digit, no sentence's stop. */
const MENU_LINK = /^(?!(?:\S+\s+){4})[^\d.!?:;,]{2,40}$/u

/**
 * A site's menu copied from the browser one link a line near the top (apppage48): four lines or more in a row (no blank line
 * between), each a link of a few words, three of them at least a navigation word (`Home`, `About the Guild`, `Events`,
 * `Contact`, `Accueil`, `Actualités`): the page's navigation from its first such word on, never its title nor a heading.
 * @param texts the document's lines, trimmed
 * @param filled the indexes of the lines with text
 * @returns the indexes of the menu's lines
 */
function verticalMenu(texts: string[], filled: number[]): number[] {
  const found: number[] = []
  const top = filled.slice(0, 40)
  for (let k = 0; k < top.length; k++) {
    let end = k
    while (end < top.length && (end === k || top[end] === top[end - 1] + 1) && MENU_LINK.test(texts[top[end]])) end++
    // (from its first navigation word on: a site's name or a banner's buttons above it are read as they are)
    const navigation = (at: number) => NAVIGATION_WORD.test(texts[at]) || FRENCH_NAVIGATION_WORD.test(texts[at])
    const run = top.slice(k, end)
    const menu = run.slice(Math.max(0, run.findIndex(navigation)))
    if (menu.length >= MENU_LINES && menu.filter(navigation).length >= MENU_WORDS) found.push(...menu)
    k = Math.max(k, end - 1)
  }
  return found
}

/** Whether a line heads a list of related pages, also with the pages after it (`Related: Drylands | Livestock`). */
function isRelatedLine(text: string): boolean {
  if (matches('related', text)) return true
  // (a page's name holds no separator: when `[^|]+` could also take ` · `, a line of many that did not end as expected took 2^n steps)
  const inline = /^([^:|]{3,40}):\s*[^|·•]+(?:\s[|·•]\s[^|·•]+)+$/u.exec(text)
  return inline !== null && matches('related', inline[1])
}

/**
 * The first line of a newsletter's or a page's footer (pages50): its copyright (`Copyright © 2026 …`, `© 2026 …`, `… All rights reserved.`,
 * `Tous droits réservés`), why the reader gets the mail (`You are receiving this email because …`, `Vous recevez ce courriel car …`), the
 * sender's postal address's label (`Our mailing address is:`) or the preferences' line (`Want to change how you receive these emails?`).
 */
const FOOTER_LINE = /^(?:copyright\s*(?:©|\(c\))|©\s*(?:copyright\s+)?(?:\d{4}|\p{Lu})|\(c\)\s*\d{4}|you\s+(?:are\s+)?receiv(?:ing|ed)\s+this\s+(?:e-?mail|message|newsletter)|our\s+mailing\s+address\s+is|want\s+to\s+change\s+how\s+you\s+receive|vous\s+recevez\s+(?:cet?|cette)\s+(?:e-?mail|courriel|message|newsletter|lettre)|notre\s+adresse\s+(?:postale\s+)?est|tous\s+droits\s+r[ée]serv[ée]s)/iu
/** Among how many last lines of text a footer is looked for. */
const FOOTER_WITHIN = 25
/** The share of the text's lines of text before a footer's first line, at least. */
const FOOTER_FROM = 0.6
/**
 * A newsletter's appeal to its reader near its end (pages50): to give (`Donate online`, `make a gift`, `Faire un don`, `Soutenez-nous`) or to
 * pass the mail on (`forward this email to a friend`, `Transférez ce courriel`), the paragraph's own words or a link's.
 */
const APPEAL = /\b(?:donate|make\s+a\s+(?:gift|donation)|give\s+(?:online|today)|forward\s+this\s+(?:e-?mail|newsletter|message)|forward-to-friend|faire\s+un\s+don|faites\s+un\s+don|soutenez-nous|transf[ée]rez\s+(?:cet?|cette)\s+(?:e-?mail|courriel|lettre|message))/iu
/** A row of links as a plain-text mail writes them, each a label and its address in brackets, parted by bars or dots (`Facebook (https://…) | Website (https://…)`). */
const LINK_ROW_PART = /^[^()|·•]{1,40}\((?:https?:\/\/|www\.)[^\s()]{1,300}\)$/u
const isLinkRow = (text: string) => {
  if (text.length > 1200) return false
  const parts = text.split(/\s+[|·•]\s+/u)
  return parts.length >= 2 && parts.every((part) => LINK_ROW_PART.test(part.trim()))
}

/**
 * A newsletter's tail (pages50): its footer from its first line (`FOOTER_LINE`) among the last lines to the end, a row of links, and the appeal
 * paragraph after which nothing of the text comes (`APPEAL`), with its short heading right above it (`Support the Trust`, `Nous soutenir`).
 * @param texts the document's lines, trimmed
 * @param filled the indexes of the lines with text
 * @param drop the lines already dropped (the appeal is one after which every line is)
 * @returns the indexes of the tail's lines
 */
function newsletterTail(texts: string[], filled: number[], drop: Set<number>): number[] {
  const found = new Set<number>()
  const last = filled.slice(-FOOTER_WITHIN)
  // (in the text's last part only: a report's copyright page, `© … 2026` / `Some rights reserved.`, stands over its text)
  const footer = last.findIndex((at, k) => filled.length - last.length + k >= filled.length * FOOTER_FROM && texts[at].length <= 400 && FOOTER_LINE.test(texts[at]))
  if (footer !== -1) for (const at of last.slice(footer)) found.add(at)
  for (const at of last) if (isLinkRow(texts[at])) found.add(at)
  const kept = (at: number) => !drop.has(at) && !found.has(at) && !RULE_LINE.test(texts[at])
  const lastKept = [...last].reverse().find(kept)
  if (lastKept !== undefined && texts[lastKept].length <= 600 && APPEAL.test(texts[lastKept])) {
    found.add(lastKept)
    // (the heading's rule under it, `-----`, is passed over: a plain-text newsletter draws one under each heading)
    let k = filled.indexOf(lastKept) - 1
    if (k >= 0 && RULE_LINE.test(texts[filled[k]])) k--
    const above = filled[k]
    if (above !== undefined && kept(above) && lastKept - above <= 4 && /^(?!(?:\S+\s+){6})[^.!?:;]{2,60}$/u.test(texts[above].replace(/^\*\*\s+/u, ''))) found.add(above)
  }
  return [...found]
}

/** A line that is only a rule: dashes, stars, underscores or equals signs. */
const RULE = /^(?:[-*_=—–][ \t]*){3,}$/u
/** Most rules whose sides' languages are compared. */
const RULES_COMPARED = 3
/** Fewest words on each side of a rule for their languages to be compared. */
const TRANSLATION_WORDS = 40

/**
 * Whether the text before line `filled[k]` and the text after it are in two languages, each clearly and long enough to say.
 * @param texts the document's lines, as seen
 * @param filled the indexes of the lines with text
 * @param k the rule's place among them
 */
function languageChangesAt(texts: string[], filled: number[], k: number): boolean {
  const side = (ats: number[]) => ats.map((at) => texts[at]).join('\n')
  const [before, after] = [side(filled.slice(0, k)), side(filled.slice(k + 1))]
  if ([before, after].some((text) => (text.match(/\p{L}+/gu)?.length ?? 0) < TRANSLATION_WORDS)) return false
  return detectLanguage(before) !== detectLanguage(after)
}

/** A line cut by a dot or a bar between spaces into parts (`Group · Outcome Statement · June 2026`), as a page's running head is. */
const RUNNING_HEAD_PARTS = /\S\s+[|·•]\s+\S/u

/** Among how many first lines of text a greeting alone on its line is looked for. */
const GREETING_WITHIN = 6

/** Most lines of a forwarder's note above a forwarded message (`Dear colleagues,` / `please find below …` / `Best regards,` / `Ana`). */
const FORWARD_NOTE_LINES = 4

/**
 * Which lines of a pasted text are not the readout: page furniture (see `isPageFurniture`), a
 * running header (a line of the title block repeated further down), a forwarded e-mail's marker
 * and header fields, a disclaimer (also a summary's note that it is not the official record), the result of a vote on its own line (`Carried`), a sentence pasted twice in a row, a translation after its mark (`ENGLISH VERSION`), and everything after a sign-off (`Kind regards,`) or a list of
 * related pages (`Related content`) near the end.
 * @param lines the document's lines
 * @returns the indexes of the lines to drop
 */
export function pastedNoise(lines: string[]): Set<number> {
  const drop = new Set<number>()
  const texts = lines.map((line) => visible(line).trim())
  const filled = texts.flatMap((text, at) => (text ? [at] : []))
  // A forwarded message's marker and the header fields under it; header fields opening the text,
  // two at least: one line alone (`To: ensure …`, `Subject: the fund …`) may be the readout's own.
  const headersFrom = (k: number) => {
    let next = k
    while (next < filled.length && matches('mailHeader', texts[filled[next]])) next++
    return filled.slice(k, next)
  }
  // (the header fields open the text also under a fax's or a page's furniture: `FAX TRANSMISSION   Page 1/2` / `To: News desk, …` / `From: …`; pages51)
  const opening = Math.max(0, filled.findIndex((at) => !isPageFurniture(lines[at])))
  for (let k = 0; k < filled.length; k++) {
    const at = filled[k]
    if (matches('forwarded', texts[at])) for (const header of [at, ...headersFrom(k + 1)]) drop.add(header)
    else if (k === opening && headersFrom(k).length >= 2) for (const header of headersFrom(k)) drop.add(header)
  }
  // `From: …` / `Subject: FW: …` / `Dear colleagues, please find below …` / `-----Original Message-----`: the note of
  // whoever forwards the readout, between the headers and the marker near the top, is not the readout.
  const marker = filled.findIndex((at) => matches('forwarded', texts[at]))
  const note = marker === -1 ? [] : filled.slice(0, marker).filter((at) => !drop.has(at))
  if (marker !== -1 && note.length <= FORWARD_NOTE_LINES && note.length < marker) for (const at of note) drop.add(at)
  // An e-mail's greeting (`Hi team,`, `Dear colleagues,`) opening the text, over more of it: whom it is to, not its title.
  const greeting = filled.find((at) => !drop.has(at))
  if (greeting !== undefined && filled.at(-1) !== greeting && matches('greeting', texts[greeting])) drop.add(greeting)
  // (and under a newsletter's masthead and issue line, its merge tag dropped, `Hi *|FNAME|*,` → `Hi,`: a greeting alone on its line among the
  // first lines is whom the mail is to, never a part of the title block; pages51)
  for (const at of filled.slice(0, GREETING_WITHIN)) if (at !== filled.at(-1) && matches('greeting', texts[at].replace(MERGE_TAG, ''))) drop.add(at)
  // `Published 9 September 2026` among the first three lines of text is the text's own date, not a page's furniture.
  const issued = (at: number, k: number) => k < 3 && matches('issuedLine', texts[at]) && matches('dateLine', texts[at])
  for (const [k, at] of filled.entries()) if ((isPageFurniture(lines[at]) && !issued(at, k)) || matches('disclaimer', texts[at]) || matches('voteResult', texts[at]) || matches('voteResult', withoutFrame(texts[at])) || REFERENCE_LINE.test(texts[at])) drop.add(at)
  for (const at of bareNumbers(lines, filled)) drop.add(at)
  // `<title>Bell founders &amp; ringers agree …</title>` / `Bell founders &amp; ringers agree …`: the page's head repeats its headline, read once (apppage48)
  for (const [k, at] of filled.slice(0, 3).entries()) {
    const head = HEAD_TITLE.exec(texts[at])
    if (head && filled[k + 1] !== undefined && normaliseSpace(head[1]) === normaliseSpace(texts[filled[k + 1]])) drop.add(at)
  }
  for (const at of contentsList(texts, filled)) drop.add(at)
  for (const at of wikiFurniture(texts, filled)) drop.add(at)
  const teasers = listingTeasers(texts, filled)
  for (const at of teasers) drop.add(at)
  for (const at of leaderContents(texts, filled)) drop.add(at)
  for (const at of chapterLists(texts)) drop.add(at)
  for (const at of verticalMenu(texts, filled)) drop.add(at)
  // a calendar invite's own lines around the record pasted in its description (see `invite-furniture.ts`)
  for (const at of inviteFurniture(texts, filled)) drop.add(at)
  // a thread of comments or an activity log at a page's end (see `export-furniture.ts`; pages51)
  for (const at of threadAtEnd(texts, filled)) drop.add(at)
  // A joint media release's letterhead: each minister's name (`THE HON JANE DOE MP`) and the portfolio under it, above the date and the headline.
  for (const [k, at] of filled.slice(0, LETTERHEAD_LINES).entries()) {
    if (!matches('letterheadName', texts[at])) continue
    drop.add(at)
    for (const below of filled.slice(k + 1, k + 3)) {
      if (!matches('portfolio', texts[below])) break
      drop.add(below)
    }
  }
  // A page's rubric above its headline (`Savoie | Montagne`, `World › Health`): the section it is filed under, not its title.
  if (filled.length > 2 && RUBRIC.test(texts[filled[0]])) drop.add(filled[0])
  // A letterhead's postal address under the sender's name (`Société coopérative – BP 4512, 98713 Papeete`): no title, no figure.
  for (const [k, at] of filled.slice(0, ADDRESS_LINES).entries()) if (isPostalAddress(texts[at], k === 0)) drop.add(at)
  // A running header: one of the first three lines of text, met again after the text has begun; a
  // title, not a sentence (a readout may say its first sentence again).
  const top = filled.filter((at) => !drop.has(at)).slice(0, 3)
  for (const at of filled) {
    if (at <= top[top.length - 1] || drop.has(at) || SENTENCE.test(texts[at])) continue
    const first = top.find((line) => texts[line] === texts[at] && texts[at].length >= 12)
    if (first === undefined) continue
    drop.add(at)
    // (`Tri-Basin Beaver Restoration Group · Outcome Statement · June 2026` cut by dots or bars is the pages' running head, never the
    // title: the top one goes too; header43)
    if (RUNNING_HEAD_PARTS.test(texts[first])) drop.add(first)
  }
  // A document's code alone on its line, met twice or more (`PSF/MM/2026/1`, `CL 2026/14-F`): the pages' running footer, wherever it
  // falls (structure44); the paragraph it cut is joined again as after any page's furniture.
  const codes = new Map<string, number[]>()
  for (const at of filled) {
    if (!DOCUMENT_CODE.test(texts[at])) continue
    // (pushed, never copied: a pasted text may repeat one code many thousand times)
    const ats = codes.get(texts[at])
    if (ats) ats.push(at)
    else codes.set(texts[at], [at])
  }
  for (const ats of codes.values()) if (ats.length >= 2) for (const at of ats) drop.add(at)
  // A line met again word for word, no sentence, right above or under a page's number or another line of a page's furniture at
  // two of its places at least (`IAHB/C/2026/19 · Council minutes · not for circulation` / `Page 2 of 3`): the pages' running
  // footer or header, whatever its words; the paragraph it cut is joined again (structure45).
  const repeated = new Map<string, number[]>()
  for (const [k, at] of filled.entries()) if (texts[at].length >= 8 && !SENTENCE.test(texts[at])) {
    // (pushed, never copied: a pasted text may repeat one short line many thousand times)
    const ks = repeated.get(texts[at])
    if (ks) ks.push(k)
    else repeated.set(texts[at], [k])
  }
  const besideFurniture = (k: number) => [filled[k - 1], filled[k + 1]].some((at) => at !== undefined && drop.has(at) && isPageFurniture(lines[at]))
  for (const ks of repeated.values()) if (ks.length >= 2 && ks.filter(besideFurniture).length >= 2) for (const k of ks) drop.add(filled[k])
  // A cable's `COMMENT: …` to its `END COMMENT.`, over several paragraphs when one closes it before the cable's next
  // numbered paragraph (`5. …`), else to its paragraph's end: the drafter's view, not the meeting's.
  // (the first line from each on that closes a comment or opens a numbered paragraph, found once from the end when a comment
  // is left open, so that many open comments do not each search the rest of the text)
  let stops: number[] | undefined
  for (let k = 0; k < filled.length; k++) {
    if (!CABLE_COMMENT.test(texts[filled[k]])) continue
    let end = k
    while (!CABLE_COMMENT_END.test(texts[filled[end]]) && filled[end + 1] === filled[end] + 1) end++
    if (!CABLE_COMMENT_END.test(texts[filled[end]]) && end + 1 < filled.length) {
      stops ??= commentStops(texts, filled)
      const closing = stops[end + 1]
      if (closing !== -1 && CABLE_COMMENT_END.test(texts[filled[closing]]) && !CABLE_PARAGRAPH.test(texts[filled[closing]])) end = closing
    }
    for (const at of filled.slice(k, end + 1)) drop.add(at)
    k = end
  }
  // A sentence pasted twice in a row by mistake (the same line again right under it) is read once.
  for (let k = 1; k < filled.length; k++) if (texts[filled[k]] === texts[filled[k - 1]] && SENTENCE.test(texts[filled[k]])) drop.add(filled[k])
  // `ENGLISH VERSION`, `Version française` after the text has begun: the same text again in another language, not more of it.
  const translation = filled.findIndex((at, k) => k >= 2 && matches('translation', texts[at]))
  if (translation !== -1) for (const at of filled.slice(translation)) drop.add(at)
  // A bare rule (`---`) with the text in another language under it: the same text translated, its mark left out.
  // (the first few rules only: each comparison reads the whole text)
  const rules = translation === -1 ? filled.flatMap((at, k) => (k >= 2 && RULE.test(texts[at]) ? [k] : [])).slice(0, RULES_COMPARED) : []
  const translated = rules.find((k) => languageChangesAt(texts, filled, k)) ?? -1
  if (translated !== -1) for (const at of filled.slice(translated)) drop.add(at)
  // Everything after a sign-off or a related-pages heading in the last lines; after a sign-off, a
  // signature: no sentence follows it (`Regards` / `Ministers agreed to …` is the readout going on), but a postscript (`P.S. …`).
  const last = filled.slice(-15)
  for (const at of newsletterTail(texts, filled, drop)) drop.add(at)
  // (a related-pages line in a short text's first half is a note's links under its title, `Related: [[…]] · [[…]]`: the text is still to come)
  const cut = last.find((at) => (isRelatedLine(texts[at]) && !teasers.includes(at) && filled.indexOf(at) >= filled.length / 2) || (matches('signOff', texts[at]) && !filled.some((after) => after > at && !drop.has(after) && SENTENCE.test(texts[after]) && !matches('postscript', texts[after]))))
  if (cut !== undefined) for (const at of filled) if (at >= cut) drop.add(at)
  return drop
}

/**
 * The lines that end on a bare number (see `BARE_NUMBER`) that is a page number: one that a page
 * could carry where it stands (page `n` after at least `PAGE_LINES × (n − 1)` lines of text, never
 * page 0), with no other such line near it. A table's cells and rows, a list numbered `1`, `2`, `3`
 * on lines of their own stand close together; a figure wrapped onto its own line
 * (`… a total of` / `40` / `million euros`) is larger than the pages before it.
 * @param lines the document's lines
 * @param filled the indexes of the lines with text
 * @returns the indexes of the lines that are page numbers
 */
function bareNumbers(lines: string[], filled: number[]): number[] {
  const found = filled.flatMap((at, position) => {
    const match = BARE_NUMBER.exec(visible(lines[at]).trimEnd())
    return match ? [{at, position, page: Number(match[1] ?? match[2])}] : []
  })
  const pages = found
    .filter(({position, page}, k) => page >= 1 && position >= PAGE_LINES * (page - 1) && [found[k - 1], found[k + 1]].every((other) => !other || Math.abs(other.position - position) >= PAGE_LINES / 2))
    .map(({at}) => at)
  return [...pages, ...pageRun(lines, found)]
}

/** Fewest numbers alone on their lines that count a document's pages up through it (`3`, `4`, `5`, `7`, `8`). */
const PAGE_RUN = 3
/**
 * Fewest lines of text from one page number of such a run to the next: a page holds more than a label and its value (`Mbale` / `4` /
 * `Tororo` / `6` / `Busia` / `9`, a table pasted one cell a line, counts up too).
 */
const PAGE_RUN_GAP = 3

/**
 * The numbers alone on their lines that number a document's pages, as a press kit pasted from a PDF keeps them: three or more
 * that rise through the text, never by more than a few pages at a time, each a few lines of text after the one before (a list
 * numbered `1`, `2`, `3` on lines of their own is `listNumbers`'; a figure wrapped onto its own line breaks the rise).
 * @param lines the document's lines
 * @param found the bare numbers, where they stand among the lines of text
 * @returns the indexes of the lines that are page numbers
 */
function pageRun(lines: string[], found: Array<{at: number; position: number; page: number}>): number[] {
  const alone = found.filter(({at}) => /^\s*\d{1,3}\s*$/u.test(visible(lines[at])))
  if (alone.length < PAGE_RUN || alone[0].page === 1) return []
  for (let k = 1; k < alone.length; k++) {
    const [before, now] = [alone[k - 1], alone[k]]
    if (now.page <= before.page || now.page - before.page > PAGE_RUN || now.position - before.position < PAGE_RUN_GAP) return []
  }
  return alone.map(({at}) => at)
}

/**
 * The lines that hold only a list's number, as Word and PDFs paste a numbered list (`1` / `Ministers
 * agreed …` / `2` / …): numbers alone on their lines that count up by one from 1, each a few lines
 * of text after the one before. A number the list does not take (`40` in `… a total of` / `40` /
 * `million euros`) is text.
 * @param lines the document's lines
 * @returns the indexes of the lines that are a list's number
 */
export function listNumbers(lines: string[]): Set<number> {
  const numbers = new Set<number>()
  const filled = lines.flatMap((line, at) => (visible(line).trim() ? [at] : []))
  let run: number[] = []
  let lastPosition = -1
  const close = () => {
    if (run.length >= 2) for (const at of run) numbers.add(at)
    run = []
  }
  filled.forEach((at, position) => {
    const match = /^\s*(\d{1,3})\s*$/u.exec(visible(lines[at]))
    if (!match) return
    const value = Number(match[1])
    if (value === run.length + 1 && run.length > 0 && position - lastPosition <= PAGE_LINES / 2) run.push(at)
    else {
      close()
      if (value === 1) run = [at]
    }
    lastPosition = position
  })
  close()
  return numbers
}

/**
 * Whether a line carries on the sentence of the line before it, as text copied from a PDF does
 * when its lines were wrapped: the line before does not end a sentence, a clause or a list's
 * lead-in, and this one starts with a small letter, or the one before ends on a word no sentence
 * ends on (`… the` / `Chair said.`, `… de` / `Libreville`).
 * @param previous the line before, as the reader sees it
 * @param line this line, without any bullet (a bullet line never carries on)
 */
export function carriesOn(previous: string, line: string): boolean {
  const before = previous.trimEnd()
  const text = line.trimStart()
  if (before === '' || text === '' || LINE_END.test(before) || isDateAlone(text)) return false
  return /^\p{Ll}/u.test(text) || (/^[\p{L}\p{N}“"«‘€$£]/u.test(text) && (matches('openEnd', before.slice(-28)) || cutAtComma(before))) || cutBeforeNumber(before, text)
}

/**
 * Whether a line of running text was cut after a word, right before a number that goes on with its sentence, as a PDF's lines are
 * (`… a large collector yields on average` / `180 litres a day …`, `… a fund for the period` / `2027 to 2030, open to …`; `… un budget
 * de` / `1,2 million d'euros`): no sentence ends on a bare word, and a list's number would have its mark (`1.`, `2)`), read before
 * this is asked. Only a long line: a short one ending so is a title or a heading (numbered48); and not a line of parts behind
 * bars, nor before a short line (`Head Warden at … | Volunteering` / `1,204 followers`: a post's author, header43).
 */
const cutBeforeNumber = (before: string, text: string) =>
  before.length >= RUNNING_LINE_LEAST && /\p{Ll}$/u.test(before) && !BAR_PARTS.test(before) && /^\p{N}(?:[\p{N}.,]|[\u00A0\u202F ](?=\p{N}))*\s+\p{Ll}\S*\s+\S+\s+\S/u.test(text)
/** A line cut into parts by bars or dots (`Head Warden at … | Fell paths | Volunteering`): a profile's or a page's line, no running text. */
const BAR_PARTS = /\s[|·•]\s/u

/** Fewest characters of a line of running text cut at a comma (a title block's `Kigali,` or a list's `Kenya,` is shorter). */
const RUNNING_LINE_LEAST = 60

/**
 * Whether a line of running text was cut after a comma, as a PDF's lines are (`… in Dar es Salaam, Kampala,` / `Kigali and Addis
 * Ababa, to test …`, `… les communes de Die, Crest,` / `Nyons et Buis …`): no paragraph ends on a comma, so the next line, a name's
 * capital first, goes on with it. Only a long line: a short one ending so is a list's item or an address's line.
 */
const cutAtComma = (before: string) => before.length >= RUNNING_LINE_LEAST && /\p{L}[,，]$/u.test(before)

/** Whether a line ends on a word no sentence ends on (`… the`, `… de`): a line wrapped in the middle of its sentence. */
export function endsOpen(line: string): boolean {
  return matches('openEnd', line.trimEnd().slice(-28))
}

/** A weekday in lower case opening a date line, as a French calendar writes it (`mardi 6 octobre 2026`). */
const WEEKDAY_OPENING = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d/u
/** The hours a calendar writes after a date, set off by a dot, a bar or a comma (`· 18:00 – 20:00`, `| 10h30-12h`). */
const CALENDAR_HOURS = /[ \t]*[⋅·•|,][ \t]*\d{1,2}[:h.]\d{2}(?:[ \t]*[–—-][ \t]*\d{1,2}[:h.]\d{2})?$/u
/** The small word a date line may open on under a title (`du mardi 3 juin 2025`, `le 4 mars 2026`, `of 14 March 2026`, `dated 4.11.2025`). */
const DATE_LINE_OPENING = /^(?:du|le|en\s+date\s+du|of|on|dated)\s+/iu

/**
 * Whether a line is a date alone after its small word (`du mardi 3 juin 2025` under `Compte rendu du Conseil des
 * ministres`): the date of the title above, a line of its own, never the title wrapped.
 * @param line a line of the source, trimmed
 */
export function isDateAlone(line: string): boolean {
  // (a calendar's date line opens on its weekday in lower case and gives the hours after a dot: `mardi 6 octobre 2026 · 18:00 – 20:00`)
  const weekday = WEEKDAY_OPENING.test(line)
  const dated = weekday ? line.replace(CALENDAR_HOURS, '') : line
  // (the trailing marks matched from the start of their run only: `+$` alone tries every mark of a long run inside the line)
  const rest = dated.replace(DATE_LINE_OPENING, '').replace(/(?<![\s.,:;–—-])[\s.,:;–—-]+$/u, '')
  if ((rest === line && !weekday) || rest.length > 40) return false
  return [undefined, FRENCH_CALENDAR].some((calendar) => {
    const found = findDates(rest, undefined, calendar)
    return found !== undefined && found.index === 0 && found.length === rest.length
  })
}

/** A reply's quote marks before a line: `> `, `>> `, `> > ` (a blank line of the quote keeps only its `>`). */
const QUOTE_MARKS = /^[ \t]*(?:>[ \t]?)+/u

/**
 * How many characters of quote marks open each line of a text quoted whole in a reply (`> Ministers
 * agreed …` on every line, `>` on the blank ones): none when a line of text has none (a list typed
 * with `>` under a title is a list, see `parse-plain-text.ts`).
 * @param lines the document's lines
 * @returns per line, the width of its quote marks
 */
export function quoteMarks(lines: string[]): number[] {
  const widths = lines.map((line) => QUOTE_MARKS.exec(line)?.[0].length ?? 0)
  const quoted = lines.every((line, at) => widths[at] > 0 || line.trim() === '') && widths.filter((width) => width > 0).length >= 2
  return quoted ? widths : widths.map(() => 0)
}

/**
 * For each line of text, the first one from it on that ends a cable's comment (`… END COMMENT.`) or opens a numbered
 * paragraph (`5. …`), where a comment left open stops: -1 when none does.
 * @param texts the document's lines, trimmed
 * @param filled the indexes of the lines that hold text
 * @returns that line's position in `filled`, for each position in `filled`
 */
function commentStops(texts: string[], filled: number[]): number[] {
  const stops = new Array<number>(filled.length)
  let next = -1
  for (let k = filled.length - 1; k >= 0; k--) {
    if (CABLE_COMMENT_END.test(texts[filled[k]]) || CABLE_PARAGRAPH.test(texts[filled[k]])) next = k
    stops[k] = next
  }
  return stops
}

/** A paragraph that opens a quotation it does not close: `"The members of the Council …` (straight or curly marks). */
const OPENS_UNCLOSED = /^[ \t]*(?:"[^"]*|“[^”]*)$/u
/** A paragraph quoted whole, its closing mark at its end: `"The members … integrity."`. */
const QUOTED_WHOLE = /^[ \t]*(?:"[^"]*"|“[^”]*”)[ \t]*$/u

/**
 * The quotation marks of a statement quoted over several paragraphs, as printers set one: each paragraph
 * opens with a mark and only the last closes it (`"The members of the Council welcomed …` / `"The members
 * … requested …` / `"… reaffirmed their support."`). They are no part of what each paragraph says, so the
 * paragraphs are read without them; a quotation that closes before its paragraph ends (`"…," the Chair
 * said`) keeps its marks.
 * @param lines the document's lines
 * @returns the lines of such a quotation, each with whether it is the last (whose closing mark is dropped too)
 */
export function continuedQuotation(lines: string[]): Map<number, boolean> {
  const found = new Map<number, boolean>()
  let run: number[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    if (line.trim() === '') continue
    if (OPENS_UNCLOSED.test(line)) {
      run.push(index)
      continue
    }
    if (run.length > 0 && QUOTED_WHOLE.test(line)) {
      for (const at of run) found.set(at, false)
      found.set(index, true)
    }
    run = []
  }
  return found
}

/** A line that opens on a closing guillemet, as French printers open each paragraph of a quotation after its first (`» Ce plan …`). */
const GUILLEMET_LEAD = /^[ \t\u00A0]*»[ \t\u00A0]*/u

/**
 * The lines that open on `»` inside a French quotation still open (`« Nous avons … saison.` / `» Ce plan … assemblée. »`): the mark
 * goes on the quotation, as French printers set it, and is no bullet (`»` marks a list's items only outside a quotation).
 * @param lines the document's lines
 * @returns for each such line, where its words start after the mark (the mark is kept in the paragraph's text: it is read as written)
 */
export function guillemetContinuations(lines: string[]): Map<number, number> {
  const found = new Map<number, number>()
  let open = 0
  for (const [index, line] of lines.entries()) {
    const lead = GUILLEMET_LEAD.exec(line)
    if (lead && open > 0) found.set(index, lead[0].length)
    // (the leading mark of a continued paragraph closes nothing)
    for (const mark of (lead && open > 0 ? line.slice(lead[0].length) : line).matchAll(/[«»]/gu)) open = Math.max(0, open + (mark[0] === '«' ? 1 : -1))
  }
  return found
}

/** A line drawn with one mark again and again, a rule under a heading or between parts (`=====`, `-----`). */
const RULE_LINE = /^[ \t]*([-*_=~#•·–—])(?:[ \t]*\1){2,}[ \t]*$/u
/** The narrowest and widest column a plain-text mail client wraps a text at (60, 72, 76 and 80 are usual). */
const WRAP_WIDTHS = {least: 55, most: 100}
/** The share of the lines next to a line of text whose break a wrap forced, in a text a mail client wrapped. */
const FORCED_SHARE = 0.4

/** How a mail client hard-wrapped a text (`hardWrap`). */
export interface HardWrap {
  /** The lines the wrap broke off the line above them. */
  broken: Set<number>
  /** Whether the text writes a paragraph right under the last line of another (no blank line between them). */
  adjacentParagraphs: boolean
}

/** A line that opens on a capital, after an opening quote or bracket: a sentence's start, a name, a title. */
const CAPITAL_START = /^\s*["“‘«(]?\p{Lu}/u
/** A line's words of four letters or more, those a title writes with a capital (not the prepositions it leaves in small letters: `between`, `among`). */
const longWords = (line: string) => (line.match(/\p{L}[\p{L}’'-]{3,}/gu) ?? []).filter((word) => !matches('titleSmallWord', word))
/** Whether each of a line's words of four letters or more starts with a capital (a line with none, too). */
const longWordsCapitalised = (line: string) => longWords(line).every((word) => /^\p{Lu}/u.test(word))
/** A line whose words of four letters or more all start with a capital: a title or a heading, not a sentence (which names places and bodies among its small words). */
const isTitleCased = (line: string) => longWords(line).length >= 2 && longWordsCapitalised(line)

/**
 * Whether a line opens on the kind of document it names (`Joint Statement of …`, `Readout`,
 * `Communiqué final`) as a line of its own, not the end of a kind the line above began (`… Joint` / `Statement`).
 */
function opensOnKind(before: string, line: string): boolean {
  const joined = `${before.trim()} ${line.trim()}`
  const start = before.trim().length + 1
  const matches = [...DOCUMENT_KINDS, ...FRENCH_DOCUMENT_KINDS].flatMap(([pattern]) => [...joined.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))])
  return matches.some((match) => match.index === start) && !matches.some((match) => match.index < start && match.index + match[0].length > start)
}

/**
 * How a plain-text mail client wrapped a text at a width, when it did (every line of a paragraph
 * but its last one as long as the width allows): the lines it broke off, each a line whose first
 * word would not have fitted on the line right above it. A short line, that of a title block, a
 * dateline, a heading or a signature, left room for the next line's first word, so it was no wrap's.
 * A text is wrapped when nearly every line (all but one in fifty) fits in a width of 40 to 100
 * columns and most pairs of adjacent lines of text were broken so.
 * @param lines the document's lines
 * @returns the wrap, or undefined for a text no client wrapped
 */
export function hardWrap(lines: string[]): HardWrap | undefined {
  // a rule under a heading (`=====`) is no text a client wrapped: its length is not the width
  const texts = lines.map((line) => (RULE_LINE.test(line) ? '' : visible(line).trimEnd()))
  const lengths = texts.filter((text) => text.trim() !== '').map((text) => text.length).sort((a, b) => b - a)
  const width = lengths[Math.floor(lengths.length / 50)]
  if (width === undefined || width < WRAP_WIDTHS.least || width > WRAP_WIDTHS.most) return undefined
  const broken = new Set<number>()
  let pairs = 0
  let adjacentParagraphs = false
  for (let at = 1; at < texts.length; at++) {
    const before = texts[at - 1]
    const word = /^\s*(\S+)/u.exec(texts[at])?.[1]
    if (before.trim() === '' || word === undefined) continue
    pairs++
    if (before.length + 1 + word.length > width) broken.add(at)
    else if (LINE_END.test(before) && CAPITAL_START.test(texts[at])) adjacentParagraphs = true
  }
  return broken.size >= 3 && broken.size >= pairs * FORCED_SHARE ? {broken, adjacentParagraphs} : undefined
}

/** Whether a line ends a sentence, a clause or a lead-in (`LINE_END`), not on an abbreviation's stop before a name (`met in St.` / `Petersburg`). */
const endsSentence = (line: string) => LINE_END.test(line) && !matches('abbreviationEnd', line.slice(-12))

/**
 * Whether a wrap cut a date in two: the line before ends on its day or month and this one opens on its month
 * or year (`on 6–7 December` / `2021, bringing …`), or the line before ends on its month and this one opens on its day (`June` / `29 to …`).
 */
const cutsDate = (before: string, line: string) => (matches('dateCutEnd', before.slice(-24)) && matches('dateCutStart', line)) || (matches('monthCutEnd', before.slice(-24)) && matches('dayCutStart', line))

/**
 * A sentence's end inside a line, before the next sentence's capital (`… Ministry of Culture. Representatives of`): the
 * word is read from its start only (a run of letters without a stop was rescanned from each of its letters, 40,000 in 4 s),
 * and the capital is looked at, not taken, so the next sentence's word is read whole (`Mr. Dr. Smith`: `Dr`, not `r`).
 */
const STOP_INSIDE = /(?<!\S)(\S+)[.!?]["”’)]*\s+(?=["“‘(]?\p{Lu})/gu

/** Whether a line ends a sentence or holds the end of one (not an abbreviation's stop, `Hon. Losana`, nor an initial's, `J. Smith`). */
function holdsSentenceEnd(line: string): boolean {
  if (endsSentence(line.trimEnd())) return true
  return [...line.matchAll(STOP_INSIDE)].some(([, word]) => !/^\p{Lu}$/u.test(word) && !matches('abbreviationEnd', ` ${word}.`))
}

/**
 * Whether the line above `index` is a title's: its long words capitalised, it opens on a capital (not on a
 * list's number, `22. We ask …`, nor on `2026 for the …`) and ends on no sentence's stop nor a comma, and no
 * sentence ends in the lines of its block the wrap broke it from, the first of which is the text's first line
 * or a title's. A line of a paragraph that names bodies (`Property, hosted by the Ministry of Culture.
 * Delegates of` / `UNESCO, INTERPOL, the World Customs Organization and the International`) is no title.
 */
function titleAbove(lines: string[], index: number, wrap: HardWrap): boolean {
  const before = visible(lines[index - 1]).trimEnd()
  if (!isTitleCased(before) || !CAPITAL_START.test(before) || endsSentence(before) || /,$/u.test(before)) return false
  let first = index - 1
  for (; first > 0 && wrap.broken.has(first) && lines[first - 1].trim() !== ''; first--) if (holdsSentenceEnd(visible(lines[first - 1]))) return false
  // a title's first line is the text's own or is a title's too (`Health ministers … of the` / `Mediterranean Network … met in St.` is a paragraph's)
  return first === index - 1 || isTitleCased(lines[first]) || lines.slice(0, first).every((line) => line.trim() === '')
}

/** The most letters the first word of a place's name over a date line has (`Lusaka,`, `Ouagadougou,`). */
const PLACE_WORD_MOST = 40

/**
 * Whether a line under a title is the place of a dateline (`Lusaka, Zambia` / `14 May 2026`): a few words
 * over a line that holds a year, the first of them a place the text says something happened in or at
 * (`met in Lusaka`), not the end of the title (`… of the Alpine` / `Water Forum`).
 */
function placeOverDate(lines: string[], index: number): boolean {
  const words = lines[index].trim().split(/\s+/u)
  const next = lines.slice(index + 1).find((line) => line.trim() !== '')
  // (a place's name is a word of a few letters: a run of 40,000 commas made a pattern too large to build)
  if (words.length > 4 || words[0].length > PLACE_WORD_MOST || next === undefined || !/(?:^|\D)(?:19|20)\d{2}(?!\d)/u.test(next)) return false
  const name = words[0].replace(/(?<![,.;:])[,.;:]+$/u, '').replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  return new RegExp(`(?:^|\\s)(?:in|at|à|en)\\s+${name}(?![\\p{L}\\p{M}])`, 'u').test(lines.join('\n'))
}

/**
 * Whether a line a hard wrap broke off (`hardWrap`) carries on the line above it: a line at the
 * hanging indent of the list item above it does, and so does one that opens on a small letter; under a
 * title, only words in capitals without a date (`Chair's Summary: Meeting of the Alpine` / `Water Forum`,
 * but `Innsbruck, 4 March 2026` and a paragraph under a heading are lines of their own); else a line
 * that runs on to the wrap's width itself or ends a sentence. After a line
 * that ends a sentence, only in a text that parts its paragraphs with blank lines: where paragraphs
 * stand on adjacent lines, the next line may be a paragraph of its own.
 * @param lines the document's lines
 * @param index the line
 * @param wrap how the text was wrapped
 * @param hanging whether the line is indented as far as the text of the list item above it
 */
export function carriesOnWrap(lines: string[], index: number, wrap: HardWrap | undefined, hanging: boolean): boolean {
  if (!wrap?.broken.has(index)) return false
  if (hanging) return true
  const before = visible(lines[index - 1]).trimEnd()
  const line = visible(lines[index]).trimEnd()
  if (/^\s*\p{Ll}/u.test(line) || cutsDate(before, line)) return true
  // a title wrapped at its width goes on with words in capitals, never with a date (`… Global Schools` / `Partnership`, not `Lisbon, 4 May 2026`)
  // and never with the line that names the document (`… Hepatitis C Deaths by 2030` / `Joint Statement of the …`, `… Network` / `Readout`)
  if (titleAbove(lines, index, wrap)) return !/\d/u.test(line) && !LINE_END.test(line) && longWordsCapitalised(line) && !opensOnKind(before, line) && !placeOverDate(lines, index)
  if (endsSentence(before) && wrap.adjacentParagraphs) return false
  return wrap.broken.has(index + 1) || LINE_END.test(line)
}

/**
 * Two wrapped lines as one: a word split by a hyphen at the line's end is whole again
 * (`imple-` / `mentation` → `implementation`), an elided word meets the next (`l’` / `accord` →
 * `l’accord`), other lines are joined by a space. A hyphen the word
 * has of its own stays (`long-` / `term` → `long-term`): the document says which, by writing the word
 * elsewhere with its hyphen or without it, or else by writing both parts as words of their own.
 * @param previous the text so far
 * @param line the line that carries it on
 * @param document the whole text, where the word is looked for (none: the hyphen goes)
 * @returns the joined text
 */
export function joinWrapped(previous: string, line: string, document = ''): string {
  const before = previous.trimEnd()
  const text = line.trim()
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(text)) {
    return ownHyphen(before.match(/[\p{L}\p{M}]+-$/u)![0].slice(0, -1), text.match(/^[\p{L}\p{M}]+/u)![0], document) ? before + text : before.slice(0, -1) + text
  }
  if (matches('elision', before.slice(-12)) && /^[\p{L}]/u.test(text)) return before + text
  return `${before} ${text}`
}

/** The words of a text in lower case, with the hyphens inside them. */
function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? [])
}

/**
 * The words a document writes: all of them, those written before no hyphen that ends a line, and those
 * that open no line (a half counts as a word only where no line split puts it). Made once per document:
 * a text pasted from a PDF asks at every split word.
 */
let documentWords: {document: string; all: Set<string>; notBeforeSplit: Set<string>; notOpeningLine: Set<string>} | undefined

function wordsOfDocument(document: string): NonNullable<typeof documentWords> {
  if (documentWords?.document !== document) {
    documentWords = {
      document,
      all: wordSet(document),
      notBeforeSplit: wordSet(document.replace(/[\p{L}\p{M}]+-[ \t]*$/gmu, ' ')),
      notOpeningLine: wordSet(document.replace(/^[ \t]*[\p{L}\p{M}]+/gmu, ' ')),
    }
  }
  return documentWords
}

/** Whether the document writes `first-second` with its hyphen, rather than as one word split at a line's end. */
function ownHyphen(first: string, second: string, document: string): boolean {
  if (!document) return false
  const words = wordsOfDocument(document)
  const a = first.toLowerCase()
  const b = second.toLowerCase()
  // a word of one letter (`e-mail`, `x-ray`) is no split (a line never breaks a word after its first letter), nor a prefix always written so
  if (a.length === 1 || matches('hyphenPrefix', a)) return true
  if (words.all.has(`${a}-${b}`)) return true
  if (words.all.has(a + b)) return false
  // both halves are words the text uses on their own (`long`, `term`); `imple` and `mentation` are not
  return words.notBeforeSplit.has(a) && words.notOpeningLine.has(b)
}

/** A word, with the apostrophes and hyphens inside it. */
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu

/** How a document writes each word outside its lines in capitals, by the word in lower case; made once per document. */
let writtenFormsOf: {text: string; forms: Map<string, Set<string>>} | undefined

function writtenForms(text: string): Map<string, Set<string>> {
  if (writtenFormsOf?.text === text) return writtenFormsOf.forms
  const forms = new Map<string, Set<string>>()
  for (const line of text.split('\n')) {
    const lineLetters = line.replace(/[^\p{L}]/gu, '')
    if (!lineLetters || lineLetters === lineLetters.toUpperCase()) continue
    for (const word of line.match(WORD) ?? []) {
      const key = word.toLowerCase()
      if (!forms.has(key)) forms.set(key, new Set())
      forms.get(key)!.add(word)
    }
  }
  writtenFormsOf = {text, forms}
  return forms
}

/**
 * A point's title made from a body written in capitals (a poster's or a notice's, `BUY TWO NEW DEFIBRILLATORS FOR THE PAVILION`), written in
 * sentence case (pages52): each word in capitals as the text writes it outside its lines in capitals, else in lower case, but for an acronym
 * (a word with no vowel, `CPR`, `NHS`, or of two letters that is no word, `UK`); the first letter capitalised. A body with small letters
 * leaves the title as it is.
 * @param title the point's title
 * @param body the point's body
 * @param text the whole document
 * @returns the title in sentence case
 */
export function capitalsPointTitle(title: string, body: string, text: string): string {
  const letters = body.replace(/[^\p{L}]/gu, '')
  if (letters.length < 8 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return title
  const seen = writtenForms(text)
  const cased = title.replace(WORD, (word) => {
    if (word !== word.toUpperCase() || word.length < 2) return word
    const lower = word.toLowerCase()
    const forms = seen.get(lower)
    if (forms) return forms.has(lower) ? lower : [...forms][0]
    const acronym = !/[aeiouyàâäéèêëîïôöûùü]/iu.test(word) || (word.length === 2 && !TWO_LETTER_WORDS.has(lower))
    return acronym ? word : lower
  })
  return cased.replace(/^\P{L}{0,3}\p{L}/u, (c) => c.toUpperCase())
}

/**
 * A heading typed in capitals (`EARLY WARNING`, as Word documents set them) written in sentence
 * case: each word as the text writes it elsewhere, in lower case when it is ever written so (a name
 * the text only capitalises keeps its capital, an acronym the text also writes in capitals stays, and
 * so does a pair of letters the text writes nowhere else and no English word is: `UN`, `EU`),
 * the first word capitalised. A heading with small letters is returned as it is.
 * @param heading the heading line's text
 * @param text the whole document
 * @returns the heading as a title
 */
export function headingCase(heading: string, text: string): string {
  const letters = heading.replace(/[^\p{L}]/gu, '')
  if (letters.length < 4 || letters !== letters.toUpperCase()) return heading
  const seen = writtenForms(text)
  return heading.replace(WORD, (word, offset: number) => {
    const forms = seen.get(word.toLowerCase())
    const lower = word.toLowerCase()
    let written = lower
    if (forms && !forms.has(lower)) written = forms.has(word) ? word : [...forms][0]
    else if (!forms && word.length === 2 && !TWO_LETTER_WORDS.has(lower)) written = word
    return offset === 0 ? written.replace(/^\p{L}/u, (c) => c.toUpperCase()) : written
  })
}
