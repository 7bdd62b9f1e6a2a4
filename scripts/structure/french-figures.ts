/**
 * A figure's value as a French reader writes it. The reader keeps every value in one normal form
 * (`2.3 million`, `126,000`, `FCFA 1.5 billion`, `€800 million`, `45%`); a French pack shows
 * `2,3 millions`, `126 000`, `1,5 milliard de francs CFA`, `800 millions d’euros`, `45 %`, with
 * narrow no-break spaces between the groups of a number and before `%`.
 */

const NBSP = '\u00A0'
/** The narrow no-break space French puts in `3 000` and before `%`. */
const NNBSP = '\u202F'

/** A currency written before its number in the normal form: the words after a scale (`2 millions d’euros`) and the sign after a bare number (`800 €`). */
const CURRENCIES: Record<string, [words: string, sign: string]> = {
  '€': ['d’euros', '€'],
  EUR: ['d’euros', '€'],
  $: ['de dollars', '$'],
  US$: ['de dollars américains', '$ US'],
  USD: ['de dollars américains', '$ US'],
  C$: ['de dollars canadiens', '$ CA'],
  CAD: ['de dollars canadiens', '$ CA'],
  A$: ['de dollars australiens', '$ AU'],
  AUD: ['de dollars australiens', '$ AU'],
  NZ$: ['de dollars néo-zélandais', '$ NZ'],
  NZD: ['de dollars néo-zélandais', '$ NZ'],
  HK$: ['de dollars de Hong Kong', '$ HK'],
  '£': ['de livres sterling', '£'],
  GBP: ['de livres sterling', '£'],
  '¥': ['de yens', '¥'],
  JPY: ['de yens', '¥'],
  CNY: ['de yuans', 'CNY'],
  '₩': ['de wons', '₩'],
  KRW: ['de wons', '₩'],
  '₹': ['de roupies', '₹'],
  INR: ['de roupies', '₹'],
  CHF: ['de francs suisses', 'CHF'],
  FCFA: ['de francs CFA', 'FCFA'],
  XOF: ['de francs CFA', 'FCFA'],
  XAF: ['de francs CFA', 'FCFA'],
  XPF: ['de francs CFP', 'F CFP'],
  NOK: ['de couronnes norvégiennes', 'NOK'],
  SEK: ['de couronnes suédoises', 'SEK'],
  DKK: ['de couronnes danoises', 'DKK'],
}

/** Scales as the normal form (or a hand-edited `roadmap.md`) writes them, and the French word of each (none for thousands: `12k` is `12 000`). */
const SCALES: Record<string, string> = {thousand: '', k: '', million: 'million', m: 'million', mn: 'million', billion: 'milliard', bn: 'milliard', trillion: 'billion', tn: 'billion'}

