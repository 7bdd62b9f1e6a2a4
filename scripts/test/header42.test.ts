import {describe, expect, it} from 'vitest'
import {capitalise} from '../capitalise.js'
import {readingFor} from '../structure/language.js'
import {bodyInLead, bodyOfOccasion} from '../structure/mend-organisation.js'
import {isSiteFurniture, isSittingLine, isSocialPostMeta, kindOfName, timeStampDate} from '../structure/site-furniture.js'
import {structureText} from './helpers.js'

// Header lines, title, kind and organisation in the variants of cause family A (branch header42, from rounds 29 and 30). Every
// sentence here is written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout
const EN = readingFor('en')
const FR = readingFor('fr')
const noBody = () => false

const BODY = '\n\nWardens of the Lakeland Footpath Trust met in Keswick on 12 March 2026 to plan the spring repairs. They agreed to rebuild four stiles and to mend the fell path above the tarn.\n\nThey will meet again in June.\n'
const CORPS = "\n\nRéunis à Annecy le 12 mars 2026, les gardes du Syndicat des sentiers des Aravis ont préparé les travaux de printemps. Ils ont décidé de refaire quatre passerelles et de baliser le sentier du col.\n\nIls se retrouveront en juin.\n"

describe('A1: a page\'s furniture is never the title', () => {
  it('sets aside navigation bars cut by runs of spaces, bars or dots, in both languages', () => {
    expect(isSiteFurniture('Home    What we do    Volunteers    Contact us', noBody)).toBe(true)
    expect(isSiteFurniture('Home | Our trails | Join | Donate', noBody)).toBe(true)
    expect(isSiteFurniture("Accueil · Le syndicat · Nos sentiers · Nous contacter", noBody)).toBe(true)
  })
  it('sets aside breadcrumbs and rubrics, alone or cut by bars', () => {
    expect(isSiteFurniture('Newsroom › Statements', noBody)).toBe(true)
    expect(isSiteFurniture('Accueil > Actualités > Communiqués', noBody)).toBe(true)
    expect(isSiteFurniture('Outdoors | Walking', noBody)).toBe(true)
    expect(isSiteFurniture('WRAP-UP', noBody)).toBe(true)
    expect(isSiteFurniture('Économie', noBody)).toBe(true)
    expect(isSiteFurniture('Société | Montagne', noBody)).toBe(true)
  })
  it('sets aside bylines in both languages', () => {
    expect(isSiteFurniture('By Marta Lindgren', noBody)).toBe(true)
    expect(isSiteFurniture('By Tom de Vries, Trails Correspondent', noBody)).toBe(true)
    expect(isSiteFurniture('Par Jeanne Morel-Favre', noBody)).toBe(true)
  })
  it('keeps a kind in two languages, a line naming a body, a dated line and a headline', () => {
    expect(isSiteFurniture('Communiqué conjoint / Joint Communiqué', noBody)).toBe(false)
    expect(isSiteFurniture('Press Release | Lakeland Footpath Trust', (text) => /Trust/u.test(text))).toBe(false)
    expect(isSiteFurniture('Keswick        12 March 2026', noBody)).toBe(false)
    expect(isSiteFurniture('Wardens agree to rebuild four stiles on the fells', noBody)).toBe(false)
  })
  it('reads a social post\'s header lines, in both languages', () => {
    expect(isSocialPostMeta('3,406 followers')).toBe(true)
    expect(isSocialPostMeta('2w • Edited • 🌍')).toBe(true)
    expect(isSocialPostMeta('5h •')).toBe(true)
    expect(isSocialPostMeta('1 254 abonnés')).toBe(true)
    expect(isSocialPostMeta('3 j • Modifié • 🌐')).toBe(true)
    expect(isSocialPostMeta('Lakeland Footpath Trust')).toBe(false)
  })
  it('reads a page\'s stamp with its hour and time zone, not a dateline', () => {
    expect(timeStampDate('April 2, 2026 09:30 AM Central European Summer Time', EN)?.dates.start).toBe('2026-04-02')
    expect(timeStampDate('Wed 1 Apr 2026 17.45 BST', EN)?.dates.start).toBe('2026-04-01')
    expect(timeStampDate('Published 3 April 2026, 08:15 CET', EN)?.dates.start).toBe('2026-04-03')
    expect(timeStampDate('jeudi 2 avril 2026 à 9 h 30', FR)?.dates.start).toBe('2026-04-02')
    expect(timeStampDate('Keswick, 12 March 2026', EN)).toBeUndefined()
  })
  it('reads a sitting\'s line, in both languages, but not a meeting\'s name', () => {
    expect(isSittingLine('Séance du mardi 3 mars 2026 – Annecy, salle du conseil')).toBe(true)
    expect(isSittingLine("Session d'hiver – Thônes (74), les 4 et 5 février 2026")).toBe(true)
    expect(isSittingLine('Deuxième réunion plénière – Annecy')).toBe(true)
    expect(isSittingLine('Plenary session, Tuesday 3 March 2026 – Keswick')).toBe(true)
    expect(isSittingLine('Spring Sitting – Ambleside, 4 May 2026')).toBe(true)
    expect(isSittingLine('Fourth Meeting of the Parties')).toBe(false)
  })
  it('takes the headline under a navigation bar, a rubric, a byline and a stamp', async () => {
    const readout = await read(`Home   About us   Trails   Contact\nOutdoors | Walking\n\nWardens agree to rebuild four stiles on the fells\n\nBy Marta Lindgren\nApril 2, 2026 09:30 AM Central European Summer Time${BODY}`)
    expect(readout.title).toBe('Wardens agree to rebuild four stiles on the fells')
    expect(readout.dates?.start).toBe('2026-03-12')
  })
  it('takes the French headline under a navigation bar and a rubric', async () => {
    const readout = await read(`Accueil · Le syndicat · Nos sentiers · Nous contacter\nÉconomie\n\nLes gardes des Aravis refont quatre passerelles${CORPS}`)
    expect(readout.title).toBe('Les gardes des Aravis refont quatre passerelles')
  })
  it('never takes a social post\'s author for the title', async () => {
    const readout = await read(`Lakeland Footpath Trust\n3,406 followers\n2w • Edited • 🌍\n\nFour new stiles for the fells this spring.${BODY}`)
    expect(readout.title).not.toBe('Lakeland Footpath Trust')
    expect(readout.title).not.toMatch(/followers|2w/u)
  })
  it('never takes a public relations division for the title', async () => {
    const readout = await read(`Public Relations Division, Keswick Town Council\nPress Release\n\nWardens agree to rebuild four stiles on the fells${BODY}`)
    expect(readout.title).toBe('Wardens agree to rebuild four stiles on the fells')
    expect(readout.kind).toBe('press release')
  })
})

