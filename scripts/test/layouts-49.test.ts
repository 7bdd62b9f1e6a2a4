import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {NEXT_MEETING} from '../structure/english.js'
import {DECIDED_HEADING, PRESENTER_NOTES, SLIDE_NUMBER_LINE} from '../structure/deck-sections.js'
import {isPostButtonRow} from '../structure/set-aside-tail.js'
import {isCountsRow} from '../structure/post-counts-line.js'

// Decks, speeches, posts and wires (rounds 43 and 44, layouts49), each cause stated as a general form.
// Every sentence here is written for this test, on other subjects than the corpus cases.

const read = async (text: string) => (await structureText(text)).result!.readout
const bodies = async (text: string) => (await read(text)).pillars.map((point) => point.body)

describe('a deck copied as text: slide numbers, presenter notes, the slide of decisions and the slide of steps', () => {
  // a PowerPoint outline export: `Slide N` alone, its title, glyph bullets, notes labelled under them
  const powerpoint = `Upland Beekeepers Network
Spring Gathering – Results
Hexham, 14–15 March 2026

Slide 2
The network today
• 64 apiaries across Northumberland and Cumbria
• 210 hives wintered, against 150 two years ago
Presenter notes: Welcome everyone and thank the hall committee for the tea.

Slide 3
What members decided
• A shared extraction room at the Hexham mart, open to every member
• One varroa treatment calendar for all apiaries above 300 metres
• A loan scheme for swarm boxes for new keepers
Presenter notes: Take time on the calendar, it was the long debate.

Slide 4
Next steps
• Extraction room open by the end of June 2026
• Treatment calendar posted to members in August
Presenter notes: Say that the slides will be sent round next week.
`
  it('reads only the slide of decisions as points, the steps as outlook, the notes and the other slides as context (PowerPoint outline)', async () => {
    const readout = await read(powerpoint)
    expect(readout.pillars.map((point) => point.body)).toEqual([
      'A shared extraction room at the Hexham mart, open to every member',
      'One varroa treatment calendar for all apiaries above 300 metres',
      'A loan scheme for swarm boxes for new keepers',
    ])
    expect(readout.outlook).toEqual(['Extraction room open by the end of June 2026', 'Treatment calendar posted to members in August'])
    expect(readout.context.join(' ')).not.toMatch(/^Slide \d$/mu)
  })

  // a French Keynote export: `Diapositive N / M`, a quotation on the context slide, `Notes de l'orateur :`
  const keynote = `Fédération des cidreries du Perche
Assemblée de printemps – Relevé
Mortagne-au-Perche, 21 mars 2026

Diapositive 2 / 4
Pourquoi nous nous réunissons
« Une pomme ramassée trop tard ne fait plus de cidre. »
– la présidente de la fédération
• Récolte en baisse de 18 % depuis 2023
• Pressoirs vieillissants dans la moitié des fermes
Notes de l'orateur : rappeler que la récolte sera présentée en détail à l'automne.

Diapositive 3 / 4
Ce que l'assemblée a décidé
• Un pressoir mobile partagé entre les fermes du canton
• Une étiquette commune pour le cidre fermier du Perche
Notes de l'orateur : insister sur le pressoir.

Diapositive 4 / 4
Prochaines étapes
• Pressoir livré avant les vendanges de septembre
• Étiquette présentée aux cavistes en octobre 2026
`
  it('reads the same parts so in a French Keynote export', async () => {
    const readout = await read(keynote)
    expect(readout.pillars.map((point) => point.body)).toEqual(['Un pressoir mobile partagé entre les fermes du canton', 'Une étiquette commune pour le cidre fermier du Perche'])
    expect(readout.outlook).toEqual(['Pressoir livré avant les vendanges de septembre', 'Étiquette présentée aux cavistes en octobre 2026'])
  })

  it('keeps a list that decides as points, under whatever heading (Google Slides, `Slide #N`)', async () => {
    const text = `River Wardens Forum
Autumn meeting – Summary
Ludlow, 3 October 2026

Slide #2
Who was there
• 28 wardens from the Teme and the Onny

Slide #3
Agreed
• Bank repairs at Ludford before the winter floods

Slide #4
Funding
• The Forum approved £12,000 for new eel passes at two weirs
`
    expect(await bodies(text)).toEqual(['Bank repairs at Ludford before the winter floods', 'The Forum approved £12,000 for new eel passes at two weirs'])
  })

  it('knows a slide number line, the label of presenter notes and a heading that names the decisions', () => {
    for (const line of ['Slide 3', 'SLIDE 4 of 9', 'Slide #2', 'Diapositive 5 / 12', 'Diapo 2', '<!-- Slide number: 6 -->']) expect(SLIDE_NUMBER_LINE.test(line)).toBe(true)
    for (const line of ['Slide 3: Budget', 'Slides will follow', 'Slide rule']) expect(SLIDE_NUMBER_LINE.test(line)).toBe(false)
    for (const line of ['Speaker notes: thank the hosts', "Presenter's notes – keep it short", "Notes de l'orateur : rappeler …", 'Notes du présentateur : …']) expect(PRESENTER_NOTES.test(line)).toBe(true)
    for (const line of ['Notes: members agreed …', 'Notes on the budget']) expect(PRESENTER_NOTES.test(line)).toBe(false)
    for (const line of ['What the Assembly agreed', 'What we decided', 'Ce qui a été décidé', 'Mesures retenues', 'Decisions taken']) expect(DECIDED_HEADING.test(line)).toBe(true)
    for (const line of ['Who came', 'Why it matters', 'Pourquoi nous nous réunissons']) expect(DECIDED_HEADING.test(line)).toBe(false)
  })
})

