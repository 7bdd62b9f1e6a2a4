import {readFileSync} from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseManifest} from '../site/manifest.js'
import {feedXml} from '../site/site-feed.js'
import {indexPage} from '../site/site-pages.js'
import {TestBuild} from './pack.js'
import {readPdf} from './pdf.js'

/** Text with its no-break and narrow no-break spaces as plain ones, whitespace collapsed. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ')
/** The text runs of an Office part's XML, one space between runs. */
const runs = (xml: string, tag: 'a:t' | 'w:t') => plain([...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1].replace(/&amp;/g, '&')).join(' '))
/** The text of HTML, its tags dropped, `&amp;` and the like read back. */
const htmlText = (html: string) => plain(html.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'"))

// A small readout of our own whose key message a named person says, named before the quote.
const SOURCE = [
  'Ministers of the Lakes Transport Forum met in Kisumu on 14 May 2026.',
  'The Chair, Dr Lena Vos, said: “A ferry that sinks takes a whole village with it.”',
  'Safer boats',
  'Ministers agreed to inspect every passenger ferry on the lakes once a year.',
  'Weather warnings',
  'Ministers agreed to send storm warnings to boat owners by text message from 2027.',
].join('\n\n')
const CREDIT = '— The Chair, Dr Lena Vos'

describe('the key message is credited to whoever said it, in every output (real pipeline, Chromium)', () => {
  const build = new TestBuild()
  const text: Record<string, string> = {}
  let frontMatter = ''

  beforeAll(async () => {
    const {folder} = await build.text('lakes-ferries.txt', SOURCE)
    const brief = await readPdf(path.join(folder, 'brief.pdf'))
    text.brief = plain(brief.pageLines[0].join(' '))
    const pptx = await JSZip.loadAsync(readFileSync(path.join(folder, 'slides.pptx')))
    const slides = await Promise.all(Object.keys(pptx.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map((name) => pptx.file(name)!.async('string')))
    text.pptx = runs(slides.find((xml) => xml.includes('A ferry that sinks')) ?? '', 'a:t')
    text.docx = runs(await (await JSZip.loadAsync(readFileSync(path.join(folder, 'brief.docx')))).file('word/document.xml')!.async('string'), 'w:t')
    const manifest = parseManifest(readFileSync(path.join(folder, 'pack.json'), 'utf8'))!
    text.packPage = htmlText(readFileSync(path.join(folder, 'index.html'), 'utf8'))
    text.index = htmlText(indexPage([manifest]))
    text.feed = plain(feedXml([manifest]))
    frontMatter = readFileSync(path.join(folder, 'roadmap.md'), 'utf8').split('\n---\n')[0]
  }, 180_000)
  afterAll(() => build.close())

  it('the brief PDF, the Word brief and the PowerPoint deck credit the speaker with an em dash under the quote', () => {
    for (const output of ['brief', 'docx']) expect(text[output], output).toContain(`A ferry that sinks takes a whole village with it.” ${CREDIT}`)
    // the deck's quote marks are drawn, not typed
    expect(text.pptx).toContain(`A ferry that sinks takes a whole village with it. ${CREDIT}`)
  })

  it('the pack page, the index and the feed credit the speaker under the quote', () => {
    for (const output of ['packPage', 'index']) expect(text[output], output).toContain(`A ferry that sinks takes a whole village with it.” ${CREDIT}`)
    expect(text.feed).toContain(`<footer>${CREDIT}</footer>`)
  })

  it('roadmap.md’s front matter has no key for it', () => {
    expect(frontMatter).not.toMatch(/Vos|speaker|credit/i)
  })
})
