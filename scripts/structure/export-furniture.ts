import {findDates} from './parse-dates.js'
import {FRENCH_CALENDAR} from './french.js'

/**
 * What an app or a site puts around a record when its page is exported or copied whole (pages51), read by its shape in both
 * languages, whichever app it is: an audio player's or a reading time's line, a page's edit stamp, a card's list line, a photo's
 * caption with its credit, a fax's cover marks, an attached file's line, a spreadsheet's sheet line and tabs, a newsletter's
 * browser and forwarding links, its merge tags, and a thread of comments or an activity log at the page's end. None of it is
 * what the record says. Every pattern is bounded: it runs over every line of every source.
 */

/** A glyph an app puts before a button or a box (`▶`, `🎧`, `💬`, `📷`), with its variation selector. */
const GLYPH = String.raw`(?:[\p{So}\p{Extended_Pictographic}▶►▷⏵]\uFE0F?[ \t]*)`
/** A length in minutes (and seconds), as a player or a reading time gives it (`3 min`, `4 minutes`, `2 mn`, `(5 min)`). */
const MINUTES = String.raw`\(?\d{1,2}[ \t\u00A0]*(?:min(?:ute)?s?|mn)\.?(?:[ \t\u00A0]*\d{1,2}[ \t\u00A0]*s)?\)?`

/**
 * An audio player's or a reading time's line over an article (`▶ Listen to this article  3 min`, `🎧 Listen (4 min)`, `Écouter cet article
 * 5 min`, `3 min read`, `Reading time: 4 minutes`, `Temps de lecture : 3 min`, `4 min de lecture`): the page's, never a point.
 */
const PLAYER_OR_READING_TIME = new RegExp(
  String.raw`^${GLYPH}?(?:(?:listen(?:[ \t]+to)?(?:[ \t]+(?:this|the))?(?:[ \t]+(?:article|story|page|post|news|piece|report))?|[ée]couter(?:[ \t]+(?:cet|cette|ce|l['’]))?[ \t]*(?:article|page|actualit[ée]|reportage)?)(?:[ \t\u00A0]*[·|:–—-]?[ \t\u00A0]*${MINUTES})?|(?:(?:estimated[ \t]+)?reading[ \t]+time|read[ \t]+time|temps[ \t]+de[ \t]+lecture|dur[ée]e[ \t]+de[ \t]+lecture|lecture)[ \t]*:?[ \t]*${MINUTES}|${MINUTES}[ \t]+(?:read|listen|de[ \t]+lecture|d['’][ \t]?[ée]coute))$`,
  'iu',
)

/** The label of a page's edit or creation stamp (`Last edited`, `Created by Ana Ruiz`, `Dernière modification`, `Modifié par …`, `Créé le`). */
const STAMP_LABEL = /^(?:last[ \t]+edited(?:[ \t]+time)?|edited|created(?:[ \t]+time)?|date[ \t]+created|last[ \t]+modified|modified|derni[èe]re[ \t]+(?:modification|[ée]dition)|modifi[ée]e?|[ée]dit[ée]e?|cr[ée][ée]e?|date[ \t]+de[ \t]+cr[ée]ation)(?:[ \t]+(?:by|par)[ \t]+[^\t·|•:\n]{1,40}?)?(?:[ \t]+(?:on|at|le|à))?(?:[ \t]*(?::|[·|•])[ \t]*|[ \t]+)(?=\S)/iu
/** A time said from now, as an app stamps an edit or a comment (`3 days ago`, `yesterday`, `il y a 2 jours`, `hier`, `just now`). */
const RELATIVE_TIME = /^(?:\d{1,3}[ \t]*(?:s|sec|seconds?|m|min|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)[ \t]+ago|il[ \t]+y[ \t]+a[ \t]+\d{1,3}[ \t]*(?:s|sec|secondes?|min|minutes?|h|heures?|j|jours?|sem(?:aines?)?|mois|ans?)|yesterday|today|just[ \t]+now|hier|aujourd['’]hui|[àa][ \t]+l['’]instant)(?:[ \t,]+(?:at|à)[ \t]+\d{1,2}(?:[:.h]\d{2})?(?:[ \t]*[ap]\.?m\.?)?)?$/iu
/** An hour after a date (`3:12 PM`, `at 09:12`, `à 15 h 12`, `14h05`). */
const HOUR = /(?:,?[ \t]+(?:at|à))?[ \t]*\d{1,2}(?:[:.]\d{2}|[ \t]?h[ \t]?\d{0,2})(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]*\(?(?:UTC|GMT|CET|CEST|BST)\)?)?$/iu
/** A short date without its year, as an app stamps a comment (`Mar 9`, `9 Mar`, `9 mars`, `March 9`). */
const SHORT_DATE = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|f[ée]vr?|mars|avr|mai|juin|juil|ao[ûu]t|d[ée]c)[\p{L}]*\.?)$/iu

