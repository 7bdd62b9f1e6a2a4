import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {readingOf} from './language.js'
import {PLAN_ADOPTED} from './english.js'
import {normaliseSpace} from './text.js'
import {paragraphsOf, readoutOf, textOf} from './state.js'
import './recognise-header.js'

const KIND = '(?:Roadmap|Road Map|Road-map|Action Plan|Plan of Action|Plan|Declaration|Agenda|Strategy|Framework|Compact|Charter|Accord|Agreement|Consensus|Communiqué|Initiative|Programme|Program|Principles|Pledge|Commitments?)'
/** A short quoted title such as `‘Paris Roadmap’` or `"Rome Action Plan"` (words of bounded length, so it runs in linear time); a closing mark with a letter after it is an apostrophe (`… help." The Network's president`), not the end of a title. */
const QUOTED_TITLE = /[‘“"'«]\s?((?:[\p{Lu}\d][\p{L}\p{M}\d'’&.-]{0,30})(?:\s{1,3}(?:of|for|on|and|the|to|de|du)?\s{0,3}[\p{Lu}\d][\p{L}\p{M}\d'’&.-]{0,30}){0,6})\s?[’”"'»](?![\p{L}])/gu
/** The years that close a plan's name (`the Lisbon Battery Roadmap 2026–2030`, `… on Clean Berths 2027-2031`): part of it. */
const YEARS = '(?:19|20)\\d{2}(?:\\s?[-–]\\s?(?:19|20)?\\d{2})?(?![\\d\\p{L}])'
/** A capitalised word of a name, or an abbreviation (`St.`). */
const NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}|\\p{Lu}\\p{Ll}{0,2}\\.)\\s{1,3}"
/** A complement of purpose after a kind (`on Dementia Care and Support`, `to Zero Rabies`); a second may follow the first (`Framework for Action on Permafrost Thaw`). */
const COMPLEMENT = "(?:on|of|for|to)\\s(?:(?:and\\s)?\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}(?:\\s|(?=[,.;:)]|$))){1,5}"
/**
 * An unquoted name ending in a kind of document: `the Abuja Declaration`, `the St. Anne's Flood Action Plan` (an abbreviation may open it), with its complement of purpose after `on`, `of`, `for` or `to`, `and` included (`… Declaration on Dementia Care and Support`, `the Castries Roadmap to Zero Rabies`).
 * The words before the kind may hold one small word between capitalised ones (`the Nairobi Cooling for Food Initiative`, `the Lagos Jobs and Skills Compact`).
 * It opens where no letter stands before it, not at a `\b`, which sees no word start before a capital outside ASCII (`the Östersund Moose Management Plan`; pending43).
 */
const NAMED = new RegExp(`(?<![\\p{L}\\p{M}\\d_])((?:${NAME_WORD}){1,4}(?:(?:for|of|on|and)\\s{1,3}(?:${NAME_WORD}){1,3})?${KIND}\\b(?:\\s${COMPLEMENT}(?:${COMPLEMENT})?)?(?:\\s?${YEARS})?)`, 'u')

/**
 * Recognise the name of the roadmap (or plan, declaration, agenda…) when the text gives one,
 * preferring a quoted title. The document's title is the title line of its title block, else
 * this name, else one made from the organisation and place.
 */
const recogniseRoadmapName: Plugin<[], Root> = function () {
  return function (tree, file) {
    const readout = readoutOf(file)
    const texts = paragraphsOf(tree).filter((p) => !p.data?.bullet || p.data.role === 'point' || p.data.role === 'pillar' || p.data.role === 'context' || p.data.role === 'outlook').map((p) => normaliseSpace(textOf(p)))
    // The plan the meeting adopted (“Ministers adopted the Dhaka Inclusion Framework”) before any other name; a language's own patterns when it has them.
    const reading = readingOf(file)
    const own = reading.roadmapName
    // (`ministers of the Great Plains Wheat Compact met … They agreed a Prairie Wheat Recovery Plan`: the body that met is passed over for the plan named after it)
    readout.roadmap = own ? findOwnName(texts, own, reading.documentKinds, file.data.header?.title) : findQuotedName(texts) ?? findNamedDocument(texts.filter((text) => PLAN_ADOPTED.test(text.slice(0, 300))), false, readout.organisation) ?? findNamedDocument(texts, true, readout.organisation) ?? findPlanInLowerCase(texts, readout.organisation)
    // The body that met (`the North Sea Energy Compact`) is not its plan, whatever its name ends with.
    if (readout.roadmap && readout.organisation && readout.organisation.toLowerCase().endsWith(readout.roadmap.toLowerCase())) readout.roadmap = undefined
    // A title block on one line whose only part left is the body's name (`MEDIA READOUT | date | Pacific … Council`) names who issues it, not a title: it is made as without one.
    const headerTitle = file.data.header?.title
    const onlyTheBody = headerTitle && file.data.header?.titleIsPart && readout.organisation && headerTitle.replace(/^the\s+/iu, '').toLowerCase() === readout.organisation.toLowerCase()
    readout.title = (onlyTheBody ? undefined : headerTitle) ?? readout.roadmap ?? fallbackTitle(readout.organisation, readout.participants, readout.place, file.stem, reading.fallbackTitle)
  }
}
export default recogniseRoadmapName

