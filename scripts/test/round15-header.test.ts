import {describe, expect, it} from 'vitest'
import {withoutLineMarks} from '../structure/markup-marks.js'
import {structureText} from './helpers.js'

// What round 15 (issue 11) showed the reader missing in the title, the kind, the organisation, the
// end date and the plan's name, stated as rules an editor would give. Every sentence here is written for the test.

describe('a title pasted with its Markdown marks', () => {
  it('drops the hashes of a heading line (`# Chair\'s Summary – …`)', async () => {
    const {result} = await structureText("# Chair's Summary – Ministerial Round Table on Coastal Erosion\nLisbon, Portugal · Thursday, 4 June 2026\n\nMinisters responsible for the coast from fourteen countries met in Lisbon on 4 June 2026 for the Ministerial Round Table on Coastal Erosion.\n\n## Sand and sediment\n\nMinisters agreed to map the sand that rivers no longer carry to the sea by 2028.\n\n## Early warning\n\nMinisters agreed to share storm surge forecasts every six hours.\n")
    expect(result!.readout.title).toBe("Chair's Summary – Ministerial Round Table on Coastal Erosion")
    expect(result!.readout.kind).toBe("chair's summary")
  })
  it('drops bold marks around a French title line (`**Conférence … de l\'Union …**`)', async () => {
    const {result} = await structureText("**Conférence ministérielle du Réseau des parcs marins d'Afrique centrale**\nDéclaration finale\nLibreville, jeudi 8 octobre 2026\n\nLes ministres de l'Environnement de sept pays membres du Réseau des parcs marins d'Afrique centrale se sont réunis à Libreville le 8 octobre 2026.\n\n**Surveillance**\n\nLes ministres ont décidé de créer une patrouille commune d'ici 2027.\n\n**Financement**\n\nLes ministres ont décidé de créer un fonds fiduciaire pour les parcs.\n")
    expect(result!.readout.title).toBe("Conférence ministérielle du Réseau des parcs marins d'Afrique centrale")
  })
  it('keeps a line whose marks do not wrap the whole of it', () => {
    expect(withoutLineMarks('**Lead** partners and *others*')).toBe('**Lead** partners and *others*')
    expect(withoutLineMarks('#1 priority for the region')).toBe('#1 priority for the region')
    expect(withoutLineMarks('### Next steps')).toBe('Next steps')
    expect(withoutLineMarks('__Financement__')).toBe('Financement')
  })
})

describe('a French media note', () => {
  it('reads `Note aux médias` under the title line as the kind, the line above as the title', async () => {
    const {result} = await structureText("Pêche artisanale : rencontre des ministres de la Commission des pêches du lac Tanganyika\nNote aux médias\nKigoma\nMardi 3 mars 2026\n\nLes ministres de la Pêche des quatre États riverains se sont réunis ce mardi à Kigoma pour faire le point sur les captures de sardines.\n\nLes ministres ont décidé de fermer la pêche pendant trois mois chaque année dans les zones de frai.\n")
    expect(result!.readout.kind).toBe('media note')
    expect(result!.readout.title).toBe('Pêche artisanale : rencontre des ministres de la Commission des pêches du lac Tanganyika')
  })
})

describe('a meeting named with its own head, of a body named after it', () => {
  it('reads the body after `of the` (`for the fourth Ministerial Dialogue of the Andean Water Network`)', async () => {
    const {result} = await structureText('Water ministers from nine countries met in Quito on 12 May 2026 for the fourth Ministerial Dialogue of the Andean Water Network, hosted by Ecuador.\n\n- Glaciers: Ministers agreed to measure the retreat of every glacier above 5,000 metres each year.\n- Rivers: Ministers agreed to publish river flows online by 2027.\n')
    expect(result!.readout.organisation).toBe('Andean Water Network')
  })
  it('reads the body after the organ that meets (`The Ministerial Council of the Danube Freight Community met …`)', async () => {
    const {result} = await structureText('The Ministerial Council of the Danube Freight Community met in Budapest on 3 March 2026.\n\n- Locks: Ministers agreed to repair four locks by 2028.\n- Ports: Ministers agreed to share port data every month.\n')
    expect(result!.readout.organisation).toBe('Danube Freight Community')
  })
  it('keeps a name that opens on a word of meeting and has no body after it (`the Joint Permanent Commission`)', async () => {
    const {result} = await structureText('Ghana and Togo held the third session of their Joint Permanent Commission in Accra on 5 May 2026.\n\n- Border: The two sides agreed to open a joint border post by 2027.\n- Trade: The two sides agreed to remove fees on farm produce.\n')
    expect(result!.readout.organisation).toBe('Joint Permanent Commission')
  })
})

