import {readFileSync} from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import {PDFDocument, PDFHexString, PDFName, PDFString} from 'pdf-lib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {renderBriefHtml} from '../../brief/template.js'
import {makeDocx} from '../../brief/make-docx.js'
import {detectLanguage} from '../structure/language.js'
import {displayDates} from '../structure/parse-dates.js'
import type {Readout} from '../structure/readout.js'
import {ENGLISH_CATALOGUE} from '../theme/catalogue/en.js'
import {FRENCH_CATALOGUE} from '../theme/catalogue/fr.js'
import {structureText} from './helpers.js'
import {TestBuild} from './pack.js'
import {flat, readPdf, type PdfFacts} from './pdf.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const frenchText = readFileSync(path.join(fixtures, 'fr-seed/input.txt'), 'utf8')
const seedText = readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8')

describe('language of a source', () => {
  it('is detected from the text: French, English, and English when the text says nothing', () => {
    expect(detectLanguage(frenchText)).toBe('fr')
    expect(detectLanguage(seedText)).toBe('en')
    expect(detectLanguage('12 34 56\nA. B. C.\n')).toBe('en')
  })

  it('is recorded on the readout, written to roadmap.md only when it is not English, and a setting overrides it', async () => {
    const french = await structureText(frenchText, 'lome.txt')
    expect(french.result?.readout.lang).toBe('fr')
    expect(french.result?.markdown).toMatch(/^lang: fr$/m)
    const seed = await structureText(seedText, 'seed.txt')
    expect(seed.result?.readout.lang).toBe('en')
    expect(seed.result?.markdown).not.toMatch(/^lang:/m)
  })
})

describe('French reading', () => {
  let readout: Readout
  beforeAll(async () => {
    readout = (await structureText(frenchText, 'lome.txt')).result!.readout
  })

  it('reads the dateline with its place and date range, the key message in guillemets and the roadmap’s name', () => {
    expect(readout.organisation).toBe("Partenariat ouest-africain pour l'assainissement")
    expect(readout.place).toBe('Lomé')
    expect(readout.dates).toEqual({start: '2024-10-03', end: '2024-10-04', display: '3–4 octobre 2024'})
    expect(readout.keyMessage).toBe("L'eau potable est un droit, pas un privilège.")
    expect(readout.roadmap).toBe("Feuille de route de Lomé pour l'eau")
    expect(readout.pillars.map((p) => p.title)).toEqual(['Forages et réseaux', 'Écoles et santé', 'Financement'])
    expect(readout.outlook[0]).toMatch(/^Les ministres se retrouveront à Niamey/)
  })

  it('gives the date of issue and the reference in the language of the brief, HTML and Word', async () => {
    const issue = {issued: '2019-06-26', reference: 'GC/2019/041'}
    const html = renderBriefHtml(readout, issue)
    expect(html).toContain('Publié le 26 juin 2019')
    expect(html).toContain('Référence GC/2019/041')
    expect(html).not.toMatch(/Issued|Reference /)
    const docx = await JSZip.loadAsync(await makeDocx(readout, {title: readout.title}, issue))
    const xml = await docx.file('word/document.xml')!.async('string')
    expect(xml).toContain('Publié le 26 juin 2019')
    expect(xml).not.toContain('Issued')
  })

  it('reads numbers grouped with spaces, decimal commas, milliards d’euros, percentages and numbers in words', () => {
    const values = readout.figures.map((f) => f.value)
    expect(values).toEqual(['19', '2,500', '12,000', '35%', '€1.2 billion', '15%', '68%'])
    expect(readout.figures.find((f) => f.value === '68%')?.label).toMatch(/en 2023, contre 52 % en 2015$/)
    expect(readout.figures.find((f) => f.value === '2,500')?.label).toBe("forages à construire d'ici 2027")
  })

  it('never takes part of a grouped number, a day of a date or a year as a figure', async () => {
    const text = `Les ministres du Réseau se sont réunis à Dakar le 19 mai 2022.\n« Nous tiendrons parole. »\n- Écoles : 3 000 écoles et 40\u202F000 enseignantes recevront 1\u00A0200 tablettes lors de la rentrée 2023, et 19 lors de la suivante.\n`
    const figures = (await structureText(text, 'x.txt')).result!.readout.figures
    expect(figures.map((f) => `${f.value} ${f.label}`)).toEqual(['3,000 écoles', '40,000 enseignantes', '1,200 tablettes'])
  })

  it('writes dates with Intl for the language, the first of a month as 1er', () => {
    expect(displayDates('2022-11-30', '2022-12-01', 'fr-FR')).toBe('30 novembre – 1er décembre 2022')
    expect(displayDates('2027-01-01', '2027-01-02', 'fr-FR')).toBe('1er–2 janvier 2027')
    expect(displayDates('2027-01-11', '2027-01-12', 'fr-FR')).toBe('11–12 janvier 2027')
    expect(displayDates('2027-01-01', '2027-01-02', 'en-GB')).toBe('1–2 January 2027')
    expect(displayDates('2019-06-24', '2019-06-25')).toBe('24–25 June 2019')
    expect(displayDates('2019-06-30', '2019-07-01')).toBe('30 June – 1 July 2019')
  })

  it('writes figure values the French way', () => {
    expect(FRENCH_CATALOGUE.formatFigure('€2.4 billion')).toBe('2,4 milliards d’euros')
    expect(FRENCH_CATALOGUE.formatFigure('$1.8 billion')).toBe('1,8 milliard de dollars')
    expect(FRENCH_CATALOGUE.formatFigure('45,000')).toBe('45\u202F000')
    expect(FRENCH_CATALOGUE.formatFigure('60%')).toBe('60\u202F%')
    expect(FRENCH_CATALOGUE.formatFigure('2.5 million')).toBe('2,5 millions')
  })
})

