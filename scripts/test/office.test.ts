import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import JSZip from 'jszip'
import {SaxesParser} from 'saxes'
import sharp from 'sharp'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {makeDocx} from '../../brief/make-docx.js'
import {makePptx} from '../../slides/make-pptx.js'
import {makeSlides, type Slide} from '../../slides/make-slides.js'
import type {Readout} from '../structure/readout.js'
import {typeset} from '../theme/typography.js'
import {xmlSafe} from '../xml-text.js'
import {HOSTILE_LITERALS, HOSTILE_READOUT} from './hostile.js'
import {TestBuild} from './pack.js'
import {flat} from './pdf.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const seedText = readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8')
/** The seed with ESC, BEL and U+0001 in its title, key message, a pillar and the outlook. */
const CONTROL_READOUT = seedText
  .replace('Paris Roadmap', 'Paris\u001b Roadmap')
  .replace('The fight against Daesh', 'The fight\u0007 against Daesh')
  .replace('Tackle global networks', 'Tackle\u0001 global networks')
  .replace('We have come a long way', 'We have\u001b[31m come a long way')

const build = new TestBuild()
const packs: Record<string, {folder: string; readout: Readout}> = {}
const work = mkdtempSync(path.join(tmpdir(), 'bp-office-'))

beforeAll(async () => {
  packs.seed = (await build.file(path.join(fixtures, 'seed/input.txt'))) as never
  packs.five = (await build.text('five.txt', readFileSync(path.join(fixtures, 'five-pillars-bullets/input.txt'), 'utf8'))) as never
  packs.hostile = (await build.text('hostile.txt', HOSTILE_READOUT)) as never
  packs.control = (await build.text('control.txt', CONTROL_READOUT)) as never
}, 180_000)
afterAll(async () => {
  await build.close()
  rmSync(work, {recursive: true, force: true})
})

/** Every part of an Office file, by name, as text (XML) or bytes. */
async function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = new Map<string, string>()
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) parts.set(name, /\.(?:xml|rels)$/.test(name) ? await zip.files[name].async('string') : '(binary)')
  return parts
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&')

/** The text of every `<tag>` element (e.g. `a:t`, `w:t`) of an XML part, unescaped. */
function texts(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => unescape(m[1]))
}

/** Parse an XML part with a strict XML 1.0 parser; the first error, if any. */
function wellFormed(xml: string): string | undefined {
  const parser = new SaxesParser({xmlns: true})
  let problem: string | undefined
  parser.on('error', (error) => {
    problem ??= error.message
  })
  parser.write(xml).close()
  return problem
}

/** Shapes (`<p:sp>`) of a slide with their placeholder type and their text. */
function shapes(xml: string): Array<{placeholder?: string; text: string[]}> {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => ({placeholder: /<p:ph [^>]*type="(\w+)"/.exec(m[1])?.[1], text: texts(m[1], 'a:t')}))
}

const slideXml = (parts: Map<string, string>, n: number) => parts.get(`ppt/slides/slide${n}.xml`)!
const notesOf = (parts: Map<string, string>, n: number) => flat(texts(parts.get(`ppt/notesSlides/notesSlide${n}.xml`) ?? '', 'a:t').join(' '))
const read = (name: string, file: string) => readFileSync(path.join(packs[name].folder, file))