/** A number in the normal form, its groups parted by commas: `126,000`, `2.3` (never `1,5`, a number written the French way already). */
const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`
const SIGN = String.raw`[A-Z]{0,2}\$|[€£¥₩₹]|[A-Z]{3,4} `
/**
 * The normal form: an increment's `+`, a currency, a number or a range (`40–60`), a scale, `%` or a
 * multiplier's `x`, and unit words (`km`, `tonnes`); or a multiplier written first (`x3`).
 */
const VALUE = new RegExp(
  String.raw`^(\+)?(${SIGN})?(?:(${NUMBER})\s?[–-]\s?(?:${SIGN})?)?(${NUMBER})(?:\s?(thousand|million|billion|trillion|bn|mn|tn|k|m)(?![\p{L}]))?(?:\s?(%)|(x|×)(?![\p{L}]))?(?:\s+(\p{L}[\p{L}\p{N}²³/.' -]*))?$`,
  'u',
)
const MULTIPLIER_FIRST = new RegExp(String.raw`^[x×]\s?(${NUMBER})$`)

/** How a figure is written: `short` abbreviates a sum's scale and currency (`1,5 Md FCFA`). */
export interface FigureOptions {
  short?: boolean
}

/** The abbreviation of a scale word before a currency's sign, in a short value: `1,5 Md FCFA`, `6,5 M€`. */
const SHORT_SCALES: Record<string, string> = {million: 'M', milliard: 'Md'}

/** `3,000` → `3 000`, `2.4` → `2,4`, with narrow no-break spaces between the groups. */
function frenchNumber(text: string, times = 1): string {
  const value = Number(text.replace(/,/g, '')) * times
  if (!Number.isFinite(value)) return text
  const decimals = times === 1 && text.includes('.') ? text.split('.')[1].length : 0
  return new Intl.NumberFormat('fr-FR', {minimumFractionDigits: decimals, maximumFractionDigits: Math.max(decimals, times === 1 ? 0 : 3)}).format(value).replace(/[\u00A0\u202F]/g, NNBSP)
}

/** `de tonnes`, `d’hectares`: the `de` a unit takes after `millions`. */
function ofUnit(unit: string): string {
  return /^[aeiouyhéèêàâîôû]/iu.test(unit) ? `d’${unit}` : `de ${unit}`
}

/** Words a label may open on that already join it to a number: a preposition, an article, a relative, or a past participle (`de l’Union`, `pour les écoles`, `mobilisés par`). */
const JOINED_LABEL = /^(?:d['’]|(?:de|des|du|à|au|aux|en|dans|pour|par|sur|contre|entre|avec|sans|selon|chez|vers|dont|qui|que|et|ou|le|la|les|l['’]|un|une|ce|cette|ces|son|sa|ses|leur|leurs|\p{L}+é(?:e|s|es)?)(?!\p{L}))/iu

/**
 * A figure's label as shown after its French value: after a bare `millions` or `milliards` the
 * counted noun takes `de` (`60 millions` and `bovins` → `de bovins`, `d’habitants`), as French
 * writes it; a label that opens on a preposition, an article or a participle, and a value with a
 * currency or unit, are left as they are.
 * @param value the value as shown (`formatFrenchFigure`)
 * @param label the figure's label
 * @returns the label to show after the value
 */
export function frenchFigureLabel(value: string, label: string): string {
  if (!/(?:^|\s)(?:millions?|milliards?)$/u.test(value.trim()) || !/^\p{Ll}/u.test(label) || JOINED_LABEL.test(label)) return label
  return ofUnit(label)
}

/**
 * A figure's value in French: `€2.4 billion` → `2,4 milliards d’euros`, `$1.8 billion` →
 * `1,8 milliard de dollars`, `FCFA 1,800` → `1 800 FCFA`, `3,000` → `3 000`, `60%` → `60 %`,
 * `2.5 million` → `2,5 millions`, `40–60%` → `40–60 %`, `+12` → `+12`, `12k` → `12 000`,
 * `2.3 million tonnes` → `2,3 millions de tonnes`, `3x` → `×3`. The value may be typeset already
 * (no-break spaces); a value of another shape is shown as written.
 * With `short`, a sum's scale and currency are written as their abbreviation and sign
 * (`FCFA 1.5 billion` → `1,5 Md FCFA`, `€6.5 million` → `6,5 M€`), for a narrow box.
 * @param value the value in the reader's normal form
 * @param options `short`: a sum's scale and currency abbreviated
 * @returns the value as a French reader writes it
 */
export function formatFrenchFigure(value: string, options: FigureOptions = {}): string {
  const plain = value.trim().replace(/[\u00A0\u202F]/g, ' ')
  const first = MULTIPLIER_FIRST.exec(plain)
  if (first) return `×${frenchNumber(first[1])}`
  const match = VALUE.exec(plain)
  if (!match) return value
  const [, plus = '', signText, lower, digits, scale, percent, multiplier, unit] = match
  const sign = signText?.trim()
  if (sign && !Object.hasOwn(CURRENCIES, sign) && !/^[A-Z]{3}$/.test(sign)) return value
  const times = scale && SCALES[scale.toLowerCase()] === '' ? 1000 : 1
  const number = `${lower ? `${frenchNumber(lower, times)}–` : ''}${frenchNumber(digits, times)}`
  if (multiplier) return `${plus}×${number}${unit ? ` ${unit}` : ''}`
  if (percent) return `${plus}${number}${NNBSP}%${unit ? ` ${unit}` : ''}`
  const word = scale ? SCALES[scale.toLowerCase()] : ''
  // French puts a plural from 2 on: `1,9 million`, `2 millions`, `2–3 millions`.
  const scaled = word && Number(digits.replace(/,/g, '')) >= 2 ? `${word}s` : word
  const [words, symbol] = sign ? (CURRENCIES[sign] ?? [sign, sign]) : ['', '']
  if (options.short && sign && !unit && Object.hasOwn(SHORT_SCALES, word)) return `${plus}${number}${NBSP}${SHORT_SCALES[word]}${/^[€$£¥₩₹]$/u.test(symbol) ? '' : NBSP}${symbol}`
  if (scaled) return `${plus}${number} ${scaled}${words ? ` ${words}` : ''}${unit ? ` ${ofUnit(unit)}` : ''}`
  // Without a scale, the sign after the number: `800 €`, `1 800 FCFA`.
  return `${plus}${number}${symbol ? `${NBSP}${symbol}` : ''}${unit ? ` ${unit}` : ''}`
}

/** Each currency's words and sign back to the sign the normal form writes (the first of the list: `€`, not `EUR`). */
const BY_WORDS = new Map<string, string>()
const BY_SIGN = new Map<string, string>()
for (const [sign, [words, symbol]] of Object.entries(CURRENCIES)) {
  if (!BY_WORDS.has(words)) BY_WORDS.set(words, sign)
  if (!BY_SIGN.has(symbol)) BY_SIGN.set(symbol, sign)
}
const ENGLISH_SCALE: Record<string, string> = {million: 'million', milliard: 'billion', billion: 'trillion'}

/** A French number (`126 000`, `2,3`) in the normal form (`126,000`, `2.3`). */
function normalNumber(text: string): string {
  const [whole, decimals] = text.replace(/ /g, '').split(',')
  return `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}${decimals === undefined ? '' : `.${decimals}`}`
}

const FRENCH_NUMBER = String.raw`\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?`
const FRENCH_RANGE = String.raw`(\+)?(${FRENCH_NUMBER})(?:–(${FRENCH_NUMBER}))?`
const CURRENCY_WORDS = [...BY_WORDS.keys()].map((words) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
const FRENCH_SCALED = new RegExp(String.raw`^${FRENCH_RANGE} (million|milliard|billion)s?(?: (${CURRENCY_WORDS}|[A-Z]{3}))?(?: (?:de |d’)(\p{L}.*))?$`, 'u')
const FRENCH_BARE = new RegExp(String.raw`^${FRENCH_RANGE}(?: (%|\p{L}.*|[^\p{L}\p{N}\s].*))?$`, 'u')

/**
 * The normal form of a value written the French way (`1,5 milliard de francs CFA` → `FCFA 1.5 billion`,
 * `126 000` → `126,000`, `45 %` → `45%`): what `formatFrenchFigure` wrote, read back. A value it
 * cannot have written, or one in the normal form already, is returned as written.
 * @param shown the value as a French `roadmap.md` shows it
 * @returns the value in the normal form
 */
export function readFrenchFigure(shown: string): string {
  // as typed in a roadmap.md: plain spaces, a straight apostrophe (`6,5 millions d'euros`)
  const plain = shown.trim().replace(/[\u00A0\u202F]/g, ' ').replace(/\s+/g, ' ').replace(/'/g, '’')
  // A value the formatter would change is in the normal form already (`126,000`, `2.3 million`).
  if (formatFrenchFigure(plain).replace(/[\u00A0\u202F]/g, ' ') !== plain) return shown
  const candidate = normalFormOf(plain)
  return candidate !== undefined && formatFrenchFigure(candidate).replace(/[\u00A0\u202F]/g, ' ') === plain ? candidate : shown
}

/** The normal form `plain` would be the French form of, if any: checked by the caller. */
function normalFormOf(plain: string): string | undefined {
  // `12–15`: the first number, and the second when it is a range
  const range = (plus = '', first: string, second: string | undefined) => `${plus}${normalNumber(first)}${second ? `–${normalNumber(second)}` : ''}`
  if (plain.startsWith('×')) return `${normalNumber(plain.slice(1))}x`
  const scaled = FRENCH_SCALED.exec(plain)
  if (scaled) {
    const [, plus, first, second, word, currency, unit] = scaled
    const sign = currency ? (BY_WORDS.get(currency) ?? currency) : ''
    const number = `${range(plus, first, second)} ${ENGLISH_SCALE[word]}${unit ? ` ${unit}` : ''}`
    if (!sign) return number
    // `€800 million`, `FCFA 1.5 billion`: a sign of letters takes a space; the `+` stays first
    const [, increment, rest] = /^(\+?)(.*)$/.exec(number)!
    return `${increment}${sign}${/^[A-Z]{3,4}$/.test(sign) ? ' ' : ''}${rest}`
  }
  const bare = FRENCH_BARE.exec(plain)
  if (!bare) return undefined
  const [, plus = '', first, second, after] = bare
  const number = range('', first, second)
  if (after === '%') return `${plus}${number}%`
  const sign = after === undefined ? undefined : BY_SIGN.get(after)
  if (sign) return `${plus}${sign}${/^[A-Z]{3,4}$/.test(sign) ? ' ' : ''}${number}`
  return `${plus}${number}${after ? ` ${after}` : ''}`
}

/**
 * A value as a French `roadmap.md` writes it, with the characters a keyboard types (`126 000`,
 * `6,5 millions d'euros`): the French form when reading that back
 * (`readFrenchFigure`) gives the same value, else the value as the reader keeps it, so a
 * correction file always reads back to the readout it was written from.
 * @param value the value in the normal form
 * @returns the value to write
 */
export function frenchRoadmapFigure(value: string): string {
  // `roadmap.md` keeps the characters a keyboard types: plain spaces, a straight apostrophe
  const french = formatFrenchFigure(value).replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'")
  return french !== value && readFrenchFigure(french) === value ? french : value
}
