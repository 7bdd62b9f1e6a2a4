import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {glyphBullets} from '../structure/glyph-bullets.js'

// Layouts of points (cause family C of the session's blind rounds 31 and 32), each stated as a general form.
// Every sentence here is written for this test, on other subjects than the corpus cases.

const read = async (text: string) => (await structureText(text)).result!.readout
const bullets = (text: string) => parsePlainText(text).children.map((node) => (node.type === 'paragraph' ? node.data?.bullet?.marker : undefined))
const paragraphs = (text: string) => parsePlainText(text).children.map((node) => (node.type === 'paragraph' && node.children[0].type === 'text' ? node.children[0].value : ''))

const ITEMS = ['Night buses: The towns will run a night bus every hour on Saturdays.', 'Cycle lanes: A protected lane will link the station to the hospital.', 'Parking: Parking on the market square will end in June.']
const LISTED = (glyph: string, items = ITEMS) => `Readout of the Three Valleys Transport Board\nBrig, 3 March 2026\n\nThe Board met in Brig on 3 March 2026 and agreed the following:\n\n${items.map((item) => `${glyph} ${item}`).join('\n')}\n\nThe Board will meet again in Sion in June 2026.\n`

describe('a glyph the reader has no list of opens sibling lines as their bullet (C1)', () => {
  for (const glyph of ['✦', '⟶', '❯', '⁃', 'Ø', 'q', 'v', '§', '◈']) {
    it(`reads \`${glyph}\` as a bullet, the glyph in neither the title nor the body`, async () => {
      const readout = await read(LISTED(glyph))
      expect(readout.pillars.map((point) => [point.title, point.body])).toEqual([
        ['Night buses', 'The towns will run a night bus every hour on Saturdays.'],
        ['Cycle lanes', 'A protected lane will link the station to the hospital.'],
        ['Parking', 'Parking on the market square will end in June.'],
      ])
    })
  }

  it('reads circled digits and keycaps, each line its own, as one marker', () => {
    expect([...glyphBullets(['➊ Night buses', 'text', '➋ Cycle lanes', 'text']).keys()]).toEqual([0, 2])
    expect([...glyphBullets(['① Night buses', '② Cycle lanes']).keys()]).toEqual([0, 1])
  })

  it('leaves a symbol that opens one line only, a currency sign, a quote mark, a number and a word as text', () => {
    expect(glyphBullets(['✦ The towns will run a night bus.', 'A protected lane will link the station.']).size).toBe(0)
    expect(glyphBullets(['€ 2 million for night buses', '€ 3 million for cycle lanes', '€ 1 million for parking']).size).toBe(0)
    expect(glyphBullets(['" We will run night buses', '" We will build lanes', '" We will end parking']).size).toBe(0)
    expect(glyphBullets(['« Nous ferons des bus', '« Nous ferons des pistes', '« Nous fermerons le parking']).size).toBe(0)
    expect(glyphBullets(['2 000 voyageurs par nuit', '2 lignes nouvelles', '2 parkings fermés']).size).toBe(0)
    expect(glyphBullets(['A night bus every hour', 'A protected lane', 'A market square without cars']).size).toBe(0)
    expect(glyphBullets(['à Brig le 3 mars', 'à Sion le 4 mars', 'à Sierre le 5 mars']).size).toBe(0)
    expect(glyphBullets(['y compris les bus', 'y compris les vélos', 'y compris les taxis']).size).toBe(0)
    expect(glyphBullets(['| Night buses | 2026 |', '| Cycle lanes | 2027 |']).size).toBe(0)
    expect(glyphBullets(['… les bus de nuit : « Oui. »', '… les pistes : « Non. »']).size).toBe(0)
  })

  it('needs three letters one under another before it reads a lone letter as a lost glyph', () => {
    expect(glyphBullets(['q Night buses', 'q Cycle lanes']).size).toBe(0)
    expect(glyphBullets(['q Night buses', 'The towns agreed.', 'q Cycle lanes', 'q Parking']).size).toBe(0)
    expect(glyphBullets(['q Night buses', '', 'q Cycle lanes', '', 'q Parking']).size).toBe(3)
  })

  it('reads French items after a lost glyph, their title before a spaced colon', async () => {
    const readout = await read(`Relevé de décisions du conseil syndical des transports\nSion, le 3 mars 2026\n\nLe conseil a décidé :\n\nØ Bus de nuit : Un bus circulera chaque heure le samedi soir.\nØ Pistes cyclables : Une piste protégée reliera la gare à l'hôpital.\nØ Stationnement : Le stationnement sur la place du marché prendra fin en juin.\n`)
    expect(readout.pillars.map((point) => point.title)).toEqual(['Bus de nuit', 'Pistes cyclables', 'Stationnement'])
  })
})

