// The Office writers and what surrounds them, without a browser: the marking on the slide masters,
// the Word writer's two ways to its parts, a meeting held online in French outputs, and the
// timings the build and the benchmark report.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {SaxesParser} from 'saxes'
import {describe, expect, it} from 'vitest'
import {docxParts, makeDocx} from '../../brief/make-docx.js'
import {deckMetadata} from '../../slides/build-deck.js'
import {makePptx} from '../../slides/make-pptx.js'
import {makeSlides} from '../../slides/make-slides.js'
import {childrenCpuMs, stepMs} from '../bench-office.js'
import {zipReproducibly} from '../reproducible-zip.js'
import {manifestOf} from '../site/manifest.js'
import {packPage} from '../site/site-pages.js'
import {feedXml} from '../site/site-feed.js'
import {timedSteps} from '../steps.js'
import {readoutOf, zipParts} from './helpers.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')

/** The text boxes of an XML part that say `text`, with their top edge in EMU. */
function boxesSaying(xml: string, text: string): Array<{y: number}> {
  return [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].filter((m) => m[1].includes(`<a:t>${text}</a:t>`)).map((m) => ({y: Number(/<a:off x="\d+" y="(\d+)"\/>/.exec(m[1])?.[1])}))
}

describe('slides.pptx marking', () => {
  it('puts the marking at the top and at the bottom of every slide layout, 16:9 and 4:3', async () => {
    const readout = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    for (const size of [{width: 10, height: 5.625}, {width: 10, height: 7.5}]) {
      const found = await zipParts(await makePptx({slides: makeSlides(readout).slides, title: readout.title, marking: 'OFFICIAL-SENSITIVE', size}))
      const layouts = [...found.keys()].filter((name) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name))
      const height = size.height * 914400
      const marked = layouts.filter((name) => boxesSaying(found.get(name)!, 'OFFICIAL-SENSITIVE').length > 0)
      // One layout per kind of slide: title, message, closing, content, figures.
      expect(marked.length, `${size.height}`).toBeGreaterThanOrEqual(5)
      for (const name of marked) {
        const ys = boxesSaying(found.get(name)!, 'OFFICIAL-SENSITIVE').map((box) => box.y)
        expect(ys, name).toHaveLength(2)
        expect(Math.min(...ys), name).toBeLessThan(height * 0.1)
        expect(Math.max(...ys), name).toBeGreaterThan(height * 0.9)
      }
    }
  })
})

describe('slides.pptx logo', () => {
  it('places a logo given with its proportions (a brand’s, without reading it) exactly as one read for them', async () => {
    const readout = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const {default: sharp} = await import('sharp')
    const png = await sharp({create: {width: 200, height: 80, channels: 3, background: '#0b2545'}}).png().toBuffer()
    const make = (aspect?: number) => makePptx({slides: makeSlides(readout).slides, title: readout.title, logo: {data: png, alt: 'Emblem', aspect}})
    const [read, given] = [await make(), await make(2.5)]
    expect([...(await zipParts(given)).values()].some((xml) => xml.includes('descr="Emblem"'))).toBe(true)
    expect(Buffer.from(given).equals(Buffer.from(read))).toBe(true)
  })
})

describe('slides.pptx document properties', () => {
  it('keeps an organisation or brand name with `&` and `<` well-formed in docProps/app.xml (pptxgenjs writes <Company> as given)', async () => {
    const readout = await readoutOf('The Department for Environment, Food & Rural Affairs met in London on 3 March 2024.\n“Rivers <first>.” Said all.\n- Clean water: Partners agreed to act.\n- Farming: Partners agreed to fund.\n')
    const author = deckMetadata(readout).author
    expect(author).toContain('Food & Rural Affairs')
    for (const company of [undefined, 'B1 <script>alert(1)</script> ]]> & <w:p>']) {
      const found = await zipParts(await makePptx({slides: makeSlides(readout).slides, title: readout.title, author, company}))
      for (const [name, xml] of found) {
        const errors: string[] = []
        const parser = new SaxesParser({xmlns: true})
        parser.on('error', (error) => errors.push(error.message))
        parser.write(xml).close()
        expect(errors, name).toEqual([])
      }
      const app = found.get('docProps/app.xml')!
      let text = ''
      const parser = new SaxesParser()
      let inCompany = false
      parser.on('opentag', (tag) => void (inCompany = tag.name === 'Company'))
      parser.on('closetag', () => void (inCompany = false))
      parser.on('text', (chunk) => void (inCompany && (text += chunk)))
      parser.write(app).close()
      expect(text).toBe(company ?? author)
    }
  })
})

