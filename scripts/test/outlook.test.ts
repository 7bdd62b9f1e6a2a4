import {describe, expect, it} from 'vitest'
import {splitOutlook} from '../structure/extract-pillars.js'
import {ENGLISH} from '../structure/language.js'
import {structureText} from './helpers.js'

// Which paragraphs are roadmap and which are outlook is decided by what they say (issue 11): a
// decision stays a point even when it then names the next meeting; only the sentences about that
// meeting go to the outlook, and no sentence is lost or repeated.
const HEAD = 'Ministers of the Lake Forum met in Kampala on 3 May 2022.\n“The lake feeds us all.” the Chair said.\n'

/** Every sentence of the source is in the readout once: in a point, the context or the outlook. */
function sentencesOf(readout: {dateline?: string; context: string[]; outlook: string[]; pillars: Array<{body: string}>}): string[] {
  return [readout.dateline ?? '', ...readout.context, ...readout.pillars.map((p) => p.body), ...readout.outlook].join(' ').split(/(?<=\.)\s+/).filter(Boolean)
}

describe('outlook', () => {
  it('keeps a numbered decision as a point and sends only its next-meeting sentence to the outlook', async () => {
    const {result} = await structureText(`${HEAD}1. Ministers agreed to ban nets with a fine mesh.\n2. Ministers agreed to set up a panel on fish stocks. They will consider its first findings at their next meeting, in Kisumu in 2023.\n`)
    const readout = result!.readout
    expect(readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers agreed to set up a panel on fish stocks.'])
    expect(readout.outlook).toEqual(['They will consider its first findings at their next meeting, in Kisumu in 2023.'])
    const all = sentencesOf(readout)
    expect(new Set(all).size).toBe(all.length)
  })

  it('does the same for a paragraph under a heading, a prose paragraph and a French numbered paragraph', async () => {
    const headings = await structureText(`${HEAD}\nFishing nets\nMinisters agreed to ban nets with a fine mesh.\n\nFish stocks\nMinisters agreed to set up a panel on fish stocks. The panel will report at the next meeting of the Forum.\n`)
    expect(headings.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers agreed to set up a panel on fish stocks.'])
    expect(headings.result!.readout.outlook).toEqual(['The panel will report at the next meeting of the Forum.'])
    const prose = await structureText(`${HEAD}\nMinisters agreed to ban nets with a fine mesh.\n\nMinisters decided to open a fund for fishing villages. The bank will report on the first loans at the next ministerial meeting.\n`)
    expect(prose.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers decided to open a fund for fishing villages.'])
    expect(prose.result!.readout.outlook).toEqual(['The bank will report on the first loans at the next ministerial meeting.'])
    const french = await structureText('Les ministres du Forum du lac se sont réunis à Kampala le 3 mai 2022.\n1. Les ministres ont décidé d’interdire les filets à mailles fines.\n2. Les ministres ont décidé de créer un observatoire des stocks. Ils examineront son premier rapport lors de leur prochaine réunion, à Kisumu en 2023.\n')
    expect(french.result!.readout.pillars.map((p) => p.body)).toEqual(['Les ministres ont décidé d’interdire les filets à mailles fines.', 'Les ministres ont décidé de créer un observatoire des stocks.'])
    expect(french.result!.readout.outlook).toEqual(['Ils examineront son premier rapport lors de leur prochaine réunion, à Kisumu en 2023.'])
  })

  it('keeps whole a decision whose own clause names the next meeting, and sends to the outlook one that only sets a review for it', async () => {
    const {result} = await structureText(`${HEAD}1. Ministers agreed to ban nets with a fine mesh.\n2. Ministers agreed to set up a panel on fish stocks, which will present its findings at the next meeting.\n3. Ministers instructed officials to report on the ban at the Forum's next ministerial meeting.\n4. Ministers agreed that the next meeting will be held in Kisumu.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers agreed to set up a panel on fish stocks, which will present its findings at the next meeting.'])
    expect(result!.readout.outlook).toEqual(["Ministers instructed officials to report on the ban at the Forum's next ministerial meeting.", 'Ministers agreed that the next meeting will be held in Kisumu.'])
  })

  it('keeps a numbered paragraph that only quotes the Chair as context, not a point', async () => {
    const {result} = await structureText(`Ministers of the Lake Forum met in Kampala on 3 May 2022.\n1. Ministers agreed to ban nets with a fine mesh.\n2. "We cannot fish our way out of an empty lake," said the Chair, Minister Ruth Okello, as she opened the meeting.\n3. Ministers launched a register of fishing boats.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers launched a register of fishing boats.'])
    expect(result!.readout.context).toEqual(['"We cannot fish our way out of an empty lake," said the Chair, Minister Ruth Okello, as she opened the meeting.'])
    expect(result!.readout.keyMessage).toBe('We cannot fish our way out of an empty lake.')
  })

  it('cuts between sentences only, so the two parts are the paragraph', () => {
    const text = 'Ministers agreed to open a fund of US$2.5 million. They will review it at their next meeting in Washington, D.C. in 2025.'
    const split = splitOutlook(text, ENGLISH)!
    expect(split).toEqual({kept: 'Ministers agreed to open a fund of US$2.5 million.', ahead: 'They will review it at their next meeting in Washington, D.C. in 2025.'})
    expect(`${split.kept} ${split.ahead}`).toBe(text)
    expect(splitOutlook('Ministers will meet again in Kisumu. They agreed a plan.', ENGLISH)).toBeUndefined()
    expect(splitOutlook('Ministers agreed a plan.', ENGLISH)).toBeUndefined()
  })
})

// What a paragraph does decides where it goes, whatever its shape or place (issue 11, round 6):
// the next meeting is outlook under any heading, a lead-in that announces the list and a closing
// quotation are context, a colon inside a quotation or after a long clause is no `Title:` colon,
// and a level set in the passive is a decision.
describe('a paragraph by what it says', () => {
  const lake = 'Ministers of the Lake Forum met in Kampala on 3 May 2022.\n'
  const lac = 'Les ministres du Forum du lac se sont réunis à Kampala le 3 mai 2022.\n'

  it('reads a heading whose first paragraph is about the next meeting as the outlook, in English and French', async () => {
    const english = await structureText(`${lake}\nFishing nets\nMinisters agreed to ban nets with a fine mesh.\n\nDate and venue\nThe Forum's next ministerial meeting will be hosted by Tanzania in Mwanza in 2023.\n`)
    expect(english.result!.readout.pillars.map((p) => p.title)).toEqual(['Fishing nets'])
    expect(english.result!.readout.outlook).toEqual(["The Forum's next ministerial meeting will be hosted by Tanzania in Mwanza in 2023."])
    expect(english.result!.readout.context.join(' ')).not.toContain('Date and venue')
    const french = await structureText(`${lac}\nFilets de pêche\nLes ministres ont décidé d’interdire les filets à mailles fines.\n\nProchaine rencontre\nLa prochaine réunion du Forum se tiendra à Mwanza en 2023.\n`)
    expect(french.result!.readout.pillars.map((p) => p.title)).toEqual(['Filets de pêche'])
    expect(french.result!.readout.outlook).toEqual(['La prochaine réunion du Forum se tiendra à Mwanza en 2023.'])
  })

  it('reads a French session named with its adjective (`session extraordinaire`, `réunion annuelle`) as the next meeting', async () => {
    const {result} = await structureText(`${lac}1. Les ministres ont décidé d’interdire les filets à mailles fines.\n2. Les ministres ont lancé un registre des bateaux de pêche.\n3. La troisième session extraordinaire du Forum se tiendra à Mwanza en 2023.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toHaveLength(2)
    expect(result!.readout.outlook).toEqual(['La troisième session extraordinaire du Forum se tiendra à Mwanza en 2023.'])
    const digits = await structureText(`${lac}1. Les ministres ont décidé d’interdire les filets à mailles fines.\n2. La 4e session ordinaire suivante du Forum aura lieu à Mwanza.\n`)
    expect(digits.result!.readout.outlook).toEqual(['La 4e session ordinaire suivante du Forum aura lieu à Mwanza.'])
  })

  it('keeps a quotation with a colon inside, and a long clause before a colon, out of the points', async () => {
    const english = await structureText(`${lake}1. We recall the promise we made to one another when the Forum was founded in Jinja ten years ago: to leave the lake richer than we found it.\n2. Ministers agreed to ban nets with a fine mesh.\n3. "A lake is not a bin: what we throw in, we eat," said the Chair as she closed the meeting.\n`)
    expect(english.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.'])
    const french = await structureText(`${lac}1. Les ministres ont décidé d’interdire les filets à mailles fines.\n2. « Le lac n’est pas une poubelle : ce que nous y jetons, nous le mangeons », a rappelé la présidente à la clôture.\n`)
    expect(french.result!.readout.pillars.map((p) => p.body)).toEqual(['Les ministres ont décidé d’interdire les filets à mailles fines.'])
    expect(french.result!.readout.context.join(' ')).toContain('« Le lac n’est pas une poubelle')
  })

  it('keeps a long `Title:` whose body opens a sentence after the colon as the title', async () => {
    const title = 'Restore the spawning grounds of the lake and the wetlands around every landing site of the basin'
    const {result} = await structureText(`${lake}1. ${title}: Ministers agreed to ban nets with a fine mesh.\n2. Registers: Ministers launched a register of fishing boats.\n`)
    expect(result!.readout.pillars.map((p) => p.title)).toEqual([title, 'Registers'])
  })

  it('keeps a paragraph that announces the list after it as context, in English and French', async () => {
    const english = await structureText(`${lake}1. Ministers endorsed the Kampala Lake Charter, whose main commitments are outlined below.\n2. Ministers agreed to ban nets with a fine mesh.\n3. Ministers launched a register of fishing boats.\n`)
    expect(english.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers launched a register of fishing boats.'])
    const french = await structureText(`${lac}1. Les ministres ont approuvé la Charte du lac, dont les engagements sont résumés ci-dessous. Ils ont invité chaque pays à la publier.\n2. Les ministres ont décidé d’interdire les filets à mailles fines.\n3. Les ministres ont lancé un registre des bateaux de pêche.\n`)
    expect(french.result!.readout.pillars.map((p) => p.body)).toEqual(['Les ministres ont décidé d’interdire les filets à mailles fines.', 'Les ministres ont lancé un registre des bateaux de pêche.'])
  })

  it('reads a level set in the passive as a decision in prose, in English and French, and a past one as context', async () => {
    const english = await structureText(`${lake}\nThe catch was set at a higher level in 2015, before the stocks fell.\n\nThe yearly catch of Nile perch is now capped at 200,000 tonnes for the whole lake.\n\nMinisters agreed to ban nets with a fine mesh.\n`)
    expect(english.result!.readout.pillars.map((p) => p.body)).toEqual(['The yearly catch of Nile perch is now capped at 200,000 tonnes for the whole lake.', 'Ministers agreed to ban nets with a fine mesh.'])
    const french = await structureText(`${lac}\nLa prise annuelle de perche du Nil est fixée à 200 000 tonnes pour l’ensemble du lac.\n\nLes ministres ont décidé d’interdire les filets à mailles fines.\n`)
    expect(french.result!.readout.pillars.map((p) => p.body)).toEqual(['La prise annuelle de perche du Nil est fixée à 200 000 tonnes pour l’ensemble du lac.', 'Les ministres ont décidé d’interdire les filets à mailles fines.'])
  })

  it('leaves a closing quotation that says `will` in the context, not the outlook, in English and French', async () => {
    const english = await structureText(`${lake}\nMinisters agreed to ban nets with a fine mesh.\n\n"The lake feeds forty million people, and we will keep it alive," said the Chair, Dr. Ruth Okello, at the close of the meeting.\n\nMinisters will meet again in Mwanza in 2023.\n`)
    expect(english.result!.readout.outlook).toEqual(['Ministers will meet again in Mwanza in 2023.'])
    expect(english.result!.readout.context.join(' ')).toContain('we will keep it alive')
    const french = await structureText(`${lac}\nLes ministres ont décidé d’interdire les filets à mailles fines.\n\n« Ce lac nourrit quarante millions de personnes, et nous le protégerons », a déclaré la présidente, M. Okello, à la clôture des travaux.\n`)
    expect(french.result!.readout.outlook).toEqual([])
    expect(french.result!.readout.context.join(' ')).toContain('nous le protégerons')
  })
})

describe('a paragraph that only thanks or only quotes', () => {
  const lake = 'Ministers of the Lake Forum met in Kampala on 3 May 2022.\n'
  const lac = 'Les ministres du Forum du lac se sont réunis à Kampala le 3 mai 2022.\n'

  it('keeps a closing paragraph of thanks out of the points, numbered or under a heading, in English and French', async () => {
    const numbered = await structureText(`${lake}1. Ministers agreed to ban nets with a fine mesh.\n2. Ministers launched a register of fishing boats.\n3. We are grateful to the Government of Uganda for hosting this meeting. We also thank the secretariat for its careful preparations.\n`)
    expect(numbered.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers launched a register of fishing boats.'])
    expect(numbered.result!.readout.context.join(' ')).toContain('We are grateful to the Government of Uganda')
    const heading = await structureText(`${lake}\nFishing nets\nMinisters agreed to ban nets with a fine mesh.\n\nAcknowledgements\nMinisters expressed their warm appreciation to the people of Kampala for their welcome.\n`)
    expect(heading.result!.readout.pillars.map((p) => p.title)).toEqual(['Fishing nets'])
    const french = await structureText(`${lac}1. Les ministres ont décidé d’interdire les filets à mailles fines.\n2. Les ministres ont lancé un registre des bateaux de pêche.\n3. Nous remercions le gouvernement ougandais pour l’organisation de la réunion.\n`)
    expect(french.result!.readout.pillars.map((p) => p.body)).toHaveLength(2)
  })

  it('keeps a thanks that also gives a figure or a decision a point', async () => {
    const {result} = await structureText(`${lake}1. Ministers agreed to ban nets with a fine mesh.\n2. We thank the World Bank, which will lend US$40 million to fishing villages.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'We thank the World Bank, which will lend US$40 million to fishing villages.'])
  })

  it('leaves a quotation announced by who said it (`The Chair said: “…”`) out of the points and the outlook', async () => {
    const numbered = await structureText(`${lake}1. Ministers agreed to ban nets with a fine mesh.\n2. Closing the meeting, the Chair urged: "We will not let the lake die."\n3. Ministers launched a register of fishing boats.\n`)
    expect(numbered.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers launched a register of fishing boats.'])
    const prose = await structureText(`${lac}\nLes ministres ont décidé d’interdire les filets à mailles fines.\n\nLa présidente a lancé à la clôture : « Nous sauverons ce lac ensemble. »\n`)
    expect(prose.result!.readout.outlook).toEqual([])
  })
})

describe('decisions in prose', () => {
  it('reads a paragraph whose sentence opens with who acted and a verb that records a decision (`signed`, `set up`, `urged`) as a point, in English and French', async () => {
    const english = await structureText('Ministers of the Lake Forum met in Kampala on 3 May 2022.\n\nThe lake has lost half of its fish since 1990.\n\nMinisters signed a charter on the use of the shore.\n\nThe Forum set up a register of fishing boats.\n\nThe Forum was set up in Jinja and has a small office in Entebbe.\n')
    expect(english.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers signed a charter on the use of the shore.', 'The Forum set up a register of fishing boats.'])
    const french = await structureText('Les ministres du Forum du lac se sont réunis à Kampala le 3 mai 2022.\n\nLes ministres ont exhorté les pays riverains à interdire les filets à mailles fines.\n\nLe Forum a mis en place un registre des bateaux de pêche.\n')
    expect(french.result!.readout.pillars.map((p) => p.body)).toEqual(['Les ministres ont exhorté les pays riverains à interdire les filets à mailles fines.', 'Le Forum a mis en place un registre des bateaux de pêche.'])
  })
})

// Round 7 (issue 11): what someone said, in two quotations around who said it, is neither a step
// ahead nor part of the point above it.
describe('a quotation resumed after who said it', () => {
  it('is context, not the outlook nor the body of the section above it', async () => {
    const prose = await structureText(`${HEAD}\nMinisters agreed to ban nets with a fine mesh.\n\n"A lake without fish is a lake without villages," said Dr. Ruth Okello, Minister of Fisheries of Uganda and chair of the Forum. "We will not let that happen."\n\nThe Forum will meet next in Kisumu in May 2027.\n`)
    expect(prose.result!.readout.outlook).toEqual(['The Forum will meet next in Kisumu in May 2027.'])
    expect(prose.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.'])
    const headings = await structureText(`${HEAD}\nFishing nets\nMinisters agreed to ban nets with a fine mesh.\n\n“Every net we ban saves a season of fish,” said the Chair. “The villages will see it first.”\n\nFish stocks\nMinisters agreed to set up a panel on fish stocks.\n`)
    expect(headings.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers agreed to set up a panel on fish stocks.'])
  })
})

describe('a heading over a list, and thanks under the outlook’s heading (issue 11, round 8)', () => {
  // Texts written for this test: a declaration with sections under headings, one of them a heading
  // over numbered items, then `Next steps` with thanks to the host after the outlook.
  const ENGLISH_TEXT = [
    'Ministers of the Lake Forum met in Kampala on 3 May 2022.',
    'Funding',
    'We welcome the pledge of the Lake Bank to lend up to $80 million for fish landing sites.',
    'Tasks for the Secretariat',
    '(1) The Secretariat will draft common rules for the licensing of fishing boats.',
    '(2) The Secretariat will map the spawning grounds of the lake by 2024.',
    'Next steps',
    'We will review progress at our next meeting, in Mwanza in 2023.',
    'We thank the Government of Uganda for hosting the meeting and the fishing cooperatives for their advice.',
  ].join('\n')
  const FRENCH_TEXT = [
    'Les ministres du Forum du lac se sont réunis à Kigoma le 3 mai 2022.',
    'Financement',
    "Nous saluons l'engagement de la Banque du lac à prêter jusqu'à 80 millions de dollars pour des débarcadères.",
    'Mandats confiés au Secrétariat',
    '1) Le Secrétariat rédigera des règles communes pour les licences de pêche.',
    '2) Le Secrétariat cartographiera les frayères du lac d’ici à 2024.',
    'Prochaines étapes',
    'Nous ferons le point à notre prochaine réunion, à Bujumbura en 2023.',
    "Nous remercions le Gouvernement de la Tanzanie pour l'accueil de la réunion.",
  ].join('\n')

  it('makes each item under the list’s heading a point, not the body of the section before', async () => {
    for (const text of [ENGLISH_TEXT, FRENCH_TEXT]) {
      const readout = (await structureText(text)).result!.readout
      const bodies = readout.pillars.map((p) => p.body)
      expect(bodies, text.slice(0, 30)).toHaveLength(3)
      expect(bodies[0]).toMatch(/^(?:We welcome|Nous saluons)[^]*(?:sites|débarcadères)\.$/)
      expect(bodies[1]).toMatch(/^(?:The|Le) Secr[ée]tariat (?:will draft|rédigera)/)
    }
  })

  it('keeps thanks under `Next steps` out of the outlook', async () => {
    for (const text of [ENGLISH_TEXT, FRENCH_TEXT]) {
      const readout = (await structureText(text)).result!.readout
      expect(readout.outlook, text.slice(0, 30)).toHaveLength(1)
      expect(readout.context.some((line) => /^(?:We thank|Nous remercions)/.test(line))).toBe(true)
    }
  })
})

describe('a report set for a numbered meeting that will be held (issue 11, round 8)', () => {
  it('is outlook, in English and French, and a decision about something else stays a point', async () => {
    const english = await structureText(`${HEAD}1. Ministers agreed to ban nets with a fine mesh.\n2. Ministers agreed to set up a panel on fish stocks.\n3. Ministers invited the Secretariat to present a report on the panel's work to the Fifth Ministerial Meeting of the Forum, which will be held in Kisumu in 2024.\n`)
    expect(english.result!.readout.outlook).toEqual(["Ministers invited the Secretariat to present a report on the panel's work to the Fifth Ministerial Meeting of the Forum, which will be held in Kisumu in 2024."])
    expect(english.result!.readout.pillars).toHaveLength(2)
    const french = await structureText("Les ministres du Forum du lac se sont réunis à Kigoma le 3 mai 2022.\n1. Les ministres ont décidé d'interdire les filets à mailles fines.\n2. Les ministres ont décidé de créer un groupe d'experts sur les stocks de poissons.\n3. Les ministres ont chargé le Secrétariat de présenter un rapport sur les travaux du groupe à la cinquième réunion ministérielle du Forum, qui se tiendra à Bukavu en 2024.\n")
    expect(french.result!.readout.outlook).toHaveLength(1)
    expect(french.result!.readout.pillars).toHaveLength(2)
    // a youth conference the text names is no meeting of the series
    const youth = await structureText(`${HEAD}1. Ministers agreed to ban nets with a fine mesh.\n2. Ministers agreed to fund a Youth Conference on fishing, which will be held in Jinja in 2023.\n`)
    expect(youth.result!.readout.pillars).toHaveLength(2)
  })
})

describe('a meeting set with its place and date', () => {
  it('is the outlook whatever letters the place is written with (`Belém`, `São Tomé`, `Zürich`)', async () => {
    for (const place of ['Zadar', 'Belém', 'São Tomé', 'Zürich']) {
      const {result} = await structureText(`${HEAD}\nMinisters agreed to open a shared register of fishing boats.\n\nThe secretariat will publish the register in the spring, and ministers will meet in ${place} on 9 March 2027.\n`)
      expect(result!.readout.outlook, place).toEqual([`The secretariat will publish the register in the spring, and ministers will meet in ${place} on 9 March 2027.`])
    }
  })
})

describe('a report that will be presented at a later meeting named by its place (issue 11, round 19)', () => {
  it('is outlook, and a decision that only names the meeting stays a point', async () => {
    const {result} = await structureText(`${HEAD}1. Ministers agreed to ban nets with a fine mesh.\n2. Ministers accepted the offer of Tanzania to host the next meeting in Mwanza in 2027.\n3. The first count of fish stocks will be presented at the Mwanza meeting, and ministers will carry the Forum's findings to the regional food summit in March 2027.\n4. Ministers agreed to fund two patrol boats.\n`)
    expect(result!.readout.outlook).toContain("The first count of fish stocks will be presented at the Mwanza meeting, and ministers will carry the Forum's findings to the regional food summit in March 2027.")
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to ban nets with a fine mesh.', 'Ministers agreed to fund two patrol boats.'])
    // said in the active, the meeting named by its year; a decision taken now that names that meeting stays a point
    const active = await structureText(`${HEAD}1. Ministers agreed to ban nets with a fine mesh.
2. The Secretariat will present a first count of the fish stocks at the 2027 meeting.
3. Ministers agreed that the Secretariat will set up a register of fishing boats and present it at the Mwanza meeting.
`)
    expect(active.result!.readout.outlook).toEqual(['The Secretariat will present a first count of the fish stocks at the 2027 meeting.'])
    expect(active.result!.readout.pillars).toHaveLength(2)
  })
})

describe('a paragraph of figures after the points that ends on a standing aim (issue 11, round 19)', () => {
  // Sentences written for this test: after a list of decisions, a paragraph that opens on the level a
  // figure reached and looks ahead only by an aim for a target year says where things stand: context.
  const ENGLISH_TEXT = [
    'Ministers of the Coastal Salt Network met in Mombasa on 4 May 2026.',
    'Ministers have:',
    '- adopted a common grade for sea salt sold to households',
    '- agreed to fortify all table salt with iodine from 2027',
    'Salt output in the region reached 1.2 million tonnes in 2025, up from 800,000 in 2018, and the Network aims for 2 million tonnes by 2032.',
    'Sea salt exports will double by 2030 under the new grade.',
  ].join('\n')
  const FRENCH_TEXT = [
    'Les ministres du Réseau côtier du sel se sont réunis à Nouakchott le 4 mai 2026.',
    'Les ministres ont :',
    '- adopté une qualité commune pour le sel de mer vendu aux ménages',
    '- convenu d’enrichir en iode tout le sel de table à partir de 2027',
    'La production de sel de la région a atteint 1,2 million de tonnes en 2025, contre 800 000 en 2018, et le Réseau vise 2 millions de tonnes d’ici 2032.',
    'Les exportations de sel doubleront d’ici 2030 grâce à la nouvelle norme.',
  ].join('\n')

  it('is context, in English and French; one with a verb in the future stays outlook', async () => {
    for (const text of [ENGLISH_TEXT, FRENCH_TEXT]) {
      const lines = text.split('\n')
      const readout = (await structureText(text)).result!.readout
      expect(readout.pillars, lines[0]).toHaveLength(2)
      expect(readout.context).toContain(lines[4])
      expect(readout.outlook).toEqual([lines[5]])
    }
  })
})

describe('where things stand (`standsAt`, shared by the points and the context)', () => {
  it('answers the same every time it is asked: the global target-year pattern keeps no position between calls', async () => {
    const {standsAt} = await import('../structure/extract-pillars.js')
    const {readingFor} = await import('../structure/language.js')
    const text = 'Rice exports from the delta reached 4 million tonnes in 2025, and the Board aims for 6 million tonnes by 2031.'
    const reading = readingFor('en')
    expect([standsAt(text, reading), standsAt(text, reading), standsAt(text, reading)]).toEqual([true, true, true])
  })
})
