import {PERSON_NOUNS} from './english.js'

/**
 * A point's title names the measure, not who it is for: an editor titles `abolish school fees for
 * girls` “School fees” and `parametric microinsurance for small farmers and fisherfolk`
 * “Parametric microinsurance”, as the point's body says for whom. The complement goes only when
 * the title keeps two words or more (`Training for technicians` stays whole).
 */

/** A title of two or three words, then `for` and the rest. */
const FOR_WHOM = /^(\S+\s+\S+(?:\s+\S+)?)\s+for\s+(.+)$/u
/** An agent noun in the plural that names people (`researchers`, `operators`, `analysts`, `technicians`). */
const AGENT_NOUN = /^\p{L}{3,}(?:ers|ors|ists|ians|ysts)$/u
/** Nouns of people `PERSON_NOUNS` leaves out. */
const MORE_PEOPLE = /^(?:fisherfolk|elderly|tenants)$/

/** Whether a word names people in the plural (`girls`, `fisherfolk`, `researchers`). */
export function namesPeople(word: string): boolean {
  return PERSON_NOUNS.test(word) || MORE_PEOPLE.test(word) || AGENT_NOUN.test(word)
}

/**
 * The title without a last complement that says for whom it is (`School fees for girls` →
 * “School fees”), when that complement names only people, with their modifiers (`small farmers
 * and fisherfolk`, `early-career researchers`), and nothing after them.
 * @param title the title chosen (sentence case)
 * @returns the title without `for …`, or the title unchanged
 */
export function withoutForWhom(title: string): string {
  const match = FOR_WHOM.exec(title)
  if (!match) return title
  const whom = match[2].toLowerCase().split(' ')
  // (`for girls in rural areas`, `for the use of …`: more than who)
  if (whom.some((word) => /^(?:of|in|on|to|from|with|by|at|the|a|an)$/.test(word))) return title
  const and = whom.indexOf('and')
  const heads = [whom[whom.length - 1], ...(and > 0 ? [whom[and - 1]] : [])]
  return heads.every(namesPeople) ? match[1] : title
}

/**
 * Whether a title only names who a measure is for: the sentence has it right after `for` (`a training certificate for green roof
 * installers`, `a grant scheme for private owners`), and its head names people.
 * @param title the title (sentence case)
 * @param sentence the sentence it was made from
 */
export function onlyForWhom(title: string, sentence: string): boolean {
  const words = title.toLowerCase().split(' ')
  // (not an activity, `clearing water containers`)
  if (words.some((word) => /^(?:of|in|on|to|from|with|by|at|for|and)$|ing$/.test(word)) || !namesPeople(words[words.length - 1])) return false
  const at = sentence.toLowerCase().indexOf(title.toLowerCase())
  return at > 0 && /\bfor\s+(?:the\s+|all\s+|their\s+|its\s+|our\s+)?$/.test(sentence.slice(Math.max(0, at - 20), at).toLowerCase())
}
