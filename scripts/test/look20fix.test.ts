// Display defects seen on round 20's packs (look20), each fixed in the writer that showed it: the
// Word figures table, the brief's running header, the overview cards and the PowerPoint slides.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import JSZip from 'jszip'
import {describe, expect, it} from 'vitest'
import {makeDocx} from '../../brief/make-docx.js'
import {renderBriefHtml} from '../../brief/template.js'
import type {Readout} from '../structure/readout.js'
import {structureText} from './helpers.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')

async function readoutOf(text: string, name = 'test.txt'): Promise<Readout> {
  const {result, messages} = await structureText(text, name)
  if (!result) throw new Error(messages.join('\n'))
  return result.readout
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async('string')
}

describe('brief.docx key figures (look20: one source sentence three times over)', () => {
  it('shows a sentence that gives three figures once, its cell spanning their three rows', async () => {
    const readout = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const shared = 'The pumps will be upgraded over five years at a cost of A$310m, and the 18 schemes now remove half a million tonnes of salt.'
    const figures = [
      {value: 'A$310 million', label: 'cost', sentence: shared},
      {value: '18', label: 'schemes', sentence: shared},
      {value: '500,000', label: 'tonnes of salt', sentence: shared},
      {value: '2,400', label: 'farms', sentence: 'Some 2,400 farms can apply in the first round.'},
    ]
    const xml = await part(await makeDocx({...readout, figures}, {title: readout.title}), 'word/document.xml')
    expect(xml.split('half a million tonnes of salt').length - 1).toBe(1)
    expect(xml).toContain('<w:vMerge w:val="restart"/>')
    expect(xml.split('Some 2,400 farms').length - 1).toBe(1)
  })
})

describe('brief running header (look20: a long title cut with “…”)', () => {
  const header = (r: Readout) => /@top-left \{ content: "([^"]*)"; \}/.exec(renderBriefHtml(r))![1]
  it('sets a title a little too long for the line a size smaller, whole', async () => {
    const readout = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const title = 'Range states agree to double ranger patrols and share their horn stock data'
    const html = renderBriefHtml({...readout, title})
    expect(header({...readout, title})).toBe(title)
    expect(html).toMatch(/@top-left \{ font-size: 7\.5pt; \}/)
  })
  it('names who met, a shorter form, for a title far too long for the line', async () => {
    const readout = await readoutOf(readFileSync(path.join(fixtures, 'seed/input.txt'), 'utf8'))
    const organisation = 'Organisation ouest-africaine de métrologie'
    const title = `Communiqué final de la troisième Conférence ministérielle de l’${organisation}`
    expect(header({...readout, title, organisation, participants: undefined})).toBe(organisation)
  })
})