/**
 * Whether a piece of a line is only a stamp's time: a date (with or without its year and its hour) or a time from now.
 * @param text the piece, trimmed
 */
export function isStampTime(text: string): boolean {
  if (text.length > 60 || text === '') return false
  const day = text.replace(HOUR, '').trim().replace(/,$/u, '')
  if (RELATIVE_TIME.test(text) || SHORT_DATE.test(day)) return true
  if (day === '' || !/\d/u.test(day)) return false
  for (const found of [findDates(day), findDates(day, undefined, FRENCH_CALENDAR)]) if (found && found.index === 0 && found.length >= day.replace(/[ \t.]+$/u, '').length - 1) return true
  return false
}

/**
 * Whether a line is a page's edit or creation stamp, its label, a tab, a wide gap or a colon, then its time (`Last edited⇥March 9, 2026 3:12
 * PM`, `Created  2 days ago`, `Dernière modification : 9 mars 2026 à 15 h 12`): when the page was touched, never the meeting's date nor a heading.
 * @param text the line, trimmed
 */
function isEditStamp(text: string): boolean {
  if (text.length > 100) return false
  const label = STAMP_LABEL.exec(text)
  // (as a properties row or a field writes it, its label then a tab, a wide gap or a colon: `Last edited by Ana Ruiz · Oct 15, 2026` under a
  // page's title is read by the title block, which takes its year)
  if (label === null || !/(?::|\t|[ \t]{2})[ \t]*$/u.test(label[0])) return false
  return isStampTime(text.slice(label[0].length).trim())
}

/** A card's list line under its title, as a board app shows it (`in list DONE ✔ · Labels: Council`, `dans la liste Terminé`, `in column Review`). */
const CARD_LIST = /^(?:in[ \t]+(?:list|column|lane)|dans[ \t]+la[ \t]+(?:liste|colonne))[ \t]+\S[^.!?\n]{0,120}$/iu

/**
 * A photo's caption with its credit: a line that opens on a camera's glyph (`📷 The footbridge, closed since the flood.`), or a short one that
 * ends on its credit (`… © Town Hall / J. Smith`, `… (Photo: Ana Ruiz)`, `… Crédit photo : Mairie`): what a picture shows, never a point.
 */
const CAPTION_GLYPH = /^(?:📷|📸|🖼\uFE0F?|🎞\uFE0F?|📹)/u
const CREDIT_END = /(?:^|[\s(])(?:©|\(c\)|photos?[ \t]*:|cr[ée]dits?(?:[ \t]+photos?)?[ \t]*:|credits?[ \t]*:|picture[ \t]*:|image[ \t]*:)[ \t]*[^©.!?:;\n]{2,80}\)?$/iu
/** Most characters of a caption. */
const CAPTION_MOST = 240

/** Whether a line is a photo's caption (`CAPTION_GLYPH`, `CREDIT_END`); a footer's copyright opens on its `©` and is the footer's. */
function isCaption(text: string): boolean {
  if (text.length > CAPTION_MOST) return false
  return CAPTION_GLYPH.test(text) || (!/^(?:©|\(c\)|copyright)/iu.test(text) && CREDIT_END.test(text))
}

/**
 * A fax's or a wire's marks around its pages (`FAX TRANSMISSION`, `Télécopie`, `-more-`, `- suite -`, `END OF TRANSMISSION`, `Fin de
 * transmission`, `Pages: 2 (including cover)`, `Nombre de pages : 3`): the machine's, never the text's.
 */
const FAX_MARK = /^(?:(?:fax|facsimile|t[ée]l[ée]copie)(?:[ \t]+(?:transmission|message|cover(?:[ \t]+sheet)?))?|(?:transmission|bordereau)[ \t]+(?:par[ \t]+|de[ \t]+)?(?:fax|t[ée]l[ée]copie)|end[ \t]+of[ \t]+(?:transmission|fax|message)|fin[ \t]+(?:de[ \t]+(?:la[ \t]+)?)?(?:transmission|t[ée]l[ée]copie)|[-–—(][ \t]*(?:more|suite|[àa][ \t]+suivre)[ \t]*[-–—)]|(?:number[ \t]+of[ \t]+)?pages?[ \t]*:[ \t]*\d{1,3}(?:[ \t]*\([^()\n]{1,40}\))?|nombre[ \t]+de[ \t]+pages[ \t]*:[ \t]*\d{1,3}(?:[ \t]*\([^()\n]{1,40}\))?)$/iu

