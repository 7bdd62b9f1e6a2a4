import {describe, expect, it} from 'vitest'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {capitalsPointTitle, cleanPastedLine, isPageFurniture, pastedNoise} from '../structure/pasted-text.js'
import {findKeyMessage} from '../structure/recognise-key-message.js'
import {readoutOf} from './helpers.js'

// Pages, posters and exports (pages52, session 22): their furniture is no title, their capitals no shouting. Every text here is written for the test.

const paragraphs = (text: string) => parsePlainText(text).children.map((node) => (node.type === 'paragraph' && node.children[0].type === 'text' ? node.children[0].value : ''))
const bullets = (text: string) => parsePlainText(text).children.filter((node) => node.type === 'paragraph' && node.data?.bullet).length

describe('a notes app\'s note: front matter, links, callouts', () => {
  const note = [
    '---',
    'tags: [meetings, orchards]',
    'created: 2026-04-02',
    '---',
    '',
    '# Orchard Keepers – spring meeting, Ledbury',
    '',
    'Related: [[Orchard Keepers]] · [[Grafting]] · [[2026 meetings]]',
    '',
    'Members of the [[Orchard Keepers|orchard group]] met at the Market House in Ledbury on 1 April 2026.',
    '',
    '> [!info] Background',
    '> Most of the old trees were planted before 1950.',
    '',
    'The meeting agreed:',
    '',
    '- **Grafting day**: Members will graft 200 local varieties in the community orchard in May.',
    '- **Pruning**: Volunteers will prune the perry pear trees at Dymock before the end of winter.',
    '',
    '> [!note] Next meeting',
    '> The group will meet again in Ross in October 2026.',
    '',
  ].join('\n')
  it('reads the note: its front matter without a title is dropped, its links under the title keep the text, its callouts are no points', async () => {
    const readout = await readoutOf(note)
    expect(readout.title).toBe('Orchard Keepers – spring meeting, Ledbury')
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Grafting day', 'Pruning'])
    expect(readout.dates).toMatchObject({start: '2026-04-01'})
  })
  it('reads a wiki link as its words, its alias if any; a one-word merge tag still goes', () => {
    expect(cleanPastedLine('Members of the [[Orchard Keepers]] met in Ledbury.')).toBe('Members of the Orchard Keepers met in Ledbury.')
    expect(cleanPastedLine('See [[Tree notes#History|the history]] and [[Budget 2027/Draft]].')).toBe('See the history and Budget 2027/Draft.')
    expect(cleanPastedLine('Dear [[Prénom]],')).toBe('Dear,')
  })
  it('reads a callout\'s head as furniture and its lines as text, never a list\'s items', () => {
    expect(isPageFurniture('> [!note] Next meeting')).toBe(true)
    expect(isPageFurniture('> [!WARNING]')).toBe(true)
    expect(bullets('> [!quote] The chair\n> Every tree counts.\n> The orchard is ours.\n')).toBe(0)
    // (a quote's lines with no callout's head are read as before)
    expect(isPageFurniture('> The orchard is ours.')).toBe(false)
  })
  it('keeps a related-pages line in a short text\'s first half, and still cuts one at the end', () => {
    const top = 'Related: Orchards · Grafting · Pruning\n\nThe group agreed to plant 40 trees.\n\nThe group agreed to graft 200 varieties.\n\nThe group will meet again in May.\n'
    expect([...pastedNoise(top.split('\n'))].filter((at) => at > 0)).toEqual([])
    const end = 'The group agreed to plant 40 trees.\n\nThe group agreed to graft 200 varieties.\n\nThe group will meet again in May.\n\nRelated: Orchards · Grafting · Pruning\n'
    expect([...pastedNoise(end.split('\n'))]).toEqual([6])
  })
  it('drops a front matter with no title, and leaves a rule over text alone', () => {
    expect(paragraphs('---\ntags: [board]\ndate: 2026-03-01\n---\nThe board agreed to plant trees.\n')).toEqual(['The board agreed to plant trees.'])
    expect(paragraphs('---\nThe board agreed to plant trees.\n---\n')).toEqual(['The board agreed to plant trees.'])
  })
})

