import type {Paragraph} from 'mdast'
import {describe, expect, it} from 'vitest'
import {chatExport} from '../structure/chat-export.js'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {structureText} from './helpers.js'

// A readout posted in a chat and exported or copied whole (chat47): other apps' layouts than the corpus's, in both languages.
// Every text here was written for these tests.

const read = async (text: string) => (await structureText(text)).result!.readout
const paragraphs = (text: string) =>
  parsePlainText(text).children.map((p) => ({text: (p as {children: Array<{value: string}>}).children[0].value, data: (p as Paragraph).data ?? {}}))

const TELEGRAM = `Telegram · Allotment Society committee
[02.09.26 21:05] Henrik Olsen: Evening all, here's the summary of tonight's committee meeting at the Millbrook pavilion
[02.09.26 21:06] Henrik Olsen: We agreed to raise the plot rent to £42 a year from January, the first rise since 2021.
[02.09.26 21:07] Ayesha Begum: 🙌
[02.09.26 21:08] Henrik Olsen: The committee will fit a second water trough on the lower field before the spring sowing.
[02.09.26 21:09] Carla Reyes: Thank you Henrik!
[02.09.26 21:10] Henrik Olsen: Members voted to ban bonfires on plots between May and September.
[02.09.26 21:12] Carla Reyes: Who's bringing the urn on Saturday?
[02.09.26 21:13] Henrik Olsen: Next committee meeting is on 7 October at the pavilion.
[02.09.26 21:15] Ayesha Begum: <Media omitted>
`

