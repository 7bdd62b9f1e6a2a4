/**
 * The form of sitting a body met in, said between its verb of meeting and its town (`met in plenary session in Bergen`,
 * `gathered in general assembly in Galway`, `se sont réunis en assemblée générale à Quimperlé`, `s'est réuni en séance plénière à Lyon`):
 * how the body sat, never where, so the town after it is the meeting's place (pending43).
 */

/**
 * Such a form at the start of the text after the verb, in English or French, up to the town's `in` or `à` (not included):
 * `in plenary`, `in (its) annual session`, `in general assembly`, `en assemblée (générale)`, `en séance plénière`, `en session ordinaire`,
 * `en congrès`. Its words are bounded, so it reads in linear time.
 */
const SITTING_FORM = /^\s*(?:in\s+(?:(?:its|their|a|an)\s+)?(?:(?:annual|ordinary|extraordinary|special|full|general|joint|plenary|closed|open)\s+){0,2}(?:plenary|session|assembly|congress|conference)(?:\s+session)?|en\s+(?:(?:s[ée]ance|session|r[ée]union)\s+)?(?:assembl[ée]e|pl[ée]ni[èe]re|session|s[ée]ance|congr[èe]s|conclave)(?:\s+(?:g[ée]n[ée]rale|pl[ée]ni[èe]re|ordinaire|extraordinaire|annuelle|constitutive|publique))?)(?!\p{L})/iu
/** The town's `in` or `à` and its capital right after the form (read apart: under the `i` flag, `\p{Lu}` also takes a small letter). */
const TOWN_NEXT = /^\s+(?:in|à)\s+\p{Lu}/u

/**
 * The text after a verb of meeting without the form of sitting that opens it (see `SITTING_FORM`).
 * @param after the text after the verb
 * @returns the text from the town's `in` or `à` on, or the text as it was when no form of sitting opens it
 */
export function withoutSittingForm(after: string): string {
  const form = SITTING_FORM.exec(after)
  return form && TOWN_NEXT.test(after.slice(form[0].length)) ? after.slice(form[0].length) : after
}
