import {describe, expect, it} from 'vitest'
import {pointTitle} from '../structure/choose-title.js'
import {patternTitle} from '../structure/pattern-title.js'
import {FRENCH_TITLES} from '../structure/french.js'

// Point titles (titles49): what led to a decision (`Following a report from …,`, `On a proposal from …,`, `Sur la proposition de
// …,`) was read as the subject or the topic; an act done to a thing lost its head (`Old bridle gates` for the replacement of
// them); a French verb's object was lost behind an adverb and a month (`proposera enfin dès janvier une bourse`); a participle
// after an act's noun cut it from its object (`l'achat groupé de l'huile` → “Achat”). Every sentence here is written for the test.
const fr = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)

describe('an opening phrase that says what led to the decision is no subject nor topic', () => {
  it('skips an opening participle phrase and a name said again after it (English)', () => {
    expect(pointTitle('Following a report from the Treasurer, Mr Alan Webb, the committee adopted a new scale of match fees.')).toBe('Scale of match fees')
    expect(pointTitle('Having heard the Warden, the trustees agreed a ban on barbecues in the lower wood.')).toMatch(/^Ban on barbecues/)
    expect(pointTitle('Responding to complaints from walkers, the Trust agreed to fence the upper meadow.')).toBe('Upper meadow')
  })

  it('never titles a point by who proposed or advised it (English)', () => {
    expect(pointTitle('On a proposal from Councillor Ruth Evans, the Board approved the closure of the north car park for the winter.')).toBe('Closure of the north car park')
    expect(pointTitle('On the recommendation of the Finance Committee, members approved a new scale of hire charges for the hall.')).not.toMatch(/recommendation|committee/i)
    expect(pointTitle('On the advice of Dr Rees, chair of the safety panel, members agreed new lifejacket rules for junior crews.')).not.toMatch(/advice|Rees|panel/i)
  })

  it('still reads a topic, and a topic said again after its opening phrase', () => {
    expect(pointTitle('On satellite observation, Ministers welcomed the launch of the regional data hub.')).toBe('Satellite observation')
    expect(pointTitle('Under the first priority, early warning, ministers agreed to install automatic weather stations.')).toBe('Early warning')
  })

  it('never titles a point by who proposed it, nor by who that is (French)', () => {
    expect(fr('Sur la proposition de Mme Durand, présidente de la commission, le bureau a voté la réfection du toit de la chapelle.')).toBe('Réfection du toit de la chapelle')
    expect(fr("Sur le rapport de M. Petit, trésorier, l'assemblée a approuvé la fermeture du refuge d'hiver.")).toBe("Fermeture du refuge d'hiver")
    expect(fr("Sur l'avis de la commission des sports, le conseil a adopté un nouveau règlement des compétitions.")).toBe('Nouveau règlement des compétitions')
  })
})

describe('an act that changes what there is of a thing keeps its head', () => {
  it('keeps the closure, replacement, resurfacing of a thing (English)', () => {
    expect(pointTitle('The parish council agreed to pay for the replacement of 40 old street lamps along the river.')).toBe('Replacement of old street lamps')
    expect(pointTitle('Members voted for the resurfacing of the tennis courts behind the pavilion before the summer.')).toBe('Resurfacing of the tennis courts')
    expect(pointTitle('The trustees approved the closure of the west gallery for two months, so that the roof can be mended.')).toBe('Closure of the west gallery')
    expect(pointTitle('The parish council agreed the demolition of the old bus shelter on Mill Lane.')).toBe('Demolition of the old bus shelter')
    expect(pointTitle('The club approved the purchase of two new rescue boats for the lake.')).toBe('Purchase of new rescue boats')
  })

  it('leaves an act done for people or a policy as the scorer chose it', () => {
    expect(pointTitle('The council agreed to fund the protection of the old hedgerows along the lanes.')).toBe('Protection of the old hedgerows')
  })
})

describe('a French object behind an adverb and a month', () => {
  it('passes over an adverb before a complement of time, and a month read as no infinitive', () => {
    expect(fr("L'Union proposera enfin dès janvier une bourse d'installation aux jeunes potiers.")).toMatch(/^Bourse d'installation/)
    expect(fr("Le syndicat lancera dès février une campagne d'affichage dans les gares.")).toBe("Campagne d'affichage")
    expect(fr('La fédération ouvrira aussi en mars un atelier de réparation des vélos.')).toBe('Atelier de réparation des vélos')
  })
})

describe("a participle after an act's noun keeps the act's object", () => {
  it('keeps the `de` of `achat groupé`, `gestion partagée` (French)', () => {
    expect(fr("Les adhérents ont approuvé l'achat groupé de l'huile d'olive auprès des moulins de la vallée, afin d'obtenir un prix unique.")).toBe("Achat groupé de l'huile d'olive")
    expect(fr('Le conseil a voté la gestion partagée des refuges de montagne avec les communes voisines du massif.')).toBe('Gestion partagée des refuges de montagne')
  })

  it('still ends a phrase at a participle with a complement of its own after a thing', () => {
    expect(fr('Le comité a adopté un plan commun contre les violences faites aux femmes dans le sport.')).toBe('Plan commun contre les violences')
  })

  it('ends a phrase at `auprès`: from whom is never what', () => {
    expect(fr('Le bureau a validé une commande de maillots auprès du fournisseur de la ligue régionale.')).toBe('Commande de maillots')
  })
})
