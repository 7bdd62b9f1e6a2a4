/**
 * French numbers written in words, read by their grammar rather than by adding word values: `huit
 * cents` is 800 (not `huit` and `cents`), `deux mille` 2000, `quatre-vingt-dix-sept` 97,
 * `soixante et onze` 71, `mille deux cent cinquante` 1250; Belgian and Swiss `septante`,
 * `huitante`/`octante`, `nonante`; hyphens or spaces between the words, as the 1990 spelling or the
 * traditional one writes them (`deux-cent-vingt-et-un`, `deux cent vingt et un`). Scales above a
 * thousand (`millions`, `milliards`) are read by the caller as the scale of the number, as in English.
 */

const UNITS: Readonly<Record<string, number>> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
}

/** Ten to sixteen: one word each. */
const TEENS: Readonly<Record<string, number>> = {dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16}

/** The tens written with one word (`soixante-dix` and `quatre-vingts` are read by their parts). */
const TENS: Readonly<Record<string, number>> = {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
}

type Read = [value: number, next: number]

/** 1 to 19 at `at`: a unit, a teen, or `dix-sept`, `dix-huit`, `dix-neuf`. */
function belowTwenty(words: readonly string[], at: number): Read | undefined {
  const word = words[at]
  if (word in UNITS) return [UNITS[word], at + 1]
  if (word === 'dix' && /^(?:sept|huit|neuf)$/.test(words[at + 1] ?? '')) return [10 + UNITS[words[at + 1]], at + 2]
  if (word in TEENS) return [TEENS[word], at + 1]
  return undefined
}

/** 1 to 99 at `at`. */
function belowHundred(words: readonly string[], at: number): Read | undefined {
  const word = words[at]
  // quatre-vingts, quatre-vingt-un … quatre-vingt-dix-neuf (no `et`)
  if (word === 'quatre' && (words[at + 1] === 'vingt' || words[at + 1] === 'vingts')) {
    if (words[at + 1] === 'vingts') return [80, at + 2]
    const rest = belowTwenty(words, at + 2)
    return rest ? [80 + rest[0], rest[1]] : [80, at + 2]
  }
  if (word in TENS) {
    const tens = TENS[word]
    let next = at + 1
    const joined = words[next] === 'et'
    if (joined) next++
    // soixante-dix … soixante-dix-neuf, soixante et onze
    const rest = tens === 60 ? belowTwenty(words, next) : words[next] in UNITS ? ([UNITS[words[next]], next + 1] as Read) : undefined
    // `et` joins only `un`/`une` (and `onze` after `soixante`); otherwise it is the sentence's `and`
    if (rest && joined && !(rest[0] === 1 || (tens === 60 && rest[0] === 11))) return [tens, at + 1]
    return rest ? [tens + rest[0], rest[1]] : [tens, at + 1]
  }
  return belowTwenty(words, at)
}

/** 1 to 999 at `at`: `[n] cent(s) [1–99]` or 1–99. */
function belowThousand(words: readonly string[], at: number): Read | undefined {
  let hundreds = 0
  let next = at
  if (words[at] === 'cent' || words[at] === 'cents') {
    hundreds = 100
    next = at + 1
  } else if (words[at] in UNITS && words[at] !== 'un' && words[at] !== 'une' && (words[at + 1] === 'cent' || words[at + 1] === 'cents')) {
    hundreds = UNITS[words[at]] * 100
    next = at + 2
  }
  if (hundreds) {
    // `cents` with an `s` ends the hundreds (`deux cents`); `deux cent trois` goes on
    if (words[next - 1] === 'cents') return [hundreds, next]
    const rest = belowHundred(words, next)
    return rest ? [hundreds + rest[0], rest[1]] : [hundreds, next]
  }
  return belowHundred(words, at)
}

/**
 * The number written in words at the start of `words`, below a million: `['huit', 'cents']`
 * gives 800, `['deux', 'mille', 'cinq', 'cents']` 2500, `['quatre', 'vingt', 'dix', 'sept']` 97.
 * @param words the words in lower case, split at spaces and hyphens, `et` kept as a word
 * @returns the value and how many words it used (the longest number that starts there), or
 *   `undefined` when the first word does not start a number
 */
export function readFrenchNumber(words: readonly string[]): {value: number; count: number} | undefined {
  if (words[0] === 'zéro') return {value: 0, count: 1}
  if (words[0] === 'mille') {
    const rest = belowThousand(words, 1)
    return rest ? {value: 1000 + rest[0], count: rest[1]} : {value: 1000, count: 1}
  }
  const first = belowThousand(words, 0)
  if (!first) return undefined
  // `deux mille`, `cent mille`, `quatre-vingt mille` (`mille` takes no `un` before it)
  if (words[first[1]] === 'mille' && !(first[0] === 1)) {
    const rest = belowThousand(words, first[1] + 1)
    return rest ? {value: first[0] * 1000 + rest[0], count: rest[1]} : {value: first[0] * 1000, count: first[1] + 1}
  }
  return {value: first[0], count: first[1]}
}
