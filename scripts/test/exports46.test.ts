import {describe, expect, it} from 'vitest'
import {readoutOf} from './helpers.js'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {withoutInlineMarkup} from '../structure/inline-markup.js'
import {isPageFurniture} from '../structure/pasted-text.js'

// Whole shapes of exported text (branch exports46): a Markdown or notes-app export, a page of questions and answers.
// Every sentence here is written for this test, on other subjects than the corpus cases.

const paragraphs = (text: string) => parsePlainText(text).children.map((node) => (node.type === 'paragraph' && node.children[0].type === 'text' ? node.children[0].value : ''))

describe('Markdown marks inside a line are markup, not words', () => {
  it('drops the bold marks of a run-in title that opens a line, in any exporter’s spelling, and no other mark', () => {
    expect(withoutInlineMarkup('- **Clean rivers:** The ministers agreed to close 40 outfalls.')).toBe('- Clean rivers: The ministers agreed to close 40 outfalls.')
    expect(withoutInlineMarkup('* __Financement :__ Les ministres ont doté le fonds de 2 M€.')).toBe('* Financement : Les ministres ont doté le fonds de 2 M€.')
    expect(withoutInlineMarkup('1. **Eaux usées** : Les ministres ont fermé 12 rejets.')).toBe('1. Eaux usées : Les ministres ont fermé 12 rejets.')
    // (any other mark inside a line stays a literal character: a source is plain text, not Markdown, as the README promises)
    expect(withoutInlineMarkup('The board adopted the *Harbour Charter* and [its annex](https://example.org/annex.pdf).')).toBe('The board adopted the *Harbour Charter* and [its annex](https://example.org/annex.pdf).')
    expect(withoutInlineMarkup('Le conseil a voté la _charte des quais_ et la **taxe** de séjour.')).toBe('Le conseil a voté la _charte des quais_ et la **taxe** de séjour.')
    expect(withoutInlineMarkup('- *Audit everything* [now](javascript:alert(1)): Partners raised $5 billion.')).toBe('- *Audit everything* [now](javascript:alert(1)): Partners raised $5 billion.')
  })

  it('leaves a line that one mark wraps whole, a word with underscores and a product of numbers', () => {
    expect(withoutInlineMarkup('**Accès au crédit**')).toBe('**Accès au crédit**')
    expect(withoutInlineMarkup('Run export_file_name twice.')).toBe('Run export_file_name twice.')
    expect(withoutInlineMarkup('A grid of 2 * 3 * 4 cells.')).toBe('A grid of 2 * 3 * 4 cells.')
    expect(withoutInlineMarkup('* Item without marks')).toBe('* Item without marks')
  })

  it('reads a bold run-in title of a bullet as the point’s title, its body without the marks', async () => {
    const readout = await readoutOf('The Lakeland Cycling Forum met in Kendal on 4 March 2026.\n\nMembers agreed on three measures:\n\n- __Cycle lanes:__ The county will paint 60 km of protected cycle lanes on school routes by 2027.\n- __Bike parking:__ Every station will get covered racks for 200 bicycles before the summer.\n- __Night buses:__ Buses will carry two bicycles each on the late routes from September.\n')
    expect(readout.pillars.map((point) => point.body)).toEqual(['The county will paint 60 km of protected cycle lanes on school routes by 2027.', 'Every station will get covered racks for 200 bicycles before the summer.', 'Buses will carry two bicycles each on the late routes from September.'])
    expect(readout.pillars.map((point) => point.title)).toEqual(['Cycle lanes', 'Bike parking', 'Night buses'])
  }, 60000)
})

describe('a Markdown heading’s own number numbers its section', () => {
  it('drops the number inside the heading’s marks over a short title', () => {
    expect(paragraphs('### 2) Safer streets\n\nThe council agreed to light every underpass.\n')[0]).toBe('Safer streets')
    expect(paragraphs('**3. Financement des cantines**\n\nLe conseil a voté 2 M€.\n')[0]).toBe('Financement des cantines')
    expect(paragraphs('## 4 – Night trains\n\nMinisters agreed to run two night trains.\n')[0]).toBe('Night trains')
  })

  it('keeps a year, an amount or a sentence that opens a heading', () => {
    expect(paragraphs('## 2026 budget\n')[0]).toBe('2026 budget')
    expect(paragraphs('## 12 new members joined\n')[0]).toBe('12 new members joined')
    expect(paragraphs('## 1.5 million trees\n')[0]).toBe('1.5 million trees')
  })
})

