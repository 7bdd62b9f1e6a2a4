import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {isPageFurniture, pastedNoise} from '../structure/pasted-text.js'

// Layouts of points (cause families C and F of rounds 35 and 36), each stated as a general form (structure45).
// Every sentence here is written for this test, on other subjects than the corpus cases.

const read = async (text: string) => (await structureText(text)).result!.readout
const paragraphs = (text: string) => parsePlainText(text).children.map((node) => (node.type === 'paragraph' && node.children[0].type === 'text' ? node.children[0].value : ''))

const DECISIONS = [
  'The Board agreed to plant 4,000 native oaks along the eastern ridge before the end of the next winter.',
  'The Board decided to close the quarry road to lorries at weekends from April, after residents complained of dust.',
  'The Board approved a grant of €60,000 for the restoration of the old mill race and its sluice gates.',
  'The Board agreed to publish a walking map of the valley in three languages, to be given free at the stations.',
]

describe('paragraphs numbered in decimals inside brackets under section headings (C)', () => {
  const text = (marks: (part: number, item: number) => string, heading: (part: number, title: string) => string) =>
    `Valley Landscape Trust\nMinutes of the spring board meeting\nDurham, 12 March 2026\n\n${heading(1, 'Landscape')}\n\n${marks(1, 1)} ${DECISIONS[0]}\n\n${marks(1, 2)} ${DECISIONS[1]}\n\n${heading(2, 'Heritage and visitors')}\n\n${marks(2, 1)} ${DECISIONS[2]}\n\n${marks(2, 2)} ${DECISIONS[3]}\n`
  for (const [name, marks, heading] of [
    ['(1.1) under PART N — TITLE', (p: number, i: number) => `(${p}.${i})`, (p: number, t: string) => `PART ${p} — ${t.toUpperCase()}`],
    ['[1.1] under Chapter N: Title', (p: number, i: number) => `[${p}.${i}]`, (p: number, t: string) => `Chapter ${p}: ${t}`],
    ['1.1) under a bare title', (p: number, i: number) => `${p}.${i})`, (_: number, t: string) => t],
  ] as const) {
    it(`reads each numbered paragraph as its own point, without its number: ${name}`, async () => {
      const readout = await read(text(marks, heading))
      expect(readout.pillars.map((point) => point.body)).toEqual(DECISIONS)
    })
  }

  it('reads French paragraphs numbered so under a titled section', async () => {
    const decisions = ['Le conseil a décidé de planter 4 000 chênes le long de la crête est avant la fin de l\'hiver prochain.', 'Le conseil a approuvé une subvention de 60 000 € pour la restauration du bief du vieux moulin.']
    const readout = await read(`Conservatoire des paysages du Vercors\nCompte rendu du conseil d'administration\nGrenoble, le 12 mars 2026\n\nTITRE II — PAYSAGE ET PATRIMOINE\n\n(2.1) ${decisions[0]}\n\n(2.2) ${decisions[1]}\n`)
    expect(readout.pillars.map((point) => point.body)).toEqual(decisions)
  })

  it('leaves a sentence opening on a decimal figure in brackets a paragraph of text', () => {
    expect(paragraphs('The Board met in Durham.\n(2.5) Million visitors came last year, the warden said.\n')).toHaveLength(2)
  })
})

describe('a running line of the pages, whatever its words, is no text (F)', () => {
  it('drops a repeated line beside the page numbers and joins the paragraph it cut', () => {
    const footer = 'VLT board minutes · internal use only'
    const text = `Title of the minutes\n\n1. The Board agreed to plant native oaks along the ridge and to ask\n${footer}\nPage 1 of 2\n\nthe county to pay for the fencing.\n\n2. The Board agreed to close the quarry road.\n\n${footer}\nPage 2 of 2\n`
    expect(paragraphs(text)).toEqual(['Title of the minutes', 'The Board agreed to plant native oaks along the ridge and to ask the county to pay for the fencing.', 'The Board agreed to close the quarry road.'])
  })

  it('drops it under the page numbers too, in French', () => {
    const header = 'Conservatoire du Vercors — procès-verbal'
    const lines = ['Procès-verbal du conseil', '', 'Le conseil a décidé de planter des chênes.', '- 2 -', header, 'Le conseil a décidé de fermer la route.', '- 3 -', header, 'Fin.']
    const noise = pastedNoise(lines)
    expect(noise.has(4) && noise.has(7)).toBe(true)
    expect(noise.has(2) || noise.has(5)).toBe(false)
  })

  it('keeps a heading that comes again away from any page number', () => {
    const lines = ['Minutes', 'Finance', 'The Board agreed to raise fees.', 'Finance', 'The Board agreed to cut costs.', 'Page 1 of 1']
    expect(pastedNoise(lines).has(1)).toBe(false)
  })
})

