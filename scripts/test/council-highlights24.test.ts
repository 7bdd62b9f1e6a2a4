import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {figuresIn} from '../structure/extract-figures.js'

// A town council's highlights as round 24 showed them (issue 11): each decision under its heading closes on the
// vote's result, a note says the summary is not the official record, and the town is named only in the
// council's name. Every sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout

const TOP = 'Council Highlights\nRegular Meeting of Ashford Town Council – Monday, March 2, 2026\n\n'
const OPENING = 'Mayor Lena Park chaired the meeting, with all seven members of Council present.\n\n'

describe("a vote's result under a decision", () => {
  it('is no part of the decision it closes, in any of its usual wordings', async () => {
    for (const vote of ['Carried', 'Carried unanimously', 'Carried as amended', 'Motion carried', 'Defeated', 'Carried on a recorded vote (5-2)', 'Carried by a vote of 6 to 1']) {
      const readout = await read(`${TOP}${OPENING}Snow clearing\nCouncil approved a new contract for clearing snow from sidewalks within 24 hours of a storm.\n${vote}\n\nPool hours\nThe outdoor pool will open at 6 a.m. on weekdays from June.\n${vote}\n`)
      expect(readout.pillars.map((pillar) => pillar.body), vote).toEqual(['Council approved a new contract for clearing snow from sidewalks within 24 hours of a storm.', 'The outdoor pool will open at 6 a.m. on weekdays from June.'])
    }
  })
  it("is no part of a French council's decision either (`Adopté à l'unanimité`)", async () => {
    const readout = await read("Conseil municipal de Vannes\nSéance du lundi 2 mars 2026\n\nLe conseil municipal s'est réuni à l'hôtel de ville sous la présidence du maire.\n\nDéneigement des trottoirs\nLe conseil a approuvé un nouveau marché pour dégager les trottoirs dans les 24 heures après une chute de neige.\nAdopté à l'unanimité\n\nHoraires de la piscine\nLa piscine ouvrira à 6 heures en semaine à partir de juin.\nAdoptée à la majorité\n")
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual(['Le conseil a approuvé un nouveau marché pour dégager les trottoirs dans les 24 heures après une chute de neige.', 'La piscine ouvrira à 6 heures en semaine à partir de juin.'])
    expect(readout.place).toBe('Vannes')
  })
  it('keeps a sentence that says a motion carried, which is text', async () => {
    const readout = await read(`${TOP}${OPENING}Snow clearing\nThe motion to extend the snow contract carried after a long debate, and Council approved the new contract.\n`)
    expect(readout.pillars[0].body).toBe('The motion to extend the snow contract carried after a long debate, and Council approved the new contract.')
  })
})

describe('a note that the summary is not the official record', () => {
  it('is neither outlook nor a point, though it names the next meeting', async () => {
    const readout = await read(`${TOP}These highlights sum up what Council decided. They are not the official record: the minutes will be posted once Council adopts them at its next meeting.\n\n${OPENING}Snow clearing\nCouncil approved a new contract for clearing snow from sidewalks.\n\nNext meeting\nCouncil will next meet on Monday, March 16, 2026.\n`)
    expect(readout.outlook).toEqual(['Council will next meet on Monday, March 16, 2026.'])
    expect(readout.pillars).toHaveLength(1)
  })
})

describe("the town a council is named after", () => {
  it('is the place when the text names no other', async () => {
    expect((await read(`${TOP}${OPENING}Snow clearing\nCouncil approved a new contract for clearing snow from sidewalks.\n`)).place).toBe('Ashford')
    expect((await read(`Council Highlights\nRegular Meeting of Port Elgin City Council – Monday, March 2, 2026\n\n${OPENING}Snow clearing\nCouncil approved a new contract for clearing snow from sidewalks.\n`)).place).toBe('Port Elgin')
  })
  it('gives way to a place the text names', async () => {
    expect((await read(`Council Highlights\nAshford Town Council\nMilton, March 2, 2026\n\n${OPENING}Snow clearing\nCouncil approved a new contract for clearing snow from sidewalks.\n`)).place).toBe('Milton')
  })
  it('is not read from a county or a regional council', async () => {
    expect((await read(`Council Highlights\nRegular Meeting of Ashford County Council – Monday, March 2, 2026\n\n${OPENING}Snow clearing\nCouncil approved a new contract for clearing snow from sidewalks.\n`)).place).toBeUndefined()
  })
})

describe('a length or an area joined to its number by a hyphen', () => {
  it('is a figure of the thing it measures', () => {
    expect(figuresIn('Council approved a 2.6-kilometre cycle lane along King Street.').map((figure) => [figure.value, figure.label])).toEqual([['2.6', 'kilometres of cycle lane']])
    expect(figuresIn('The Trust will restore a 40-hectare wetland by 2029.').map((figure) => [figure.value, figure.label])).toEqual([['40', 'hectares of wetland by 2029']])
  })
  it('is no figure when it is a limit a rule sets', () => {
    expect(figuresIn('No new building is allowed inside the 5-kilometre radius around the wells.')).toEqual([])
  })
})
