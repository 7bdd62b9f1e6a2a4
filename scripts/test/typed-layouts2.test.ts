import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts a communications team pastes that neither the corpus nor the first red team had (issue 11,
// round 2): each was refused or misread before its rule. Every sentence here is written for the test.

describe('a task list with boxes, as a to-do app or a Markdown editor writes it', () => {
  it('reads `[x]` and `[ ]` lines as a list\'s items, without their boxes', async () => {
    const {result, messages} = await structureText('Readout of the Valley Clinics Board\nCuenca, 3 March 2026\n\nThe Valley Clinics Board met in Cuenca on 3 March 2026 and agreed:\n\n[x] Open two night clinics in the eastern valley from May\n[x] Hire 60 nurses on three-year contracts\n[ ] Review the fees for dental care\n')
    expect(messages.join('\n')).not.toMatch(/without pillars/)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Open two night clinics in the eastern valley from May', 'Hire 60 nurses on three-year contracts', 'Review the fees for dental care'])
  })

  it('reads `- [x]` items and ballot boxes (`☑`) the same way', async () => {
    const {result} = await structureText('Readout of the Valley Clinics Board\nCuenca, 3 March 2026\n\nThe Valley Clinics Board met in Cuenca on 3 March 2026 and agreed:\n\n- [x] Open two night clinics in the eastern valley from May\n- [ ] Hire 60 nurses on three-year contracts\n☑ Buy four ambulances for the upland districts\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Open two night clinics in the eastern valley from May', 'Hire 60 nurses on three-year contracts', 'Buy four ambulances for the upland districts'])
  })
})

describe('a table of decisions', () => {
  const table = (rows: string[]) => `Summary of Conclusions\nHarbour Pilots Working Group\nGdynia, 4 March 2026\n\nThe Working Group met in Gdynia on 4 March 2026 and agreed the actions below.\n\n${rows.join('\n')}\n`

  it('reads the rows of a Markdown table whose first column is `Action` as points, each the action as written (its owner and date left out)', async () => {
    const {result, messages} = await structureText(table(['| Action | Owner | Due |', '|---|---|:---:|', '| Train 40 new harbour pilots | Poland | June 2026 |', '| Share one booking system for pilots | Secretariat | 2027 |', '| Buy two pilot boats | Lithuania | 2028 |']))
    expect(messages.join('\n')).not.toMatch(/without pillars/)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Train 40 new harbour pilots',
      'Share one booking system for pilots',
      'Buy two pilot boats',
    ])
    expect(result!.readout.context.join(' ')).not.toMatch(/---/)
  })

  it('reads a French table of decisions typed with tabs the same way', async () => {
    const {result} = await structureText('Relevé de décisions\nGroupe de travail sur les ports\nDakar, le 4 mars 2026\n\nLe groupe de travail s\'est réuni à Dakar le 4 mars 2026.\n\nDécision\tResponsable\tÉchéance\nFormer 40 pilotes de port\tSénégal\tjuin 2026\nAcheter deux vedettes\tGambie\t2027\nPublier un guide commun\tSecrétariat\t2027\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Former 40 pilotes de port',
      'Acheter deux vedettes',
      'Publier un guide commun',
    ])
  })

  it('reads the decision column after a column of references, the rows numbered in their first cell (records51)', async () => {
    const english = await structureText('Decisions log – Allotments Committee\nWarrington, 9 May 2026\n\nThe committee met to agree its work for the growing season.\n\nNo.\tAction\tOwner\tDeadline\n1\tInstall a shared rainwater tank at the north gate, paid from the reserve\tSite secretary\tJuly 2026\n2\tOffer half plots to people on the waiting list for more than a year\tLettings officer\tJune 2026\n3\tHold a seed swap in the pavilion each March\tShow committee\tMarch 2027\n')
    expect(english.result!.readout.pillars.map((p) => p.body)).toEqual([
      'Install a shared rainwater tank at the north gate, paid from the reserve',
      'Offer half plots to people on the waiting list for more than a year',
      'Hold a seed swap in the pavilion each March',
    ])
    const french = await structureText('Relevé de décisions – Syndicat des marais\nRochefort, le 9 mai 2026\n\nLe bureau s\'est réuni pour fixer les travaux de l\'été.\n\nRéf.\tDécision\tPilote\tÉchéance\tÉtat\nM-01\tCurer les fossés du marais nord avant les premières pluies\tTechnicien\tseptembre 2026\tAdoptée\nM-02\tRemplacer les deux vannes du canal de ceinture\tPrésident\tjuin 2027\tAdoptée\nM-03\tPublier le calendrier des niveaux d\'eau sur le site du syndicat\tSecrétariat\tjuillet 2026\tAdoptée\n')
    expect(french.result!.readout.pillars.map((p) => p.body)).toEqual([
      'Curer les fossés du marais nord avant les premières pluies',
      'Remplacer les deux vannes du canal de ceinture',
      'Publier le calendrier des niveaux d\'eau sur le site du syndicat',
    ])
  })

  it('keeps as context a recap whose first column names the items of the minutes above it, not its own rows (records51)', async () => {
    const {result} = await structureText('Minutes of the Allotments Committee\nWarrington, 9 May 2026\n\n1. The committee agreed to install a shared rainwater tank at the north gate.\n\n2. The committee agreed to hold a seed swap in the pavilion each March.\n\nItem\tAction\tOwner\tDue\n1\tOrder the rainwater tank\tSite secretary\tJuly 2026\n4\tBook the pavilion\tShow committee\tJanuary 2027\n7\tWrite to the waiting list\tLettings officer\tJune 2026\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'The committee agreed to install a shared rainwater tank at the north gate.',
      'The committee agreed to hold a seed swap in the pavilion each March.',
    ])
  })

  it('keeps a table of pledges as context, as before', async () => {
    const {result} = await structureText(table(['The Group agreed to train 40 new harbour pilots.', '', '| Donor | Amount | Purpose |', '|---|---|---|', '| Norway | NOK 15 million | pilot training |', '| Poland | PLN 4 million | two pilot boats |', '| Sweden | SEK 9 million | booking system |']))
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['The Group agreed to train 40 new harbour pilots.'])
    expect(result!.readout.context.join('\n')).toContain('Norway | NOK 15 million | pilot training')
  })
})

