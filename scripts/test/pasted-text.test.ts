import {describe, expect, it} from 'vitest'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {carriesOn, cleanPastedLine, headingCase, isPageFurniture, joinWrapped, listNumbers, pastedNoise} from '../structure/pasted-text.js'
import {paragraphsOf, pointIn, textOf} from '../structure/state.js'
import {structureText} from './helpers.js'

// What pasting brings along (issue 11): texts copied from a PDF, Word or Outlook and web pages.
// Every sentence here was written for these tests.

describe('pasted text: lines', () => {
  it('drops invisible characters and footnote markers, not the words', () => {
    expect(cleanPastedLine('Ministers\u2060 agreed to the plan.¹')).toBe('Ministers agreed to the plan.')
    expect(cleanPastedLine('\uFEFFMinisters met.')).toBe('Ministers met.')
    expect(cleanPastedLine('The fund reached €4 million[3] last year.')).toBe('The fund reached €4 million last year.')
    expect(cleanPastedLine('soft\u00ADware for 12 ports')).toBe('software for 12 ports')
    // A figure in brackets after a space is text.
    expect(cleanPastedLine('the ports [12 of them] agreed')).toBe('the ports [12 of them] agreed')
  })

  it('keeps a unit’s power, which is no footnote marker', () => {
    expect(cleanPastedLine('Ministers protected 400 km² of wetland and 3 m³ of water a day.²')).toBe('Ministers protected 400 km² of wetland and 3 m³ of water a day.')
    expect(cleanPastedLine('Les ministres ont ouvert 10 000 m² de bureaux, 10³ tonnes.')).toBe('Les ministres ont ouvert 10 000 m² de bureaux, 10³ tonnes.')
    expect(cleanPastedLine('The fund opened in 2025[3] for partners² and ports.')).toBe('The fund opened in 2025 for partners and ports.')
  })

  it('knows a page’s furniture: page numbers, running footers, buttons, breadcrumbs, date lines', () => {
    for (const line of ['Page 2 of 5', 'page 3/7', 'Page 4 sur 9', '- 3 -', '— 12 —', '2/4', 'Harbour Council – Summary of conclusions        Page 1/2',
      'Share this page', 'Print', 'Share on Facebook | Share on X | Email', 'Partager cette page', 'Imprimer',
      'Home > News > Press releases', 'Accueil / Actualités / Communiqués', 'Published 14/03/2024', 'Last updated: 3 March 2024', 'Publié le 2 avril 2024', 'Dernière mise à jour : 14 mars 2024', 'Posted on March 3, 2024', 'Published 14 March 2024, 10:30 CET', 'Mis à jour le lundi 3 juin 2024 à 10 h 30', 'Home | News | Press']) {
      expect(isPageFurniture(line), line).toBe(true)
    }
    for (const line of ['Ministers agreed to train 40 pilots.', 'Communiqué conjoint / Joint Communiqué', 'Published by the Secretariat', '2026', 'Print shops will be exempt from the levy.', 'Réf. : CM/2024/12',
      // a number alone is a page number only where the document shows it is one (see `pastedNoise`)
      '7', 'Berths fitted      12',
      // a line opening on a date line's word that says more than a date
      'Published figures show 40 ports.', 'Published: 12 reports in 2025', 'Updated 2 times a year', 'Posted 40 officers to the ports', 'Mis à jour 2 fois par an', 'Publié en 2025 : 12 rapports',
      // a trail split by `/` or `|` that does not start from a home page
      'Oslo / Bergen / Tromsø', 'Yes | No | Abstain']) {
      expect(isPageFurniture(line), line).toBe(false)
    }
  })

  it('drops a forwarded message’s headers, a running header, a disclaimer and what follows a sign-off', () => {
    const lines = [
      '-----Original Message-----', 'From: Office <office@river.example>', 'Sent: Monday, 2 June 2025 10:00', 'Subject: Readout', '',
      'Readout of the River Ports Forum', 'Hamburg, 30 May 2025', 'Ministers met in Hamburg on 30 May 2025.',
      'Readout of the River Ports Forum', 'Ministers agreed to share berths.',
      'This e-mail and any attachments are confidential and meant for the addressee only.',
      'Best regards,', 'Jan Vos', 'Forum office',
    ]
    expect([...pastedNoise(lines)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 8, 10, 11, 12, 13])
  })

  it('drops a bare number only where a page could carry it, never a figure, a table’s cell or a list’s number', () => {
    const text = (count: number) => Array.from({length: count}, (_, k) => `Ministers agreed on step ${k + 1} of the plan.`)
    // one number on each page break of a long text: pages 2 and 3, and a running footer ending on 4
    const pages = [...text(10), '2', ...text(10), '3', ...text(10), 'Ports Council – Summary      4', ...text(3)]
    expect([...pastedNoise(pages)]).toEqual([10, 21, 32])
    // a figure wrapped onto its own line, a table pasted as text, a list’s numbers on their own lines
    expect([...pastedNoise(['Ministers agreed to fund the ports with a total of', '40', 'million euros over three years.'])]).toEqual([])
    expect([...pastedNoise(['Targets:', 'Berths fitted      12', 'Ports covered      40', 'Ferries renewed    7', 'Berths fitted', '12'])]).toEqual([])
    expect([...pastedNoise(['Ministers agreed on three steps.', '1', 'To open two posts.', '2', 'To train pilots.', '3', 'To report in May.'])]).toEqual([])
  })

  it('reads a list numbered on lines of their own as its items', () => {
    expect([...listNumbers(['Ministers agreed:', '1', 'to open two posts;', '2', 'to train pilots.'])]).toEqual([1, 3])
    expect([...listNumbers(['A total of', '40', 'million euros.'])]).toEqual([])
    const items = paragraphsOf(parsePlainText('Les ministres ont décidé :\n1\nd’ouvrir deux postes ;\n2\nde former 40 agents.'))
    expect(items.map(textOf)).toEqual(['Les ministres ont décidé :', 'd’ouvrir deux postes ;', 'de former 40 agents.'])
    expect(items.map((p) => p.data?.bullet?.marker)).toEqual([undefined, '1', '2'])
  })

  it('keeps a readout’s own line that looks like an e-mail’s header, a running header or a sign-off', () => {
    // one header field opening the text is the readout’s: a real message opens on several
    expect([...pastedNoise(['To: ensure every port has shore power by 2027.', 'Ministers agreed to train pilots.'])]).toEqual([])
    expect([...pastedNoise(['Subject: Readout of the Oslo meeting', 'Ministers met in Oslo on 3 May 2025.'])]).toEqual([])
    expect([...pastedNoise(['Objet : le fonds couvrira les ferries', 'Les ministres se sont réunis à Dakar.'])]).toEqual([])
    expect([...pastedNoise(['From: Desk <desk@ports.example>', 'Subject: Readout', 'Ministers met in Oslo.'])]).toEqual([0, 1])
    // a sentence said again is not a running header
    expect([...pastedNoise(['Readout', 'Oslo, 3 May', 'Ministers agreed to train pilots.', 'Ministers agreed to fund the ports.', 'Ministers agreed to train pilots.'])]).toEqual([])
    // a readout that goes on after a sign-off’s word has no signature there
    expect([...pastedNoise(['Ministers met in Oslo.', 'With best regards,', 'Ministers agreed to meet again in 2026.', 'The fund opens in May.'])]).toEqual([])
    // an e-mail’s plea about printing is no sentence of the readout: the signature above it goes
    expect([...pastedNoise(['Ministers met in Oslo.', 'Best regards', 'Jan Vos', 'Please consider the environment before printing this e-mail.'])].sort()).toEqual([1, 2, 3])
    expect([...pastedNoise(['Les ministres se sont réunis.', 'Cordialement,', 'Jan Vos', 'Merci de penser à l’environnement avant d’imprimer ce courriel.'])].sort()).toEqual([1, 2, 3])
  })

  it('drops the related pages at a page’s end, in English and in French', () => {
    expect([...pastedNoise(['Title line here', 'Ministers agreed to X.', 'Related content', 'Another story about ports'])]).toEqual([2, 3])
    expect([...pastedNoise(['Titre du communiqué', 'Les ministres ont décidé.', 'Contenus associés', 'Un autre article'])]).toEqual([2, 3])
  })

  it('joins a line wrapped mid-sentence, and a word split by a hyphen', () => {
    expect(carriesOn('Ministers agreed to open two new', 'border posts by 2027.')).toBe(true)
    expect(carriesOn('Ministers agreed to open two new border posts.', 'they also agreed')).toBe(false)
    expect(carriesOn('Ministers agreed to:', 'open two posts')).toBe(false)
    expect(carriesOn('Cooling centres', 'Mayors agreed to open 40 centres.')).toBe(false)
    expect(carriesOn('“Ports must stay open,” the', 'Chair said.')).toBe(true)
    expect(carriesOn('Les ministres se sont réunis à', 'Dakar le 3 mai.')).toBe(true)
    expect(carriesOn('Ports for the', 'Baltic')).toBe(true)
    expect(joinWrapped('for the imple-', 'mentation of the plan')).toBe('for the implementation of the plan')
    expect(joinWrapped('agreed to open two new', 'border posts')).toBe('agreed to open two new border posts')
  })

  it('keeps a hyphen the word has of its own, as the rest of the document writes it', () => {
    const document = 'A long-term plan. The term of office is long. Follow-up talks will follow. The implementation starts.'
    expect(joinWrapped('Ministers agreed a long-', 'term plan', document)).toBe('Ministers agreed a long-term plan')
    expect(joinWrapped('Ministers asked for a follow-', 'up meeting', document)).toBe('Ministers asked for a follow-up meeting')
    expect(joinWrapped('for the imple-', 'mentation of the plan', document)).toBe('for the implementation of the plan')
    // both halves are words of the text, though the hyphenated word is written nowhere else
    expect(joinWrapped('a state-', 'led fund', 'The state will lead. Funds led by donors.')).toBe('a state-led fund')
  })

  it('keeps the hyphen after a word of one letter or a prefix written so, though the text writes it nowhere else', () => {
    const document = 'Ministers agreed on e-\nmail alerts and self-\nfinancing ports.\nLes ministres ont nommé un vice-\nprésident.'
    expect(joinWrapped('Ministers agreed on e-', 'mail alerts', document)).toBe('Ministers agreed on e-mail alerts')
    expect(joinWrapped('and self-', 'financing ports.', document)).toBe('and self-financing ports.')
    expect(joinWrapped('ont nommé un vice-', 'président.', document)).toBe('ont nommé un vice-président.')
    expect(joinWrapped('for the imple-', 'mentation', document)).toBe('for the implementation')
  })

  it('joins an elided French word to the next, not an English possessive', () => {
    expect(paragraphsOf(parsePlainText('Les ministres ont adopté l’\naccord et demandé qu’\nil soit publié.')).map(textOf)).toEqual(['Les ministres ont adopté l’accord et demandé qu’il soit publié.'])
    expect(joinWrapped('the ministers’', 'meeting')).toBe('the ministers’ meeting')
  })

  it('writes a heading typed in capitals in sentence case, names as the text writes them', () => {
    const text = 'EARLY WARNING FOR LISBON\nThe mayors of Lisbon agreed on an early warning service and the WHO guidance.'
    expect(headingCase('EARLY WARNING FOR LISBON', text)).toBe('Early warning for Lisbon')
    expect(headingCase('WHO GUIDANCE', text)).toBe('WHO guidance')
    expect(headingCase('Early warning', text)).toBe('Early warning')
    // an acronym of two letters the text spells out elsewhere stays; a word of two letters does not
    expect(headingCase('SUPPORT OF THE UN AND AU', 'The United Nations and the African Union agreed.')).toBe('Support of the UN and AU')
    expect(headingCase('AIDE AU SAHEL', 'Les ministres ont apporté une aide au Sahel.')).toBe('Aide au Sahel')
  })
})