describe('a Markdown quote that quotes someone is a quotation, not a list', () => {
  it('reads `> “…”` and `> — who` without the mark, as no bullets', () => {
    const tree = parsePlainText('> "A river that floods once a year is a river we have not listened to."\n> – the Chair, closing the meeting\n')
    expect(tree.children.map((node) => (node.type === 'paragraph' ? node.data?.bullet : undefined))).toEqual([undefined, undefined])
    expect(paragraphs('> « Une ville sans arbres est une ville qui étouffe. »\n> — le maire, en séance\n')).toEqual(['« Une ville sans arbres est une ville qui étouffe. »', '— le maire, en séance'])
  })

  it('makes no point of a section that only quotes someone, in either language', async () => {
    const english = await readoutOf('# Readout – River Basin Board\n\nThe River Basin Board met in Shrewsbury on 12 May 2026.\n\n## Flood storage\n\nThe Board agreed to buy 300 hectares of farmland upstream to store winter floods.\n\n## Quote of the day\n\n> "A river that floods once a year is a river we have not listened to."\n> – the Chair, closing the meeting\n\n## Fish passes\n\nThe Board approved fish passes at four weirs by 2028.\n')
    expect(english.pillars.map((point) => point.title)).toEqual(['Flood storage', 'Fish passes'])
    const french = await readoutOf("# Compte rendu – Conseil des jardins partagés\n\nLe conseil des jardins partagés s'est réuni à Nantes le 3 avril 2026.\n\n## Parcelles\n\nLe conseil a décidé d'ouvrir 80 nouvelles parcelles au printemps.\n\n## Paroles\n\n> « Un jardin partagé, c'est une rue qui se parle. »\n> — la présidente du conseil\n\n## Eau\n\nLe conseil a voté l'installation de 12 récupérateurs d'eau de pluie.\n")
    expect(french.pillars.map((point) => point.title)).toEqual(['Parcelles', 'Eau'])
  }, 60000)
})

describe('a task list’s box under next steps is a step ahead', () => {
  it('reads unticked boxes under an outlook heading as outlook, whatever their words', async () => {
    const readout = await readoutOf('# Notes – Harbour Users Group\n\nThe Harbour Users Group met in Oban on 9 June 2026.\n\n## Moorings\n\nThe group agreed to add 24 visitor moorings in the north bay.\n\n## Next steps\n\n* [ ] Survey of the north bay seabed before the end of July\n* [ ] Draft mooring fees for the autumn meeting\n')
    expect(readout.pillars.map((point) => point.title)).toEqual(['Moorings'])
    expect(readout.outlook).toEqual(['Survey of the north bay seabed before the end of July', 'Draft mooring fees for the autumn meeting'])
  }, 60000)
})

describe('a page of questions and answers', () => {
  it('reads a page’s feedback box and sharing line as its furniture, in either language', () => {
    expect(isPageFurniture('Was this page helpful?  Yes  No')).toBe(true)
    expect(isPageFurniture('Is this article useful? Yes / No')).toBe(true)
    expect(isPageFurniture('Cette page vous a-t-elle été utile ? Oui Non')).toBe(true)
    expect(isPageFurniture('Share this article: Facebook | LinkedIn | Email')).toBe(true)
    expect(isPageFurniture('Was this decision useful for farmers? Ministers think so.')).toBe(false)
  })

  it('reads a breadcrumb whose last crumb is the page’s whole title as furniture', () => {
    expect(isPageFurniture('Home / Press / Meetings / Harbour ministers’ meeting: what was agreed')).toBe(true)
    expect(isPageFurniture('Accueil > Actualités > Conseil des ministres de la mer : les réponses à vos questions')).toBe(true)
  })

  it('titles a point with the question an answer that decides is under; an opening `Yes.` heads nothing', async () => {
    const english = await readoutOf("Harbour ministers' meeting: your questions\n\nTransport ministers of the North Sea Ports Council met in Esbjerg on 4 and 5 May 2026.\n\nWhat was the meeting about?\nPorts handle most of the region's trade and employ about 90,000 people.\n\nWill shore power be required?\nYes. Ministers agreed that every cruise berth will offer shore power by 2030.\n\nIs there money for dredging?\nYes. The Council approved a dredging fund of €60 million for the smaller ports.\n")
    expect(english.pillars.map((point) => point.title)).toEqual(['Will shore power be required?', 'Is there money for dredging?'])
    const french = await readoutOf("Conseil des ministres de la mer : questions et réponses\n\nLes ministres de la mer du Conseil atlantique se sont réunis à Brest le 4 mai 2026.\n\nLes ports devront-ils s'équiper ?\nOui. Les ministres ont décidé que chaque port de plaisance sera équipé de bornes électriques d'ici 2029.\n\nY aura-t-il un fonds pour le dragage ?\nOui. Le Conseil a adopté un fonds de dragage de 20 M€ pour les petits ports.\n")
    expect(french.pillars.map((point) => point.title)).toEqual(["Les ports devront-ils s'équiper ?", 'Y aura-t-il un fonds pour le dragage ?'])
  }, 60000)
})

