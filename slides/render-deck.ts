import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {marpCli} from '@marp-team/marp-cli'
import {BuildError, EXIT} from '../scripts/errors.js'
import {pendingPaths} from '../scripts/write-pack.js'
import {deckThemeCss, MARP_OPTIONS, withDeckFonts} from './marp-engine.js'

/**
 * The deck: marp-cli's bespoke HTML template (keyboard navigation, presenter view, speaker notes),
 * one self-contained file that works from `file://`. marp-cli is run in this process and launches
 * no browser for HTML. The same page is printed to PDF and captured for the PPTX (`print-deck.ts`),
 * so the deck is rendered by Marp once.
 * @param slidesMarkdown the Marp Markdown of the deck
 * @param lang the language of the deck, for the page's `lang` (`en` by default)
 * @returns the HTML
 */
export async function renderPresentableHtml(slidesMarkdown: string, lang = 'en'): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'briefing-pack-marp-'))
  // It holds the source's text: removed also when the run is stopped by a signal.
  pendingPaths.add(folder)
  try {
    const input = path.join(folder, 'slides.md')
    const theme = path.join(folder, 'briefing.css')
    const config = path.join(folder, 'marp.config.json')
    const output = path.join(folder, 'slides.html')
    await Promise.all([
      writeFile(input, slidesMarkdown),
      writeFile(theme, deckThemeCss()),
      writeFile(config, JSON.stringify({options: MARP_OPTIONS, html: false, lang, themeSet: [theme], allowLocalFiles: false})),
    ])
    const {code, log} = await quietly(() => marpCli([input, '--config-file', config, '--no-stdin', '--bespoke.progress', '-o', output]))
    if (code !== 0) throw new BuildError(`marp-cli could not build the HTML deck: ${log.join(' ').replace(/\s+/g, ' ').slice(0, 300)}`, EXIT.renderFailed)
    return withDeckFonts(await readFile(output, 'utf8'), slidesMarkdown)
  } finally {
    await rm(folder, {recursive: true, force: true})
    pendingPaths.delete(folder)
  }
}

let marpTurn: Promise<unknown> = Promise.resolve()

/**
 * Run marp-cli with its console output collected instead of printed. marp-cli keeps global state
 * (its log switch, and here the console), so runs take turns; they are CPU-bound, nothing is lost.
 */
function quietly(run: () => Promise<number>): Promise<{code: number; log: string[]}> {
  const turn = marpTurn.then(async () => {
    const log: string[] = []
    const {warn, error} = console
    console.warn = (...args: unknown[]) => void log.push(args.join(' '))
    console.error = (...args: unknown[]) => void log.push(args.join(' '))
    try {
      return {code: await run(), log}
    } finally {
      console.warn = warn
      console.error = error
    }
  })
  marpTurn = turn.catch(() => undefined)
  return turn
}
