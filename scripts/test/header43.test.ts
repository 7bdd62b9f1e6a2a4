import {describe, expect, it} from 'vitest'
import {readingFor} from '../structure/language.js'
import {bodyInLead, withoutSittingDate} from '../structure/mend-organisation.js'
import {isSiteFurniture, timeStampDate} from '../structure/site-furniture.js'
import {structureText} from './helpers.js'

// Header lines, title, kind and organisation in the variants of cause family A (branch header43, from rounds 31 and 32). Every
// sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout
const EN = readingFor('en')
const FR = readingFor('fr')
const heads = (text: string) => /\b(?:Federation|Association|Union|Fédération|Club)\b/u.test(text)

const BODY = '\n\nWardens of the Lakeland Footpath Trust met in Keswick on 12 March 2026 to plan the spring repairs. They agreed to rebuild four stiles and to mend the fell path above the tarn.\n\nThey will meet again in June.\n'
const CORPS = "\n\nRéunis à Annecy le 12 mars 2026, les gardes du Syndicat des sentiers des Aravis ont préparé les travaux de printemps. Ils ont décidé de refaire quatre passerelles et de baliser le sentier du col.\n\nIls se retrouveront en juin.\n"

describe('A1: furniture header43 widened', () => {
  it('reads a body\'s head noun alone among four links or more as a link, in either language', () => {
    expect(isSiteFurniture('Home   Federation   Races   Lofts   Contact', heads)).toBe(true)
    expect(isSiteFurniture('Home | Association | Projects | News | Donate', heads)).toBe(true)
    expect(isSiteFurniture('Accueil · Fédération · Compétitions · Clubs · Contact', heads)).toBe(true)
    // (a body named in full, or among fewer links, is still a title block's line)
    expect(isSiteFurniture('Press Release | Northern Pigeon Federation', heads)).toBe(false)
    expect(isSiteFurniture('Union | Statement', heads)).toBe(false)
  })
  it('reads a release\'s or an issue\'s stamp, with its date in figures too', () => {
    expect(timeStampDate('Released 14/09/2026 10:20 BST', EN)?.dates.start.slice(0, 4)).toBe('2026')
    expect(timeStampDate('Issued 3 May 2026, 08:15 CET · Reading time 3 min', EN)?.dates.start).toBe('2026-05-03')
    expect(timeStampDate('Diffusé le 12/10/2026 à 9 h 30', FR)?.dates.start.slice(0, 4)).toBe('2026')
    expect(timeStampDate('Released 14 new guidelines', EN)).toBeUndefined()
  })
  it('never takes a file number with its section in brackets, nor an office in brackets, as the title', async () => {
    expect((await read(`F. No. 7-11/2026-HW (Admin.)\n\nLakeland Footpath Trust – spring repairs${BODY}`)).title).toBe('Lakeland Footpath Trust – spring repairs')
    expect((await read(`Ref. No. LFT/2026/03 (Gen.)\n\nLakeland Footpath Trust – spring repairs${BODY}`)).title).toBe('Lakeland Footpath Trust – spring repairs')
    expect((await read(`N° 0331/SSA/SG/2026\n\nSyndicat des sentiers des Aravis – travaux de printemps${CORPS}`)).title).toBe('Syndicat des sentiers des Aravis – travaux de printemps')
  })
  it('keeps words joined by a hyphen in capitals as a kind, not a code', async () => {
    expect((await read(`Syndicat des sentiers des Aravis\nPROCÈS-VERBAL${CORPS}`)).kind).toBe('readout')
  })
  it('sets aside a marking with its instruction after a dash', async () => {
    expect((await read(`RESTRICTED – DO NOT FORWARD OUTSIDE THE TRUST\n\nSpring repairs agreed${BODY}`)).title).toBe('Spring repairs agreed')
    expect((await read(`Confidential - not for circulation to the press\n\nSpring repairs agreed${BODY}`)).title).toBe('Spring repairs agreed')
    expect((await read(`DOCUMENT INTERNE – MERCI DE NE PAS DIFFUSER\n\nTravaux de printemps décidés${CORPS}`)).title).toBe('Travaux de printemps décidés')
  })
  it('drops a running head cut by dots or bars that the pages repeat', async () => {
    const text = `Lakeland Footpath Trust · Wardens' Notes · March 2026\n\nSpring repairs agreed${BODY}\nLakeland Footpath Trust · Wardens' Notes · March 2026\n\nThe wardens also thanked the volunteers who cleared the beck after the storm.\n`
    expect((await read(text)).title).toBe('Spring repairs agreed')
    const texte = `Syndicat des sentiers | Notes des gardes | mars 2026\n\nTravaux de printemps décidés${CORPS}\nSyndicat des sentiers | Notes des gardes | mars 2026\n\nLes gardes ont aussi remercié les bénévoles qui ont dégagé le torrent après l'orage.\n`
    expect((await read(texte)).title).toBe('Travaux de printemps décidés')
  })
})

