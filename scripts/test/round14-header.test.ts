import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 14 (issue 11) showed the reader missing in the title, the end date, the key message and
// the plan's name, stated as rules an editor would give. Every sentence here is written for the test.

describe('a plan whose name holds a small word before its kind', () => {
  it('reads `the Niamey Light for Schools Initiative` whole, not `Schools Initiative`', async () => {
    const {result} = await structureText('NIAMEY, 5 May 2026 – Energy ministers of the Sahel Power Forum, meeting in Niamey on 4 and 5 May, today launched the Niamey Light for Schools Initiative to connect 3,000 rural schools to solar power.\n\nMinisters agreed to train 800 solar technicians by 2028.\n')
    expect(result!.readout.roadmap).toBe('Niamey Light for Schools Initiative')
  })
})

describe('a plan named as commitments', () => {
  it('reads `the Apia Reef Commitments` as the plan, and as the title when no title block gives one', async () => {
    const {result} = await structureText('Fisheries ministers of the Pacific Reef Council met in Apia, Samoa, on 9 March 2026.\n"A reef we do not measure is a reef we will lose." The Samoan minister opened the meeting with these words.\nMinisters agreed on the Apia Reef Commitments, which set out two priorities.\n- Monitoring: Members will survey every reef once a year from 2027.\n- Fishing: Members will close ten reefs to fishing for five years.\n')
    expect(result!.readout.roadmap).toBe('Apia Reef Commitments')
    expect(result!.readout.title).toBe('Apia Reef Commitments')
  })
  it('reads a title line `… Commitment on Eye Care` as the plan', async () => {
    const {result} = await structureText('Andean Commitment on Eye Care\nJoint Statement\nLima, Peru\nMonday, March 2, 2026\n\nThe health ministers of four Andean states, meeting in Lima as the Andean Eye Care Network, adopt this statement.\n\nSome 90,000 people in our countries have lost their sight to cataracts. "Nobody should go blind while waiting for a short operation," the Chair said.\n\nWe agree to offer free cataract surgery in every public hospital by 2028, and to double the number of operations each year. Patients will not pay for their lenses.\n\nWe agree to screen every child for vision problems at school entry and at age ten. Children who need glasses will receive them free of charge.\n\nWe agree to train 30 eye surgeons in the region over five years. Each of them will serve three years in a public hospital.\n\nWe will meet again in Quito in March 2027.\n')
    expect(result!.readout.roadmap).toBe('Andean Commitment on Eye Care')
  })
})

describe('a French plan the meeting adopted whose name its years close', () => {
  it('reads a proper name after the kind (`ont adopté ce jour le Programme Marée bleue des côtes 2027-2032`)', async () => {
    const {result} = await structureText('ABIDJAN, 12 mars 2026 – Les ministres de la Pêche des huit États membres de la Commission des pêches du golfe de Guinée, réunis à Abidjan les 11 et 12 mars, ont adopté ce jour le Programme Marée bleue des côtes 2027-2032, qui prévoit de protéger 40 zones de frai.\n\nLes ministres ont décidé de créer un registre commun des navires de pêche d\'ici à la fin de 2027.\n\nIls sont convenus de former 600 observateurs embarqués en cinq ans.\n\nLes ministres se retrouveront à Accra en mars 2027.\n')
    expect(result!.readout.roadmap).toBe('Programme Marée bleue des côtes 2027-2032')
  })
  it("reads a complement with `pour` and `et` up to the years (`Adoptons la Stratégie régionale pour la pêche et l'aquaculture 2026-2031`)", async () => {
    const {result} = await structureText('DÉCLARATION DE MOPTI SUR LA PÊCHE CONTINENTALE\n\nNous, Ministres de la Pêche des États membres du Conseil du delta intérieur du Niger, réunis à Mopti les 3 et 4 février 2026,\n\nPréoccupés par la baisse des captures dans le delta depuis dix ans ;\n\nAdoptons la Stratégie régionale pour la pêche et l\'aquaculture 2026-2031 et nous engageons à :\n\n1. Fermer la pêche dans les mares de reproduction pendant trois mois chaque année.\n\n2. Former 2 000 pêcheurs à la gestion des stocks d\'ici à 2028.\n\n3. Construire 40 fumoirs améliorés dans les villages de pêcheurs.\n\nFait à Mopti, le 4 février 2026.\n')
    expect(result!.readout.roadmap).toBe("Stratégie régionale pour la pêche et l'aquaculture 2026-2031")
  })
  it('reads a plan named by its purpose after an adverb (`ont adopté ce jour le Plan régional de lutte contre …, qui`)', async () => {
    const {result} = await structureText('OUAGADOUGOU, 20 février 2026 – Les ministres de l\'Environnement des pays membres du Réseau sahélien des forêts, réunis les 19 et 20 février à Ouagadougou, ont adopté ce jour le Plan régional de lutte contre les feux de brousse, qui prévoit de former 5 000 pompiers volontaires.\n\nLes ministres ont décidé de créer 300 pare-feu dans les forêts classées d\'ici à 2028.\n\nIls sont convenus de partager les images satellitaires des feux chaque jour.\n')
    expect(result!.readout.roadmap).toBe('Plan régional de lutte contre les feux de brousse')
  })
  it('does not run one plan into a second one whose years close the sentence', async () => {
    const {result} = await structureText('OUAGADOUGOU, 20 février 2026 – Les ministres de l\'Environnement des pays membres du Réseau sahélien des forêts, réunis les 19 et 20 février à Ouagadougou, ont adopté le Plan régional des feux de brousse et le Programme Forêts vivantes 2026-2030.\n\nLes ministres ont décidé de créer 300 pare-feu dans les forêts classées d\'ici à 2028.\n\nIls sont convenus de partager les images satellitaires des feux chaque jour.\n')
    expect(result!.readout.roadmap).toBe('Plan régional des feux de brousse')
  })
})

