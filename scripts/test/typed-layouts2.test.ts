import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Layouts a communications team pastes that neither the corpus nor the first red team had (issue 11,
// round 2): each was refused or misread before its rule. Every sentence here is written for the test.

describe('a task list with boxes, as a to-do app or a Markdown editor writes it', () => {
  it('reads `[x]` and `[ ]` lines as a list\'s items, without their boxes', async () => {
    const {result, messages} = await structureText('Readout of the Valley Clinics Board\nCuenca, 3 March 2026\n\nThe Valley Clinics Board met in Cuenca on 3 March 2026 and agreed:\n\n[x] Open two night clinics in the eastern valley from May\n[x] Hire 60 nurses on three-year contracts\n[ ] Review the fees for dental care\n')
    expect(messages.join('\n')).not.toMatch(/without pillars/)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Open two night clinics in the eastern valley from May', 'Hire 60 nurses on three-year contracts', 'Review the fees for dental care'])
  })

  it('reads `- [x]` items and ballot boxes (`☑`) the same way', async () => {
    const {result} = await structureText('Readout of the Valley Clinics Board\nCuenca, 3 March 2026\n\nThe Valley Clinics Board met in Cuenca on 3 March 2026 and agreed:\n\n- [x] Open two night clinics in the eastern valley from May\n- [ ] Hire 60 nurses on three-year contracts\n☑ Buy four ambulances for the upland districts\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['Open two night clinics in the eastern valley from May', 'Hire 60 nurses on three-year contracts', 'Buy four ambulances for the upland districts'])
  })
})

describe('a table of decisions', () => {
  const table = (rows: string[]) => `Summary of Conclusions\nHarbour Pilots Working Group\nGdynia, 4 March 2026\n\nThe Working Group met in Gdynia on 4 March 2026 and agreed the actions below.\n\n${rows.join('\n')}\n`

  it('reads the rows of a Markdown table whose first column is `Action` as points, the other cells after the action', async () => {
    const {result, messages} = await structureText(table(['| Action | Owner | Due |', '|---|---|:---:|', '| Train 40 new harbour pilots | Poland | June 2026 |', '| Share one booking system for pilots | Secretariat | 2027 |', '| Buy two pilot boats | Lithuania | 2028 |']))
    expect(messages.join('\n')).not.toMatch(/without pillars/)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Train 40 new harbour pilots (owner Poland; due June 2026)',
      'Share one booking system for pilots (owner Secretariat; due 2027)',
      'Buy two pilot boats (owner Lithuania; due 2028)',
    ])
    expect(result!.readout.context.join(' ')).not.toMatch(/---/)
  })

  it('reads a French table of decisions typed with tabs the same way', async () => {
    const {result} = await structureText('Relevé de décisions\nGroupe de travail sur les ports\nDakar, le 4 mars 2026\n\nLe groupe de travail s\'est réuni à Dakar le 4 mars 2026.\n\nDécision\tResponsable\tÉchéance\nFormer 40 pilotes de port\tSénégal\tjuin 2026\nAcheter deux vedettes\tGambie\t2027\nPublier un guide commun\tSecrétariat\t2027\n')
    expect(result!.readout.pillars.map((p) => p.body)).toEqual([
      'Former 40 pilotes de port (responsable Sénégal; échéance juin 2026)',
      'Acheter deux vedettes (responsable Gambie; échéance 2027)',
      'Publier un guide commun (responsable Secrétariat; échéance 2027)',
    ])
  })

  it('keeps a table of pledges as context, as before', async () => {
    const {result} = await structureText(table(['The Group agreed to train 40 new harbour pilots.', '', '| Donor | Amount | Purpose |', '|---|---|---|', '| Norway | NOK 15 million | pilot training |', '| Poland | PLN 4 million | two pilot boats |', '| Sweden | SEK 9 million | booking system |']))
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(['The Group agreed to train 40 new harbour pilots.'])
    expect(result!.readout.context.join('\n')).toContain('Norway | NOK 15 million | pilot training')
  })
})