describe('a body that names its sittings by its own noun names its next meeting', () => {
  for (const sentence of ['The Federation will hold its next council in York on 6 March 2027.', 'Their next forum is in Lagos in May 2027.', 'The autumn council will be held in Truro on 2 October.', 'Members will hold the next AGM at the Guildhall on 4 June.']) {
    it(`reads \`${sentence}\` as the next meeting`, () => expect(NEXT_MEETING.test(sentence)).toBe(true))
  }
  for (const sentence of ['The council agreed the next council budget.', 'Resorts will present their plans to the next forum.']) {
    it(`leaves \`${sentence}\` alone`, () => expect(NEXT_MEETING.test(sentence)).toBe(false))
  }

  it('reads it as outlook after a wire\'s decisions', async () => {
    const readout = await read(`Fell Runners Association agrees a shared safety kit\n\nKESWICK, 9 May 2026 – The council of the Fell Runners Association, meeting in Keswick on 8 May, agreed a common kit list for every race above 600 metres.\n\nThe council agreed to lend radios to clubs that stage races on the high fells.\n\nThe council decided to publish a single calendar of races for the whole of Cumbria.\n\nThe Association will hold its next council in Kendal on 12 November 2026.\n`)
    expect(readout.outlook).toEqual(['The Association will hold its next council in Kendal on 12 November 2026.'])
    expect(readout.pillars.map((point) => point.body)).not.toContain('The Association will hold its next council in Kendal on 12 November 2026.')
  })
})

