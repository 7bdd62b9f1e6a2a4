import {describe, expect, it} from 'vitest'
import {readoutOf} from './helpers.js'
import {AGENDA_ITEM, OUTLOOK_HEADINGS, CONTEXT_HEADINGS, MEETING_ENTRY, PROCEDURE_LINE, SITTING_HEADINGS, SITTING_HELD} from '../structure/english.js'
import {FRENCH_AGENDA_ITEM, FRENCH_CONTEXT_HEADINGS, FRENCH_MEETING_ENTRY, FRENCH_OUTLOOK_HEADINGS, FRENCH_PROCEDURE_LINE, FRENCH_SITTING_HEADINGS, FRENCH_SITTING_HELD} from '../structure/french.js'

// Minutes and registers (branch procedural, cause family A): items of procedure are not points. The texts below were written for these tests.

describe('items of procedure in minutes', () => {
  it('reads joined procedural headings, the previous minutes and the next call as no points (English)', async () => {
    const readout = await readoutOf(`Record of the Third Call of the Coastal Footpaths Working Group
Held by videoconference, Monday 7 September 2026

Item 1 | Welcome, apologies and declarations of interest

The Chair welcomed members. No interests were declared.

Item 2 | Approval of the record of the second call

The record of the second call was approved as circulated.

Item 3 | Erosion at cliff paths

The Group agreed to close the three most eroded cliff sections from November and to mark diversions inland.

Item 4 | Signage

The Group agreed that every footpath junction will carry a waymark with the distance to the next village.

Item 5 | Other matters

None were raised.

Item 6 | Date and venue of next call

The Group will hold its fourth call on Monday 7 December 2026.
`)
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Erosion at cliff paths', 'Signage'])
    expect(readout.outlook).toEqual(['The Group will hold its fourth call on Monday 7 December 2026.'])
  })

  it('reads a register of deliberations: the object after `Objet :` titles the point, tallies and the certification are furniture (French)', async () => {
    const readout = await readoutOf(`SYNDICAT DES EAUX DU VAL DE LOIRE
Registre des délibérations du comité syndical
Séance du jeudi 5 mars 2026 à Saumur

Délibération n° 2026-03 – Objet : Adoption du procès-verbal de la séance du 4 décembre 2025
Le comité adopte le procès-verbal sans observation.
Votants : 22 – Pour : 22 – Contre : 0 – Abstention : 0

Délibération n° 2026-04 – Objet : Renouvellement des compteurs
Le comité décide de remplacer 9 000 compteurs d'eau par des compteurs à relève à distance d'ici 2028.
Votants : 22 – Pour : 19 – Contre : 2 – Abstention : 1

Délibération n° 2026-05 – Objet : Tarif social de l'eau
Le comité crée un tarif social réservé aux foyers les plus modestes à partir du 1er juillet 2026.
Adoptée à l'unanimité.

Délibération n° 2026-06 – Objet : Date et lieu de la prochaine séance
Le comité se réunira de nouveau le jeudi 11 juin 2026 à Angers.

Pour extrait conforme,
Le président
`)
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Renouvellement des compteurs', 'Tarif social de l\'eau'])
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Le comité décide de remplacer 9 000 compteurs d\'eau par des compteurs à relève à distance d\'ici 2028.',
      'Le comité crée un tarif social réservé aux foyers les plus modestes à partir du 1er juillet 2026.',
    ])
    expect(readout.outlook).toEqual(['Le comité se réunira de nouveau le jeudi 11 juin 2026 à Angers.'])
    expect(readout.figures.map((figure) => figure.value)).not.toContain('22')
  })

  it('reads numbered headings of minutes, one as long as `Minutes of the meeting held on …`, and keeps a vote off the point', async () => {
    const readout = await readoutOf(`Riverside Rowing Club
Minutes of the Committee Meeting
Held at the Boathouse, Henley, on Tuesday 3 March 2026

1. Apologies
Apologies were received from the Treasurer.

2. Minutes of the meeting held on 2 February 2026
The minutes were approved as a true record.

3. Boat repairs
Resolved: to repair the two damaged eights before the spring regatta.
Proposed: K. Adeyemi; seconded: L. Brandt. Carried unanimously.

4. Junior squad
Resolved: to open a junior squad for rowers aged twelve to fifteen from April.
Vote: 7 in favour, 1 against, 2 abstentions.

5. AOB
Nothing was raised.
`)
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Boat repairs', 'Junior squad'])
    expect(readout.pillars.map((pillar) => pillar.body)).toEqual([
      'Resolved: to repair the two damaged eights before the spring regatta.',
      'Resolved: to open a junior squad for rowers aged twelve to fifteen from April.',
    ])
    expect(readout.figures.map((figure) => figure.value)).not.toContain('7')
  })

  it('reads history, glossary and upcoming meetings sections as context and outlook', async () => {
    const readout = await readoutOf(`Summary of the Fifth Meeting of the Baltic Seal Forum: 8–9 October 2026

The fifth meeting of the Baltic Seal Forum took place in Tallinn, Estonia, on 8 and 9 October 2026.

A SHORT HISTORY OF THE FORUM

The Forum was founded in 2011 by fishers and scientists after grey seal numbers began to recover.

Fishing gear

Final outcome: The Forum agreed to test seal-proof pontoon traps in ten fisheries from 2027.

Seal counts

Final outcome: The Forum agreed to count seals by drone in every country on the same spring weekend.

FORTHCOMING MEETINGS

Sixth meeting of the Baltic Seal Forum: dates: October 2028 location: Gdańsk, Poland

ACRONYMS AND ABBREVIATIONS

BSF Baltic Seal Forum
`)
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Fishing gear', 'Seal counts'])
    expect(readout.outlook).toEqual(['Sixth meeting of the Baltic Seal Forum: dates: October 2028 location: Gdańsk, Poland'])
  })

  it('reads the paragraph that records the sitting duly held as context (French and English)', async () => {
    const french = await readoutOf(`Association des jardins familiaux de Rennes
Compte rendu du bureau
Réunion du mardi 12 mai 2026 à Rennes

Le bureau, dûment convoqué, s'est réuni sous la présidence de M. Yann Le Gall ; le quorum étant atteint, il a pu délibérer.

Le bureau décide d'ouvrir quinze nouvelles parcelles au jardin des Gayeulles.

Le bureau décide de louer un broyeur pour les déchets verts des adhérents.
`)
    expect(french.pillars.map((pillar) => pillar.body)).toEqual([
      'Le bureau décide d\'ouvrir quinze nouvelles parcelles au jardin des Gayeulles.',
      'Le bureau décide de louer un broyeur pour les déchets verts des adhérents.',
    ])
    const english = await readoutOf(`Minutes of the Board of the Northfield Food Bank
Northfield, 14 May 2026

A quorum being present, the Chair opened the meeting at 6 pm.

The Board agreed to open a second distribution point in the east of the town.

The Board agreed to buy a refrigerated van for fresh produce.
`)
    expect(english.pillars.map((pillar) => pillar.body)).toEqual([
      'The Board agreed to open a second distribution point in the east of the town.',
      'The Board agreed to buy a refrigerated van for fresh produce.',
    ])
  })
})

