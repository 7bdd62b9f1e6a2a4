import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Documents pasted from PDFs, tables and markup exports (pdftext47): the furniture of each shape is set aside and its points read.
// Every sentence here is written for the test.

describe('a table whose rows give a topic and what was decided about it', () => {
  it('reads a three-column Markdown table as titled points, its lead column left out', async () => {
    const {result} = await structureText('Lake Ferries Council – readout\nBled, 12 May 2026\n\nThe Lake Ferries Council met in Bled on 12 May 2026 and settled the points below.\n\n| Topic | What we agreed | Lead |\n|:--|:--|--:|\n| Night crossings | Two ferries will run after midnight on summer weekends from June. | Slovenia |\n| Cheaper tickets | Pupils will travel free on every line from the next school year. | Secretariat |\n| Greener boats | Members will fit electric engines to four older ferries by 2028. | Austria |\n')
    expect(result!.readout.pillars.map((p) => [p.title, p.body])).toEqual([
      ['Night crossings', 'Two ferries will run after midnight on summer weekends from June.'],
      ['Cheaper tickets', 'Pupils will travel free on every line from the next school year.'],
      ['Greener boats', 'Members will fit electric engines to four older ferries by 2028.'],
    ])
  })

  it('reads a French two-column table typed with tabs, with no line of column names, the same way', async () => {
    const {result} = await structureText("Conseil des refuges de montagne – compte rendu\nChamonix, le 3 juin 2026\n\nLe conseil des refuges s'est réuni à Chamonix le 3 juin 2026 et a arrêté ce qui suit.\n\nGardiennage\tChaque refuge sera gardé de juin à septembre par deux personnes au moins.\nEau potable\tLes refuges d'altitude installeront un filtre commun avant l'été 2027.\nSecours\tUne radio reliée au poste de secours équipera chaque refuge dès cet hiver.\n")
    expect(result!.readout.pillars.map((p) => [p.title, p.body])).toEqual([
      ['Gardiennage', 'Chaque refuge sera gardé de juin à septembre par deux personnes au moins.'],
      ['Eau potable', "Les refuges d'altitude installeront un filtre commun avant l'été 2027."],
      ['Secours', 'Une radio reliée au poste de secours équipera chaque refuge dès cet hiver.'],
    ])
  })

  it('keeps a two-column table of figures as context', async () => {
    const {result} = await structureText('Lake Ferries Council – readout\nBled, 12 May 2026\n\nThe Lake Ferries Council met in Bled on 12 May 2026 and agreed to run two night ferries from June.\n\n| Line | Passengers in 2025 |\n|---|---|\n| Bled – Mlino | 41,000 |\n| Bled – Zaka | 12,500 |\n| Island shuttle | 88,000 |\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['The Lake Ferries Council met in Bled on 12 May 2026 and agreed to run two night ferries from June.'])
  })
})

describe('an item of a news feed pasted as text', () => {
  it('reads an Atom item in French: its fields are furniture, its title is read without its label, its references as characters', async () => {
    const {result} = await structureText("id: tag:refuges.example,2026:actu-812\ntitle: Les gardiens de refuge obtiennent un fonds de 2 millions d&rsquo;euros\nupdated: 2026-06-04T09:12:00+02:00\nauthor: Service presse\n\nCHAMONIX, le 3 juin 2026 &ndash; Le conseil des refuges de montagne s&#x27;est r&eacute;uni &agrave; Chamonix le 3 juin 2026 et a cr&eacute;&eacute; un fonds de 2 millions d&rsquo;euros pour r&eacute;nover les refuges d&rsquo;altitude.\n\n&laquo;&nbsp;Un refuge ferm&eacute;, c&rsquo;est une vall&eacute;e qui se vide&nbsp;&raquo;, a d&eacute;clar&eacute; la pr&eacute;sidente du conseil.\n")
    expect(result!.readout.title).toBe("Les gardiens de refuge obtiennent un fonds de 2 millions d’euros")
    expect(result!.readout.context.join(' ')).not.toMatch(/&\w+;|tag:|author|updated/)
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).toContain("s'est réuni à Chamonix")
  })

  it('reads an RSS item whose link comes first, and drops the line the blog adds under it', async () => {
    const {result} = await structureText("link: https://ferries.example/news/night-crossings/\nTitle: Lake ferries to sail after midnight this summer\npubDate: Tue, 12 May 2026 16:00:00 +0000\n\nBLED, May 12, 2026 &#8212; The Lake Ferries Council met in Bled on Tuesday and agreed to run two ferries after midnight on summer weekends.\n\n&#8220;Nobody should have to sleep on the pier,&#8221; said the Council&#8217;s chair.\n\nThe post Lake ferries to sail after midnight this summer appeared first on Lake Ferries Council.\n")
    expect(result!.readout.title).toBe('Lake ferries to sail after midnight this summer')
    expect(result!.readout.keyMessage).toMatch(/^Nobody should have to sleep on the pier/)
    expect(JSON.stringify(result!.readout)).not.toMatch(/appeared first|pubDate|&#/)
  })

  it('leaves a memo with a date and a subject alone, and a text whose only reference is `&amp;` as written', async () => {
    const {result} = await structureText('Title: Harbour works\nDate: 12 May 2026\nSubject: Harbour works\n\nThe Harbour Board met in Split on 12 May 2026 and agreed to dredge the east basin with the R&amp;D fund.\n')
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).toContain('R&amp;D fund')
  })
})

