import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {isSignatureLine} from '../structure/set-aside-tail.js'

// What round 18 (issue 11) showed the reader missing in the point bodies and the outlook of its
// French cases (a compte rendu with an agenda, a declaration in articles, a conference's final
// communiqué), stated as what a paragraph does. Every sentence here is written for the test.

const MINUTES = 'Compte rendu\n\nRéunion des ministres de la Pêche du golfe de Gascogne\nBilbao (Espagne), jeudi 5 février 2026\n\n'

describe('a compte rendu: its agenda, its summary of the discussion and its lists under headings with a colon', () => {
  it('reads an agenda (`Ordre du jour`) and a summary of the discussion as context, the decisions as points and what follows as outlook', async () => {
    const {result} = await structureText(`${MINUTES}Ordre du jour\n• Ouverture par la présidence espagnole\n• Bilan de la saison de pêche\n• Questions diverses\n\nSynthèse des débats\n\nLes délégations ont dressé le bilan de la saison : les prises d'anchois ont baissé de 18 % en un an.\n\nDécisions :\n• Les ministres ont décidé de fermer la pêche au chalut dans deux frayères dès 2027.\n• Un observatoire commun des stocks sera créé à Bilbao.\n\nSuites à donner :\n• Le secrétariat remettra aux ministres, d'ici juin 2026, une carte des frayères.\n• La prochaine réunion se tiendra à Brest en février 2027.\n`)
    const {pillars, outlook, context} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(["Les ministres ont décidé de fermer la pêche au chalut dans deux frayères dès 2027.", 'Un observatoire commun des stocks sera créé à Bilbao.'])
    expect(outlook).toEqual(["Le secrétariat remettra aux ministres, d'ici juin 2026, une carte des frayères.", 'La prochaine réunion se tiendra à Brest en février 2027.'])
    expect(context.join(' ')).toContain("les prises d'anchois ont baissé de 18 %")
  })

  it('reads an English agenda and `Next steps:` with a colon the same way', async () => {
    const {result} = await structureText(`Minutes\n\nMeeting of the Baltic Ferry Safety Group\nGdańsk, 12 March 2026\n\nAgenda\n- Welcome by the chair\n- Review of winter incidents\n- Any other business\n\nSummary of discussions\n\nMembers reviewed the winter, in which ice damaged 7 hulls.\n\nDecisions:\n- Members agreed to fit ice radar to every night ferry by 2028.\n- A shared drill calendar will be kept by the secretariat.\n\nNext steps:\n- The secretariat will circulate a draft drill calendar by May.\n`)
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['Members agreed to fit ice radar to every night ferry by 2028.', 'A shared drill calendar will be kept by the secretariat.'])
    expect(outlook).toEqual(['The secretariat will circulate a draft drill calendar by May.'])
  })
})

describe('the next meeting, whatever the meeting is called', () => {
  it('reads `Les prochaines … se tiendront / auront lieu` as the outlook, whatever names the meeting (Assises, Journées, États généraux)', async () => {
    const head = 'Communiqué final\nRencontres des villes portuaires de la Manche\nCaen, 4 juin 2026\n\nLes élus de 31 villes portuaires se sont réunis à Caen.\n\nLes villes se sont engagées à électrifier leurs quais d\'ici 2032.\n\nElles ont décidé de créer un fonds commun de 40 millions d\'euros pour les ferries.\n\n'
    for (const next of ['Les prochaines Rencontres se tiendront au Havre en 2028. D\'ici là, chaque ville publiera un bilan de ses émissions.', 'Les prochains États généraux du littoral auront lieu à Dieppe en 2027.']) {
      const {result} = await structureText(`${head}${next}\n`)
      const {pillars, outlook} = result!.readout
      expect(pillars.map((p) => p.body)).toEqual(["Les villes se sont engagées à électrifier leurs quais d'ici 2032.", "Elles ont décidé de créer un fonds commun de 40 millions d'euros pour les ferries."])
      expect(outlook).toEqual([next])
    }
  })
})

describe('a signature that says in how many originals or languages the text was made', () => {
  it('sets aside `Fait à …, le …, en N exemplaires originaux` and `Done at …, in duplicate, in the … languages`: never the outlook', async () => {
    const fr = 'Déclaration conjointe des ministres de l\'Eau du Niger et du Mali\nNiamey, le 9 avril 2026\n\nLes ministres de l\'Eau des deux pays se sont réunis à Niamey.\n\nComité mixte\nLes ministres décident de créer un comité mixte du fleuve.\n\nProchaine réunion\nLes ministres se réuniront de nouveau à Gao en 2027.\n\n'
    for (const signature of ['Fait à Niamey, le 9 avril 2026, en deux exemplaires originaux.', 'Fait à Niamey, le 9 avril 2026, en langue française, les deux textes faisant également foi.']) {
      const {result} = await structureText(`${fr}${signature}\n`)
      expect(result!.readout.outlook).toEqual(['Les ministres se réuniront de nouveau à Gao en 2027.'])
      expect(isSignatureLine(signature)).toBe(true)
    }
    const en = 'Joint Statement of the Water Ministers of Austria and Slovenia\nVienna, 3 May 2026\n\nThe water ministers of the two countries met in Vienna.\n\nJoint committee\nThe ministers decided to set up a joint river committee.\n\nNext meeting\nThe next meeting will be held in Maribor in 2027.\n\n'
    for (const signature of ['Done at Vienna on 3 May 2026, in duplicate, in the English and German languages, both texts being equally authentic.', 'Done at Vienna, 3 May 2026, in two originals.']) {
      const {result} = await structureText(`${en}${signature}\n`)
      expect(result!.readout.outlook).toEqual(["The next meeting will be held in Maribor in 2027."])
      expect(isSignatureLine(signature)).toBe(true)
    }
    // a sentence that only opens like one is no signature
    expect(isSignatureLine('Done at Vienna on 3 May 2026, in two originals, the plan will be sent to every member state by June.')).toBe(false)
  })
})

