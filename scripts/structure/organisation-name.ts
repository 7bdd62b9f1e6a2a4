/**
 * Organisation names: where one starts and ends in a phrase, whatever small words it holds
 * (`Commission régionale des pêches de la mer d'Alboran`, `Forum for Trade and Investment in the
 * Bay of Bengal`). What a language's names look like is data (`ORGANISATION_NAMES` in `english.ts`,
 * `FRENCH_ORGANISATION_NAMES` in `french.ts`); this module only reads it. Every scan is one pass
 * over the words, so it runs in linear time.
 */

/** What the reader knows of how a language writes an organisation's name. */
export interface OrganisationNames {
  /** Head nouns of a body that meets (`partnership`, `commission`), lower case. */
  heads: ReadonlySet<string>
  /** Small words a name holds between its words (`of`, `the`; `de`, `du`), lower case. */
  particles: ReadonlySet<string>
  /** Words that name a meeting or a document, not the body (`ministerial`, `meeting`), lower case. */
  events: ReadonlySet<string>
  /** Whether a name starts with its head and runs to the end of the phrase (French), rather than being a run of capitalised words (English). */
  headFirst: boolean
  /** What follows a head that names a meeting rather than the body (`Conseil des ministres`). */
  meetingAfterHead?: RegExp
  /** Where the meeting was, closing a name that runs to the end of its phrase (`… du golfe de Guinée à Lomé`): not part of the name. */
  placeAtEnd?: RegExp
  /** A word after a body's head that starts what the body is about (`on`: `… Dialogue on Statelessness`). */
  /** Words after a head that say whose ministers the body gathers (`of Ministers for Social Affairs`, `of Agriculture Ministers`, lower-cased): its name goes on through them. */
  ministersAfterHead?: RegExp
  aboutAfterHead?: RegExp
  /** A day or a month, never what a body is about (`… Alliance on Thursday`). */
  whenWord?: RegExp
  /** Words of a state's or a government's name (`Republic`, `Kingdom`, `Gouvernement`), with their capital. */
  states?: RegExp  /** A region's name, not a body's: it ends in a word of geography (`Horn of Africa`, `Indian Ocean Rim`, `Afrique de l'Ouest`). */
  places?: RegExp
  /** An ordinal written as a capitalised word (`Second`, `Third`): a capitalised name holding one numbers an occasion (`Second Ministerial Conference`), not a body. */
  ordinals?: RegExp
  /**
   * How a text shows that a name is a body's, not a region's: patterns with `{name}` (the whole name),
   * `{first}` and `{last}` (its first and last words: where an English or a French name has its head) in them, such as an office it has (`the {last}'s secretariat`) or its
   * founding (`{name} was set up`). A region has neither.
   */
  bodyEvidence?: readonly string[]
  /** An office held in a body, just before the body's name (`Chair of the`, `Présidente du`): a speaker's title names the body the office is in. */
  officeOf?: RegExp
  /** Who acted, opening a run of capitals before the body they belong to (`Ministers of the`): not part of the name. */
  peopleOf?: RegExp
}

/** A name found in a text, and where it starts. */
export interface FoundName {
  name: string
  index: number
}