/** A file's extension, of a document, a sheet, a deck or a picture. */
const EXTENSION = String.raw`(?:xlsx|xlsm|xls|ods|csv|docx|doc|odt|rtf|pdf|pptx|ppt|odp|txt|md|png|jpe?g|gif|zip)`
/**
 * An attached file's line: its name without a space, then its size or its stamp (`work-plan-2026.xlsx · Added 19 Apr 2026`, `devis_toiture.pdf
 * (240 Ko)`): the attachment, never a point. A file's name alone (`council-readout-FINAL.txt`) may head the text as its source's name: the
 * title block reads it.
 */
const ATTACHMENT = new RegExp(String.raw`^${GLYPH}?[\p{L}\d_.()\[\]-]{1,100}\.${EXTENSION}(?:[ \t]*(?:[·|•–—-]|\t)[ \t]*[^.!?\n]{1,60}|[ \t]*\([^()\n]{1,30}\))$`, 'iu')
/** A file's name with its extension as a window's title shows it (`Board decisions log.xlsx`, `Relevé du conseil - mars.docx`): a line of words, no sentence. */
const FILE_TITLE = new RegExp(String.raw`^([^.!?;:\n]{3,120}?[\p{L}\d)])\.${EXTENSION}$`, 'iu')
/**
 * A line without the extension of the file's name it is (`Joint Committee - Decisions log.xlsx` → `Joint Committee - Decisions log`), as an
 * export or a window's title heads a copied sheet or document with it; a name without a space is an attachment's (`isExportFurniture`).
 * @param line one line of the source
 */
export function withoutFileExtension(line: string): string {
  if (line.length > 140) return line
  const title = FILE_TITLE.exec(line.trim())
  return title !== null && /\s/u.test(title[1]) ? line.replace(/\.[\p{L}]{2,4}([ \t]*)$/u, '$1') : line
}
/** A spreadsheet's sheet line over what was copied (`Sheet: 11-Jun-26 (copied A1:E19)`, `Feuille : Séance du 3 mars`, `Worksheet 2: Decisions`). */
const SHEET_LINE = /^(?:sheet|worksheet|feuille|onglet)[ \t]*\d{0,2}[ \t]*:[ \t]*[^.!?\n]{1,80}$/iu
/** A spreadsheet's row of sheet tabs (`Sheet1 | 11-Jun-26 | Archive | +`, `Feuil1  Feuil2  +`): three tabs or more, one a default sheet's name or a `+`. */
function isSheetTabs(text: string): boolean {
  if (text.length > 160) return false
  const parts = text.split(/[ \t]*[|·•][ \t]*|\t+|[ \t]{2,}/u).map((part) => part.trim()).filter((part) => part !== '')
  return parts.length >= 3 && parts.every((part) => /^(?!(?:\S+\s+){3})[^.!?:;]{1,30}$/u.test(part)) && parts.some((part) => part === '+' || /^(?:sheet|feuil(?:le)?|tabelle|hoja)[ \t]?\d{1,2}$/iu.test(part))
}

/**
 * A newsletter's links over its mail (`View in browser`, `View this email online`, `Web version`, `Forward to a friend`, `Voir la version en
 * ligne`, `Afficher dans le navigateur`, `Transférer à un ami`), alone or in a row.
 */
const MAIL_LINK = /^(?:(?:view|read|open|see)[ \t]+(?:(?:this|the|it)[ \t]+(?:e-?mail|newsletter|message|issue|bulletin)?[ \t]*)?(?:in[ \t]+(?:(?:your|a|the)[ \t]+)?(?:web[ \t]+)?browser|online|on[ \t]+the[ \t]+web|as[ \t]+a[ \t]+web[ \t]?page)|(?:web|online|browser)[ \t]+version|forward(?:[ \t]+(?:this|it)(?:[ \t]+(?:e-?mail|newsletter|message))?)?[ \t]+to[ \t]+a[ \t]+(?:friend|colleague)|(?:voir|lire|consulter|afficher|ouvrir)(?:[ \t]+(?:la|cette)[ \t]+(?:version|lettre|newsletter))?[ \t]+(?:en[ \t]+ligne|dans[ \t]+(?:le|votre|un)[ \t]+navigateur)|version[ \t]+(?:en[ \t]+ligne|web|navigateur)|transf[ée]rer(?:[ \t]+(?:cette[ \t]+lettre|ce[ \t]+(?:message|courriel)))?[ \t]+[àa][ \t]+un(?:e)?[ \t]+(?:ami(?:e)?|coll[èe]gue|proche))$/iu
/** Whether a line is a newsletter's link or a row of them (`View in browser | Forward to a friend`). */
function isMailLinks(text: string): boolean {
  if (text.length > 160) return false
  return text.split(/[ \t]*[|·•][ \t]*/u).every((part) => MAIL_LINK.test(part.trim()))
}