describe('a list numbered in small Roman numerals', () => {
  it('reads `i.`, `ii.`, `iii.` as a list\'s items, each a point', async () => {
    const {result} = await structureText('Chair\'s Summary\nMeeting of the Andean Rail Regulators\nLa Paz, 5 May 2026\n\nRegulators met in La Paz on 5 May 2026 and reached these conclusions:\n\ni. A single safety certificate for cross-border trains will apply from 2028.\nii. Each regulator will publish its track fees every January.\niii. A joint inspection team of six engineers will visit each network once a year.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'A single safety certificate for cross-border trains will apply from 2028.',
      'Each regulator will publish its track fees every January.',
      'A joint inspection team of six engineers will visit each network once a year.',
    ])
  })
})

describe('a decision written in articles run into their text', () => {
  const decision = 'Décision du Conseil des ministres de l\'Office du riz\nNiamey, le 9 mars 2026\n\nLe Conseil des ministres, réuni à Niamey le 9 mars 2026, décide :\n\nArticle 1er : Le prix d\'achat du paddy est fixé à 210 FCFA le kilogramme pour la campagne 2026.\n\nArticle 2. – Un stock de sécurité de 40 000 tonnes de riz est constitué dans les cinq régions du fleuve.\n\nArticle 3 : Le Secrétaire général est chargé de l\'exécution de la présente décision.\n'

  it('reads each article as a point titled from its text, its number left out', async () => {
    const {result} = await structureText(decision)
    const pillars = result!.readout.pillars
    expect(pillars.map((p) => p.body)).toEqual([
      'Le prix d\'achat du paddy est fixé à 210 FCFA le kilogramme pour la campagne 2026.',
      'Un stock de sécurité de 40 000 tonnes de riz est constitué dans les cinq régions du fleuve.',
    ])
    expect(pillars.map((p) => p.title).join(' ')).not.toMatch(/Article/)
  })

  it('keeps as context the article that only says who carries the decision out, also under its own heading', async () => {
    const {result} = await structureText(decision.replace('Article 3 : ', 'Article 3\n'))
    expect(result!.readout.context.join(' ')).toContain('chargé de l\'exécution de la présente décision')
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).not.toContain('exécution')
  })

  it('keeps as context an English article on when the decision enters into force', async () => {
    const {result} = await structureText('Decision of the Council of the Lake Authority\nKampala, 9 March 2026\n\nThe Council, meeting in Kampala on 9 March 2026, decides:\n\nArticle 1: The minimum mesh size for gill nets is set at five inches.\n\nArticle 2: A closed season of two months is declared for the Nile perch.\n\nArticle 3: This decision shall enter into force on 1 June 2026.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['The minimum mesh size for gill nets is set at five inches.', 'A closed season of two months is declared for the Nile perch.'])
  })
})