describe('a title block whose second line records what a meeting concluded', () => {
  it('takes `Record of Conclusions of the Third Meeting` under the body\'s name as the title, a readout', async () => {
    const {result} = await structureText('Baltic Ferry Safety Council\nRecord of Conclusions of the Third Meeting\nRiga, 2–3 June 2026\n\nThe Baltic Ferry Safety Council held its third meeting in Riga on 2 and 3 June 2026. Nine member states took part.\n\nAgenda item 1 – Lifeboat drills\nThe Council agreed that every ferry will hold a lifeboat drill with passengers aboard once a month from 2027.\n\nAgenda item 2 – Winter ice\nThe Council agreed to share ice charts between national services every six hours during the winter months.\n\nAgenda item 3 – Crew training\nMembers agreed to train 1,200 crew members in crowd management by the end of 2028.\n')
    expect(result!.readout.title).toBe('Record of Conclusions of the Third Meeting')
    expect(result!.readout.kind).toBe('readout')
  })
})

describe('a quotation reported as a clause after `que` or `that`', () => {
  it('is the key message when it opens in lower case after `a rappelé que`, with a capital and a full stop', async () => {
    const {result} = await structureText('Les ministres de la Santé du Réseau sanitaire des Grands Lacs se sont réunis à Kigali les 8 et 9 juin 2026.\n\nÀ l\'ouverture, la présidente a rappelé que « une moustiquaire posée ce soir vaut mieux que dix promesses pour demain ».\n\n- Paludisme : Les États membres distribueront 12 millions de moustiquaires d\'ici à 2028.\n- Laboratoires : Le Réseau équipera six laboratoires de référence.\n- Formation : Les ministres ont décidé de former 900 agents de santé communautaires.\n')
    expect(result!.readout.keyMessage).toBe('Une moustiquaire posée ce soir vaut mieux que dix promesses pour demain.')
  })
  it('is the key message after `recalled that`', async () => {
    const {result} = await structureText('Transport ministers of the Alpine Rail Council met in Bern on 3 March 2026.\n\nOpening the meeting, the Chair recalled that "a train that crosses a border late has already lost its passengers".\n\n- Timetables: Members will align cross-border timetables by December 2027.\n- Tickets: Members agreed to sell one ticket for any journey across the region.\n- Freight: The Council will fund 14 new freight terminals.\n')
    expect(result!.readout.keyMessage).toBe('A train that crosses a border late has already lost its passengers.')
  })
  it('gives way to a sentence the text quotes as said, even a later one', async () => {
    const {result} = await structureText('Transport ministers of the Alpine Rail Council met in Bern on 3 March 2026.\n\nOpening the meeting, the Chair recalled that "a train that crosses a border late has already lost its passengers".\n\n- Timetables: Members will align cross-border timetables by December 2027.\n- Tickets: Members agreed to sell one ticket for any journey across the region.\n- Freight: The Council will fund 14 new freight terminals.\n\n"Our trains must run on time," the Austrian minister said at the close.\n')
    expect(result!.readout.keyMessage).toBe('Our trains must run on time.')
  })
  it('is not a short phrase quoted inside a sentence', async () => {
    const {result} = await structureText('Transport ministers of the Alpine Rail Council met in Bern on 3 March 2026.\n\nThe Chair said that "one ticket" was the aim.\n\n- Timetables: Members will align cross-border timetables by December 2027.\n- Tickets: Members agreed to sell one ticket for any journey across the region.\n- Freight: The Council will fund 14 new freight terminals.\n')
    expect(result!.readout.keyMessage).toBeUndefined()
  })
})

describe('a meeting under way since a weekday, reported on the release\'s date', () => {
  it('runs from that day through the release (`meeting since Tuesday in Lusaka` under Friday 12 June)', async () => {
    const {result} = await structureText('LUSAKA, 12 June 2026 – Water ministers of the Zambezi Basin Commission, meeting since Tuesday in Lusaka, today agreed to share river flow data every hour during the rainy season.\n\nMinisters agreed to build 30 new gauging stations by 2029.\n\nThey also agreed to train 200 hydrologists in flood forecasting.\n')
    expect(result!.readout.dates).toMatchObject({start: '2026-06-09', end: '2026-06-12'})
  })
  it('runs from that day through the release (`réunis depuis lundi à Dakar` under jeudi 5 mars)', async () => {
    const {result} = await structureText('DAKAR, 5 mars 2026 – Les ministres de l\'Eau de l\'Organisation du bassin du fleuve Gambie, réunis depuis lundi à Dakar, ont décidé aujourd\'hui de partager leurs relevés de crue chaque jour.\n\nLes ministres ont décidé de construire 25 nouvelles stations de mesure d\'ici à 2029.\n\nIls sont convenus de former 150 hydrologues à la prévision des crues.\n')
    expect(result!.readout.dates).toMatchObject({start: '2026-03-02', end: '2026-03-05'})
  })
})
