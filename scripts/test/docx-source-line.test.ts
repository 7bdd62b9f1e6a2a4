import JSZip from 'jszip'
import {describe, expect, it} from 'vitest'
import {makeDocx} from '../../brief/make-docx.js'
import {catalogueOf} from '../theme/catalogue/index.js'
import type {Readout} from '../structure/readout.js'
import {readoutWith} from './helpers.js'

// The Word brief cites its source as the PDF brief and the site do: the meeting, named by the
// document's kind. It used to write its own line, `Source : Compte rendu de la réunion : Alliance
// ouest-africaine du cuir, Niamey, …` under a communiqué: two colons in one line, and the wrong kind (look19).

/** Written for this test: a French communiqué of a body, over three days. */
const communique = readoutWith({
  title: 'Forum ministériel sur la filière du sel',
  kind: 'communiqué',
  organisation: 'Alliance ouest-africaine du sel',
  place: 'Niamey',
  dates: {start: '2026-09-30', end: '2026-10-02', display: '30 septembre – 2 octobre 2026'},
  pillars: [{title: 'Qualité', body: 'Les ministres ont adopté une norme commune.'}],
  source: 'sel.txt',
  lang: 'fr',
})

/** Written for this test: an English readout of a working group. */
const readout = readoutWith({
  title: 'Glass Recycling Working Group, Turin meeting',
  kind: 'readout',
  organisation: 'Glass Recycling Working Group',
  place: 'Turin',
  dates: {start: '2026-03-05', end: '2026-03-06', display: '5–6 March 2026'},
  pillars: [{title: 'Shared method', body: 'Members agreed on a shared method.'}],
  source: 'glass.txt',
})

/** The text of the Word brief's source line (the paragraph in the `SourceLine` style), spaces as plain spaces. */
async function sourceLine(given: Readout): Promise<string> {
  const zip = await JSZip.loadAsync(await makeDocx(given, {title: given.title}))
  const xml = await zip.file('word/document.xml')!.async('string')
  const paragraph = xml.split('<w:p>').find((p) => p.includes('w:val="SourceLine"')) ?? ''
  return [...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/[\u00a0\u202f]/g, ' ')
}

describe('the Word brief’s source line', () => {
  it('names a French communiqué’s kind and its dates, with one colon', async () => {
    const line = await sourceLine(communique)
    expect(line).toBe('Source : Communiqué de la réunion des 30 septembre – 2 octobre 2026, Niamey.')
  })
  it('cites an English readout as the PDF brief does', async () => {
    expect(await sourceLine(readout)).toBe('Source: Readout of the meeting of 5–6 March 2026, Turin.')
  })
})

// With no date, the citation names the meeting by its title; a title that already says what the document is, or
// that it is a meeting's, is cited as it is (look20: `Compte rendu de la réunion : Compte rendu du Conseil des
// ministres …`, `Readout of the meeting on the Murray–Darling … – meeting notes`).
describe('a citation with no date', () => {
  const undated = (title: string, lang?: Readout['lang']): Readout => ({...readout, title, lang, dates: undefined, place: undefined})
  it('cites a title that names the document or the meeting as it is', () => {
    expect(catalogueOf(undated('Compte rendu du Conseil des ministres du mercredi 9 juillet 2025', 'fr')).citation(undated('Compte rendu du Conseil des ministres du mercredi 9 juillet 2025', 'fr'))).toBe(
      'Compte rendu du Conseil des ministres du mercredi 9 juillet 2025',
    )
    expect(catalogueOf(undated('Coastal Erosion Taskforce – meeting notes')).citation({...undated('Coastal Erosion Taskforce – meeting notes'), place: 'Hobart'})).toBe('Coastal Erosion Taskforce – meeting notes, Hobart')
  })
  it('still names the meeting by a title that does not', () => {
    expect(catalogueOf(undated('Glass Recycling Working Group')).citation(undated('Glass Recycling Working Group'))).toBe('Readout of the meeting: Glass Recycling Working Group')
    expect(catalogueOf(undated('Forum ministériel sur la filière du sel', 'fr')).citation(undated('Forum ministériel sur la filière du sel', 'fr'))).toBe('Compte rendu de la réunion\u00a0: Forum ministériel sur la filière du sel')
  })
})