describe('a numbered section\'s heading right under the title block', () => {
  it('ends the title block at `Item 1 – …`, so that the item\'s decision is a point', async () => {
    const {result} = await structureText('Record of the Joint Committee on River Ferries\nBasel, 12 February 2026\n\nItem 1 – Winter timetable\nThe Committee agreed to run two extra ferries on Sundays from December.\n\nItem 2 – Fares\nThe Committee approved a single fare of CHF 4 for every crossing.\n')
    expect(result!.readout.title).toBe('Record of the Joint Committee on River Ferries')
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Winter timetable', 'Fares'])
  })

  it('ends it at a part numbered in Roman numerals too', async () => {
    const {result} = await structureText('Communiqué of the Council of Ministers\nPorto-Novo, 4 March 2026\n\nI. HEALTH\nThe Council adopted a decree creating a national blood bank.\n\nII. ROADS\nThe Council approved the paving of 300 kilometres of rural roads.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['The Council adopted a decree creating a national blood bank.', 'The Council approved the paving of 300 kilometres of rural roads.'])
  })
})

describe('a French council of ministers\' record filed under rubrics', () => {
  it('titles a point under `AU TITRE DES …` from its text, not from the rubric', async () => {
    const {result} = await structureText('Compte rendu du Conseil des ministres\nNiamey, le 4 mars 2026\n\nLe Conseil des ministres s\'est réuni le mercredi 4 mars 2026 à Niamey.\n\nI. AU TITRE DES MESURES NORMATIVES\n\nLe Conseil a adopté un projet de loi portant création d\'une banque nationale du sang.\n\nII. AU TITRE DU MINISTÈRE DE L\'AGRICULTURE\n\nLe Conseil a approuvé la distribution de 20 000 tonnes d\'engrais aux producteurs de mil.\n')
    const titles = result!.readout.pillars.map((p) => p.title)
    expect(titles).toHaveLength(2)
    expect(titles.join(' | ')).not.toMatch(/titre/i)
  })
})

describe('a list of items each with what the meeting did with it', () => {
  it('reads `… — ADOPTED` lines as a list\'s items, not as headings over one another', async () => {
    const {result} = await structureText('Baltic Ports Ministers – outcomes\nKlaipėda, 8 October 2026\n\nThe Baltic Ports Ministers met in Klaipėda on 8 October 2026. Outcomes by agenda item:\n\nCommon ice-breaking schedule — ADOPTED\nShore power at all ferry berths by 2030 — APPROVED\nPort fee holiday for rail freight — DEFERRED to the next meeting\nJoint cyber drill in the spring — AGREED\n')
    const bodies = result!.readout.pillars.map((p) => p.body)
    expect(bodies).toEqual(['Common ice-breaking schedule — ADOPTED', 'Shore power at all ferry berths by 2030 — APPROVED', 'Joint cyber drill in the spring — AGREED'])
    expect(result!.readout.outlook.join(' ')).toContain('DEFERRED to the next meeting')
  })

  it('reads a French list with the status in brackets the same way', async () => {
    const {result} = await structureText('Conseil des ministres des Transports – résultats\nCotonou, le 8 octobre 2026\n\nLes ministres des Transports se sont réunis à Cotonou le 8 octobre 2026.\n\nCarte grise commune aux États membres (adopté)\nContrôle technique tous les deux ans (approuvé)\nPéage unique sur le corridor côtier (reporté)\n')
    expect(result!.readout.pillars.map((p) => p.body).slice(0, 2)).toEqual(['Carte grise commune aux États membres (adopté)', 'Contrôle technique tous les deux ans (approuvé)'])
  })

  it('needs two such lines: a lone heading ending in a word in capitals stays a heading', async () => {
    const {result} = await structureText('Readout of the Harbour Board\nCork, 8 October 2026\n\nThe Harbour Board met in Cork on 8 October 2026.\n\nDredging — NOTED\nThe Board agreed to dredge the inner harbour in the spring.\n\nPilotage\nThe Board approved two new pilot boats.\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['The Board agreed to dredge the inner harbour in the spring.', 'The Board approved two new pilot boats.'])
  })
})

describe('a chat pasted from a messaging app', () => {
  const chat = 'Crisis call – Wildfire Cell\nPatras, 14 August 2026\n\n[14:02] Chair: Thanks everyone. Quick summary of what we decided.\n[14:03] Chair: We agreed to evacuate the three villages above the ridge tonight.\n[14:05] Fire chief: Two water bombers will arrive from Cyprus at dawn.\n[14:06] Chair: The cell approved EUR 2 million for emergency shelter.\n[14:08] Chair: Next call at 20:00.\n'

  it('reads each message without the time it was sent and who sent it', async () => {
    const {result} = await structureText(chat)
    const bodies = result!.readout.pillars.map((p) => p.body)
    expect(bodies).toContain('We agreed to evacuate the three villages above the ridge tonight.')
    expect(bodies.join(' ')).not.toMatch(/\[14:|Chair:|Fire chief:/)
  })

  it('keeps as context the message that only announces the summary, and titles a cell\'s decision by what it approved', async () => {
    const {result} = await structureText(chat)
    expect(result!.readout.context.join(' ')).toContain('Quick summary of what we decided.')
    expect(result!.readout.pillars.find((p) => p.body.includes('emergency shelter'))!.title).not.toBe('Cell')
  })

  it('needs three such lines: times in a programme stay as written', async () => {
    const {result} = await structureText('Readout of the Harbour Board\nCork, 8 October 2026\n\nThe Harbour Board met in Cork on 8 October 2026 and agreed to dredge the inner harbour.\n\n09:00 Chair: opening remarks\n')
    expect(result!.readout.context.join(' ') + result!.readout.pillars.map((p) => p.body).join(' ')).toContain('09:00 Chair: opening remarks')
  })
})

describe('a sentence that announces the list after it', () => {
  it('reads `Here\'s what we agreed` as a lead-in, not a point', async () => {
    const {result} = await structureText('Readout of the Island Schools Forum\nStornoway, 2 May 2026\n\nEducation ministers met in Stornoway on 2 May 2026.\n\nThanks to all who joined us. Here\'s what we agreed.\n\nMinisters agreed to give a ferry pass to every pupil who boards on the mainland.\n\nThey also agreed to create ten teaching posts on the small islands.\n')
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).not.toContain('what we agreed')
  })

  it('reads `Voici ce que les ministres ont décidé` as a lead-in too', async () => {
    const {result} = await structureText('Compte rendu du Forum des écoles insulaires\nAjaccio, le 2 mai 2026\n\nLes ministres se sont réunis à Ajaccio le 2 mai 2026.\n\nVoici ce que les ministres ont décidé.\n\nLes ministres ont décidé de donner un passe de bateau à chaque élève.\n\nIls ont aussi décidé de créer dix postes d\'enseignants sur les petites îles.\n')
    expect(result!.readout.pillars.map((p) => p.body).join(' ')).not.toContain('Voici')
  })
})

describe('a one-line summary above the title block', () => {
  it('keeps `TL;DR: …` as context and reads the title block under it', async () => {
    const {result} = await structureText('TL;DR: Ministers agreed a grain reserve and a fund of USD 30 million.\n\nEast African Grain Ministers – readout\nArusha, 9 June 2026\n\nGrain ministers of East Africa met in Arusha on 9 June 2026.\n\nThey decided to build a regional grain reserve of 200,000 tonnes.\n\nThey set up a fund of USD 30 million to buy grain after good harvests.\n')
    const readout = result!.readout
    expect(readout.title).toBe('East African Grain Ministers – readout')
    expect(readout.dateline).toMatch(/Arusha/)
    expect(readout.pillars).toHaveLength(2)
    expect(readout.context.join(' ')).toContain('TL;DR')
  })

  it('does so for a French `En bref :` line', async () => {
    const {result} = await structureText('En bref : les ministres ont créé une réserve de céréales.\n\nRéunion des ministres de l\'Agriculture du Sahel\nNiamey, le 9 juin 2026\n\nLes ministres de l\'Agriculture du Sahel se sont réunis à Niamey le 9 juin 2026.\n\nIls ont décidé de créer une réserve régionale de 200 000 tonnes de céréales.\n\nIls ont aussi décidé de créer un fonds de 30 millions de dollars.\n')
    expect(result!.readout.title).toBe('Réunion des ministres de l\'Agriculture du Sahel')
  })
})

describe('a list numbered inside a paragraph, after a colon', () => {
  it('reads each item of `Decisions: (1) …; (2) …; (3) …` as a point', async () => {
    const {result, messages} = await structureText('Readout of the Alpine Snow Council\nBolzano, 3 February 2026\n\nThe Alpine Snow Council met in Bolzano on 3 February 2026. Decisions: (1) avalanche bulletins will be issued in four languages; (2) members will share snow-depth data every hour; and (3) a fund of EUR 5 million will pay for new weather stations.\n')
    expect(messages.join('\n')).not.toMatch(/without pillars/)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'avalanche bulletins will be issued in four languages',
      'members will share snow-depth data every hour',
      'a fund of EUR 5 million will pay for new weather stations.',
    ])
  })

  it('reads a French paragraph with `: 1) … ; 2) … ; 3) …` rather than refusing it', async () => {
    const {result, messages} = await structureText('Atelier régional sur le maraîchage\nThiès, le 5 mai 2026\n\nLes participants, réunis à Thiès le 5 mai 2026, ont retenu les recommandations suivantes : 1) former 500 maraîchers au goutte-à-goutte ; 2) construire dix chambres froides ; 3) publier les prix des légumes chaque semaine.\n')
    expect(messages.join('\n')).not.toMatch(/without pillars/)
    expect(result!.readout.pillars).toHaveLength(3)
  })

  it('needs three items: `(1) … and (2) …` stays one paragraph', async () => {
    const {result} = await structureText('Readout of the Alpine Snow Council\nBolzano, 3 February 2026\n\nThe Alpine Snow Council met in Bolzano on 3 February 2026.\n\nMinisters agreed two things: (1) avalanche bulletins will be issued in four languages; (2) members will share snow-depth data every hour.\n')
    expect(result!.readout.pillars).toHaveLength(1)
  })
})