describe('a meeting that opened on a weekday and closes on the release\'s date', () => {
  it('reads `trois jours de travaux ouverts lundi` under a wire dated Wednesday as Monday to Wednesday', async () => {
    const {result} = await structureText("LIBREVILLE, 3 juin 2026 – Les ministres des Forêts de la Commission des forêts du bassin de l'Ogooué ont adopté aujourd'hui à Libreville une feuille de route commune, au terme de trois jours de travaux ouverts lundi.\n\nLes ministres ont décidé de créer 12 nouvelles aires protégées d'ici 2030.\n\nIls ont convenu de former 400 écogardes en deux ans.\n")
    expect(result!.readout.dates).toMatchObject({start: '2026-06-01', end: '2026-06-03'})
  })
  it('reads `talks that opened on Tuesday` under a wire dated Thursday as Tuesday to Thursday', async () => {
    const {result} = await structureText('MONTEVIDEO, June 4, 2026 – Port ministers of the River Plate Shipping Council today closed three days of talks that opened on Tuesday in Montevideo with an agreement on dredging.\n\nMinisters agreed to dredge the main channel to 12 metres by 2029.\n\nThey agreed to share pilot boats between the two largest ports.\n')
    expect(result!.readout.dates).toMatchObject({start: '2026-06-02', end: '2026-06-04'})
  })
  it('keeps a weekday alone as the one day of the meeting (`met on Tuesday`)', async () => {
    const {result} = await structureText('MONTEVIDEO, June 4, 2026 – Port ministers of the River Plate Shipping Council met on Tuesday in Montevideo and agreed on dredging.\n\nMinisters agreed to dredge the main channel to 12 metres by 2029.\n\nThey agreed to share pilot boats between the two largest ports.\n')
    expect(result!.readout.dates).toMatchObject({start: '2026-06-02', end: '2026-06-02'})
  })
})

describe('a summary of conclusions above the meeting\'s name', () => {
  it('reads `SUMMARY OF CONCLUSIONS` as a readout\'s kind, and the line under it as the title, though its paragraphs are numbered', async () => {
    const {result} = await structureText('SUMMARY OF CONCLUSIONS\nWestern Pacific Tuna Forum – Sixth Plenary Meeting\nHonolulu, Monday, March 2 – Wednesday, March 4, 2026\n\n1. The Forum agreed to cut the catch of bigeye tuna by 10 percent from 2027.\n\n2. The Forum agreed to place an observer on every longline vessel over 24 metres by 2028.\n\n3. The Forum agreed to share catch data every month through one common portal.\n\n4. The seventh plenary meeting will be held in Suva in March 2027.\n')
    expect(result!.readout.kind).toBe('readout')
    expect(result!.readout.title).toBe('Western Pacific Tuna Forum – Sixth Plenary Meeting')
  })
})

describe('a French plan adopted with the place of the meeting before its name', () => {
  it("reads `ont adopté aujourd'hui à Pointe-Noire le Plan régional contre la pollution marine 2026-2031`", async () => {
    const {result} = await structureText("POINTE-NOIRE, 9 octobre 2026 – Les ministres de l'Environnement de la Commission du golfe de Guinée pour la mer propre, réunis depuis mercredi, ont adopté aujourd'hui à Pointe-Noire le Plan régional contre la pollution marine 2026-2031.\n\nLes ministres ont décidé d'interdire les sacs plastiques à usage unique d'ici 2028.\n\nIls sont convenus de créer 30 stations de collecte des déchets dans les ports.\n")
    expect(result!.readout.roadmap).toBe('Plan régional contre la pollution marine 2026-2031')
  })
})

describe('a French wire whose first sentence has no verb of meeting', () => {
  it('ends the body\'s name at the verb (`… du Comité régional des pêches artisanales ont adopté aujourd\'hui …`)', async () => {
    const {result} = await structureText("ABIDJAN, 14 avril 2026 – Les ministres de la Pêche du Comité régional des pêches artisanales ont approuvé aujourd'hui une charte pour les débarcadères.\n\nLes ministres ont décidé d'équiper chaque débarcadère d'une chambre froide.\n\nIls ont aussi décidé de former les mareyeuses à l'hygiène.\n")
    expect(result!.readout.organisation).toBe('Comité régional des pêches artisanales')
  })
})
