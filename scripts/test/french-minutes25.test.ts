import {describe, expect, it} from 'vitest'
import {enumeratedLines} from '../structure/enumerations.js'
import {FRENCH, FRENCH_CALENDAR} from '../structure/french.js'
import {findDates} from '../structure/parse-dates.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {structureText} from './helpers.js'

// French minutes (procès-verbal, compte rendu) as round 25 wrote them: numbered `1-Le Conseil …`,
// headings lettered `A/ …`, a date written in words, the meeting held set after its verb.

describe('numbering a French procès-verbal writes', () => {
  it('reads a dash set tight between the number and the capital of the first word (`1-Les …`)', () => {
    const lines = ['1-Les communes ouvriront trois refuges pour chats errants.', '', '2-Un vétérinaire de garde sera désigné chaque week-end.', '', '3-La fourrière sera rénovée en 2028.']
    expect([...enumeratedLines(lines).keys()]).toEqual([0, 2, 4])
    expect(enumeratedLines(lines).get(2)?.start).toBe(2)
  })

  it('reads a slash after a letter or a number (`A/ Refuges`) and leaves a fraction or a tight dash before a small letter alone', () => {
    const headings = ['A/ Refuges', '', 'Texte.', '', 'B/ Fourrière', '', 'Texte.', '', 'C/ Vétérinaires']
    const found = enumeratedLines(headings)
    expect([...found.keys()]).toEqual([0, 4, 8])
    expect(found.get(0)?.heading).toBe(true)
    expect(enumeratedLines(['1/2 des refuges sont pleins.', '2/3 des chats sont stérilisés.']).size).toBe(0)
    expect(enumeratedLines(['1-an de garantie.', '2-ans de garantie.']).size).toBe(0)
  })
})

describe('dates written in words', () => {
  it('reads the year before the days, as a procès-verbal opens', () => {
    expect(findDates("L'an deux mille vingt-huit, les trois et quatre février, s'est réunie à Lomé la commission.", undefined, FRENCH_CALENDAR)?.dates).toMatchObject({start: '2028-02-03', end: '2028-02-04'})
    expect(findDates("L'an deux mille trente et le premier juillet, le conseil s'est réuni.", undefined, FRENCH_CALENDAR)?.dates).toMatchObject({start: '2030-07-01', end: '2030-07-01'})
  })

  it('reads the year after the month, as a procès-verbal closes', () => {
    expect(findDates('La séance a été levée le vingt et un mai deux mille vingt-sept à midi.', undefined, FRENCH_CALENDAR)?.dates).toMatchObject({start: '2027-05-21', end: '2027-05-21'})
  })

  it('leaves words that are no date alone', () => {
    expect(findDates('Les deux mille vingt-six membres ont voté.', undefined, FRENCH_CALENDAR)).toBeUndefined()
  })
})

describe('a meeting held set after its verb', () => {
  it('reads the place and the meeting that follows the verb', () => {
    const read = readDateline("Les 3 et 4 février 2028, s'est tenue à Lomé, dans la salle des fêtes de la mairie, la première session de la Commission des refuges animaliers, sous la présidence du maire.", undefined, FRENCH)
    expect(read?.place).toBe('Lomé')
    expect(read?.dates?.start).toBe('2028-02-03')
  })
})

describe('the kind of a procès-verbal', () => {
  it('is a readout, whatever shape its decisions take', async () => {
    const text = "COMMISSION DES REFUGES ANIMALIERS\n\nPROCÈS-VERBAL DE LA PREMIÈRE SESSION\n\nLes 3 et 4 février 2028, s'est tenue à Lomé la première session de la Commission des refuges animaliers.\n\nLa Commission a retenu ce qui suit :\n\n1-Les communes ouvriront trois refuges pour chats errants.\n\n2-Un vétérinaire de garde sera désigné chaque week-end.\n"
    const {result} = await structureText(text)
    expect(result?.readout.kind).toBe('readout')
    expect(result?.readout.pillars.map((p) => p.body)).toEqual(['Les communes ouvriront trois refuges pour chats errants.', 'Un vétérinaire de garde sera désigné chaque week-end.'])
  })
})
