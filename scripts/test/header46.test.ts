import {describe, expect, it} from 'vitest'
import {isBreadcrumb, isIssueRunOn, isSiteFurniture} from '../structure/site-furniture.js'
import {structureText} from './helpers.js'

// Header lines, title and organisation in the variants of cause family A (branch header46, from rounds 37 and 38). The causes are
// mended in general: each is tested here in other words, the other language, other separators and positions than the corpus's
// texts. Every sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout

const LEAD = "\n\nBeekeepers of the Moorland Apiarists' Guild met in Hexham on 11 March 2026 to plan the spring season. They agreed to share two extractors and to map the heather sites.\n\nThey will meet again in June.\n"
const CHAPEAU = "\n\nLes apiculteurs de la Fédération des ruchers du Quercy se sont réunis à Cahors le 11 mars 2026 pour préparer la saison. Ils ont décidé de partager deux extracteurs et de recenser les ruchers de montagne.\n\nIls se retrouveront en juin.\n"
const HEADLINE = 'Beekeepers agree to share extractors this spring'
const TITRE = 'Les apiculteurs partagent leurs extracteurs ce printemps'

describe('A: a breadcrumb of any separator is never the title', () => {
  it('reads a trail whose last step repeats a long page title, or whose steps hold a year, as a breadcrumb', () => {
    expect(isBreadcrumb('Home / Newsroom / Meetings / Spring meeting: what beekeepers agreed on extractors')).toBe(true)
    expect(isBreadcrumb('Accueil › Actualités › Réunions › Assemblée de printemps : ce que les apiculteurs ont décidé')).toBe(true)
    expect(isBreadcrumb('Team space / Working groups / Notes 2026')).toBe(true)
    expect(isBreadcrumb('Home » Members » Board » Minutes 2025')).toBe(true)
    expect(isBreadcrumb('Home | News | Meetings | Spring meeting: what beekeepers agreed')).toBe(true)
    // (a title block on one line cut by bars, a bilingual kind, a sentence: no breadcrumb)
    expect(isBreadcrumb('MEDIA READOUT | Friday, 6 November 2026 | Moorland Apiarists Council')).toBe(false)
    expect(isBreadcrumb('Communiqué conjoint / Joint Communiqué')).toBe(false)
    expect(isBreadcrumb('Home / News / Ministers agreed to share extractors. They met in Hexham.')).toBe(false)
  })
  it('takes the headline under the trail as the title, in either language and with any separator', async () => {
    expect((await read(`Home / News / Meetings / ${HEADLINE}\n\n${HEADLINE}${LEAD}`)).title).toBe(HEADLINE)
    expect((await read(`Accueil › Actualités › Réunions › ${TITRE} : le point\n\n${TITRE}${CHAPEAU}`)).title).toBe(TITRE)
    expect((await read(`Guild wiki / Committee / Minutes 2026\n\nCommittee meeting – 11 March 2026${LEAD}`)).title).toMatch(/^Committee meeting/u)
    expect((await read(`Espace adhérents » Bureau » Réunions 2026\n\nCompte rendu du bureau – 11 mars 2026${CHAPEAU}`)).title).toMatch(/^Compte rendu du bureau/u)
  })
})

describe('A: a site\'s name over its bar of links parted by runs of spaces', () => {
  it('reads the bar as written and takes the headline under it as the title', async () => {
    expect((await read(`HiveLink North\nHome   About us   Find a club   News   Donate\n\n${HEADLINE}\nPublished 12 March 2026 · 2 min read${LEAD}`)).title).toBe(HEADLINE)
    expect((await read(`Ruchers Quercy\nAccueil   Qui sommes-nous ?   Actualités   Contact\n\n${TITRE}\nPublié le 12 mars 2026${CHAPEAU}`)).title).toBe(TITRE)
  })
})

describe('A: a breadcrumb\'s step names who met when the lead calls it by its head noun', () => {
  const lead = "\n\nKeepers from across the county met in Hexham on 11 March 2026 for the guild's spring meeting. They agreed to share two extractors and to map the heather sites.\n\nThey will meet again in June.\n"
  const chapeau = "\n\nLes adhérents de la fédération se sont retrouvés à Cahors le 11 mars 2026 pour leur assemblée de printemps. Ils ont décidé de partager deux extracteurs.\n\nIls se retrouveront en juin.\n"
  it('names the body from the step, whatever separator the trail uses', async () => {
    expect((await read(`HiveLink North\nHome   About us   News   Donate\nHome > News > Moorland Apiarists' Guild > Spring meeting\n\n${HEADLINE}${lead}`)).organisation).toBe("Moorland Apiarists' Guild")
    expect((await read(`Accueil / Nos fédérations / Fédération des ruchers du Quercy / Actualités\n\n${TITRE}${chapeau}`)).organisation).toBe('Fédération des ruchers du Quercy')
  })
  it('names none from a step the lead does not take up', async () => {
    expect((await read(`Home > News > Moorland Apiarists' Guild > Spring meeting\n\n${HEADLINE}\n\nKeepers from across the county met in Hexham on 11 March 2026. They agreed to share two extractors.\n`)).organisation).toBeUndefined()
  })
})

