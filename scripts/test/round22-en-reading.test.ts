import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {figuresIn} from '../structure/extract-figures.js'

// Causes of round 22's English misses (issue 11: minutes, a company's announcement, a wire, a title block),
// each in neighbouring forms published texts use. Every sentence here is written for the test.

describe('a council\'s minutes of motions', () => {
  const minutes = (motions: string[]) => `County of Westmoor\nHighways and Transport Committee\nRecord of Decisions\nMonday, June 7th, 2027\nCommittee Room B, County Hall, Westmoor\n\nThe Committee received the annual report on road safety, which counted 212 collisions on county roads last year.\n\n${motions.join('\n\n')}\n\nThe next meeting of the Committee will be held on Monday, July 12th, 2027.\n`

  it('reads each `MOVED by …, seconded by …, THAT …` paragraph as a point, whatever the vote', async () => {
    const motions = [
      'MOVED by Councillor Adeyemi, seconded by Councillor Brandt, THAT the speed limit on rural lanes near schools be lowered to 20 miles per hour. MOTION PUT AND PASSED.',
      'Moved by Deputy Warden Cho, seconded by Councillor Adeyemi, that staff prepare a plan for 30 new pedestrian crossings. CARRIED.',
      'It was moved by Councillor Duval and seconded by Councillor Cho that the Committee ask Council to buy two gritting lorries. MOTION DEFEATED.',
    ]
    const {result, messages} = await structureText(minutes(motions))
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(motions)
    expect(messages.join('\n')).not.toMatch(/without (?:pillars|a decision)/)
    // a motion is titled from what it says, not from who moved it
    for (const pillar of result!.readout.pillars) expect(pillar.title).not.toMatch(/Councillor|Warden/)
    expect(result!.readout.outlook).toEqual(['The next meeting of the Committee will be held on Monday, July 12th, 2027.'])
  })

  it('takes the record\'s name under the lines that name the body as the title, and the city after the rooms as the place', async () => {
    const {result} = await structureText(minutes(['MOVED by Councillor Adeyemi, seconded by Councillor Brandt, THAT the speed limit on rural lanes near schools be lowered to 20 miles per hour. MOTION PUT AND PASSED.']))
    const {readout} = result!
    expect(readout.title).toBe('Record of Decisions')
    expect(readout.kind).toBe('readout')
    expect(readout.place).toBe('Westmoor')
    expect(readout.dates).toMatchObject({start: '2027-06-07', end: '2027-06-07'})
  })

  it('reads `Summary of Outcomes` as a readout\'s name, and a venue line with a country after its city', async () => {
    const {result} = await structureText('Lakeside Regional District\nParks Board\nSummary of Outcomes\n14 October 2027\nBoard Room, District Offices, Nelson, Canada\n\nThe Board heard from three residents about the state of the lakeshore trails.\n\nMOVED by Director Kaur, seconded by Director Olsen, THAT the Board fund the repair of 12 kilometres of lakeshore trail. MOTION PUT AND PASSED.\n')
    expect(result!.readout.title).toBe('Summary of Outcomes')
    expect(result!.readout.place).toBe('Nelson')
  })
})

describe('a three-line title block: the body, the conclusions of its meeting, the place and dates', () => {
  it('takes `Conclusions of the … Assembly` under the body\'s name as the title, a communiqué', async () => {
    const {result} = await structureText('Pacific Network of Seed Savers\nConclusions of the Annual Conference\nSuva, Fiji, 8–10 June 2027\n\nSome 90 seed keepers from twelve island states met in Suva for the Network\'s annual conference.\n\nThe conference agreed the following commitments.\n\n* Members will open a shared seed bank for taro and breadfruit in Suva by 2028.\n* The Network will train 200 young farmers in seed saving over two years.\n')
    const {readout} = result!
    expect(readout.title).toBe('Conclusions of the Annual Conference')
    expect(readout.kind).toBe('communiqué')
    expect(readout.place).toBe('Suva')
    expect(readout.pillars).toHaveLength(2)
  })
})

describe('a text in which nothing reads as a decision', () => {
  it('is read rather than refused: its paragraphs of text are the points, with a warning', async () => {
    const {result, messages} = await structureText('Readout of the Alpine Huts Forum\nInnsbruck, 3 May 2027\n\nHut wardens from four countries met in Innsbruck on 3 May 2027.\n\nThe wardens discussed the shortage of seasonal staff in the high huts.\n\nThey heard a talk on solar power for huts above 2,500 metres.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['The wardens discussed the shortage of seasonal staff in the high huts.', 'They heard a talk on solar power for huts above 2,500 metres.'])
    expect(messages.join('\n')).toMatch(/warning {2}Unexpected readout without a decision, .*; its 2 paragraphs of text were read as points/)
    expect(messages.join('\n')).not.toMatch(/error/)
  })

  it('reads the dateline\'s paragraph when it is the only text', async () => {
    const {result, messages} = await structureText('Readout of the Alpine Huts Forum\nInnsbruck, 3 May 2027\n\nHut wardens from four countries met in Innsbruck on 3 May 2027 to compare their seasons.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Hut wardens from four countries met in Innsbruck on 3 May 2027 to compare their seasons.'])
    expect(messages.join('\n')).toMatch(/its paragraph of text was read as a point/)
  })

  it('still refuses a text with nothing to read', async () => {
    for (const text of ['Readout of the Alpine Huts Forum\n', 'Readout of the Alpine Huts Forum\nInnsbruck, 3 May 2027\n']) {
      const {result} = await structureText(text)
      expect(result).toBeUndefined()
    }
  })
})

