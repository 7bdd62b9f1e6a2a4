import {describe, expect, it} from 'vitest'
import {FRENCH, FRENCH_CALENDAR} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {findDates} from '../structure/parse-dates.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {findKeyMessage} from '../structure/recognise-key-message.js'
import {structureText} from './helpers.js'

// The header of texts nobody tuned the reader to (issue 11, items 1–2): dates, places,
// organisations, titles, written the ways published texts write them.
describe('dates across years', () => {
  it('reads a range whose two dates are in different years, each written or one for both', () => {
    for (const text of ['from 30 December 2024 to 2 January 2025', 'from 30 December to 2 January 2025', 'December 30, 2024 – January 2, 2025', 'December 30 – January 2, 2025']) {
      expect(findDates(text)?.dates, text).toMatchObject({start: '2024-12-30', end: '2025-01-02'})
    }
    for (const text of ['du 30 décembre 2024 au 2 janvier 2025', 'du 30 décembre au 2 janvier 2025']) {
      expect(findDates(text, undefined, FRENCH_CALENDAR)?.dates, text).toMatchObject({start: '2024-12-30', end: '2025-01-02'})
    }
    expect(findDates('on 24-25 June 2019')?.dates).toMatchObject({start: '2019-06-24', end: '2019-06-25'})
  })
})

describe('the meeting’s place and dates, not the venue’s or the release’s', () => {
  it('takes the city a venue stands in, or the title block’s, never the venue', async () => {
    expect(readDateline('Ministers of the Danube Navigation Forum met at the Palais Auersperg in Vienna on 12 May 2025.', undefined, ENGLISH)?.place).toBe('Vienna')
    expect(readDateline('Trade ministers met on Tuesday, February 11 at the Willard Hotel in Washington, D.C., to align rules.', 2025, ENGLISH)?.place).toBe('Washington, D.C.')
    expect(readDateline('Ministers met at Lancaster House, London, on 3 May 2024.', undefined, ENGLISH)?.place).toBe('London')
    expect(readDateline('Les ministres de la Santé de la Communauté sanitaire des Grands Lacs se sont réunis au Palais des congrès de Bujumbura les 5 et 6 février 2024.', undefined, FRENCH)?.place).toBe('Bujumbura')
    // a venue alone: the place is the title block's
    const {result} = await structureText('Chair’s Summary\nVienna, 12–13 May 2025\nMinisters of the Danube Navigation Forum met at the Palais Auersperg on 12 and 13 May 2025.\n1. Ministers agreed to fund the dredging of shallow sections.\n2. Ministers endorsed a plan for river ports.\n')
    expect(result!.readout.place).toBe('Vienna')
    const {result: conference} = await structureText('Ministers of the Andean Roads Council met at the conference centre on 4 June 2026.\n1. Ministers agreed to repair bridges damaged by floods.\n2. Ministers endorsed a plan for road safety.\n')
    expect(conference!.readout.place).toBeUndefined()
    expect(readDateline('Ministers of the Global Education Coalition met at UNESCO headquarters in Paris on 3 May 2024.', undefined, ENGLISH)?.place).toBe('Paris')
    const {result: capitals} = await structureText('MEDIA NOTE\nOFFICE OF THE SPOKESPERSON\nWASHINGTON, D.C.\nMARCH 9, 2025\nJoint Statement on the Caribbean Energy Dialogue\nEnergy ministers of the Caribbean Energy Dialogue met today to agree on grid resilience.\n- Ministers agreed to fund storm-proof substations.\n- Ministers launched a training programme for line workers.\n')
    expect(capitals!.readout).toMatchObject({place: 'Washington, D.C.', title: 'Joint Statement on the Caribbean Energy Dialogue', dates: {start: '2025-03-09'}})
    // a city is still a city, `The Hague` included
    expect(readDateline('Ministers met in The Hague on 3 May 2024.', undefined, ENGLISH)?.place).toBe('The Hague')
  })

  it('takes the meeting’s dates and place over a wire release’s own', async () => {
    const {result} = await structureText('Ministers agree common rules for drone deliveries\nWASHINGTON, March 3, 2025 – Transport ministers of the Atlantic Air Mobility Council met on 27–28 February in Baltimore and agreed on common rules.\n1. Ministers agreed to open shared air corridors for medical drones.\n2. Ministers asked the secretariat to draft a common licence for drone pilots.\n')
    expect(result!.readout).toMatchObject({place: 'Baltimore', dates: {start: '2025-02-27', end: '2025-02-28'}, kind: 'press release'})
    // a meeting the release reports took place before it: December, in the year before a January release
    expect(readDateline('BRUSSELS, 8 January 2025 – Ministers met on 30 and 31 December to agree on gas storage.', undefined, ENGLISH)?.dates).toMatchObject({start: '2024-12-30', end: '2024-12-31'})
    // `met today`: the release's date is the meeting's, and so is its city
    expect(readDateline('NAIROBI, 12 May 2023 – Finance ministers of the Lake Basin Fund met today and agreed on a plan.', undefined, ENGLISH)).toMatchObject({place: 'Nairobi', dates: {start: '2023-05-12'}})
    // an abbreviation ending the sentence keeps its stop
    expect(readDateline('WASHINGTON, November 2, 2023 — Ministers of the Methane Action Alliance met today in Washington, D.C. Thirty countries took part.', undefined, ENGLISH)?.place).toBe('Washington, D.C.')
  })
})

