import type {Browser} from 'puppeteer'
import {deckMetadata} from '../slides/build-deck.js'
import {finishPdf} from '../scripts/finish-pdf.js'
import {timedSteps, type Step} from '../scripts/steps.js'
import type {Readout} from '../scripts/structure/readout.js'
import type {OutputFile} from '../scripts/write-pack.js'
import {makeDocx} from './make-docx.js'
import {printBrief} from './print-brief.js'
import {renderBriefHtml} from './template.js'

/**
 * The brief stage: `brief.html` from the template, and `brief.pdf` printed by the shared browser
 * with the same metadata as the deck.
 * @param readout the structured readout
 * @param browser the browser the run shares
 * @param step runs and times the step (`brief`)
 * @returns the files `brief.html`, `brief.pdf`, `brief.docx` and the page-1 thumbnail
 */
export async function buildBrief(readout: Readout, browser: Promise<Browser>, step: Step = timedSteps()): Promise<OutputFile[]> {
  const html = renderBriefHtml(readout)
  const metadata = deckMetadata(readout)
  const {printed, pdf} = await step('brief', async () => {
    const printed = await printBrief(await browser, html)
    return {printed, pdf: await finishPdf(printed.pdf, {...metadata, subject: `Policy brief: ${metadata.subject}`}, {retitle: printed.headings})}
  })
  // After the print, not beside it (the brief prints while Marp renders the slides): by then the
  // browser usually prints the deck and this process has the time to spare.
  const docx = await step('DOCX', () => makeDocx(readout, {title: metadata.title, creator: metadata.author, subject: `Policy brief: ${metadata.subject}`, keywords: metadata.keywords}))
  return [
    {path: 'brief.html', content: html},
    {path: 'brief.pdf', content: pdf},
    {path: 'brief.docx', content: docx},
    {path: 'thumb-brief.png', content: printed.thumbnail},
  ]
}