const WORD = /[\p{L}\p{M}\d][\p{L}\p{M}\d'’.&–-]*/gu
/** Where a phrase, and so a name, ends: a clause mark, a bracket, a dash between spaces, a sentence end. */
const PHRASE_END = /[,;:()[\]«»“”"]|\s[–—-]\s|[.!?](?=\s|$)/u
/**
 * A French complement coordinated after commas (`Commission économique du bétail, de la viande et des ressources
 * halieutiques`): each part opens on `de la`, `du`, `des`, the last after `et`; its commas end no phrase.
 */
const COORDINATED_COMPLEMENT = /^(?:,\s*(?:de\s+la|de\s+l['’]|du|des|d['’])\s*[^,;:()[\]«»“”".!?]+?)*,?\s+et\s+(?:de\s+la|de\s+l['’]|du|des|d['’])\s*[^,;:()[\]«»“”".!?]+/u

/** The phrase a name can be found in: the text up to its first clause mark, a French name's coordinated complement kept whole. */
function phraseOf(text: string, names: OrganisationNames): string {
  const end = PHRASE_END.exec(text)
  if (!end) return text
  const coordinated = names.headFirst && end[0] === ',' ? COORDINATED_COMPLEMENT.exec(text.slice(end.index)) : null
  if (!coordinated) return text.slice(0, end.index)
  const rest = end.index + coordinated[0].length
  const after = PHRASE_END.exec(text.slice(rest))
  return after ? text.slice(0, rest + after.index) : text
}
/** A number or an ordinal written in digits (`4`, `2026`, `12th`, `3e`). */
const NUMBER_WORD = /^\d[\d.,]*(?:st|nd|rd|th|e|er|re|ème)?$/u
/** A name written as an acronym (`UEMOA`, `CEDEAO`, `G5`). */
const ACRONYM_WORD = /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u
/** An article or elision stuck to a word (`l'Autorité`, `d'Alboran`). */
const ELISION = /^(?:[ldLD]|qu)['’](?=\p{L})/u

/**
 * The names of organisations in a phrase, in the order they start: every span that holds a head
 * noun and reads as a name. English names are runs of capitalised words and particles, and a run
 * gives a candidate at each word after a particle (`Meeting of the Nourish Early Partnership` gives
 * `Nourish Early Partnership`); French names start at a capitalised head and run to the end of the
 * phrase. A span that starts with a word of a meeting (`Ministerial Meeting of …`) is left out,
 * and so is a French head that names a meeting (`Conférence ministérielle de …`) when a body is named after it.
 * @param text a title line, a dateline's subject
 * @param names the language's name patterns
 * @returns the names found
 */
export function organisationNamesIn(text: string, names: OrganisationNames): FoundName[] {
  const phrase = phraseOf(text, names)
  const words = [...phrase.matchAll(WORD)].map((match) => {
    const elided = ELISION.exec(match[0])?.[0].length ?? 0
    // `the Southern Grain Council's annual meeting`: the possessor's name ends at its `'s`.
    const possessive = /['’]s$/u.test(match[0])
    return {text: match[0].slice(elided, possessive ? -2 : undefined), index: match.index + elided, possessive}
  })
  const found: FoundName[] = []
  if (names.headFirst) {
    for (const [i, word] of words.entries()) {
      if (!isCapitalised(word.text) || !names.heads.has(word.text.toLowerCase())) continue
      // A `Table ronde` is a round table, a meeting; a `Table` that heads a name is a body (`Table de concertation …`, as Québec names them).
      if (/^table$/iu.test(word.text) && /^\s+ronde\b/iu.test(phrase.slice(word.index + word.text.length))) continue
      // `Conférence ministérielle de l'Alliance …` names a meeting of the body named after it; with
      // no body after it, `Comité ministériel des ressources minérales du Sahel` is the body.
      const bodyAfter = words.slice(i + 1).some((later) => isCapitalised(later.text) && names.heads.has(later.text.toLowerCase()))
      if (bodyAfter && names.meetingAfterHead?.test(phrase.slice(word.index + word.text.length))) continue
      // `Conseil des ministres de l'UEMOA`: the body after the meeting is named by its acronym.
      const acronym = names.meetingAfterHead?.test(phrase.slice(word.index + word.text.length)) ? words.slice(i + 1).find((later) => ACRONYM_WORD.test(later.text)) : undefined
      if (acronym) {
        found.push({name: acronym.text, index: acronym.index})
        break
      }
      found.push({name: trimName(phrase.slice(word.index), names), index: word.index})
      // The rest of the phrase belongs to this name.
      break
    }
    return found
  }
  let runStart = -1
  const flush = (until: number) => {
    if (runStart === -1) return
    const run = words.slice(runStart, until)
    runStart = -1
    // Drop particles at the end of the run (`… of the`).
    while (run.length && names.particles.has(run[run.length - 1].text.toLowerCase())) run.pop()
    const last = run[run.length - 1]
    if (!last) return
    for (let i = 0; i < run.length; i++) {
      // `Justice and Home Affairs Committee`: after an `and` joining two words of one name (not two bodies), no other name starts.
      const joinsWords = i >= 2 && run[i - 1].text.toLowerCase() === 'and' && !names.particles.has(run[i - 2].text.toLowerCase()) && !names.heads.has(run[i - 2].text.toLowerCase())
      const starts = i === 0 || (names.particles.has(run[i - 1].text.toLowerCase()) && !joinsWords)
      if (!starts || names.particles.has(run[i].text.toLowerCase())) continue
      const span = run.slice(i)
      // A span that opens with a word of a meeting or a document (`Joint Statement of the …`, `Ministerial Meeting of the …`)
      // is left out, unless its own head comes before any small word (`Joint Permanent Commission`).
      // A meeting named for what it is about, of no body named after it, is the body that meets (`Ministerial Conference on the Nursing and Midwifery Workforce`).
      if (names.events.has(run[i].text.toLowerCase()) && (!(ownHeadFirst(span, names) || meetingOnTopic(span, names)) || ofBodyAfter(span, names))) continue
      // `for the Second Pacific Ministerial Dialogue on Invasive Species`: a name numbered by an ordinal is one occasion of a series, not the body that meets.
      if (names.ordinals && span.some((word) => names.ordinals?.test(word.text))) continue
      if (!span.some((word) => isCapitalised(word.text) && names.heads.has(word.text.toLowerCase()))) continue
      found.push({name: phrase.slice(run[i].index, last.index + last.text.length), index: run[i].index})
    }
  }
  for (const [i, word] of words.entries()) {
    // A number (`4 June 2026`, `the 12th Meeting`) is never part of an English name: it ends the run;
    // so does a word of a date (`on 13 and 14 April at the … Forum`, `on Monday at the … Council`): a weekday, or a month after a day's number.
    const inName = (isCapitalised(word.text) && !NUMBER_WORD.test(word.text) && !isDateWord(words, i, names)) || (runStart !== -1 && names.particles.has(word.text.toLowerCase()))
    if (inName && runStart === -1) runStart = i
    else if (!inName) flush(i)
    if (inName && word.possessive) flush(i + 1)
  }
  flush(words.length)
  return found
}

/** Whether the i-th word is a date's in a name written head last: a weekday, or a month right after a day's number (`14 April`). */
function isDateWord(words: Array<{text: string}>, i: number, names: OrganisationNames): boolean {
  const word = words[i].text
  if (names.headFirst || !names.whenWord?.test(word)) return false
  return /day$/u.test(word) || (i > 0 && NUMBER_WORD.test(words[i - 1].text))
}

/**
 * The full name of an organisation that the text first calls by its head noun alone (`The
 * Partnership’s ministers`, `L'Autorité s'est réunie`), or names nowhere in its dateline: the last
 * name in the first title-block line that has one holding that head (when there is none, a name
 * that ends in a head, or in French starts with one).
 * @param organisation what the dateline gave, if anything
 * @param lines the title block's lines
 * @param names the language's name patterns
 * @returns the fuller name, or `undefined` when there is none to give
 */
export function fullOrganisationName(organisation: string | undefined, lines: string[], names: OrganisationNames): string | undefined {
  const bare = organisation?.replace(/^(?:the\s+|l['’]|la\s+|le\s+|les\s+)/iu, '').trim()
  const head = bare === undefined ? undefined : bare.toLowerCase()
  if (head !== undefined && (!names.heads.has(head) || /\s/.test(head))) return undefined
  let best: string | undefined
  for (const line of lines) {
    // Where a list of parties ends (`… of Canada and the European Union`): no name inside it is the body.
    let listEnd = -1
    for (const {name, index} of organisationNamesIn(line, names)) {
      if (index < listEnd) continue
      // `Déclaration conjointe du Gouvernement du Bénin et du Conseil fédéral suisse`: a name joined by `et` to what comes before it is one of the parties.
      if (names.headFirst && PARTY_JOINED.test(line.slice(0, index))) break
      if (isListOfParties(name, names)) {
        listEnd = index + name.length
        continue
      }
      const words = name.split(/\s+/).map((word) => word.replace(ELISION, '').toLowerCase())
      if (head !== undefined && !words.includes(head)) continue
      // Named nowhere else: only a name that ends in its head (`… Mobility Dialogue`), not a topic that holds one (`… Global Fund Replenishment`);
      // words of the meeting after the head (`Nordic Water Council Ministerial Meeting`) name the occasion, not the body.
      const last = words.findLastIndex((word) => names.heads.has(word) && !names.events.has(word))
      // `Working Group on Ship Recycling`: the words after the head may say what the body is about.
      const about = last !== -1 && aboutAfter(words, last, names)
      // (`Guild of Church Bell Ringers`: or `of` and the members it gathers, as `namedBodiesIn` reads them; pending43)
      const members = last !== -1 && !about && membersAfter(name.split(/\s+/), last, names)
      if (head === undefined && !names.headFirst && (last === -1 || !(about || members || words.slice(last + 1).every((word) => names.events.has(word))))) continue
      const body = head === undefined && !names.headFirst && !about && !members ? name.split(/\s+/).slice(0, last + 1).join(' ') : name
      if (body.split(/\s+/).length < 2) continue
      best = body
      // `Council of the Baltic Fisheries Union` alone on its line: the council of a body, as its conclusions name it, is who speaks.
      const organ = head === undefined && !names.headFirst && body === name ? ORGAN_OF.exec(line.slice(0, index)) : null
      if (organ && names.heads.has(organ[1].toLowerCase()) && line.slice(index + name.length).trim() === '') best = line.slice(organ[0].length - organ[0].trimStart().length).trim()
    }
    if (best) return best
  }
  return undefined
}

/** A body's organ before its name, alone on a line: `Council of the `, `Board of the `. */
const ORGAN_OF = /^\s*(?:the\s+)?(\p{Lu}\p{Ll}+)\s+of\s+the\s+$/u

/**
 * The bodies a sentence names (`… met in Suva as the U.S.-Pacific Islands Undersea Cable Working
 * Group`, `… at the annual meeting of the Urban Shade Coalition`), in order: in every phrase of it,
 * the names that end in a head noun (in French, that start with one). A body named as the occasion's
 * host (`on the sidelines of the UN General Assembly`, `en marge de …`) or as a venue (`at the World
 * Health Organization headquarters`) is left out.
 * @param sentence a sentence, or the part of one after its verb
 * @param names the language's name patterns
 * @returns the names, longest first where two start at the same word
 */
export function namedBodiesIn(sentence: string, names: OrganisationNames): string[] {
  const bodies: string[] = []
  let offset = 0
  for (const phrase of sentence.split(PHRASE_SPLIT)) {
    const at = sentence.indexOf(phrase, offset)
    offset = at + phrase.length
    for (const found of organisationNamesIn(phrase, names)) {
      const {index} = found
      let name = found.name
      if (!names.headFirst) {
        // A run of capitals may go on past the name (`the Congo Basin Peat Alliance on Thursday`): it ends at its last head.
        const words = name.split(/\s+/)
        const last = words.findLastIndex((word) => isCapitalised(word) && names.heads.has(word.toLowerCase()))
        if (last === -1) continue
        // … unless its acronym in brackets follows the whole run (`Intergovernmental Authority on Development (IGAD)`).
        const spelled = /^\s*\(\s*\p{Lu}[\p{Lu}\d&-]{1,9}\s*\)/u.test(sentence.slice(at + index + name.length))
        // … or the words after the head say what the body is about (`… Ministerial Dialogue on Statelessness`), never when or where.
        // The topic may hold small words (`… Conference on the Nursing and Midwifery Workforce`).
        const about = aboutAfter(words, last, names)
        // … or `of` and the members it gathers, a plural (`Federation of British and Irish Sheepdog Trial Societies`).
        if (!spelled && !about && !membersAfter(words, last, names)) name = words.slice(0, last + 1).join(' ')
        // `Ministers of the Central Asia Transport Forum agreed …`: a run opening a sentence holds who acted before the body they belong to.
        const people = names.peopleOf?.exec(name)
        if (people) name = name.slice(people[0].length)
      }
      const before = sentence.slice(Math.max(0, at + index - 80), at + index)
      const after = sentence.slice(at + index + name.length, at + index + name.length + 20)
      if (HOST_BEFORE.test(before) || VENUE_AFTER.test(after) || OTHERS_PRESENT_BEFORE.test(sentence.slice(Math.max(0, at + index - 160), at + index))) continue
      name = name.replace(/^the\s+/iu, '')
      if (!bodies.some((body) => body.endsWith(name))) bodies.push(name)
    }
  }
  return bodies
}

/**
 * Whether a word has a capital or a digit after its first letter, as an acronym or a coined name has (`IGAD`, `CILSS`, `AfDB`, `G20`):
 * the capitals of a hyphenated or elided proper name (`Saint-Aurèle`, `Stratford-Upon-Avon`, `D'Arcy`) open each of its parts, and do not count.
 */
function hasInnerCapital(word: string): boolean {
  return word.split(/[-'’]/u).some((part) => /\p{Lu}.*[\p{Lu}\d]/u.test(part))
}

/** Whether a name is a body's: it holds a head noun, is written as an acronym (`CILSS`, `G5 Sahel`), or has several words; a lone word (`Sahel`, `Maroc`, `Americas`) is a place or a participant. */
export function isBodyName(name: string, names: OrganisationNames): boolean {
  const words = name.replace(/^(?:the\s+|l['’]|la\s+|le\s+|les\s+)/iu, '').split(/\s+/)
  if (words.some((word) => names.heads.has(word.replace(ELISION, '').toLowerCase()))) return true
  if (words.some(hasInnerCapital)) return true
  return words.length > 1
}

/**
 * Whether a name is a list of the parties that met, not one body: governments or countries joined
 * by `and`/`et` (`Canada and Mexico`, `the United States and the Republic of Korea`, `Kenya, Uganda
 * and the European Union`). A body's name may hold `and` (`Trade and Investment Forum`, `Forum for
 * Trade and Investment in …`): its first part holds a head noun, or its last ends in one with no
 * article or comma between the parts.
 * @param name a name found in a dateline or a title line
 * @param names the language's name patterns
 * @returns `true` when the name lists parties
 */
export function isListOfParties(name: string, names: OrganisationNames): boolean {
  const bare = name.replace(/^(?:the\s+|l['’]|la\s+|le\s+|les\s+)/iu, '')
  const items = bare.split(/\s*,\s*|\s+(?:and|et|&)\s+/u).filter(Boolean)
  if (items.length < 2) return false
  const words = (item: string) => item.split(/\s+/).map((word) => word.replace(ELISION, '').toLowerCase())
  const listed = /,|\s(?:and|et|&)\s+(?:the|la|le|les|l['’])/iu.test(bare)
  // `the European Union and the African Union`: two bodies, each named whole with its head and its article, are two parties.
  if (listed && !names.headFirst && items.every((item) => words(item).some((word) => names.heads.has(word)))) return true
  if (words(items[0]).some((word) => names.heads.has(word))) return false
  const last = words(items[items.length - 1])
  return listed || !names.heads.has(last[last.length - 1])
}

/**
 * Whether a name is a state's or its government's (`Republic of Korea`, `Kingdom of Norway`,
 * `Confédération suisse`, `Gouvernement du Sénégal`): a government is one of the parties that met,
 * never the body that met. A body whose name holds such a word keeps it (`Commission de la
 * République et du Canton du Jura`): its head says it is a body.
 * @param name a name read as the organisation
 * @param names the language's name patterns
 * @returns `true` when the name is a state's
 */
export function isStateName(name: string, names: OrganisationNames): boolean {
  if (!names.states?.test(name)) return false
  return !name.split(/\s+/).some((word) => names.heads.has(word.replace(ELISION, '').toLowerCase()))
}

/**
 * Whether a name is a region's, not a body's (`Horn of Africa`, `Western Balkans`, `Lower Mekong
 * Basin`, `Afrique de l'Ouest`): it holds no head noun, is no acronym, and ends in a word of
 * geography. Ministers of a region are its participants; the region did not meet.
 * @param name a name read as the organisation
 * @param names the language's name patterns
 * @returns `true` when the name is a region's
 */
export function isPlaceName(name: string, names: OrganisationNames): boolean {
  if (!names.places?.test(name)) return false
  const words = name.split(/\s+/)
  if (words.some(hasInnerCapital)) return false
  return !words.some((word) => names.heads.has(word.replace(ELISION, '').toLowerCase()))
}

/** Escape a text for a regular expression. */
/** A text as a pattern that matches it literally. */
export const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Whether the text treats a name that reads as a region's (`East African Green Hydrogen Corridor`)
 * as a body: it gives it an office (`asked the Corridor's secretariat`, `Corridor Secretariat`, `le
 * secrétariat du Corridor`) or says it was set up (`The … Corridor was set up in 2024 by six
 * governments`). A region has no secretariat and is not founded.
 * @param name the name read as a region's
 * @param text the whole text of the source
 * @param names the language's name patterns
 * @returns `true` when the text names it as a body
 */
export function isNamedAsBody(name: string, text: string, names: OrganisationNames): boolean {
  const words = name.split(/\s+/)
  if (!names.bodyEvidence) return false
  // A function replacement: a string one would expand a `$&` or `$1` the name holds.
  const fill = (pattern: string) => pattern.replace('{name}', () => escapeForPattern(name)).replace('{first}', () => escapeForPattern(words[0])).replace('{last}', () => escapeForPattern(words.at(-1)!))
  return names.bodyEvidence.some((pattern) => new RegExp(fill(pattern), 'u').test(text))
}

/** Who met from a body named after them (`Energy ministers of the …`, `Les ministres de l'…`): the name after the last `of the`. */
const BODY_OF_WHO = /(?:\bof\s+the|(?<!\p{L})de\s+la|(?<!\p{L})de\s+l['’]|(?<!\p{L})du)\s*(\p{Lu}[^,;()]*)$/u

/**
 * The body in who met when its name ends like a region's (`Energy ministers of the East African
 * Green Hydrogen Corridor`) and the text elsewhere names it as a body (see `isNamedAsBody`).
 * @param participants who met, as read
 * @param text the whole text of the source
 * @param names the language's name patterns
 * @returns the body's name, or `undefined`
 */
export function regionNamedAsBody(participants: string | undefined, text: string, names: OrganisationNames): string | undefined {
  const name = participants ? BODY_OF_WHO.exec(participants)?.[1]?.trim() : undefined
  return name && isPlaceName(name, names) && isNamedAsBody(name, text, names) ? name : undefined
}

/** What joins a name to a party named before it (`… et du `, `… and the `): the name is a second party, not the body. */
const PARTY_JOINED = /\s(?:et|and|&)\s+(?:du\s+|des\s+|de\s+la\s+|de\s+l['’]|de\s+|d['’]|la\s+|le\s+|les\s+|l['’]|the\s+)?$/iu

/** Where a sentence's phrases end, for `namedBodiesIn`. */
const PHRASE_SPLIT = /[,;:()[\]«»“”"]|\s[–—-]\s/u
/**
 * Others present at the meeting, listed after who met (`together with representatives of FAO, the Union for …`, `en présence de représentants de la CEDEAO, de …`): not the body that met.
 * (Each name of the list starts with a letter, not a space, and ends at its comma: when a space
 * could go to the comma before or to the name after, forty short names took 2^40 steps.)
 */
const OTHERS_PRESENT_BEFORE = /(?:(?:together\s+with|alongside|joined\s+by|as\s+well\s+as)\s+(?:the\s+)?|en\s+pr[ée]sence\s+(?:de|des|d['’])\s*|aux\s+c[ôo]t[ée]s\s+(?:de|des|d['’])\s*)(?:representatives|delegates|delegations|observers|officials|experts|repr[ée]sentants|d[ée]l[ée]gu[ée]s|d[ée]l[ée]gations|observateurs|experts)\s+(?:of|from|de|du|des|d['’])\s*(?:[^,;.()\s][^,;.()]{0,59},\s*)*(?:(?:and|et)\s+)?(?:the\s+|la\s+|le\s+|les\s+|l['’]|de\s+la\s+|du\s+|des\s+|de\s+l['’])?$/iu
/** Words before a body that hosts, invites or supports the occasion rather than meets, or whose meeting this one precedes: `on the sidelines of the`, `en marge de la`, `ahead of the`, `à la veille de`, `with the support of the`, `à l'invitation de`; one that only gives money, `a grant of USD 3 million from the`, `financé … par la` (a body that convenes it may be the body that meets). */
const HOST_BEFORE = /(?:(?:margins?|sidelines?|marge|occasion|eve|run-up|veille)\s+(?:of|to|de|du|des|d['’])|(?:ahead|in\s+advance)\s+of|(?:in\s+preparation\s+for)|(?:en\s+pr[ée]paration|en\s+pr[ée]lude)\s+(?:de|du|des|d['’]|[àa])|(?:support|invitation)\s+of|(?:appui|soutien|invitation)\s+(?:de|du|des|d['’])|(?:supported|sponsored|funded|financed)\s+by|soutenue?s?\s+par|\b(?:grants?|loans?|funding|financing|donations?|contributions?)\b[^,;.]{0,40}\s+from|\bfinanc[ée]e?s?(?!\p{L})[^,;.]{0,60}\s+par|\b(?:subventions?|pr[êe]ts?|financements?|dons?)\b[^,;.]{0,40}\s+(?:de|du|des|d['’]))\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$/iu
/** A venue's word after a name: `the World Health Organization headquarters`. */
const VENUE_AFTER = /^\s+(?:headquarters|offices?|premises|building|campus|secretariat\s+building)\b/iu

/**
 * Split who met into the body and its people where names start with their head (French):
 * `Les ministres chargés des pêches des États membres de la Commission régionale des pêches de la
 * mer d'Alboran` gives the Commission and `Les ministres chargés des pêches des États membres`.
 * @param who the subject of the dateline
 * @param names the language's name patterns
 * @returns the organisation and participants, or `undefined` when no head starts a name
 */
export function splitWhoByHead(who: string, names: OrganisationNames): {organisation: string; participants?: string} | undefined {
  const found = firstNameAfterCommas(who, names)
  if (!found) return undefined
  const before = who
    .slice(0, found.index)
    .replace(/\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|l['’]|la|le|les|of\s+the|of)\s*$/iu, '')
    .trim()
  const participants = before ? before.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : undefined
  return {organisation: found.name, participants}
}

/**
 * The first name in who met, in its first phrase or, when that holds none, after one of its commas:
 * who met may list portfolios before the body (`Les ministres de la Santé, de l'Industrie et du
 * Commerce des États membres du Conseil régional … de l'Afrique de l'Ouest et du Centre`), and the
 * body's name then runs from its head to the end of who met, its coordinated complement included.
 */
function firstNameAfterCommas(who: string, names: OrganisationNames): FoundName | undefined {
  let start = 0
  while (true) {
    const found = organisationNamesIn(who.slice(start), names)[0]
    if (found) return {name: found.name, index: found.index + start}
    const comma = who.indexOf(',', start)
    if (comma === -1) return undefined
    start = comma + 1
  }
}

/** Whether a run of words reaches a head noun that is not also a meeting's word (`Commission`, not `Conference`) before any small word. */
function ownHeadFirst(span: Array<{text: string}>, names: OrganisationNames): boolean {
  for (const word of span) {
    const lower = word.text.toLowerCase()
    if (names.particles.has(lower)) return false
    if (names.heads.has(lower) && !names.events.has(lower)) return true
  }
  return false
}

/**
 * Whether a span that opens with a word of a meeting is a meeting named for what it is about
 * (`Ministerial Conference on the Nursing and Midwifery Workforce`): its first head, before any
 * small word, is followed by an about word (`on`, `for`) and the topic.
 */
function meetingOnTopic(span: Array<{text: string}>, names: OrganisationNames): boolean {
  const words = span.map((word) => word.text.toLowerCase())
  const head = words.findIndex((word) => names.heads.has(word) || names.particles.has(word))
  return head !== -1 && names.heads.has(words[head]) && aboutAfter(words, head, names)
}

/**
 * Whether the words after a name's head say what the body is about (`Working Group on Ship
 * Recycling`, `Forum for Clean Ports`): an about word (`on`, `for`) right after the head, then the
 * topic, never a day or a month (`Alliance on Thursday`).
 * @param words the name's words
 * @param head where its head is
 * @param names the language's name patterns
 */
function aboutAfter(words: readonly string[], head: number, names: OrganisationNames): boolean {
  // `Council of Ministers for Social Affairs`, `Council of Agriculture Ministers`: a council of ministers named with whose they are
  if (names.ministersAfterHead?.test(words.slice(head + 1, head + 6).join(' '))) return true
  if (!names.aboutAfterHead?.test(words[head + 1] ?? '') || words.length <= head + 2) return false
  return !words.slice(head + 2).some((word) => names.whenWord?.test(word.replace(/^\p{Ll}/u, (c) => c.toUpperCase())))
}

/**
 * Whether a body's head is followed by `of` and the members it gathers, named by capitalised words
 * (maybe joined by `and`) that end in a plural (`Federation of Welsh Choirs`, `Union of Scottish and
 * Irish Rowing Clubs`): the name runs through them. Not a place (`Union of the Comoros`: no `the`
 * here) nor a day (`… of Members on Tuesdays` is no name's end).
 */
function membersAfter(words: readonly string[], head: number, names: OrganisationNames): boolean {
  if (words[head + 1] !== 'of') return false
  const members = words.slice(head + 2)
  if (members.length < 2 || members.length > 7 || !/^\p{Lu}\p{Ll}+$/u.test(members[0])) return false
  if (!members.every((word, i) => /^\p{Lu}[\p{L}-]*$/u.test(word) || (word === 'and' && i > 0 && i < members.length - 1))) return false
  const last = members[members.length - 1]
  if (!/^\p{Lu}\p{Ll}+(?:[^s'’u]s|ies)$/u.test(last) || members.some((word) => names.whenWord?.test(word))) return false
  return !names.places?.test(members.join(' '))
}

/**
 * Whether a span that opens with a word of a meeting names, after its own head and `of`, another body
 * (`Ministerial Dialogue of the Global … Network`, `Ministerial Council of the … Community`): the
 * occasion, or the organ that meets, is that body's; the body is found at the word after `of the`.
 */
function ofBodyAfter(span: Array<{text: string}>, names: OrganisationNames): boolean {
  const of = span.findIndex((word) => word.text.toLowerCase() === 'of')
  return of !== -1 && span.slice(of + 1).some((word) => isCapitalised(word.text) && names.heads.has(word.text.toLowerCase()) && !names.events.has(word.text.toLowerCase()))
}

function isCapitalised(word: string): boolean {
  return /^[\p{Lu}\d]/u.test(word)
}

/** A name without a trailing particle or space (`… de la` left by a cut). */
function trimName(name: string, names: OrganisationNames): string {
  const words = name.trim().replace(names.placeAtEnd ?? /$^/, '').split(/\s+/)
  while (words.length > 1 && names.particles.has(words[words.length - 1].toLowerCase().replace(/['’]$/, ''))) words.pop()
  return words.join(' ').replace(/[\s,]+$/, '')
}

/**
 * The body a title-block line names as the one its speaker holds an office in (`Closing remarks by
 * …, Minister of Education of Fiji and Chair of the Pacific Scholarships Forum` → `Pacific
 * Scholarships Forum`), for a speech that has no dateline to say who met.
 * @param lines the title block's lines
 * @param names the language's name patterns
 * @returns the body's name, or `undefined` when no line names an office in one
 */
export function bodyOfOffice(lines: string[], names: OrganisationNames): string | undefined {
  if (!names.officeOf) return undefined
  const office = new RegExp(names.officeOf.source, `${names.officeOf.flags.replace('g', '')}g`)
  for (const line of lines) {
    for (const held of line.matchAll(office)) {
      const after = line.slice(held.index + held[0].length)
      const body = namedBodiesIn(after, names)[0]
      if (body && after.startsWith(body) && body.split(/\s+/).length >= 2 && isBodyName(body, names) && !isListOfParties(body, names)) return body
    }
  }
  return undefined
}
