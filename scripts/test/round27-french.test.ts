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

describe('an e-mailed newsletter’s furniture', () => {
  const letter = (lang: 'fr' | 'en') => lang === 'fr'
    ? [
        'Si ce courriel ne s’affiche pas correctement, consultez la version en ligne.',
        '',
        'RIVAGES DU NORD – La lettre d’information',
        'N° 8 – Avril 2026',
        '',
        'À LA UNE',
        '',
        'La Commission des rivages du Nord adopte sa charte « Dunes vivantes »',
        '',
        'Réunie à Dunkerque le 9 avril 2026, la Commission des rivages du Nord, qui rassemble les communes et les associations du littoral, a adopté sa charte « Dunes vivantes ».',
        '',
        'Elle s’engage sur les points suivants :',
        '',
        '- replanter 40 hectares d’oyats d’ici à 2028 ;',
        '- fermer 12 accès sauvages aux dunes.',
        '',
        'Vous recevez ce courriel parce que vous êtes inscrit à la lettre des rivages. Se désabonner',
        '',
      ].join('\n')
    : [
        'If this email does not display correctly, view it in your browser.',
        '',
        'NORTHERN SHORES – The network’s newsletter',
        'Issue 8 – April 2026',
        '',
        'Top story',
        '',
        'Northern Shores Commission adopts its dune charter',
        '',
        'The Northern Shores Commission met in Dunkirk on 9 April 2026 and adopted the Living Dunes Charter.',
        '',
        '- Members will replant 40 hectares of marram grass by 2028.',
        '- Members will close 12 informal paths across the dunes.',
        '',
        'You are receiving this newsletter because you subscribed to the shores network. Unsubscribe',
        '',
      ].join('\n')

  it('drops the browser line, the masthead, the issue line, the front-page kicker and the subscription line: the headline is the title (French)', async () => {
    const readout = (await structureText(letter('fr'))).result!.readout
    expect(readout.title).toBe('La Commission des rivages du Nord adopte sa charte « Dunes vivantes »')
    expect(readout.kind).not.toBe('press release')
    expect(JSON.stringify(readout)).not.toMatch(/navigateur|version en ligne|La lettre d’information|N° 8|À la une|Vous recevez/iu)
  })

  it('does the same in English', async () => {
    const readout = (await structureText(letter('en'))).result!.readout
    expect(readout.title).toBe('Northern Shores Commission adopts its dune charter')
    expect(JSON.stringify(readout)).not.toMatch(/browser|newsletter|Issue 8|Top story|You are receiving/iu)
  })

  it('reads who met, where and when from an opening on `Réunie à …` (a body in the feminine singular), and the charter the body made its own', async () => {
    const readout = (await structureText(letter('fr'))).result!.readout
    expect(readout.organisation).toBe('Commission des rivages du Nord')
    expect(readout.place).toBe('Dunkerque')
    expect(readout.dates?.start).toBe('2026-04-09')
    expect(readout.roadmap).toBe('charte « Dunes vivantes »')
  })

  it('never takes a sentence about a newsletter, or a project a few members approved, for such a line or the plan', async () => {
    const {result} = await structureText(readout('Ils ont publié la lettre d’information du réseau. Des délégations ont approuvé l’initiative « Jeunes et sport ».'))
    expect(result!.readout.context.join(' ') + result!.readout.dateline).toContain('lettre d’information du réseau')
    expect(result!.readout.roadmap).toBeUndefined()
  })
})

describe('a newsletter’s `En bref` / `In brief` section', () => {
  it('reads the news in brief under it as context, never as a point', async () => {
    const {result} = await structureText(`${readout('Ils ont adopté le Pacte de Dakar.')}\nEn bref\n\nStades : le stade de Thiès a rouvert après travaux.\n`)
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).not.toContain('Thiès')
    expect(result!.readout.context.join(' ')).toContain('Thiès')
  })
})
