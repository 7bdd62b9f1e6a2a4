import type {Reading} from './language.js'
import {normaliseSpace, splitSentences} from './text.js'

/**
 * Whether a paragraph only reports what a delegation said, as a summary record of a debate gives
 * it (`The representative of Chile said that …`, `Le délégué du Mali a souligné …`): its first
 * sentence opens with one participant and a verb of saying, and every later sentence is another
 * such report or goes on with its pronoun (`She added that …`). Such a paragraph is context
 * wherever it stands: one speaker's words are not what the meeting decided. A later sentence in
 * which the meeting acts (`The Group agreed to …`) makes the paragraph a point again.
 * @param text the paragraph
 * @param reading the patterns of the source's language
 * @returns whether the paragraph reports an intervention
 */
export function reportsIntervention(text: string, reading: Reading): boolean {
  const words = reading.intervention
  if (!words) return false
  const sentences = splitSentences(normaliseSpace(text.slice(0, 3000)))
  if (sentences.length === 0 || !words.opens.test(sentences[0].text)) return false
  return sentences.slice(1).every((sentence) => words.opens.test(sentence.text) || words.goesOn.test(sentence.text))
}