describe('brief.docx parts', () => {
  it('gives the same bytes from docx’s compiled parts as from its zip (the path for a docx without `Packer.compiler`)', async () => {
    const {Document, Packer, Paragraph} = await import('docx')
    // The fast path: the Word writer takes the parts from here when docx has it.
    expect(typeof (Packer as unknown as {compiler?: {compile?: unknown}}).compiler?.compile).toBe('function')
    const document = new Document({title: 'Parts', sections: [{children: [new Paragraph('Forages et réseaux <&>')]}]})
    const fromParts = await zipReproducibly(await docxParts(Packer, document))
    const fromZip = await zipReproducibly(await docxParts({toBuffer: (file) => Packer.toBuffer(file)}, document))
    expect(Buffer.from(fromZip).equals(Buffer.from(fromParts))).toBe(true)
    expect((await zipParts(fromParts)).get('word/document.xml')).toContain('Forages et réseaux &lt;&amp;&gt;')
  })
})

describe('a meeting held online, in French outputs', () => {
  const text = readFileSync(path.join(fixtures, 'fr-seed/input.txt'), 'utf8').replace('se sont réunis à Lomé les 3 et 4 octobre 2024', 'se sont réunis en ligne les 3 et 4 octobre 2024')

  it('is “En ligne” wherever the place is shown: slides, metadata, Word brief, site page and feed', async () => {
    const readout = await readoutOf(text, 'en-ligne.txt')
    expect(readout.lang).toBe('fr')
    // The reader records the place as `Online`, in every language; the outputs show it in theirs.
    expect(readout.place).toBe('Online')
    const deck = makeSlides(readout)
    const metadata = deckMetadata(readout)
    const document = (await zipParts(await makeDocx(readout, {title: readout.title}))).get('word/document.xml')!
    const manifest = manifestOf('en-ligne', readout)
    const shown = {slides: deck.markdown, subject: metadata.subject, keywords: metadata.keywords!.join(', '), docx: document, page: packPage(manifest), feed: feedXml([manifest])}
    for (const [where, value] of Object.entries(shown)) {
      expect(value, where).not.toMatch(/\bOnline\b/)
      if (where !== 'subject' || !readout.dateline) expect(value, where).toContain('En ligne')
    }
  })

  it('stays “Online” in English outputs', async () => {
    const readout = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8').replace('in Paris on 24-25 June 2019', 'online on 24-25 June 2019'))
    expect(readout.place).toBe('Online')
    expect(deckMetadata(readout).keywords).toContain('Online')
  })
})

describe('timings', () => {
  it('a step reports the time its work gives as its own, else the time it took', async () => {
    const seen: Record<string, number> = {}
    const step = timedSteps((name, ms) => (seen[name] = ms))
    await step('waited', () => new Promise((resolve) => setTimeout(resolve, 30)))
    await step('elsewhere', async (own) => {
      await new Promise((resolve) => setTimeout(resolve, 30))
      own(7)
    })
    expect(seen.waited).toBeGreaterThanOrEqual(25)
    expect(seen.elsewhere).toBe(7)
  })

  it('the benchmark reads the PPTX and DOCX times from the build’s step lines', () => {
    const out = '  paris-roadmap-2019  structure   139 ms\n  paris-roadmap-2019  DOCX        426 ms\n  paris-roadmap-2019  PPTX        1.02 s\n'
    expect(stepMs(out, 'DOCX')).toBe(426)
    expect(stepMs(out, 'PPTX')).toBe(1020)
    expect(stepMs(out, 'PDF')).toBeNaN()
  })
})

describe('the Office row’s CPU time', () => {
  it('reads user + system time from the children’s line of bash’s `times`', () => {
    expect(childrenCpuMs('0m3.120s 0m0.480s')).toBeCloseTo(3600)
    expect(childrenCpuMs('1m0.500s 0m0.000s')).toBeCloseTo(60_500)
    expect(childrenCpuMs('build failed')).toBeNaN()
  })
})

describe('slides.pptx key figures (issue 11, round 16 look)', () => {
  it('sets a long unit and a long label smaller, so they stay in their cell (was a three-line label over the figure below it)', async () => {
    const readout = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const label = 'la dépense publique consacrée aux engrais et aux semences de nos pays en 2025'
    const figures = [
      {value: '3,7 milliards de dollars', label, sentence: `En 2025, ${label} a atteint 3,7 milliards de dollars.`},
      {value: '12', label: 'pays', sentence: 'Douze pays ont signé.'},
      {value: '80 millions', label: 'personnes', sentence: 'Le sorgho nourrit 80 millions de personnes.'},
      {value: '900', label: 'kilogrammes', sentence: 'Les rendements sont de 900 kilogrammes.'},
      {value: '30 %', label: 'des achats publics', sentence: 'Ils réservent 30 % des achats publics.'},
    ]
    const found = await zipParts(await makePptx({slides: makeSlides({...readout, lang: 'fr', figures}).slides, title: readout.title}))
    // (the slide shows the label cut at a phrase's end to `LIMITS.figureLabelChars`; look45)
    const shown = 'la dépense publique consacrée aux engrais et aux semences'
    const slide = [...found.values()].find((xml) => xml.includes(`${shown}<`))!
    expect(slide).toBeDefined()
    const box = [...slide.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]).find((xml) => xml.includes(shown))!
    // number, unit and label at their sizes, about 0.55 em a character, no taller than their cell (look20: the hero, in a
    // tall column of its own, keeps its label at full size; in a cell of the grid it was set smaller than 14 pt)
    const [w, h] = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(box)!.slice(1).map((v) => Number(v) / 12700)
    const runs = [...box.matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)].map((m) => ({size: Number(/ sz="(\d+)"/.exec(m[1])![1]) / 100, text: /<a:t>([^<]*)<\/a:t>/.exec(m[1])![1]}))
    const tall = runs.reduce((sum, run) => sum + Math.ceil(run.text.length / Math.floor(w / (run.size * 0.55))) * run.size * 1.2, 0)
    expect(tall).toBeLessThanOrEqual(h)
  })
})

