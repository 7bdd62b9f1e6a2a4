// Output faults seen on the packs of round 31's new shapes (look43: an office memorandum with numbered
// minutes, a gazette notice, a community council's post with keycap headings), each fixed where the deck
// makes its points and checked on the points or slides it makes. The texts here are written for these tests.
import {describe, expect, it} from 'vitest'
import {makeDocx} from '../../brief/make-docx.js'
import {condenseSentence, pointsFrom} from '../../slides/condense.js'
import {makeSlides} from '../../slides/make-slides.js'
import {ordinalParts} from '../theme/typography.js'
import {readoutWith, zipParts} from './helpers.js'

describe('a date written with a comma before its year', () => {
  it('keeps its year: the comma between the month and the year ends no clause', () => {
    // (it was `… held on 7th April.` and `… fell to ₹410 per kg in February.`)
    expect(condenseSentence('Minutes of the 4th meeting of the State Coir Development Committee held on 7th April, 2026 at Alappuzha – reg.', 110)).toMatch(/7th April, 2026/)
    expect(condenseSentence('The average price of husk at the Pollachi market fell to ₹410 per kg in February, 2026 from ₹520 per kg a year earlier, below the cost of collection.', 110)).toBe('The average price of husk at the Pollachi market fell to ₹410 per kg in February, 2026.')
  })

  it('keeps it in the American order too, and leaves a date without that comma as written', () => {
    expect(condenseSentence('The board approved the budget of the new laboratory on March 5, 2026 after a long debate about the costs of the equipment and of the staff it needs.', 110)).toMatch(/March 5, 2026/)
    expect(condenseSentence('The board approved the budget of the new laboratory on 5 March 2026 after a long debate about the costs of the equipment and of the staff it needs.', 110)).not.toMatch(/March,/)
    // (a typeset readout has a no-break space inside the date: the comma comes back all the same)
    expect(pointsFrom('The next plenary will be held in Valletta in the week of October\u00a014, 2027.')).toEqual(['The next plenary will be held in Valletta in the week of October 14, 2027.'])
  })
})

describe('a sentence in brackets', () => {
  it('keeps its closing bracket when it is shown as a point', () => {
    // (the closing slide showed `(Registered as a Newspaper at the G.P.O.` with its bracket lost)
    expect(condenseSentence('(Entered as a periodical at the Central Post Office.)', 110)).toBe('(Entered as a periodical at the Central Post Office.)')
    expect(pointsFrom('(Printed and published by the Government Printer, Kampala.)')).toEqual(['(Printed and published by the Government Printer, Kampala.)'])
  })

  it('still ends a sentence without brackets as before', () => {
    expect(condenseSentence('The council adopted the plan (in its second reading).', 110)).toBe('The council adopted the plan (in its second reading).')
    expect(condenseSentence('The council adopted the plan.', 110)).toBe('The council adopted the plan.')
  })
})

describe('a cut inside a name written with capitals', () => {
  it('never ends a point inside the name', () => {
    // (it was `… for the revival of the Government Silk.` of `the Government Silk Weaving Factory at Srinagar`)
    const sentence = 'Under any other business, the delegate of the Government of Himachal Pradesh asked for help with the reopening of the State Wool Spinning Mill at Kullu, whose machines have stood idle for many years.'
    for (const point of [...pointsFrom(sentence), condenseSentence(sentence, 110), condenseSentence(sentence, 140)]) {
      expect(point).not.toMatch(/(?:State|Wool|Spinning)\.$/)
    }
  })
})

describe('a count whose noun is in the lead-in', () => {
  it('keeps the lead-in that says what is counted', () => {
    // (it was `11 have been implemented in full.`, a number with nothing to count)
    expect(condenseSentence('Of the 18 actions agreed at Shillong, 13 have been completed in full, while the rest are held up by tendering problems in the districts concerned.', 110)).toBe('Of the 18 actions agreed at Shillong, 13 have been completed in full.')
    // (and the point is shown, not left out as a phrase before its subject)
    expect(pointsFrom('The Member Secretary presented the report on the actions of the 3rd meeting. Of the 18 actions agreed at Shillong, 13 have been completed in full. The Committee noted the report.')).toContain('Of the 18 actions agreed at Shillong, 13 have been completed in full.')
  })

  it('still drops a lead-in before an amount that names its own unit', () => {
    expect(condenseSentence('Of this amount, €95m was pledged by the three development banks at the meeting in Lisbon, and the rest will come from the members.', 110)).toMatch(/^€95m was pledged/)
  })
})

