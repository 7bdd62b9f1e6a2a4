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
