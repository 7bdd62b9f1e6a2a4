import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {foldLayout, readText} from '../reader/invariance.js'
import {PASTE_VARIANTS} from '../reader/paste-variants.js'
import {carriesOnWrap, cleanPastedLine, hardWrap, isPageFurniture, quoteMarks} from '../structure/pasted-text.js'
import {structureText} from './helpers.js'

// The reader should not care how a text was pasted (issue 11): a change of layout only (line
// endings, spaces, quotes, a list's glyph or numbering, blank lines) leaves `roadmap.md` as it was.
// The two texts below were written for these tests; the cases are tuning cases of the corpus.

const root = path.resolve(import.meta.dirname, '../..')

/** A list in en dashes whose first item has sub-items, and pledges listed by name under a lead-in. */
const DASH_LIST = `Chair's Summary
Second Meeting of the Alpine Water Forum
Innsbruck, 4 March 2026

Water ministers of the seven Alpine states met in Innsbruck to agree how the region will share water in dry summers.

Ministers agreed on the following
– A common drought alert for the Alpine rivers, issued by the Forum's secretariat.
   o National agencies will share river levels every day from June 2026.
   o The alert will be published in four languages.
– A fund of €45 million for small reservoirs in mountain villages
– Training for 300 water managers by the end of 2027

Members announced the following contributions to the fund:
Austria: €15 million for reservoirs in Tyrol
Italy: €20 million for the Aosta valley
Switzerland: CHF 10 million for monitoring stations

The Forum will meet again in Bolzano in March 2027.
`

/** Points run in after a dash, one with the action a minute records under it. */
const RUN_IN = `Summary of Conclusions
Fifth Meeting of the Coastal Ferries Working Group
Split, 9 September 2026

Safer boarding — The Group agreed that every ferry port will mark a separate lane for passengers on foot by 2027.
Action: Secretariat to send a model plan to members by 30 October 2026.

Cleaner engines — Members agreed to fit shore power at the five busiest ports, so that ferries can switch off their engines while docked.

Cheaper tickets — Ministers agreed to cut fares for island residents by 20 percent from January 2027.

The Group will meet in Zadar in March 2027.
`

/** Parts numbered in roman numerals and an agenda item, each a heading over its paragraph (the agenda item in sentence case, `– measuring emissions`, is still read otherwise: left out of the loop). */
const NUMBERED_PARTS = `Joint Statement
Third Meeting of the Northern Peat Alliance
Tartu, 12 May 2026

Ministers of six northern states met in Tartu to agree how to restore drained peatland.

I. RESTORING PEATLAND

Ministers agreed to rewet 40,000 hectares of drained peat by 2030, starting with the sites that emit the most carbon.

II. MONEY FOR LANDOWNERS

Ministers agreed that landowners who rewet their land will receive €300 a hectare a year for ten years.

Agenda item 3 – Measuring emissions
Members will report the emissions of their peatland every two years from 2027.

The Alliance will meet again in Oulu in May 2027.
`

/** A mail's readout: a title block of short lines, a heading, items with a sentence after their colon, lettered steps, and a signature. */
const MAIL_READOUT = `Readout of the Lake Chad Fisheries Meeting
N'Djamena
14 April 2026

Fisheries ministers of the four lake states met in N'Djamena to agree how to keep the lake's fish stocks alive through the dry years ahead. The Lake Chad Basin Commission hosted the meeting.

Decisions
- Closed seasons: Ministers agreed to close fishing on the whole lake from July to September every year. Each state will pay its fishers a monthly allowance of €60 during the closure.
- Nets: The four states will ban nets with a mesh under 50 millimetres from January 2027, and will buy back 12,000 of the old nets from fishers.
- Landing sites: Ministers agreed to build cold stores at eight landing sites so that less of the catch is lost before it reaches a market.

The ministers asked the Commission to do three things before they meet again:
a. publish a count of the boats fishing on the lake by the end of 2026;
b. train 400 fisheries officers to check nets at the landing sites;
c. report on the fish stocks every year from 2027.

The ministers will meet again in Maroua in April 2027.

Amina Oumar
Press office
`

