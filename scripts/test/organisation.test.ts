import {describe, expect, it} from 'vitest'
import {ENGLISH} from '../structure/language.js'
import {FRENCH} from '../structure/french.js'
import {fullOrganisationName, isNamedAsBody, organisationNamesIn} from '../structure/organisation-name.js'
import {readDateline} from '../structure/recognise-dateline.js'
import {structureText} from './helpers.js'

// Who met: an organisation's name runs through its small words and the places inside it, in
// English and in French, whatever the shape of the dateline (issue 11, corpus README).
describe('organisation names', () => {
  it('keeps a French name whole from its head noun, through particles and a place with a capital', () => {
    const cases: Array<[string, string, string | undefined]> = [
      ["Les ministres chargés des pêches des États membres de la Commission régionale des pêches de la mer d'Alboran se sont réunis à Malaga le 14 novembre 2023.", "Commission régionale des pêches de la mer d'Alboran", 'Les ministres chargés des pêches des États membres'],
      ['Les ministres du Commerce de la Communauté des ports du golfe du Bénin se sont réunis à Dakar le 9 octobre 2023.', 'Communauté des ports du golfe du Bénin', 'Les ministres du Commerce'],
      ["Les ministres de l'Agriculture des pays membres de la Commission du bassin du lac Tchad se sont réunis à N'Djamena le 3 mai 2023.", 'Commission du bassin du lac Tchad', "Les ministres de l'Agriculture des pays membres"],
      ["Le Conseil des ministres de l'Autorité du Liptako-Gourma s'est réuni à Ouagadougou le 3 mai 2023.", 'Autorité du Liptako-Gourma', 'Le Conseil des ministres'],
      ["L'Autorité du bassin de l'Ogooué et de la Ngounié s'est réunie à Libreville le 5 juin 2023.", "Autorité du bassin de l'Ogooué et de la Ngounié", undefined],
      ['Réunis à Abidjan le 3 mai 2023, les ministres de la Commission des pêches du golfe de Guinée ont adopté un plan.', 'Commission des pêches du golfe de Guinée', 'Les ministres'],
      // no head noun: the earlier rule (the last capitalised `du/de` phrase) still holds
      ["Les chefs d'État du G5 Sahel se sont réunis à Nouakchott le 3 mai 2023.", 'G5 Sahel', "Les chefs d'État"],
      // the seed's and the corpus's earlier shapes are unchanged
      ["Les ministres de l'Éducation du Réseau francophone pour l'école se sont réunis à Bruxelles les 15 et 16 avril 2021.", "Réseau francophone pour l'école", "Les ministres de l'Éducation"],
    ]
    for (const [sentence, organisation, participants] of cases) {
      const read = readDateline(sentence, undefined, FRENCH)
      expect(read?.organisation, sentence).toBe(organisation)
      expect(read?.participants, sentence).toBe(participants)
      expect(read?.place, sentence).toBeTruthy()
    }
  })

  it('keeps an English name whole through of, for, and, on, in, the', () => {
    const cases: Array<[string, string]> = [
      ['Representatives of the Organisation for the Conservation of the Red Sea and the Gulf of Aden met in Jeddah on 3 May 2023.', 'Organisation for the Conservation of the Red Sea and the Gulf of Aden'],
      ['Fisheries ministers of the Commission on Fisheries in the Bay of Bengal met in Dhaka on 3 May 2023.', 'Commission on Fisheries in the Bay of Bengal'],
      ["The Council of the Baltic Sea States' foreign ministers met in Riga on 3 May 2023.", 'The Council of the Baltic Sea States'],
      ['Meeting in Tunis on 6 April 2022, ministers of the Mediterranean Mobility Dialogue agreed on a plan.', 'Mediterranean Mobility Dialogue'],
    ]
    for (const [sentence, organisation] of cases) expect(readDateline(sentence, undefined, ENGLISH)?.organisation, sentence).toBe(organisation)
  })

  it('finds the names in a title line, leaving out the words of the meeting', () => {
    expect(organisationNamesIn('Ministerial Meeting of the Nourish Early Partnership', ENGLISH.organisationNames).map((n) => n.name)).toEqual(['Nourish Early Partnership'])
    expect(organisationNamesIn('Joint Statement of the Forum for Trade and Investment in the Bay of Bengal', ENGLISH.organisationNames).map((n) => n.name)).toEqual(['Forum for Trade and Investment in the Bay of Bengal'])
    expect(organisationNamesIn("Conseil des ministres de l'Autorité du bassin de l'Ogooué et de la Ngounié", FRENCH.organisationNames).map((n) => n.name)).toEqual(["Autorité du bassin de l'Ogooué et de la Ngounié"])
  })

  it('names in full a body the dateline calls by its head alone, from the title block, and only then', () => {
    const lines = ['Office of the Chair', 'Ministerial Meeting of the East African Council on Primary Health Care']
    expect(fullOrganisationName('The Council', lines, ENGLISH.organisationNames)).toBe('East African Council on Primary Health Care')
    expect(fullOrganisationName('The Partnership', lines, ENGLISH.organisationNames)).toBeUndefined()
    expect(fullOrganisationName('Pacific Health Network', lines, ENGLISH.organisationNames)).toBeUndefined()
    expect(fullOrganisationName(undefined, ['Tunis Declaration on Safe Migration', 'Ministerial Conference of the Mediterranean–Sahel Mobility Dialogue'], ENGLISH.organisationNames)).toBe('Mediterranean–Sahel Mobility Dialogue')
    expect(fullOrganisationName(undefined, ['Joint Statement on the Global Fund Replenishment'], ENGLISH.organisationNames)).toBeUndefined()
  })

  it('reads the whole name through the structure stage, in a title block and a dateline', async () => {
    const {result} = await structureText([
      'Media Note',
      'Ministerial Meeting of the East African Council on Primary Health Care',
      'Kigali, 12 September 2023',
      '',
      'The Council’s health ministers met in Kigali to agree on basic care for rural families.',
      '- Ministers agreed to train 20,000 community health workers.',
      '- Ministers endorsed a common list of essential medicines.',
    ].join('\n'))
    expect(result!.readout.organisation).toBe('East African Council on Primary Health Care')
    const french = await structureText([
      'Les ministres de la Commission des pêches du golfe de Guinée se sont réunis à Abidjan le 4 mars 2024.',
      '1. Les ministres ont adopté un plan de contrôle des navires.',
      '2. Les ministres ont créé un registre commun des navires autorisés.',
    ].join('\n'))
    expect(french.result!.readout.organisation).toBe('Commission des pêches du golfe de Guinée')
    expect(french.result!.readout.title).toBe('Commission des pêches du golfe de Guinée à Abidjan')
  })
})

