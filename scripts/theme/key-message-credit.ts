import type {Readout} from '../structure/readout.js'
import {catalogueOf, placeIn} from './catalogue/index.js'
import {capitalise} from '../capitalise.js'
import {sameBodyNamed} from './vocabulary.js'

/**
 * Who said the key message, as every output credits it (deck, brief, Word, PowerPoint, site):
 * whoever the text says spoke it (`keyMessageSpeaker`, found once when the readout is read), a
 * named person as written (`Dr Ana Ruiz, Minister of Health`), a role without a name with who met
 * (`Chair, East African Resilience Partnership`).
 * @param readout the readout (its key message, `keyMessageSpeaker` and who met)
 * @returns the credit, or undefined when the text names no one but the meeting
 */
export function speakerCredit(readout: Readout): string | undefined {
  const speaker = readout.keyMessageSpeaker
  if (!readout.keyMessage || !speaker) return undefined
  const chair = speaker.role ? chairNamed(readout, speaker.role) : undefined
  if (chair) return chair
  const by = creditedMeeting(readout)
  return speaker.role ? roleOfMeeting(capitalise(speaker.role), by) : capitalise(speaker.written)
}

/**
 * The chair by name, where the text credits the quote to the chair alone (`a rappelé le président`, `the Chair said`)
 * and its dateline says who chaired (`sous la présidence de M. Jean-Marc Delpech, …`, `chaired by Ms Ana Ruiz`): the
 * name and the role (`M. Jean-Marc Delpech, président`, `Ms Ana Ruiz, Chair`), not the role with the body's name.
 */
function chairNamed(readout: Readout, role: string): string | undefined {
  const words = catalogueOf(readout)
  if (!words.chairRole.test(role.trim())) return undefined
  const name = readout.dateline ? words.chairedBy.exec(readout.dateline)?.groups?.name : undefined
  const bare = role.trim().replace(/^(?:the|la|le)\s+/iu, '')
  return name ? `${name}, ${readout.lang === 'fr' ? bare.toLowerCase() : capitalise(bare)}` : undefined
}

/**
 * A role with who met: joined to the body's name when the role already points at that body by its first
 * word after an article (`Président de l’Assemblée` + `Assemblée des sentiers du Massif central` -> `Président de
 * l’Assemblée des sentiers du Massif central`, not `…, Assemblée des sentiers …`: the body named twice),
 * the role alone when it ends on the whole name, else the two with a comma (`Chair, East African
 * Resilience Partnership`).
 * @param role the role, capitalised
 * @param by who met, as the credit names them
 * @returns the credit
 */
export function roleOfMeeting(role: string, by: string | undefined): string {
  if (!by) return role
  if (role.toLowerCase().endsWith(by.toLowerCase())) return role
  const body = by.replace(/^(?:the|l[ae]|les)\s+|^l['’]/iu, '')
  const first = /^\p{Lu}[\p{L}-]*/u.exec(body)?.[0]
  // the body's word after an article (`of the Board`, `de l’Assemblée`, `du Conseil`): `Minister of Health` names no body
  const last = /(?:\b[Tt]he\s+|\b[Ll]['’]|\b(?:[Ll][ae]|du)\s+)(\p{Lu}[\p{L}-]*)$/u.exec(role)?.[1]
  return first && last === first && body.length > first.length ? `${role}${body.slice(first.length)}` : `${role}, ${by}`
}

/**
 * The credit under the key message where it stands alone (the deck's statement slide): who said it
 * (`speakerCredit`), else the meeting and its place. The brief, the Word file and the site name the
 * meeting right above the quote, so they show only `speakerCredit`.
 * @param readout the readout
 * @returns the credit, or undefined when the readout has no key message or names neither speaker nor meeting
 */
export function keyMessageCredit(readout: Readout): string | undefined {
  if (!readout.keyMessage) return undefined
  const by = creditedMeeting(readout)
  const place = placeIn(catalogueOf(readout), readout.place)
  return speakerCredit(readout) ?? (by ? [by, place].filter(Boolean).join(', ') : undefined)
}

/** Most characters of who met in a credit: a longer list of who took part (`Ministres chargés de l’agriculture et de l’alimentation de neuf pays …`) reads as a paragraph under the quote, not a credit. */
const CREDIT_WHO_MET_CHARS = 60

/** Who met as a credit names them: the body, else who took part when that is short enough for a credit line. */
function creditedMeeting(readout: Readout): string | undefined {
  if (readout.organisation) return sameBodyNamed(readout) ?? readout.organisation
  return readout.participants && readout.participants.length <= CREDIT_WHO_MET_CHARS ? readout.participants : undefined
}