describe.each(['seed', 'five'])('slides.pptx of %s', (name) => {
  let parts: Map<string, string>
  let deck: Slide[]
  beforeAll(async () => {
    parts = await unzip(read(name, 'slides.pptx'))
    deck = makeSlides(packs[name].readout).slides
  })

  it('has one slide per deck slide, each with its title in a title placeholder', () => {
    const slides = [...parts.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p))
    expect(slides).toHaveLength(deck.length)
    deck.forEach((_, index) => {
      const titles = shapes(slideXml(parts, index + 1)).filter((s) => s.placeholder === 'title')
      expect(titles, `slide ${index + 1}`).toHaveLength(1)
      expect(titles[0].text.join('').length).toBeGreaterThan(0)
    })
    expect(slideXml(parts, 1)).toContain('<p:ph type="title"/>')
  })

  it('puts each pillar title in the title placeholder of its own slide, and its full body in that slide’s notes', () => {
    const readout = packs[name].readout
    readout.pillars.forEach((pillar, i) => {
      const index = deck.findIndex((slide) => slide.kind === 'pillar' && slide.title === pillar.title)
      expect(index).toBeGreaterThan(0)
      const title = shapes(slideXml(parts, index + 1)).find((s) => s.placeholder === 'title')!
      expect(title.text.join(''), `pillar ${i + 1}`).toBe(pillar.title)
      expect(notesOf(parts, index + 1)).toContain(flat(typeset(pillar.body, readout.lang)))
    })
  })

  it('has every point and key figure of the deck as text, points in a body placeholder', () => {
    deck.forEach((slide, index) => {
      const slideShapes = shapes(slideXml(parts, index + 1))
      const all = slideShapes.flatMap((s) => s.text)
      const body = slideShapes.filter((s) => s.placeholder === 'body').flatMap((s) => s.text)
      for (const point of slide.content.points ?? []) expect(body, `slide ${index + 1}`).toContain(point)
      // (a figure's unit may be on a line of its own under its number: `€1.2` / `billion` in a third of the slide)
      for (const figure of slide.content.figures ?? []) {
        expect(all).toContain(figure.label)
        expect(all.join(' ')).toContain(figure.value)
      }
    })
  })

  it('has no picture anywhere, slide numbers, the theme font with a sans fallback class, and document properties', () => {
    for (const [part, xml] of parts) expect(xml, part).not.toContain('<p:pic>')
    expect([...parts.keys()].filter((p) => p.startsWith('ppt/media/'))).toEqual([])
    expect(slideXml(parts, 2)).toContain('type="slidenum"')
    expect(slideXml(parts, 2)).toMatch(/<a:latin typeface="Source Sans 3" pitchFamily="34"/)
    expect(parts.get('ppt/theme/theme1.xml')).toMatch(/<a:majorFont><a:latin typeface="Source Sans 3" panose="020B\d+" pitchFamily="34"/)
    const core = parts.get('docProps/core.xml')!
    const readout = packs[name].readout
    expect(texts(core, 'dc:title')).toEqual([readout.title])
    expect(texts(core, 'dc:creator')).toEqual([readout.organisation ?? readout.participants])
    expect(texts(core, 'dc:subject')[0]).toContain(readout.roadmap ?? readout.title)
    expect(texts(parts.get('docProps/app.xml')!, 'Company')).toEqual([readout.organisation ?? readout.participants])
  })

  it('has only well-formed XML parts', () => {
    for (const [part, xml] of parts) if (xml !== '(binary)') expect(wellFormed(xml), part).toBeUndefined()
  })
})

describe.each(['seed', 'five'])('brief.docx of %s', (name) => {
  let parts: Map<string, string>
  beforeAll(async () => {
    parts = await unzip(read(name, 'brief.docx'))
  })

  it('has each pillar title in a heading-styled paragraph, every body, and the figures as a table', () => {
    const document = parts.get('word/document.xml')!
    const paragraphs = [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => ({style: /<w:pStyle w:val="(\w+)"\/>/.exec(m[1])?.[1], text: texts(m[1], 'w:t').join('')}))
    const readout = packs[name].readout
    for (const pillar of readout.pillars) {
      expect(paragraphs.find((p) => p.text === pillar.title)?.style, pillar.title).toBe('Heading2')
      // as the outputs set it: typographic quotes, no-break spaces in dates and amounts
      expect(paragraphs.map((p) => p.text)).toContain(typeset(pillar.body, readout.lang))
    }
    expect(paragraphs.find((p) => p.text === readout.title)?.style).toBe('Title')
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(expect.arrayContaining(['Context', 'Key figures']))
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? ''
    for (const figure of readout.figures) expect(texts(table, 'w:t')).toEqual(expect.arrayContaining([figure.value, figure.label]))
    expect(texts(document, 'w:t').join(' ')).toContain(readout.keyMessage!)
  })

  it('has a footer with "Page X of Y" fields, a header with the short title, A4, the language and properties', () => {
    const footers = [...parts.keys()].filter((p) => /^word\/footer\d+\.xml$/.test(p)).map((p) => parts.get(p)!)
    expect(footers.length).toBeGreaterThan(0)
    for (const footer of footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/)
      expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/)
    }
    const readout = packs[name].readout
    const headers = [...parts.keys()].filter((p) => /^word\/header\d+\.xml$/.test(p)).map((p) => texts(parts.get(p)!, 'w:t').join(''))
    expect(headers).toContain(readout.roadmap ?? readout.title)
    expect(parts.get('word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(parts.get('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>')
    expect(parts.get('word/fontTable.xml')).toMatch(/<w:font w:name="Source Sans 3"><w:altName w:val="Arial"\/>/)
    const core = parts.get('docProps/core.xml')!
    expect(texts(core, 'dc:title')).toEqual([readout.title])
    expect(texts(core, 'dc:creator')).toEqual([readout.organisation ?? readout.participants])
    expect(texts(core, 'dc:subject')[0]).toMatch(/^Policy brief: /)
    expect(texts(core, 'cp:keywords')[0]).toContain(readout.pillars[0].title)
    for (const [part, xml] of parts) if (xml !== '(binary)') expect(wellFormed(xml), part).toBeUndefined()
  })
})