describe('a French body named after a list of portfolios (issue 11, round 7)', () => {
  it('runs the name from its head past the commas of the portfolios to the end of its coordinated complement', () => {
    const cases: Array<[string, string, string]> = [
      ["Les ministres des Finances, du Budget et du Plan des pays membres de l'Agence régionale pour la sécurité alimentaire de l'Afrique de l'Est et du Sud se sont réunis à Nairobi les 4 et 5 mars 2026.", "Agence régionale pour la sécurité alimentaire de l'Afrique de l'Est et du Sud", 'Les ministres des Finances, du Budget et du Plan des pays membres'],
      ["Les ministres de l'Eau, de l'Énergie et des Mines de l'Observatoire des fleuves de l'Afrique centrale et des Grands Lacs se sont réunis à Kigali le 2 juin 2026.", "Observatoire des fleuves de l'Afrique centrale et des Grands Lacs", "Les ministres de l'Eau, de l'Énergie et des Mines"],
    ]
    for (const [sentence, organisation, participants] of cases) {
      const read = readDateline(sentence, undefined, FRENCH)
      expect(read?.organisation, sentence).toBe(organisation)
      expect(read?.participants, sentence).toBe(participants)
    }
  })
})

describe('a meeting or its host taken for the body that met (issue 11, round 7)', () => {
  it('reads no body from an occasion numbered by an ordinal, nor from the body that convenes or supports it', () => {
    const cases: string[] = [
      'Ministers of transport from the Andean countries met in Quito on 3 and 4 March 2026 for the Third Ministerial Conference on Road Safety, hosted by the Government of Ecuador.',
      'Fisheries ministers gathered in Nadi for the Fourth Pacific Tuna Dialogue on 12 May 2026, convened by the Government of Fiji with the support of the Secretariat of the Coastal Fisheries Programme.',
      'Energy ministers of the Mekong countries met in Vientiane on 4 June 2026 with the support of the Asian Development Bank.',
    ]
    for (const sentence of cases) {
      const read = readDateline(sentence, undefined, ENGLISH)
      expect(read?.place, sentence).toBeTruthy()
      expect.soft(read?.organisation, sentence).toBeUndefined()
    }
  })
  it('still reads the body that meets, in a meeting numbered by an ordinal', () => {
    const read = readDateline('Ministers met in Accra on 5 May 2026 for the Second Meeting of the Volta Basin Water Council.', undefined, ENGLISH)
    expect(read?.organisation).toBe('Volta Basin Water Council')
  })
})

describe('a body named as one of two parties', () => {
  it('takes no body joined by `et` to a government before it in a French title for the organisation', () => {
    const names = FRENCH.organisationNames
    expect(fullOrganisationName(undefined, ["Déclaration commune du Gouvernement de la République du Niger et du Conseil fédéral suisse sur la formation agricole"], names)).toBeUndefined()
    // a body the title names alone is still read
    expect(fullOrganisationName(undefined, ["Déclaration finale du Conseil régional de la formation agricole"], names)).toBe('Conseil régional de la formation agricole')
  })
})