describe('the title block', () => {
  const points = '1. Ministers agreed to build a shared stock of antivenoms.\n2. Ministers asked the secretariat to map snakebite cases.\n'
  it('never takes a reference number for the title or a date', async () => {
    const {result} = await structureText(`Press release No. 45/2024\nRéf. : CM/2024/12\nGeneva, 14 October 2024\nHealth ministers of the Alpine Health Alliance met in Geneva today.\n${points}`)
    expect(result!.readout).toMatchObject({title: 'Alpine Health Alliance in Geneva', kind: 'press release', place: 'Geneva', dates: {start: '2024-10-14'}})
    const {result: coded} = await structureText(`SC/15432\nJoint Statement on Snakebite Care\nGeneva, 14 October 2024\nHealth ministers of the Alpine Health Alliance met in Geneva today.\n${points}`)
    expect(coded!.readout.title).toBe('Joint Statement on Snakebite Care')
  })

  it('joins a title written over two lines', async () => {
    const {result} = await structureText(`Joint Communiqué of the Ministerial Meeting\nof the Lake Victoria Basin Commission\nKisumu, 8 April 2024\n1. Ministers of the Commission met in Kisumu on 8 April 2024.\n${points}`)
    expect(result!.readout).toMatchObject({title: 'Joint Communiqué of the Ministerial Meeting of the Lake Victoria Basin Commission', organisation: 'Lake Victoria Basin Commission', place: 'Kisumu'})
    const {result: french} = await structureText(`Déclaration conjointe des ministres de la Santé\ndu Réseau sahélien pour la surveillance des épidémies\nBamako, le 3 juin 2024\nLes ministres se sont réunis à Bamako le 3 juin 2024.\n1. Les ministres ont décidé de créer un laboratoire mobile.\n2. Les ministres ont adopté un plan de vaccination.\n`)
    expect(french!.readout).toMatchObject({title: 'Déclaration conjointe des ministres de la Santé du Réseau sahélien pour la surveillance des épidémies', place: 'Bamako', dates: {start: '2024-06-03'}})
  })

  it('writes a title in capitals in the case the text gives its words', async () => {
    const {result} = await structureText(`JOINT STATEMENT OF THE NORDIC-BALTIC ENERGY MINISTERS ON OSCE GRID SECURITY\nTallinn, 4 June 2024\nThe energy ministers of the Nordic-Baltic Energy Forum met in Tallinn with the OSCE on 4 June 2024.\n${points}`)
    expect(result!.readout.title).toBe('Joint Statement of the Nordic-Baltic Energy Ministers on OSCE Grid Security')
  })

  it('reads a French dateline line with `le`, a country after the city, an issuing ministry, and `hier`', async () => {
    const {result} = await structureText(`Ministère des Affaires étrangères\nCommuniqué de presse\nParis, le 14 mars 2025\nLes ministres de l'Alliance pour l'eau potable en Afrique se sont réunis hier à Paris.\n1. Les ministres ont décidé de financer des forages.\n2. Les ministres ont adopté une charte de l'eau.\n`)
    expect(result!.readout).toMatchObject({title: "Alliance pour l'eau potable en Afrique à Paris", place: 'Paris', dates: {start: '2025-03-13', end: '2025-03-13'}})
    const {result: english} = await structureText(`US Department of Commerce\nMedia Note\nGeneva, Switzerland, 14 October 2024\nHealth ministers of the Alpine Health Alliance met yesterday to agree on a shared stock of antivenoms.\n${points}`)
    expect(english!.readout).toMatchObject({title: 'Alpine Health Alliance in Geneva', kind: 'media note', place: 'Geneva', dates: {start: '2024-10-13'}})
  })
})

