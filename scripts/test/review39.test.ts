// Sentences written to break the reading rules merged in session 39, and the mends of the ones that misfired (branch review39).
// Every sentence here is written for this test.
import {describe, expect, it} from 'vitest'
import type {Paragraph} from 'mdast'
import {structureText} from './helpers.js'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {enumeratedLines} from '../structure/enumerations.js'
import {pastedNoise} from '../structure/pasted-text.js'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {readDateline} from '../structure/recognise-dateline.js'

/** The figures of a French sentence, as `value | label`. */
const chiffres = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)
/** The titles of the points read from a text. */
const titles = async (text: string) => (await structureText(text)).result!.readout.pillars.map((pillar) => pillar.title)

describe('numbers in words joined by `and` after a scale', () => {
  it('read a range’s two ends apart, not their sum', () => {
    expect(figuresIn('The Council agreed to train between two thousand and five thousand young farmers by 2028.').map((figure) => figure.value)).not.toContain('7,000')
    expect(figuresIn('Members will plant between two hundred and three hundred hedges on the hill farms.').map((figure) => figure.value)).not.toContain('500')
  })
  it('still read one number that goes on below the scale', () => {
    expect(figuresIn('The board bought two thousand and five hundred and ten cooling tanks for the hill farms.').map((figure) => figure.value)).toEqual(['2,510'])
    expect(figuresIn('Floods have displaced one hundred and ten million people across the basin.').map((figure) => figure.value)).toEqual(['110 million'])
  })
})

describe('`doté de` after a passive subject', () => {
  it('is not the endowment of a phrase inside the subject (`de la région`)', () => {
    expect(chiffres('Chaque commune de la région sera dotée de 150 000 euros pour ses chemins ruraux.')).not.toContain('€150,000 | dotation de la région')
  })
  it('is still the subject’s after a comma or at the start', () => {
    expect(chiffres('Le conseil a voté le plan, et la halle sera dotée de 80 000 euros en 2027.')).toEqual(['€80,000 | dotation de la halle en 2027'])
  })
})

describe('a number, a hyphen and an English unit’s word in French (`1-Point sur les effectifs`)', () => {
  const markers = (text: string) => [...enumeratedLines(text.split('\n')).values()].map((item) => item.marker)
  it('is a counter and its dash before a French preposition or article', () => {
    expect(markers("1-Point sur les effectifs : l'école comptera 212 élèves.\n2-Point sur la cantine : un repas végétarien par semaine.\n3-Point d'étape sur les travaux : la cour sera refaite.")).toEqual(['1.', '2.', '3.'])
  })
})

describe('a postal code on the text’s first line', () => {
  const lines = (text: string) => text.split('\n')
  it('is a year in a title, not an address', () => {
    expect(pastedNoise(lines('Pacific Seaweed Growers, 2026 Annual Meeting\n\nThe growers met in Honiara on 14 August 2026.\n\nThey agreed to share a drying shed.')).has(0)).toBe(false)
  })
  it('while a post-office box there, and a postal code under the sender’s name, are still an address', () => {
    expect(pastedNoise(lines('Amicale des pêcheurs – BP 77, Rikitea\nRéunion du bureau\n\nLe bureau s’est réuni le 3 mars 2026.')).has(0)).toBe(true)
    expect(pastedNoise(lines('AMICALE DES PÊCHEURS\nMaison des associations, 2000 Neuchâtel\n\nLe bureau s’est réuni le 3 mars 2026.')).has(1)).toBe(true)
  })
})

describe('a town closing the meeting’s sentence', () => {
  it('is no month or season', () => {
    expect(readDateline('The Coastal Rescue Board met on Tuesday under the chair of its new president, in March.', undefined, ENGLISH)?.place).toBeUndefined()
    expect(readDateline('Le bureau du syndicat s’est réuni ce jeudi sous la présidence de son doyen, en Juillet.', undefined, FRENCH)?.place).toBeUndefined()
  })
  it('is still the town', () => {
    expect(readDateline('The Coastal Rescue Board met on Tuesday under the chair of its new president, at the Harbour Hall, in Lerwick.', undefined, ENGLISH)?.place).toBe('Lerwick')
  })
})