describe('a title before a spaced dash in a list is the title, as before a colon (C1)', () => {
  for (const [name, dash] of [
    ['an em dash', '—'],
    ['an en dash', '–'],
    ['a spaced hyphen', '-'],
    ['a typed double hyphen', '--'],
  ] as const) {
    // (a bullet of one word before a dash, `• Parking — …`, is taken for a wire's dateline, `PARKING — …`: left to the dateline's
    // readers, so the items here open on two words)
    it(`splits on ${name}`, async () => {
      const readout = await read(LISTED('•', ITEMS.map((item) => item.replace('Parking:', 'Market parking:').replace(': ', ` ${dash} `))))
      expect(readout.pillars.map((point) => [point.title, point.body])).toEqual([
        ['Night buses', 'The towns will run a night bus every hour on Saturdays.'],
        ['Cycle lanes', 'A protected lane will link the station to the hospital.'],
        ['Market parking', 'Parking on the market square will end in June.'],
      ])
    })
  }

  it('splits French items on an en dash', async () => {
    const readout = await read(`Relevé de décisions du conseil syndical des transports\nSion, le 3 mars 2026\n\nLe conseil a décidé :\n\n• Bus de nuit – Un bus circulera chaque heure le samedi soir.\n• Pistes cyclables – Une piste protégée reliera la gare à l'hôpital.\n`)
    expect(readout.pillars.map((point) => [point.title, point.body])).toEqual([
      ['Bus de nuit', 'Un bus circulera chaque heure le samedi soir.'],
      ['Pistes cyclables', "Une piste protégée reliera la gare à l'hôpital."],
    ])
  })

  it('leaves a lone dash, and a row of cells, in the body', async () => {
    const lone = await read(LISTED('•', ['Night buses – The towns will run a night bus every hour on Saturdays.', 'A protected lane will link the station to the hospital.', 'Parking on the market square will end in June.']))
    expect(lone.pillars[0].body).toContain('Night buses – The towns')
    const rows = await read(LISTED('•', ['Brig – CHF 2 million – night buses for the valley', 'Sion – CHF 3 million – cycle lanes to the hospital', 'Sierre – CHF 1 million – parking on the square']))
    expect(rows.pillars.map((point) => point.body)).toContain('Sion – CHF 3 million – cycle lanes to the hospital')
  })
})

describe('a marked heading over its paragraph: the paragraph is the body, the heading the title as written (C2)', () => {
  const HEADED = (marks: string[]) => `Readout of the Three Valleys Transport Board\nBrig, 3 March 2026\n\nThe Board met in Brig on 3 March 2026.\n\n${marks.map((mark, at) => `${mark} ${['A night bus on Saturdays', 'A lane to the hospital', 'No more parking on the square'][at]}\n${['The towns will run a night bus every hour on Saturdays from May, paid for by the canton.', 'A protected cycle lane will link the station to the hospital by the end of 2027.', 'Parking on the market square will end in June, and the square will be paved again.'][at]}\n`).join('\n')}\nThe Board will meet again in Sion in June 2026.\n`
  for (const [name, marks] of [
    ['keycaps', ['1️⃣', '2️⃣', '3️⃣']],
    ['circled digits', ['➊', '➋', '➌']],
    ['a section sign and a number', ['§ 1', '§ 2', '§ 3']],
    ['an unknown symbol', ['✦', '✦', '✦']],
  ] as const) {
    it(`reads headings marked with ${name}`, async () => {
      const readout = await read(HEADED([...marks]))
      expect(readout.pillars.map((point) => [point.title, point.body])).toEqual([
        ['A night bus on Saturdays', 'The towns will run a night bus every hour on Saturdays from May, paid for by the canton.'],
        ['A lane to the hospital', 'A protected cycle lane will link the station to the hospital by the end of 2027.'],
        ['No more parking on the square', 'Parking on the market square will end in June, and the square will be paved again.'],
      ])
    })
  }

  it('reads French headings marked with circled digits, with their article', async () => {
    const readout = await read(`Conseil syndical des transports\n\nLe conseil s'est réuni à Sion le 3 mars 2026.\n\n① Un bus de nuit le samedi\nUn bus circulera chaque heure le samedi soir dès le mois de mai, financé par le canton.\n\n② Une piste vers l'hôpital\nUne piste cyclable protégée reliera la gare à l'hôpital d'ici à la fin de 2027.\n`)
    expect(readout.pillars.map((point) => point.title)).toEqual(['Un bus de nuit le samedi', "Une piste vers l'hôpital"])
  })

  it('keeps a section sign before a sentence a numbered paragraph', () => {
    expect(bullets('§ 1 The Board agreed to run night buses.\n§ 2 The Board agreed to build a lane.\n')).toEqual(['1.', '2.'])
    expect(paragraphs('§ 1 The Board agreed to run night buses.\n§ 2 The Board agreed to build a lane.\n')).toEqual(['The Board agreed to run night buses.', 'The Board agreed to build a lane.'])
  })
})

