import type {Reading} from './language.js'

/**
 * Whether a title made from a point's words is broken as a reader sees it: it ends on a word that
 * leaves it open (`Budget for`, `Stratégie prévoit`, `Étude sur l'`) or is one vague word or a
 * person's name (`Programme`, `Mandat de Mme …`).
 * @param title the made title
 * @param reading the patterns of the source's language
 * @returns true when the title should give way to a sounder one
 */
export function isBrokenTitle(title: string, reading: Reading): boolean {
  const broken = reading.brokenTitle
  if (!broken) return false
  const text = title.trim()
  return broken.end.test(text) || broken.whole.test(text) || repeatsAWord(text)
}

/** Whether a title says the same word twice in a row (`Fund fund for schools`). */
function repeatsAWord(title: string): boolean {
  const words = title.toLocaleLowerCase().split(/\s+/)
  return words.some((word, index) => index > 0 && /\p{L}/u.test(word) && word === words[index - 1])
}

/**
 * A broken title made sound by leaving out what leaves it open at its end (`Budget for` →
 * `Budget`, `Stratégie prévoit` → `Stratégie`), one word at a time.
 * @param title the broken title
 * @param reading the patterns of the source's language
 * @returns the shorter title, or the title as it was when nothing sound is left
 */
export function mendedTitle(title: string, reading: Reading): string {
  const end = reading.brokenTitle?.end
  if (!end) return title
  let words = title.trim().split(/\s+/)
  while (words.length > 1 && end.test(words.join(' '))) {
    const last = words[words.length - 1]
    // an elision stuck to its word (`sur l'`) is cut off that word; anything else goes whole
    const elided = /^(.*?)([dl]['’]|(?:qu|jusqu|lorsqu)['’])$/iu.exec(last)
    words = elided && elided[1] ? [...words.slice(0, -1), elided[1]] : words.slice(0, -1)
  }
  return words.length > 0 && !end.test(words.join(' ')) ? words.join(' ') : title
}
