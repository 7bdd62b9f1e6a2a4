// A plural noun the tagger reads as a verb's present right after a count that is its clause's object
// (`gave 1.6 million overnight stays`, `logged 4,000 ship calls`): the count is read with its noun.
// Every sentence here is written for this test, on other subjects than the corpus's cases.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {notAFigure} from '../structure/not-figures.js'
import {namedBodiesIn} from '../structure/organisation-name.js'
import {ORGANISATION_NAMES} from '../structure/english.js'
import {structureText} from './helpers.js'

/** The figures of an English sentence that are figures, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).filter((figure) => !notAFigure(figure)).map((figure) => `${figure.value} | ${figure.label}`)

describe('a plural noun read as a verb after an object count', () => {
  it('reads the count with its noun after an adverb read for an adjective', () => {
    expect(figures('The youth hostels of the coast recorded 240,000 overnight stays last summer.').map((figure) => figure.split(' | ')[0])).toContain('240,000')
    expect(figures('Lakeside campsites reported 2.1 million overnight stays.').map((figure) => figure.split(' | ')[0])).toContain('2.1 million')
  })

  it('reads the count with its noun after a noun in its singular', () => {
    expect(figures('The harbour logged 4,000 ship calls in 2025.').map((figure) => figure.split(' | ')[0])).toContain('4,000')
  })

  it('reads the count with a bare plural noun', () => {
    expect(figures('The lodges sold 85,000 stays during the winter.').map((figure) => figure.split(' | ')[0])).toContain('85,000')
  })

  it('leaves a count that is its clause’s subject to its verb', () => {
    expect(figures('In the valley 300 walkers stays the night in tents.').some((figure) => /stays/.test(figure))).toBe(false)
  })
})

describe('a body’s name runs through `of` and the members it gathers', () => {
  const first = (sentence: string) => namedBodiesIn(sentence, ORGANISATION_NAMES)[0]

  it('keeps a plural of members after `of`', () => {
    expect(first('The Federation of Cornish Male Voice Choirs agreed on Saturday to share its rehearsal halls.')).toBe('Federation of Cornish Male Voice Choirs')
    expect(first('The Association of Hill Farming Cooperatives met in Kendal to set a common price for fleeces.')).toBe('Association of Hill Farming Cooperatives')
  })

  it('keeps members joined by `and`', () => {
    expect(first('The Union of Scottish and Irish Rowing Clubs agreed to run one regatta calendar.')).toBe('Union of Scottish and Irish Rowing Clubs')
  })

  it('still ends a name at its head when no plural of members follows', () => {
    expect(first('The Federation met in Perth on Tuesday to agree its budget.')).toBe('Federation')
    expect(first('The Fisheries Council of the Comoros agreed to close the bay.')).not.toMatch(/Comoros/)
  })
})

describe('a lead-in that announces the table or list under it is no outlook', () => {
  const outlook = async (lead: string, rows: string, next: string) =>
    (await structureText(`Readout of the Fenland Eel Keepers' Council\nEly, 2 March 2026\n\nThe Council met in Ely on 2 March 2026.\n\nThe Council agreed to open ten eel passes on the old sluices before the spring run.\n\n${lead}\n\n${rows}\n\n${next}\n`)).result!.readout.outlook

  it('leaves `will … as follows:` over a table in the context', async () => {
    const got = await outlook('The two drainage boards will share the cost of the passes as follows:', 'Board\tPasses\nMiddle Level\t6\nEly Ouse\t4', 'The Council will meet next in March in Wisbech.')
    expect(got).toEqual(['The Council will meet next in March in Wisbech.'])
  })

  it('leaves `will … the following …:` and `as shown below:` in the context', async () => {
    expect(await outlook('Each board will report the following counts:', 'Board\tEels\nMiddle Level\t1,200\nEly Ouse\t900', 'The Council will meet next in March in Wisbech.')).toEqual(['The Council will meet next in March in Wisbech.'])
    expect(await outlook('The passes will be opened as shown below:', 'Sluice\tMonth\nDenver\tApril\nWelney\tMay', 'The Council will meet next in March in Wisbech.')).toEqual(['The Council will meet next in March in Wisbech.'])
  })

  it('leaves a French `… comme suit :` in the context', async () => {
    const text = `Relevé de décisions du Conseil des anguilles du Marais poitevin\nNiort, le 2 mars 2026\n\nLe Conseil s'est réuni à Niort le 2 mars 2026.\n\nLe Conseil a décidé d'ouvrir dix passes à anguilles sur les vieilles écluses avant la montaison.\n\nLes deux syndicats de marais se partageront le coût des passes comme suit :\n\nSyndicat\tPasses\nSèvre niortaise\t6\nVendée\t4\n\nLe Conseil se réunira à nouveau à Marans en mars 2027.\n`
    const got = (await structureText(text)).result!.readout.outlook
    expect(got.some((paragraph) => /comme suit/.test(paragraph))).toBe(false)
  })
})
