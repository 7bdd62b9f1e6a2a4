import {describe, expect, it} from 'vitest'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {unwrapMail} from '../structure/unwrap-mail.js'
import {structureText} from './helpers.js'

// A readout pasted as an e-mail (mail46): forwards, replies, quoted and hard-wrapped text, covering notes, signatures,
// disclaimers and notices of a corrected version, in other mail clients' layouts and in both languages.
// Every text here was written for these tests.

const read = async (text: string) => (await structureText(text)).result!.readout
const paragraphs = (text: string) => parsePlainText(text).children.map((p) => ((p as {children: Array<{value: string}>}).children[0].value))

describe('unwrap-mail: the document inside an e-mail', () => {
  it('reads an Outlook forward in French with a covering note above it and the release quoted twice', async () => {
    const text = [
      'Hi all,',
      '',
      'see the readout below, for Thursday\'s note. Thanks, Ana',
      '',
      '-----Message d\'origine-----',
      'De : Secrétariat du Réseau <secretariat@reseau-vergers.example>',
      'Envoyé : jeudi 5 février 2026 16:40',
      'À : Membres du Réseau',
      'Cc : Presse',
      'Objet : Relevé de conclusions – Réseau des vergers conservatoires',
      '',
      '>> Les membres du Réseau des vergers conservatoires de l\'Ouest, réunis le',
      '>> mercredi 4 février 2026 à Angers, ont adopté trois mesures pour sauver les',
      '>> variétés anciennes de pommiers et de poiriers.',
      '>>',
      '>> Les membres ont décidé de créer une banque de greffons commune, ouverte à',
      '>> tous les arboriculteurs amateurs de la région à partir de l\'automne 2026.',
      '>>',
      '>> Les membres ont également décidé de former 40 bénévoles à la taille et au',
      '>> greffage d\'ici la fin de l\'année.',
      '>>',
      '>> Le Réseau se réunira de nouveau à Vannes en juin 2026.',
    ].join('\n')
    const readout = await read(text)
    expect(readout.place).toBe('Angers')
    expect(readout.dates?.start).toBe('2026-02-04')
    expect(readout.organisation).toBe('Réseau des vergers conservatoires de l\'Ouest')
    expect(readout.pillars).toHaveLength(2)
    expect(readout.outlook).toEqual(['Le Réseau se réunira de nouveau à Vannes en juin 2026.'])
    expect(JSON.stringify(readout)).not.toMatch(/Thanks|Ana|>>|secretariat@|Envoyé/u)
  })

  it('reads a reply whose quoted original, hard-wrapped at 68 columns, is the readout, not the one-line answer above it', async () => {
    const text = [
      'Thanks - noted, will share with the unit.',
      '',
      'On Wed, 4 Mar 2026 at 09:12, Lake Fisheries Board <board@lakes.example> wrote:',
      '> Fisheries ministers of the Great Lakes Fisheries Board met in Kisumu',
      '> on 2 and 3 March 2026 to agree on measures against the decline of',
      '> tilapia stocks in the lake.',
      '>',
      '> Ministers agreed to close the breeding grounds along the eastern',
      '> shore to all fishing from April to June each year, starting in 2027.',
      '>',
      '> Ministers also agreed to ban nets with a mesh smaller than five',
      '> centimetres and to fund patrol boats for the three lakeside',
      '> districts.',
      '>',
      '> The Board will meet again in Jinja in September 2026.',
      '>',
      '> Best regards,',
      '> Board Secretariat',
    ].join('\n')
    const readout = await read(text)
    expect(readout.place).toBe('Kisumu')
    expect(readout.dates).toMatchObject({start: '2026-03-02', end: '2026-03-03'})
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Ministers agreed to close the breeding grounds along the eastern shore to all fishing from April to June each year, starting in 2027.',
      'Ministers also agreed to ban nets with a mesh smaller than five centimetres and to fund patrol boats for the three lakeside districts.',
    ])
    expect(readout.outlook).toEqual(['The Board will meet again in Jinja in September 2026.'])
    expect(JSON.stringify(readout)).not.toMatch(/noted|wrote|Best regards|Board Secretariat"/u)
  })

  it('reads a French reply (`Le … a écrit :`) without its signature and its confidentiality notice', () => {
    const text = [
      'Le jeu. 12 mars 2026 à 10:15, Secrétariat de l\'Union <contact@union.example> a écrit :',
      '> Chers collègues,',
      '>',
      '> Vous trouverez ci-dessous le relevé de la réunion d\'hier.',
      '>',
      '> Réunis à Poitiers le mercredi 11 mars 2026, les maires de l\'Union des',
      '> communes du Marais ont adopté un plan de lutte contre les inondations.',
      '>',
      '> Bien cordialement,',
      '> Le secrétariat',
      '',
      'Ce message et ses pièces jointes sont confidentiels et établis à l\'intention exclusive de leurs destinataires.',
    ].join('\n')
    expect(paragraphs(text)).toEqual([
      'Réunis à Poitiers le mercredi 11 mars 2026, les maires de l\'Union des communes du Marais ont adopté un plan de lutte contre les inondations.',
    ])
  })

  it('keeps the subject as the title when the body has none, and counts `on Tuesday` back from the date it was sent', async () => {
    const text = [
      '________________________________',
      'From: Coastal Rail Forum <office@coastrail.example>',
      'Sent: Thursday, May 7, 2026 11:20 AM',
      'To: Members',
      'Subject: FW: Coastal Rail Forum ministers on storm-proof lines',
      'Attachments: summary.pdf; photo1.jpg',
      '',
      '[image: Forum logo]',
      '',
      'Transport ministers of the Coastal Rail Forum met in Brest on Tuesday to agree on ways to keep coastal lines open during winter storms.',
      '',
      'Ministers agreed to raise the sea walls along 30 kilometres of exposed track by 2030.',
      '',
      'Ministers also agreed to share a fleet of repair trains between their networks.',
    ].join('\n')
    const readout = await read(text)
    expect(readout.title).toBe('Coastal Rail Forum ministers on storm-proof lines')
    expect(readout.place).toBe('Brest')
    expect(readout.dates?.start).toBe('2026-05-05')
    expect(readout.pillars).toHaveLength(2)
    expect(JSON.stringify(readout)).not.toMatch(/Attachments|logo|photo1/u)
  })

  it('sets aside a covering note closed by its sign-off over the release it carries', async () => {
    const text = [
      'From: Press office <press@dairy.example>',
      'Sent: Monday, 9 February 2026 08:30',
      'To: newsdesk@paper.example',
      'Subject: PR: Hill farmers agree a common milk price',
      '',
      'Good morning,',
      '',
      'Please see our press release below, free to use.',
      '',
      'Kind regards,',
      'Press office',
      '',
      'Hill farmers agree a common milk price',
      '',
      'Keswick, 9 February 2026 – Members of the Upland Dairy Cooperative, meeting in Keswick on Saturday, agreed to pay every farm the same price per litre for its milk from 1 April.',
      '',
      'Members also agreed to build a shared cheese store at Penrith, at a cost of £1.2 million.',
      '',
      'The cooperative will review the price at its autumn meeting.',
    ].join('\n')
    const readout = await read(text)
    expect(readout.title).toBe('Hill farmers agree a common milk price')
    expect(readout.place).toBe('Keswick')
    expect(JSON.stringify(readout)).not.toMatch(/Good morning|free to use|Press office|newsdesk/u)
  })

  it('joins a plain-text mail hard-wrapped at 72 columns, whose long header and notice lines are no wrap width', () => {
    const text = [
      'From: Secretariat <sec@valley.example>',
      'Date: Fri, 6 Mar 2026 14:02',
      'Subject: Outcome of the Valley Water Council',
      '',
      'The Valley Water Council met in Tarbes on 5 March 2026 and agreed on a',
      'common plan to share the river\'s water during dry summers, when the flow',
      '1 metre above the weir falls under the agreed level.',
      '',
      'Members also agreed to pay farmers who leave a strip of 10 metres along',
      'the banks unploughed, and asked the secretariat to report on the first',
      'summer of the plan at the next meeting.',
      '',
      'This email and any attachments are confidential and intended solely for the use of the individual or entity to whom they are addressed.',
    ].join('\n')
    expect(paragraphs(text).at(-2)).toBe('The Valley Water Council met in Tarbes on 5 March 2026 and agreed on a common plan to share the river\'s water during dry summers, when the flow 1 metre above the weir falls under the agreed level.')
  })
})