describe('a second `that` clause of one verb', () => {
  it('is never a point of its own', () => {
    // (it was `That payments be made directly into farmers’ bank accounts.`, a clause without its verb of decision)
    const points = pointsFrom('It directed that the portal be opened to all district seed farms by 30th November, 2026, and that subsidies be paid directly into growers’ bank accounts.')
    expect(points.some((point) => /^That\b/.test(point))).toBe(false)
  })
})

describe('a point that says the title again', () => {
  it('is not shown under it: the slide keeps its heading', () => {
    // (a keycap heading read as both the title and the body: `Horaires élargis` over `Des horaires élargis.`)
    const readout = readoutWith({
      title: 'Conseil de la communauté de communes',
      lang: 'fr',
      source: 'look43.txt',
      pillars: [
        {title: 'Horaires élargis', body: 'Des horaires élargis'},
        {title: 'Tarif des professionnels', body: 'Le tarif de dépôt passe de 18 à 22 euros la tonne au 1er septembre.'},
      ],
    })
    const pillars = makeSlides(readout).slides.filter((slide) => slide.kind === 'pillar')
    expect(pillars[0].content.points).toEqual([])
    expect(pillars[0].markdown).not.toMatch(/^- /m)
    expect(pillars[1].content.points).toHaveLength(1)
  })
})

describe('French `1er` in the Word brief', () => {
  const readout = readoutWith({
    title: 'Conseil communautaire du 1er juillet 2026',
    lang: 'fr',
    source: 'look43.txt',
    context: ['Le badge sera gratuit à partir du 1er janvier 2027 (voir www.exemple.fr/1er-janvier).'],
    pillars: [{title: 'Tarif des professionnels', body: 'Le tarif passe à 22 euros la tonne au 1er septembre.'}],
  })

  it('raises its letters, as the PDF brief does, and never in an address', async () => {
    const xml = (await zipParts(await makeDocx(readout, {title: readout.title}))).get('word/document.xml')!
    // each `1er` of the text (the title, the context, the point, the source line that names the meeting): `er` in a raised run
    const raised = [...xml.matchAll(/<w:r>(?:(?!<\/w:r>).)*?<w:vertAlign w:val="superscript"\/>(?:(?!<\/w:r>).)*?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/gs)].map((m) => m[1])
    expect(raised).toEqual(['er', 'er', 'er', 'er'])
    expect(xml).toContain('www.exemple.fr/1er-janvier')
  })

  it('cuts a plain text where the letters are raised, the text whole again when joined', () => {
    const text = 'Le 1er mars et la 1re séance, à 1 h (www.exemple.fr/1er).'
    const parts = ordinalParts(text)
    expect(parts.map((part) => part.text).join('')).toBe(text)
    expect(parts.filter((part) => part.raised).map((part) => part.text)).toEqual(['er', 're'])
  })
})

describe('a run-in label that names the title again', () => {
  it('goes from the point; a label that says something else stays', () => {
    // (a slide-deck export's `Carbon credits — Partners agreed to sell …` under the title `Carbon credits`)
    const readout = readoutWith({
      title: 'Steering meeting',
      source: 'look43.txt',
      pillars: [
        {title: 'Seed banks', body: 'Seed banks — Partners agreed to open four community seed banks in the delta by 2027'},
        {title: 'Kiln', body: 'Kiln standard — Every kiln funded by the programme will meet the low-smoke standard'},
        {title: 'Tests for heavy metals', body: 'Quality label — A common label, with tests for heavy metals, will be introduced for compost sold to farmers'},
      ],
    })
    const points = makeSlides(readout).slides.filter((slide) => slide.kind === 'pillar').map((slide) => slide.content.points)
    expect(points[0]).toEqual(['Partners agreed to open four community seed banks in the delta by 2027.'])
    expect(points[1]).toEqual(['Every kiln funded by the programme will meet the low-smoke standard.'])
    expect(points[2]?.[0]).toMatch(/^Quality label\s— /)
  })
})
