import {describe, expect, it} from 'vitest'
import {enumeratedLines} from '../structure/enumerations.js'
import {parsePlainText} from '../structure/parse-plain-text.js'
import type {Paragraph, Text} from 'mdast'
import {structureText} from './helpers.js'

/** The markers and words of each paragraph the parser makes of a text. */
function read(text: string): Array<[string | undefined, string]> {
  return parsePlainText(text).children.map((node) => {
    const paragraph = node as Paragraph
    return [paragraph.data?.bullet?.marker, (paragraph.children[0] as Text).value]
  })
}
const markers = (text: string) => [...enumeratedLines(text.split('\n')).values()].map((item) => item.marker)

describe('paragraphs numbered in any way, read by their sequence', () => {
  it.each([
    ['Para 1. The board approved the harbour plan.\nPara 2. It set aside funds for dredging.\nPara 3. It asked for a report in spring.'],
    ['Item 1: The board approved the harbour plan.\nItem 2: It set aside funds for dredging.\nItem 3: It asked for a report in spring.'],
    ['Point 1 – The board approved the harbour plan.\nPoint 2 – It set aside funds for dredging.\nPoint 3 – It asked for a report in spring.'],
    ['No. 1 The board approved the harbour plan.\nNo. 2 It set aside funds for dredging.\nNo. 3 It asked for a report in spring.'],
    ['§ 1 The board approved the harbour plan.\n§ 2 It set aside funds for dredging.\n§ 3 It asked for a report in spring.'],
    ['1° The board approved the harbour plan.\n2° It set aside funds for dredging.\n3° It asked for a report in spring.'],
    ['1\tThe board approved the harbour plan.\n2\tIt set aside funds for dredging.\n3\tIt asked for a report in spring.'],
    ['(A) The board approved the harbour plan.\n(B) It set aside funds for dredging.\n(C) It asked for a report in spring.'],
    ['A. The board approved the harbour plan.\nB. It set aside funds for dredging.\nC. It asked for a report in spring.'],
    ['I) The board approved the harbour plan.\nII) It set aside funds for dredging.\nIII) It asked for a report in spring.'],
    ['First: the board approved the harbour plan.\nSecond: it set aside funds for dredging.\nThird: it asked for a report in spring.'],
    ['Premièrement – le conseil a approuvé le plan du port.\nDeuxièmement – il a réservé des fonds.\nTroisièmement – il attend un rapport au printemps.'],
    ['ARTICLE 1er – Le conseil a approuvé le plan du port.\nARTICLE 2 – Il a réservé des fonds.\nARTICLE 3 – Il attend un rapport au printemps.'],
    ['1er Le conseil a approuvé le plan du port.\n2e Il a réservé des fonds.\n3e Il attend un rapport au printemps.'],
    ['1- Le conseil a approuvé le plan du port.\n2- Il a réservé des fonds.\n3- Il attend un rapport au printemps.'],
    ['1 – Le conseil a approuvé le plan du port.\n2 – Il a réservé des fonds.\n3 – Il attend un rapport au printemps.'],
  ])('reads each line of %j as a numbered paragraph', (text) => {
    expect(read(text).map(([marker]) => marker)).toEqual(['1.', '2.', '3.'])
    expect(read(text)[1][1]).toMatch(/^(?:it|il) /iu)
  })

  it('lets a number skip a few or repeat with a suffix, never skip twice in a row', () => {
    expect(markers('Art. 1 The fund opens in May.\nArt. 2 Members pay in June.\nArt. 2 bis A late member pays in July.\nArt. 4 The board reports.')).toEqual(['1.', '2.', '2.', '4.'])
    expect(markers('Para 1. The fund opens.\nPara 2. Members pay.\nPara 4. A late member pays.\nPara 5. The board reports.\nPara 8. The chair closes.')).toEqual(['1.', '2.', '4.', '5.', '8.'])
    expect(markers('Para 1. The fund opens.\nPara 3. Members pay.\nPara 6. The board reports.')).toEqual(['1.', '3.'])
  })

  it('reads two sequences in one text, each from one', () => {
    expect(markers('P1. Recalling the charter.\nP2. Noting the report.\nOP1. Decides to act.\nOP2. Asks for a report.\nOP3. Closes the session.')).toEqual(['1.', '2.', '1.', '2.', '3.'])
  })

  it('keeps a sequence of short titles as headings', () => {
    const found = enumeratedLines(['Article 1 – Scope', 'The rules cover every port of the region.', 'Article 2 – Funding', 'Each member pays a share set by the board.'])
    expect([...found.values()].map((item) => item.heading)).toEqual([true, true])
  })

  it.each([
    ['dates', '3 June The board met in Riga.\n4 June The board met in Tartu.\n5 June The board met in Narva.'],
    ['French dates', '1er mars : le conseil se réunit.\n2 mars : le conseil vote.'],
    ['figures opening sentences', '12 countries joined the pact this year.\n13 countries may join next year.'],
    ['years', '2025 was a hard year for the ports.\n2026 will bring new cranes.'],
    ['times', '9:30 The chair opens the meeting.\n10:30 The board votes.'],
    ['addresses', '1 Harbour Road is the new office.\n2 Harbour Road stays empty.'],
    ['an article cited in a sentence', 'Article 5 of the Treaty applies to ports.\nArticle 6 of the Treaty applies to ships.'],
    ['a number that does not start from one', 'Para 7. The board approved the plan.\nPara 8. It set aside funds.'],
    ['a lone numbered line', 'Item 1: The board approved the plan.\nThe members agreed.'],
    ['a sentence opening on a letter', 'A board approved the plan.\nB shares were sold.\nC grade steel was bought.'],
    ['ordinal words opening sentences', 'First, the board approved the plan.\nSecond, it set aside funds.\nThird, it asked for a report.'],
    ['units', '1 km of quay was rebuilt.\n2 km of road followed.\n3 km more are planned.'],
    ['ranges set against a dash', '1-2 boats sail at dawn.\n2-3 boats sail at noon.\n3-4 boats sail at dusk.'],
  ])('does not read %s as a list', (_shape, text) => {
    expect(markers(text)).toEqual([])
  })

  it('reads the numbered paragraph that says when the text takes effect as context, not a point', async () => {
    const {result} = await structureText('Decision of the Harbour Board\nGdynia, 4 May 2026\n\nThe Board decides:\n\nPara 1. The quay fee for small fishing boats is halved from July.\n\nPara 2. A second pilot boat will be bought before the winter.\n\nPara 3. This decision shall take effect on 1 June 2026.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['The quay fee for small fishing boats is halved from July.', 'A second pilot boat will be bought before the winter.'])
  })
})
