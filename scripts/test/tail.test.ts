import {describe, expect, it} from 'vitest'
import {FRENCH_CALENDAR} from '../structure/french.js'
import {ENGLISH_CALENDAR} from '../structure/parse-dates.js'
import {daysBefore, weekdaysIn} from '../structure/recognise-dateline.js'
import {isContactLine, isEndMarker, isSignatureLine, tailRoles} from '../structure/set-aside-tail.js'
import {structureText} from './helpers.js'

// A document's closing lines and a wire's meeting dates (issue 11, items 1 and 4): texts written
// for these tests, in the shapes releases and communiqués close with.

const ENGLISH_RELEASE = [
  'Ministers back a shared register of river pilots',
  'VIENNA, 9 October 2025 – Transport ministers of the Danube Pilots Network met on October 6–7 in Vienna and agreed on a shared register of licensed river pilots.',
  '"A pilot licensed in one port should be trusted in every port," the Chair said.',
  'Ministers agreed that every member will record its licensed pilots in a shared register from 1 March 2026.',
  'Ministers asked the Network’s secretariat to draft common rules for the training of river pilots.',
  'Ministers will meet again in Budapest in May 2026.',
  '-30-',
  'Media enquiries: Network press office, +43 1 555 0199, press@pilots-network.example',
  'Notes to editors',
  'About the Network: the Danube Pilots Network was set up in 2011 and has 9 members.',
  'Its secretariat is in Vienna.',
].join('\n')

const FRENCH_COMMUNIQUE = [
  'Communiqué final de la réunion des ministres des Transports de l’Union des ports du golfe',
  '1. Les ministres des Transports de l’Union des ports du golfe se sont réunis à Cotonou les 3 et 4 avril 2025.',
  '2. Les ministres ont adopté un règlement commun sur la sécurité des quais.',
  '3. Les ministres ont décidé de créer un centre régional de formation des dockers.',
  'Perspectives',
  'Les ministres se retrouveront à Lomé en 2026 pour faire le point sur le règlement.',
  '« Nos ports sont la porte de la région », a rappelé la présidente de la réunion.',
  'Fait à Cotonou, le 4 avril 2025',
  'Pour le Conseil des ministres, la Présidente',
  'Adjoa Mensah',
  'Contact presse : Service de communication, +229 21 55 01 02',
  'Pour plus d’informations : www.ports-golfe.example',
].join('\n')

