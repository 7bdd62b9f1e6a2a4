import {describe, expect, it} from 'vitest'
import {patternTitle} from '../structure/pattern-title.js'
import {FRENCH_TITLES} from '../structure/french.js'
import {pointTitle} from '../structure/choose-title.js'
import {officeTitle} from '../structure/standard-titles.js'
import {timeTail} from '../structure/title-candidates.js'

// Point titles of family F (titles46): a title names the object of the decision, not who decided, who it is for, when, nor
// the problem it answers. Every sentence here is written for the test.
const fr = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)

describe('a meeting, a conference, an assembly acts as ministers do', () => {
  it('titles what the body asked for or welcomed, not the body', () => {
    expect(pointTitle('The Meeting asked the Secretariat to draw up a model contract for school caterers.')).toBe('Model contract')
    expect(pointTitle('The Meeting welcomed the offer of the Port Authority to lend two tugboats to smaller harbours.')).not.toMatch(/Meeting/)
    expect(pointTitle('The Conference asked its bureau to publish a yearly list of heritage bridges.')).not.toMatch(/Conference|Bureau/)
  })
})

describe('an asking verb at the end of the verb group leads to what is asked', () => {
  it('titles what the body asked is done, not who is asked', () => {
    expect(pointTitle('The Plenary agreed to ask the working group to extend its survey to mountain huts.')).not.toMatch(/Working group/)
    expect(pointTitle('Members decided to invite the river boards to publish their flood maps.')).not.toMatch(/River boards/)
  })

  it('takes a name after a possessive as the object, not its owner', () => {
    expect(pointTitle("The mayors also agreed to invite other towns to sign the League's Quiet Nights Charter.")).toMatch(/Quiet Nights Charter$/)
  })
})

describe('an election is titled by the office, in capitals or not', () => {
  it('reads an office in lower case', () => {
    expect(officeTitle('The Meeting elected the Mayor of Odense, Mr Lars Berg, as chair of the Network for two years.')).toBe('Election of the chair')
    expect(officeTitle('Delegates appointed the director of the Lyon museum, Dr Anne Roux, as treasurer of the Association.')).toBe('Appointment of the treasurer')
    expect(officeTitle('The Board re-elected Ms Okafor as its vice-president.')).toBe('Re-election of the vice-president')
  })
})

describe('a time never ends a title (English)', () => {
  it('finds where a time ends a title', () => {
    expect(timeTail(['Fleet', 'for', 'wheelchair', 'users', 'by', 'the', 'end'])).toBe(4)
    expect(timeTail(['Register', 'of', 'boats', 'from', '2027'])).toBe(3)
    expect(timeTail(['Inspection', 'protocols', 'until', 'next', 'spring'])).toBe(2)
    expect(timeTail(['Report', 'by', 'the', 'Council'])).toBe(-1)
    expect(timeTail(['Imports', 'from', 'member', 'states'])).toBe(-1)
  })

  it('leaves the time out of the title', () => {
    expect(pointTitle('adapt a tenth of each club fleet for riders with reduced mobility by the end of 2029')).not.toMatch(/end$/)
    expect(pointTitle('Each town will open a register of moored houseboats from 2027.')).not.toMatch(/2027|from$/)
  })
})

describe('a date never ends a title (French)', () => {
  it('leaves a date after the object out', () => {
    expect(fr('Les communes ouvriront un registre des bateaux dès 2027.')).toBe('Registre des bateaux')
    expect(fr('Le syndicat publiera un inventaire des haies avant juin 2028.')).toBe('Inventaire des haies')
    expect(fr('Les ministres ont adopté un plan de lutte contre le bruit d\'ici à la fin de 2030.')).toBe('Plan de lutte contre le bruit')
  })

  it('names the verb with its object once the date is gone, without the possessive', () => {
    expect(fr("Les exploitants ont décidé d'acheter ensemble leur électricité à partir de janvier 2027, par un appel d'offres commun.")).toBe("Achat d'électricité")
    expect(fr('Les refuges ont convenu de rénover leur chaufferie dès le printemps 2027.')).toBe('Rénovation de chaufferie')
  })
})

describe('a discourse word before the object is no part of it (French)', () => {
  it('skips d’abord, ensuite, en outre before the object', () => {
    expect(fr("Le plan prévoit d'abord une aide à la reprise : la fédération mettra en relation les cédants et les repreneurs.")).toBe('Aide à la reprise')
    expect(fr("Le programme prévoit en outre une prime à l'embauche des apprentis.")).toBe("Prime à l'embauche des apprentis")
    expect(fr('La charte prévoit tout d’abord un guichet unique pour les artisans.')).not.toMatch(/^Abord|^D’abord/)
  })
})

describe('who a measure is for is not its title', () => {
  it('titles the measure the rules name, not its people', () => {
    expect(pointTitle('The Meeting agreed to launch a common training certificate for green roof installers and roof gardeners, to be taught in vocational schools.')).toBe('Common training certificate')
    expect(pointTitle('The Board agreed to set up a joint safety course for volunteer lifeguards and pool attendants, to be held each spring.')).not.toMatch(/^Volunteer lifeguards/)
  })

  it('keeps an activity whose last noun only looks like people', () => {
    expect(pointTitle('The Meeting requested the Secretariat to prepare a common plan for clearing water containers around homes, before each rainy season.')).not.toBe('Common plan')
  })
})

describe('a title is never cut before its head noun', () => {
  it('keeps the head noun the tagger read as an adjective at the end of the phrase', () => {
    expect(pointTitle('The Forum agreed to draw up a common storm tie-down standard, so that every boat ashore is secured the same way.')).toMatch(/standard$/)
    expect(pointTitle('The clubs agreed to set up a joint winter haul-out standard, to be applied in every yard.')).toMatch(/standard$/)
    expect(pointTitle('The Council adopted a common ferry boarding standard, which operators will follow from June.')).toBe('Common ferry boarding standard')
  })

  it('keeps the shared head of modifiers joined by `and`', () => {
    expect(pointTitle('We will prepare a joint bid to European and United Kingdom nature funds for the restoration of meadows that cross our borders.')).toBe('Joint bid to nature funds')
    expect(pointTitle('The partners will submit a common application to Nordic and Baltic research councils for a study of river pearl mussels.')).not.toMatch(/Nordic$/)
  })
})
