import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 15 (issue 11) showed the reader missing in point bodies and the outlook, stated as
// rules an editor would give. Every sentence here is written for the test.
const HEAD = 'Summary of the Mountain Rail Forum\nMonday, May 4, 2026\n\nTransport ministers of the Mountain Rail Forum met today in Innsbruck and agreed on a plan for safer mountain railways.\n\n'

describe('headings pasted from a web page with their Markdown', () => {
  it('reads `## Heading` lines as headings: every paragraph under one is its point, `## Next steps` the outlook', async () => {
    const {result} = await structureText(`${HEAD}## Avalanche protection\n\nSlides closed the main lines on 41 days last winter, twice as often as ten years ago.\n\nMinisters agreed to build snow sheds over the twelve most exposed sections by 2030.\n\n## Night trains\n\nMinisters agreed to run a night train between the four capitals from December 2027.\n\nThree operators offered rolling stock for it.\n\n## Next steps\n\nThe Forum will report on the snow sheds at its next meeting in Bolzano in 2027.\n\n*Posted on 5 May 2026 · Ministry of Transport*\n`)
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.title)).toEqual(['Avalanche protection', 'Night trains'])
    expect(pillars[0].body).toBe('Slides closed the main lines on 41 days last winter, twice as often as ten years ago. Ministers agreed to build snow sheds over the twelve most exposed sections by 2030.')
    expect(pillars[1].body).toBe('Ministers agreed to run a night train between the four capitals from December 2027. Three operators offered rolling stock for it.')
    expect(outlook).toEqual(['The Forum will report on the snow sheds at its next meeting in Bolzano in 2027.'])
  })

  it('reads a whole line in bold as a heading, and leaves a line bold only in part as text', async () => {
    const {result} = await structureText(`${HEAD}**Avalanche protection**\n\nMinisters agreed to build snow sheds over the twelve most exposed sections by 2030.\n\n**Night trains**\n\nMinisters agreed to run a night train between the four capitals from December 2027. **Note:** the timetable is still open.\n`)
    const {pillars} = result!.readout
    expect(pillars.map((p) => p.title)).toEqual(['Avalanche protection', 'Night trains'])
    expect(pillars[1].body).toContain('**Note:**')
  })
})

const MINUTES = 'SUMMARY RECORD\nAlpine Water Board – Fourth Meeting\nGeneva, 2–3 March 2026\n\n1. OPENING\n\n1.1 The Chair opened the meeting and welcomed the members of the Board.\n\n2. GLACIER MONITORING\n\n2.1 The Board noted that the twelve largest glaciers lost 3 percent of their mass last year.\n\n2.2 The Board agreed to install forty new gauges on glacier streams by 2028.\nAction: Secretariat to send the list of sites to members by 30 April.\n\n3. NEXT MEETING\n\n3.1 The fifth meeting will be held in Chamonix in March 2027.\n\nIssued by the Secretariat, 4 March 2026.\n'

describe('minutes numbered in decimals under numbered part headings', () => {
  // (a summary record's finding, `2.1 The Board noted …`, is context since session 17: round 37's convention, structure47)
  it('reads each `2.1` decision as a point, a finding as context, the `2. GLACIER MONITORING` line as the part\'s heading, and `3. NEXT MEETING` as the outlook', async () => {
    const {result} = await structureText(MINUTES)
    const {pillars, outlook, context} = result!.readout
    expect(context.join(' ')).toContain('The Board noted that the twelve largest glaciers lost 3 percent of their mass last year.')
    expect(pillars.map((p) => p.body)).toEqual([
      'The Board agreed to install forty new gauges on glacier streams by 2028. Action: Secretariat to send the list of sites to members by 30 April.',
    ])
    expect(outlook).toEqual(['The fifth meeting will be held in Chamonix in March 2027.'])
  })

  it('keeps a sentence that opens on a decimal figure as text, not a numbered paragraph', async () => {
    const {result} = await structureText(`${HEAD}- Ministers agreed to fund twelve new snow sheds.\n\n2.5 Million passengers used the line last year, the Chair said.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to fund twelve new snow sheds.'])
  })

  it('joins `Suite à donner :` under a French paragraph to it', async () => {
    const {result} = await structureText('Relevé de conclusions\nConseil des eaux alpines\nGenève, 2 mars 2026\n\n1. Le Conseil a décidé d\'installer quarante jauges sur les torrents glaciaires d\'ici 2028.\nSuite à donner : le secrétariat enverra la liste des sites aux membres avant le 30 avril.\n\n2. Le Conseil a adopté son budget pour 2027.\n')
    expect(result!.readout.pillars[0].body).toBe('Le Conseil a décidé d\'installer quarante jauges sur les torrents glaciaires d\'ici 2028. Suite à donner : le secrétariat enverra la liste des sites aux membres avant le 30 avril.')
  })
})

describe('bullets with sub-bullets indented under them', () => {
  it('keeps `\\t▪\\t…` lines under a `•` bullet in that bullet, as written, and reads the next `•` as the next point', async () => {
    const {result} = await structureText(`${HEAD}Ministers committed to the following actions\n•\tsafer level crossings\n\t▪\tbarriers at every crossing on a school route by 2028\n\t▪\tcameras at the fifty busiest crossings\n•\ta common ticket for the four mountain lines from 2027\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'safer level crossings ▪ barriers at every crossing on a school route by 2028 ▪ cameras at the fifty busiest crossings',
      'a common ticket for the four mountain lines from 2027',
    ])
  })

  it('reads bullets with the same marker as items of one list, however they are indented', async () => {
    const {result} = await structureText(`${HEAD}Ministers committed to the following actions\n\t•\tsafer level crossings on school routes\n\t•\ta common ticket for the four mountain lines from 2027\n`)
    expect(result!.readout.pillars).toHaveLength(2)
  })
})

