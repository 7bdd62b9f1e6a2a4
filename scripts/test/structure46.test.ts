import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {readingFor} from '../structure/language.js'
import {onlyHearsFinding, recordsProcedure} from '../structure/no-decision.js'
import {adoptsThePlan} from '../structure/extract-pillars.js'
import {cleanPastedLine} from '../structure/pasted-text.js'
import {isSignatureLine} from '../structure/set-aside-tail.js'
import {datesStepsAhead} from '../structure/review-paragraph.js'

// Branch structure46 (cause families C and E of rounds 37 and 38): which paragraphs are points, context and outlook. Every sentence
// here was written for these tests, in other words than the corpus's, none is a corpus text.

const en = readingFor('en')
const fr = readingFor('fr')
const readoutOf = async (text: string) => (await structureText(text)).result!.readout
const bodies = (readout: {pillars: Array<{body: string}>}) => readout.pillars.map((pillar) => pillar.body)
const outlook = (readout: unknown) => ((readout as {outlook?: string[]}).outlook ?? []).map(String)

describe('what a meeting heard, noted or was told', () => {
  it('reads a paragraph that only hears or notes as a finding, in English and French', () => {
    for (const text of [
      'The Board heard a report from the regional wildlife office on otter numbers along the river.',
      'Delegates were briefed by the port authority on the dredging works in the estuary, which are two months late.',
      'The harbour masters told the Council that berth fees had doubled since 2022. Most yards are full until May.',
      'We have reviewed the progress made by our coastal towns since 2024. Nine of them now sort their beach litter.',
      'The Council welcomed the first findings of the survey of river birds, which counted 1,200 nesting pairs.',
      'Members noted with interest that cycling to school has risen by a third.',
    ]) expect(onlyHearsFinding(text, en), text).toBe(true)
    for (const text of [
      'Les élus ont pris acte du bilan présenté par la directrice du syndicat.',
      "Le président a informé l'assemblée que trois nouveaux villages avaient adhéré à la charte.",
      'Nous saluons le travail des bénévoles qui ont recensé les haies du canton.',
      "L'observatoire a présenté les résultats de l'enquête sur les lavoirs communaux.",
    ]) expect(onlyHearsFinding(text, fr), text).toBe(true)
  })

  it('keeps a paragraph that goes on to decide, welcomes a measure, or looks ahead to a review', () => {
    for (const text of [
      'Members noted that wardens are short. The Council agreed to hire two more for the summer.',
      'The Council welcomed the offer of the county to lend its mowers to every member parish.',
      'The Board will meet in May to review the progress of the scheme.',
      'RECOGNISES that rumours spread fast online and AGREES to set up a unit that answers them.',
      'We recognise that footpaths are part of our heritage, and we will mark every one of them by 2028.',
    ]) expect(onlyHearsFinding(text, en), text).toBe(false)
    for (const text of ["Le comité prend acte du bilan et demande aux communes d'envoyer leurs données chaque année.", "Nous saluons l'engagement de la région de financer deux navettes."]) expect(onlyHearsFinding(text, fr), text).toBe(false)
  })

  it('in a numbered paragraph, reads only what others told or briefed the meeting as a finding (the corpus keeps what it noted as a point)', () => {
    expect(onlyHearsFinding('The Board noted that the number of volunteers rose to 400.', en, true)).toBe(false)
    expect(onlyHearsFinding('Delegates were briefed on the state of the old sea wall.', en, true)).toBe(true)
    expect(onlyHearsFinding('The rangers told the meeting that the dunes had moved ten metres inland.', en, true)).toBe(true)
  })

  it('leaves what a prose readout only heard out of its points', async () => {
    const text = [
      'Valley Paths Partnership – meeting of 4 March 2026',
      '',
      'Members of the Valley Paths Partnership met in Hexham on 4 March 2026.',
      '',
      'The partnership heard a report from the county ranger service, which counted 310 broken stiles across the valley.',
      '',
      'Members agreed to repair every broken stile before the summer, with a fund of £40,000.',
      '',
      'Members also agreed to print a common map of the valley paths.',
    ].join('\n')
    const readout = await readoutOf(text)
    expect(bodies(readout).some((body) => body.includes('county ranger service'))).toBe(false)
    expect(bodies(readout).some((body) => body.includes('broken stile before'))).toBe(true)
  })
})

