// Slide points of at most about 16 words by a sub-editor's means (issue 11, item 4): a sentence of two
// decisions split into two points, each with its subject; an aside, an example list, a linking adverb,
// a French gerund, a `dont` tail or an appositive dropped; and never a cut that changes what is said.
// Every sentence here is written for this test.
import {describe, expect, it} from 'vitest'
import {condenseSentence, LIMITS, pointsFrom, twoDecisions} from '../../slides/condense.js'
import {pointFaults} from '../reader/slide-points.js'

const words = (point: string) => point.split(/\s+/).length

describe('a sentence of two decisions becomes two points, each with its subject', () => {
  it('splits at `and` a second verb of the same subject (was one point of 21 words)', () => {
    const body = 'The Board approved a plan for the repair of rural bridges and released 40 million euros for the first works in the hill districts. Work starts in March.'
    expect(pointsFrom(body)).toEqual([
      'The Board approved a plan for the repair of rural bridges.',
      'The Board released 40 million euros for the first works in the hill districts.',
      'Work starts in March.',
    ])
  })

  it('repeats the verb, the one asked and `to` for a second thing asked (`asked X to A and to B`)', () => {
    const body = 'Ministers asked the river authority to map every flood plain of the basin and to report on the cost of new dykes. The map is due in 2027.'
    expect(pointsFrom(body).slice(0, 2)).toEqual(['Ministers asked the river authority to map every flood plain of the basin.', 'Ministers asked the river authority to report on the cost of new dykes.'])
  })

  it('repeats a modal for a second verb it governs, and reads `we` or `they` as a subject', () => {
    expect(pointsFrom('Each port will publish its landing fees and charges online and set up a single desk for small boats. The desk opens in May.').slice(0, 2)).toEqual([
      'Each port will publish its landing fees and charges online.',
      'Each port will set up a single desk for small boats.',
    ])
    expect(pointsFrom('They agreed to list the fishing grounds that may be closed in spring, and to pay crews a small sum for each day lost. It starts soon.').slice(0, 2)).toEqual([
      'They agreed to list the fishing grounds that may be closed in spring.',
      'They agreed to pay crews a small sum for each day lost.',
    ])
  })

  it('splits a second decision after a clause of its own (`agreed that …, and asked …`)', () => {
    const points = pointsFrom('Ministers agreed that the mills should publish the price they pay to growers each week, and asked the Board to set up a fund of $9m. The fund opens in 2027.')
    expect(points.slice(0, 2)).toEqual(['Ministers agreed that the mills should publish the price they pay to growers each week.', 'Ministers asked the Board to set up a fund of $9m.'])
  })

  it('splits a French verb of two infinitives (`a décidé de X et d’Y`), never those of a relative', () => {
    expect(pointsFrom('Le Comité a décidé de recenser les forages abandonnés des trois bassins et d’équiper chaque commune d’au moins une pompe solaire. Le recensement commence en mai.', 'fr').slice(0, 2)).toEqual([
      'Le Comité a décidé de recenser les forages abandonnés des trois bassins.',
      'Le Comité a décidé d’équiper chaque commune d’au moins une pompe solaire.',
    ])
    expect(twoDecisions('Le Comité créera un dépôt régional de semences à Tahoua, qui permettra de regrouper les achats et de réduire les délais de livraison aux communes.', 'fr')).toEqual([])
  })

  it('never splits two French infinitives that share the object after the second (`de préparer et de mettre en conserve leur production`)', () => {
    // (round 30's heliciculture deck showed `Ils permettront aux petits élevages de préparer.`, a verb without its object)
    expect(twoDecisions('Ils permettront aux petits élevages de préparer et de mettre en conserve leur production sans investir seuls dans un laboratoire.', 'fr')).toEqual([])
    expect(twoDecisions('Le Comité a décidé de financer et d’équiper les ateliers collectifs des deux régions pilotes.', 'fr')).toEqual([])
  })

  it('splits `, and` before a second clause with a subject of its own, and `will … and will be …`', () => {
    expect(pointsFrom('Each port will appoint a single officer for cargo disputes, and complaints about unpaid freight will be settled within 30 days. It starts in May.').slice(0, 2)).toEqual([
      'Each port will appoint a single officer for cargo disputes.',
      'Complaints about unpaid freight will be settled within 30 days.',
    ])
    expect(pointsFrom('The voucher scheme will start in Togo, Benin and Niger in 2027 and will be opened to every other member state the year after. It starts soon.').slice(0, 2)).toEqual([
      'The voucher scheme will start in Togo, Benin and Niger in 2027.',
      'The voucher scheme will be opened to every other member state the year after.',
    ])
    // (`, and` before a list's next item is no clause)
    expect(pointsFrom('Ministers agreed to fund the clinics, and the surveys of the coast, and the new boats. It starts.')[0]).toBe('Ministers agreed to fund the clinics, and the surveys of the coast, and the new boats.')
  })

  it('never splits a verb inside a phrase of the first decision, nor a noun after `and`', () => {
    for (const point of pointsFrom('The Bank will lend $30 million through its green window to help local firms expand their workshops and upgrade their kilns to burn less wood. It starts in May.')) expect(point).not.toMatch(/^The Bank will upgrade/)
    for (const point of pointsFrom('The Council will build a regional workshop for the repair and manufacture of pumps in the southern part of the basin. It opens in 2027.')) expect(point).not.toMatch(/will manufacture of/)
  })

  it('never shows a half that loses its numbers or is cut inside its clause', () => {
    // (`We agree to raise the number of midwives` alone drops the target)
    const points = pointsFrom('We agree to train midwives in every district hospital of the region, and to raise the number of midwives from 2,100 a year to 3,000 a year by 2029.')
    expect(points.join(' ')).not.toMatch(/raise the number of midwives\.$/)
    const cut = pointsFrom('Ministers agreed that new plants built on the coast will use desalinated seawater or treated waste water rather than rivers and wells, and asked the Agency to draft a water code. The code is due in 2027.')
    expect(cut).not.toContain('Ministers agreed that new plants built on the coast will use desalinated seawater.')
  })

  it('the check reads the first of two such points as whole, not as a cut that leaves a complement out', () => {
    const body = 'We agree to require a licence for any night trawling and to warn the villages concerned at least two days before the boats set out.'
    expect(pointFaults('We agree to require a licence for any night trawling.', body)).toEqual([])
    // (a cut inside that first clause is still one)
    expect(pointFaults('We agree to require.', body)).toContain('cut leaves a complement out')
  })
})

