/**
 * The countries whose money is the peso, by the stem of their name or adjective (`argentin` in Argentina, Argentine, argentine), and the
 * peso's code: a peso after an amount with no country beside it (`40 million pesos`, `40 millions de pesos`) is the peso of the country
 * its sentence names, in English and French texts alike (`La fédération argentine …`).
 */
export const PESO_COUNTRIES: ReadonlyArray<[RegExp, string]> = [
  [/(?<!\p{L})argentin/iu, 'ARS '], [/(?<!\p{L})(?:mexic|méxic|mexiq)/iu, 'MXN '], [/(?<!\p{L})(?:chile|chilien|chilean)/iu, 'CLP '], [/(?<!\p{L})colombi/iu, 'COP '],
  [/(?<!\p{L})(?:philippin|filipin)/iu, 'PHP '], [/(?<!\p{L})urugua/iu, 'UYU '], [/(?<!\p{L})(?:dominican|dominicain)/iu, 'DOP '], [/(?<!\p{L})cuba/iu, 'CUP '],
]

/** The peso of the one country a sentence names (`PESO_COUNTRIES`), or undefined when it names none or several. */
export function pesoOf(sentence: string): string | undefined {
  const named = PESO_COUNTRIES.filter(([pattern]) => pattern.test(sentence))
  return named.length === 1 ? named[0][1] : undefined
}
