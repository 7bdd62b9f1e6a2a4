import {describe, expect, it} from 'vitest'
import {scoreCase} from '../reader/evaluate.js'
import {readoutOf} from './helpers.js'

// Which numbered or plain paragraphs are points (numbered52, session 22). Every text here is written for the test.

const pointsOf = async (text: string) => (await readoutOf(text)).pillars.map((pillar) => pillar.body)
const readout = (bodies: string[]) => ({title: 't', pillars: bodies.map((body) => ({title: body.split(' ')[0], body})), figures: [], context: [], outlook: [], source: 'x.txt'})

describe('the eval pairs equal bodies first, then the rest by place', () => {
  it('does not count every body after one lost point as lost', () => {
    const expected = {points: ['one', 'two', 'three', 'four'].map((body) => ({title: body, body}))}
    // the reader lost `two`: the three others are found, one point is missed
    const {tally, misses} = scoreCase('x', expected, readout(['one', 'three', 'four']))
    expect(tally['point bodies']).toEqual({matched: 3, total: 4})
    expect(tally['point titles']).toEqual({matched: 3, total: 4})
    expect(misses.filter((miss) => miss.field === 'point bodies')).toHaveLength(1)
  })
  it('still pairs a body read wrongly with the point at its place, and counts an extra point', () => {
    const expected = {points: [{title: 'one', body: 'one'}, {title: 'two', body: 'two'}]}
    const {tally} = scoreCase('x', expected, readout(['one', 'two and more', 'five']))
    expect(tally['point bodies']).toEqual({matched: 1, total: 3})
    expect(tally['point titles']).toEqual({matched: 2, total: 3})
  })
})
