import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 18 (issue 11) showed the reader missing in the title, the organisation, the place, the
// dates and the roadmap's name, stated as rules an editor would give. Every sentence here is written for the test.

describe("a newsletter's masthead above the headline", () => {
  it('reads `… Bulletin · No. 7 · <date>` as who publishes it and takes the headline below as the title', async () => {
    const {result} = await structureText('Green Harbours Bulletin · No. 7 · Tuesday, March 10, 2026\n\nPort mayors agree to share one shore-power tender\n\nMayors of 12 ports of the Green Harbours Alliance met in Gdańsk on 9 March for their spring meeting.\n\nThe ports will buy shore power together from 2027.\n\nThe ports will publish their emissions every year.\n')
    expect(result!.readout.title).toBe('Port mayors agree to share one shore-power tender')
    expect(result!.readout.organisation).toBe('Green Harbours Alliance')
    expect(result!.readout.place).toBe('Gdańsk')
  })
  it('reads a French `Bulletin du Réseau … • n° 12 • <date>` the same way', async () => {
    const {result} = await structureText("Bulletin du Réseau des ports verts • n° 12 • mardi 10 mars 2026\n\nLes maires des ports s'accordent sur un achat commun\n\nLes maires de douze ports du Réseau des ports verts se sont réunis à Sète le 9 mars 2026.\n\nLes ports achèteront ensemble l'électricité à quai dès 2027.\n\nLes ports publieront chaque année leurs émissions.\n")
    expect(result!.readout.title).toBe("Les maires des ports s'accordent sur un achat commun")
  })
})

describe('a thread of numbered posts under its author and date', () => {
  const thread = (opening: string) => `Lake Basin Water Council @LakeBasinWater · Mar 5, 2026\n\n1/ ${opening} Here is what they decided. 🧵\n\n2/ Ministers agreed to measure the lake's level every day at 30 stations.\n\n3/ They will share the data openly from 2027.\n\n4/ Next stop: Kisumu in 2027. 👋\n`
  it('leaves the author line `Name @handle · <date>` out of the title and reads the meeting from the first post', async () => {
    const {result} = await structureText(thread('Water ministers of the Lake Basin Water Council met in Jinja, Uganda, today.'))
    expect(result!.readout.title).toBe('Lake Basin Water Council in Jinja')
    expect(result!.readout.place).toBe('Jinja')
    expect(result!.readout.participants).toBe('Water ministers')
    expect(result!.readout.dates).toMatchObject({start: '2026-03-05', end: '2026-03-05'})
  })
  it('reads `wrapped up three days of talks … today` as the three days that end on the post\'s date', async () => {
    const {result} = await structureText(thread('Water ministers of the Lake Basin Water Council wrapped up three days of talks in Jinja today.'))
    expect(result!.readout.place).toBe('Jinja')
    expect(result!.readout.dates).toMatchObject({start: '2026-03-03', end: '2026-03-05'})
  })
})

describe('a meeting of so many days that ends on the date of the text', () => {
  it('reads `concluded a two-day summit in … today` under a dated title block', async () => {
    const {result} = await structureText('Press release\nLima, 14 May 2026\n\nTrade ministers of the Andean Trade Forum concluded a two-day summit in Lima today.\n\nMinisters agreed to cut customs fees by half by 2028.\n')
    expect(result!.readout.dates).toMatchObject({start: '2026-05-13', end: '2026-05-14'})
    expect(result!.readout.place).toBe('Lima')
  })
  it("reads `ont achevé aujourd'hui deux jours de travaux` the same way", async () => {
    const {result} = await structureText("Communiqué de presse\nDakar, le 14 mai 2026\n\nLes ministres du Commerce du Forum ouest-africain du commerce se sont réunis à Dakar et ont achevé aujourd'hui deux jours de travaux.\n\nLes ministres ont décidé de réduire de moitié les frais de douane d'ici 2028.\n")
    expect(result!.readout.dates).toMatchObject({start: '2026-05-13', end: '2026-05-14'})
  })
})

