import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts of published meeting texts that the red team of round 5 wrote in its own words (`docs/reading.md`, redteam5).

describe('a list counted by words inside a sentence', () => {
  it('reads `: first, …; second, …; and third, …` as one point per item', async () => {
    const {result} = await structureText('Readout of the Lakes Shipping Board\nKisumu, 3 March 2027\n\nThe Lakes Shipping Board met in Kisumu on 3 March 2027.\n\nCrews said that ferries are old and that life jackets are often missing.\n\nAfter the debate, the Board settled on three steps: first, a yearly inspection of every passenger ferry on the lake; second, a fund of USD 4 million to replace life jackets; and third, a school for ferry crews in Mwanza.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'a yearly inspection of every passenger ferry on the lake',
      'a fund of USD 4 million to replace life jackets',
      'a school for ferry crews in Mwanza.',
    ])
  })

  it('reads `: d\'abord, … ; ensuite, … ; enfin, …` rather than refusing the text', async () => {
    const {result, messages} = await structureText('Communiqué du Conseil des ports lacustres\nKigoma, le 3 mars 2027\n\nLe Conseil des ports lacustres s\'est réuni à Kigoma le 3 mars 2027.\n\nLes équipages ont décrit des bacs vieillissants et des gilets de sauvetage manquants.\n\nAu terme du débat, le Conseil a retenu trois mesures : d\'abord, une inspection annuelle de chaque bac ; ensuite, un fonds de 4 millions de dollars pour les gilets de sauvetage ; enfin, une école pour les équipages à Kalemie.\n')
    expect(messages.join('\n')).not.toMatch(/without pillars/)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'une inspection annuelle de chaque bac',
      'un fonds de 4 millions de dollars pour les gilets de sauvetage',
      'une école pour les équipages à Kalemie.',
    ])
  })

  it('leaves a paragraph whose counted items go on past the list\'s sentence whole', async () => {
    const {result} = await structureText('Readout of the Lakes Shipping Board\nKisumu, 3 March 2027\n\nThe Lakes Shipping Board met in Kisumu on 3 March 2027.\n\nThe Board agreed on three steps: first, a yearly inspection of every ferry; second, a fund for life jackets; and third, a school for crews. The chair thanked Kenya for hosting the meeting.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([expect.stringMatching(/^The Board agreed on three steps: first, .* third, a school for crews\. The chair thanked Kenya/)])
  })

  it('needs three counted items: `first, …; and second, …` stays one paragraph', async () => {
    const {result} = await structureText('Readout of the Lakes Shipping Board\nKisumu, 3 March 2027\n\nThe Lakes Shipping Board met in Kisumu on 3 March 2027.\n\nThe Board agreed on two steps: first, a yearly inspection of every ferry; and second, a fund for life jackets.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([expect.stringMatching(/^The Board agreed on two steps: first, .* second, .*\.$/)])
  })
})

describe('an explainer that asks questions and answers them', () => {
  it('keeps each question line out of the points, in English and in French', async () => {
    const english = await structureText('Coastal ministers meet in Mombasa: what you need to know\nMombasa, 5 May 2027\n\nCoastal ministers of the Indian Ocean Shore Council met in Mombasa on 5 May 2027.\n\nWhy did they meet?\nSea walls built in the 1980s are failing along much of the coast.\n\nWill fishers lose their landing beaches?\nNo. Ministers agreed that every new sea wall will leave a public landing place every two kilometres.\n\nWhat else did they decide?\nThey approved a fund of USD 30 million to plant mangroves in front of weak walls.\n')
    expect(english.result!.readout.pillars.map((p) => p.body)).toEqual([
      'No. Ministers agreed that every new sea wall will leave a public landing place every two kilometres.',
      'They approved a fund of USD 30 million to plant mangroves in front of weak walls.',
    ])
    const french = await structureText('Les ministres du littoral réunis à Mombasa : l\'essentiel\nMombasa, le 5 mai 2027\n\nLes ministres du littoral du Conseil des rivages de l\'océan Indien se sont réunis à Mombasa le 5 mai 2027.\n\nQu\'ont-ils décidé pour les pêcheurs ?\nIls ont décidé que chaque nouvelle digue laissera un lieu de débarquement public tous les deux kilomètres.\n\nQui paiera les mangroves ?\nLes ministres ont approuvé un fonds de 30 millions de dollars pour planter des mangroves devant les digues fragiles.\n')
    expect(french.result!.readout.pillars.map((p) => p.body)).toEqual([
      'Ils ont décidé que chaque nouvelle digue laissera un lieu de débarquement public tous les deux kilomètres.',
      'Les ministres ont approuvé un fonds de 30 millions de dollars pour planter des mangroves devant les digues fragiles.',
    ])
  })
})

