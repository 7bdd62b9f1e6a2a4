import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 11 (issue 11) showed the reader missing in point bodies, the outlook, dates, the
// organisation, the roadmap's name and figure values, stated as
// rules an editor would give. Every sentence here is written for the test.
const HEAD = 'Ministers of the Alpine Hut Network met in Chamonix on 4 May 2026.\n\n'

describe('a follow-up heading over numbered paragraphs', () => {
  it('keeps as points the decisions under it, and only what is ahead in the outlook', async () => {
    const {result} = await structureText(`${HEAD}I. HUTS\n\n1. The Ministers agreed to open twelve new huts on the high routes.\n\n2. The Ministers decided to share one booking system for all huts.\n\nII. FOLLOW-UP\n\n3. The Ministers decided to set up a working group of hut wardens to advise the secretariat between meetings.\n\n4. The Ministers admitted Slovenia as an observer.\n\n5. The Ministers will review progress at their next meeting, to be held in Bolzano in 2027.\n\n6. The Ministers thanked the Government of France for its warm welcome.\n`)
    const bodies = result!.readout.pillars.map((p) => p.body)
    expect(bodies).toContain('The Ministers decided to set up a working group of hut wardens to advise the secretariat between meetings.')
    expect(bodies).toContain('The Ministers admitted Slovenia as an observer.')
    expect(bodies).toHaveLength(4)
    expect(result!.readout.outlook).toEqual(['The Ministers will review progress at their next meeting, to be held in Bolzano in 2027.'])
  })
})

