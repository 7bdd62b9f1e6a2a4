import {describe, expect, it} from 'vitest'
import {parsePlainText} from '../structure/parse-plain-text.js'
import {structureText} from './helpers.js'

// threads50: a recording app's export (Fireflies, Otter, tl;dv …) heads the record it wrote `Summary` / `Overview` / `Résumé`: that
// heading goes, and the decisions in the prose under it are read as prose is, never as a summary box's context. Texts written for these tests.

const read = async (text: string) => (await structureText(text)).result!.readout
const texts = (text: string) => parsePlainText(text).children.map((p) => (p as unknown as {children: Array<{value: string}>}).children[0].value)

describe('a recording export\'s summary heading (threads50)', () => {
  it('drops an `Overview` heading over the record and reads each decision of its prose as a point', async () => {
    const text = `Lantern Parade Committee – planning call
Tue, Sep 15, 2026 · 6:30 PM · 52 min

Overview

The Lantern Parade Committee met online to plan this winter's parade through Hebden Bridge.

The committee agreed to move the parade to Saturday 12 December so that it does not clash with the market.

It decided to buy 400 willow kits for the schools' workshops, at £3 a kit.

Transcript

Meg Harper  0:00
Hi all, can everyone hear me? Let's get going.

Jon Ellis  4:10
Schools want the kits before half term if we can manage it.

Meg Harper  18:45
Four hundred kits should cover all six schools, I think.

Jon Ellis  31:20
The market date is the problem, so the twelfth works better for everyone.
`
    expect(texts(text)).not.toContain('Overview')
    const readout = await read(text)
    const bodies = (readout.pillars ?? []).map((pillar) => (pillar as {body?: string}).body ?? '')
    expect(bodies.some((body) => body.startsWith('The committee agreed to move the parade'))).toBe(true)
    expect(bodies.some((body) => body.startsWith('It decided to buy 400 willow kits'))).toBe(true)
  })

  it('drops a French `Résumé de la réunion` heading the same way, a `Transcription` under it', () => {
    const text = `Comité de la fête du pain – point d'étape
12 mars 2026 · 18:00 · 35 min

Résumé de la réunion

Le comité de la fête du pain s'est réuni en visioconférence.

Le comité a décidé d'installer le four mobile sur la place de la mairie.

Transcription

Anne Roux  0:00
Bonsoir, on commence ?

Luc Petit  3:15
J'ai eu le boulanger, il est d'accord pour le four mobile.

Anne Roux  8:02
Reste à savoir où on le met.

Luc Petit  12:40
Pour le four, la place de la mairie me paraît le plus simple.
`
    expect(texts(text)).not.toContain('Résumé de la réunion')
    expect(texts(text)).toContain('Le comité a décidé d\'installer le four mobile sur la place de la mairie.')
  })

  it('keeps a `Summary` heading of a text with no transcript under it', () => {
    const text = `Board meeting notes

Summary

The board approved the accounts.

Decisions

- The board agreed to hire a coordinator.
`
    expect(texts(text)).toContain('Summary')
  })
})

// threads51: an AI note-taker's notes pasted with no transcript, told by its own lines (`Notes by …`, `Was this summary helpful?`).
describe('an AI note-taker\'s notes with no transcript (threads51)', () => {
  it('drops the `Summary` heading and the rating request when the notes name their writer (English)', async () => {
    const text = `Meeting notes: Pool users' group, spring call
Mon 8 Mar 2027 · Online · 41 min · Notes by Scribely

Summary
The Pool Users' Group met online and 9 of its 11 clubs joined.
The group agreed to move the early swim to 6:30 from April.
It also agreed to ask the council for a second lifeguard on Sundays.

Was this summary helpful? 👍 👎
`
    const got = texts(text)
    expect(got).not.toContain('Summary')
    expect(got.some((line) => line.startsWith('Was this summary helpful'))).toBe(false)
    const bodies = (await read(text)).pillars.map((p) => p.body)
    expect(bodies).toContain('The group agreed to move the early swim to 6:30 from April.')
  })

  it('does the same in French, `Résumé` and `Notes générées par …`', () => {
    const got = texts(`Compte rendu : bureau de l'association des jardins partagés
jeu. 4 mars 2027 · En ligne · Notes générées par Notula

Résumé
Le bureau a décidé d'ouvrir une deuxième parcelle rue des Lilas.
Il a aussi voté une cotisation de 15 euros.

Ce résumé vous a-t-il été utile ?
`)
    expect(got).not.toContain('Résumé')
    expect(got).not.toContain('Ce résumé vous a-t-il été utile ?')
    // (a `Summary` heading with no note-taker's line stays)
    expect(texts('Annual report\n\nSummary\nThe board approved the accounts.\n')).toContain('Summary')
  })
})
