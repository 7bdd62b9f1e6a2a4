import {describe, expect, it} from 'vitest'
import {splitOutlook} from '../structure/extract-pillars.js'
import {ENGLISH} from '../structure/language.js'
import {structureText} from './helpers.js'

// Which paragraphs are roadmap and which are outlook is decided by what they say (issue 11): a
// decision stays a point even when it then names the next meeting; only the sentences about that
// meeting go to the outlook, and no sentence is lost or repeated.
const HEAD = 'Ministers of the Lake Forum met in Kampala on 3 May 2022.\n“The lake feeds us all.” the Chair said.\n'

/** Every sentence of the source is in the readout once: in a point, the context or the outlook. */
function sentencesOf(readout: {dateline?: string; context: string[]; outlook: string[]; pillars: Array<{body: string}>}): string[] {
  return [readout.dateline ?? '', ...readout.context, ...readout.pillars.map((p) => p.body), ...readout.outlook].join(' ').split(/(?<=\.)\s+/).filter(Boolean)
}

describe('outlook', () => {
  it('keeps a numbered decision as a point and sends only its next-meeting sentence to the outlook', async () => {
    const {result} = await structureText(`${HEAD}1. Ministers agreed to ban nets with a fine mesh.\n2. Ministers agreed to set up a panel on fish stocks. They will consider its first findings at their next meeting, in Kisumu in 2023.\n`)
    const readout = result!.readout
    expect(readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers agreed to set up a panel on fish stocks.'])
    expect(readout.outlook).toEqual(['They will consider its first findings at their next meeting, in Kisumu in 2023.'])
    const all = sentencesOf(readout)
    expect(new Set(all).size).toBe(all.length)
  })

  it('does the same for a paragraph under a heading, a prose paragraph and a French numbered paragraph', async () => {
    const headings = await structureText(`${HEAD}\nFishing nets\nMinisters agreed to ban nets with a fine mesh.\n\nFish stocks\nMinisters agreed to set up a panel on fish stocks. The panel will report at the next meeting of the Forum.\n`)
    expect(headings.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers agreed to set up a panel on fish stocks.'])
    expect(headings.result!.readout.outlook).toEqual(['The panel will report at the next meeting of the Forum.'])
    const prose = await structureText(`${HEAD}\nMinisters agreed to ban nets with a fine mesh.\n\nMinisters decided to open a fund for fishing villages. The bank will report on the first loans at the next ministerial meeting.\n`)
    expect(prose.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers decided to open a fund for fishing villages.'])
    expect(prose.result!.readout.outlook).toEqual(['The bank will report on the first loans at the next ministerial meeting.'])
    const french = await structureText('Les ministres du Forum du lac se sont réunis à Kampala le 3 mai 2022.\n1. Les ministres ont décidé d’interdire les filets à mailles fines.\n2. Les ministres ont décidé de créer un observatoire des stocks. Ils examineront son premier rapport lors de leur prochaine réunion, à Kisumu en 2023.\n')
    expect(french.result!.readout.pillars.map((p) => p.body)).toEqual(['Les ministres ont décidé d’interdire les filets à mailles fines.', 'Les ministres ont décidé de créer un observatoire des stocks.'])
    expect(french.result!.readout.outlook).toEqual(['Ils examineront son premier rapport lors de leur prochaine réunion, à Kisumu en 2023.'])
  })

  it('keeps whole a decision whose own clause names the next meeting, and sends to the outlook one that only sets a review for it', async () => {
    const {result} = await structureText(`${HEAD}1. Ministers agreed to ban nets with a fine mesh.\n2. Ministers agreed to set up a panel on fish stocks, which will present its findings at the next meeting.\n3. Ministers instructed officials to report on the ban at the Forum's next ministerial meeting.\n4. Ministers agreed that the next meeting will be held in Kisumu.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers agreed to set up a panel on fish stocks, which will present its findings at the next meeting.'])
    expect(result!.readout.outlook).toEqual(["Ministers instructed officials to report on the ban at the Forum's next ministerial meeting.", 'Ministers agreed that the next meeting will be held in Kisumu.'])
  })

  it('keeps a numbered paragraph that only quotes the Chair as context, not a point', async () => {
    const {result} = await structureText(`Ministers of the Lake Forum met in Kampala on 3 May 2022.\n1. Ministers agreed to ban nets with a fine mesh.\n2. "We cannot fish our way out of an empty lake," said the Chair, Minister Ruth Okello, as she opened the meeting.\n3. Ministers launched a register of fishing boats.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers launched a register of fishing boats.'])
    expect(result!.readout.context).toEqual(['"We cannot fish our way out of an empty lake," said the Chair, Minister Ruth Okello, as she opened the meeting.'])
    expect(result!.readout.keyMessage).toBe('We cannot fish our way out of an empty lake.')
  })

  it('cuts between sentences only, so the two parts are the paragraph', () => {
    const text = 'Ministers agreed to open a fund of US$2.5 million. They will review it at their next meeting in Washington, D.C. in 2025.'
    const split = splitOutlook(text, ENGLISH)!
    expect(split).toEqual({kept: 'Ministers agreed to open a fund of US$2.5 million.', ahead: 'They will review it at their next meeting in Washington, D.C. in 2025.'})
    expect(`${split.kept} ${split.ahead}`).toBe(text)
    expect(splitOutlook('Ministers will meet again in Kisumu. They agreed a plan.', ENGLISH)).toBeUndefined()
    expect(splitOutlook('Ministers agreed a plan.', ENGLISH)).toBeUndefined()
  })
})