describe('a heading over sentences that is the last of several sections', () => {
  it('with four deciding paragraphs under it is still a section', async () => {
    const text = 'Harbour Towns Network: spring meeting\n\nThe mayors of the Harbour Towns Network met in Esbjerg on 4 May 2026.\n\nFerries\n\nThe mayors agreed to merge the ticketing of the island ferries by 2027.\n\nDredging\n\nThe network decided to pool the dredging of the shared channels.\n\nFish markets\n\nThe mayors agreed to open the Thursday fish markets to small boats.\n\nThe network decided to fund cold rooms in three markets.\n\nThe mayors agreed that market fees will not rise before 2028.\n\nThe network approved a common hygiene charter for all stalls.\n\nThe mayors will meet again in Esbjerg in October 2026.\n'
    expect(await titles(text)).toEqual(['Ferries', 'Dredging', 'Fish markets'])
  })
  it('ending on a colon is still a section', async () => {
    const text = 'Lake Villages Forum: annual meeting\n\nThe Lake Villages Forum met in Kisumu on 9 July 2026.\n\nBoats:\n\nThe Forum agreed to register every fishing boat on the lake by March 2027.\n\nMembers decided to fit each boat with a life-jacket locker.\n\nMarkets:\n\nThe Forum agreed to build two covered landing sites.\n\nMembers decided that landing fees will be shared with the villages.\n\nThe Forum will meet again in July 2027.\n'
    expect(await titles(text)).toEqual(['Boats', 'Markets'])
  })
})

describe('`»` opening a line', () => {
  const bullets = (text: string) => parsePlainText(text).children.map((node) => (node as Paragraph).data?.bullet?.marker ?? '')
  it('goes on a French quotation still open: no bullet', () => {
    expect(bullets('La présidente a conclu : « Nous avons trop attendu. Les gardiens nous l’ont dit.\n» Ce plan leur répond enfin, refuge par refuge. »\n')).toEqual(['', ''])
  })
  it('still marks a list outside a quotation, also after a quotation closed', () => {
    expect(bullets('« Enfin », a dit la présidente.\n\n» Refuges : le conseil rénovera six refuges.\n» Saisonniers : une aide de 2 000 euros.\n')).toEqual(['', '»', '»'])
  })
})

describe('numbers alone on their lines that rise through the text', () => {
  const lines = (text: string) => text.split('\n')
  it('are a table pasted one cell a line when each follows its label, no page numbers', () => {
    const text = lines('The board met in Mbale on 3 March 2026.\n\nKilometres resurfaced by district:\nMbale\n4\nTororo\n6\nBusia\n9\n\nThe board raised the grant.')
    expect([3, 4, 5, 6, 7, 8].map((at) => pastedNoise(text).has(at))).toEqual([false, false, false, false, false, false])
  })
  it('are still page numbers a few lines of text apart', () => {
    const page = 'The cooperative opened a seed bank.\nIt lends seed to members.\nEach loan is repaid at harvest.'
    const text = lines(`Seed Cooperative press kit\n\n${page}\n\n2\n\n${page}\n\n3\n\n${page}\n\n4\n\n${page}`)
    expect(text.flatMap((line, at) => (/^\d$/.test(line) && pastedNoise(text).has(at) ? [line] : []))).toEqual(['2', '3', '4'])
  })
})

describe('a short line right over a line that does not end as a sentence', () => {
  it('heads it when the two are all of the run (the writer left off a full stop)', async () => {
    const text = 'Regional Energy Ministers: readout\n\nEnergy ministers of the Regional Energy Forum met in Accra on 4 May 2026.\n\nGrid\nMinisters agreed to link the national grids of the four countries by 2030\n\nSolar\nMinisters decided to exempt solar panels from import duty from next year\n\nThe ministers will meet again in 2027.\n'
    expect(await titles(text)).toEqual(['Grid', 'Solar'])
  })
  it('heads nothing inside a list set without bullets, three lines or more', async () => {
    const text = 'Reading Ministers: readout\n\nEducation ministers of the Island Reading Compact met in Apia on 4 May 2026.\n\nMinisters agreed to print 30,000 readers in local languages by 2028.\n\nSIGNED FOR THE COMPACT\nHon. Lani Tuilagi, Samoa\nHon. Mere Waqa, Minister for Education, Heritage and the Arts of Fiji\nHon. Tevita Fonua, Tonga\n\nMinisters will meet again in 2027.\n'
    expect(await titles(text)).not.toContain('Hon. Lani Tuilagi, Samoa')
  })
})
