import JSZip from 'jszip'
import {VFile} from 'vfile'
import {decodeSource} from '../structure/read-source.js'
import {structureSource, type Structured} from '../structure/structure-source.js'
import {formatMessages} from '../format-messages.js'
import type {Readout} from '../structure/readout.js'

/** Structure an in-memory source the way the build does a file. */
export async function structureText(text: string | Uint8Array, name = 'test.txt', checkLimits = true): Promise<{result: Structured | undefined; file: VFile; messages: string[]}> {
  const file = new VFile({path: name})
  decodeSource(file, typeof text === 'string' ? new TextEncoder().encode(text) : text)
  const result = await structureSource(file, {checkLimits})
  return {result, file, messages: formatMessages(file)}
}

/** A readout of the usual shape with `count` pillars, for tests that need size. */
export function syntheticReadout(count: number, bodyWords = 40): string {
  const words = 'coalition partners agreed to strengthen coordination share expertise and report progress on commitments made at the meeting'.split(' ')
  const body = (i: number) => Array.from({length: bodyWords}, (_, k) => words[(i + k) % words.length]).join(' ')
  const lines = [
    'The Test Alliance’s ministers met in Rome on 2-3 April 2024.',
    '“Together we go further.” Ministers agreed the ‘Rome Plan’ after two days of talks.',
  ]
  for (let i = 1; i <= count; i++) lines.push(`- Pillar number ${i} on a theme: ${body(i)[0].toUpperCase()}${body(i).slice(1)}.`)
  lines.push('The Alliance has 31 members and will meet again next year.')
  return lines.join('\n') + '\n'
}

/** A readout with `count` pillars whose titles and bodies are long, to test that slides never overflow. */
export function longReadout(count: number): string {
  const lines = [
    'The Intergovernmental Working Group on Long Titles and Even Longer Sentences’s plenipotentiary representatives met in Saint-Rémy-de-Provence on 30 September – 2 October 2025.',
    '“Every slide must fit, however long the readout that was pasted into it turns out to be, and however many pillars the roadmap has.” Delegates repeated it.',
  ]
  const sentence = (i: number, k: number) => `Delegations agreed that commitment ${k} under this heading, number ${i}, will be implemented through coordinated national action plans, regular peer review, shared data platforms and joint financing arrangements of $${i * 3} billion for audits and €${k} million for training`
  for (let i = 1; i <= count; i++) {
    const title = `Strengthen the implementation, monitoring and review of commitments under workstream ${i} across all member states and partners`
    lines.push(`${i}. ${title}: ${[1, 2, 3, 4, 5, 6].map((k) => sentence(i, k)).join('. ')}.`)
  }
  lines.push('Delegates will meet again next year to review progress on all pillars and to agree a further set of measurable targets for the following period.')
  return lines.join('\n') + '\n'
}

/** A readout written by hand for a test: what the test names, no figures, context or outlook unless it gives them. */
export function readoutWith(fields: Pick<Readout, 'title' | 'pillars' | 'source'> & Partial<Readout>): Readout {
  return {figures: [], context: [], outlook: [], ...fields}
}

/** Read a text as the build does and give its readout; a text the reader refuses throws its problems. */
export async function readoutOf(text: string, name = 'test.txt'): Promise<Readout> {
  const {result, messages} = await structureText(text, name)
  if (!result) throw new Error(messages.join('\n'))
  return result.readout
}

/** The XML parts of an Office file (`ppt/slides/slide3.xml`, `word/document.xml`, their `.rels`), by name. */
export async function zipParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const found = new Map<string, string>()
  for (const name of Object.keys(zip.files).filter((n) => /\.(?:xml|rels)$/.test(n))) found.set(name, await zip.files[name].async('string'))
  return found
}
