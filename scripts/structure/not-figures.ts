import {readFrenchNumber} from './french-numerals.js'
import {wordsToNumber} from './number-words.js'
import type {KeyFigure} from './readout.js'

/**
 * Numbers a sentence gives that are no figure of the meeting, though they count or measure: a document's length
 * (`summary, 4 pages`, `un guide de 36 pages`), a standard of fineness or a ratio (`375 parts per thousand`,
 * `750 millièmes`), a telephone or emergency number (`call 144`, `les centrales 112`, `composer le 3939`), and the quorum
 * (`the quorum of nine members`, `le quorum de huit membres`). The count of those present stays a figure, and so does the
 * whole it is counted from (`96 adhérents sur 140`): the corpus's writers list it.
 */

/** A label that counts a document's pages. */
const PAGES = /^(?:pages?|pp\.?)(?:$|\s)/iu
/** A label or words after a number that make it a standard of fineness or a ratio, not an amount. */
const FINENESS = /^(?:parts?\s+per\s+(?:thousand|million|billion|mille)|parties\s+pour\s+mille|millièmes|‰|carats?)(?!\p{L})/iu
/** Words right before a number that make it a number to call or dial. */
const CALLED = /(?:\b(?:call|calls|calling|dial|dialling|dialing|ring|phone|telephone|hotline|helpline|(?:emergency|phone|telephone|hotline|helpline|the)\s+number)|(?<!\p{L})(?:appel(?:er|lent|le|ez)|compos(?:er|ez|ent|e)|numéro|centrales?(?:\s+d['’]urgence)?|(?:services?|lignes?)\s+d['’]urgence))(?:\s+(?:the|le|la|au|du))?\s*$/iu
/** Words right before a number that make it the quorum (`quorum of nine`, `quorum de huit`, `quorum fixé à`, `quorum set at`). */
const QUORUM = /\bquorum\s+(?:of|de|d['’]|fixé\s+à|set\s+at|is|was|était|est)\s*$/iu

/**
 * Whether a figure read from a sentence is no figure (see the module's comment).
 * @param figure the figure, its sentence with it
 * @returns whether it should be left out
 */
export function notAFigure(figure: KeyFigure): boolean {
  const label = figure.label.trim()
  if (PAGES.test(label)) return true
  if (FINENESS.test(label)) return true
  const value = plainValue(figure.value)
  if (value === undefined) return false
  const places = placesOf(figure.sentence, value)
  if (places.length === 0) return false
  return places.every(({before, after}) => {
    if (FINENESS.test(after.trimStart())) return true
    if (CALLED.test(before) && !/^\s*(?:\p{Ll}+s\b(?<!\bis)|%)/u.test(after)) return true
    return QUORUM.test(before)
  })
}

/** A value that is a bare whole number (`112`, `20`), as a number, or undefined (money, shares, scaled amounts are figures). */
function plainValue(value: string): number | undefined {
  return /^\d[\d,]*$/.test(value) ? Number(value.replace(/,/g, '')) : undefined
}

/** Where a sentence writes a number in digits or in words (English or French), with the text before and after each. */
function placesOf(sentence: string, value: number): Array<{before: string; after: string}> {
  const places: Array<{before: string; after: string}> = []
  const words = /[\p{L}\d][\p{L}\d,-]*/gu
  for (let match = words.exec(sentence); match; match = words.exec(sentence)) {
    const text = match[0]
    const digits = /^\d[\d,]*$/.test(text) ? Number(text.replace(/,/g, '')) : undefined
    const parts = text.toLowerCase().split('-')
    const frenchRead = digits === undefined ? readFrenchNumber(parts) : undefined
    const spelled = digits === undefined ? wordsToNumber(parts) ?? frenchRead?.value : undefined
    // (`Dix-huit`, `soixante-trois`: a French number of hyphened words, read whole)
    const french = frenchRead?.count === parts.length ? frenchRead.value : undefined
    if (digits === value || spelled === value || french === value) places.push({before: sentence.slice(Math.max(0, match.index - 80), match.index), after: sentence.slice(match.index + text.length, match.index + text.length + 40)})
  }
  return places
}
