import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {marpCli} from '@marp-team/marp-cli'
import {BuildError, EXIT} from '../scripts/errors.js'
import {escapeHtml} from '../scripts/html.js'
import {readProjectFile} from '../scripts/project-root.js'
import {pendingPaths} from '../scripts/write-pack.js'
import type {Brand} from '../scripts/config/brand.js'
import {deckThemeCss, MARP_OPTIONS, withDeckFonts} from './marp-engine.js'
import type {SlideShape} from './slide-size.js'

/**
 * The deck: marp-cli's bespoke HTML template (keyboard navigation, presenter view, speaker notes),
 * one self-contained file that works from `file://`. marp-cli is run in this process and launches
 * no browser for HTML. The same page is printed to PDF and captured for the PPTX (`print-deck.ts`),
 * so the deck is rendered by Marp once.
 * @param slidesMarkdown the Marp Markdown of the deck
 * @param options `marking`: a protective marking set top and bottom centre of every slide; `shape`: `16:9` or `4:3`; `brand`: a brand's colours and fonts (the seed's look without it); `lang`: the page's language (`en` by default)
 * @returns the HTML
 */
export async function renderPresentableHtml(slidesMarkdown: string, options: {marking?: string; shape?: SlideShape; brand?: Brand; lang?: string} = {}): Promise<string> {
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
      writeFile(theme, deckThemeCss(options.shape, options.brand)),
      writeFile(config, JSON.stringify({options: MARP_OPTIONS, html: false, lang: options.lang ?? 'en', themeSet: [theme], allowLocalFiles: false})),
    ])
    const {code, log} = await quietly(() => marpCli([input, '--config-file', config, '--no-stdin', '--bespoke.progress', '-o', output]))
    if (code !== 0) throw new BuildError(`marp-cli could not build the HTML deck: ${log.join(' ').replace(/\s+/g, ' ').slice(0, 300)}`, EXIT.renderFailed)
    const html = withDeckFonts(await readFile(output, 'utf8'), slidesMarkdown, options.brand)
    return options.marking ? withMarking(html, options.marking) : html
  } finally {
    await rm(folder, {recursive: true, force: true})
    pendingPaths.delete(folder)
  }
}

/**
 * Set a protective marking top and bottom centre of every slide: two elements at the end of each
 * slide's `<section>` (after its content, so no `:first-child` rule of the theme changes), placed
 * in the slide's margins by `slides/marking.css`, added to the page's head. Marp has one header and one footer per
 * slide, and the footer is the running title, so the marking is added to Marp's page.
 * @param html the HTML deck
 * @param marking the marking, e.g. `OFFICIAL-SENSITIVE`
 * @returns the deck with the marking on every slide
 */
export function withMarking(html: string, marking: string): string {
  const text = escapeHtml(marking)
  const marks = `<div class="bp-marking bp-marking-top">${text}</div><div class="bp-marking bp-marking-bottom">${text}</div>`
  const at = html.indexOf('</head>')
  html = `${html.slice(0, at)}<style>${readProjectFile('slides', 'marking.css')}</style>${html.slice(at)}`
  // A slide's section ends its foreignObject; Marp puts its inline script after the last one.
  return html.replace(/<\/section>(?=\s*(?:<\/foreignObject>|<script>))/g, () => `${marks}</section>`)
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
