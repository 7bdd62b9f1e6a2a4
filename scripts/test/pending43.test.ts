import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {notAFigure} from '../structure/not-figures.js'
import {isPostCountsLine} from '../structure/post-counts-line.js'
import {structureText} from './helpers.js'

// The causes of the waiting tuning cases that branch pending43 mends. Every sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout

describe('a web post\'s line of counts under a masthead is no title line, and the masthead is not the title', () => {
  it('reads the line of counts in both languages', () => {
    expect(isPostCountsLine('Blog · Reading time: 6 min · 3.1K views')).toBe(true)
    expect(isPostCountsLine('Post | 2 min read | 870 views | 14 comments')).toBe(true)
    expect(isPostCountsLine('News • 4-minute read')).toBe(true)
    expect(isPostCountsLine('Publication · 3 410 abonnés · Temps de lecture : 5 min')).toBe(true)
    expect(isPostCountsLine('Billet · 2 min de lecture · 96 J\'aime')).toBe(true)
  })
  it('keeps a rubric bar, a kind and place line and a headline cut by a dot', () => {
    expect(isPostCountsLine('Blog · News')).toBe(false)
    expect(isPostCountsLine('Press release · Galway')).toBe(false)
    expect(isPostCountsLine('Harbour councils agree · a new dredging plan')).toBe(false)
    expect(isPostCountsLine('Actualités · Montagne')).toBe(false)
  })
  it('takes the headline under the masthead as the title, in English', async () => {
    const readout = await read('Western Hedgerow Alliance\nBlog · Reading time: 3 min · 640 views\n\nHedges on the farm roads: a winter of laying and planting\n\nFarmers and county officers met in Hereford on 9 January 2026 as the Western Hedgerow Alliance and agreed to lay 40 kilometres of hedge before the spring.\n\nThey will meet again in May.\n')
    expect(readout.title).toBe('Hedges on the farm roads: a winter of laying and planting')
    expect(readout.organisation).toBe('Western Hedgerow Alliance')
  })
  it('takes the headline as the title under a post line of several counts', async () => {
    const readout = await read('Coastal Kayak Union\nPost | 4 min read | 1.2K views | 35 comments\n\nSea kayak guides agree a shared code for storm days\n\nGuides of the Coastal Kayak Union met in Oban on 14 February 2026 and agreed that no group trip will leave harbour when the forecast gives winds above force five.\n\nThe Union will meet next in October.\n')
    expect(readout.title).toBe('Sea kayak guides agree a shared code for storm days')
  })
  it('takes the headline as the title, in French', async () => {
    const readout = await read('Fédération des apiculteurs du Jura\nPublication · 2 310 abonnés · Temps de lecture : 4 min\n\nFrelons asiatiques : un plan commun pour protéger les ruchers\n\nLes apiculteurs et les maires se sont réunis à Lons-le-Saunier le 6 mars 2026 et ont décidé de poser 900 pièges au printemps.\n\nIls se retrouveront en septembre.\n')
    expect(readout.title).toBe('Frelons asiatiques : un plan commun pour protéger les ruchers')
  })
})

describe('a plan named after a place whose name opens on a capital outside ASCII keeps that word', () => {
  const BODY = '\n\n"Every crossing we make safer is a village we keep open," said the chair.\n\nThey will meet again in the spring.\n'
  it('keeps Å, Ö and Ø opening the name', async () => {
    expect((await read(`Harbour ministers meet in Åbo\n\nHarbour ministers met in Turku on 4 May 2026 and adopted the Åbo Harbour Safety Plan for the winter months.${BODY}`)).roadmap).toBe('Åbo Harbour Safety Plan')
    expect((await read(`Lake wardens meet in Örebro\n\nLake wardens met in Örebro on 4 May 2026 and adopted the Örebro Lake Shore Charter for the summer season.${BODY}`)).roadmap).toBe('Örebro Lake Shore Charter')
    expect((await read(`Fjord guides meet in Ørsta\n\nFjord guides met in Ørsta on 4 May 2026 and endorsed the Ørsta Fjord Guiding Strategy 2027-2030.${BODY}`)).roadmap).toBe('Ørsta Fjord Guiding Strategy 2027-2030')
  })
  it('keeps an accented capital opening a French town\'s name in an English text', async () => {
    expect((await read(`Spa towns meet in Évian\n\nMayors of spa towns met in Évian on 4 May 2026 and adopted the Évian Spring Water Charter.${BODY}`)).roadmap).toBe('Évian Spring Water Charter')
  })
})