describe('a body whose name ends like a region’s (issue 11, round 8)', () => {
  // Texts written for this test: a body named like a region (`… Corridor`, `… Basin`) that the text
  // gives a secretariat or a founding, and a true region that it does not.
  it('reads it as the body when the text gives it a secretariat or says it was set up', async () => {
    const english = [
      'Transit ministers agree on a common border pass',
      'KAMPALA, Uganda, 4 May 2026 – Transport ministers of the Great Lakes Northern Freight Corridor met in Kampala on 2 and 3 May and agreed on a common pass for truck drivers.',
      'Ministers agreed that a driver holding the pass will cross every border in the corridor without a new visa.',
      'Ministers asked the Corridor’s secretariat to draft the rules for issuing the pass.',
    ].join('\n')
    const founded = [
      'Ministers agree to share flood warnings',
      'Water ministers of the Upper Zambezi Basin met in Livingstone on 6 May 2026 and agreed to share flood warnings.',
      'Ministers agreed to publish river levels every hour during the rainy season.',
      'The Upper Zambezi Basin was set up in 2012 as a forum of four governments.',
    ].join('\n')
    const french = [
      'Les ministres du Corridor côtier adoptent un guichet unique',
      "Les ministres des Transports du Corridor côtier du golfe de Guinée se sont réunis à Cotonou le 5 mai 2026 et ont décidé de créer un guichet unique aux frontières.",
      "Les ministres ont demandé au secrétariat du Corridor de préparer les textes d'application.",
    ].join('\n')
    expect((await structureText(english)).result!.readout.organisation).toBe('Great Lakes Northern Freight Corridor')
    expect((await structureText(founded)).result!.readout.organisation).toBe('Upper Zambezi Basin')
    expect((await structureText(french)).result!.readout.organisation).toBe('Corridor côtier du golfe de Guinée')
  })

  it('keeps a region that the text names as no body as where the participants come from', async () => {
    const region = [
      'Ministers agree to share flood warnings',
      'Water ministers of the Upper Zambezi Basin met in Livingstone on 6 May 2026 and agreed to share flood warnings.',
      'Ministers agreed to publish river levels every hour during the rainy season.',
      'Rainfall in the Upper Zambezi Basin was 30% above normal in 2025.',
    ].join('\n')
    expect((await structureText(region)).result!.readout.organisation).toBeUndefined()
  })
})

describe('who chairs the body, and a meeting it precedes (issue 11)', () => {
  it('leaves a clause of who chairs or hosts out of the name, in English and French', () => {
    expect(readDateline('The Global Alliance for Clean Rivers, co-chaired by Peru and Norway, met in Lima on 3 May 2026.', undefined, ENGLISH)?.organisation).toBe('Global Alliance for Clean Rivers')
    expect(readDateline('Le Réseau sahélien des semences, présidé par le Niger, s’est réuni à Niamey le 3 mai 2026.', undefined, FRENCH)?.organisation).toBe('Réseau sahélien des semences')
  })
  it('takes no body whose meeting this one only precedes', () => {
    expect(readDateline('Health ministers met in Geneva on 3 May 2026 ahead of the World Health Assembly.', undefined, ENGLISH)?.organisation).toBeUndefined()
  })
})

describe('a name holding `$` signs (replacement patterns)', () => {
  it('is matched as written: `$&` and `$1` in a name are not expanded', async () => {
    expect(isNamedAsBody('R$&D Corridor', 'The R$&D Corridor was set up in 2024 by six governments.', ENGLISH.organisationNames)).toBe(true)
    expect(isNamedAsBody('Fund $1 Corridor', 'The Fund $1 Corridor was set up in 2024 by six governments.', ENGLISH.organisationNames)).toBe(true)
    const readout = [
      'Ministers agree a joint research plan',
      'Energy ministers of the R$&D Corridor met in Nairobi on 6 May 2026 and agreed a joint research plan.',
      "Ministers asked the Corridor's secretariat to draft the plan.",
    ].join('\n')
    expect((await structureText(readout)).result!.readout.organisation).toBe('R$&D Corridor')
  })
  it("nor in a French title made from the body and the place, or from who met", async () => {
    const body = ["Le Fonds R$&D pour l'eau s'est réuni à Dakar le 5 mai 2026 et a décidé de financer des puits.", 'Les ministres ont adopté un plan de financement.'].join('\n')
    expect((await structureText(body)).result!.readout.title).toBe("Fonds R$&D pour l'eau à Dakar")
    const who = ['Les ministres R$&D de la région se sont réunis à Dakar le 5 mai 2026 et ont décidé de financer des puits.', 'Les ministres ont adopté un plan de financement.'].join('\n')
    expect((await structureText(who)).result!.readout.title).toBe('Réunion des ministres R$&D de la région')
  })

})

describe('a plural’s possessive', () => {
  it('keeps a plural’s possessive inside a body’s name (`Ministers’ Conference`), not an owner and its people', async () => {
    const {result} = await structureText([
      'The Baltic Fisheries Ministers\' Conference on Eel Recovery met in Klaipėda on 9 April 2026.',
      '',
      '- Ministers agreed to close eel fishing in spawning months.',
      '- Ministers agreed to fund fish passes on 40 weirs.',
    ].join('\n'))
    expect(result!.readout.organisation).toBe('Baltic Fisheries Ministers\' Conference on Eel Recovery')
  })
})
