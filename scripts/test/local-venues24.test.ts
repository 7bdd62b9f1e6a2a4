import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A members' bulletin's account of its general assembly as round 24 showed it (issue 11): the meeting held in a hall
// named in common words (`à la salle des fêtes de …`), by a union or a cooperative. Sentences written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout

const ASSEMBLY = (where: string, who = "L'assemblée générale du Syndicat des brasseurs du Finistère") => `Compte rendu de l'assemblée générale\n\n${who} s'est tenue le samedi 14 mars 2026 ${where}. 58 adhérents étaient présents.\n\nL'assemblée a décidé de relever la cotisation annuelle à 40 euros.\n\nLa prochaine assemblée se tiendra en mars 2027.\n`

describe('a meeting held in a hall named in common words', () => {
  it('is in the town named after the hall', async () => {
    expect((await read(ASSEMBLY('à la salle des fêtes de Pont-Aven'))).place).toBe('Pont-Aven')
    expect((await read(ASSEMBLY('à la mairie de Quimperlé'))).place).toBe('Quimperlé')
    expect((await read(ASSEMBLY("à l'hôtel de ville de Concarneau"))).place).toBe('Concarneau')
    expect((await read(ASSEMBLY('à la salle polyvalente de Rosporden'))).place).toBe('Rosporden')
  })
  it('still reads a town named with no hall', async () => {
    expect((await read(ASSEMBLY('à Pont-Aven'))).place).toBe('Pont-Aven')
  })
})

describe('a union or a cooperative that met', () => {
  it('is the organisation', async () => {
    expect((await read(ASSEMBLY('à Pont-Aven'))).organisation).toBe('Syndicat des brasseurs du Finistère')
    expect((await read(ASSEMBLY('à Pont-Aven', "L'assemblée générale de la Coopérative des brasseurs du Finistère"))).organisation).toBe('Coopérative des brasseurs du Finistère')
  })
})
