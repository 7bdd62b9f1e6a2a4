/**
 * Guards on the paragraph-role model's sure guesses (`learned-paragraph-roles.ts`): general kinds of paragraph that the
 * model, asked where no rule placed a paragraph, takes for a point or a step ahead although an editor never does
 * (branch roles42, cause E3). Each is read in English and French.
 */
import type {Paragraph} from 'mdast'
import type {Reading} from './language.js'
import {splitSentences} from './text.js'
import {isNoDecision, membersOwnPlan, recordsProcedure} from './no-decision.js'
import {withoutFurniture} from './paragraph-furniture.js'

/**
 * A negation at the head of a sentence's first clause, before or on its verb (`Ministers did not agree on …`, `No agreement
 * was reached on …`, `Members could not agree …`, `The Board failed to agree …`, `There was no consensus on …`, `Nothing was
 * decided on …`; `Les ministres ne sont pas parvenus à …`, `Le comité n'a pas retenu …`, `Aucun accord n'a été trouvé …`,
 * `Il n'y a pas eu de consensus …`): what the meeting did not decide.
 */
const NEGATED_OPENING = /^(?:(?:no|nothing|neither|none)\b|there\s+(?:was|were|is)\s+no\b|(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:did|does|do|could|can|would|was|were|has|have|had|is|are)(?:\s+not\b|n['’]t\b)|(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:failed|were\s+unable|was\s+unable)\s+to\b|aucune?\s|il\s+n['’]y\s+a\s+(?:pas|eu\s+aucun)|(?:[\p{L}\p{N}'’.-]+\s+){1,6}?(?:n['’]\s*(?:a|ont|est|sont|avait|avaient|ont\s+pu|a\s+pu)|ne\s+(?:sont|s['’]est|se\s+sont|peut|peuvent|pourra|pourront|l['’]a|l['’]ont))\s+pas\b|(?:[\p{L}\p{N}'’.-]+\s+){1,6}?n['’]\s*(?:a|ont)\s+(?:pas|ni|jamais|rien)\b)/iu

/**
 * A first sentence that names a standing problem (`Poaching remains the main threat to the herds.`, `Drought is still the
 * biggest risk …`, `Le braconnage reste la principale menace …`, `La sécheresse demeure le premier risque …`): where things
 * stand, no decision.
 */
const STANDING_PROBLEM = /(?<!\p{L})(?:remains?|is\s+still|are\s+still|continues?\s+to\s+be|reste(?:nt)?|demeure(?:nt)?|est\s+toujours|sont\s+toujours)\s+(?:the|one\s+of\s+the|la|le|l['’]|les|l['’]une?\s+des)\s*(?:main|major|biggest|greatest|chief|principal|leading|largest|single\s+biggest|principale?s?|premi[eè]re?s?|plus\s+grande?s?|grande?s?)\s+(?:threats?|causes?|challenges?|problems?|risks?|obstacles?|concerns?|dangers?|menaces?|d[ée]fis?|probl[èe]mes?|risques?|dangers?|pr[ée]occupations?)(?!\p{L})/iu

/**
 * What the meeting did, in the past, before it names the next meeting as where an item goes (`asked that … be put to the next
 * meeting`, `deferred the item to its next meeting`, `referred the question to the next session`; `a demandé que … soit inscrite à
 * l'ordre du jour de la prochaine réunion`, `a reporté l'examen … à la prochaine séance`, `a renvoyé la question à …`).
 */
const PAST_ACT = /(?<!\p{L})(?:asked|requested|discussed|deferred|postponed|referred|held\s+over|carried\s+over|put\s+off|noted|considered|(?:a|ont)\s+(?:(?:également|aussi|ensuite)\s+)?(?:demand[ée]|d[ée]battu|discut[ée]|examin[ée]|report[ée]|renvoy[ée]|ajourn[ée]|pris\s+note))(?!\p{L})/iu

/** A list marker that is a glyph (`-`, `•`, `▸`, `✓`), neither a number nor a letter. */
const GLYPH = /^[^\p{L}\p{N}(]+$/u

/**
 * Whether the model's sure `point` for a paragraph is held back: its first sentence is negated (`Ministers did not agree on …`),
 * names a standing problem (`Poaching remains the main threat …`), it only names the next meeting as where an item goes
 * (`… asked that a proposal be put to the next meeting`), or the paragraph is an aside: a bullet whose marker is an
 * emoji or a glyph no point read by the rules carries, beside a list of points that carry another (`🔹 decisions` / `💡 asides`).
 * @param paragraph the paragraph
 * @param text its text, spaces normalised
 * @param pointMarkers the list markers of the points the rules read
 * @param reading the patterns of the source's language
 * @returns whether the guess is held back
 */
export function holdsBackLearnedPoint(paragraph: Paragraph, text: string, pointMarkers: Set<string>, reading: Reading): boolean {
  if (onlyNamesNextMeeting(text.slice(0, 2000), reading)) return true
  // (a resolution that sets the next meeting or a fixture, `C-9 — Timetable. Resolved, that the Winter Head be rowed at Bath on …`,
  // read without its number and title: a step ahead, left for the outlook; roles44)
  if (setsNextMeeting(withoutFurniture(text.slice(0, 600), reading), reading)) return true
  const first = splitSentences(text.slice(0, 600))[0]?.text ?? text
  if (NEGATED_OPENING.test(first) || STANDING_PROBLEM.test(first)) return true
  // (what the rules hold to be no decision wherever it stands: a negation after a framing sentence, one member's own plan opened
  // otherwise than `X confirmed that it …`, the minutes' procedure; roles43)
  if (isNoDecision(text, reading)) return true
  // (the formula that says who carries the decisions out, `La présidente est chargée de l'exécution des présentes décisions`, `The
  // Secretary is responsible for implementing these decisions`: no decision of its own, after a list as in a numbered text; records49)
  if (reading.formalClause?.test(text)) return true
  const marker = paragraph.data?.bullet?.marker
  // (a number, a letter or a post number `3/` differs from item to item: only a glyph or an emoji, `▸` `💡`, marks a list of its own)
  return marker !== undefined && pointMarkers.size > 0 && !pointMarkers.has(marker) && GLYPH.test(marker)
}

/**
 * Whether the model's sure `outlook` for a paragraph is held back: it is one member's own plan (`Portugal confirmed that it will
 * buy …`, `Le Portugal a confirmé qu'il achètera …`), or it only names the next meeting as where an item goes (`… asked that a
 * proposal be put to the next meeting`, `… a demandé que la question soit inscrite à l'ordre du jour de la prochaine réunion`):
 * the sentence that names it opens on what the meeting did, in the past, and nothing else in the paragraph looks ahead.
 * @param text the paragraph's text, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether the guess is held back
 */
export function holdsBackLearnedOutlook(text: string, reading: Reading): boolean {
  const head = text.slice(0, 2000)
  if (membersOwnPlan(head, reading) || recordsProcedure(head, reading)) return true
  const ownPlan = reading.ownPlan
  if (ownPlan && new RegExp(ownPlan.source, ownPlan.flags.replace('g', '')).test(head)) {
    // (the member's own clause taken out, nothing else looks ahead)
    if (!reading.forwardLooking.test(head.replace(ownPlan, ' '))) return true
  }
  return onlyNamesNextMeeting(head, reading)
}

/**
 * Whether a paragraph only names the next meeting as where an item goes (`… asked that a proposal be put to the next meeting`,
 * `… a demandé que la question soit inscrite à l'ordre du jour de la prochaine réunion`): the sentence that names it opens on what
 * the meeting did, in the past (`PAST_ACT`), and nothing else in the paragraph looks ahead. Neither a point nor a step ahead.
 * @param head the paragraph's text (its first 2,000 characters), spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it only names the next meeting
 */
function onlyNamesNextMeeting(head: string, reading: Reading): boolean {
  const next = new RegExp(reading.nextMeeting.source, reading.nextMeeting.flags.replace('g', '') + 'g')
  const found = reading.nextMeeting.exec(head)
  if (!found) return false
  // (the sentence that names it opens on what the meeting did: it asked, discussed, deferred …, and the next meeting is where that goes)
  const sentence = splitSentences(head).find(({start, text: words}) => start <= found.index && found.index < start + words.length)
  if (!sentence || !PAST_ACT.test(head.slice(sentence.start, found.index))) return false
  return !reading.forwardLooking.test(head.replace(next, ' '))
}

/** A resolution's opener before what it resolves (`Resolved, that …`, `RESOLVED: That …`, `Il est décidé que …`). */
const RESOLUTION_OPENER = /^(?:(?:it\s+was\s+)?resolved|agreed|(?:il\s+est\s+)?d[ée]cid[ée])\s*[,:—–-]?\s*(?=that\s|que\s|qu['’])/iu

/**
 * Whether a paragraph's first sentence opens on the next meeting or a fixture ahead (`That the next Annual Meeting be held at …`,
 * `Resolved, that the Winter Head be rowed at Bath on …`, `Que la prochaine assemblée se tienne à …`): the pattern `nextMeeting`
 * within its first words, after a resolution's opener.
 * @param text the paragraph without its furniture, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it sets the next meeting
 */
function setsNextMeeting(text: string, reading: Reading): boolean {
  const first = (splitSentences(text)[0]?.text ?? text).replace(RESOLUTION_OPENER, '')
  const found = reading.nextMeeting.exec(first)
  return found !== null && found.index <= 8 && /^(?:that|que|qu['’])\s/iu.test(first.slice(found.index, found.index + 5))
}
