import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 27's French cases (r27fr) showed the reader missing, stated as rules an editor would give.
// Every sentence here is written for the test.

/** A short French readout around one sentence that names the plan the meeting adopted. */
const readout = (adopted: string) => [
  'Réunion des ministres de la Jeunesse',
  '',
  `Les ministres de la Jeunesse se sont réunis à Dakar le 3 juin 2026. ${adopted}`,
  '',
  'Mobilité',
  '',
  'Les ministres ont décidé de financer 4 000 échanges de jeunes par an.',
  '',
  'Emploi',
  '',
  'Les ministres ont convenu de créer un réseau de centres de conseil.',
  '',
].join('\n')

describe('the extent of a French plan’s name', () => {
  it('keeps a place of two words (`de Buenos Aires`, `de Port Moresby`) whole', async () => {
    const {result} = await structureText(readout('Ils ont adopté la Charte de Buenos Aires sur la mobilité des jeunes.'))
    expect(result!.readout.roadmap).toBe('Charte de Buenos Aires sur la mobilité des jeunes')
  })

  it('keeps a purpose joined by `et` (`pour le sport et la culture`) when the name ends there', async () => {
    const {result} = await structureText(readout('Ils ont adopté le Pacte de Dakar pour le sport et la culture, qui entre en vigueur en 2027.'))
    expect(result!.readout.roadmap).toBe('Pacte de Dakar pour le sport et la culture')
  })

  it('stops before `et` when the sentence goes on after it (`… et les ministres ont …`)', async () => {
    const {result} = await structureText(readout('Ils ont adopté le Pacte de Dakar pour le sport et les ministres ont salué ce texte.'))
    expect(result!.readout.roadmap).toBe('Pacte de Dakar pour le sport')
  })

  it('reads a plan the meeting adopted named by its purpose after `pour` (`le Cadre national pour les …`)', async () => {
    const {result} = await structureText(readout('Ils ont adopté le Cadre national pour les maisons de jeunes.'))
    expect(result!.readout.roadmap).toBe('Cadre national pour les maisons de jeunes')
  })
})

describe('a newsroom’s end marker `*   ***   *`', () => {
  it('keeps the line under it (a press office’s stamp) out of the outlook', async () => {
    const {result} = await structureText(`${readout('Ils ont adopté le Pacte de Dakar.')}\nLes ministres se réuniront de nouveau en 2027.\n\n*   ***   *\n\nNote destinée aux services de presse. Ne fait pas foi.\n`)
    expect(result!.readout.outlook.join(' ')).toContain('se réuniront de nouveau en 2027')
    expect(result!.readout.outlook.join(' ')).not.toContain('Note destinée')
  })

  it('still reads a plain row of stars (`* * *`) between two parts as a separator', async () => {
    const {result} = await structureText(`${readout('Ils ont adopté le Pacte de Dakar.')}\n* * *\n\nLes ministres se réuniront de nouveau en 2027.\n`)
    expect(result!.readout.outlook.join(' ')).toContain('se réuniront de nouveau en 2027')
  })
})
