import {describe, expect, it} from 'vitest'
import {findDates} from '../structure/parse-dates.js'
import {readPlaceAndDate} from '../structure/recognise-header.js'
import {isEndMarker, tailRoles} from '../structure/set-aside-tail.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {ENGLISH} from '../structure/language.js'
import {structureText} from './helpers.js'

// Round 26's leftovers read by pending40 (2026-12-01): a press bureau's release (its `Posted On:` stamp, the meeting `on Tuesday`,
// its `(Release ID: …) Visitor Counter : …` line), a meeting sentence whose verb is the chair's, two days parted by a slash,
// a quorum's count of those present, and a count in words inside a French quotation. Sentences written for these tests.

describe('a press bureau stamp over the release', () => {
  it('dates the release, its hour and who posted it set aside', () => {
    expect(readPlaceAndDate('Posted On: 3 FEB 2026 11:20AM by PIB Guwahati')?.dates.start).toBe('2026-02-03')
    expect(readPlaceAndDate('Posted on: 3 Feb 2026')?.dates.start).toBe('2026-02-03')
    expect(readPlaceAndDate('Posted On: 3 FEB 2026 11:20AM')?.dates.start).toBe('2026-02-03')
  })
  it('leaves a line that says more than who posted it', () => {
    expect(readPlaceAndDate('Posted On: 3 FEB 2026 11:20AM after the tea growers walked out of the talks')).toBeUndefined()
  })
})

describe("a press bureau's page counters at the end", () => {
  const release = [
    'Ministry of Textiles',
    'Minister presides over meeting of Silk Board; new reeling units approved',
    'The Silk Board approved 14 new reeling units in Mysuru.',
    'The Board will meet again in June 2027.',
    'GS/TR',
    '(Release ID: 3301127) Visitor Counter : 2,415',
  ]
  it('are closing lines', () => {
    expect(tailRoles(release).at(-1)).toBe('drop')
    expect(tailRoles([...release.slice(0, 5), 'Visitor Counter : 98']).at(-1)).toBe('drop')
    expect(tailRoles([...release.slice(0, 5), '(Release ID: 3301127)']).at(-1)).toBe('drop')
  })
  it('are no end marker, and a sentence that names a release is text', () => {
    expect(isEndMarker('(Release ID: 3301127) Visitor Counter : 2,415')).toBe(false)
    expect(tailRoles([...release.slice(0, 4), 'The release ID of the new seed variety is 3301127.'])).toEqual([undefined, undefined, undefined, undefined, undefined])
  })
  it('leave the meeting its points and its weekday dated by the stamp', async () => {
    const text = [
      'Ministry of Textiles',
      '',
      'Textiles Minister presides over meeting of Mulberry Silk Growers Council in Mysuru; new reeling units approved',
      '',
      'Posted On: 3 FEB 2026 11:20AM by PIB Bengaluru',
      '',
      'The Union Minister of Textiles, Smt. Leela Hegde, presided over the sixth meeting of the Mulberry Silk Growers Council at Mysuru on Monday. Officers of the Central Silk Board took part.',
      '',
      'The Council approved 14 new automatic reeling units for the cooperatives of the district.',
      '',
      'The Council will meet again in Ramanagara in August 2026.',
      '',
      '***',
      '',
      'GS/TR',
      '',
      '(Release ID: 3301127) Visitor Counter : 2,415',
    ].join('\n')
    const readout = (await structureText(text)).result!.readout
    expect(readout.dates?.start).toBe('2026-02-02')
    expect(readout.organisation).toBe('Mulberry Silk Growers Council')
    expect(readout.place).toBe('Mysuru')
    expect(readout.pillars.map((pillar) => pillar.body).join(' ')).not.toMatch(/Release ID|GS\/TR/)
  })
})