describe('the procedure of minutes', () => {
  it('reads the end of other business, an officer who says how many members there are and the accounts approved as procedure', () => {
    for (const text of [
      'There being no other business, the Chair closed the meeting at 9.10 pm.',
      'Any other business. No questions were raised, and the Chair thanked those present.',
      'The Treasurer presented the accounts for 2025. The meeting approved the accounts unanimously.',
    ]) expect(recordsProcedure(text, en), text).toBe(true)
    for (const text of [
      "Aucune remarque n'ayant été formulée, la présidente lève la séance.",
      "Le trésorier indique que l'association compte 54 adhérents, contre 49 l'an dernier.",
      'Le trésorier présente les comptes de 2025. Les adhérents approuvent les comptes à l\'unanimité et donnent quitus au bureau.',
    ]) expect(recordsProcedure(text, fr), text).toBe(true)
    expect(recordsProcedure('The Treasurer presented the accounts. The meeting agreed to raise the fee to £25.', en)).toBe(false)
  })
})

describe('quotations, questions and signing lines', () => {
  it('leaves a quotation with a verb of saying that also means deciding out of the points, in English and French', async () => {
    const english = [
      'Lanes Alliance – spring meeting',
      '',
      'Members of the Lanes Alliance met in Ludlow on 2 April 2026 and agreed to close six country lanes to through traffic on Sundays.',
      '',
      '"Our lanes belong to walkers first," announced the chair, Ruth Peel, to applause.',
      '',
      'Members also agreed to fund 20 new passing places.',
    ].join('\n')
    expect(bodies(await readoutOf(english)).some((body) => body.includes('walkers first'))).toBe(false)
    const french = [
      'Réseau des lavoirs du Quercy',
      '',
      'Les communes du réseau, réunies à Cahors le 2 avril 2026, ont décidé de restaurer douze lavoirs.',
      '',
      '« Un lavoir restauré, c\'est une place qui revit », a lancé le maire de Cahors, sous les applaudissements.',
      '',
      'Elles ont également décidé de créer un circuit de randonnée entre les lavoirs.',
    ].join('\n')
    expect(bodies(await readoutOf(french)).some((body) => body.includes('place qui revit'))).toBe(false)
  })

  it('leaves a quotation alone and its signing line under it out of the points', async () => {
    const text = [
      'Allotments Federation – notes of the March meeting',
      '',
      '- The Federation agreed to open a seed library in each borough.',
      '- The Federation agreed to cap plot rents at £60 a year.',
      '- "A plot is a classroom with worms in it."',
      '- – the Federation\'s oldest member, closing the meeting',
    ].join('\n')
    const found = bodies(await readoutOf(text))
    expect(found.some((body) => body.includes('classroom'))).toBe(false)
    expect(found.some((body) => body.includes('oldest member'))).toBe(false)
    expect(found).toHaveLength(2)
  })

  it("leaves a member's question in a sitting's record out of the points", async () => {
    const text = [
      'Official Report – Statement on rural bus services',
      '',
      'The Minister for Transport (Mr Owens): The councils of the region agreed yesterday to run a shared night bus on six rural routes from April.',
      '',
      'Mr Hale: Thank you, Deputy Speaker. Can the Minister say when the timetable will be published, and whether fares will rise?',
      '',
      'Mr Owens: The councils also agreed to keep fares at £2 a journey until 2028.',
    ].join('\n')
    expect(bodies(await readoutOf(text)).some((body) => body.includes('Can the Minister say'))).toBe(false)
  })

  it('reads a closing endorsement or adoption line dated without a place as a signature, in English and French', () => {
    for (const line of ['Approved by the General Assembly on 14 March 2026.', 'Endorsed by the Trustees on 2 February 2027.']) expect(isSignatureLine(line), line).toBe(true)
    for (const line of ['Adopté par le Conseil le 3 mai 2026.', 'Approuvé par le bureau le 12 janvier 2027.']) expect(isSignatureLine(line), line).toBe(true)
    expect(isSignatureLine('Endorsed by the Board on 9 November 2026, the scheme will cost £4 million.')).toBe(false)
  })
})