describe('a form of sitting between the verb of meeting and the town leaves the town the place', () => {
  const after = (sentence: string, quote: string, next: string) => `A test headline on the matter\n\n${sentence}\n\n${quote}\n\n${next}\n`
  it('reads the town after `in plenary session`, `in general assembly` and `in its annual session`', async () => {
    const quote = '"Good rules keep the trade alive," said the chair.'
    expect((await read(after('Members of the Guild of Stonemasons met in plenary session in Dunfermline on 3 June 2026 and agreed a common tariff.', quote, 'They will meet again in June 2027.'))).place).toBe('Dunfermline')
    expect((await read(after('Delegates of the Union of Coastal Rowers gathered in general assembly in Galway on 3 June 2026 and adopted new racing rules.', quote, 'They will meet again in June 2027.'))).place).toBe('Galway')
    expect((await read(after('The Council of Upland Shepherds met in its annual session in Brecon on 3 June 2026 and set the grazing dates.', quote, 'They will meet again in June 2027.'))).place).toBe('Brecon')
  })
  it('reads the town after `en assemblée générale`, `en séance plénière` and `en session ordinaire`', async () => {
    const quote = '« De bonnes règles font vivre le métier », a déclaré la présidente.'
    expect((await read(after("Les tailleurs de pierre de la Fédération se sont réunis en assemblée générale à Saint-Flour le 3 juin 2026 et ont adopté un tarif commun.", quote, 'Ils se retrouveront en juin 2027.'))).place).toBe('Saint-Flour')
    expect((await read(after("Le Conseil des bergers des estives s'est réuni en séance plénière à Oloron-Sainte-Marie le 3 juin 2026 et a fixé les dates de montée.", quote, 'Il se retrouvera en juin 2027.'))).place).toBe('Oloron-Sainte-Marie')
    expect((await read(after("Les délégués de l'Union des rameurs du littoral se sont réunis en session ordinaire à Concarneau le 3 juin 2026 et ont adopté un règlement.", quote, 'Ils se retrouveront en juin 2027.'))).place).toBe('Concarneau')
  })
  it('leaves a sentence whose form of sitting is followed by no town', async () => {
    const quote = '"Good rules keep the trade alive," said the chair.'
    expect((await read(after('Members of the Guild of Stonemasons met in plenary session on 3 June 2026 and agreed a common tariff.', quote, 'They will meet again in June 2027.'))).place).toBeUndefined()
  })
})

describe('a count before names of peoples or regions joined by and is read', () => {
  // (English only: a French writer puts such adjectives after the noun, `sept pays andins et du Pacifique`, which the count's noun reads)
  const values = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => figure.value)
  it('reads a count in words and in digits before two names joined by and', () => {
    expect(values('Water boards from six Danubian and Adriatic regions agreed to share their flood maps.')).toContain('6')
    expect(values('Trainers from 11 Maghreb and Sahel countries signed the charter in Rabat.')).toContain('11')
    expect(values('Park rangers of nine Andean and Amazonian states met in Cusco.')).toContain('9')
  })
  it('reads a count before a name of two words after the and', () => {
    expect(values('Ferry operators from eight Caribbean and Central American islands joined the scheme.')).toContain('8')
  })
  it('leaves a count whose and joins another count or follows a plural head', () => {
    expect(values('Delegates from four Sahel and 3 coastal countries met.')).not.toContain('4')
    expect(values('Ministers from 52 countries and the Union met.')).toEqual(['52'])
  })
})

describe('a body named in a title line whose name runs through of and the plural of its members is the organisation', () => {
  // (English only: a French name opens on its head, `Fédération des sonneurs de cloches`, and runs on as written)
  const minutes = (body: string) => `Minutes of the meeting of the Executive Committee of the ${body} held on Tuesday 3rd March 2026 at 7pm at the Village Hall, Ludlow\n\nPresent: Ann Hale (Chair), Tom Rudd, Li Wei\n\n1. Apologies\nApologies were received from the Treasurer.\n\n2. Spring outing\nThe Committee agreed to hold the spring outing in May, with a coach for 40 members.\n\nDate of next meeting: Tuesday 5th May 2026.\n`
  it('keeps the members after of in the name, as the name is written', async () => {
    expect((await read(minutes('Marches Guild of Church Bell Ringers'))).organisation).toBe('Marches Guild of Church Bell Ringers')
    expect((await read(minutes('Severn Federation of Village Brass Bands'))).organisation).toBe('Severn Federation of Village Brass Bands')
    expect((await read(minutes('Border Union of Hill Shepherds'))).organisation).toBe('Border Union of Hill Shepherds')
  })
  it('still cuts a name whose words after the head name no members', async () => {
    expect((await read(minutes('Marches Guild'))).organisation).toBe('Marches Guild')
  })
})

describe('a publication\'s masthead over a headline over its byline is not the title', () => {
  const page = (masthead: string, headline: string, byline: string, body: string) => `${masthead}\n\n${headline}\n\n${byline}\n\n${body}\n`
  const BODY = 'Lock keepers of the Canal Heritage Trust met in Stoke on 9 March 2026 and agreed to repaint 30 lock gates before the summer.\n\n"Every gate we paint is a gate that lasts ten more years," said the chair.\n\nThey will meet again in September.'
  it('takes the headline under an English masthead as the title', async () => {
    expect((await read(page('Midland Waterways Weekly', 'Lock keepers agree to repaint the old gates this spring', 'By Harriet Cole', BODY))).title).toBe('Lock keepers agree to repaint the old gates this spring')
    expect((await read(page('The Narrowboat Times', 'Canal volunteers plan a summer of gate repairs', 'By Sam Okafor, Waterways Correspondent', BODY))).title).toBe('Canal volunteers plan a summer of gate repairs')
  })
  it('takes the headline under a French masthead as the title', async () => {
    const corps = "Les éclusiers de l'Association des canaux du Centre se sont réunis à Digoin le 9 mars 2026 et ont décidé de repeindre 30 portes d'écluse avant l'été.\n\n« Chaque porte repeinte dure dix ans de plus », a déclaré la présidente.\n\nIls se retrouveront en septembre."
    expect((await read(page("L'Écho des canaux", "Les éclusiers s'accordent pour repeindre les vieilles portes", 'Par Claire Morel', corps))).title).toBe("Les éclusiers s'accordent pour repeindre les vieilles portes")
  })
  it('keeps a title line over a byline when no masthead stands over it', async () => {
    expect((await read(page('Press release', 'Lock keepers agree to repaint the old gates this spring', 'By Harriet Cole', BODY))).title).toBe('Lock keepers agree to repaint the old gates this spring')
  })
})
