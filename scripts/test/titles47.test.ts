import {describe, expect, it} from 'vitest'
import {pointTitle} from '../structure/choose-title.js'
import {wordsOf} from '../structure/point-title.js'

// Point titles of family F (titles47): the small tagger reads words inside one noun phrase as verbs (`a shared/VERB drying/VERB
// shed/VERB`, `two mobile forges/VERB fitted …`, `an emergency call-out register/VERB`), so the phrase falls apart and the title
// comes from a phrase beside it. Every sentence here is written for the test (English only: the French titles are read by
// patterns, not by this tagger).
const tags = (sentence: string, word: string) => wordsOf(sentence).find((w) => w.lower === word)?.pos

describe('a noun phrase opened by an article or a count keeps its words together', () => {
  it('reads a participle before the first noun as a modifier, and a bare verb closing the phrase as its head', () => {
    expect(pointTitle('The cooperative will build a shared sorting shed near the harbour for members who fish alone.')).toBe('Shared sorting shed')
    expect(pointTitle('The village agreed to put up a covered drying shed beside the school, paid for by the council.')).toMatch(/^Covered drying shed/)
    expect(tags('build a shared sorting shed near the harbour', 'shed')).toBe('NOUN')
  })

  it('reads a verb in -s after a count as a plural noun, and a participle after it as its own verb', () => {
    expect(pointTitle('Members approved the purchase of three mobile kitchens fitted for cookery lessons, at a cost of £40,000.')).toBe('Purchase of mobile kitchens')
    expect(tags('The club bought two mobile forges fitted for teaching.', 'forges')).toBe('NOUN')
  })

  it('keeps the compound before a comma or an auxiliary whole', () => {
    expect(pointTitle('The council decided to keep an emergency stand-by roster, so that families can reach a doctor at weekends.')).toBe('Emergency stand-by roster')
    expect(pointTitle('The union agreed that no new inshore trawling permit will be issued within the marine park.')).toMatch(/inshore trawling permit$/i)
    expect(tags('The potters agreed to build four shared gas-fired kilns, one in each village.', 'shared')).toBe('ADJ')
  })

  it('leaves a clause alone: a participle ending the run, a subjunctive, a singular subject and its verb', () => {
    expect(tags('Two members voted against the motion.', 'voted')).toBe('VERB')
    expect(tags('The Council set the goal that each member zoo devote part of its revenue to field work.', 'devote')).not.toBe('NOUN')
    expect(tags('Each member pays a fee of ten pounds.', 'pays')).toBe('VERB')
    expect(tags('The two ministers agreed to meet again.', 'agreed')).toBe('VERB')
  })
})

describe('an event named by its day or week that the verb holds is what is done, not when', () => {
  it('keeps the event as a candidate and titles it', () => {
    expect(pointTitle('Members agreed to run a training week for young referees in the regional centre.')).toMatch(/^Training week/)
    expect(pointTitle('The growers will hold a pruning demonstration day in a different vineyard every spring.')).toMatch(/demonstration day$/i)
  })

  it('still reads a day or a week after a calendar word or a time phrase as a time', () => {
    expect(pointTitle('Ministers agreed to publish the new timetable by next week in every station.')).not.toMatch(/week/i)
  })
})
