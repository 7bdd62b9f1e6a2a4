import {describe, expect, it} from 'vitest'
import {pointTitle} from '../structure/choose-title.js'
import {patternTitle} from '../structure/pattern-title.js'
import {FRENCH_TITLES} from '../structure/french.js'

// Point titles (titles48): a record or a survey that covers the things of a set one by one (`a survey of every silent tower`) lost
// its quantifier with its complement, so the title read “Survey” or “Completing survey of silent tower”; the quantifier stays with its
// noun. Every sentence here is written for the test.
const fr = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)

describe('a record of every thing keeps its `every`, `each`, `chaque`', () => {
  it('keeps the quantifier in the complement of a record or a survey (English)', () => {
    expect(pointTitle('The board agreed to carry out a census of every farm pond before the dry season.')).toBe('Census of every farm pond')
    expect(pointTitle('Members decided to keep an inventory of each historic footbridge in the valley, with photographs.')).toBe('Inventory of each historic footbridge')
    expect(pointTitle('The council will publish a map of each cycle lane closed for works.')).toBe('Map of each cycle lane')
  })

  it('keeps it after a verb and its object, and gives the quantifier no room of the noun', () => {
    expect(pointTitle('The committee agreed to inspect the brakes on every hired sledge at the start of the season.')).toBe('Inspecting brakes on every hired sledge')
  })

  it('leaves other heads as they were: no quantifier in the title of a share, no compound of one of many', () => {
    expect(pointTitle('Growers also agreed to set aside a share of every contract with brewers for a drought relief fund.')).not.toMatch(/every/i)
    expect(pointTitle('Members decided to keep an inventory of each historic footbridge in the valley.')).not.toBe('Footbridge inventory')
  })

  it('keeps `chaque` after the `de` of a record or a survey (French)', () => {
    expect(fr("Le comité a décidé de dresser un inventaire de chaque pont historique de la vallée avant l'hiver.")).toBe('Inventaire de chaque pont historique')
    expect(fr('Les élus ont décidé une cartographie de chaque sentier balisé du massif.')).toMatch(/^Cartographie de chaque sentier/)
    expect(fr('Le syndicat tiendra un registre de chaque réparation, avec la panne constatée.')).toBe('Registre de chaque réparation')
  })

  it('still ends the phrase at `chaque` + a time, and keeps the `à chaque` of who receives', () => {
    expect(fr('Le comité publiera une liste de chaque année de fouilles.')).not.toMatch(/chaque/)
    expect(fr('Le comité a adopté une aide à chaque nouveau producteur de fromage.')).toMatch(/^Aide à chaque nouveau producteur/)
  })
})

// The subject instead of what was decided: a body named by its kind (`The club will coach …`) acts, so the title is the object;
// a body named alone by its kind (`Network`, `Guild`) is who pays or acts, no title when another candidate is.
describe('a body named by its kind acts', () => {
  it('takes the object when a club, a guild or a society acts (English)', () => {
    expect(pointTitle('The club will coach 15 junior referees over the school holidays.')).toBe('Junior referees')
    expect(pointTitle('The society agreed to restore the old pump house with money raised by the Guild.')).toBe('Old pump house')
  })

  it('never titles a point by a body named alone when something was done', () => {
    expect(pointTitle('train 20 volunteer ride leaders before the summer holidays, paid for by the Network')).toBe('Volunteer ride leaders')
  })

  it('reads holidays, weekends and evenings as when, not what', () => {
    expect(pointTitle('The library agreed to run free homework clubs on weekday evenings for pupils.')).not.toMatch(/evenings/i)
    expect(pointTitle('The club will coach 15 junior referees over the school holidays.')).not.toMatch(/holidays/i)
  })
})
