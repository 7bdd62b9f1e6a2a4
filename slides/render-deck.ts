import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {marpCli} from '@marp-team/marp-cli'
import {BuildError, EXIT} from '../scripts/errors.js'
import {escapeHtml} from '../scripts/html.js'
import {createMarp, deckThemeCss, MARP_OPTIONS, withDeckFonts} from './marp-engine.js'

/**
 * The deck to present: marp-cli's bespoke HTML template (keyboard navigation, presenter view,
 * speaker notes), one self-contained file that works from `file://`. marp-cli is run in this
 * process and launches no browser for HTML.
 * @param slidesMarkdown the Marp Markdown of the deck
 * @returns the HTML
 */
export async function renderPresentableHtml(slidesMarkdown: string): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'briefing-pack-marp-'))
  try {
    const input = path.join(folder, 'slides.md')
    const theme = path.join(folder, 'briefing.css')
    const config = path.join(folder, 'marp.config.json')
    const output = path.join(folder, 'slides.html')
    await Promise.all([
      writeFile(input, slidesMarkdown),
      writeFile(theme, deckThemeCss()),
      writeFile(config, JSON.stringify({options: MARP_OPTIONS, html: false, lang: 'en', themeSet: [theme], allowLocalFiles: false})),
    ])
    const {code, log} = await quietly(() => marpCli([input, '--config-file', config, '--no-stdin', '--bespoke.progress', '-o', output]))
    if (code !== 0) throw new BuildError(`marp-cli could not build the HTML deck: ${log.join(' ').replace(/\s+/g, ' ').slice(0, 300)}`, EXIT.renderFailed)
    return withDeckFonts(await readFile(output, 'utf8'))
  } finally {
    await rm(folder, {recursive: true, force: true})
  }
}

/**
 * The deck to print: marp-core's rendering in a bare page whose CSS page size is one slide, so
 * that a shared browser can print it to PDF and capture slide images.
 * @param slidesMarkdown the Marp Markdown of the deck
 * @returns the HTML page and the speaker notes of each slide
 */
export function renderPrintableHtml(slidesMarkdown: string): {html: string; notes: string[]} {
  const marp = createMarp()
  const {html, css, comments} = marp.render(slidesMarkdown)
  const title = /^title:\s*(.*)$/m.exec(slidesMarkdown)?.[1] ?? 'Slides'
  const page = withDeckFonts(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${css}</style>
<style>
@page { size: 1280px 720px; margin: 0; }
html, body { margin: 0; padding: 0; background: #fff; }
div.marpit > svg { display: block; width: 1280px; height: 720px; break-after: page; }
div.marpit > svg:last-child { break-after: auto; }
</style></head><body>${html}</body></html>`)
  return {html: page, notes: comments.map((list) => list.map(stripNoteLabel).join('\n\n'))}
}

/** Run marp-cli with its console output collected instead of printed. */
async function quietly(run: () => Promise<number>): Promise<{code: number; log: string[]}> {
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
}

/** Drop the bracketed guard line that opens every note (see `speakerNotes`). */
function stripNoteLabel(note: string): string {
  return note.replace(/^\[[^\]\n]*\]\n+/, '')
}