describe('a list typed without markers, one name and a colon a line', () => {
  const PROSE = 'Mountain Rail Forum\nOutcome Statement\nInnsbruck, 4 May 2026\n\nTransport ministers of seven Alpine countries met in Innsbruck.\n\nMinisters agreed to run a night train between the four capitals from December 2027.\n\nMinisters set up a fund for snow sheds with a target of €90 million.\n\n'
  it('reads `Members pledged the following:` and its `Austria: …` lines as one point', async () => {
    const {result} = await structureText(`${PROSE}Members pledged the following to the fund:\nAustria: €20 million for the Brenner line\nSwitzerland: CHF 15 million over three years\nItaly: €12m for sheds in the Dolomites\n\nThe Forum will review the fund in 2029 in the light of its first works. Ministers will meet next in Bolzano in May 2027.\n`)
    const {pillars, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual([
      'Ministers agreed to run a night train between the four capitals from December 2027.',
      'Ministers set up a fund for snow sheds with a target of €90 million.',
      'Members pledged the following to the fund: Austria: €20 million for the Brenner line Switzerland: CHF 15 million over three years Italy: €12m for sheds in the Dolomites',
    ])
    expect(outlook).toEqual(['The Forum will review the fund in 2029 in the light of its first works. Ministers will meet next in Bolzano in May 2027.'])
  })

  it('leaves lines parted by blank lines, or a single one, as they were', async () => {
    const {result} = await structureText(`${PROSE}Members pledged the following to the fund:\nAustria: €20 million for the Brenner line\n\nThe Forum thanked Austria for hosting the meeting.\n`)
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).not.toContain('Members pledged the following to the fund: Austria')
  })
})

describe('a French clause before a colon', () => {
  it('reads `Les ministres se sont inquiétés de … :` as the start of the body, not a title', async () => {
    const {result} = await structureText('Relevé de conclusions\nConseil des eaux alpines\nGenève, 2 mars 2026\n\n1. Les ministres se sont inquiétés du recul des glaciers : les douze plus grands ont perdu 3 % de leur masse en 2025. Ils ont décidé d\'installer quarante jauges d\'ici 2028.\n\n2. Les ministres ont adopté le budget pour 2027.\n')
    expect(result!.readout.pillars[0].body).toBe('Les ministres se sont inquiétés du recul des glaciers : les douze plus grands ont perdu 3 % de leur masse en 2025. Ils ont décidé d\'installer quarante jauges d\'ici 2028.')
  })

  it('keeps a `Titre :` whose body opens on `Les ministres ont …`', async () => {
    const {result} = await structureText('Relevé de conclusions\nConseil des eaux alpines\nGenève, 2 mars 2026\n\n- Jauges : Les ministres ont décidé d\'installer quarante jauges d\'ici 2028.\n- Budget : Les ministres ont adopté le budget pour 2027.\n')
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Jauges', 'Budget'])
  })
})

describe('a task due before the next meeting', () => {
  it('keeps `… were asked to name their sites before the next meeting` in its point: a deadline, not the meeting', async () => {
    const {result} = await structureText(`${HEAD}1. Ministers agreed to build snow sheds over the twelve most exposed sections. Members that have no plan yet were asked to name their sites, before the next meeting, and say how they would pay for them.\n\n2. Ministers approved the budget for 2027.\n\n3. The Forum will meet next in Bolzano in May 2027.\n`)
    const {pillars, outlook} = result!.readout
    expect(pillars[0].body).toBe('Ministers agreed to build snow sheds over the twelve most exposed sections. Members that have no plan yet were asked to name their sites, before the next meeting, and say how they would pay for them.')
    expect(outlook).toEqual(['The Forum will meet next in Bolzano in May 2027.'])
  })
})
