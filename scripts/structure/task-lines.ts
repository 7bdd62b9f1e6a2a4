/**
 * A task line as minutes and shared notes write an action, in any of its forms (branch roles45, cause E of rounds 35 and 36): who
 * does it, then what and often by when. roles43 knew `Name to verb …` only; round 36 wrote `☐ @Kwame Asante — draft … by 30
 * September`. The forms, English and French side by side:
 * - a mention opening the line: `@Kwame — draft …`, `@lea.roy : envoyer …`;
 * - a label that names who: `Action: Priya`, `ACTION – the Clerk`, `Owner: …`, `Responsable : Mme Roy`, `Pilote : …`;
 * - an arrow to someone: `→ Tom: book the hall`, `-> Mme Roy : relancer …`, `⇒ Lee – …`;
 * - who, a colon or a spaced dash, then a task in lower case with its deadline: `Gareth Lloyd — first draft … by 31 October`,
 *   `Mme Roy : relance des mairies avant le 12 mai`; or who with the deadline in brackets: `Priya (by 15 Oct): …`;
 * - French: who, a colon or a dash, then an infinitive (`Mme Roy : envoyer le dossier`), or who `se charge de`, `est chargé de`.
 * `Name to verb` stays English's (`TASK_FORM` in `english.ts`).
 */

/** A list of words in either case, letter by letter (`by|avant` → `[Bb][Yy]|…`): the patterns here test capitals, so they take no `i` flag. */
const anyCase = (words: string) => words.replace(/\p{L}/gu, (letter) => (letter.toLowerCase() === letter.toUpperCase() ? letter : `[${letter.toUpperCase()}${letter.toLowerCase()}]`))

/** Who a task line names: a mention or one to four capitalised words (`@Kwame Asante`, `J. Roy`, `Mme Roy`, `the Clerk`). */
const WHO = String.raw`(?:(?:the|le|la|les)\s+)?@?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|and|et|de|du|&)\s+)?@?\p{Lu}[\p{L}'’.-]*){0,3}`
/** A separator after who: a colon, or a spaced dash. */
const SEPARATOR = String.raw`(?:\s?[:：]|\s[-–—])\s+`
/** A deadline in the task (`by 31 October`, `before the AGM`, `avant le 12 mai`, `d'ici fin juin`, `pour le 3 mars`). */
const DEADLINE = String.raw`(?<!\p{L})(?:by|before|until|no\s+later\s+than|due|avant|d['’]ici|pour\s+le|au\s+plus\s+tard)\s+(?:(?:the|le|la|l['’]|end\s+of|fin|mi-?|next)\s*)*(?:\d|\p{L}+day|${anyCase('january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|agm|ag')}|(?:next|prochaine?)\s)`

/** The forms of a task line both languages share. */
export const TASK_LINE_FORMS = [
  String.raw`^@[\p{L}\p{N}][\p{L}\p{N}._-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*(?:[:：(]|\s[-–—]|\s+\p{Ll})`,
  String.raw`^(?:${anyCase('actions?|owner|lead|responsible|assigned to|who|responsables?|pilotes?|porteurs?|qui')})\s*[:：–—-]\s*@?\p{Lu}`,
  String.raw`^(?:→|->|=>|⇒|➔|➜|➝)\s*${WHO}${SEPARATOR}`,
  String.raw`^${WHO}${SEPARATOR}\p{Ll}[^.!?]{0,200}?${DEADLINE}`,
  String.raw`^${WHO}\s*\((?:by|due|before|avant|pour|d['’]ici|[ée]ch[ée]ance)[^)]{1,30}\)\s*[:：–—-]`,
].join('|')

/** French: who, then an infinitive after a colon or a dash (`Mme Roy : envoyer le dossier`), or `se charge de`, `est chargée de`, `doit`. */
export const FRENCH_TASK_FORM = new RegExp(
  [
    TASK_LINE_FORMS,
    String.raw`^${WHO}${SEPARATOR}(?:(?:re)?\p{Ll}+(?:er|ir|re|oir)|faire|pr[ée]parer)(?!\p{L})`,
    String.raw`^${WHO}\s+(?:se\s+charge(?:ra)?\s+d|(?:est|sont)\s+charg[ée]e?s?\s+d|doi(?:t|vent)\s+\p{Ll}+(?:er|ir|re)(?!\p{L}))`,
  ].join('|'),
  'u',
)