describe('organisation names taken whole', () => {
  it('names a body called by its acronym as the text spells it out, and ends a name before its acronym', async () => {
    const {result} = await structureText("Communiqué final de la réunion des ministres de l'Agriculture du Comité permanent inter-États de lutte contre la sécheresse dans le Sahel (CILSS)\nLes ministres de l'Agriculture du CILSS se sont réunis à Niamey le 12 mars 2024.\n1. Les ministres ont décidé de créer un fonds de semences.\n2. Les ministres ont adopté un plan contre les criquets.\n")
    expect(result!.readout.organisation).toBe('Comité permanent inter-États de lutte contre la sécheresse dans le Sahel')
    const {result: english} = await structureText('The Standing Committee for Drought Control in the Sahel (CILSS) brings together thirteen countries.\nMinisters of the CILSS met in Niamey on 12 March 2024.\n1. Ministers agreed to create a seed fund.\n2. Ministers adopted a locust control plan.\n')
    expect(english!.readout.organisation).toBe('Standing Committee for Drought Control in the Sahel')
    expect(readDateline('Ministers of the Intergovernmental Authority on Development (IGAD) met in Djibouti on 5 May 2024.', undefined, ENGLISH)?.organisation).toBe('Intergovernmental Authority on Development')
  })

  it('reads who met named only by what they are as participants, not a body', () => {
    const read = readDateline('Ministers met in Vienna on 3 May 2024.', undefined, ENGLISH)
    expect([read?.participants, read?.organisation]).toEqual(['Ministers', undefined])
  })
})

describe('the roadmap’s name', () => {
  it('keeps a French name’s complement that says what the plan is for, never a verb after it', async () => {
    const text = (sentence: string) => `Les ministres du Réseau alpin de la recherche se sont réunis à Lausanne le 4 juin 2024.\n1. ${sentence}\n2. Les ministres ont décidé de créer un fonds commun.\n`
    const read = async (sentence: string) => (await structureText(text(sentence))).result!.readout.roadmap
    expect(await read("Les ministres ont adopté l'Agenda de Lausanne pour la science ouverte, qui fixe trois objectifs.")).toBe('Agenda de Lausanne pour la science ouverte')
    expect(await read('Les ministres ont adopté le Plan de Sion pour les écoles rurales, qui sera mis en œuvre dès 2025.')).toBe('Plan de Sion pour les écoles rurales')
    expect(await read('Les ministres ont adopté la Déclaration de Berne pour renforcer la coopération.')).toBe('Déclaration de Berne')
  })
})

describe('title blocks as published texts write them', () => {
  it('reads a range with weekdays on both ends, a French title in capitals over two lines, and the kind its title names', async () => {
    expect(findDates('from Monday, September 29 to Wednesday, October 1, 2025')?.dates).toMatchObject({start: '2025-09-29', end: '2025-10-01'})
    const {result} = await structureText("DÉCLARATION CONJOINTE DES MINISTRES DE LA CULTURE\nDE L'ESPACE FRANCOPHONE DU PATRIMOINE VIVANT\nQuébec, du 30 novembre au 2 décembre 2025\nLes ministres de la Culture de l'Espace francophone du patrimoine vivant se sont réunis au Musée de la civilisation, à Québec, du 30 novembre au 2 décembre 2025.\n1. Les ministres ont décidé de créer un inventaire commun.\n2. Les ministres ont lancé un programme de résidences.\n")
    expect(result!.readout).toMatchObject({title: "Déclaration conjointe des ministres de la Culture de l'Espace francophone du patrimoine vivant", kind: 'joint statement', place: 'Québec', dates: {start: '2025-11-30', end: '2025-12-02'}})
    const {result: english} = await structureText('Press release No. 12/2025\nJoint Statement of the Health Ministers\nof the Caribbean Vector Control Network\nBridgetown, April 10, 2025\n1. Health ministers of the Caribbean Vector Control Network met at the Lloyd Erskine Sandiford Centre on Thursday, April 10, to agree on a common response to dengue.\n2. Ministers agreed to release sterile male mosquitoes in coastal towns.\n3. Ministers asked the laboratory to test insecticide resistance.\n')
    expect(english!.readout).toMatchObject({title: 'Joint Statement of the Health Ministers of the Caribbean Vector Control Network', kind: 'joint statement', place: 'Bridgetown', dates: {start: '2025-04-10'}})
  })
})

