import {describe, expect, it} from 'vitest'
import {FRENCH, FRENCH_CALENDAR} from '../structure/french.js'
import {ENGLISH} from '../structure/language.js'
import {pinnedPlace, readDateline, weekdaysIn} from '../structure/recognise-dateline.js'
import {readPlaceAndDate} from '../structure/recognise-header.js'
import {readoutOf} from './helpers.js'

// Place and dates, cause family B of rounds 35 and 36 (branch placedate45). Every sentence here is written for the test.

const when = (found: {dates?: {start: string; end: string}} | undefined) => found?.dates && [found.dates.start, found.dates.end]
const POINTS = '\n\nThe members agreed to replace the boiler of every steam launch on the lake by 2029.\n\nThey will meet again next spring.\n'
const POINTS_FR = "\n\nLes membres ont décidé de remplacer la chaudière de toutes les vedettes à vapeur du lac d'ici 2029.\n\nIls se retrouveront au printemps.\n"

describe('B1: a pair, a range or a list of weekdays counted back from a wire’s or a page’s date gives all its days', () => {
  it('reads the weekdays anywhere in a wire’s sentence, before or after its verb of meeting', async () => {
    // (13 March 2026 is a Friday)
    const english = await readoutOf(`Ferry operators agree on a winter timetable\n\nOSLO, Norway, March 13, 2026 (GLOBE NEWSWIRE) -- Ferry operators agreed on Tuesday and Wednesday a common winter timetable, at a session of the Fjord Ferry Council convened in Bergen.${POINTS}`)
    expect(english.place).toBe('Bergen')
    expect([english.dates?.start, english.dates?.end]).toEqual(['2026-03-10', '2026-03-11'])
    const list = await readoutOf(`Herders agree on grazing rules\n\nTROMSØ, 13 March 2026 – Reindeer herders of the Finnmark Grazing Board met in Kautokeino on Monday, Tuesday and Wednesday to agree on grazing rules.${POINTS}`)
    expect([list.dates?.start, list.dates?.end]).toEqual(['2026-03-09', '2026-03-11'])
    const french = await readoutOf(`Les vanniers s'accordent sur un prix\n\nTOURS, 13 mars 2026 (Agence) – Les vanniers, qui ont adopté jeudi et vendredi un prix commun, se sont réunis à Chinon sous l'égide de la Fédération des osiériculteurs.${POINTS_FR}`)
    expect(french.place).toBe('Chinon')
    expect([french.dates?.start, french.dates?.end]).toEqual(['2026-03-12', '2026-03-13'])
  })
  it('reads the weekdays of a wire’s French lead that opens on its participle, and its town over the wire’s city', () => {
    const french = readDateline('LYON, 13 mars 2026 /PRNewswire/ -- Réunis du mardi au jeudi à Annecy, les membres de la Fédération des sabotiers de Savoie ont adopté une charte.', undefined, FRENCH)
    expect(french?.place).toBe('Annecy')
    expect(when(french)).toEqual(['2026-03-10', '2026-03-12'])
    const pair = readDateline('RENNES, 13 mars 2026 (Agence) – Réunie mercredi et jeudi à Pontivy, la Confédération des meuniers bretons a fixé un prix plancher.', undefined, FRENCH)
    expect(pair?.place).toBe('Pontivy')
    expect(when(pair)).toEqual(['2026-03-11', '2026-03-12'])
  })
  it('reads an English participle lead after a wire’s opening', () => {
    const english = readDateline('NAIROBI, 13 March 2026 – Meeting in Naivasha on Monday and Tuesday, the Lake Basin Boatbuilders’ Council agreed on a common hull standard.', undefined, ENGLISH)
    expect(english?.place).toBe('Naivasha')
    expect(when(english)).toEqual(['2026-03-09', '2026-03-10'])
  })
  it('joins weekdays by `thru`, `&`, `jusqu’au` and in lists', () => {
    expect(weekdaysIn('on Tuesday thru Thursday', undefined)).toEqual([2, 4])
    expect(weekdaysIn('on Monday & Tuesday', undefined)).toEqual([1, 2])
    expect(weekdaysIn('du jeudi au samedi', FRENCH_CALENDAR)).toEqual([4, 6])
    expect(weekdaysIn('lundi, mardi et mercredi', FRENCH_CALENDAR)).toEqual([1, 3])
    expect(weekdaysIn('de lundi jusqu’au mercredi', FRENCH_CALENDAR)).toEqual([1, 3])
  })
  it('counts back the days an earlier sentence of the dateline’s paragraph says the meeting was held on', async () => {
    const english = await readoutOf(`Fenland Eel Summit\nMonday 9 March 2026\n\nThe Mayor reported on the Fenland Eel Summit, which the river boards held last week, on Thursday and Friday. The boards met at the Corn Exchange in Wisbech with fishermen and anglers.${POINTS}`)
    expect([english.dates?.start, english.dates?.end]).toEqual(['2026-03-05', '2026-03-06'])
    const french = await readoutOf(`Congrès des sabotiers\nJeudi 12 mars 2026\n\nLe président a rendu compte du congrès, qui s'est tenu cette semaine, lundi et mardi. Les délégués se sont réunis à Gap avec les artisans du bois.${POINTS_FR}`)
    expect([french.dates?.start, french.dates?.end]).toEqual(['2026-03-09', '2026-03-10'])
  })
})

