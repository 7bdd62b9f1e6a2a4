import {describe, expect, it} from 'vitest'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {propertyRow, readFactLine} from '../structure/recognise-header.js'
import {ENGLISH} from '../structure/language.js'
import {FRENCH} from '../structure/french.js'
import {inviteFurniture} from '../structure/invite-furniture.js'
import {isPostButtonRow} from '../structure/set-aside-tail.js'
import {readoutOf} from './helpers.js'

// App and page exports read as whole shapes (app49, session 19). Every text here is written for the test.

const paragraphs = (text: string) => parsePlainText(text).children.map((node) => (node.type === 'paragraph' && node.children[0].type === 'text' ? node.children[0].value : ''))
const pointsOf = async (text: string) => (await readoutOf(text)).pillars.map((pillar) => `${pillar.title} ${pillar.body}`)

describe('a page-properties table: its rows are the page\'s fields', () => {
  it('reads a row with a tab or a run of spaces between the label and its value as the field', () => {
    expect(propertyRow('Date\t12 March 2026')).toBe('Date: 12 March 2026')
    expect(propertyRow('Lieu      Salle des fêtes, Niort')).toBe('Lieu: Salle des fêtes, Niort')
    expect(propertyRow('When\t\tTuesday 3 March 2026, 10:00')).toBe('When: Tuesday 3 March 2026, 10:00')
    // (a row whose label names neither when nor where, and a sentence, are no such field)
    expect(propertyRow('Owner\t@Ana Ruiz')).toBeUndefined()
    expect(propertyRow('The date was set in March.')).toBeUndefined()
  })
  it('reads the town named first before a dash and its building', () => {
    expect(readFactLine('Location: Kendal – Quaker Meeting House, Stramongate', undefined, ENGLISH)?.place).toBe('Kendal')
    expect(readFactLine('Lieu : Niort — salle des fêtes du Clou-Bouchet', undefined, FRENCH)?.place).toBe('Niort')
  })
  it('reads the date and the town of a Notion or SharePoint page laid out as a table, in English and French', async () => {
    const notion = 'Lake Launch Society / Board / 2026\n\nBoard – spring meeting\n\nDate\t3 March 2026\nLocation\tBowness – Boathouse, Lake Road\nTags\tBoard, Minutes\n\nThe board agreed to replace the boiler of every steam launch on the lake by 2029.\n\nThe board will meet again in May.\n'
    expect(await readoutOf(notion)).toMatchObject({place: 'Bowness', dates: {start: '2026-03-03', end: '2026-03-03'}})
    const sharepoint = 'Réunion du bureau – printemps\n\nDate      mardi 12 mai 2026\nLieu      Annecy – salle du conseil\nStatut    Validé\n\nLe bureau a décidé de remplacer la chaudière de toutes les vedettes à vapeur du lac d\'ici 2029.\n\nLe bureau se réunira de nouveau en juin.\n'
    expect(await readoutOf(sharepoint)).toMatchObject({place: 'Annecy', dates: {start: '2026-05-12', end: '2026-05-12'}})
  })
})

describe('a page\'s comment footer: likes, labels and the comment box are no point', () => {
  it('drops a row of the page\'s buttons parted by runs of spaces or tabs, and the comment box, in English and French', () => {
    const text = 'The Board agreed to run night buses.\n\nLike\t•\tBe the first to like this\t\tNo labels\n\nAdd a comment...\n\nJ\'aime   Soyez le premier à aimer ceci   Aucune étiquette\n\nÉcrire un commentaire…\n'
    expect(paragraphs(text)).toEqual(['The Board agreed to run night buses.'])
  })
  it('keeps a sentence about comments', async () => {
    expect(paragraphs('Members will write a comment on the draft by May.\n')).toHaveLength(1)
  })
})

