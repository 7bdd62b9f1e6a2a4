/**
 * What the reader knows of English, as data, in one place: the kinds of document, the words that
 * name who acts, the phrases that look ahead, the headings that name a section rather than a
 * pillar; number words, currencies, scale words, the words that mark years and dates,
 * abbreviations that do not end a sentence, and the lead-in words a slide point can drop. The
 * plugins and the slide condenser read these; they hold no word lists of their own. Patterns built
 * from these lists are anchored or bounded so that they run in linear time.
 */

import {TASK_LINE_FORMS} from './task-lines.js'
/** Kinds of document a title line names, most specific first; the value is what `kind` says. */
export const DOCUMENT_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  // (`Joint Ministerial Statement`, `Joint Leaders' Statement`: a word or two of who made it between)
  [/\bjoint\s+(?:press\s+|ministerial\s+|ministers(?:'|’)?\s+|leaders(?:'|’)?\s+)?statement\b/i, 'joint statement'],
  [/\bjoint\s+communiqu[ée](?!\p{L})/iu, 'communiqué'],
  [/\bchair(?:'|’)?s?(?:'|’)?\s+(?:summary|statement)\b|\bsummary\s+(?:of|by)\s+the\s+chair\b/i, "chair's summary"],
  [/\bcommuniqu[ée](?!\p{L})/iu, 'communiqué'],
  // What a presidency concluded on its own authority is its summary; a council's conclusions, numbered under `The Council:`, a communiqué.
  [/\bpresidency\s+conclusions\b|\bconclusions\s+of\s+the\s+presidency\b/i, "chair's summary"],
  [/\bcouncil\s+conclusions\b|\bconclusions\s+of\s+the\s+council\b/i, 'communiqué'],
  // (so are the conclusions of an assembly or a conference, on a line of their own: `Conclusions of the Regional Assembly`)
  [/^conclusions\s+of\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:assembly|conference|congress|summit|session|forum)$/iu, 'communiqué'],
  // (a `media release`, as Australian and New Zealand ministers call theirs, is one too)
  [/\b(?:press|news|media)\s+release\b/i, 'press release'],
  // A listed company's release to its exchange (`ASX Announcement`, `Market announcement`, `Stock exchange announcement`): a press release.
  [/^(?:ASX|NZX|JSE|LSE|TSX|SGX|market|stock\s+exchange|company|regulatory)\s+announcement$/i, 'press release'],
  // The lines a newsroom puts above a release (`FOR IMMEDIATE RELEASE`, `Embargoed until …`): a press release.
  [/^(?:for\s+(?:immediate\s+)?release\b|embargoed\b)/i, 'press release'],
  [/\bmedia\s+(?:note|advisory)\b/i, 'media note'],
  // A newsroom's bare kind line that only says the page informs the press (`Press information`, `Media information`, `News notice`): a press release.
  [/^(?:press|media|news)\s+(?:information|notice)$/i, 'press release'],
  // A record of what a meeting concluded, drawn up for all who took part (`Summary of Conclusions of the Seventh Meeting`), as `Relevé de conclusions` is in French: a readout.
  [/\b(?:summary|record)\s+of\s+(?:conclusions|decisions|outcomes)\b|\bsummary\s+record\b/i, 'readout'],
  // So is an intergovernmental document that lists what its session decided, under its symbol (`Decisions adopted by the Council at its ninth session`).
  [/^(?:decisions|resolutions)\s+(?:adopted|taken)\s+by\s+the\b/i, 'readout'],
  // So is a line that names what a sitting decided (`Resolutions of the Annual Stakeholders' Meeting`, `Council: decisions of the spring
  // session`), at the line's start or after the body's name and a colon or a dash (`Outcome of the Conference …` is a statement's title; header43).
  [/(?:^|[:–—]\s*)(?:decisions|resolutions)\s+of\s+the\s+(?:[\p{L}\d'’-]+\s+){0,3}(?:meeting|session|sitting|congress|assembly|conference|forum|council)\b/iu, 'readout'],
  // So are a meeting's minutes, on their title line (`Minutes of the Eleventh Ordinary Meeting`): the record of what it agreed, drawn up for all who took part.
  [/^minutes\s+of\s+the\b/i, 'readout'],
  [/\bdeclaration\b/i, 'declaration'],
  [/\bread-?out\b/i, 'readout'],
  [/\bstatement\b/i, 'statement'],
  // A speech's title line (`Closing remarks by the Chair`, `Keynote address by …`): what one speaker said, a statement.
  [/^(?:(?:opening|closing|concluding|welcoming|welcome|keynote|introductory)\s+)?(?:remarks|speech|address)\s+(?:by|of|delivered)\b/i, 'statement'],
]

/** The kind of a readout whose text names none. */
export const DEFAULT_KIND = 'readout'

/** What comes just before a weekday when a meeting began that day and is still sitting, or work opened then (`meeting since Monday`, `talks that opened on Monday`). */
/** A meeting of so many days that ends on the day of the text (`wrapped up two days of talks in Halifax today`, `closed a three-day summit today`): the number of days. */
/** A meeting of so many days that ended when the sentence's decision was taken (`adopted, at the end of two days of talks, …`, `after three days of negotiations`): the number of days up to the date the text gives. */
export const DAYS_ENDED = /(?<!\p{L})(?:at\s+the\s+(?:end|close)\s+of|after|wrapping\s+up|concluding|wrapped\s+up|concluded|ended|closed|finished|completed)\s+(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening))?[\s,]+|(?:in|at)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*){0,3}[\s,]+){0,3}(?:(?:their|its)\s+)?(two|three|four|five|[2-5])\s+days\s+of\s+(?:talks|meetings?|negotiations|discussions|deliberations|consultations|debates?|work)(?!\p{L})/iu
export const DAYS_ENDING_TODAY = /(?<!\p{L})(two|three|four|five|[2-5])[- ]days?(?!\p{L})[^;!?]{0,120}?(?<!\p{L})today(?!\p{L})/iu
/** A meeting of so many days that ended on a weekday before the text's date (`after a two-day meeting in the port city that ended on Tuesday`, `three days of talks that closed on Friday`): the number of days and the weekday. */
export const DAYS_ENDING_ON_WEEKDAY = /(?<!\p{L})(two|three|four|five|[2-5])[- ]days?(?:\s+of)?\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|talks|summit|conference|session|gathering|forum|negotiations|retreat|consultations)(?!\p{L})[^.;!?]{0,80}?(?<!\p{L})(?:ended|closed|concluded|finished|wrapped\s+up)\s+(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\p{L})/iu
/** The number words of `DAYS_ENDING_TODAY`. */
export const DAY_COUNTS: Record<string, number> = {two: 2, three: 3, four: 4, five: 5}
export const SINCE_WEEKDAY = /(?<!\p{L})(?:since|(?:opened|began|begun|started)(?:\s+on)?)\s+$/iu

/** A sentence that opens on a third person's pronoun (`They noted …`, `She said …`): who it is, the sentence before says. */
export const LEANS_ON_SENTENCE_BEFORE = /^\s*(?:they|he|she)\s/i

/**
 * A subject pronoun and the word after it (`We welcome …`, `They agreed …`): what comes before a
 * colon that opens so is a clause with its verb, never a point's own `Title:` (a title is a noun phrase).
 * The word after it is in lower case: no `i` flag, under which `\p{Ll}` matches capitals too (`We Mean Business: …` is a title).
 */
export const CLAUSE_OPENING = /^\s*(?:[Ww]e|I|[Tt]hey|[Hh]e|[Ss]he)\s+\p{Ll}/u

/**
 * What, before a colon and a text that goes on in lower case, makes a clause or a run-in topic rather than a
 * point's own `Title:`: a verb after a modal (`Fishers will have a seat in site selection: every lot …`), or a
 * topic opened by a preposition, as a post or a speech opens one (`On money: members put …`, `As for funding: …`).
 */
export const CLAUSE_BEFORE_COLON = /\b(?:will|shall|must|can|should|would|may)\s+(?:not\s+|also\s+|now\s+)?\p{Ll}|^\s*(?:on|as\s+for|regarding|concerning|about)\s/iu

/**
 * Head nouns of a subject that names who acted ("Ministers endorsed …"): the point is then about
 * the object of the verb, not about them.
 */
export const ACTORS = new Set(
  'we they i you he she it ministers minister leaders leader partners partner participants participant members member delegates delegate delegations delegation countries country governments government states state parties party coalition alliance network group forum presidency chair chairs co-chairs co-chair heads representatives officials experts donors signatories allies nations union council committee commission secretariat both all each sides side envoys ambassadors directors co-leads universities cities banks agencies authorities institutions governors presidents mayors regulators supervisors commissioners associations federations cell meeting conference assembly summit board bureau plenary club clubs guild guilds society societies federation association trustees cooperative cooperatives co-operative partnership organisation organization agency league leagues congress parliament cabinet councils committees commissions boards networks secretariats partnerships organisations organizations unions coalitions alliances parliaments'.split(' '),
)

/**
 * Sentences that look ahead to the next meeting or a review: such a paragraph is outlook. A
 * sentence whose subject is a meeting that will be held (`The Eighth Session of the Council will be
 * held in Malé in 2027`) is about the next one, and so is a meeting numbered by its ordinal that a
 * clause says will be held (`… to the Tenth Ministerial Conference, which will be held in La Paz`).
 * A meeting set with its place and date (`mayors will meet in person in Athens on 12 May`) is the
 * next one, and a decision to review how the plan is carried out (`We decide to review the
 * implementation of the Agenda`, `at a mid-term review in 2028`) looks ahead as a review does. The
 * place may be written with any letters (`will meet in Belém on 9 March`; `\w` reads ASCII only). An item
 * of a list of commitments may open on the verb (`We commit to:` / `7. Meet again in Accra in 2028 …`), and a post
 * or a headline says it in the present (`Next stop: ministers meet again in Cherbourg in spring 2027`).
 * A clause that sets something for the next meeting by its place and season (`… will take the matter up again
 * when they meet in Tartu next summer`, `when they next gather`) is about it too.
 * So is the line a set of minutes closes on, `DONM: Thursday 4th February 2027, 7pm, …` (date of next meeting).
 * A body that names its sittings by its own noun (`will hold its next council in York`, `the next forum is in Lagos`, `The spring
 * council will be held in Truro`) names the next meeting too, when no other noun follows it (`the next council budget` is no meeting; layouts49).
 */