describe('the next occasion of a series named by its ordinal', () => {
  it('sends to the outlook a dialogue or forum that will be held, also after a report set for later', async () => {
    const {result} = await structureText(`${HEAD}Ministers agreed to open twelve new huts on the high routes.\n\nThe chairs will present the Network's findings to the Alpine Convention in June 2027, and the fourth Dialogue will be held in Innsbruck in the autumn.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to open twelve new huts on the high routes.'])
    expect(result!.readout.outlook).toEqual(["The chairs will present the Network's findings to the Alpine Convention in June 2027, and the fourth Dialogue will be held in Innsbruck in the autumn."])
  })
})

describe('money pledged after the points', () => {
  it('keeps in the context a paragraph that opens with what partners pledged, though it says what will be added', async () => {
    const {result} = await structureText(`${HEAD}- Huts: Ministers agreed to open twelve new huts on the high routes.\n- Booking: One booking system will serve all huts.\n\nTwo mountain foundations pledged €40 million over four years to carry out the plan, and the Network's own fund will add €3 million for warden training.\n\nThe Network will meet next in Bolzano in May 2027.\n`)
    expect(result!.readout.outlook).toEqual(['The Network will meet next in Bolzano in May 2027.'])
    expect(result!.readout.context.join(' ')).toContain('Two mountain foundations pledged €40 million')
  })
})

describe('a meeting held yesterday, or yesterday and today, under a dated wire', () => {
  it('reads the day before the wire’s date, and through it when the meeting went on today', async () => {
    const french = await structureText('Algues : accord des ministres\n\nPOINTE-À-PITRE (Guadeloupe), 12 juin 2026 – Les ministres de la Mer de l’Alliance des îles contre les algues, réunis hier et aujourd’hui à Pointe-à-Pitre, ont adopté un plan de ramassage en mer.\n\n1. Les ministres ont décidé de ramasser les algues au large.\n')
    expect(french.result!.readout.dates).toMatchObject({start: '2026-06-11', end: '2026-06-12'})
    const yesterday = await structureText('Algues : accord des ministres\n\nPOINTE-À-PITRE (Guadeloupe), 12 juin 2026 – Les ministres de la Mer de l’Alliance des îles contre les algues, réunis hier à Pointe-à-Pitre, ont adopté un plan de ramassage en mer.\n\n1. Les ministres ont décidé de ramasser les algues au large.\n')
    expect(yesterday.result!.readout.dates).toMatchObject({start: '2026-06-11', end: '2026-06-11'})
    const english = await structureText('Seaweed plan agreed\nKingston, 12 June 2026\n\nMinisters of the Island Seaweed Alliance met yesterday and today in Kingston and adopted a plan to collect seaweed at sea.\n\n1. Ministers agreed to collect seaweed offshore.\n')
    expect(english.result!.readout.dates).toMatchObject({start: '2026-06-11', end: '2026-06-12'})
  })
})

describe('others present, listed after who met', () => {
  it('never takes a body among the representatives present for the body that met', async () => {
    const english = await structureText('Outcome Statement of the Ministerial Roundtable of the Baltic Grain Storage Initiative\nRiga, 18–19 May 2026\n\nMinisters of agriculture from nine Baltic countries met in Riga on 18 and 19 May 2026, together with representatives of the World Bank, the Council for Nordic Trade and farmers’ unions.\n\n1. Ministers agreed to share grain storage data.\n')
    expect(english.result!.readout.organisation).toBe('Baltic Grain Storage Initiative')
    const french = await structureText('Déclaration de la Table ronde ministérielle du Réseau baltique des silos\nRiga, 18–19 mai 2026\n\nLes ministres de neuf pays baltes se sont réunis à Riga les 18 et 19 mai 2026, en présence de représentants de la Banque mondiale et du Conseil nordique du commerce.\n\n1. Les ministres ont décidé de partager les données des silos.\n')
    expect(french.result!.readout.organisation).toBe('Réseau baltique des silos')
  })
})

describe('a short form the text defines in brackets', () => {
  it('names the plan by the name before it, not by the defined term', async () => {
    const {result} = await structureText(`${HEAD}1. The Ministers adopted the Chamonix Hut Safety Plan 2026–2030 (the "Safety Plan"), annexed to this statement.\n\n2. The Ministers agreed that the Safety Plan will be reviewed every two years.\n`)
    expect(result!.readout.roadmap).toBe('Chamonix Hut Safety Plan 2026–2030')
  })
})

describe('a line wrapped after a count', () => {
  it('carries on when the line before ends on a count after its preposition and the next opens with a capital', async () => {
    const english = await structureText('Ministers of farming from fifteen\nAlpine countries met in Rome on 18 May 2026.\n\n1. Ministers agreed to open new huts.\n')
    expect(english.result!.readout.participants).toBe('Ministers of farming from fifteen Alpine countries')
    expect(english.result!.readout.figures.map((f) => f.value)).toContain('15')
    const french = await structureText('Les ministres de l’Agriculture de quinze\nÉtats alpins se sont réunis à Rome le 18 mai 2026.\n\n1. Les ministres ont décidé d’ouvrir de nouveaux refuges.\n')
    expect(french.result!.readout.figures.map((f) => f.value)).toContain('15')
  })

  it('does not join a title that ends on a number in digits to the dateline under it', async () => {
    const {result} = await structureText('Ministerial Declaration of the Group of 77\nGeneva, 4 June 2026\n\nMinisters of the Group of 77 met in Geneva on 4 June 2026.\n\n1. Ministers agreed to share customs data.\n')
    expect(result!.readout.title).toBe('Ministerial Declaration of the Group of 77')
    expect(result!.readout.place).toBe('Geneva')
  })
})

describe('a count of some of a named body’s members', () => {
  it('counts the noun after the possessor (`6 of the Council’s members`)', async () => {
    const {result} = await structureText(`${HEAD}Only 7 of the Network's huts have a second water supply.\n\n1. Ministers agreed to open new huts.\n`)
    expect(result!.readout.figures.map((f) => f.value)).toContain('7')
  })
})

describe('a number brought to a count, its noun followed by a participle and its phrases', () => {
  it('counts `the number of countries taking part in the work of the Network` brought to 11', async () => {
    const {result} = await structureText(`${HEAD}1. Ministers agreed to open new huts.\n\n2. The Ministers admitted Austria as an observer, which brings the number of countries taking part in the work of the Network to 11.\n`)
    expect(result!.readout.figures.map((f) => [f.value, f.label])).toContainEqual(['11', 'countries taking part in the work of the Network'])
  })
})