describe('unwrap-mail: other ways a mail client lays a message out', () => {
  it('reads a reply whose attribution is wrapped over two lines and whose quote ends on an app\'s line', () => {
    const text = [
      'Looks fine to me.',
      '',
      'Le mar. 3 mars 2026 à 18:05, Secrétariat de la Conférence des parcs <',
      'secretariat@parcs.example> a écrit :',
      '',
      '> Les directeurs des parcs naturels du Massif central, réunis à Aurillac le',
      '> lundi 2 mars 2026, ont décidé de créer un réseau commun de gardes.',
      '>',
      '> Ils ont aussi décidé de partager un fonds de 300 000 euros pour les',
      '> sentiers abîmés par les orages.',
      '>',
      '> Envoyé de mon iPhone',
    ].join('\n')
    expect(paragraphs(text)).toEqual([
      'Les directeurs des parcs naturels du Massif central, réunis à Aurillac le lundi 2 mars 2026, ont décidé de créer un réseau commun de gardes.',
      'Ils ont aussi décidé de partager un fonds de 300 000 euros pour les sentiers abîmés par les orages.',
    ])
  })

  it('sets aside the covering note of a mail pasted without its header, from its greeting to the sentence that points at the text', () => {
    const text = [
      'Hello everyone,',
      '',
      'As promised, here is the outcome of Friday\'s meeting. The full text is pasted below for your files.',
      '',
      'OUTCOME STATEMENT',
      '',
      'Ministers of the Baltic Ferry Council met in Tallinn on 6 March 2026.',
      '',
      'Ministers agreed to cap cabin fares for students at 20 euros.',
    ].join('\n')
    expect(paragraphs(text)).toEqual(['OUTCOME STATEMENT', 'Ministers of the Baltic Ferry Council met in Tallinn on 6 March 2026.', 'Ministers agreed to cap cabin fares for students at 20 euros.'])
  })
})

