import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {marpCli} from '@marp-team/marp-cli'
import {afterAll, describe, expect, it} from 'vitest'
import {rememberPackedCss, renderBespokeHtml} from '../../slides/bespoke-html.js'
import {deckThemeCss, MARP_OPTIONS} from '../../slides/marp-engine.js'
import {makeSlides} from '../../slides/make-slides.js'
import type {SlideShape} from '../../slides/slide-size.js'
import {catalogueOf} from '../theme/catalogue/index.js'
import {longReadout, structureText} from './helpers.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const work = mkdtempSync(path.join(tmpdir(), 'bp-bespoke-'))
afterAll(() => rmSync(work, {recursive: true, force: true}))

/**
 * The page marp-cli's own command line writes for a deck (what `slides.html` was made with before
 * `bespoke-html.ts`): the reference the in-process page must equal byte for byte.
 */
async function marpCliPage(markdown: string, themeCss: string, lang: string): Promise<string> {
  const folder = mkdtempSync(path.join(work, 'deck-'))
  const [input, theme, config, output] = ['slides.md', 'briefing.css', 'marp.config.json', 'slides.html'].map((name) => path.join(folder, name))
  writeFileSync(input, markdown)
  writeFileSync(theme, themeCss)
  writeFileSync(config, JSON.stringify({options: MARP_OPTIONS, html: false, lang, themeSet: [theme], allowLocalFiles: false}))
  const {warn, error} = console
  console.warn = console.error = () => undefined
  try {
    expect(await marpCli([input, '--config-file', config, '--no-stdin', '--bespoke.progress', '-o', output])).toBe(0)
  } finally {
    console.warn = warn
    console.error = error
  }
  return readFileSync(output, 'utf8')
}

/** The decks the tests build: every fixture readout, a long one, and a numbered one from the corpus. */
async function testDecks(): Promise<Array<{name: string; text: string}>> {
  const named = readdirSync(fixtures, {withFileTypes: true}).flatMap((entry) => {
    const input = ['input.txt', 'input.md'].map((file) => path.join(fixtures, entry.name, file)).find((file) => existsSync(file))
    return entry.isDirectory() && input ? [{name: path.basename(path.dirname(input)) + path.extname(input), text: readFileSync(input, 'utf8')}] : []
  })
  return [...named, {name: 'twelve-long', text: longReadout(12)}, {name: 'trade-numbered-1', text: readFileSync(path.join(import.meta.dirname, 'corpus/trade-numbered-1/input.txt'), 'utf8')}]
}

describe('the bespoke HTML deck made in process', () => {
  it("equals marp-cli's page byte for byte for every test readout, 16:9 and 4:3 with a marking", async () => {
    for (const {name, text} of await testDecks()) {
      const {result, messages} = await structureText(text, name.includes('.') ? name : `${name}.txt`)
      expect(result, messages.join('\n')).toBeDefined()
      if (!result) continue
      const lang = catalogueOf(result.readout).lang
      for (const options of [{}, {slides: '4:3' as SlideShape, marking: 'OFFICIAL-SENSITIVE'}]) {
        const {markdown} = makeSlides(result.readout, options)
        const css = deckThemeCss(options.slides)
        expect(renderBespokeHtml(markdown, css, lang), `${name} ${options.slides ?? '16:9'}`).toBe(await marpCliPage(markdown, css, lang))
      }
    }
  }, 120_000)

  it("equals marp-cli's page for what marp-cli's template treats specially: found title, notes, one keyword, a byte order mark", async () => {
    const decks = [
      '---\nmarp: true\ntheme: briefing\nkeywords: alone\n---\n\n## Second level\n\n# It\'s <the> "title" & more\n\n<!-- A note with <tags>, "quotes" & it\'s -->\n\n---\n\n<!-- lang: fr -->\n\nNo heading <!-- two --> <!-- notes -->\n',
      '\ufeff---\nmarp: true\ntheme: briefing\nlang: fr\nauthor: "Ann <Ed>"\ndescription: \'One "two"\'\nkeywords: [a, b, a, "", c]\n---\n\n# Titre\n',
      '---\nmarp: true\ntheme: briefing\n---\n\nNo heading at all\n',
    ]
    const css = deckThemeCss()
    for (const markdown of decks) expect(renderBespokeHtml(markdown, css, 'en')).toBe(await marpCliPage(markdown, css, 'en'))
  }, 60_000)

  it("equals marp-cli's page when decks of one theme alternate their own styles and sizes (the packed theme is kept per styles and size)", async () => {
    const deck = (directives: string) => `---\nmarp: true\ntheme: briefing\n${directives}---\n\n# Title\n\nText\n`
    const decks = [deck(''), deck('style: "section { color: #123456; }"\n'), deck('size: 4:3\n'), deck('style: "section { color: #654321; }"\nsize: 4:3\n'), deck('')]
    const css = deckThemeCss()
    for (const markdown of decks) expect(renderBespokeHtml(markdown, css, 'en'), markdown).toBe(await marpCliPage(markdown, css, 'en'))
  }, 60_000)

  it('packs a theme once for the same theme, size and options, again when one of them changes', () => {
    const packed: unknown[] = []
    const theme = {css: 'section { color: red; }', width: '1280px', height: '720px'}
    const themeSet = {get: () => theme, pack: (name: string | undefined, options: object) => (packed.push([name, options]), `${theme.css} ${JSON.stringify(options)}`)}
    rememberPackedCss(themeSet as never)
    const first = themeSet.pack('briefing', {after: 'a'})
    expect(themeSet.pack('briefing', {after: 'a'})).toBe(first)
    expect(packed).toHaveLength(1)
    expect(themeSet.pack('briefing', {after: 'b'})).not.toBe(first)
    theme.height = '960px'
    themeSet.pack('briefing', {after: 'a'})
    expect(packed).toHaveLength(3)
  })
})