describe('closing lines', () => {
  it('knows end markers, contact lines and signatures in English and French', () => {
    for (const line of ['###', '-30-', '- 30 -', 'ENDS', '- End -', '- FIN -', 'FIN', '— Fin du communiqué —']) expect(isEndMarker(line), line).toBe(true)
    for (const line of ['Media contact: Jane Roe, +44 20 5550 0100', 'For more information: www.example.org', 'Contact presse : Marie Dupont', 'Pour plus d’informations : www.example.fr', 'Press office, +32 2 555 01 23, media@forum.example', 'Tel.: +41 22 555 01 40']) {
      expect(isContactLine(line), line).toBe(true)
    }
    for (const line of ['Done at Nairobi, 12 March 2025.', 'Fait à Abidjan, le 12 mars 2025', 'Signed: the Ministers of the Council', 'For the Council,', 'Pour le Conseil des ministres, le Président']) {
      expect(isSignatureLine(line), line).toBe(true)
    }
  })

  it('never takes a sentence of the text for one', () => {
    for (const line of [
      'Ministers agreed to fund 1 200 000 school meals a year.',
      'Contacts between customs agencies will be strengthened through monthly meetings.',
      'The Forum will publish its accounts on www.forum.example every year, ministers agreed.',
      'Ministers ended the meeting by thanking the host.',
      'For the first time, ministers agreed on a common budget.',
    ]) {
      expect(isEndMarker(line) || isContactLine(line) || isSignatureLine(line), line).toBe(false)
    }
  })

  it('drops closing lines only at the end, and sets notes to editors aside', () => {
    const texts = ['Title', 'PARIS, 1 May 2025 – Ministers met.', 'Ministers agreed to act.', 'Done at Paris, 1 May 2025.', 'For the Council,', 'Jean Martin']
    expect(tailRoles(texts)).toEqual([undefined, undefined, undefined, 'drop', 'drop', 'drop'])
    const notes = ['Title', 'Ministers met.', 'Ministers agreed to act.', 'Notes to editors', 'The Forum was founded in 2001.', 'Media contact: press@forum.example']
    expect(tailRoles(notes)).toEqual([undefined, undefined, undefined, 'drop', 'notes', 'drop'])
    // a name line is text unless a closing line stands above it
    expect(tailRoles(['Title', 'Ministers met.', 'Ministers agreed to act.', 'Next steps'])).toEqual([undefined, undefined, undefined, undefined])
  })

  it('reads a long line without spaces in linear time (no search for an address in it)', () => {
    const long = 'a.'.repeat(500_000)
    const started = performance.now()
    expect(tailRoles(['Title', 'Ministers met.', long, `${long}@`, 'Media contact: press@forum.example'])).toEqual([undefined, undefined, undefined, undefined, 'drop'])
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('keeps a release’s contacts, end marker and notes out of its points and outlook, and its contacts out of its figures', async () => {
    const {result} = await structureText(ENGLISH_RELEASE)
    const readout = result!.readout
    const everything = JSON.stringify({pillars: readout.pillars, outlook: readout.outlook})
    for (const tail of ['-30-', 'press office', '+43', 'Notes to editors', 'set up in 2011', 'secretariat is in Vienna']) expect(everything, tail).not.toContain(tail)
    for (const tail of ['-30-', 'press office', '+43', 'Notes to editors']) expect(JSON.stringify(readout.figures), tail).not.toContain(tail)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Ministers agreed that every member will record its licensed pilots in a shared register from 1 March 2026.',
      'Ministers asked the Network’s secretariat to draft common rules for the training of river pilots.',
    ])
    expect(readout.outlook).toEqual(['Ministers will meet again in Budapest in May 2026.'])
    // the notes are background: context, after the rest
    expect(readout.context.slice(-2)).toEqual(['About the Network: the Danube Pilots Network was set up in 2011 and has 9 members.', 'Its secretariat is in Vienna.'])
    expect(result!.markdown).not.toContain('press@pilots-network.example')
  })

  it('keeps a communiqué’s signature and a quotation out of its French outlook', async () => {
    const {result} = await structureText(FRENCH_COMMUNIQUE)
    const readout = result!.readout
    expect(readout.outlook).toEqual(['Les ministres se retrouveront à Lomé en 2026 pour faire le point sur le règlement.'])
    expect(readout.keyMessage).toMatch(/^Nos ports sont la porte de la région\.?$/)
    for (const tail of ['Fait à Cotonou', 'Pour le Conseil', 'Adjoa Mensah', 'Contact presse', 'www.ports-golfe.example']) expect(result!.markdown, tail).not.toContain(tail)
    expect(readout.pillars).toHaveLength(2)
  })
})

