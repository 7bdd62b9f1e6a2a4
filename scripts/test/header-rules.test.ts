import {describe, expect, it} from 'vitest'
import {FRENCH} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {findKeyMessage} from '../structure/recognise-key-message.js'
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