describe('a row of a page\'s buttons is furniture (F)', () => {
  for (const row of ['Share · Print · Subscribe to Council news', 'Print | Email | Sign up for updates', 'Partager · Imprimer · S\'abonner à la lettre du parc', 'Follow us on Mastodon | Share']) {
    it(`drops ${row}`, () => expect(isPageFurniture(row)).toBe(true))
  }
  for (const line of ['Members will subscribe to the fund · Print runs rose', 'Share of households: 42%']) {
    it(`keeps ${line}`, () => expect(isPageFurniture(line)).toBe(false))
  }

  it('never glues the row to the last paragraph', async () => {
    const readout = await read(`Valley Landscape Trust\nNews\n\nBoard sets a course for the valley\n\nDurham, 12 March 2026 — The Board met on Thursday.\n\n- The Board agreed to plant 4,000 native oaks along the eastern ridge.\n- The Board decided to close the quarry road to lorries at weekends.\n\nThe Board will meet again in Hexham on 9 June 2026.\n\nPrint | Email | Sign up for Trust updates\n`)
    expect(readout.outlook?.join(' ') ?? '').not.toMatch(/Sign up/)
    expect(readout.pillars.map((point) => point.body).join(' ')).not.toMatch(/Sign up/)
  })
})

describe('an item\'s title run in before a full stop (C)', () => {
  const items = (markers: string[], titles: string[], bodies: string[]) => markers.map((marker, at) => `${marker} ${titles[at]}. ${bodies[at]}`).join('\n\n')
  const bodies = ['Members agreed to plant 4,000 native oaks along the eastern ridge before next winter.', 'The Board will close the quarry road to lorries at weekends from April onwards.', 'A grant of €60,000 will restore the old mill race and its sluice gates by 2028.']
  for (const [name, markers, titles] of [
    ['roman numerals in brackets', ['(i)', '(ii)', '(iii)'], ['Oaks on the ridge', 'A closed quarry road', 'Repairs to the mill']],
    ['roman numerals and a stop', ['i.', 'ii.', 'iii.'], ['Oaks on the ridge', 'Quiet weekends', 'Funding for protected mills']],
    ['letters and a bracket', ['a)', 'b)', 'c)'], ['Oaks on the ridge', 'Quiet weekends', 'The mill race']],
  ] as const) {
    it(`titles each point with its words and keeps them out of the body: ${name}`, async () => {
      const readout = await read(`Valley Landscape Trust\nBoard decisions\nDurham, 12 March 2026\n\n${items([...markers], [...titles], bodies)}\n`)
      expect(readout.pillars.map((point) => point.body)).toEqual(bodies)
      expect(readout.pillars.map((point) => point.title.replace(/^(?:A|The) /, ''))).toEqual(titles.map((title) => title.replace(/^(?:A|The) /, '')))
    })
  }

  it('reads French items so', async () => {
    const corps = ['Le conseil a décidé de planter 4 000 chênes sur la crête est avant l\'hiver.', 'La route de la carrière sera fermée aux camions le week-end dès le mois d\'avril.']
    const readout = await read(`Conservatoire du Vercors\nRelevé de décisions\nGrenoble, le 12 mars 2026\n\n1. Chênes sur la crête. ${corps[0]}\n\n2. Une route plus calme. ${corps[1]}\n`)
    expect(readout.pillars.map((point) => point.body)).toEqual(corps)
  })

  it('leaves short sentences opening items in their bodies', async () => {
    const bodies = ['Funding approved. The Board will pay for 4,000 native oaks along the eastern ridge.', 'It was agreed. The quarry road will close to lorries at weekends from April onwards.']
    const readout = await read(`Valley Landscape Trust\nBoard decisions\nDurham, 12 March 2026\n\n1. ${bodies[0]}\n\n2. ${bodies[1]}\n`)
    expect(readout.pillars.map((point) => point.body)).toEqual(bodies)
  })
})

describe('a vote\'s result under a text is no point (F)', () => {
  for (const line of ['— Adopted unanimously —', 'Approved by consensus.', '*** Adopté à l\'unanimité ***', '(Adoptée sans opposition)', 'The resolution was adopted without a vote.']) {
    it(`drops ${line}`, () => expect(pastedNoise(['Minutes', '', 'The Board agreed to plant oaks.', line]).has(3)).toBe(true))
  }
  it('keeps a sentence that says more', () => expect(pastedNoise(['Minutes', '', 'The plan was adopted unanimously and the Board thanked the staff.']).has(2)).toBe(false))
})