describe('Office writer options', () => {
  it('puts a logo with alt text on the slide layouts (the only picture) and the marking on every slide layout', async () => {
    const readout = packs.seed.readout
    const logo = await sharp({create: {width: 200, height: 80, channels: 3, background: '#0b2545'}}).png().toBuffer()
    const bytes = await makePptx({slides: makeSlides(readout).slides, title: readout.title, logo: {data: logo, alt: 'Emblem of the <Coalition> & partners'}, marking: 'OFFICIAL-SENSITIVE'})
    const parts = await unzip(bytes)
    const layouts = [...parts.keys()].filter((p) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(p))
    const withLogo = layouts.filter((p) => parts.get(p)!.includes('<p:pic>'))
    expect(withLogo.length).toBeGreaterThanOrEqual(4)
    for (const layout of withLogo) expect(parts.get(layout)).toContain('descr="Emblem of the &lt;Coalition&gt; &amp; partners"')
    for (const [part, xml] of parts) if (/^ppt\/slides\/slide\d+\.xml$/.test(part)) expect(xml, part).not.toContain('<p:pic>')
    // pptxgenjs stores the logo once per layout that shows it.
    expect([...parts.keys()].filter((p) => p.startsWith('ppt/media/'))).toHaveLength(withLogo.length)
    for (const layout of withLogo) expect(texts(parts.get(layout)!, 'a:t')).toContain('OFFICIAL-SENSITIVE')
    for (const [part, xml] of parts) if (xml !== '(binary)') expect(wellFormed(xml), part).toBeUndefined()
  })

  it('makes a 4:3 deck when asked', async () => {
    const readout = packs.seed.readout
    const parts = await unzip(await makePptx({slides: makeSlides(readout).slides, title: readout.title, size: {width: 10, height: 7.5}}))
    expect(parts.get('ppt/presentation.xml')).toMatch(/<p:sldSz cx="9144000" cy="6858000"/)
  })

  it('puts the marking in the header and footer of every page of the Word brief, on Letter paper, in the language asked', async () => {
    const readout = packs.seed.readout
    const parts = await unzip(await makeDocx(readout, {title: readout.title}, {marking: 'OFFICIAL', paper: 'Letter', lang: 'fr-FR'}))
    const headerFooter = [...parts.keys()].filter((p) => /^word\/(?:header|footer)\d+\.xml$/.test(p))
    expect(headerFooter.length).toBe(4)
    for (const part of headerFooter) expect(texts(parts.get(part)!, 'w:t'), part).toContain('OFFICIAL')
    expect(parts.get('word/document.xml')).toMatch(/<w:pgSz w:w="12240" w:h="15840"/)
    expect(parts.get('word/styles.xml')).toContain('<w:lang w:val="fr-FR"/>')
  })

  it('gives equal bytes for equal input, in one process, with document dates from SOURCE_DATE_EPOCH', async () => {
    const readout = packs.five.readout
    const slides = makeSlides(readout).slides
    const make = () => Promise.all([makePptx({slides, title: readout.title}), makeDocx(readout, {title: readout.title})])
    const [a, b] = [await make(), await make()]
    expect(Buffer.from(a[0]).equals(Buffer.from(b[0]))).toBe(true)
    expect(Buffer.from(a[1]).equals(Buffer.from(b[1]))).toBe(true)
    const saved = process.env.SOURCE_DATE_EPOCH
    process.env.SOURCE_DATE_EPOCH = '1561334400'
    try {
      const [pptx, docx] = await make()
      for (const bytes of [pptx, docx]) expect((await unzip(bytes)).get('docProps/core.xml')).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2019-06-24T00:00:00Z</dcterms:created>')
    } finally {
      if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH
      else process.env.SOURCE_DATE_EPOCH = saved
    }
  })
})