describe('a calendar invite\'s answers, dial-in, RSVP row and footer are the app\'s', () => {
  it('knows the lines only an invite holds, in other apps\' and French words', () => {
    const lines = [
      'Ana Ruiz has accepted this invitation.',
      'Karim Benali a accepté cette invitation.',
      'Accepted: Updated invitation: Lake Launch Society – board',
      'Refusé : Invitation : Conseil des gardiens de refuge',
      'Dial-in by phone: +44 20 3000 1234 PIN: 5521#',
      'Guests: 9 · Going? Yes | No | Maybe',
      'Participants : 12 · Vous participez ? Oui – Peut-être – Non',
      'Invitation from Outlook',
      'Invitation de Google Agenda',
      'You are receiving this message because you were invited to this event.',
      'Vous recevez cet e-mail, car vous êtes invité à cet événement.',
      'Transférer cette invitation pourrait permettre à tout destinataire de répondre à l\'organisateur.',
    ]
    const found = inviteFurniture(lines, lines.map((_, at) => at))
    expect(found.sort((a, b) => a - b)).toEqual(lines.map((_, at) => at))
  })
  it('reads an Outlook invite forwarded with its notes: the meeting\'s title, date and town, the note above the notes and the footer dropped', async () => {
    const text = 'Tom Hale accepted your meeting request.\nAccepted: Lake Launch Society – spring board\n\nLake Launch Society – spring board\nWhen: Tuesday 3 March 2026 14:00 – 16:00 (GMT)\nWhere: Boathouse, Lake Road, Bowness LA23 3HQ\nOrganiser: Ana Ruiz <ana@example.org>\nGuests: 9 · Going? Yes – No – Maybe\n\nDescription:\nHello all, I have put the minutes in this invite for anyone who missed the board. Corrections to me by Friday please. – Ana\n\nThe board agreed to replace the boiler of every steam launch on the lake by 2029.\n\nThe board decided to open the boathouse to visitors on Sundays.\n\nNext board meeting\nThe summer board will be held in Ambleside on 2 June 2026.\n\nInvitation from Outlook\nYou are receiving this email because you are an attendee of this event.\n'
    const readout = await readoutOf(text)
    expect(readout).toMatchObject({title: 'Lake Launch Society – spring board', place: 'Bowness', dates: {start: '2026-03-03'}})
    const points = readout.pillars.map((pillar) => `${pillar.title} ${pillar.body}`).join(' ')
    expect(points).not.toMatch(/Invitation from|receiving this|minutes in this invite|Ambleside/u)
    expect(readout.outlook.join(' ')).toMatch(/Ambleside/u)
  })
})

describe('a code forge\'s repository path and bar of tabs are where the page sits, never its title', () => {
  it('drops a GitHub or GitLab path with its visibility and the bar of tabs under it', () => {
    const text = 'river-trust / volunteers / minutes   Private\n\n<> Code    Issues 4    Merge requests 2    Wiki\n\nBoard minutes, 3 March 2026\n\nThe Board agreed to run night buses.\n'
    expect(paragraphs(text)).toEqual(['Board minutes, 3 March 2026', 'The Board agreed to run night buses.'])
    expect(paragraphs('@ana.ruiz / notes-2026\n\nThe Board agreed to run night buses.\n')).toEqual(['The Board agreed to run night buses.'])
  })
  it('keeps a title with slashes between words and a line that names tabs among other words', () => {
    expect(paragraphs('Communiqué conjoint / Joint Communiqué\n\nThe Board agreed to run night buses.\n')).toHaveLength(2)
    expect(paragraphs('Code of conduct and issues raised\n\nThe Board agreed to run night buses.\n')).toHaveLength(2)
  })
  it('takes the issue\'s title under the path, not the path', async () => {
    const text = 'lake-launch / board-minutes   Public\n⊙ Issues 3   Pull requests   Wiki   Settings\n\nBoard minutes – spring meeting #12\nOpen   aruiz opened this issue on 4 Mar 2026 · 1 comment\n\naruiz commented on 4 Mar 2026\nThe Board of the Lake Launch Society met in Bowness on 3 March 2026.\n\nThe board agreed to replace the boiler of every steam launch on the lake by 2029.\n\nThe board decided to open the boathouse to visitors on Sundays.\n'
    expect((await readoutOf(text)).title).not.toMatch(/lake-launch|Public/u)
  })
})

describe('a thread whose first post closes on its number: the numbers are the app\'s', () => {
  it('reads each next post without its number, and the first without the number closing it, in English and French', () => {
    const en = 'The Board met in Bowness last night. Here is what we agreed 👇 (1/4)\n\n2/4 The Board agreed to run night buses.\n\n3/4 Fares will stay the same.\n\n4/4 We meet again in May.\n'
    expect(paragraphs(en)).toEqual(['The Board met in Bowness last night. Here is what we agreed 👇', 'The Board agreed to run night buses.', 'Fares will stay the same.', 'We meet again in May.'])
    const fr = 'Le bureau s\'est réuni hier soir à Niort, voici ce qui a été décidé 1/3\n\n2/3 Le bureau a décidé d\'ouvrir le refuge en hiver.\n\n3/3 Prochaine réunion en juin.\n'
    expect(paragraphs(fr)).toEqual(['Le bureau s\'est réuni hier soir à Niort, voici ce qui a été décidé', 'Le bureau a décidé d\'ouvrir le refuge en hiver.', 'Prochaine réunion en juin.'])
  })
  it('leaves a fraction alone where no thread closes its first post on a number', () => {
    expect(paragraphs('The Board agreed to cut fares.\n\n2/3 of members voted for it.\n')).toEqual(['The Board agreed to cut fares.', '2/3 of members voted for it.'])
  })
})

