import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Round 26's remaining misses, by mechanism (branch r26left). Sentences written for the test.

const frenchFigures = async (sentence: string) => (await structureText(`Compte rendu de l'assemblée\n\nL'assemblée s'est tenue à Nouméa le 3 mars 2026.\n\n${sentence}\n`)).result!.readout.figures.map((figure) => figure.value)
const englishFigures = async (sentence: string) => (await structureText(`Readout of the board meeting\n\nThe board met in Derby on 3 March 2026.\n\n${sentence}\n`)).result!.readout.figures.map((figure) => figure.value)

describe('the CFP franc as a currency', () => {
  it('is read by its name, its short form and its code after a French amount', async () => {
    expect(await frenchFigures("L'assemblée a voté un budget de 420 millions de francs CFP pour les quais de pêche.")).toEqual(['XPF 420 million'])
    expect(await frenchFigures("L'assemblée a fixé le droit de quai à 1 500 F CFP par mois pour chaque bateau.")).toEqual(['XPF 1,500'])
    expect(await frenchFigures("L'assemblée a voté 12 millions XPF pour réparer la cale de halage.")).toEqual(['XPF 12 million'])
  })
  it('is read by its code before an amount', async () => {
    expect(await frenchFigures("L'assemblée a voté XPF 7 millions pour le balisage du chenal.")).toEqual(['XPF 7 million'])
  })
  it('is read in English after the amount', async () => {
    expect(await englishFigures('The board approved a grant of 30 million CFP francs for the harbour crane.')).toEqual(['XPF 30 million'])
  })
})