describe('a page\'s buttons and a poster\'s banner are no title', () => {
  it('drops a row of buttons with text-size ones, in English and French', () => {
    expect(isPageFurniture('Imprimer | Partager | Taille du texte A- A+')).toBe(true)
    expect(isPageFurniture('Print · Share · Text size A A+')).toBe(true)
    expect(isPageFurniture('The pupils got an A+ and a B- this year.')).toBe(false)
  })
  it('drops a noticeboard\'s banner asking that the notice stay up, and keeps a sentence about removing things', () => {
    expect(isPageFurniture('*** NOTICEBOARD – PLEASE DO NOT REMOVE ***')).toBe(true)
    expect(isPageFurniture('AVIS – MERCI DE NE PAS ARRACHER')).toBe(true)
    expect(isPageFurniture('Please display')).toBe(true)
    expect(isPageFurniture('Residents asked the council not to remove the benches.')).toBe(false)
  })
  it('titles a poster by its own heading', async () => {
    const poster = 'HILLTOP PARISH COUNCIL\n*** PLEASE DO NOT REMOVE ***\n\nPUBLIC MEETING ON THE VILLAGE POND\n\nON MONDAY 2 MARCH 2026 RESIDENTS MET IN THE HILLTOP VILLAGE HALL.\n\nTHE MEETING AGREED TO\n\n• CLEAR THE POND OF WEED BEFORE THE SPRING\n• FIT A NEW RAIL ALONG THE PATH BY THE POND\n\nTHE COUNCIL WILL REPORT BACK IN JUNE 2026.\n'
    const readout = await readoutOf(poster)
    expect(readout.title.toLowerCase()).toBe('public meeting on the village pond')
    for (const pillar of readout.pillars) expect(pillar.title).toMatch(/\p{Ll}/u)
  })
})

describe('a text in capitals', () => {
  it('takes a quoted sentence in capitals as the key message, never a title in title case', () => {
    expect(findKeyMessage('"IN AN EMERGENCY EVERY MINUTE COUNTS, NOT THE HOUR." (THE SPEAKER)')).toBe('IN AN EMERGENCY EVERY MINUTE COUNTS, NOT THE HOUR.')
    expect(findKeyMessage('The study, "Ports That Work For Everyone", was launched.')).toBeUndefined()
  })
  it('writes a point\'s title from a body in capitals in sentence case, its acronyms kept', () => {
    expect(capitalsPointTitle('RUN FREE CPR CLASSES', 'RUN FREE CPR CLASSES EVERY MONTH', 'RUN FREE CPR CLASSES EVERY MONTH')).toBe('Run free CPR classes')
    expect(capitalsPointTitle('Registering every CABINET', 'REGISTER EVERY CABINET WITH THE SERVICE', 'REGISTER EVERY CABINET WITH THE SERVICE')).toBe('Registering every cabinet')
    // (a body with small letters leaves its title as it is)
    expect(capitalsPointTitle('NHS funding', 'The NHS will fund the clinics.', 'The NHS will fund the clinics.')).toBe('NHS funding')
  })
})

describe('a chat\'s and a channel\'s bars', () => {
  it('titles a phone\'s chat by the conversation\'s name over its count of members', async () => {
    const chat = '‹ Messages\nFriends of Heron Lake – committee ⓘ\n7 participants\n\nTue 3 Mar 2026\n\nJo Patel  18:02\nRunning late tonight, start without me\n\nSam Reid  18:05\nNo problem, the door is open\n\nAlex Moore  21:14\nQuick summary of tonight\'s meeting for those who missed it (5 of 7 there).\nWe agreed to:\n- clear the reeds along the east bank on Saturday 14 March with 20 volunteers\n- buy two new benches for the jetty for £900 from the summer fair money\n- ask the council to fix the broken gate by the car park before Easter\nNext meeting in April.\n\nJo Patel  21:30\nThanks Alex 👍\n'
    expect((await readoutOf(chat)).title).toBe('Friends of Heron Lake – committee')
  })
  it('reads a channel\'s one post carrying a release: the release\'s headline is the title, the post\'s day its date', async () => {
    const post = 'Canal Volunteers\n# news\n\nSam Reid   Wed 4 Mar 2026, 21:40\nRelease below 👇 went to the papers tonight, please share it tomorrow.\n\nFOR IMMEDIATE RELEASE\n\nCanal trust adopts new towpath code\n\nBRISTOL – Members of the Avon Canal Trust tonight adopted a towpath code for all users, at a general meeting in Bristol.\n\nThe code asks cyclists to give way to walkers on every stretch of towpath.\n\nThe Trust will review the code in March 2027.\n'
    const readout = await readoutOf(post)
    expect(readout.title).toBe('Canal trust adopts new towpath code')
    expect(readout.dates).toMatchObject({start: '2026-03-04'})
  })
})

