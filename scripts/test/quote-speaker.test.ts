import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {makeSlides} from '../../slides/make-slides.js'
import {structureText} from './helpers.js'

/** The credit under the key message on the deck's statement slide, for a source text. */
async function credit(text: string, name = 'test.txt'): Promise<string | undefined> {
  const {result} = await structureText(text, name)
  const slide = makeSlides(result!.readout).slides.find((s) => s.kind === 'message')
  return slide?.content.lines?.[0]
}

const corpus = (name: string) => readFileSync(path.join(import.meta.dirname, 'corpus', name, 'input.txt'), 'utf8')

describe('the key-message slide credits who said the quote', () => {
  it('a role alone, with the meeting (was "East African Resilience Partnership, Nairobi" for “…,’ the Chair said”)', async () => {
    expect(await credit(corpus('climate-no-colon-bullets-1'))).toBe('Chair, East African Resilience Partnership')
  })

  it('a named speaker as the text names them', async () => {
    expect(await credit(corpus('cities-wire-header'))).toBe('The Coalition’s Chair, Mayor Elena Kosta of Athens')
    const text = [
      'Health ministers of the Andean Vaccine Alliance met in Quito on 2 March 2026.',
      '“No child should wait for a vaccine because of a border,” said Dr Lucía Paredes, Minister of Health of Ecuador.',
      'Cold chain',
      'Ministers agreed to share refrigerated trucks between member states.',
      'Joint purchasing',
      'Ministers agreed to buy measles vaccines together from 2027.',
    ].join('\n\n')
    expect(await credit(text, 'andean.txt')).toBe('Dr\u00a0Lucía Paredes, Minister of Health of Ecuador')
  })

  it('a French role, with the meeting (« …», a rappelé le président de la réunion)', async () => {
    expect(await credit(corpus('fr-agriculture-numbered-tail'), 'fr.txt')).toBe('Président de la réunion, Union des coopératives du fleuve Niger')
  })

  it('the meeting when no one else is named (“That was the message ministers sent”)', async () => {
    expect(await credit(corpus('education-prose-1'))).toBe('Coalition for Girls’ Learning, Rome')
  })
})