describe('B2: a meeting set in a time ahead is the next one, never the dateline', () => {
  it('leaves a sentence that puts the meeting next year, in English and French', () => {
    expect(readDateline('Next spring we meet in Oban.', 2026, ENGLISH)).toBeUndefined()
    expect(readDateline('Later this year the members gather in Tain for the harvest fair.', 2026, ENGLISH)).toBeUndefined()
    expect(readDateline("L'an prochain, les adhérents se réuniront à Gap.", 2026, FRENCH)).toBeUndefined()
    expect(readDateline("L'année prochaine, nous nous retrouvons à Gap pour la foire.", 2026, FRENCH)).toBeUndefined()
    // (a meeting held, then one ahead after its verb, stays the dateline)
    expect(readDateline('Brewers met in Leeds on 4 March 2026 and agreed to meet again next year.', undefined, ENGLISH)?.place).toBe('Leeds')
  })
  it('reads the meeting under a summary line that names the next one', async () => {
    const readout = await readoutOf(`Oyster Growers' Guild\n\nIn short: Growers adopted a common spat standard. Next year we meet at Whitstable.\n\nGrowers from six estuaries met in Mersea, Essex, on May 4 thru 6, 2026, for the Guild's annual meeting.${POINTS}`)
    expect(readout.place).toBe('Mersea')
    expect([readout.dates?.start, readout.dates?.end]).toEqual(['2026-05-04', '2026-05-06'])
  })
})

describe('B3: US forms after a city', () => {
  it('drops a state written in dotted capitals, and keeps the capital’s D.C.', () => {
    expect(readDateline('Growers met in Albany, N.Y., on June 3-4, 2026, for the annual fair.', undefined, ENGLISH)?.place).toBe('Albany')
    expect(readDateline('Delegates came together in Bismarck, N.D., September 8 through 10, 2026.', undefined, ENGLISH)).toMatchObject({place: 'Bismarck', dates: {start: '2026-09-08', end: '2026-09-10'}})
    expect(readDateline('Mayors met in Washington, D.C., on June 3, 2026.', undefined, ENGLISH)?.place).toBe('Washington, D.C.')
    expect(readDateline('Vintners met in Napa, Calif., on Oct. 5 thru 7, 2026.', undefined, ENGLISH)).toMatchObject({place: 'Napa', dates: {start: '2026-10-05', end: '2026-10-07'}})
  })
})

describe('B4: a body that sat on its days is the meeting, over an issue date', () => {
  it('reads `sat` with its days and venue, and leaves a seat on a board', async () => {
    expect(readDateline('The Standing Court sat on Monday 9 and Tuesday 10 March 2026 at the Corn Exchange, Ely.', undefined, ENGLISH)).toMatchObject({place: 'Ely', dates: {start: '2026-03-09', end: '2026-03-10'}})
    expect(readDateline('The tribunal sat in Truro on 4 May 2026 to hear the appeals.', undefined, ENGLISH)).toMatchObject({place: 'Truro', dates: {start: '2026-05-04'}})
    expect(readDateline('She sat on the committee in Truro for ten years.', 2026, ENGLISH)).toBeUndefined()
    const readout = await readoutOf(`Guild of Wheelwrights\nRecord of Decisions\nIssued 20 March 2026\n\nThe Spring Court sat on Monday 9 and Tuesday 10 March at the Guildhall, Ely, under the Master.${POINTS}`)
    expect(readout.place).toBe('Ely')
    expect([readout.dates?.start, readout.dates?.end]).toEqual(['2026-03-09', '2026-03-10'])
  })
})

