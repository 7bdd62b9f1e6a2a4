import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {normaliseSpace} from './text.js'
import {paragraphsOf, readoutOf, textOf} from './state.js'

/**
 * Keep every paragraph that is not the dateline or a pillar, in source order: those before the
 * first pillar are context, the rest outlook. Nothing in the source is lost.
 */
const collectParagraphs: Plugin<[], Root> = function () {
  return function (tree, file) {
    const readout = readoutOf(file)
    let seenPillar = false
    for (const paragraph of paragraphsOf(tree)) {
      const role = paragraph.data?.role
      if (role === 'pillar') seenPillar = true
      if (role) continue
      ;(seenPillar ? readout.outlook : readout.context).push(normaliseSpace(textOf(paragraph)))
    }
  }
}
export default collectParagraphs