describe('chat export', () => {
  it('strips the stamp and sender from each message of a Telegram copy, and drops emoji, thanks, media and questions', () => {
    const got = paragraphs(TELEGRAM)
    const texts = got.map((p) => p.text)
    expect(texts).toContain('We agreed to raise the plot rent to £42 a year from January, the first rise since 2021.')
    expect(texts).toContain('Next committee meeting is on 7 October at the pavilion.')
    expect(texts.some((text) => /Telegram|🙌|Thank you|urn|Media omitted|\[02\.09/u.test(text))).toBe(false)
    expect(got.find((p) => p.data.chatSent)?.data.chatSent).toBe('02.09.26')
  })

  it('dates a meeting held `tonight` on the day the first message was sent, and sets no title from the export\'s line', async () => {
    const readout = await read(TELEGRAM)
    expect(readout.dates?.start).toBe('2026-09-02')
    expect(readout.title ?? '').not.toMatch(/Telegram|Evening all/u)
  })

  it('reads a French export with a space before the colon and a role after the name, `hier soir` counted back from the message', async () => {
    const text = `Export de la discussion « Conseil de quartier Saint-Roch » – 15 participants

[08/04/2026 09:02] Hélène (présidente) : Bonjour à tous, voici le compte rendu de la réunion d'hier soir à la maison de quartier
[08/04/2026 09:03] Hélène (présidente) : Le conseil a retenu trois projets pour le budget participatif, pour un total de 48 000 €.
[08/04/2026 09:04] Karim B. : 👏👏
[08/04/2026 09:05] Hélène (présidente) : Une boîte à livres sera installée place du marché avant l'été.
[08/04/2026 09:06] Hélène (présidente) : Prochaine réunion le mardi 12 mai à 19 h.
[08/04/2026 09:10] Karim B. : Merci Hélène !
`
    const got = paragraphs(text)
    expect(got.map((p) => p.text)).toContain('Une boîte à livres sera installée place du marché avant l\'été.')
    expect(got.some((p) => /Hélène \(présidente\) :|👏|Merci/u.test(p.text))).toBe(false)
    const readout = await read(text)
    expect(readout.dates?.start).toBe('2026-04-07')
  })

  it('reads a Discord copy whose sender and time head each message, and sets another member\'s remark aside as background', () => {
    const text = `#board-updates

Marguerite Lane — Today at 7:41 PM
Short recap of this evening's board meeting in Dunmore:
- approved the 2027 budget of $1.2 million
- hired a part-time grants officer

Owen Pryce — Today at 7:50 PM
For context, last year's budget was $1.05 million and we had no grants officer at all.

Marguerite Lane — Today at 7:52 PM
Next board meeting is 3 November, same room.

Tess Yuen — Today at 8:03 PM
👍 3
`
    const shape = chatExport(text.split('\n'))
    const lines = text.split('\n')
    expect([...shape.drop].map((at) => lines[at])).toEqual(expect.arrayContaining(['#board-updates', 'Marguerite Lane — Today at 7:41 PM', '👍 3']))
    expect([...shape.aside].map((at) => lines[at])).toEqual(['For context, last year\'s budget was $1.05 million and we had no grants officer at all.'])
    const got = paragraphs(text)
    expect(got.find((p) => p.text.startsWith('For context'))?.data.chatAside).toBe(true)
    expect(got.some((p) => /Today at/u.test(p.text))).toBe(false)
  })

  it('takes the digest\'s date for a Slack-style copy with no date in its stamps, and drops the digest\'s counts and footer', async () => {
    const text = `Harbourside Rowing Club — Slack
Daily digest for Tuesday, June 9, 2026 · 5 new messages in 1 channel

Dana Whitfield  9:14 AM
Quick notes from yesterday's committee meeting in Port Ellis. The committee
• agreed to buy two new coxless fours for £18,000
• moved the regatta to the last Saturday of August
2 replies

    Sunil Rao  9:20 AM
    Thanks Dana

Jo Park  10:02 AM
Reminder that the boathouse is closed Thursday for painting.

You're receiving this digest because you're a member of #committee.
`
    const got = paragraphs(text)
    expect(got.some((p) => /new messages|replies|receiving this digest|Reminder|Thanks Dana|Slack/u.test(p.text))).toBe(false)
    const readout = await read(text)
    expect(readout.dates?.start).toBe('2026-06-08')
  })

  it('sets the poster\'s answer to another member\'s question aside (a yes or no, a count asked for), and keeps a later point', () => {
    const text = `12/03/2026, 18:01 - Lucía Ferrer: Resumen: the trustees met this afternoon and agreed to open the library on Sundays from April.
12/03/2026, 18:02 - Lucía Ferrer: They also agreed a £5,000 grant for the reading club.
12/03/2026, 18:04 - Ben Ortiz: Did they talk about the roof?
12/03/2026, 18:05 - Lucía Ferrer: No, that is for the next meeting in May.
12/03/2026, 18:06 - Ben Ortiz: How many came?
12/03/2026, 18:07 - Lucía Ferrer: 23 trustees and friends, a record.
12/03/2026, 18:09 - Lucía Ferrer: Next meeting: 14 May at the library.
`
    const got = paragraphs(text)
    expect(got.find((p) => p.text.startsWith('No, that is'))?.data.chatAside).toBe(true)
    expect(got.find((p) => p.text.startsWith('23 trustees'))?.data.chatAside).toBe(true)
    expect(got.find((p) => p.text.startsWith('Next meeting'))?.data.chatAside).toBeUndefined()
    expect(got.some((p) => p.text.startsWith('Did they'))).toBe(false)
  })

  it('reads a recording\'s transcript with time codes as it is (no poster chosen, no turn set aside)', () => {
    const text = `[00:00:04] HOST: Welcome to the show, today the parish council.
[00:00:30] GUEST: We agreed to resurface the car park next spring.
[00:01:02] HOST: And the cost?
[00:01:10] GUEST: About £30,000, shared with the school.
`
    const shape = chatExport(text.split('\n'))
    expect(shape.drop.size).toBe(0)
    expect(shape.aside.size).toBe(0)
    expect(shape.prefix.size).toBe(4)
  })

  it('leaves a programme of a few timed lines alone (no chat under three messages)', () => {
    const text = `09:00 Chair: opening\n\nThe Board met in Lyon and agreed the plan.`
    expect(chatExport(text.split('\n')).prefix.size).toBe(0)
  })
})


describe('the poster\'s thanks that open the readout', () => {
  // (typed-layouts2's wildfire cell: the chair's `Thanks everyone. Quick summary of what we decided.` is the readout's lead-in)
  it('keeps the poster\'s words after a thanks, and drops another member\'s praise whatever follows it', () => {
    const texts = paragraphs(`[19:40] Mira Kovač: Thank you all for staying late. Here is what the board settled.
[19:41] Mira Kovač: The board agreed to open the reading room on Sundays from March.
[19:42] Tomás Ruiz: Thanks Mira! Great write-up.
[19:43] Mira Kovač: We also approved €3,000 for new shelving in the children's corner.
`).map((p) => p.text)
    expect(texts.join(' ')).toContain('Here is what the board settled.')
    expect(texts.join(' ')).not.toContain('Great write-up')
  })

  it('does so in French', () => {
    const texts = paragraphs(`[05/03/2026 20:10] Inès Morel : Merci à tous pour ce soir. Voici le résumé de nos décisions.
[05/03/2026 20:11] Inès Morel : Le bureau a décidé d'ouvrir la bibliothèque le dimanche dès le mois de mars.
[05/03/2026 20:12] Paul Garnier : Merci Inès ! Super résumé.
[05/03/2026 20:13] Inès Morel : Nous avons aussi voté 3 000 euros pour de nouvelles étagères.
`).map((p) => p.text)
    expect(texts.join(' ')).toContain('Voici le résumé de nos décisions.')
    expect(texts.join(' ')).not.toContain('Super résumé')
  })

  it('drops a poster\'s message that is only thanks', () => {
    const texts = paragraphs(`[19:40] Mira Kovač: Here is what the board settled tonight at the library.
[19:41] Mira Kovač: The board agreed to open the reading room on Sundays from March.
[19:42] Mira Kovač: We also approved €3,000 for new shelving in the children's corner.
[19:50] Mira Kovač: Thanks all, good night!
`).map((p) => p.text)
    expect(texts.join(' ')).not.toContain('good night')
  })
})

describe('a body\'s meeting named in passing, the body before `meeting`', () => {
  it('reads the body and the town from `Tuesday\'s X meeting in Y` in a chat\'s first message', async () => {
    const readout = await read(`#library-friends · Thursday, March 5, 2026
Mira Kovač  7:58 AM
Short recap from Tuesday's Lakeland Library Trust meeting in Keswick (Tue 3/3). The trustees agreed to open the reading room on Sundays from March, and approved €3,000 for new shelving in the children's corner.
Mira Kovač  8:01 AM
They also voted to waive late fees for pupils until the end of the school year.
Tomás Ruiz  8:05 AM
👍 I will put the Sunday hours on the website this week.
`)
    expect(readout.organisation).toBe('Lakeland Library Trust')
    expect(readout.place).toBe('Keswick')
  })

  it('and from `the X meeting in Y` in a plain note, not from a next meeting', async () => {
    const readout = await read(`Notes from the Harbour Users Association meeting in Oban, 4 May 2026.

Members agreed to repaint the pontoon railings before the summer season.

They also approved a fee of £12 a night for visiting yachts.

The next Harbour Users Association meeting in Tobermory is set for September.
`)
    expect(readout.organisation).toBe('Harbour Users Association')
    expect(readout.place).toBe('Oban')
  })
})

// threads50: a chat's handles, an exporter's labels and reactions in brackets, a pinned record; a list's posts with headers of several
// lines, a list's tag in the subject, a signature under its delimiter. Other apps and words than the corpus's, in both languages.
describe('threads and pinned records (threads50)', () => {
  it('reads handles as senders and takes the message pinned as the record for the readout, whoever wrote most', () => {
    const text = `Matrix room #ferry-users:example.org — export

[14/03/2026 18:02] ana_b
Evening! Lots to get through, the agenda is in the doc we shared last week and I will chair as usual until the vote.

[14/03/2026 18:05] kofi.m
Ridership note: 4,200 season tickets sold so far this winter, which is the best figure since we started counting them.

[14/03/2026 18:40] ana_b
Good debate tonight, thanks everyone, I think we got somewhere on the timetable at last after months.

[14/03/2026 19:10] lou99
Pinned: Decisions of the users' forum, Portree, 14 March 2026
The forum will ask the operator for a 07:10 sailing on weekdays from May.
The forum agreed to publish its survey of late sailings by the end of April.

{Reactions}
:tada: (4) 👍 (2)

[14/03/2026 19:12] ana_b
👍
`
    const lines = text.split('\n')
    const shape = chatExport(lines)
    const texts = (set: Set<number>) => [...set].map((at) => lines[at])
    expect(shape.pinned).toBe(lines.indexOf('Pinned: Decisions of the users\' forum, Portree, 14 March 2026'))
    expect(texts(shape.drop)).toEqual(expect.arrayContaining(['[14/03/2026 18:05] kofi.m', '{Reactions}', ':tada: (4) 👍 (2)']))
    expect(texts(shape.aside)).toEqual(expect.arrayContaining([lines[3], lines[6], lines[9]]))
    const got = paragraphs(text)
    expect(got.find((p) => p.data.chatPinned)?.text).toBe('Decisions of the users\' forum, Portree, 14 March 2026')
  })

  it('reads a French pinned message as the record: its first line the title block, the pin dropped', async () => {
    const text = `Groupe « Bureau de l'AMAP des Tilleuls » – export

[02/06/2026 20:01] Sophie L.
Bonsoir à tous, on commence dans cinq minutes, je prends les notes au fil de la réunion comme d'habitude.

[02/06/2026 20:15] marc_d
Pour info : nous avons 64 familles adhérentes cette saison, contre 52 l'an dernier, grâce au marché de printemps.

[02/06/2026 21:30] Sophie L.
Bonne réunion, merci à tous pour votre présence ce soir et à bientôt pour la distribution.

[02/06/2026 21:42] jeanne.r
📌 Relevé de décisions du bureau – Villeurbanne, 2 juin 2026
Le bureau a décidé de passer la cotisation annuelle à 15 euros à partir de septembre.
Le bureau organisera une visite de la ferme du Grand Pré le 27 juin.
Le bureau a adopté la charte des bénévoles présentée en mai.

{Réactions}
👍 (6)
`
    const got = paragraphs(text)
    expect(got.find((p) => p.data.chatPinned)?.text).toBe('Relevé de décisions du bureau – Villeurbanne, 2 juin 2026')
    expect(got.find((p) => p.text.startsWith('Pour info'))?.data.chatAside).toBe(true)
    expect(got.some((p) => /Réactions|👍/u.test(p.text))).toBe(false)
    expect(got.find((p) => p.text.startsWith('Bonne réunion'))?.data.chatAside).toBe(true)
    const readout = await read(text)
    expect(readout.dates?.start).toBe('2026-06-02')
  })

  it('reads a single post of a list\'s archive: the sender, the stamp and whom it went to are the header, the signature and the footer go', async () => {
    const text = `Riverside Allotments Federation
[allot-board] Re: Notes from Monday's committee meeting
Skip to first unread message

Tom Reed <tom.reed@allotments.example>
Mar 4, 2026, 6:15 PM
to allot-board

Hi all,

The committee met in Kendal on Monday and agreed to raise the water charge to £18 a plot from April.

It also agreed to buy a second shredder for the communal compost bays.

Regards,
Tom

--
Tom Reed
Secretary
--
You received this message because you are subscribed to the allot-board list.
`
    const got = paragraphs(text)
    expect(got.map((p) => p.text)).toContain('Notes from Monday\'s committee meeting')
    expect(got.some((p) => /tom\.reed@|6:15 PM|to allot-board|Secretary|You received|Regards|^Tom$/u.test(p.text))).toBe(false)
    const readout = await read(text)
    expect(readout.dates?.start).toBe('2026-03-02')
    expect(readout.title).toMatch(/^Notes from Monday's committee meeting/u)
  })

  it('reads a French list\'s archive with two posts: the reply is conversation around the first', () => {
    const text = `[bureau-velo] Compte rendu du conseil d'administration du 12 février

Hélène Marchetti helene at velo-cite.example
jeu. 13 févr. 2026 à 09:42

Bonjour à tous,

Le conseil d'administration s'est réuni hier soir à Grenoble. Il a décidé d'ouvrir un second atelier de réparation à Échirolles.

Il a voté un budget de 3 500 euros pour la fête du vélo de juin.

Bien cordialement,
Hélène

--
Hélène Marchetti, secrétaire

Paul Girard paul at velo-cite.example
jeu. 13 févr. 2026 à 11:05

Merci Hélène. L'atelier d'Échirolles pourra ouvrir dès mars si la mairie confirme le local.
`
    const lines = text.split('\n')
    const shape = chatExport(lines)
    expect(shape.prefix.get(0)).toBe('[bureau-velo] '.length)
    expect([...shape.drop].map((at) => lines[at])).toEqual(expect.arrayContaining(['Hélène Marchetti helene at velo-cite.example', 'jeu. 13 févr. 2026 à 09:42', 'Bien cordialement,', 'Hélène', '--', 'Hélène Marchetti, secrétaire']))
    expect([...shape.aside].map((at) => lines[at])).toEqual([lines.at(-2)])
    expect(shape.sent?.date).toBe('jeu. 13 févr. 2026 à 09:42')
  })

  it('sets a forge\'s repository path, its tabs, the issue\'s state and the tracker\'s side fields and events aside (Gitea, GitLab, French)', () => {
    const text = `codeberg.org/velo-cite/atelier-notes

Code  Tickets 4  Demandes de fusion  Wiki  Activité

Réunion du bureau de mars – relevé de décisions #31
Fermé · hmarchetti a ouvert ce ticket le 12 mars 2026 · 2 commentaires

hmarchetti a commenté le 12 mars 2026

Le bureau s'est réuni le 11 mars à Grenoble et a décidé d'ouvrir l'atelier le samedi matin.

Étiquettes : compte-rendu
Assignés : hmarchetti

pgirard a commenté le 13 mars 2026
Parfait, je préviens les bénévoles de l'atelier dès ce soir par la liste.

lroux a commenté le 14 mars 2026
Je peux tenir la permanence du premier samedi si besoin, avec Paul.

hmarchetti a fermé ce ticket le 15 mars 2026
`
    const lines = text.split('\n')
    const shape = chatExport(lines)
    const dropped = [...shape.drop].map((at) => lines[at])
    expect(dropped).toEqual(expect.arrayContaining(['Fermé · hmarchetti a ouvert ce ticket le 12 mars 2026 · 2 commentaires', 'Étiquettes : compte-rendu', 'Assignés : hmarchetti', 'hmarchetti a fermé ce ticket le 15 mars 2026']))
    expect(dropped).not.toContain('Réunion du bureau de mars – relevé de décisions #31')
    // (the path and the tabs are any page's furniture: `isPageFurniture`)
    const read = paragraphs(text).map((p) => p.text)
    expect(read).toContain('Réunion du bureau de mars – relevé de décisions #31')
    expect(read.some((line) => /codeberg|Demandes de fusion/u.test(line))).toBe(false)
  })

  it('and in English, a GitLab issue\'s path with its host, and a season alone on its line is no path', () => {
    const text = `gitlab.com/harbour-users/board

Issues · Merge requests · Wiki

Board meeting 7 – outcomes
Open · ana.ruiz opened this issue 2 days ago

ana.ruiz commented 2 days ago
The board met online on Tuesday and agreed to publish the mooring survey in May.

Milestone: 2026 survey

bo_k commented 1 day ago
Thanks, I will add the survey link to the wiki once it is ready for members.

cm-lee commented 1 day ago
Could we add the winter counts to it as well, if the board agrees later?
`
    const lines = text.split('\n')
    const dropped = [...chatExport(lines).drop].map((at) => lines[at])
    expect(dropped).toEqual(expect.arrayContaining(['Open · ana.ruiz opened this issue 2 days ago', 'Milestone: 2026 survey']))
    expect(dropped).not.toContain('Board meeting 7 – outcomes')
    const read = paragraphs(text).map((p) => p.text)
    expect(read[0]).toBe('Board meeting 7 – outcomes')
    expect(paragraphs('Annual report\n\n2026/27\n\nThe board met in May and approved the accounts.\n').map((p) => p.text)).toContain('2026/27')
  })

  it('takes no name over a date and a time for a post without more of a list\'s header', () => {
    const text = `Board Minutes
17 February 2026, 10:00

The board approved the accounts.
`
    expect(chatExport(text.split('\n')).drop.size).toBe(0)
  })
})

// threads51: a phone's copy (names alone over messages, days between them, reactions and receipts written out), a list's post's one-line
// header and a reply's quote, a channel's post relaying a document under a note. Written for these tests.
describe('phone copies, list posts and relayed documents (threads51)', () => {
  const texts = (text: string) => {
    const lines = text.split('\n')
    const shape = chatExport(lines)
    return {shape, kept: lines.filter((_, at) => !shape.drop.has(at) && !shape.aside.has(at) && lines[at].trim()), dropped: [...shape.drop].map((at) => lines[at]), aside: [...shape.aside].map((at) => lines[at])}
  }

  it('reads a French phone copy: names alone over messages, the day between them, a reaction and a receipt written out', () => {
    const text = `< Conversations   Bureau AMAP 🥕
Claire, Yann, Inès et 3 autres

Hier 19:02
Yann Le Goff
Je serai là vers 20 h, gardez-moi une chaise

Claire Morvan
Pas de souci, on t'attend

mar. 3 mars 22:40
Claire Morvan
Bonsoir, voici le résumé de la réunion de bureau de ce soir à la salle des fêtes de Plouër. Sept membres sur neuf étaient là.

Claire Morvan
On a décidé de passer le panier à 14 euros à partir d'avril et d'ouvrir une deuxième distribution le samedi matin.

Inès Riou
A aimé « On a décidé de passer le panier à 14 euros à partir d'avril »

Claire Morvan
Prochaine réunion le 7 avril chez Yann.
Distribué

Inès Riou
Merci Claire 🙏
Lu à 22:51
`
    const {shape, kept, dropped, aside} = texts(text)
    expect(kept).toEqual([
      'Bonsoir, voici le résumé de la réunion de bureau de ce soir à la salle des fêtes de Plouër. Sept membres sur neuf étaient là.',
      'On a décidé de passer le panier à 14 euros à partir d\'avril et d\'ouvrir une deuxième distribution le samedi matin.',
      'Prochaine réunion le 7 avril chez Yann.',
    ])
    expect(dropped).toEqual(expect.arrayContaining(['Hier 19:02', 'Yann Le Goff', 'mar. 3 mars 22:40', 'Distribué', 'Lu à 22:51']))
    expect(dropped.some((line) => line.startsWith('A aimé'))).toBe(true)
    // (the poster's short reply to another's message is talk, not the readout)
    expect(aside).toContain('Pas de souci, on t\'attend')
    expect(shape.sent?.date).toBe('mar. 3 mars')
  })

  it('reads an English copy from another phone app, the reaction put as `reacted … to`, the sender\'s name once a heading would be', () => {
    const text = `Dockside Rowing Club - committee

Yesterday 21:10
Priya
Summary of tonight's committee: we voted to buy a second coastal four for £9,500 from the boat fund.

Tom
Reacted 👍 to "Summary of tonight's committee"

Priya
Also agreed that juniors row free in their first term.

Priya
Next meeting is 2 June at the boathouse.
Seen by 5
`
    const {kept, dropped} = texts(text)
    expect(kept).toEqual([
      'Summary of tonight\'s committee: we voted to buy a second coastal four for £9,500 from the boat fund.',
      'Also agreed that juniors row free in their first term.',
      'Next meeting is 2 June at the boathouse.',
    ])
    expect(dropped).toEqual(expect.arrayContaining(['Yesterday 21:10', 'Reacted 👍 to "Summary of tonight\'s committee"', 'Seen by 5']))
    // a document whose headings stand alone over their paragraphs, each once, is no phone's copy
    const doc = `Annual meeting\n\nFinance\nThe accounts were approved.\n\nMembership\nFees stay at £20.\n\nFacilities\nThe roof will be mended.\n\nFinance\nA new treasurer was elected.\n`
    expect(chatExport(doc.split('\n')).drop.size).toBe(0)
  })

  it('reads a list\'s posts by their one-line header (the stamp, the sender, the list), the subject under its field as the title, a reply\'s quote dropped', () => {
    const text = `Objet : [bureau-liste] Compte rendu du conseil du 12 mars

jeu. 13 mars 2026 à 08:30 · Marc Olivier à bureau-liste

Bonjour à tous,

Le conseil s'est réuni hier à la mairie et a voté une subvention de 800 euros au club de lecture.

Il a aussi décidé de fermer la bibliothèque le lundi en juillet et en août.

Marc

ven. 14 mars 2026 à 10:02 · Julie Perrin à bureau-liste

> Il a aussi décidé de fermer la bibliothèque le lundi en juillet
> et en août.

Dommage pour les lundis, mais c'est logique.
`
    const lines = text.split('\n')
    const {shape, kept, dropped} = texts(text)
    expect(shape.prefix.get(0)).toBe('Objet : [bureau-liste] '.length)
    expect(dropped).toEqual(expect.arrayContaining(['jeu. 13 mars 2026 à 08:30 · Marc Olivier à bureau-liste', '> Il a aussi décidé de fermer la bibliothèque le lundi en juillet']))
    expect(kept).toContain('Il a aussi décidé de fermer la bibliothèque le lundi en juillet et en août.')
    expect(kept.filter((line) => line.includes('bibliothèque'))).toHaveLength(1)
    expect(shape.sent?.date).toBe('jeu. 13 mars 2026')
    expect(lines[shape.sent!.line]).toBe('Bonjour à tous,')
    const english = `Thu 3 Dec 2026, 18:05 - Tom Hale to parish-news\n\nThe parish council met last night and agreed to light the green until 10pm.\n\nFri 4 Dec 2026, 09:12 - Ann Boyd to parish-news\n\n> agreed to light the green until 10pm\n\nAbout time too.\n`
    const read = texts(english)
    expect(read.shape.sent?.date).toBe('Thu 3 Dec 2026')
    expect(read.dropped).toContain('> agreed to light the green until 10pm')
  })

  it('reads a channel\'s post relaying a document under a note that points below it: the note goes, the document opens as a pinned record does', () => {
    const text = `Press Office   14/05 09:30
Statement approved by the director, out at noon. Text below for anyone on the phones.

Harbour board agrees new berthing fees

The board agreed today to raise berthing fees by 4% from June.

It also agreed to open the slipway to kayak clubs on Sundays.

Mia Grant   14/05 09:41
Can I share it with the clubs now?
Press Office   14/05 09:44
Yes, go ahead.
Leo Marsh   14/05 10:02
The local paper wants a photo of the slipway this afternoon, I'll take one.
`
    const lines = text.split('\n')
    const {shape, dropped, aside} = texts(text)
    expect(dropped).toContain('Statement approved by the director, out at noon. Text below for anyone on the phones.')
    expect(lines[shape.pinned!]).toBe('Harbour board agrees new berthing fees')
    expect(aside).toContain('Yes, go ahead.')
    const french = `Service presse   14/05 09:30\nVoici le communiqué validé, texte complet ci-dessous 👇\n\nLe port adopte de nouveaux tarifs\n\nLe conseil portuaire a décidé ce matin de relever les tarifs de 4 % en juin.\n\nIl ouvrira aussi la cale aux clubs de kayak le dimanche.\n\nMia Grant   14/05 09:41\nJe peux le transmettre aux clubs ?\nService presse   14/05 09:44\nOui, vas-y.\n`
    const read = texts(french)
    expect(read.dropped).toContain('Voici le communiqué validé, texte complet ci-dessous 👇')
    expect(french.split('\n')[read.shape.pinned!]).toBe('Le port adopte de nouveaux tarifs')
  })
})