function findQuotedName(texts: string[]): string | undefined {
  const kind = new RegExp(`${KIND}$`, 'u')
  let firstShort: string | undefined
  for (const text of texts) {
    for (const match of text.matchAll(QUOTED_TITLE)) {
      // `the Kigali Seed Plan 2026–2030 (the "Plan")`: a short form the text defines in brackets names no plan of its own; the name before it does.
      if (DEFINED_TERM_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue
      if (kind.test(match[1])) return match[1]
      // The title of a study or a campaign (`the secretariat's new study, "Ports That Work for Everyone."`) is not the plan.
      if (WORK_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue
      firstShort ??= match[1].split(' ').length >= 2 ? match[1] : undefined
    }
  }
  return firstShort
}

/** A name in a language's own patterns: a quoted one first, else one named in the text. */
function findOwnName(texts: string[], patterns: {quoted: RegExp; named: RegExp; hasKind: RegExp; citedBefore?: RegExp; adoptedNamed?: RegExp; adoptedDated?: RegExp; reviewedDated?: RegExp}, kinds: ReadonlyArray<readonly [RegExp, string]> = [], ownTitle?: string): string | undefined {
  for (const text of texts) for (const match of text.matchAll(patterns.quoted)) return normaliseSpace(match[1] ?? match[2] ?? match[3])
  const named = new RegExp(patterns.named.source, 'gu')
  const name = namedInText(texts, named, patterns, kinds)
  // `Déclaration finale de Conakry sur le fonio` / … / `1° Nous adoptons le Plan d'action régional pour le fonio 2026-2030 …`: the declaration's
  // own title names the text; the plan it adopts, when it adopts one, is the roadmap
  if (name !== undefined && !(ownTitle && normaliseSpace(ownTitle).includes(name))) return name
  // (a meeting that adopted no plan reviewed the one it carries out: `le bilan de la mise en œuvre de la Stratégie … 2024-2030`)
  return adoptedIn(texts, patterns) ?? name ?? reviewedIn(texts, patterns)
}

/** The name of a dated plan whose implementation the meeting reviewed, by a language's pattern (`reviewedDated`), or `undefined`. */
function reviewedIn(texts: string[], patterns: {hasKind: RegExp; reviewedDated?: RegExp}): string | undefined {
  if (!patterns.reviewedDated) return undefined
  for (const text of texts) {
    const reviewed = patterns.hasKind.test(text) ? patterns.reviewedDated.exec(text) : null
    if (reviewed) return normaliseSpace(reviewed[1])
  }
  return undefined
}

/** The first name of a plan in the texts, by a language's pattern of a named document (`named`), or `undefined`. */
function namedInText(texts: string[], named: RegExp, patterns: {hasKind: RegExp; citedBefore?: RegExp}, kinds: ReadonlyArray<readonly [RegExp, string]>): string | undefined {
  for (const text of texts) {
    if (!patterns.hasKind.test(text)) continue
    for (const match of text.matchAll(named)) {
      // `Déclaration conjointe du Gouvernement …` names what the text is (a joint statement), not a plan it adopted.
      if (isOwnKind(match[1], kinds)) break
      // `au titre de l'Accord de Paris`: a text the meeting works under, not its plan.
      if (patterns.citedBefore?.test(text.slice(Math.max(0, match.index - 60), match.index)) && !adoptedAfter(text.slice(match.index + match[0].length))) continue
      if (adoptedEarlier(text.slice(match.index + match[0].length))) continue
      return normaliseSpace(match[1])
    }
  }
  return undefined
}

/** The name of a plan the meeting adopted, by a language's patterns (`adoptedDated`, `adoptedNamed`), or `undefined`. */
function adoptedIn(texts: string[], patterns: {hasKind: RegExp; adoptedNamed?: RegExp; adoptedDated?: RegExp}): string | undefined {
  // A plan the meeting adopted whose name its years close, whatever words it holds (`Adoptons le Plan d'action sahélien pour le sorgho et le mil 2026-2030`);
  // … else one named by its purpose alone (`ont adopté le Plan régional de sécurité routière, qui …`), up to a comma, a clause or a verb.
  for (const adoptedName of [patterns.adoptedDated, patterns.adoptedNamed]) if (adoptedName) for (const text of texts) {
    const adopted = patterns.hasKind.test(text) ? adoptedName.exec(text) : null
    if (adopted) return normaliseSpace(adopted[1])
  }
  return undefined
}

/** Whether a name opens with a kind of text other than a declaration (`Déclaration conjointe`, `Communiqué final`): the text's own kind, never its plan. */
function isOwnKind(name: string, kinds: ReadonlyArray<readonly [RegExp, string]>): boolean {
  const kind = kinds.find(([pattern]) => pattern.test(name.split(/\s+/).slice(0, 3).join(' ')))
  return kind !== undefined && kind[1] !== 'declaration'
}

/** An opening bracket just before a quoted short form (`(the "Action Plan")`, `(hereinafter "the Plan")`): a defined term. */
const DEFINED_TERM_BEFORE = /\(\s*(?:(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?$/i
/** Words just before a quoted title that make it a study, a report or a campaign, not the meeting's plan. */
const WORK_BEFORE = /\b(?:study|report|paper|survey|publication|book|film|campaign|slogan|theme|titled|entitled)\b[^.!?]{0,20}$/i

/** A kind of document anywhere in a text: NAMED reads ahead up to 30 characters from every capital, so it runs only where it can match. */
const HAS_KIND = new RegExp(KIND, 'u')

/**
 * The first name of a document in the texts, without a possessor before it (`the Coalition's Cool
 * Streets Pledge` names the pledge, not the Coalition's).
 * @param texts paragraphs
 * @param plansOnly whether to leave out names of a project or a commitment (`… Pledge`, `…
 *   Initiative`, `… Programme`): named inside one point, they are what that point is about, not the
 *   document's plan, unless the meeting adopted them (`adopted the Colombo Work Programme`)
 * @param body the body that met, whose name (`… Wheat Compact`) is never its plan
 * @returns the name, or `undefined`
 */
function findNamedDocument(texts: string[], plansOnly = false, body?: string): string | undefined {
  for (const text of texts) {
    if (!HAS_KIND.test(text)) continue
    for (const match of text.matchAll(NAMED_ALL)) {
      const name = match[1].trim().replace(/^(?:The|This|Our|A)\s+/, '').replace(POSSESSOR, '')
      if (plansOnly && PROJECT_KIND.test(name) && !ADOPTED_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue
      // `… under the Paris Agreement`, `in line with the Sendai Framework`: a text the meeting cites or works under, not its plan.
      if (CITED_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index)) && !adoptedAfter(text.slice(match.index + match[0].length))) continue
      if (adoptedEarlier(text.slice(match.index + match[0].length))) continue
      if (body && body.toLowerCase().endsWith(name.toLowerCase())) continue
      // `Council Agrees US$1.2 Billion Plan to Grow …`: a headline's amount in capitals is what the plan costs, not its name.
      if (AMOUNT_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index) + name.split(/\s+/)[0])) continue
      if (name.split(/\s+/).length >= 2) return name
    }
  }
  return undefined
}

/**
 * A name in capitals before a kind in lower case, where the meeting adopted it (`Keepers adopted the Sails Turning plan`,
 * `endorsed a Clean Harbours strategy`): the name is the capitalised words with their kind. Only after a verb of adoption:
 * anywhere else a capitalised word before `plan` is most often a place or a body (`the County plan`). A possessor
 * (`the Trust's plan`) names whose plan it is, not the plan.
 */
function findPlanInLowerCase(texts: string[], body?: string): string | undefined {
  for (const text of texts) {
    const match = ADOPTED_LOWER_CASE_PLAN.exec(text)
    if (!match || /['’]s\s/u.test(match[1] + ' ')) continue
    if (body && body.toLowerCase().includes(match[1].replace(/\s+\S+$/u, '').toLowerCase())) continue
    return normaliseSpace(match[1])
  }
  return undefined
}

/** A verb of adoption, then two to four capitalised words and a kind of plan in lower case (bounded words, linear time). */
const ADOPTED_LOWER_CASE_PLAN = /\b(?:adopted|adopts?|endorsed|endorses?|approved|approves?|launched|launch(?:es)?)\s{1,3}(?:the|an?|its|their|our)\s{1,3}((?:\p{Lu}[\p{L}\p{M}'’-]{0,30}\s{1,3}){2,4}(?:action\s{1,3}plan|road\s?map|plan|strategy|framework|charter|agenda|compact))(?![\p{L}\p{M}])/u

/** An amount's scale word, capitalised in a headline, just after its number (`$1.2 Billion`, `€40 Million`): it opens no name. */
const AMOUNT_BEFORE = /\d\s?(?:Thousand|Million|Billion|Trillion|Mn|Bn)$/u

/** Every such name in a text. */
const NAMED_ALL = new RegExp(NAMED.source, 'gu')
/** A possessor before a name (`Coalition's `, `the Forum’s `); a plural's possessive is inside the name (`the Baltic Seafarers' Charter`). */
const POSSESSOR = /^(?:\p{Lu}[\p{L}\p{M}-]*\s{1,3})*\p{Lu}[\p{L}\p{M}-]*['’]s\s{1,3}(?=\p{Lu})/u
/** A verb of adoption just before a name, also when a reporter gives the name as the body's own (`adopted what it calls the Ghent Canal Programme`). */
const ADOPTED_BEFORE = /\b(?:adopted|adopts?|launched|launch(?:es)?|endorsed|endorses?|approved|approves?)\s+(?:what\s+(?:it|they)\s+calls?\s+)?(?:the\s+|an?\s+|our\s+|their\s+|its\s+)?$/u
/** Words just before a name that cite a text the meeting works under (`under the`, `in line with the`, `the goals of the`, `an annex to the`), not one it adopts. */
const CITED_BEFORE = /\b(?:(?:an?\s+|the\s+)?(?:annex(?:es)?|protocols?|amendments?|appendix|appendices|addend(?:um|a)|schedules?)\s+to|under|within|in\s+line\s+with|in\s+accordance\s+with|in\s+keeping\s+with|consistent\s+with|pursuant\s+to|in\s+the\s+spirit\s+of|align(?:ed|s|ing)?\s+(?:\S+\s+){0,3}with|as\s+(?:set\s+out|agreed|called\s+for|provided\s+for)\s+(?:in|by|under)|(?:implementation|goals?|targets?|objectives?|commitments?|parties|signatories)\s+(?:of|to|under)|recall(?:ed|ing|s)?|reaffirm(?:ed|ing|s)?|build(?:ing|s)?\s+on|guided\s+by)\s+(?:the\s+)?$/iu
/** A verb of adoption just after a name (`the Rome Action Plan adopted today`, `le Plan d'action de Niamey, adopté ce jour`), with no earlier year after it (`the Paris Agreement adopted in 2015`). */
const ADOPTED_AFTER = /^\s*,?\s*(?:(?:which|that|que|qu['’])\s+(?:\S+\s+){0,3})?(?:(?:was|were|a\s+été|ont\s+été)\s+)?(?:adopted|launched|endorsed|approved|signed|adopt[ée]e?s?|lanc[ée]e?s?|approuv[ée]e?s?|sign[ée]e?s?|entérin[ée]e?s?)(?![\p{L}])/iu
const EARLIER_YEAR = /^[^.;]{0,30}?\b(?:in|en)\s+(?:19|20)\d{2}\b/u

/** Whether the text after a name says it was adopted earlier (`the Lima Declaration adopted in 2024`): a text the meeting builds on, not its plan. */
function adoptedEarlier(after: string): boolean {
  const adopted = ADOPTED_AFTER.exec(after)
  return adopted !== null && EARLIER_YEAR.test(after.slice(adopted[0].length))
}

/** Whether the text after a cited name says the meeting adopted it after all (`… adopted today`). */
function adoptedAfter(after: string): boolean {
  const adopted = ADOPTED_AFTER.exec(after)
  return adopted !== null && !EARLIER_YEAR.test(after.slice(adopted[0].length))
}

/** Names of a project or a commitment, not of a plan: `Cool Streets Pledge`, `Safe Water Initiative`. */
const PROJECT_KIND = /\b(?:Pledge|Initiative|Programme|Program)$/u

function fallbackTitle(organisation: string | undefined, participants: string | undefined, place: string | undefined, stem: string | undefined, own?: {inPlace: string; meetingOf: string}): string {
  if (own && organisation && place && place !== 'Online') return own.inPlace.replace('{organisation}', () => organisation).replace('{place}', () => place)
  if (own && !organisation && participants) return own.meetingOf.replace('{participants}', () => participants.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()).replace(/^les\s+/, ''))
  if (organisation && place && place !== 'Online') return `${organisation} in ${place}`
  if (organisation) return organisation
  if (participants) return `Meeting of ${participants.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`
  return (stem ?? 'Readout').replace(/[-_]+/g, ' ').replace(/^\p{Ll}/u, (c) => c.toUpperCase())
}