describe('clauses of one sentence, each its own paragraph ending on a semicolon, are the items of a list (C5)', () => {
  it('reads a gazette notice\'s resolutions, each opening on `That`, as points, its lead-in under a heading as context', async () => {
    const readout = await read(`THE UPLAND DAIRY BOARD\n\nRESOLUTIONS OF THE ANNUAL GENERAL MEETING\n\nIT IS NOTIFIED that the Upland Dairy Board, at its annual general meeting held at Nyeri on 4 March 2026, resolved—\n\nThat the minimum price of raw milk be set at KSh 52 per litre for the coming year;\n\nThat every collection centre keep a cooling tank of at least 2,000 litres;\n\nThat a training fund for dairy farmers be established, financed by a levy on processors.\n`)
    expect(readout.pillars.map((point) => point.body)).toEqual([
      'That the minimum price of raw milk be set at KSh 52 per litre for the coming year;',
      'That every collection centre keep a cooling tank of at least 2,000 litres;',
      'That a training fund for dairy farmers be established, financed by a levy on processors.',
    ])
  })

  it('reads a French deliberation\'s infinitive clauses under `DÉCIDE :` as items', () => {
    expect(bullets("Le conseil, après en avoir délibéré, DÉCIDE :\n\nD'ouvrir une cantine à l'école de Gap ;\n\nDe fixer le prix du repas à 3 euros ;\n\nD'autoriser le maire à signer la convention.\n")).toEqual([undefined, '-', '-', '-'])
  })

  it('reads clauses joined by `; and` and a lead-in that ends on a colon', () => {
    expect(bullets('The Board decided:\n\nto raise the milk price by 5%;\n\nto open two collection centres; and\n\nto review the price in a year.\n')).toEqual([undefined, '-', '-', '-'])
  })

  it('leaves two clauses, a run with no lead-in, and a paragraph with a semicolon inside as paragraphs', () => {
    expect(bullets('The Board decided:\n\nto raise the milk price by 5%;\n\nto review the price in a year.\n')).toEqual([undefined, undefined, undefined])
    expect(bullets('The Board met in Nyeri.\n\nPrices rose by 5%;\n\nCollection grew;\n\nFarmers were paid on time.\n')).toEqual([undefined, undefined, undefined, undefined])
    expect(bullets('The Board decided:\n\nPrices will rise by 5%; farmers will be paid weekly.\n\nThe Board will meet in May.\n')).toEqual([undefined, undefined, undefined])
  })
})

