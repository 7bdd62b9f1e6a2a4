import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {NEXT_MEETING} from '../structure/english.js'
import {DECIDED_HEADING, PRESENTER_NOTES, SLIDE_NUMBER_LINE} from '../structure/deck-sections.js'

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
