import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts of round 20 that lost the body of a text (issue 11): each rule with sentences written for
// the test, in the same layout on other subjects.

const roles = async (text: string) => {
  const {result} = await structureText(text)
  const readout = result!.readout
  return {points: readout.pillars.map((p) => p.body), outlook: readout.outlook ?? []}
}

describe('meeting notes with task boxes under headings that say what was done and what is still to do', () => {
  const notes = (before: string, after: string, items: string[]) => `Coastal Ferries Group – meeting notes\nSplit, 12 May 2026\n\nOperators from the island lines met in Split to agree the summer timetable.\n\n${before}\n[x] Passenger counts for 2025 shared with all operators\n[x] Fuel prices checked by the finance team\n\nWhat was agreed\n* Ferries to the outer islands will run twice a day from June, with 14 boats on the routes\n* Tickets bought online will be valid on every operator's boats\n\n${after}\n${items.join('\n')}\n`

  it('reads the ticked items of `Before the meeting` as context and the open ones of `Still to do` as outlook', async () => {
    const {points, outlook} = await roles(notes('Before the meeting', 'Still to do', ['[ ] Split to publish the new timetable by 20 May 2026', '[ ] The Group to meet again in Zadar in September']))
    expect(points).toEqual(["Ferries to the outer islands will run twice a day from June, with 14 boats on the routes", "Tickets bought online will be valid on every operator's boats"])
    expect(outlook).toEqual(['Split to publish the new timetable by 20 May 2026', 'The Group to meet again in Zadar in September'])
  })

  it('reads `Done`, `Open items`, `To do` and `Outstanding actions` the same way', async () => {
    for (const [before, after] of [['Done', 'Open items'], ['Ahead of the meeting', 'To do'], ['Completed', 'Outstanding actions']]) {
      const {points, outlook} = await roles(notes(before, after, ['- Split to publish the new timetable by 20 May 2026']))
      expect(points, before).toHaveLength(2)
      expect(outlook, after).toEqual(['Split to publish the new timetable by 20 May 2026'])
    }
  })

  it('reads `Avant la réunion` / `Reste à faire` in French', async () => {
    const {points, outlook} = await roles("Groupe des bacs du fleuve – notes de réunion\nSaint-Louis, 12 mai 2026\n\nLes exploitants des bacs se sont réunis à Saint-Louis pour fixer les horaires de la saison sèche.\n\nAvant la réunion\n[x] Comptages de passagers transmis à tous les exploitants\n\nCe qui a été décidé\n- Les bacs circuleront toutes les heures entre 6 h et 22 h à partir de juin.\n- Un billet unique sera valable sur toutes les traversées.\n\nReste à faire\n[ ] Le Secrétariat publiera les horaires avant le 1er juin.\n")
    expect(points).toHaveLength(2)
    expect(outlook).toEqual(["Le Secrétariat publiera les horaires avant le 1er juin."])
  })

  it('keeps a decision stated in full under `Still to do` a point, and a task with no name in capitals is no task form', async () => {
    const {points} = await roles(notes('Before the meeting', 'Still to do', ['- Operators agreed to share one call centre from July']))
    expect(points).toContain('Operators agreed to share one call centre from July')
  })
})

describe('paragraphs numbered after `§` or `Para`', () => {
  const communique = (marks: string[], separator: string) => `Final Communiqué of the Lake Basin Fisheries Council\nKisumu, 4 June 2026\n\n${marks[0]} The fisheries ministers of the five member states met in Kisumu on 4 June 2026.\n\n${separator}\n\n${marks[1]} The Council decided to close the breeding grounds to all nets from March to May each year.\n\n${marks[2]} The Council approved a common licence for boats that fish in the waters of two states.\n\n${separator}\n\n${marks[3]} The next meeting of the Council will be held in Jinja in June 2027.\n`

  it('reads `§ 1` … `§ 4` as numbered paragraphs, without their marks, across `* * *` separators', async () => {
    const {points, outlook} = await roles(communique(['§ 1', '§ 2', '§ 3', '§ 4'], '* * *'))
    expect(points).toEqual(['The Council decided to close the breeding grounds to all nets from March to May each year.', 'The Council approved a common licence for boats that fish in the waters of two states.'])
    expect(outlook).toEqual(['The next meeting of the Council will be held in Jinja in June 2027.'])
  })

  it('reads `§1.`, `Para 3.` and `Para. 4:` the same way, across a `______` rule', async () => {
    for (const marks of [['§1.', '§2.', '§3.', '§4.'], ['Para 1.', 'Para 2.', 'Para 3.', 'Para 4.'], ['Para. 1:', 'Para. 2:', 'Para. 3:', 'Para. 4:']]) {
      const {points, outlook} = await roles(communique(marks, '______'))
      expect(points, marks[0]).toEqual(['The Council decided to close the breeding grounds to all nets from March to May each year.', 'The Council approved a common licence for boats that fish in the waters of two states.'])
      expect(outlook, marks[0]).toEqual(['The next meeting of the Council will be held in Jinja in June 2027.'])
    }
  })

  it('leaves a `§` that cites an article inside a sentence as written', async () => {
    const {points} = await roles('Final Communiqué of the Lake Basin Fisheries Council\nKisumu, 4 June 2026\n\nThe fisheries ministers of the five member states met in Kisumu on 4 June 2026.\n\n1. The Council decided, under § 4 of the Convention, to close the breeding grounds from March to May.\n2. The Council approved a common licence for boats.\n')
    expect(points[0]).toBe('The Council decided, under § 4 of the Convention, to close the breeding grounds from March to May.')
  })
})

