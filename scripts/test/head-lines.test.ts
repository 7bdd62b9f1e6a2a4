import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {headFeatures, headLines, headProbabilities, lineOfTitle, mayBeTitle, overruledTitle, titleOfLine, withRules, type HeadWeights} from '../structure/head-lines.js'
import {fitHeads} from '../reader/head-fit.js'
import {structureText} from './helpers.js'

// The learned chooser of the title among a text's head lines (headlines47): head blocks in our own words, of channels the corpus
// has not shown (a video's page, a chat export, a blog, a Mastodon post), English and French.
const WEIGHTS = JSON.parse(readFileSync(new URL('../structure/head-line-weights.json', import.meta.url), 'utf8')) as HeadWeights

/** The chooser's choice among a text's head lines (the line's text, or `(none)`). */
function choice(source: string, lang: string): string {
  const lines = headLines(source)
  const options = lines.filter(mayBeTitle)
  const features = headFeatures(lines, lang)
  const p = headProbabilities(withRules(options.map((line) => features[line.at]), -1), WEIGHTS)
  const best = p.indexOf(Math.max(...p))
  return best === options.length ? '(none)' : options[best].text
}

const VIDEO = `Harbourside Talks
Streamed live on 3 May 2026 · 1,204 views

Ferry operators agree a shared winter timetable for the three islands

The Western Isles Ferry Board met in Oban on Thursday 30 April 2026 and agreed that the winter timetable for the three island routes will be planned together from next year, with one booking system for all of them.
`
const BLOG = `The Allotment Ledger – a blog about growing in common

Plot holders back a water-sharing rota for the dry months

Posted by Amira Khan on 8 June 2026

The Riverside Allotments Association met at the community hall in Leeds on Saturday 6 June 2026 and agreed a rota so that every plot gets water on the same two days each week during the dry months.
`
const MASTODON = `Réseau des bibliothèques rurales @biblios_rurales@mastodon.example
Publié le 14 avril 2026 · 🌍

Les bibliothèques rurales du Cantal mutualisent leurs navettes de livres

Le comité de pilotage du réseau des bibliothèques rurales du Cantal s'est réuni à Aurillac le 13 avril 2026 et a décidé de mutualiser les navettes de livres entre les quarante communes membres à partir de septembre.
`
const FEED = `Titre : Les brasseurs artisanaux du Jura adoptent une charte commune
Lien : https://brasseurs-jura.example/actualites/charte
Date : lun. 9 mars 2026

La Fédération des brasseurs artisanaux du Jura s'est réunie à Lons-le-Saunier le 7 mars 2026 et a adopté une charte commune sur l'origine des malts et le recyclage des bouteilles consignées.
`