/** The `/Lang` of a PDF's catalogue. */
async function pdfLanguage(file: string): Promise<string | undefined> {
  const doc = await PDFDocument.load(readFileSync(file), {updateMetadata: false})
  const lang = doc.catalog.lookup(PDFName.of('Lang'))
  return lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined
}

/** The English catalogue's fixed words that French says otherwise (`Page` is the same in both). */
function englishWords(): string[] {
  const strings = (catalogue: object): string[] =>
    Object.values(catalogue).flatMap((value) => (typeof value === 'string' ? [value] : Array.isArray(value) ? value : value && typeof value === 'object' && !(value instanceof RegExp) ? strings(value) : []))
  const french = new Set(strings(FRENCH_CATALOGUE).map((s) => s.trim()))
  const phrases = strings(ENGLISH_CATALOGUE)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && !french.has(s) && s !== ENGLISH_CATALOGUE.lang && s !== ENGLISH_CATALOGUE.locale && !s.includes('<'))
  // What the catalogue's functions write in English.
  const three = {roadmap: undefined, pillars: [{title: 'a', body: 'a'}, {title: 'b', body: 'b'}, {title: 'c', body: 'c'}]}
  return [...phrases, ENGLISH_CATALOGUE.pillarsHeading(three).replace('The roadmap ', ''), 'Readout of the meeting', 'billion', 'million', 'since']
}

