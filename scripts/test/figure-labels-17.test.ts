// Figure labels that keep a count's rate (issue 11, labels17): a count done at a rate, a change brought to a rate.
// Every sentence here is written for this test, on other subjects than the corpus cases.
import {describe, expect, it} from 'vitest'
import {figuresIn} from '../structure/extract-figures.js'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'

/** The figures of an English sentence, as `value | label`. */
const figures = (sentence: string) => figuresIn(sentence).map((figure) => `${figure.value} | ${figure.label}`)
/** The figures of a French sentence, as `value | label`. */
const chiffres = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => `${figure.value} | ${figure.label}`)

describe('a count a decision will do at a rate', () => {
  it('is a flow: what is done to it and how often, not a batch still to be done', () => {
    expect(figures('The new sorting centre in Gdynia will handle 30,000 parcels a day once its conveyors are installed.')).toEqual(['30,000 | parcels handled a day'])
    expect(figures('Ministers agreed that the maritime college will train 90 marine pilots a year from 2028.')).toEqual(['90 | marine pilots trained a year'])
    expect(figures('The consortium will recycle 12,000 tonnes of used tyres each year at its plant near Ghent.')).toEqual(['12,000 | tonnes of used tyres recycled each year'])
  })
  it('while a count with no rate is still to be done', () => {
    expect(figures('Ministers agreed that the maritime college will train 90 marine pilots by 2028.')).toEqual(['90 | marine pilots to be trained by 2028'])
  })
})

describe('a change brought to a rate (`the number of …, from A to B a year`)', () => {
  it('keeps the rate and the target year of the later value', () => {
    expect(figures('Member states will raise the number of mediators accredited from 210 in 2024 to 450 a year by 2030.')).toEqual(['450 | mediators accredited a year by 2030, up from 210 in 2024'])
    expect(figures('The agencies will increase the number of power lines inspected by drone from 800 to 2,000 a month.')).toEqual(['2,000 | power lines inspected by drone a month, up from 800'])
  })
  it('over a place that only says where the members are (`in the region`)', () => {
    expect(figures('Partners will raise the number of school nurses in the region from 3,000 in 2025 to 5,500 a year by 2031.')).toEqual(['5,500 | school nurses a year by 2031, up from 3,000 in 2025'])
  })
})

describe('a French budget set for a year', () => {
  it('keeps `pour` and the year in the phrase that holds the sum (`…, fixé à`), not the participle alone', () => {
    expect(chiffres("Le comité a approuvé le budget de l'Observatoire pour 2029, fixé à 640 000 euros.")).toEqual(["€640,000 | budget de l'Observatoire pour 2029"])
    expect(chiffres('Les délégués ont adopté le budget du bureau régional pour 2030, arrêté à 2,3 millions de dollars, et ont remercié le pays hôte.')).toEqual(['$2.3 million | budget du bureau régional pour 2030'])
  })
  it('is what a body that sets its own budget sets (`a arrêté son budget pour 2028 à`), not the body', () => {
    expect(chiffres("La fédération a arrêté son budget pour 2028 à 95 000 euros.")).toEqual(['€95,000 | budget pour 2028'])
    // (the unit the amount is per stays in its label, `par commune`, as `8 euros par tireur` gives `par tireur` since figures49)
    expect(chiffres("Les maires ont fixé leur contribution annuelle à 12 000 euros par commune.")).toEqual(['€12,000 | contribution annuelle par commune'])
  })
})
