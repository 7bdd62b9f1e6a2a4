import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What the third red team left (issue 11): texts refused or misread, each written for the test.

const bodies = (result: Awaited<ReturnType<typeof structureText>>['result']) => result!.readout.pillars.map((p) => p.body)

describe('refusals', () => {
  it('reads a French decision whose only verb is a passive future (`sera équipé`) as a point', async () => {
    const {result, messages} = await structureText('Déclaration de Goma sur la sécurité des bacs\n\nLes ministres des Transports du Conseil des bacs du lac Kivu,\n\nPréoccupés par les naufrages survenus sur le lac en 2025,\n\nSont convenus de ce qui suit :\n\nChaque bac sera équipé d\'une balise radio avant la fin de 2027.\n\nFait à Goma, le 12 mai 2026.\n')
    expect(messages.join('\n')).not.toMatch(/error/)
    expect(bodies(result)).toEqual(['Chaque bac sera équipé d\'une balise radio avant la fin de 2027.'])
  })

  it('keeps a report that will be published out of the points', async () => {
    const {result} = await structureText('Compte rendu du Conseil des bacs du lac Kivu\nGoma, le 12 mai 2026\n\nLe Conseil des bacs du lac Kivu s\'est réuni à Goma le 12 mai 2026.\n\nLe Conseil a décidé d\'équiper chaque bac d\'une balise radio.\n\nLe rapport annuel sera publié en juin.\n')
    expect(bodies(result)).toEqual(['Le Conseil a décidé d\'équiper chaque bac d\'une balise radio.'])
  })

  it('joins Word\'s `o`+tab sub-items to the numbered paragraph whose colon announces them', async () => {
    const {result, messages} = await structureText('Council of the Lake Kivu Ferry Union\nConclusions on ferry safety\nGoma, 12 May 2026\n\n1. AGREES that every member will fit its ferries with radio beacons by 2027.\n\n2. INVITES the Secretariat to keep a shared register of ferries that:\n  o\tlists every licensed boat;\n  o\trecords each inspection;\n  o\tflags boats overdue for a check.\n\n3. AGREES to train 300 deckhands in first aid by 2028.\n')
    expect(messages.join('\n')).not.toMatch(/error/)
    expect(bodies(result)).toEqual([
      'AGREES that every member will fit its ferries with radio beacons by 2027.',
      'INVITES the Secretariat to keep a shared register of ferries that: lists every licensed boat; records each inspection; flags boats overdue for a check.',
      'AGREES to train 300 deckhands in first aid by 2028.',
    ])
  })

  it('keeps the sub-items indented under a top-level `o`+tab item with it', async () => {
    const {result} = await structureText('Lake Kivu Ferry Council – meeting notes\nGoma, 12 May 2026\n\nThe Lake Kivu Ferry Council met in Goma on 12 May 2026.\n\nWhat was agreed\no\tEvery ferry will carry a radio beacon by 2027\n\t◦ the beacons are bought jointly\n\t◦ older boats are fitted first\no\tDeckhands will be trained in first aid, 300 in the first year\n')
    expect(bodies(result)).toEqual([
      'Every ferry will carry a radio beacon by 2027 ◦ the beacons are bought jointly ◦ older boats are fitted first',
      'Deckhands will be trained in first aid, 300 in the first year',
    ])
  })
})

describe('markers the reader did not see', () => {
  it('drops a resolution\'s number from its heading (`RESOLUTION 2026/03 – Radio beacons`)', async () => {
    const {result} = await structureText('Record of Decisions\nGoverning Council, Lake Kivu Ferry Union\nGoma, 12 May 2026\n\nThe Governing Council of the Lake Kivu Ferry Union met in Goma on 12 May 2026.\n\nRESOLUTION 2026/03 – Radio beacons\nRESOLVED that every ferry will carry a radio beacon by the end of 2027.\n\nDecision 4/2: Deckhand training\nRESOLVED that 300 deckhands will be trained in first aid by 2028.\n')
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Radio beacons', 'Deckhand training'])
  })

  it('drops a French resolution\'s number too (`Résolution n° 12 – Balises`)', async () => {
    const {result} = await structureText('Relevé de décisions\nConseil des bacs du lac Kivu\nGoma, le 12 mai 2026\n\nLe Conseil des bacs du lac Kivu s\'est réuni à Goma le 12 mai 2026.\n\nRésolution n° 12 – Balises radio\nLe Conseil a décidé que chaque bac portera une balise radio d\'ici à 2027.\n\nRésolution n° 13 – Formation\nLe Conseil a décidé de former 300 matelots aux premiers secours.\n')
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Balises radio', 'Formation'])
  })

  it('reads numbers in bold marks (`**1.** …`) as a numbered list', async () => {
    const {result} = await structureText('**Readout | Lake Kivu Ferry Union | Goma | 12 May 2026**\n\nThe Lake Kivu Ferry Union met in Goma on 12 May 2026 to agree how to make crossings safer.\n\n**What was agreed?**\n**1.** Members will fit a radio beacon on every ferry by 2027.\n**2.** Members will train 300 deckhands in first aid by 2028.\n**3.** The Union set up a shared register of inspections for all licensed boats.\n\nThe Union will meet again in Bukavu in 2027.\n')
    expect(bodies(result)).toEqual(['Members will fit a radio beacon on every ferry by 2027.', 'Members will train 300 deckhands in first aid by 2028.', 'The Union set up a shared register of inspections for all licensed boats.'])
  })
})

