import type {Browser} from 'puppeteer'
import {deckMetadata} from '../slides/build-deck.js'
import {finishPdf} from '../scripts/finish-pdf.js'
import type {Readout} from '../scripts/structure/readout.js'
import type {OutputFile} from '../scripts/write-pack.js'
import {printBrief} from './print-brief.js'
import {renderBriefHtml} from './template.js'

/**
 * The brief stage: `brief.html` from the template, and `brief.pdf` printed by the shared browser
 * with the same metadata as the deck.
 * @param readout the structured readout
 * @param browser the browser the run shares
 * @returns the files `brief.html`, `brief.pdf` and the page-1 thumbnail
 */
export async function buildBrief(readout: Readout, browser: Promise<Browser>): Promise<OutputFile[]> {
  const html = renderBriefHtml(readout)
  const printed = await printBrief(await browser, html)
  const metadata = deckMetadata(readout)
  const pdf = await finishPdf(printed.pdf, {...metadata, subject: `Policy brief: ${metadata.subject}`}, {retitle: printed.headings})
  return [
    {path: 'brief.html', content: html},
    {path: 'brief.pdf', content: pdf},
    {path: 'thumb-brief.png', content: printed.thumbnail},
  ]
}