describe('A2: a record\'s kind under a body\'s letterhead', () => {
  it('joins a kind to a meeting named without its body, in both languages', () => {
    expect(kindOfName('Final Communiqué', 'Third Meeting of the Member Trusts', EN)).toBe('Final Communiqué of the Third Meeting of the Member Trusts')
    expect(kindOfName('Relevé de décisions', 'Deuxième réunion des gardes', FR)).toBe('Relevé de décisions de la deuxième réunion des gardes')
    expect(kindOfName('Relevé de conclusions', 'Session de printemps', FR)).toBe('Relevé de conclusions de la session de printemps')
    expect(kindOfName('Relevé de décisions', 'Comité des sentiers', FR)).toBe('Relevé de décisions du Comité des sentiers')
    expect(kindOfName('Relevé de décisions', 'Union des gardes', FR)).toBe("Relevé de décisions de l'Union des gardes")
  })
  it('takes the kind for the title under a letterhead in capitals, and the letterhead for the body', async () => {
    const readout = await read(`LAKELAND FOOTPATH TRUST\nRecord of Decisions\nKeswick, 12 March 2026${BODY}`)
    expect(readout.title).toBe('Record of Decisions')
    expect(readout.organisation).toBe('Lakeland Footpath Trust')
  })
  it('joins the kind to the meeting under it', async () => {
    const readout = await read(`LAKELAND FOOTPATH TRUST\nFinal Communiqué\nThird Meeting of the Member Trusts\nKeswick, 12 March 2026${BODY}`)
    expect(readout.title).toBe('Final Communiqué of the Third Meeting of the Member Trusts')
    expect(readout.kind).toBe('communiqué')
  })
  it('takes the French kind over a sitting\'s line, never the sitting', async () => {
    const readout = await read(`SYNDICAT DES SENTIERS DES ARAVIS\nRelevé de décisions\nSéance du jeudi 12 mars 2026 – Annecy, salle du conseil${CORPS}`)
    expect(readout.title).toBe('Relevé de décisions')
    expect(readout.kind).toBe('readout')
  })
  it('keeps a press release\'s headline under the letterhead and the kind', async () => {
    const readout = await read(`LAKELAND FOOTPATH TRUST\nPRESS RELEASE\n\nWardens agree to rebuild four stiles on the fells${BODY}`)
    expect(readout.title).toBe('Wardens agree to rebuild four stiles on the fells')
  })
})

