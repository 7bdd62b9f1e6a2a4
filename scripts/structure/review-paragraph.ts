/**
 * A paragraph that only sets up the later review of what was decided (branch roles42, cause E2): the meeting asks someone to
 * report on how it is carried out, or agrees to review or take stock of it, at a later date, and decides nothing else
 * (`The Conference instructed its working groups on training, technology and safety to report on the implementation of the Agenda
 * to the meeting of senior officials in 2027, and agreed to review the Agenda as a whole in 2029.`; `L'assemblée charge le bureau de
 * présenter un premier bilan des bourses en septembre 2027 et convient de réexaminer l'ensemble du dispositif en 2029.`). An editor
 * reads it as outlook. A decision whose later sentence looks ahead (`The Board agreed to open … . Candidates will keep …`) is no such
 * paragraph: its first verb decides something else.
 */
import type {Reading} from './language.js'
import {normaliseSpace, splitSentences} from './text.js'

/** A verb that asks someone to do something (`instructed`, `asked`, `tasked`; `charge`, `demande`, `invite`). */
const ASKS = /(?<!\p{L})(?:ask(?:s|ed)?|request(?:s|ed)?|instruct(?:s|ed)?|task(?:s|ed)?|mandate(?:s|d)?|invite(?:s|d)?|call(?:s|ed)\s+on|direct(?:s|ed)?|charg(?:e|ent|é|ée|és|ées)|demand(?:e|ent|é|ée|és|ées)|invit(?:e|ent|é|ée|és|ées)|mandat(?:e|ent|é|ée|és|ées))(?!\p{L})/giu
/** What is asked: a report on how the decisions are carried out (`to report on the implementation`, `to present a first review of`, `de présenter un premier bilan`, `de rendre compte de la mise en œuvre`). */
const REPORT = /^[^.;]{0,160}?(?<!\p{L})(?:to\s+(?:report|present|submit|deliver|prepare)(?!\p{L})[^.;]{0,120}?(?<!\p{L})(?:progress|implementation|results|review|stocktake|assessment|evaluation)|(?:de|d['’])\s*(?:pr[ée]senter|rendre\s+compte|faire\s+rapport|remettre|dresser|[ée]tablir)(?!\p{L})[^.;]{0,120}?(?<!\p{L})(?:bilan|rapport|mise\s+en\s+[œo]e?uvre|avancement|progr[èe]s|r[ée]sultats|[ée]valuation))(?!\p{L})/iu
/** A review of what was decided agreed for later (`agreed to review the Agenda`, `will take stock of progress under the plan`, `décide d'évaluer le programme`, `convient de réexaminer l'ensemble du dispositif`), the verb of deciding right before it; what is reviewed is the plan, its measures or its progress (`agreed to assess the safety of all schools` is a decision of its own). */
const REVIEW = /^\s*(?:(?:also|further|également|aussi)\s+)?(?:to\s+|de\s+|d['’]\s*)?(?:review|evaluate|assess|revisit|take\s+stock\s+of|réexaminer|revoir|[ée]valuer|faire\s+le\s+point\s+(?:sur|de)|dresser\s+le\s+bilan\s+(?:de|du|des))\s+(?:(?:the|its|their|this|these|our|progress\s+(?:on|under|in)\s+(?:the|its|their|this)|l['’]|le|la|les|son|sa|ses|leur|leurs|ce|cette|ces|l['’]ensemble\s+(?:du|de\s+la|de\s+l['’]|des))\s*)(?:[\p{L}\p{M}'’-]+\s+){0,3}?(?:plan|agenda|strategy|programme|program|roadmap|framework|decisions?|declaration|charter|compact|action\s+plan|measures|arrangements?|scheme|implementation|progress|funding|budget|financement|dispositif|mise\s+en\s+[œo]e?uvre|strat[ée]gie|programme|feuille\s+de\s+route|cadre|d[ée]cisions?|d[ée]claration|charte|mesures|avanc[ée]es?|progr[èe]s)(?!\p{L})/iu
/**
 * A review of what was decided agreed in the passive (`decided that progress on the decisions of this meeting would be reviewed …
 * every quarter`, `agreed that the plan will be evaluated in 2028`; `a décidé que la mise en œuvre du plan serait évaluée chaque
 * année`), the verb of deciding right before it (roles43).
 */
const REVIEW_THAT = /^\s*(?:that\s+(?:progress\s+(?:on|in|under|with|of)|(?:the\s+)?implementation\s+of|(?:the|these|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:plan|decisions?|measures|charter|programme|strategy|scheme|agenda)(?!\p{L}))[^.;]{0,120}?(?<!\p{L})(?:will|would|shall|should)\s+be\s+(?:reviewed|monitored|evaluated|assessed|examined)|qu(?:e\s+|['’]\s*)(?:la\s+mise\s+en\s+[œo]e?uvre|l['’]avancement|les\s+progr[èe]s|le\s+suivi|le\s+plan|les\s+d[ée]cisions|les\s+mesures|la\s+charte|le\s+programme|le\s+dispositif)[^.;]{0,120}?(?<!\p{L})(?:serai(?:en)?t|sera|seront)\s+(?:[ée]valu|examin|suivi|revu|r[ée]examin))/iu
/** What a future's subject is when it is reviewed in the passive (`Progress on these decisions will be reviewed …`) or reported on (`a full report will be put to …`). */
const REVIEWED_SUBJECT = /(?:(?<!\p{L})progress(?:\s+(?:on|in|under|with|of)\s+[^.;]{1,80}?)?|(?<!\p{L})implementation\s+of\s+[^.;]{1,80}?|(?<!\p{L})(?:the|these|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:plan|decisions?|measures|charter|programme|strategy|scheme|agenda))\s*$/iu
const REVIEWED = /^\s*be\s+(?:reviewed|monitored|evaluated|assessed|examined)(?!\p{L})/iu
const REPORT_SUBJECT = /(?<!\p{L})(?:report|review|account|update|assessment|evaluation|stocktake)s?\s*$/iu
const REPORTED = /^\s*be\s+(?:put|placed|presented|submitted|laid|tabled|sent)\s+(?:before|to)(?!\p{L})/iu
/** A French future of reporting (`présentera un premier bilan`, `dressera le bilan`, `rendra compte de …`) and of reviewing (`réexaminera`, `évaluera`, `révisera`). */
const FRENCH_FUTURE_REPORT = /^(?:pr[ée]sent|dress|remett|[ée]tabli|rend)(?:era|eront|ra|ront)$/iu
const FRENCH_REPORT_OBJECT = /^[^.;]{0,160}?(?<!\p{L})(?:bilan|rapport|compte|mise\s+en\s+[œo]e?uvre|avancement|progr[èe]s|r[ée]sultats|[ée]valuation)(?!\p{L})/iu
const FRENCH_FUTURE_REVIEW = /^(?:r[ée]examin|r[ée]vis|[ée]valu|revoi)(?:era|eront|ra|ront)$/iu

/**
 * Whether a verb of deciding is a future that itself reports on or reviews what was decided (`The Network will present a first
 * review of the charter …`, `will review the plan …`, `Progress … will be reviewed …`, `a full report will be put to …`; `La
 * fédération dressera un premier bilan de la charte …, et en révisera les tarifs …`): the review set for later (roles43).
 * @param verb the verb matched (`will`, `dressera`)
 * @param before the sentence before it
 * @param after the sentence after it
 * @returns whether it is such a review
 */
function reviewsInFuture(verb: string, before: string, after: string): boolean {
  if (/^(?:will|shall)$/iu.test(verb)) {
    return REVIEW.test(after) || REPORT.test(`to${after}`) || (REVIEWED.test(after) && REVIEWED_SUBJECT.test(before.slice(-160))) || (REPORTED.test(after) && REPORT_SUBJECT.test(before.slice(-160)))
  }
  if (FRENCH_FUTURE_REPORT.test(verb)) return FRENCH_REPORT_OBJECT.test(after)
  // (`… et en révisera les tarifs en 2029`: `en`, of it, names what was reviewed before, whatever the object)
  return FRENCH_FUTURE_REVIEW.test(verb) && (REVIEW.test(`réexaminer${after}`) || /(?<!\p{L})en\s*$/iu.test(before))
}

/** When the review comes: a year ahead, a later meeting, mid-term (`in 2029`, `to the meeting of senior officials in 2027`, `at mid-term`, `à mi-parcours`). */
const LATER = /(?<!\d)20\d\d(?!\d)|(?<!\p{L})(?:next|following)\s+(?:meeting|session|conference)|(?<!\p{L})mid-?term|(?<!\p{L})(?:prochaine\s+(?:r[ée]union|session|s[ée]ance)|mi-parcours)(?!\p{L})/iu
/** Most words before the first verb: the subject (`The Conference`, `Les ministres de l'Agriculture`). */
const SUBJECT_WORDS = 10

/**
 * Whether a paragraph only sets up a later review: in one sentence (or two), every verb of deciding is a request to report on
 * how the decisions are carried out or an agreement to review them, its first comes after the subject, and the paragraph
 * says when (a year, a later meeting, mid-term).
 * @param text the paragraph
 * @param reading the patterns of the source's language
 * @returns whether it only sets up the review
 */
export function onlySetsUpReview(text: string, reading: Reading): boolean {
  const flat = normaliseSpace(text.slice(0, 1200))
  const sentences = splitSentences(flat)
  if (sentences.length === 0 || sentences.length > 2 || !LATER.test(flat)) return false
  let found = false
  for (const {text: sentence} of sentences) {
    const verbs: Array<{index: number; ok: boolean}> = []
    for (const ask of sentence.matchAll(ASKS)) verbs.push({index: ask.index, ok: REPORT.test(sentence.slice(ask.index + ask[0].length))})
    const decision = new RegExp(reading.decision.source, reading.decision.flags.includes('g') ? reading.decision.flags : `${reading.decision.flags}g`)
    for (const decided of sentence.matchAll(decision)) {
      if (verbs.some(({index}) => index === decided.index)) continue
      const after = sentence.slice(decided.index + decided[0].length)
      verbs.push({index: decided.index, ok: REVIEW.test(after) || REVIEW_THAT.test(after) || reviewsInFuture(decided[0], sentence.slice(0, decided.index), after)})
    }
    if (verbs.length === 0) return false
    verbs.sort((a, b) => a.index - b.index)
    if (sentence.slice(0, verbs[0].index).split(' ').length > SUBJECT_WORDS || verbs.some(({ok}) => !ok)) return false
    found = true
  }
  return found
}

/** A French future the pattern `forwardLooking` leaves out, its stem too short (`sera`, `fera`, `aura`, `ira`). */
const SHORT_FUTURE = /(?<!\p{L})(?:sera|seront|fera|feront|aura|auront|ira|iront)(?!\p{L})/iu
/** A month named with a year or a day (`October 2027`, `3 April`, `le 15 décembre 2026`, `en mars 2027`), or a month or a season after a word of time (`by June`, `before the summer`, `d'ici juin`, `avant l'été`, `au printemps`; structure46). */
const DATED = /(?<!\p{L})(?:by|before|until|in|d['’]ici|avant|jusqu['’]|d[èe]s|au|à|en)\s+(?:the\s+|l['’]\s*|la\s+|le\s+)?(?:(?:end|start|beginning)\s+of\s+(?:the\s+)?|(?:fin|d[ée]but)\s+(?:de\s+l['’]\s*|de\s+|d['’]\s*)?)?(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|spring|summer|autumn|winter|printemps|[ée]t[ée]|automne|hiver|year|ann[ée]e)(?!\p{L})|(?<!\p{L})(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?!\p{L})\s+(?:\d{1,2}(?!\d)|20\d\d)|(?<!\d)\d{1,2}(?:er)?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?!\p{L})/iu

/**
 * Whether the last paragraph of a text's prose, after its decisions, only dates the steps ahead (`The first trials under the new
 * rules will be run at Builth Wells on 3 April 2027, and the Federation will publish … in October 2027.`, `Le premier marché
 * labellisé ouvrira à Lalbenque le 15 décembre 2026. Le bureau fera un premier bilan … en mars 2027.`): it looks ahead, names a
 * day or a month, and no sentence of it decides in a verb of its own (see `decidesAnew`).
 * @param text the paragraph
 * @param reading the patterns of the source's language
 * @param decidesAnew whether a sentence decides in its own verb, not only a `will`
 * @returns whether it only dates the steps ahead
 */
export function datesStepsAhead(text: string, reading: Reading, decidesAnew: (sentence: string) => boolean): boolean {
  const flat = normaliseSpace(text.slice(0, 1200))
  // (the short futures are French words: in English, `aura` and `Ira` say nothing of the future; review42)
  const ahead = (sentence: string) => reading.forwardLooking.test(sentence) || (reading.code === 'fr' && SHORT_FUTURE.test(sentence))
  if (!DATED.test(flat) || !ahead(flat)) return false
  const sentences = splitSentences(flat)
  return sentences.length <= 3 && sentences.every(({text: sentence}) => !decidesAnew(sentence) && ahead(sentence))
}
