import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What blind round 9 (issue 11) showed the reader missing, stated as rules an editor would give.

describe('bullets that open with a verb after a lead-in line', () => {
  it('keeps as a point a first bullet whose `thanks to` means “because of”', async () => {
    const text = [
      'Chair’s Summary',
      'Third Meeting of the Alpine Glacier Monitoring Network',
      'Innsbruck, Austria, 12 May 2026',
      '',
      'The third meeting of the Alpine Glacier Monitoring Network was held in Innsbruck on 12 May 2026.',
      '',
      'The meeting:',
      '',
      '- Noted that 84 glaciers are now measured every summer, up from 60 in 2020, thanks mainly to volunteers from mountain clubs.',
      '- Agreed to publish the measurements of every member in one open database.',
      '- Asked the secretariat to prepare a common training course for field teams.',
    ].join('\n')
    const {result} = await structureText(text)
    expect(result?.readout.pillars.map((p) => p.body.split(' ')[0])).toEqual(['Noted', 'Agreed', 'Asked'])
  })
})

describe('fractions of a scale in words', () => {
  it('reads `a quarter of a million` as 250,000 and `three quarters of a billion dollars` as $750 million', async () => {
    const {figuresIn} = await import('../structure/extract-figures.js')
    const {loadNlp} = await import('../structure/nlp.js')
    await loadNlp()
    expect(figuresIn('Floods left a quarter of a million families without safe drinking water last year.').map((f) => f.value)).toEqual(['250,000'])
    expect(figuresIn('Donors pledged three quarters of a billion dollars for the new fund.').map((f) => f.value)).toEqual(['$750 million'])
    expect(figuresIn('About half a million children were vaccinated.').map((f) => f.value)).toEqual(['500,000'])
  })

  it('leaves shares of a whole and parts of a period as words', async () => {
    const {fractionOfScaleAt} = await import('../structure/fraction-words.js')
    const words = (text: string) => text.toLowerCase().split(' ')
    expect(fractionOfScaleAt(words('a quarter of a million'), 0)).toEqual({to: 4, value: 0.25})
    expect(fractionOfScaleAt(words('half of them women'), 0)).toBeUndefined()
    expect(fractionOfScaleAt(words('a quarter of the molasses'), 0)).toBeUndefined()
    expect(fractionOfScaleAt(words('three quarter of a million'), 0)).toBeUndefined()
  })
})

describe('decisions without a person as their subject', () => {
  it('reads as points, in French, a commitment of a feminine plural subject, a level kept in the passive and what a plan provides for', async () => {
    const text = [
      'Communiqué de presse',
      'Lyon, le 12 février 2026',
      '',
      'Les ministres de la Santé de la région se sont réunis à Lyon le 12 février 2026 pour examiner le plan régional de lutte contre la rougeole.',
      '',
      'La couverture vaccinale des enfants de deux ans est passée de 81 % en 2019 à 88 % en 2024.',
      '',
      'Le plan prévoit de former 600 agents de santé communautaires d’ici à 2028 dans les districts les plus isolés.',
      '',
      'Les régions sanitaires se sont engagées à ouvrir 90 centres de vaccination mobiles avant la fin de 2026.',
      '',
      'Le remboursement des vaccins est maintenu à 100 % pour les familles modestes, et il est étendu aux enfants de moins de cinq ans.',
      '',
      'Les ministres se réuniront de nouveau à Genève en février 2027.',
    ].join('\n')
    const {result} = await structureText(text)
    expect(result?.readout.pillars.map((p) => p.body.split(' ').slice(0, 2).join(' '))).toEqual(['Le plan', 'Les régions', 'Le remboursement'])
  })

  it('reads as a decision, in English, a level kept or raised in the passive', async () => {
    const {LEVEL_SET} = await import('../structure/english.js')
    expect(LEVEL_SET.test('The grant for each school is kept at $5,000 and is extended to rural colleges.')).toBe(true)
    expect(LEVEL_SET.test('The ceiling on loans is raised to €40,000.')).toBe(true)
    expect(LEVEL_SET.test('The ceiling was raised to €40,000 in 2019.')).toBe(false)
  })
})