const CASES = ['culture-no-colon-bullets-1', 'fr-agriculture-numbered-header', 'cities-wire-header'].map((name) => ({name, text: readFileSync(path.join(root, 'scripts/test/corpus', name, 'input.txt'), 'utf8').replace(/\r\n?/g, '\n')}))

describe('paste invariance', () => {
  const texts = [{name: 'dash list', text: DASH_LIST}, {name: 'mail readout', text: MAIL_READOUT}, {name: 'run-in headings', text: RUN_IN}, {name: 'numbered parts', text: NUMBERED_PARTS.replace('Agenda item 3 – Measuring emissions', 'III. MEASURING EMISSIONS\n')}, ...CASES]
  for (const {name, text} of texts) {
    it(`reads ${name} the same through every change of layout`, async () => {
      const original = await readText(text, `${name}.txt`)
      expect(original).toBeDefined()
      const changed: string[] = []
      for (const variant of PASTE_VARIANTS) {
        const pasted = variant.apply(text)
        if (pasted === text) continue
        const result = await readText(pasted, `${name}.txt`)
        if (foldLayout(result?.markdown ?? '(refused)') !== foldLayout(original!.markdown)) changed.push(variant.name)
      }
      expect(changed).toEqual([])
    }, 60_000)
  }
})

/** Lines of a paragraph a client wrapped at 65 columns, each broken where the next word would not fit. */
const wrappedAt65 = () => `Ministers of the three Baltic states agreed to build four new
rail terminals at their ports by 2030, and to share the cost of
€600 million in proportion to the freight each of them carries.
They also agreed to cut the time a freight train waits at each
border crossing to two hours by 2028, with one customs check.`.split('\n')

