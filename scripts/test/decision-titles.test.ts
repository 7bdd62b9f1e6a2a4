import {describe, expect, it} from 'vitest'
import {pointTitle} from '../structure/choose-title.js'
import {mainClause, ruleTitle, wordsOf} from '../structure/point-title.js'
import {nominalTitles, receivedTitles, roleTitle} from '../structure/nominal-title.js'
import {titleCandidates} from '../structure/title-candidates.js'

// English point titles (issue 11): the decision named by its noun, what a document is on, the
// office filled, what people receive; actors and cut pieces of a sentence are never titles.

const texts = (sentence: string) => titleCandidates(sentence).map((candidate) => candidate.text)
/** The candidates `nominalTitles` makes for the first verb of `after` in `sentence`. */
const nominals = (sentence: string, verb: string) => {
  const words = wordsOf(sentence)
  return nominalTitles(words, words.findIndex((w) => w.lower === verb), words.length).map((title) => title.join(' '))
}

describe('the decision named by its noun', () => {
  it('names the verb by its noun with its object, `the` as the text has it, the preposition the noun takes', () => {
    expect(nominals('Ministers agreed to expand the network of sea-level gauges operated by national agencies.', 'expand')).toContain('Expansion of the network of sea-level gauges')
    expect(nominals('Member states will train harbour inspectors in the detection of illegal waste shipments.', 'train')).toContain('Training of harbour inspectors')
    expect(nominals('Ministers agreed to ban single-use plastic bags in marine protected areas.', 'ban')).toContain('Ban on single-use plastic bags')
    expect(nominals('Ministers agreed to extend the ban on clear-cutting to all protected slopes.', 'extend')).toContain('Extension of the ban on clear-cutting')
  })

  it('has no noun for a verb it does not know, nor without an object', () => {
    expect(nominals('Ministers agreed to bring degraded salt marshes back under public protection.', 'bring')).toEqual([])
    expect(nominals('Ministers agreed to expand by a third.', 'expand')).toEqual([])
  })

  it('names an office filled by the office, never the person', () => {
    const words = wordsOf('Ministers re-elected Ms Ana Rukavina as Chair of the Council for a further term.')
    expect(roleTitle(words, words.findIndex((w) => w.lower === 're-elected'), words.length)).toEqual(['Re-election', 'of', 'the', 'Chair'])
    expect(pointTitle('Ministers re-elected Ms Ana Rukavina as Chair of the Council for a further term.')).toBe('Re-election of the Chair')
    expect(pointTitle('Ministers appointed Mr Tomas Berg as Executive Secretary.')).toBe('Appointment of the Secretary')
  })

  it('is a candidate the scorer weighs, not the title by itself', () => {
    expect(texts('Ministers agreed to test insecticide resistance in every member country each year.')).toContain('Testing of insecticide resistance')
  })
})

describe('what a numbered document is on', () => {
  it('is the title when the text says it; a place or a name after `on` leaves the number', () => {
    expect(ruleTitle('Ministers adopted Resolution No. 9 on the safe disposal of used batteries.')).toBe('Safe disposal of used batteries')
    expect(pointTitle('Ministers adopted Resolution No. 9 on the safe disposal of used batteries.')).toBe('Safe disposal of used batteries')
    expect(pointTitle('Ministers adopted Resolution No. 7 on cross-border tariffs, which caps transit fees at 4% of the value of the power traded.')).toBe('Cross-border tariffs')
    expect(pointTitle('Ministers reaffirmed their support for Resolution 1325 on women, peace and security.')).toBe('Women, peace and security')
    expect(pointTitle('Ministers called for the full implementation of Resolution 2349 on the Lake Chad Basin.')).toBe('Resolution 2349')
  })
})

describe('who acts, funds or receives is not the subject', () => {
  it('never takes a body that funds or carries out the decision', () => {
    expect(texts('Industry associations will finance a shared register of abandoned landfill sites along the coast.')).not.toContain('Industry associations')
    expect(texts('Regional development banks will lend to small sawmills that replace their diesel saws.')).not.toContain('Regional development banks')
    expect(texts('Member countries will plant street trees in their largest cities.')).not.toContain('Member countries')
  })

  it('names what people receive, and for whom', () => {
    const sentence = 'Forest workers will receive training in the safe use of chainsaws.'
    const {words, verb, subject} = mainClause(wordsOf(sentence))
    expect(receivedTitles(words, verb, words.length - 1, subject!).map((title) => title.join(' '))).toEqual(['Training in the safe use of chainsaws', 'Training for forest workers'])
    expect(texts(sentence)).not.toContain('Forest workers')
  })
})

describe('cut pieces of a sentence', () => {
  it('are never candidates: a verb first or last, a range cut in two, the gerund of a verb that needs more than its object', () => {
    const all = [
      ...texts('Ministers agreed to track timber from stump to port with one digital tag on every log.'),
      ...texts('Ministers agreed to bring degraded salt marshes back under public protection.'),
      ...texts('Members will let patients who move between countries continue their treatment.'),
      ...texts('Ministers adopted Resolution No. 7 on cross-border tariffs, which caps transit fees at 4%.'),
    ]
    expect(all).not.toContain('Tracking timber from stump')
    expect(all).not.toContain('Bringing degraded salt marshes')
    expect(all).not.toContain('Move between countries')
    expect(all).not.toContain('Caps transit fees')
    expect(all).toContain('Tracking of timber')
  })

  it('reads a verb made with `co-` after `to` as a verb, and never cuts a complement before its noun', () => {
    const all = texts('Ministers asked development banks to co-finance projects in the smaller member states.')
    expect(all).not.toContain('Co-finance projects')
    expect(all).not.toContain('Co-financing projects in smaller member')
    expect(all).toContain('Co-financing projects')
  })

  it('reads a sentence-initial word capitalised by the sentence as the common noun it is', () => {
    expect(wordsOf('Training for 300 fisheries inspectors will begin in Suva.')[0].pos).toBe('NOUN')
    expect(wordsOf('Ghana will host the secretariat.')[0].pos).toBe('PROPN')
  })

  it('reads a hyphenated modifier and its noun after a preposition as one phrase', () => {
    expect(texts('The Partnership will publish a shared inventory of old-growth stands by the end of 2025.')).toContain('Inventory of old-growth stands')
    expect(texts('Ministers agreed to extend the ban on clear-cutting to all protected slopes.')).toContain('Ban on clear-cutting')
  })
})
