import {describe, expect, it} from 'vitest'
import {withoutOrgan} from '../structure/mend-organisation.js'
import {isBreadcrumb, isIssueLine, isSiteFurniture} from '../structure/site-furniture.js'
import {structureText} from './helpers.js'

// Header lines, title, kind and organisation in the variants of cause family A (branch header44, from rounds 33 and 34). Every
// sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout
const heads = (text: string) => /\b(?:Guild|Society|Association|Committee|Council|Guilde|Société|Comité)\b/u.test(text)

const BODY = '\n\nThe wardens of the Fenland Sluice Keepers\' Society met in Ely on 14 April 2026 to plan the summer works. They agreed to reline two sluice gates and to clear the lode below the pumping station.\n\nThey will meet again in July.\n'
const CORPS = "\n\nRéunis à Niort le 14 avril 2026, les éclusiers de la Société des gardes du Marais poitevin ont préparé les travaux d'été. Ils ont décidé de refaire deux vannes et de curer la conche du moulin.\n\nIls se retrouveront en juillet.\n"

describe('A1: breadcrumbs, bars and issue lines are furniture', () => {
  it('reads a breadcrumb of any step length as furniture, whatever its separator and the body a step names', () => {
    expect(isBreadcrumb('Workspace / Boards / Fenland Sluice Keepers\' Society / Minutes')).toBe(true)
    expect(isBreadcrumb('Home » Our work » Sluices and locks')).toBe(true)
    expect(isBreadcrumb('Accueil › Vie de la société')).toBe(true)
    expect(isBreadcrumb('Accueil > Nos actions > Gestion des vannes')).toBe(true)
    expect(isSiteFurniture('Workspace / Boards / Fenland Sluice Keepers\' Society / Minutes', heads)).toBe(true)
    // (two parts around a slash are a title block in two languages; a step with a figure or a sentence is no breadcrumb)
    expect(isBreadcrumb('Communiqué conjoint / Joint Communiqué')).toBe(false)
    expect(isBreadcrumb('Home / Ministers met on 4 May / Outcomes')).toBe(false)
  })
  it('reads a bar of links with a small-prefixed label or an `About the …` link as furniture', () => {
    expect(isSiteFurniture('Home   Sluices   eNews   Locks   Contact', heads)).toBe(true)
    expect(isSiteFurniture('Home · About the Society · Events · e-Edition · Contact', heads)).toBe(true)
    expect(isSiteFurniture('Accueil | À propos de la Société | Agenda | Contact', heads)).toBe(true)
  })
  it('reads an issue line in its variants, English and French, as furniture', () => {
    for (const line of ['Vol. 7, No. 3 · Summer 2026', 'No. 41 – June 2026', 'Issue 9 · Final', 'Number 88 – 2nd Session – 12th Parliament', 'Volume 12, Number 4', 'n° 112 — juin 2026 — Publiée le lundi 15 juin 2026', 'Numéro 6 · Été 2026', 'Édition du lundi 15 juin 2026', 'Special edition']) {
      expect(isIssueLine(line), line).toBe(true)
    }
    // (a number before a kind, or a sentence, is a title's line)
    expect(isIssueLine('No. 12 – Press release')).toBe(false)
    expect(isIssueLine('N° 4 – Communiqué de presse')).toBe(false)
    expect(isIssueLine('Number 3 of the members agreed to the plan.')).toBe(false)
  })
  it('takes the headline under a masthead and its issue line as the title', async () => {
    expect((await read(`THE SLUICE GATE\nVol. 7, No. 3 · Summer 2026\n\nKeepers agree to reline two gates before the autumn floods${BODY}`)).title).toBe('Keepers agree to reline two gates before the autumn floods')
    expect((await read(`LE PETIT ÉCLUSIER\nn° 112 — juin 2026\n\nLes éclusiers refont deux vannes avant les crues${CORPS}`)).title).toBe('Les éclusiers refont deux vannes avant les crues')
    expect((await read(`Home » Our work » Sluices and locks\n\nKeepers agree to reline two gates before the autumn floods${BODY}`)).title).toBe('Keepers agree to reline two gates before the autumn floods')
  })
  it('sets aside a slide export\'s comment as a slide marker', async () => {
    expect((await read(`<!-- Slide number: 1 -->\nFenland Sluice Keepers' Society\nSummer works meeting — Outcomes${BODY}`)).title).toBe('Summer works meeting — Outcomes')
  })
})

