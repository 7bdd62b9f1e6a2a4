/**
 * Currencies named in words or by their ISO 4217 code, in one table for the English and the French readers: the name of
 * a money that one country alone uses gives its code (`142,000 tugriks` → `MNT 142,000`, `2,800 soms` → `KGS 2,800`,
 * `2,1 millions de dinars` in a text about Tunisia → `TND 2.1 million`), singular and plural, in English and in French;
 * a name that several countries use (dinar, krone, rupee, shilling, rial, lei) gives the code of the one country its
 * sentence names, or of the one country the whole text names, as `peso-countries.ts` does for the peso, and nothing when it
 * names none or several (never a guess). A code in capitals before or after an amount (`OMR 9 million`, `450,000 RSD`) is
 * that code. The older readers' own tables (`CURRENCY_AFTER`, `currencySigns`) are read first; this table is their fallback.
 */

/**
 * ISO 4217 codes of the currencies in use, which a text writes in capitals before or after an amount; not the codes that a
 * text writes in capitals before a number for something else (`COP 28`, a conference; `TOP 10`, `ALL 12`, `CUP 2026`, `SOS 112`).
 */
export const ISO_CODES: ReadonlySet<string> = new Set(
  ('AED AFN AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY CRC ' +
    'CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY ' +
    'KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK ' +
    'NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SRD SSP STN SVC SYP SZL THB TJS TMT ' +
    'TND TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG').split(' '),
)

/**
 * Codes that are also words a text writes in capitals (`MOP`, `BOB`, `PEN`, `MAD`, `TRY`, `GEL`): read as a
 * currency only right before digits (`BOB 500,000`), never after an amount (`10 PEN`).
 */
const WORD_CODES = new Set(['MOP', 'BOB', 'PEN', 'MAD', 'TRY', 'CAD', 'BAM', 'GEL', 'LAK', 'AMD', 'NAD', 'TWD', 'SHP', 'STN', 'ERN', 'SEK'])

/** Short signs written before an amount that are no code (`TSh 180,000` for the Tanzanian shilling, `USh` for Uganda's), by their code. */
export const SIGNS_BEFORE: Readonly<Record<string, string>> = {tsh: 'TZS', ush: 'UGX', rp: 'IDR'}

/** A money that one country uses: its code, and its names in English and French (singular and plural forms, in lower case). */
const ONE_COUNTRY: ReadonlyArray<[string, string]> = [
  ['MNT', 'tugrik tugriks tögrög tögrögs togrog togrogs tughrik tughriks'],
  ['KGS', 'som soms'],
  ['BGN', 'lev leva levs'],
  ['MKD', 'denar denars denari'],
  ['ALL', 'lek leke leks'],
  ['HUF', 'forint forints'],
  ['PLN', 'zloty zlotys zlotych złoty złotys złotych'],
  ['CZK', 'koruna korunas koruny korun couronnes-tchèques'],
  ['UAH', 'hryvnia hryvnias hryvnas hryvnia'],
  ['GEL', 'lari laris'],
  ['AMD', 'dram drams'],
  ['TJS', 'somoni somonis'],
  ['KZT', 'tenge tenges'],
  ['AFN', 'afghani afghanis'],
  ['BDT', 'taka takas'],
  ['BTN', 'ngultrum ngultrums'],
  ['MVR', 'rufiyaa rufiyaas'],
  ['MMK', 'kyat kyats'],
  ['KHR', 'riel riels'],
  ['LAK', 'kip kips'],
  ['VND', 'dong dongs'],
  ['THB', 'baht bahts'],
  ['MYR', 'ringgit ringgits'],
  ['IDR', 'rupiah rupiahs roupie-indonésienne'],
  ['PGK', 'kina kinas'],
  ['TOP', "pa'anga paʻanga pa’anga"],
  ['WST', 'tala talas'],
  ['VUV', 'vatu vatus'],
  ['NGN', 'naira nairas'],
  ['GHS', 'cedi cedis'],
  ['ETB', 'birr birrs'],
  ['MGA', 'ariary ariarys'],
  ['MWK', 'kwacha-malawite'],
  ['BWP', 'pula pulas'],
  ['LSL', 'loti maloti'],
  ['SZL', 'lilangeni emalangeni'],
  ['GMD', 'dalasi dalasis'],
  ['SLE', 'leone leones'],
  ['MRU', 'ouguiya ouguiyas'],
  ['ERN', 'nakfa nakfas'],
  ['AOA', 'kwanza kwanzas'],
  ['MZN', 'metical meticals meticais'],
  ['CVE', 'escudo escudos'],
  ['HNL', 'lempira lempiras'],
  ['PYG', 'guaraní guaraníes guarani guaranis guaraníes'],
  ['BRL', 'reais'],
  ['VES', 'bolívar bolívars bolivar bolivars bolívares'],
  ['ZAR', 'rand rands'],
  ['ILS', 'shekel shekels sheqel sheqels shekalim'],
  ['CNY', 'yuan yuans renminbi'],
  ['JPY', 'yen yens'],
  ['RUB', 'rouble roubles ruble rubles'],
  ['AZN', 'manat manats'],
  ['TRY', 'lira liras'],
]