describe('A: a publication\'s name with its issue number is the masthead', () => {
  it('reads a name run on into an issue\'s number, behind any separator, as the masthead', () => {
    expect(isIssueRunOn('La Lettre du réseau – n° 27 – jeudi 15 octobre 2026')).toBe(true)
    expect(isIssueRunOn("Members' Bulletin · Issue 3 · May 2026")).toBe(true)
    expect(isIssueRunOn('Field Notes, Vol. 2, No. 4')).toBe(true)
    expect(isIssueRunOn('Le Courrier des ruchers | N° 112')).toBe(true)
    expect(isSiteFurniture('The Hive Post — No. 14 — Spring 2026', () => false)).toBe(true)
    // (a kind before the number is a release's numbered kind line, not a masthead)
    expect(isIssueRunOn('Press release – No. 45')).toBe(false)
    expect(isIssueRunOn('Communiqué de presse – n° 12')).toBe(false)
  })
  it('takes the headline under the masthead as the title, never the letterhead above it', async () => {
    const chapeau = "\n\nLes adhérents de la fédération se sont réunis à Cahors le 11 mars 2026 pour préparer la saison. Ils ont décidé de partager deux extracteurs.\n\nIls se retrouveront en juin.\n"
    let readout = await read(`FÉDÉRATION DES RUCHERS\nDU QUERCY ET DU ROUERGUE\nLe Courrier des ruchers – n° 14 – jeudi 12 mars 2026\n\n${TITRE}${chapeau}`)
    expect(readout.title).toBe(TITRE)
    expect(readout.organisation?.toLowerCase()).toBe('fédération des ruchers du quercy et du rouergue')
    readout = await read(`MOORLAND APIARISTS' GUILD\nThe Hive Post · Issue 9 · Spring 2026\n\n${HEADLINE}${LEAD}`)
    expect(readout.title).toBe(HEADLINE)
  })
})

describe('A: a letterhead in capitals over two lines is one name', () => {
  it('joins the lines of a letterhead in capitals into the body\'s name', async () => {
    const lead = "\n\nThe Federation met in Hexham on 11 March 2026 to plan the spring season. The Federation agreed to share two extractors.\n\nIt will meet again in June.\n"
    const readout = await read(`FEDERATION OF MOORLAND APIARISTS\nOF NORTHUMBERLAND AND DURHAM\n\nSpring council meeting${lead}`)
    expect(readout.organisation?.toLowerCase()).toBe('federation of moorland apiarists of northumberland and durham')
  })
})

