import {describe, expect, it} from 'vitest'
import {pointTitle, purposeTitle} from '../structure/choose-title.js'
import {patternTitle} from '../structure/pattern-title.js'
import {readingFor} from '../structure/language.js'

// Made point titles of one word (issue 11, branch titles17): sentences of my own, not the corpus's.

describe('a means named alone takes the purpose its sentence gives it', () => {
  it('past an amount and an aside between commas, to the verb that says what it pays for', () => {
    expect(pointTitle('A fund of €9 million, raised from a levy on hotel nights, will pay for lifeguard towers on public beaches.')).toBe('Fund for lifeguard towers')
    expect(pointTitle('A fund of US$20 million, paid for by the three provinces, will help small bakeries replace their ovens.')).toBe('Fund for small bakeries')
  })

  it('from `to` and a verb, through the verb’s own `to`', () => {
    expect(purposeTitle('Fund', 'We will set up a fund of US$90 million to lend to rural ferry operators for new hulls, and we invite private banks to join.')).toBe('Fund for rural ferry operators')
    expect(purposeTitle('Programme', 'Ministers agreed to launch a programme to help 2,000 young beekeepers, most of them women, to sell honey abroad.')).toBe('Programme for young beekeepers')
  })

  it('from `for` after a relative clause', () => {
    expect(pointTitle('The fee that a port may charge for a berth inspection is capped at 3 percent of the harbour dues.')).toBe('Fee for berth inspection')
  })

  it('never from who pays, an amount or a time', () => {
    expect(purposeTitle('Fund', 'A fund, paid for by the members, was set up.')).toBeUndefined()
    expect(purposeTitle('Fund', 'The fund will run for three years.')).toBeUndefined()
    expect(purposeTitle('Fund', 'The fund was set up in 2024 and grew.')).toBeUndefined()
  })

  it('leaves a word that is no means alone', () => {
    expect(purposeTitle('River', 'The river will be dredged for barges.')).toBeUndefined()
  })
})

describe('French made titles that were one word', () => {
  const fr = (sentence: string) => patternTitle(sentence, readingFor('fr').titles!)

  it('titles what those who commit or receive will have, not who they are', () => {
    expect(fr('Les mairies rurales se sont engagées à ouvrir 25 maisons de santé dans les cantons isolés.')).toBe('Maisons de santé')
    expect(fr('Les brasseries artisanales recevront des cuves de fermentation neuves.')).toBe('Cuves de fermentation neuves')
  })

  it('names one word received, or aid, with who receives it', () => {
    expect(fr('Les apiculteurs débutants recevront une formation dans les lycées agricoles.')).toBe('Formation des apiculteurs débutants')
    expect(fr('Les refuges de montagne recevront une aide de 300 000 euros pour isoler leurs toits.')).toBe('Aide aux refuges de montagne')
  })

  it('names a part of a counted whole by the whole', () => {
    expect(fr('Les ministres ont noté que seules 7 des 52 laiteries de la région pasteurisent le lait de chèvre.')).toBe('Laiteries de la région')
  })

  it('keeps what a rate inside a phrase is levied on', () => {
    expect(fr('Une taxe de 1 % sur les billets de croisière financera le nettoyage des plages.')).toBe('Taxe sur les billets de croisière')
  })

  it('skips a participle aside after the subject, and the making of what a study is about', () => {
    expect(fr('Une étude, commandée au laboratoire national, sur la création d\'une marque collective du miel sera publiée en mars.')).toBe('Étude sur une marque collective du miel')
  })

  it('leaves out an amount after `à hauteur de`, and a share after `de moitié`', () => {
    expect(fr("L'État financera à hauteur de 12 millions d'euros la rénovation de six gares routières.")).toBe('Rénovation des gares routières')
    expect(fr('Les écoles bénéficieront d\'un programme de lecture financé à hauteur de 2 000 euros par classe.')).toBe('Programme de lecture')
    expect(fr("Les ports se sont engagés à réduire de moitié, d'ici 2032, les rejets d'eaux grises des navires.")).toBe("Réduction des rejets d'eaux grises des navires")
    // (`à hauteur d'enfant` is no amount)
    expect(fr("Les ministres ont adopté une charte pour des rues à hauteur d'enfant.")).toBe("Charte pour des rues à hauteur d'enfant")
  })
})
