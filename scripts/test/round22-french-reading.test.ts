import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {FRENCH_OFFICE_LINE} from '../structure/french.js'

// What round 22 (issue 11) showed the reader missing in its French cases, stated as general forms: a préfecture's
// letterhead with the state's motto and the offices under it, a dateline whose subject convened the body that met
// (`Le préfet … a réuni … le comité …`), a city followed by the verb's object. Every sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout

const BODY = "\n\nLe préfet de la Gironde a réuni ce jeudi le comité départemental de la sécurité routière, avec les maires et les associations de victimes.\n\nLes participants ont arrêté les mesures suivantes.\n\nLes contrôles de vitesse seront doublés aux abords des écoles à partir de la rentrée.\n\nUne campagne d'affichage sera lancée dans les lycées avant les vacances d'été.\n"

describe("a préfecture's letterhead", () => {
  it("sets aside the state's motto, a word a line, and the offices under the letterhead: the headline under the kind is the title", async () => {
    const readout = await read(`PRÉFET DE LA GIRONDE\nLiberté\nÉgalité\nFraternité\n\nCabinet du préfet\nDirection des sécurités\nBureau de la communication interministérielle\n\nBordeaux, le 12 mars 2026\n\nCOMMUNIQUÉ DE PRESSE\n\nSécurité routière : l'État renforce les contrôles autour des écoles${BODY}`)
    expect(readout.title).toBe("Sécurité routière : l'État renforce les contrôles autour des écoles")
    expect(readout.kind).toBe('press release')
    expect(readout.place).toBe('Bordeaux')
    expect(readout.dates?.start).toBe('2026-03-12')
    expect(readout.pillars.map((p) => p.body.slice(0, 20))).toEqual(['Les contrôles de vit', "Une campagne d'affic"])
  })
  it("sets aside a motto on one line, its words cut by dashes or commas (`Un Peuple – Un But – Une Foi`, `Liberté, Égalité, Fraternité`)", async () => {
    for (const motto of ['Un Peuple – Un But – Une Foi', 'Travail – Liberté – Patrie', 'Liberté, Égalité, Fraternité']) {
      const readout = await read(`RÉPUBLIQUE DU SÉNÉGAL\n${motto}\nMinistère de l'Hydraulique\nService de la communication\nDakar, le 12 mars 2026\nCommuniqué de presse\nForages : le ministère lance un plan pour les villages${BODY}`)
      expect(readout.title).toBe('Forages : le ministère lance un plan pour les villages')
      expect(readout.place).toBe('Dakar')
    }
  })
  it('keeps a `Bureau` line that names a body, and a headline with its colon, out of the offices', () => {
    expect(FRENCH_OFFICE_LINE.test('Bureau de la Conférence des Parties')).toBe(false)
    expect(FRENCH_OFFICE_LINE.test('Service civique : les jeunes volontaires seront deux fois plus nombreux')).toBe(false)
    for (const office of ['Cabinet du préfet', 'Direction départementale des territoires', 'Service eau, environnement et forêt', 'DIRECTION RÉGIONALE DE L\'ALIMENTATION', 'Pôle communication', 'Secrétariat général']) expect(FRENCH_OFFICE_LINE.test(office), office).toBe(true)
  })
})

describe('a dateline whose subject convened the body that met', () => {
  const HEAD = 'Communiqué\nBordeaux, le 12 mars 2026\n\n'
  const TAIL = "\n\nLes contrôles de vitesse seront doublés aux abords des écoles à partir de la rentrée.\n"
  it('reads the body from the verb\'s object, past a day or a place, in lower case as French writes it, and who convened it as participants', async () => {
    const cases: Array<[string, string]> = [
      ["Le préfet de la Gironde a réuni ce jeudi le comité départemental de la sécurité routière, avec les maires.", 'Comité départemental de la sécurité routière'],
      ["La ministre des Sports a réuni à Lyon la cellule interministérielle de suivi des grands événements, en présence des fédérations.", 'Cellule interministérielle de suivi des grands événements'],
      ["Le préfet a réuni hier à la préfecture la sous-commission départementale pour l'accessibilité des bâtiments, autour du sous-préfet.", "Sous-commission départementale pour l'accessibilité des bâtiments"],
      ["Les deux ministres ont réuni jeudi matin le conseil national de la montagne pour préparer la saison d'hiver.", 'Conseil national de la montagne'],
    ]
    for (const [dateline, body] of cases) {
      const readout = await read(`${HEAD}${dateline}${TAIL}`)
      expect(readout.organisation, dateline).toBe(body)
      expect(readout.participants, dateline).not.toMatch(/\sa$|\sont$/u)
    }
  })
  it('leaves a meeting with no body as its object to the other rules (`a réuni les maires`)', async () => {
    const readout = await read(`${HEAD}Le préfet de la Gironde a réuni ce jeudi les maires du littoral, avec les services de l'État.${TAIL}`)
    expect(readout.organisation).toBeUndefined()
  })
})