describe('reference markers and the list of links they point at', () => {
  it('drops Markdown reference links (`[1]: https://…`) and the markers in the sentences', async () => {
    const {result} = await structureText('Lake Ferries Council – readout\nBled, 12 May 2026\n\nThe Lake Ferries Council met in Bled on 12 May 2026 [1].\n\n- Night crossings: two ferries will run after midnight on summer weekends from June [2].\n- Cheaper tickets: pupils will travel free on every line from September.\n\n[1]: https://ferries.example/council\n[2]: <https://ferries.example/night> "Night timetable"\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['two ferries will run after midnight on summer weekends from June.', 'pupils will travel free on every line from September.'].map((body) => expect.stringContaining(body.slice(1, 40))))
    expect(JSON.stringify(result!.readout)).not.toMatch(/https|\[\d\]/)
  })

  it('drops a French list of links numbered in brackets, whatever heads it, and keeps `[3]` inside a sentence that goes on', async () => {
    const {result} = await structureText("Conseil des refuges de montagne – compte rendu\nChamonix, le 3 juin 2026\n\nLe conseil des refuges s'est réuni à Chamonix le 3 juin 2026 [1], et a décidé ce qui suit.\n\n• Gardiennage : chaque refuge sera gardé de juin à septembre par deux personnes au moins [2].\n• Secours : une radio équipera chaque refuge, selon le point [3] du règlement.\n\nSources\n[1] https://refuges.example/conseil\n[2] www.refuges.example/gardiennage\n")
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['chaque refuge sera gardé de juin à septembre par deux personnes au moins.', 'une radio équipera chaque refuge, selon le point [3] du règlement.'])
    expect(JSON.stringify(result!.readout)).not.toMatch(/https|www\./)
  })
})

describe('a text copied from a PDF', () => {
  it('joins a French paragraph cut by a page break (its running header, dated, and `Page 2/3` dropped), a hyphenated word and a line cut at a comma', async () => {
    const page = 'CONSEIL DES REFUGES DE MONTAGNE – Relevé de décisions du 3 juin 2026\nPage 2/3'
    const {result} = await structureText(`CONSEIL DES REFUGES DE MONTAGNE – Relevé de décisions du 3 juin 2026\n\nLe conseil des refuges de montagne s'est réuni à Chamonix le 3 juin 2026.\n\n1. Le conseil décide que chaque refuge sera gardé de juin à septembre par deux personnes au moins, dans les vallées de Chamonix, Samoëns,\nMorzine et Valloire, avec une aide de 12 000 euros par refuge.\n\n2. Le conseil décide d'équiper les refuges d'une radio reliée au poste de secours, afin que les gar-\ndiens puissent donner l'alerte\n\n${page}\n\nmême quand le téléphone ne passe pas.\n\n3. Le conseil décide de publier chaque année le nombre de nuitées de chaque refuge.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Le conseil décide que chaque refuge sera gardé de juin à septembre par deux personnes au moins, dans les vallées de Chamonix, Samoëns, Morzine et Valloire, avec une aide de 12 000 euros par refuge.',
      "Le conseil décide d'équiper les refuges d'une radio reliée au poste de secours, afin que les gardiens puissent donner l'alerte même quand le téléphone ne passe pas.",
      'Le conseil décide de publier chaque année le nombre de nuitées de chaque refuge.',
    ])
  })

  it('joins an English numbered paragraph cut at a comma before a name, across a `- 2 -` page number too', async () => {
    const {result} = await structureText('Lake Ferries Council\nOutcome Statement\nBled, 12 May 2026\n\n1. We, the members of the Lake Ferries Council, met in Bled on 12 May 2026.\n\n2. We agree to run two night ferries on summer weekends between the piers of Bled, Mlino,\nZaka and the island, starting in June, at a cost of EUR 300,000 a year.\n\n3. We agree that pupils will travel free on every line of the lakes of Bled and Bohinj,\n\n- 2 -\n\nRibcev Laz included, from the next school year.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'We agree to run two night ferries on summer weekends between the piers of Bled, Mlino, Zaka and the island, starting in June, at a cost of EUR 300,000 a year.',
      'We agree that pupils will travel free on every line of the lakes of Bled and Bohinj, Ribcev Laz included, from the next school year.',
    ])
  })
})

describe('a reStructuredText or AsciiDoc source', () => {
  it('reads a French reST field list as a fact box and sets its directives aside', async () => {
    const {result} = await structureText("Conseil des refuges de montagne : relevé de la séance de printemps\n##################################################################\n\n:Date: 3 juin 2026\n:Lieu: Chamonix, salle des guides\n:Rédaction: secrétariat du conseil\n\n.. contents:: Sommaire\n   :depth: 2\n\nDécisions\n=========\n\nLe conseil des refuges a décidé que chaque refuge sera gardé de juin à septembre par deux personnes au moins.\n\nLe conseil a aussi créé un fonds de 2 millions d'euros pour rénover les refuges d'altitude.\n\n.. _guides: https://refuges.example/guides\n")
    expect(result!.readout.place).toBe('Chamonix')
    expect(result!.readout.dates?.start).toBe('2026-06-03')
    expect(JSON.stringify(result!.readout)).not.toMatch(/contents::|depth|_guides/)
  })

  it('reads AsciiDoc attributes (`:revdate:`), `==` headings and `//` comments the same way', async () => {
    const {result} = await structureText('= Lake Ferries Council: Spring Meeting Summary\n:revdate: 12 May 2026\n:location: Bled, Festival Hall\n:author: Council secretary\n\nThe Lake Ferries Council met in Bled on 12 May 2026 for its spring meeting.\n\n== Night crossings\n\nThe Council agreed to run two ferries after midnight on summer weekends from June.\n\n== Tickets\n\nThe Council agreed that pupils will travel free on every line from September.\n\n// to check with the treasurer before publishing\n')
    expect(result!.readout.place).toBe('Bled')
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Night crossings', 'Tickets'])
  })
})