describe('slides.pptx pillar slides (look16: points hugged the top half)', () => {
  it('balances a short pillar on the slide: its title ends above the middle, its point starts below it, 16:9 and 4:3', async () => {
    const readout = await readoutOf('Joint Statement of the Lakes Ferry Forum\nKisumu, 4 March 2026\n\nTransport ministers of the Lakes Ferry Forum met in Kisumu on 4 March 2026.\n\nLife jackets\nMinisters agreed to put a life jacket on every seat of every ferry by 2028.\n\nWeather warnings\nEvery port will send storm warnings by text message to boat crews.\n\nInspections\nThe Forum endorsed common rules for inspecting ferries twice a year.\n')
    for (const size of [{width: 10, height: 5.625}, {width: 10, height: 7.5}]) {
      const found = await zipParts(await makePptx({slides: makeSlides(readout).slides, title: readout.title, size}))
      const slide = [...found.entries()].find(([name, xml]) => /^ppt\/slides\/slide\d+\.xml$/.test(name) && xml.includes('life jacket on every seat'))![1]
      const middle = (size.height * 914400) / 2
      const [point] = [...slide.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]).filter((xml) => xml.includes('life jacket on every seat'))
      const [title] = [...slide.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1]).filter((xml) => xml.includes('<a:t>Life jackets</a:t>'))
      const box = (xml: string) => ({y: Number(/<a:off x="\d+" y="(\d+)"\/>/.exec(xml)![1]), h: Number(/<a:ext cx="\d+" cy="(\d+)"\/>/.exec(xml)![1])})
      expect(box(title).y + box(title).h, `${size.height}`).toBeLessThan(middle)
      // the point's box starts below the middle, less than a fifth of the slide under it
      expect(box(point).y, `${size.height}`).toBeGreaterThan(middle - 0.2 * 914400)
      expect(box(point).y, `${size.height}`).toBeLessThan(middle + 0.2 * size.height * 914400)
      // the pillar's numeral, large, beside them
      expect(slide).toMatch(/<a:t>1<\/a:t>/)
    }
  })
})

describe('slides.pptx key figures (look18: `10 millions` broke under its number at the number’s size)', () => {
  const runsOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1])
  it('sets a short unit on its own line when the number and unit do not fit one line of a third of the slide, and keeps it beside the number in a half', async () => {
    const readout = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const five = [
      {value: '2,4 milliards d’euros', label: 'pour le programme', sentence: 'Le programme est doté de 2,4 milliards d’euros.'},
      {value: '8', label: 'pays membres', sentence: 'Huit pays membres se sont réunis.'},
      {value: '10 millions', label: 'habitants des oasis', sentence: 'Les oasis comptent 10 millions d’habitants.'},
      {value: '45 %', label: 'des jeunes partent', sentence: '45 % des jeunes partent.'},
      {value: '15', label: 'forages équipés', sentence: 'Quinze forages sont équipés.'},
    ]
    const third = await zipParts(await makePptx({slides: makeSlides({...readout, lang: 'fr', figures: five}).slides, title: readout.title}))
    const slide = [...third.values()].find((xml) => xml.includes('habitants des oasis'))!
    expect(runsOf(slide)).toContain('10')
    expect(runsOf(slide)).toContain('millions')
    expect(runsOf(slide)).not.toContain('10 millions')
    const two = [
      {value: '€1.1 billion', label: 'for demonstration arrays', sentence: 'Members put €1.1 billion on the table for demonstration arrays.'},
      {value: '6', label: 'gigawatts by 2035', sentence: 'Ministers set a target of 6 gigawatts by 2035.'},
    ]
    const half = await zipParts(await makePptx({slides: makeSlides({...readout, figures: two}).slides, title: readout.title}))
    expect(runsOf([...half.values()].find((xml) => xml.includes('for demonstration arrays'))!)).toContain('€1.1 billion')
  })
})
