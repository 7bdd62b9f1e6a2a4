import type {Readout} from '../structure/readout.js'
import {catalogueOf, placeIn} from './catalogue/index.js'

/**
 * The credit under the key message, the same in every output (deck, brief, Word, PowerPoint,
 * site): whoever the text says spoke it (`keyMessageSpeaker`, found once when the readout is read),
 * a named person as written (`Dr Ana Ruiz, Minister of Health`), a role without a name with who met
 * (`Chair, East African Resilience Partnership`); else the meeting and its place.
 * @param readout the readout (its `keyMessageSpeaker`, who met and where)
 * @returns the credit, or undefined when the readout has no key message or names neither speaker nor meeting
 */
export function keyMessageCredit(readout: Readout): string | undefined {
  if (!readout.keyMessage) return undefined
  const by = readout.organisation ?? readout.participants
  const speaker = readout.keyMessageSpeaker
  if (speaker) {
    return speaker.role ? [capitalise(speaker.role), by].filter(Boolean).join(', ') : capitalise(speaker.written)
  }
  const place = placeIn(catalogueOf(readout), readout.place)
  return by ? [by, place].filter(Boolean).join(', ') : undefined
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
