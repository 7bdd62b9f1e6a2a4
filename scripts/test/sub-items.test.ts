import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A numbered paragraph that ends on a colon and the lettered lines under it are one point,
// as communiqués write them; before, the text was refused (`pillar-body`).
const head = 'Ministers of the Lake Basin met in Kisumu on 4 May 2026.\n\n1. Ministers welcomed the report of the Secretariat.\n\n'

describe('sub-items of a numbered paragraph', () => {
  it('joins (a), (b), (c) lines to the paragraph that announces them', async () => {
    const {result, messages} = await structureText(`${head}2. Ministers agreed to:\n(a) restock the northern bays with native fish;\n(b) close the spawning grounds each April;\n(c) publish catch data every month.\n\n3. Ministers decided to fund twelve patrol boats.\n`)
    expect(messages.filter((line) => line.includes(' error '))).toEqual([])
    const pillars = result!.readout.pillars
    expect(pillars).toHaveLength(2)
    expect(pillars[0].body).toBe('Ministers agreed to: (a) restock the northern bays with native fish; (b) close the spawning grounds each April; (c) publish catch data every month.')
    // the title is made from the lead-in and the first item, not from the lead-in alone
    expect(pillars[0].title).not.toMatch(/agreed/i)
  })

  it('joins a) b) lines and dashes under French numbered paragraphs', async () => {
    const {result, messages} = await structureText('Les ministres se sont réunis à Niamey le 2 juin 2026.\n\n1. Les ministres ont décidé :\na) de créer un observatoire des prix ;\nb) de réduire les frais de transit.\n\n2. Ils ont retenu les mesures suivantes :\n– un guichet unique ;\n– un calendrier commun.\n')
    expect(messages.filter((line) => line.includes(' error '))).toEqual([])
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Les ministres ont décidé : a) de créer un observatoire des prix ; b) de réduire les frais de transit.',
      'Ils ont retenu les mesures suivantes : un guichet unique ; un calendrier commun.',
    ])
  })

  it('keeps a `Title:` before the lead-in as the title', async () => {
    const {result} = await structureText(`${head}- Fisheries: Ministers agreed to:\n(a) restock the northern bays;\n(b) close the spawning grounds each April.\n- Water quality: Ministers will test the water of every landing site.\n`)
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(['Fisheries', 'Water quality'])
  })

  it('still refuses a `Title:` with nothing after it and no sub-items', async () => {
    const {messages} = await structureText(`${head}- Fisheries:\n- Water quality: Ministers will test the water of every landing site.\n`)
    expect(messages.some((line) => line.includes('pillar-body'))).toBe(true)
  })

  // A lead-in that announces the list (`the following …`, `as follows`) over bulleted items that are each a whole
  // sentence: each item is a point of its own and the lead-in, which decides nothing more, is context.
  it('reads whole-sentence bullets under a numbered lead-in one by one', async () => {
    const {result, messages} = await structureText(`${head}2. The Council adopted the following rules for the lake, which apply from 1 March 2027:\n• A ban on night fishing with lamps in the northern bays.\n• A minimum mesh of five centimetres for every gill net.\n• A register of all boats longer than six metres.\n\n3. Ministers decided to fund twelve patrol boats.\n`)
    expect(messages.filter((line) => line.includes(' error '))).toEqual([])
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'A ban on night fishing with lamps in the northern bays.',
      'A minimum mesh of five centimetres for every gill net.',
      'A register of all boats longer than six metres.',
      'Ministers decided to fund twelve patrol boats.',
    ])
    expect(result!.readout.outlook).toEqual([])
  })

  it('reads whole sentences under `as follows:` and French `suivantes :` one by one', async () => {
    const {result} = await structureText(`${head}2. The budget of the Secretariat was shared as follows:\n- Kenya, Uganda and Tanzania each pay a third of the running costs.\n- Donors pay for the research vessel.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Kenya, Uganda and Tanzania each pay a third of the running costs.', 'Donors pay for the research vessel.'])
    const french = await structureText('Les ministres se sont réunis à Niamey le 2 juin 2026.\n\n1. Les ministres ont pris note du rapport du Secrétariat.\n\n2. Le Conseil a adopté les mesures suivantes, applicables dès 2027 :\n• Une fermeture de la pêche de deux mois chaque année.\n• Un registre public de toutes les pirogues motorisées.\n')
    expect(french.result!.readout.pillars.map((p) => p.body)).toEqual(['Une fermeture de la pêche de deux mois chaque année.', 'Un registre public de toutes les pirogues motorisées.'])
  })

  it('keeps items that end the lead-in\'s sentence joined to it, even after `the following`', async () => {
    const {result} = await structureText(`${head}2. Ministers agreed on the following measures:\n- a ban on night fishing in the northern bays;\n- a minimum mesh for every gill net.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Ministers agreed on the following measures: a ban on night fishing in the northern bays; a minimum mesh for every gill net.'])
    // (nor does a lead-in that announces no list split whole sentences under it)
    const plain = await structureText(`${head}2. Ministers agreed to strengthen patrols on the lake:\n- Kenya will add four boats.\n- Uganda will add two boats.\n`)
    expect(plain.result!.readout.pillars).toHaveLength(1)
  })
})