describe('a box of key figures', () => {
  it('reads the lines under `Key facts` as context, not as a point', async () => {
    const {result} = await structureText('Readout of the Lake Ferries Council\nKisumu, 3 March 2026\n\nThe Lake Ferries Council met in Kisumu on 3 March 2026.\n\nMinisters agreed to fit every ferry with life rafts by 2027.\n\nThey also agreed to open two new piers on the southern shore.\n\nKey facts\nFerries on the lake: 140\nPassengers a year: 2.1 million\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed to fit every ferry with life rafts by 2027.', 'They also agreed to open two new piers on the southern shore.'])
  })

  it('reads the bullets under `Les chiffres clés` as context too', async () => {
    const {result} = await structureText('Conférence des ministres des Transports lacustres\nBujumbura, le 3 mars 2026\n\nCe qu\'il faut retenir\n\n- Les ministres ont décidé d\'équiper chaque bateau de radeaux de survie.\n- Deux nouveaux quais seront construits sur la rive sud.\n\nLes chiffres clés\n\n- 140 bateaux sur le lac\n- 2,1 millions de passagers par an\n')
    expect(result!.readout.pillars).toHaveLength(2)
  })
})

describe('an e-mail\'s short sign-off', () => {
  it('sets aside `Best,` and the name under it', async () => {
    const {result} = await structureText('Subject: Readout – Lake Ferries Council\n\nHi all,\n\nThe Lake Ferries Council met in Kisumu on 3 March 2026.\n\nMinisters agreed to fit every ferry with life rafts by 2027.\n\nThey also agreed to open two new piers on the southern shore.\n\nBest,\nAchieng\n')
    const readout = result!.readout
    expect([...readout.context, ...readout.outlook, ...readout.pillars.map((p) => p.body)].join(' ')).not.toMatch(/Best,|Achieng/)
  })

  it('sets aside a French `Merci,` and the name under it', async () => {
    const {result} = await structureText('Objet : Compte rendu – Conseil des transports lacustres\n\nBonjour à tous,\n\nLe Conseil des transports lacustres s\'est réuni à Bujumbura le 3 mars 2026.\n\nLes ministres ont décidé d\'équiper chaque bateau de radeaux de survie.\n\nIls ont aussi décidé de construire deux quais sur la rive sud.\n\nMerci,\nClaudine\n')
    const readout = result!.readout
    expect([...readout.context, ...readout.outlook, ...readout.pillars.map((p) => p.body)].join(' ')).not.toMatch(/Merci,|Claudine/)
  })
})