describe('a recording app\'s export: its summary is the readout, the timed transcript under it background', () => {
  it('reads a Zoom or Fireflies export\'s summary and action items, never a turn of the transcript as a point', async () => {
    const text = 'Lake Launch Society – board call\nTue, Mar 3, 2026 · 6:00 PM · 41 min\n\nSummary\nThe board of the Lake Launch Society met online to agree the season\'s work.\n\nOutline\n• Boilers: The board agreed to replace the boiler of every steam launch on the lake by 2029.\n• Sunday opening: The board decided to open the boathouse to visitors on Sundays.\n\nAction items\n• Ana to send the boiler quotes to all members by 20 March.\n\nFull transcript\n\nAna Ruiz  00:00\nRight, can everyone hear me? Good, let us start.\n\nTom Hale  00:35\nYes, all fine here, the depot line is a bit slow tonight.\n\nAna Ruiz  31:10\nThanks all, I will send the quotes round next week then.\n'
    const readout = await readoutOf(text)
    const points = readout.pillars.map((pillar) => `${pillar.title} ${pillar.body}`).join(' ')
    expect(points).toMatch(/boiler/u)
    expect(points).not.toMatch(/hear me|depot line|quotes round/u)
    expect(readout.title).toBe('Lake Launch Society – board call')
  })
  it('reads a French export\'s transcript the same way, the turns\' time offsets no chat\'s clock', async () => {
    const text = 'Conseil des gardiens de refuge – réunion de printemps\n\nRésumé\nLe conseil s\'est réuni en visioconférence pour préparer la saison.\n\nPoints clés\n• Hiver : Le conseil a décidé d\'ouvrir le refuge du Carro en hiver.\n• Eau : Le conseil a décidé d\'installer une citerne au refuge des Évettes.\n\nTranscription\n\nMarie Durand  0:00\nBonjour à tous, on attend encore une ou deux personnes.\n\nPaul Girard  0:52\nBonjour, je suis dans le train, je coupe ma caméra.\n\nMarie Durand  44:03\nMerci à tous, je vous envoie le relevé demain.\n'
    const points = await pointsOf(text)
    expect(points.join(' ')).toMatch(/Carro/u)
    expect(points.join(' ')).not.toMatch(/caméra|relevé demain|une ou deux/u)
  })
  it('keeps a chat copied with clock times as a chat', async () => {
    const text = 'Ana Ruiz  8:02 AM\nThe board met last night and agreed to replace the boiler of every steam launch by 2029.\n\nTom Hale  8:05 AM\nGreat news, thanks!\n\nAna Ruiz  8:07 AM\nIt also decided to open the boathouse on Sundays from May.\n'
    expect((await pointsOf(text)).join(' ')).not.toMatch(/Great news/u)
  })
})

// The review of session 19's merge: a thread's first post after a stray fraction, a French note over an invite's notes, and shapes
// that took super-linear time (a row of buttons with many ages, a properties row of spaces, a town of many hyphened parts).
describe('review mends of app49', () => {
  it('finds a thread\'s first post below a line that only ends on a fraction', () => {
    const text = 'Quorum reached with half the board present 1/2\n\nThe Board met in Bowness last night. Here is what we agreed 👇 1/3\n\n2/3 The Board agreed to run night buses.\n\n3/3 We meet again in May.\n'
    expect(paragraphs(text)).toEqual(['Quorum reached with half the board present 1/2', 'The Board met in Bowness last night. Here is what we agreed 👇', 'The Board agreed to run night buses.', 'We meet again in May.'])
  })
  it('drops a French poster\'s note over the notes of an invite, ending or opening on an accented letter', () => {
    for (const note of ['Relevé de la réunion ajouté à cette invitation.', 'Pour mémoire, j\'ai ajouté le relevé']) {
      const lines = ['Invitation de Google Agenda', 'Vous recevez cet e-mail, car vous êtes invité à cet événement.', 'Description', note, 'Le bureau a décidé d\'ouvrir le refuge en hiver.']
      expect(inviteFurniture(lines, lines.map((_, at) => at)), note).toContain(3)
    }
  })
  it('reads the slow shapes at once', () => {
    const start = performance.now()
    expect(isPostButtonRow(`like${' 1h'.repeat(25)} x`)).toBe(false)
    expect(isPostButtonRow('Like · Reply · 12 h')).toBe(true)
    expect(propertyRow(`Date${' '.repeat(280)}`)).toBeUndefined()
    expect(propertyRow(`Date${' '.repeat(280)}x\ty`)).toBeUndefined()
    expect(readFactLine(`Location: ${'Aa-'.repeat(600)}!`, undefined, ENGLISH)?.place).not.toBe('Kendal')
    expect(readFactLine('Location: Stratford-upon-Avon – Guild Hall', undefined, ENGLISH)?.place).toBe('Stratford-upon-Avon')
    // each took 0.2 s to seconds alone before the mends
    expect(performance.now() - start).toBeLessThan(150)
  })
})
