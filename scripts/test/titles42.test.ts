import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'
import {pastSpeech} from '../structure/speech-object.js'
import {readingFor} from '../structure/language.js'
import {pointTitle} from '../structure/choose-title.js'
import {patternTitle} from '../structure/pattern-title.js'
import {FRENCH_TITLES} from '../structure/french.js'

// Point titles of family F (titles42): a speech the meeting heard taken as the subject, and the other causes below.
// Every sentence here is written for the test.
const second = async (sentence: string, french = false) => {
  const text = french
    ? `Les délégués du Réseau des phares côtiers se sont réunis à Brest le 3 mars 2026.\n\n1. Les délégués ont décidé de créer un registre commun des phares.\n2. ${sentence}\n`
    : `Delegates of the Coastal Lighthouse Network met in Brest on 3 March 2026.\n\n1. Delegates agreed to build a shared lighthouse register.\n2. ${sentence}\n`
  return (await structureText(text)).result!.readout.pillars[1]?.title
}
const ENGLISH = readingFor('en').speechObject
const FRENCH = readingFor('fr').speechObject

describe('a speech the meeting heard is not what the point is about', () => {
  it('titles the decision coordinated after the speech (English)', () => {
    expect(pastSpeech('The Board heard a presentation by the Harbour Authority on dredging, and agreed to fund a survey of the channel.', ENGLISH)).toEqual({clause: 'The Board agreed to fund a survey of the channel.'})
    expect(pastSpeech('Members welcomed the statement made by the youth delegates and decided to open two seats on the council to them.', ENGLISH)).toEqual({clause: 'Members decided to open two seats on the council to them.'})
    expect(pastSpeech('The Council took note of the briefing given by the Secretariat, and asked the working group to draft a code of conduct.', ENGLISH)).toEqual({clause: 'The Council asked the working group to draft a code of conduct.'})
  })

  it('titles the speech’s topic, else its speaker, when no decision follows or the decision points back to the speaker (English)', () => {
    expect(pastSpeech('Ministers heard a keynote address on the future of coastal shipping.', ENGLISH)).toEqual({title: 'Future of coastal shipping'})
    expect(pastSpeech('The Committee welcomed the remarks delivered on behalf of the ferry unions of the region and agreed to invite their leaders to its next session.', ENGLISH)).toEqual({title: 'Ferry unions'})
    expect(pastSpeech('The Conference received with interest the message from the Mayor of Bergen.', ENGLISH)).toEqual({title: 'Mayor of Bergen'})
  })

  it('titles the decision, the topic or the speaker in French too', () => {
    expect(pastSpeech("Le comité a pris acte de l'exposé présenté par le Cerema sur l'érosion, et a décidé de financer trois relevés du trait de côte.", FRENCH)).toEqual({clause: 'Le comité a décidé de financer trois relevés du trait de côte.'})
    expect(pastSpeech("Les ministres ont salué la déclaration faite au nom des pêcheurs et ont convenu de réviser les quotas de bar.", FRENCH)).toEqual({clause: 'Les ministres ont convenu de réviser les quotas de bar.'})
    expect(pastSpeech("L'assemblée a entendu l'allocution du préfet maritime sur la sécurité des plaisanciers.", FRENCH)).toEqual({title: 'Sécurité des plaisanciers'})
    expect(pastSpeech("Le conseil a pris connaissance de la communication présentée par l'association des gardiens de phare.", FRENCH)).toEqual({title: 'Association des gardiens de phare'})
  })

  it('leaves any other sentence as it is', () => {
    expect(pastSpeech('Ministers agreed to publish a statement of principles on lighthouse heritage.', ENGLISH)).toEqual({clause: 'Ministers agreed to publish a statement of principles on lighthouse heritage.'})
    expect(pastSpeech("Le comité a adopté une déclaration commune sur les phares.", FRENCH)).toEqual({clause: 'Le comité a adopté une déclaration commune sur les phares.'})
  })

  it('gives a point a title past the speech, read whole', async () => {
    expect(await second('The Network heard a presentation by the Irish Lights Board on solar lanterns, and agreed to fit solar lanterns to twelve remote lighthouses.')).not.toMatch(/Irish Lights Board|Presentation/)
    expect(await second("Les délégués ont pris acte de l'exposé présenté par le Cerema sur l'érosion, et ont décidé de financer la restauration des phares en mer.", true)).toMatch(/^Restauration des phares/)
  })
})