describe('A1/A3: a legislature\'s record header', () => {
  const STATEMENT = "\n\nHon. Ms. Abara: I rise to report on the meeting of the Fenland Sluice Keepers' Council, held in Ely on April 14. The Council agreed to reline two sluice gates and to clear the lode below the pumping station.\n\nThe Council will meet again in July.\n"
  it('reads the record header and the statements section as furniture, and the text as a statement', async () => {
    for (const [record, section] of [['HANSARD', 'Ministerial statements'], ['Official Report of Debates (Hansard)', 'STATEMENTS BY MINISTERS'], ['Official Report', "Minister's statement"]]) {
      const readout = await read(`Legislative Assembly of the Fens\n${record}\nTuesday, April 21, 2026\n\n${section}\n\nSluice gate works${STATEMENT}`)
      expect(readout.title, record).toBe('Sluice gate works')
      expect(readout.kind, record).toBe('statement')
    }
  })
  it('reads a French record header and its government statements alike', async () => {
    const readout = await read(`Assemblée de la Province des Marais\nCompte rendu intégral\nSéance du mardi 21 avril 2026\n\nDéclarations ministérielles\n\nTravaux des écluses${CORPS}`)
    expect(readout.title).toBe('Travaux des écluses')
    expect(readout.kind).toBe('statement')
    expect((await read(`Assemblée de la Province des Marais\nJournal des débats\n\nDéclaration du gouvernement\n\nTravaux des écluses${CORPS}`)).kind).toBe('statement')
  })
})

describe('A2: a meeting\'s name over a kind alone is the title', () => {
  it('takes the meeting\'s line, not the bare kind, in English and French', async () => {
    expect((await read(`MEETING OF FENLAND SLUICE KEEPERS\nCOMMUNIQUE\nEly, Tuesday 14 April 2026${BODY}`)).title).toBe('Meeting of Fenland Sluice Keepers')
    expect((await read(`Annual meeting of the sluice keepers\nJoint Communiqué${BODY}`)).title).toBe('Annual meeting of the sluice keepers')
    expect((await read(`Réunion des gardes du Marais poitevin\nCommuniqué${CORPS}`)).title).toBe('Réunion des gardes du Marais poitevin')
  })
  it('reads a body\'s own head before a meeting\'s word as its meeting, under its letterhead', async () => {
    expect((await read(`Fenland Sluice Keepers' Society\nSpring Society Meeting — Decisions\nEly, 14 April 2026${BODY}`)).title).toBe('Spring Society Meeting — Decisions')
    expect((await read(`Fenland Sluice Keepers' Council\nSummer Council Session: outcomes\nEly, 14 April 2026${BODY}`)).title).toBe('Summer Council Session: outcomes')
    expect((await read(`Fenland Sluice Keepers' Committee\nCommittee sitting of April — summary\nEly, 14 April 2026${BODY}`)).title).toBe('Committee sitting of April — summary')
  })
})

describe('A4: the organisation is the body that met', () => {
  it('gives the body an organ named with it is of, in English and French', () => {
    expect(withoutOrgan("conseil d'administration de l'Union des éclusiers de France")).toBe("Union des éclusiers de France")
    expect(withoutOrgan('comité syndical du Syndicat mixte des marais')).toBe('Syndicat mixte des marais')
    expect(withoutOrgan('Board of Trustees of the Fenland Sluice Keepers\' Society')).toBe("Fenland Sluice Keepers' Society")
    expect(withoutOrgan('Conseil de gestion du Parc des marais')).toBe('Parc des marais')
    // (one organ word alone before `of the` is the body's own name)
    expect(withoutOrgan('Council of the Fenland Sluice Keepers')).toBe('Council of the Fenland Sluice Keepers')
  })
  it('reads a lead\'s organ of a body as that body, whatever comes first', async () => {
    expect((await read(`Spring works\n\nRéunie le 14 avril à Niort, la commission permanente... \n\nRéuni le mardi 14 avril à Niort, le conseil d'administration de la Fédération des éclusiers du Marais a décidé de refaire deux vannes.\n\nIl se réunira de nouveau en juillet.\n`)).organisation).toBe('Fédération des éclusiers du Marais')
  })
  it('never takes a person named as organiser for the body', async () => {
    const readout = await read(`Sluice Keepers' Committee – 9th meeting\nTuesday, 14 April 2026 · 10:00–12:00\nOrganiser: Marta Kowalczyk\n\nMarta Kowalczyk opened the meeting. The members agreed to reline two sluice gates.\n\nThey will meet again in July.\n`)
    expect(readout.organisation).not.toBe('Marta Kowalczyk')
    const french = await read(`Comité des éclusiers – 9e réunion\nMardi 14 avril 2026\nOrganisateur : Paul Girard\n\nPaul Girard a ouvert la réunion. Les membres ont décidé de refaire deux vannes.\n\nIls se retrouveront en juillet.\n`)
    expect(french.organisation).not.toBe('Paul Girard')
  })
  it('gives the body a host acted for, and cuts a verb the name ran on into', async () => {
    expect((await read(`Sluice works agreed\n\nA meeting held on 14 April 2026 at Ely, hosted by the Ely Waterways Trust for the Fenland Sluice Keepers' Society, brought together keepers from nine villages. They agreed to reline two sluice gates.\n\nThey will meet again in July.\n`)).organisation).toBe("Fenland Sluice Keepers' Society")
    expect((await read(`Vannes : ce qui change\n\nLes membres du Syndicat des éclusiers de Niort sont réunis ce lundi à Niort pour une assemblée décisive. Ils ont décidé de refaire deux vannes.\n\nIls se retrouveront en juillet.\n`)).organisation).toBe('Syndicat des éclusiers de Niort')
  })
})
