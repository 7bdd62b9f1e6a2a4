import {VFile} from 'vfile'
import {decodeSource} from '../structure/read-source.js'
import {structureSource, type Structured} from '../structure/structure-source.js'
import {formatMessages} from '../format-messages.js'

/** Structure an in-memory source the way the build does a file. */
export async function structureText(text: string | Uint8Array, name = 'test.txt'): Promise<{result: Structured | undefined; file: VFile; messages: string[]}> {
  const file = new VFile({path: name})
  decodeSource(file, typeof text === 'string' ? new TextEncoder().encode(text) : text)
  const result = await structureSource(file)
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
