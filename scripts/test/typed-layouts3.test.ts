import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts a communications team pastes that neither the corpus nor the first two red teams had (issue 11,
// round 3): each was refused or misread before its rule. Every sentence here is written for the test.

const bodies = (result: Awaited<ReturnType<typeof structureText>>['result']) => result!.readout.pillars.map((p) => p.body)

describe('notes pasted from a slide deck', () => {
  it('reads `Slide N:` as a heading\'s number, so the title and each slide\'s text are read without it', async () => {
    const {result} = await structureText('Slide 1: Results of the Lakes Ferry Council\nSlide 2: Kisumu, 4 June 2026\n\nSpeaker notes:\nThe Lakes Ferry Council met in Kisumu on 4 June 2026.\n\nSlide 3: Life jackets\nOperators standardised life jackets for children on every ferry from 2027.\n\nSlide 4: Night sailings\nThe Council agreed to end night sailings on boats older than 30 years.\n\nSlide 5: Questions?\n')
    expect(result!.readout.title).toBe('Results of the Lakes Ferry Council')
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Life jackets', 'Night sailings'])
    expect(bodies(result)).toEqual(['Operators standardised life jackets for children on every ferry from 2027.', 'The Council agreed to end night sailings on boats older than 30 years.'])
    expect(result!.markdown).not.toMatch(/Slide|Questions\?|Speaker notes/)
  })

  it('reads `Diapositive N :` the same way in French, and the closing slide is no outlook', async () => {
    const {result} = await structureText('Diapositive 1 : Conseil des bacs du fleuve Niger\nDiapositive 2 : Mopti, 4 juin 2026\n\nNotes de l\'orateur :\nLe Conseil des bacs du fleuve Niger s\'est réuni à Mopti le 4 juin 2026.\n\nDiapositive 3 : Gilets de sauvetage\nLe Conseil a décidé d\'équiper chaque bac de gilets pour enfants dès 2027.\n\nDiapositive 4 : Prochaine étape\nLe Conseil se réunira de nouveau à Ségou en 2027.\n\nDiapositive 5 : Merci de votre attention\n')
    expect(result!.readout.title).toBe('Conseil des bacs du fleuve Niger')
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Gilets de sauvetage'])
    expect(result!.readout.outlook).toEqual(['Le Conseil se réunira de nouveau à Ségou en 2027.'])
    expect(result!.markdown).not.toMatch(/Diapositive|Merci de votre attention|Notes de l'orateur/)
  })
})

describe('a page\'s or a newsletter\'s labelled furniture', () => {
  it('drops `Tags: …`, `Share: … | …` and an unsubscribe line', async () => {
    const {result} = await structureText('Staff news\nFerry ministers agree on safer crossings\nPublished 4 June 2026\n\nFerry ministers of the Lakes Ferry Council met in Kisumu on 4 June 2026 and agreed to fit every ferry with a radio beacon by 2028.\n\nThey also agreed to train 300 deckhands in first aid.\n\nThe Council will meet again in Mwanza in 2027.\n\nTags: transport, safety, lakes\nShare: Email | Teams | Print\nTo unsubscribe from these updates, write to the editor.\n')
    expect(result!.markdown).not.toMatch(/Tags:|Share:|unsubscribe/)
    expect(result!.readout.outlook).toEqual(['The Council will meet again in Mwanza in 2027.'])
  })

  it('drops `Mots-clés : …` and `Partager : …` in French', async () => {
    const {result} = await structureText('Les ministres des bacs s\'accordent sur la sécurité\nMopti, le 4 juin 2026\n\nLe Conseil des bacs du fleuve Niger s\'est réuni à Mopti le 4 juin 2026 et a décidé d\'équiper chaque bac d\'une balise radio d\'ici à 2028.\n\nLe Conseil a aussi décidé de former 300 matelots aux premiers secours.\n\nMots-clés : transport, sécurité\nPartager : Courriel | Imprimer\n')
    expect(result!.markdown).not.toMatch(/Mots-clés|Partager/)
  })

  it('keeps a sentence that only opens on such a word', async () => {
    const {result} = await structureText('Readout of the Lakes Ferry Council\nKisumu, 4 June 2026\n\nThe Lakes Ferry Council met in Kisumu on 4 June 2026.\n\nThe Council agreed to share its inspection reports with all members.\n\nThank you to the Government of Kenya, which hosted the meeting, said the Chair.\n')
    expect(bodies(result)).toEqual(['The Council agreed to share its inspection reports with all members.'])
    expect(result!.markdown).toContain('Thank you to the Government of Kenya')
  })
})

describe('headings of context a text opens with', () => {
  it('reads `On this page` and its list of sections as context, each section once', async () => {
    const {result} = await structureText('Chair\'s Summary\nThird Meeting of the Lakes Ferry Council\nKisumu, 4 June 2026\n\nOn this page\n1. Safety\n2. Fares\n\n1. Safety\nThe Council agreed to fit every ferry with a radio beacon by 2028.\n\n2. Fares\nThe Council agreed to cap fares for schoolchildren at half the adult fare.\n')
    expect(bodies(result)).toEqual(['The Council agreed to fit every ferry with a radio beacon by 2028.', 'The Council agreed to cap fares for schoolchildren at half the adult fare.'])
  })

  it('reads a French `Étaient présents :` list as who took part, not as points', async () => {
    const {result} = await structureText('Compte rendu de la réunion du Conseil des bacs du fleuve Niger\nMopti, le 4 juin 2026\n\nÉtaient présents :\n- M. Ali Coulibaly (Mali)\n- Mme Awa Diarra (Niger)\n- M. Paul Sawadogo (Burkina Faso)\n\nLe Conseil s\'est réuni à Mopti le 4 juin 2026.\n\nLe Conseil a décidé d\'équiper chaque bac d\'une balise radio d\'ici à 2028.\n\nLe Conseil a approuvé un tarif réduit pour les écoliers.\n')
    expect(bodies(result)).toEqual(['Le Conseil a décidé d\'équiper chaque bac d\'une balise radio d\'ici à 2028.', 'Le Conseil a approuvé un tarif réduit pour les écoliers.'])
  })

  it('reads an English `Present:` line and `In attendance` list as context', async () => {
    const {result} = await structureText('Minutes\nLakes Ferry Council\nKisumu, 4 June 2026\n\nIn attendance\n- Ms Jane Otieno (Kenya)\n- Mr Paul Mugisha (Uganda)\n\nThe Lakes Ferry Council met in Kisumu on 4 June 2026.\n\nThe Council agreed to fit every ferry with a radio beacon by 2028.\n')
    expect(bodies(result)).toEqual(['The Council agreed to fit every ferry with a radio beacon by 2028.'])
  })
})

describe('an annex that lists the commitments', () => {
  it('reads the items of `Annex I – Commitments …` as points when the text refers to it', async () => {
    const {result, messages} = await structureText('Communiqué\nMinisterial Meeting of the Lakes Ferry Council\nKisumu, 4 June 2026\n\nMinisters of the Lakes Ferry Council met in Kisumu on 4 June 2026.\n\nMinisters adopted the Kisumu Safety Plan, whose commitments are set out in Annex I.\n\nAnnex I – Commitments of the Kisumu Safety Plan\n\n1. Members will fit every ferry with a radio beacon by 2028.\n2. Members will train 300 deckhands in first aid.\n\nAnnex II – List of participants\nKenya, Tanzania, Uganda.\n')
    expect(messages.join('\n')).not.toMatch(/without pillars/)
    expect(bodies(result)).toEqual(['Members will fit every ferry with a radio beacon by 2028.', 'Members will train 300 deckhands in first aid.'])
    expect(result!.readout.context.join('\n')).toContain('Kenya, Tanzania, Uganda.')
  })

  it('keeps an annex that only lists who took part as context, as before', async () => {
    const {result} = await structureText('Communiqué\nMinisterial Meeting of the Lakes Ferry Council\nKisumu, 4 June 2026\n\nMinisters of the Lakes Ferry Council met in Kisumu on 4 June 2026 and agreed to fit every ferry with a radio beacon by 2028.\n\nMinisters also agreed to train 300 deckhands in first aid.\n\nAnnex – Delegations\n1. Kenya, Ministry of Transport.\n2. Uganda, Ministry of Works.\n')
    expect(bodies(result)).toEqual(['Ministers also agreed to train 300 deckhands in first aid.'])
  })
})

describe('the section or newsletter a page was posted under, above its headline', () => {
  it('reads `NEWS` in capitals over a headline as the section, the headline as the title', async () => {
    const {result} = await structureText('NEWS\nFerry ministers back a radio beacon on every boat\n\nKISUMU, 4 June 2026 – Ministers of the Lakes Ferry Council agreed on Thursday to fit every ferry with a radio beacon by 2028.\n\nThey also agreed to train 300 deckhands in first aid.\n')
    expect(result!.readout.title).toBe('Ferry ministers back a radio beacon on every boat')
  })

  it('reads a newsletter\'s masthead with its issue and date as who publishes it, and drops an `In brief:` label from who met', async () => {
    const {result} = await structureText('Lakes Transport Bulletin – Issue 7 – 5 June 2026\n\nIn brief: Ferry ministers of the Lakes Ferry Council met in Kisumu on 4 June 2026.\n\nBeacons\nMinisters agreed to fit every ferry with a radio beacon by 2028.\n\nFirst aid\nMinisters agreed to train 300 deckhands in first aid.\n')
    expect(result!.readout.title).toBe('Lakes Ferry Council in Kisumu')
    expect(result!.readout.participants).toBe('Ferry ministers')
  })

  it('reads a French `Actualités internes` line as the section, the headline under it as the title', async () => {
    const {result} = await structureText('Actualités internes\nLes ministres des bacs s\'accordent sur une balise par bateau\nPublié le 5 juin 2026\n\nLes ministres du Conseil des bacs du fleuve Niger se sont réunis à Mopti le 4 juin 2026.\n\nIls ont décidé d\'équiper chaque bac d\'une balise radio d\'ici à 2028.\n')
    expect(result!.readout.title).toBe('Les ministres des bacs s\'accordent sur une balise par bateau')
  })
})

describe('a declaration whose place and date are only in its signature', () => {
  it('reads the place and date of `Done at …, on …` when no line at the top gives them', async () => {
    const {result} = await structureText('Declaration on Ferry Safety\n\nThe transport ministers of the Lakes Ferry Council,\n\nConcerned by the loss of life on the lakes,\n\nHave agreed as follows:\n\nMember states will fit every ferry with a radio beacon by 2028.\n\nMember states will train 300 deckhands in first aid.\n\nDone at Jinja, Uganda, on 4 June 2026.\n')
    expect(result!.readout.place).toBe('Jinja')
    expect(result!.readout.dates?.start).toBe('2026-06-04')
  })

  it('reads a French `Fait à …, le …` the same way', async () => {
    const {result} = await structureText('Déclaration sur la sécurité des bacs\n\nLes ministres des Transports du Conseil des bacs du fleuve Niger,\n\nConscients des pertes en vies humaines sur le fleuve,\n\nSont convenus de ce qui suit :\n\nLes États membres équiperont chaque bac d\'une balise radio d\'ici à 2028.\n\nLes écoliers voyageront à demi-tarif.\n\nFait à Ségou (Mali), le 4 juin 2026.\n')
    expect(result!.readout.place).toBe('Ségou')
    expect(result!.readout.dates?.start).toBe('2026-06-04')
  })

  it('keeps the place and date of the top when the signature gives others', async () => {
    const {result} = await structureText('Declaration on Ferry Safety\nKisumu, 3 June 2026\n\nThe transport ministers of the Lakes Ferry Council agreed that member states will fit every ferry with a radio beacon by 2028.\n\nDone at Jinja, Uganda, on 4 June 2026.\n')
    expect(result!.readout.place).toBe('Kisumu')
    expect(result!.readout.dates?.start).toBe('2026-06-03')
  })
})

describe('a minute\'s action points numbered after letters and a dash', () => {
  it('reads `AP1 – …`, `AP2 – …` lines as a list, each a point', async () => {
    const {result} = await structureText('Minutes\nLakes Ferry Council\nKisumu, 4 June 2026\n\nThe Lakes Ferry Council met in Kisumu on 4 June 2026.\n\nAction points\nAP1 – Secretariat to draft a common design for radio beacons by September 2026.\nAP2 – Each member to name a ferry safety officer by the end of 2026.\nAP3 – Uganda to share its first-aid course for deckhands.\n')
    expect(bodies(result)).toEqual(['Secretariat to draft a common design for radio beacons by September 2026.', 'Each member to name a ferry safety officer by the end of 2026.', 'Uganda to share its first-aid course for deckhands.'])
  })
})

describe('a text followed by its translation', () => {
  const french = 'Communiqué final\nConseil des bacs du fleuve Niger\nMopti, le 4 juin 2026\n\nLe Conseil des bacs du fleuve Niger s\'est réuni à Mopti le 4 juin 2026.\n\nLe Conseil a décidé d\'équiper chaque bac d\'une balise radio d\'ici à 2028.\n\nLe Conseil a approuvé un tarif réduit pour les écoliers.\n\n'
  const english = 'Final Communiqué\nNiger River Ferry Council\nMopti, 4 June 2026\n\nThe Niger River Ferry Council met in Mopti on 4 June 2026.\n\nThe Council decided to fit every ferry with a radio beacon by 2028.\n\nThe Council approved a reduced fare for schoolchildren.\n'

  it('reads the French text before `ENGLISH VERSION` in French, without the English copy', async () => {
    const {result} = await structureText(`${french}ENGLISH VERSION\n\n${english}`)
    expect(result!.readout.lang).toBe('fr')
    expect(result!.readout.place).toBe('Mopti')
    expect(result!.readout.dates?.start).toBe('2026-06-04')
    expect(bodies(result)).toEqual(['Le Conseil a décidé d\'équiper chaque bac d\'une balise radio d\'ici à 2028.', 'Le Conseil a approuvé un tarif réduit pour les écoliers.'])
    expect(result!.markdown).not.toMatch(/Ferry Council|ENGLISH VERSION/)
  })

  it('reads the English text before `Version française` without the French copy', async () => {
    const {result} = await structureText(`${english}\nVersion française\n\n${french}`)
    expect(result!.readout.lang).toBe('en')
    expect(result!.markdown).not.toMatch(/Conseil des bacs|Version française/)
  })

  it('reads a place and date written in both languages (`Goma, 4 June 2026 / Goma, le 4 juin 2026`) once, never as the title', async () => {
    const {result} = await structureText('Joint Communiqué / Communiqué conjoint\nLake Kivu Ferry Authority\nGoma, 4 June 2026 / Goma, le 4 juin 2026\n\nThe Lake Kivu Ferry Authority met in Goma on 4 June 2026.\n\nThe Council decided to fit every ferry with a radio beacon by 2028.\n')
    expect(result!.readout.title).not.toMatch(/2026/)
    expect(result!.readout.place).toBe('Goma')
  })
})