describe('a decision verb before a colon and its infinitives', () => {
  it('reads `agreed: to fund …` as `agreed to fund …` (round 30\'s lacrosse deck showed the colon)', () => {
    expect(pointsFrom('The Board agreed: to fund 60 Level 2 coaching places in 2027; to appoint a part-time coach developer.', 'en')[0]).toBe('The Board agreed to fund 60 Level 2 coaching places in 2027.')
    // (never a verb with no subject before it: `Resolved: to accept …` stays as written)
    expect(pointsFrom('Resolved: to accept the revised tender and to complete the works before the summer.', 'en')[0]).toMatch(/^Resolved:/)
  })
})

describe('a long point drops what only adds to it', () => {
  it('drops examples between commas before the main verb, not the first items of a list', () => {
    expect(condenseSentence('Trials in nine coastal towns, e.g. Sines and Peniche, have given fishing families a fuel grant of up to 300 euros instead of a tax rebate.', LIMITS.pointChars)).toBe(
      'Trials in nine coastal towns have given fishing families a fuel grant of up to 300 euros instead of a tax rebate.',
    )
    expect(condenseSentence('The Board agreed to promote substitutes for river gravel, e.g. crushed stone, recycled brick and slag from steel works.', LIMITS.pointChars)).not.toMatch(/gravel recycled/)
  })

  it('drops an adverb that only links the sentence to the one before (`We note, however, that …`)', () => {
    expect(condenseSentence('We note, however, that access to clean water has grown slowest in upland villages and in the poorest tenth of homes.', LIMITS.pointChars)).toBe(
      'We note that access to clean water has grown slowest in upland villages and in the poorest tenth of homes.',
    )
  })

  it('drops a last phrase that only says by what channel, not one inside a relative nor how money is raised', () => {
    expect(condenseSentence('Health ministers agreed to buy rabies vaccine together from 2028 through a joint tender run by the regional secretariat.', LIMITS.pointChars)).toBe('Health ministers agreed to buy rabies vaccine together from 2028.')
    expect(condenseSentence('Ministers asked the Secretariat to draft common guidance on the social cover of drivers who find passengers through apps.', LIMITS.pointChars)).toMatch(/through apps\.$/)
    expect(condenseSentence('Ministers agreed to finance the new regional fleet of fire-fighting aircraft through a small levy on every airline ticket.', LIMITS.pointChars)).toMatch(/levy on every airline ticket\.$/)
  })

  it('keeps `in line with` whole', () => {
    expect(condenseSentence('Ministers called on every coastal state to patrol its waters against illegal trawlers in line with the regional fisheries charter adopted in Dakar.', LIMITS.pointChars)).not.toMatch(/in line\.$/)
  })

  it('keeps a deadline set as `by the middle of` a year', () => {
    // (was "… to every member.": the deadline cut off)
    expect(condenseSentence('Ministers asked the Board to send its first report on the new loans to every member by the middle of 2027.', LIMITS.pointChars)).toMatch(/by the middle of 2027\.$/)
  })

  it('drops a French gerund with its pronoun, a `dont` tail and an appositive opened by `depuis`', () => {
    expect(condenseSentence('Le Programme reboisera 1,2 million d’hectares de savane dégradée d’ici 2028, en s’appuyant sur les pépinières villageoises des trois pays.', LIMITS.pointChars, 'fr')).toBe('Le Programme reboisera 1,2 million d’hectares de savane dégradée d’ici 2028.')
    expect(condenseSentence('Les bailleurs ont promis 80 millions d’euros pour ce plan, dont 25 % sous forme de dons.', LIMITS.pointChars, 'fr')).toBe('Les bailleurs ont promis 80 millions d’euros pour ce plan.')
    const point = condenseSentence('Le service de conseil aux éleveurs, testé depuis 2022 dans 30 communes, sera étendu à 200 communes d’ici 2027.', LIMITS.pointChars, 'fr')
    expect(point).toBe('Le service de conseil aux éleveurs sera étendu à 200 communes d’ici 2027.')
    expect(words(point)).toBeLessThanOrEqual(16)
  })
})
