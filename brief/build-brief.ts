import type {Browser} from 'puppeteer'
import type {Brand} from '../scripts/config/brand.js'
import {deckMetadata} from '../slides/build-deck.js'
import {finishPdf} from '../scripts/finish-pdf.js'
import {timedSteps, type Step} from '../scripts/steps.js'
import type {Readout} from '../scripts/structure/readout.js'
import type {OutputFile} from '../scripts/write-pack.js'
import {makeDocx, type DocxOptions} from './make-docx.js'
import {printBrief} from './print-brief.js'
import {renderBriefHtml} from './template.js'

/**
 * The brief stage: `brief.html` from the template, and `brief.pdf` printed by the shared browser
 * with the same metadata as the deck.
 * @param readout the structured readout
 * @param browser the browser the run shares
 * @param step runs and times the steps (`brief`, `DOCX`)
 * @param idle when to write the Word file: once this process is free (the slides are rendered)
 * @param brand a brand's logo, colours and fonts (the seed's look without it)
 * @returns the files `brief.html`, `brief.pdf`, `brief.docx` and the page-1 thumbnail
 */
export async function buildBrief(readout: Readout, browser: Promise<Browser>, step: Step = timedSteps(), idle: Promise<void> = Promise.resolve(), brand?: Brand): Promise<OutputFile[]> {
  const html = renderBriefHtml(readout, brand)
  const metadata = deckMetadata(readout)
  // The Word file is written while the browser prints, once this process is free (`idle`).
  const docx = idle.then(() => step('DOCX', () => makeDocx(readout, {title: metadata.title, creator: metadata.author, subject: `Policy brief: ${metadata.subject}`, keywords: metadata.keywords}, docxBrand(brand))))
  const [{printed, pdf}, docxBytes] = await Promise.all([
    step('brief', async () => {
      const printed = await printBrief(await browser, html)
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

/** What a brand gives the Word brief: its logo, colours and font. */
function docxBrand(brand?: Brand): DocxOptions {
  if (!brand) return {}
  const logo = brand.logo?.medium
  return {colors: brand.color, font: brand.font.sans.split(',')[0].replace(/['"]/g, '').trim(), ...(logo ? {logo: {data: logo.png, alt: logo.alt, aspect: logo.aspect}} : {})}
}
