import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {parsePlainText} from '../structure/parse-plain-text.js'

// Layouts of points (cause family C of the session's blind rounds 29 and 30), each stated as a general form.
// Every sentence here is written for this test, on other subjects than the corpus cases.

const read = async (text: string) => (await structureText(text)).result!.readout
const paragraphs = (text: string) => parsePlainText(text).children.map((node) => (node.type === 'paragraph' && node.children[0].type === 'text' ? node.children[0].value : ''))

describe('a numbered paragraph pasted from a PDF with a hanging indent (C3)', () => {
  it('keeps every indented line, whatever it opens on, after a number and a tab', () => {
    const text = '1\tThe Board agreed that every ranger shall carry a radio linked to\n\tKiruna station, and that the radios shall be tested each\n\t2027 season by the regional office.\n\n2\tThe Board agreed to close the upper trail in winter.\n'
    expect(paragraphs(text)).toEqual(['The Board agreed that every ranger shall carry a radio linked to Kiruna station, and that the radios shall be tested each 2027 season by the regional office.', 'The Board agreed to close the upper trail in winter.'])
  })

  it('reads a two-digit number and its tab at the same stop as the tab of the lines under it', () => {
    const before = Array.from({length: 9}, (_, at) => `${at + 1}\tThe Board agreed to repaint trail ${at + 1}.\n\n`).join('')
    const text = `${before}10\tThe Board agreed to build two shelters on the northern ridge, one above\n\tLake Tovel and one above Malè, at a cost shared by the three municipalities.\n`
    expect(paragraphs(text).at(-1)).toBe('The Board agreed to build two shelters on the northern ridge, one above Lake Tovel and one above Malè, at a cost shared by the three municipalities.')
  })

  it('keeps the lines of a number and a bracket with an indent of spaces, and drops a page line inside the paragraph', () => {
    const text = '3)  Les ministres ont décidé de fermer les sentiers du versant nord\n    Pendant la période de nidification du gypaète, du 1er février au\n\n- 2 -\n\n    30 juin, et de confier leur surveillance aux gardes du parc.\n'
    expect(paragraphs(text)).toEqual(['Les ministres ont décidé de fermer les sentiers du versant nord Pendant la période de nidification du gypaète, du 1er février au 30 juin, et de confier leur surveillance aux gardes du parc.'])
  })

  it('leaves a line at the margin after an item a paragraph of its own', () => {
    const text = '4.  The Board agreed to repaint the trail markers.\nRangers will report damaged markers by radio.\n'
    expect(paragraphs(text)).toHaveLength(2)
  })

  it('reads each hanging paragraph of a declaration as one point', async () => {
    const readout = await read('Joint Statement of the Alpine Rangers Forum\nBolzano, 3 March 2026\n\n1.  The ministers met in Bolzano on 3 March 2026.\n\n2.  The ministers agreed to open a common school for the rangers of Austria,\n    Italy and Slovenia in Innsbruck, with 120 places a year from 2027.\n\n3.  The ministers agreed to share one avalanche bulletin, written\n    2 days ahead, in four languages.\n')
    expect(readout.pillars.map((point) => point.body)).toEqual(['The ministers agreed to open a common school for the rangers of Austria, Italy and Slovenia in Innsbruck, with 120 places a year from 2027.', 'The ministers agreed to share one avalanche bulletin, written 2 days ahead, in four languages.'])
  })
})