describe('A2, A3: title blocks and kinds', () => {
  it('titles a memorandum by the record its subject forwards, and gives that record\'s kind', async () => {
    const memo = (kind: string, subject: string) => `${kind}\n\nSubject: ${subject}\n\nThe undersigned is directed to forward the record of the meeting for information.${BODY}`
    const minutes = await read(memo('OFFICE MEMORANDUM', 'Minutes of the 4th meeting of the Lakeland Footpath Committee held on 12th March, 2026 at Keswick – reg.'))
    expect(minutes.title).toBe('Minutes of the 4th meeting of the Lakeland Footpath Committee held on 12th March, 2026 at Keswick')
    expect(minutes.kind).toBe('readout')
    expect((await read(memo('Memorandum', 'Summary record of the spring meeting of the Footpath Trust – regarding')))
      .title).toBe('Summary record of the spring meeting of the Footpath Trust')
  })
  it('reads what a sitting decided as a readout, in both languages', () => {
    const kindOf = (line: string, reading = EN) => reading.documentKinds.find(([pattern]) => pattern.test(line))?.[1]
    expect(kindOf('Footpath Trust Board: decisions of the autumn session')).toBe('readout')
    expect(kindOf('Resolutions of the Annual General Meeting')).toBe('readout')
    expect(kindOf('Outcome of the Conference of Footpath Wardens')).not.toBe('readout')
    expect(kindOf('Syndicat des sentiers : les décisions de la session de printemps', FR)).toBe('readout')
    expect(kindOf("Résolutions de l'assemblée générale annuelle", FR)).toBe('readout')
  })
  it('joins a record\'s own name to the numbered meeting under it', async () => {
    expect((await read(`SUMMARY OF CONCLUSIONS\nSecond Annual Forum of Path Wardens\nKeswick${BODY}`)).title).toBe('Summary of Conclusions: Second Annual Forum of Path Wardens')
    expect((await read(`Lakeland Footpath Trust\nSUMMARY OF DECISIONS\nFifth Annual Congress\nKeswick${BODY}`)).title).toBe('Summary of Decisions: Fifth Annual Congress')
    expect((await read(`RELEVÉ DE CONCLUSIONS\nTroisième congrès des gardes\nAnnecy${CORPS}`)).title).toBe('Relevé de conclusions du troisième congrès des gardes')
  })
})