describe('a declaration in articles', () => {
  const HEAD = 'Déclaration commune des ministres de l\'Hydraulique du Tchad et du Cameroun\nN\'Djamena, le 12 mai 2026\n\nLes ministres de l\'Hydraulique des deux pays, réunis à N\'Djamena, sont convenus de ce qui suit.\n\n'

  it('reads an article that only adopts the plan (`Les ministres adoptent le Plan …, annexé à la présente déclaration`) as context, as the same numbered paragraph', async () => {
    const articles = 'Article 1er\nLes ministres décident de forer 300 puits dans les villages frontaliers d\'ici 2028.\n\nArticle 2\nLes ministres adoptent la Stratégie commune de l\'eau potable 2026-2031, jointe à la présente déclaration.\n\nArticle 3\nLes ministres adoptent la Charte des sources, qui oblige chaque commune à protéger ses captages.\n'
    const {result} = await structureText(`${HEAD}${articles}`)
    const {pillars, roadmap} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(["Les ministres décident de forer 300 puits dans les villages frontaliers d'ici 2028.", 'Les ministres adoptent la Charte des sources, qui oblige chaque commune à protéger ses captages.'])
    expect(pillars.map((p) => p.title)).not.toContain('Article 1er')
    expect(roadmap).toContain('Stratégie commune de l\'eau potable')
    const numbered = '1. Les ministres décident de forer 300 puits dans les villages frontaliers d\'ici 2028.\n\n2. Les ministres adoptent la Stratégie commune de l\'eau potable 2026-2031, jointe à la présente déclaration.\n\n3. Les ministres adoptent la Charte des sources, qui oblige chaque commune à protéger ses captages.\n'
    const again = await structureText(`${HEAD}${numbered}`)
    expect(again.result!.readout.pillars.map((p) => p.body)).toEqual(pillars.map((p) => p.body))
  })
})

describe('decisions after a heading of context, never refused', () => {
  it('ends a `Contexte` / `Background` section at a lead-in that decides (`Les ministres ont décidé :`, `Ministers agreed to:`): its items are the points', async () => {
    const fr = await structureText('Réunion des ministres des Transports du Sahel\nNiamey, le 3 mars 2026\n\nContexte\n\nLe trafic routier entre les pays membres a doublé en dix ans.\n\nLes ministres ont décidé :\n• de créer un corridor unique entre Niamey et Ouagadougou ;\n• de supprimer deux postes de contrôle sur cet axe.\n')
    expect(fr.result!.readout.pillars.map((p) => p.body)).toEqual(['de créer un corridor unique entre Niamey et Ouagadougou ;', 'de supprimer deux postes de contrôle sur cet axe.'])
    const en = await structureText('Meeting of the Sahel Transport Ministers\nNiamey, 3 March 2026\n\nBackground\n\nRoad traffic between member states has doubled in ten years.\n\nMinisters agreed to:\n- create a single corridor between Niamey and Ouagadougou;\n- remove two checkpoints on that road.\n')
    expect(en.result!.readout.pillars.map((p) => p.body)).toEqual(['create a single corridor between Niamey and Ouagadougou;', 'remove two checkpoints on that road.'])
    expect(en.result!.readout.context.join(' ')).toContain('Road traffic between member states has doubled')
  })

  it('reads prose that decides under the only heading, `Background`, as the points rather than refuse the text, and the next meeting there as outlook', async () => {
    const {result, messages} = await structureText('Meeting of the Sahel Transport Ministers\nNiamey, 3 March 2026\n\nBackground\n\nRoad traffic between member states has doubled in ten years.\n\nMinisters agreed to create a single corridor between Niamey and Ouagadougou.\n\nMinisters decided to remove two checkpoints on that road by 2027.\n\nThe next meeting will be held in Bamako in 2027.\n')
    expect(messages.filter((m) => m.includes('error'))).toEqual([])
    const {pillars, outlook, context} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['Ministers agreed to create a single corridor between Niamey and Ouagadougou.', 'Ministers decided to remove two checkpoints on that road by 2027.'])
    expect(outlook).toEqual(['The next meeting will be held in Bamako in 2027.'])
    expect(context.join(' ')).toContain('Road traffic between member states has doubled')
  })
})

