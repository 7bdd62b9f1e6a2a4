import type {Browser} from 'puppeteer'
import {deckMetadata} from '../slides/build-deck.js'
import {finishPdf} from '../scripts/finish-pdf.js'
import {renderBudgetMs} from '../scripts/render-budget.js'
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
 * @param step runs and times the steps (`brief`, `DOCX`)
 * @param idle when to write the Word file: once this process is free (the slides are rendered)
 * @returns the files `brief.html`, `brief.pdf`, `brief.docx` and the page-1 thumbnail
 */
export async function buildBrief(readout: Readout, browser: Promise<Browser>, step: Step = timedSteps(), idle: Promise<void> = Promise.resolve()): Promise<OutputFile[]> {
  const html = renderBriefHtml(readout)
  const metadata = deckMetadata(readout)
  // The Word file is written while the browser prints, once this process is free (`idle`).
  const docx = idle.then(() => step('DOCX', () => makeDocx(readout, {title: metadata.title, creator: metadata.author, subject: `Policy brief: ${metadata.subject}`, keywords: metadata.keywords})))
  const [{printed, pdf}, docxBytes] = await Promise.all([
    step('brief', async () => {
      const printed = await printBrief(await browser, html, renderBudgetMs(readout))
      return {printed, pdf: await finishPdf(printed.pdf, {...metadata, subject: `Policy brief: ${metadata.subject}`}, {retitle: printed.headings})}
    }),
    docx,
  ])
  return [
    {path: 'brief.html', content: html},
    {path: 'brief.pdf', content: pdf},
    {path: 'brief.docx', content: docxBytes},
    {path: 'thumb-brief.png', content: printed.thumbnail},
  ]
}
