import {loadPdfLib} from './finish-pdf.js'

/**
 * Start loading the library used only after printing (pdf-lib) while the browser prints and this
 * process would otherwise wait; the Office writers load theirs on their own thread
 * (`warmOfficeWriters`). Not sharp: no stage of a build uses it on this thread (the title slide's
 * thumbnail is made small by Chromium itself; a brand's logo is read by `findBrand` before this),
 * and loaded here its native libraries (libvips) were ~6 MiB of this process at the build's peak.
 */
export function preloadFinishing(): void {
  loadPdfLib().catch(() => undefined)
}
