import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {packSettings, type ProjectSettings} from '../config/settings.js'
import type {Brand} from '../config/brand.js'
import {makeSlides} from '../../slides/make-slides.js'
import {renderPresentableHtml} from '../../slides/render-deck.js'
import {renderBriefHtml} from '../../brief/template.js'
import {catalogueOf} from '../theme/catalogue/index.js'
import {buildDeck} from '../../slides/build-deck.js'
import {buildBrief} from '../../brief/build-brief.js'
import type {Browser} from 'puppeteer-core'

/**
 * Run a source through the stages a save runs outside the browser (read, structure, the slide
 * model, Marp's HTML deck, the brief's HTML on this thread; the PowerPoint and Word files on the
 * Office thread) and keep nothing: watch mode does it as soon as its first build's deck is out,
 * beside that build's prints (`rehearseFirst` in `scripts/cli/run-dev.ts`), so that their code
 * is compiled and optimised by V8 before the first saves rather than on their path
 * (on the Office thread, the first saves' files took 0.6–1.0 s against ~0.1 s later, measured).
 * No browser, no file written, no message printed. A save comes first: `stop` is asked between
 * the stages, and once it says so the rehearsal ends there (the Office files already handed to
 * their thread are not waited for), so that a save never waits for a whole rehearsal.
 * @param sourcePath the source to read
 * @param settings the project's settings
 * @param brand the brand, if any
 * @param stop whether to end now (a save is waiting)
 * @returns the stages that ran (`structure`, `slides`, `brief`, `office`), fewer when the source has a problem or `stop` said so
 */
export async function rehearse(sourcePath: string, settings: ProjectSettings = {}, brand?: Brand, stop: () => boolean = () => false): Promise<string[]> {
  const ran: string[] = []
  if (stop()) return ran
  const file = await readSource(sourcePath)
  if (stop()) return ran
  const structured = await structureSource(file, {lang: settings.lang})
  if (!structured) return ran
  ran.push('structure')
  if (stop()) return ran
  const pack = packSettings(settings, file)
  if (!pack) return ran
  const readout = brand?.name && !structured.readout.organisation ? {...structured.readout, organisation: brand.name} : structured.readout
  // Only the Office files the pack asks for, by the build's own code, on their thread while this
  // one renders: asked for nothing else, the deck and brief stages need no browser (this one never comes).
  const noBrowser = new Promise<Browser>(() => undefined)
  const office = pack.outputs.filter((output) => output === 'slides.pptx' || output === 'brief.docx')
  const only = {...pack, outputs: office}
  const writing = office.length ? Promise.all([buildDeck(readout, noBrowser, undefined, undefined, only, brand), buildBrief(readout, noBrowser, undefined, undefined, only, brand)]) : undefined
  // Awaited below; a failure of the render meanwhile must not leave its rejection unhandled.
  writing?.catch(() => undefined)
  const deck = makeSlides(readout, {slides: pack.slides, marking: pack.marking, logo: brand?.logo})
  await renderPresentableHtml(deck.markdown, {marking: pack.marking, shape: pack.slides, brand, lang: catalogueOf(readout).lang})
  ran.push('slides')
  if (stop()) return ran
  renderBriefHtml(readout, pack, brand)
  ran.push('brief')
  if (stop()) return ran
  if (writing) {
    await writing
    ran.push('office')
  }
  return ran
}