describe('who met, named where a speech or a briefing says it', () => {
  it('reads the body from the office its speaker holds in a speech\'s title (`…, Chair of the … Forum`)', async () => {
    const {result} = await structureText('Opening address by the Hon. Mere Tuilagi, Minister of Fisheries of Samoa and Chair of the Pacific Tuna Ministerial Forum\nApia, 3–4 June 2026\n\nColleagues and friends,\n\nWe have two days to agree on how our tuna will be counted. Let me say what I hope we decide.\n\nFirst, every boat should carry a camera by 2028.\n\nSecond, catches should be reported every week.\n')
    expect(result!.readout.organisation).toBe('Pacific Tuna Ministerial Forum')
  })
  it('reads a French speech the same way (`…, présidente du Conseil …`)', async () => {
    const {result} = await structureText("Discours de clôture de Mme Awa Ndiaye, ministre de la Pêche du Sénégal et présidente du Conseil régional des pêches\nDakar, 3 et 4 juin 2026\n\nMesdames et Messieurs,\n\nNous avons travaillé deux jours. Permettez-moi de rappeler ce que vous avez décidé.\n\nD'abord, chaque pirogue portera une balise d'ici 2028.\n")
    expect(result!.readout.organisation).toBe('Conseil régional des pêches')
  })
  it('reads the body a relative clause of meeting follows (`… meeting of the … Board, which met by videoconference`)', async () => {
    const {result} = await structureText("Office of the Spokesperson\nNoon briefing\nNairobi, 4 June 2026\n\nSPOKESPERSON: Good morning. I will begin with a readout of yesterday's meeting of the East African Measles Board, which met by videoconference.\n\nSPOKESPERSON: The Board agreed to vaccinate 3 million children in the border districts by December.\n\nSPOKESPERSON: It approved US$12 million from its reserve for cold chains.\n\nSPOKESPERSON: The Board also decided to test every suspected case within 48 hours.\n")
    expect(result!.readout.organisation).toBe('East African Measles Board')
    expect(result!.readout.place).toBe('Online')
  })
})

describe('a French meeting named `Assises`', () => {
  it('reads `Assises des … de la Francophonie` in the title block as the body that met', async () => {
    const {result} = await structureText("Assises des ports fluviaux de la Francophonie\nDéclaration finale\nLiège (Belgique)\nLe 12 mars 2026\n\nLes élus de 30 villes portuaires se sont réunis à Liège pour la deuxième édition des Assises.\n\nLes villes ont décidé de mettre en commun leurs données sur le trafic d'ici 2027.\n")
    expect(result!.readout.organisation).toBe('Assises des ports fluviaux de la Francophonie')
  })
})

describe("a plan's name with two complements of purpose", () => {
  it('keeps `… Framework for Action on Coastal Erosion 2027–2031` whole', async () => {
    const {result} = await structureText('Ministers of the Coastal Erosion Council met in Nuuk on 4 May 2026.\n\nMinisters adopted the Nuuk Framework for Action on Coastal Erosion 2027–2031, which sets out their common work.\n\nMonitoring\nMinisters agreed to survey 200 beaches every year.\n')
    expect(result!.readout.roadmap).toBe('Nuuk Framework for Action on Coastal Erosion 2027–2031')
  })
})

describe('the pending layouts: a report under its committee, an e-mail readout, a Conseil des ministres', () => {
  const report = 'Transport and Tourism Committee\n\nDelays on regional railways: recommendations and the Government\'s response\n\nPublished 14 October 2026\n\nThe Committee heard 12 witnesses between March and June 2026.\n\nR1. The Department should publish monthly delay figures.\nResponse: Accepted.\n\nR2. Operators should refund passengers within 14 days.\nResponse: Accepted in part.\n'
  it('takes the line right under a line that only names the committee as the title', async () => {
    const {result} = await structureText(report)
    expect(result!.readout.title).toBe("Delays on regional railways: recommendations and the Government's response")
  })
  it('reads a committee named with `and` (`Transport and Tourism Committee`) whole', async () => {
    const {result} = await structureText(report)
    expect(result!.readout.organisation).toBe('Transport and Tourism Committee')
  })
  it("reads `Published <date>` among the report's first lines as its date", async () => {
    const {result} = await structureText(report)
    expect(result!.readout.dates).toMatchObject({start: '2026-10-14', end: '2026-10-14'})
  })
  it("reads `the … Council meeting held in <city> on <date>` as who met and where", async () => {
    const {result} = await structureText("Subject: Readout of the Cider Makers' Council meeting, 5 March 2026\n\nDear members,\n\nBelow is a short readout of the Cider Makers' Council meeting held in\nHereford on 5 March 2026. Eighteen members attended.\n\nThe Council agreed:\n\n- to publish a common label for local cider by June\n- to hold two tasting days a year\n\nKind regards,\nJo\n")
    expect(result!.readout.organisation).toBe("Cider Makers' Council")
    expect(result!.readout.place).toBe('Hereford')
  })
  it("reads the city after a palace in `s'est réuni ce mercredi <date> au Palais …, à <ville>`", async () => {
    const {result} = await structureText("Communiqué du Conseil des ministres du mercredi 4 mars 2026\n\nLe Conseil des ministres s'est réuni ce mercredi 4 mars 2026 au Palais de la Présidence, à Lomé, sous la présidence du Chef de l'État.\n\nLe Conseil a adopté :\n\n• un décret fixant le prix du ciment ;\n• un projet de loi sur les marchés publics.\n")
    expect(result!.readout.place).toBe('Lomé')
  })
})
