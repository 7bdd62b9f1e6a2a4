import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH_CATALOGUE} from '../theme/catalogue/fr.js'
import {FRENCH} from '../structure/french.js'
import {readFrenchNumber} from '../structure/french-numerals.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** How a French writer spells numbers: the traditional spelling, the 1990 one (hyphens everywhere), or Belgian/Swiss tens. */
type Spelling = 'traditional' | 'reformed' | 'belgian' | 'swiss'

const ONES = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize', 'dix-sept', 'dix-huit', 'dix-neuf']
const TENS_WORDS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante']

/**
 * A French numeral writer, written apart from the reader (from the spelling rules, not from the
 * reader's code) so that the reader is checked against something it does not share: 0 < n < 1e6.
 */
function writeFrench(n: number, spelling: Spelling): string[] {
  const join = spelling === 'reformed' ? '-' : ' '
  const belowHundred = (x: number): string => {
    if (x < 20) return ONES[x]
    const tens = Math.floor(x / 10)
    const unit = x % 10
    if (spelling !== 'traditional' && spelling !== 'reformed' && tens >= 7) {
      const word = tens === 7 ? 'septante' : tens === 8 ? (spelling === 'swiss' ? 'huitante' : 'quatre-vingt') : 'nonante'
      if (word === 'quatre-vingt') return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${ONES[unit]}`
      return unit === 0 ? word : unit === 1 ? `${word}${spelling === 'belgian' ? ' et ' : '-et-'}un` : `${word}-${ONES[unit]}`
    }
    if (tens === 7 || tens === 9) {
      const base = tens === 7 ? 'soixante' : 'quatre-vingt'
      const rest = x - (tens === 7 ? 60 : 80)
      if (tens === 7 && rest === 11) return spelling === 'reformed' ? 'soixante-et-onze' : 'soixante et onze'
      return `${base}-${ONES[rest]}`
    }
    if (tens === 8) return unit === 0 ? 'quatre-vingts' : `quatre-vingt-${ONES[unit]}`
    if (unit === 0) return TENS_WORDS[tens]
    if (unit === 1) return spelling === 'reformed' ? `${TENS_WORDS[tens]}-et-un` : `${TENS_WORDS[tens]} et un`
    return `${TENS_WORDS[tens]}-${ONES[unit]}`
  }
  const belowThousand = (x: number, beforeMille: boolean): string => {
    const hundreds = Math.floor(x / 100)
    const rest = x % 100
    const parts: string[] = []
    if (hundreds === 1) parts.push('cent')
    else if (hundreds > 1) parts.push(`${ONES[hundreds]}${join}${rest === 0 && !beforeMille ? 'cents' : 'cent'}`)
    if (rest) parts.push(belowHundred(rest).replace(/^quatre-vingts$/, beforeMille ? 'quatre-vingt' : 'quatre-vingts'))
    return parts.join(join)
  }
  const thousands = Math.floor(n / 1000)
  const rest = n % 1000
  const parts: string[] = []
  if (thousands === 1) parts.push('mille')
  else if (thousands > 1) parts.push(`${belowThousand(thousands, true)}${join}mille`)
  if (rest) parts.push(belowThousand(rest, false))
  return parts.join(join).split(/[\s-]+/)
}

describe('the French numeral reader', () => {
  it('reads every number it is written, in each spelling (property, against an independent writer)', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 999_999}), fc.constantFrom<Spelling>('traditional', 'reformed', 'belgian', 'swiss'), (n, spelling) => {
        const words = writeFrench(n, spelling)
        expect(readFrenchNumber(words), `${n} ${words.join(' ')}`).toEqual({value: n, count: words.length})
      }),
      {numRuns: 3000},
    )
  })

  it('reads the forms the third blind round missed, and stops where the number ends', () => {
    const read = (text: string) => readFrenchNumber(text.toLowerCase().split(/[\s-]+/))
    expect(read('Huit cents')).toEqual({value: 800, count: 2})
    expect(read('deux mille')).toEqual({value: 2000, count: 2})
    expect(read('quatre-vingt-dix')).toEqual({value: 90, count: 3})
    expect(read('soixante-dix')).toEqual({value: 70, count: 2})
    expect(read('mille deux cents')).toEqual({value: 1200, count: 3})
    expect(read('trois cent mille')).toEqual({value: 300_000, count: 3})
    // `et` that is not part of the number is the sentence's `and`
    expect(read('vingt et deux')).toEqual({value: 20, count: 1})
    expect(read('deux cents trois')).toEqual({value: 200, count: 2})
    expect(read('et vingt')).toBeUndefined()
  })
})

describe('French figure values (issue 11: values in French)', () => {
  const lire = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)

  it('reads numbers in words of more than one word', () => {
    expect(lire('Huit cents infirmiers seront recrutés dans les districts.')).toEqual(['800'])
    expect(lire('Deux mille enseignants seront formés.')).toEqual(['2,000'])
    expect(lire('Mille deux cents agents seront déployés.')).toEqual(['1,200'])
    // a small count in words is a figure where it opens its sentence, as in English
    expect(lire('Cinq pays ont rejoint l’Alliance.')).toEqual(['5'])
    // and where it counts things of the world, as new members welcomed (issue 11, item 3)
    expect(lire('Les ministres ont accueilli cinq nouveaux membres.')).toEqual(['5'])
    expect(lire('Deux cent cinquante mille personnes ont été vaccinées.')).toEqual(['250,000'])
    expect(lire('Le projet concerne soixante et onze villages et quatre-vingt-dix-neuf écoles.')).toEqual(['71', '99'])
    expect(lire('Quatre-vingts pour cent des ménages ont accès à l’eau.')).toEqual(['80%'])
  })

  it('reads amounts with the currency after them, with or without a scale, as signs and codes', () => {
    expect(lire('Le fonds dispose de 400 000 euros pour la formation.')).toEqual(['€400,000'])
    expect(lire('Le fonds dispose de 400\u00A0000 euros pour la formation.')).toEqual(['€400,000'])
    expect(lire('Le fonds dispose de 400\u202F000 euros pour la formation.')).toEqual(['€400,000'])
    expect(lire('Le plan prévoit 35 millions d’euros pour les routes rurales.')).toEqual(['€35 million'])
    expect(patternFiguresIn('Les ministres ont adopté un plan d’urgence doté de 1,5 milliard d’euros sur quatre ans.', FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)).toEqual(['€1.5 billion | plan d’urgence'])
    expect(lire('Les partenaires ont mobilisé 1,5 milliard d’euros pour le corridor.')).toEqual(['€1.5 billion'])
    expect(lire('Le budget atteint 12 M€ en 2024.')).toEqual(['€12 million'])
    expect(lire('Le budget atteint 2,3 Md€ en 2024.')).toEqual(['€2.3 billion'])
    expect(lire('Les partenaires ont promis 800 k€ pour les écoles.')).toEqual(['€800,000'])
    // a million or more in full digits is written with its scale, as the corpus's editors write it
    expect(lire('Une enveloppe de 500 000 000 FCFA a été débloquée.')).toEqual(['FCFA 500 million'])
    expect(lire('Le budget est arrêté à la somme de 2 750 000 000 francs CFA pour l’exercice 2026.')).toEqual(['FCFA 2.75 billion'])
    expect(lire('La région compte 3 400 000 habitants et 1 234 567 électeurs.')).toEqual(['3.4 million', '1,234,567'])
    expect(lire('Le budget s’élève à 3,2 milliards de francs CFA.')).toEqual(['FCFA 3.2 billion'])
    expect(lire('Le fonds a reçu USD 5 millions de la Banque.')).toEqual(['USD 5 million'])
    expect(patternFiguresIn('Le fonds sera porté à 200 millions d’euros d’ici 2027.', FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)).toEqual(['€200 million | fonds'])
    expect(lire('Le fonds a reçu 2,5 millions de dollars américains.')).toEqual(['US$2.5 million'])
    // `m` alone is metres, not millions
    expect(lire('Un mur de 12 m de hauteur protège 40 villages.')).not.toContain('12 million')
  })

  it('reads a hedged earlier value after `contre`, a change under `ne … que`, and each of two givers of one financing', () => {
    const both = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)
    // `contre à peine 18 %` is the earlier value of the same fact, not a figure of its own
    expect(both('Le réseau devra couvrir 75 % des villages d’ici 2029, contre à peine 30 % aujourd’hui.')).toEqual(['75% | des villages, contre 30 % aujourd’hui'])
    expect(lire('Le taux de vaccination atteint 82 % en 2025, contre environ 64 % en 2019.')).toEqual(['82%'])
    // `n'a progressé que de 6 %`: a rise all the same
    expect(both('Les recettes ont doublé, alors que le nombre de contrôleurs n’a augmenté que de 6 %.')).toEqual(['6% | hausse du nombre de contrôleurs'])
    // `à hauteur de … par A et de … par B`: each amount is the financing of its giver
    expect(both('Le chantier sera financé à hauteur de 8 millions d’euros par la Région et de 2 millions d’euros par les communes.')).toEqual(['€8 million | financement de la Région', '€2 million | financement des communes'])
    // `un million et demi`: the half goes with the scale
    expect(lire('Un million et demi d’enfants seront vaccinés.')).toEqual(['1.5 million'])
    expect(lire('Le corridor coûtera deux milliards et demi de francs CFA.')).toEqual(['FCFA 2.5 billion'])
    // `1 milliard 500 millions`: the rest of the number in the next scale down
    expect(lire('Le barrage coûtera 1 milliard 800 millions de francs CFA.')).toEqual(['FCFA 1.8 billion'])
    expect(lire('Les États apporteront 2 milliards et 250 millions de francs CFA.')).toEqual(['FCFA 2.25 billion'])
  })

  it('reads counts of nouns after an article, with accents and several words', () => {
    expect(lire('Les ministres ont salué l’adhésion des 32 États membres au mécanisme.')).toEqual(['32'])
    expect(lire('Les 27 pays membres ont adopté la déclaration.')).toEqual(['27'])
    expect(lire('Le programme bénéficiera à 126 000 personnes déplacées.')).toEqual(['126,000'])
    expect(lire('Près de 1.500 agents ont été formés.')).toEqual(['1,500'])
    expect(lire('Quelque 1.5 million de personnes sont concernées.')).toEqual(['1.5 million'])
  })

  it('reads a change after any verb of change as one figure, the later value', () => {
    expect(lire('Le nombre de laboratoires passera de 14 à 52 d’ici 2025.')).toEqual(['52'])
    expect(lire('Le nombre de bénéficiaires a été porté de 3 000 à 8 000.')).toEqual(['8,000'])
    expect(lire('Le taux est passé de 12,5 % à 18 % entre 2019 et 2023.')).toEqual(['18%'])
    expect(lire('Le réseau est passé de 14 laboratoires en 2021 à 52 cette année.')).toEqual(['52'])
    expect(lire('La production est passée de 9,2 millions de tonnes en 2020 à 7,8 millions de tonnes en 2024.')).toEqual(['7.8 million'])
    expect(patternFiguresIn('Les ministres ont décidé de porter la réserve régionale de 120 000 à 400 000 tonnes.', FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)).toEqual(['400,000 | réserve régionale, contre 120 000'])
    expect(lire('Les exportations sont en hausse de 12 pour cent.')).toEqual(['12%'])
  })

  it('reads a count that a relative clause gives `le nombre de …`', () => {
    const both = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)
    expect(both('Le Conseil souhaite que le nombre de piétons blessés en ville, qui s’est élevé à 1 340 en 2024, baisse de moitié.')).toEqual(['1,340 | piétons blessés en ville en 2024'])
    expect(both('Le nombre de navires inspectés, qui a dépassé 900 en 2025, reste insuffisant.')).toEqual(['900 | navires inspectés en 2025'])
  })

  it('never takes references, ordinals, dates or telephone numbers', () => {
    expect(lire('Pour toute information : +33 1 23 45 67 89 ou 01 23 45 67 89.')).toEqual([])
    expect(lire('La résolution n° 12 crée 15 centres.')).toEqual(['15'])
    expect(lire('La 3e réunion a rassemblé 40 délégations.')).toEqual(['40'])
    expect(lire('Les 1er et 2 juin 2024, 25 délégations se sont réunies.')).toEqual(['25'])
    expect(lire('La ligne 3 du tramway transportera 120 000 voyageurs par jour.')).toEqual(['120,000'])
    expect(lire('Deux tiers des écoles manquent d’eau.')).toEqual([])
    expect(lire('Le programme cible les jeunes de 15 à 24 ans.')).toEqual([])
    expect(lire('La version 2.0 de la plateforme compte 40 000 utilisateurs.')).toEqual(['40,000'])
    expect(lire('Les articles 3 et 4 du traité ont été modifiés.')).toEqual([])
    expect(lire('Les paragraphes 12 à 15 du communiqué portent sur 40 ports.')).toEqual(['40'])
    expect(lire('La réunion du 12.05.2024 a réuni 30 délégations.')).toEqual(['30'])
  })
})

