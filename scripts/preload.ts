import {loadPdfLib} from './finish-pdf.js'

/**
 * Start loading the libraries used only after printing (pdf-lib, sharp) while the browser prints
 * and this process would otherwise wait; the Office writers load theirs on their own thread
 * (`warmOfficeWriters`).
 */
export function preloadFinishing(): void {
  for (const load of [loadPdfLib, () => import('sharp')]) load().catch(() => undefined)
}
