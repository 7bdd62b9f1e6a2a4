// The check `npm run eval -- --slide-points` counts with (issue 11): each rule of a slide point,
// on points and bodies written for this test.
import {describe, expect, it} from 'vitest'
import {pointFaults, slideFaults} from '../reader/slide-points.js'

describe('pointFaults', () => {
  it('passes a whole sentence with its subject and verb', () => {
    const body = 'The Board agreed to open two depots for seed in the north. It will report in May.'
    expect(pointFaults('The Board agreed to open two depots for seed in the north.', body)).toEqual([])
  })

  it('counts words, an ellipsis, a phrase opener and a missing verb', () => {
    expect(pointFaults('The Board agreed to open two new depots for seed and fertiliser in each of the nine northern districts next year.', '')).toContain('over 16 words')
    expect(pointFaults('The Board agreed to open two depots…', '')).toContain('ellipsis')
    expect(pointFaults('To open two depots for seed in the north.', '')).toContain('opens on a phrase opener')
    expect(pointFaults('Two new depots for seed in the north.', '')).toContain('no verb')
    expect(pointFaults('Pour ouvrir deux dépôts de semences dans le nord.', '', 'fr')).toContain('opens on a phrase opener')
  })

  it('calls a point without its subject one, unless the text writes its list that way', () => {
    expect(pointFaults('Agreed to open two depots for seed.', 'The Board met in Kano. Agreed to open two depots for seed, and to report.')).toEqual([])
    expect(pointFaults('Agreed to open two depots for seed.', 'The Board met in Kano and agreed to open two depots for seed.')).toContain('no subject')
  })

  it('tells a cut that leaves its end dangling or its complement out', () => {
    const body = 'The Board will train the inspectors who check the depots, and will publish their reports in a way that farmers can read.'
    expect(pointFaults('The Board will train the inspectors.', body)).toContain('cut leaves a complement out')
    expect(pointFaults('The Board will publish their reports in a way.', 'The Board will publish their reports in a way that farmers can read.')).toContain('ends on a dangling word')
    expect(pointFaults('The Board will set up a fund.', 'The Board will set up a fund that lends to millers.')).toEqual([])
    // a sentence that ends as written is no cut (`… than those that do not`)
    expect(pointFaults('Firms that sell online export more than those that do not.', 'Firms that sell online export more than those that do not.')).toEqual([])
  })

  it('tells a verb cut from its object by an aside (`will set aside | , by May, land …`, `to issue | , with the banks, rules …`)', () => {
    const body = 'The Board agreed that districts will set aside, by the end of May, land for seed farms. It asked the banks to issue, with the ministries, rules on seed loans.'
    expect(pointFaults('The Board agreed that districts will set aside.', body)).toContain('cut leaves a complement out')
    expect(pointFaults('It asked the banks to issue.', body)).toContain('cut leaves a complement out')
    // (a noun the tagger reads as a verb, and a participle after its noun, are no such verb)
    expect(pointFaults('The survey will measure the soil and water.', 'The survey will measure the soil and water, in the dry season, across the north.')).not.toContain('cut leaves a complement out')
  })

  it('tells a point that joins the subject to a second object, the decision’s verb gone', () => {
    const body = 'The Board asked the millers to stock improved seeds and treated bags that keep out weevils, and to report each month.'
    expect(pointFaults('The Board treated bags that keep out weevils.', body)).toContain('verb of the decision dropped')
    // (a second decision of the subject is no such point: `… for rice and asked officials …`)
    expect(pointFaults('The Board asked officials to study the tariff.', 'The Board did not agree on a tariff for rice and asked officials to study the tariff.')).toEqual([])
  })
})

describe('pointFaults and cuts that say something else (points6)', () => {
  it('counts a list cut before its last item, a verb that lets act without the act, and `make` without its complement', () => {
    expect(pointFaults('This covers free school meals, uniforms.', 'This covers free school meals, uniforms for the poorest pupils and a grant towards books.')).toContain('cut leaves a complement out')
    expect(pointFaults('We will allow them, under supervision.', 'We will allow them, under supervision, to give routine vaccines.')).toContain('cut leaves a complement out')
    expect(pointFaults('Each member will make threats against judges.', 'Each member will make threats against judges in the exercise of their office an offence under the penal code.')).toContain('cut leaves a complement out')
    // (a list whose `and` opens a second verb, and `make up`, are no such cut)
    expect(pointFaults('Members will train rangers, wardens.', 'Members will train rangers, wardens in the parks and will report in May.')).toEqual([])
    expect(pointFaults('Parcels now make up 60 percent of all consignments.', 'Parcels now make up 60 percent of all consignments in a normal year.')).toEqual([])
  })
})

describe('slideFaults', () => {
  it('wants two points when the body has two sentences, and never the title again', () => {
    const body = 'The Board agreed to open two depots. It will report in May.'
    expect(slideFaults(['The Board agreed to open two depots.'], 'Depots', body, true).map((f) => f.why)).toEqual(['fewer than two points'])
    expect(slideFaults(['The Board agreed to open two depots.', 'It will report in May.'], 'The Board agreed to open two depots', body, true).map((f) => f.why)).toEqual(['repeats the title'])
    expect(slideFaults(['The Board agreed to open two depots.', 'The Board agreed to open two depots.'], 'Depots', body, true).map((f) => f.why)).toEqual(['repeats another point'])
  })
})
