import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {figuresIn} from '../structure/extract-figures.js'

// Layouts round 24 showed the reader misreading (issue 11), each covered here by sentences written for the test:
// an intergovernmental document's distribution box over its title block, its paragraphs that open on a
// decision's number, a budget for a span of years.

const read = async (text: string) => (await structureText(text)).result!.readout

const SESSION = `Regional Seed Bank Council\nFourth session\nNiamey, 9–11 March 2026\n\nDecisions adopted by the Council at its fourth session\n\nThe Regional Seed Bank Council held its fourth session in Niamey from 9 to 11 March 2026. Delegates of 23 seed banks took part.\n\nBy decision 4/1, the Council adopted a common standard for the storage of millet and sorghum seed.\n\nBy decision 4/2, the Council set the goal that every member bank hold a duplicate of its collection abroad by 2029.\n\nBy decision 4/3, the Council created a fund for the repair of cold rooms damaged by floods.\n`

describe("an intergovernmental document's distribution box", () => {
  it('sets aside its symbol, distribution, issue date and language lines, and reads the title block under it', async () => {
    const readout = await read(`RSBC/4/12\nDistr.: General\n30 March 2026\nOriginal: French\n\n${SESSION}`)
    expect(readout.title).toBe('Decisions adopted by the Council at its fourth session')
    expect(readout.kind).toBe('readout')
    expect(readout.place).toBe('Niamey')
    expect(readout.dates?.start).toBe('2026-03-09')
    expect(readout.pillars.map((pillar) => pillar.body.slice(0, 16))).toEqual(['By decision 4/1,', 'By decision 4/2,', 'By decision 4/3,'])
  })
  it('reads a box in another order, or with a limited distribution', async () => {
    const readout = await read(`Distr.: Limited\nRSBC/4/L.2\nOriginal: English\n12 March 2026\n\n${SESSION}`)
    expect(readout.title).toBe('Decisions adopted by the Council at its fourth session')
    expect(readout.dates?.start).toBe('2026-03-09')
  })
  it('reads a French box (`Distr. : générale`, `Original : anglais`)', async () => {
    const readout = await read("CRSS/4/12\nDistr. : générale\n30 mars 2026\nOriginal : anglais\n\nConseil régional des semences\nQuatrième session\nNiamey, 9-11 mars 2026\n\nDécisions adoptées par le Conseil à sa quatrième session\n\nLe Conseil régional des semences a tenu sa quatrième session à Niamey du 9 au 11 mars 2026.\n\nPar sa décision 4/1, le Conseil a adopté une norme commune pour la conservation des semences de mil.\n\nPar sa décision 4/2, le Conseil a créé un fonds pour la réparation des chambres froides.\n")
    expect(readout.title).toBe('Décisions adoptées par le Conseil à sa quatrième session')
    expect(readout.place).toBe('Niamey')
  })
  it('leaves a reference line and a date that stand with no distribution line as they were read', async () => {
    const readout = await read(`RSBC/4/12\n30 March 2026\n\nMeeting of the Regional Seed Bank Council\n\nThe Council met in Niamey. It agreed to double the seed reserve.\n`)
    expect(readout.title).toBe('Meeting of the Regional Seed Bank Council')
    expect(readout.dates?.start).toBe('2026-03-30')
  })
})

describe("a paragraph that opens on a decision's number", () => {
  it('is a point whatever its verb, also when it sets a goal for a year ahead', async () => {
    const readout = await read(SESSION)
    expect(readout.pillars.some((pillar) => pillar.body.startsWith('By decision 4/2, the Council set the goal'))).toBe(true)
    expect(readout.outlook.some((paragraph) => paragraph.startsWith('By decision'))).toBe(false)
  })
  it('is a point when it names a resolution with its session in brackets', async () => {
    const readout = await read('The Assembly of the Seed Treaty met in Rome on 4 May 2026.\n\nIn resolution 12/3 (XII), the Assembly set the goal that every party report its collections by 2030.\n\nBy resolution 12/4, the Assembly approved a new fee schedule for seed samples.\n')
    expect(readout.pillars.map((pillar) => pillar.body.slice(0, 13))).toEqual(['In resolution', 'By resolution'])
  })
  it('leaves an aim a body sets without a numbered decision in the outlook', async () => {
    const readout = await read('The Assembly of the Seed Treaty met in Rome on 4 May 2026.\n\nThe Assembly approved a new fee schedule for seed samples.\n\nThe Assembly set the goal of doubling the collections by 2030.\n')
    expect(readout.outlook.some((paragraph) => paragraph.startsWith('The Assembly set the goal'))).toBe(true)
  })
})

describe('a budget for a span of years', () => {
  it('labels the amount by the budget and its years, after `of` or `at`', () => {
    expect(figuresIn('The Council adopted its budget for 2027–2028 of US$3.4 million.').map((figure) => [figure.value, figure.label])).toEqual([['US$3.4 million', 'budget for 2027–2028']])
    expect(figuresIn('Approves the budget of the Secretariat for 2026–2027 at US$2.25 million.').map((figure) => [figure.value, figure.label])).toEqual([['US$2.25 million', 'budget of the Secretariat for 2026–2027']])
  })
  it('keeps the rise on a previous period of several years', () => {
    const figures = figuresIn('The Board adopted its budget for 2027 of €9.1 million, an increase of 2.5 percent on the previous three-year period.')
    expect(figures.map((figure) => [figure.value, figure.label])).toEqual([['€9.1 million', 'budget for 2027'], ['2.5%', 'increase on the previous three-year period']])
  })
})

describe("a communiqué's place written with its state's long name", () => {
  it('reads the city before `Republic of …` or `Kingdom of …` in the title block', async () => {
    for (const state of ['Republic of Chad', 'Kingdom of Eswatini', 'United Republic of Tanzania']) {
      const readout = await read(`Communiqué of the First Session of the Committee on Grain Reserves\nMbabane, ${state}, 3–4 June 2026\n\nThe Committee,\n\n1. Decides to set up a shared grain reserve of 40,000 tonnes;\n\n2. Requests the Commission to draft the rules of the reserve;\n\n3. Urges Member States to pay their shares by the end of 2027;\n`)
      expect(readout.place, state).toBe('Mbabane')
    }
  })
})

describe('the formula that keeps the matter before the body', () => {
  it('is no point when it stands as an operative paragraph of its own', async () => {
    for (const formula of ['Decides to remain seized of the matter.', 'Decides to remain actively seized of the matter.', 'The Committee decided to remain seized of the matter.']) {
      const readout = await read(`Communiqué of the First Session of the Committee on Grain Reserves\nMbabane, 3–4 June 2026\n\nThe Committee,\n\n1. Decides to set up a shared grain reserve of 40,000 tonnes;\n\n2. Requests the Commission to draft the rules of the reserve;\n\n3. ${formula}\n`)
      expect(readout.pillars.map((pillar) => pillar.body), formula).toEqual(['Decides to set up a shared grain reserve of 40,000 tonnes;', 'Requests the Commission to draft the rules of the reserve;'])
      expect(readout.outlook, formula).toEqual([])
    }
  })
  it('leaves a decision that goes on after it a point', async () => {
    const readout = await read('Communiqué of the First Session of the Committee on Grain Reserves\nMbabane, 3–4 June 2026\n\nThe Committee,\n\n1. Decides to set up a shared grain reserve of 40,000 tonnes;\n\n2. Decides to remain seized of the matter and to review the reserve at each session;\n')
    expect(readout.pillars.map((pillar) => pillar.body.slice(0, 30))).toContain('Decides to remain seized of th')
  })
})
