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
import type {Brand} from './config/brand.js'
import {manifestOf} from './site/manifest.js'
import {preloadFinishing} from './preload.js'
import {warmOfficeWriters} from './office-worker.js'
import {timedSteps} from './steps.js'
import {packPage} from './site/site-pages.js'
import {needsBrowser, OUTPUT_NAMES, packSettings, type ProjectSettings} from './config/settings.js'
import {packInputs} from './pack-inputs.js'

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
  /** The project's settings (`briefing-pack.yml`, `--config`, `--only`); a source's front matter adds its own. */
  settings?: ProjectSettings
  /** The look from `_brand.yml` (logo, colours, fonts, organisation); the seed's without it. */
  brand?: Brand
  /** The language to read the source and write the pack in (`en`, `fr`); detected from the text when not given. */
  lang?: LanguageCode
  /**
   * Called once this pack needs the browser no more: its deck and brief are printed (or will not
   * be), while their PDFs are still to be finished and the pack written. Called at most once.
   */
  onPrinted?: () => void
  /**
   * Called once the deck is printed (or will not be) and once the brief is: twice a pack, the
   * first time while the other page may still be printing.
   */
  onPagePrinted?: () => void
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
  // The Office writers' thread starts and loads its libraries now, while this one structures
  // and renders and the browser starts (unless the project asks for no Office file).
  if ((options.settings?.only ?? options.settings?.outputs ?? OUTPUT_NAMES).some((output) => output === 'slides.pptx' || output === 'brief.docx')) warmOfficeWriters()
  // Hashed from the text as read here, so the pack records exactly what it was made from.
  const inputs = packInputs(file)
  // Read before Marp renders, which holds this thread: in watch mode a settings file saved meanwhile
  // must not be recorded as what this pack was made from.
  await inputs.catch(() => undefined)
  const structured = await step('structure', () => structureSource(file, {lang: options.lang ?? options.settings?.lang}))
  if (!structured) return {file, name, written: []}

  const settings = packSettings(options.settings ?? {}, file)
  if (!settings) return {file, name, written: []}

  // The brand's organisation stands in where the readout names none (title slide, metadata, site); roadmap.md keeps what the source says.
  const brand = options.brand
  const readout = brand?.name && !structured.readout.organisation ? {...structured.readout, organisation: brand.name} : structured.readout
  // The browser is started only for outputs that need it (the HTML deck or brief, their PDFs).
  const browser = needsBrowser(settings.outputs) ? options.session.browser() : new Promise<never>(() => undefined)
  void browser.then(preloadFinishing, () => undefined)
  let decking: Promise<BuiltDeck>
  let briefing: Promise<OutputFile[]>
  // The browser is free once the deck and the brief are each printed, or settled without printing.
  let toPrint = 2
  const printed = () => {
    options.onPagePrinted?.()
    if (--toPrint === 0) options.onPrinted?.()
  }
  const [deckPrinted, briefPrinted] = [once(printed), once(printed)]
  if (options.onEarlyFile) {
    // Watch mode: the HTML deck first; the brief waits until it is out, so nothing competes with it.
    let shown!: () => void
    const deckShown = new Promise<void>((resolve) => (shown = resolve))
    decking = buildDeck(readout, browser, step, (html) => options.onEarlyFile!(name, {path: 'slides.html', content: html}).finally(shown), settings, brand, deckPrinted).finally(shown)
    briefing = deckShown.then(() => buildBrief(readout, browser, step, undefined, settings, brand, briefPrinted))
  } else {
    // The brief goes to the browser first: it needs no work here, so once Puppeteer is connected
    // the browser prints it while this process renders the slides with Marp. (For a run's first
    // pack the connection itself waits for Marp, which holds this thread: README, Speed.) The Word
    // and PowerPoint files are written on their own thread meanwhile, from the start.
    briefing = buildBrief(readout, browser, step, undefined, settings, brand, briefPrinted)
    decking = buildDeck(readout, browser, step, undefined, settings, brand, deckPrinted)
  }
  // A deck or brief that prints nothing (not asked for, or failed) frees the browser when it settles.
  decking.then(deckPrinted, deckPrinted)
  briefing.then(briefPrinted, briefPrinted)
  const [deck, brief] = await Promise.all([decking, briefing])

  // The site links only the files the pack has; a pack missing one of them is built again.
  const made: OutputFile[] = [{path: 'roadmap.md', content: structured.markdown}, ...deck.files, ...brief]
  const files = [...made.map((f) => f.path), 'index.html', 'pack.json'].sort()
  const manifest = {...manifestOf(name, readout, settings, files), inputs: await inputs}
  const site: OutputFile[] = [
    {path: 'index.html', content: packPage(manifest, brand)},
    {path: 'pack.json', content: `${JSON.stringify(manifest, null, 2)}\n`},
  ]
  const written: OutputFile[] = [...made, ...site]

  const folder = await step('write', () => writePack(options.outDir, name, written))
  debug('wrote %s', folder)
  return {file, name, readout, folder, written: written.map((f) => f.path)}
}

/** A function that does what `run` does the first time it is called, and nothing after. */
function once(run: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    run()
  }
}
