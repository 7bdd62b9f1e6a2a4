import type {Readout} from '../scripts/structure/readout.js'

// The key-message slide credits whoever said the quote. The reader keeps the quote apart from its
// sentence (`roadmap.md`'s front matter is a contract and has no speaker), so the speaker is found
// here, in the text around the quote: `‘…,’ the Chair said`, `“…,” said Ms Ana Ruiz`,
// `« … », a rappelé le président de la réunion`.

/** Verbs of saying, English: `said`, `told reporters`, `added` … */
const SAID = '(?:said|says|told\\s+(?:reporters|journalists|delegates|ministers|the\\s+\\p{L}+)|added|declared|stressed|noted|warned|insisted|urged|recalled|concluded|remarked|explained|observed|affirmed)'
/** `, the Chair said` (the speaker before the verb) after an English quote's closing mark. */
const ENGLISH_BEFORE = new RegExp(`^\\s*,?\\s*(?<speaker>[^.;:!?“”"‘]{3,90}?),?\\s+${SAID}(?=\\s*(?:[.,;]|(?:at|in|on|during|after|before|when|as)\\b|$))`, 'iu')
/** `, said Dr Ana Ruiz, Minister of Health` (the speaker after the verb), to the sentence's end. */
const ENGLISH_AFTER = new RegExp(`^\\s*,?\\s*${SAID}\\s+(?<speaker>[^;:!?“”"‘]{3,90}?)(?=\\s*(?:[.;]\\s|[.;]?$|,\\s+(?:at|in|on|during|after|before|when|as)\\b))`, 'iu')
/** `, a rappelé le président de la réunion` after a French quote's closing `»`. */
const FRENCH_AFTER =
  /^\s*,\s*(?:a|ont)(?:-t-(?:il|elle))?\s+(?:d[ée]clar[ée]|dit|soulign[ée]|affirm[ée]|rappel[ée]|ajout[ée]|indiqu[ée]|estim[ée]|insist[ée]|conclu|martel[ée]|expliqu[ée]|r[ée]sum[ée]|pr[ée]venu|averti|pr[ée]cis[ée]|observ[ée]|lanc[ée])\s+(?<speaker>[^.;:!?«»]{3,90}?)(?=\s*(?:[.,;]|(?:lors|à|au|en|dans|pendant)(?!\p{L})|$))/iu
/** A speaker who is the meeting itself (`ministers`, `les délégués`): the meeting's credit stays. */
const THE_MEETING = /^(?:the\s+|les\s+|des\s+)?(?:ministers|delegates|participants|members|leaders|partners|mayors|ministres|délégués|participants|membres|dirigeants|partenaires|maires)\b/iu
/** A role without a name (`the Chair`, `le président de la réunion`): up to four words after an article. */
const ROLE = /^(?:the|le|la|l['’])\s*(?<role>\S+(?:\s+\S+){0,3})$/iu

/** Letters and digits only, lower case: to find a quote in its paragraph whatever its marks and spaces. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * Who said the key message, as the slide credits it: a named person as written (`The Coalition’s
 * Chair, Mayor Elena Kosta of Athens`), a role with the meeting (`Chair, East African Resilience
 * Partnership`), or undefined when the text names no one but the meeting (`ministers said`).
 * @param readout the readout
 * @param by who met (the organisation or the participants), for a role without a name
 * @returns the credit, or undefined
 */
export function quoteSpeaker(readout: Readout, by: string | undefined): string | undefined {
  const quote = readout.keyMessage
  if (!quote) return undefined
  const head = letters(quote).slice(0, 40)
  const paragraphs = [...readout.context, ...readout.outlook, ...(readout.dateline ? [readout.dateline] : []), ...readout.pillars.map((pillar) => pillar.body)]
  for (const paragraph of paragraphs) {
    const rest = afterQuote(paragraph, head, letters(quote).length)
    if (rest === undefined) continue
    const match = readout.lang === 'fr' ? FRENCH_AFTER.exec(rest) : (ENGLISH_AFTER.exec(rest) ?? ENGLISH_BEFORE.exec(rest))
    const speaker = match?.groups?.speaker.trim()
    if (!speaker || THE_MEETING.test(speaker)) return undefined
    const role = ROLE.exec(speaker)?.groups?.role
    // a role alone is named with the meeting; a role that names someone (`the Coalition’s Chair, Mayor …`) stands as written
    if (role && !/,/.test(role)) return by ? `${capitalise(role)}, ${by}` : capitalise(role)
    return capitalise(speaker)
  }
  return undefined
}

/** The text right after the quote's closing mark in a paragraph, or undefined when the quote is not there. */
function afterQuote(paragraph: string, head: string, length: number): string | undefined {
  if (!letters(paragraph).includes(head)) return undefined
  // walk the paragraph to where its letters have covered the quote's, then past the closing mark
  let seen = ''
  const start = letters(paragraph).indexOf(head)
  for (let at = 0; at < paragraph.length; at++) {
    if (/[\p{L}\p{N}]/u.test(paragraph[at])) seen += paragraph[at].toLowerCase()
    if (seen.length === start + length) {
      const close = /^[^\p{L}\p{N}]*?[’”"'»]/u.exec(paragraph.slice(at + 1))
      return close ? paragraph.slice(at + 1 + close[0].length) : undefined
    }
  }
  return undefined
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
