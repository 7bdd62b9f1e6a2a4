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

const WIRE_BODY = '\n\nThe forum also agreed to check the locks twice a year.\n\nThe boards will meet again in Leiden next spring.\n'

describe("a wire's dateline with an agency's credit, whatever the place's qualifier", () => {
  const opening = (dateline: string) => `Canal boards agree to resurface the towpaths\nUpdated: Mar 10, 2026 18:05 GMT\n\n${dateline} Ministers from six countries agreed on Tuesday to resurface the canal towpaths, at the close of a meeting of the Lowland Canal Forum.${WIRE_BODY}`
  it('reads the city, the date and the kind after `(ANI):`, `(Reuters) -`, `(AP) —`, `/PRNewswire/ --`', async () => {
    for (const dateline of ['Utrecht [Netherlands], March 10, 2026 (ANI):', 'UTRECHT, March 10, 2026 (Reuters) -', 'Utrecht (Netherlands), 10 March 2026 (AP) —', 'Utrecht, March 10, 2026 /PRNewswire/ --']) {
      const readout = await read(opening(dateline))
      expect(readout.place, dateline).toBe('Utrecht')
      expect(readout.kind, dateline).toBe('press release')
      expect(readout.dates?.start, dateline).toBe('2026-03-10')
      expect(readout.pillars.some((pillar) => pillar.body.includes('Ministers from six')), dateline).toBe(false)
    }
  })
  it('reads a French wire the same way, `(AFP) -`, `(Belga)`', async () => {
    for (const dateline of ['Namur (Belgique), 10 mars 2026 (Belga) –', 'Namur, 10 mars 2026 (AFP) -']) {
      const readout = await read(`${TITRE}\n\n${dateline} Réunis ce mardi à Namur, les membres de la Conférence des voies navigables ont décidé de refaire les chemins de halage.\n\nIls ont aussi décidé de contrôler les écluses deux fois par an.\n`)
      expect(readout.place, dateline).toBe('Namur')
      expect(readout.kind, dateline).toBe('press release')
    }
  })
})

describe('a place and a date that stand as a sentence of their own at the head of the first paragraph', () => {
  it('heads the dateline that follows: place, days, the body named with its acronym, and no point', async () => {
    const readout = await read(`${TITRE}\n\nDinan, mercredi 11 mars 2026. Réunie en assemblée générale mardi et mercredi à Dinan, l'Union des bateliers de la Rance (UBR) a adopté un plan pour les chemins de halage.\n\nLes bateliers ont décidé de refaire les chemins d'ici 2028.\n\nL'union se réunira de nouveau au printemps.\n`)
    expect(readout.place).toBe('Dinan')
    expect(readout.dates).toMatchObject({start: '2026-03-10', end: '2026-03-11'})
    expect(readout.organisation).toBe('Union des bateliers de la Rance')
    expect(readout.pillars.map((pillar) => pillar.body).join(' ')).not.toMatch(/^Dinan|Réunie/u)
  })
  it('reads an English one in capitals, and one in ordinary case', async () => {
    for (const dateline of ['UTRECHT, 12 March 2026.', 'Utrecht, Thursday 12 March 2026.']) {
      const readout = await read(`${HEADLINE}\n\n${dateline} Meeting in Utrecht, the Lowland Canal Forum agreed to resurface the towpaths.\n\nThe forum also agreed to check the locks twice a year.\n`)
      expect(readout.place, dateline).toBe('Utrecht')
      expect(readout.dates?.start, dateline).toBe('2026-03-12')
    }
  })
})

describe('a body named in the lead with its own acronym', () => {
  it('is the organisation, in French and in English', async () => {
    expect((await read(`${TITRE}\n\nRéunie ce jeudi à Dinan le 12 mars 2026, l'Entente des éclusiers fluviaux (EEF) a adopté un plan.\n\nElle a décidé de refaire les chemins.\n`)).organisation).toBe('Entente des éclusiers fluviaux')
    expect((await read(`${HEADLINE}\n\nMeeting in Utrecht on 12 March 2026, the Towpath Keepers of Holland (TKH) agreed to resurface the towpaths.\n\nThey also agreed to check the locks.\n`)).organisation).toBe('Towpath Keepers of Holland')
  })
})
