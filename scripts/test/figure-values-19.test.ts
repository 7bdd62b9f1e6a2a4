// Figure values of the shapes round 19 showed the reader missing or taking wrongly (issue 11),
// each read by its general cause. Every sentence here is written for this test, on other subjects
// than the corpus cases, so that a rule fitted to one wording would fail.
import {describe, expect, it} from 'vitest'
import {addFigure, figuresIn} from '../structure/extract-figures.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {FRENCH} from '../structure/french.js'

/** The values of the figures of an English sentence. */
const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)
/** The values of the figures of a French sentence. */
const valeurs = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)

describe('an amount in a currency written as its code or a local sign (`FJD 145 million`, `Ksh 3 billion`)', () => {
  it('is money, its code kept in the value', () => {
    expect(values('Tourism earned PGK 2.1 billion last year.')).toEqual(['PGK 2.1 billion'])
    expect(values('Remittances to the islands reached WST 390 million in 2025.')).toEqual(['WST 390 million'])
  })
  it('reads the Kenyan shilling as East African texts write it', () => {
    expect(values('The county spent KSh 450,000 on new desks.')).toEqual(['Ksh 450,000'])
    expect(values('Treasury released Ksh 12 billion for rural roads.')).toEqual(['Ksh 12 billion'])
  })
})

describe('an amount after a noun phrase the tagger ends on a verb (`a joint conservation grant/VERB of £2.5m`)', () => {
  it('is read as the noun it is, whatever adjectives and nouns stand after the article', () => {
    expect(values('The island councils will share a new emergency transfer of US$3 million.')).toEqual(['US$3 million'])
    expect(values('Museums will receive a joint restoration grant of £4.2m next year.')).toEqual(['£4.2 million'])
  })
})

describe('the same count of the same things told twice (`eleven coastal cities took part` … `Eleven coastal cities presented …`)', () => {
  /** The figures of the sentences of one text, as the reader lists them. */
  const listed = (...sentences: string[]) => {
    const figures: ReturnType<typeof figuresIn> = []
    for (const sentence of sentences) for (const figure of figuresIn(sentence)) addFigure(figures, figure)
    return figures.map((figure) => `${figure.value} | ${figure.label}`)
  }
  it('is one fact, whatever each sentence says of them', () => {
    expect(listed('Delegates from 14 fishing villages attended the opening session.', 'The 14 fishing villages that signed the charter will share one cold store.').map((figure) => figure.split(' | ')[0])).toEqual(['14'])
    expect(listed('Twenty-three bakeries joined the pilot in May.', 'Twenty-three bakeries will now sell the fortified flour.').map((figure) => figure.split(' | ')[0])).toEqual(['23'])
  })
  it('takes the label of the body over a headline\'s bare noun', () => {
    expect(listed('Seed alliance promises drought-tolerant maize for 2,000 villages', 'Members agreed to supply 2,000 villages in the dry north with certified seed by 2028.')).toEqual([expect.stringMatching(/^2,000 \| villages \S/)])
  })
  it('leaves the same count of other things as two facts', () => {
    expect(listed('The ministry opened 14 fishing villages to tourists.', 'It also repaired 14 bridges on the coast road.').map((figure) => figure.split(' | ')[0])).toEqual(['14', '14'])
  })
})

describe('a share of the count before it that changed (`and 62% of them run on …, up from 35% in 2016`)', () => {
  it('is one figure, the earlier share in its label, not a second figure', () => {
    expect(figuresIn('Some 420 rural clinics are run by the province, and 55% of them have solar panels, up from 20% in 2018.').map((figure) => `${figure.value} | ${figure.label}`)).toEqual(['420 | rural clinics', expect.stringMatching(/^55% \| .*, up from 20% in 2018$/)])
    expect(values('The cooperative has 3,000 members, and 48% of them now sell online, up from 9% in 2020.')).toEqual(['3,000', '48%'])
  })
})

describe('a distance compared from a place, which says who or what (`live less than ten metres above the sea`)', () => {
  it('is no figure in English', () => {
    expect(values('Around 40,000 households farm more than 20 km inland from the coast.')).toEqual(['40,000'])
    expect(values('Some 2 million people live less than five metres above the high-water mark.')).toEqual(['2 million'])
  })
  it('is no figure in French after `de moins de` (`des produits qui viennent de moins de 150 km`)', () => {
    expect(valeurs('Les écoles achèteront 60 % de leurs fruits à des vergers situés à moins de 40 kilomètres.')).toEqual(['60%'])
    expect(valeurs('Les hôpitaux veulent que 30 % des légumes servis viennent de moins de 80 kilomètres d’ici 2030.')).toEqual(['30%'])
  })
  it('leaves a length that is itself the fact', () => {
    expect(values('The province paved more than 150 km of rural roads last year.')).toEqual(['150'])
    expect(valeurs('Le réseau compte désormais plus de 150 kilomètres de pistes cyclables.')).toEqual(['150'])
  })
})

describe('a small count in words after an amount, of the places or recipients it goes to (`US$240m for testing in eight countries`)', () => {
  it('is a fact of its own', () => {
    expect(values('The Bank will lend up to US$75m for school meals in seven provinces.')).toEqual(['US$75 million', '7'])
    expect(values('The trust paid out €3.2 million to five fishing cooperatives after the storm.')).toEqual(['€3.2 million', '5'])
    expect(values('Donors set aside $12 million for pilot kilns at four brickworks.')).toEqual(['$12 million', '4'])
  })
  it('leaves a count that only says how the money is paid', () => {
    expect(values('The donor released $10 million in two tranches.')).toEqual(['$10 million'])
  })
})