describe('the key message, cut by any verb of saying', () => {
  it('reads a quotation attributed with explained, insisted, emphasised, pointed out; a-t-elle martelé, a expliqué, a résumé', () => {
    expect(findKeyMessage('"Water knows no borders, and neither should our data," the Chair explained.')).toBe('Water knows no borders, and neither should our data.')
    expect(findKeyMessage('“We cannot wait for the next flood,” insisted the Chair, Ms Ana Silva.')).toBe('We cannot wait for the next flood.')
    expect(findKeyMessage('"No child should walk two hours to school," she emphasised.')).toBe('No child should walk two hours to school.')
    expect(findKeyMessage('“Every harbour deserves a pilot,” the Chair pointed out.')).toBe('Every harbour deserves a pilot.')
    expect(findKeyMessage('« Nous ne laisserons aucun pays seul face à la sécheresse », a martelé la présidente.', FRENCH.attribution)).toBe('Nous ne laisserons aucun pays seul face à la sécheresse.')
    expect(findKeyMessage('« Le fleuve nous relie », a expliqué le ministre.', FRENCH.attribution)).toBe('Le fleuve nous relie.')
    expect(findKeyMessage('« Le fleuve nous relie, a résumé la présidente. Il nous oblige. »', FRENCH.attribution)).toBe('Le fleuve nous relie.')
  })
})

describe('datelines that say a meeting was held', () => {
  it('reads who met from the meeting that took place, s’est tenue, and drops a country after the city', () => {
    const english = readDateline('The fourth ministerial meeting of the Arctic Shipping Forum took place in Reykjavik, Iceland, on 5 March 2025.', undefined, ENGLISH)
    expect([english?.organisation, english?.participants, english?.place, english?.dates?.start]).toEqual(['Arctic Shipping Forum', undefined, 'Reykjavik', '2025-03-05'])
    const french = readDateline("La quatrième réunion ministérielle de l'Alliance sahélienne pour l'élevage s'est tenue à Niamey le 5 mars 2025.", undefined, FRENCH)
    expect([french?.organisation, french?.participants, french?.place, french?.dates?.start]).toEqual(["Alliance sahélienne pour l'élevage", undefined, 'Niamey', '2025-03-05'])
    // a ceremony held is not a dateline
    expect(readDateline('A minute of silence was held in Geneva on 5 March 2025 for the victims.', undefined, ENGLISH)).toBeUndefined()
  })

  it('reads a title-block line with the date first, or a country in brackets', async () => {
    for (const line of ['14 March 2025, Ljubljana', 'Ljubljana (Slovenia), 14 March 2025']) {
      const {result} = await structureText(`Joint Statement on Cross-Border Rail\n${line}\nTransport ministers of the Alpine Rail Forum met today to agree on cross-border timetables.\n1. Ministers agreed on common timetables.\n2. Ministers launched a ticketing platform.\n`)
      expect(result!.readout, line).toMatchObject({place: 'Ljubljana', dates: {start: '2025-03-14'}})
    }
  })
})

describe('titles and names that are something else', () => {
  const points = '1. Ministers agreed to create a grid fund.\n2. Ministers launched a joint auction of offshore wind sites.\n'
  it('reads a kind named in two languages as a kind, a date closing the title line as the date, and a body’s name as no plan', async () => {
    const {result} = await structureText("Communiqué conjoint / Joint Communiqué\nRéunion ministérielle du Forum atlantique de la pêche artisanale\nDakar, 4 juin 2024\nLes ministres des Pêches du Forum atlantique de la pêche artisanale se sont réunis à Dakar le 4 juin 2024.\n1. Les ministres ont décidé de créer un registre commun des pirogues.\n2. Les ministres ont adopté un plan de formation des jeunes pêcheurs.\n")
    expect(result!.readout).toMatchObject({title: 'Réunion ministérielle du Forum atlantique de la pêche artisanale', kind: 'communiqué'})
    const {result: dated} = await structureText(`Joint Statement of the 12th Ministerial Meeting of the Andean Health Network, 4 June 2024\nThe ministers met virtually to agree on vaccine purchases.\n${points}`)
    expect(dated!.readout).toMatchObject({title: 'Joint Statement of the 12th Ministerial Meeting of the Andean Health Network', place: 'Online', dates: {start: '2024-06-04'}})
    const {result: compact} = await structureText(`FOR IMMEDIATE RELEASE\nBRUSSELS, 4 JUNE 2024 — Finance ministers of the North Sea Energy Compact met today to agree on a common grid fund.\n${points}`)
    expect(compact!.readout).toMatchObject({title: 'North Sea Energy Compact in Brussels', organisation: 'North Sea Energy Compact', place: 'Brussels'})
    expect(compact!.readout.roadmap).toBeUndefined()
  })
})