describe('a release ending on `###` and an `About the …` heading (issue 11, round 8)', () => {
  // Texts written for this test: a release in prose whose tail a `###` opens, then a contact and a
  // background heading in the case a heading is written in (`About the …`, `À propos de …`).
  const ENGLISH = [
    'FOR IMMEDIATE RELEASE',
    'Seed bank ministers agree on a shared cold store',
    'LUSAKA, Zambia, 3 March 2026 – Agriculture ministers of the Zambezi Seed Bank Partnership met in Lusaka on 1 and 2 March and agreed on how to keep the region’s crop seeds safe.',
    'Ministers agreed to build a shared cold store for seed samples in Lusaka, to open in 2028.',
    'Ministers also asked the Partnership’s technical committee to draft common rules for the exchange of seed samples.',
    '###',
    'Media contact: Partnership Secretariat, +260 21 555 0147, media@zsbp.example.org',
    'About the Partnership',
    'The Zambezi Seed Bank Partnership was founded in 2019 by eight governments of the basin.',
  ].join('\n')
  const FRENCH = [
    'Communiqué de presse',
    'Les ministres de l’Alliance des forêts sèches adoptent un plan contre les feux de brousse',
    'Niamey, le 3 mars 2026 – Les ministres de l’Environnement de l’Alliance des forêts sèches, réunis à Niamey les 1er et 2 mars, ont adopté un plan contre les feux de brousse.',
    'Les ministres ont décidé de créer un réseau de postes de guet dans les forêts classées.',
    'Les ministres ont également convenu de former des brigades villageoises de lutte contre les feux.',
    '# # #',
    'Contact presse : Secrétariat de l’Alliance, +227 20 55 01 33',
    'À propos de l’Alliance',
    'L’Alliance des forêts sèches a été créée en 2018 par six États du Sahel.',
  ].join('\n')

  it('reads the decisions in prose as points, the background after the marker as context', async () => {
    for (const [text, points, background] of [
      [ENGLISH, 2, 'The Zambezi Seed Bank Partnership was founded in 2019 by eight governments of the basin.'],
      [FRENCH, 2, 'L’Alliance des forêts sèches a été créée en 2018 par six États du Sahel.'],
    ] as const) {
      const readout = (await structureText(text)).result!.readout
      expect(readout.pillars.map((pillar) => pillar.title)).not.toContain('About the Partnership')
      expect(readout.pillars, text.slice(0, 40)).toHaveLength(points)
      expect(readout.context.at(-1)).toBe(background)
      expect(JSON.stringify(readout)).not.toMatch(/#|Media contact|Contact presse/)
    }
  })
  // Each rule alone (the test above passes with either of them): the marker with no contact line
  // after it, and the `About …` heading with no marker before it.
  it('sets aside what follows a `###` even with no contact line, and an `About the …` heading with no `###`', async () => {
    const lines = ENGLISH.split('\n')
    const [body, [marker, contact, about, background]] = [lines.slice(0, 5), lines.slice(5)]
    for (const text of [[...body, marker, about, background], [...body, contact, about, background]].map((lines) => lines.join('\n'))) {
      const readout = (await structureText(text)).result!.readout
      expect(readout.pillars.map((pillar) => pillar.title), text.slice(-120)).not.toContain('About the Partnership')
      expect(readout.pillars).toHaveLength(2)
      expect(readout.context.at(-1)).toBe(background)
    }
  })
})

describe('an `About the …` section that closes a release before its contact line (issue 11, round 19)', () => {
  // Texts written for this test: a wire in prose whose boilerplate (`About the …`, `À propos de …`, then a
  // paragraph) comes before the contact line, with no end marker: the boilerplate is background, and the
  // decisions above it stay points (a heading there made the text read as sections, and lost them).
  const ENGLISH = [
    'Lake ministers agree to count fishing boats together',
    'KISUMU, 12 May 2026 – Fisheries ministers of the Great Lakes Fisheries Forum, meeting in Kisumu on Monday, agreed to count the boats fishing the lake together.',
    '"We cannot manage what we do not count," said the Forum’s chair.',
    'Ministers agreed to hold a joint census of fishing boats every two years from 2027.',
    'Ministers also decided to train 200 fisheries officers in the use of the census.',
    'About the Great Lakes Fisheries Forum',
    'Founded in 2012, the Forum brings together the fisheries departments of five countries around the lake.',
    'Media contact: Jane Atieno, press officer, +254 57 555 0110, press@glff.example',
  ]
  const FRENCH = [
    'Pêche : les pays du lac s’accordent pour recenser leurs pirogues',
    'BUJUMBURA, 12 mai 2026 – Réunis lundi à Bujumbura, les ministres de la Pêche du Forum des pêches du lac ont convenu de recenser ensemble les pirogues.',
    '« On ne gère bien que ce que l’on compte », a déclaré le président du Forum.',
    'Les ministres ont décidé d’organiser un recensement commun des pirogues tous les deux ans à partir de 2027.',
    'Les ministres ont également convenu de former 200 agents des pêches à la conduite du recensement.',
    'À propos du Forum des pêches du lac',
    'Créé en 2012, le Forum réunit les services des pêches de quatre pays riverains du lac.',
    'Contact presse : Claire Niyonzima, chargée de communication, +257 22 555 010, presse@fpl.example',
  ]

  it('sets the section aside before the contact line, or at the end of the text, in English and French, whatever the case of its heading', async () => {
    const recased = (lines: string[], recase: (text: string) => string) => lines.map((line, at) => (at === 5 ? recase(line) : line))
    for (const lines of [ENGLISH, FRENCH, ENGLISH.slice(0, -1), FRENCH.slice(0, -1), recased(ENGLISH, (text) => text.toUpperCase()), recased(FRENCH, (text) => text.toLowerCase())]) {
      const readout = (await structureText(lines.join('\n'))).result!.readout
      expect(readout.pillars.map((pillar) => pillar.body), lines[0]).toEqual([lines[3], lines[4]])
      expect(readout.context.at(-1)).toBe(lines[6])
      expect(JSON.stringify(readout)).not.toMatch(/About the|À propos|à propos/i)
    }
  })

  it('leaves a heading of that kind with more than a few paragraphs under it to the text', () => {
    const texts = ['Title', 'Text.', 'About the fund', 'One.', 'Two.', 'Three.', 'Four.']
    expect(tailRoles(texts)).toEqual(texts.map(() => undefined))
    expect(tailRoles(['Title', 'Text.', 'About the Fund', 'One.', 'Two.', 'Media contact: press@fund.example'])).toEqual([undefined, undefined, 'drop', 'notes', 'notes', 'drop'])
  })
})

describe('a wire release’s meeting dates', () => {
  it('reads the days of the week a meeting clause names', () => {
    expect(weekdaysIn(' in Brussels on Tuesday and Wednesday and agreed', ENGLISH_CALENDAR)).toEqual([2, 3])
    expect(weekdaysIn(' from Monday to Wednesday', ENGLISH_CALENDAR)).toEqual([1, 3])
    expect(weekdaysIn(' à Dakar les mardi et mercredi', FRENCH_CALENDAR)).toEqual([2, 3])
    expect(weekdaysIn(' à Dakar du lundi au mercredi', FRENCH_CALENDAR)).toEqual([1, 3])
    expect(weekdaysIn(' in Brussels and agreed', ENGLISH_CALENDAR)).toBeUndefined()
  })

  it('dates them in the week before the release, never after it', () => {
    // Friday 14 November 2025
    const friday = {start: '2025-11-14', end: '2025-11-14', display: ''}
    expect(daysBefore(friday, [2, 3], ENGLISH_CALENDAR)).toMatchObject({start: '2025-11-11', end: '2025-11-12'})
    expect(daysBefore(friday, [5, 5], ENGLISH_CALENDAR)).toMatchObject({start: '2025-11-14', end: '2025-11-14'})
    // Monday 17 November: last week's Thursday and Friday
    expect(daysBefore({start: '2025-11-17', end: '2025-11-17', display: ''}, [4, 5], ENGLISH_CALENDAR)).toMatchObject({start: '2025-11-13', end: '2025-11-14'})
  })

  it('takes the meeting’s dates over the release’s: US order, French `les 19 et 20 juin`, weekdays', async () => {
    const cases: Array<[string, string, string]> = [
      ['OSLO, 20 June 2025 – Fisheries ministers of the Nordic Coastal Council met on June 17–18 in Bergen and agreed to close two spawning grounds.', '2025-06-17', '2025-06-18'],
      ['Genève, le 21 juin 2025 – Les ministres de la Santé du Réseau alpin de santé publique, réunis les 19 et 20 juin à Genève, ont adopté un plan contre la rougeole.', '2025-06-19', '2025-06-20'],
      ['Geneva, 21 June 2025 – Health ministers of the Alpine Public Health Network met on Thursday and Friday in Geneva and adopted a plan against measles.', '2025-06-19', '2025-06-20'],
      ['BRUSSELS, 14 November 2025 – Trade ministers of the North Sea Trade Forum met in Brussels on Tuesday and agreed on common rules.', '2025-11-11', '2025-11-11'],
      ['Dakar, le 8 mars 2024 – Les ministres de l’Éducation de la Conférence des écoles du Sahel se sont réunis à Dakar les mardi et mercredi de cette semaine.', '2024-03-05', '2024-03-06'],
    ]
    const points = (lang: 'en' | 'fr') =>
      lang === 'fr' ? '\nLes ministres ont décidé de créer un fonds commun.\nLes ministres ont adopté un calendrier de travail.\n' : '\nMinisters agreed to create a common fund.\nMinisters adopted a work plan.\n'
    for (const [dateline, start, end] of cases) {
      const {result} = await structureText(`${dateline}${points(/ les | le /.test(dateline) ? 'fr' : 'en')}`)
      expect(result!.readout.dates, dateline).toMatchObject({start, end})
      expect(result!.readout.kind, dateline).toBe('press release')
    }
  })

  it('keeps the release’s date when the meeting clause names no day, and a title block’s range as it is', async () => {
    const {result} = await structureText('ROME, 3 June 2025 – Agriculture ministers of the Mediterranean Grain Council met in Rome and agreed to share stocks.\nMinisters agreed to create a grain reserve.\nMinisters adopted a work plan.\n')
    expect(result!.readout.dates).toMatchObject({start: '2025-06-03', end: '2025-06-03'})
    const {result: range} = await structureText('Chair’s Summary\nVienna, 12–13 May 2025\nMinisters of the Danube Navigation Forum met on Monday and Tuesday in Vienna.\n1. Ministers agreed to fund the dredging of shallow sections.\n2. Ministers endorsed a plan for river ports.\n')
    expect(range!.readout.dates).toMatchObject({start: '2025-05-12', end: '2025-05-13'})
  })
})

describe('figures in notes to editors and `About …` boilerplate (issue 11, values)', () => {
  // A release written for this test: numbered notes to editors (a fact about the organisation, then
  // facts about the meeting's subject), an `About the …` paragraph and a contact line with a phone
  // number. The convention (scripts/test/corpus/README.md): their counts, amounts and shares are key
  // figures, after the text's own; a year, a period and a phone number never are.
  const RELEASE = [
    'Lake ministers agree to restock the basin’s fisheries',
    'KISUMU, Kenya, 14 May 2026 – Fisheries ministers of the Great Lakes Fisheries Commission met in Kisumu on 12 and 13 May and agreed on a plan to restock the lakes.',
    'Ministers agreed to release 40 million fingerlings into the lakes over three years.',
    'Ministers asked the Commission’s secretariat to publish a yearly count of fish landed at each beach.',
    '###',
    'Notes to editors',
    '1. The Great Lakes Fisheries Commission was established in 2003 and has 7 member states.',
    '2. Some 310,000 people fish the lakes for a living, and women run 64% of the fish trade on the shore.',
    '3. A floating cage of this kind costs about US$18,000 and lasts ten years.',
    'About the Commission',
    'The Commission brings together 12 research institutes and is based in Jinja.',
    'Media contact: Commission Secretariat, +256 41 555 0190, press@glfc.example',
  ].join('\n')
  const FRENCH = [
    'Les ministres de la Pêche lancent un plan de repeuplement des lacs',
    'Kisumu, le 14 mai 2026 – Les ministres de la Pêche de la Commission des pêches des Grands Lacs, réunis à Kisumu les 12 et 13 mai, ont adopté un plan de repeuplement.',
    'Les ministres ont décidé de lâcher 40 millions d’alevins dans les lacs en trois ans.',
    '- FIN -',
    'Note aux rédactions',
    'La Commission des pêches des Grands Lacs a été créée en 2003 et réunit 7 États membres.',
    'Contact presse : Secrétariat de la Commission, +256 41 555 0190',
  ].join('\n')

  it('lists the notes’ counts, amounts and shares after the text’s own figures, never a year or a phone number', async () => {
    const readout = (await structureText(RELEASE)).result!.readout
    expect(readout.figures.map((figure) => figure.value)).toEqual(['40 million', '7', '310,000', '64%', 'US$18,000', '12'])
    expect(readout.figures.map((figure) => figure.label).join(' | ')).not.toMatch(/2003|\+256|ten years/)
    // still background: never a point nor the outlook
    expect(JSON.stringify({pillars: readout.pillars, outlook: readout.outlook})).not.toMatch(/member states|310,000|research institutes/)
    expect(readout.pillars).toHaveLength(2)
  })

  it('does the same under a French `Note aux rédactions`', async () => {
    const readout = (await structureText(FRENCH)).result!.readout
    expect(readout.figures.map((figure) => figure.value)).toEqual(['40 million', '7'])
    expect(readout.context.at(-1)).toBe('La Commission des pêches des Grands Lacs a été créée en 2003 et réunit 7 États membres.')
  })

  it('never reads a footnote’s figures', async () => {
    const text = [...RELEASE.split('\n').slice(0, 4), '¹ Landings fell by 30% between 2015 and 2024, according to the Commission.'].join('\n')
    const readout = (await structureText(text)).result!.readout
    expect(readout.figures.map((figure) => figure.value)).toEqual(['40 million'])
  })
})

// A post's or a newsletter's trimmings (look18): texts written for these tests, in the shape a
// thread or a bulletin pasted whole takes.
describe('a post’s tags, a `Read more` link and a lone emoji (look18)', () => {
  const POST = [
    'Lake Ferry Council @LakeFerryCouncil · Mar 4, 2026',
    '',
    '1/ Transport ministers of the Lake Ferry Council met in Kisumu for two days and agreed on a plan for safer ferries. Here is what they decided. 🧵',
    '',
    '2/ Every ferry will carry life jackets for all passengers by the end of 2026.',
    '',
    '3/ A shared register of ferry crews will open in June 2026.',
    '',
    '4/ Ministers meet again in Mwanza in October 2026. Thanks to Kisumu for hosting! 👋',
    '',
    '#SaferFerries #LakeTransport',
    '',
    'Read more: lakeferry.example.org/kisumu-meeting',
  ].join('\n')

  const BULLETIN = [
    'Lettre des ports fluviaux · n° 12 · 4 mars 2026',
    '',
    'Les ministres des Transports du Conseil des ports fluviaux se sont réunis à Lyon les 2 et 3 mars 2026 et ont adopté un plan pour la sécurité des quais.',
    '',
    '🚢 Chaque port publiera un plan de sécurité des quais avant la fin de 2026.',
    '',
    'Les ministres ont décidé de créer un registre commun des pilotes fluviaux.',
    '',
    '#PortsFluviaux',
    '',
    'En savoir plus : portsfluviaux.example.fr/lyon',
  ].join('\n')

  it('sets aside a line of hashtags and a `Read more:` link, and drops a lone emoji opening or closing a paragraph', async () => {
    const readout = (await structureText(POST)).result!.readout
    const shown = JSON.stringify(readout)
    expect(shown).not.toMatch(/#SaferFerries|Read more|lakeferry\.example|🧵|👋/u)
    expect(readout.context.join(' ')).toContain('Here is what they decided.')
    expect(readout.outlook.join(' ')).toContain('Thanks to Kisumu for hosting!')
  })

  it('does the same in French (`En savoir plus :`) and with an emoji opening a paragraph', async () => {
    const shown = JSON.stringify((await structureText(BULLETIN)).result!.readout)
    expect(shown).not.toMatch(/#PortsFluviaux|En savoir plus|portsfluviaux\.example|🚢/u)
    expect(shown).toContain('Chaque port publiera un plan de sécurité des quais')
  })

  it('never takes a sentence that mentions a hashtag or reads more for such a line', () => {
    expect(tailRoles(['Title', 'Text.', 'Ministers launched the #SaferFerries campaign.', 'Read more about the plan in the annex.'])).toEqual([undefined, undefined, undefined, undefined])
    expect(tailRoles(['Title', 'Text.', 'Ministers will meet again in May.', '#SaferFerries #LakeTransport', 'Read more: https://lakeferry.example.org/a'])).toEqual([undefined, undefined, undefined, 'drop', 'drop'])
  })
})

describe('a newsroom page’s closing block: related links, a contact heading and a keyword line (r27fr)', () => {
  it('sets aside `Liens connexes` / `Related links`, the link titles under them, `Personnes-ressources` and a `… par mot-clé :` line', () => {
    const french = ['Titre', 'Les ministres se sont réunis.', 'Les ministres ont convenu de financer les refuges.', 'Liens connexes', 'Plan national pour les refuges', 'Personnes-ressources', 'Relations avec les médias', 'Service des communications', 'communications@refuges.example', 'Recherche d’information connexe par mot-clé : Refuges | Santé | grand public']
    expect(tailRoles(french)).toEqual([undefined, undefined, undefined, ...french.slice(3).map(() => 'drop')])
    const english = ['Title', 'Ministers met.', 'Ministers agreed to fund shelters.', 'Related links', 'National Shelter Plan', 'Contacts', 'press@shelters.example', 'Search for related information by keyword: Shelters | Health | general public']
    expect(tailRoles(english)).toEqual([undefined, undefined, undefined, ...english.slice(3).map(() => 'drop')])
  })

  it('never takes a sentence that names keywords or a contact for such a line', () => {
    expect(tailRoles(['Titre', 'Texte.', 'Les ministres ont classé les projets par mot-clé : eau, santé et énergie.', 'Les ministres se réuniront en mai.'])).toEqual([undefined, undefined, undefined, undefined])
    expect(isContactLine('Les personnes-ressources des régions seront formées en 2027.')).toBe(false)
  })
})