describe('a title block\'s fields', () => {
  it('titles a forwarded release by its own headline when the mail\'s subject cut it short', async () => {
    const mail = 'Can you post this? Thanks\n\n---------- Forwarded message ---------\nFrom: Press Office <press@trust.example>\nDate: Wed, 4 Mar 2026 at 17:52\nSubject: Trust agrees £2 million upgrade\nTo: Sam Reid\n\nFOR IMMEDIATE RELEASE\n\nTrust agrees £2 million upgrade for the river path\n\nBRISTOL, 4 March 2026 – The River Path Trust today agreed a £2 million programme to resurface the river path.\n\nThe Trust will resurface 12 kilometres of path by 2028.\n'
    expect((await readoutOf(mail)).title).toBe('Trust agrees £2 million upgrade for the river path')
    // (a line that goes on with a date, or a sentence, is no headline)
    const dated = mail.replace('Trust agrees £2 million upgrade for the river path', 'Trust agrees £2 million upgrade on 4 March 2026')
    expect((await readoutOf(dated)).title).not.toBe('Trust agrees £2 million upgrade on 4 March 2026')
  })
  it('titles a cover sheet by its title field', async () => {
    const cover = 'Report to: Council (public meeting)\nDate of meeting: 4 March 2026\nReport title: Outcome of the Parks Committee\nAuthor: Head of Parks\nPurpose: For decision\n\nParks Committee\nMinute of the meeting held in Leeds on 2 March 2026\n\nThe Committee agreed to open two new play areas in Roundhay from May.\n\nThe Committee approved £50,000 for new benches.\n\nThe Committee will report to the Council in June 2026.\n'
    expect((await readoutOf(cover)).title).toBe('Outcome of the Parks Committee')
  })
})

describe('a circular\'s subject under its greeting', () => {
  const circular = (subject: string) => `RIVERSIDE TENANTS UNION – EAST BRANCH\nCIRCULAR 4/2026\nTo: all members\n\nDear Member,\n\n${subject}\n\nThe branch meeting was held at the Quay Hall in Hull on Tuesday 3 March 2026. 40 members attended.\n\nThe meeting agreed to ask the landlord to repair the lifts by May.\n\nThe meeting agreed to hold a rent clinic every month.\n\nThe branch will meet again in June 2026.\n`
  it('titles the circular by the subject in capitals under its greeting, never its letterhead', async () => {
    expect((await readoutOf(circular('REPORT OF THE BRANCH MEETING'))).title.toLowerCase()).toBe('report of the branch meeting')
  })
  it('leaves a sentence under the greeting alone', async () => {
    expect((await readoutOf(circular('I WRITE TO REPORT ON THE BRANCH MEETING.'))).title.toLowerCase()).not.toContain('i write')
  })
})

describe('pages52 patterns take linear time', () => {
  const time = (run: () => unknown) => {
    const start = performance.now()
    run()
    return (performance.now() - start) / 1000
  }
  for (const [name, unit] of [['wiki links left open', '[[a '], ['brackets', '[[]]|#'], ['callout heads', '> [!a] '], ['banners', '*** PLEASE '], ['buttons', 'A- A+ | ']]) {
    it(`${name}: four times the line takes at most about six times as long`, () => {
      const line = (size: number) => unit.repeat(Math.floor(size / unit.length))
      const read = (size: number) => time(() => {
        const text = line(size)
        cleanPastedLine(text)
        isPageFurniture(text)
      })
      const small = Math.min(read(50_000), read(50_000))
      const large = Math.min(read(200_000), read(200_000))
      expect(large).toBeLessThan(6 * small + 0.2)
    })
  }
})