describe('share rows glued to a paragraph', () => {
  it('strips a share row from the end of a line, in English and French, and only a row of buttons', () => {
    expect(cleanPastedLine('The board meets again in May. Share this page: Facebook | LinkedIn | Email')).toBe('The board meets again in May.')
    expect(cleanPastedLine('Le bureau se réunira en mai. Partager sur : Facebook · X · Imprimer')).toBe('Le bureau se réunira en mai.')
    expect(cleanPastedLine('Members will share the costs of the hall.')).toBe('Members will share the costs of the hall.')
    expect(cleanPastedLine('Share: the new rule applies to everyone.')).toBe('Share: the new rule applies to everyone.')
  })
})

describe('clauses under a lead-in, indented with no glyph', () => {
  it('reads each lower-case indented clause as a point, in English and French', async () => {
    const english = [
      'Community Orchards Network',
      '',
      'Orchard groups met in Taunton on 6 June 2026. After the walk, members resolved that from next season each orchard in the network',
      '    shall label every tree with its variety and age',
      '    shall keep a record of every graft made',
      '    can borrow ladders and pruning saws from a shared store in Yeovil',
      '',
      'The next gathering will take place in October 2026.',
    ].join('\n')
    const found = bodies(await readoutOf(english))
    expect(found).toContain('shall label every tree with its variety and age')
    expect(found).toContain('can borrow ladders and pruning saws from a shared store in Yeovil')
    const french = [
      'Réseau des jardins partagés',
      '',
      'Les jardins du réseau se sont réunis à Angers le 6 juin 2026. Les membres ont décidé que chaque jardin',
      '\tafficherait le calendrier des récoltes à son entrée',
      '\ttiendrait un registre des semences prêtées',
      '\tpourrait emprunter des outils à la grainothèque de Saumur',
    ].join('\n')
    const foundFr = bodies(await readoutOf(french))
    expect(foundFr).toContain('tiendrait un registre des semences prêtées')
  })
})

describe('steps ahead', () => {
  it('reads more forms of a meeting ahead in French', () => {
    for (const line of [
      'Rendez-vous a été pris à Lyon à l\'automne pour faire le point.',
      'Une nouvelle réunion se tiendra à Metz en mars 2027.',
      'Les membres se sont donné rendez-vous à Nantes en juin.',
    ]) expect(fr.nextMeeting.test(line), line).toBe(true)
    expect(fr.nextMeeting.test('Un rendez-vous médical est proposé à chaque enfant.')).toBe(false)
  })

  it('reads a last paragraph that only dates a publication by a month or a season as a step ahead', () => {
    const decides = () => false
    expect(datesStepsAhead('The Network will publish its first register of repairs by June.', en, decides)).toBe(true)
    expect(datesStepsAhead("La fédération diffusera avant l'été une carte des ateliers.", fr, decides)).toBe(true)
    expect(datesStepsAhead('The Network will publish its first register of repairs.', en, decides)).toBe(false)
  })

  it('reads task lines under a bare actions line as outlook, in English and French', async () => {
    const english = [
      'Rowing club – committee notes, 3 March 2026',
      '',
      'Decisions',
      '- Boat store: the club will rent a second container from April.',
      '- Fees: the junior fee will stay at £40.',
      '',
      'Actions',
      '@Ann Lee — ask two firms for container quotes by 10 March',
      '@Bob Ray — update the fees page by 12 March',
    ].join('\n')
    const english_ = await readoutOf(english)
    expect(outlook(english_).some((line) => line.includes('container quotes'))).toBe(true)
    expect(bodies(english_)).toHaveLength(2)
    const french = [
      'Club de voile – relevé du bureau du 3 mars 2026',
      '',
      'Décisions',
      '- Hangar : le club louera un second hangar dès avril.',
      '- Cotisations : la cotisation des jeunes restera à 40 euros.',
      '',
      'Tâches',
      '@Julie Roux — demander deux devis pour le hangar avant le 10 mars',
      '@Marc Petit — mettre à jour la page des cotisations avant le 12 mars',
    ].join('\n')
    expect(outlook(await readoutOf(french)).some((line) => line.includes('deux devis'))).toBe(true)
  })

  it('reads the adoption of a dated programme as such as context, not a launched programme', () => {
    expect(adoptsThePlan('The Council adopted the Coastal Paths Programme 2027–2031, annexed to this record.', en)).toBe(true)
    expect(adoptsThePlan('Members adopted the Regional Action Programme on river margins.', en)).toBe(true)
    expect(adoptsThePlan('The Council launched a Programme for hedges in every parish.', en)).toBe(false)
  })
})
