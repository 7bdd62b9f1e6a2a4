/**
 * A decision's own future (branch roles44, cause E3 of rounds 33 and 34): a rule taken at the meeting is written in the future
 * because it applies from now on (`The new rules will apply to all clubs henceforth`, `These limits will take effect at once`, `Les
 * fûts porteront désormais un marquage …`, `Les règles s'appliqueront dorénavant à tous les ateliers`). Its `will` is the decision
 * itself, no step ahead: an editor leaves such a paragraph out of the outlook.
 */
import type {Reading} from './language.js'
import {splitSentences} from './text.js'

/**
 * Words that say a rule holds from now on (`henceforth`, `from now on`, `from today`, `with immediate effect`, `désormais`,
 * `dorénavant`, `dès à présent`, `à compter de ce jour`), or a verb of a rule's coming into force (`will apply to`, `will take
 * effect`, `will come into force`, `s'appliqueront`, `entrera en vigueur`, `prendra effet`).
 */
const OWN_FUTURE = new RegExp(
  [
    String.raw`(?<!\p{L})(?:henceforth|hereafter|forthwith|from\s+now\s+on|from\s+(?:today|this\s+(?:day|meeting|season|session))(?:\s+onwards?)?|with\s+immediate\s+effect|as\s+(?:of|from)\s+today|from\s+the\s+date\s+of\s+(?:this|the)\s+(?:meeting|decision|resolution))(?!\p{L})`,
    String.raw`(?<!\p{L})(?:will|shall)\s+(?:now\s+|also\s+)?(?:apply|take\s+effect|come\s+into\s+(?:force|effect)|enter\s+into\s+force|be\s+in\s+force)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:d[ée]sormais|dor[ée]navant|d[èe]s\s+(?:[àa]\s+pr[ée]sent|maintenant|aujourd['’]hui)|[àa]\s+compter\s+de\s+ce\s+jour|[àa]\s+partir\s+d['’]aujourd['’]hui|avec\s+effet\s+imm[ée]diat)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:s['’]appliquer(?:a|ont)|entrer(?:a|ont)\s+en\s+vigueur|prendr(?:a|ont)\s+effet)(?!\p{L})`,
  ].join('|'),
  'iu',
)

/**
 * A paragraph without its sentences whose future is a decision's own (`OWN_FUTURE`): what is left is read for a step ahead.
 * @param text the paragraph, spaces normalised
 * @param _reading the patterns of the source's language (the words above hold both languages)
 * @returns the paragraph without those sentences (the text itself when it has none)
 */
export function withoutDecisionsOwnFuture(text: string, _reading: Reading): string {
  if (!OWN_FUTURE.test(text)) return text
  return splitSentences(text.slice(0, 3000))
    .map(({text: sentence}) => sentence)
    .filter((sentence) => !OWN_FUTURE.test(sentence))
    .join(' ')
}