describe('A: a minutes title line under a body\'s name is the title, the body who met', () => {
  const body = '\n\nPresent: Ann Reed (Chair), Tom Hale (Treasurer)\n\n1. Accounts\nThe committee approved the accounts for 2025.\n\n2. Extractors\nThe committee agreed to buy two extractors for the member apiaries.\n'
  it('keeps the organ a minutes line names, held where and when it says, and names the letterhead\'s body', async () => {
    let readout = await read(`MOORLAND APIARISTS' GUILD – NORTH EAST BRANCH\n\nMinutes of the Branch Committee meeting held at the Moot Hall, Hexham, on Tuesday 10 March 2026${body}`)
    expect(readout.title).toBe('Minutes of the Branch Committee meeting')
    expect(readout.place).toBe('Hexham')
    expect(readout.organisation?.toLowerCase()).toMatch(/^moorland apiarists' guild/u)
    readout = await read(`Federation of Upland Beekeepers\nMinutes of the Standing Committee meeting convened in Alnwick on 10 March 2026${body}`)
    expect(readout.title).toBe('Minutes of the Standing Committee meeting')
    expect(readout.organisation).toBe('Federation of Upland Beekeepers')
  })
  it('keeps the letterhead as the title over a minutes line that names no body', async () => {
    const readout = await read(`Federation of Upland Beekeepers\nMinutes of the meeting held at the Moot Hall, Hexham, on Tuesday 10 March 2026${body}`)
    expect(readout.title).toBe('Federation of Upland Beekeepers')
  })
  it('takes an organ\'s record line under a letterhead in capitals as the title', async () => {
    const lead = '\n\nDirectors present: Reed (Chair), Hale, Amos. A quorum was present.\n\nThe Board approved grants of $40,000 for new hives.\n'
    let readout = await read(`UPLAND BEEKEEPERS COMPACT\nExecutive Committee: Record of Decisions\nMeeting of Tuesday, March 10, 2026${lead}`)
    expect(readout.title).toBe('Executive Committee: Record of Decisions')
    readout = await read(`FÉDÉRATION DES RUCHERS DU QUERCY\nBureau – Relevé de décisions\nSéance du mardi 10 mars 2026\n\nLe bureau a approuvé une aide de 40 000 euros pour les ruches.\n`)
    expect(readout.title).toBe('Bureau – Relevé de décisions')
  })
})

describe('A: a long name\'s `de … et du …` tail is kept whole', () => {
  it('reads a chamber\'s, a brotherhood\'s or a guild\'s name to its last place, in either language', async () => {
    expect((await read("Compte rendu de l'assemblée du 12 mai 2026\n\nL'assemblée générale de la Chambre des gantiers de Cahors et du Haut-Quercy s'est tenue le 12 mai 2026 à Cahors. Elle a décidé de créer un prix.\n")).organisation).toBe('Chambre des gantiers de Cahors et du Haut-Quercy')
    expect((await read("Compte rendu du 12 mai 2026\n\nLes membres de la Confrérie des vignerons de Cahors et du Haut-Quercy se sont réunis le 12 mai 2026 à Cahors. Ils ont décidé de créer un prix.\n")).organisation).toBe('Confrérie des vignerons de Cahors et du Haut-Quercy')
    expect((await read('Minutes of the annual meeting, 12 May 2026\n\nThe annual meeting of the Chamber of Glovemakers of Yeovil and the Blackmore Vale was held on 12 May 2026 in Yeovil. Members agreed to buy skins together.\n')).organisation).toBe('Chamber of Glovemakers of Yeovil and the Blackmore Vale')
  })
})

describe('A: a house of parliament is not the body a minister reports on', () => {
  it('names the body whose meeting the minister attended, never the house in the record\'s masthead', async () => {
    const statement = "\n\nMinisterial Statement\n\nUpland bees: spring measures\n\nThe Minister for Rural Affairs (Ms Reed): With your permission, Mr Speaker, I wish to make a statement on the meeting of the Upland Beekeeping Council, which I attended in Hexham on Monday. The council agreed to share two extractors between member apiaries.\n\nThe council will meet again in June.\n"
    let readout = await read(`NORTHUMBERLAND ASSEMBLY\nOfficial Report (Hansard)\nThursday 12 March 2026${statement}`)
    expect(readout.organisation).toBe('Upland Beekeeping Council')
    const declaration = "\n\nDéclarations ministérielles\n\nRuchers de montagne\n\nMme Roux, ministre de l'Agriculture : Je souhaite rendre compte à l'Assemblée de la réunion du Conseil des ruchers de montagne, à laquelle j'ai participé lundi à Cahors. Le Conseil a décidé de partager deux extracteurs.\n\nLe Conseil se réunira de nouveau en juin.\n"
    readout = await read(`ASSEMBLÉE DE LA PROVINCE DU QUERCY\nCompte rendu intégral\nJeudi 12 mars 2026${declaration}`)
    expect(readout.organisation).toBe('Conseil des ruchers de montagne')
  })
})

describe('A: a venue is not an organisation', () => {
  it('never names the building the meeting was held at as who met, in either language', async () => {
    expect((await read("Communiqué conjoint\nRencontre des ruchers de montagne\nCahors, le 12 mars 2026\n\nLes élus des deux départements se sont réunis le 12 mars 2026 à Cahors, à l'Espace Clément-Marot, avec les apiculteurs de leurs territoires. Ils ont décidé de partager deux extracteurs.\n")).organisation).toBeUndefined()
    expect((await read("Joint statement\nUpland beekeeping meeting\nHexham, 12 March 2026\n\nCouncillors of the two counties met on 12 March 2026 in Hexham, at the Ridley Centre, with the beekeepers of their areas. They agreed to share two extractors.\n")).organisation).toBeUndefined()
    expect((await read("Compte rendu\n\nLes délégués se sont réunis le 12 mars 2026 à Cahors, au Centre Jean-Moulin. Ils ont décidé de partager deux extracteurs.\n")).organisation).toBeUndefined()
  })
})
