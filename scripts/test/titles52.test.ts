import {describe, expect, it} from 'vitest'
import {pointTitle} from '../structure/choose-title.js'
import {patternTitle} from '../structure/pattern-title.js'
import {pointWordsOf} from '../structure/point-title.js'
import {subordinateSpans, titleCandidates} from '../structure/title-candidates.js'
import {FRENCH} from '../structure/french.js'
import {readoutOf} from './helpers.js'

// Point titles named by what the point decides (titles52, session 22). Every text here is written for the test.

const titre = (sentence: string) => patternTitle(sentence, FRENCH.titles!)

describe('French: a title keeps the whole thing decided, not a cut of it', () => {
  it('titles a point whose subject is `elle` or `vous` by its object, as it does `il` or `ils`', () => {
    expect(titre('Elle a également voté la création d\'une caisse de secours pour les familles.')).toBe('Caisse de secours')
    expect(titre('Vous avez adopté le plan de désherbage des allées.')).toBe('Plan de désherbage des allées')
    // (a subject that names the thing stays the title)
    expect(titre('La salle des fêtes sera repeinte au printemps.')).toBe('Salle des fêtes')
  })
  it('ends the phrase where a day or a month brings when, and keeps the noun before it', () => {
    expect(titre('Le club a décidé d\'organiser la journée de taille le samedi 14 mars au jardin partagé.')).toBe('Journée de taille')
    expect(titre('Le conseil a fixé la fête de fin de saison au dimanche 5 juillet 2026.')).toBe('Fête de fin de saison')
    expect(titre('Le club a lancé un cours de tricot le jeudi soir à la médiathèque.')).toBe('Cours de tricot')
    // (`du samedi` says which market: it stays)
    expect(titre('Le bureau a choisi le marché du samedi pour la collecte des bouchons.')).toBe('Marché du samedi')
  })
  it('keeps `avec` and a bare noun, what the thing has, and drops a bound on an amount', () => {
    expect(titre('Le conseil demande d\'installer des tables avec bancs et parasols au moins tous les cent mètres le long du canal.')).toBe('Tables avec bancs et parasols')
    // (`avec succès` says how, no compound)
    expect(titre('Le comité a approuvé le plan de gestion des haies avec satisfaction.')).toBe('Plan de gestion des haies')
  })
  it('skips who acts between an act\'s noun and its object', () => {
    expect(titre('Le conseil a approuvé le financement par la commune de la sortie au musée des CE1.')).toBe('Financement de la sortie')
    expect(titre('Le comité a validé l\'entretien par les bénévoles du sentier des crêtes.')).not.toMatch(/bénévoles/)
    // (`par` and a name with no object after it is left as it was)
    expect(titre('Le comité a salué la restauration du lavoir par les habitants.')).toBe('Restauration du lavoir')
  })
  it('ends the phrase at a verb in the conditional, as at one in the future', () => {
    expect(titre('Le conseil a décidé que la brocante ouvrirait de 8 h à 18 h sur le parking.')).toBe('Brocante')
    expect(titre('La fête du village aurait lieu le 14 juillet sur la place.')).toBe('Fête du village')
    // (`portrait`, `retrait` are nouns)
    expect(titre('Le conseil a retenu le portrait du fondateur pour la salle.')).toBe('Portrait du fondateur')
  })
  it('reads a French minute of the same shapes end to end', async () => {
    const text = [
      'Comité des fêtes de Saint-Brévin – compte rendu de la réunion du mardi 3 mars 2026',
      '',
      'Le comité s\'est réuni le mardi 3 mars 2026 à la salle des associations de Saint-Brévin.',
      '',
      'Le comité a approuvé le financement par la mairie de la sortie des bénévoles au festival, à hauteur de 800 euros.',
      '',
      'Elle a aussi voté la création d\'une réserve de matériel pour les associations de la commune.',
      '',
      'Le prochain comité se réunira en avril.',
      '',
    ].join('\n')
    const titles = (await readoutOf(text)).pillars.map((pillar) => pillar.title)
    expect(titles).toEqual(['Financement de la sortie des bénévoles', 'Réserve de matériel'])
  })
})

describe('English: a title names what the main clause decides, with its compound whole', () => {
  const candidates = (sentence: string) => titleCandidates(sentence).map((candidate) => candidate.text)
  it('reads a bare `-ss` word after `a` and a noun as the compound\'s head, not a verb (`a fish pass at …`)', () => {
    expect(pointTitle('The club agreed to build a fish pass at the old mill this autumn.')).toBe('Fish pass')
    expect(candidates('The council will issue a bus pass to every pupil.')).toContain('Bus pass')
    // (a verb in -s after its plural subject stays a verb, and so does a participle before its agent)
    expect(pointWordsOf('The board chose a joint tender run by the county.').find((w) => w.lower === 'run')?.pos).not.toBe('NOUN')
    expect(pointWordsOf('The rangers pass the gate at dawn.').find((w) => w.lower === 'pass')?.pos).toBe('VERB')
  })
  it('reads a participle in -ed between a determiner and a noun as its modifier', () => {
    expect(candidates('No amplified sound on the green during the fair.')).toContain('Amplified sound')
    expect(pointWordsOf('The park will allow no amplified sound.').find((w) => w.lower === 'amplified')?.pos).toBe('ADJ')
  })
  it('takes no candidate from a clause of when or why, up to its comma, when the main clause has one', () => {
    const sentence = 'The committee agreed to ban barbecues on the common, after residents of Elm Row complained about the smoke.'
    expect(candidates(sentence).some((text) => /Elm Row|Residents|Smoke/.test(text))).toBe(false)
    expect(pointTitle(sentence)).toMatch(/barbecues/i)
    expect(subordinateSpans(pointWordsOf('The works will start in May, when the river is low, and end in June.')).length).toBe(1)
    // (a sentence with nothing else keeps what the clause has)
    expect(candidates('When the lock gates fail').length).toBeGreaterThan(0)
  })
})
