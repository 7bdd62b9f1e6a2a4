import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

const read = async (text: string) => (await structureText(text)).result!.readout
const BODY = '\n- Berths: The Board will fund new berths.\n- Signs: The Board will put up signs.\n'

describe('a plan named in capitals before its kind in lower case, where the meeting adopted it', () => {
  it('takes the capitalised words with their kind, after any verb of adoption and article', async () => {
    expect((await read(`The Windmill Keepers' Forum met in Norwich on 4 May 2026.\nKeepers adopted the Sails Turning plan and agreed on two lines of work.${BODY}`)).roadmap).toBe('Sails Turning plan')
    expect((await read(`The Harbour Board met in Oban on 4 May 2026. Members endorsed a Clean Berths strategy for the next three years.${BODY}`)).roadmap).toBe('Clean Berths strategy')
    expect((await read(`The Valley Walkers' Council met in Keswick on 9 June 2026 and launched its Quiet Fells Footpath road map.${BODY}`)).roadmap).toBe('Quiet Fells Footpath road map')
  })
  it('leaves a plan named by whose it is, one named by a single word, and one the meeting did not adopt', async () => {
    expect((await read(`The Harbour Board met in Oban on 4 May 2026. Members approved the Board's Harbour plan for three years.${BODY}`)).roadmap).toBeUndefined()
    expect((await read(`The Harbour Board met in Oban on 4 May 2026. Members approved the Oban plan for three years.${BODY}`)).roadmap).toBeUndefined()
    expect((await read(`The Harbour Board met in Oban on 4 May 2026. Members reviewed the Clean Berths strategy of 2020.${BODY}`)).roadmap).toBeUndefined()
  })
})