describe('the word lists of procedure', () => {
  it('knows joined sitting headings, but not a bare `Opening` nor the title `Minutes of the Sixth Meeting`', () => {
    for (const heading of ['Opening and adoption of the agenda', 'Welcome, apologies and declarations of interest', 'Approval of the minutes of the previous meeting', 'Minutes of the meeting held on 2 February 2026', 'Adoption of the report of the fourth session', 'Matters arising']) expect(SITTING_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['Opening', 'Minutes of the Sixth Ordinary Meeting', 'Report of the meeting', 'Welcome']) expect(SITTING_HEADINGS.test(heading), heading).toBe(false)
    for (const heading of ['Ouverture de la séance et approbation de l\'ordre du jour', 'Approbation du procès-verbal de la séance du 9 décembre 2025', 'Adoption du compte rendu de la réunion précédente', 'Désignation du secrétaire de séance', 'Mot d\'accueil et appel nominal']) expect(FRENCH_SITTING_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['Ouverture', 'Compte rendu du conseil d\'administration', 'Compte rendu de la séance du 12 mars 2026']) expect(FRENCH_SITTING_HEADINGS.test(heading), heading).toBe(false)
  })

  it('drops item numbers set off by a bar or a slash, `n°` and a labelled object', () => {
    const title = (pattern: RegExp, line: string) => {
      const found = pattern.exec(line)
      return found ? line.slice(found[0].length) : undefined
    }
    expect(title(AGENDA_ITEM, 'Item 4 | Funding')).toBe('Funding')
    expect(title(AGENDA_ITEM, 'Agenda item 2 / Harbour dues')).toBe('Harbour dues')
    expect(title(AGENDA_ITEM, 'Motion 2026-07 – Subject: Night buses')).toBe('Night buses')
    expect(title(AGENDA_ITEM, 'Item no. 3: Grants')).toBe('Grants')
    expect(title(FRENCH_AGENDA_ITEM, 'Délibération n° 2026-14 – Objet : Irrigation des vergers')).toBe('Irrigation des vergers')
    expect(title(FRENCH_AGENDA_ITEM, 'Point n° 2 : Travaux de voirie')).toBe('Travaux de voirie')
    expect(title(FRENCH_AGENDA_ITEM, 'Point 5 | Budget annexe')).toBe('Budget annexe')
  })

  it('knows history, glossary, other business and the next meeting in both languages', () => {
    for (const heading of ['A brief history of the Forum', 'Historical background', 'Glossary', 'List of acronyms', 'Acronyms and abbreviations', 'Any other matters', 'A.O.B.', 'Miscellaneous', 'Situation update']) expect(CONTEXT_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['Historique du comité', 'Bref historique', 'Glossaire', 'Sigles et acronymes', 'Points divers', 'Affaires diverses', 'Point de situation']) expect(FRENCH_CONTEXT_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['Date of next call', 'Date, time and venue of the next meeting', 'Place and date of the next session', 'Upcoming meetings', 'Forthcoming events', 'DONM']) expect(OUTLOOK_HEADINGS.test(heading), heading).toBe(true)
    for (const heading of ['Prochaine séance', 'Lieu et date de la prochaine réunion', 'Date de la prochaine séance', 'Prochaines réunions', 'Réunions à venir']) expect(FRENCH_OUTLOOK_HEADINGS.test(heading), heading).toBe(true)
  })

  it('knows tallies and certifications, but not a motion that decides', () => {
    for (const line of ['Vote: 12 in favour, 1 against, 2 abstentions', 'For: 9 – Against: 2 – Abstentions: 0', 'Carried unanimously.', 'The motion was carried by 7 votes to 2.', 'Adopted without a vote.', 'Proposed: K. Adeyemi; seconded: L. Brandt. Carried unanimously.', 'Certified true copy', 'Signed as a correct record: ........ (Chair)']) expect(PROCEDURE_LINE.test(line), line).toBe(true)
    for (const line of ['MOVED by Councillor Diaz, seconded by Councillor Holt, THAT the Committee fund two new crossings. MOTION CARRIED.', 'The Board carried out a review of its reserves.', 'Adopted measures include a new levy.']) expect(PROCEDURE_LINE.test(line), line).toBe(false)
    for (const line of ['Votants : 18 – Pour : 17 – Contre : 0 – Abstention : 1', 'Vote : 6 pour, 0 contre, 0 abstention.', 'Adoptée à l\'unanimité.', 'Adopté par 5 voix pour et 1 abstention.', 'À l\'unanimité des membres présents.', 'Certifié conforme au registre.', 'Pour extrait conforme,']) expect(FRENCH_PROCEDURE_LINE.test(line), line).toBe(true)
    for (const line of ['Le conseil adopte le budget à l\'unanimité et charge le bureau de le publier.', 'Pour les producteurs, la récolte a été faible.']) expect(FRENCH_PROCEDURE_LINE.test(line), line).toBe(false)
    expect(SITTING_HELD.test('The Council, duly convened, met at the Town Hall.')).toBe(true)
    expect(FRENCH_SITTING_HELD.test('Le conseil municipal, légalement convoqué, s\'est réuni en mairie.')).toBe(true)
  })

  it('knows a count under its label in any unit, the result after it, as a tally (records51)', () => {
    for (const line of ['Votes for: 1,204 shares. Votes against: 96 shares. The resolution was passed.', 'In favour: 41 members; against: 3.', 'Against: 12 votes', 'For: 268   Against: 31   Withheld: 10']) expect(PROCEDURE_LINE.test(line), line).toBe(true)
    for (const line of ['For: the lake trail, the club will buy two boats.', 'Against: the wishes of the neighbours, the hall was sold.']) expect(PROCEDURE_LINE.test(line), line).toBe(false)
    for (const line of ['Voix pour : 5 230 millièmes ; voix contre : 410 millièmes. Délibération adoptée.', 'Contre : 1 307 tantièmes', 'Pour : 38 voix, contre : 2 voix.']) expect(FRENCH_PROCEDURE_LINE.test(line), line).toBe(true)
    for (const line of ['Pour : 3 raisons le conseil a reporté le vote.', 'Contre : la hausse des loyers, les locataires se sont mobilisés.']) expect(FRENCH_PROCEDURE_LINE.test(line), line).toBe(false)
  })

  it('reads a resolution\'s body to its vote line, the tally in its own unit (records51)', async () => {
    const english = await readoutOf(`Harbourside Mooring Holders' Association
Minutes of the Annual General Meeting, Saturday 6 June 2026, at the Harbour Office, Whitby

Resolution 1 – Annual accounts
The meeting approved the accounts for 2025, which show a surplus of £12,400.
Votes for: 1,204 shares. Votes against: 96 shares. The resolution was passed.

Resolution 2 – Mooring fees
The meeting agreed to raise the yearly mooring fee from £310 to £340 from 1 January 2027.
In favour: 41 members; against: 3. Carried.
`)
    expect(english.pillars.map((pillar) => pillar.body)).toEqual(['The meeting approved the accounts for 2025, which show a surplus of £12,400.', 'The meeting agreed to raise the yearly mooring fee from £310 to £340 from 1 January 2027.'])
    const french = await readoutOf(`Association syndicale libre du lotissement Les Vignes
Procès-verbal de l'assemblée générale du samedi 13 juin 2026 à Mâcon

Délibération n° 1 – Réfection de la voirie
L'assemblée décide de refaire l'enrobé des allées du lotissement pour un montant de 54 000 euros.
Voix pour : 5 230 millièmes ; voix contre : 410 millièmes. Délibération adoptée.

Délibération n° 2 – Éclairage des allées
L'assemblée décide de remplacer les 30 lampadaires par des lampes à basse consommation.
Pour : 38 voix, contre : 2 voix. Adoptée.
`)
    expect(french.pillars.map((pillar) => pillar.body)).toEqual(['L\'assemblée décide de refaire l\'enrobé des allées du lotissement pour un montant de 54 000 euros.', 'L\'assemblée décide de remplacer les 30 lampadaires par des lampes à basse consommation.'])
  })

  it('knows an entry of a list of meetings ahead by its date and place fields', () => {
    for (const line of ['Sixth meeting of the Forum: dates: October 2028 location: Gdańsk, Poland', 'Technical committee — Date: 3 March 2027 — Venue: Nairobi', 'Field visit. Dates: 4–6 May 2027. Place: Oulu']) expect(MEETING_ENTRY.test(line), line).toBe(true)
    expect(MEETING_ENTRY.test('The Forum agreed to meet again in 2028.')).toBe(false)
    for (const line of ['Comité technique : dates : mars 2027 lieu : Dakar', 'Atelier régional. Date : 12 mai 2027. Lieu : Lomé']) expect(FRENCH_MEETING_ENTRY.test(line), line).toBe(true)
  })
})
