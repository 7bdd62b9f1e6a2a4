import JSZip from 'jszip'
import type {Browser} from 'puppeteer-core'
import {describe, expect, it} from 'vitest'
import {buildDeck} from '../../slides/build-deck.js'
import {DEFAULT_SETTINGS} from '../config/settings.js'
import {readoutWith} from './helpers.js'

// The PowerPoint deck's running footer says what the Marp deck's says: one line, a long title
// giving way to where and when, the place left out when the title names it. It used to be the
// whole title with the place and dates, cut at 95 characters: `… Afrique de l’Ouest · Niamey,
// 30 septembre –…` lost its end date, `Lyon meeting · Lyon, 5–6 March 2026` named Lyon twice (look19).

/** Written for this test: a French title too long for the footer, over several days. */
const longTitle = readoutWith({
  title: 'Deuxième forum ministériel sur la filière du sel en Afrique de l’Ouest',
  organisation: 'Alliance ouest-africaine du sel',
  place: 'Niamey',
  dates: {start: '2026-09-30', end: '2026-10-02', display: '30 septembre – 2 octobre 2026'},
  pillars: [{title: 'Qualité', body: 'Les ministres ont adopté une norme commune.'}],
  source: 'sel.txt',
  lang: 'fr',
})

/** Written for this test: a title that names its city. */
const namedCity = readoutWith({
  title: 'Glass Recycling Working Group, Turin meeting',
  organisation: 'Glass Recycling Working Group',
  place: 'Turin',
  dates: {start: '2026-03-05', end: '2026-03-06', display: '5–6 March 2026'},
  pillars: [{title: 'Shared method', body: 'Members agreed on a shared method.'}],
  source: 'glass.txt',
})

/** The text of every footer box on the PowerPoint slide masters (the one 10-point text that is not the slide number). */
async function pptxFooters(pptx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(pptx)
  const masters = Object.keys(zip.files).filter((name) => /^ppt\/slideLayouts\/slideLayout\d+\.xml$/.test(name))
  const texts = new Set<string>()
  for (const name of masters) {
    const xml = await zip.file(name)!.async('string')
    for (const shape of xml.split('<p:sp>').slice(1)) {
      if (!/sz="1000"/.test(shape) || /type="sldNum"/.test(shape)) continue
      const text = [...shape.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1]).join('')
      if (text) texts.add(text)
    }
  }
  return [...texts]
}

/** The Marp deck's running footer, as its front matter writes it (the dates in italics). */
function marpFooter(markdown: string): string {
  const line = /^footer: (.*)$/m.exec(markdown)?.[1] ?? ''
  return line.replace(/^'|'$/g, '').replace(/\*/g, '')
}

describe('the PowerPoint deck’s running footer', () => {
  const never = new Promise<Browser>(() => undefined)
  for (const [name, readout] of Object.entries({longTitle, namedCity})) {
    it(`is the Marp deck’s footer, whole (${name})`, async () => {
      const built = await buildDeck(readout, never, undefined, undefined, {...DEFAULT_SETTINGS, outputs: ['slides.md', 'slides.pptx']})
      const pptx = built.files.find((file) => file.path === 'slides.pptx')!.content as Uint8Array
      const markdown = built.files.find((file) => file.path === 'slides.md')!.content as string
      const footers = await pptxFooters(pptx)
      expect(footers.length).toBeGreaterThan(0)
      for (const footer of footers) {
        expect(footer).toBe(marpFooter(markdown))
        expect(footer).not.toContain('…')
      }
    }, 60_000)
  }
})