describe('French figure values in the French outputs', () => {
  it('writes the value back in French form, a CFA franc amount too', () => {
    expect(FRENCH_CATALOGUE.formatFigure('€400,000')).toBe('400\u202F000\u00A0€')
    expect(FRENCH_CATALOGUE.formatFigure('€1.5 billion')).toBe('1,5 milliard d’euros')
    expect(FRENCH_CATALOGUE.formatFigure('FCFA 3.2 billion')).toBe('3,2 milliards de francs CFA')
    expect(FRENCH_CATALOGUE.formatFigure('FCFA 500,000,000')).toBe('500\u202F000\u202F000\u00A0FCFA')
    // a range writes both ends in French form
    expect(FRENCH_CATALOGUE.formatFigure('40–60%')).toBe('40–60\u202F%')
    expect(FRENCH_CATALOGUE.formatFigure('€2–3 million')).toBe('2–3 millions d’euros')
  })
})

describe('English figure values', () => {
  const read = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)

  it('reads a part of a scale, a short scale on a bare number and a currency written after it', () => {
    expect(read('Half a million people were displaced by the floods.')).toEqual(['500,000'])
    expect(read('Nearly half a billion dollars was pledged.')).toEqual(['$500 million'])
    expect(read('Ministers agreed to connect half a million households to the grid by 2027.')).toEqual(['500,000'])
    expect(read('The fund will reach 2.5m people by 2026.')).toEqual(['2.5 million'])
    expect(read('Some 3m tonnes of grain were shipped.')).toEqual(['3 million'])
    expect(read('A 2.5m wall protects the port.')).toEqual([])
    expect(read('Ministers pledged 5 million US dollars to the fund.')).toEqual(['US$5 million'])
    expect(read('Some 250 thousand refugees returned.')).toEqual(['250,000'])
    expect(read('A thousand volunteers will be trained.')).toEqual(['1,000'])
    expect(read('A hundred and fifty ships will be inspected.')).toEqual(['150'])
    expect(read('They have a hundred-year history.')).toEqual([])
    expect(read('Ministers launched a US$2-billion fund for coastal towns.')).toEqual(['US$2 billion'])
    // a unit symbol goes to the label, as a unit word does (`31 gigawatts`)
    expect(figuresIn('The corridor links 5,000km of roads.').map((figure) => `${figure.value} | ${figure.label}`)).toEqual(['5,000 | km of roads'])
    expect(read('Around 3,500 km of border will be patrolled.')).toEqual(['3,500'])
    expect(read('The pilot covered 1.2 million ha of farmland.')).toEqual(['1.2 million'])
    // a million or more in full digits is written with its scale; digits the scale would round stay
    expect(read('Ministers adopted a budget of US$2,750,000,000 for the corridor.')).toEqual(['US$2.75 billion'])
    expect(read('The basin is home to 3,400,000 people and 1,234,567 cattle.')).toEqual(['3.4 million', '1,234,567'])
  })

  it('reads a quarter of a scale, a country’s dollar written after the amount, and a count whose verb the tagger calls a noun', () => {
    expect(read('The scheme will insure a quarter of a million smallholders by 2028.')).toEqual(['250,000'])
    expect(read('Three quarters of a million children were vaccinated.')).toEqual(['750,000'])
    expect(read('Donors raised a quarter of a billion dollars for the dams.')).toEqual(['$250 million'])
    expect(read('A quarter of the wells have dried up.')).toEqual([])
    expect(read('Ottawa will contribute 8 million Canadian dollars to the archive.')).toEqual(['C$8 million'])
    expect(read('Canberra pledged 3.5 million Australian dollars for reef monitoring.')).toEqual(['A$3.5 million'])
    expect(read('Wellington will give 2 million New Zealand dollars to the Fund.')).toEqual(['NZ$2 million'])
    // `lack` tagged a noun left the count without a label, so it was dropped
    expect(read('Some 2.3 billion people lack clean cooking fuel.')).toEqual(['2.3 billion'])
    expect(read('About 700,000 households lack safe water.')).toEqual(['700,000'])
    const lire = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)
    expect(lire('Le Canada versera 6 millions de dollars canadiens au Fonds.')).toEqual(['C$6 million'])
    expect(lire('L’Australie apportera 1,5 million de dollars australiens pour les récifs.')).toEqual(['A$1.5 million'])
    expect(lire('Le Japon versera 400 millions de yens à l’Institut.')).toEqual(['¥400 million'])
  })

  it('reads a capped amount, an amount after its year, and an earlier value after its qualifiers as one change', () => {
    const both = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
    // `no more than` qualifies a cap as `more than` does; the thing an amount sizes may carry its year first
    expect(read('Permits will be issued at a fee of no more than $150.')).toEqual(['$150'])
    expect(read('The board approved the budget for 2027 of €3.6 million.')).toEqual(['€3.6 million'])
    expect(read('Grants go to firms with no more than 50 employees.')).toEqual([])
    // `down from an average of …`, `up from some …`: the earlier value of one change
    const capped = both('Port dues will be capped at $90, down from an average of $240 today.')
    expect(capped).toHaveLength(1)
    expect(capped[0]).toMatch(/^\$90 \| .*, down from an average of \$240 today$/)
    expect(read('The network has grown to 860 schools, up from some 300 in 2019.')).toEqual(['860'])
    expect(read('Tariffs will be cut to 2 percent of the value, against an average of 9 percent today.')).toEqual(['2%'])
    // a level set beside an average, no verb of change before it, is two facts
    expect(read('A transfer will cost less than 2 percent of its value, against an average of 6.5 percent today.')).toEqual(['2%', '6.5%'])
  })

  it('reads an exact share in words of the count just named as a percentage, and no other share in words', () => {
    const both = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
    expect(both('The Network will train 30 nurses, a fifth of them men.')).toEqual(['30 | nurses to be trained', '20% | of nurses who are men'])
    expect(read('The town will build 60 shelters along the coast, half of them paid for by the Fund.')).toEqual(['60', '50%'])
    expect(read('Inspectors checked 8,000 boats, three quarters of them trawlers.')).toEqual(['8,000', '75%'])
    // a hedged share, a third, a share of no count just named, or one a verb stands apart from stay words
    expect(read('Some 2.1 million adults have no bank account, more than half of them women.')).toEqual(['2.1 million'])
    expect(read('The sector employs 900,000 workers, about two thirds of them women.')).toEqual(['900,000'])
    expect(read('Fees cost households dearly, half of them in rural areas.')).toEqual([])
    expect(read('The region has 40 clinics and they treat many patients, half of them children.')).toEqual(['40'])
  })

  it('reads a count that leaves out the noun the count before it named, and a change of the number of things a participle narrows', () => {
    const both = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
    expect(both('About 8,000 farmers are now insured, and the two ministries aim to reach 20,000 by 2028.')).toEqual(['8,000 | farmers now insured', '20,000 | farmers to reach by 2028'])
    expect(both("Kenya's registry lists 52,000 boats and Uganda's about 9,000.")).toEqual(['52,000 | boats', '9,000 | boats of Uganda'])
    // a noun after it is its own (`reach 300 schools`)
    expect(both('Some 120 clinics are open and the plan aims to reach 300 schools by 2027.').map((figure) => figure.split(' | ')[0])).toEqual(['120', '300'])
    expect(both('The number of bridges rated as unsafe has fallen from 340 to 95 since 2019.')).toEqual(['95 | bridges rated as unsafe, down from 340 in 2019'])
  })

  it('reads a change across a share’s whole, a count of other things or a subject’s place, and two shares of two narrowed wholes as two facts', () => {
    const both = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
    expect(both('The share of income spent on rent rose to 31 percent of the income earned in 2024, from 24 percent in 2018.')).toEqual(['31% | of the income earned in 2024, up from 24% in 2018'])
    expect(read('Rangers counted 2.4 million seabirds on 120 islands in 2025, up from 1.7 million birds counted in 2015.')).toEqual(['2.4 million', '120'])
    expect(read('Ministers noted that female engineers across the Union rose to 8,600 in 2025, up from 5,100 in 2020.')).toEqual(['8,600'])
    expect(read('Only 44 percent of rural households have piped water, against 83 percent of urban households.')).toEqual(['44%', '83%'])
    // the same whole is one change
    expect(read('Some 61 percent of rural households had power in 2024, against 48 percent of rural households in 2019.')).toEqual(['61%'])
  })

  it('reads a part told after the whole that opens the sentence, a count `the number of …` passed, and the value a fund is to be brought to', () => {
    const both = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
    expect(both('Of the 36 river gauges the agency runs, 29 failed during the floods.')).toContain('29 | river gauges that failed during the floods')
    expect(both('Ministers discussed the rising number of vessels that anchor in the bay, which passed 2,300 in 2025.')).toEqual(['2,300 | vessels that anchor in the bay in 2025'])
    expect(both('Ministers welcomed the Coral Reef Fund, which holds €6 million, and asked donors to raise it to €20 million.')).toEqual(['€6 million | holds', '€20 million | target for the Coral Reef Fund'])
  })

  it('reads amounts in other currencies’ codes, before or after the amount, and no conference numbered like one', () => {
    expect(read('Denmark will contribute DKK 75 million to the corridor.')).toEqual(['DKK 75 million'])
    expect(read('Kenya set aside KES 1.8 billion for the pilot.')).toEqual(['KES 1.8 billion'])
    expect(read('The Bank lent 900 million ZAR to the utility.')).toEqual(['ZAR 900 million'])
    expect(read('Ministers prepared their position for COP 30 in Belém.')).toEqual([])
    expect(read('Each year some 2 million try to cross the border.').join()).not.toMatch(/TRY/)
  })

  it('never counts the places where a verb of keeping puts what it keeps', () => {
    expect(read('Members will stockpile 20,000 doses of vaccine in five regional depots.')).toEqual(['20,000'])
    expect(read('The agency will pre-position 8,000 tents and blankets at six border posts.')).toEqual(['8,000'])
    // places a verb of building makes are counted
    expect(read('Members will build 20,000 homes in five new districts.')).toEqual(['20,000', '5'])
  })

  it('reads a range `between … and …` as one figure with both ends, and a half with its scale', () => {
    // the lower end takes the upper end's unit and scale; a change `from … to …` and years are no range
    expect(read('Ministers agreed that between 35 and 45 per cent of the grants will go to women-led firms.')).toEqual(['35–45%'])
    expect(read('Yields of maize have dropped by between 10 and 15 percent since 2018.')).toEqual(['10–15%'])
    expect(read('Each corridor will cost between $3 million and $5 million to build.')).toEqual(['$3–5 million'])
    expect(read('The programme will equip between 25 and 40 health posts in each province.')).toEqual(['25–40'])
    expect(read('Between 2019 and 2024 the lake lost 11 percent of its area.')).toEqual(['11%'])
    expect(read('Imports grew from 20 to 30 percent of supply.')).toEqual(['30%'])
    // a dash between two numbers, as the tokenizer splits it or keeps it whole
    expect(read('Each clinic will cost 2–3 million dollars.')).toEqual(['$2–3 million'])
    expect(read('Losses after harvest are 15-20% of the crop.')).toEqual(['15–20%'])
    expect(read('Ministers adopted the 2024–2026 work plan for 30 ports.')).toEqual(['30'])
    // `one and a half million`: the half goes with the scale
    expect(read('A fund of one and a half million dollars will pay for the ferries.')).toEqual(['$1.5 million'])
    expect(read('Some three and a half billion people still lack safe sanitation.')).toEqual(['3.5 billion'])
    const lire = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)
    expect(lire('Les communes prendront en charge entre 25 et 35 % du coût des cantines.')).toEqual(['25–35%'])
    expect(lire('Chaque pont coûtera entre 4 et 6 millions d’euros.')).toEqual(['€4–6 million'])
    expect(lire('Entre 2018 et 2023, la forêt a reculé de 7 %.')).toEqual(['7%'])
  })

  it('reads a count whose compound shares a hanging hyphen, a small count a superlative picks out, a change whose verb the tagger calls a noun, and the first of things counted before', () => {
    const both = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
    // `troop- and police-contributing`: the hanging hyphen no longer ends the count's noun phrase
    expect(both('Twenty-two oil- and gas-producing countries signed the pledge.')).toEqual(['22 | oil- and gas-producing countries that signed the pledge'])
    expect(read('The Bank will lend to 150 small- and medium-sized farms.')).toEqual(['150'])
    // `the nine smallest authorities` is a set of its own, even beside an amount; `the four countries` was named before
    expect(read('A grant of €2 million will help the six poorest municipalities buy fire engines.')).toEqual(['€2 million', '6'])
    expect(read('The Council will inspect the five most polluted rivers first.')).toEqual(['5'])
    expect(read('Delegates from the four countries met in Dakar.')).toEqual([])
    // where something is done, not a set of its own
    expect(read('Partners will open field kitchens in the four biggest settlements before winter.')).toEqual([])
    // `the price of wheat rises/NOUN by …`: the verb of change, mended, gives the figure its label
    expect(both('The rule will ensure that the temperature of rivers rises by no more than 2 percent.')).toEqual(['2% | rise in temperature of rivers'])
    // `the first 600`: a part of the things the count before named
    expect(both('Some 3,000 bridges need repair, and work on the first 450 will start in 2027.')).toEqual(['3,000 | bridges needing repair', '450 | first bridges'])
  })

  it('reads CFA francs in English, a percentage written as an adjective, and no count glued to a capital letter or after `Category`', () => {
    expect(read('The Fund will lend 750 million CFA francs to women’s cooperatives.')).toEqual(['FCFA 750 million'])
    expect(read('Ministers approved 1.2 billion francs CFA for rural roads.')).toEqual(['FCFA 1.2 billion'])
    expect(read('A grant of CFA francs 900 million was approved for the clinics.')).toEqual(['FCFA 900 million'])
    expect(read('The Union adopted a budget of FCFA 2.4 billion for 2027.')).toEqual(['FCFA 2.4 billion'])
    expect(read('Switzerland gave 450,000 Swiss francs to the archive.')).toEqual(['CHF 450,000'])
    // `bln`, `mln`: the scales of wire copy
    expect(read('The corridor will cost $2.2 bln.')).toEqual(['$2.2 billion'])
    expect(read('Donors pledged 3.5 mln dollars for the clinics.')).toEqual(['$3.5 million'])
    expect(read('Regulators agreed a 25-percent cut in roaming charges.')).toEqual(['25%'])
    expect(read('Members agreed a 10-per-cent rise in their contributions.')).toEqual(['10%'])
    // `5G`, `3D` and `Category 4` are names, not counts
    expect(read('Operators will bring 5G coverage to 18 ports.')).toEqual(['18'])
    expect(read('Category 4 storms damaged 60 schools.')).toEqual(['60'])
  })

  it('never takes references or telephone numbers', () => {
    expect(read('Resolution No. 12 was adopted.')).toEqual([])
    expect(read('Decision No. 4 sets up 12 centres.')).toEqual(['12'])
    expect(read('For details call +1 202 555 0142 or 1-800-555-0199.')).toEqual([])
    expect(read('Call +44 20 7946 0958 or email press@example.org.')).toEqual([])
    expect(read('Under Decision 3/CP.25, 40 parties will report.')).toEqual(['40'])
    expect(read('A third of the budget goes to training.')).toEqual([])
    expect(read('Ministers met for the 25th time.')).toEqual([])
  })
})

describe('amounts after the signs of other currencies', () => {
  it('reads won, naira and peso signs as money, as it reads $, € and £', () => {
    const text = 'Ministers welcomed a programme to train young creators, funded by the host with ₩5 billion. Nigeria pledged ₦800 million to the fund, and the Philippines ₱120 million.'
    const values = figuresIn(text).map((figure) => figure.value)
    expect(values).toEqual(expect.arrayContaining(['₩5 billion', '₦800 million', '₱120 million']))
  })
})