/**
 * A money's name that several countries use, and the code of each country's, by the stem of the country's name or adjective
 * in English and French (`serb` in Serbia, Serbian, serbe). The plain name of one country's money, said with its country's
 * adjective (`Danish kroner`, `dinars tunisiens`), is the same reading: the sentence names that country.
 */
const SHARED_NAMES: ReadonlyArray<[string, ReadonlyArray<[RegExp, string]>]> = [
  ['dinar dinars', [[/(?<!\p{L})(?:serb|serbia)/iu, 'RSD'], [/(?<!\p{L})(?:tunisi|tunis)/iu, 'TND'], [/(?<!\p{L})alg[eé]ri/iu, 'DZD'], [/(?<!\p{L})(?:jordan|jordani)/iu, 'JOD'], [/(?<!\p{L})(?:kuwait|kowe[iï]t)/iu, 'KWD'], [/(?<!\p{L})(?:bahrain|bahre[iï]n)/iu, 'BHD'], [/(?<!\p{L})(?:iraq|irak)/iu, 'IQD'], [/(?<!\p{L})(?:liby)/iu, 'LYD']]],
  ['krone kroner couronnes couronne', [[/(?<!\p{L})(?:norw|norv)/iu, 'NOK'], [/(?<!\p{L})(?:danish|denmark|danois|danemark)/iu, 'DKK']]],
  ['krona kronor', [[/(?<!\p{L})(?:swed|su[eè]d)/iu, 'SEK']]],
  ['króna krónur kronur', [[/(?<!\p{L})(?:iceland|island)/iu, 'ISK']]],
  ['leu lei', [[/(?<!\p{L})(?:romania|roumain|roumanie)/iu, 'RON'], [/(?<!\p{L})moldov/iu, 'MDL']]],
  ['rupee rupees roupie roupies', [[/(?<!\p{L})(?:india|inde(?!\p{L})|indien)/iu, 'INR'], [/(?<!\p{L})pakistan/iu, 'PKR'], [/(?<!\p{L})(?:nepal|népal)/iu, 'NPR'], [/(?<!\p{L})(?:sri\s+lank)/iu, 'LKR'], [/(?<!\p{L})mauri(?:ti|ce\b|cien)/iu, 'MUR'], [/(?<!\p{L})seychell/iu, 'SCR']]],
  ['shilling shillings', [[/(?<!\p{L})(?:keny)/iu, 'KES'], [/(?<!\p{L})(?:ugand|ougand)/iu, 'UGX'], [/(?<!\p{L})(?:tanzani|zanzibar)/iu, 'TZS'], [/(?<!\p{L})somal/iu, 'SOS']]],
  ['rial rials riyal riyals', [[/(?<!\p{L})(?:oman)/iu, 'OMR'], [/(?<!\p{L})(?:saudi|saoudi)/iu, 'SAR'], [/(?<!\p{L})qatar/iu, 'QAR'], [/(?<!\p{L})(?:yemen|yémen)/iu, 'YER'], [/(?<!\p{L})iran/iu, 'IRR']]],
  ['dirham dirhams', [[/(?<!\p{L})(?:emirat|émirat|uae(?!\p{L})|dubai|abu\s+dhabi)/iu, 'AED'], [/(?<!\p{L})(?:morocc|maroc)/iu, 'MAD']]],
  ['kwacha kwachas', [[/(?<!\p{L})zambi/iu, 'ZMW'], [/(?<!\p{L})malaw/iu, 'MWK']]],
  // (names that are also words of other things, `gourdes`, `quetzals`, `soles`, `córdoba`, read as money only beside their country)
  ['gourde gourdes', [[/(?<!\p{L})ha[iï]t/iu, 'HTG']]],
  ['quetzal quetzals quetzales', [[/(?<!\p{L})guatemal/iu, 'GTQ']]],
  ['sol soles', [[/(?<!\p{L})(?:peru|pérou|peruvian|péruvien)/iu, 'PEN']]],
  ['córdoba córdobas cordoba cordobas', [[/(?<!\p{L})nicaragu/iu, 'NIO']]],
  ['colón colones', [[/(?<!\p{L})costa\s+ric/iu, 'CRC']]],
  ['balboa balboas', [[/(?<!\p{L})panam/iu, 'PAB']]],
  ['boliviano bolivianos', [[/(?<!\p{L})bolivi/iu, 'BOB']]],
  ['won', [[/(?<!\p{L})(?:south\s+korea|korée\s+du\s+sud|sud-corée|corée\s+du\s+sud)/iu, 'KRW']]],
]