describe('the head-line chooser', () => {
  it('chooses the headline under a channel’s, a blog’s or an account’s line', () => {
    expect(choice(VIDEO, 'en')).toBe('Ferry operators agree a shared winter timetable for the three islands')
    expect(choice(BLOG, 'en')).toBe('Plot holders back a water-sharing rota for the dry months')
    expect(choice(MASTODON, 'fr')).toBe('Les bibliothèques rurales du Cantal mutualisent leurs navettes de livres')
  })

  it('overrules the rules’ first line only when it doubts it and is sure of another', () => {
    expect(overruledTitle(VIDEO, 'Harbourside Talks', 'en', WEIGHTS)).toBe('Ferry operators agree a shared winter timetable for the three islands')
    expect(overruledTitle(MASTODON, 'Réseau des bibliothèques rurales @biblios_rurales@mastodon.example', 'fr', WEIGHTS)).toBe('Les bibliothèques rurales du Cantal mutualisent leurs navettes de livres')
    // (a first line of more than eight words is a headline, never a channel's name: `… Commit to …` over `Joint Statement of …`)
    const headline = 'Estuary mayors commit three million pounds to fix flooded underpasses before winter'
    expect(overruledTitle(`${headline}\n\nJoint Statement of the Estuary Towns Compact\n\nThe mayors of the Estuary Towns Compact met in Gravesend on 4 May 2026 and agreed to fund repairs to every flooded underpass before the winter.\n`, headline, 'en', WEIGHTS)).toBeUndefined()
    // (the rules' title is not the first line: the chooser has no word)
    expect(overruledTitle(BLOG, 'Plot holders back a water-sharing rota for the dry months', 'en', WEIGHTS)).toBeUndefined()
  })

  it('gives a field’s line its value, not its label, unless the label opens a headline', () => {
    expect(titleOfLine('Title: Associate boards back a shared fund')).toBe('Associate boards back a shared fund')
    expect(titleOfLine('Titre : Les brasseurs adoptent une charte commune')).toBe('Les brasseurs adoptent une charte commune')
    expect(titleOfLine('Cantines : le comité vote le fait maison')).toBe('Cantines : le comité vote le fait maison')
    expect(titleOfLine('AGM 2026: your questions answered')).toBe('AGM 2026: your questions answered')
    expect(lineOfTitle('Les brasseurs artisanaux du Jura adoptent une charte commune', headLines(FEED).map((line) => line.text))).toBe(0)
  })

  it('reads the headline as the title of a text whose first line is a channel’s', async () => {
    const {result} = await structureText(VIDEO)
    expect(result?.readout.title).toBe('Ferry operators agree a shared winter timetable for the three islands')
    const french = await structureText(MASTODON)
    expect(french.result?.readout.title).toBe('Les bibliothèques rurales du Cantal mutualisent leurs navettes de livres')
  })

  it('fits deterministically: a line that looks like the others’ titles wins', () => {
    const row = (name: string, texts: string[], title: number) => {
      const lines = headLines(texts.join('\n\n'))
      const features = headFeatures(lines, 'en')
      return {case: name, rules: -1, positives: [title], lines: lines.map((line, k) => ({text: line.text, features: features[k], candidate: mayBeTitle(line)}))}
    }
    const rows = Array.from({length: 12}, (_, n) => row(`case${n}`, [`Site ${n} – News`, `Members agree rule ${n} for shared boats`, `The club of town ${n} met on Saturday and agreed a rule on boats that every member will follow from next year.`], 1))
    const first = fitHeads(rows, 0.01)
    expect(fitHeads(rows, 0.01)).toEqual(first)
    expect(choice(['Harbour Radio – Live', 'Rowers agree one rule for the slipway', 'The rowing club met on Monday and agreed a rule for the slipway that every crew will follow from the summer.'].join('\n\n'), 'en')).toBe('Rowers agree one rule for the slipway')
  })

  it('reads a head of very long lines fast (only the top 12,000 characters are cut into lines)', () => {
    for (const unit of ['abcdefghij', 'Réunion ', 'passes the ', 'x: ', '– · ']) {
      const source = `${unit.repeat(Math.ceil(2_000_000 / unit.length))}\n\nA title\n`
      const started = performance.now()
      overruledTitle(source, source.slice(0, 40), 'fr', WEIGHTS)
      overruledTitle(source, source.slice(0, 40), 'en', WEIGHTS)
      expect(performance.now() - started, unit).toBeLessThan(1000)
    }
  })
})

describe('a field\'s line is never the chooser\'s title', () => {
  // (header40's `Present: the chair, six operators, …` under a minutes line: the chooser had taken it, the clean-clone CI found it)
  it('keeps the body\'s line over an `Attendees:` line under a minutes line', async () => {
    const {result} = await structureText(`Upland Beekeepers' Guild\nMinutes of the meeting held at the Village Hall, Hawes, on Tuesday 3 March 2026\n\nAttendees: the chair, nine members, the county bee inspector\n\nThe members agreed to share two extractors and to treat every hive for varroa in October.\n`)
    expect(result!.readout.title ?? '').not.toMatch(/^Attendees/u)
  })

  it('and over a `Présents :` line, in French', async () => {
    const {result} = await structureText(`Syndicat des apiculteurs du Haut-Jura\nProcès-verbal de la réunion tenue à la salle des fêtes de Morez, le mardi 3 mars 2026\n\nPrésents : le président, neuf adhérents, l'agent sanitaire apicole\n\nLes adhérents ont décidé de partager deux extracteurs et de traiter toutes les ruches contre le varroa en octobre.\n`)
    expect(result!.readout.title ?? '').not.toMatch(/^Présents/u)
  })
})