describe('hostile and broken source text stays text', () => {
  it('keeps HTML, Marp directives and math of the source as characters in both files', async () => {
    const pptx = await unzip(read('hostile', 'slides.pptx'))
    const docx = await unzip(read('hostile', 'brief.docx'))
    const pptxText = flat([...pptx].filter(([p]) => /^ppt\/(?:slides|notesSlides)\/\w+\.xml$/.test(p)).flatMap(([, xml]) => texts(xml, 'a:t')).join(' '))
    const docxText = flat(texts(docx.get('word/document.xml')!, 'w:t').join(' '))
    for (const literal of HOSTILE_LITERALS) {
      expect(pptxText).toContain(literal)
      expect(docxText).toContain(literal)
    }
    for (const [part, xml] of [...pptx, ...docx]) {
      expect(xml, part).not.toMatch(/<(?:script|img|iframe|svg|style)\b/)
      if (xml !== '(binary)') expect(wellFormed(xml), part).toBeUndefined()
    }
  })

  it('drops control characters (ESC, BEL, U+0001) so that every part is well-formed XML', async () => {
    const readout = packs.control.readout
    expect(readout.title + readout.pillars[0].title).toMatch(/[\u0001\u0007\u001b]/)
    for (const file of ['slides.pptx', 'brief.docx']) {
      const parts = await unzip(read('control', file))
      for (const [part, xml] of parts) if (xml !== '(binary)') expect(wellFormed(xml), `${file}: ${part}`).toBeUndefined()
      const text = [...parts.values()].join('')
      expect(text).not.toMatch(/[\u0001\u0007\u001b]/)
      expect(text).toContain(xmlSafe(readout.pillars[0].title))
    }
  })

  it('xmlSafe removes exactly what XML 1.0 forbids', () => {
    expect(xmlSafe('a\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b\u001fb')).toBe('ab')
    expect(xmlSafe('tab\tnew\nline\rend')).toBe('tab\tnew\nline\rend')
    expect(xmlSafe('lone \ud800 high, lone \udc00 low, pair \ud83d\ude00')).toBe('lone  high, lone  low, pair \ud83d\ude00')
    expect(xmlSafe('\ufffe\uffff\ufffd é €')).toBe('\ufffd é €')
  })
})

describe('a real office suite opens both files', () => {
  it('LibreOffice converts slides.pptx and brief.docx to PDFs that show every pillar title', () => {
    const out = path.join(work, 'lo')
    const profile = mkdtempSync(path.join(tmpdir(), 'bp-lo-profile-'))
    try {
      const files = ['slides.pptx', 'brief.docx'].map((file) => path.join(packs.seed.folder, file))
      execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files], {stdio: 'pipe', timeout: 110_000})
      for (const name of ['slides', 'brief']) {
        const text = flat(execFileSync('pdftotext', [path.join(out, `${name}.pdf`), '-'], {encoding: 'utf8'}))
        for (const pillar of packs.seed.readout.pillars) expect(text, name).toContain(pillar.title)
      }
      const slidesPdf = execFileSync('pdfinfo', [path.join(out, 'slides.pdf')], {encoding: 'utf8'})
      expect(Number(/Pages:\s+(\d+)/.exec(slidesPdf)?.[1])).toBe(makeSlides(packs.seed.readout).slides.length)
    } finally {
      rmSync(profile, {recursive: true, force: true})
    }
  }, 120_000)
})
