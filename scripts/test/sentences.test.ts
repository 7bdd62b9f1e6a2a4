import {describe, expect, it} from 'vitest'
import {splitSentences, trimTrailingPunctuation} from '../structure/text.js'

const texts = (paragraph: string) => splitSentences(paragraph).map((span) => span.text)

describe('splitSentences', () => {
  it('does not split at abbreviations, initials, decimals, quotes or ellipses', () => {
    expect(texts('Delegates gathered in Washington, D.C. on Tuesday. Dr. Okafor of the U.S. team said approx. 2.5 million doses, i.e. most of them, had arrived.')).toEqual([
      'Delegates gathered in Washington, D.C. on Tuesday.',
      'Dr. Okafor of the U.S. team said approx. 2.5 million doses, i.e. most of them, had arrived.',
    ])
    expect(texts('Mr. A. B. Mensah of St. Kitts spoke first. No. 10 replied e.g. by letter.')).toEqual(['Mr. A. B. Mensah of St. Kitts spoke first.', 'No. 10 replied e.g. by letter.'])
    expect(texts('She called it "a start." and moved on. The U.K. and the U.N. agreed… and then left.')).toEqual(['She called it "a start." and moved on.', 'The U.K. and the U.N. agreed… and then left.'])
  })

  it('ends a sentence after D.C. or U.S. when a sentence plainly starts, and keeps the period', () => {
    expect(texts('The ministers met in Washington, D.C. The talks lasted two days.')).toEqual(['The ministers met in Washington, D.C.', 'The talks lasted two days.'])
    expect(texts('The talks ended in Washington, D.C.')).toEqual(['The talks ended in Washington, D.C.'])
    expect(texts('“The work is not done.” That was the message.')).toEqual(['“The work is not done.”', 'That was the message.'])
  })

  it('keeps a paragraph number with its paragraph', () => {
    expect(texts('1. Ministers met. They agreed.')).toEqual(['1. Ministers met.', 'They agreed.'])
    expect(texts('Talks ended in 2019. Ministers left.')).toEqual(['Talks ended in 2019.', 'Ministers left.'])
  })

  it('keeps the offsets of each sentence in the paragraph', () => {
    const paragraph = '  First one here.   Mr. Lee said so! Then D.C. It ends'
    for (const span of splitSentences(paragraph)) expect(paragraph.slice(span.start, span.start + span.text.length)).toBe(span.text)
  })

  it('splits hostile text in linear time', () => {
    // the fastest of three runs: the machine is shared, and a slow run says nothing about the code
    const fastest = (work: () => void) => {
      let best = Infinity
      for (let run = 0; run < 3; run++) {
        const start = performance.now()
        work()
        best = Math.min(best, performance.now() - start)
      }
      return best
    }
    for (const unit of ['A. ', '’A', 'e.g. ', '... ', '1. ']) {
      const text = (length: number) => unit.repeat(Math.ceil(length / unit.length))
      fastest(() => splitSentences(text(10_000)))
      const small = fastest(() => splitSentences(text(100_000)))
      const large = fastest(() => splitSentences(text(1_000_000)))
      // ten times the text: about ten times the time (generous for GC pauses)
      expect(large, unit).toBeLessThan(40 * small + 300)
      // and within a small multiple of merely finding every mark in the text, whatever the machine's load
      const scan = fastest(() => {
        let marks = 0
        for (const _ of text(1_000_000).matchAll(/[.!?…]+(?=\s|$)/g)) marks++
        return marks
      })
      expect(large, unit).toBeLessThan(Math.max(40 * scan, 100))
    }
  })
})

describe('trimTrailingPunctuation', () => {
  it('keeps the period of an abbreviation and drops other trailing marks', () => {
    expect(trimTrailingPunctuation('Washington, D.C.')).toBe('Washington, D.C.')
    expect(trimTrailingPunctuation('St.')).toBe('St.')
    expect(trimTrailingPunctuation('Paris.')).toBe('Paris')
    expect(trimTrailingPunctuation('Rome,')).toBe('Rome')
  })
})