describe('weights in pounds and the dollars of other countries', () => {
  const values = (sentence: string) => figuresIn(sentence).map((figure) => figure.value)

  it('reads `pounds of …` and an amount in a sentence that prices by the pound as a weight, not sterling', () => {
    expect(values('The mill shipped 4.6 million pounds of coffee beans in 2026.')).toEqual(['4.6 million'])
    expect(values('Farmers sold 800,000 pounds of wool at an average of $3.10 per pound.')).toEqual(['800,000', '$3.10'])
    expect(values('The cooperative harvested 1.2 million pounds this season, against 900,000 pounds a year earlier, and sold it at $2 a pound.')).toContain('1.2 million')
    // (pounds as money stay sterling, and a weight in tonnes was never money)
    expect(values('The council pledged 3 million pounds to the hospice.')).toEqual(['£3 million'])
    expect(values('The port handled 2.5 million tonnes of grain.')).toEqual(['2.5 million'])
  })

  it('keeps the sign of a country\'s dollar before an amount (`N$`, `C$`, `NZ$`, `HK$`, `S$`) and the rand\'s `R`', () => {
    expect(values('The Ministry spent N$45 million on rural clinics.')).toEqual(['N$45 million'])
    expect(values('Canada pledged C$12 million to the fund.')).toEqual(['C$12 million'])
    expect(values('New Zealand added NZ$3.5 million for the reef survey.')).toEqual(['NZ$3.5 million'])
    expect(values('The exchange raised HK$800 million from the listing.')).toEqual(['HK$800 million'])
    expect(values('Singapore committed S$20 million to the shared laboratory.')).toEqual(['S$20 million'])
    expect(values('The province set aside R2.4 billion for school meals.')).toEqual(['R2.4 billion'])
  })
})

describe('a wire\'s meeting days told relative to its date', () => {
  const wire = (lead: string) => `Gulf ministers back desalination fund\n\nBy Rana Haddad\nNovember 13, 2026 9:15 AM GMT+4 Updated 3 hours ago\n\nMUSCAT, Nov 13 (Newswire) - ${lead}\n\nMinisters agreed to share drought data every week.\n`

  it('reads `a two-day meeting … that ended on Tuesday` as the two days ending that Tuesday, before the wire\'s date', async () => {
    const {result} = await structureText(wire('Water ministers of the Gulf Water Council agreed to set up a desalination fund, the council said on Friday after a two-day meeting in the capital that ended on Tuesday.'))
    expect(result!.readout.dates).toMatchObject({start: '2026-11-09', end: '2026-11-10'})
    const three = await structureText(wire('Water ministers of the Gulf Water Council agreed on Friday to set up a desalination fund after three days of talks that closed on Thursday.'))
    expect(three.result!.readout.dates).toMatchObject({start: '2026-11-10', end: '2026-11-12'})
  })

  it('still reads a meeting `on Monday` as that day before the wire\'s date', async () => {
    const {result} = await structureText(wire('Water ministers of the Gulf Water Council met on Monday in Muscat and agreed to set up a desalination fund.'))
    expect(result!.readout.dates).toMatchObject({start: '2026-11-09', end: '2026-11-09'})
  })

  it('reads `They also set a target of building at least 12 plants by 2030` as a decision, not an aim', async () => {
    const {result} = await structureText(`${wire('Water ministers of the Gulf Water Council met on Monday in Muscat and agreed to set up a desalination fund.')}\nThey also set a target of building at least 12 solar desalination plants a year by 2030.\n\nThe ministers set the goal of halving water losses from city pipes by 2035.\n`)
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toContain('They also set a target of building at least 12 solar desalination plants a year by 2030.')
    expect(outlook).toContain('The ministers set the goal of halving water losses from city pipes by 2035.')
  })
})

describe('a listed company\'s announcement to its exchange', () => {
  const announcement = (ticker: string, kindLine: string) => `${ticker}\n${kindLine}\nOutcome of Extraordinary General Meeting\nAuckland, Tuesday 9 March 2027\n\nHarbourline Ferries Limited held an extraordinary general meeting at the Viaduct Events Centre today.\n\n- Resolution 1, approval of the purchase of two electric ferries, was carried with 91.2% of votes in favour.\n- Resolution 2, approval of a new share buy-back, was carried with 84.5% of votes in favour.\n`

  it('reads the ticker line as who issues it, never the title; the exchange\'s announcement as a press release; the company as the organisation', async () => {
    for (const [ticker, kindLine] of [['Harbourline Ferries Limited (NZX: HLF)', 'NZX Announcement'], ['Harbourline Ferries Limited (ASX: HLF)', 'Market announcement']]) {
      const {result} = await structureText(announcement(ticker, kindLine))
      const {readout} = result!
      expect(readout.title).toBe('Outcome of Extraordinary General Meeting')
      expect(readout.kind).toBe('press release')
      expect(readout.organisation).toBe('Harbourline Ferries Limited')
      expect(readout.place).toBe('Auckland')
    }
  })
})