describe('a review set at a later meeting by its place or date, and a yearly report on how the plan is carried out', () => {
  const conclusions = (last: string[]) => `Council conclusions on clean school buses\nCouncil of the Danube Mobility Union\nVienna, 2–3 March 2026\n\nThe Council\n\n1. AGREES that every member will replace its oldest school buses with electric ones by 2030.\n\n2. AGREES to set up a loan facility of EUR 80 million for the new buses.\n\n3. INVITES members to report each year on how many school buses they have replaced, so that progress can be compared.\n\n${last.map((line, k) => `${k + 4}. ${line}`).join('\n\n')}\n`

  it('reads a review `at its meeting in <place> on <date>` and the Secretariat\'s yearly report on the carrying out as outlook, members\' own yearly figures as a point', async () => {
    const {points, outlook} = await roles(conclusions(['INVITES the Secretariat to report to the Council on the implementation of these conclusions every year, starting in 2027.', 'AGREES to review these conclusions at its meeting in Budapest on 9 March 2027.']))
    expect(points).toHaveLength(3)
    expect(points[2]).toMatch(/^INVITES members to report each year/)
    expect(outlook).toEqual(['INVITES the Secretariat to report to the Council on the implementation of these conclusions every year, starting in 2027.', 'AGREES to review these conclusions at its meeting in Budapest on 9 March 2027.'])
  })

  it('reads `to take stock … at their meeting in March 2028` and a Commission asked to report on progress each year the same way', async () => {
    const {outlook} = await roles(conclusions(['ASKS the Commission to report on the progress of the loan facility each year.', 'AGREES to take stock of the bus programme at its meeting in March 2028.']))
    expect(outlook).toHaveLength(2)
  })

  it('keeps a decision that only meets in a named place, and a report with no time to come back, a point', async () => {
    const {points} = await roles(conclusions(['INVITES the Secretariat to report on the cost of charging points in rural schools.', 'AGREES to open a training centre for bus drivers in Budapest in March 2027.']))
    expect(points).toHaveLength(5)
  })

  it('reads the Secrétariat asked to publish a report on where things stand every year as outlook in French', async () => {
    const {outlook} = await roles("Communiqué final de la Conférence des ministres des Transports du bassin du Niger\nNiamey, les 2 et 3 mars 2026\n\n1. Les ministres ont décidé de remplacer les bus scolaires les plus anciens d'ici 2030.\n\n2. Les ministres ont approuvé un fonds de prêts de 80 millions d'euros.\n\n3. Les ministres ont chargé le Secrétariat de publier chaque année un rapport sur l'état du parc de bus scolaires.\n\n4. Les ministres ont demandé au Secrétariat exécutif de rendre compte tous les ans de la mise en œuvre du programme.\n")
    expect(outlook).toEqual(["Les ministres ont chargé le Secrétariat de publier chaque année un rapport sur l'état du parc de bus scolaires.", 'Les ministres ont demandé au Secrétariat exécutif de rendre compte tous les ans de la mise en œuvre du programme.'])
  })
})

describe('a meeting still ahead is never the dateline', () => {
  it('reads `Officials will meet in <city> in <month> …` after a call\'s decisions as outlook, not as where the call took place', async () => {
    const {result} = await structureText('Readout of the call between Minister of Energy Lund and Minister for Climate Sato\n3 February 2026\n\nMinister Lund and Minister Sato spoke by videoconference today about hydrogen trade between their two countries.\n\nThe ministers agreed to set a common standard for green hydrogen and to open a shipping route for ammonia by 2028.\n\nOfficials will meet in Oslo in April to draft the standard, and the ministers plan to speak again in the autumn.\n')
    const readout = result!.readout
    expect(readout.place).not.toBe('Oslo')
    expect(readout.outlook).toEqual(['Officials will meet in Oslo in April to draft the standard, and the ministers plan to speak again in the autumn.'])
  })

  it('keeps a dateline that says where ministers met and where they will meet again', async () => {
    const {result} = await structureText('Readout of the Hydrogen Partnership\n\nMinisters of the Hydrogen Partnership met in Rotterdam on 3 February 2026 and will meet again in Oslo in April.\n\nThe ministers agreed to set a common standard for green hydrogen.\n')
    expect(result!.readout.place).toBe('Rotterdam')
  })

  it('does the same in French (`Les experts se réuniront à … en avril`)', async () => {
    const {result} = await structureText("Compte rendu de l'entretien téléphonique entre la ministre de l'Énergie et le ministre du Climat\n3 février 2026\n\nLes deux ministres se sont entretenus aujourd'hui par téléphone des échanges d'hydrogène entre leurs pays.\n\nLes ministres ont décidé d'adopter une norme commune pour l'hydrogène vert.\n\nLes experts se réuniront à Dakar en avril pour rédiger la norme.\n")
    expect(result!.readout.place).not.toBe('Dakar')
    expect(result!.readout.outlook).toEqual(['Les experts se réuniront à Dakar en avril pour rédiger la norme.'])
  })
})