describe('a consent agenda: each item approved in a single motion is its own', () => {
  it('reads items numbered after a letter and a hyphen as a list’s items', () => {
    const tree = parsePlainText('The following items were adopted en bloc:\nCA-1 Minutes of the meeting of 3 March 2026\nCA-2 Contract for snow clearing on the county roads for two winters\nCA-3 Purchase of two gritting lorries at $210,000 each\n')
    expect(tree.children.map((node) => (node.type === 'paragraph' ? node.data?.bullet?.marker : undefined))).toEqual([undefined, 'CA-1', 'CA-2', 'CA-3'])
  })

  it('makes points of the items that decide, not of the minutes or a periodic report, in either language', async () => {
    const english = await readoutOf('HIGHLAND ROADS BOARD\nSummary of actions – meeting of 12 March 2026, Inverness\n\nCONSENT CALENDAR\nThe Board approved the following items in one motion without discussion:\nK-1 Approval of the minutes of the special meeting of January 8, 2026\nK-2 Financial statements for the month of February\nK-3 Contract for snow clearing on the county roads for two winters at $450,000\n\nITEM 4 — Gritting lorries\nThe Board approved the purchase of two gritting lorries for the northern depots.\n')
    expect(english.pillars.map((point) => point.body)).toEqual(['Contract for snow clearing on the county roads for two winters at $450,000', 'The Board approved the purchase of two gritting lorries for the northern depots.'])
    const french = await readoutOf("Syndicat des eaux du Val de Loire\nRelevé des décisions – comité du 5 mars 2026, Blois\n\nLes points suivants ont été adoptés en bloc, sans débat :\nA-1 Procès-verbal de la séance du 4 février 2026\nA-2 Rapport financier du quatrième trimestre\nA-3 Remplacement de 3 km de canalisations à Chaumont pour 640 000 euros\n\nLe comité a décidé de créer une tarification sociale de l'eau dès 2027.\n")
    const bodies = french.pillars.map((point) => point.body)
    expect(bodies).toContain('Remplacement de 3 km de canalisations à Chaumont pour 640 000 euros')
    expect(bodies.filter((body) => /Procès-verbal|Rapport financier/.test(body))).toEqual([])
  }, 60000)
})

describe('a transcript’s time codes and speakers are furniture', () => {
  it('drops the lines of a time code and a speaker, and reads each turn as its paragraph', () => {
    expect(paragraphs('00:00:04 Speaker 1\nGood morning and welcome to the briefing.\n\n00:00:09 Speaker 2\nThanks. The board agreed to open two new depots.\n\n00:00:15 Speaker 1\nWhen will they open?\n\n00:00:17 Speaker 2\nBoth of them will open in the spring of next year.\n')).toEqual(['Good morning and welcome to the briefing.', 'Thanks. The board agreed to open two new depots.', 'When will they open?', 'Both of them will open in the spring of next year.'])
    expect(paragraphs('Marie Dubois (1:02)\nLe conseil a voté la gratuité des transports scolaires.\nLucas Martin (1:15)\nC’est une bonne nouvelle pour les familles des villages.\nMarie Dubois (1:20)\nElle entrera en vigueur à la rentrée prochaine.\n')).toEqual(['Le conseil a voté la gratuité des transports scolaires.', 'C’est une bonne nouvelle pour les familles des villages.', 'Elle entrera en vigueur à la rentrée prochaine.'])
  })

  it('leaves a programme’s times alone', () => {
    expect(paragraphs('09:00 Registration\n09:30 Opening\n10:00 Coffee\n10:30 Opening\n')).toEqual(['09:00 Registration', '09:30 Opening', '10:00 Coffee', '10:30 Opening'])
  })

  it('reads a question asked in a turn as no heading and an answer’s first words as no run-in title', async () => {
    const readout = await readoutOf('Transcript – Morning Report, Coast FM, 9 May 2026\n\n[07:41:02] HOST\nThe Coastal Ferries Board met in Plymouth yesterday. Its chair, Ruth Penrose, is with us.\n\n[07:41:10] RUTH PENROSE\nGood morning.\n\n[07:41:12] HOST\nWhat did you decide?\n\n[07:41:14] RUTH PENROSE\nWe decided to add a late ferry to the islands every Friday from June, all year round.\n\n[07:41:30] HOST\nWas that long awaited?\n\n[07:41:32] RUTH PENROSE\nFor years. Islanders could not get home after an evening on the mainland, and the board has now fixed that for good.\n\n[07:41:50] RUTH PENROSE\nWe also agreed to cut fares by 20% for islanders under twenty-five.\n')
    expect(readout.pillars.map((point) => point.body)).toEqual(['We decided to add a late ferry to the islands every Friday from June, all year round.', 'We also agreed to cut fares by 20% for islanders under twenty-five.'])
  }, 60000)
})