describe('a meeting sentence whose verb is the chair’s', () => {
  it('takes the body whose meeting it was, not who chaired it', () => {
    const found = readDateline('The Minister of Fisheries, Hon. Tevita Lolo, chaired the third meeting of the Reef Fishers Council in Nukuʻalofa on 4 May 2026.', undefined, ENGLISH)
    expect(found?.organisation).toBe('Reef Fishers Council')
    expect(found?.place).toBe('Nukuʻalofa')
    expect(found?.dates?.start).toBe('2026-05-04')
    expect(readDateline('Governor Ana Pereira presided over a special session of the Coastal Roads Board in Faro on 9 June 2026.', undefined, ENGLISH)?.organisation).toBe('Coastal Roads Board')
  })
  it('makes no dateline when it names no body', () => {
    expect(readDateline('Mayor Tom Reddy chaired the meeting, with all seven members of the council present.', undefined, ENGLISH)).toBeUndefined()
  })
})

describe('two days parted by a slash, the month in words', () => {
  it('are a range', () => {
    expect(findDates('The board met in Turku on 21/22 September 2026.')?.dates).toMatchObject({start: '2026-09-21', end: '2026-09-22'})
  })
  it('leave a date in figures a date', () => {
    expect(findDates('The board met in Turku on 21/09/2026.')?.dates).toMatchObject({start: '2026-09-21', end: '2026-09-21'})
  })
})

const frenchFigures = async (sentence: string) => (await structureText(`Procès-verbal de l'assemblée\n\nL'assemblée générale s'est tenue à Mamoudzou le 6 mars 2026.\n\n${sentence}\n\nL'assemblée générale a décidé de relever la cotisation.\n`)).result!.readout.figures.map((figure) => `${figure.value} ${figure.label}`)

describe('a quorum: those present after the whole they are of', () => {
  it('is a figure labelled by the whole’s noun and how they attended', async () => {
    expect(await frenchFigures('Sur 530 sociétaires, 402 étaient présents ou représentés ; le quorum étant atteint, la séance a été ouverte.')).toEqual(['530 sociétaires', '402 sociétaires présents ou représentés'])
    expect(await frenchFigures('Sur 75 délégués, 61 étaient présents.')).toContain('61 délégués présents')
  })
  it('is not read when the second number is no part of the first', async () => {
    expect(await frenchFigures('Sur 40 hectares, 55 étaient présents.')).not.toContain('55 hectares présents')
  })
})

describe('a count in words inside a French quotation', () => {
  it('is a speaker’s image, whatever its size', async () => {
    expect(await frenchFigures('Le président a ouvert la séance : « Une ruche soignée vaut mieux que douze ruches oubliées. »')).toEqual([])
  })
  it('is a figure outside the quotation', async () => {
    expect((await frenchFigures("L'assemblée générale a décidé d'installer douze ruches collectives dans les vergers.")).map((figure) => figure.split(' ')[0])).toEqual(['12'])
  })
})

describe("a council page's block of facts about the meeting", () => {
  const page = [
    'Water Ministers Council, 9-10 June 2027',
    '',
    'Main results',
    '',
    'The Water Ministers Council of the Rhine Delta met in Arnhem to agree on the use of river water in dry summers.',
    '',
    'Dry summers',
    '',
    'Ministers agreed to share the river water by a common rota whenever the flow at Lobith falls below its summer mark.',
    '',
    'Looking ahead',
    '',
    'The Council will review the rota at its meeting in Koblenz in June 2028.',
    '',
    'Meeting information',
    '',
    'Meeting n°31',
    'Arnhem',
    '9-10 June 2027',
    'Main results (PDF, 95 KB)',
    '',
    'Press contacts',
    'Joris Smit',
    '+31 26 555 0100',
  ].join('\n')
  it('is no outlook, and the page is titled by its first line', async () => {
    const readout = (await structureText(page)).result!.readout
    expect(readout.outlook).toEqual(['The Council will review the rota at its meeting in Koblenz in June 2028.'])
    expect(readout.title).toBe('Water Ministers Council, 9-10 June 2027')
  })
  it('is set aside only when short lines follow its heading', () => {
    expect(tailRoles(['Title', 'Text.', 'Meeting information', 'Meeting n°31', 'Arnhem']).slice(2)).toEqual(['drop', 'drop', 'drop'])
    expect(tailRoles(['Title', 'Text.', 'Meeting information', 'The meeting opened late. Ministers then agreed on a rota for the dry months.'])).toEqual([undefined, undefined, undefined, undefined])
  })
})
