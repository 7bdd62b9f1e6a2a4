import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Documents pasted from PDFs, tables and markup exports (pdftext47): the furniture of each shape is set aside and its points read.
// Every sentence here is written for the test.

describe('a table whose rows give a topic and what was decided about it', () => {
  it('reads a three-column Markdown table as titled points, its lead column left out', async () => {
    const {result} = await structureText('Lake Ferries Council – readout\nBled, 12 May 2026\n\nThe Lake Ferries Council met in Bled on 12 May 2026 and settled the points below.\n\n| Topic | What we agreed | Lead |\n|:--|:--|--:|\n| Night crossings | Two ferries will run after midnight on summer weekends from June. | Slovenia |\n| Cheaper tickets | Pupils will travel free on every line from the next school year. | Secretariat |\n| Greener boats | Members will fit electric engines to four older ferries by 2028. | Austria |\n')
    expect(result!.readout.pillars.map((p) => [p.title, p.body])).toEqual([
      ['Night crossings', 'Two ferries will run after midnight on summer weekends from June.'],
      ['Cheaper tickets', 'Pupils will travel free on every line from the next school year.'],
      ['Greener boats', 'Members will fit electric engines to four older ferries by 2028.'],
    ])
  })

  it('reads a French two-column table typed with tabs, with no line of column names, the same way', async () => {
    const {result} = await structureText("Conseil des refuges de montagne – compte rendu\nChamonix, le 3 juin 2026\n\nLe conseil des refuges s'est réuni à Chamonix le 3 juin 2026 et a arrêté ce qui suit.\n\nGardiennage\tChaque refuge sera gardé de juin à septembre par deux personnes au moins.\nEau potable\tLes refuges d'altitude installeront un filtre commun avant l'été 2027.\nSecours\tUne radio reliée au poste de secours équipera chaque refuge dès cet hiver.\n")
    expect(result!.readout.pillars.map((p) => [p.title, p.body])).toEqual([
      ['Gardiennage', 'Chaque refuge sera gardé de juin à septembre par deux personnes au moins.'],
      ['Eau potable', "Les refuges d'altitude installeront un filtre commun avant l'été 2027."],
      ['Secours', 'Une radio reliée au poste de secours équipera chaque refuge dès cet hiver.'],
    ])
  })

  it('keeps a two-column table of figures as context', async () => {
    const {result} = await structureText('Lake Ferries Council – readout\nBled, 12 May 2026\n\nThe Lake Ferries Council met in Bled on 12 May 2026 and agreed to run two night ferries from June.\n\n| Line | Passengers in 2025 |\n|---|---|\n| Bled – Mlino | 41,000 |\n| Bled – Zaka | 12,500 |\n| Island shuttle | 88,000 |\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['The Lake Ferries Council met in Bled on 12 May 2026 and agreed to run two night ferries from June.'])
  })
})
