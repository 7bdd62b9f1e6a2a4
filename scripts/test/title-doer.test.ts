import {describe, expect, it} from 'vitest'
import {pointTitle} from '../structure/choose-title.js'

// English point titles (issue 11): what is done, not who is asked to do it nor the verb that says so.
// Every sentence here is written for these tests.

describe('pointTitle: an item of a list that opens on its verb', () => {
  it('titles the item by what its verb acts on, not by the verb the model reads as a noun', () => {
    expect(pointTitle('plant hedges and wildflower strips along the edges of fields, with a target of 4,000 kilometres by 2030;')).toBe('Hedges and wildflower strips')
    expect(pointTitle('fund community radio stations in all border districts with €4 million over two years;')).toBe('Community radio stations')
  })

  it('keeps `every` before a singular object, as the item writes it', () => {
    expect(pointTitle('count every seabird caught as bycatch in the same way, so that national reports can be compared;')).toBe('Counting every seabird')
  })

  it('does not leave a participle last when its complement is cut', () => {
    expect(pointTitle('issue flood bulletins based on a common scale of three colours, shared with every river authority;')).toBe('Flood bulletins')
    expect(pointTitle('Ministers agreed that member states will set aside, by 2027, plots reserved for community gardens, chosen with the help of city planners.')).toBe('Plots reserved for community gardens')
  })
})

describe('pointTitle: a body asked to act, or that offers to', () => {
  it('titles a request by what the body is asked to do, past an aside between commas', () => {
    expect(pointTitle('Ministers asked the Food and Agriculture Organization, together with the regional seed banks, to set up a shared register of drought-tolerant varieties.')).toBe('Shared register of drought-tolerant varieties')
  })

  it('looks past an aside between commas to the object of the verb', () => {
    expect(pointTitle('Ministers agreed to build, with support from the Nordic Fund, a regional seed vault for rare cereal varieties.')).toBe('Regional seed vault')
  })

  it('titles an offer or a decision by what the body will do, not by the body', () => {
    expect(pointTitle('We welcome the decision of the Pacific Development Bank to create a guarantee fund for small fishing cooperatives.')).toBe('Guarantee fund for small fishing cooperatives')
    expect(pointTitle('Ministers welcomed the offer of the Arctic Research Agency and two national universities to lend research vessels for the summer ice survey.')).toBe('Research vessels for the summer ice survey')
  })
})

describe('pointTitle: an amount before the thing given', () => {
  it('titles the thing the amount qualifies, not a phrase after it', () => {
    expect(pointTitle('Ministers agreed to set up a US$12 million emergency seed reserve for the dry season.')).toBe('Emergency seed reserve')
  })
})

describe('pointTitle: a compound\'s head the model reads as a verb', () => {
  it('keeps the head noun of a run opened by `a` (`a … risk map for …`)', () => {
    expect(pointTitle('The Council asked the Secretariat to prepare a regional landslide risk map for the coming monsoon.')).toBe('Regional landslide risk map')
    expect(pointTitle('Ministers agreed to keep a shared vessel inspection register, open to every port authority.')).toBe('Shared vessel inspection register')
  })
})

describe('pointTitle: a noun and the participle that says which', () => {
  it('keeps a complement with `at`, and the article before a name (`announced at the Summit`)', () => {
    expect(pointTitle('We welcome the grants announced at the Summit, which reach €30 million over three years.')).toBe('Grants announced at the Summit')
    expect(pointTitle('Ministers welcomed the loans approved at the spring meeting, which will reach 14 member states.')).toBe('Loans approved at spring meeting')
  })
})

describe('pointTitle: a verb the model reads as an adjective', () => {
  it('reads a word right after a modal or an item\'s opening as the verb (`will open/ADJ day-care centres`)', () => {
    expect(pointTitle('Donors committed €9 million to a scheme that will open day-care centres in 60 rural districts.')).toBe('Day-care centres')
    expect(pointTitle('open cooling centres in town halls within walking distance of every older person, with a target of 900 centres by 2028;')).toBe('Cooling centres')
  })
})
