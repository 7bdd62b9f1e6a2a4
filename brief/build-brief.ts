import type {Browser} from 'puppeteer-core'
import {deckMetadata, markedMetadata} from '../slides/build-deck.js'
import {DEFAULT_SETTINGS, type OutputName, type PackSettings} from '../scripts/config/settings.js'
import type {Brand} from '../scripts/config/brand.js'
import {finishPdf} from '../scripts/finish-pdf.js'
import {renderBudgetMs} from '../scripts/render-budget.js'
import {timedSteps, type Step} from '../scripts/steps.js'
import type {Readout} from '../scripts/structure/readout.js'
import type {OutputFile} from '../scripts/write-pack.js'
import {makeDocx} from '../scripts/office-worker.js'
import type {DocxOptions} from './make-docx.js'
import {printBrief} from './print-brief.js'
import {renderBriefHtml} from './template.js'
import {catalogueOf} from '../scripts/theme/catalogue/index.js'

/**
 * The brief stage: `brief.html` from the template, and `brief.pdf` printed by the shared browser
 * with the same metadata as the deck. Only the outputs asked for are made: no browser without an
 * HTML or PDF brief, no PDF print without `brief.pdf`.
 * @param readout the structured readout
 * @param browser the browser the run shares
 * @param step runs and times the steps (`brief`, `DOCX`)
 * @param idle when to start the Word file (it is written on the Office thread, so by default at once)
 * @param settings the pack's settings: marking, paper, issue, outputs
 * @param brand a brand's logo, colours and fonts (the seed's look without it)
 * @param onPrinted called when the browser has printed and captured the brief (before the PDF is finished here), so that it can be closed meanwhile
 * @returns the files asked for among `brief.html`, `brief.pdf`, `brief.docx`, and the page-1 thumbnail when the brief was laid out
 */
export async function buildBrief(readout: Readout, browser: Promise<Browser>, step: Step = timedSteps(), idle?: Promise<void>, settings: PackSettings = DEFAULT_SETTINGS, brand?: Brand, onPrinted?: () => void): Promise<OutputFile[]> {
  const wants = (name: OutputName) => settings.outputs.includes(name)
  const html = renderBriefHtml(readout, settings, brand)
  const plain = deckMetadata(readout)
  const words = catalogueOf(readout)
  const metadata = markedMetadata({...plain, subject: `${words.policyBrief}${words.lang === 'fr' ? '\u00A0' : ''}: ${plain.subject}`}, settings.marking)
  // The Word file is written on the Office thread from now on (or from `idle` on, when given): handed over
  // here, before Marp renders the deck on this thread, not in a later turn (which came only once Marp was
  // done), so that the thread has written both Office files, and ended, before the browser prints.
  const writeDocx = () =>
    step('DOCX', (own) =>
      makeDocx(readout, {title: metadata.title, creator: metadata.author, subject: metadata.subject, keywords: metadata.keywords}, {lang: words.locale, paper: settings.paper === 'letter' ? 'Letter' : 'A4', marking: settings.marking, issued: settings.issued, reference: settings.reference, ...docxBrand(brand)}, own),
    )
  const docx = wants('brief.docx') ? (idle ? idle.then(writeDocx) : writeDocx()) : undefined
  docx?.catch(() => undefined)
  const laidOut = wants('brief.html') || wants('brief.pdf')
  const [printing, docxBytes] = await Promise.all([
    laidOut
      ? step('brief', async () => {
          const printed = await printBrief(await browser, html, {paper: settings.paper, pdf: wants('brief.pdf'), timeoutMs: renderBudgetMs(readout)})
          onPrinted?.()
          return {printed, pdf: printed.pdf && (await finishPdf(printed.pdf, metadata, {retitle: printed.headings}))}
        })
      : undefined,
    docx,
  ])
  const files: OutputFile[] = []
  if (wants('brief.html')) files.push({path: 'brief.html', content: html})
  if (printing?.pdf) files.push({path: 'brief.pdf', content: printing.pdf})
  if (docxBytes) files.push({path: 'brief.docx', content: docxBytes})
  if (printing) files.push({path: 'thumb-brief.png', content: printing.printed.thumbnail})
  return files
}

/** What a brand gives the Word brief: its logo, colours and font. */
function docxBrand(brand?: Brand): DocxOptions {
  if (!brand) return {}
  const logo = brand.logo?.medium
  return {colors: brand.color, font: brand.font.sans.split(',')[0].replace(/['"]/g, '').trim(), ...(logo ? {logo: {data: logo.png, alt: logo.alt, aspect: logo.aspect}} : {})}
}
