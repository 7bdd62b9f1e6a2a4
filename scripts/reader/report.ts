import type {Readout} from '../structure/readout.js'
import {DEFAULT_KIND} from '../structure/english.js'

/**
 * What the reader understood of a source, as `npm run check` prints it: title, kind, date, place,
 * who met, key message, each point's title and the figures.
 * @param name the source's path as given
 * @param readout the readout
 * @returns the lines, indented under the file name
 */
export function describeReadout(name: string, readout: Readout): string[] {
  const lines = [name]
  const row = (label: string, value: string | undefined) => lines.push(`  ${label.padEnd(13)}${value ?? '–'}`)
  row('title', readout.title)
  row('kind', readout.kind ?? DEFAULT_KIND)
  row('language', readout.lang ?? 'en')
  row('date', readout.dates?.display)
  row('place', readout.place)
  row('organisation', readout.organisation)
  row('participants', readout.participants)
  row('key message', readout.keyMessage)
  row('roadmap', readout.roadmap)
  lines.push(`  points (${readout.pillars.length})`)
  readout.pillars.forEach((pillar, index) => lines.push(`    ${index + 1}. ${pillar.title}`))
  lines.push(`  figures (${readout.figures.length})`)
  for (const figure of readout.figures) lines.push(`    ${figure.value}  ${figure.label}`)
  lines.push(`  context ${readout.context.length} paragraph(s), outlook ${readout.outlook.length} paragraph(s)`)
  return lines
}