describe('A4: organisation', () => {
  it('drops a sitting\'s date around the body\'s name', () => {
    expect(withoutSittingDate('Conseil syndical du mardi 3 mars 2026', FR)).toBe('Conseil syndical')
    expect(withoutSittingDate('2026-03-12 Lakeland Footpath Committee', EN)).toBe('Lakeland Footpath Committee')
    expect(withoutSittingDate('Footpath Trust Board, 12 March 2026', EN)).toBe('Footpath Trust Board')
    expect(withoutSittingDate('Lakeland Footpath Trust', EN)).toBe('Lakeland Footpath Trust')
  })
  it('reads the body a French lead names before a relative clause of meeting', () => {
    expect(bodyInLead("Le Syndicat des sentiers des Aravis (SSA), qui tenait samedi son assemblée générale à Thônes, a décidé de baliser le col.", FR)).toBe('Syndicat des sentiers des Aravis (SSA)'.replace(' (SSA)', ''))
    expect(bodyInLead("La Fédération des gardes de montagne, qui réunissait ses adhérents le 3 mars à Annecy, a adopté son budget.", FR)).toBe('Fédération des gardes de montagne')
    expect(bodyInLead("L'Union des refuges alpins, qui a tenu son congrès à Chamonix, a voté trois motions.", FR)).toBe('Union des refuges alpins')
  })
  it('takes the body a letterhead names over a head noun alone, and the body an organ is of', async () => {
    expect((await read(`Lakeland Footpath Trust\nRECORD OF DECISIONS\n\nThe Board met in Keswick on 12 March 2026 to plan the spring repairs. It agreed to rebuild four stiles.\n\nIt will meet again in June.\n`)).organisation).toBe('Lakeland Footpath Trust')
    const organ = await read("Conseil syndical du 3 mars 2026 : ce qu'il faut retenir\n\nRéunis mardi soir à Thônes, les 20 élus du conseil syndical du Syndicat des sentiers des Aravis ont décidé de refaire quatre passerelles. Ils ont aussi voté le budget.\n\nIls se retrouveront en juin.\n")
    expect(organ.organisation).toBe('Syndicat des sentiers des Aravis')
  })
})

describe('A1, A4: decks, posts, letterheads and leads (header43, second pass)', () => {
  it('sets aside a deck\'s slide marker over its first slide', async () => {
    for (const marker of ['Slide 1', 'SLIDE 1 of 8', 'Diapositive 1 / 10']) {
      expect((await read(`${marker}\nLakeland Footpath Trust\nSpring Wardens' Meeting – Outcomes\nKeswick · 12 March 2026${BODY}`)).title).toBe("Spring Wardens' Meeting – Outcomes")
    }
  })
  it('never takes a post\'s author or the author\'s headline for the title', async () => {
    const post = (name: string, headline: string, meta: string) => `${name}\n${headline}\n${meta}\n\nBack from Keswick, where the Lakeland Footpath Trust held its spring meeting on 12 March 2026. We agreed to rebuild four stiles and to mend the fell path above the tarn.\n\nWe will meet again in June.\n`
    expect((await read(post('Ellen Mossop', 'Head Warden at Lakeland Footpath Trust | Fell paths | Volunteering', '1,204 followers'))).title).not.toMatch(/Ellen|Warden at/u)
    expect((await read(post('Tom Birkett', 'Volunteer coordinator at Lakeland Footpath Trust | Fell paths', '812 followers'))).title).not.toMatch(/Tom|Volunteer/u)
    expect((await read(post('Ellen Mossop', 'Head Warden at Lakeland Footpath Trust | Fell paths | Volunteering', '1,204 followers'))).organisation).toBe('Lakeland Footpath Trust')
  })
  it('reads an issuer\'s line that goes on on the next line as the issuer\'s', async () => {
    expect((await read(`AMBASSADE DE FRANCE\nAU PORTUGAL\n\nNOTE VERBALE${CORPS}`)).title).toBe('Note verbale')
    expect((await read(`EMBASSY OF THE REPUBLIC OF ICELAND\nTO THE KINGDOM OF NORWAY\n\nSpring repairs agreed${BODY}`)).title).toBe('Spring repairs agreed')
    expect((await read(`Consulat général de Suisse\nà Lyon\n\nTravaux de printemps décidés${CORPS}`)).title).toBe('Travaux de printemps décidés')
  })
  it('reads the body a lead says held its own meeting, or whose session was held', () => {
    expect(bodyInLead('Back from Keswick, where the Lakeland Footpath Trust held its spring meeting on Saturday.', EN)).toBe('Lakeland Footpath Trust')
    expect(bodyInLead('Last week the Cumbrian Wardens Guild convened its annual general assembly in Penrith.', EN)).toBe('Cumbrian Wardens Guild')
    expect(bodyInLead('In March the Fell Path Council hosted their first plenary in Ambleside.', EN)).toBe('Fell Path Council')
    expect(bodyInLead("Voici les conclusions de la troisième session de la Commission mixte des sentiers des Aravis, tenue à Thônes les 2 et 3 mars.", FR)).toBe('Commission mixte des sentiers des Aravis')
  })
})