const ONE_COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(ONE_COUNTRY.flatMap(([code, names]) => names.split(' ').filter(Boolean).map((name) => [name, code] as [string, string])))
const SHARED: ReadonlyMap<string, ReadonlyArray<[RegExp, string]>> = new Map(SHARED_NAMES.flatMap(([names, countries]) => names.split(' ').map((name) => [name, countries] as [string, ReadonlyArray<[RegExp, string]>])))

/** The code of the one country a text names among a shared name's countries, or undefined when it names none or several. */
function countryCode(countries: ReadonlyArray<[RegExp, string]>, text: string): string | undefined {
  const named = new Set(countries.filter(([pattern]) => pattern.test(text)).map(([, code]) => code))
  return named.size === 1 ? [...named][0] : undefined
}

/**
 * The code of a currency named in words after an amount (`tugriks`, `soms`, `dinars`, `leva`), or undefined when the word
 * names no money or a shared name whose country neither the sentence nor the whole text names once.
 * @param word the word after the amount, as written
 * @param sentence the sentence it is in, where a shared name looks for its country first
 * @param text the whole text (or `''`), where a shared name looks next when its sentence names no country
 * @returns the ISO code, or undefined
 */
export function currencyOfName(word: string, sentence: string, text = ''): string | undefined {
  const lower = word.toLowerCase()
  const one = ONE_COUNTRY_NAMES.get(lower)
  if (one) return one
  const countries = SHARED.get(lower)
  if (!countries) return undefined
  return countryCode(countries, sentence) ?? (text ? inWholeText(countries, text) : undefined)
}

/** The country a shared name finds in the whole text, looked up once per text and name (a long text is not scanned again for every amount). */
function inWholeText(countries: ReadonlyArray<[RegExp, string]>, text: string): string | undefined {
  if (text !== wholeText) return countryCode(countries, text)
  if (!found.has(countries)) found.set(countries, countryCode(countries, text))
  return found.get(countries)
}

/**
 * Whether a word is an ISO code written in capitals that may stand after an amount too (`450,000 RSD`); codes that are
 * also words in capitals (`PEN`, `MAD`) only stand before one.
 */
export function isCodeAfter(word: string): boolean {
  return ISO_CODES.has(word) && !WORD_CODES.has(word)
}

/** Whether a word is an ISO code written in capitals, which may stand before an amount (`OMR 9 million`). */
export function isCodeBefore(word: string): boolean {
  return ISO_CODES.has(word)
}

/** The text the figures are read in, for a shared currency name whose sentence names no country; set by the plugin for one run. */
let wholeText = ''
/** The country each shared name found in `wholeText`, by its list of countries. */
let found = new Map<ReadonlyArray<[RegExp, string]>, string | undefined>()

/**
 * Reads figures with a whole text as the place where a shared currency name finds its country, then forgets it.
 * @param text the whole text
 * @param read what reads the figures
 * @returns what `read` returns
 */
export function withWholeText<T>(text: string, read: () => T): T {
  const [before, beforeFound] = [wholeText, found]
  wholeText = text
  found = new Map()
  try {
    return read()
  } finally {
    wholeText = before
    found = beforeFound
  }
}

/** The whole text being read (`withWholeText`), or `''`. */
export function currentWholeText(): string {
  return wholeText
}