const NEXT_MEETING_WORDS = /\b(?:^DONM(?=\s*:)|(?:will|to|shall|would)\s+(?:meet|reconvene|convene|gather|come\s+together)\s+(?:again|next)|(?:meets?|reconvenes?)\s+again\s+(?:in|at|on|next)\b|^(?:[Mm]eet|[Rr]econvene)\s+again\b|(?<!\b(?:before|ahead\s+of|in\s+time\s+for)\s+(?:the|its|their|our)\s+)next\s+(?:(?:ordinary|regular|annual|extraordinary|special|ministerial|plenary|general|council|high-level|stakeholders['’]?|members['’]?|partners['’]?|steering|board|committee)\s+){0,3}(?:meeting|ministerial|summit|session|conference|gathering|round|plenary|assembly|congress|(?:council|forum|agm|convention|symposium|colloquium|synod)(?=\s+(?:in|at|on|will|is|shall|takes?|should|would|to\s+be)\s))|will\s+(?:reconvene|review\s+progress|take\s+stock|report\s+back)|(?:agreed|decided)\s+to\s+(?:meet|reconvene|convene\s+(?:the|its|their)\s+(?:next\s+|[\p{L}-]+(?:th|st|nd|rd)\s+|\d+(?:st|nd|rd|th)\s+)(?:[\p{L}-]+\s+){0,2}?(?:meeting|session|summit|conference|ministerial|assembly|congress|plenary)\b)|will\s+(?:meet|reconvene|convene|gather)\s+(?:again\s+)?(?:in\s+person\s+|online\s+|virtually\s+)?(?:in|at)\s+(?:the\s+)?[\p{L}\p{N}'’.-]+(?:[\s,]+[\p{L}\p{N}'’.-]+){0,3}?\s+(?:on|in|from)\s+(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter|early|late|mid)\b)|(?:decided?|agreed?)\s+to\s+(?:review|evaluate|assess)\s+(?:the\s+)?(?:implementation|progress)\b|\b(?:a|the)\s+mid-term\s+review\s+(?:in|by)\s+20\d\d|look(?:s|ed)?\s+forward\s+to\s+(?:meeting|the\s+next|reconvening|welcoming)|(?:hold|host)\s+(?:their|its|our|the)\s+(?:next\s+|[\w-]+\s+){0,2}(?:meeting|session|summit|conference|ministerial|plenary)|will\s+review\s+(?:the|its|their|these|this)\s+(?:[\w'’-]+\s+){0,3}?in\s+20\d\d\b|will\s+(?:review|discuss|assess|consider)\s+(?:[\w'’-]+\s+){0,6}at\s+(?:their|its|our|the)\s+(?:next\s+)?(?:meeting|session|summit|conference|ministerial|plenary)|(?:will|they|it|we|ministers|members)\s+next\s+(?:meets?|convenes?|gathers?)|\bwhen\s+(?:they|we|it)\s+(?:next\s+(?:meet|reconvene|convene|gather)|(?:meet|reconvene|convene|gather)\s+(?:again|(?:in|at)\s+(?!person\b|private\b)[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,2}?\s+(?:next|later\s+(?:this|next)|this)\s+(?:year|spring|summer|autumn|fall|winter|month|week)))|(?:^|(?<=[.!?]\s))(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:meeting|session|summit|conference|ministerial|plenary|assembly|congress|gathering|convention|forum|court|agm|synod|council)\s+(?:of\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,8})?(?:will|shall|is\s+to)\s+(?:be\s+(?:held|hosted|convened)|take\s+place)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|(?:twenty|thirty|forty|fifty)-\w+|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,3}(?:meeting|session|summit|conference|ministerial|plenary|dialogue|roundtable|forum|consultation|assembly|congress|gathering|convention|court|synod)(?:\s+of\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,7})?\s*,?\s+(?:which\s+will|will|shall|to)\s+(?:be\s+(?:held|hosted|convened)|take\s+place))\b/iu
/**
 * A report or review asked for a later meeting named by its number (`to report on the effect of the
 * fee cut at its 59th session in November 2027`, `to present an evaluation to the Fifth Conference`),
 * and a promise to come back to the subject after a while (`should return to this subject in twelve
 * months`, `will return to the subject at their meeting in Oslo`): both look ahead, as a review at the next
 * meeting does, whether asked for (`to review …`) or promised (`will review the first results … at their fourth
 * conference`); so does a report that will be
 * presented at a later meeting named by one word, its place or its year (`… will be presented at the Bamako meeting`,
 * `the Secretariat will present the first review at the 2027 meeting`, `Members will report on … at the Rabat assembly`).
 */
const LATER_REVIEW = /\b(?:to|will)\s+(?:report|review|present|submit|assess|evaluate)\b[^.;]{0,150}?\b(?:at|to)\s+(?:its|their|our|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|summit|conference|assembly|ministerial|plenary)\b|\breturn\s+to\s+(?:this|the|these)\s+(?:subject|issue|matter|question|topic)s?\s+(?:in|within|after|by|at\s+(?:their|its|our|the)\s+(?:next\s+)?(?:meeting|session|summit|conference|ministerial|plenary))\b|\bwill\s+(?:be\s+(?:presented|reviewed|discussed|considered|submitted|examined|assessed|tabled)|(?:present|review|discuss|consider|submit|examine|assess|table|report\s+on)\s+[^\s.;:](?:[^.;:]{0,78}?[^\s.;:])??)\s+(?:at|to)\s+(?:the|its|their|our)\s+[\p{L}\p{N}'’-]+\s+(?:meeting|session|summit|ministerial|plenary|assembly|congress)\b/iu
/**
 * A review set for a later meeting named by its place or date (`AGREES to review these conclusions at its
 * meeting in Nicosia on 3 June 2026`, `to take stock at their meeting in March 2027`), or promised for it (a
 * council note's `The Presidency will report on the follow-up … to the Council at its meeting of 8 December 2026`), and a report its
 * staff are asked to give every year on how the plan is carried out (`INVITES the Commission to report to
 * the Council on the carrying out of the Action Plan every year`): both look ahead to the next round of the
 * work, as a review at the next meeting does (members asked to report their own figures each year decide
 * something: a point).
 */
const DATED_REVIEW = /\b(?:to|will)\s+(?:report|review|present|submit|assess|evaluate|take\s+stock)\b[^.;]{0,150}?\bat\s+(?:its|their|our|the)\s+(?:[\w-]+\s+)?(?:meeting|session|summit|conference|ministerial|plenary)\s+(?:(?:in|at)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s+)?(?:on|in|of)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|20\d\d)\b|\b(?:secretariat|commission|presidency|chairs?|co-chairs|executive\s+(?:secretary|director)|(?:secretary|director)[- ]general)\s+to\s+report\b[^.;]{0,80}?\bon\s+(?:the\s+)?(?:implementation|carrying\s+out|progress|delivery|state)\s+of\b[^.;]{0,80}?\b(?:every|each)\s+(?:year|six\s+months|two\s+years)\b/iu
/**
 * A resolution that sets the next meeting or a fixture ahead in the subjunctive (`That the Forty-second Annual General Meeting be held
 * at Aviemore on …`, `Resolved, that the Winter Head be rowed at Bath on Sunday 7 February 2027`): a step ahead, though it is one of
 * the resolutions (roles44). A meeting's noun, or any fixture held at a named place on a day.
 */
const RESOLVED_FIXTURE = /(?<!\p{L})that\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:meeting|session|summit|conference|assembly|congress|agm|convention)\s+(?:of\s+[^.;]{1,60}?\s+)?(?:shall\s+)?be\s+(?:held|hosted|convened)(?!\p{L})|(?<!\p{L})that\s+(?:the\s+)?(?:[\w'’-]+\s+){1,6}?(?:shall\s+)?be\s+(?:held|rowed|run|raced|sailed|played|staged|hosted|contested)\s+(?:at|in)\s+\p{L}[^.;]{0,60}?\bon\s+(?:\p{L}+day\s+)?(?:the\s+)?\d{1,2}(?!\d)/iu
export const NEXT_MEETING = new RegExp(`${NEXT_MEETING_WORDS.source}|${LATER_REVIEW.source}|${DATED_REVIEW.source}|${RESOLVED_FIXTURE.source}`, 'iu')

/**
 * A task that is only a review at the next meeting (`instructed officials to report on …`,
 * `asked the Secretariat to present …`, `asked the co-chairs to prepare, with …, a review of …`): the
 * decision that sets it looks ahead, it decides nothing new.
 */
export const REVIEW_TASK = /^(?:[\p{L}'’-]+\s+){0,4}to\s+(?:report|review|present|assess|evaluate|update|brief|take\s+stock|look\s+again|prepare(?:,[^,]{1,80},)?\s+(?:a|an)\s+(?:review|report|assessment|evaluation|stocktake)\s+of)\b/iu

/**
 * What stands between a verb of deciding or announcing and the next meeting when the sentence is about who
 * hosts it (`announced that the Government of Chile had offered to` host the next meeting, `accepted the
 * offer of Peru to`): the sentence is about the meeting, not a decision that only names it.
 */
export const HOST_OFFER = /(?<!\p{L})(?:offer(?:ed|s)?|proposal|proposed|invitation|volunteered|readiness|willingness)(?!\p{L})[^.;:]{0,80}?\sto$/iu

/** The heading of a text a cabinet adopted or heard (`Draft law on …`, `Bill relating to …`, `Decree on …`, `Communication on the … plan`): a section's heading, where the title block has ended. */
export const CABINET_ITEM = /^(?:draft\s+(?:law|bill|decree|ordinance)|bill|decree|ordinance|communication)\s+(?:on|relating\s+to|concerning|amending)\b/i

/** Headings that name a section of context or outlook rather than a pillar of the roadmap. */
export const CONTEXT_HEADINGS = /^(?:background|what\s+(?:the\s+|we\s+)?(?:[\w'’-]+\s+){0,3}?(?:heard|noted|learned|learnt|were\s+told|was\s+told)|(?:evidence|reports?|presentations?|briefings?|updates?)\s+(?:heard|received|noted)|(?:items?|matters?|papers?|reports?)\s+for\s+information|for\s+information(?:\s+only)?|(?:information|noting)\s+items?|(?:(?:key|main|survey)\s+)?findings(?:\s+(?:from|of)\s+(?:the\s+|our\s+)?[\w'’ -]{1,60})?|in\s+brief|(?:news\s+)?briefs|news\s+in\s+brief|editorial|foreword|preface|(?:(?:work\s+)?done\s+)?(?:before|ahead\s+of|prior\s+to)\s+the\s+(?:meeting|session|call|conference)|(?:already\s+)?done|completed(?:\s+(?:items|actions|tasks))?|context|introduction|overview|summary|key\s+(?:figures|facts|numbers|statistics)|facts\s+and\s+figures|(?:the\s+)?(?:meeting\s+)?in\s+numbers|by\s+the\s+numbers|(?:provisional\s+)?agenda|(?:table\s+of\s+)?contents|on\s+this\s+page|in\s+this\s+(?:readout|summary|document|note|issue|page|release)|present|in\s+attendance|signatories|signed\s+by|apologies(?:\s+for\s+absence)?|declarations?\s+of\s+interests?|(?:approval\s+of\s+(?:the\s+)?)?minutes\s+of\s+the\s+(?:last|previous)\s+meeting(?:\s+and\s+matters\s+arising)?|matters\s+arising|summary\s+of\s+(?:the\s+)?(?:discussions?|debates?|exchanges?)|(?:any\s+)?other\s+(?:business|matters|items|issues)|aob|a\.o\.b\.?|miscellaneous|(?:a\s+)?(?:brief\s+|short\s+)?history(?:\s+of\s+(?:the\s+)?[\w'’ -]{1,60})?|historical\s+(?:background|context|overview|note)|glossary(?:\s+of\s+terms)?|(?:list\s+of\s+)?(?:acronyms|abbreviations)(?:\s+(?:and|&)\s+(?:acronyms|abbreviations))?|situation\s+(?:update|report|overview)|(?:adoption|approval)\s+of\s+the\s+(?:provisional\s+)?agenda|opening\s+of\s+the\s+(?:meeting|session|sitting)|(?:the\s+|current\s+)?situation(?:\s+(?:in|of|on)\s+(?:the\s+)?[\w'’ -]+)?|state\s+of\s+play|participants|attendance|attendees|(?:office\s+)?memorandum|covering\s+(?:note|letter)|to|(?:copy|copies)\s+(?:forwarded\s+)?to|cc|distribution(?:\s+list)?|(?:meeting\s+)?goals|observers|delegations|key\s+messages?|(?:reactive\s+)?(?:q\s*&\s*a|questions\s+and\s+answers)|if\s+(?:asked|pressed)(?:\s+(?:about|on))?(?:\s*(?:…|\.\.\.))?|(?:what\s+)?not\s+to\s+say|do\s+not\s+say|list\s+of\s+(?:participants|delegations|ministers|delegates|attendees|heads\s+of\s+delegation)|acknowledge?ments|preamble|preambular\s+(?:part|paragraphs)|annex(?:es)?(?:\s+(?:\d+|[IVX]+|[A-Z]))?(?:\s*[:–—-]\s*(?![^\n]{0,80}\b(?:commitments|decisions|actions|measures|recommendations|deliverables)\b)[^\n]{1,120})?)$/i
/** A heading that names the decisions listed under it (`Decisions:`, `Key outcomes`, `Recommendations`). */
export const DECISION_HEADINGS = /^(?:conclusions|(?:key\s+|main\s+)?(?:decisions|outcomes)(?:\s+(?:taken|agreed|adopted))?|(?:items?|matters?|business)\s+for\s+(?:decision|approval)|agreed\s+actions|action\s+points|recommendations|commitments(?:\s+made)?)$/i
export const OUTLOOK_HEADINGS = /^(?:next\s+steps|(?:still\s+)?to\s+do|to-?do(?:\s+list)?|(?:open|outstanding|pending)\s+(?:items|actions|points|tasks)|outstanding|after\s+the\s+(?:meeting|session|call)|actions\s+to\s+be\s+taken|(?:(?:date|time|venue|place|location)(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:date|time|venue|place|location)){0,3}\s+(?:of\s+)?(?:the\s+)?)?next\s+(?:meeting|session|consultation|conference|summit|ministerial|plenary|call|videoconference|teleconference|sitting|gathering|assembly|congress|convention|council(?:\s+meeting)?|committee(?:\s+meeting)?|board(?:\s+meeting)?|agm|general\s+meeting)|(?:upcoming|forthcoming|future)\s+(?:meetings|events|sessions)|(?:calendar|schedule)\s+of\s+(?:meetings|events)|dates\s+for\s+the\s+diary|donm|outlook|the\s+way\s+forward|way\s+forward|looking\s+ahead|what(?:\s+happens|\s+comes|['’]s)?\s+next|what(?:['’]s|\s+is|\s+are)\s+(?:the|your)\s+next\s+steps?|(?:the\s+)?road\s+ahead|follow-?ups?(?:\s+(?:actions?|tasks?|items?|points?|steps?))?|conclusions?|closing(?:\s+(?:session|of\s+the\s+(?:meeting|session|sitting|conference)))?)$/i
/** A heading over a minute's actions (`Action items`, `Action points`, `Agreed actions`): after the text's decisions, its tasks are the steps ahead (roles43). */
export const ACTION_HEADINGS = /^(?:(?:agreed\s+|summary\s+of\s+)?action\s+(?:items|points|log|list)|actions(?:\s+(?:agreed|arising))?|tasks|who\s+does\s+what)$/i
/** One item of procedure a minute heads, see `SITTING_HEADINGS`. */
const SITTING_PART = String.raw`(?:welcome\s+(?:address|remarks)|opening\s+(?:of\s+the\s+(?:meeting|session|sitting|conference|call|videoconference)|session|ceremony|remarks)|introductions|apologies(?:\s+for\s+absence)?|attendance|quorum|roll\s+call|declarations?\s+of\s+interests?|(?:adoption|approval)\s+of\s+(?:the\s+)?(?:provisional\s+|draft\s+)?agenda|(?:adoption|approval|confirmation)\s+of\s+(?:the\s+)?(?:draft\s+)?(?:minutes|record|report|summary\s+record)(?:\s+of\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:meeting|session|sitting|call|videoconference|teleconference)(?:\s+(?:held\s+)?on\s+[\p{L}\d ]{1,30})?)?|minutes\s+of\s+(?:the\s+)?(?:(?:last|previous|preceding)\s+(?:meeting|session|sitting|call)|(?:meeting|session|sitting|call)\s+(?:held\s+)?on\s+[\p{L}\d ]{1,30})|(?:previous|last)\s+minutes|matters\s+arising(?:\s+from\s+the\s+minutes)?|election\s+of\s+(?:the\s+)?(?:officers|bureau|chair(?:person)?s?(?:\s+and\s+vice-chair(?:person)?s?)?)|organi[sz]ational\s+matters|organi[sz]ation\s+of\s+(?:the\s+)?(?:session|meeting|sitting|work)|(?:public\s+)?question\s+(?:time|period)|questions?\s+(?:from|of|by)\s+(?:the\s+)?(?:public|floor|audience|residents|citizens|members\s+of\s+the\s+public)|public\s+(?:questions|participation|forum|comments|speaking)|open\s+forum)`
/** Joins two items of procedure in one heading (`Opening and adoption of the agenda`, `Welcome, apologies`). */
const SITTING_JOIN = String.raw`(?:\s*,\s*|\s+and\s+|\s*&\s*|\s*\/\s*)`
/**
 * A heading over the record of the sitting (`Opening of the session`, `Adoption of the agenda`, `Election of officers`),
 * or several such items joined (`Opening and adoption of the agenda`, `Welcome, apologies and declarations of interest`,
 * `Approval of the minutes of the meeting held on 10 June`; a bare `Opening` or `Welcome` only so joined, for a communiqué's `Opening`
 * may hold findings; the minutes only of an earlier meeting, never the title `Minutes of the Sixth Meeting`): what stands under it (who opened the session, who was
 * elected, a speaker's call) is context, though its paragraphs are numbered like the decisions after them.
 */
export const SITTING_HEADINGS = new RegExp(`^(?:(?:opening|welcome)(?:${SITTING_JOIN}${SITTING_PART}){1,3}|(?:welcome${SITTING_JOIN}opening|opening${SITTING_JOIN}welcome)(?:${SITTING_JOIN}${SITTING_PART}){0,3}|${SITTING_PART}(?:${SITTING_JOIN}${SITTING_PART}){0,3})$`, 'iu')
/**
 * A heading that names a day of the meeting (`Day 1 — Tuesday 6 October`, `Day two`, `Second day: Wednesday`, `Final day`): it tells
 * the meeting's course, not a subject, so it titles no point; what stands under it is read as prose (a decision there is still a point).
 */
export const DAY_HEADINGS = /^(?:day\s+(?:\d{1,2}|one|two|three|four|five|[IVX]{1,3})|(?:first|second|third|fourth|fifth|final|last|closing|opening)\s+day)(?:\s*(?:[:,.|]|[–—-])?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)?[\p{L}\d ,.]{0,40})?$/iu
/** A line that records the sitting closing (`The meeting was closed at 6 p.m.`, `There being no further business, the Chair adjourned the meeting at 17:40.`): the record of the sitting, never a step ahead. */
export const SITTING_CLOSED = /^(?:there\s+being\s+no\s+(?:further|other)\s+business,?\s+)?(?:the\s+(?:meeting|session|sitting)\s+(?:was\s+)?(?:closed|adjourned|ended|rose)|the\s+(?:chair(?:person|man|woman)?|president|convenor|convener|mayor)\s+(?:closed|adjourned)\s+the\s+(?:meeting|session|sitting))(?:\s+on\s+[^,.;]{1,40}?)?(?:\s+at\s+\d|,?\s+(?:after|with)\s+(?:thanking|thanks)(?!\p{L}))/iu

/**
 * A line of a minute's procedure, furniture of the record rather than what was decided: a vote's tally (`Vote: 12 in
 * favour, 1 against, 2 abstentions`, `For: 9 – Against: 2 – Abstentions: 0`, `Carried unanimously.`, `The motion was
 * carried by 7 votes to 2.`, `Proposed: R. Osei; seconded: J. Kaur.`; a count under its label, in any unit and with the result after it: `For: 1,204 shares. Against: 96 shares. Passed.`; the record's approval stamp, `Report approved by the Chair on 30 October 2026`, `These minutes will be taken as approved unless members object within ten days.`), a certification (`Certified true copy`, `Signed as a
 * correct record`, `The meeting was quorate.`).
 */
/**
 * A paragraph that only addresses the text's readers, as a circular or a letter closes: who may write in and how (`Any member wishing to
 * comment on these decisions should write to …`, `Residents who would like to …`), a reminder put to them (`May I also remind members that …`,
 * `I would ask clubs to …`, `Members are reminded that …`, `Please note that …`). No decision nor step ahead of the meeting: context (records51).
 */
export const NOTE_TO_READERS = /^(?:(?:(?:any|all|those)\s+)?(?:members?|readers?|residents?|parents?|clubs?|owners?|shareholders?|tenants?|subscribers?)\s+(?:who\s+(?:wish(?:es)?\s+to|wants?\s+to|would\s+like|may\s+wish\s+to)|wishing\s+to|wanting\s+to)(?!\p{L})|(?:may|might|can|let)\s+(?:I|me|we|us)\s+(?:also\s+|again\s+)?(?:remind|ask)(?!\p{L})|(?:I|we)\s+(?:would|should|must)\s+(?:also\s+)?(?:like\s+to\s+)?(?:remind|ask\s+(?:members|clubs|readers|residents|you)|be\s+grateful)(?!\p{L})|(?:members|readers|residents|parents|owners|shareholders|clubs)\s+are\s+(?:also\s+|kindly\s+)?(?:reminded|asked\s+to\s+(?:send|write|return|reply|let|contact|note)|invited\s+to\s+(?:send|write|return|reply|let|contact|comment))(?!\p{L})|please\s+(?:note|remember|send|write|return|contact|let\s+(?:me|us)|do\s+not\s+hesitate)(?!\p{L}))/iu
export const PROCEDURE_LINE = /^(?:(?:votes?\s+)?(?:for|in\s+favou?r|against|abstentions?|withheld)\s*:\s*(?:\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+|\d{1,7})(?:\s+(?:votes?|shares?|members?|units?))?(?:\s*[.,;·•|–—-]|\s*$|\s+(?:votes?\s+)?(?:against|abstentions?|withheld)(?!\p{L}))|(?:votes?|voting|result\s+of\s+the\s+vote|votes\s+cast|division)\s*:?\s*\d{1,4}\s+(?:in\s+favou?r|for|yes|ayes)(?!\p{L})|(?:for|in\s+favou?r|ayes|yes)\s*:?\s*\d{1,4}\s*[,;·•|–—-]\s*(?:against|noes|no)\s*:?\s*\d|\d{1,4}\s+(?:in\s+favou?r|for)\s*,\s*\d{1,4}\s+against(?!\p{L})|(?:the\s+(?:motion|resolution|proposal|recommendation|item|amendment)\s+was\s+)?(?:carried|adopted|approved|agreed|passed|rejected|defeated|lost)(?:\s+(?:unanimously|nem\.?\s*con\.?|by\s+consensus|without\s+(?:a\s+vote|objection|dissent)|by\s+\d{1,4}\s+votes?\s+to\s+\d{1,4}(?:,?\s+with\s+\d{1,4}\s+abstentions?)?|by\s+(?:a\s+)?(?:show\s+of\s+hands|majority)))\.?$|unanimously\s+(?:carried|adopted|approved|agreed)\.?$|(?:proposed|moved)(?:\s+by)?\s*:?\s+[^;:]{1,60}?[;,.]?\s+seconded(?:\s+by)?\s*:?\s+[^;:]{1,60}?[.;]?(?:\s+(?:carried|agreed|approved|passed)(?:\s+unanimously)?\.?)?$|(?:this|these)\s+(?:record|minutes|summary|note|readout)\s+(?:(?:is|are|will\s+be)\s+(?:taken|deemed|considered)\s+(?:as\s+)?(?:approved|agreed|validated|final)|stands?\s+as\s+(?:approved|agreed|final))(?!\p{L})[^.]{0,160}\.?$|certified\s+(?:a\s+)?(?:true|correct)\s+(?:copy|record|extract)|(?:signed|approved|confirmed)\s+as\s+a\s+(?:true|correct)\s+record|(?:the\s+meeting\s+was|meeting)\s+quorate\.?$|(?:this\s+)?(?:report|minutes|record|summary|note|readout|circular)\s+(?:(?:was|were)\s+)?(?:approved|signed(?:\s+off)?|cleared|validated|issued|adopted)\s+(?:by\s+[^.;:]{1,80}?)?,?\s*(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\.?$)/iu
/** An entry of a list of meetings ahead, its date and place given as fields (`Sixth meeting of the Forum: dates: June 2028 location: Gdańsk`): under an outlook heading, a step ahead by its own words. */
export const MEETING_ENTRY = /(?<!\p{L})dates?\s*:\s*\S.{0,80}?(?<!\p{L})(?:location|venue|place)\s*:\s*\S/iu
/** A sentence that records the sitting was duly held (`The Board, duly convened, met …`, `A quorum being present, …`, `The meeting was quorate`): its paragraph is the record of the sitting, context (its counts may still be figures). */
export const SITTING_HELD = /(?<!\p{L})(?:duly\s+convened|quorum\s+(?:being|having\s+been)\s+(?:present|reached|established|confirmed)|a\s+quorum\s+was\s+(?:present|reached|established|confirmed)|the\s+meeting\s+was\s+quorate)(?!\p{L})/iu
/** What the meeting did with an item, in capitals or brackets at its line's end (`Shared flood forecasting — ADOPTED`, `Budget 2027 (approved)`): see `status-lines.ts`. */
export const STATUS_WORD = /^(?:adopted|approved|agreed|endorsed|accepted|confirmed|deferred|postponed|rejected|withdrawn|noted|pending)$/iu
/** The first column's name of a table whose rows are what the meeting decided (`Action | Owner | Due`): its rows are points, not a table's context. */
export const DECISION_TABLE_COLUMN = /^(?:(?:agreed\s+)?actions?(?:\s+(?:points?|items?))?|decisions?(?:\s+taken)?|tasks?|outcomes?|measures?|commitments?|recommendations?|what)$/iu
/** A table's other columns' names, after what was decided (`Responsible`, `Owner`, `Deadline`, `By when`): a line of them under `Action` opens a table pasted one cell a line. */
export const OTHER_TABLE_COLUMN = /^(?:responsib(?:le|ility)|owners?|leads?|lead\s+(?:agency|body|country)|who|by\s+whom|deadlines?|due(?:\s+date)?|by\s+when|when|timing|timeline|timeframe|date|status|notes?|comments?)$/iu
/**
 * The number of an agenda item before its title, as minutes head their parts: `Item 1: Adoption of the
 * agenda`, `Agenda item 2 – Airspace`, `Item 4 of the agenda. Budget` (the title, a short line, is the heading);
 * so too a meeting's numbered session, theme or workshop (`Session 1 – Savings in rural areas`, `Theme II: Water`),
 * a plan's numbered outcome, pillar or priority (`Outcome 2 – Warnings for every household`, `Pillar 3: Skills`),
 * a slide's number before its title in notes pasted from a deck (`Slide 3: Border posts`), and a resolution's or
 * decision's number in a record of decisions (`RESOLUTION 2026/07 – Budget`, `Decision 12/3: Fares`), or its rank in words
 * (`FIRST RESOLUTION (Approval of the accounts)`, the title in brackets), and a plan's numbered
 * measure, action or priority (`Measure 3 – Free school meals`, `Action no. 2: Night buses`); the number may be set off by a
 * bar or a slash as a table of minutes writes it (`Item 1 | Opening`, `Item 4 / Funding`), and the subject may be labelled
 * (`Motion 2026-07 – Subject: Fares`): the label goes with the number.
 */
export const AGENDA_ITEM = /^(?:(?:(?:agenda\s+)?paper|doc(?:ument)?\.?|report)\s+(?:no\.?\s*)?(?:[A-Z]{1,4}[-\/ ]?)?\d{1,4}(?:[\/.-]\d{1,4}){0,2}|(?:agenda\s+item|item|session|theme|workshop|panel|segment|slide|outcome|pillar|priority|objective|workstream)\s+(?:(?:no\.?|n[°º]|#)\s*)?(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4})|(?:measure|action|priority|objective|recommendation|commitment)\s+(?:(?:no\.?|n[°º]|#)\s*)?\d{1,2}|(?:resolution|decision|motion|minute)\s+(?:no\.?\s*)?\d{1,4}(?:[\/-]\d{1,4}){0,2}|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(?:resolution|decision|motion|deliberation)|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|1st|2nd|3rd|(?:[4-9]|10)th)\s+(?:priority|commitment|pillar|objective|goal|measure|action|area|axis|orientation|theme|recommendation|principle|strand|workstream|track|pledge))(?:\s+of\s+the\s+agenda)?(?:\s*(?:[:.|·•∙⋅]|\s[–—\/\-›»→⟶➔⇒])[ \t\u00A0]+(?:(?:subject|topic|re)[ \u00A0]?:[ \t\u00A0]+)?|[ \t\u00A0]+\()(?=\p{Lu})/iu

/**
 * A numbered item a vote or a record names before what it is about, set off by commas, brackets or
 * dashes (`Resolution 1, adoption of the Remuneration Report, was carried …`, `Motion 3 (a parking levy)
 * was defeated`, `Item 4 – approval of the accounts – was deferred`): group 1 is what it is about,
 * the point's subject; the number alone names none. Not a clause (`Item 6, which the chair raised, …`), nor
 * an aside that says who brought the item or what came with it (`Resolution 2, tabled by the board, …`,
 * `Resolution 12, together with its annex, …`, `Motion 4, in turn, …`): the item is still the subject.
 */
export const NUMBERED_ITEM_SUBJECT = /^(?:the\s+)?(?:(?:special|ordinary)\s+)?(?:resolution|motion|agenda\s+item|item|proposal|amendment|bill)\s+(?:no\.?\s*)?\d{1,4}[a-z]?(?:,\s*|\s*\(\s*|\s+[–—-]\s+)(?:(?:on|concerning|regarding|relating\s+to)\s+)?(?!(?:which|that|who|whom|whose|as|when|where|if|after|before|once|however|though|although|with|together|along|in\s+turn|for\s+its\s+part|\p{L}+(?:ed|en)\s+(?:by|at|in|on|with|for))(?!\p{L}))(\p{L}[^,()–—]{2,119}?)\s*(?:,|\)|\s[–—-]\s)/iu

/** An honorific inside a point's title, before the name it goes with (`Re-election of Ms Thandiwe Nkosi` → Re-election of Thandiwe Nkosi, `Dr. Ruiz`): a title names a person without it. */
export const TITLE_HONORIFIC = /(?<=\s)(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+(?=\p{Lu}\p{Ll})/gu

/** A group of people, as the head of a phrase (`border officers`, `pilots and ground crews`, `outdoor workers`; not `fees for girls`): what is done to them titles the point (`Training of border officers`). */
export const PEOPLE_HEAD = /^(?:people|children|girls|boys|women|men|adults|students|pupils|teachers|workers|farmers|fishers|herders|refugees|migrants|residents|citizens|patients|doctors|nurses|midwives|officials|officers|staff|crews|pilots|inspectors|judges|prosecutors|rangers|wardens|traders|vendors|\p{L}{3,}(?:ists|ians))$/u

/** Participles that put what a count does as an estimate or a forecast (`are expected to`, `are estimated to`). */
export const FORECAST_PARTICIPLES = /^(?:expected|estimated|thought|believed|projected|forecast|likely)$/

/** `the year before`, `a month after`: a unit of time and the adverb that ends its phrase, which a figure label keeps (`increase on the year before`). */
export const TIME_BEFORE = /\b(?:year|month|week|day|decade|session|season|winter|summer|quarter)\s+(?:before|after)$/i

/** A footer that says who issued or published a text (`Issued by the Secretariat, …`, `Published on …`): where and when it was done may follow. */
export const ISSUED_LINE = /^(?:issued|published|released)\s+(?:by|on)\s+/iu

/** Where a footer names the meeting it follows (`…, following the session held on 8 March 2026`): the meeting's date is in it. */
export const SESSION_FOLLOWED = /,?\s+(?:following|after|at\s+the\s+close\s+of)\s*(?:the\s+|its\s+)?(?:\p{L}+\s+){0,3}?(?:session|meeting|conference|summit)\b.*$/iu

/**
 * A newsroom's label for what the page is, set before the title with a spaced dash or a colon (`Readout – …`,
 * `Readout: …`, `Press release: …`, `Media note – …`): the kind, and the title is what follows it. A document's
 * own name (`Chair's Summary: …`, `Joint Statement of …`) is no such label and stays the title.
 */
export const KIND_LABEL = /^(?:read-?out|(?:press|news|media)\s+release|media\s+(?:note|advisory))(?:\s+[–—-]|\s*:)\s+(?=\S)/iu

/**
 * A fact box's line that gives the meeting's dates (`Date: 9-11 March 2026`, `When: …`), where it was
 * (`Venue: Palais des Congrès, Libreville, Gabon`, `Location: …`, `Where: …`) or both (`Date and venue: …`):
 * the label, its word for the dates in group 1 or 3, its word for the place in group 2 or 4.
 */
export const FACT_LABEL = /^(?:(dates?|when|revdate)|(venue|place|location|where))(?:\s+(?:and|&)\s+(?:(dates?|time)|(venue|place|location)))?\s*:\s+(?=\S)/iu

/**
 * A label of a page's or a document's own metadata (`Document status: FINAL`, `Classification: PUBLIC`, `Version: 1.2`,
 * `Prepared by: …`, `Category: Science`, `Tags: …`, `Reading time: 3 min`): the line describes the page, never its title
 * nor the meeting (an e-mail's `Subject:` and a fact box's `Date:`, `Venue:` are read elsewhere).
 */
export const METADATA_LABEL = /^(?:(?:document\s+)?status|(?:security\s+)?classification|version|revision|(?:prepared|drafted|compiled|written)\s+by|authors?|categor(?:y|ies)|topics|themes?|tags?|keywords?|languages?|reading\s+time|read\s+time|file\s+(?:size|type)|photos?(?:\s+credits?)?|(?:image|picture|photo)\s+credits?|credits?)\s*:\s+(?=\S)/iu

/** A page's label for when it was published or updated (`Date of publication: …`, `Published: …`, `Last updated: …`): its date is the page's, and the line never its title. */
export const PUBLICATION_LABEL = /^(?:date\s+of\s+(?:publication|issue)|publication\s+date|(?:first\s+)?published(?:\s+on)?|posted(?:\s+on)?|(?:last\s+)?updated(?:\s+on)?|last\s+modified)\s*:\s*(?=\S)/iu

/** A fact box's line that names who convened the meeting (`Organiser: …`, `Organised by: …`, `Convened by: …`, `Hosted by: …`): the label. */
export const ORGANISER_LABEL = /^(?:organi[sz]ers?|organi[sz]ed\s+by|convened\s+by|convener|hosted\s+by|host)\s*:\s+(?=\S)/iu

/** The heading of a list of who signs a text, set above it (`Signatories:`, `Signed by:`), or with the names after it on its line. */
export const SIGNATORIES_HEADING = /^(?:signatories|signed\s+by|signing\s+(?:parties|states|countries|governments))\s*:(?:\s+(?=\S).*)?$|^(?:signatories|signed\s+by)$/iu
/**
 * A meeting named in a sentence that does not say who met (`… from yesterday's board meeting of the Kalahari Water Fund in Gaborone (…)`): the body after `meeting of`, and the city after it.
 * Not a meeting to come (`The next meeting of the … Fund in Windhoek is set for June`): its city is not where this one was.
 */
/**
 * A sentence that says when the meeting the dateline names was held, after a dateline without a date
 * (`… came together at Rideau Hall in Ottawa.` / `The meeting took place on Thursday, September 17, 2026, …`);
 * not another meeting it names (`The previous meeting took place on 4 May 2025`, `The last meeting was held …`).
 */
export const MEETING_HELD_ON = /^(?:The|This|Their|Its|Today['’]s)\s+(?:(?!(?:previous|preceding|prior|earlier|past|last|next|upcoming|forthcoming|following|subsequent)(?!\p{L}))[\p{L}'’-]+\s+){0,3}?(?:meeting|session|talks|summit|conference|assembly|forum|gathering|call|dialogue|consultations?)\s+(?:was\s+held|were\s+held|took\s+place|ran|was\s+convened)\b/iu
/**
 * A day's heading in an account of a meeting of several days, up to its date (`Day 1 — Tuesday 6 October`, `DAY TWO: 7 October`,
 * `Day 2 (Wednesday, October 7)`, `First day – 6 October`, `Session 1, Tuesday 6 October`, `DAY 1 · 6 October`): the date after it dates the meeting.
 */
export const DAY_HEADING = /^(?:(?:day|session)\s+(?:\d{1,2}|one|two|three|four|five|i{1,3}|iv|v)|(?:first|second|third|fourth|fifth|final|last|closing|opening)\s+day)(?!\p{L})\s*[—–:,(.·•|-]?\s*/iu
/** A day's heading that puts its date first (`Tuesday 6 October — Day 1`, `mardi 6 octobre – Jour 1`): what follows the date. */
export const DAY_AFTER_DATE = /^\s*[—–:,(·•|-]\s*(?:(?:day|jour|journ[ée]e)\s+(?:\d{1,2}|one|two|three|four|five|un|deux|trois|quatre|cinq)|(?:first|second|third|fourth|fifth|final|last|closing|opening)\s+day|(?:premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me|derni[èe]re)\s+journ[ée]e)\)?\s*$/iu
/**
 * What may open a sentence before the date it gives the meeting the sentence before named without one (`Over two days, on 15 and 16 June, we agreed …`,
 * `On 3 and 4 March, ministers …`, `For three days, from 8 to 10 June, …`, `Between 8 and 10 June, …`).
 */
export const DATE_OPENING = /^(?:(?:over|during|for|across|in)\s+(?:two|three|four|five|[2-5])\s+days\s*,?\s*)?(?:on|from|between)?\s*$/iu
/**
 * A body's meeting named in passing with the body before `meeting` (`Quick summary from yesterday's South Sound Hydrant Board meeting in
 * Tacoma`, `Notes from the Lakeland Library Trust meeting at Keswick`): the body, two to nine words in capitals, and the city after it.
 */
export const BODY_MEETING_IN = /(?:\bthe|[\p{L}]['’]s)\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:of|for|on|and|the|\p{Lu}[\p{L}\p{M}'’-]*)){1,8}?)\s+(?:meeting|session|conference|AGM)\s+(?:in|at)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s\p{Lu}[\p{L}\p{M}'’.-]+){0,2})(?=[\s,.;:()]|$)/u
export const MEETING_OF_BODY = /\b(?<!\b(?:next|upcoming|forthcoming|following)\s+(?:[\p{L}-]+\s+){0,2})(?:meeting|session|conference)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:of|for|on|and|the|\p{Lu}[\p{L}\p{M}'’-]*)){1,8}?)\s+(?:in|at)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s\p{Lu}[\p{L}\p{M}'’.-]+){0,2})(?=[\s,.;:()]|$)/u
/** A one-line summary put above everything else (`TL;DR: Ministers agreed …`, `Bottom line: …`): context, and the title block starts under it. */
export const SUMMARY_LEAD = /^(?:tl;?\s?dr|bottom\s+line|in\s+(?:brief|short|a\s+nutshell)|short\s+version)\s?:\s+(?=\S)/iu

/**
 * A line set over a text or at its top that says how it is handled or greets its reader, never its title nor a line the
 * title goes on from: who may read it (`RESTRICTED`, `Official – Sensitive`, `Not for publication`, `Distr.: General`),
 * `Check against delivery`, an e-mail's greeting (`Dear colleagues,`, `Dear all,`).
 */
export const MARKING_LINE = /^(?:(?:strictly\s+)?(?:restricted|confidential|(?:un)?classified|sensitive|internal)(?:\s+(?:distribution|use\s+only))?|(?:for\s+)?official\s+use\s+only|official(?:\s*[–—:-]?\s*sensitive)?|limited\s+distribution|general\s+distribution|not\s+for\s+(?:publication|distribution|attribution)|distr\.?\s*:\s*(?:general|limited|restricted)|(?:please\s+)?check\s+against\s+(?:delivery|the\s+spoken\s+word)|(?:dear|hello|hi)\s+(?:all|colleagues|friends|partners|members|everyone|team)|dear\s+(?:sir|madam)(?:\s+or\s+(?:sir|madam))?)\s*[,.!:]?$/iu

/** A line of the distribution box at the top of an intergovernmental document (`Distr.: General`, `Original: English`): how the text is issued, never its title; the symbol and the issue date beside it are no part of the meeting either. */
export const DISTRIBUTION_LINE = /^(?:distr\.?\s*:?\s*(?:general|limited|restricted)|distr\.\s*:\s*\S[^:\n]{0,80}?|original\s*:\s*(?:english|french|spanish|arabic|chinese|russian|portuguese))\.?$/iu

/** A town's or a city's council named after it (`Norwood City Council`, `Lakeport Town Council`, `Council of the City of Ashford`): the place it sits in, the first group. Its words are parted by spaces only, a hyphen being inside a word (`Stratford-upon-Avon`), as in `FRENCH_LOCAL_BODY_CITY`: a hyphen read both ways split a long hyphenated name every way (1,600 characters 1.3 s, 400: 0.013 s). */
export const LOCAL_BODY_CITY = /^(?:the\s+)?(?:(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s\p{Lu}[\p{L}\p{M}'’.-]+){0,2})\s+(?:City|Town|Village|Borough|Municipal|Township|Parish)\s+Council|(?:(?:the\s+)?Council\s+of\s+the\s+)?(?:City|Town|Village|Borough|Municipality|Township)\s+of\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s\p{Lu}[\p{L}\p{M}'’.-]+){0,2})(?:\s+Council)?)$/u

/** A town's council named in common words, the town after it, closing who met (`…, the town council of Ashby Marsh`, `the parish council of Long Wendle`): group 1 its kind, group 2 the town (`Ashby Marsh Town Council`). */
export const COMMON_LOCAL_COUNCIL = /(?:^|[\s,])[Tt]he\s+(town|city|village|borough|parish|municipal)\s+council\s+of\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,2})$/u

/** A state's name set at the top of an official text as its letterhead (`REPUBLIC OF KENYA`, `Kingdom of Tonga`): who issues it, never its title. */
export const STATE_LETTERHEAD = /^(?:the\s+)?(?:(?:federal|democratic|islamic|united|people['’]s|socialist|independent|plurinational|cooperative)\s+)*(?:republic|kingdom|principality|sultanate|grand\s+duchy|federated\s+states)\s+of\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}$/iu

/** Between a meeting's first place and date and its second (`… on 16 March and in Vienna on 17 March`, `, then in Vienna on …`): the second place's words, up to its date. */
export const SECOND_PLACE = /^,?\s+(?:(?:and|then|and\s+then)\s+in|before\s+moving\s+to)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}\s+(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?/u

/** A title-block label that only names what the text lists (`Key outcomes`, `Highlights`): never the title. */
/** A record's own name on a title-block line (`Summary of Outcomes`, `Record of Decisions`, `Summary of Conclusions`, `Conclusions of the Regional Assembly`): the title, though it names the kind, under a body's letterhead. */
export const RECORD_NAME = /^(?:(?:summary|record)\s+of\s+(?:conclusions|decisions|outcomes)|conclusions\s+of\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:assembly|conference|congress|summit|session|forum))$/iu

export const OUTCOMES_LABEL = /^(?:(?:key|main)\s+(?:outcomes|takeaways|points|results)|outcomes|highlights|at\s+a\s+glance)$/iu

/** A heading that only numbers a day of the meeting (`Day 1`, `Second day`): where a chair's summary's first section begins. */
export const MEETING_DAY = /^(?:day\s+(?:\d{1,2}|one|two|three)|(?:first|second|third)\s+day)$/iu

/** The heading of a summary box at the top that the sections after it restate (`Key messages`, `At a glance`). */
export const SUMMARY_BOX_HEADING = /^(?:key\s+(?:messages?|points|takeaways|facts)|at\s+a\s+glance|in\s+brief|highlights|summary)\s*:?$/iu

/** Who asks in a briefing's transcript, as the label before what they said (`QUESTION:`, `Q:`, `REPORTER:`). */
/** The word a set of minutes writes in capitals before what was settled (`RESOLVED: that …`, `AGREED:`, `ACTION:`, `DONM:`, the date of the next meeting): a record of the meeting, no speaker. */
export const MINUTE_RECORD_LABEL = /^(?:resolved|agreed|decided|decision|actions?|noted|carried|approved|recommended|recommendation|note|donm|date\s+of\s+(?:the\s+)?next\s+meeting)$/iu
export const TRANSCRIPT_QUESTIONER = /^(?:q|question|journalist|reporter|correspondent)(?:\s*\(.*\))?$/iu

/**
 * A line that names an office or issuer in a title block ("Office of the Spokesperson", "Press and
 * Information Office", "Communications Unit, … Secretariat", "Embassy of …", "Government of …"): the
 * office that publishes the text, never its title nor the body that met.
 */
/** A title-block line that names a meeting without its body (`Fourth Ministerial Conference`, `Annual Meeting 2026`): the body is named on the line above. */
export const MEETING_ALONE = /^(?:(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\d{1,2}(?:st|nd|rd|th))\s+)?(?:(?:Annual|Ministerial|Ordinary|Extraordinary|Regular|Special|High-Level|Plenary|General)\s+){0,2}(?:Meeting|Conference|Session|Summit|Round\s?Table|Assembly)(?:\s+(?:19|20)\d{2})?$/iu

/**
 * A title-block line written as a news headline: who met, then what they do, in the present
 * (`Ministers of the Americas Commit to …`, `Pacific Leaders Agree on …`, `Health ministers launch …`).
 * Above a line that names the document (`Joint Statement of the … Initiative`), it is the title.
 */
export const HEADLINE_LINE = /^(?:[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*\s+){0,5}?(?:ministers|leaders|mayors|governors|heads\s+of\s+(?:state|government)|partners|countries|nations|governments|delegates|members|states)\s+(?:(?:of|from|for|in)\s+(?:the\s+)?(?:[\p{Lu}\d][\p{L}\p{M}\d'’.&-]*\s+|and\s+){1,6})?(?:commit|agree|adopt|launch|pledge|endorse|call|back|set|unite|vow|sign|approve|renew|reaffirm|announce|step\s+up|join|chart|map\s+out|plan|move|act|target|aim|meet|gather|urge)s?(?!\p{L})/iu

/** The office a letterhead's address line opens on (`Secretariat · Tallinn`, `Headquarters, 4 Harbour Road, Mombasa`): the body's seat, neither the title nor where it met. */
export const ADDRESS_OFFICE = /^(?:(?:permanent|executive|joint)\s+)?(?:secretariat|headquarters|head\s+office|registered\s+office|seat)$/iu

/** A title-block line that names the site, section or newsletter a page was posted under (`Flyway Partnership News`, `Latest News`, `NEWS`, `Newsroom`, `Coalition Blog`, `Circular Towns Bulletin`, also with its issue's number and date: `Alpine Mobility Bulletin – Issue 18 – 30 June 2026`): who publishes it, never its title; the name before the section's word is its owner's. */
export const SECTION_LINE = /^(?=\p{Lu})((?:(?:\p{Lu}[\p{L}\p{M}'’.&-]*|of|and|the|for|on)\s+){0,6})(?:News(?:room)?|News\s+(?:Centre|Center|Hub)|NEWS(?:ROOM)?|Blog|Bulletin|Newsletter|Digest)(?:\s+[–—|·•-]\s+(?:Issue|No\.?|Number|Vol\.?|Volume|Edition)\s*\d{1,4})?(?:\s+[–—|·•-]\s+[^–—|·•]{0,40}\b(?:19|20)\d\d)?$/u

/** A title-block line that names a newsroom's section or room, with no owner (`STATEMENTS AND RELEASES`, `Press Releases`, `Speeches and Remarks`, `Briefing Room`, `UPDATES AND ANNOUNCEMENTS`): where the page is filed, never a place, a title or who met. */
export const NEWSROOM_SECTION = /^(?:the\s+)?(?:(?:press|media|news)\s+)?(?:statements?|releases?|remarks|speeches|briefings?|readouts?|announcements?|transcripts?|advisories|notices|updates|room|corner|briefing\s+room|press\s+room|media\s+(?:centre|center|room))(?:\s*(?:,|and|&)\s*(?:(?:press|media|news)\s+)?(?:statements?|releases?|remarks|speeches|briefings?|readouts?|announcements?|transcripts?|advisories|notices|updates)){0,3}$/iu
/** A title-block line that says who issues the text (an office, a ministry, a press service, a newsroom's line, a listed company's name with its ticker: `Kalahari Uranium Limited (ASX: KUL)`): never its title. */
export const ISSUER_LINE = /^(?:(?:the\s+)?office\s+of\b|(?:the\s+)?(?:U\.?S\.?\s+)?(?:(?:federal|state|national|provincial)\s+)?(?:department|ministry|directorate(?:-|\s+)general)\s+(?:of|for)\b|(?:federal\s+public\s+service|FPS)\s|(?:the\s+)?spokesperson(?:['’]s\s+office)?\b|(?:the\s+)?(?:embassy|permanent\s+mission|high\s+commission|consulate(?:\s+general)?|government)\s+of\b|(?:the\s+)?prime\s+minister['’]s\s+office\b|(?:the\s+)?(?:press|media|news|information|communications?|public\s+(?:affairs|information|relations))(?:\s+and\s+(?:information|communications?|media|public\s+(?:affairs|relations)))?\s+(?:office|service|section|unit|division|department|desk|centre|center|team|directorate)\b|.{0,80}[,–—|/]\s*(?:the\s+)?(?:press|media|news|information|communications?|public\s+affairs)(?:\s+and\s+(?:information|communications?|media))?\s+(?:office|service|section|unit|division|department|desk|team)\s*$|.{0,80}\s(?:press|information|media|news)\s+(?:office|service)\s*$|for\s+(?:immediate\s+)?release\b|embargoed\b|.{1,80}\((?:ASX|NYSE|NASDAQ|LSE|AIM|TSX|TSXV|JSE|NZX|SGX|HKEX|NSE|BSE|TSE)\s*:\s*[A-Z0-9.]{1,8}\)\s*$)/i

/** Words of a title line kept in lower case when a heading is written in sentence case. */
/** A declaration's preamble opens with who speaks, set off by a comma (`We, the ministers of …, meeting in …,`): the text begins there, however its line ends. */
export const PREAMBLE_OPENING = /^We,\s/u

export const MINOR_WORDS = new Set('a an and as at by for from in into of on or the to with'.split(' '))

/** Small words inside a name that opens a line of a list typed without markers (`Republic of Korea: …`, `Trinidad and Tobago: …`, `The Gambia: …`). */
export const NAME_LINK_WORDS = ['of', 'and', 'the']

/** The words of two letters: in a heading typed in capitals, any other pair of letters the text writes nowhere else is an acronym (`UN`, `EU`, `AU`). */
export const TWO_LETTER_WORDS = new Set('am an as at be by do go he if in is it me my no of on or so to up we'.split(' '))

/**
 * A sentence that says what something costs or its budget (`The Programme is estimated at €1.2
 * billion`, `The Network's budget for 2027–2028 was set at US$21 million`): a paragraph after the
 * points that opens so is a costing, context; its `will` only says who pays. So is one that opens with
 * the money partners pledged (`Two foundations pledged US$40 million over four years, and the Fund will add …`).
 */
export const COSTING = /\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:estimated|costed|valued|budgeted)\s+(?:at|to\s+cost)|(?:pledged|contributed|committed|provided)\s+(?:(?:a\s+total\s+of|some|about|nearly|almost|over|more\s+than)\s+)?(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s)\d+|(?:cost|costs|budget)\s+(?:[\p{L}\p{N}'’.–-]+\s+){0,6}?(?:is|are|was|were|has\s+been)\s+(?:estimated|put|set|fixed|valued)\s+at)\b/iu

/**
 * A sentence that opens on the level a figure reached, its subject then the verb and an amount (`Regional honey
 * production reached 28,000 tonnes in 2025`, `Exports stood at $2 billion`): where things stand.
 */
/** A paragraph that sets what it says down to the figures, data or study put before the meeting (`According to figures presented to ministers, …`, `According to the latest data, …`): findings (see `findings` in `language.ts`). */
export const FINDINGS = /^according\s+to\s+(?:the\s+)?(?:latest\s+|new\s+|first\s+)?(?:figures|data|estimates|statistics|projections|forecasts|report|study|survey|assessment|inventory|census)(?!\p{L})/iu
export const LEVEL_REACHED = /^(?:[\p{L}\p{N}'’-]+,?\s+){1,12}?(?:has\s+|had\s+)?(?:reached|stood\s+at|rose\s+to|grew\s+to|climbed\s+to|fell\s+to|totall?ed|amounted\s+to)\s+(?:(?:about|nearly|almost|over|more\s+than|some|a\s+record)\s+)?(?:[A-Z]{0,3}[$€£¥])?\d/u

/** A target year (`by 2035`, `by the end of 2030`): the only look ahead of a paragraph that states a level reached. */
export const TARGET_YEAR = /\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?20\d{2}\b/giu

/**
 * What one member said of its own plan (`Canada confirmed that it will spend …`, `Romania said it would electrify … by 2029`):
 * a country or body named alone, a verb of saying and `it`; its `will` is that member's, no step ahead of the meeting.
 * The body that met, its staff and its chair are no member (`The Council confirmed that it will review …`, `The
 * Secretariat said it will circulate …`): what they say they will do is the meeting's step ahead.
 */
export const OWN_PLAN = /(?<!\p{L})(?!(?:Ministers|Members|Participants|Delegates|Leaders|Parties|Governments|Partners|Officials|They|We|Council|Committee|Commission|Secretariat|Board|Bureau|Group|Forum|Assembly|Conference|Presidency|Chair|Chairs|Co-chairs|Chairperson|Union|Alliance|Partnership|Coalition|Network|Platform|Compact|Initiative|Taskforce)\b)\p{Lu}[\p{L}.’'-]{0,60}\s+(?:also\s+)?(?:said|confirmed|announced|reported|indicated|explained|stated)\s+(?:that\s+)?(?:it|its)\b[^.;]*/gu
/**
 * Words of a sentence that looks ahead ("will", "must", "need to", a target year): a paragraph
 * after the points that says none of them reports what was discussed, and is context. `plans to`
 * after an article or a possessive is a noun (`A plan to license kiosks was set aside`): it says no step ahead.
 */
export const FORWARD_LOOKING = /\b(?:will|shall|must|need\s+to|going\s+forward|look(?:s|ing)?\s+forward|intends?\s+to|(?<!\b(?:a|an|the|its|their|our|this|that|any|no|every)\s+)plans?\s+to|(?:by|until|before)\s+(?:the\s+end\s+of\s+)?20\d{2})\b/i

/** A sentence in which the speakers decide in the first person (`We agree to …`, `We will establish …`, `We commit to …`), as a leaders' statement writes its points. */
export const FIRST_PERSON_DECISION = /^we\s+(?:also\s+|therefore\s+|further\s+|jointly\s+|hereby\s+)?(?:agree|decide|ask|mandate|commit|call\s+on|request|instruct|task|will|shall|pledge|undertake|resolve|launch|endorse|adopt|invite)\b/i
/** A decision a declaration states in the first person and the present: `We agree to …`, `we ask the Chair to …`, `We mandate …`. */
export const DECISION_NOW = /\bwe\s+(?:also\s+|therefore\s+|further\s+)?(?:agree|decide|ask|mandate|commit|call\s+on|request|instruct|task)\b/i

/**
 * Under a follow-up heading, a request that the work be reported on or reviewed later (`We ask the
 * secretariat to report to us each year`, `We agree to review the Roadmap at our sixth conference`, `to
 * publish a scorecard …, and to present a mid-term review`):
 * outlook, where a decision taken there (`decided to set up a committee`) stays a point.
 */
export const FOLLOW_UP = /\bto\s+(?:report|review|evaluate|assess|take\s+stock|(?:present|submit|prepare|publish|deliver)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}(?:report|review|evaluation|assessment|scorecard)s?)\b/i

/**
 * A task as minutes write an action: who (a name in capitals, `the` before it at most) then `to` and a verb (`Victoria to circulate
 * draft rules by …`, `The Taskforce to meet again in May`); or any form of a task line both languages share (`@Kwame — draft … by
 * 30 September`, `Action: Priya`, `→ Tom: …`, `Gareth Lloyd — first draft … by 31 October`; roles45, see `task-lines.ts`).
 */
export const TASK_FORM = new RegExp(String.raw`^(?:the\s+)?@?\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|and\s+|for\s+)?@?\p{Lu}[\p{L}'’.-]*){0,4}\s+to\s+(?!be\b)\p{Ll}{2,}\s|${TASK_LINE_FORMS}`, 'u')
/**
 * What a paragraph of prose says when it records a decision or a commitment (a point of a
 * readout without bullets): agreed, endorsed, adopted, launched, pledged, asked someone to act,
 * or what will be done. Welcoming new money (`welcomed new funding of …`, `welcomed the offer of the Bank to lend …`)
 * records it as a pledge does.
 */
export const DECISION = /\b(?:agreed|endorsed|adopted|decided|committed|launched|approved|pledged|announced|asked(?!\s+for\b)|called\s+on|tasked|instructed|mandated|welcomed\s+(?:new\s+|further\s+)?(?:pledges|commitments|contributions|the\s+launch)|welcomed\s+(?:new|further|additional)\s+(?:funding|financing|grants?|loans?)|welcomed\s+the\s+offer\s+of\s+(?:\S+\s+){1,10}?to\s+(?:lend|fund|finance|grant|donate|contribute)|(?:re-?)?(?:elected|appointed)\s+(?:\S+\s+){1,8}(?<!such\s)as\s+(?:its|their|the)|will|shall)\b/i

/**
 * A paragraph that opens by thanking someone (`Ministers thanked …`, `The Council expressed its gratitude to
 * the outgoing Chair …`): context, wherever it stands.
 */
export const THANKED = /^(?:\S+\s+){1,3}(?:also\s+)?(?:thanked|(?:expressed|conveyed|extended|recorded)\s+(?:(?:its|their|his|her|our)\s+)?(?:[\p{L}-]+\s+){0,2}(?:gratitude|appreciation|thanks))(?!\p{L})/iu

/** What an opening paragraph of a communiqué says: thanks to the host, commitments reaffirmed. */
/**
 * An opening paragraph that says what a document sets out (`The Compact sets out how the
 * Alliance's members will …`): context, not one of the points.
 */
/** A lead-in whose last words name the decisions listed under it (`Ministers agreed on the following priorities.`, `… adopted the following measures:`). */
export const DECISIONS_FOLLOW = /\bthe\s+following\s+(?:conclusions|recommendations|decisions|resolutions|measures|actions|priorities|commitments|principles|steps|guidelines|orientations)\s*[.:]?$/i

/**
 * A paragraph whose first sentence announces the list after it (`…, whose main measures are set
 * out below`, `set out in sections B to F below`, `as follows`, `… adopted the following conclusions.`, `… and agreed to the
 * measures below.`; a thread's
 * or a newsletter's `Here is what they agreed`, `Here's what we agreed`, a chat's `Quick summary of what we decided`, a speaker's `Allow me to tell you what you have decided`,
 * a council's cover note `Delegations will find below the outcome of …`, a letter's `Please find attached …`): a lead-in,
 * context, not one of the points; its last alternative is `DECISIONS_FOLLOW`.
 */
export const LEAD_IN = new RegExp(String.raw`\b(?:(?:(?:a\s+)?(?:quick|short|brief)\s+)?(?:summary|recap|rundown|round-?up)\s+of\s+what\s+(?:\S+\s+){1,3}?(?:agreed|decided|adopted)\b|here(?:['’]s|\s+is|\s+are)\s+(?:what\s+(?:\S+\s+){1,3}?(?:agreed|decided|adopted|committed\s+to)|the\s+(?:main\s+|key\s+)?(?:decisions|outcomes|results|highlights|takeaways))|(?:let|allow)\s+me\s+(?:to\s+)?(?:tell|remind|give|share\s+with)\s+you\s+what|(?:set\s+out|described|outlined|listed|summari[sz]ed|detailed|presented|given)\s+(?:in\s+(?:sections?|parts?|paragraphs?|chapters?)\s+[A-Za-z\d]{1,6}(?:\s+(?:to|and)\s+[A-Za-z\d]{1,6})?\s+)?(?:below|hereafter|in\s+the\s+following\s+paragraphs)|as\s+follows|\b(?:will|please)\s+find\s+(?:below|attached|herewith|enclosed|hereunder)\b|(?:the|these)\s+(?:[\p{L}-]+\s+)?(?:conclusions|recommendations|decisions|resolutions|measures|actions|priorities|commitments|steps|points)\s+(?:listed\s+|set\s+out\s+|described\s+)?below)|(?:agreed\s+on|settled\s+on|adopted|chose|decided\s+on)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:measures|priorities|workstreams|actions|decisions|projects|steps|commitments)(?:,[^.;:]{1,80})?\s*[.:]$|(?:we|they)\s+(?:have\s+)?(?:took|taken|made|reached)\s+(?:some|several|a\s+number\s+of|two|three|four)?\s*(?:(?:concrete|important|clear|firm|practical)\s+)?decisions(?:\s+there)?\s*[.:]$|(?:several|some|two|three|four)\s+(?:(?:concrete|important|clear|firm|practical)\s+)?decisions\s+were\s+(?:taken|made|reached)\s*[.:]$|${DECISIONS_FOLLOW.source}`, 'iu')

/** Such a lead-in in which what follows was only put forward or talked over, not decided (`The consultants' report made the following recommendations:`, `Experts presented the following measures.`). */
export const PROPOSALS_FOLLOW = /\b(?:made|makes|presented|presents|proposed|proposes|put\s+forward|puts\s+forward|submitted|heard|discussed|considered|examined|reviewed|received|contains|contained|sets\s+out|set\s+out|lists|listed|suggested|suggests)\s+the\s+following\s+\p{L}+\s*[.:]?$/iu

/**
 * A level the meeting sets, said in the passive (`The connection fee is capped at 2 percent`, `is
 * now set at`): a decision, though no one is named as taking it. Not the past (`was set at` is
 * what happened before).
 */
export const LEVEL_SET = /\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|hereby\s+)?(?:set|fixed|capped|pegged|maintained|kept|raised|lowered|reduced|cut|extended)\s+(?:at|to)\b/i

/**
 * A sentence that only thanks (`We thank the Government of Uganda for …`, `Ministers are grateful
 * to …`, `expressed their deep appreciation to …`): a paragraph of such sentences is a courtesy,
 * context wherever it stands, never a point.
 */
export const THANKS_SENTENCE = /^(?:[\p{L}\p{M}'’.,-]+\s+){0,6}?(?:also\s+)?(?:thank(?:s|ed)?|(?:is|are|was|were|remain)\s+(?:deeply\s+|most\s+|very\s+|also\s+)?grateful|(?:express(?:es|ed)?|convey(?:s|ed)?|extend(?:s|ed)?|record(?:s|ed)?)\s+(?:(?:its|their|our|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}(?:gratitude|appreciation|thanks)|(?<!(?:will|shall|would|must|should|to)\s)(?:(?:recogni[sz](?:e|es|ed)|acknowledg(?:e|es|ed))\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:work|efforts|dedication|courage|service)|(?:commend(?:s|ed)?|salut(?:e|es|ed)|honou?r(?:s|ed)?|(?:pay|pays|paid)\s+(?:a\s+)?(?:warm\s+|special\s+)?tribute\s+to)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:work|efforts|dedication|commitment|contribution|courage|service))\s+of(?![^.;]{0,400}?(?<!\p{L})(?:agree|agrees|agreed|decide|decides|decided|request|requests|requested|ask|asks|asked|call|calls|called|invite|invites|invited|urge|urges|urged|commit|commits|committed|will|shall|resolve|resolves|resolved|approve|approves|approved|adopt|adopts|adopted|launch|launches|launched|establish|establishes|established|encourage|encourages|encouraged|support|supports|supported)(?!\p{L})))\b/iu

/**
 * A sentence that credits who supported, funded or hosted the meeting (`The meeting was supported by the
 * Government of …, which announced …`, `The conference was made possible by …`, `Norway generously funded
 * the meeting`): a sponsor's acknowledgement, context wherever it stands, whatever its sponsor gave.
 */
export const SUPPORT_CREDIT = /^(?:(?:the|this)\s+(?:[\p{L}\p{M}'’-]+\s+){0,4}?(?:meeting|session|conference|summit|dialogue|forum|workshop|event|gathering|consultation|retreat|roundtable)\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+|generously\s+|kindly\s+|jointly\s+)*(?:(?:co-?)?(?:supported|sponsored|funded|financed|organi[sz]ed|hosted)\s+(?:by|with|thanks\s+to)|made\s+possible\s+(?:by|through|thanks\s+to|with)|(?:held|convened)\s+(?:with|thanks\s+to)\s+(?:the\s+)?(?:generous\s+|financial\s+|kind\s+)*(?:support|assistance|help|contribution))|(?:[\p{L}\p{M}'’.,-]+\s+){1,10}?(?:also\s+|generously\s+|kindly\s+|jointly\s+)?(?:co-?)?(?:supported|sponsored|funded|financed)\s+(?:the|this)\s+(?:meeting|session|conference|summit|dialogue|forum|workshop|event|gathering|consultation|retreat|roundtable))(?!\p{L})/iu

/**
 * More verbs that record what a meeting did, when they head a sentence after its subject
 * (`Ministers signed a protocol …`, `The Partnership set up a fund …`, `Ministers urged …`, `They set a target of 400 …`): in a
 * readout written as prose, such a paragraph is a point. Not after `was`/`were` (`was set up in 2010`: background).
 * Welcoming a new programme or fund and what it does (`Ministers welcomed a programme to train …`) records it too,
 * and so does a sentence that opens on the number of the decision it reports (`By decision 21/3, the Council set the goal …`,
 * `In resolution 4/2, the Assembly …`), whatever its verb.
 */
/**
 * A motion as a council's minutes record it: who moved it and who seconded it, then what it says
 * (`MOVED by Councillor Okafor, seconded by Councillor Lund, THAT staff be directed to …`, `It was moved by … and
 * seconded by … that …`, `Moved by Cllr Ito / Seconded by Cllr Ruiz: that …`): what the meeting voted on, a point
 * whatever the vote (`MOTION PUT AND PASSED`, `CARRIED`, `DEFEATED`).
 */
export const MOTION = /^(?:it\s+was\s+)?moved\s+by\s+[^.;:]{1,80}?[,/]?\s+(?:and\s+)?seconded\s+by\s+[^.;:]{1,80}?[,:]?\s+(?:that|to)\b/iu

const RECORDED_VERB = /^(?:[\p{L}\p{M}'’.,-]+\s+){1,8}?(?<!\b(?:was|were|been|be|is|are|being)\s)(?:also\s+|further\s+|jointly\s+)?(?:signed|set\s+up|set\s+(?:a|an|the|new|common|joint)\s+(?:[\p{L}-]+\s+)?(?:target|cap|ceiling|limit|deadline)s?|established|created|recommended|urged|encouraged|requested|invited|allocated|granted|renewed|resolved|undertook|ratified|unveiled|introduced|called\s+for|reached\s+(?:an?\s+)?agreement|welcomed\s+(?:a|an)\s+(?:new\s+)?(?:[\p{L}-]+\s+){0,2}?(?:programme|program|fund|facility|initiative|partnership|scheme|project)\s+(?:to|for|that|which|under|of)\b)\b/iu
/** A decision a document records by its number (`By decision 21/3, the Council …`, `Under resolution 12/4, …`). */
const BY_NUMBERED_DECISION = /^(?:by|in|under|through)\s+(?:its\s+)?(?:decision|resolution)\s+(?:[\p{Lu}.]{1,10}\/)?\d{1,4}(?:[./-]\d{1,4}){1,2}(?:\s*\([IVXLC]+\))?,\s/iu
export const RECORDED_DECISION = new RegExp(`${BY_NUMBERED_DECISION.source}|${RECORDED_VERB.source}|${MOTION.source}`, 'iu')

/**
 * What a paragraph does beyond its first verb (`paragraph-acts.ts`):
 * - `coordinatedDecision`: a verb of deciding or asking joined to the first verb of the same subject
 *   (`The members … welcomed the commitment of …, and encouraged partners to …`, `… expressed their sympathy … and called for …`):
 *   the paragraph decides, whatever its first verb;
 * - `aim`: an aim stated in the present for a year ahead (`By 2030, the Partnership aims to …`, `Our goal is that by 2035 …`):
 *   what the meeting looks towards, outlook, not a decision (`Ministers set a target of … by 2035` is one);
 * - `standing`: a formula that only says the body keeps the matter (`will remain seized of the matter`): no step ahead, no decision;
 * - `preambular`: the opening of a declaration's preambular paragraph, a participle or adjective of the speakers' mind
 *   (`Conscious that …`, `Deeply concerned by …`, `Recognising …`, `Having considered …`), which ends in a comma and decides nothing;
 * - `progressReport`: a request that someone report on progress (`Ministers asked the secretariat to report to them each year on progress …`): a step ahead.
 */
/** The words an English sentence counts its list's items with (`: first, …; second, …; and finally, …`; `inline-lists.ts`). */
export const INLINE_ORDINALS = {
  first: 'first(?:ly)?|in\\s+the\\s+first\\s+place',
  nth: ['second(?:ly)?', 'third(?:ly)?', 'fourth(?:ly)?', 'fifth(?:ly)?', 'sixth(?:ly)?'],
  later: 'then',
  last: 'finally|lastly|last\\s+of\\s+all',
} as const

/**
 * A paragraph that says the meeting took one more decision, in its own verb of deciding, the subject first (`The Compact also
 * agreed to …`, `Ministers further decided …`, `In addition, the Board approved …`, `It was also agreed that …`): a word that adds
 * (`also`, `further`, `in addition`, `finally`) and a verb of deciding in the past, not of saying or welcoming (`also noted`, `also said`).
 */
export const ONE_MORE_DECISION = /^(?:(?:in\s+addition|additionally|furthermore|moreover|finally|lastly),?\s+(?:[\p{L}\p{M}'’.-]+\s+){1,6}?(?:(?:has|have|had)\s+)?(?:also\s+|further\s+|additionally\s+|unanimously\s+|formally\s+)?|(?:[\p{L}\p{M}'’.-]+\s+){1,6}?(?:(?:has|have|had)\s+)?(?:also|further|additionally|in\s+addition|finally)\s+(?:unanimously\s+|formally\s+)?|it\s+was\s+(?:also\s+|further\s+|additionally\s+)?)(?:agreed|decided|resolved|approved|adopted|endorsed|committed|mandated|tasked|instructed|voted)\b/iu

/**
 * A sentence about the next meeting that first sets a task of its own with its object, then the report (`Each member will review its
 * rules accordingly and report on the changes at our next meeting`, `Each authority will send its list by March, and the secretariat will
 * present a draft at the next meeting`): the task is the point's. Not one whose first verb only reports or reviews (`will report on`, `will consider its findings`).
 */
export const TASK_BEFORE_REPORT = /^(?:[\p{L}\p{M}\d'’,-]+\s+){1,12}?(?:will|shall)\s+(?:also\s+|each\s+|then\s+)?(?!(?:report|present|consider|examine|discuss|review\s+(?:progress|the\s+(?:results?|findings|report|implementation))|return|come\s+back|meet|revisit|take\s+stock|assess\s+progress)\b)\p{L}{3,}\s+[^.;!?]{3,200}?,?\s+and\s+(?:(?:the\s+|each\s+|every\s+)?[\p{L}-]+\s+(?:[\p{L}-]+\s+)?(?:will|shall)\s+)?(?:report|present|inform|submit|update)\b/iu
/**
 * A sentence that tallies the money given so far (`Grants of €3 million have been pledged so far`, `Some US$12 million has already been
 * raised`, `A total of $40 million was pledged to date`, `Pledges so far total €9 million`): the state of a fund, not a decision of the meeting.
 */
export const PLEDGE_TALLY = /\b(?:(?:has|have|had|was|were)\s+(?:already\s+|now\s+)?been\s+(?:pledged|raised|contributed|mobili[sz]ed|secured|collected|promised|donated)(?:\s+(?:so\s+far|to\s+date|already|in\s+total|altogether))?|(?:pledged|raised|contributed|mobili[sz]ed|secured|collected|promised|donated)\s+(?:so\s+far|to\s+date|thus\s+far)|(?:pledges|contributions|donations)\s+(?:so\s+far|to\s+date|received)\s+(?:total|amount|stand|come)|(?:so\s+far|to\s+date|thus\s+far),?\s+(?:[\p{L}\p{M}'’.-]+\s+){1,6}?(?:have|has)\s+(?:pledged|contributed|raised|given|donated|committed))\b/iu
/**
 * A paragraph that looks back on how far a body has come (`Saying that, the Guild has come far since it began …`, `That said, we have come a
 * long way`, `Since its founding in 2011, the Network has grown …`, `Looking back, …`): a retrospect, context, never a decision or a step ahead.
 */
export const LOOK_BACK = /^(?:(?:saying|having\s+said)\s+that|that\s+(?:being\s+)?said|looking\s+back|in\s+retrospect)\b|\b(?:has|have)\s+come\s+(?:a\s+long\s+way|(?:so\s+|very\s+)?far)\b|^since\s+(?:its|their|our)\s+(?:founding|foundation|creation|inception|launch|establishment|beginnings?)\b|\bsince\s+(?:it|they|we)\s+(?:began|started|was\s+(?:founded|created|set\s+up|established)|were\s+(?:founded|created|set\s+up|established))\b/iu

export const PARAGRAPH_ACTS = {
  coordinatedDecision: /(?:,\s*|\s)and\s+(?:also\s+|further\s+)?(?:called\s+(?:on|for|upon)|urged|encouraged|requested|invited|asked|tasked|instructed|decided|agreed\s+(?:to|on|that))\b/iu,
  // (a goal the speakers set themselves, `We set ourselves the target of restoring 200 hectares by 2035`, is an aim whatever it counts)
  // (a goal set as an outcome, `set the goal of halving …`, `set ourselves the target of no new cases …`, `the goal that …`, is an aim; a target of a number, `set a target of 500 rescuers`, `a target of building at least 400 boats a year`, is a decision)
  aim: /^(?:[\p{L}\p{M}'’.-]+\s+){0,6}?(?:set|sets)\s+(?:ourselves|themselves|itself)\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+)?(?:target|goal|objective|ambition)s?\s+of\s+\p{L}+ing\b|^(?:(?:by|until|before)\s+(?:the\s+end\s+of\s+)?20\d\d,?\s+)?(?:[\p{L}\p{M}'’.-]+\s+){1,6}?(?:aims?|aspires?|hopes?|intends?)\s+to\b|^(?:[\p{L}\p{M}'’.-]+\s+){0,6}?(?:set|sets)\s+(?:(?:ourselves|themselves|itself)\s+)?(?:the|a|an|our|its|their)\s+(?:[\p{L}-]+\s+)?(?:target|goal|objective|ambition)s?\s+(?:of\s+(?:\p{L}+ing(?!\s+(?:(?:at\s+least|more\s+than|over|some|about|up\s+to)\s+)?\d)|no|zero|ending)\b|that\b)|^(?:the|our|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:aim|goal|objective|target|ambition|purpose|vision)s?\s+(?:of\s+(?:the\s+)?(?:[\p{L}\p{M}'’-]+\s+){1,4}?)?(?:is|are|remains)\s+(?:to|that|for)\b/iu,
  preambular: /^(?:(?:deeply|gravely|seriously|profoundly|strongly|fully|further|also|greatly)\s+)?(?:conscious|concerned|convinced|encouraged|alarmed|aware|mindful|determined|resolved|cognizant|cognisant|desirous|guided|inspired|heartened|dismayed|disturbed|troubled|acknowledging|affirming|reaffirming|recalling|recognising|recognizing|noting|taking\s+(?:note|into\s+account)|welcoming|emphasising|emphasizing|stressing|underlining|underscoring|highlighting|bearing\s+in\s+mind|having\s+(?:considered|examined|reviewed|heard|met)|considering|deploring|regretting|expressing|appreciating|desiring|reiterating|observing|believing|wishing)\b/iu,
  // (`We note with concern that the survey finds …`: what the speakers note with concern in the first person is a finding; `We further
  // note that …` right after one goes on with it, `findingGoesOn`, while a plain `We note that …` may open a point and stays one)
  finding: /^we\s+(?:also\s+)?note\s+with\s+(?:(?:deep|grave|great|serious|growing)\s+)?(?:concern|alarm|regret|dismay)\s+that\b/iu,
  findingGoesOn: /^we\s+(?:further|also)\s+note\s+(?:with\s+(?:(?:deep|grave|great|serious|growing)\s+)?(?:concern|alarm|regret|dismay)\s+)?that\b/iu,
  // (a sentence of the speakers that decides: `We agree …`, `We will …`, `We call on …`)
  decidingSentence: /^we\s+(?:(?:also|further|therefore|hereby)\s+)?(?:agree|decide|commit|resolve|adopt|call|urge|invite|ask|request|will|endorse|launch|pledge|undertake)\b/iu,
  progressReport: /^(?:[\p{L}\p{M}'’.-]+\s+){0,6}?(?:asks?|asked|requests?|requested|instructs?|instructed|tasks?|tasked|mandates?|mandated)\s+(?:the\s+)?(?:[\p{L}\p{M}'’-]+\s+){0,4}?(?:secretariat|secretary[- ]general|bureau|chairs?|presidency|commission|committee)\s+to\s+report\s+(?:back\s+)?(?:to\s+(?:them|us|it|him|her|ministers|members|the\s+\p{L}+)\s+)?(?:(?:each|every)\s+year\s+|annually\s+|regularly\s+)?on\s+(?:the\s+)?(?:progress|implementation)\b/iu,
  // (also a whole operative paragraph: `Decides to remain seized of the matter.`, `The Council decided to remain actively seized of the matter.`)
  standing: /,?(?<!\s)\s*(?:and\s+)?(?:(?:underlined|stressed|affirmed|decided|agreed)\s+that\s+(?:they|it|the\s+\p{L}+)\s+)?(?:will|shall)\s+remain\s+(?:actively\s+)?seized\s+of\s+the\s+matter|^(?:the\s+\p{L}+\s+)?(?:also\s+|further\s+)?(?:decides|decided|agrees|agreed|resolves|resolved)\s+to\s+remain\s+(?:actively\s+)?seized\s+of\s+the\s+matter\s*[.;]?\s*$/iu,
}

/** An article that only says who carries the text out or when it takes effect (`The Secretariat is responsible for implementing this decision.`, `This Decision shall enter into force on …`): the formula that closes a decision, no point. */
export const FORMAL_CLAUSE = /^(?:[\p{L}\p{M}'’.-]+\s+){1,8}(?:is|are|shall\s+be)\s+(?:responsible\s+for|charged\s+with|in\s+charge\s+of)\s+(?:implementing|carrying\s+out|executing|giving\s+effect\s+to|the\s+(?:implementation|execution)\s+of)\s+(?:(?:this|these|the\s+present|the\s+(?:above|foregoing))\s+(?:decisions?|resolutions?|declarations?|deliberations?|orders?|motions?|conclusions|measures)|the\s+(?:decisions|resolutions|conclusions|measures)\s+(?:above|set\s+out\s+above|taken\s+at\s+this\s+(?:meeting|sitting)))(?!\p{L})|^(?:this|the\s+present)\s+(?:decision|resolution|declaration|deliberation|order|motion)\s+(?:shall\s+)?(?:enters?|come|comes|take|takes)\s+(?:into\s+force|effect)\b/iu
/**
 * A chair's statement that welcomes or underlines a decision of the meeting named as a noun, after its
 * subject (`The Chair welcomed the decision of ministers to …`, `underlined the agreement reached to …`,
 * `noted with appreciation the launch of a fund …`): in a readout written as prose, such a paragraph is a
 * point, though it opens on a verb of noting.
 */
export const ACKNOWLEDGED_DECISION = /^(?:[\p{L}\p{M}'’.,-]+\s+){1,6}?(?:also\s+|further\s+)?(?:welcomed|underlined|underscored|highlighted|commended|applauded|hailed|saluted|noted\s+with\s+(?:appreciation|satisfaction))\s+the\s+(?:agreements?\s+reached|(?:decision|agreement|commitment)s?\s+(?:(?:of|by)\s+(?:[\p{L}'’-]+\s+){1,5}?)?to\s+\p{L}|(?:launch|establishment|creation|setting\s+up)\s+of\s+(?:a|an)\s)/iu

export const DESCRIBES = /^(?:[\p{L}\p{M}'’.-]+\s+){1,8}(?:sets?\s+out|lays?\s+out|outlines?|describes?|summari[sz]es?)\s+(?:how|what|the|its|their|our|why|where|when)\b/iu

/**
 * Words of a communiqué's opening (thanks to the host, commitments reaffirmed; also in the present, as a
 * council's conclusions write them: `1. RECALLS its conclusions of 2022 …`). `thanks` after a comma
 * or before an adverb and `to` (`…, thanks largely to data shared by …`) means “because of”: no thanks.
 */
export const OPENING = /\b(?:thanked|(?<![,;]\s*)thanks(?!\s+(?:[a-z]+ly\s+|in\s+(?:large\s+)?part\s+)to\b)|gratitude|grateful|reaffirmed|reaffirms?|recalled|recalls?|hosting|welcomed\s+the\s+participation)\b/i

/**
 * The opening paragraphs of a communiqué that are context, not points (`opening-paragraph.ts`):
 * the sitting (`The session was opened by …`, `Delegations from eleven member states attended`)
 * and a main clause that only acknowledges (`Ministers took note of the report …`, `welcomed the
 * presence of …`, `paid tribute to …`), unless it decides, reports a figure or a new member.
 */
export const OPENING_PARAGRAPH = {
  acknowledges: /^(?:[\p{L}\p{M}'’.-]+\s+){1,8}?(?:also\s+|further\s+|warmly\s+)?(?:welcomed|noted|took\s+note|expressed|congratulated|commended|paid\s+(?:a\s+)?tribute|acknowledged|appreciated|praised|saluted|underlined|underscored|stressed|emphasi[sz]ed|affirmed|reaffirmed|reiterated|recalled|thanked|heard|reviewed|considered|discussed|exchanged\s+views|held\s+an?\s+(?:exchange|discussion)|were\s+briefed|received\s+(?:a|the)\s+(?:report|briefing|presentation)|observed\s+a\s+minute)\b/iu,
  sitting: /\b(?:(?:was|were)\s+(?:formally\s+|officially\s+)?(?:opened|chaired|co-chaired|presided\s+over|attended|represented)\b|opened\s+the\s+(?:meeting|session|conference|proceedings)|opening\s+(?:ceremony|session|address|remarks|statement|speech)|(?:attended|took\s+part|participated)\b|as\s+observers?\b|in\s+the\s+presence\s+of\b|welcomed\s+(?:the\s+)?(?:participants|delegations|delegates)\b|\bmet\b|(?:was|were)\s+held\b|took\s+place\b|observers\s+from\b|(?:adopted|approved)\s+the\s+(?:provisional\s+)?agenda)/i,
  decides: /\b(?:agreed|endorsed|adopted|decided|committed|launched|approved|pledged|announced|asked|called\s+(?:on|for|upon)|tasked|instructed|mandated|urged|requested|invited\s+\S+\s+(?:\S+\s+){0,4}to|welcomed\s+(?:new\s+|further\s+)?(?:pledges|commitments|contributions|the\s+launch)|(?:re-?)?(?:elected|appointed))\b(?!\s+the\s+(?:provisional\s+)?agenda)/i,
  membership: /\b(?:new\s+members?|accession|admission|joined|as\s+(?:a\s+)?(?:full\s+)?members?)\b/i,
  thanksToHost: /\b(?:vote\s+of\s+thanks|(?:gratitude|appreciation|thanks)\s+(?:\S+\s+){0,3}to\s+the\s+(?:\S+\s+){0,3}(?:government|people|authorities|host|city|president|chair)|for\s+(?:its|their|the)\s+(?:\S+\s+){0,2}hospitality)\b/i,
  reviewsPast: /^(?:[\p{L}\p{M}'’.-]+\s+){1,8}?(?:also\s+)?(?:reviewed|took\s+stock\s+of|looked\s+back\s+(?:at|on))\s+(?:the\s+)?(?:(?:19|20)\d\d(?:[–/-]\d{2,4})?\s+|past\s+|previous\s+|last\s+)?(?:season|year|campaign|harvest|quarter)\b/iu,
  reportsFindings: /^(?:[\p{L}\p{M}'’.-]+\s+){1,8}?(?:also\s+)?(?:welcomed|noted|took\s+note\s+of|considered|received|heard)\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:report|census|survey|study|assessment|evaluation|analysis|audit|stocktake|inventory)\s*,\s+which\s+(?:found|showed|shows|finds|estimated|estimates|concluded|revealed|confirmed)\b/iu,
  countWords: /\b(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen)\b/i,
}

/** A dateline "PLACE, date –" at the start of a text: the shape of a press release. */
export const WIRE_KIND = 'press release'
/** Numbered paragraphs are the shape of a communiqué. */
export const NUMBERED_KIND = 'communiqué'

/**
 * Verbs that ask someone else to act ("asked the Secretariat to propose a code"): the point is
 * about what they are to do.
 */
export const ASKING_VERBS = new Set('asked ask asks called call calls tasked task instructed instruct invited invite invites requested request requests urged urge urges mandated mandate mandates instructs encouraged encourage encourages allow allows allowed enable enables enabled require requires required help helps helped let lets'.split(' '))

/**
 * Verbs that ask a body to act, and nouns whose `of`/`by` names a body that offers or decides to act
 * (`asked the Bank to design …`, `the offer of the Space Agency to provide …`): who is asked or
 * offers is not the point, what they will do is (see `actingBody` in `point-title.ts`).
 */
export const REQUEST_VERBS = new Set('asked ask asks called call calls tasked task instructed instruct invited invite requested request urged urge mandated'.split(' '))
export const INTENT_NOUNS = new Set('offer offers decision decisions proposal commitment readiness willingness intention'.split(' '))

/**
 * Objects of a verb that only carry an attitude ("expressed concern at the loss of nurses"): the
 * point is about the noun phrase after them.
 */
export const LIGHT_OBJECTS = new Set('implementation concern support appreciation importance need commitment determination satisfaction regret readiness willingness intention progress attention action cooperation launch creation establishment work efforts role sorrow alarm interest fact note talks negotiations discussions proposal proposals'.split(' '))

/**
 * A sentence that reports what one delegation said, as a summary record gives a debate (`The
 * representative of Chile said that …`, `The delegate for Fiji, speaking also for Samoa, stressed …`,
 * `The observer for a fishers' union reported …`): who speaks is one participant, not the meeting,
 * and nothing is decided. A later sentence may go on with its pronoun (`She added that …`). So is a newswire's
 * paragraph on how groups outside the meeting took it (`Environmental groups said the plan did not go far enough.`,
 * `Industry groups broadly welcomed the deal.`, `Campaigners warned …`): a reaction, not what was decided.
 */
export const INTERVENTION = {
  opens: /^(?:[\p{L}'’-]+\s+){0,3}?(?:groups|campaigners|activists|critics|environmentalists|conservationists|trade\s+unions|analysts|opponents)\s+(?:also\s+|broadly\s+|quickly\s+|sharply\s+|however\s+)?(?:said|say|says|warned|argued|critici[sz]ed|complained|welcomed|told|urged|called\s+(?:for|on))\b|^(?:the\s+)?(?:representatives?|delegates?|delegations?|observers?|heads?\s+of\s+(?:the\s+)?delegation)\s+(?:of|for|from)\s+[^,.;:]{1,100}?(?:,[^.;:]{1,160}?,)?\s+(?:also\s+|further\s+)?(?:said|stated|noted|reported|informed|explained|stressed|underlined|emphasi[sz]ed|recalled|expressed|described|highlighted|pointed\s+out|told|added|argued|welcomed|supported|proposed|suggested|called\s+(?:on|for|upon)|urged|asked|presented|shared|outlined|warned|observed|indicated)\b|^(?:several|some|many|most|other|a\s+(?:number|majority)\s+of(?:\s+the)?|a\s+few|one|another|two|three|four|five)\s+(?:other\s+)?(?:delegations?|delegates?|representatives?|speakers?|observers?|participants?|members?)\s+(?:also\s+|further\s+|however\s+)?(?:said|stated|noted|expressed|explained|stressed|underlined|emphasi[sz]ed|recalled|described|highlighted|pointed\s+out|argued|suggested|warned|observed|felt|considered|cautioned|questioned)\b/iu,
  // (the debate goes on with its other speakers: `Others stressed …`, `Another delegation felt …`, `One member warned …`; numbered48)
  goesOn: /^(?:he|she|they|others|some|another\s+(?:delegation|delegate|speaker|member|representative|observer)|one\s+(?:delegation|delegate|speaker|member|representative|observer))\s/iu,
}

/** A paragraph that reports what was discussed or heard (“Ministers also discussed …”): context. */
export const REPORTED = /^(?:\S+\s+){1,4}(?:also\s+)?(?:discussed|noted|heard|reviewed|exchanged\s+views|considered|recalled|recall|thanked)\b/i

/** Number words and their values (`thirty` → 30); `hundred`, `thousand`… are in `SCALES`. */
export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
}

/** Scale words and their multipliers, with the word a value spells out (`bn` → `billion`). */
export const SCALES: Record<string, {factor: number; word: string}> = {
  hundred: {factor: 1e2, word: 'hundred'},
  thousand: {factor: 1e3, word: 'thousand'},
  k: {factor: 1e3, word: 'thousand'},
  million: {factor: 1e6, word: 'million'},
  millions: {factor: 1e6, word: 'million'},
  mn: {factor: 1e6, word: 'million'},
  mln: {factor: 1e6, word: 'million'},
  m: {factor: 1e6, word: 'million'},
  billion: {factor: 1e9, word: 'billion'},
  billions: {factor: 1e9, word: 'billion'},
  bn: {factor: 1e9, word: 'billion'},
  bln: {factor: 1e9, word: 'billion'},
  b: {factor: 1e9, word: 'billion'},
  trillion: {factor: 1e12, word: 'trillion'},
  tn: {factor: 1e12, word: 'trillion'},
  // the South Asian scales (`Rs 500 crore`, `3 lakh households`), which a value keeps as written
  lakh: {factor: 1e5, word: 'lakh'},
  lakhs: {factor: 1e5, word: 'lakh'},
  crore: {factor: 1e7, word: 'crore'},
  crores: {factor: 1e7, word: 'crore'},
}

/** Scale words that may follow a bare number (`m`, `k`, `b` only follow a currency). */
export const SHORT_SCALES = new Set(['m', 'k', 'b'])

/**
 * Other currencies' ISO codes, written before or after an amount in capitals (`SEK 40 million`,
 * `KES 2 billion`, `300 million NOK`): the value keeps the code, as it does `CHF 12 million`
 * (`COP 28` is a conference, not Colombian pesos).
 */
const ISO_CURRENCIES: Record<string, true> = Object.fromEntries(
  'sek nok dkk isk pln czk huf ron cny inr zar kes ngn ghs egp mad tnd tzs ugx rwf etb xof xaf brl mxn ars clp pen nzd sgd hkd krw idr php thb myr vnd pkr bdt lkr try sar aed qar fjd pgk wst sbd vuv xpf jmd ttd bbd mur mwk zmw mzn bwp'.split(' ').map((code) => [code, true]),
)

/** Currency signs and codes written before an amount, as the value writes them. */
export const CURRENCY_BEFORE: Record<string, string> = {
  $: '$', us$: 'US$', a$: 'A$', c$: 'C$', nz$: 'NZ$', hk$: 'HK$', s$: 'S$', n$: 'N$', r$: 'R$', '€': '€', '£': '£', '¥': '¥', '₹': '₹',
  // the dollar signs of small countries, written as the text writes them (`T$` for the paʻanga, `FJ$`, `SI$`, `WS$` for the tala, `TT$`, `J$`, `BZ$`)
  t$: 'T$', fj$: 'FJ$', si$: 'SI$', ws$: 'WS$', tt$: 'TT$', j$: 'J$', bz$: 'BZ$',
  // the other signs written before an amount (won, naira, peso, lira, rouble, shekel, dong, hryvnia, cedi, baht)
  '₩': '₩', '₦': '₦', '₱': '₱', '₺': '₺', '₽': '₽', '₪': '₪', '₫': '₫', '₴': '₴', '₵': '₵', '฿': '฿',
  // the rupee and the taka as South Asian texts write them before an amount (`Rs 5,650`, `Tk 1,200 crore`)
  rs: 'Rs ', 'rs.': 'Rs ', tk: 'Tk ', 'tk.': 'Tk ',
  // the Kenyan shilling as East African texts write it (`Ksh 3 billion`, `KSh 450,000`)
  ksh: 'Ksh ', kshs: 'Ksh ',
  usd: 'USD ', eur: 'EUR ', gbp: 'GBP ', chf: 'CHF ', jpy: 'JPY ', cad: 'CAD ', aud: 'AUD ', fcfa: 'FCFA ',
  // the CFA franc by its three letters before an amount (`CFA 12 billion`), as `FCFA`
  cfa: 'FCFA ',
  ...Object.fromEntries(Object.keys(ISO_CURRENCIES).map((code) => [code, `${code.toUpperCase()} `])),
}

/** Currency words written after an amount, and the sign the value uses. */
/** Currencies named in two words, before or after an amount (`2 billion CFA francs`, `francs CFA`, `CFA francs 3 billion`, `300,000 Swiss francs`), by their words in lower case: written as the French reader writes them (`FCFA`, `CHF`). */
export const TWO_WORD_CURRENCIES: Record<string, string> = {
  'cfa francs': 'FCFA ', 'cfa franc': 'FCFA ', 'francs cfa': 'FCFA ', 'franc cfa': 'FCFA ', 'swiss francs': 'CHF ', 'swiss franc': 'CHF ',
  // the CFP franc of French Polynesia and New Caledonia (`2 billion CFP francs`), by its code
  'cfp francs': 'XPF ', 'cfp franc': 'XPF ', 'francs cfp': 'XPF ',
  // a country's shilling, franc, dirham or dinar named after an amount (`3 billion Kenyan shillings`), by its code
  'kenyan shillings': 'KES ', 'ugandan shillings': 'UGX ', 'tanzanian shillings': 'TZS ', 'rwandan francs': 'RWF ', 'burundian francs': 'BIF ', 'guinean francs': 'GNF ', 'congolese francs': 'CDF ',
  // the currencies of the Caucasus, Central Asia and Türkiye by their country's adjective (`45 million Turkish lira`, `2 million Uzbek som`)
  'turkish lira': 'TRY ', 'turkish liras': 'TRY ', 'georgian lari': 'GEL ', 'azerbaijani manat': 'AZN ', 'turkmen manat': 'TMT ', 'kyrgyz som': 'KGS ', 'uzbek som': 'UZS ', 'uzbek sum': 'UZS ', 'tajik somoni': 'TJS ', 'armenian dram': 'AMD ', 'armenian drams': 'AMD ',
  // a peso by its country (`40 million Argentine pesos`); a peso alone takes its country from the sentence (`PESO_COUNTRIES`)
  'argentine pesos': 'ARS ', 'argentinian pesos': 'ARS ', 'mexican pesos': 'MXN ', 'chilean pesos': 'CLP ', 'colombian pesos': 'COP ', 'philippine pesos': 'PHP ', 'uruguayan pesos': 'UYU ', 'dominican pesos': 'DOP ', 'cuban pesos': 'CUP ',
  'moroccan dirhams': 'MAD ', 'swedish kronor': 'SEK ', 'danish kroner': 'DKK ', 'norwegian kroner': 'NOK ', 'icelandic krónur': 'ISK ', 'icelandic kronur': 'ISK ', 'czech korunas': 'CZK ', 'czech koruna': 'CZK ', 'tunisian dinars': 'TND ', 'algerian dinars': 'DZD ', 'indian rupees': 'INR ', 'pakistani rupees': 'PKR ', 'egyptian pounds': 'EGP ',
}

export const CURRENCY_AFTER: Record<string, string> = {
  dollars: '$', dollar: '$', euros: '€', euro: '€', pounds: '£', 'pounds sterling': '£', usd: 'USD ', eur: 'EUR ',
  gbp: 'GBP ', chf: 'CHF ', yen: '¥', fcfa: 'FCFA ',
  // the rand named after an amount (`2.6bn rand`), as its sign writes it before one (`R2.6 billion`)
  rand: 'R',
  // the currencies named in one word that no other country's shares (`45 billion naira`, `200 million cedis`, `500 crore rupees`)
  naira: 'NGN ', cedis: 'GHS ', cedi: 'GHS ', rupees: 'Rs ', taka: 'Tk ', birr: 'ETB ', yuan: 'CNY ', renminbi: 'CNY ', ariary: 'MGA ',
  // (the Swedish krona, the Polish złoty, the Hungarian forint, the Thai baht, the Malaysian ringgit, the Indonesian rupiah, the
  // Ukrainian hryvnia, the Israeli shekel, the Kazakh tenge: one word that names one country's money, written by its code)
  // (the Georgian lari, the Azerbaijani manat, the Turkish lira, the Kyrgyz som, the Tajik somoni, the Armenian dram: one word that names one
  // country's money in English texts, by its code; the Turkmen manat and the Uzbek som are named with their country's adjective)
  lari: 'GEL ', manat: 'AZN ', manats: 'AZN ', lira: 'TRY ', liras: 'TRY ', som: 'KGS ', somoni: 'TJS ', dram: 'AMD ', drams: 'AMD ',
  kronor: 'SEK ', krona: 'SEK ', zloty: 'PLN ', zlotys: 'PLN ', 'złoty': 'PLN ', 'złotys': 'PLN ', forint: 'HUF ', forints: 'HUF ', baht: 'THB ', ringgit: 'MYR ', rupiah: 'IDR ', hryvnias: 'UAH ', hryvnia: 'UAH ', shekels: 'ILS ', tenge: 'KZT ',
  // (not the codes that are English words, read after a scale in lower case: `2 million try to cross`)
  ...Object.fromEntries(Object.keys(ISO_CURRENCIES).filter((code) => !/^(?:try|mad|pen)$/.test(code)).map((code) => [code, `${code.toUpperCase()} `])),
}

/** A sentence that weighs in pounds (`2.9 million pounds of uranium oxide`, `at US$41 per pound`, `$3 a pound`): its `pounds` after an amount are a weight, not sterling (`each pound raised`, `every pound spent` are money). */
export const POUNDS_WEIGHED = /(?<!\p{L})pounds?\s+of\s+(?!sterling\b|which\b|the\s+(?:budget|fund)\b)\p{L}|(?<!\p{L})(?:per|a)\s+(?:pound|lb)(?!\p{L})/iu

/** Currency words after an amount shorter than four letters that are no English word (`210 som`), read as money without a scale too. */
export const SHORT_CURRENCY_WORDS = new Set(['som'])

/** A country's word before `dollars` after an amount (`12 million Canadian dollars`), and the sign the value uses. */
export const DOLLARS_OF: Record<string, string> = {canadian: 'C$', australian: 'A$', american: 'US$', 'new zealand': 'NZ$', 'hong kong': 'HK$', singapore: 'S$'}

/** Units written as symbols after a number (`5,000km`, `1.2 million ha`): the value is the number, the label starts with the unit. */
export const UNIT_SYMBOLS = /^(?:km|km²|km2|sq\s?km|ha|kt|mt|gt|kw|mw|gw|kwh|mwh|gwh|twh|mtoe|m³|m3|bcm|tco2e?|mtco2e?|gtco2e?)$/i

/** Words that make a number a percentage. */
export const PERCENT_WORDS = new Set(['%', 'percent', 'per cent', 'pc'])

/** Month names and their short forms: a number beside one is a date, never a figure. */
export const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i

/** Words before a four-digit number that make it a year (`in 2014`, `since 2021`). */
export const YEAR_BEFORE = new Set(['in', 'since', 'by', 'from', 'until', 'till', 'to', 'of', 'before', 'after', 'between', 'and', 'during', 'through', 'throughout', 'for', 'early', 'late', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter', 'year', 'fiscal', 'fy', '–', '-', '/'])

/** Words after which a number is a reference, not a figure (`Resolution 2334`, `paragraph 12`, a paragraph's sign: `§ 4 Ministers …`). */
export const REFERENCE_BEFORE = new Set(['§', 'no', 'no.', 'nos', 'nos.', 'number', 'paragraph', 'paragraphs', 'para', 'para.', 'article', 'articles', 'resolution', 'resolutions', 'section', 'page', 'pages', 'chapter', 'annex', 'item', 'point', 'phase', 'goal', 'sdg', 'target', 'rule', 'principle', 'step', 'objective', 'pillar', 'priority', 'agenda', 'vision', 'covid', 'covid-', 'g', 'p', 'c', 'room', 'session', 'category', 'tier', 'type', 'stage'])

/** A speed after a number (`30 km/h`, `50 mph`, `80 kilometres an hour`): a limit set on traffic, not a figure. */
export const SPEED_AFTER = /^\s*(?:km\s?\/\s?h|kph|mph|(?:kilomet(?:re|er)s|km|miles)\s+(?:an|per|a)\s+hour)\b/i

/** A length or a weight after a number (`120 metres`, `250 grams`, `10 km`): with a bound, a limit a rule draws (`below 120 metres`, `at least 500 metres away`). */
export const SIZE_LIMIT_UNITS = /^(?:metres?|meters?|m|km|kilomet(?:re|er)s?|miles?|feet|ft|centimet(?:re|er)s?|cm|millimet(?:re|er)s?|mm|grams?|g|kg|kilograms?)$/

/**
 * Heads of a phrase that says where, when or how far, not what (`in parts of the range`, `at the height of the season`, `over the
 * period of the programme`, `within walking distance of a station`, `every term`, `by night`): neither the phrase nor what its
 * complement names (`the range`, `a station`) is a title. `parts` and `places` only alone or after a quantifier (`spare parts`,
 * `training places` are things).
 */
export const CIRCUMSTANCE_HEADS = /^(?:period|height|distance|term|nights?|parts?|places?|outskirts|vicinity|duration|lifetime)$/
/**
 * Heads of `CIRCUMSTANCE_HEADS` that name a thing unless they stand alone or after a quantifier, in a phrase of place or time
 * (`in some places`, `every term`, `by night`; not `spare parts`, `term of office`).
 */
export const CIRCUMSTANCE_BARE = /^(?:parts?|places?|term|nights?)$/
/** Words before a phrase that make it one of place or time. */
export const CIRCUMSTANCE_BEFORE = /^(?:in|at|over|within|during|throughout|across|by|every|each|per|for)$/
/** Quantifiers that may stand before a bare circumstance head (`in some places`, `in many parts of`). */
export const CIRCUMSTANCE_QUANTIFIERS = /^(?:few|some|many|several|most|various|other|all|certain|large|remote)$/

/** Heads that say when, not what: a title never stands on them (`Decade on record`, `Academic year`, `End`). */
export const WHEN_HEADS = /^(?:years?|decades?|months?|weeks?|days?|hours?|centur(?:y|ies)|end|start|beginning|middle|today|times|seasons?|holidays?|vacations?|weekends?|mornings?|evenings?|afternoons?|quarters?|fortnights?)$/

/** Words that end the noun a count's label opens on (`coastal cities | that presented …`, `primary schools | to be equipped`). */
export const COUNTED_NOUN_END = /^(?:to|that|which|who|whose|in|of|on|at|for|from|with|by|and|or|across|under|over|per|a|an|the|each|every|since|up|down|now|today|this|these|their|its|as|than|into|between|among|around|near)$/

/** Units of time: `five years`, `a 10-day meeting` are durations, not figures. */
export const TIME_UNITS = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|times|year-old|years-old|anniversary|nights?|rounds?|seasons?)$/i

/**
 * Nouns for the parts of a text, a plan or a meeting, not things of the world: `three priorities`,
 * `two sides`, `four pillars`, `three lines of work`, `three commitments` say how the text is built, so a small
 * count of them is not a key figure.
 */
export const STRUCTURE_NOUNS = /^(?:priorit(?:y|ies)|pillars?|areas?|themes?|topics?|issues?|principles?|objectives?|goals?|steps?|ways?|points?|options?|sides?|parts?|phases?|stages?|elements?|tracks?|workstreams?|strands?|axes|questions?|sessions?|panels?|meetings?|rounds?|days?|things?|aspects?|components?|areas?|levels?|pathways?|scenarios?|tiers?|categories|category|kinds?|types?|groups?|lines?|commitments?|actions?|measures?|recommendations?|decisions?|proposals?|resolutions?|motions?|chapters?|sections?|headings?|annex(?:es)?|documents?|texts?)$/i

/** Participles that say where a thing is kept: `held in warehouses in five member countries` describes the thing, it counts nothing. */
export const KEEPING_PARTICIPLES = /^(?:held|kept|stored|stocked|housed|located|based|hosted|sited|warehoused)$/i

/** Verbs that put a thing where it is kept: `pre-position 150,000 litres of pesticide in four regional stores` says where, it counts no stores. */
export const KEEPING_VERBS = /^(?:keep|keeps|store|stores|stock|stocks|stockpile|stockpiles|pre-position|preposition|position|warehouse)$/i

/** Verbs of building or fitting out: a small count they make (`build four new power lines`, `to equip three industrial zones`) counts things of the world, whatever its noun and an amount beside it. */
export const MAKING_VERBS = /^(?:build|construct|equip|install|dig|drill|rehabilitate|erect)$/i

/** A unit of length or area that sizes the thing after it when a hyphen joins it to a number (`a 4.2-kilometre extension`, `a 30-hectare park`). */
export const MEASURE_SIZE_UNITS = /^(?:kilomet(?:re|er)|km|mile|metre|meter|hectare|acre)$/i
/** Nouns that make a hyphenated size: `a 12-member Coalition`, `a 40-strong team`. */
export const SIZE_NOUNS = /^(?:member|members|nation|nations|country|countries|state|states|partner|partners|strong|party|parties|person|people)$/i

/** Animals a count names in the singular form (`560,000 reindeer`, `1.5 million sturgeon`, `310,000 moose`, `12,000 salmon`). */
export const ZERO_PLURALS = ['reindeer', 'caribou', 'moose', 'elk', 'deer', 'sturgeon', 'salmon', 'trout', 'cod', 'fish', 'shellfish', 'sheep', 'bison', 'swine', 'grouse']

/** Singular nouns that name how many take part or are counted (`Enrolment climbed to 4.2 million`): their level is a count of them, as a plural subject's is. */
export const HEADCOUNT_NOUNS = new Set(['enrolment', 'enrollment', 'attendance', 'ridership', 'readership', 'headcount', 'workforce', 'caseload', 'footfall', 'patronage', 'viewership', 'audience'])

/** Singular nouns that hold a count of the plural things after their `of` (`the backlog of cases stood at 41,000`, `the stock of applications rose to …`): the level they reach is a count of those things, as `the number of …` is. */
export const TALLY_NOUNS = new Set(['backlog', 'stock', 'pool', 'queue', 'pile', 'tally', 'count', 'roster', 'caseload'])
/** Plural nouns that do not end in `s`. */
export const IRREGULAR_PLURALS = new Set([
  // (nouns whose plural is the singular, as counts write them: `560,000 reindeer`, `1.5 million young sturgeon`, `48,000 roe deer`)
  ...ZERO_PLURALS,
  'people', 'feet', 'children', 'staff', 'personnel', 'women', 'men', 'craftsmen', 'craftswomen', 'fishermen', 'fisherwomen', 'tradesmen', 'herdsmen', 'seamen', 'firemen', 'policemen', 'policewomen', 'servicemen', 'servicewomen', 'businessmen', 'businesswomen', 'linesmen', 'boatmen', 'police', 'youth', 'aid', 'cattle', 'livestock', 'crew', 'data', 'media', 'criteria', 'military'])

/** Verbs that link a subject to an amount (`funding reached $4bn`): the label is the subject. */
export const LINKING_VERBS = new Set(['reached', 'reach', 'reaches', 'totalled', 'totaled', 'totals', 'total', 'stood', 'stands', 'amounted', 'amounts', 'came', 'was', 'were', 'is', 'are', 'be', 'exceeded', 'exceeds', 'topped', 'hit', 'hits', 'rose', 'rise', 'rises', 'grew', 'grow', 'grows', 'increased', 'fell', 'fall', 'falls', 'dropped', 'declined', 'climbed', 'doubled', 'tripled', 'surpassed', 'passed', 'represents', 'represented', 'accounts', 'accounted', 'covers', 'covered'])

/** Words that say a number went up or down (`rose`, `up from`) and in which direction. */
export const UP_WORDS = new Set(['up', 'rose', 'risen', 'grew', 'grown', 'increased', 'climbed', 'expanded', 'jumped', 'doubled', 'tripled', 'more', 'higher'])
export const DOWN_WORDS = new Set(['down', 'fell', 'fallen', 'dropped', 'declined', 'decreased', 'shrank', 'cut', 'reduced', 'lower', 'fewer', 'less'])

/** Adverbs of degree that open an adjective phrase after a noun (`most at risk`, `least developed`). */
export const DEGREE_WORDS = /^(?:most|least|more|less|very|highly|fully|partly|still)$/

/** Verbs by which `the number of …` is said to pass a value: `which passed 140,000`, `which reached`, `which topped`. */
export const PASSING_VERBS = /^(?:pass|reach|exceed|top|surpass|hit|total)$/

/** Words between `up from`, `against` and the earlier value of a change that only qualify it: `an average of`, `some`, `about`. */
export const EARLIER_QUALIFIERS = /^(?:an?|average|mean|estimated|of|about|around|some|nearly|almost|roughly|approximately|more|less|fewer|than|over|under|just|well)$/

/** Verbs that bring a fund or a budget to a value it is to reach: `bring it to`, `raise it to`, `increase it to`. */
export const TARGET_VERBS = /^(?:bring|raise|increase|take|grow|expand|double)$/

/** Adverbs of time before a participle after a noun (`staff already working`, `objects already reported stolen`): they go with it. */
export const TIME_ADVERBS = /^(?:already|currently|still|formerly|newly|recently|previously)$/

/** Nouns of a collection whose `of` phrase names its members (`a group of refiners`): the `of` stays in a label. */
export const COLLECTIVE_NOUNS = /^(?:group|consortium|coalition|network|association|federation|union)$/

/** People a meeting gathers, whose polities are counted after them (`the ministers of the nine … countries`, `delegates of the six … states`). */
export const PEOPLE_WHO_MEET = /^(?:ministers|leaders|heads|delegates|delegations|representatives|governments|envoys|officials|ambassadors|mayors|governors|presidents|secretaries)$/

/** What a body's members are, after `member` (`the Council's five member countries`): a count of them is a count of members. */
export const MEMBER_KINDS = /^(?:countries|states|governments|nations|cities|economies|organisations|organizations|parties|territories)$/

/** Nouns of a body of people or vehicles whose size a bare count after `of` gives (`a staff of 14`, `a fleet of 30`). */
export const SIZED_BODIES = /^(?:staff|team|crew|workforce|fleet|force|corps)$/

/** Words that say how much of a whole, not which (`only`, `all`, `total`): two shares of `all households` and `households` are of one whole. */
export const EXTENT_WORDS = /^(?:only|all|total|whole|entire)$/

/** Words that may stand between a verb and its amount and carry nothing: `a further`, `nearly`. */
export const QUALIFIERS = new Set(['a', 'an', 'the', 'some', 'about', 'around', 'roughly', 'nearly', 'almost', 'over', 'more', 'than', 'less', 'fewer', 'up', 'to', 'at', 'least', 'most', 'estimated', 'approximately', 'approx.', 'approx', 'just', 'only', 'another', 'further', 'additional', 'extra', 'total', 'of', 'close', 'well', 'under', 'below', 'above', 'almost', 'circa', 'c.', 'some', 'over', 'nearly', 'already', 'still', 'also', 'now', 'so', 'far', 'by', 'no', 'between'])

/** Words that bound a number inside a noun phrase (`cases pending for more than two years`), longest first. */
export const NUMBER_BOUNDS = ['more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'over', 'under', 'nearly', 'almost']

/** Words a label never ends with (a label is a noun phrase, not a cut-off clause). */
export const LABEL_TAIL_WORDS = new Set(['and', 'or', 'but', 'nor', 'to', 'in', 'of', 'on', 'at', 'for', 'with', 'from', 'by', 'the', 'a', 'an', 'as', 'that', 'which', 'who', 'this', 'these', 'those', 'our', 'their', 'its', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'will', 'be', 'been', 'than', 'into', 'while', 'whilst', 'so', 'also', 'including', 'such', 'each', 'every', 'some', 'more', 'over', 'under', 'about', 'per', 'across', 'through', 'between', 'within', 'not', 'all', 'both', 'his', 'her', 'my', 'we', 'they', 'it', 'he', 'she', 'i', 'next', 'last', 'before', 'after', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'some'])

/** Words at the end of a number's clause that give its time (`today`, `this year`). */
export const NOW_WORDS = /^(?:today|at present|this year|last year|to date|so far|a year|per year|each year|every year|a month|per month)$/i

/**
 * Abbreviations that never end a sentence (`Dr.`, `e.g.`); initials (`J.`, `D.C.`) are
 * recognised by shape.
 */
export const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'gen', 'col', 'lt', 'sgt', 'rev', 'hon', 'amb', 'sen', 'rep', 'gov', 'pres', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'fig', 'vol', 'art', 'para', 'cf', 'al', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'min', 'max', 'ca', 'viz', 'op', 'pp', 'h.e', 'h.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'a.m', 'p.m'])

/** Abbreviations after which a capitalised word may still start a new sentence. */
export const SENTENCE_FINAL_ABBREVIATIONS = new Set(['etc', 'd.c', 'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr'])

/** Words that start a sentence (not a name) after an abbreviation like `D.C.` or `etc.`. */
export const SENTENCE_STARTERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'we', 'they', 'he', 'she', 'i', 'our', 'their', 'its', 'in', 'on', 'at', 'for', 'as', 'ministers', 'leaders', 'participants', 'members', 'delegates', 'partners', 'there', 'all', 'both', 'each', 'every', 'after', 'before', 'during', 'while', 'today', 'next', 'further', 'finally', 'however', 'moreover', 'also', 'following', 'since', 'with', 'meanwhile', 'many', 'several', 'most', 'some'])

/** Lead-in words of a clause that a slide point can drop (`As Daesh …, we …`). */
export const LEAD_IN_WORDS = ['To', 'As', 'While', 'Whilst', 'Although', 'Though', 'Because', 'Since', 'Given', 'Saying that', 'In addition', 'Furthermore', 'However', 'Moreover', 'At the same time', 'To this end', 'In this context', 'Above all', 'Finally', 'Meanwhile', 'Overall', 'Today', 'Now', 'In particular', 'Building on', 'Recalling', 'Recognising', 'Recognizing', 'Noting', 'Welcoming', 'Following', 'After', 'Before', 'During', 'With', 'Through', 'Under', 'In', 'On', 'At', 'By', 'For', 'Over', 'Against', 'Despite', 'Thanks to', 'Once', 'When', 'If', 'Where', 'Whereas', 'Consistent with', 'In line with', 'As part of', 'Together', 'Also', 'Separately', 'Likewise', 'Similarly', 'Indeed', 'Importantly', 'Crucially', 'Specifically', 'Ultimately', 'First', 'Second', 'Third', 'Firstly', 'Secondly', 'Thirdly', 'Lastly', 'Additionally', 'Accordingly', 'Therefore', 'Thus', 'Hence', 'Nevertheless', 'Nonetheless', 'Still', 'Yet', 'Instead', 'Then', 'Later', 'Earlier', 'Since then', 'So far', 'To date', 'This week', 'This year', 'Last year', 'Next year']

/** A connective that opens a sentence without a comma before its subject (`To that end we will …`, `In particular members will …`): a slide point starts at the subject. */
export const CONNECTIVE_LEAD_IN = /^(?:to\s+(?:that|this)\s+end|in\s+particular|in\s+addition|to\s+this\s+effect|for\s+this\s+purpose|as\s+a\s+result|to\s+do\s+so)\s+(?=(?:we|they|ministers|members|the|each|every|all|partners|governments)\b)/i

/** Words that start a trailing clause a slide point can drop (`…, which …`, `…, because …`). */
export const TRAILING_CLAUSE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'because', 'while', 'whilst', 'although', 'though', 'as', 'since', 'so', 'including', 'especially', 'particularly', 'notably', 'where', 'when', 'whereas', 'thereby', 'building', 'following', 'ensuring', 'helping', 'making', 'bringing', 'taking', 'giving', 'enabling', 'allowing', 'with', 'not', 'in', 'through', 'by', 'from', 'under', 'after', 'before', 'until', 'despite', 'alongside', 'together', 'such', 'both', 'from', 'for'])

/**
 * What opens a phrase after a sentence's last comma that a slide point may drop, since it only
 * adds to what the clause before it decided: a participle and its agent or place (`, backed by loans
 * of $4bn`, `, to be completed by the scientists`, `, based in Nairobi`), an adjective's phrase (`, open
 * to buyers`), examples (`, including …`, `, e.g. …`), an `as well as` tail or an attribution (`, the Chair said`).
 */
export const DROPPABLE_TAIL = /^(?:(?:to\s+be\s+)?[a-z]+(?:ed|en|wn|un|lt|nt|ld)\s+(?:by|in|at|with|from|through|under|on|for|within|across|after|before|during)\b|to\s+be\s+[a-z]+(?:ed|en|wn|un|lt|nt|ld)\b|(?:open|available|accessible|subject)\s+to\b|(?:starting|beginning)\s+(?:with|in|from)\b|including\b|notably\b|e\.g\.|i\.e\.|as\s+well\s+as\b|(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:said|says|added|noted|told\s+\w+)$|said\s+(?:the\s+)?[A-Z])/

/**
 * A reporting frame before a that-clause (`Ministers agreed that`, `The Panel also found that`,
 * `We note with concern that`): the clause says what was agreed or found, with its own subject, so a
 * long slide point may start there. Not a verb whose clause is a wish in the subjunctive (`asked that
 * X be`, `recommended that …`).
 */
export const REPORTING_FRAME = /^[A-Z][\w’'-]*(?:\s+[\w’'.-]+){0,5}?\s+(?:(?:also|further|then|have|has|had|unanimously|formally|jointly|all)\s+)*(?:agreed|decided|noted|concluded|found|heard|confirmed|stressed|underlined|recognised|recognized|acknowledged|observed|resolved|agree|decide|note|recognise|recognize|confirm|stress|underline|acknowledge|(?:were|are|was|is)\s+concerned)(?:\s+with\s+(?:concern|satisfaction|regret|appreciation|alarm))?\s+that\s+(?=\S)/

/**
 * A phrase at the end of a sentence that only says where the decision holds when that is the
 * meeting's own scope (`in all member states`, `across the region`, `by all members`), so a long
 * slide point may end before it, as it may before a place that repeats the dateline.
 */
export const SCOPE_ADJUNCT = /(?<!\s)\s+(?:in|across|throughout|among|by|within)\s+(?:(?:all|every|each|the|their|its|our)\s+)*(?:\d+\s+)?(?:member\s+(?:states?|countries|country|economies|economy|governments|jurisdictions)|members|(?:the\s+)?region|(?:the\s+)?sub-?region|participating\s+countries)$/i

/** What opens a comparison with an earlier or usual value after a sentence's last comma (`, up from 40,000 in 2022`, `, against 4 percent in 2024`, `, an increase of 6 percent on 2026`): a long slide point may drop it, its year being no deadline. */
export const COMPARISON_TAIL = /^(?:up|down)\s+from\b|^(?:against|compared\s+(?:with|to))\s+(?:[$€£]?\d|only|just|about|some|nearly|around|an?\s+average|the\s+\d)|^an?\s+(?:increase|rise|decrease|fall|drop|reduction)\s+of\s+[$€£]?\d/i

/** Words and phrases that make a sentence worth a closing-slide point: the next meeting, `will`, a target year. */
export const LOOKS_AHEAD = /\b(?:will|shall|next|upcoming|forthcoming|meet again|reconvene|look(?:s|ed)? forward|plan(?:s|ned)? to|intend(?:s|ed)? to|aim(?:s|ed)? to|commit(?:s|ted)? to|by (?:the end of )?(?:20\d\d|end-\d{4})|(?:in|by|until|before) (?:early |late |mid-)?20[2-9]\d|deadline|target|review progress|follow[- ]up)\b/i

/** Function words that say a sentence is English … */
export const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'are', 'was', 'were', 'with', 'for', 'has', 'have', 'will', 'that', 'this', 'from', 'by', 'on', 'at', 'an', 'a'])

/** … and some that say it is not (French, Spanish, Portuguese, Italian, German). */
export const FOREIGN_FUNCTION_WORDS = new Set(['le', 'la', 'les', 'des', 'du', 'et', 'de', 'une', 'pour', 'dans', 'avec', 'lors', 'sur', 'est', 'sont', 'au', 'aux', 'el', 'los', 'las', 'y', 'del', 'con', 'para', 'por', 'una', 'em', 'os', 'il', 'della', 'der', 'die', 'das', 'und', 'mit', 'für', 'von'])

/** Who a meeting's delegations are (`ministers … from 31 countries`): the countries they come from are the countries represented. */
export const DELEGATION_NOUNS = /^(?:ministers|delegates|delegations|representatives|participants|officials|envoys|negotiators|leaders)$/

/** The verb a meeting is told with, as its dictionary form (`eight countries met in Dhaka`): who met is the body that met, not a kind of what is counted (`countries`, `members`). */
export const MEETING_VERB = 'meet'

/**
 * Verbs that say a count took part in the meeting (`Delegations from 44 countries attended`), by
 * their dictionary form, and the words a label then ends with (`countries attending`).
 */
export const ATTENDANCE_VERBS: Record<string, string> = {attend: 'attending', participate: 'taking part', 'take part': 'taking part', meet: 'taking part', represent: 'represented'}

/**
 * A count of the members of a body named in more than one word, the members' words in group 1
 * (`member countries of the Coastal Fisheries Council`): labelled by them alone, as a staffer writes
 * it; a one-word name stays (`member states of the Network`).
 */
export const MEMBERS_OF_LONG_NAME = /^(member\s+\p{Ll}+|members)\s+of\s+the\s+\p{Lu}[\p{L}-]*(?:\s+(?:of|on|for|and|the|\p{Lu}[\p{L}-]*))*?\s+\p{Lu}[\p{L}-]*$/u

/** Nouns of people: a count of them that did something is `people who …`, of anything else `… that …`. */
export const PERSON_NOUNS = /^(?:people|persons?|children|girls|boys|women|men|adults|students|pupils|teachers|workers|farmers|fishers|refugees|migrants|residents|citizens|patients|doctors|nurses|officials|experts|delegates|participants|partners|donors|members|volunteers|youths?|families|households|ministers|leaders|civilians|soldiers|troops|staff|returnees|associates|epidemiologists|engineers|traders|entrepreneurs|smallholders|pastoralists|survivors|victims|voters|judges|officers|olds)$/i

/**
 * Verbs that change something by an amount (`cut emissions by 45%`, `costs fell by 35%`), by their
 * dictionary form, and the noun a label names the change with (`cut in emissions`, `fall in costs`).
 */
export const CHANGE_VERBS: Record<string, string> = {
  cut: 'cut', reduce: 'cut', lower: 'cut', halve: 'cut', decrease: 'fall', fall: 'fall', drop: 'fall', decline: 'fall', shrink: 'fall',
  raise: 'rise', rise: 'rise', increase: 'rise', grow: 'rise', boost: 'rise', improve: 'rise', climb: 'rise', expand: 'rise',
}

/** Phrases that end what a count did: they say where it was said, not what is counted (`at the meeting`). */
export const MEETING_PHRASES = /^(?:(?:at|during)\s+the\s+(?:meeting|conference|summit|session|ministerial|talks)|on\s+the\s+day)$/i

/** Generic heads of a size (`a 9-member group`): the label is `members`, not `members of the group`. */
export const GENERIC_BODIES = new Set(['group', 'body', 'team', 'entity', 'organisation', 'organization'])

/** Endings of a noun of an act (`commitment`, `participation`, `admission`, `acceptance`, `approval`): who it is of, counted after `of`, is a fact (`the commitment of eight firms`). */
export const ACT_NOUN_ENDING = /(?:ment|tion|sion|ance|ence|al)$/

/**
 * Nouns of an action done to what is counted (`the training of 12,000 epidemiologists`), and the
 * participle a label uses (`epidemiologists to be trained`).
 */
export const ACTION_NOUNS: Record<string, string> = {
  training: 'trained', certification: 'certified', vaccination: 'vaccinated', recruitment: 'recruited', deployment: 'deployed', construction: 'built',
  building: 'built', rehabilitation: 'rehabilitated', resettlement: 'resettled', evacuation: 'evacuated', treatment: 'treated', hiring: 'hired',
  creation: 'created', registration: 'registered', release: 'released', relocation: 'relocated', renovation: 'renovated', repair: 'repaired',
  installation: 'installed', protection: 'protected', restoration: 'restored', accreditation: 'accredited', inspection: 'inspected',
  seizure: 'seized', arrest: 'arrested', enrolment: 'enrolled', enrollment: 'enrolled', screening: 'screened', rescue: 'rescued',
}

/**
 * The noun an editor makes of a verb of action to title what is done to its object (`agreed to
 * train librarians` → “Training of librarians”, “Librarian training”; `recognise skills` →
 * “Recognition of skills”). By dictionary form; verbs that do not describe an activity have none.
 */
export const VERB_NOUNS: Record<string, string> = {
  train: 'training', map: 'mapping', pay: 'payment', recognise: 'recognition', recognize: 'recognition', restore: 'restoration', mark: 'marking',
  test: 'testing', notify: 'notification', control: 'control', share: 'sharing', register: 'registration', repair: 'repair', publish: 'publication',
  remove: 'removal', blend: 'blending', screen: 'screening', inspect: 'inspection', protect: 'protection', monitor: 'monitoring', expand: 'expansion',
  extend: 'extension', develop: 'development', reduce: 'reduction', improve: 'improvement', harmonise: 'harmonisation', harmonize: 'harmonization',
  connect: 'connection', introduce: 'introduction', certify: 'certification', vaccinate: 'vaccination', recruit: 'recruitment', deploy: 'deployment',
  rehabilitate: 'rehabilitation', evacuate: 'evacuation', treat: 'treatment', install: 'installation', accredit: 'accreditation', licence: 'licensing',
  license: 'licensing', digitise: 'digitisation', digitize: 'digitization', modernise: 'modernisation', modernize: 'modernization', replace: 'replacement',
  abolish: 'abolition', simplify: 'simplification', standardise: 'standardisation', standardize: 'standardization', align: 'alignment', integrate: 'integration',
  coordinate: 'coordination', assess: 'assessment', evaluate: 'evaluation', revise: 'revision', promote: 'promotion', prevent: 'prevention',
  eliminate: 'elimination', eradicate: 'eradication', finance: 'financing', fund: 'funding', strengthen: 'strengthening', track: 'tracking', trace: 'tracing',
  measure: 'measurement', label: 'labelling', recycle: 'recycling', distribute: 'distribution', procure: 'procurement', purchase: 'purchase',
  collect: 'collection', store: 'storage', verify: 'verification', validate: 'validation', disclose: 'disclosure', translate: 'translation', dredge: 'dredging',
  plant: 'planting', upgrade: 'upgrade', exempt: 'exemption', rebuild: 'reconstruction', construct: 'construction', relocate: 'relocation', resettle: 'resettlement',
  enrol: 'enrolment', enroll: 'enrollment', renovate: 'renovation', insure: 'insurance', regulate: 'regulation', reform: 'reform', ratify: 'ratification',
  implement: 'implementation', mobilise: 'mobilisation', mobilize: 'mobilization', electrify: 'electrification',
}

/** A title of a person (`Mr. Ibarra`, `Dr. Helena Mensah`): a point is never titled by who someone is. */
export const PERSON_TITLES = /^(?:mr|mrs|ms|dr|prof|hon|h\.e|amb|sen|rep|sir|dame|madam)\.?$/i

/** Words before a count that say it adds to others (`a further 20 laboratories`): the label keeps them. */
export const ADDING_WORDS = new Set(['further', 'additional', 'new', 'more', 'extra'])

/**
 * The adoption of the plan as such (“Ministers adopted the Lima Digital Trade Agenda and agreed on
 * the following steps.”, “We adopt the Tunis Action Plan, set out below”, an operative paragraph
 * whose subject is the preamble's `We, the ministers`: “(1) Adopt the Tunis Action Plan, annexed …”):
 * context, not a point of the plan. Bounded, so it runs in linear time; read on a paragraph's first 300 characters.
 */
export const PLAN_ADOPTED = /^(?:(?:After|Following|At|Having|Upon|On|In)\s[^,;.]{1,80},\s+)?(?:(?:Meeting|Gathered|Gathering|Convening)\s+(?:in|at)\s+[\p{L}'’ -]{1,40},\s+(?:[\p{L}'’-]{1,30}\s{1,3}){1,12}|(?:[\p{L}'’-]{1,30}\s{1,3}){0,3}[\p{L}'’-]{1,30},\s+(?:which|who)\s+[^,;.]{1,160},\s+|(?:[\p{L}'’-]{1,30}\s{1,3}){0,4})(?:also\s+)?(?:[Aa]dopted|[Aa]dopt|[Aa]dopts|[Ll]aunched|[Ll]aunch|[Ll]aunches|[Ee]ndorsed|[Ee]ndorse|[Aa]pproved|[Aa]pprove|[Ss]igned|[Ss]ign)\s+(?:(?:as\s+a\s+whole|in\s+full|formally|unanimously|by\s+consensus)\s+)?(?:(?:the\s+|a\s+|our\s+|their\s+|its\s+)?['‘"“]?(?:(?:\p{Lu}[\p{L}'’-]{0,30}|\p{Lu}\p{Ll}{0,2}\.)\s{1,3}(?:(?:on|of|for|and|to)\s{1,3})?){1,6}(?:Action\s+Plan|Plan|Agenda|Declaration|Compact|Framework|Pledge|Strategy|Roadmap|Road\s+Map|Charter|Programme\s+of\s+Action|Action\s+Programme|Programme(?=\s+(?:for\s+)?20\d\d)|Principles|Accord|Consensus|Communiqu[ée]|Guidelines)|what\s+(?:it|they)\s+calls?\s+(?:the\s+|a\s+)?(?:(?:\p{Lu}[\p{L}'’-]{0,30}|\p{Lu}\p{Ll}{0,2}\.)\s{1,3}(?:(?:on|of|for|and|to)\s{1,3})?){1,6}(?:Action\s+Plan|Plan|Agenda|Declaration|Compact|Framework|Pledge|Strategy|Roadmap|Road\s+Map|Charter|Programme|Program|Initiative|Principles|Accord|Consensus|Guidelines))\b/u

/** What makes an adoption a point after all: the plan's content follows (“…, under which every member will …”, “…, which aims to connect 30,000 villages …”). */
export const PLAN_CONTENT = /\b(?:under\s+which|by\s+which|through\s+which|which\s+commits|committing|which\s+(?:aims|seeks|plans|sets\s+out)\s+to|(?:aiming|seeking)\s+to)\b/i
/** So does a clause that says what the plan sets (“…, which sets target and limit reference points …”, “…, which fixes …”): its title is still made from the whole sentence. */
export const PLAN_SETS = /\bwhich\s+(?:sets|fixes|establishes|lays\s+down|provides\s+for)\s+(?!out\b)(?!(?:the|its|their)\s+(?:(?:main|broad|overall)\s+)?(?:priorities|orientations|directions?|objectives|lines|framework)\b)/i

/**
 * A paragraph opened by the subject it is about, before who acted (`On satellite observation,
 * Ministers welcomed …`, `Regarding border health checks, members agreed …`, `As regards …`,
 * `With regard to …`, `Turning to …`): group 1 is the subject. Bounded, read on the sentence's start.
 */
export const TOPIC_OPENER = /^(?:On|Regarding|Concerning|As\s+regards|With\s+regard\s+to|With\s+respect\s+to|Turning\s+to|As\s+for)\s+(?:the\s+)?([\p{L}'’ -]{3,80}?),\s/u

/** What an opening `On …,` says that is no subject (`On behalf of …`, `On the sidelines of …`, `On the other hand`, `On Monday`; who moved or advised it, `On a proposal from …`, `On the advice of …`, `On the report of …`: records49, titles49). */
export const NOT_TOPICS = /\b(?:behalf|sidelines|margins|occasion|basis|invitation|initiative|proposals?|motions?|recommendations?|requests?|advice|suggestions?|instructions?|reports?|day|week|morning|afternoon|evening|arrival|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|this|that|these|those|its|their|our|same|hand|whole|balance)\b/iu

/** Verbs that report what was agreed or said (“Ministers agreed that members will …”): the title comes from the clause after `that`. */
export const REPORTING_VERBS = new Set('agreed agree agrees decided decide noted note stressed stress underlined underline recognised recognized recognise recognize emphasised emphasized affirmed reaffirmed confirmed acknowledged welcomed'.split(' '))

/** Prepositions whose short phrase may follow a one-word object in a title (“Protecting people in transit”). */
export const PLAIN_TAIL_LINKS = new Set(['in', 'across', 'at', 'for', 'of', 'on', 'to', 'from', 'into'])

/**
 * Verbs that do not describe an activity (“welcomed pledges”, “launched a programme”): a title is
 * never their gerund (“Welcoming pledges”), only their object. By dictionary form.
 */
/** A currency's code, as it stands before an amount (`USD 2.4bn`, `EUR 300 million`). */
export const CURRENCY_CODE = /^(?:USD|EUR|GBP|CHF|JPY|CNY|INR|CAD|AUD|NZD|ZAR|XOF|XAF|KES|NGN|SEK|NOK|DKK|FCFA)$/
/** Verbs whose object may be the subject of a clause that follows (`ensure the system works`, `see prices fall`): after them a word in -s tagged a verb may be one. */
export const CLAUSE_OBJECT_VERBS = new Set('ensure make see say note show mean hope think agree find know feel believe expect let help watch hear ask demand insist recommend suggest require propose request urge stress recognise recognize welcome notice have get keep'.split(' '))
/**
 * Verbs that only pay for or put in a thing (`fund ten apprenticeships`, `fit cameras at crossings`, `provide interpreters`): the
 * thing is what was decided, so a one-word object is titled alone (with its complement), not as the act (`Funding apprenticeships`;
 * titles50). Kept apart from `UNDESCRIPTIVE_VERBS`, which the figures' labels read too.
 */
export const PROVIDING_VERBS = new Set('fund finance fit provide supply'.split(' '))
export const UNDESCRIPTIVE_VERBS = new Set('agree decide note stress underline emphasise emphasize affirm reaffirm confirm acknowledge welcome discuss hear express review consider announce endorse adopt approve launch establish create set pledge commit allow take make have give get hold see keep be become receive call ask urge invite request encourage task instruct mandate look seek want wish begin start continue'.split(' '))

/** Words that carry no content when `npm run eval` compares a title or label by its content words. */
export const FUNCTION_WORDS = new Set('a an the of in on at by for to from with and or its their our his her this that these those who which is are was were be been as per each every over under into than up down about across through between within during since until more less such still now'.split(' '))

/** Words of time that do not say what is counted (`over three years`, `in 2021`, `today`): left out when `npm run eval` compares content words. */
export const TIME_WORDS = /^(?:(?:19|20)\d\d|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|years?|months?|weeks?|days?|today|last|next|annual|yearly)$/

/**
 * Verbs that take no object, whose past after a counted noun is what the things counted did (`60 newsrooms agreed`, `12 huts
 * closed early`): a label keeps them in a relative clause (`newsrooms that agreed`), where a verb that takes one is read as
 * a participle of what was done to them (`410 kilns installed`).
 */
export const INTRANSITIVE_VERBS = new Set('agree join meet vote arrive die return flee close open fail succeed respond reply participate graduate retire resign disappear emerge collapse stop start remain stay happen occur live sleep travel migrate settle fall rise grow drop decline increase decrease gather convene assemble sit speak talk act work compete'.split(' '))

/** Past participles that do not end in `-ed` (`build` → `built`), for labels such as `schools to be built`. */
export const IRREGULAR_PARTICIPLES: Record<string, string> = {build: 'built', make: 'made', give: 'given', hold: 'held', feed: 'fed', teach: 'taught', buy: 'bought', bring: 'brought', send: 'sent', lend: 'lent', spend: 'spent', keep: 'kept', find: 'found', write: 'written', take: 'taken', grow: 'grown', sell: 'sold', pay: 'paid', lay: 'laid', put: 'put', set: 'set', cut: 'cut', rebuild: 'rebuilt', shut: 'shut', choose: 'chosen', draw: 'drawn', see: 'seen', show: 'shown', steal: 'stolen', lose: 'lost', break: 'broken', run: 'run', fly: 'flown', burn: 'burned', carry: 'carried', go: 'gone', do: 'done', rid: 'rid', win: 'won', lead: 'led', leave: 'left', meet: 'met', know: 'known', begin: 'begun', hit: 'hit', let: 'let', read: 'read', speak: 'spoken', rise: 'risen', fall: 'fallen', drive: 'driven', undertake: 'undertaken', spread: 'spread', split: 'split', quit: 'quit', seek: 'sought', fight: 'fought', catch: 'caught', stand: 'stood', withdraw: 'withdrawn', strike: 'struck', feel: 'felt', deal: 'dealt', dig: 'dug', shoot: 'shot', become: 'become', come: 'come', tell: 'told', say: 'said', hear: 'heard', forecast: 'forecast', broadcast: 'broadcast', bid: 'bid', wear: 'worn', freeze: 'frozen', overcome: 'overcome', undergo: 'undergone', forgive: 'forgiven', get: 'got', hide: 'hidden', bind: 'bound', hang: 'hung', light: 'lit', sweep: 'swept', upset: 'upset', mean: 'meant'}

/** Verbs of two syllables or more stressed on the last, whose final consonant doubles before `-ed` (`equip` → `equipped`, `admit` → `admitted`). */
export const DOUBLING_VERBS = new Set(['equip', 'admit', 'commit', 'submit', 'permit', 'omit', 'emit', 'transmit', 'refer', 'prefer', 'transfer', 'confer', 'defer', 'deter', 'occur', 'recur', 'incur', 'control', 'patrol', 'compel', 'expel', 'propel', 'dispel', 'regret', 'acquit', 'outfit', 'kidnap', 'handicap', 'unplug', 'format', 'program', 'remit', 'abet', 'allot', 'embed', 'rebut', 'repel', 'enrol', 'extol', 'fulfil', 'instil', 'distil'])

/** Heads of a phrase before `of` that only say how much (`a total of 40 countries`), not what holds the count. */
export const AMOUNT_HEADS = new Set(['total', 'number', 'sum', 'maximum', 'minimum', 'average', 'figure', 'target', 'goal', 'group', 'majority', 'minority', 'share', 'amount', 'level', 'rate', 'value', 'cost', 'budget', 'tally', 'list', 'range', 'capacity', 'size', 'length', 'area', 'volume', 'output', 'population', 'membership', 'total'])

/** Last words of a body's name (`Pacific Disaster Response Network`): a title-block line ending in one names who met, not a place. */
export const ORGANISATION_HEADS = /\b(?:Network|Forum|Union|Alliance|Council|Partnership|Coalition|Commission|Group|Office|Secretariat|Organi[sz]ation|Agency|Bank|Fund|Initiative|Dialogue|Platform|Compact|Committee|Association|Community|Conference|Assembly|Ministry|Department|Taskforce|Task Force)$/

/** A negation in the few words before a decision word (`Nothing was decided`, `No new funding was announced`): no decision. */
export const NEGATION_BEFORE = /(?:\b(?:not|no|never|nothing|neither|nor|none)\b|n[’']t\b)(?:\s+[\p{L}'’-]+){0,4}\s*$/iu

/** Verbs followed by another verb in `-ing` (`stop selling antibiotics`): that word is a verb, not a modifier. */
export const CATENATIVE_VERBS = new Set('stop start keep continue avoid begin end quit finish consider recommend resume cease'.split(' '))

/**
 * Heads of a title that an editor writes as a compound with the single noun they hold or serve
 * (`stockpile of vaccine doses` → `vaccine stockpile`, `network of reference laboratories` →
 * `reference laboratory network`, `fund for the stabilisation of …` → `stabilisation fund`): the
 * compound is shorter and keeps what makes the head specific, where the phrase cut at seven words
 * would end inside its complement.
 */
export const COMPOUNDING_HEADS = new Set('fund funds stockpile stockpiles reserve reserves network networks library register registry database rules standards programme program facility platform'.split(' '))

/** Nouns that only count what comes before them (`vaccine doses`, `grain tonnes`): a title names the thing. */
export const COUNTING_NOUNS = new Set('doses units pieces items copies tonnes tons litres liters barrels kilometres kilometers hectares kinds types sets'.split(' '))

/** Nouns of a title's complement that only point to what follows them (`on the use of artificial intelligence`): the title names that. */
export const LIGHT_COMPLEMENT_HEADS = new Set('use issue issues question questions matter subject topic'.split(' '))

/** Nouns of a change (`the rise in deaths of cyclists`): wherever they stand, the title names what changes. */
export const CHANGE_NOUNS = new Set('rise increase growth fall decline spread'.split(' '))

/** Nouns of documents whose number is part of their name (`Resolution 2349`, `Decision 4`). */
export const DOCUMENT_NOUNS = new Set('resolution resolutions decision decisions article articles chapter annex protocol convention regulation directive'.split(' '))

/** Words between a document noun and its number (`Resolution No. 12`, `Decision number 4`): part of the name. */
export const NUMBER_MARKS = /^(?:no\.?|nos\.?|number|nr\.?|n°|nº|#)$/i

/**
 * Heads of a phrase that names who met or acted (`Ministers`, `Member states`, `The Chair`): never
 * a point's title, unless the point is about who belongs (see `MEMBERSHIP`).
 */
export const ACTING_PEOPLE = new Set('ministers minister leaders leader governors governor delegations delegation delegates delegate participants participant members member states parties partners signatories chair chairs co-chairs co-chair presidency heads representatives officials envoys ambassadors co-leads presidents president mayors we they'.split(' '))

/** Words that make a point about who belongs (`welcomed two new members`, `the accession of …`): its title may name them. */
export const MEMBERSHIP = /\b(?:new\s+members?|accession|acceded|admit(?:s|ted)?|admission|membership|join(?:s|ed|ing)?|observers?\s+status|welcomed\s+\p{Lu}[\p{L}-]+(?:\s+and\s+\p{Lu}[\p{L}-]+)?\s+as)\b/iu

/** Nouns whose `to` is a preposition (`threats to power grids`, `barriers to trade`), never the mark of an infinitive. */
export const NOUNS_TAKING_TO = new Set('threat threats risk risks barrier barriers access damage attack attacks exposure harm'.split(' '))

/**
 * How an organisation's name is written: the head nouns that make a name a body that meets
 * (`… Partnership`, `Commission for …`), the small words a name holds between its capitalised
 * words (`Forum for Trade and Investment in the Bay of Bengal`), and the words that name a
 * meeting rather than the body (`Ministerial Meeting of the …`).
 */
export const ORGANISATION_NAMES = {
  heads: new Set('network forum union alliance council partnership coalition commission group secretariat organisation organization agency bank fund initiative dialogue platform compact committee association community conference assembly authority board centre center institute mechanism facility consortium federation league area observatory taskforce cooperative limited plc inc corporation company trust guild society chamber panel'.split(' ')),
  particles: new Set('of for and on in the to at between against with upon'.split(' ')),
  events: new Set('ministerial meeting meetings joint annual high-level summit session sessions conference statement communiqué communique readout summary declaration chair’s chair\'s media press note release report'.split(' ')),
  headFirst: false,
  peopleOf: /^(?:ministers|delegates|delegations|representatives|participants|officials|envoys|negotiators|leaders|members)\s+of\s+(?=the\s+\p{Lu})/iu,
  /** A body named for what it is about, after its head: `… Ministerial Dialogue on Statelessness`, `… Forum for Clean Ports`. */
  aboutAfterHead: /^(?:on|for)$/u,
  ministersAfterHead: /^of(?: [\p{L}-]+){0,3} ministers(?: |$)/u,
  /** A day or a month a run of capitals may go on to (`… Alliance on Thursday`): never what a body is about. */
  whenWord: /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d.*)$/u,
  /** Words that make a name a state's or its government's (`Republic of Korea`, `Swiss Confederation`, `Government of Fiji`): a party that met, never the body. */
  states: /(?<!\p{L})(?:Republic|Kingdom|Confederation|Principality|Sultanate|Emirates?|Grand\s+Duchy|Government)(?!\p{L})/u,
  /** A region's name ends in a word of geography or a continent's name (`Horn of Africa`, `Indian Ocean Rim`, `Western Balkans`). */
  places: /(?<!\p{L})(?:Region|Rim|Basin|Islands?|Coast|Sea|Ocean|Gulf|Bay|Valley|Delta|Highlands|Lowlands|Peninsula|Corridor|Africa|Americas?|Asia|Europe|Pacific|Atlantic|Caribbean|Balkans|Mediterranean|Sahel|Arctic|Baltic|Levant|Maghreb|Caucasus|Andes|Alps|Himalayas?)$/u,
  /** A body has an office or was founded; a region has neither (`the Corridor's secretariat`, `Corridor Secretariat`, `The … Corridor was set up in 2024`). */
  /** An office held in a body before its name (`Chair of the`, `Secretary-General of the`): a speaker's title names the body. */
  officeOf: /(?<!\p{L})(?:Co-?)?(?:Chair(?:man|woman|person)?|President|Secretary[- ]General|Executive\s+Secretary|Director[- ]General)\s+of\s+(?:the\s+)?(?=\p{Lu})/u,
  bodyEvidence: [
    "(?<!\\p{L}){last}['’]s\\s+(?:[Ss]ecretariat|[Ee]xecutive\\s+[Ss]ecretary|[Ss]ecretary[- ][Gg]eneral|[Ss]tatutes|[Ff]ounding\\s+(?:members|treaty|charter))(?!\\p{L})",
    "(?<!\\p{L}){last}\\s+Secretariat(?!\\p{L})",
    "(?<!\\p{L}){name}\\s+(?:was|has\\s+been)\\s+(?:set\\s+up|founded|established|created)(?!\\p{L})",
  ],
  /** An ordinal that numbers an occasion of a series (`Second Ministerial Conference on …`, `Third Pacific Dialogue`): a name holding one is the occasion's, not the body's. */
  ordinals: /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|(?:Twenty|Thirty|Forty|Fifty)(?:-(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth))?|Thirtieth|Fortieth|Fiftieth)$/u,
}

/**
 * Head nouns that alone say little as a point's title (“Programme”, “Pool”, “Data”): a feature of
 * the title scorer (`title-candidates.ts`), with the generic heads of `point-title.ts`.
 */
export const VAGUE_HEADS = new Set('programme programmes program programs fund funds plan plans pool pools data information system systems framework mechanism initiative initiatives platform facility centre center body team group work efforts progress issue issues matter matters area areas sector sectors activities projects project services capacity access role use steps measures action actions support cooperation rules standards guidelines version versions time cost costs way ways part level levels number'.split(' '))

/**
 * The lines that close a release or a communiqué, not part of what it says (see `set-aside-tail.ts`):
 * an end marker, a line of contacts, a signature, the heading of notes to editors.
 */
export const ENGLISH_TAIL = {
  /** `###`, `-30-`, `ENDS`, `- End -`, `End of release`. */
  endMarker: /^(?:[-–—]\s*)?(?:30|ends?|end\s+of\s+(?:release|text|statement|document|communiqu[ée]))(?:\s*[-–—])?\.?$/iu,
  /** A line that gives contacts: `Media contact: …`, `For more information: …`, `Press office, …`, `Tel.: …`, `Enquiries: …`. */
  contact: /^(?:(?:for\s+)?(?:media|press)\s+(?:contacts?|enquiries|inquiries|queries|office|relations|information)|contacts?|(?:general\s+|public\s+)?(?:enquiries|inquiries)|for\s+(?:more|further|additional)\s+(?:information|details)|(?:more|further)\s+information|spokes(?:person|man|woman)|tel(?:ephone)?\.?|phone|mobile|e-?mail|website|web|follow\s+us(?:\s+on)?)\s*(?::|,|[–—]\s)/iu,
  /** `Done at Nairobi, 12 March 2025.`, `Signed in Accra on May 4, 2026, by:` (the signatories under it), `Issued by the Secretariat, 2 October 2026.`, `ISSUED BY:` (the office under it), `Signed: …`, `For the Council,`, `The Chair, Hon. …`. */
  signature: /^(?:(?:done|signed|issued|adopted|given|endorsed|approved|agreed|made)(?:\s+by\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]{0,60}?)?\s+(?:(?:at|in)\s+\p{Lu}.{0,60}|on\s+(?:\d|\p{Lu})[^.;:]{0,40})(?:19|20)\d\d(?:,?\s+in\s+(?:duplicate|triplicate|[\p{L}\d]+\s+(?:originals?|copies)|(?:the\s+)?\p{L}+(?:(?:,\s*|\s+and\s+)\p{L}+){0,4}\s+languages?))*(?:,?\s+(?:both|all|each|the\s+two|the\s+three)\s+texts?\s+being\s+equally\s+authentic)?(?:,?\s+by\s*:|\.)?|issued\s+by\s+(?:the\s+)?\p{Lu}.{0,60}(?:19|20)\d\d\.?|issued\s+by\s*:|signed\s*:.*|(?:for|on\s+behalf\s+of)\s+the\s+\p{Lu}[\p{L}\s'’-]{0,60},?|(?:the\s+)?(?:chair|chairperson|co-chairs?|president|secretary[- ]general|executive\s+secretary)\s*,\s*\p{Lu}.{0,60}|the\s+(?:minister|chair(?:person)?|president|secretary(?:[- ]general)?|executive\s+secretary|director(?:[- ]general)?|mayor|governor|spokesperson)(?:\s*,\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,8}|\s+(?:of|for)\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,8})?)$/iu,
  /** `Notes to editors`, `Note for editors:`, `Editor's note`. */
  notes: /^(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editors?['’]?s?['’]?\s+notes?|background\s+for\s+editors)\s*:?$/iu,
  /** `About the Alliance` (in any case a heading is written in): a heading of background, taken as notes after an end marker or a contact line, or when it closes the text. */
  about: /^about\s+(?:the\s+)?\p{L}[\p{L}\s'’-]{0,80}:?$/iu,
  /**
   * The labels of a press page's closing block (`Address for enquiries`, `Author`, `Publisher`, `Documents`, `Related links`), a keyword line (`Search for related information by keyword: …`), a document it links to
   * (`Action Plan 2026-2030 (PDF)`), and a press bureau's page counters (`(Release ID: 2109873) Visitor Counter : 1204`): no text of the release.
   */
  pageFooter: /^(?:(?:address|contact)\s+for\s+(?:enquiries|inquiries|questions)|authors?|publisher|(?:related\s+)?documents|(?:related\s+)?links|attachments?)\s*:?$|^[\p{L}'’\s-]{0,60}?\bby\s+keywords?\s*:\s*[^.!?]{1,300}$|^[^.!?()]{1,200}\((?:PDF|DOCX?|XLSX?|ODT)(?:,\s*[\d.,]+\s*[kKMmGg]?[Bb])?\)$|^(?:\(\s*release\s+id\s*:\s*\d+\s*\)\s*)?(?:visitor\s+counter\s*:\s*[\d,]+)?$(?<=\S)/iu,
  /** The heading of a web page's block of facts about the meeting (`Meeting information` over its number, place, dates and documents): no text of the release. */
  factsBlock: /^(?:meeting|session|event|conference)\s+(?:information|details|facts)\s*:?$/iu,
  /** A line that only points to the full story, `Read more: https://…`, `Learn more at example.org/…`: a link, never text. */
  moreLink: /^(?:read|learn|find\s+out)\s+more(?:\s+(?:at|here|online))?\s*:?\s*(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$/iu,
  /** A signatory under `Signed in … by:`: a title, a name, a comma and an office (`Hon. Dr. Ama Mensah, Minister of Health, Ghana`). */
  signatory: /^(?:(?:Hon|H\.\s?E|Dr|Mr|Mrs|Ms|Prof|Amb|Sir|Dame)\.?\s+)+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*,\s*\p{L}/u,
}

/** A line that opens the same text again in another language (`ENGLISH VERSION`, `French version`, `Unofficial translation`): what follows it is a translation, not more of the readout. */
export const TRANSLATION_MARK = /^(?:(?:english|french|official|unofficial)\s+(?:version|translation|text)|(?:unofficial\s+)?translation(?:\s+(?:in|into)\s+(?:english|french))?|(?:in|version\s+in)\s+(?:english|french))\s*:?$/iu

/** A diplomatic cable's summary label before its paragraph's text (`1. SUMMARY: Ministers met …`), group 1 what comes before it: the drafter's markup, not the readout's words. */
export const CABLE_SUMMARY_LABEL = /^(\s*(?:\d{1,3}\.\s+)?)(?:BEGIN\s+)?SUMMARY\s*:\s+(?=\S)/u
/** A cable's closing of a section at its paragraph's end (`… the cut. END SUMMARY.`, `END COMMENT.`); its spaces start after a non-space, so a long run of spaces is read once. */
export const CABLE_SECTION_END = /(?<!\s)\s+END\s+(?:SUMMARY|COMMENT)\s*\.?\s*$/u
/** A cable's comment, the drafter's own view (`5. COMMENT: The cut was agreed after …`): not the meeting's. */
export const CABLE_COMMENT = /^\s*(?:\d{1,3}\.\s+)?(?:BEGIN\s+)?COMMENT\s*:\s/u
/** A cable's numbered paragraph (`5. Ministers will meet …`): a comment left open runs to no further than the next. */
export const CABLE_PARAGRAPH = /^\s*\d{1,3}\.\s+\S/u
/** Where a cable's comment ends (`… END COMMENT.`). */
export const CABLE_COMMENT_END = /\bEND\s+COMMENT\s*\.?\s*$/u

/**
 * What pasting from a web page or an e-mail brings along, not part of the readout (see
 * `pasted-text.ts`): a page's buttons and links, its date line, a list of related pages, an
 * e-mail's forwarded headers, its sign-off and its disclaimer.
 */
export const ENGLISH_PASTED = {
  /** See `TRANSLATION_MARK`. */
  translation: TRANSLATION_MARK,
  /**
   * An e-mailed newsletter's furniture, wherever it stands: the line that offers it in a browser (`If this email does not display correctly, view it in your browser.`),
   * its masthead (`COASTAL TRAILS – The network's newsletter`), its issue line (`No. 12 – June 2026`, `Issue 37 | March 2026`), its front-page kicker (`Top story`)
   * and the line that says why it came (`You are receiving this newsletter because you subscribed …`): none of it is the readout.
   */
  newsletter: /^(?:(?:if\s+)?this\s+(?:e-?mail|message|newsletter|bulletin)\s+(?:is\s+not|isn['’]t|does\s+not|doesn['’]t)\s+(?:display|show)(?:ing)?\s+(?:correctly|properly)\b[^\n]{0,150}|(?:click\s+here\s+to\s+)?view\s+(?:this\s+(?:e-?mail|newsletter|message)\s+)?(?:in\s+(?:your|a)\s+(?:web\s+)?browser|online)\.?|having\s+trouble\s+viewing\s+this\s+e-?mail\b[^\n]{0,150}|[^.!?:|–—]{2,80}?\s[–—|·-]\s(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:newsletter|bulletin)|(?:no\.|n[°º]|issue|vol\.)\s?\d{1,4}(?:\s*[–—|·,-]\s*(?:[\p{L}]{3,12}\s+)?(?:19|20)\d\d)?|(?:top|lead|cover)\s+story|you\s+(?:are\s+)?receiv(?:e|ing)\s+this\s+(?:e-?mail|newsletter|message|bulletin)\s+because\b[^\n]{0,200})$/iu,
  /** `Share this page`, `Print`, `Share on Facebook | Share on X | Email`, `Back to top`, `Skip to main content`; a post's footer (`Leave a comment`, `Subscribe`, `Like`, `Discussion about this post`) and a wiki page's (`Be the first to like this`, `No labels`). */
  chrome: /^(?:(?:we|this\s+(?:site|website))\s+uses?\s+cookies\b[^\n]{0,300}|(?:accept|reject|refuse|decline|allow)(?:\s+(?:all|non-essential|optional))?\s+cookies|cookie\s+(?:settings|preferences)|manage\s+cookies|(?:share|print|e-?mail|tweet|download(?:\s+(?:as\s+)?pdf)?|listen|save)(?:\s+(?:this\s+)?(?:page|article|story|release|news|item))?|share\s+on\s+\w+|back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|search(?:\s+(?:this|the|our)\s+(?:site|website|page|news)\s*(?:…|\.{3})?|\s*(?:…|\.{3}))|(?:leave|write|add|post)\s+a\s+(?:comment|reply)(?:\s*(?:…|\.{3}))?|discussion\s+about\s+this\s+(?:post|article)|subscribe(?:\s+now)?|like|be\s+the\s+first\s+to\s+like\s+this|no\s+labels|(?:view|read)\s+(?:the\s+)?pdf(?:\s+version)?|(?:for\s+|exclusive\s+to\s+)?subscribers(?:[- ]only)?(?:\s+(?:content|article|story))?|subscriber[- ]only(?:\s+(?:content|article|story))?)(?:\s*[|·•]\s*(?:share\s+on\s+\w+|share|print|e-?mail|tweet|facebook|linkedin|x|twitter))*$/iu,
  /** A page's or a newsletter's furniture after a label (`Tags: health, procurement`, `Share: Email | Print`, `Share this page: Facebook | X`), its feedback box (`Was this page helpful? Yes No`), `To unsubscribe from this bulletin, click here.`) or a deck's last slide and the label of its notes (`Slide 7: Questions?`, `Thank you for your attention`, `Speaker notes:`): no part of what the text says. */
  pageLabel: /^(?:(?:tags|topics|keywords|filed\s+under|categor(?:y|ies)|share(?:\s+this(?:\s+(?:page|article|story|post|release|news))?)?)\s*:\s*[^.!?]{1,200}|(?:(?:was|is)\s+this\s+(?:page|article|answer|information|content)\s+(?:helpful|useful)|did\s+you\s+find\s+(?:this\s+(?:page|article|answer)\s+(?:helpful|useful)|what\s+you\s+(?:were\s+looking|needed|came)\s+for))\s*\??(?:\s*(?:yes|no)(?:\s*[|/·])?){0,2}|(?:to\s+)?unsubscribe\b[^\n]{0,150}|(?:slide\s+\d{1,2}\s*[:.–—-]\s*)?(?:(?:any\s+)?questions\s*\?|thank\s+you(?:\s+for\s+your\s+attention)?\s*[.!]?)|(?:speaker(?:['’]s)?|presenter)\s+notes\s*:?)$/iu,
  /** The result of the vote on the motion above it, on a line of its own in a council's minutes or highlights (`Carried`, `Carried unanimously`, `Motion defeated`, `Carried as amended (7-2)`, `CARRIED (unanimous)`, `LOST (22 for, 49 against)`): no part of the decision's text. */
  voteResult: /^(?:(?:(?:the\s+)?(?:motion|resolution|decision|recommendation|text)\s+(?:was\s+)?)?(?:adopted|approved|agreed|passed)\s+(?:unanimously|by\s+consensus|by\s+acclamation|without\s+(?:a\s+)?(?:vote|objection|dissent)|nem\.?\s*con\.?)\s*\.?$)|^(?:(?:the\s+)?motion\s+(?:was\s+)?)?(?:carried|defeated|lost|failed)(?:\s+(?:unanimously|as\s+amended|on\s+(?:a\s+)?(?:recorded\s+vote|division)|by\s+a\s+(?:majority|two-thirds\s+majority)(?:\s+vote)?|by\s+a\s+vote\s+of\s+\d{1,3}\s*(?:[–-]|to)\s*\d{1,3})){0,2}(?:\s*\((?:\d{1,3}\s*[–-]\s*\d{1,3}|unanimous(?:ly)?|nem\.?\s*con\.?|\d{1,4}\s+(?:for|in\s+favou?r)(?:,?\s+\d{1,4}\s+against)?(?:,?\s+(?:and\s+)?\d{1,4}\s+(?:abstentions?|abstained|withheld))?)\))?\s*\.?$/iu,
  /** The label of a web page's contents list (`On this page`, `Contents`, `In this article`, `Jump to`): the lines under it name the headings further down (see `pastedNoise`). */
  contents: /^(?:(?:on|in)\s+this\s+(?:page|article|summary|release|readout|document|section)|(?:table\s+of\s+|page\s+)?contents|jump\s+to(?:\s+(?:a\s+)?section)?)\s*:?$/iu,
  /** A minister's name on a joint media release's letterhead (`THE HON JANE DOE MP`, `Senator the Hon Ann Lee`): who issues it, never its title (see `pastedNoise`). */
  letterheadName: /^(?:senator\s+)?the\s+hon(?:ourable|\.)?\s+[^\s,]+(?:\s+[^\s,]+){0,4}?(?:,?\s+(?:MP|MLA|MLC|MHA|MPP|MSP|TD|QC|KC))?$/iu,
  /** The portfolio under such a name (`Minister for the Environment and Water`, `NSW Minister for Heritage`, `Assistant Minister for Trade`). */
  portfolio: /^(?:\p{Lu}[\p{L}.]{1,12}\s+)?(?:(?:assistant|deputy|associate|acting)\s+)?minister\s+(?:for|of)\s+[^.!?:;]{3,80}$/iu,
  /** `Published 14/03/2024`, `Last updated: 3 March 2024`, `Posted on March 3, 2024`: a date and nothing else (`Published figures show 40 ports.` is text). */
  dateLine: /^(?:(?:first\s+)?published|posted|(?:last\s+)?updated|(?:last\s+)?modified|date\s+published)(?:\s+on)?\s*:?\s*(?=[^\d]*\d)(?:\d{1,4}(?!\d)(?:st|nd|rd|th)?|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|at|am|pm|gmt|utc|cet|cest|bst)(?!\p{L})\.?|[\s,./:–-]){4,60}$/iu,
  /** `Published 9 September 2026`, `Issued on …`: among a report's first lines, a date line gives the text's own date (the title block reads it). */
  issuedLine: /^(?:published|issued)(?!\p{L})/iu,
  /** `Related content`, `See also`, `Read more`, `More news`: what follows is links to other pages. */
  related: /^(?:related(?:\s+(?:content|articles?|news|links|stories|pages|items|documents))?|see\s+also|read\s+more|more\s+(?:news|stories|on\s+this\s+topic)|you\s+may\s+also\s+(?:like|be\s+interested\s+in)|latest\s+news)\s*:?$/iu,
  /**
   * An e-mail's greeting on a line of its own (`Hi team,`, `Dear colleagues,`, `Hello all`, `Dear Ana and Tomás,`): whom the message
   * is to, never its title. Names after it need its comma (or `!`, `:`): `Hello Tomorrow Summit` is a title (under the `i` flag a
   * name's capital cannot be told from a small letter, so the comma tells it).
   */
  greeting: /^(?:(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))(?:\s+(?:all|everyone|team|colleagues|friends|both|each|partners|members)){0,4}\s*[,!:]?|(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))(?:\s+[\p{L}'’.-]+){1,4}\s*[,!:]|all\s*[,!:]?|\p{Lu}[\p{L}'’-]{1,30}(?:\s+(?:and|&)\s+(?:all|everyone|\p{Lu}[\p{L}'’-]{1,30}))?\s?,)$/iu,
  /** A postscript under a signature (`P.S. The photos are available on request.`): no sentence of the readout going on after its sign-off. */
  postscript: /^(?:P\.\s?S\.|PS:|P\.\s?P\.\s?S\.)\s/u,
  /** `Kind regards,`, `Best regards`, `Regards,`, `Yours sincerely,`, `Many thanks,`, and with their comma `Best,`, `Thanks,`: what follows is a signature. */
  signOff: /^(?:(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|regards|sincerely|yours\s+(?:sincerely|faithfully|truly)|thanks\s+and\s+regards|with\s+(?:kind\s+|best\s+)?regards|cheers|certified\s+(?:a\s+)?true\s+(?:copy|extract)(?:\s+of\s+the\s+(?:original|minutes))?)\s*[,.!:]?$|^(?:best|thanks|many\s+thanks|thank\s+you|all\s+the\s+best)\s*,$/iu,
  /** `Disclaimer: …`, `This e-mail and any attachments are confidential …`, `Please consider the environment before printing …`. */
  // (also a summary's note that it is not the official record: `These highlights … are not the official record: the minutes will be posted …`)
  // (also an app's note that a summary was written by a machine and may be wrong: `Generated by AI. Be sure to check for accuracy.`,
  // `AI-generated content may be inaccurate or misleading. Always check for accuracy.`, `Copilot may make mistakes.`; apppage48)
  disclaimer: /^(?:(?:(?:this\s+)?(?:summary|recap|content|notes?|text|transcript)\s+(?:was\s+|is\s+)?)?(?:(?:automatically\s+)?generated\s+(?:by|with|using)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?(?:AI|artificial\s+intelligence|copilot|gemini|(?:AI\s+)?companion|assistant)\b|AI[- ]generated\b|(?:the\s+)?(?:AI|copilot|gemini|(?:AI\s+)?companion|assistant)\s+(?:can|may|might|could)\s+(?:make\s+mistakes|(?:contain|include)\s+(?:errors|mistakes|inaccuracies)|be\s+(?:inaccurate|incorrect|wrong|incomplete)))(?=[^\n]{0,200}$)(?![^\n]{0,200}?\b(?:agreed|decided|approved|adopted|voted|will)\b)|(?:these|this|the)\s(?=[^\n]{0,200}?\b(?:(?:is|are)\s+not|(?:does|do)\s+not\s+(?:constitute|replace))\s+(?:the|an?)\s+(?:official|formal|authoritative)\s+(?:record|minutes)\b)|disclaimer\s*:|please\s+consider\s+the\s+environment\s+before\s+printing|(?:confidentiality\s+notice|legal\s+notice)\s*:|this\s+(?:e-?mail|message|communication)(?:\s+and\s+any\s+(?:files|attachments?)(?:\s+transmitted\s+with\s+it)?)?\s+(?:is|are|may\s+be|contains?)\s+(?:strictly\s+)?(?:confidential|privileged|intended))/iu,
  /** `-----Original Message-----`, `---------- Forwarded message ---------`, `Begin forwarded message:`. */
  forwarded: /^(?:-{2,}\s*(?:original\s+message|forwarded\s+message)\s*-{2,}|begin\s+forwarded\s+message\s*:)$/iu,
  /** A web page's first breadcrumb, which a trail split by `/` or `|` must open with (`Home / News / …`; `Oslo / Bergen / Tromsø` is text). */
  homeCrumb: /^(?:home(?:\s*page)?|start)$/iu,
  /** An e-mail's header field: `From: …`, `Sent: …`, `To: …`, `Cc: …`, `Subject: …`, `Date: …`. */
  mailHeader: /^(?:from|sent|to|cc|bcc|subject|date|reply-to|importance)\s*:/iu,
  /** A word written with its hyphen whatever else the text writes (`self-` / `financing` → `self-financing`). */
  hyphenPrefix: /^self$/iu,
  /** The action a minute records under its paragraph (`Action: Secretariat to circulate …`, `Action – the Clerk to …`, `TODO: …`, `Actions:`, `Follow-up:`): it goes on with that paragraph, unless it stands in a run of such lines (see `actionRuns`). */
  actionLine: /^(?:actions?(?:\s+(?:points?|required|items?))?|follow[- ]up|to[- ]?do|(?:government\s+)?response)(?:\s*:|\s[-–—])\s*\S/iu,
  /** The result of the vote on the resolution above, said in a sentence of its own (`This resolution was adopted unanimously.`, `The motion was carried by 12 votes to 3.`): the sitting's procedure, no part of the resolution's body. */
  voteSentence: /^(?:this|the)\s+(?:resolution|motion|decision|proposal|deliberation)\s+(?:is|was|has\s+been)\s+(?:adopted|carried|approved|passed|rejected|defeated)(?![\p{L}-])[^.!?]{0,120}\.?$/iu,
  /** A word elided before the next (none in English: `ministers’` / `meeting` are two words). */
  elision: /(?!)/u,
  /** A date a line's end cut in two: the line ends on its day or its month (`met on 6–7 December`, `on 30 June – 1`, `June 3rd,`) … */
  dateCutEnd: /(?:^|[\s–-])(?:\d{1,2}(?:st|nd|rd|th)?|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?),?$/u,
  /** … and the next line opens on its month or its year (`July 2021.`, `2021, bringing …`, `2, 2025, at …`). */
  dateCutStart: /^\s*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!\p{L})|(?:\d{1,2},\s*)?(?:19|20)\d{2}(?!\d))/u,
  /** … or it ends on a month and the next line opens on the day (`from Monday, June` / `29 to Wednesday, …`). */
  monthCutEnd: /(?:^|\s)(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/u,
  dayCutStart: /^\s*\d{1,2}(?:st|nd|rd|th)?(?!\d)/u,
  /** A preposition of four letters or more that a title in title case writes in small letters (`… Cooperation between the United States`). */
  titleSmallWord: /^(?:with|from|into|onto|over|upon|between|among|amongst|through|towards?|against|across|during|under|within|without|after|before|about|versus)$/u,
  /** A title's abbreviation before a name, or `No.` before a number, ending a line: no sentence ends there (`met in St.` / `Petersburg`, `Dr.` / `Ruiz`). */
  abbreviationEnd: /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Hon|Amb|Gen|Col|Lt|Sgt|Rev|Sen|Rep|Gov|Pres|H\.\s?E|No|Nos|vs|e\.g|i\.e|cf|approx)\.$/u,
  /** Words no line of a readout ends on but one wrapped mid-sentence (`… the` / `Chair said.`), also a count after its preposition (`… from fifteen` / `Mediterranean countries met`). */
  openEnd: /(?:^|\s)(?:the|a|an|of|to|in|on|at|for|by|with|from|and|or|its|their|our|this|these|that|which|who|is|are|was|were|has|have|had|will|would|be|been)$|(?:^|\s)(?:from|of|by|with|among|than)\s+(?:some\s+|about\s+|nearly\s+|over\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/u,
}

/**
 * Month names as running text writes them, for the outputs' typesetting: a day and its month stay
 * on one line (`1 July`, `July 1`), so a date never breaks as `1 / July`.
 */
export const MONTH_WORDS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan\\.', 'Feb\\.', 'Mar\\.', 'Apr\\.', 'Jun\\.', 'Jul\\.', 'Aug\\.', 'Sept?\\.', 'Oct\\.', 'Nov\\.', 'Dec\\.']

/** A number written as two words joined by a hyphen (`twenty-two`, `Thirty-first`): a title never breaks at its hyphen (`Thirty-` / `first Session`). */
export const COMPOUND_NUMBER = /(?<!\p{L})(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?!\p{L})/giu

/** Words after a number that a line break must not part from it (`$20 billion`, `15 percent`, `400 km`). */
export const UNITS_AFTER_NUMBER = ['billion', 'million', 'trillion', 'bn', 'bln', 'mln', 'tn', 'percent', 'per cent', 'km', 'ha', 'kg', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'TWh', 'hectares', 'tonnes', 'tons', 'km²', 'dollars', 'euros', 'USD', 'EUR', 'GBP']

/**
 * A made point title that a reader sees as broken (issue 11): `end`, a last word that leaves it
 * open (a preposition, article, conjunction, auxiliary: `Budget for`, `Plan of the`); `whole`, a
 * title of one vague word (`Programme`, `Fund`) or a person's name (`Mrs Achebe's mandate`).
 */
export const BROKEN_TITLE = {
  // (… or on a currency's code or a unit's abbreviation cut from its amount: `Compensation fund of USD`, `Ban trawling within km`)
  end: /(?:^|\s)(?:of|for|to|in|on|at|by|with|from|into|about|among|between|against|and|or|but|nor|as|than|that|which|who|whose|the|a|an|is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|its|their|his|her|our|this|these|those|such|USD|EUR|GBP|CHF|JPY|CNY|INR|NZD|ZAR|XOF|XAF|KES|NGN|SEK|NOK|DKK|FCFA|km|kg|kW|MW|GW|kWh|MWh|GWh|TWh)$/iu,
  whole: /^(?:plan|programme|program|work|fund|study|fee|end|part|note|measures?|action|matter|issue|item)$|(?<!\p{L})(?:Mr|Mrs|Ms|Dr)\.?\s+\p{L}/iu,
}

/**
 * What shows a made point title cut from its sentence (`title-fault.ts`, issue 11; English verbs
 * are the language model's tags): `strayStart`, the word a cut leaves first (`Which …`, `Whose …`,
 * `And …`); `openEnd`, an adjective or a participle whose complement was cut (`Women eligible`,
 * `Losses due`, `Funds needed`).
 */
export const TITLE_FAULTS = {
  strayStart: /^(?:which|whose|who|whom|where|whereby|while|whilst|whereas|and|or|but|nor|so|than|that|then|thus|hence|also)$/iu,
  openEnd: /(?:^|\s)(?:eligible|responsible|able|unable|due|subject|prone|according|related|linked|aimed|designed|intended|dedicated|devoted|committed|set|such|including|owing|thanks|regarding|concerning|worth|needed|required)$/iu,
}

/**
 * A made point title that is sound but weak, one a user would rewrite before presenting (issue 11;
 * `weak-title.ts`): `notNoun`, one word that names nothing (`Other`, `More`); `pluralAlone`, one
 * plural noun, who or what is concerned rather than what was done (`Workers`, `Farms`);
 * `quantifierHead`, a quantifier or a comparison at its head (`Other cities`, `Same satellite
 * method`, `More women`); `quantityHead`, a quantity of what follows (`Half of the food`, `Share of
 * fish`: the rest is the subject, and when it is one word it keeps what the sentence says of it after it, a `participle` and
 * a `link` to one to three more words, `Fish sold through cooperatives`) or a quantity made its last word (`quantityEnd`: `Food half`); `gerund`, a verb in -ing that is not a noun (`nominalIng`:
 * `Training`, `Shipping`) and `bareVerb`, a verb's bare form opening a title (`Ban trawling`), whose
 * object then stands bare: a singular noun with no article (`Signing protocol`, `Connecting
 * households to grid`) unless it is one English writes bare (`bareNouns`: `food`, `water`, `aid`).
 */
export const WEAK_TITLE = {
  notNoun: /^(?:other|others|same|more|fewer|less|most|many|several|some|all|both|each|such|further|additional|new|own|only|also|alone)$/iu,
  pluralAlone: /^(?:(?!(?:gas|news|lens|bus|series|species|means)$)\p{L}+(?<![siu])s|children|people|women|men)$/iu,
  quantifierHead: /^(?:other|same|more|fewer|less|most|many|several|some|all|both|each|such|any|various)\s+(?!of\s)\p{L}/iu,
  quantityHead: /^(?:(?:the|a)\s+)?(?:half|share|part|majority|minority|proportion|percentage|number|third|quarter|fraction|rest|bulk|most|much|amount)\s+of\s+(?:the\s+)?/iu,
  quantityEnd: /\s(?:half|halves|third|quarter|majority|minority|bulk|rest|fraction|more|less|fewer)$/iu,
  gerund: /^\p{L}{3,}ing$/u,
  participle: /^(?:\p{L}{2,}ed|sold|built|grown|made|held|paid|given|taken|run|kept|bought|spent|led|owned|met)$/iu,
  link: /^(?:in|on|through|from|at|across|among|with|under)$/iu,
  determiner: /^(?:the|a|an)$/iu,
  stop: /^(?:of|for|to|and|or|but|than|that|which|who|whose|is|are|was|were|has|have|had|be|been|will|would|can|could|should|may|might|must|this|these|those|its|their|his|her|our|each|every|so|as|by|since|until|rose|fell|grew|stood|remained|reached|doubled|tripled|halved)$/iu,
  /** English puts a noun phrase's head last: a plural word ends the words kept (`in mountain districts rose …`). */
  headLast: true,
  nominalIng: new Set('training funding financing shipping landing building cooking steering working processing monitoring packaging drawing emerging growing publishing hairdressing tailoring cooling trafficking smuggling burning sharing addressing planning housing meeting fishing farming mining screening spending lending banking reporting recycling learning warning labelling labeling pricing testing trawling policing sampling schooling licensing marketing catering networking printing setting boarding clothing spring string evening morning opening closing offering'.split(' ')),
  bareVerb: /^(?:ban|cut|cap|halt|stop|raise|boost|expand|extend|reduce|create|build|adopt|launch|protect|restore|make|take|give|bring|ensure|allow|keep|start)$/iu,
  bareAfter: /^(?:to|into|onto|from|of|at)$/iu,
  bareNouns: new Set('food water gas air energy power electricity land data finance funding money aid transit school work home market sea scale date court office care health education training information fish grain waste fuel oil coal timber wood rice maize milk cash credit help support advice equipment evidence knowledge research staff traffic trade justice safety security peace'.split(' ')),
}

/** What makes a figure's label weak (`weak-label.ts`; the fields are described on `WeakLabelPatterns`). */
export const WEAK_LABEL = {
  lead: /^(?:(?:of|in)\s+)?(?:(?:the|a|an)\s+)?/iu,
  comparison: /,\s*(?:(?:up|down)\s+from|against)\s.*$/iu,
  time: /\s+(?:today|now|currently|so\s+far|to\s+date|(?:a|per|each|every)\s+(?:year|month|week|day)|(?:in|by|since|until|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d)$/iu,
  unit: /^(?:dollars?|euros?|pounds?|francs?|tonnes?|tons?|hectares?|acres?|kilometres?|kilometers?|km|miles?|metres?|meters?|centimetres?|centimeters?|millimetres?|millimeters?|square|cubic|litres?|liters?|barrels?|megawatts?|gigawatts?|mw|gw|millions?|billions?)$/iu,
  amountWord: /^(?:[^\s]*\d[^\s]*|million|billion|trillion|thousand|hundred|m|bn|k|dollars?|euros?|of|some|about|around|nearly|almost|over|more|than|less|fewer|up|to|at|least|roughly|just|only|another|further|additional|extra|a|an|the|total|per|cent|percent|%|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|and|half|quarter|now|already|currently|still|also)$/iu,
  bigNumber: /^(?:million|billion|trillion|thousand|hundred)$/iu,
  scale: /^(?:million|billion|trillion|thousand|hundred|m|bn|k|dollars?|euros?|pounds?|percent|per|cent|%|and|a|half)$/iu,
  more: /^(?:for|to\s+(?!the\b|a\b|an\b|\d)\p{L}+|who|that|which|where|with|from|against|on|through|between|of\s+(?!\d)\p{L}|(?!(?:need|seed|feed|speed|hundred|bed|red|shed)(?!\p{L}))\p{L}{3,}ed(?!\p{L})|(?!(?:during|including|morning|evening|something|nothing|anything|everything|following|remaining|existing|outstanding|according)(?!\p{L}))\p{L}{3,}ing(?!\p{L})|(?:built|sold|grown|made|held|paid|given|taken|run|kept|bought|spent|led|owned|met|hit|set|won|lost|sent|brought|caught|taught|drawn|known|shown|seen|done|chosen|written)(?!\p{L}))/iu,
  verbBefore: /(?:^|\s)(?:(?!(?:need|seed|feed|speed|hundred|bed|red|shed)\s)\p{L}{3,}ed|built|sold|grown|made|held|paid|given|taken|run|kept|bought|spent|led|owned|met|set|won|lost|sent|brought|caught|taught|drawn|shown|chosen|(?:will|shall|to|would|must|can|could|should|may)\s+(?:also\s+|now\s+|further\s+)?\p{L}{3,})(?:\s+(?:in|across|to|for|at|into|among|from|on|by))?\s*$/iu,
  notTelling: /(?:^|\s)(?:reached|totalled|totaled|amounted|stood|rose|grew|increased|climbed|doubled|tripled|exceeded|topped|passed|surpassed|numbered|counted|listed|included|represented|accounted|estimated|valued|put|fixed|capped|raised|lowered|reduced|cut|expected|projected|forecast|needed|required|be|have|has|had|is|are|was|were|reach|total|number|count|include|represent|exceed|rise|grow|increase|stand|cost|need|require|remain)(?:\s+(?:in|across|to|for|at|into|among|from|on|by))?\s*$/iu,
}

/** Verbs of an activity carried out in places (`is piloted in 3 countries`): the places are labelled by doing it (`countries piloting …`). */
export const PLACE_ACTIVITY_VERBS = /^(?:pilot|test|trial|hold|run|launch|introduce|roll|deploy|adopt|implement|fund|finance|offer|open|use|conduct|organi[sz]e|carry|establish|set|start|operate|provide|apply|enforce)$/
/** Prepositions of the places an activity is carried out in. */
export const ACTIVITY_PLACES = /^(?:in|across|among|throughout)$/
/** Nouns of the places a count numbers where something is (`a pilot in 6 countries`, `catch-up classes in 30 countries`). */
export const COUNTED_PLACES = /^(?:countries|economies|states|cities|towns|municipalities|districts|provinces|regions|counties|villages|communities|islands|ports|territories)$/

/** Verbs of saying, as a quotation's attribution writes them (`said`, `told reporters`, `told the opening session of the forum`, `added`). */
const SAYING = '(?:said|says|stated|told\\s+(?:reporters|journalists|the\\s+press|delegates|ministers|participants|the\\s+(?:opening|closing|final|first|last|plenary|ministerial|high-level)\\s+(?:session|plenary|meeting|ceremony|dinner|segment)(?:\\s+of\\s+the\\s+\\p{L}+(?:\\s+\\p{L}+){0,4}?)?|the\\s+\\p{L}+)|added|declared|stressed|noted|warned|insisted|urged|recalled|concluded|remarked|explained|observed|affirmed|emphasi[sz]ed|underlined|summed\\s+(?:it\\s+)?up|put\\s+it)'
/** One character of a speaker's name and office: no sentence end, no quote mark, but the full stop of a title (`Dr.`, `H.E.`). */
const SPEAKER_CHARACTER = '(?:[^.;:!?“”"‘«»]|(?<=(?<!\\p{L})(?:Dr|Mr|Mrs|Ms|Prof|St|Hon|Amb|Gen|Rev|H\\.E|H|E))\\.)'
/** Not right after a title that takes a full stop (`the Hon.` does not end `said the Hon. Marcia Joseph`). */
const NO_TITLE_BEFORE = '(?<!(?<!\\p{L})(?:Dr|Mr|Mrs|Ms|Prof|St|Hon|Amb|Gen|Rev|H\\.E|H|E))'
/** Where a speaker named before a quotation starts: the paragraph's or a sentence's start, after a lead-in phrase (`At the close of the meeting,`). */
const SPEAKER_START = '(?:^|(?<=[.!?;]\\s+))(?:(?:at|in|on|during|after|before|opening|closing|speaking|addressing|welcoming)(?!\\p{L})[^,.;:“”"«»]{0,80},\\s+|(?:in|during)\\s+(?:[\\p{L}’\'-]+\\s+){0,3}(?:remarks|statement|speech|address|message)\\s+)?'

/**
 * Who said a quotation, in the words around it (`key-message-speaker.ts`). `after`: the text
 * after the closing mark (`, the Chair said`, `, said Dr Ana Ruiz, Minister of Health`, `— Minister
 * Ana Lopes`); `before`: the text before the opening mark (`The Chair, Dr Lena Vos, said:`, `As the
 * Minister put it:`, `According to the Chair,`); each gives a group `speaker`. `meeting`: a speaker
 * who is the meeting itself (`ministers`), no one in particular (`one delegate`) or a document
 * (`the report`), credited to the meeting; `pronoun`: a speaker who is the subject of the sentence
 * before (`The Chair opened the meeting … “…,” she said`), read there by `antecedent`; `role`: a
 * role without a name (`the Chair`), whose group `role` is shown with who met.
 */
export const QUOTE_SPEAKER = {
  after: [
    new RegExp(`^\\s*(?:,\\s*)?${SAYING}\\s+(?<speaker>${SPEAKER_CHARACTER}{3,120}?)${NO_TITLE_BEFORE}(?=\\s*(?:[.;]\\s|[.;]?$|,\\s+(?:at|in|on|during|after|before|when|as)\\b)|\\s+(?:at|during|after|before|when|as|while)\\s+(?:the|a|an|its|their|his|her|she|he|they)(?!\\p{L}))`, 'iu'),
    new RegExp(`^\\s*(?:,\\s*)?(?<speaker>[^.;:!?“”"‘]{3,90}?),?\\s+${SAYING}(?=\\s*(?:[.,;]|(?:at|in|on|during|after|before|when|as)\\b|$))`, 'iu'),
    /^\s*[–—]\s*(?<speaker>(?:the\s+)?\p{Lu}[^;:!?“”"‘]{2,90}?)\s*\.?$/u,
  ],
  before: [
    new RegExp(`(?:${SPEAKER_START}|(?<=,\\s+))as\\s+(?<speaker>${SPEAKER_CHARACTER}{3,90}?)\\s+(?:${SAYING}|has\\s+(?:said|put\\s+it)|likes\\s+to\\s+say)\\s*[:,]?\\s*$`, 'iu'),
    new RegExp(`${SPEAKER_START}(?!as\\s)(?<speaker>${SPEAKER_CHARACTER}{3,90}?),?\\s+(?:also\\s+)?${SAYING}(?:\\s+(?:that|this|it))?\\s*[:,]?\\s*$`, 'iu'),
    new RegExp(`${SPEAKER_START}(?:according\\s+to|in\\s+the\\s+words\\s+of)\\s+(?<speaker>${SPEAKER_CHARACTER}{3,90}?)\\s*[:,]\\s*$`, 'iu'),
  ],
  meeting: /^(?:(?:the|all|both)\s+)?(?:(?:\p{L}+\s+)?(?:ministers|delegates|delegations|participants|members|member\s+states|leaders|partners|mayors|governors|heads\s+of\s+state)(?!\p{L})|(?:one|a|an|some|several|many|other|another)\s+\p{L}|(?:\p{L}+\s+)?(?:report|study|survey|statement|declaration|communiqu[ée]|text|document|note|plan|roadmap|agenda|strategy)(?!\p{L}))/iu,
  pronoun: /^(?:he|she|they|we|it|i)$/iu,
  antecedent: new RegExp(`^(?:(?:opening|closing|at|in|on|during|after|before|speaking|addressing|welcoming)(?!\\p{L})[^,.;:“”"«»]{0,80},\\s+)?(?<speaker>${SPEAKER_CHARACTER}{3,90}?),?\\s+(?:also\\s+)?(?:opened|closed|reminded|noted|told|welcomed|thanked|recalled|stressed|warned|presented|introduced|began|urged|called|pointed|said|reported|explained|underlined|emphasi[sz]ed|observed|argued|spoke|addressed)(?!\\p{L})`, 'iu'),
  role: /^the\s+(?<role>\S+(?:\s+\S+){0,3})$/iu,
}

/**
 * Words an English amount's label is read again without when it came out a fragment (labels9): `a
 * combined` before the amount says nothing of what is counted (`institutes will add a combined
 * €11.5m` → from member institutes), nor a participle clause set off by commas between a verb and
 * its `with` phrase (`fund a hotline, answered in three languages, with €2.5 million a year`).
 */
export const LABEL_ASIDES = [/\ba\s+(?:combined|joint)\s+(?=\S*\d)/giu, /,\s+(?:\p{Ll}+ed|built|held|run|paid|set|made|kept|sold|given|led|known|taught|spent|lent)\s[^,;:]*,\s+(?=with\s)/gu]

/** The words that make a figure's label a fragment (`fragment-label.ts`): `they`, `which`, `and …`, `by 2032`, `combined`, `MW`, `to build`. */
export const FRAGMENT_LABEL = {
  pronoun: /^(?:they|it|its|he|she|we|us|them|which|who|whom|whose|this|these|there)$/iu,
  conjunction: /^(?:and|or|but|nor|yet|so|while|whereas|although|though|because|if|unless|as|than|that)$/iu,
  namesNothing: /^(?:of|in|on|at|by|to|from|for|with|over|under|into|across|since|until|before|after|during|within|about|around|some|nearly|almost|roughly|only|also|still|now|today|currently|so|far|date|a|an|the|per|each|every|year|years|month|months|week|weeks|day|days|combined|together|overall|total|average|more|less|than|last|next|first|then|previous|period|\d[\d\s.,%-]*)$/iu,
  unit: /^(?:tonnes?|tons?|hectares?|acres?|kilometres?|kilometers?|km|miles?|metres?|meters?|feet|foot|inches|square|cubic|litres?|liters?|barrels?|kilograms?|kilogrammes?|kg|grams?|megawatts?|gigawatts?|kilowatts?|mw|gw|kw|kwh|mwh|gwh|kv|°c|degrees?|percent|per|cent|points?)$/iu,
  infinitive: /^to$/iu,
  share: /(?:^|\s)(?:share|proportion|percentage|rate|coverage)\s+of\s/iu,
  shareLabel: /^(?:of|share|proportion|percentage|rate|coverage|cut|rise|fall|increase|decrease|reduction|drop|growth|gain|loss|decline|cost|costs|price|prices|fee|fees|levy|tax|interest|target|goal)$/iu,
}

/** Verbs that let or make someone act, their act following as `to …` (`will allow them, within a legal framework, | to prescribe …`): a cut never leaves them without it. */
export const LETS_ACT = /\b(?:allow(?:s|ed)?|enable[sd]?|permit(?:s|ted)?|empower(?:s|ed)?|authori[sz]e[sd]?|oblige[sd]?|require[sd]?|encourage[sd]?)\b/i

/** Verbs whose object takes a complement after it (`make attacks on health workers | … an aggravating factor`): cut before the complement, the point says something else. */
export const MAKES_INTO = /^(?:make|makes|made|making|render|renders|rendered|declare|declares|declared|deem|deems|deemed)$/i

/** Verbs whose object takes an `as` complement (`count these hours | as working time`, `treat the archive | as a public record`): cut before it, the point says something else. */
export const TAKES_AS = /^(?:count|treat|regard|recogni[sz]e|classify|class|designate|list|register|define|consider|describe|use|accept|identify|appoint|elect|name|confirm|establish|rate|rank|report|record|re-?classify)$/i

/** Words that open a subordinate clause inside a sentence (`… present when a flood or an epidemic | reaches a district`): a cut before its verb leaves it without one. */
export const OPENS_INNER_CLAUSE = /^(?:that|which|who|whom|whose|when|whenever|where|if|because|while|whilst|although|though|unless|until|once|whereas)$/

/** Verbs whose change a length of time measures (`the season has shortened by 16 days`, `waits fell by 12 days`): the days are a figure, not a duration. */
export const TIME_CHANGE_VERBS = /^(?:shorten|lengthen|cut|reduce|fall|drop|decline|shrink|rise|increase|grow|climb)$/

// What the slide condenser (slides/condense.ts) knows of English: the words and phrases it cuts a sentence by.

/** A second verb of the frame's subject later in its clause (`They agreed that …, and asked the universities`, `… et salué`): the clause alone would give it the wrong subject. */
export const FRAME_VERB_AGAIN = /,\s+(?:and\s+)?(?:also\s+)?(?:asked|urged|called|invited|requested|agreed|decided|noted|welcomed|tasked|encouraged|recommended|committed|pledged|stressed|underlined|approved|adopted)\b/

/** Words a cut point never ends on, in English, besides those of `LEANS_FORWARD`: prepositions and conjunctions. */
export const ENGLISH_ENDS_BADLY = /^(?:of|for|from|with|without|by|in|on|at|into|onto|towards?|against|between|among|about|through|under|over|below|above|than|via|per|including|thanks|despite|while|because|whereas|although|which|who|that)$/i

/** Words a point never ends on: they lean on what follows (determiners, possessives, auxiliaries, `to`). */
export const LEANS_FORWARD = /^(?:a|an|the|this|that|these|those|its|their|our|his|her|my|your|whose|each|every|any|some|no|both|either|neither|to|will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|being|has|have|had|do|does|did|and|or|but|nor|than|as|if|whether|not)$/

/** Nouns that say nothing alone (`in a way`, `of a quality`, `a kind`): what follows them says which. */
export const EMPTY_NOUN = /^(?:way|manner|quality|kind|sort|type|form|level|degree|extent|fashion|standard)$/

/**
 * Prepositions that, right after a noun, open that noun's complement (`access to`, `a code of
 * conduct`, `progress towards`, `rules for`, `more than`): a cut before them leaves the noun saying
 * something else. `in`, `by`, `on 3 May`, `during`, `before` and the like open an adjunct that may go.
 */
export const OPENS_COMPLEMENT = /^(?:of|to|towards?|for|about|than|against|into|onto|per|between|among|up|versus|vs)$/

/** What may follow `on` when it opens an adjunct of time (`on Thursday`, `on 3 May`), not a complement (`a report on fees`). */
export const ON_A_DAY = /^(?:\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|behalf)/

/** A participle phrase between commas right before the main clause's auxiliary (`, backed by three banks,` before `will`). */
export const APPOSITIVE = /,\s+(?!(?:then|when|even|often|between)\s)[a-z]+(?:ed|en|wn|un|lt)\s+(?:by|in|at|with|from|under|on|for|through)\s[^,;()]{0,150},(?=\s+(?:will|is|are|was|were|has|have|had|can|could|should|must|may|would|remains?)\s)/g

/** Words an English participle tail may end in that are no participle (`, then in 2027`, `, between …`). */
export const NO_PARTICIPLE = /^(?:then|when|even|often|seven|ten|eleven|women|children|men|between|green|own|town|down|brown|world|percent|cent)\s/i

/** The particle of a phrasal verb (`set aside`, `set out`, `draw up`), which the tagger may call an adverb. */
export const PARTICLE = /^(?:aside|out|up|off|down|back|away|forward|apart)$/i

/** Verbs whose object is followed by what it is to do (`require X to publish`, `ask X to report`). */
export const WANTS_INFINITIVE = /\b(?:requir|ask|urg|invit|encourag|enabl|allow|oblig|call(?:ed|s|ing)? (?:on|upon)|expect|help|task|mandat|commission|direct|instruct|empower|press|invite)\w*\b/i

/** A verb that asks someone to act, or an offer to act (`the offer of Ghana | to host`): what is asked follows as `to …`. */
export const ASKS = /\b(?:ask(?:s|ed)?|urge[sd]?|invite[sd]?|request(?:s|ed)?|call(?:s|ed)?\s+(?:on|upon)|(?:the|an|its|their)\s+offers?\s+of)\b/i

/** Verbs (lemmas) a `that` clause follows: what was noted, said, agreed, found. */
export const SAYS_THAT = /^(?:note|say|agree|recognise|recognize|stress|underline|welcome|acknowledge|observe|decide|confirm|report|find|state|believe|hear|warn|emphasise|emphasize|conclude|announce|reaffirm|recall|consider|show|ensure)$/

/** Verbs of a meeting's decision that, after `, and`, begin a second decision of the sentence's subject even past a clause of its own (`agreed that …, and asked …`). */
export const DECISION_VERB = /^(?:asked|urged|called|invited|requested|agreed|decided|noted|welcomed|tasked|encouraged|recommended|committed|pledged|stressed|approved|adopted|endorsed)$/

/** What, between the main verb and an `and`, puts that `and` inside a clause of its own (`noted that prices rose and fell`). */
export const OPENS_SUBCLAUSE = /^(?:that|which|who|whom|whose|whether|if|when|where|while|because|as|since|so|although|though|until|before|after|once|how|what)$/

/** What opens an aside between a verb and its object (`to set up, by the end of the year, a group`), each a piece of a regular expression: the slide condenser's `ASIDE_OPENER` joins them with French's. */
export const ASIDE_OPENER_WORDS = ['by', 'for', 'from', 'in', 'within', 'during', 'over', 'under', 'after', 'before', 'until', 'subject to', 'with', 'without', 'pending', 'once', 'as soon as', 'where', 'when', 'if']

/** What opens a verb's object after an aside (`ASIDE_OPENER_WORDS`): a determiner; the slide condenser's `OBJECT_OPENER` joins them with French's and a number. */
export const OBJECT_OPENER_WORDS = ['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'some', 'all', 'every', 'each', 'new']

/** Number words that may open an amount (`of three billion`); see `FRENCH_AMOUNT_NUMBER_WORDS`. */
export const AMOUNT_NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'million', 'billion']

/** Nouns an amount completes (`an amount of …`, `worth …`); see `FRENCH_AMOUNT_NOUN_WORDS`. */
export const AMOUNT_NOUN_WORDS = ['amount', 'value', 'worth', 'sum', 'cost', 'total', 'budget']

/** Articles and prepositions a slide point never ends on (`of the`); see `FRENCH_POINT_END_SMALL_WORDS`. */
export const POINT_END_SMALL_WORDS = ['the', 'a', 'an', 'of', 'for', 'on', 'to', 'in', 'by']

/** What opens a subordinate clause at the start of a sentence (its main clause comes after its comma): the slide condenser's `OPENS_SUBORDINATE` joins them with French's. */
export const SUBORDINATE_OPENER_WORDS = ['where', 'when', 'whenever', 'if', 'as', 'while', 'whilst', 'although', 'though', 'because', 'since', 'once', 'after', 'before', 'until', 'unless', 'whereas']

/** What opens a list of examples (`e.g.`, `such as`), each a piece of a regular expression: the slide condenser's `IN_EXAMPLES` finds one still open at a text's end with French's. */
export const EXAMPLE_OPENER_WORDS = ['e\\.g\\.', 'i\\.e\\.', 'such as', 'including', 'namely']

/** Subject pronouns whose antecedent is in the sentence before (`They also …`), each a piece of a regular expression: the slide condenser's `LEANS_BACK` joins them with French's. */
export const LEANING_PRONOUNS = ['it', 'they', 'he', 'she', 'this', 'these']

/** Words that add to what the sentence before said (`also`, `likewise`): among a sentence's first words, its subject is in the one before (the slide condenser's `LEANS_BACK`). */
export const ALSO_WORDS = ['also', 'too', 'likewise']

/** Words that, right after a comma, open a clause or a phrase rather than the next item of a list, each a piece of a regular expression: the slide condenser's `LIST_GOES_ON` joins them with French's. */
export const NO_LIST_ITEM_WORDS = ['which', 'who', 'whose', 'where', 'when', 'while', 'whereas', 'and', 'or', 'but', 'including', 'notably', 'such', 'with', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'as']

/** The conjunctions before a list's last item. */
export const LIST_CONJUNCTIONS = ['and', 'or']

/** Conjunctions that, after a comma, join two clauses a slide point may be cut between (`…, and …`, `…, while …`). */
export const CLAUSE_JOINING_WORDS = ['and', 'but', 'while', 'whereas']

/** What opens the means by which a thing is done (`through`, `by means of`), each a piece of a regular expression: a slide point may drop it at its end (the slide condenser's `MEANS_AT_END`, with French's). */
export const MEANS_WORDS = ['through', 'via', 'by\\s+means\\s+of']

/** What opens a deadline (`by 2030`, `no later than 2027`), each a piece of a regular expression: the slide condenser's `TARGET_YEAR` joins them with French's. */
export const DEADLINE_WORDS = ['by', 'before', 'until', 'no later than']

/** What names a part of a year before it (`the end of 2026`), each a piece of a regular expression; the slide condenser's `TARGET_YEAR` and `DATE_AHEAD` join them with French's. */
export const PART_OF_YEAR_WORDS = ['the (?:end|middle|start|beginning) of', 'the (?:first|second) half of']

/** What opens a date (`by 2030`, `as of May 2026`), each a piece of a regular expression: the slide condenser's `DATE_AHEAD` joins them with French's. */
export const DATE_OPENER_WORDS = ['by', 'before', 'until', 'from', 'on', 'in', 'as of', 'as from', 'no later than']

/** What puts a date early or late in its year (`early 2027`, `mid-2026`), each a piece of a regular expression. */
export const EARLY_LATE_WORDS = ['early', 'late', 'mid-?']

/** Units and scales after a number (`five years`, `12 percent`, `9 million dollars`), each a piece of a regular expression: the slide condenser's `AFTER_NUMBER` joins them with French's and the signs (`%`, `€`, `$`, `£`). */
export const AMOUNT_UNIT_WORDS = ['per\\s?cent', 'millions?', 'billions?', 'years?', 'months?', 'days?', 'weeks?', 'tonnes?', 'hectares?', 'km', 'kilometres?', 'euros?', 'dollars?']

/** Ordinal words that number a text's paragraphs when a mark follows them (`First: …`, `Second – …`), in order from one. */
export const ORDINAL_MARKERS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']
/** The same as adverbs (`Firstly: …`, `Secondly – …`). */
export const ORDINAL_ADVERB_MARKERS = ['firstly', 'secondly', 'thirdly', 'fourthly', 'fifthly', 'sixthly', 'seventhly', 'eighthly', 'ninthly', 'tenthly']
/** Words that open the last paragraph of a run numbered by ordinal openers (`First, …` / `Second, …` / `Finally, …`). */
export const LAST_ORDINAL_OPENERS = ['finally', 'lastly', 'last']
/** What follows a paragraph's number when the number repeats (`5 bis`, `5 ter`): a paragraph put in between. */
export const REPEAT_SUFFIXES = ['bis', 'ter', 'quater']

/**
 * A members' meeting named as if it were the body that met (`Annual General Meeting of the Kiln Growers' Union`,
 * `the Extraordinary General Meeting of members of the Harbour Credit Society`): group 1 is the body that held it.
 */
export const ASSEMBLY_OF_BODY = /^(?:[Tt]he\s+)?(?:(?:[Aa]nnual|[Oo]rdinary|[Ee]xtraordinary|[Ss]pecial|[Ss]tatutory)\s+)?[Gg]eneral\s+(?:[Mm]eeting|[Aa]ssembly)\s+of\s+(?:(?:the\s+)?(?:members|shareholders|delegates)\s+of\s+)?(?:the\s+)?(\p{Lu}.{2,150})$/u

/**
 * Verbs whose object, or whose subject in the passive, is the thing a sum `at a cost of` pays for as it
 * stands (`build a telescope …, at a cost of` → cost of the telescope); a verb not here says what is done
 * to it, and the label keeps the act (`the domes will be repaired at a cost of` → cost of repairing the domes).
 */
export const COST_MAKING_VERBS = /^(?:build|construct|create|establish|set|open|launch|install|buy|purchase|acquire|develop|start|begin|deploy|run|fund|finance|approve|adopt|back|endorse|support|introduce|pilot|hold|organise|organize|complete|equip|make|produce|provide|supply|hire|recruit|train)$/

/** Nouns of making whose `of` phrase names the thing a cost is of (`the construction of a laboratory` → the laboratory). */
export const COST_MAKING_NOUNS = /^(?:construction|creation|building|establishment|installation|purchase|acquisition|development|opening|launch|setting-up|set-up)$/

/** Verbs of work done to a thing, whose cost is the work's (`the domes will be repaired at a cost of` → cost of repairing the domes). */
export const COST_WORKS_VERBS = /^(?:repair|upgrade|renovate|restore|extend|expand|replace|modernise|modernize|rebuild|refit|rehabilitate|retrofit|redesign|dredge|resurface|convert|refurbish|digitise|digitize|scan|map|survey|clean|decontaminate|electrify|widen|strengthen|insulate|reinforce|relocate|demolish|remove)$/

/** Verbs that fit something with what follows `with`, which is what a cost is of (`equip the tunnels with sprinklers`). */
export const FITTING_VERBS = /^(?:equip|fit|supply|provide)$/

/**
 * A title-block line that says the meeting was held online, before its date or alone (`Held online, Thursday 14 May 2026`,
 * `Virtual meeting – 3 June 2026`, `By video link`, `Videoconference`): the place is `Online`.
 */
export const REMOTE_LINE = /^(?:(?:held|met|meeting|convened|conducted|hosted)\s+)?(?:online|virtually|remotely|(?:by|via|over|on)\s+(?:video(?:conference|\s*link|\s*call)?|zoom|(?:microsoft\s+|ms\s+)?teams|google\s+meet|(?:cisco\s+)?webex|skype|jitsi|webinar)|videoconference|video\s+link|(?:online|virtual|remote)\s+(?:meeting|session|call|conference)|(?:zoom|(?:microsoft\s+|ms\s+)?teams|google\s+meet|(?:cisco\s+)?webex|skype|jitsi(?:\s+meet)?)(?:\s+(?:meeting|call|video\s+call|session|webinar|conference))?)$/iu
/**
 * A stamp of when the page or the document was updated, revised or printed, or its version (`Updated: Mar 18, 2026 19:42 IST`,
 * `Last updated Sat., Sept. 26, 2026`, `Version 3 – 12 May 2026`, `Printed on 4 June 2026`): its date is no meeting's, only
 * what a text with no other date is read against.
 */
export const STAMP_LINE = /^(?:(?:last\s+)?(?:updated|modified|revised|amended|edited)|printed|(?:document\s+)?version(?:\s+(?:no\.?\s*)?[\d.]+)?|v\.?\s?\d+(?:\.\d+)*|rev(?:ision)?\.?\s*\d+)(?:\s+(?:on|of|at))?\s*[:|,–—-]?\s*/iu

/** How a body sits, between a dateline's opening participle and its place (`Meeting in plenary session on Monday and Tuesday in Halifax, …`, `Gathered in general assembly in Perth, …`): neither the place nor who met. */
export const LEADING_SITTING = /^\s+in\s+(?:(?:annual\s+|extraordinary\s+)?general\s+(?:assembly|meeting)|(?:plenary|extraordinary|special|ordinary|annual)\s+session|plenary|conclave|congress)(?!\p{L})/iu

/**
 * A meeting of so many days that the sentence says came to its end, with no weekday after the verb (`as a two-day meeting of the
 * Forum concluded here`, `at the close of a three-day summit`, `when the four-day session ended`): the number of days, group 1 or 2,
 * up to the date the text gives (the weekday it names, if any, read before); also said with the verb first (`wrapped up a two-day meeting in Puno on Wednesday`, `ended their three-day summit`).
 */
export const DAYS_CONCLUDED = /(?<!\p{L})(?:(?:at\s+the\s+(?:end|close)\s+of|after|concluding|closing|wrapping\s+up|wrapped\s+up|concluded|ended|closed|finished|completed)\s+(?:a|an|the|their|its)\s+(two|three|four|five|[2-5])[- ]day\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|talks|summit|conference|session|gathering|forum|negotiations|retreat|consultations|assembly|congress)(?!\p{L})|(two|three|four|five|[2-5])[- ]day\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|talks|summit|conference|session|gathering|forum|negotiations|retreat|consultations|assembly|congress)(?!\p{L})[^.;!?]{0,120}?(?<!\p{L})(?:ended|closed|concluded|finished|wrapped\s+up|came\s+to\s+a\s+close)(?!\p{L}))/iu

/**
 * A newsroom's rubric alone on a title-block line, above a headline (`RECAP`, `Business`, `Opinion`, `Analysis`, `World`):
 * where the page is filed, never its title (header42). A line of such labels cut by bars is read by `isSiteFurniture`.
 */
export const KICKER_LINE = /^(?:recap|wrap-?up|round-?up|news|latest(?:\s+news)?|top\s+stories|breaking(?:\s+news)?|business|economy|opinion|comment|op-ed|editorial|analysis|features?|explainer|interview|in\s+brief|politics|world|nation(?:al)?|local|regional|international|environment|climate|science|health|culture|arts|sports?|education|technology|tech|agriculture|farming|energy|transport|society|lifestyle|travel)$/iu

/** A word of a site's navigation bar (`Home   About us   Projects   News   Contact`, `Home › Newsroom`): the bar is never a title (header42). */
export const NAVIGATION_WORD = /^(?:home(?:page)?|menu|about(?:\s+us|\s+the\s+[\p{L}'’-]+)?|find\s+an?\s+[\p{L}-]+|contact(?:\s+us)?|search|log\s?in|sign\s+in|subscribe|donate|projects|members|our\s+work|what\s+we\s+do|who\s+we\s+are|news(?:room)?|press(?:\s+(?:room|releases?))?|media|events|publications|resources)$/iu

/**
 * A line of a social network's post header under its author's name (`2,184 followers`, `4d • Edited • 🌐`, `3h ·`, `Promoted`,
 * `1,027 members`): who posted it and when, never the title; the author's line above it is no title either (header42).
 */
export const SOCIAL_POST_META = /^(?:[\d.,\u00A0\u202F ]+[kKM]?\s+(?:followers|connections|subscribers|members)|(?:\d{1,2}\s?(?:s|m|min|h|hr|d|w|wk|mo|y|yr)|just\s+now|promoted|sponsored|edited)(?:\s*[•·]\s*(?:edited|promoted|sponsored|[\p{Extended_Pictographic}\uFE0F]+))*(?:\s*[•·])?(?:\s*[\p{Extended_Pictographic}\uFE0F]+)?)$/iu

/** A byline: `By Ingrid Haugland`, `By Ana Ruiz, Reporter`, `Words by …`: who wrote the page, never its title (header42). */
export const BYLINE = /^(?:(?:[Ww]ords|[Tt]ext|[Ss]tory|[Rr]eport(?:ed)?|[Ii]nterview(?:ed|\s+conducted)?)\s+)?[Bb]y\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|van|von|da|del|der|al|bin|ibn)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*){1,3}(?:\s*(?:,|\||–|—)\s*[\p{L} ]{2,40})?$/u

/** A time zone after a stamp's hour (`BST`, `CET`, `UTC+1`, `Western European Time`, `ET`): the page's hour, never a meeting's (header42). */
export const TIME_ZONE = /^(?:\p{Lu}{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|(?:\p{Lu}\p{L}+\s+){1,3}(?:Standard\s+|Daylight\s+|Summer\s+)?Time)$/u

/**
 * A sitting's line in a title block (`Plenary session, Tuesday 3 March 2026 – Kendal`, `Spring Session – York, 4 May 2026`,
 * `Sitting of 12 May 2026`): when and where a record's body sat, never the record's title (header42).
 */
export const SITTING_LINE = /^(?:(?:spring|summer|autumn|fall|winter|annual|ordinary|extraordinary|special|plenary|regular|general|\d{1,2}(?:st|nd|rd|th)|first|second|third|\p{L}+th)\s+)*(?:sitting|session|plenary(?:\s+(?:session|meeting|sitting))?|meeting)(?:\s+(?:of|on|held))?(?=[\s,–—-])/iu

/** The kinds of a newsroom's text (a press release, a media note), whose title is a headline, never the kind joined to a body's name (header42). */
export const PRESS_KINDS = new Set(['press release', 'media note'])


/**
 * The credit of a wire that distributes press releases, in the dateline or above it (`--(BUSINESS WIRE)--`, `/PRNewswire/`,
 * `(GLOBE NEWSWIRE)`, `(ots)`, `/CNW/`, `(ACCESSWIRE)`): the text is a press release, in any language (header42).
 */
export const NEWSWIRE_CREDIT = /(?:\(|\/|--)\s*(?:business\s?wire|globe\s?newswire|pr\s?newswire(?:-[a-z]+)?|cnw(?:\s+telbec)?|canada\s+newswire|marketwired?|accesswire|access\s+newswire|ein\s+presswire|newsfile(?:\s+corp\.?)?|apa-ots|ots|news\s+aktuell|aetos\s?wire|prweb|newmediawire|cision)\s*(?:\)|\/)/iu

/** A pronoun read where a body's name should be (`It meets once a year`): never an organisation, in either language (header42). */
export const PRONOUN_ALONE = /^(?:it|they|this|that|these|those|we|he|she|one|il|elle|ils|elles|nous|on|ce|cela|ceci|celui-ci|celle-ci)$/iu

/**
 * A lead that names the body in a clause saying whom it brings together (`Last week I chaired, in Évora, the first ministerial
 * meeting of the Mediterranean Cork Oak Alliance, which brings together …`, `… of the Nordic Tapestry Weavers' Council, which
 * groups …`): group 1 the name (header42).
 */
export const BODY_WHICH_GATHERS = /(?:^|\s)[Tt]he\s+((?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+(?:(?:of|and|for|on|the|in|to)\s+)*\p{Lu}[\p{L}\p{M}'’.&-]*){0,9})(?:\s+\([\p{Lu}\d&-]{2,12}\))?,\s+(?:which|that|who)\s+(?:brings?\s+together|groups?|unites?|gathers?|links?|represents?|includes?)(?!\p{L})/u

/** A lead's body that held its own meeting (`… where the Baltic Public Sauna Alliance held its general assembly`, `the Guild convened its annual meeting`; header43). */
export const BODY_HELD_ITS = /(?:^|\s)[Tt]he\s+((?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+(?:(?:of|and|for|on|the|in|to)\s+)*\p{Lu}[\p{L}\p{M}'’.&-]*){0,9})(?:\s+\([\p{Lu}\d&-]{2,12}\))?\s+(?:held|convened|hosted|opened)\s+(?:its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:meeting|assembly|session|congress|conference|summit|forum|convening|convention|plenary)(?!\p{L})/u

/** A meeting's own words before the body it is of (`Night Economy Summit of the Global Night Mayors Network`): the occasion, the body after it (header42). */
export const OCCASION_OF_BODY = /^(?:[\p{L}\d'’.&-]+\s+){0,5}(?:[Ss]ummit|[Mm]eeting|[Ss]ession|[Cc]ongress|[Gg]athering|[Ww]eek|[Ff]estival|[Ee]xpo|[Ff]air|[Rr]etreat|[Ss]ymposium|[Ww]orkshop|[Ss]eminar|[Rr]ound\s?[Tt]able|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|[Aa]nnual|[Yy]early|[Hh]alf-[Yy]early)\s+(?:[Cc]ouncil|[Aa]ssembly|[Cc]onference|[Cc]onvention))\s+of\s+the\s+(\p{Lu}.+)$/u

/** A speech the meeting heard, then what it decided (`speech-object.ts`): `The Forum heard a presentation by … on …, and agreed to …`. */
export const SPEECH_OBJECT = {
  heard: /^(?<subject>[^,;:]{1,120}?)\s+(?:(?:also|further|first)\s+)?(?:welcomed|heard|noted|received|considered|took\s+note\s+of|listened\s+to)\s+(?:with\s+(?:interest|appreciation|gratitude)\s+)?(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?<noun>statements?|presentations?|address|speech(?:es)?|briefings?|remarks|messages?|interventions?|keynote|testimon(?:y|ies))(?!\p{L})/iu,
  decision: /(?:,\s*|\s)and\s+(?:(?:also|further|then)\s+)?(?<verb>agreed|decided|resolved|asked|requested|called\s+on|committed|endorsed|approved|adopted|invited|instructed|tasked|undertook|urged)(?!\p{L})(?<rest>[^]*)$/iu,
  pointsBack: /^\s+(?:(?:to|that)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:their|its|his|her|them)(?!\p{L})/iu,
  speaker: /^[^;.]{0,40}?(?:(?:delivered|made|given|presented|read|issued)\s+)?(?:on\s+behalf\s+of|by|from)\s+(?:the\s+)?(?<who>[^,;.]{2,80}?)(?=\s+(?:on|about|concerning|regarding|at|during|to|in)\s|\s+of\s+(?:the|this|our|its|their)\s+(?:region|area|country|continent|world|island|network|sector)s?(?!\p{L})|[,;.]|$)/iu,
  article: /^(?:the|a|an)\s+/iu,
  topic: /\s(?:on(?!\s+behalf)|about|concerning|regarding)\s+(?:the\s+)?(?<topic>[^,;.]{2,80}?)(?=\s+(?:by|at|during)\s|[,;.]|$)/iu,
  rejoin: (subject: string, verb: string, rest: string) => `${subject} ${verb}${rest}`,
}

/** How a sentence that leads in to a list without a colon ends (`… and agreed to`, `Members will`, `… committed themselves to`): its items go on it. */
export const LIST_LEAD_IN_END = /(?:^|\s)(?:agreed|decided|resolved|committed(?:\s+(?:themselves|itself))?|pledged|undertook|promised|agreed\s+on|will|shall|to)$/iu

/** A lead-in that announces numbers, not decisions (`… gave the following key numbers:`, `… whose headline figures were:`, `The survey in figures:`), also as a heading without its colon, a source in brackets after it (`📊 A few numbers from the meeting`, `Key figures (secretariat's report)`; structure44): the items under it are findings, context. */
export const FIGURES_LEAD_IN = /(?:\b(?:key|main|headline|following|latest|these|a\s+few|some|selected)\s+(?:numbers|figures|statistics|facts\s+and\s+figures|data|findings)|\bin\s+(?:numbers|figures)|\bby\s+the\s+numbers)(?:\s+(?!(?:agreed|decided|adopted|approved|endorsed)\b)[\p{L}'’-]+){0,5}(?:\s*\([^()]{1,60}\))?\s*[:：]?$/iu

/**
 * Headings of a page's furniture blocks, never a point (structure44): a daily's or a programme's schedule (`TODAY'S HIGHLIGHTS`,
 * `Today's programme`, `What's on`, `Side events`), a conference daily's rubrics of report (`In plenary`, `Around the venue`, `In
 * the corridors`) and a page's comments (`Comments (2)`, `3 comments`), a meeting page's `Discussion` (what was said, the decisions under their own heading). Read as headings of context (see `CONTEXT_HEADINGS`).
 */
export const FURNITURE_HEADINGS = /^(?:(?:today['’]s|tomorrow['’]s|this\s+week['’]s|the\s+day['’]s|daily|conference|meeting)\s+(?:highlights|programme|program|schedule|events|agenda)|(?:programme|program|schedule)\s+(?:of\s+the\s+day|for\s+(?:today|tomorrow)|of\s+events)|highlights\s+of\s+the\s+day|what['’]s\s+on(?:\s+(?:today|tomorrow))?|on\s+the\s+agenda\s+(?:today|tomorrow)|side\s+events|in\s+(?:the\s+)?plenary|around\s+the\s+(?:venue|conference|meeting|summit)|in\s+the\s+corridors|discussions?|(?:points|items)\s+discussed|(?:\d{1,4}\s+)?comments?(?:\s*\(\d{1,4}\))?|(?:a\s+few|some|key|main|headline)\s+(?:numbers|figures|facts|statistics)(?:\s+(?:from|of|for|on)\s+[\p{L}'’ -]{1,40})?(?:\s*\([^()]{1,60}\))?)$/iu

/**
 * A legislature's record header (`HANSARD`, `Official Report`, `Official Report of Debates (Hansard)`, `Votes and Proceedings`, `Verbatim Record`):
 * which record the page is, never its title, its place nor who met (header44).
 */
export const RECORD_HEADER = /^(?:hansard|(?:the\s+)?official\s+report(?:\s+of\s+(?:debates|proceedings))?(?:\s*\(hansard\))?|(?:parliamentary\s+)?debates(?:\s+\(hansard\))?|votes\s+and\s+proceedings|verbatim\s+(?:record|report)|(?:daily\s+)?hansard\s+(?:report|record)|(?:revised|proof|uncorrected|provisional|final|daily)\s+(?:edition|transcript|hansard|version|record)(?:\s*[—–-]\s*(?:subject\s+to\s+(?:correction|revision)|not\s+(?:to\s+be\s+quoted|for\s+quotation)))?)$/iu

/** A legislature's section of statements a minister makes to the House (`Ministerial statements`, `Statements by Ministers`, `Minister's statement`): what follows is a statement (header44). */
export const STATEMENT_SECTION = /^(?:ministerial\s+statements?|statements?\s+by\s+(?:ministers?|the\s+minister)|minister['’]?s['’]?\s+statements?)$/iu
