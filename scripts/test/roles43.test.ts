import {describe, expect, it} from 'vitest'
import type {Paragraph} from 'mdast'
import {structureText} from './helpers.js'
import {readingFor} from '../structure/language.js'
import {leftUndecided, membersOwnPlan, onlyPredicts, recordsProcedure} from '../structure/no-decision.js'
import {holdsBackLearnedPoint} from '../structure/learned-guards.js'
import {onlySetsUpReview} from '../structure/review-paragraph.js'

// Branch roles43 (cause family E of rounds 31 and 32): paragraphs that are no decision of the meeting wherever they stand, reviews
// set in the future, a minute's action items. Every sentence here was written for these tests.

const en = readingFor('en')
const fr = readingFor('fr')
const plain = {type: 'paragraph', children: []} as unknown as Paragraph
const bodies = (result: Awaited<ReturnType<typeof structureText>>['result']) => result!.readout.pillars.map((pillar) => pillar.body)

describe('what the meeting did not decide', () => {
  it('reads a negation in the first sentence, or in the second after a short framing one, in English and French', () => {
    for (const text of [
      'Members did not reach agreement on a deposit for reusable cups. Each festival will keep its own scheme.',
      'Not everything was settled. Delegates could not agree on opening the towpath to e-scooters, and the question goes back to each borough.',
      'One question stayed open. The board failed to agree on who pays for the footbridge lights.',
      'The question of a night levy remains unresolved.',
      'There was no consensus on moving the market to Sundays.',
    ]) expect(leftUndecided(text, en), text).toBe(true)
    for (const text of [
      "Les adhérents ne se sont pas entendus sur une consigne pour les gobelets. Chaque festival gardera son propre système.",
      "Tous les projets n'ont pas fait consensus : l'idée d'un péage pour les camping-cars a été écartée.",
      "Faute d'accord, la question des horaires d'été reste en suspens.",
      "Aucun accord n'a été trouvé sur le prix du ticket de navette.",
    ]) expect(leftUndecided(text, fr), text).toBe(true)
  })

  it('leaves a paragraph that also decides, and a negation in a clause of purpose', () => {
    for (const text of [
      'Members did not agree on a common fee for moorings and asked the harbour masters to compare their charges.',
      'The Council agreed that rebuilt jetties must use local timber. It did not agree to a common insurance fund.',
      'The Council asked members to inspect every pontoon before winter, so that no mooring stays open to unlicensed boats.',
    ]) expect(leftUndecided(text, en), text).toBe(false)
    expect(leftUndecided("Le comité a décidé d'ouvrir les refuges en mai, afin que les sentiers restent ouverts tout l'été.", fr)).toBe(false)
  })

  it('holds back the model on a negation after a framing sentence', () => {
    expect(holdsBackLearnedPoint(plain, 'Not everything was settled. Delegates could not agree on opening the towpath to e-scooters.', new Set(), en)).toBe(true)
  })
})

describe("one member's own plan", () => {
  it('reads a member that says what it will do, in several shapes, in English and French', () => {
    for (const text of [
      'Galway told the meeting it would go further on its own, closing two beaches to dogs all summer. Other towns will follow the trial.',
      "Wales's delegates informed the Board that their government intends to double its lifeguard grants.",
      'The representative of Iceland said his country would open a second rescue base in the autumn.',
      'Separately, Tromsø announced that it would also light its harbour path.',
    ]) expect(membersOwnPlan(text, en), text).toBe(true)
    for (const text of [
      "La ville d'Annecy a fait savoir de son côté qu'elle fermerait la plage aux chiens tout l'été.",
      'Les représentants du Jura ont informé le groupe que leur gouvernement entend doubler ses aides.',
      "Le canton du Valais a annoncé qu'il ouvrirait un second poste de secours.",
    ]) expect(membersOwnPlan(text, fr), text).toBe(true)
  })

  it("leaves the meeting's own word and a member's plan after a decision", () => {
    for (const text of [
      'The Council announced that it would publish the new bathing map in June.',
      'Members said they would share their lifeguard rotas.',
      'The Board agreed to fund four rescue boats. Norway said it would add a fifth.',
      'Ireland announced that it would host the next meeting, and members agreed to hold it in Cork.',
    ]) expect(membersOwnPlan(text, en), text).toBe(false)
    expect(membersOwnPlan("Le Conseil a annoncé qu'il publierait la carte des plages en juin.", fr)).toBe(false)
  })
})