describe('a city before the object of the verb of meeting', () => {
  it('ends the city before an article and a capital (`à Lille le Conseil …`), but keeps a name hyphenated with its article', async () => {
    const lille = await read("Conseil national de la mer\nLille, jeudi 19 novembre 2026\n\nLe Premier ministre a réuni à Lille le Conseil national de la mer, en présence de six ministres.\n\nLe Gouvernement financera la modernisation des quais de douze ports.\n")
    expect(lille.place).toBe('Lille')
    const choisy = await read("Communiqué\n\nLes maires du Val-de-Marne se sont réunis à Choisy-le-Roi le 19 novembre 2026. Ils ont décidé de créer un réseau de pistes cyclables.\n")
    expect(choisy.place).toBe('Choisy-le-Roi')
  })
})

describe('numbered headings over one paragraph each, and a question that closes on what comes next', () => {
  const HEAD = "Conférence régionale de la mer\nBrest, jeudi 19 novembre 2026\n\nLa présidente de région a réuni à Brest la Conférence régionale de la mer, avec les élus du littoral et les comités des pêches.\n\n"
  const items = (label: (n: number) => string) => `${label(1)} : Ports\nLes ports de pêche recevront une enveloppe de 40 millions d'euros pour moderniser leurs criées.\n\n${label(2)} : Formation\nLes lycées maritimes percevront une aide pour ouvrir deux nouvelles formations de mécanicien.\n\n${label(3)} : Navires\nLes armateurs qui renouvellent un navire ancien verront leur prêt garanti par la région.\n\n`
  it('reads a future of who is given something (`recevront`, `percevront`, `verront leur …`) as a point, under `Axe`, `Volet`, `Orientation` or `Priorité n° 2` headings', async () => {
    for (const label of [(n: number) => `Axe ${n}`, (n: number) => `Volet ${n}`, (n: number) => `Orientation ${n}`, (n: number) => `Priorité n° ${n}`]) {
      const readout = await read(`${HEAD}${items(label)}Prochaines étapes\nLa Conférence se réunira de nouveau en juin 2027 à Lorient.\n`)
      expect(readout.pillars.map((p) => p.body.slice(0, 16)), label(1)).toEqual(['Les ports de pêc', 'Les lycées marit', 'Les armateurs qu'])
      expect(readout.outlook).toEqual(['La Conférence se réunira de nouveau en juin 2027 à Lorient.'])
    }
  })
  it('reads a last heading that asks what comes next (`Et maintenant ?`, `Et après ?`, `Et ensuite ?`, `Quelles suites ?`) as the outlook\'s, whatever its paragraph says', async () => {
    for (const question of ['Et maintenant ?', 'Et après ?', 'Et ensuite ?', 'Quelles suites ?']) {
      const readout = await read(`${HEAD}${items((n) => `Axe ${n}`)}${question}\nUn comité de suivi réunissant les élus et les pêcheurs se tiendra tous les trois mois.\n`)
      expect(readout.pillars.map((p) => p.body.slice(0, 16)), question).toEqual(['Les ports de pêc', 'Les lycées marit', 'Les armateurs qu'])
      expect(readout.outlook, question).toEqual(['Un comité de suivi réunissant les élus et les pêcheurs se tiendra tous les trois mois.'])
    }
  })
  it('keeps a question that names no section of the text out of the headings', async () => {
    const readout = await read(`${HEAD}${items((n) => `Axe ${n}`)}Pourquoi maintenant ?\nLes stocks de poissons reculent depuis dix ans.\n`)
    expect(readout.pillars.map((p) => p.body.slice(0, 16))).toEqual(['Les ports de pêc', 'Les lycées marit', 'Les armateurs qu'])
    expect(readout.pillars.at(-1)!.body).not.toContain('Pourquoi')
  })
})