describe('names', () => {
  it('keeps a French body\'s coordinated complement after its commas (`Commission régionale des céréales, des légumineuses et des semences`)', async () => {
    const {result} = await structureText('Compte rendu\nYaoundé, le 12 mai 2026\n\nLes ministres de l\'Agriculture de la Commission régionale des céréales, des légumineuses et des semences se sont réunis à Yaoundé le 12 mai 2026.\n\nIls ont décidé de créer une réserve régionale de semences de 5 000 tonnes.\n')
    expect(result!.readout.organisation).toBe('Commission régionale des céréales, des légumineuses et des semences')
  })

  it('still ends a name at a comma that opens no such complement', async () => {
    const {result} = await structureText('Compte rendu\nYaoundé, le 12 mai 2026\n\nLes ministres de la Commission régionale des céréales, réunis à Yaoundé le 12 mai 2026, ont décidé de créer une réserve de semences.\n\nIls ont décidé de créer une réserve régionale de semences de 5 000 tonnes.\n')
    expect(result!.readout.organisation).toBe('Commission régionale des céréales')
  })
})

describe('a list of signatories above the text', () => {
  it('reads `Signatories:` and its list as context, never as the title', async () => {
    const {result} = await structureText('Joint Statement\n\nSignatories:\nRepublic of Rwanda\nRepublic of Burundi\n\nLake Kivu Ferry Compact\nGoma, 12 May 2026\n\nWe, the transport ministers of Rwanda and Burundi, meeting in Goma on 12 May 2026 as the Lake Kivu Ferry Compact, declare the following.\n\nWe will fit every ferry on the lake with a radio beacon by 2027.\n')
    expect(result!.readout.title).toBe('Lake Kivu Ferry Compact')
    expect(bodies(result).join(' ')).not.toMatch(/Republic of/)
  })

  it('reads `Signataires :` so in French', async () => {
    const {result} = await structureText('Déclaration commune\n\nSignataires :\nRépublique du Rwanda\nRépublique du Burundi\n\nPacte des bacs du lac Kivu\nGoma, le 12 mai 2026\n\nNous, ministres des Transports du Rwanda et du Burundi, réunis à Goma le 12 mai 2026, déclarons ce qui suit.\n\nNous équiperons chaque bac du lac d\'une balise radio d\'ici à 2027.\n')
    expect(result!.readout.title).not.toMatch(/Signataires/)
    expect(bodies(result).join(' ')).not.toMatch(/République du/)
  })
})

describe('a translation after a bare rule', () => {
  const english = 'Communiqué\nLake Kivu Ferry Authority\nGoma, 12 May 2026\n\nThe Lake Kivu Ferry Authority met in Goma on 12 May 2026 to review the safety of crossings on the lake.\n\nMinisters agreed to fit every ferry on the lake with a radio beacon by the end of 2027.\n\nThey approved a fund of US$2 million to train deckhands in first aid and rescue at sea.\n\nThe Authority will meet next in Bukavu in March 2027.\n\n---\n\n'

  it('sets aside the French copy under `---`', async () => {
    const {result} = await structureText(english + 'L\'Autorité des bacs du lac Kivu s\'est réunie à Goma le 12 mai 2026 pour faire le point sur la sécurité des traversées du lac.\n\nLes ministres ont décidé d\'équiper chaque bac du lac d\'une balise radio d\'ici à la fin de 2027.\n\nIls ont approuvé un fonds de 2 millions de dollars pour former les matelots aux premiers secours.\n')
    expect(result!.markdown).not.toMatch(/Autorité|ministres/)
    expect(result!.readout.pillars).toHaveLength(2)
  })

  it('keeps what follows a rule in the same language', async () => {
    const {result} = await structureText(english + 'The Authority also agreed to publish a list of every licensed ferry and its owner, so that passengers can check a boat before they board it, from the start of the next year onwards, on its website and in every port office.\n')
    expect(result!.markdown).toContain('publish a list of every licensed ferry')
  })
})

describe('a diplomatic cable', () => {
  it('reads the summary\'s dateline without `SUMMARY:` and `END SUMMARY.`, and keeps the drafter\'s `COMMENT:` out of the points', async () => {
    const {result} = await structureText('SUBJECT: READOUT OF THE LAKE KIVU FERRY MINISTERS MEETING, GOMA, 12 MAY 2026\n\n1. SUMMARY: Transport ministers of the Lake Kivu Ferry Union met in Goma on 12 May 2026 and agreed to make crossings safer. END SUMMARY.\n\n2. Ministers agreed to fit every ferry with a radio beacon by 2027.\n\n3. Ministers asked the Union secretariat to keep a register of all licensed ferries.\n\n4. COMMENT: The beacon deadline was agreed after long talks; one member wanted more time. END COMMENT.\n\n5. Ministers will meet next in Bukavu in 2027.\n')
    expect(result!.readout.organisation).toBe('Lake Kivu Ferry Union')
    expect(bodies(result)).toEqual(['Ministers agreed to fit every ferry with a radio beacon by 2027.', 'Ministers asked the Union secretariat to keep a register of all licensed ferries.'])
    expect(result!.markdown).not.toMatch(/SUMMARY|COMMENT/)
  })

  it('keeps a sentence that only uses the word', async () => {
    const {result} = await structureText('Readout of the Lake Kivu Ferry Union\nGoma, 12 May 2026\n\nThe Lake Kivu Ferry Union met in Goma on 12 May 2026.\n\nMinisters agreed to open the draft safety code for public comment until June.\n')
    expect(bodies(result)).toEqual(['Ministers agreed to open the draft safety code for public comment until June.'])
  })
})