describe('B5: online places and meetings named before a date', () => {
  it('reads a pin on an online platform as Online, an aside in brackets after it', () => {
    expect(pinnedPlace(['📍 Google Meet (link sent by e-mail)'])).toBe('Online')
    expect(pinnedPlace(['📍 Zoom call'])).toBe('Online')
    expect(pinnedPlace(['📍 En visioconférence'])).toBe('Online')
    expect(pinnedPlace(['📍 Appel Teams (lien dans l’invitation)'])).toBe('Online')
    expect(pinnedPlace(['📍 Kendal (Cumbria)'])).toBe('Kendal')
  })
  it('takes no place from a meeting’s name before a date', () => {
    expect(readPlaceAndDate("Trustees' call, 3 March 2026", ENGLISH)).toEqual({dates: expect.objectContaining({start: '2026-03-03'})})
    expect(readPlaceAndDate('Board meeting, 3 March 2026', ENGLISH)?.place).toBeUndefined()
    expect(readPlaceAndDate('Réunion du bureau, 3 mars 2026', FRENCH)?.place).toBeUndefined()
    expect(readPlaceAndDate('Kendal, 3 March 2026', ENGLISH)?.place).toBe('Kendal')
  })
  it('reads a page whose pin says the meeting was a call', async () => {
    const readout = await readoutOf(`Volunteers' meeting, 4 March 2026\n\n📅 Wednesday 4 March 2026, 19:00–20:30\n📍 Google Meet (link in the invite)\n\nThe volunteers met for the first time since the winter.${POINTS}`)
    expect(readout.place).toBe('Online')
    expect(readout.dates?.start).toBe('2026-03-04')
  })
})

describe('B6: a meeting that began or met the day before the text’s date', () => {
  it('reads `hier` / `yesterday` between a lead’s participle and its town, under a wire and under a title block', async () => {
    // (a wire dated 13 March: the meeting was on the 12th)
    expect(when(readDateline("QUIMPER, 13 mars 2026 (Agence) – Réunis hier à Douarnenez, les membres de l'Union des conserveries bretonnes ont adopté un label.", undefined, FRENCH))).toEqual(['2026-03-12', '2026-03-12'])
    expect(readDateline("QUIMPER, 13 mars 2026 (Agence) – Réunis hier à Douarnenez, les membres de l'Union des conserveries bretonnes ont adopté un label.", undefined, FRENCH)?.place).toBe('Douarnenez')
    const english = readDateline('NAIROBI, 13 March 2026 – Meeting yesterday in Naivasha, the Lake Basin Boatbuilders’ Council agreed on a hull standard.', undefined, ENGLISH)
    expect([english?.place, ...(when(english) ?? [])]).toEqual(['Naivasha', '2026-03-12', '2026-03-12'])
    const french = await readoutOf(`Les meuniers adoptent un plan\n\nCompte rendu\nTulle, le 3 novembre 2026\n\nRéunie hier à Brive, la Fédération des meuniers du Limousin a adopté un plan de sauvegarde.${POINTS_FR}`)
    expect([french.place, french.dates?.start, french.dates?.end]).toEqual(['Brive', '2026-11-02', '2026-11-02'])
  })
  it('starts the meeting the day before when its work opened `yesterday`, `the day before`, `la veille`', async () => {
    const speech = await readoutOf(`Closing remarks by the Chair\nCanal Restoration Conference\nBirmingham\nThursday 12 March 2026\n\nColleagues,\n\nWhen we opened this conference yesterday afternoon, I asked you for a plan for the derelict locks. You have given me one.${POINTS}`)
    expect([speech.dates?.start, speech.dates?.end]).toEqual(['2026-03-11', '2026-03-12'])
    const french = await readoutOf(`Forum des bateliers\n12 mars 2026\n\nLe Forum des bateliers de la Saône a achevé aujourd'hui, à Chalon-sur-Saône, sa session annuelle, ouverte la veille, en adoptant une charte.${POINTS_FR}`)
    expect([french.dates?.start, french.dates?.end]).toEqual(['2026-03-11', '2026-03-12'])
    const before = await readoutOf(`Lock Keepers' Forum\n12 March 2026\n\nThe Lock Keepers' Forum closed its annual session in Stoke today; the session, which opened the day before, adopted a charter.${POINTS}`)
    expect([before.dates?.start, before.dates?.end]).toEqual(['2026-03-11', '2026-03-12'])
  })
})