describe('an English title is never cut before its object nor made of a wrong verb', () => {
  it('keeps a participle’s object that opens on another participle (`households burning imported coal`)', () => {
    expect(pointTitle('Ministers will support households burning imported coal to switch to heat pumps.')).toBe('Households burning imported coal')
    expect(pointTitle('Ministers will help families heating rented flats with oil.')).toBe('Families heating rented flats')
    expect(pointTitle('The Fund will back villages burning imported charcoal to plant woodlots.')).toBe('Villages burning imported charcoal')
  })

  it('reads a bare verb between a modifier and the noun of a subject as a noun of the compound (`offshore wind farms`, not “Winding farms”)', () => {
    expect(pointTitle('Ministers noted that offshore wind parks already supply a fifth of the power.')).toBe('Offshore wind parks')
    expect(pointTitle('Members noted that inland water routes still carry most of the timber.')).toBe('Inland water routes')
    expect(pointTitle('Members noted that offshore fish cages often escape inspection.')).toBe('Offshore fish cages')
    // (a verb with its subject before it stays a verb)
    expect(pointTitle('Members also fund projects in rural areas.')).toBe('Funding projects in rural areas')
  })
})

describe('a French title names what a body named by its acronym decided, past the asides', () => {
  const fr = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)
  it('reads an acronym that decides or asks as who acts, not as the title', () => {
    expect(fr("Le SIVOM a décidé d'ouvrir une déchetterie intercommunale.")).toBe('Déchetterie intercommunale')
    expect(fr("L'ANSES a adopté un protocole de surveillance des huîtres.")).toBe('Protocole de surveillance des huîtres')
    expect(fr("Le SDIS a lancé un plan de formation des sapeurs volontaires.")).toBe('Plan de formation des sapeurs volontaires')
  })

  it('passes over a locution between the auxiliary and its participle', () => {
    expect(fr('La commission a de son côté décidé de créer un fonds de secours.')).toBe('Fonds de secours')
    expect(fr('Les régions ont pour leur part adopté un plan de relance du fret fluvial.')).toBe('Plan de relance du fret fluvial')
    expect(fr("Le syndicat a, quant à lui, décidé d'ouvrir un guichet unique.")).toBe('Guichet unique')
  })

  it('passes over an aside between commas before the object of `mettre en place`, `mettre sur pied`', () => {
    expect(fr('Enfin, le bureau a demandé à ses services de mettre en place, avec les chambres consulaires, un guichet des exportateurs.')).toBe('Guichet des exportateurs')
    expect(fr('Le comité a décidé de mettre sur pied, en lien avec les ports, une cellule de veille.')).toBe('Cellule de veille')
    expect(fr('Le port a décidé de mettre en service, à Lorient, un nouveau bassin de radoub.')).toBe('Nouveau bassin de radoub')
  })
})

describe('a French means named alone says what it is for', () => {
  const fr = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)
  it('names an envelope, a fund or an aid with its purpose after `pour`', () => {
    expect(fr("Un fonds de 2 millions d'euros, géré par la Région, est créé pour soutenir les petits ports de pêche.")).toBe('Fonds pour les petits ports de pêche')
    expect(fr("Une aide de 5 000 euros sera versée pour l'équipement des cuisines scolaires.")).toBe("Aide pour l'équipement des cuisines scolaires")
    expect(fr("Une enveloppe de 900 000 euros est ouverte pour financer la réfection des lavoirs et des fontaines.")).toBe('Enveloppe pour la réfection des lavoirs')
  })
})

describe('a French title leaves out when, and the verb of a relative clause', () => {
  const fr = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)
  it('passes over a season or a year to come before the object', () => {
    expect(fr("Le comité proposera d'ici à la prochaine saison un guide commun des contrôles à l'usage des agents.")).toBe('Guide commun des contrôles')
    expect(fr("Le bureau publiera avant la fin de l'année un annuaire des luthiers.")).toBe('Annuaire des luthiers')
    expect(fr('La fédération lancera dès la rentrée prochaine une campagne de recrutement des arbitres.')).toBe('Campagne de recrutement des arbitres')
    expect(fr("La Région ouvrira l'an prochain un centre de formation des bergers.")).toBe('Centre de formation des bergers')
  })

  it('drops a time at the end of the title', () => {
    expect(fr("Les ministres ont salué la hausse des exportations de l'an passé.")).toBe('Exportations')
    expect(fr('Le conseil a examiné les pertes de récolte de cette année.')).toBe('Pertes de récolte')
    expect(fr("Les délégués ont salué le bilan des foires de l'automne dernier.")).toBe('Bilan des foires')
  })

  it('titles what a passive makes, with whom, when the verb found is a relative clause’s', () => {
    expect(fr('Un accord sera conclu avec les transporteurs pour garantir la desserte des îles, qui ont perdu 40 % de leurs liaisons.')).toBe('Accord avec les transporteurs')
    expect(fr("Un protocole sera signé avec les douanes pour contrôler les ports, qui ont accueilli 300 navires l'an dernier.")).toBe('Protocole avec les douanes')
  })
})