describe('items that open on a small letter, each a paragraph, under a lead-in with or without a colon (C)', () => {
  const items = ['every member garden will keep a rain barrel of at least 200 litres and report its use each autumn', 'a seed library will open at the town hall, lending old varieties of beans and squash to any resident', 'the three allotment sites will share one tractor, kept at the Mill Lane site and booked online', 'plots left untended for a year will be offered to the families on the waiting list']
  for (const leadIn of ['At the end of the evening the members agreed to the following measures', 'After a vote, the members agreed:', 'These were carried by a show of hands —']) {
    it(`reads each as a point: ${leadIn}`, async () => {
      const readout = await read(`Town Gardens Society\nAnnual meeting, Ludlow, 14 March 2026\n\nSome 80 members met at the Assembly Rooms for the annual meeting.\n\n${leadIn}\n\n${items.join('\n\n')}\n\nThe Society will meet again in Ludlow in March 2027.\n`)
      expect(readout.pillars.map((point) => point.body)).toEqual(items)
    })
  }

  it('reads French items so', async () => {
    const articles = ['chaque jardin gardera un récupérateur d\'eau de pluie d\'au moins 200 litres', 'une grainothèque ouvrira à la mairie et prêtera des variétés anciennes de haricots', 'les trois sites de jardins partageront un tracteur, réservé en ligne par les membres']
    const readout = await read(`Société des jardins familiaux de Figeac\nAssemblée générale, Figeac, le 14 mars 2026\n\nQuelque 80 adhérents se sont réunis à la salle des fêtes.\n\nAprès un vote, l'assemblée a retenu les mesures suivantes\n\n${articles.join('\n\n')}\n`)
    expect(readout.pillars.map((point) => point.body)).toEqual(articles)
  })

  it('leaves one paragraph that opens on a small letter (a page break cut its sentence) where it is', () => {
    const lines = ['The Board agreed to plant oaks along the ridge, with the county to', '', '- 2 -', '', 'pay for the fencing and the parish for the gates.', '', 'The Board agreed to close the road.']
    expect(paragraphs(lines.join('\n'))).toEqual(['The Board agreed to plant oaks along the ridge, with the county to pay for the fencing and the parish for the gates.', 'The Board agreed to close the road.'])
  })
})

describe('a quotation whose only sentence after it takes its words up is no point (F)', () => {
  const decisions = ['The Board agreed to plant 4,000 native oaks along the eastern ridge before the end of the next winter.', 'The Board decided to close the quarry road to lorries at weekends from April, after residents complained of dust.']
  for (const quoted of ['2. Closing the session, the warden told the Board: "A valley is kept by those who walk it every day." Members made these words their own.', '2. "A valley is kept by those who walk it every day." Delegates applauded her words.']) {
    it(`reads it as context: ${quoted.slice(3, 40)}`, async () => {
      const readout = await read(`Valley Landscape Trust\nBoard decisions\nDurham, 12 March 2026\n\n1. ${decisions[0]}\n\n${quoted}\n\n3. ${decisions[1]}\n`)
      expect(readout.pillars.map((point) => point.body)).toEqual(decisions)
    })
  }

  it('reads it so in French', async () => {
    const decisions = ['Le conseil a décidé de planter 4 000 chênes le long de la crête est avant la fin de l\'hiver prochain.', 'Le conseil a approuvé une subvention de 60 000 € pour la restauration du bief du vieux moulin.']
    const readout = await read(`Conservatoire du Vercors\nRelevé de décisions\nGrenoble, le 12 mars 2026\n\n1. ${decisions[0]}\n\n2. En ouvrant la séance, la présidente a déclaré : « Une vallée se garde en la parcourant chaque jour. » Les membres ont fait leurs ces paroles.\n\n3. ${decisions[1]}\n`)
    expect(readout.pillars.map((point) => point.body)).toEqual(decisions)
  })
})

describe('a decision\'s number whose code is a body\'s initials and a space before its number (F)', () => {
  for (const [name, prefix] of [
    ['a French deliberation', (n: number) => `Délibération CA 2026-0${n} — `],
    ['an English resolution after a colon', (n: number) => `Resolution EB 26/${n}: `],
    ['a bare code and a bar', (n: number) => `GM 2026.${n} | `],
  ] as const) {
    it(`drops the number from the title: ${name}`, async () => {
      const titles = ['Oak planting', 'Quarry road', 'Mill race']
      const bodies = ['The Board agreed to plant 4,000 native oaks along the eastern ridge before next winter.', 'The Board decided to close the quarry road to lorries at weekends from April.', 'The Board approved a grant of €60,000 for the restoration of the old mill race.']
      const readout = await read(`Valley Landscape Trust\nBoard decisions\nDurham, 12 March 2026\n\n${titles.map((title, at) => `${prefix(at + 1)}${title}\n${bodies[at]}`).join('\n\n')}\n`)
      expect(readout.pillars.map((point) => point.title)).toEqual(titles)
    })
  }
})