describe('pasted text: the parser', () => {
  it('reads a wrapped paragraph as one, and points into the line a word stands on', () => {
    const tree = parsePlainText('1. Ministers agreed to build a shared\ninspection register for ferries.\n2. Ministers asked for a report.')
    const paragraphs = paragraphsOf(tree)
    expect(paragraphs.map(textOf)).toEqual(['Ministers agreed to build a shared inspection register for ferries.', 'Ministers asked for a report.'])
    const at = textOf(paragraphs[0]).indexOf('register')
    expect(pointIn(paragraphs[0], at)).toMatchObject({line: 2, column: 12})
    expect(pointIn(paragraphs[0], 0)).toMatchObject({line: 1, column: 4})
  })

  it('joins across a page break, but not across a blank line alone', () => {
    const across = paragraphsOf(parsePlainText('Ministers approved €9 million for the imple-\n\nPage 1 of 2\n\nmentation of the plan.')).map(textOf)
    expect(across).toEqual(['Ministers approved €9 million for the implementation of the plan.'])
    const apart = paragraphsOf(parsePlainText('Harbour safety\n\nministers met in Split.')).map(textOf)
    expect(apart).toEqual(['Harbour safety', 'ministers met in Split.'])
  })

  it('reads Word’s `o` bullets and Roman-numbered parts', () => {
    const paragraphs = paragraphsOf(parsePlainText('II. SAFER PORTS\nMinisters agreed:\no\tto dredge the channel;\no\tto light the quays.'))
    expect(paragraphs.map(textOf)).toEqual(['SAFER PORTS', 'Ministers agreed:', 'to dredge the channel;', 'to light the quays.'])
    expect(paragraphs.map((p) => p.data?.bullet?.marker)).toEqual([undefined, undefined, 'o', 'o'])
  })

  it('reads Word’s `(i)`, `(ii)` items as bullets (under a numbered paragraph they are still its sub-items: sub-items.test.ts)', () => {
    const items = paragraphsOf(parsePlainText('Mayors agreed on two steps:\n(i)\tto plant shade trees;\n(ii)\tto open cool rooms.'))
    expect(items.map((p) => p.data?.bullet?.marker)).toEqual([undefined, '(i)', '(ii)'])
  })
})