/**
 * A mailing tool's merge tag, left as it is in a copy of the mail (`*|FNAME|*`, `*|LIST:ADDRESS|*`, `{{ first_name }}`, `%%FirstName%%`,
 * `[[Prénom]]`): no word of the text.
 */
export const MERGE_TAG = /[ \t]?(?:\*\|[A-Z][A-Z0-9_:]{0,40}\|\*|\{\{[ \t]?[\p{L}\d_.]{1,40}[ \t]?\}\}|%%[\p{L}\d_]{1,30}%%|\[\[[\p{L}\d_ ]{1,30}\]\])/gu

/**
 * A row of a page's properties table as a notes app exports it, the property's name then a tab or a wide gap then its value, for the
 * properties that file the page and say nothing of the meeting (`Status\t✅ Final`, `Type\tBoard meeting`, `Tags\tminutes, board`, `Statut
 * \tValidé`, `Étiquettes\tconseil`): read as text, `Type Board` would be a body. Written with a colon the line may be the text's own.
 */
const PROPERTY_ROW = /^(?:status|statut|[ée]tat|type|tags?|labels?|[ée]tiquettes?|priority|priorit[ée]|owner|propri[ée]taire|assignee|assigned[ \t]+to|assign[ée]e?[ \t]+[àa]|verification|v[ée]rification|category|cat[ée]gorie|created[ \t]+by|cr[ée][ée]e?[ \t]+par|last[ \t]+edited[ \t]+by|modifi[ée]e?[ \t]+par)(?:\t+|[ \t]{2,})[ \t]*\S[^\t\n]{0,60}$/iu

/**
 * Whether a line is a page's or an export's furniture by its shape (see the module's note).
 * @param text the line, trimmed and visible
 */
export function isExportFurniture(text: string): boolean {
  if (text.length > 300) return false
  return PLAYER_OR_READING_TIME.test(text) || isEditStamp(text) || CARD_LIST.test(text) || isCaption(text) || FAX_MARK.test(text) || ATTACHMENT.test(text) || SHEET_LINE.test(text) || isSheetTabs(text) || isMailLinks(text) || PROPERTY_ROW.test(text)
}

/**
 * The heading of a thread of comments or of an activity log at a page's end (`💬 Comments (2)`, `3 comments`, `Comments (4)   Sign in to
 * comment`, `Activity`, `Commentaires (3)`, `Activité`, `Historique`): group 1 its count or its glyph when it has one.
 */
const THREAD_HEADING = /^(?:(\p{Extended_Pictographic}\uFE0F?)[ \t]*)?(?:(\d{1,4})[ \t]+)?(?:comments?|commentaires?|replies|r[ée]ponses|activity|activit[ée]|historique|history|discussion)(?:[ \t]*(\(\d{1,4}\)))?(?:(?:[ \t]{2,}|\t|[ \t]*[·|•][ \t]*)[^.!?\n]{1,60})?$/iu
/** The least share of a text's lines of text before a thread at its end. */
const THREAD_FROM = 0.5

/**
 * Whether a line stands for a comment's author or an activity's entry, stamped with its time: names then the time after a gap, a dot or a bar
 * (`Tom Alvarez  Mar 9`, `Anne Le Goff · il y a 2 jours`), or an entry that ends on its stamp (`Kit Marlow moved this card from DOING to
 * DONE · 19 Apr 2026 at 09:12`).
 * @param text the line, trimmed
 */
function isStampedEntry(text: string): boolean {
  if (text.length > 300) return false
  const at = Math.max(text.lastIndexOf('·'), text.lastIndexOf('|'), text.lastIndexOf('•'), text.lastIndexOf('\t'), text.lastIndexOf('  '))
  return at > 0 && isStampTime(text.slice(at + 1).trim())
}

/**
 * The lines of a thread of comments or of an activity log at a page's end (pages51): from its heading to the end, when the heading, in the
 * text's second half, gives a count or a glyph (`Comments (2)`) or has a stamped entry right under it: who said or did what on the page,
 * never the record.
 * @param texts the document's lines, trimmed
 * @param filled the indexes of the lines with text
 * @returns the indexes of the thread's lines
 */
export function threadAtEnd(texts: string[], filled: number[]): number[] {
  for (let k = Math.ceil(filled.length * THREAD_FROM); k < filled.length; k++) {
    const text = texts[filled[k]]
    if (text.length > 100) continue
    const heading = THREAD_HEADING.exec(text)
    if (!heading) continue
    const next = texts[filled[k + 1]]
    const counted = heading[1] !== undefined || heading[2] !== undefined || heading[3] !== undefined
    if (counted || (next !== undefined && isStampedEntry(next))) return filled.slice(k)
  }
  return []
}
