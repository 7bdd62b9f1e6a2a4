import {describe, expect, it} from 'vitest'
import {guessRoles, roleFeatures, roleProbabilities, type RoleWeights} from '../structure/paragraph-role-model.js'
import WEIGHTS from '../structure/paragraph-role-weights.json' with {type: 'json'}
import {structureText} from './helpers.js'

// The paragraph-role model (branch roleclf): a small logistic regression of point / context / outlook,
// asked only where no rule placed a paragraph. Sentences of our own, on subjects the corpus does not have.
const weights = WEIGHTS as RoleWeights

describe('paragraph-role model', () => {
  it('describes a paragraph by its words, cues, shape, marker and neighbours', () => {
    const [first, second] = roleFeatures([{text: 'Next steps'}, {text: 'The guild will meet again in Ghent in June 2027.', marker: '1.'}])
    expect(first).toContain('shape:heading')
    expect(first).toContain('n:cue:meet')
    expect(second).toEqual(expect.arrayContaining(['marker:number', 'cue:future', 'cue:meet', 'p:shape:heading', 'n:edge', 'w:guild']))
  })

  it('describes how a paragraph was cut: how it starts and ends, and how its neighbours do (branch roleclf2)', () => {
    const [lead, carried, glyph] = roleFeatures([
      {text: 'The wardens of the three lighthouses resolved that the fog signal be sounded every ninety seconds,'},
      {text: 'and that the keepers log each sounding in one book;'},
      {text: '→ the lamp at Skerry Point will be fitted with a lens of the new kind'},
    ])
    expect(lead).toEqual(expect.arrayContaining(['start:upper', 'end:carry', 'n:start:lower']))
    expect(carried).toEqual(expect.arrayContaining(['start:lower', 'end:carry', 'p:end:carry', 'n:start:glyph']))
    expect(glyph).toEqual(expect.arrayContaining(['start:glyph', 'end:none', 'p:start:lower', 'n:edge']))
    expect(roleFeatures([{text: '“We keep the light,” the wardens said.'}, {text: 'Next steps:'}])[0]).toEqual(expect.arrayContaining(['start:quote', 'end:stop', 'n:end:colon']))
  })

  it('scores with the weights it is given, deterministically', () => {
    const tiny: RoleWeights = {bias: [0, 0, 0], weights: {'cue:meet': [0, 0, 3], 'cue:decide': [3, 0, 0]}}
    expect(guessRoles([{text: 'The guild agreed to print a common price list.'}, {text: 'The guild will meet again in Ghent.'}], tiny).map((guess) => guess.role)).toEqual(['point', 'outlook'])
    const probabilities = roleProbabilities(['cue:meet'], tiny)
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1)
  })

  it('reads a decision, a step ahead and background with the committed weights', () => {
    const guesses = guessRoles(
      [
        {text: 'The Guild of Bell Founders met in Mechelen on 2 June 2026.'},
        {text: 'The Guild agreed to set one standard for the tuning of carillon bells.', marker: '1.'},
        {text: 'Foundries cast 140 bells in 2025, half of them for churches abroad.'},
        {text: 'The Guild will meet again in Utrecht in the spring of 2027.'},
      ],
      weights,
    )
    expect(guesses.map((guess) => guess.role)).toEqual(['context', 'point', 'context', 'outlook'])
  })

  it('is small and linear: under 300 kB of weights, a text of 40 paragraphs well under 200 ms (about 60 ms on the shared machine)', () => {
    expect(JSON.stringify(weights).length).toBeLessThan(300_000)
    const paragraphs = Array.from({length: 40}, (_, index) => ({text: `The Guild agreed to cast bell number ${index} for the tower of Leuven by 2028, and members will report on it.`}))
    guessRoles(paragraphs, weights)
    const start = performance.now()
    for (let run = 0; run < 10; run++) guessRoles(paragraphs, weights)
    expect((performance.now() - start) / 10).toBeLessThan(200)
  })
})

describe('the model where no rule placed a paragraph', () => {
  it('makes a point of a decision in prose after the numbered decisions, and leaves background and the next meeting alone', async () => {
    const {result} = await structureText(
      `Beekeepers' Council – Spring Session\nLjubljana, 14 April 2026\n\nThe Beekeepers' Council of the Alpine Regions met in Ljubljana on 14 April 2026.\n\n1. The Council agreed to ban the sale of queens from hives with foulbrood.\n2. The Council agreed to train 300 hive inspectors by 2028.\n\nThe Council approved a grant of €2 million for a mite-resistant breeding line at the Kranj station.\n\nVarroa mites killed a third of the region's colonies in the winter of 2024.\n\nThe Council will meet again in Graz in October 2026.\n`,
    )
    const readout = result!.readout
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'The Council agreed to ban the sale of queens from hives with foulbrood.',
      'The Council agreed to train 300 hive inspectors by 2028.',
      'The Council approved a grant of €2 million for a mite-resistant breeding line at the Kranj station.',
    ])
    expect(readout.context).toContain("Varroa mites killed a third of the region's colonies in the winter of 2024.")
    expect(readout.outlook).toEqual(['The Council will meet again in Graz in October 2026.'])
  })
})