describe('a post copied with its buttons and its readers\' comments', () => {
  it('knows a row of a post\'s buttons in English and French, and a comment\'s own row', () => {
    for (const row of ['Like Comment Share', "J'aime Commenter Partager", 'Reply · Boost · Favourite', "J'aime · Répondre · 12 h", 'Like · Reply · 3d']) expect(isPostButtonRow(row)).toBe(true)
    for (const row of ['Share', 'Like the old mill, the new one will grind wheat.', 'Commenter la décision']) expect(isPostButtonRow(row)).toBe(false)
  })

  it('reads a row of counts parted by wide spaces as the page\'s, not the text\'s', () => {
    expect(isCountsRow('👍❤️ 214    58 commentaires    31 partages')).toBe(true)
    expect(isCountsRow('❤️ 96\t14 comments\t5 shares')).toBe(true)
    expect(isCountsRow('The council met    in May')).toBe(false)
  })

  it('sets the comments under a French mairie\'s post aside (Facebook copy)', async () => {
    const readout = await read(`Mairie de Saint-Aubin-sur-Loire
4 mai 2026, 18:02

LAVOIRS DU BOURG : CE QUE LE CONSEIL A DÉCIDÉ

Merci aux habitants venus nombreux mardi soir à la salle polyvalente pour la réunion publique sur les lavoirs !

Le conseil a retenu un plan de restauration des trois lavoirs du bourg, pour un coût de 48 000 euros.

La commune installera deux bancs et un panneau d'histoire au lavoir de la Fontaine.

👍 96    14 commentaires    5 partages

J'aime    Commenter    Partager

Josiane Perrin
Enfin ! Ma grand-mère y lavait son linge.
J'aime · Répondre · 3 h

Marc Dufour
Et le lavoir du Moulin, il est oublié ?
J'aime · Répondre · 2 h
`)
    expect(readout.pillars.map((point) => point.body)).toEqual([
      'Le conseil a retenu un plan de restauration des trois lavoirs du bourg, pour un coût de 48 000 euros.',
      "La commune installera deux bancs et un panneau d'histoire au lavoir de la Fontaine.",
    ])
    expect([...readout.context, ...readout.outlook].join(' ')).not.toMatch(/Josiane|Marc Dufour|oublié/u)
  })

  it('sets the replies under an English post aside (Mastodon copy)', async () => {
    const readout = await read(`Harbour Rowing Club
@harbourrowing@social.example · 12 Jun 2026

Our committee met on Tuesday evening at the boathouse.

The committee agreed to buy two new coastal quads before the autumn regatta.

The committee also decided to open the boathouse to the sea scouts on Saturday mornings.

Reply · Boost · Favourite

Pat Quinn
Great news for the juniors!
Reply · Boost · Favourite
`)
    expect(readout.pillars.map((point) => point.body)).toEqual(['The committee agreed to buy two new coastal quads before the autumn regatta.', 'The committee also decided to open the boathouse to the sea scouts on Saturday mornings.'])
    expect([...readout.context, ...readout.outlook].join(' ')).not.toMatch(/Pat Quinn|juniors/u)
  })
})

describe('a sentence that only counts the decisions it announces is their lead-in', () => {
  it('reads `Le bureau a adopté quatre mesures, dont une proposée par les éleveurs.` as context', async () => {
    const readout = await read(`Syndicat des apiculteurs du Gers\nRelevé de décisions du bureau\nAuch, le 3 février 2026\n\nLe bureau a adopté quatre mesures, dont une proposée par les éleveurs.\n\nLe bureau a retenu un achat groupé de ruches pour les nouveaux adhérents.\n\nUn rucher école sera ouvert à Mirande au printemps.\n`)
    expect(readout.pillars.map((point) => point.body)).not.toContain('Le bureau a adopté quatre mesures, dont une proposée par les éleveurs.')
    expect(readout.pillars.map((point) => point.body)).toContain('Le bureau a retenu un achat groupé de ruches pour les nouveaux adhérents.')
  })
  it('reads `The trustees agreed on three measures, one of them from the volunteers.` as context', async () => {
    const readout = await read(`Canal Towpath Trust\nSummary of the trustees' meeting\nStroud, 3 February 2026\n\nThe trustees agreed on three measures, one of them from the volunteers.\n\nThe trustees agreed to resurface the towpath between the two locks before June.\n\nThe trustees decided to fit new lock gates at Wallbridge next winter.\n`)
    expect(readout.pillars.map((point) => point.body)).toEqual(['The trustees agreed to resurface the towpath between the two locks before June.', 'The trustees decided to fit new lock gates at Wallbridge next winter.'])
  })
})
