/**
 * A learned guess of a paragraph's role (a point, context or outlook) from what it says and where it
 * stands, as a multinomial logistic regression over sparse binary features: the paragraph's words
 * (lower-cased, cut to six letters, English and French alike), cue groups (future, next meeting,
 * decision, welcome, quotation, thanks, figure, year), its length, position, list marker and
 * shape, how it starts and ends (a small letter or a glyph, a comma or no mark: how the text was cut
 * into paragraphs), and the same of the paragraphs before and after it. Its weights are
 * `paragraph-role-weights.json`, written by `scripts/reader/paragraph-roles.ts`. The reader asks it only
 * where no rule placed a paragraph (`learned-paragraph-roles.ts`); see docs/reading.md (branch roleclf)
 * for what it was measured to do.
 */

/** The roles the model tells apart. */
export const ROLES = ['point', 'context', 'outlook'] as const
export type Role = (typeof ROLES)[number]

/** What the model knows of one paragraph of a text: its text and its list marker, if any. */
export interface RoleInput {
  text: string
  marker?: string
}

/** Weights of the model: per feature, one weight per role (in `ROLES` order), and the biases. */
export interface RoleWeights {
  bias: number[]
  weights: Record<string, number[]>
}

/** Cue groups, each a pattern over the lower-cased text; their names are features of their own. */
const CUES: Array<[string, RegExp]> = [
  ['future', /\b(?:will|shall|going to|next|upcoming|by 20\d\d|plans? to|intends? to|would)\b|(?<!\p{L})(?:sera|seront|devra|devront|prochaine?s?|d'ici|à venir|prévoi\p{L}*|(?:va|vont) \p{L}+er)(?!\p{L})/u],
  ['meet', /\b(?:next meeting|next session|meet again|will meet|reconvene|next summit|next conference)\b|(?<!\p{L})(?:prochaine (?:réunion|session|rencontre|conférence)|se réuniront|se retrouveront)(?!\p{L})/u],
  ['decide', /\b(?:agreed|decided|adopted|approved|endorsed|launched|committed|pledged|established|set up|created|resolved|signed|allocated|elected|announced)\b|(?<!\p{L})(?:convenu|décidé|adopté|approuvé|lancé|engagés?|créé|signé|alloué|élu|annoncé|arrêté|validé|décident|adoptent|approuvent)(?!\p{L})/u],
  ['welcome', /\b(?:welcomed|noted|recalled|reaffirmed|recogni[sz]ed|acknowledged|expressed|took note|underlined|stressed|discussed|heard|reviewed)\b|(?<!\p{L})(?:salué|rappelé|réaffirmé|pris note|souligné|exprimé|examiné|débattu|entendu)(?!\p{L})/u],
  ['say', /\b(?:said|says|told|stated|added|declared)\b|(?<!\p{L})(?:a déclaré|a dit|a ajouté|a indiqué|a affirmé|selon)(?!\p{L})/u],
  ['quote', /["“”«»]/u],
  ['thanks', /\b(?:thank|thanked|gratitude|hosting|hospitality)\b|(?<!\p{L})(?:remerci\p{L}*|gratitude|hospitalité)(?!\p{L})/u],
  ['figure', /\d/u],
  ['money', /[$€£¥₩]|\b(?:million|billion|bn|m)\b|(?<!\p{L})(?:millions?|milliards?)(?!\p{L})/u],
  ['percent', /%|\bper ?cent\b|\bpercent\b|pour ?cent/u],
  ['year', /\b20\d\d\b/u],
  ['futureYear', /\b(?:by|until|before|in|from) 20[3-9]\d\b|(?<!\p{L})(?:d'ici|en|à partir de|avant) 20[3-9]\d(?!\p{L})/u],
  ['month', /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?<!\p{L})(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?!\p{L})/u],
  ['we', /\b(?:we|our|us)\b|(?<!\p{L})(?:nous|notre|nos)(?!\p{L})/u],
  ['ministers', /\b(?:ministers|members|participants|delegates|leaders|parties|governors|the council|the board|the committee)\b|(?<!\p{L})(?:ministres|membres|participants|délégués|parties|le conseil|le comité)(?!\p{L})/u],
  ['contact', /@|https?:|www\.|\b(?:contact|press office|media enquiries|notes? to editors|about the)\b|(?<!\p{L})(?:contact presse|à propos|note aux rédactions)(?!\p{L})/u],
]

/** A text's cue groups. */
function cues(lower: string): string[] {
  return CUES.filter(([, pattern]) => pattern.test(lower)).map(([name]) => name)
}

/** The kind of a list marker: none, a number, a letter, a roman numeral, a dash or bullet, another symbol. */
function markerKind(marker: string | undefined): string {
  if (marker === undefined) return 'none'
  if (/\d/.test(marker)) return 'number'
  if (/^\(?[ivx]+[.)]$/i.test(marker)) return 'roman'
  if (/^\(?\p{L}[.)]?$/u.test(marker)) return 'letter'
  if (/^[-–—*+•·▪◦]$/u.test(marker)) return 'dash'
  return 'symbol'
}

/** A paragraph's shape: a heading-like line, a lead-in ending with a colon, a `Title: body` line, or a sentence. */
function shape(text: string): string {
  const words = text.split(/\s+/).filter(Boolean).length
  if (/[:：]$/u.test(text)) return 'colon'
  if (words <= 10 && !/[.!?…;,"”»)]$/u.test(text)) return 'heading'
  if (/^[^.:!?]{1,60}:\s/u.test(text)) return 'titled'
  return 'sentence'
}

/** How a paragraph starts, of what tells how it was cut: a capital, a small letter (a sentence carried on), a digit, a glyph, a quotation mark. */
function start(text: string): string {
  const first = text.charAt(0)
  if (/\p{Lu}/u.test(first)) return 'upper'
  if (/\p{Ll}/u.test(first)) return 'lower'
  if (/\d/.test(first)) return 'digit'
  if (/["“«‘'(]/u.test(first)) return 'quote'
  return 'glyph'
}

/** How a paragraph ends: a full stop, a semicolon or comma (an item carried on), a colon, no mark at all. */
function end(text: string): string {
  const last = text.replace(/["'”’»)\]]+$/u, '').slice(-1)
  if (/[.!?…]/u.test(last)) return 'stop'
  if (/[;,]/u.test(last)) return 'carry'
  if (/[:：]/u.test(last)) return 'colon'
  return 'none'
}

/** A length bucket of a count of words. */
function lengthBucket(words: number): string {
  return words < 8 ? 'xs' : words < 20 ? 's' : words < 40 ? 'm' : words < 80 ? 'l' : 'xl'
}

/** The words of a text, lower-cased and cut to six letters (a stem that serves English and French alike). */
function stems(lower: string, limit: number): string[] {
  return (lower.match(/\p{L}[\p{L}'’-]*/gu) ?? []).slice(0, limit).map((word) => word.replace(/['’].*$/u, '').slice(0, 6))
}

/** The features of a paragraph that also describe it as a neighbour (`prefix` `p:` or `n:`), from its own. */
function asNeighbour(own: string[] | undefined, prefix: string): string[] {
  if (!own) return [`${prefix}edge`]
  return own.map((feature) => `${prefix}${feature}`)
}

/**
 * The features of each paragraph of a text.
 * @param paragraphs the text's paragraphs in order (no title block, no dateline)
 * @returns for each paragraph, its feature names (each present once)
 */
export function roleFeatures(paragraphs: RoleInput[]): string[][] {
  // (each paragraph's shape, marker and cues once: they describe it and its two neighbours)
  const texts = paragraphs.map((input) => input.text.slice(0, 2000))
  const lowers = texts.map((text) => text.toLowerCase())
  const cuesOf = lowers.map((lower) => cues(lower))
  const own = paragraphs.map((input, index) => [`shape:${shape(texts[index])}`, `marker:${markerKind(input.marker)}`, `start:${start(texts[index])}`, `end:${end(texts[index])}`, ...cuesOf[index].map((cue) => `cue:${cue}`)])
  return paragraphs.map((_, index) => {
    const lower = lowers[index]
    const first = lower.split(/(?<=[.!?])\s+/u)[0] ?? lower
    const words = stems(lower, 80)
    const firstWords = stems(first, 40)
    const count = texts[index].split(/\s+/).filter(Boolean).length
    const relative = paragraphs.length <= 1 ? 0 : index / (paragraphs.length - 1)
    const features = [
      ...words.map((word) => `w:${word}`),
      ...firstWords.map((word) => `f:${word}`),
      ...firstWords.slice(0, 2).map((word, k) => `o${k}:${word}`),
      ...own[index],
      ...(first === lower ? cuesOf[index] : cues(first)).map((cue) => `fcue:${cue}`),
      `len:${lengthBucket(count)}`,
      `pos:${Math.min(4, Math.floor(relative * 5))}`,
      index === 0 ? 'pos:first' : index === paragraphs.length - 1 ? 'pos:last' : 'pos:middle',
      ...asNeighbour(own[index - 1], 'p:'),
      ...asNeighbour(own[index + 1], 'n:'),
    ]
    return [...new Set(features)]
  })
}

// (a Map of the weights, made once per weights object: looking up thousands of keys of a plain object cost most of a guess)
const TABLES = new WeakMap<RoleWeights, Map<string, number[]>>()

/** The weights of a model as a Map, made once. */
function weightTable(model: RoleWeights): Map<string, number[]> {
  let table = TABLES.get(model)
  if (!table) TABLES.set(model, (table = new Map(Object.entries(model.weights))))
  return table
}

/**
 * The probability of each role for a paragraph's features.
 * @param features its feature names
 * @param model the weights
 * @returns the probabilities, in `ROLES` order
 */
export function roleProbabilities(features: string[], model: RoleWeights): number[] {
  const table = weightTable(model)
  const scores = [...model.bias]
  for (const feature of features) {
    const weights = table.get(feature)
    if (weights) for (let k = 0; k < scores.length; k++) scores[k] += weights[k]
  }
  const top = Math.max(...scores)
  const exps = scores.map((score) => Math.exp(score - top))
  const sum = exps.reduce((a, b) => a + b, 0)
  return exps.map((e) => e / sum)
}

/**
 * The most likely role of each paragraph of a text, with its probability.
 * @param paragraphs the text's paragraphs in order (no title block, no dateline)
 * @param model the weights
 * @returns for each paragraph, its role and the model's probability of it
 */
export function guessRoles(paragraphs: RoleInput[], model: RoleWeights): Array<{role: Role; probability: number}> {
  return roleFeatures(paragraphs).map((features) => {
    const probabilities = roleProbabilities(features, model)
    let best = 0
    for (let k = 1; k < probabilities.length; k++) if (probabilities[k] > probabilities[best]) best = k
    return {role: ROLES[best], probability: probabilities[best]}
  })
}