describe('A3: a newswire\'s credit makes a press release', () => {
  it('reads the credits of several wires, in the dateline and in both languages', async () => {
    for (const credit of ['--(BUSINESS WIRE)--', ' /PRNewswire/ -- ', ' (GLOBE NEWSWIRE) -- ', ' (ots) - ']) {
      const readout = await read(`Wardens agree to rebuild four stiles on the fells\n\nKESWICK, England${credit}The Lakeland Footpath Trust agreed on 12 March 2026 in Keswick to rebuild four stiles and to mend the fell path above the tarn.\n\nThe Trust will meet again in June.\n`)
      expect(readout.kind).toBe('press release')
    }
    const french = await read(`Les gardes des Aravis refont quatre passerelles\n\nANNECY, France, 13 mars 2026 /CNW Telbec/ - Le Syndicat des sentiers des Aravis a décidé le 12 mars 2026 à Annecy de refaire quatre passerelles.\n\nIl se réunira de nouveau en juin.\n`)
    expect(french.kind).toBe('press release')
  })
})

describe('A4: the organisation from a lead, never a pronoun', () => {
  it('reads the body a lead names in a clause of whom it brings together', () => {
    expect(bodyInLead('Last month I chaired, in Keswick, the annual meeting of the Lakeland Footpath Trust, which brings together the wardens of nine valleys.', EN)).toBe('Lakeland Footpath Trust')
    expect(bodyInLead('Wardens gathered for the spring session of the Cumbrian Stile Builders Guild, which groups 140 craftsmen.', EN)).toBe('Cumbrian Stile Builders Guild')
    expect(bodyInLead('Rangers joined the Pennine Moorland Partnership (PMP), which unites six estates, to plan the repairs.', EN)).toBe('Pennine Moorland Partnership')
  })
  it('reads a French body before its participle of meeting, in the lead or inside a sentence', () => {
    expect(bodyInLead('Le Syndicat des sentiers des Aravis (SSA), réuni le 12 mars 2026 à Annecy, a décidé de refaire quatre passerelles.', FR)).toBe('Syndicat des sentiers des Aravis')
    expect(bodyInLead("Le préfet a souhaité que la Commission départementale des espaces naturels, réunie le 3 avril, examine les demandes.", FR)).toBe('Commission départementale des espaces naturels')
    expect(bodyInLead("L'Union des gardes de montagne (UGM), rassemblée à Chamonix, a adopté sa charte.", FR)).toBe('Union des gardes de montagne')
  })
  it('reads the body after a newswire\'s credit', () => {
    expect(bodyInLead('KESWICK, England--(BUSINESS WIRE)--The Lakeland Footpath Trust (LFT) agreed on 12 March to rebuild four stiles.', EN)).toBe('Lakeland Footpath Trust')
    expect(bodyInLead('KESWICK, England, March 13, 2026 /PRNewswire/ -- The Cumbrian Stile Builders Guild adopted a charter on Thursday.', EN)).toBe('Cumbrian Stile Builders Guild')
  })
  it('reads the body a meeting\'s own name is an occasion of', () => {
    expect(bodyOfOccasion('Fell Repair Summit of the Lakeland Footpath Trust', EN)).toBe('Lakeland Footpath Trust')
    expect(bodyOfOccasion('Annual Spring Gathering of the Cumbrian Stile Builders Guild', EN)).toBe('Cumbrian Stile Builders Guild')
    expect(bodyOfOccasion('Sommet des sentiers du Syndicat des sentiers des Aravis', FR)).toBe('Syndicat des sentiers des Aravis')
    expect(bodyOfOccasion('Lakeland Footpath Trust', EN)).toBeUndefined()
  })
  it('never takes a pronoun for the body, and names it from the title block', async () => {
    const readout = await read(`Joint Communiqué of the Fourth Meeting of the Lakeland Footpath Trust\nKeswick, 12 March 2026\n\nBackground\n\nThe Lakeland Footpath Trust was set up in 2009 by nine valley councils. It meets twice a year, the chair rotating between the valleys.\n\nConclusions\n\n1. The Trust agreed to rebuild four stiles and to mend the fell path above the tarn.\n\n2. The Trust will meet again in June.\n`)
    expect(readout.organisation).toBe('Lakeland Footpath Trust')
  })
})

describe('capitalise, with a first letter kept before a capital', () => {
  it('raises a first letter in lower case, unless a capital follows it when asked', () => {
    expect(capitalise('eHealth plan')).toBe('EHealth plan')
    expect(capitalise('eHealth plan', {keepBeforeCapital: true})).toBe('eHealth plan')
    expect(capitalise('schéma « Chemins ouverts 2030 »', {keepBeforeCapital: true})).toBe('Schéma « Chemins ouverts 2030 »')
    expect(capitalise('2030 targets', {keepBeforeCapital: true})).toBe('2030 targets')
  })
})