describe('a small count in words of the things an act or a meeting\'s people are of', () => {
  it('counts the polities named with a name\'s word before an adjective (`ministers of eight Central African states`)', () => {
    expect(values('Transport ministers of seven West African states met in Accra.')).toEqual(['7'])
    expect(values('Health ministers of six South American countries signed the accord.')).toEqual(['6'])
  })
  it('counts who an act named before them is of (`the commitment of eight mobile money firms`)', () => {
    expect(values('Ministers welcomed the participation of five private insurers in the scheme.')).toEqual(['5'])
    expect(values('The Board approved the enrolment of seven rural districts in the pilot.')).toEqual(['7'])
  })
  it('leaves a count after `of` that is no act\'s (`a group of five`, `the first of four`)', () => {
    expect(values('The ministers chose one of four options on the table.')).toEqual([])
  })
})

describe('a French earlier value told with a participle in place of its noun (`contre 150 conservées aujourd\'hui`)', () => {
  it('is the earlier side of the change, not a figure of its own', () => {
    expect(valeurs('Le programme formera 900 sages-femmes d’ici 2028, contre 300 formées en 2024.')).toEqual(['900'])
    expect(valeurs('Le parc national protégera 60 sources, contre 25 aménagées aujourd’hui.')).toEqual(['60'])
  })
  it('leaves an earlier value of another noun as two figures', () => {
    expect(valeurs('Le réseau compte 120 écoles, contre 40 centres de santé.')).toEqual(['120', '40'])
  })
})

describe('days or hours counted by the hundred thousand (`270 million days a year out of school`)', () => {
  it('is a count, not a span of time', () => {
    expect(values('Malaria costs farm workers some 90 million days of work a year.')).toEqual(['90 million'])
    expect(values('Volunteers gave 400,000 hours to the clean-up campaign.')).toEqual(['400,000'])
  })
  it('leaves a span of time out', () => {
    expect(values('The lease runs for 30 years and the loan for 18 months.')).toEqual([])
  })
})

describe('a French earlier value of the first of a pair, its noun said again (`68 000 cas et 1 450 décès en 2025, contre 21 000 cas en 2021`)', () => {
  it('is the earlier side of the first count, not a figure of its own', () => {
    expect(valeurs('Le pays a enregistré 4 200 naissances et 900 décès en 2024, contre 3 100 naissances en 2015.')).toEqual(['4,200', '900'])
    expect(patternFiguresIn('La province a compté 5 300 incendies et 210 blessés en 2023, contre 2 900 incendies en 2018.', FRENCH.figures!, FRENCH.calendar)[0].label).toMatch(/, contre 2 900 en 2018$/)
  })
  it('leaves an earlier value of a third noun as a figure', () => {
    expect(valeurs('Le réseau compte 120 écoles et 40 centres de santé, contre 30 dispensaires en 2010.')).toEqual(['120', '40', '30'])
  })
})

describe('a value reached `to A in YEAR from B`, no comma between (`fell to 61 tonnes in 2025 from 98 tonnes in 2021`)', () => {
  it('is one change, the earlier value in its label', () => {
    expect(figuresIn('Road deaths fell to 410 in 2025 from 530 in 2019.').map((figure) => figure.value)).toEqual(['410'])
    expect(figuresIn('Child mortality dropped to 3.1% in 2024 from 4.6% in 2015.').map((figure) => `${figure.value} | ${figure.label}`)).toEqual([expect.stringMatching(/^3\.1% \| .*, down from 4\.6% in 2015$/)])
  })
})

describe('a French amount a verb aims at (`vise`) is a target (`objectif de …`), with the time it is set for', () => {
  const labels = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)
  it('of what an amount reached before it in the sentence measures', () => {
    expect(labels("Les recettes du tourisme ont atteint 900 millions d'euros en 2024, et le Conseil vise 2 milliards d'euros d'ici 2032.")).toEqual(['€900 million | recettes du tourisme en 2024', "€2 billion | objectif de recettes du tourisme d'ici 2032"])
  })
  it('else of the verb’s subject, not `Conseil vise`', () => {
    expect(labels("Le Fonds vise 40 millions d'euros d'ici à 2030.")).toEqual(["€40 million | objectif du Fonds d'ici à 2030"])
    expect(labels("L'Agence vise 12 millions de dollars pour 2028.")).toEqual(["$12 million | objectif de l'Agence pour 2028"])
  })
})

describe('a share a verb of limiting sets (`cap … at 1%`) is the limit on what the verb takes', () => {
  const labels = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
  it('names the cap, not the phrase that narrows it', () => {
    expect(labels('The regulator agreed to cap interest on payday loans at 4%.')).toEqual(['4% | cap on interest on payday loans'])
    expect(labels('Banks will limit charges on cross-border transfers at 2% from next year.')).toEqual(['2% | limit on charges on cross-border transfers'])
  })
})

describe('a count whose phrase runs up to a bound on the next number (`with nearly 5,000`) ends before it', () => {
  const labels = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
  it('leaves no dangling `with nearly` or `with almost`', () => {
    expect(labels('The Association now has 48 rowing clubs with nearly 9,000 rowers.')[0]).toBe('48 | rowing clubs')
    expect(labels('The district runs 35 clinics with almost 600 nurses.')[0]).toBe('35 | clinics')
  })
})
