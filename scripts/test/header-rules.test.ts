import {describe, expect, it} from 'vitest'
import {FRENCH} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {findKeyMessage} from '../structure/recognise-key-message.js'
import {isListOfParties} from '../structure/organisation-name.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {structureText} from './helpers.js'

// The header fields and which paragraphs are points, read by general rules (issue 11, items 1
// and 9): who met is a body with a name, not a place or a list of countries; the next meeting is
// outlook whatever its paragraph; an election is a decision; a key message may close with its
// full stop outside the quotes.

describe('the organisation is a named body', () => {
  it('takes a body the dateline names after its verb over a place or a list of who took part', () => {
    const cases: Array<[string, string]> = [
      ['Youth ministers of the Americas met in Bogotá on 4 June 2026 at the first meeting of the Hemispheric Youth Council.', 'Hemispheric Youth Council'],
      ['The United States, Fiji, Samoa and Tonga met in Suva on 4 June 2026 as the U.S.-Pacific Islands Undersea Cable Working Group.', 'U.S.-Pacific Islands Undersea Cable Working Group'],
      ['Mayors from across the Mediterranean met in Athens on 4 June 2026 at the annual meeting of the Urban Shade Coalition and agreed on a plan.', 'Urban Shade Coalition'],
      ['Forest ministers from six countries met in Kinshasa on 4 June 2026 under the Congo Basin Peat Alliance to agree on a plan.', 'Congo Basin Peat Alliance'],
    ]
    for (const [sentence, organisation] of cases) expect(readDateline(sentence, undefined, ENGLISH)?.organisation, sentence).toBe(organisation)
  })

  it('leaves a lone place as participants, and a body that only hosts the occasion out', () => {
    const french = readDateline("Les ministres de l'Agriculture du Maroc et du Sénégal se sont réunis à Rabat le 4 juin 2026.", undefined, FRENCH)
    expect([french?.organisation, french?.participants]).toEqual([undefined, "Les ministres de l'Agriculture du Maroc et du Sénégal"])
    expect(readDateline("Interpol's cybercrime experts met in Lyon on 4 June 2026.", undefined, ENGLISH)?.organisation).toBe('Interpol')
    const host = readDateline('Trade ministers met in New York on 24 September 2026 on the sidelines of the UN General Assembly.', undefined, ENGLISH)
    expect(host?.organisation).toBeUndefined()
  })

  it('cuts a relative word after the name, and reads a French ministerial committee as the body when no body follows it', () => {
    expect(readDateline('The Southern African Road Safety Partnership, who met in Gaborone on 4 June 2026, agreed on a plan.', undefined, ENGLISH)?.organisation).toBe('Southern African Road Safety Partnership')
    expect(readDateline('Les ministres du Comité ministériel des ressources minérales du Sahel se sont réunis à Niamey le 4 juin 2026.', undefined, FRENCH)?.organisation).toBe('Comité ministériel des ressources minérales du Sahel')
    // … while a ministerial conference of a body named after it is still that body's meeting.
    expect(readDateline("La Conférence ministérielle de l'Alliance sahélienne pour le climat s'est tenue à Niamey le 4 juin 2026.", undefined, FRENCH)?.organisation).toBe("Alliance sahélienne pour le climat")
  })

  it('reads in full a name the title block writes over two lines, in English and French', async () => {
    const english = await structureText('Final Communiqué of the Eighth Session of the Regional Weather Council\nfor the Bay of Bengal and the Arabian Sea\nMalé, 3 May 2026\n\n1. The Council met in Malé on 3 May 2026.\n2. Ministers agreed to share radar data.\n3. Ministers agreed to fund tide gauges.\n')
    expect(english.result!.readout.organisation).toBe('Regional Weather Council for the Bay of Bengal and the Arabian Sea')
    const french = await structureText("Communiqué final de la cinquième réunion du Réseau des autorités de concurrence\nd'Afrique centrale\nLibreville, le 4 juin 2026\n\n1. Le Réseau s'est réuni à Libreville le 4 juin 2026.\n2. Les membres ont adopté un guide commun.\n3. Les membres ont décidé de former des enquêteurs.\n")
    expect(french.result!.readout.organisation).toBe("Réseau des autorités de concurrence d'Afrique centrale")
    expect(french.result!.readout.title).toBe("Communiqué final de la cinquième réunion du Réseau des autorités de concurrence d'Afrique centrale")
  })

  it('names the body a wire release names in its first sentence when no one is said to have met', async () => {
    const {result} = await structureText('Press release\n\nKINSHASA, 4 June 2026 – The Congo Basin Peat Alliance on Thursday adopted a plan to protect peat swamps.\nMinisters agreed to fund ranger posts.\nThey also agreed to train guides.\n')
    expect(result!.readout.organisation).toBe('Congo Basin Peat Alliance')
  })
})

describe('a weekday named alone', () => {
  it('dates the meeting on the weekday before the release, in English and French, and leaves a date that is that weekday', async () => {
    const wire = await structureText('Press release\n\nATHENS, 5 June 2026 – Mayors of the Urban Shade Coalition met in Athens on Thursday to agree on a plan.\nThe mayors agreed to plant shade trees along bus routes.\nThey also agreed to open cooling rooms in libraries.\n')
    expect(wire.result!.readout.dates?.start).toBe('2026-06-04')
    const french = await structureText('Communiqué de presse\nDakar, le 5 juin 2026\n\nLes ministres du Forum du lac se sont réunis mardi à Dakar.\nLes ministres ont décidé d’ouvrir un marché aux poissons.\nIls ont aussi décidé de former des pêcheurs.\n')
    expect(french.result!.readout.dates?.start).toBe('2026-06-02')
    const same = await structureText('Press release\n\nATHENS, 4 June 2026 – Mayors of the Urban Shade Coalition met in Athens on Thursday, 4 June, to agree on a plan.\nThe mayors agreed to plant shade trees along bus routes.\nThey also agreed to open cooling rooms in libraries.\n')
    expect(same.result!.readout.dates?.start).toBe('2026-06-04')
  })
})