describe('a French decision before an elided word', () => {
  it('reads `sont convenus d\'…` and `prévoient d\'…` as decisions, as `sont convenus de …` is', async () => {
    const {result} = await structureText('Communiqué du Conseil des rivages\nDakar, le 5 mai 2027\n\nLes ministres du Conseil des rivages se sont réunis à Dakar le 5 mai 2027.\n\nLes côtes reculent de deux mètres par an dans plusieurs villes.\n\nLes ministres sont convenus d\'interdire l\'extraction de sable sur les plages habitées.\n\nLes États membres prévoient d\'installer des balises de mesure sur 40 plages.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Les ministres sont convenus d\'interdire l\'extraction de sable sur les plages habitées.',
      'Les États membres prévoient d\'installer des balises de mesure sur 40 plages.',
    ])
  })
})

describe('a request made by others before the meeting', () => {
  it('reads `… have asked for …` in the context as context, and `asked the secretariat to …` as a point', async () => {
    const {result} = await structureText('Readout of the Urban Streets Council\nGhent, 3 March 2027\n\nThe Urban Streets Council met in Ghent on 3 March 2027.\n\nAccidents near schools rose again last year. Parents in many towns have asked for safer crossings, and shopkeepers worry about losing parking.\n\nMembers agreed to set a speed limit of 30 km/h around every primary school by 2029.\n\nMembers asked the secretariat to draw up a guide to school streets.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Members agreed to set a speed limit of 30 km/h around every primary school by 2029.',
      'Members asked the secretariat to draw up a guide to school streets.',
    ])
  })
})

describe('numbered items of minutes, each a short heading over tagged lines', () => {
  it('reads `1. Heading` over a short sentence and an `Agreed:` line as a heading with its text, not a bare point', async () => {
    const {result} = await structureText('Minutes of the Board of the Harbour Rowing Club\nCork, 5 May 2027\n\nThe Board of the Harbour Rowing Club met in Cork on 5 May 2027.\n\n1. Boathouse roof\nThe roof leaks again.\nAgreed: the Club will replace the roof before winter.\n\n2. Junior crews\nAgreed: two coaches will train junior crews on Saturdays.\n')
    expect(result!.readout.pillars.map((p) => [p.title, p.body])).toEqual([
      ['Boathouse roof', 'The roof leaks again. Agreed: the Club will replace the roof before winter.'],
      ['Junior crews', 'Agreed: two coaches will train junior crews on Saturdays.'],
    ])
  })

  it('leaves a list of short numbered items with short lines between them as numbered points', async () => {
    const {result} = await structureText('Minutes of the Board of the Harbour Rowing Club\nCork, 5 May 2027\n\nThe Board of the Harbour Rowing Club met in Cork on 5 May 2027. The Board agreed the following:\n\n1. New boathouse roof\nbefore the winter\n2. Two coaches for junior crews\non Saturdays\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([expect.stringMatching(/^New boathouse roof/), expect.stringMatching(/^Two coaches for junior crews/)])
  })
})