describe('pasted text: whole readouts', () => {
  it('reads a readout copied from a PDF as the same readout typed clean', async () => {
    const clean = [
      'Joint Statement of the Lake Region Fisheries Council',
      'Kisumu, 4 June 2025',
      'The ministers of the Lake Region Fisheries Council met in Kisumu on 3–4 June 2025 to agree on how to restore fish stocks in the lake.',
      '“A lake that feeds millions cannot be left to empty,” the Chair said.',
      '1. Ministers agreed to close the breeding grounds to fishing for three months every year.',
      '2. Ministers approved €7 million for the implementation of a patrol scheme over four years.',
      '3. Ministers will meet again in Jinja in 2026.',
    ].join('\n')
    const pasted = [
      'Joint Statement of the Lake Region Fisheries Council',
      'Kisumu, 4 June 2025',
      'The ministers of the Lake Region Fisheries Council met in Kisumu on 3–4 June 2025',
      'to agree on how to restore fish stocks in the lake.¹',
      '“A lake that feeds millions cannot be left to empty,” the',
      'Chair said.',
      '1. Ministers agreed to close the breeding grounds to fishing for three months',
      'every year.',
      '',
      'Page 1 of 2',
      '',
      'Joint Statement of the Lake Region Fisheries Council',
      '2. Ministers approved €7 million for the imple-',
      'mentation of a patrol scheme over four years.',
      '- 2 -',
      '3. Ministers will meet again in Jinja in 2026.',
      '¹ The Council last met in 2023.',
    ].join('\r\n')
    const a = (await structureText(clean)).result!.readout
    const b = (await structureText('\uFEFF' + pasted)).result!.readout
    expect(b.dateline).toBe(a.dateline)
    expect(b.keyMessage).toBe(a.keyMessage)
    expect(b.dates).toEqual(a.dates)
    expect(b.pillars.map((p) => p.body)).toEqual(a.pillars.map((p) => p.body))
    expect(b.figures.map((f) => f.value)).toEqual(a.figures.map((f) => f.value))
    expect(b.outlook).toEqual(a.outlook)
    // The footnote is background, never a point.
    expect(b.context).toContain('The Council last met in 2023.')
  })

  it('keeps a figure a PDF put on a line of its own, and a list numbered on lines of their own', async () => {
    const pasted = [
      'Readout of the Fjord Ports Council', 'Bergen, 12 May 2025',
      'Ministers of the Fjord Ports Council met in Bergen on 12 May 2025.',
      '1', 'Ministers agreed to fund shore power at the ports with a total of', '40', 'million euros over three years.',
      '2', 'Ministers asked the secretariat to report on the fund in 2026.',
    ].join('\n')
    const read = (await structureText(pasted)).result!.readout
    expect(read.pillars.map((p) => p.body)).toEqual(['Ministers agreed to fund shore power at the ports with a total of 40 million euros over three years.', 'Ministers asked the secretariat to report on the fund in 2026.'])
    expect(read.figures.map((f) => f.value)).toContain('€40 million')
  })

  it('reads a web page and a forwarded e-mail without their furniture', async () => {
    const page = [
      'Accueil > Actualités > Communiqués', 'Partager cette page', 'Imprimer', 'Publié le 9 mai 2025',
      'Communiqué final de la réunion des ministres de la Santé du Conseil sanitaire du Sahel',
      'Niamey, le 8 mai 2025',
      'Les ministres de la Santé du Conseil sanitaire du Sahel se sont réunis à Niamey le 8 mai 2025.',
      'Les ministres ont décidé de créer une réserve régionale de vaccins.',
      'Les ministres ont demandé au secrétariat de former 120 agents de santé.',
      'Contenus associés', 'Le Conseil lance une campagne contre la rougeole',
    ].join('\n')
    const read = (await structureText(page)).result!.readout
    expect(read.title).toBe('Communiqué final de la réunion des ministres de la Santé du Conseil sanitaire du Sahel')
    expect(read.pillars).toHaveLength(2)
    expect(JSON.stringify(read)).not.toMatch(/Partager|Imprimer|Publié|rougeole/)

    const mail = [
      '---------- Forwarded message ---------', 'From: Desk <desk@corridor.example>', 'Date: Tue, 3 June 2025', 'Subject: Readout', 'To: Team',
      'Readout of the Green Corridor Council', 'Rotterdam, 2 June 2025',
      'Ministers of the Green Corridor Council met in Rotterdam on 2 June 2025.',
      '•\tShore power: Ministers agreed to fit shore power at 12 berths by 2027.',
      '•\tFuel: Ministers agreed to buy 40,000 tonnes of clean fuel together.',
      'Kind regards,', 'Ada Smit', 'Council desk', 'Tel. +31 10 555 0100',
    ].join('\r\n')
    const readMail = (await structureText(mail)).result!.readout
    expect(readMail.title).toBe('Readout of the Green Corridor Council')
    expect(readMail.pillars.map((p) => p.title)).toEqual(['Shore power', 'Fuel'])
    expect(JSON.stringify(readMail)).not.toMatch(/Ada Smit|Forwarded|desk@/)
  })

  it('drops a page’s contents list whose entries come back as headings, so its last entry does not take the text under it', async () => {
    const lines = ['Chair’s summary: Orchard Ministers, Graz', '', 'On this page', 'Frost insurance', 'Pruning crews', 'Next meeting', '', 'The Orchard Council met in Graz on 2 March 2026.', '', 'Frost insurance', '', 'Ministers agreed to insure growers against late frost.', '', 'Pruning crews', '', 'Ministers agreed to train pruning crews for small growers.', '', 'Next meeting', '', 'The Council will meet again in Bolzano in 2027.']
    expect([...pastedNoise(lines)].sort((a, b) => a - b)).toEqual([2, 3, 4, 5])
    // entries that never come back are a list of the text's own, not a contents list
    expect([...pastedNoise(['Contents', 'Frost insurance', 'Pruning crews', '', 'Ministers agreed to insure growers against late frost.'])]).toEqual([])
    expect([...pastedNoise(['Sommaire', 'Gel tardif', 'Taille', '', 'Gel tardif', '', 'Les ministres ont convenu d’assurer les vergers.', '', 'Taille', '', 'Les ministres ont convenu de former des équipes.'])].sort((a, b) => a - b)).toEqual([0, 1, 2])
    const {result} = await structureText(lines.join('\n'))
    expect(result?.readout.dates?.start).toBe('2026-03-02')
    expect(result?.readout.place).toBe('Graz')
    expect(result?.readout.outlook).toEqual(['The Council will meet again in Bolzano in 2027.'])
  })

  it('knows a blog’s category line as a page label, not a title', () => {
    expect(isPageFurniture('Category: News | Posted: 12 Jan 2026')).toBe(true)
    expect(isPageFurniture('Catégorie : Actualités')).toBe(true)
  })

  it('drops a joint media release’s letterhead of ministers and portfolios, so the headline is the title', async () => {
    const lines = ['JOINT MEDIA RELEASE', '', 'THE HON ROSA VANCE MP', 'Minister for Fisheries', '', 'Senator the Hon Tom Ries', 'Tasmanian Minister for Primary Industries', '', 'Monday, 2 March 2026', '', 'Ministers agree to close the scallop beds for a year', '', 'Fisheries ministers met in Hobart today at the Southern Scallop Council and agreed to rest the beds.', '', 'Ministers agreed to pay divers to survey the beds.', '', 'Ministers agreed to share catch records.']
    expect([...pastedNoise(lines)].sort((a, b) => a - b)).toEqual([2, 3, 5, 6])
    const {result} = await structureText(lines.join('\n'))
    expect(result?.readout.title).toBe('Ministers agree to close the scallop beds for a year')
    expect(result?.readout.kind).toBe('press release')
    expect(result?.readout.place).toBe('Hobart')
    // a portfolio line with no name over it is left to the title block
    expect([...pastedNoise(['Minister for Fisheries', 'Ministers agreed to rest the beds.'])]).toEqual([])
  })
})