describe("a ministry's letterhead over a committee's line, and what the minister will ask of another body", () => {
  const LIST = "1 – Un fonds de 80 millions d'euros aidera les éleveurs à moderniser leurs bâtiments.\n\n2 – Le report des cotisations sociales est prolongé de six mois.\n\n3 – Les prêts bonifiés seront ouverts aux jeunes éleveurs.\n\n"
  const head = (line: string) => `Ministère de l'Agriculture et de la Souveraineté alimentaire\n${line}\n\nCommuniqué\n\nLa ministre de l'Agriculture a réuni à Paris la cellule de crise de l'élevage, en présence des interprofessions.\n\nÀ l'issue des échanges, la ministre a annoncé les mesures suivantes.\n\n`
  it('reads the date of the meeting named after the dash (`– réunion du jeudi 12 mars 2026`, `– séance du 3 juin 2026`), and the body from who convened it', async () => {
    for (const [line, start] of [['Cellule de crise de l\'élevage – réunion du jeudi 12 mars 2026', '2026-03-12'], ['Cellule de crise de l\'élevage – séance du 3 juin 2026', '2026-06-03']]) {
      const readout = await read(`${head(line)}${LIST}`)
      expect(readout.dates?.start, line).toBe(start)
      expect(readout.title).toBe("Cellule de crise de l'élevage")
      expect(readout.organisation).toBe("Cellule de crise de l'élevage")
    }
  })
  it('reads a request the minister will make at another body\'s next meeting, in a paragraph that adds it to the numbered list, as a point', async () => {
    for (const request of [
      "La ministre a également indiqué que la France demanderait à la Commission européenne, lors du prochain Conseil des ministres de l'Agriculture, de rouvrir le stockage privé.",
      "La ministre a également annoncé que la France proposera, au prochain Conseil européen, un fonds de crise pour l'élevage.",
    ]) {
      const readout = await read(`${head('Cellule de crise de l\'élevage – réunion du jeudi 12 mars 2026')}${LIST}${request}\n\nLa cellule se réunira de nouveau en juillet.\n`)
      expect(readout.pillars.map((p) => p.body.slice(0, 12))).toEqual(["Un fonds de ", 'Le report de', 'Les prêts bo', 'La ministre '])
      expect(readout.outlook).toEqual(['La cellule se réunira de nouveau en juillet.'])
    }
  })
  it("keeps the body's own next meeting, and a report to be presented there, as outlook", async () => {
    const readout = await read(`${head('Cellule de crise de l\'élevage – réunion du jeudi 12 mars 2026')}${LIST}Le ministère présentera un premier bilan lors de la prochaine réunion de la cellule.\n`)
    expect(readout.outlook).toEqual(['Le ministère présentera un premier bilan lors de la prochaine réunion de la cellule.'])
    expect(readout.pillars).toHaveLength(3)
  })
})

describe('a wire dated on the last day of a meeting of several days', () => {
  const TAIL = "\n\nLe plan prévoit la formation de 300 gardes forestiers d'ici l'été.\n\nL'État financera la construction de deux postes de contrôle sur le fleuve.\n"
  it('reads `au terme de deux jours de réunion`, `à l\'issue de trois jours de discussions` as a meeting that began the days before the wire\'s date, with its month abbreviated (`fév`, `janv.`, `sept.`)', async () => {
    const cases: Array<[string, string, string]> = [
      ["Cayenne, 12 fév 2026 (AFP) - Les maires du fleuve ont adopté jeudi à Cayenne, au terme de deux jours de réunion, un plan contre la pêche illégale.", '2026-02-11', '2026-02-12'],
      ["Rennes, 15 janv. 2026 (AFP) - Les élus de la région ont adopté jeudi, à l'issue de trois jours de discussions, un plan pour les forêts.", '2026-01-13', '2026-01-15'],
      ["Ajaccio, 17 sept. 2026 (AFP) - Les maires de l'île ont adopté jeudi, après deux jours de négociations, un plan contre les incendies.", '2026-09-16', '2026-09-17'],
    ]
    for (const [lede, start, end] of cases) {
      const readout = await read(`Un plan pour le fleuve\n\n${lede}${TAIL}`)
      expect(readout.dates?.start, lede).toBe(start)
      expect(readout.dates?.end, lede).toBe(end)
    }
  })
  it('reads the same in English (`at the end of two days of talks`), and leaves a one-day meeting as it is', async () => {
    const en = await read("A plan for the river\n\nCAYENNE, 12 February 2026 (AFP) - River mayors on Thursday adopted, at the end of two days of talks, a plan against illegal fishing.\n\nThe plan provides for 300 more rangers by the summer.\n\nThe State will fund two checkpoints on the river.\n")
    expect(en.dates?.start).toBe('2026-02-11')
    const one = await read(`Un plan pour le fleuve\n\nCayenne, 12 fév 2026 (AFP) - Les maires du fleuve ont adopté jeudi à Cayenne un plan contre la pêche illégale.${TAIL}`)
    expect(one.dates?.start).toBe('2026-02-12')
  })
})