describe('a document\'s own sections are context, never points (C4, C5)', () => {
  const SHEET = (headings: [string, string, string], lang: 'en' | 'fr') =>
    lang === 'en'
      ? `Briefing note on the Three Valleys Transport Board\n\nThe Board met in Brig on 3 March 2026.\n\n${headings[0]}\n\n"Night buses are a promise kept." (the Chair's words, use as written)\n\nWHAT WAS AGREED\n\n- The towns will run a night bus every hour on Saturdays\n- A protected lane will link the station to the hospital\n\n${headings[1]}\n\n… fares: "Night buses cost the same as day buses."\n\n${headings[2]}\n\nDo not give a date for the new depot: talks are not finished.\n`
      : `Note de communication sur le conseil des transports\n\nLe conseil s'est réuni à Sion le 3 mars 2026.\n\n${headings[0]}\n\n« Les bus de nuit sont une promesse tenue. » (phrase du président, à reprendre telle quelle)\n\nCE QUI A ÉTÉ DÉCIDÉ\n\n- Un bus de nuit circulera chaque heure le samedi\n- Une piste protégée reliera la gare à l'hôpital\n\n${headings[1]}\n\n… les tarifs : « Le bus de nuit coûte le même prix. »\n\n${headings[2]}\n\nNe pas donner de date pour le nouveau dépôt : les discussions sont en cours.\n`
  for (const [headings, lang] of [
    [['KEY MESSAGE', 'IF ASKED ABOUT…', 'DO NOT SAY'], 'en'],
    [['Key messages', 'If pressed on...', 'What not to say'], 'en'],
    [['MESSAGE PRINCIPAL', "SI L'ON VOUS INTERROGE SUR…", 'À NE PAS DIRE'], 'fr'],
    [['Messages clés', 'En cas de question sur…', 'À ne pas dire'], 'fr'],
  ] as const) {
    it(`reads a comms sheet's sections as context: ${headings.join(' / ')}`, async () => {
      const readout = await read(SHEET([...headings], lang))
      expect(readout.pillars).toHaveLength(2)
    })
  }

  it('reads a wiki page\'s Attendees and Goals as context and its Action items as outlook, the next heading no item', async () => {
    const readout = await read(`Three Valleys Transport Board – March meeting\n\nDate\n3 Mar 2026, Town Hall, Brig\n\nAttendees\n@Anna Roth (Chair), @Marc Favre, and 9 members from the valley towns.\n\nGoals\nSettle the night bus timetable\nAgree the cycle lane route\n\nNight buses\nThe Board agreed to run a night bus every hour on Saturdays from May, paid for by the canton.\n\nCycle lane\nThe Board approved a protected cycle lane from the station to the hospital, to open by the end of 2027.\n\nAction items\n☐ @Marc Favre to publish the timetable by 1 April 2026\n☐ @Anna Roth to write to the canton by 15 March 2026\n\nNext meeting\nThe Board will meet again on 9 June 2026.\n`)
    expect(readout.pillars.map((point) => point.title)).toEqual(['Night buses', 'Cycle lane'])
    expect(readout.outlook).toEqual(['@Marc Favre to publish the timetable by 1 April 2026', '@Anna Roth to write to the canton by 15 March 2026', 'The Board will meet again on 9 June 2026.'])
  })
})

describe('a document\'s formulas and furniture are no points (C4)', () => {
  it('drops a post\'s footer: its reaction counts, `Leave a comment`, `Subscribe`; and a wiki page\'s `Be the first to like this`', () => {
    const text = 'The Board agreed to run night buses.\n\n♡ 12    💬 3    ↻ Share\n\n👍 120 · 💬 14\n\nLeave a comment\n\nSubscribe\n\nBe the first to like this\n\nLaisser un commentaire\n'
    expect(paragraphs(text)).toEqual(['The Board agreed to run night buses.'])
  })

  it('keeps a line with one glyph and a count, and a sentence about comments', () => {
    expect(paragraphs('★ 5 stars for the new buses\n\nMembers will leave a comment on the draft by May.\n')).toHaveLength(2)
  })

  for (const [name, heading, copy] of [
    ['an English memorandum', 'To:', 'Copy to:'],
    ['a distribution list in cc', 'Distribution:', 'Cc:'],
  ] as const) {
    it(`reads the distribution lists of ${name} as context`, async () => {
      const readout = await read(`Readout of the Three Valleys Transport Board\nBrig, 3 March 2026\n\n1. The Board agreed to run a night bus every hour on Saturdays from May.\n\n2. The Board approved a protected cycle lane from the station to the hospital.\n\n${heading}\n1. All members of the Board\n2. The mayors of the valley towns\n\n${copy}\n1. Cantonal Office of Transport\n2. Regional Bus Company, Sion\n`)
      expect(readout.pillars).toHaveLength(2)
    })
  }
})

it('reads the distribution lists of a French note as context', async () => {
  const readout = await read(`Relevé de décisions du conseil syndical des transports\nSion, le 3 mars 2026\n\n1. Le conseil a décidé de faire circuler un bus de nuit chaque heure le samedi dès le mois de mai.\n\n2. Le conseil a approuvé une piste cyclable protégée entre la gare et l'hôpital.\n\nDestinataires :\n1. Membres du conseil syndical\n2. Maires des communes de la vallée\n\nCopie à :\n1. Office cantonal des transports\n2. Compagnie régionale des bus, Sion\n`)
  expect(readout.pillars).toHaveLength(2)
})
