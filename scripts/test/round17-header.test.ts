import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 17 (issue 11) showed the reader missing in the title, the place, the dates and the
// roadmap's name, stated as rules an editor would give. Every sentence here is written for the test.

describe('a roadmap whose name ends with its years', () => {
  it('keeps `2027–2031` after an English plan named without quotes', async () => {
    const {result} = await structureText('Meeting of the Ocean Freight Council\nJoint Communiqué\nValletta, 4 May 2026\n\nMinisters of the Ocean Freight Council met in Valletta on 4 May 2026.\n\nWe adopt the Valletta Port Emissions Roadmap 2027–2031, annexed to this text, as our common plan.\n\nPort power\nMinisters agreed to fit shore power at 40 ports by 2030.\n')
    expect(result!.readout.roadmap).toBe('Valletta Port Emissions Roadmap 2027–2031')
  })
  it('keeps the years after the purpose of the plan (`… Plan on Clean Berths 2027–2031`)', async () => {
    const {result} = await structureText('Ministers of the Ocean Freight Council met in Valletta on 4 May 2026 and adopted the Valletta Action Plan on Clean Berths 2027–2031.\n\nPort power\nMinisters agreed to fit shore power at 40 ports by 2030.\n')
    expect(result!.readout.roadmap).toBe('Valletta Action Plan on Clean Berths 2027–2031')
  })
})

describe('a French plan whose name is quoted after its kind', () => {
  it('reads `le Plan « Ports propres 2030 »` as the plan', async () => {
    const {result} = await structureText("Communiqué de presse\n\nRéunis à Tunis le 4 mai 2026, les ministres des Transports de six pays ont adopté la Stratégie « Ports propres 2030 », qui vise à électrifier les quais.\n\nLes ministres ont décidé d'équiper 40 ports d'ici 2030.\n")
    expect(result!.readout.roadmap).toBe('Stratégie « Ports propres 2030 »')
  })
})

describe('minutes whose second line says where and when the meeting was held', () => {
  const minutes = (line: string) => `Coastal Flooding Ministerial Group\n${line}\n\nPresent: Jane Hart (chair), ministers from three governments, the Group secretariat\nApologies: Isle of Man Government\n\nMinutes of the previous meeting\nThe minutes of the meeting of 9 December were approved.\n\nSea defences\nCouncils have repaired 120 km of sea wall since 2020.\nAgreed: A1 – Officials will publish a map of weak defences by 1 June 2026.\n\nAny other business\nNone.\n`
  it('reads the city after the building and the date of `held at …, on <weekday> <date>, <hours>`', async () => {
    const {result} = await structureText(minutes('Minutes of the meeting held at Marine House, Plymouth, on Tuesday 3 March 2026, 14:00–16:30'))
    expect(result!.readout.place).toBe('Plymouth')
    expect(result!.readout.dates).toMatchObject({start: '2026-03-03', end: '2026-03-03'})
  })
  it('reads `held in <city> on <date>` with its hours written out', async () => {
    const {result} = await structureText(minutes('Record of the meeting held in Exeter on 3 March 2026, from 2 p.m. to 4.30 p.m.'))
    expect(result!.readout.place).toBe('Exeter')
    expect(result!.readout.dates).toMatchObject({start: '2026-03-03', end: '2026-03-03'})
  })
  it('reads a French record `… de la réunion tenue à <ville> le <date>, de 9 h à 12 h`', async () => {
    const {result} = await structureText("Comité ministériel des pêches côtières\nRelevé de conclusions de la réunion tenue à Nouakchott le jeudi 5 mars 2026, de 9 h à 12 h\n\nPrésents : les ministres des Pêches de quatre pays, le secrétariat du Comité\n\nRelevé de la réunion précédente\nLe relevé de la réunion du 10 décembre a été approuvé.\n\nPêche artisanale\nLes ministres ont décidé d'immatriculer 8 000 pirogues d'ici 2027.\n")
    expect(result!.readout.place).toBe('Nouakchott')
    expect(result!.readout.title).toBe('Comité ministériel des pêches côtières')
    expect(result!.readout.dates).toMatchObject({start: '2026-03-05', end: '2026-03-05'})
  })
})

describe('a headline above the line that names the document', () => {
  it('takes `Ministers … Commit to …` as the title over `Joint Statement of the … Initiative`', async () => {
    const {result} = await structureText('Ministers of the Caribbean Commit to Ending Cervical Cancer by 2040\nJoint Statement of the Caribbean Cervical Cancer Initiative\nOffice of the Minister of Health\nKingston, Jamaica\nTuesday, June 9, 2026\n\nHealth ministers of the Caribbean Cervical Cancer Initiative met in Kingston on June 8 and 9, 2026.\n\nMinisters agreed to vaccinate 90 percent of girls against HPV by 2030.\n\nMinisters agreed to screen 70 percent of women by 2035.\n')
    expect(result!.readout.title).toBe('Ministers of the Caribbean Commit to Ending Cervical Cancer by 2040')
    expect(result!.readout.kind).toBe('joint statement')
  })
  it('reads a French headline the same way', async () => {
    const {result} = await structureText("Les ministres du Sahel s'engagent à planter un million d'arbres\nDéclaration commune de l'Alliance sahélienne pour les forêts\nNiamey (Niger)\nMardi 9 juin 2026\n\nLes ministres de l'Environnement de l'Alliance sahélienne pour les forêts se sont réunis à Niamey le 9 juin 2026.\n\nLes ministres ont décidé de planter un million d'arbres d'ici 2030.\n")
    expect(result!.readout.title).toBe("Les ministres du Sahel s'engagent à planter un million d'arbres")
  })
  it('keeps the line naming the document when the line above only names the meeting', async () => {
    const {result} = await structureText('Ministerial Meeting on Cervical Cancer\nJoint Statement of the Caribbean Cervical Cancer Initiative\nKingston, Jamaica\nTuesday, June 9, 2026\n\nHealth ministers of the Caribbean Cervical Cancer Initiative met in Kingston on June 8 and 9, 2026.\n\nMinisters agreed to vaccinate 90 percent of girls against HPV by 2030.\n')
    expect(result!.readout.title).toBe('Joint Statement of the Caribbean Cervical Cancer Initiative')
  })
})