describe("a cabinet's compte rendu, headed by the texts it adopted or heard", () => {
  const cabinet = (items: string[][]) => `Compte rendu du Conseil des ministres\nJeudi 5 mars 2026\n\n${items.map(([heading, ...lines]) => `${heading}\n${lines.join('\n')}`).join('\n\n')}\n`

  it('reads the first heading (`Projet de loi relatif à …`) as a point, not a title-block line, and `Mesures d\'ordre individuel` as context', async () => {
    const {points} = await roles(cabinet([
      ["Projet de loi relatif à l'eau potable", "La ministre de la Transition écologique a présenté un projet de loi qui oblige les communes à contrôler leurs réseaux d'eau tous les deux ans."],
      ['Décret portant création de brigades forestières', 'Le ministre de l\'Agriculture a présenté un décret qui crée des brigades forestières dans chaque département boisé.'],
      ["Mesures d'ordre individuel", 'Le Conseil des ministres a adopté diverses mesures d\'ordre individuel.'],
    ]))
    expect(points).toEqual(["La ministre de la Transition écologique a présenté un projet de loi qui oblige les communes à contrôler leurs réseaux d'eau tous les deux ans.", "Le ministre de l'Agriculture a présenté un décret qui crée des brigades forestières dans chaque département boisé."])
  })

  it('reads `Ordonnance portant …`, `Communication sur …` and `Projet d\'ordonnance relatif …` first headings the same way', async () => {
    for (const heading of ['Ordonnance portant réforme des ports', 'Communication sur la saison des feux', "Projet d'ordonnance relatif aux ports"]) {
      const {points} = await roles(cabinet([[heading, 'Le ministre a présenté un texte qui confie aux régions la gestion des ports de pêche.'], ['Décret relatif aux brigades forestières', 'Le ministre de l\'Agriculture a présenté un décret qui crée des brigades forestières.']]))
      expect(points, heading).toHaveLength(2)
    }
  })

  it('reads an English cabinet readout headed `Draft law on …` the same way', async () => {
    const {points} = await roles('Readout of the Cabinet meeting\nThursday 5 March 2026\n\nDraft law on drinking water\nThe Minister of Environment presented a draft law that obliges towns to test their water networks every two years.\n\nDecree on forest brigades\nThe Minister of Agriculture presented a decree that sets up forest brigades in every wooded district.\n')
    expect(points).toHaveLength(2)
  })
})

describe('points counted in prose (`First, … Fourth, … Lastly,`, `Premièrement … Troisièmement … Enfin`)', () => {
  it('reads each counted paragraph as a point, and the last one about the next meeting as outlook', async () => {
    const {points, outlook} = await roles('Readout of the Coastal Towns Forum\nPorto, 3 March 2026\n\nMayors of the Coastal Towns Forum met in Porto on 3 March 2026.\n\nFirst, the mayors agreed to build sea walls in twelve towns by 2029.\n\nSecond, they agreed to share one flood warning service.\n\nThird, they set up a fund for beach restoration.\n\nFourth, they agreed to plant dunes along 40 kilometres of coast.\n\nLastly, the Forum will meet again in Gijón in May 2027.\n')
    expect(points).toHaveLength(4)
    expect(points[3]).toBe('Fourth, they agreed to plant dunes along 40 kilometres of coast.')
    expect(outlook).toEqual(['Lastly, the Forum will meet again in Gijón in May 2027.'])
  })

  it('keeps a decision opened by `Finally,` a point', async () => {
    const {points} = await roles('Readout of the Coastal Towns Forum\nPorto, 3 March 2026\n\nMayors of the Coastal Towns Forum met in Porto on 3 March 2026.\n\nFirst, the mayors agreed to build sea walls in twelve towns by 2029.\n\nFinally, they agreed to share one flood warning service.\n')
    expect(points).toEqual(['First, the mayors agreed to build sea walls in twelve towns by 2029.', 'Finally, they agreed to share one flood warning service.'])
  })

  it('reads `Premièrement … Troisièmement … Enfin` the same way in French', async () => {
    const {points, outlook} = await roles("Communiqué du Forum des villes côtières\nDakar, le 3 mars 2026\n\nLes maires du Forum des villes côtières se sont réunis à Dakar le 3 mars 2026.\n\nPremièrement, les maires ont décidé de construire des digues dans douze villes d'ici 2029.\n\nDeuxièmement, ils ont décidé de partager un service d'alerte aux crues.\n\nTroisièmement, ils ont créé un fonds pour la restauration des plages.\n\nEnfin, le Forum se réunira à Saint-Louis en mai 2027.\n")
    expect(points).toHaveLength(3)
    expect(outlook).toEqual(['Enfin, le Forum se réunira à Saint-Louis en mai 2027.'])
  })
})