describe('the model refitted to its minimum (branch roleclf3)', () => {
  it('fits a tiny set to the minimum of its loss, the same weights every time', async () => {
    const {fit} = await import('../reader/role-fit.js')
    const row = (label: 'point' | 'context' | 'outlook', features: string[], name: string) => ({case: name, round: undefined, lang: 'en', text: '', label, rules: label, ruleRole: 'none', lastResort: false, features})
    const rows = [
      row('point', ['cue:decide', 'w:agreed'], 'a'), row('point', ['cue:decide', 'w:set'], 'b'), row('point', ['cue:decide', 'w:agreed'], 'c'),
      row('context', ['cue:figure', 'w:grew'], 'a'), row('context', ['cue:figure', 'w:set'], 'b'), row('context', ['cue:figure', 'w:grew'], 'c'),
      row('outlook', ['cue:meet', 'w:agreed'], 'a'), row('outlook', ['cue:meet', 'w:grew'], 'b'), row('outlook', ['cue:meet', 'w:set'], 'c'),
    ]
    const options = {l2: 1e-2, epochs: 300, minCases: 1, optimiser: 'lbfgs' as const}
    const first = fit(rows, options)
    expect(fit(rows, options)).toEqual(first)
    expect(roleProbabilities(['cue:decide', 'w:agreed'], first)[0]).toBeGreaterThan(0.8)
    expect(roleProbabilities(['cue:meet', 'w:set'], first)[2]).toBeGreaterThan(0.8)
    // (a word seen once in each role says nothing: its weights stay near zero, not set by the first steps' signs)
    expect(Math.max(...(first.weights['w:set'] ?? [0]).map(Math.abs))).toBeLessThan(0.3)
  })

  it('leaves a look back at how far a body has come and a tally of funds pledged so far out of the points, after numbered decisions', async () => {
    const {result} = await structureText(
      `Guild of Organ Builders – Annual Assembly\nHaarlem, 9 May 2026\n\nThe Guild of Organ Builders met in Haarlem on 9 May 2026.\n\n1. Restoration fund: The Guild will open a fund for the restoration of village organs, with €4 million from its members.\n2. Apprentices: The Guild will train 60 apprentice voicers by 2029.\n\nGrants of €3 million have been pledged so far. The Guild grew to 41 workshops this year.\n\nSaying that, the Guild has come far since it began with nine workshops in 2011. Its work in churches across the Low Countries will leave a lasting mark, and it has created a store of craft that others draw on.\n`,
    )
    const readout = result!.readout
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Restoration fund', 'Apprentices'])
  })
})

describe('the model where a rule only placed a paragraph by position (branch roleclf4)', () => {
  it('takes out of the outlook what stands under an outlook heading only by position: a meeting-details block and a note about the body', async () => {
    const {result} = await structureText(
      `Spring Council of the Baltic Ferry Operators: outcome\n\nRiga, 12 May 2026\n\nTimetables\nThe Council agreed on one winter timetable for the crossings between Riga, Tallinn and Stockholm, to start in November 2026.\n\nTickets\nThe Council approved a shared ticket valid on the ships of all nine member lines.\n\nNext steps\nThe Council will meet again in Turku in October 2026 to review the first weeks of the timetable.\n\nSession details\n\nMeeting 19\nRiga\n11-12 May 2026\nDecisions of the meeting (PDF)\n`,
    )
    const readout = result!.readout
    expect(readout.outlook).toEqual(['The Council will meet again in Turku in October 2026 to review the first weeks of the timetable.'])
    // (a `Session details` heading is now a page's facts block, dropped with the tail by pending40's rule: nothing of it is outlook)
    expect(readout.context.join(' ')).not.toMatch(/Turku/)
  })

  it('takes out of the outlook the lines of a meeting-details block with no heading of its own, under an outlook heading', async () => {
    const {result} = await structureText(
      `Spring Council of the Baltic Ferry Operators: outcome\n\nRiga, 12 May 2026\n\nTimetables\nThe Council agreed on one winter timetable for the crossings between Riga, Tallinn and Stockholm, to start in November 2026.\n\nTickets\nThe Council approved a shared ticket valid on the ships of all nine member lines.\n\nNext steps\nThe Council will meet again in Turku in October 2026 to review the first weeks of the timetable.\n\nMeeting 19\nRiga\n11-12 May 2026\n`,
    )
    const readout = result!.readout
    expect(readout.outlook).toEqual(['The Council will meet again in Turku in October 2026 to review the first weeks of the timetable.'])
  })

  it('keeps in the outlook a paragraph under an outlook heading that looks ahead in its own words, whatever the model guesses', async () => {
    const {result} = await structureText(
      `Spring Council of the Baltic Ferry Operators: outcome\n\nRiga, 12 May 2026\n\nTimetables\nThe Council agreed on one winter timetable for the crossings between Riga, Tallinn and Stockholm, to start in November 2026.\n\nNext steps\nThe Council will meet again in Turku in October 2026.\n\nThe secretariat will send the draft timetable to each line by the end of June.\n`,
    )
    expect(result!.readout.outlook).toEqual(['The Council will meet again in Turku in October 2026.', 'The secretariat will send the draft timetable to each line by the end of June.'])
  })
})