describe('figures a French sentence brings a total to, and small counts in words that a decision pays for', () => {
  const values = async (sentence: string) => (await read(`Communiqué\nLyon, le 4 mai 2026\n\nLe Conseil régional s'est réuni à Lyon le 4 mai 2026.\n\n${sentence}\n`)).figures.map((f) => f.value)
  it('reads the total a verb of bringing gives (`portant les effectifs à environ 1 200`, `ce qui portera leur nombre à 268`, `portant le nombre de … à environ 260`)', async () => {
    expect(await values("La région financera 300 nouveaux gardes, portant les effectifs engagés à environ 1 200.")).toEqual(['300', '1,200'])
    expect(await values("Les maisons de santé seront étendues à 40 nouvelles communes, ce qui portera leur nombre à 268.")).toEqual(['40', '268'])
    expect(await values("Le plan prévoit l'arrêt de 90 chalutiers, portant le nombre de navires indemnisés à environ 260 depuis 2023.")).toEqual(['90', '260'])
  })
  it('reads a small count in words that a sentence\'s verb pays for (`financera l\'achat de six camions`, `la construction de trois bases`), but not what a loan is for', async () => {
    expect(await values("Le département financera l'achat de six camions-citernes, pour un montant de 2,1 M€.")).toEqual(['6', '€2.1 million'])
    expect(await values("L'État financera à hauteur de 85 millions d'euros la construction de trois bases fluviales.")).toEqual(['€85 million', '3'])
    expect(await values("La Banque a annoncé un prêt de 15 millions d'euros pour la construction de trois centres de soins.")).toEqual(['€15 million'])
  })
})

describe('a plan a newswire names in lower case inside guillemets', () => {
  const roadmap = async (lede: string) => (await read(`Un plan pour le fleuve\n\nCayenne, 12 fév 2026 (AFP) - ${lede}\n\nLe plan prévoit la formation de 300 gardes forestiers d'ici l'été.\n\nL'État financera la construction de deux postes de contrôle sur le fleuve.\n`)).roadmap
  it('reads the name after `baptisé`, `intitulé` or `dénommé` (`« plan Maroni 2030 »`, `« stratégie Fleuves propres »`)', async () => {
    expect(await roadmap("Les maires du fleuve ont adopté jeudi un plan commun baptisé « plan Fleuve 2030 ».")).toBe('plan Fleuve 2030')
    expect(await roadmap("Les élus ont adopté jeudi une stratégie intitulée « stratégie Fleuves propres »,  qui sera révisée chaque année.")).toBe('stratégie Fleuves propres')
  })
  it('leaves a quoted name that is no plan (`baptisée « opération Harpie »`)', async () => {
    expect(await roadmap("Les gendarmes ont lancé jeudi une opération baptisée « opération Harpie ».")).toBeUndefined()
  })
})

describe('a passive future with a long subject, and a small count that opens a clause', () => {
  const HEAD = "Communiqué\nLyon, le 4 mai 2026\n\nLe préfet du Rhône a réuni ce lundi le comité départemental de l'eau, avec les maires.\n\nLe comité a retenu les décisions suivantes.\n\nL'arrosage des jardins sera interdit de 8 heures à 20 heures.\n\n"
  it('reads `Des contrôles conjoints de la gendarmerie et de l\'Office français de la biodiversité seront menés …` as a point', async () => {
    const readout = await read(`${HEAD}Des contrôles conjoints de la gendarmerie et de l'Office français de la biodiversité seront menés chaque semaine dans les communes touchées.\n`)
    expect(readout.pillars.map((p) => p.body.slice(0, 14))).toEqual(["L'arrosage des", 'Des contrôles '])
  })
  it('reads a count in words that opens a clause after `, et` beside an amount (`…, et quatre forages de secours seront remis en service`)', async () => {
    const readout = await read(`${HEAD}Les syndicats recevront une aide de 400 000 euros pour relier leurs réseaux, et quatre forages de secours seront remis en service.\n`)
    expect(readout.figures.map((f) => f.value)).toEqual(['€400,000', '4'])
  })
})

describe("a wire whose subject names no body but opens on a minister", () => {
  const org = async (lede: string) => (await read(`Un plan pour le fleuve\n\nCayenne, 12 fév 2026 (AFP) - ${lede}\n\nLe plan prévoit la formation de 300 gardes forestiers d'ici l'été.\n\nL'État financera la construction de deux postes de contrôle sur le fleuve.\n`)).organisation
  it("names the ministry of the first portfolio (`La ministre de la Mer, …`, `Les ministres de l'Intérieur et des Outre-mer, …`, `Le ministre du Travail et …`)", async () => {
    expect(await org("La ministre de la Mer, le président de la région et les pêcheurs ont adopté jeudi un plan pour le fleuve.")).toBe('Ministère de la Mer')
    expect(await org("Les ministres de l'Intérieur et des Outre-mer et les maires ont adopté jeudi un plan pour le fleuve.")).toBe("Ministère de l'Intérieur")
    expect(await org("Le ministre du Travail a signé jeudi un accord avec les syndicats du fleuve.")).toBe('Ministère du Travail')
  })
  it('keeps a body the subject names', async () => {
    expect(await org("Les ministres de la Commission du fleuve ont adopté jeudi un plan pour le fleuve.")).toBe('Commission du fleuve')
  })
})