describe('a French readout gives a French pack (real pipeline, Chromium)', () => {
  const build = new TestBuild()
  const pdfs: Record<string, PdfFacts> = {}
  let french: string
  let english: string

  beforeAll(async () => {
    french = (await build.text('lome.txt', frenchText)).folder
    english = (await build.file(path.join(fixtures, 'seed/input.txt'))).folder
    for (const [name, folder] of [['fr', french], ['en', english]]) {
      pdfs[`${name}-slides`] = await readPdf(path.join(folder, 'slides.pdf'))
      pdfs[`${name}-brief`] = await readPdf(path.join(folder, 'brief.pdf'))
    }
  }, 180_000)
  afterAll(() => build.close())

  it('has no English fixed word in the text of either PDF', () => {
    const words = englishWords()
    expect(words).toEqual(expect.arrayContaining(['Key figures', 'Looking ahead', 'At a glance', 'Context', 'Outlook', 'of', 'in three pillars']))
    for (const pdf of ['fr-slides', 'fr-brief']) {
      const text = pdfs[pdf].text
      const found = words.filter((word) => new RegExp(`(?<!\\p{L})${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(text))
      expect(found, pdf).toEqual([])
    }
  })

  it('uses the French words, dates and figures in both PDFs', () => {
    const slides = flat(pdfs['fr-slides'].text)
    const brief = flat(pdfs['fr-brief'].text)
    for (const text of [slides, brief]) {
      expect(text).toContain('3–4 octobre 2024')
      expect(text).toContain('12 000')
      // the hero figure is set on three lines beside the others: its words, in order
      expect(text).toMatch(/1,2 .*milliard .*d’euros/)
      expect(text).toMatch(/35 %/)
      expect(text).not.toMatch(/(?<![\d ])000 écoles|19 lors/)
    }
    expect(slides).toContain('Chiffres clés')
    expect(slides).toContain('Perspectives')
    expect(slides).toContain("La Feuille de route de Lomé pour l’eau en trois piliers")
    expect(brief).toMatch(/En bref/i)
    expect(brief).toMatch(/Contexte/i)
    // the key message is the pull quote and is not said again in the context
    expect(brief.match(/L’eau potable est un droit/g)).toHaveLength(1)
    expect(brief).toMatch(/Page 1 sur 2/)
    expect(brief).toContain('Compte rendu de la réunion des 3–4 octobre 2024, Lomé.')
    expect(pdfs['fr-slides'].outline).toEqual(expect.arrayContaining(['Message clé', 'Chiffres clés', 'Perspectives']))
    expect(String(pdfs['fr-brief'].info.Subject)).toMatch(/^Note d’information\u00A0: /)
  })

  it('sets lang on every HTML root and in both PDFs, French for the French pack and English for the seed', async () => {
    for (const [folder, lang] of [[french, 'fr'], [english, 'en']]) {
      for (const file of ['slides.html', 'brief.html', 'index.html']) expect(readFileSync(path.join(folder, file), 'utf8'), `${lang} ${file}`).toMatch(new RegExp(`<html[^>]* lang="${lang}"`))
      expect(await pdfLanguage(path.join(folder, 'slides.pdf'))).toBe(lang)
      expect(await pdfLanguage(path.join(folder, 'brief.pdf'))).toBe(lang)
    }
    expect(pdfs['en-slides'].text).toContain('Key figures')
    expect(pdfs['en-brief'].text).toMatch(/Page 1 of \d/)
  })

  it('writes the Word brief and the PowerPoint deck in French, with the French language', async () => {
    const docx = await JSZip.loadAsync(readFileSync(path.join(french, 'brief.docx')))
    const styles = await docx.file('word/styles.xml')!.async('string')
    expect(styles).toMatch(/<w:lang w:val="fr-FR"/)
    const text = [await docx.file('word/document.xml')!.async('string'), await docx.file('word/footer1.xml')?.async('string')].join(' ')
    expect(text).toContain('Chiffres clés')
    expect(text).toContain('Ce qu’il mesure')
    expect(text).toContain('2 500'.replace(' ', '\u202F'))
    expect(text).not.toMatch(/Key figures|What it counts|Readout of the meeting| of <\/w:t>/)
    const pptx = await JSZip.loadAsync(readFileSync(path.join(french, 'slides.pptx')))
    const slides = await Promise.all(Object.keys(pptx.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).map((name) => pptx.file(name)!.async('string')))
    expect(slides.join(' ')).toContain('lang="fr-FR"')
    expect(slides.join(' ')).not.toContain('lang="en-GB"')
    expect(slides.join(' ')).toContain('Chiffres clés')
  })
})
