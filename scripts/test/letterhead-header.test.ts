import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What the headerteam red team (issue 11) found the reader misreading at the top of a text in layouts of its
// own: a letterhead, a marking or a state's name taken for the title, a newsroom's line joined to a masthead in
// capitals, a place set off from its date by a dash. Every sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout

const BODY = '\n\nThe ministers met to review the shared reserve. They agreed to double the reserve and to check it twice a year.\n\nThey will meet again next spring.\n'

describe('a letterhead over the title', () => {
  it('takes the line under a body named in capitals for the title, past a reference line', async () => {
    const readout = await read(`HIGHLAND GRAIN COUNCIL\nRef: HGC/2026/7\n\nOutcome of the Third Ministerial Meeting on Grain Reserves\nGaborone, 9 April 2026${BODY}`)
    expect(readout.title).toBe('Outcome of the Third Ministerial Meeting on Grain Reserves')
  })
  it('takes the line under an acronym alone, or under a name with its acronym, for the title', async () => {
    expect((await read(`HGC\nMeeting of the Highland Grain Council\nGaborone, 9 April 2026${BODY}`)).title).toBe('Meeting of the Highland Grain Council')
    expect((await read(`Highland Grain Council (HGC)\nMeeting of the Highland Grain Council\nGaborone, 9 April 2026${BODY}`)).title).toBe('Meeting of the Highland Grain Council')
  })
  it('takes the line under a bare kind under the letterhead for the title', async () => {
    const readout = await read(`Highland Grain Council\nJoint Statement\nSummit on Grain Reserves\nGaborone, 9 April 2026${BODY}`)
    expect(readout.title).toBe('Summit on Grain Reserves')
    expect(readout.kind).toBe('joint statement')
  })
  it('keeps the body for the title when the line under it is a city or the name in the other language', async () => {
    expect((await read(`Media Note\nHighland Grain Council\nGaborone${BODY}`)).title).toBe('Highland Grain Council')
    const french = await read("Conférence régionale sur les réserves de grains\nRegional Conference on Grain Reserves\nCommuniqué final\nGaborone, le 9 avril 2026\n\nLes ministres se sont réunis pour examiner la réserve commune. Ils ont décidé de doubler la réserve et de la contrôler deux fois par an.\n")
    expect(french.title).toBe('Conférence régionale sur les réserves de grains')
  })
})

describe('a marking or a state over the title', () => {
  it('never takes a marking of who may read the text for the title', async () => {
    expect((await read(`RESTRICTED\nMeeting of the Highland Grain Council${BODY}`)).title).toBe('Meeting of the Highland Grain Council')
    expect((await read("DIFFUSION RESTREINTE\nRéunion du Conseil des céréales\n\nLe Conseil s'est réuni à Gaborone le 9 avril 2026. Il a décidé de doubler la réserve commune.\n")).title).toBe('Réunion du Conseil des céréales')
  })
  it("never takes a state's letterhead for the title", async () => {
    expect((await read(`REPUBLIC OF BOTSWANA\nMeeting of the Highland Grain Council${BODY}`)).title).toBe('Meeting of the Highland Grain Council')
    expect((await read("RÉPUBLIQUE DU TCHAD\nRéunion du Comité des céréales\nDate : 9 avril 2026\n\nLe Comité s'est réuni à Moundou. Il a décidé de doubler la réserve commune.\n")).title).toBe('Réunion du Comité des céréales')
  })
})

describe("a newsroom's line under a masthead in capitals", () => {
  it('reads `FOR IMMEDIATE RELEASE` as the kind, never as the end of the masthead', async () => {
    const readout = await read(`HIGHLAND GRAIN COUNCIL\nFOR IMMEDIATE RELEASE\n\nMinisters double the grain reserve\nGaborone, 9 April 2026${BODY}`)
    expect(readout.kind).toBe('press release')
  })
})

describe('a place set off from its date by a dash', () => {
  it('reads the city before the dash, a country after it dropped', async () => {
    expect((await read(`Ministers double the grain reserve\nGaborone – Thursday, April 9, 2026${BODY}`)).place).toBe('Gaborone')
    expect((await read(`Ministers double the grain reserve\nFrancistown, Botswana — 9 April 2026${BODY}`)).place).toBe('Francistown')
  })
  it("never reads a site's section before a dash as the place", async () => {
    const readout = await read(`Grain Council Weekly News – Thursday, April 9, 2026\n\nMinisters of the Highland Grain Council met today in Maun to review the shared reserve. They agreed to double the reserve.\n`)
    expect(readout.place).toBe('Maun')
  })
})

describe('who acted, before the body they belong to', () => {
  it("reads the body, not `Ministers of the …`, from a wire's first sentence", async () => {
    const readout = await read('Ministers widen the seed market\n\nMAUN, Botswana, April 9, 2026 – Ministers of the Kalahari Seed Forum agreed on Thursday to recognise one another\'s seed certificates.\n')
    expect(readout.organisation).toBe('Kalahari Seed Forum')
  })
})

describe('a meeting held in two places', () => {
  it('runs its dates from the first place to the second', async () => {
    const english = await read('Flood ministers meet on two banks\n\nMinisters of the Drava Flood Alliance met in Maribor on 4 May and in Varaždin on 5 May 2026. They agreed to raise the shared dykes.\n')
    expect(english.dates).toMatchObject({start: '2026-05-04', end: '2026-05-05'})
    const french = await read("Rencontre des maires du fleuve\n\nLes maires de l'Alliance du fleuve Moselle se sont réunis à Metz le 4 mai puis à Trèves le 5 mai 2026. Ils ont décidé de créer une navette fluviale.\n")
    expect(french.dates).toMatchObject({start: '2026-05-04', end: '2026-05-05'})
  })
  it('keeps one day when the sentence goes on to something else', async () => {
    const readout = await read('Flood ministers meet\n\nMinisters of the Drava Flood Alliance met in Maribor on 4 May 2026 and agreed to raise the shared dykes.\n')
    expect(readout.dates).toMatchObject({start: '2026-05-04', end: '2026-05-04'})
  })
})
