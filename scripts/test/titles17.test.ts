import {describe, expect, it} from 'vitest'
import {pointTitle, purposeTitle} from '../structure/choose-title.js'

// Made point titles of one word (issue 11, branch titles17): sentences of my own, not the corpus's.

describe('a means named alone takes the purpose its sentence gives it', () => {
  it('past an amount and an aside between commas, to the verb that says what it pays for', () => {
    expect(pointTitle('A fund of €9 million, raised from a levy on hotel nights, will pay for lifeguard towers on public beaches.')).toBe('Fund for lifeguard towers')
    expect(pointTitle('A fund of US$20 million, paid for by the three provinces, will help small bakeries replace their ovens.')).toBe('Fund for small bakeries')
  })

  it('from `to` and a verb, through the verb’s own `to`', () => {
    expect(purposeTitle('Fund', 'We will set up a fund of US$90 million to lend to rural ferry operators for new hulls, and we invite private banks to join.')).toBe('Fund for rural ferry operators')
    expect(purposeTitle('Programme', 'Ministers agreed to launch a programme to help 2,000 young beekeepers, most of them women, to sell honey abroad.')).toBe('Programme for young beekeepers')
  })

  it('from `for` after a relative clause', () => {
    expect(pointTitle('The fee that a port may charge for a berth inspection is capped at 3 percent of the harbour dues.')).toBe('Fee for berth inspection')
  })

  it('never from who pays, an amount or a time', () => {
    expect(purposeTitle('Fund', 'A fund, paid for by the members, was set up.')).toBeUndefined()
    expect(purposeTitle('Fund', 'The fund will run for three years.')).toBeUndefined()
    expect(purposeTitle('Fund', 'The fund was set up in 2024 and grew.')).toBeUndefined()
  })

  it('leaves a word that is no means alone', () => {
    expect(purposeTitle('River', 'The river will be dredged for barges.')).toBeUndefined()
  })
})