describe('paste invariance: the rules', () => {
  it('finds a heading run in after a dash also when a space around it does not break or the dash is typed `--`', async () => {
    const spaced = (await structureText(RUN_IN)).result!.readout
    const noBreak = (await structureText(RUN_IN.replace(/ —/g, '\u00A0—').replace('Cleaner engines', 'Cleaner\u00A0engines'))).result!.readout
    expect(spaced.pillars.map((pillar) => pillar.title)).toEqual(['Safer boarding', 'Cleaner engines', 'Cheaper tickets'])
    expect(noBreak.pillars.map((pillar) => pillar.title)).toEqual(spaced.pillars.map((pillar) => pillar.title))
    const typed = (await structureText(RUN_IN.replace(/ — /g, ' -- '))).result!.readout
    expect(typed.pillars.map((pillar) => pillar.title)).toEqual(spaced.pillars.map((pillar) => pillar.title))
  })

  it('reads an en dash as a list’s bullet when the next item is past the sub-items indented under it', async () => {
    const {pillars} = (await structureText(DASH_LIST)).result!.readout
    expect(pillars[0].body).toBe("A common drought alert for the Alpine rivers, issued by the Forum's secretariat. o National agencies will share river levels every day from June 2026. o The alert will be published in four languages.")
    expect(pillars.map((pillar) => pillar.body.split(' ').slice(0, 3).join(' '))).toEqual(['A common drought', 'A fund of', 'Training for 300'])
  })

  it('keeps a sub-item and an action line with the paragraph above them after a blank line', async () => {
    const apart = (await structureText(DASH_LIST.replace(/\n(   o )/g, '\n\n$1'))).result!.readout
    expect(apart.pillars[0].body).toMatch(/secretariat\. o National agencies .* o The alert will be published in four languages\.$/)
    const action = (await structureText(RUN_IN.replace('\nAction:', '\n\nAction:'))).result!.readout
    expect(action.pillars[0].body).toBe('The Group agreed that every ferry port will mark a separate lane for passengers on foot by 2027. Action: Secretariat to send a model plan to members by 30 October 2026.')
  })

  it('joins lines listed by name under their lead-in across blank lines when the text parts every paragraph so, and not otherwise', async () => {
    const pledges = 'Members announced the following contributions to the fund: Austria: €15 million for reservoirs in Tyrol Italy: €20 million for the Aosta valley Switzerland: CHF 10 million for monitoring stations'
    const everyApart = DASH_LIST.replace(/\n(?=\S)/g, '\n\n').replace(/\n\n(   o )/g, '\n$1')
    expect((await structureText(everyApart)).result!.readout.context).toContain(pledges)
    // the first a blank line under its lead-in, whose colon announces it
    expect((await structureText(DASH_LIST.replace('\nAustria:', '\n\nAustria:'))).result!.readout.context).toContain(pledges)
    // a text whose other paragraphs stand on adjacent lines: a blank line between two items parts them
    const oneApart = (await structureText(DASH_LIST.replace('\nItaly:', '\n\nItaly:'))).result!.readout
    expect([...oneApart.context, ...oneApart.pillars.map((pillar) => pillar.body)]).not.toContain(pledges)
  })

  it('reads a numbered heading the same bold as bare: its numeral, letter or agenda item is dropped inside the marks', async () => {
    const bare = (await structureText(NUMBERED_PARTS)).result!.readout
    const bold = (await structureText(NUMBERED_PARTS.replace(/^((?:I|II)\. [A-Z ]+|Agenda item 3 – .*)$/gm, '**$1**'))).result!.readout
    expect(bare.pillars.map((pillar) => pillar.title)).toEqual(['Restoring peatland', 'Money for landowners', 'Measuring emissions'])
    expect(bold.pillars.map((pillar) => pillar.title)).toEqual(bare.pillars.map((pillar) => pillar.title))
    const hashes = (await structureText(NUMBERED_PARTS.replace(/^((?:I|II)\. [A-Z ]+|Agenda item 3 – .*)$/gm, '## $1'))).result!.readout
    expect(hashes.pillars.map((pillar) => pillar.title)).toEqual(bare.pillars.map((pillar) => pillar.title))
  })

  it('makes two spaces after a sentence’s stop one, and leaves three (a table’s columns) as they are', () => {
    expect(cleanPastedLine('Ministers met in Tartu.  They agreed a plan.  “It is a start,” said the Chair.')).toBe('Ministers met in Tartu. They agreed a plan. “It is a start,” said the Chair.')
    expect(cleanPastedLine('Peat restored (ha).   Target')).toBe('Peat restored (ha).   Target')
    expect(cleanPastedLine('U.S.  delegates')).toBe('U.S.  delegates')
  })

  it('joins the lines a mail client wrapped at its width, and leaves the short lines of a title block, a dateline, a heading and a signature apart', async () => {
    const wrapped = `Readout of the Lake Chad Fisheries Meeting
N'Djamena
14 April 2026

Fisheries ministers of the four lake states met in N'Djamena to agree
how to keep the lake's fish stocks alive through the dry years ahead.
The Lake Chad Basin Commission hosted the meeting.

Decisions
- Closed seasons: Ministers agreed to close fishing on the whole lake
  from July to September every year. Each state will pay its fishers a
  monthly allowance of €60 during the closure.
- Nets: The four states will ban nets with a mesh under 50 millimetres
  from January 2027, and will buy back 12,000 of the old nets from
  fishers.

The ministers will meet again in Maroua in April 2027.

Amina Oumar
Press office
`
    const lines = wrapped.split('\n')
    const wrap = hardWrap(lines)
    expect(wrap).toBeDefined()
    const line = (start: string) => lines.findIndex((text) => text.startsWith(start))
    // broken off by the width: a capital after a line with no sentence's end, and a line after a sentence's end that runs on
    expect(carriesOnWrap(lines, line('The Lake Chad Basin'), wrap, false)).toBe(true)
    expect(carriesOnWrap(lines, line('  monthly allowance'), wrap, true)).toBe(true)
    // short lines left room for the next line's first word: no wrap's
    for (const start of ["N'Djamena", '14 April 2026', '- Closed seasons', 'Press office']) expect(wrap!.broken.has(line(start))).toBe(false)
    const {readout} = (await structureText(wrapped)).result!
    const {readout: whole} = (await structureText(MAIL_READOUT.replace(/\n- Landing sites.*/, '').replace(/\nThe ministers asked[^]*?2027\.\n/, ''))).result!
    expect(readout.title).toBe(whole.title)
    expect(readout.place).toBe(whole.place)
    expect(readout.dates).toEqual(whole.dates)
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual(whole.pillars.map((pillar) => pillar.body))
    expect(readout.pillars[0].body).toBe('Ministers agreed to close fishing on the whole lake from July to September every year. Each state will pay its fishers a monthly allowance of €60 during the closure.')
  })

  it('does not read a text of short lines as wrapped, nor a title near the width as going on with its dateline', () => {
    const list = ['Ministers of the Alpine states met in Innsbruck.', '', 'Agreed', '- a drought alert', '- a reservoir fund', '- training for 300 managers', '', 'Next meeting: Bolzano, March 2027']
    expect(hardWrap(list)).toBeUndefined()
    const lines = `Chair's Summary: Ministerial Meeting of the Global Schools Partnership
Lisbon, 12 May 2026

Education ministers from thirty countries met in Lisbon to agree how to
bring back to school the children who left it during the drought years
in the south of the continent, and how to pay teachers in remote areas.
Ministers agreed to pay a bonus of €200 a month to teachers who take a
post in a remote school.`.split('\n')
    const wrap = hardWrap(lines)
    expect(wrap?.broken.has(1)).toBe(true)
    expect(carriesOnWrap(lines, 1, wrap, false)).toBe(false)
    expect(carriesOnWrap(lines, 5, wrap, false)).toBe(true)
  })

  it('does not join a headline wrapped at the width to the line under it that names the document, but joins a kind the line above began', () => {
    const lines = `Ministers of the Danube States Agree to Close the River to Sturgeon Fishing
Joint Statement of the Danube Fisheries Commission
Novi Sad, 9 October 2026

Fisheries ministers of the six Danube states met in Novi Sad to agree how
to bring the sturgeon back to the lower river, where its stocks have been
falling for twenty years because of dams, poaching and polluted water.
Ministers agreed to close the lower river to sturgeon fishing for five
years and to build fish passes at the three largest dams by the end of
2030, with the costs shared by the states in proportion to their river.`.split('\n')
    const wrap = hardWrap(lines)
    expect(wrap?.broken.has(1)).toBe(true)
    expect(carriesOnWrap(lines, 1, wrap, false)).toBe(false)
    const readout = ['Fourth Ministerial Meeting of the Lower Danube Sturgeon Recovery Network', 'Readout', ...lines.slice(3)]
    expect(hardWrap(readout)?.broken.has(1)).toBe(true)
    expect(carriesOnWrap(readout, 1, hardWrap(readout), false)).toBe(false)
    const split = ['Fisheries Ministers of the Danube States Adopt a Common Position in a Joint', 'Statement on the Recovery of the Sturgeon', ...lines.slice(3)]
    expect(hardWrap(split)?.broken.has(1)).toBe(true)
    expect(carriesOnWrap(split, 1, hardWrap(split), false)).toBe(true)
  })

  it('joins a date, a name after `St.` and a title with `between` that a wrap cut, where the text writes paragraphs on adjacent lines', async () => {
    const text = `Joint Statement on Rail Freight Cooperation between the Three Baltic States
Riga, 4 March 2026

The Ministers of the Baltic Rail Freight Corridor met in Riga on 3 and 4 March 2026 to agree how to move more of the region's freight from road to rail.
The talks were chaired by Dr. Ozols, who recalled the deal signed in St. Petersburg in 2019 by the four founding members of the corridor.
Ministers agreed to build four new rail terminals at the ports by 2030, with a fund of €600 million that the members will share in proportion to their freight.
Ministers also agreed to cut the time a freight train waits at each border crossing to two hours by 2028, with one common customs check.
The ministers will meet again in Tallinn in March 2027 to review the plan.
`
    const wrapped = PASTE_VARIANTS.find((variant) => variant.name === 'hard-wrapped at 72')!.apply(text)
    const lines = wrapped.split('\n')
    const wrap = hardWrap(lines)
    const line = (start: string) => lines.findIndex((each) => each.startsWith(start))
    expect(lines[line('The Ministers')]).toMatch(/ on 3 and 4$/)
    expect(lines[line('The talks')]).toMatch(/ in St\.$/)
    for (const start of ['States', 'March 2026 to agree', 'Petersburg in 2019']) expect(carriesOnWrap(lines, line(start), wrap, false), start).toBe(true)
    const whole = (await structureText(text)).result!.readout
    const read = (await structureText(wrapped)).result!.readout
    expect(read.title).toBe(whole.title)
    expect([read.place, read.dates]).toEqual([whole.place, whole.dates])
    expect(read.pillars.map((pillar) => pillar.body)).toEqual(whole.pillars.map((pillar) => pillar.body))
  })

  it('reads a wrapped line of names in capitals as its paragraph’s, a place over a date as a line of its own, and a rule as no text the client wrapped', () => {
    const names = ['The meeting was hosted by the Ministry of Transport of Latvia. Delegates of', 'UNESCO, the European Commission and the International', 'Union of Railways attended as observers.']
    const broken = {broken: new Set([1, 2]), adjacentParagraphs: true}
    expect(carriesOnWrap(names, 2, broken, false)).toBe(true)
    const placed = ['Ministerial Meeting of the Baltic Rail Freight Corridor and its Partners', 'Riga', '4 March 2026', '', 'Ministers met in Riga to agree a plan.']
    expect(carriesOnWrap(placed, 1, {broken: new Set([1]), adjacentParagraphs: false}, false)).toBe(false)
    const forum = ['Ministerial Meeting of the Baltic Rail Freight Corridor and its Partners', 'Forum', '4 March 2026', '', 'Ministers met in Riga to agree a plan.']
    expect(carriesOnWrap(forum, 1, {broken: new Set([1]), adjacentParagraphs: false}, false)).toBe(true)
    const opening = ['Transport and port ministers of the Baltic Rail Freight', 'Corridor met in Klaipeda, Lithuania, from Monday, June', '29 to Wednesday, July 1, 2026, for the Corridor’s third', 'ministerial meeting.']
    expect(carriesOnWrap(opening, 2, {broken: new Set([1, 2, 3]), adjacentParagraphs: true}, false)).toBe(true)
    const ruled = ["Baltic Rail Freight Corridor: Summary of the Ministers' Spring", 'Meeting', '='.repeat(90), '', ...wrappedAt65()]
    expect(hardWrap(ruled)?.broken.has(1)).toBe(true)
  })

  it('keeps a paragraph apart after a sentence that ends on a long line, where the text writes paragraphs on adjacent lines', () => {
    const lines = `Ministers agreed to close fishing on the whole lake from July to
September every year, and to pay the fishers an allowance meanwhile.
The states will ban fine nets from 2027.
Ministers also agreed to build cold stores at eight landing sites so
that less of the catch is lost before it reaches a market town there.
Fishers' unions welcomed the plan and asked for a say in the closures.`.split('\n')
    const wrap = hardWrap(lines)!
    expect(wrap.adjacentParagraphs).toBe(true)
    expect(wrap.broken.has(5)).toBe(true)
    expect(carriesOnWrap(lines, 5, wrap, false)).toBe(false)
    expect(carriesOnWrap(lines, 1, wrap, false)).toBe(true)
  })

  it('reads a text quoted whole in a reply as the text', async () => {
    const quoted = MAIL_READOUT.split('\n').map((line) => (line.trim() === '' ? '>' : `> ${line}`)).join('\n')
    expect(quoteMarks(quoted.split('\n')).slice(0, 4)).toEqual([2, 2, 2, 1])
    // a list typed with `>` under a title is no quote
    expect(quoteMarks(['Decisions', '> a drought alert', '> a reservoir fund'])).toEqual([0, 0, 0])
    const plain = (await structureText(MAIL_READOUT)).result!
    const reply = (await structureText(quoted)).result!
    expect(reply.readout.title).toBe(plain.readout.title)
    expect(reply.readout.pillars).toEqual(plain.readout.pillars.map((pillar) => ({...pillar})))
  })

  it('reads accents typed as a letter and a combining mark, and a word with a zero-width space inside it, as the words', async () => {
    const french = NUMBERED_PARTS.replace('Tartu, 12 May 2026', 'Tartu, 12 mai 2026').replace('MONEY FOR LANDOWNERS', 'RÉMUNÉRATION DES PROPRIÉTAIRES')
    const composed = (await structureText(french)).result!.readout
    const decomposed = (await structureText(french.normalize('NFD'))).result!.readout
    expect(decomposed.pillars.map((pillar) => pillar.title)).toEqual(composed.pillars.map((pillar) => pillar.title))
    expect(cleanPastedLine('Ministers agreed to re\u200Bwet the drained\u200Bpeat.\u200B They met.')).toBe('Ministers agreed to rewet the drainedpeat.\u200B They met.')
    // a web page's furniture with a zero-width space inside its words is still furniture
    expect(isPageFurniture('Face\u200Bbook | Linked\u200BIn | Email')).toBe(true)
    expect(isPageFurniture('*Posted on 10 Nov\u200Bember 2026 · Depart\u200Bment of Foreign Affairs*')).toBe(true)
  })

  it('reads items numbered in small roman numerals as a list', async () => {
    const roman = MAIL_READOUT.replace('a. publish', 'i. publish').replace('b. train', 'ii. train').replace('c. report', 'iii. report')
    const lettered = (await structureText(MAIL_READOUT)).result!.readout
    const numbered = (await structureText(roman)).result!.readout
    expect(numbered.pillars.map((pillar) => pillar.body)).toEqual(lettered.pillars.map((pillar) => pillar.body))
    expect(numbered.outlook).toEqual(lettered.outlook)
  })

  it('reads paragraphs lettered or in small roman numerals as numbered, the shape of a communiqué, as it reads them numbered', async () => {
    const paragraphs = [
      'The fisheries ministers of the Danube states met in Novi Sad on 8 and 9 October 2026.',
      'Ministers agreed to close the lower river to sturgeon fishing for five more years.',
      'Ministers endorsed a plan to build fish passes at the three largest dams by 2030.',
      'Ministers asked the secretariat to report on the stocks of sturgeon every year.',
    ]
    const numberedAs = (mark: (n: number) => string) => paragraphs.map((text, index) => `${mark(index)} ${text}`).join('\n')
    const numbered = (await structureText(numberedAs((n) => `${n + 1}.`))).result!.readout
    expect(numbered.kind).toBe('communiqué')
    for (const mark of [(n: number) => `${'abcd'[n]}.`, (n: number) => `(${'abcd'[n]})`, (n: number) => `${['i', 'ii', 'iii', 'iv'][n]}.`, (n: number) => `(${['i', 'ii', 'iii', 'iv'][n]})`]) {
      const lettered = (await structureText(numberedAs(mark))).result!.readout
      expect(lettered.kind, mark(0)).toBe(numbered.kind)
    }
  })
})
