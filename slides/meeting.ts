import type {Readout} from '../scripts/structure/readout.js'
import {catalogueOf, placeAndDateIn} from '../scripts/theme/catalogue/index.js'

// Kept apart from `make-slides.ts` so that the Word writer can use them without loading the deck's
// Markdown writer and YAML (on the Office thread that was ~0.1 s of loading for two short lines).

/** Who met, for titles and metadata: the organisation, else the participants. */
export function meetingBy(readout: Readout): string | undefined {
  return readout.organisation ?? readout.participants
}

/** `Paris, 24–25 June 2019`, or whichever parts are known. */
export function placeAndDate(readout: Readout): string {
  return placeAndDateIn(catalogueOf(readout), readout)
}