describe('a list of conclusions', () => {
  it('reads the items under `Conclusions :` / `Conclusions` on their own: what the meeting settled, in the future too, is a point; the next meeting outlook', async () => {
    const {result} = await structureText("Réunion des ministres des Transports du Sahel\nNiamey, le 3 mars 2026\n\nLes ministres des Transports se sont réunis à Niamey.\n\nConclusions :\n• Le Comité mettra en place un fonds routier de 20 millions d'euros.\n• Les ministres ont décidé de supprimer deux postes de contrôle.\n• La prochaine réunion se tiendra à Bamako en 2027.\n")
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(["Le Comité mettra en place un fonds routier de 20 millions d'euros.", 'Les ministres ont décidé de supprimer deux postes de contrôle.'])
    expect(outlook).toEqual(['La prochaine réunion se tiendra à Bamako en 2027.'])
    const en = await structureText('Meeting of the Sahel Transport Ministers\nNiamey, 3 March 2026\n\nThe transport ministers met in Niamey.\n\nConclusions\n- The Committee will set up a road fund of €20 million.\n- Ministers decided to remove two checkpoints.\n- The next meeting will be held in Bamako in 2027.\n')
    expect(en.result!.readout.pillars.map((p) => p.body)).toEqual(['The Committee will set up a road fund of €20 million.', 'Ministers decided to remove two checkpoints.'])
    expect(en.result!.readout.outlook).toEqual(['The next meeting will be held in Bamako in 2027.'])
  })
})

describe('a bullet titled as the outlook', () => {
  it('reads `- Next meeting: …` / `• Prochaine réunion : …` among `Title: body` bullets as the outlook, not a point', async () => {
    const en = await structureText('Meeting of the Sahel Transport Ministers\nNiamey, 3 March 2026\n\nThe transport ministers met in Niamey.\n\n- Road fund: Ministers set up a road fund of 20 million euros.\n- Checkpoints: Ministers decided to remove two checkpoints.\n- Next meeting: Bamako, April 2027.\n')
    expect(en.result!.readout.pillars.map((p) => p.title)).toEqual(['Road fund', 'Checkpoints'])
    expect(en.result!.readout.outlook).toEqual(['Next meeting: Bamako, April 2027.'])
    const fr = await structureText('Réunion des ministres des Transports du Sahel\nNiamey, le 3 mars 2026\n\nLes ministres des Transports se sont réunis à Niamey.\n\n• Fonds routier : les ministres ont créé un fonds routier de 20 millions d\'euros.\n• Postes de contrôle : les ministres ont décidé d\'en supprimer deux.\n• Prochaine réunion : avril 2027 à Bamako.\n')
    expect(fr.result!.readout.pillars.map((p) => p.title)).toEqual(['Fonds routier', 'Postes de contrôle'])
    expect(fr.result!.readout.outlook).toEqual(['Prochaine réunion : avril 2027 à Bamako.'])
  })
})

describe('minutes whose agenda items head their sections', () => {
  it('reads `Ouverture de la séance` and `Divers` as context, a topic\'s section as its point, and `Actions à mener :` as the outlook list (`enverra` looks ahead)', async () => {
    const {result} = await structureText("Compte rendu de la réunion du Comité de pilotage du Programme eau potable\nDakar, le 12 janvier 2026\n\nOrdre du jour\n- Ouverture de la séance\n- Bilan des forages\n- Divers\n\nOuverture de la séance\nLe président a ouvert la séance à 9 h et a souhaité la bienvenue aux membres.\n\nBilan des forages\nLe Comité a constaté que 120 forages ont été réalisés en 2025. Il a décidé de lancer 80 nouveaux forages en 2026.\n\nDivers\nAucun point n'a été soulevé.\n\nActions à mener :\n• Le secrétariat enverra le plan de travail aux membres avant le 31 janvier.\n• La prochaine réunion se tiendra à Thiès en avril 2026.\n")
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => [p.title, p.body])).toEqual([['Bilan des forages', 'Le Comité a constaté que 120 forages ont été réalisés en 2025. Il a décidé de lancer 80 nouveaux forages en 2026.']])
    expect(outlook).toEqual(['Le secrétariat enverra le plan de travail aux membres avant le 31 janvier.', 'La prochaine réunion se tiendra à Thiès en avril 2026.'])
  })

  it('reads `Opening of the sitting` as context and `Actions to be taken` as the outlook list in English too', async () => {
    const {result} = await structureText('Minutes of the Steering Committee of the Clean Water Programme\nDakar, 12 January 2026\n\nOpening of the sitting\nThe Chair opened the sitting at 9 a.m. and welcomed the members.\n\nDrilling review\nThe Committee noted that 120 wells were drilled in 2025. It decided to drill 80 new wells in 2026.\n\nActions to be taken\n- The secretariat will send the work plan to members by 31 January.\n')
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.title)).toEqual(['Drilling review'])
    expect(outlook).toEqual(['The secretariat will send the work plan to members by 31 January.'])
  })
})
