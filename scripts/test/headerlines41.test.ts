import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Header lines, kind and furniture (branch headerlines, cause C of round 28). Every sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout

const BODY = '\n\nThe Lowland Canal Boards met in Utrecht on 12 March 2026 to review the towpath repairs. They agreed to resurface the towpaths and to check the locks twice a year.\n\nThey will meet again next spring.\n'
const CORPS = "\n\nRéunie à Namur le 12 mars 2026, la Conférence des voies navigables a examiné l'état des chemins de halage. Elle a décidé de refaire les chemins et de contrôler les écluses deux fois par an.\n\nElle se réunira de nouveau au printemps.\n"
const HEADLINE = 'Canal boards to resurface the towpaths by 2028'
const TITRE = 'Voies navigables : les chemins de halage seront refaits d\'ici 2028'

describe("a page's metadata line is never the title", () => {
  it('sets aside a line of `Label: value` fields cut by bars', async () => {
    expect((await read(`Document status: APPROVED | Distribution: PUBLIC | Rev. 3 – 14 March 2026\n\n${HEADLINE}${BODY}`)).title).toBe(HEADLINE)
    expect((await read(`Status: draft · Owner: Secretariat · Review: annual\n${HEADLINE}${BODY}`)).title).toBe(HEADLINE)
  })
  it('sets aside a line that opens on a metadata label', async () => {
    expect((await read(`Prepared by: Secretariat, Lowland Canal Boards\n\n${HEADLINE}${BODY}`)).title).toBe(HEADLINE)
    expect((await read(`${HEADLINE}\nCategory: Waterways\nReading time: 2 min${BODY}`)).title).toBe(HEADLINE)
  })
  it('reads French metadata the same way, beside a date that still counts', async () => {
    expect((await read(`Statut : définitif | Version : 2.1 | Diffusion : publique\n\n${TITRE}${CORPS}`)).title).toBe(TITRE)
    expect((await read(`Rédigé par : Secrétariat de la Conférence\nMots-clés : halage, écluses\n\n${TITRE}${CORPS}`)).title).toBe(TITRE)
    const readout = await read(`Date : 12.03.2026 | Langue : FR | Rubrique : Mobilité\n\n${TITRE}${CORPS}`)
    expect(readout.title).toBe(TITRE)
    expect(readout.dates?.start).toBe('2026-03-12')
  })
  it("never takes a publication line for the title, in any date format", async () => {
    expect((await read(`Communiqué\nDate de publication : 12-03-2026\n\n${TITRE}${CORPS}`)).title).toBe(TITRE)
    expect((await read(`Media note\nLast updated: 03/12/2026\n\n${HEADLINE}${BODY}`)).title).toBe(HEADLINE)
  })
  it('keeps a headline that has a colon of its own', async () => {
    expect((await read(`Waterways: canal boards to resurface the towpaths${BODY}`)).title).toBe('Waterways: canal boards to resurface the towpaths')
  })
})

describe('a ministry or a department over the headline is who issues the page, not its title', () => {
  it('reads past a federal public service, a federal department and a federal ministry', async () => {
    expect((await read(`SPF Mobilité et Transports\nCommuniqué\n\n${TITRE}${CORPS}`)).title).toBe(TITRE)
    expect((await read(`Département fédéral de l'intérieur\nCommuniqué\n\n${TITRE}${CORPS}`)).title).toBe(TITRE)
    expect((await read(`Secrétariat d'État chargé de la Mer\n\n${TITRE}${CORPS}`)).title).toBe(TITRE)
    expect((await read(`Federal Ministry for Transport and Waterways\nPress release\n\n${HEADLINE}${BODY}`)).title).toBe(HEADLINE)
    expect((await read(`Federal Public Service Mobility\n\n${HEADLINE}${BODY}`)).title).toBe(HEADLINE)
  })
})

describe("a bare line that says the page informs the press", () => {
  it('names a press release, and the headline under it is the title', async () => {
    for (const kind of ['INFORMATION PRESSE', 'Information aux médias', 'Info presse']) {
      const readout = await read(`${kind}\n\n${TITRE}${CORPS}`)
      expect(readout.title).toBe(TITRE)
      expect(readout.kind).toBe('press release')
    }
    const readout = await read(`Press information\n\n${HEADLINE}${BODY}`)
    expect(readout.title).toBe(HEADLINE)
    expect(readout.kind).toBe('press release')
  })
})