describe('unwrap-mail: notices of a corrected version', () => {
  it('sets aside a correction mark over the title and an editor\'s note, in either language and wherever the note stands', async () => {
    const english = [
      'CORRECTION – replaces the release issued on 3 May',
      '',
      'Island ports agree a shared ferry timetable',
      '',
      'VICTORIA, Seychelles, May 4, 2026 – Ministers of the Indian Ocean Ports Council, meeting in Victoria on May 2 and 3, agreed to run a shared ferry timetable between their islands from 2027.',
      '',
      'Ministers also agreed to fund two new ferries, at a cost of $30 million.',
      '',
      'The Council will meet again in Port Louis in November 2026.',
      '',
      'Editor\'s note: an earlier version of this release gave the wrong cost for the ferries.',
    ].join('\n')
    const readout = await read(english)
    expect(readout.title).toBe('Island ports agree a shared ferry timetable')
    expect(readout.kind).toBe('press release')
    expect(readout.dates).toMatchObject({start: '2026-05-02', end: '2026-05-03'})
    expect(readout.outlook).toEqual(['The Council will meet again in Port Louis in November 2026.'])

    const french = [
      'Version corrigée – merci d\'utiliser ce communiqué',
      '',
      'Note de la rédaction : ce communiqué annule et remplace celui diffusé le 6 avril.',
      '',
      'Les apiculteurs du Jura s\'unissent contre le frelon asiatique',
      '',
      'Lons-le-Saunier, le 7 avril 2026 – Réunis samedi à Lons-le-Saunier, les membres du Syndicat apicole du Jura ont décidé de poser 500 pièges dans les ruchers du département.',
      '',
      'Le syndicat fera le point sur la campagne en octobre 2026.',
    ].join('\n')
    const lu = await read(french)
    expect(lu.title).toBe('Les apiculteurs du Jura s\'unissent contre le frelon asiatique')
    expect(lu.place).toBe('Lons-le-Saunier')
    expect(JSON.stringify(lu)).not.toMatch(/corrigée|rédaction|annule/u)
  })

  it('knows a bare `UPDATED` mark from a page\'s date line', () => {
    expect([...unwrapMail(['UPDATED – adds the list of members', '', 'Ports ministers meet in Apia', '', 'Ministers met in Apia on 3 May 2026.']).drop]).toEqual([0])
    expect([...unwrapMail(['Updated: 18 March 2026 10:42', '', 'Ports ministers meet in Apia', '', 'Ministers met in Apia on 3 May 2026.']).drop]).toEqual([])
  })

  it('keeps a note to editors that gives facts, and a text with no mail furniture as it is', () => {
    const release = ['Ministers agreed to fund 12 clinics.', '', 'Note to editors: The Council has 14 members and was founded in 2001.']
    expect(unwrapMail(release).drop.size).toBe(0)
    // a list typed with `>` under a title, a pull quote, a fact box: no mail
    for (const lines of [
      ['Decisions', '> a drought alert', '> a reservoir fund'],
      ['The Council met in Oslo on 3 May 2026.', '', '> "Water knows no border."', '> — the Chair', '', 'Ministers agreed to share data.'],
      ['Date: 3-4 March 2026', 'Venue: Town Hall, Tarbes', '', 'Ministers agreed to share data.'],
    ]) {
      const shape = unwrapMail(lines)
      expect(shape.drop.size, lines[0]).toBe(0)
      expect(shape.quote.every((width) => width === 0), lines[0]).toBe(true)
    }
  })
})
