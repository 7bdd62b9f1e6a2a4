import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {findCases} from '../reader/evaluate.js'
import {bodyOf, dateLine, dateSentence, formatHeaderReshape, HEADER_SHAPES, headerOf, measureHeaderReshape, writeHeader, type Header} from '../reader/reshape-header.js'

// `npm run eval -- --reshape-header`: a case's header lines taken off and its expected header written
// again in each shape a published text uses. The texts below were written for this test.

const TEXT = `COMMUNIQUÉ
Meeting of the Upland Orchards Board
Kandy, 12 June 2026

KANDY, 12 June 2026 — Ministers of the Upland Orchards Board met in Kandy to agree how old tea gardens will be replanted with fruit trees.

1. The Board will fund 300 nurseries in the hill districts.

2. Growers will be paid for each hectare replanted before 2029.
`
const EXPECTED = {
  lang: 'en',
  kind: 'communiqué',
  title: ['Meeting of the Upland Orchards Board'],
  organisation: 'Upland Orchards Board',
  place: 'Kandy',
  date_start: '2026-06-12',
  date_end: '2026-06-12',
}
const header = headerOf(EXPECTED)!
const shape = (name: string) => HEADER_SHAPES.find((item) => item.name === name)!

describe('bodyOf', () => {
  it('takes off the lines before the first paragraph of prose and the dateline opening it', () => {
    expect(bodyOf(TEXT)![0]).toBe('Ministers of the Upland Orchards Board met in Kandy to agree how old tea gardens will be replanted with fruit trees.')
  })
  it('keeps a paragraph whose opening is no dateline, and finds no body in a text of headings', () => {
    expect(bodyOf('Title\n\nThe river council - meeting in Tarn - agreed to clear the banks of every weir this winter.')![0]).toMatch(/^The river council/)
    expect(bodyOf('Title\nSubtitle\nKandy, 12 June')).toBeUndefined()
  })
})

describe('dates as published texts write them', () => {
  const fr = (start: string, end: string): Header => ({lang: 'fr', title: 't', kind: 'readout', start, end})
  const en = (start: string, end: string): Header => ({lang: 'en', title: 't', kind: 'readout', start, end})
  it('writes a line and a sentence in English', () => {
    expect(dateLine(en('2026-06-12', '2026-06-12'))).toBe('12 June 2026')
    expect(dateLine(en('2026-06-12', '2026-06-13'))).toBe('12–13 June 2026')
    expect(dateLine(en('2026-06-30', '2026-07-02'))).toBe('30 June – 2 July 2026')
    expect(dateSentence(en('2026-06-12', '2026-06-13'))).toBe('on 12 and 13 June 2026')
    expect(dateSentence(en('2025-12-30', '2026-01-02'))).toBe('from 30 December 2025 to 2 January 2026')
  })
  it('writes a line and a sentence in French, `1er` for the first of a month', () => {
    expect(dateLine(fr('2026-03-01', '2026-03-01'))).toBe('1er mars 2026')
    expect(dateSentence(fr('2026-03-03', '2026-03-04'))).toBe('les 3 et 4 mars 2026')
    expect(dateSentence(fr('2026-03-03', '2026-03-05'))).toBe('du 3 au 5 mars 2026')
  })
})

describe('header shapes', () => {
  const body = bodyOf(TEXT)!
  it('writes a dateline onto the first paragraph of prose, the kind above a title that does not say it', () => {
    expect(writeHeader(body, header, shape('PLACE, date — dateline')).split('\n').slice(0, 4)).toEqual(['Communiqué', 'Meeting of the Upland Orchards Board', '', 'KANDY, 12 June 2026 — Ministers of the Upland Orchards Board met in Kandy to agree how old tea gardens will be replanted with fruit trees.'])
  })
  it('writes a dateline over a numbered first item on its own line', () => {
    const text = writeHeader(['1. The Board will fund 300 nurseries in the hill districts.'], header, shape('PLACE, date — dateline'))
    expect(text.split('\n').slice(3)).toEqual(['KANDY, 12 June 2026', '', '1. The Board will fund 300 nurseries in the hill districts.'])
  })
  it('writes a letterhead, field lines, a meeting sentence and a byline with the weekday', () => {
    expect(writeHeader(body, header, shape('letterhead block')).split('\n').slice(0, 7)).toEqual(['Upland Orchards Board', 'Secretariat · Kandy', 'COMMUNIQUÉ', '', 'Meeting of the Upland Orchards Board', '', '12 June 2026'])
    expect(writeHeader(body, header, shape('Date: / Venue: lines'))).toContain('Date: 12 June 2026\nVenue: Kandy\nOrganiser: Upland Orchards Board\n')
    expect(writeHeader(body, header, shape('meeting sentence'))).toContain('\nThe Upland Orchards Board met in Kandy on 12 June 2026.\n')
    expect(writeHeader(body, header, shape('byline + weekday'))).toContain('\nPublished 12 June 2026\n\nThe Upland Orchards Board met in Kandy on Friday.\n')
  })
  it('names the kind in the text’s language', () => {
    const french: Header = {lang: 'fr', title: 'Les vergers replantés', kind: 'press release', organisation: 'Office des vergers', place: 'Kandy', start: '2026-06-12', end: '2026-06-12'}
    expect(writeHeader(body, french, shape('title / Place, date')).split('\n')[0]).toBe('Communiqué de presse')
    expect(writeHeader(body, french, shape('letterhead block')).split('\n')[2]).toBe('COMMUNIQUÉ DE PRESSE')
  })
  it('writes the French forms with the body’s article', () => {
    const french: Header = {lang: 'fr', title: 'Relevé de conclusions', kind: 'readout', organisation: 'Commission des vergers', place: 'Kandy', start: '2026-06-12', end: '2026-06-12'}
    expect(writeHeader(body, french, shape('title / Place, date'))).toContain('\nKandy, le 12 juin 2026\n')
    expect(writeHeader(body, french, shape('meeting sentence'))).toContain('\nRéunis à Kandy le 12 juin 2026, les membres de la Commission des vergers ont adopté le texte suivant.\n')
  })
})

describe('measureHeaderReshape', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'reshape-header-'))
  afterAll(() => rmSync(root, {recursive: true, force: true}))
  it('reads the case as written and in every shape, and counts the header fields kept', async () => {
    mkdirSync(path.join(root, 'orchards-title-block-t1'))
    writeFileSync(path.join(root, 'orchards-title-block-t1', 'input.txt'), TEXT)
    writeFileSync(path.join(root, 'orchards-title-block-t1', 'expected.yml'), JSON.stringify(EXPECTED))
    const result = await measureHeaderReshape(findCases([root]))
    expect(result.cases).toBe(1)
    expect(result.shapes.map((row) => row.read)).toEqual(Array(HEADER_SHAPES.length + 1).fill(1))
    expect(result.shapes[0].allKept).toBe(1)
    const report = formatHeaderReshape(result, false)
    expect(report).toContain('| shape | kept all | title | kind | org | place | start | end |')
    expect(report).toContain('| as written | 1/1 | 1 | 1 | 1 | 1 | 1 | 1 |')
  })
})
