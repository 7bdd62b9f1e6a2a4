// Output faults seen on the packs of shapes nobody had rendered before (pages42: a relevé de décisions `1/ … 8/`, a
// Senate question and answer, a Quebec compte rendu, a Business Wire release, a PDF-pasted declaration, a LinkedIn
// post, an agency wire), each fixed in the writer that showed it. The texts here are written for these tests.
import JSZip from 'jszip'
import {describe, expect, it} from 'vitest'
import {makeDocx} from '../../brief/make-docx.js'
import {renderBriefHtml} from '../../brief/template.js'
import {pointsFrom} from '../../slides/condense.js'
import {makeSlides} from '../../slides/make-slides.js'
import {whoMet} from '../site/site-pages.js'
import {keyMessageCredit, speakerCredit} from '../theme/key-message-credit.js'
import {typeset} from '../theme/typography.js'
import {readoutWith} from './helpers.js'

/** Text with its no-break and narrow no-break spaces (French typography) as plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

const PILLARS = [
  {title: 'Aide à la plantation', body: 'L’aide régionale à la plantation de vergers est portée à 5 000 euros par hectare.'},
  {title: 'Formation', body: 'Les chambres d’agriculture organiseront douze journées de formation.'},
]

// A letterhead types the committee's name in capitals, and the first sentence names it again as the one that met.
const RELEVE = readoutWith({
  title: 'Relevé de décisions de la séance du 12 février 2026',
  organisation: 'COMITÉ DE PILOTAGE DU PLAN DE RELANCE DE LA CASTANÉICULTURE EN ARDÈCHE',
  participants: 'Le comité de pilotage du plan de relance de la castanéiculture en Ardèche',
  dateline: 'Le comité de pilotage du plan de relance de la castanéiculture en Ardèche s’est réuni le jeudi 12 février 2026 à Privas, sous la présidence de Mme Hélène Vidal, vice-présidente du conseil départemental, en présence de 22 membres.',
  keyMessage: 'Un verger planté aujourd’hui nourrira la vallée dans quinze ans.',
  keyMessageSpeaker: {written: 'la présidente', role: 'présidente'},
  place: 'Privas',
  lang: 'fr',
  source: 'test.txt',
  pillars: PILLARS,
})

describe('a committee named twice, in capitals and as the sentence writes it (pages42: `COMITÉ DE PILOTAGE … · Le comité de pilotage …` on the title slide)', () => {
  it('names it once on the title slide, as the sentence writes it', () => {
    const {slides} = makeSlides(RELEVE)
    const by = plain(slides[0].content.lines?.[0] ?? '')
    expect(by).toBe('Comité de pilotage du plan de relance de la castanéiculture en Ardèche')
  })

  it('names it once in the PDF brief’s masthead and the Word brief’s subtitle', async () => {
    const html = plain(renderBriefHtml(RELEVE))
    expect(html).not.toMatch(/CASTANÉICULTURE/)
    expect(html.match(/omité de pilotage du plan de relance de la castanéiculture en Ardèche/g)?.length ?? 0).toBeGreaterThan(0)
    const zip = await JSZip.loadAsync(await makeDocx(RELEVE, {title: RELEVE.title}))
    const document = plain(await zip.file('word/document.xml')!.async('string'))
    expect(document).not.toMatch(/CASTANÉICULTURE/)
    expect(document).not.toMatch(/Ardèche · Le comité/)
  })

  it('keeps both where they name two things', () => {
    const {slides} = makeSlides({...RELEVE, participants: 'Vingt-deux producteurs et élus'})
    expect(plain(slides[0].content.lines?.[0] ?? '')).toBe('COMITÉ DE PILOTAGE DU PLAN DE RELANCE DE LA CASTANÉICULTURE EN ARDÈCHE · Vingt-deux producteurs et élus')
  })
})

describe('a quote the text gives to the chair alone, the chair named in the dateline (pages42: `Président, COMITÉ DE PILOTAGE …` under the quote)', () => {
  it('credits the chair by name, in French', () => {
    expect(speakerCredit(RELEVE)).toBe('Mme Hélène Vidal, présidente')
    expect(keyMessageCredit(RELEVE)).toBe('Mme Hélène Vidal, présidente')
  })

  it('credits the chair by name, in English', () => {
    const readout = readoutWith({
      title: 'Ministerial Declaration',
      source: 'test.txt',
      organisation: 'Irish Sea Ferry Conference',
      dateline: 'Ministers met in Douglas on 3 March 2026 under the chairmanship of Ms Ruth Kewley, Minister for Infrastructure of the Isle of Man.',
      keyMessage: 'A ferry that does not sail is an island cut off.',
      keyMessageSpeaker: {written: 'the Chair', role: 'Chair'},
      pillars: [{title: 'Timetables', body: 'Operators will publish winter timetables by June.'}],
    })
    expect(speakerCredit(readout)).toBe('Ms Ruth Kewley, Chair')
  })

  it('keeps the role with the body where the dateline names no chair, or a co-chair', () => {
    expect(speakerCredit({...RELEVE, dateline: 'Le comité s’est réuni le 12 février 2026 à Privas, sous la présidence du ministre.'})).toBe('Présidente, Comité de pilotage du plan de relance de la castanéiculture en Ardèche')
    const cochaired = readoutWith({title: 'Communiqué', source: 'test.txt', organisation: 'Forum', dateline: 'The Forum, co-chaired by Ms Ana Ruiz and Mr Tom Bell, met in Lima.', keyMessage: 'We act now.', keyMessageSpeaker: {written: 'the Chair', role: 'Chair'}, pillars: PILLARS})
    expect(speakerCredit(cochaired)).toBe('Chair, Forum')
  })
})

describe('a French time of day (pages42: `… le mardi 15 septembre 2026 à 14 h` / `30 à Sarlat-la-Canéda` on the closing slide)', () => {
  it('keeps the hour, `h` and the minutes on one line', () => {
    expect(typeset('Le comité se réunira le 15 septembre 2026 à 14 h 30 à Sarlat.', 'fr')).toContain('14\u00a0h\u00a030 à Sarlat')
    expect(typeset('De 9 h à 16 h.', 'fr')).toContain('9\u00a0h à 16\u00a0h.')
  })

  it('leaves a number that is no time alone', () => {
    expect(typeset('Les 12 hommes et 3 hameaux.', 'fr')).toBe('Les 12 hommes et 3 hameaux.')
    expect(typeset('At 9 h we met.', 'en')).toBe('At 9 h we met.')
  })
})

describe('a French slide point cut between its subject and its verb (pages42: `… souscrites par les viticulteurs est.`, `Les exploitants non assurés dont les pertes dépassent le seuil.`)', () => {
  it('shows the subject’s core with its verb where the subject holds a relative clause', () => {
    const [point] = pointsFrom('En troisième lieu, les éleveurs sinistrés dont les pertes dépassent le seuil de l’aide de solidarité nationale recevront une avance de 40 % de leur indemnité dans un délai d’un mois après leur demande, sans attendre l’expertise.', 'fr')
    expect(point).toMatch(/^Les éleveurs sinistrés recevront une avance de 40 % de leur indemnité/)
  })

  it('never ends a point on an auxiliary', () => {
    const [point] = pointsFrom('En premier lieu, le taux de prise en charge par l’État des primes d’assurance récolte souscrites par les arboriculteurs est porté à 70 %, contre 65 % auparavant, afin d’encourager l’assurance des vergers, dont seuls 28 % sont aujourd’hui assurés.', 'fr')
    expect(point).not.toMatch(/(?<!\p{L})(?:est|sont|seront)\.$/u)
    expect(point).toMatch(/est porté à 70 %/)
  })

  it('drops a connective that only numbers the decisions', () => {
    expect(pointsFrom('Enfin, le comité a demandé à ses services de mettre en place un observatoire des gelées.', 'fr')[0]).toBe('Le comité a demandé à ses services de mettre en place un observatoire des gelées.')
  })
})

describe('an English slide point cut inside the subject’s relative clause (pages42: `Every driver who carries passengers for hire, whether booked in the street.`)', () => {
  it('shows the subject’s core with its main verb', () => {
    const [point] = pointsFrom('Under the Code, every operator who runs boats for hire, whether booked at the quay, by phone or online, will need a skipper’s licence and a safety inspection renewed every three years, and every boat will need a yearly hull survey.')
    expect(point).toBe('Every operator will need a skipper’s licence and a safety inspection renewed every three years.')
  })
})

describe('a body’s first sentence that only fits cut inside a noun phrase (pages42: the slide showed only the sentence after the decision)', () => {
  it('shows its first whole clause before the next sentence', () => {
    const points = pointsFrom('Tous les lots livrés à la coopérative seront classés par un agréeur accrédité dès la récolte 2027, et les résultats de classement seront transmis au producteur sous dix jours. Une somme de 1,2 million de dollars servira à moderniser les salles de tri.', 'fr')
    expect(points).toEqual(['Tous les lots livrés à la coopérative seront classés par un agréeur accrédité dès la récolte 2027.', 'Une somme de 1,2 million de dollars servira à moderniser les salles de tri.'])
  })
})

describe('the site names a committee once as the sentence writes it (pages42: `COMITÉ DE PILOTAGE …` in capitals on the index and the pack page)', () => {
  it('shows the participants’ wording of the same body', () => {
    expect(whoMet({title: RELEVE.title, organisation: RELEVE.organisation, participants: RELEVE.participants})).toBe('Comité de pilotage du plan de relance de la castanéiculture en Ardèche')
    expect(whoMet({title: 'Communiqué', organisation: 'Nordic Forum', participants: 'Ministers of five countries'})).toBe('Nordic Forum')
  })
})

describe('the Word brief’s figures that share a sentence stay on one page (pages42: the shared sentence broke across a page, its end under a row of its own)', () => {
  it('keeps each row of a group with the next, but the group’s last', async () => {
    const sentence = 'La Région financera 120 retenues d’eau pour un montant total de 1,8 million d’euros.'
    const readout = {...RELEVE, figures: [
      {value: '26', label: 'membres', sentence: 'Le comité compte 26 membres.'},
      {value: '120', label: 'retenues d’eau', sentence},
      {value: '1,8 million d’euros', label: 'montant total', sentence},
      {value: '15', label: 'journées de formation', sentence: 'Quinze journées de formation seront organisées.'},
    ]}
    const zip = await JSZip.loadAsync(await makeDocx(readout, {title: readout.title}))
    const xml = await zip.file('word/document.xml')!.async('string')
    const table = xml.slice(xml.lastIndexOf('<w:tbl>'))
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((match) => match[0]).slice(1)
    expect(rows.map((row) => /<w:keepNext\/>/.test(row))).toEqual([false, true, false, false])
  })
})