describe('the next meeting and the points', () => {
  it('reads a numbered paragraph whose subject is the next session as outlook, in English and French', async () => {
    const english = await structureText('Ministers of the Lake Forum met in Kampala on 3 May 2026.\n1. Ministers agreed to ban nets with a fine mesh.\n2. Ministers agreed to open a fish market.\n3. The Eighth Session of the Forum will be held in Kisumu, Kenya, in 2027, at the invitation of the Government of Kenya.\n')
    expect(english.result!.readout.pillars).toHaveLength(2)
    expect(english.result!.readout.outlook).toEqual(['The Eighth Session of the Forum will be held in Kisumu, Kenya, in 2027, at the invitation of the Government of Kenya.'])
    const next = await structureText('Ministers of the Lake Forum met in Kampala on 3 May 2026.\n1. Ministers agreed to ban nets with a fine mesh.\n2. Ministers agreed to open a fish market.\n3. The Forum will next meet in Kisumu in 2027. In the meantime, officials will meet online.\n')
    expect(next.result!.readout.outlook).toEqual(['The Forum will next meet in Kisumu in 2027. In the meantime, officials will meet online.'])
    const french = await structureText('Les ministres du Forum du lac se sont réunis à Kampala le 3 mai 2026.\n1. Les ministres ont décidé d’interdire les filets à mailles fines.\n2. Les ministres ont décidé d’ouvrir un marché aux poissons.\n3. La cinquième réunion du Forum se tiendra à Kisumu (Kenya) en mai 2027.\n')
    expect(french.result!.readout.pillars).toHaveLength(2)
    expect(french.result!.readout.outlook).toEqual(['La cinquième réunion du Forum se tiendra à Kisumu (Kenya) en mai 2027.'])
  })

  it('does not send to the outlook a paragraph that decides something else and only names the next meeting', async () => {
    const {result} = await structureText('Ministers of the Southern Water Compact met in Lusaka on 4 June 2026.\nMinisters agreed to fund borehole repairs.\nMinisters also discussed sanitation in schools, and asked that a proposal to extend the Compact to school latrines be put to the next meeting.\nMinisters will meet again in Harare in 2027.\n')
    expect(result!.readout.outlook).toEqual(['Ministers will meet again in Harare in 2027.'])
    expect(result!.readout.context).toEqual(['Ministers also discussed sanitation in schools, and asked that a proposal to extend the Compact to school latrines be put to the next meeting.'])
  })

  it('reads an election as a point, in prose, in English and French', async () => {
    const english = await structureText('Ministers of the Road Safety Partnership met in Gaborone on 4 June 2026.\nMinisters agreed to lower speed limits next to schools.\nThe Partnership re-elected Ms. Neo Molefe of Botswana as its Chair.\n')
    expect(english.result!.readout.pillars.map((p) => p.body)).toContain('The Partnership re-elected Ms. Neo Molefe of Botswana as its Chair.')
    const accented = await structureText('Ministers of the Road Safety Partnership met in Gaborone on 4 June 2026.\nMinisters agreed to lower speed limits next to schools.\nThe Partnership elected Dr. Aïcha Diallo of Mali as its Vice-Chair.\nMinisters welcomed elected officials such as the mayors of Gaborone and Francistown.\n')
    expect(accented.result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to lower speed limits next to schools.', 'The Partnership elected Dr. Aïcha Diallo of Mali as its Vice-Chair.'])
    const french = await structureText('Les ministres du Forum du lac se sont réunis à Kampala le 3 mai 2026.\nLes ministres ont décidé d’ouvrir un marché aux poissons.\nLe Forum a réélu Mme Ruth Okello à sa présidence.\n')
    expect(french.result!.readout.pillars.map((p) => p.body)).toContain('Le Forum a réélu Mme Ruth Okello à sa présidence.')
  })

  it('keeps as context an opening paragraph that says what a document sets out', async () => {
    const numbered = await structureText('Ministers of the Lake Forum met in Kampala on 3 May 2026.\n1. The Forum’s charter sets out how its members will share the lake’s fish.\n2. Ministers agreed to ban nets with a fine mesh.\n3. Ministers agreed to open a fish market.\n')
    expect(numbered.result!.readout.pillars).toHaveLength(2)
    expect(numbered.result!.readout.context).toEqual(['The Forum’s charter sets out how its members will share the lake’s fish.'])
    const french = await structureText('Les ministres du Forum du lac se sont réunis à Kampala le 3 mai 2026.\nLa charte du Forum définit la manière dont ses membres partageront les poissons du lac.\nLes ministres ont décidé d’interdire les filets à mailles fines.\n')
    expect(french.result!.readout.pillars.map((p) => p.body)).toEqual(['Les ministres ont décidé d’interdire les filets à mailles fines.'])
  })
})

describe('the key message and the roadmap name', () => {
  it('reads a quoted sentence whose full stop stands after the closing quote, but not a phrase quoted inside a sentence', () => {
    expect(findKeyMessage('Opening the Session, the President recalled last year’s floods. “Water does not stop at a border”.')).toBe('Water does not stop at a border.')
    expect(findKeyMessage('Ministers launched a campaign under the slogan “Clean water for every child”.')).toBeUndefined()
  })

  it('takes the first quoted sentence when a long attribution cuts it from the next', () => {
    const text = '“Shade is a public service, not a luxury,” the Coalition’s Chair, Mayor Elena Kosta of Athens, told reporters. “We owe it to the people who wait for buses.”'
    expect(findKeyMessage(text)).toBe('Shade is a public service, not a luxury.')
  })

  it('keeps an abbreviation that opens a plan’s name, and takes no pledge named inside a point for the plan', async () => {
    const read = async (sentence: string) => (await structureText(`Ministers of the Lake Forum met in Kampala on 3 May 2026.\n1. ${sentence}\n2. Ministers agreed to open a fish market.\n3. Ministers agreed to ban nets with a fine mesh.\n`)).result!.readout.roadmap
    expect(await read("Ministers adopted the St. Anne's Lake Action Plan.")).toBe("St. Anne's Lake Action Plan")
    expect(await read("Ministers agreed to invite other towns to sign the Forum's Clean Shores Pledge.")).toBeUndefined()
    expect(await read('Ministers reaffirmed their commitment to the lake and adopted the Kampala Work Programme to guide the Forum.')).toBe('Kampala Work Programme')
  })
})

// Round 6 of issue 11: what a text is, and who is the body, read from the shapes published texts
// take (a wire's other openings, a newsroom's lines, a French record of conclusions).
describe('the kind of document', () => {
  it('reads a wire whose city has its country, whose date is in brackets, or that has no date, as a press release', () => {
    const country = readDateline('NAIROBI, Kenya, 14 May 2026 – Energy ministers of the East African Grid Council met in Nairobi on 12–13 May and agreed to build four lines.', undefined, ENGLISH)
    expect([country?.wireStyle, country?.place, country?.dates?.start, country?.dates?.end, country?.organisation, country?.participants]).toEqual([true, 'Nairobi', '2026-05-12', '2026-05-13', 'East African Grid Council', 'Energy ministers'])
    const brackets = readDateline('GENEVA (4 June 2026) – Health ministers of the Alpine Health Council met on 2–3 June and agreed on a plan.', undefined, ENGLISH)
    expect([brackets?.wireStyle, brackets?.place, brackets?.dates?.start, brackets?.participants]).toEqual([true, 'Geneva', '2026-06-02', 'Health ministers'])
    const undated = readDateline("Dakar – Les ministres de l'Énergie du Conseil ouest-africain de l'énergie se sont réunis à Dakar les 12 et 13 mai 2026.", undefined, FRENCH)
    expect([undated?.wireStyle, undated?.place, undated?.organisation, undated?.participants]).toEqual([true, 'Dakar', "Conseil ouest-africain de l'énergie", "Les ministres de l'Énergie"])
    const agency = readDateline("DAKAR, 14 mai 2026 (Agence) – Les ministres de l'Énergie du Conseil ouest-africain de l'énergie se sont réunis à Dakar les 12 et 13 mai.", undefined, FRENCH)
    expect([agency?.place, agency?.dates?.start, agency?.participants]).toEqual(['Dakar', '2026-05-12', "Les ministres de l'Énergie"])
    // A sentence that opens with who acted, a dash after it, is no wire.
    expect(readDateline('The Council – which met in Paris on 4 June 2026 – agreed on a plan.', undefined, ENGLISH)?.wireStyle).toBe(false)
    expect(readDateline('Ministers – and their deputies – met in Paris on 4 June 2026.', undefined, ENGLISH)?.wireStyle).toBe(false)
  })

  it('dates the meeting a wire says was held before its release, even with no verb of meeting', () => {
    const found = readDateline('PORT LOUIS, 6 June 2026 – Fisheries ministers of the Indian Ocean Tuna Council today ended a meeting held from 3 to 6 June 2026 by adopting a catch plan.', undefined, ENGLISH)
    expect([found?.dates?.start, found?.dates?.end, found?.organisation]).toEqual(['2026-06-03', '2026-06-06', 'Indian Ocean Tuna Council'])
    // A date after the release's is a deadline, not the meeting.
    const deadline = readDateline('PORT LOUIS, 6 June 2026 – The Indian Ocean Tuna Council adopted a plan to be in force by 1 January 2027.', undefined, ENGLISH)
    expect(deadline?.dates?.start).toBe('2026-06-06')
  })

  it('reads a newsroom line above a text (`FOR IMMEDIATE RELEASE`, `Pour diffusion immédiate`, `News release`) as a press release, never as its title', async () => {
    const english = await structureText('FOR IMMEDIATE RELEASE\nHealth ministers agree on a shared vaccine store\n\nHealth ministers of the Andean Health Council met in Quito on 4 June 2026.\nMinisters agreed to build a shared vaccine store.\nThey also agreed to train 300 nurses.\n')
    expect([english.result!.readout.kind, english.result!.readout.title]).toEqual(['press release', 'Health ministers agree on a shared vaccine store'])
    const embargo = await structureText('Embargoed until 00:01 GMT, 5 June 2026\nJoint Statement of the Andean Health Council\n\nHealth ministers of the Andean Health Council met in Quito on 4 June 2026.\nMinisters agreed to build a shared vaccine store.\nThey also agreed to train 300 nurses.\n')
    expect([embargo.result!.readout.kind, embargo.result!.readout.title, embargo.result!.readout.dates?.start]).toEqual(['joint statement', 'Joint Statement of the Andean Health Council', '2026-06-04'])
    const french = await structureText("Pour diffusion immédiate\nLes ministres de la Santé s'accordent sur un stock commun de vaccins\n\nLes ministres de la Santé du Conseil andin de la santé se sont réunis à Quito le 4 juin 2026.\nLes ministres ont décidé de créer un stock commun de vaccins.\nIls ont aussi décidé de former 300 infirmières.\n")
    expect(french.result!.readout.kind).toBe('press release')
    const news = await structureText('News Release\nHealth ministers agree on a shared vaccine store\n\nHealth ministers of the Andean Health Council met in Quito on 4 June 2026.\nMinisters agreed to build a shared vaccine store.\nThey also agreed to train 300 nurses.\n')
    expect([news.result!.readout.kind, news.result!.readout.title]).toEqual(['press release', 'Health ministers agree on a shared vaccine store'])
  })

  it('never takes the text’s own kind for its plan (`Déclaration conjointe du Gouvernement …`), but keeps a declaration the meeting adopted', async () => {
    const body = 'Les ministres des Pêches du Sénégal et de la Mauritanie se sont réunis à Nouakchott le 9 avril 2026.\nLes deux gouvernements ont décidé de renouveler l’accord de pêche.\nIls ont aussi décidé de créer un comité mixte de surveillance.\n'
    const own = await structureText(`Déclaration conjointe du Gouvernement de la République du Sénégal et du Gouvernement de la République islamique de Mauritanie\nNouakchott, le 9 avril 2026\n\n${body}`)
    expect(own.result!.readout.roadmap).toBeUndefined()
    const adopted = await structureText(`Déclaration conjointe du Gouvernement de la République du Sénégal et du Gouvernement de la République islamique de Mauritanie\nNouakchott, le 9 avril 2026\n\n${body}Les ministres ont adopté la Déclaration de Nouakchott sur la pêche artisanale.\n`)
    expect(adopted.result!.readout.roadmap).toBe('Déclaration de Nouakchott sur la pêche artisanale')
  })

  it('reads a French relevé de conclusions as a readout, a résumé de la présidence as a chair’s summary', async () => {
    const body = "Les ministres de l'Eau du Conseil du bassin du fleuve se sont réunis à Bamako le 4 juin 2026.\nLes ministres ont décidé de créer un fonds pour les digues.\nIls ont aussi décidé de partager les relevés des stations.\n"
    expect((await structureText(`Relevé de conclusions\nQuatrième session du Conseil du bassin du fleuve\nBamako, 4 juin 2026\n\n${body}`)).result!.readout.kind).toBe('readout')
    expect((await structureText(`Résumé de la présidence\nQuatrième session du Conseil du bassin du fleuve\nBamako, 4 juin 2026\n\n${body}`)).result!.readout.kind).toBe("chair's summary")
  })
})

describe('the organisation is the body that met, never the parties or the office that publishes', () => {
  it('gives no organisation to a meeting of governments named as a list', async () => {
    for (const sentence of ['Canada and Mexico met in Ottawa on 3 June 2026 to protect pollinators.', 'Senior officials of the United States and the Republic of Korea met in Washington on 3 June 2026.', 'The Ministers of Agriculture of the Republic of Kenya and the Republic of Uganda met in Kampala on 3 June 2026.']) {
      const found = readDateline(sentence, undefined, ENGLISH)
      expect(found?.organisation, sentence).toBeUndefined()
      expect(found?.participants, sentence).toBeTruthy()
    }
    // … while a body's name that holds `and` is still a body, and a list that meets as a body names it.
    expect(readDateline('The Trade and Investment Forum met in Colombo on 3 June 2026.', undefined, ENGLISH)?.organisation).toBe('Trade and Investment Forum')
    expect(readDateline('Canada and Mexico met in Ottawa on 3 June 2026 as the North American Pollinator Council.', undefined, ENGLISH)?.organisation).toBe('North American Pollinator Council')
    const title = await structureText('Joint Statement of the United States and the European Union on Critical Minerals\nBrussels, 4 June 2026\n\nSenior officials met in Brussels on 4 June 2026.\nThe two sides agreed to share data on graphite.\nThey also agreed to fund 40 research grants.\n')
    expect(title.result!.readout.organisation).toBeUndefined()
  })

  it('tells a list of parties from a name that holds `and`', () => {
    const names = ENGLISH.organisationNames
    expect(['Canada and Mexico', 'United States and the European Union', 'Kenya, Uganda and Tanzania'].map((name) => isListOfParties(name, names))).toEqual([true, true, true])
    expect(['Trade and Investment Forum', 'Forum for Trade and Investment in the Bay of Bengal', 'Antigua and Barbuda Tourism Authority', 'Baltic Rail and Road Council'].map((name) => isListOfParties(name, names))).toEqual([false, false, false, false])
  })

  it('never takes an issuing office line for the title or the body, in English and French', async () => {
    const body = 'Ministers met in Suva on 3 June 2026.\nMinisters agreed to ban anchoring on reefs.\nThey also agreed to fund 40 ranger posts.\n'
    for (const issuer of ['Press and Information Office', 'Communications Unit, Pacific Islands Forum Secretariat', 'Pacific Islands Forum Secretariat – Media Unit', 'Spokesperson’s Office', 'Embassy of Japan in Fiji', 'Regional Information Service']) {
      const {result} = await structureText(`${issuer}\nMinisterial Meeting of the Coral Reef Council\nSuva, 3 June 2026\n\n${body}`)
      expect([result!.readout.title, result!.readout.organisation], issuer).toEqual(['Ministerial Meeting of the Coral Reef Council', 'Coral Reef Council'])
    }
    const french = await structureText("Bureau du porte-parole\nRéunion ministérielle de la Commission des récifs coralliens\nPort-Louis, le 3 juin 2026\n\nLes ministres se sont réunis à Port-Louis le 3 juin 2026.\nLes ministres ont décidé d'interdire l'ancrage sur les récifs.\nIls ont aussi décidé de financer 40 postes de gardes.\n")
    expect([french.result!.readout.title, french.result!.readout.organisation]).toEqual(['Réunion ministérielle de la Commission des récifs coralliens', 'Commission des récifs coralliens'])
    // Who reports that a meeting was held is not who met.
    const reported = readDateline('The Press Office of the Reef Secretariat announced that the Coral Reef Council met in Suva on 3 June 2026.', undefined, ENGLISH)
    expect(reported?.organisation).toBe('Coral Reef Council')
  })

  it('reads the body after a portfolio or an organ of people (`Ministers of the Interior of the …`, `Council of Ministers of the …`)', () => {
    const read = (sentence: string, reading = ENGLISH) => readDateline(sentence, undefined, reading)?.organisation
    expect(read('The Ministers of the Interior of the Lake Region Border Council met in Kisumu on 11 March 2026.')).toBe('Lake Region Border Council')
    expect(read('The Ministers of the Gulf of Guinea Maritime Council met in Accra on 11 March 2026.')).toBe('Gulf of Guinea Maritime Council')
    expect(read('The IGAD Council of Ministers met in Djibouti on 4 June 2026.')).toBe('IGAD')
    expect(read('The Intergovernmental Authority on Development (IGAD) Council of Ministers met in Djibouti on 4 June 2026.')).toBe('Intergovernmental Authority on Development')
    expect(read('The third meeting of the Council of Ministers of the Pacific Islands Forum Fisheries Agency took place in Honiara on 4 June 2026.')).toBe('Pacific Islands Forum Fisheries Agency')
    expect(read("Le Conseil des ministres de l'UEMOA s'est réuni à Ouagadougou le 4 juin 2026.", FRENCH)).toBe('UEMOA')
  })
})

describe('a body named after the verb, whole', () => {
  it('keeps a name its acronym follows, stops a name at a number, and reads a meeting held by a list of governments', () => {
    const read = (sentence: string) => readDateline(sentence, undefined, ENGLISH)
    expect(read('Ministers met in Nairobi on 4 June 2026 at a meeting convened by the Intergovernmental Authority on Development (IGAD).')?.organisation).toBe('Intergovernmental Authority on Development')
    expect(read('Ministers responsible for transport met in Tashkent on 4 June 2026 for the 12th Ministerial Meeting of the Eastern Rail Council.')?.organisation).toBe('Eastern Rail Council')
    const held = read('The United States and Japan held the second meeting of the Economic Policy Committee in Tokyo on 4 June 2026.')
    expect([held?.organisation, held?.participants, held?.place, held?.dates?.start]).toEqual(['Economic Policy Committee', 'The United States and Japan', 'Tokyo', '2026-06-04'])
    // A body whose name opens with a meeting's word (`Joint`) is still a body when its own head comes first; talks are a meeting.
    const joint = read("Ghana and Senegal held the third session of their Joint Permanent Commission in Accra on 4 June 2026.")
    expect([joint?.organisation, joint?.place]).toEqual(['Joint Permanent Commission', 'Accra'])
    expect(read('The Ministers of Chile and New Zealand held talks in Wellington on 4 June 2026.')?.place).toBe('Wellington')
    // The body whose office reports the meeting is the body, not its office.
    expect(read('The Office of the Spokesperson of the Eastern Rail Council announced today that transport ministers met in Tashkent on 4 June 2026.')?.organisation).toBe('Eastern Rail Council')
  })
})

describe('the place in a title block', () => {
  it('reads a place on its own line under the title when a date line follows it', async () => {
    const {result} = await structureText("Chair's Summary\nMeeting of Water Ministers of the Nile Delta Forum\nAlexandria\n4–5 June 2026\n\nWater ministers met for two days to discuss the delta's canals.\nMinisters agreed to line 300 km of canals.\nThey also agreed to share gauge data.\n")
    expect([result!.readout.place, result!.readout.dates?.start, result!.readout.title]).toEqual(['Alexandria', '2026-06-04', 'Meeting of Water Ministers of the Nile Delta Forum'])
  })
})

// Issue 11, round 6's categories, on texts of other subjects: the body that met is named whole,
// and never one of the governments that met; the plan is the one the meeting adopted.
describe('who met: a whole body, never a government', () => {
  it('keeps a body named `Council of … of the <place>` whole, and still reads the body after an organ of people', () => {
    const read = (sentence: string) => readDateline(sentence, undefined, ENGLISH)
    const council = read('The Council of Health and Nutrition Ministers of the Horn of Africa Highlands met in Addis Ababa on 4 June 2026.')
    expect([council?.organisation, council?.participants]).toEqual(['Council of Health and Nutrition Ministers of the Horn of Africa Highlands', undefined])
    expect(read('The Board of Water Regulators of the Lower Mekong held its second session in Vientiane on 4 June 2026.')?.organisation).toBe('Board of Water Regulators of the Lower Mekong')
    expect(read('The Standing Committee on Fisheries of the Indian Ocean Rim met in Perth on 4 June 2026.')?.organisation).toBe('Standing Committee on Fisheries of the Indian Ocean Rim')
    // a secretariat is an office of the body it serves
    expect(read('The Secretariat of the Alpine Convention convened a meeting of environment ministers in Innsbruck on 4 June 2026.')?.organisation).toBe('Alpine Convention')
    // the body after it holds a head: the organ is how that body meets
    expect(read('The Council of Ministers of the Lake Tana Fisheries Commission met in Bahir Dar on 4 June 2026.')?.organisation).toBe('Lake Tana Fisheries Commission')
    // people, not a body, before `of the`: the body is after it
    expect(read('The Ministers of Agriculture of the Sava Basin Commission met in Zagreb on 4 June 2026.')?.organisation).toBe('Sava Basin Commission')
  })

  it('gives no organisation when who met are envoys of governments, each named with their state, in English and French', () => {
    const english = readDateline('Minister Ana Ruiz of Chile and State Secretary Tomas Berg of the Kingdom of Norway met in Santiago on 4 June 2026.', undefined, ENGLISH)
    expect([english?.organisation, english?.place]).toEqual([undefined, 'Santiago'])
    const french = readDateline("M. Paul Ndong, ministre de l'Eau du Gabon, et Mme Ilse Vogt, secrétaire d'État de la République centrafricaine, se sont rencontrés à Libreville le 4 juin 2026.", undefined, FRENCH)
    expect([french?.organisation, french?.place]).toEqual([undefined, 'Libreville'])
    const government = readDateline('The Transport Ministers of the Government of Iceland met in Reykjavik on 4 June 2026.', undefined, ENGLISH)
    expect(government?.organisation).toBeUndefined()
    // a body named after a state's word is still a body
    expect(readDateline('Les ministres de la Commission de la République et du Canton du Jura se sont réunis à Delémont le 4 juin 2026.', undefined, FRENCH)?.organisation).toBe('Commission de la République et du Canton du Jura')
  })
})

describe('who met: the subject, not a region or an opening phrase', () => {
  it('gives no organisation to ministers of a region, in English and French', () => {
    expect(readDateline('Ministers of Agriculture of the Horn of Africa met in Nairobi on 4 June 2026.', undefined, ENGLISH)?.organisation).toBeUndefined()
    expect(readDateline('Trade ministers of the Western Balkans met in Tirana on 4 June 2026.', undefined, ENGLISH)?.organisation).toBeUndefined()
    expect(readDateline("Les ministres de l'Élevage de l'Afrique de l'Ouest se sont réunis à Dakar le 4 juin 2026.", undefined, FRENCH)?.organisation).toBeUndefined()
    // a body named after its region keeps its name
    expect(readDateline('Trade ministers of the Western Balkans Trade Forum met in Tirana on 4 June 2026.', undefined, ENGLISH)?.organisation).toBe('Western Balkans Trade Forum')
  })

  it('reads who met after a phrase that opens the sentence', () => {
    const chaired = readDateline('Under the chairmanship of Minister Ana Ruiz, the Andean Water Network held its annual meeting in Lima on 4 June 2026.', undefined, ENGLISH)
    expect([chaired?.organisation, chaired?.place]).toEqual(['Andean Water Network', 'Lima'])
    const french = readDateline("Sous la présidence de la ministre Awa Diop, le Réseau sahélien de l'eau a tenu sa réunion annuelle à Niamey le 4 juin 2026.", undefined, FRENCH)
    expect(french?.organisation).toBe("Réseau sahélien de l'eau")
    const session = readDateline("Le Conseil des ministres de l'Autorité du bassin de la Volta a tenu sa douzième session ordinaire à Ouagadougou le 4 juin 2026.", undefined, FRENCH)
    expect([session?.organisation, session?.place]).toEqual(['Autorité du bassin de la Volta', 'Ouagadougou'])
  })
})

describe('who met: the body however the sentence or the title names it', () => {
  const read = (sentence: string) => readDateline(sentence, undefined, ENGLISH)

  it('reads a body named with its acronym, a clause after it, its members after it, or as a possessor', () => {
    expect(read('The Nordic Water Council (NWC) met in Oslo on 4 June 2026.')?.organisation).toBe('Nordic Water Council')
    expect(read('The Andean Water Network, which brings together water ministers from six countries, met in Lima on 4 June 2026.')?.organisation).toBe('Andean Water Network')
    expect(read('The Ministers of Finance of the Eurasian Development Bank member states met in Almaty on 4 June 2026.')?.organisation).toBe('Eurasian Development Bank')
    expect(read("Ministers from 12 countries met in Lusaka on 4 June 2026 for the Southern Grain Council's annual meeting.")?.organisation).toBe('Southern Grain Council')
  })

  it('reads a dialogue the parties held as the body, and two bodies that met as parties', () => {
    const held = read('The United States and the Republic of Kenya held the third U.S.-Kenya Trade Dialogue in Washington on 4 June 2026.')
    expect([held?.organisation, held?.place]).toEqual(['U.S.-Kenya Trade Dialogue', 'Washington'])
    expect(read('The third U.S.-Kenya Trade Dialogue was held in Washington on 4 June 2026.')?.organisation).toBe('U.S.-Kenya Trade Dialogue')
    expect(read('The European Union and the African Union held their fifth ministerial meeting in Brussels on 4 June 2026.')?.organisation).toBeUndefined()
  })

  it('names the body from a title that ends in the words of its meeting', async () => {
    const body = 'Ministers met in Tromsø on 4 June 2026.\nMinisters agreed to open a market.\nMinisters agreed to train 300 staff.\n'
    expect((await structureText(`Chair's Statement\n5th Arctic Shipping Council Meeting\nTromsø, 4 June 2026\n\n${body}`)).result!.readout.organisation).toBe('Arctic Shipping Council')
    expect((await structureText(`Arctic Shipping Council Ministerial Meeting\nTromsø, 4 June 2026\n\n${body}`)).result!.readout.organisation).toBe('Arctic Shipping Council')
  })
})

describe('the place of a meeting', () => {
  it('reads the city after the words that describe it, and after an occasion named first, in English and French', () => {
    expect(readDateline('Ministers of the Clean Cooking Forum gathered on 4 June 2026 in the Ghanaian capital, Accra.', undefined, ENGLISH)?.place).toBe('Accra')
    expect(readDateline('Ministers of the Clean Cooking Forum met in the port city of Mombasa, Kenya, on 4 June 2026.', undefined, ENGLISH)?.place).toBe('Mombasa')
    expect(readDateline('Ministers of the Clean Cooking Forum met on the margins of the Africa Energy Summit in Accra on 4 June 2026.', undefined, ENGLISH)?.place).toBe('Accra')
    expect(readDateline("Les ministres du Forum sahélien de l'eau se sont réunis en marge du Sommet africain de l'énergie à Dakar le 4 juin 2026.", undefined, FRENCH)?.place).toBe('Dakar')
  })
})

describe('the plan is the one the meeting adopted', () => {
  const english = (sentence: string) => structureText(`Ministers of the Andean Water Forum met in Quito on 3 May 2026.\n1. Ministers agreed to open a gauge network.\n2. ${sentence}\n3. Ministers agreed to share river data.\n`)
  const french = (sentence: string) => structureText(`Les ministres du Forum andin de l'eau se sont réunis à Quito le 3 mai 2026.\n1. Les ministres ont décidé d'ouvrir un réseau de stations.\n2. ${sentence}\n3. Les ministres ont décidé de partager les données des fleuves.\n`)

  it('takes no treaty the text cites or works under for its plan, in English and French', async () => {
    expect((await english('Ministers asked members to report their water targets under the Paris Agreement.')).result!.readout.roadmap).toBeUndefined()
    expect((await english('Ministers will align their plans with the Sendai Framework.')).result!.readout.roadmap).toBeUndefined()
    expect((await french("Les ministres ont demandé aux membres de rendre compte de leurs objectifs au titre de l'Accord de Paris.")).result!.readout.roadmap).toBeUndefined()
    expect((await french('Les ministres ont décidé de suivre leurs progrès conformément au Cadre de Sendai.')).result!.readout.roadmap).toBeUndefined()
    expect((await english('Ministers will report under the Paris Agreement adopted in 2015.')).result!.readout.roadmap).toBeUndefined()
    // … but the plan the meeting adopted is still read, also when the text works under it
    expect((await english('Under the Quito River Plan adopted today, members will share their gauge data.')).result!.readout.roadmap).toBe('Quito River Plan')
    expect((await english('Ministers adopted the Quito Water Agenda.')).result!.readout.roadmap).toBe('Quito Water Agenda')
    expect((await french("Les ministres ont adopté la Déclaration de Quito sur l'eau potable.")).result!.readout.roadmap).toBe("Déclaration de Quito sur l'eau potable")
  })

  it('takes no text the meeting recalls, builds on, or adopted in an earlier year for its plan', async () => {
    expect((await english('Ministers recalled the Sendai Framework for Disaster Risk Reduction.')).result!.readout.roadmap).toBeUndefined()
    expect((await english('Building on the Lima Water Declaration adopted in 2024, ministers agreed to double funding.')).result!.readout.roadmap).toBeUndefined()
    expect((await french('Les ministres ont rappelé la Déclaration de Lima sur l’eau.')).result!.readout.roadmap).toBeUndefined()
  })

  it('takes no text an annex or a protocol is attached to for the plan, in English and French (issue 11, round 8)', async () => {
    expect((await english('Ministers agreed on a quota for each member, to be set out in a protocol to the Water Sharing Agreement.')).result!.readout.roadmap).toBeUndefined()
    expect((await english('Ministers approved an annex to the Basin Treaty listing the shared gauges.')).result!.readout.roadmap).toBeUndefined()
    expect((await french("Les ministres ont approuvé une annexe à l'Accord de coopération de Quito sur la liste des stations.")).result!.readout.roadmap).toBeUndefined()
  })

  it('keeps `and` inside the complement of a plan’s name (issue 11, round 8)', async () => {
    expect((await english('Ministers adopted the Quito Declaration on Water Safety and Sanitation.')).result!.readout.roadmap).toBe('Quito Declaration on Water Safety and Sanitation')
    // a sentence after a name is not its complement
    expect((await english('Ministers adopted the Quito Water Agenda and agreed to meet in 2027.')).result!.readout.roadmap).toBe('Quito Water Agenda')
  })

  it('reads a French plan the meeting adopted, named by its purpose with no place (issue 11, round 8)', async () => {
    expect((await french("Les ministres ont adopté le Plan régional de gestion des crues 2026-2031, qui fixe les priorités des membres.")).result!.readout.roadmap).toBe('Plan régional de gestion des crues 2026-2031')
    expect((await french("Les ministres ont approuvé la Stratégie andine de partage des données hydrologiques, dont les axes sont décrits ci-après.")).result!.readout.roadmap).toBe('Stratégie andine de partage des données hydrologiques')
    // one the text only mentions, not adopted, is no plan
    expect((await french("Les ministres ont évoqué le Plan régional de gestion des crues lors de leurs débats.")).result!.readout.roadmap).toBeUndefined()
  })

  it('keeps the years a French plan’s name gives after its place', async () => {
    expect((await french("Les ministres ont adopté le Plan d'action de Quito 2026-2030 pour l'eau potable.")).result!.readout.roadmap).toBe("Plan d'action de Quito 2026-2030 pour l'eau potable")
    expect((await french("Les ministres ont adopté le Plan d'action de Quito pour l'eau potable 2026-2030.")).result!.readout.roadmap).toBe("Plan d'action de Quito pour l'eau potable 2026-2030")
  })

  it('takes no minister’s portfolio for a plan (`ministres chargés de … l’Engagement citoyen des pays …`)', async () => {
    const {result} = await structureText("Réunis à Niamey le 4 juin 2026, les ministres chargés du Sport et de l'Engagement solidaire des pays membres du Réseau sahélien du volontariat ont fait le point sur le volontariat.\n1. Les ministres ont décidé de créer un fonds.\n2. Les ministres ont décidé de former 300 volontaires.\n")
    expect(result!.readout.roadmap).toBeUndefined()
  })
})

// Round 7's headings of context (issue 11): a heading that names a section of the situation, the
// participants or the thanks is context, never a point, and so is a `Participants: …` line.
describe('headings of context are no points', () => {
  it('reads `Situation`, `State of play` and a `Participants:` line as context, in English', async () => {
    const {result} = await structureText('Joint Statement of the Andean Road Safety Council\n\nTransport ministers of the Andean Road Safety Council met in Lima on 3 March 2026.\n\nState of play\nRoad deaths in the region fell to 14,000 in 2025, from 17,500 in 2015.\n\nHelmets\nMinisters agreed to make helmets compulsory for motorcycle passengers.\n\nSpeed cameras\nMinisters agreed to install 900 speed cameras on main roads by 2028.\n\nNext meeting\nThe next meeting will be held in Quito in 2027.\n\nParticipants: Bolivia, Colombia, Ecuador and Peru.\n')
    const readout = result!.readout
    expect(readout.pillars.map((p) => p.title)).toEqual(['Helmets', 'Speed cameras'])
    expect(readout.outlook).toEqual(['The next meeting will be held in Quito in 2027.'])
    expect(readout.context.join(' ')).toContain('Participants: Bolivia')
  })
  it('reads `Situation` and an `Annexe : liste des États membres représentés` as context, in French', async () => {
    const {result} = await structureText("Communiqué\nRéunion des ministres de l'Eau de l'Autorité du bassin de la Volta\nAccra, le 5 mai 2026\n\nLes ministres de l'Eau de l'Autorité du bassin de la Volta se sont réunis à Accra le 5 mai 2026.\n\nSituation\nLes prélèvements d'eau dans le bassin ont doublé depuis 2010.\n\nIrrigation\nLes ministres ont décidé de plafonner les prélèvements pour l'irrigation.\n\nCrues\nLes ministres ont adopté un plan d'alerte aux crues.\n\nProchaine réunion\nLa prochaine réunion se tiendra à Ouagadougou en mai 2027.\n\nAnnexe : liste des États membres représentés\nBénin, Burkina Faso, Côte d'Ivoire, Ghana, Mali, Togo.\n")
    const readout = result!.readout
    expect(readout.pillars.map((p) => p.title)).toEqual(['Irrigation', 'Crues'])
    expect(readout.outlook).toEqual(['La prochaine réunion se tiendra à Ouagadougou en mai 2027.'])
  })
})

// Round 7 (issue 11): a decision paragraph is a point whatever verb of hearing opens it.
describe('a decision after a hearing is a point', () => {
  it('keeps `heard a report … Ministers instructed …` and `heard … and asked …` as points, in English and French', async () => {
    const english = await structureText('Communiqué of the Fifth Meeting of the Nile Ports Council\nKhartoum, Sudan\n3 May 2026\n\nMinisters of transport met in Khartoum as the Nile Ports Council to review river trade.\n\nMinisters heard a report from the harbour masters, who found that nine river ports lack working cranes. Ministers instructed the port authorities to replace the cranes within a year.\n\nMinisters heard a presentation on river dredging and asked the secretariat to tender a joint dredging contract.\n\nMinisters agreed to publish river tolls online.\n')
    expect(english.result!.readout.pillars.map((p) => p.body)).toEqual([
      'Ministers heard a report from the harbour masters, who found that nine river ports lack working cranes. Ministers instructed the port authorities to replace the cranes within a year.',
      'Ministers heard a presentation on river dredging and asked the secretariat to tender a joint dredging contract.',
      'Ministers agreed to publish river tolls online.',
    ])
    const french = await structureText("Communiqué de la cinquième réunion du Conseil des ports du Niger\nNiamey, le 3 mai 2026\n\nLes ministres des Transports se sont réunis à Niamey pour examiner le commerce fluvial.\n\nLes ministres ont entendu le rapport des capitaineries, selon lequel neuf ports fluviaux n'ont pas de grue en état de marche. Les ministres ont chargé les autorités portuaires de remplacer ces grues d'ici un an.\n\nLes ministres ont décidé de publier en ligne les péages fluviaux.\n")
    expect(french.result!.readout.pillars.map((p) => p.body)).toEqual([
      "Les ministres ont entendu le rapport des capitaineries, selon lequel neuf ports fluviaux n'ont pas de grue en état de marche. Les ministres ont chargé les autorités portuaires de remplacer ces grues d'ici un an.",
      'Les ministres ont décidé de publier en ligne les péages fluviaux.',
    ])
  })
})

// Round 7 (issue 11): a session's formal title may be long (a French body's full name), and is still the title block's.
describe('a long title line', () => {
  it('keeps a title line of more than 24 words in the title block, with the place and date under it', async () => {
    const {result} = await structureText("COMMUNIQUÉ FINAL\nDix-neuvième session ordinaire du Conseil des ministres de l'Organisation intergouvernementale pour la gestion concertée des eaux souterraines et des zones humides du bassin du fleuve Sénégal\nSaint-Louis, les 9 et 10 avril 2026\n\n1. Le Conseil a décidé de créer un réseau de piézomètres.\n2. Le Conseil a adopté un plan de protection des zones humides.\n3. Le Conseil a approuvé le budget de l'exercice 2027.\n")
    const readout = result!.readout
    expect(readout.title).toBe("Dix-neuvième session ordinaire du Conseil des ministres de l'Organisation intergouvernementale pour la gestion concertée des eaux souterraines et des zones humides du bassin du fleuve Sénégal")
    expect(readout.place).toBe('Saint-Louis')
    expect(readout.organisation).toBe("Organisation intergouvernementale pour la gestion concertée des eaux souterraines et des zones humides du bassin du fleuve Sénégal")
  })
})

describe('a host’s or a delegation’s dateline, and a newsroom’s section line', () => {
  it('reads who hosted ministers in a city, and the meeting a minister attended, as datelines', () => {
    const hosted = readDateline('Today, Secretary of Transportation Lena Ortiz hosted rail ministers from six states in Duluth, Minnesota, for the autumn meeting of the Northern Rail Freight Council.', 2026, ENGLISH)
    expect(hosted?.place).toBe('Duluth')
    expect(hosted?.organisation).toBe('Northern Rail Freight Council')
    const attended = readDateline('Minister of Fisheries Ms Ana Lui attended the 4th Meeting of the Pacific Tuna Ministers Forum in Apia, Samoa on 9 May 2026.', 2026, ENGLISH)
    expect(attended?.place).toBe('Apia')
    // the city closes the name's run of capitals, not the name
    expect(attended?.organisation).toBe('Pacific Tuna Ministers Forum')
    expect(attended?.dates?.start).toBe('2026-05-09')
    // without a place after its object, such a verb says nothing of a meeting
    expect(readDateline('More than 300 growers attended the training sessions last year.', 2026, ENGLISH)).toBeUndefined()
  })

  it('never takes a newsroom’s section line for the place', async () => {
    const {result} = await structureText(['Readout of the Northern Rail Freight Council Meeting', '', 'PRESS RELEASES AND STATEMENTS', '', 'September 3, 2026', '', 'Ministers agreed to fund two new freight yards.', '', 'Ministers agreed to share train paths across borders.'].join('\n'))
    expect(result?.readout.place).toBeUndefined()
    expect(ENGLISH.newsroomSection?.test('Speeches and Remarks')).toBe(true)
    expect(FRENCH.newsroomSection?.test('Communiqués et déclarations')).toBe(true)
    expect(ENGLISH.newsroomSection?.test('Halifax')).toBe(false)
  })
})

describe('the plan’s name', () => {
  it('keeps a plural’s possessive inside the name, and takes no headline amount for a name', async () => {
    const {result} = await structureText([
      'Alpine Cheesemakers Council Agrees €75 Million Plan to Save Mountain Dairies',
      '',
      'BERN, Switzerland, June 3, 2026 /PRNewswire/ -- Ministers of the Alpine Cheesemakers Council, meeting in Bern on June 2, endorsed the Bern Herders\' Charter to keep small mountain dairies open.',
      '',
      'Ministers agreed to fund 40 shared cheese cellars.',
      '',
      'The Council will lend to young herders who take over a dairy.',
    ].join('\n'))
    expect(result?.readout.roadmap).toBe('Bern Herders\' Charter')
    const plain = await structureText(['Ministers of the Alpine Cheesemakers Council met in Bern on 2 June 2026 and adopted the Bern Herders\' Charter.', '', '- Ministers agreed to fund 40 shared cheese cellars.', '- Ministers agreed to lend to young herders.'].join('\n'))
    expect(plain.result?.readout.roadmap).toBe('Bern Herders\' Charter')
  })
})