describe("the procedure of a set of minutes", () => {
  it('reads apologies, the welcome, the minutes confirmed, a forwarding note and the chair closing, in English and French', () => {
    for (const text of [
      'Apologies were received from the harbour master of Oban.',
      'The Chair welcomed the members and the new observer from Jersey, and thanked the Sailing Trust for the use of its clubhouse.',
      'The minutes of the meeting held on 3 March were agreed as a correct record.',
      'The Committee confirmed the minutes of the previous meeting without change.',
      'The undersigned is directed to forward a copy of the minutes for information. Members are requested to send their comments within a month.',
      'In closing, the Chair said: "A quiet harbour is a safe harbour." He urged members to keep their logbooks up to date.',
    ]) expect(recordsProcedure(text, en), text).toBe(true)
    for (const text of [
      'Le président ouvre la séance à 18 h, remercie la commune pour le prêt de la salle et rend hommage aux bénévoles.',
      'Aucune observation n’étant formulée, le procès-verbal de la séance du 12 mars est approuvé.',
      "J'ai l'honneur de vous transmettre ci-joint le compte rendu de la réunion du bureau.",
      'En conclusion, la présidente a déclaré : « Un port calme est un port sûr. » Elle a invité les membres à tenir leurs registres à jour.',
    ]) expect(recordsProcedure(text, fr), text).toBe(true)
  })

  it('leaves a welcome of a decision and minutes followed by a decision', () => {
    for (const text of [
      'The Chair welcomed the decision of members to buy two new patrol boats.',
      'The minutes of the last meeting were approved. The Committee then agreed to raise mooring fees by 5%.',
    ]) expect(recordsProcedure(text, en), text).toBe(false)
  })
})

describe('a closing thought that only says what would follow', () => {
  it('reads a conditional future with no figure, in English and French', () => {
    for (const text of [
      'Harbours are a common good. If every town keeps acting alone, we will keep losing the coast.',
      'Unless the tides of tourism slow down, the old quays will crumble.',
    ]) expect(onlyPredicts(text, en), text).toBe(true)
    expect(onlyPredicts("Si les petits ports ferment, c'est toute une culture de la mer qui partira avec eux.", fr)).toBe(true)
  })

  it('leaves a decision with a condition and a date', () => {
    expect(onlyPredicts('If the trial works, the ferry discount will be extended to all islands in 2028.', en)).toBe(false)
    expect(onlyPredicts('The Board agreed to fund the quay. If the grant arrives, works will start soon.', en)).toBe(false)
  })
})

describe('a review set in the future or in the passive', () => {
  it('reads it as only setting up the review, in English and French', () => {
    for (const text of [
      'The Network will present a first review of the charter at its 2028 congress, and will review its funding in 2029.',
      'Progress on these decisions will be reviewed by the Secretary every six months, and a full report will be put to the Board at its next meeting.',
      'The Board decided that progress on the harbour plan would be reviewed every quarter, and that a report would be placed before members at their next meeting.',
    ]) expect(onlySetsUpReview(text, en), text).toBe(true)
    for (const text of [
      'La fédération dressera un premier bilan de la charte lors de son congrès de 2028, et en révisera les tarifs en 2029.',
      "L'association présentera un bilan du plan de rénovation lors de son assemblée de 2027 et en réexaminera le financement en 2030.",
    ]) expect(onlySetsUpReview(text, fr), text).toBe(true)
  })

  it('leaves a future that decides something else', () => {
    expect(onlySetsUpReview('The Network will open two new quays in 2028.', en)).toBe(false)
    expect(onlySetsUpReview('La fédération ouvrira deux nouveaux quais en 2028.', fr)).toBe(false)
  })
})

describe('whole texts', () => {
  it('reads numbered minutes: procedure, a negation and a member of its own as context, the review and the next meeting as outlook', async () => {
    const text = [
      'Harbour Safety Forum',
      'Minutes of the Autumn Meeting',
      'Oban, 14 October 2026',
      '',
      '1. Apologies were received from the harbour master of Tobermory.',
      '',
      '2. The Chair welcomed the members and thanked the Sailing Trust for the use of its clubhouse.',
      '',
      '3. The minutes of the meeting held on 3 March 2026 were agreed as a correct record.',
      '',
      '4. The Forum agreed to buy two patrol boats for the sound.',
      '',
      '5. Members agreed to train 40 volunteer boat marshals each summer.',
      '',
      '6. Members did not reach agreement on a common speed limit in the bay. Each harbour will keep its own bylaws.',
      '',
      '7. The representative of Mull said her council plans to light the slipway at Craignure.',
      '',
      '8. Progress on these decisions will be reviewed by the Secretary every six months, and a report will be put to the Forum at its next meeting.',
      '',
      '9. The next annual general meeting of the Forum will be held in Mallaig in April 2027.',
      '',
    ].join('\n')
    const {result} = await structureText(text)
    expect(bodies(result)).toEqual(['The Forum agreed to buy two patrol boats for the sound.', 'Members agreed to train 40 volunteer boat marshals each summer.'])
    expect(result!.readout.outlook.length).toBe(2)
  })

  it("reads a minute's action items after its decisions as outlook, with an @name", async () => {
    const text = 'Harbour Safety Forum\nMinutes\nOban, 14 October 2026\n\nThe Forum met in Oban on 14 October 2026.\n\nDecisions\n- The Forum agreed to buy two patrol boats.\n- Members agreed to train 40 boat marshals.\n\nAction items\n- @Ailsa Brown to order the patrol boats by 30 November 2026\n- Secretary to send the training plan to members by 15 November 2026\n'
    const {result} = await structureText(text)
    expect(bodies(result)).toEqual(['The Forum agreed to buy two patrol boats.', 'Members agreed to train 40 boat marshals.'])
    expect(result!.readout.outlook.join(' ')).toMatch(/@Ailsa Brown to order .* Secretary to send/)
  })
})
