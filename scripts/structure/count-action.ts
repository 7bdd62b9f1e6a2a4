import type {CountActions} from './language.js'

/**
 * What a language read by patterns (French) says was done to a count, as its label says it: the
 * verb before the count becomes a participle after its noun, as the English reader's `people
 * displaced`, `schools to be repaired` do:
 * - a past (`le choléra a touché 45 000 personnes … en 2022`) gives `personnes touchées par le
 *   choléra en 2022`, with who did it unless that is who met or a pronoun;
 * - a future or an infinitive (`restaurera 2,5 millions d'hectares …`, `décidé de rénover 1 500
 *   écoles`) gives what is still to be done (`hectares … à restaurer d'ici 2027`); with a rate (`par
 *   an`) it is a flow, written as a participle (`agents formés par an`);
 * - a measure that a linking verb gives (`les prises non déclarées atteignent 40 000 tonnes par
 *   an`) measures the subject (`tonnes de prises non déclarées par an`);
 * - a subject `Chaque État membre` says the count is per member (`agents par État membre`).
 */

/** What the label of a count says besides its noun. */
export interface CountAction {
  /** Words after the noun (`touchées par le choléra`, `à restaurer`); empty when none. */
  after: string
  /** The time the label keeps (`en 2022`, `d'ici 2027`, `par an`); empty when none. */
  time: string
  /** A noun phrase the label's noun measures (`de prises non déclarées`), for a measure. */
  measured: string
}

/**
 * What was done to a count, read from the words before it.
 * @param before the sentence up to the count
 * @param rest the sentence after the count's noun phrase
 * @param noun the count's noun phrase as the label writes it
 * @param actions the language's data
 * @param linked where in `before` a linking verb (`atteignent`) that governs the count begins, or `undefined`
 * @returns the parts of the label, or `undefined` when no verb governs the count
 */
export function countAction(before: string, rest: string, noun: string, actions: CountActions, linked: number | undefined): CountAction | undefined {
  // the count's own clause: after the last comma, or the `que` of a reported clause (`ont rappelé que …`),
  // or `selon lequel` (`du rapport, selon lequel les exportations … ont atteint`), or `mais` (`…, mais les importations restent …`)
  const clause = before.split(/[,;:]\s|(?<!\p{L})(?:que\s|qu['’]|selon\s+(?:lequel|laquelle|lesquels|lesquelles)\s|mais\s)/u).pop() ?? ''
  const verbText = clause.replace(actions.qualifiers, '')
  const time = timeOf(rest)
  const head = noun.split(/\s+/)[0]
  if (linked !== undefined && actions.measures.test(noun)) {
    // the subject ends where the linking verb begins (`a atteint`, `devrait atteindre`, `se sont élevées à`)
    const clauseStart = before.length - clause.length
    const subject = subjectOf(linked >= clauseStart ? before.slice(clauseStart, linked) : verbText.replace(/\s+\p{L}+\s*$/u, '').replace(/\s+(?:devrait|devraient|doit|doivent|pourrait|pourraient|a|ont|avait|avaient|aura|auront)\s*$/iu, ''), actions)
    const bare = subject?.replace(/^(?:les|la|le)\s+|^l['’]/iu, '')
    // `la production de fonio de nos pays a atteint 720 000 tonnes`: tonnes of what flows, done (`tonnes de fonio produites`)
    const flow = bare ? actions.flow?.(bare) : undefined
    if (flow) return {after: `${actions.agree(flow.participle, head)}${flow.by ? ` par ${flow.by}` : ''}`, time, measured: flow.what ? actions.of(flow.what) : ''}
    if (bare) return {after: '', time, measured: actions.of(bare)}
  }
  const each = actions.each.exec(clause)
  const per = each ? `par ${each[1]}` : ''
  const past = actions.past.exec(verbText)
  if (past) {
    const subject = subjectOf(verbText.slice(0, past.index), actions)
    const agent = subject && !per ? ` par ${subject}` : ''
    return {after: `${actions.agree(past[1], head)}${agent}${per ? ` ${per}` : ''}`, time, measured: ''}
  }
  const future = actions.future.exec(verbText)
  const infinitive = future ? actions.infinitiveOf(future[1]) : actions.infinitive.exec(verbText)?.[1]?.toLowerCase()
  if (infinitive) {
    const rate = /^par\s|^chaque\s/iu.test(time)
    const done = rate ? actions.agree(actions.participleOf(infinitive), head) : actions.toBeDone(infinitive)
    return {after: [done, per].filter(Boolean).join(' '), time, measured: ''}
  }
  // `le mil nourrit chaque jour 90 millions de personnes`, `les cantines, qui nourrissent 4 millions d'élèves`: a present of
  // doing is what is done to a bare noun, as a past is, with its time and who does it (`personnes nourries chaque jour par le mil`)
  // (a bare plural noun only, which says nothing else of them: `tonnes de mangues`, `personnes au Sahel` already say what they are)
  const present = actions.present && actions.participleOfPresent && /^\p{Ll}[\p{L}-]*[sx]$/u.test(noun.trim()) ? actions.present.exec(verbText) : null
  if (present && !per) {
    const subject = subjectOf(verbText.slice(0, present.index).replace(/^.*(?:^|\s)qui$/iu, ''), actions)
    const agent = subject ? ` par ${subject}` : ''
    return {after: `${actions.agree(actions.participleOfPresent!(present[1]), head)}${present[2] ? ` ${present[2]}` : ''}${agent}`, time, measured: ''}
  }
  return per ? {after: per, time, measured: ''} : undefined
}

/** The time of a count in the rest of its clause: a rate, `d'ici 2027`, `en 2022`. */
function timeOf(rest: string): string {
  const clause = rest.split(/[,;:.]/)[0] ?? ''
  const found = /(?<!\p{L})(par\s+(?:an|ann[ée]e|mois|jour|semaine)|chaque\s+(?:ann[ée]e|mois|jour|semaine)|d['’]ici\s+(?:(?:la\s+fin\s+de\s+)?(?:19|20)\d\d)|en\s+(?:19|20)\d\d)(?!\p{L})/iu.exec(clause)
  return found ? found[1] : ''
}

/**
 * The subject of a clause, with its article (`le choléra`, `l'Union`, `les partenaires`), or
 * `undefined` when it is who met, a pronoun, or too long to be a subject.
 */
function subjectOf(text: string, actions: CountActions): string | undefined {
  const words = text.trim().split(/\s+/).filter(Boolean)
  if (!words.length || words.length > 8) return undefined
  const written = words.join(' ').replace(/^\p{Lu}(?=\p{Ll}|['’])/u, (letter) => letter.toLowerCase())
  const bare = written.replace(/^(?:les|la|le)\s+|^l['’]/iu, '')
  const head = bare.split(/\s+/)[0]?.toLowerCase() ?? ''
  if (!head || actions.actors.has(head) || /^(?:chaque|ce|cette|ces|il|elle|on)$/iu.test(head)) return undefined
  return written
}
