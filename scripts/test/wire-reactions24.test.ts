import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {figuresIn} from '../structure/extract-figures.js'

// A newswire's story of a meeting as round 24 showed it (issue 11): a paragraph on how groups outside the meeting took
// the deal, and a count whose noun the sentence before gave. Every sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout

const WIRE = (reaction: string) => `Baltic ministers agree to close cod fishery for two years\n\nGDANSK, June 3 (Northline) - Fisheries ministers from eight Baltic countries agreed on Wednesday to close the eastern cod fishery until 2028, at a meeting in Gdansk.\n\nUnder the agreement, fishers who lose their catch will receive compensation from a joint fund from January 2027.\n\nThe ministers also agreed to fit cameras on every trawler longer than 12 metres by 2028.\n\n${reaction}\n\nThe ministers will meet again in Riga in June 2027.\n`

describe("a wire's paragraph on how outside groups took the deal", () => {
  it('is context, neither a point nor the outlook, though it names a year ahead', async () => {
    for (const reaction of ['Environmental groups said the closure came too late. They had called for a ban from 2026.', 'Fishing industry groups broadly welcomed the deal but warned that the fund would run out by 2028.', 'Campaigners urged the ministers to go further by 2027.']) {
      const readout = await read(WIRE(reaction))
      expect(readout.pillars.some((pillar) => pillar.body === reaction), reaction).toBe(false)
      expect(readout.outlook, reaction).toEqual(['The ministers will meet again in Riga in June 2027.'])
    }
  })
  it('leaves a paragraph in which a group of the meeting decides a point', async () => {
    const readout = await read(WIRE('The ministers also agreed to set up a working group on seals by 2027.'))
    expect(readout.pillars.some((pillar) => pillar.body.startsWith('The ministers also agreed to set up a working group'))).toBe(true)
  })
})

describe('a count whose noun the sentence before gave', () => {
  it('is labelled by the things counted before and what is to be done to them', () => {
    expect(figuresIn('The ministers agreed to hire and train 450 by 2029.', 'Some 2,100 fisheries inspectors work in the region today.').map((figure) => [figure.value, figure.label])).toEqual([['450', 'fisheries inspectors to hire and train by 2029']])
    expect(figuresIn('The Fund will build 40 in 2027.', 'About 300 fish markets have no cold store.').map((figure) => [figure.value, figure.label])).toEqual([['40', 'fish markets to build in 2027']])
  })
  it('is not read when the sentence before counted nothing', () => {
    expect(figuresIn('The ministers agreed to hire and train 450 by 2029.', 'Inspectors are scarce in the region.')).toEqual([])
  })
})
