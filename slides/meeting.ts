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

/**
 * Where and when, beside a title in a running header or footer: the date alone when the title
 * already names the place (`Lake Chad Security Partnership in Abuja · 19 October 2023`, not `… in Abuja · Abuja, …`).
 * @param readout the readout
 * @param title the title it stands beside
 * @returns place and date, or the date alone
 */
export function placeAndDateBeside(readout: Readout, title: string | undefined): string {
  const city = readout.place?.split(',')[0].trim()
  const named = city && title && new RegExp(`(^|[^\\p{L}])${city.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(title)
  return named && readout.dates?.display ? readout.dates.display : placeAndDate(readout)
}
