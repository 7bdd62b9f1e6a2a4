import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {packSettings, type ProjectSettings} from '../config/settings.js'
import type {Brand} from '../config/brand.js'
import {makeSlides} from '../../slides/make-slides.js'
import {renderPresentableHtml} from '../../slides/render-deck.js'
import {renderBriefHtml} from '../../brief/template.js'
import {catalogueOf} from '../theme/catalogue/index.js'

/**
 * Run a source through the text stages a save runs on this thread (read, structure, the slide
 * model, Marp's HTML deck, the brief's HTML) and keep nothing: watch mode does it once its first
 * build is written, so that the code of these stages is compiled and optimised by V8 before the
 * first saves rather than on their path. No browser, no file written, no message printed.
 * @param sourcePath the source to read
 * @param settings the project's settings
 * @param brand the brand, if any
 * @returns the stages that ran (`structure`, `slides`, `brief`), fewer when the source has a problem
 */
export async function rehearse(sourcePath: string, settings: ProjectSettings = {}, brand?: Brand): Promise<string[]> {
  const ran: string[] = []
  const file = await readSource(sourcePath)
  const structured = await structureSource(file, {lang: settings.lang})
  if (!structured) return ran
  ran.push('structure')
  const pack = packSettings(settings, file)
  if (!pack) return ran
  const readout = brand?.name && !structured.readout.organisation ? {...structured.readout, organisation: brand.name} : structured.readout
  const deck = makeSlides(readout, {slides: pack.slides, marking: pack.marking, logo: brand?.logo})
  await renderPresentableHtml(deck.markdown, {marking: pack.marking, shape: pack.slides, brand, lang: catalogueOf(readout).lang})
  ran.push('slides')
  renderBriefHtml(readout, pack, brand)
  ran.push('brief')
  return ran
}
