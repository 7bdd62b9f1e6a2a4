import createDebug from 'debug'
import {nameProblem, sourceName} from './source-name.js'
import {readSource} from './structure/read-source.js'
import type {Readout} from './structure/readout.js'
import {structureSource} from './structure/structure-source.js'
import type {LanguageCode} from './structure/language.js'
import type {OutputFile} from './write-pack.js'
import {writePack} from './write-pack.js'
import type {VFile} from 'vfile'
import {buildBrief} from '../brief/build-brief.js'
import {buildDeck, type BuiltDeck} from '../slides/build-deck.js'
import type {BrowserSession} from './browser.js'
import {manifestOf} from './site/manifest.js'
import {preloadFinishing} from './preload.js'
import {timedSteps} from './steps.js'
import {packPage} from './site/site-pages.js'

const debug = createDebug('briefing-pack:pipeline')

/** What building one source gave. */
export interface PackResult {
  /** The source file, with its messages. */
  file: VFile
  /** The folder name of the pack (`dist/<name>/`). */
  name: string
  /** Set when the pack was built and written. */
  readout?: Readout
  /** The folder the outputs were written to. */
  folder?: string
  /** Names of the files written. */
  written: string[]
}

/** Options for building a pack. */
export interface PackOptions {
  /** Output folder; the pack goes to `outDir/<name>/`. */
  outDir: string
  /** The browser the run shares; launched on first use. */
  session: BrowserSession
  /** Called with the name and duration of each step: structure, slides, PDF, PPTX, brief, write. */
  onStep?: (step: string, milliseconds: number) => void
  /** Called with files that are ready before the rest (the HTML deck), e.g. to show them at once. */
  onEarlyFile?: (name: string, file: OutputFile) => Promise<void>
  /** The language to read the source and write the pack in (`en`, `fr`); detected from the text when not given. */
  lang?: LanguageCode
}

/**
 * Build one source, top to bottom: read the text, structure it into `roadmap.md`, make the deck
 * (Marp) and the brief, print both with the shared browser, add the pack's page of the site, then
 * write every output at once. Problems in the source end up as messages on `result.file`
 * and nothing is written for it.
 * @param sourcePath path of a `.txt` or `.md` source
 * @param options where to write and whom to tell
 * @returns what was built
 */
export async function buildPack(sourcePath: string, options: PackOptions): Promise<PackResult> {
  const name = sourceName(sourcePath)
  const step = timedSteps(options.onStep)

  const file = await readSource(sourcePath)
  const problem = nameProblem(sourcePath)
  if (problem) {
    file.message(problem, {ruleId: 'source-name', source: 'briefing-pack'}).fatal = true
    return {file, name, written: []}
  }
  const structured = await step('structure', () => structureSource(file, {lang: options.lang}))
  if (!structured) return {file, name, written: []}

  const {readout} = structured
  const browser = options.session.browser()
  void browser.then(preloadFinishing, () => undefined)
  let decking: Promise<BuiltDeck>
  let briefing: Promise<OutputFile[]>
  if (options.onEarlyFile) {
    // Watch mode: the HTML deck first; the brief waits until it is out, so nothing competes with it.
    let shown!: () => void
    const deckShown = new Promise<void>((resolve) => (shown = resolve))
    decking = buildDeck(readout, browser, step, (html) => options.onEarlyFile!(name, {path: 'slides.html', content: html}).finally(shown)).finally(shown)
    briefing = deckShown.then(() => buildBrief(readout, browser, step))
  } else {
    // The brief goes to the browser first: it needs no work here, so the browser prints it while
    // this process renders the slides with Marp.
    // The Word brief waits until Marp is done: then this process only waits for the browser.
    let rendered!: () => void
    const slidesRendered = new Promise<void>((resolve) => (rendered = resolve))
    briefing = buildBrief(readout, browser, step, slidesRendered)
    decking = buildDeck(readout, browser, step, async () => rendered()).finally(() => rendered())
  }
  const [deck, brief] = await Promise.all([decking, briefing])

  const manifest = manifestOf(name, readout)
  const site: OutputFile[] = [
    {path: 'index.html', content: packPage(manifest)},
    {path: 'pack.json', content: `${JSON.stringify(manifest, null, 2)}\n`},
  ]
  const files: OutputFile[] = [{path: 'roadmap.md', content: structured.markdown}, ...deck.files, ...brief, ...site]

  const folder = await step('write', () => writePack(options.outDir, name, files))
  debug('wrote %s', folder)
  return {file, name, readout, folder, written: files.map((f) => f.path)}
}
