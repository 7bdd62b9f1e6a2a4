/**
 * A paragraph's furniture, set aside before its role is read and before it is written as outlook (branch roles44, cause E1 of
 * rounds 33 and 34): a speaker's prefix (`Hon. Mr. Tremblay: …`, `Cllr Ms Hart: …`, `THE CHAIR: …`, `M. le Président. – …`,
 * `Mme Roy : …`), a paragraph's number (`E.2 …`, `58-6 · …`, `C-4 — …`, `MOP6/1 — …`, `§ 12 …`) and, after such a number, the
 * item's own run-in title (`58-6 · Prochaine session : Le Conseil se réunira …`, `C-9 — Timetable. Resolved, that …`), or a run-in
 * heading of the outlook before a sentence of its own (`Next steps: The Board will …`, `Prochaine session : Le Conseil …`).
 * What is left is the paragraph as an editor quotes it. A run-in label before a date or a place stays (`Next Council meeting:
 * Saturday 14 November 2026, Bolzano`, `Prochain comité syndical : jeudi 10 décembre …`): there the label says what the date is.
 */
import type {Reading} from './language.js'

/** A word with its first letter in either case (`[Hh]on`): the patterns below test capitals, so they take no `i` flag. */
const word = (text: string) => text.replace(/(?<![\p{L}\\[])\p{Ll}/gu, (letter) => `[${letter.toUpperCase()}${letter}]`)
/** A title before a speaker's name (`Hon.`, `Mr`, `Cllr`, `Dr.`). */
const TITLE = word(String.raw`(?:the\s+)?(?:(?:hon(?:ourable)?|right\s+hon(?:ourable)?|rt\.?\s+hon)\.?\s+)?(?:(?:mr|mrs|ms|miss|mx|dr|prof|cllr|councillor|sir|dame|madam|senator|deputy|minister)\.?\s+)`)
/**
 * A speaker's prefix: a title and at most three capitalised words, or an office (`The Chair`, `The Speaker`), or a name in
 * capitals (`MS HART`), then a colon and a capital; French `M. le Président. –`, `Mme la Présidente. –`, `M. Dupont. –`, `Mme Roy
 * :`, `Le Président :`.
 */
const SPEAKER = new RegExp(
  [
    // (a spaced dash after the name as a colon: `Ms DOW - The Forum …`, `Mr Evans – We …`, `MS HART — …`, Hansard's and a transcript's way; roles45)
    String.raw`^${TITLE}{1,3}(?:\p{Lu}[\p{L}'’.-]*\s*){1,3}(?::|(?<=\s)[-–—])\s+(?=\p{Lu})`,
    word(String.raw`^(?:the\s+)?(?:chair(?:person|man|woman)?|speaker|deputy\s+speaker|presiding\s+officer|premier|mayor|president|secretary|treasurer)`) + String.raw`(?:\s*\([^)]{1,60}\))?:\s+(?=\p{Lu})`,
    String.raw`^(?:\p{Lu}{2,}\.?\s+){1,3}\p{Lu}{2,}(?::|\s[-–—])\s+(?=\p{Lu})`,
    word(String.raw`^(?:m\.|mme|mlle|monsieur|madame|me|dr)\s+(?:(?:le|la)\s+)?`) + String.raw`\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3}?\s*(?:\.\s*[–—-]|\s[–—]|\s?:)\s+(?=\p{Lu})`,
    word(String.raw`^(?:le|la)\s+(?:pr[ée]sidente?|ministre|maire|rapporteure?|secr[ée]taire)`) + String.raw`\s*(?:\.\s*[–—-]|\s[–—]|\s?:)\s+(?=\p{Lu})`,
  ].join('|'),
  'u',
)

/**
 * A paragraph's number: a section letter and a number (`E.2`, `C-4`, `B.1.3`), a session and a number with a separator (`58-6 ·`,
 * `2026/14 —`), a code (`MOP6/1 —`), a section sign (`§ 12`), a decimal number (`3.2`) before a capital, a number in brackets
 * (`(5.1)`, `[12]`, `(3)`: roles45, bookbinding-36's `(5.1) The Council will next meet …`). Plain `1.` or `(a)` are
 * list markers, set aside by the list reader already.
 */
const NUMBER = /^(?:[A-Z]{1,3}[.-]\d{1,3}(?:\.\d{1,3})?|[([]\d{1,3}(?:\.\d{1,3}){0,2}[)\]]|\d{1,4}[-–/]\d{1,3}(?=\s*[·•|—–:])|[A-Z]{2,8}\d{0,3}\/\d{1,3}|§\s?\d{1,3}|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\s*(?:[·•|—–:]\s*|\s(?=\p{Lu}))(?=\p{Lu}|[«“"])/u

/** An item's run-in title after its number: a few words before a colon, or before a full stop and a capital (`Prochaine session :`, `Timetable.`). */
const ITEM_TITLE = /^[^:.;!?]{2,60}?\s?:\s+(?=\p{Lu})|^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}\.\s+(?=\p{Lu})/u
/** A run-in heading before a colon (`Next steps:`, `Prochaine session :`). */
const RUN_IN = /^([^:.;!?]{2,50}?)\s?:\s+(?=\p{Lu})/u
/** Where a remainder opens on a day or a month, a date line after its label (`Saturday 14 November`, `Jeudi 24 septembre`). */
const DATE_FIRST = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?!\p{L})/iu

/**
 * A paragraph without its furniture: its speaker's prefix, its number and the item's run-in title after it, or an outlook heading
 * run in before a sentence that looks ahead of its own.
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 * @returns the paragraph as an editor quotes it (the text itself when it has no furniture)
 */
export function withoutFurniture(text: string, reading: Reading): string {
  let rest = text.replace(SPEAKER, '')
  const number = NUMBER.exec(rest)
  if (number) {
    rest = rest.slice(number[0].length)
    const title = ITEM_TITLE.exec(rest)
    // (the item's title before a sentence of its own: `Prochaine session : Le Conseil se réunira …`)
    if (title && /[.!?]$/u.test(rest)) rest = rest.slice(title[0].length)
    return rest.replace(SPEAKER, '')
  }
  const runIn = RUN_IN.exec(rest)
  if (runIn && reading.outlookHeadings.test(runIn[1].trim())) {
    const after = rest.slice(runIn[0].length)
    if (!DATE_FIRST.test(after) && reading.forwardLooking.test(after.slice(0, 300))) rest = after
  }
  return rest
}

/**
 * Whether a piece of a paragraph is furniture only: a number and an item's title before the sentence cut from it (`C-9 — Timetable.`,
 * `58-6 · Prochaine session :`), or a speaker's prefix (`Hon. Mr. Tremblay:`).
 * @param text the piece, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether nothing but furniture is left in it
 */
export function onlyFurniture(text: string, reading: Reading): boolean {
  // (a sentence of a known shape put after it, the furniture is what `withoutFurniture` takes away before that sentence)
  const probe = 'Then it ends.'
  return text.trim() !== '' && withoutFurniture(`${text.trim()} ${probe}`, reading) === probe
}
