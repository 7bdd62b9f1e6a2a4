/**
 * The reader's languages: which one a source is written in, and what the reader knows of each
 * (its reading patterns). English's patterns are `english.ts`, French's `french.ts`; a plugin asks
 * `readingOf(file)` for the patterns of the source's language and holds no word list of its own.
 * Adding a language is one file of patterns like `french.ts`, one entry in `READINGS`, and its
 * catalogue of output words (`scripts/theme/catalogue/`).
 */
import type {VFile} from 'vfile'
import * as english from './english.js'
import {withFurnitureHeadings} from './furniture-headings.js'
import {FRENCH, FRENCH_TRANSLATION_MARK} from './french.js'
import {ENGLISH_CALENDAR, type Calendar} from './parse-dates.js'
import type {OrganisationNames} from './organisation-name.js'
import type {SpeechPatterns} from './speech-object.js'

/** A language the reader and the outputs know, as a BCP 47 primary tag. */
export type LanguageCode = 'en' | 'fr'

/** The languages known, the default first. */
export const LANGUAGES: readonly LanguageCode[] = ['en', 'fr']

/** The language of a source whose text says nothing clear. */
export const DEFAULT_LANGUAGE: LanguageCode = 'en'

/**
 * What the reader knows of one language. The fields marked optional have an English default in
 * the plugin that uses them (a pattern that is not a word list: the shape of a dateline, of a
 * quotation); a language gives them when its texts are written otherwise.
 */
/**
 * The words a sentence counts its list's items with: the first item's, then the nth item's in order
 * (`second`, `third`), a word any later item may open with (`then`, `ensuite`) and the last item's (`finally`, `enfin`).
 * Each is a regular expression's source, without groups that capture.
 */
export interface InlineOrdinals {
  first: string
  nth: readonly string[]
  later?: string
  last: string
}

export interface Reading {
  code: LanguageCode
  /** Short, frequent words of the language (articles, prepositions): detection counts them. */
  stopWords: ReadonlySet<string>
  /** Its month names and date forms. */
  calendar: Calendar
  /** Kinds of document a title line names; the value is the `kind` written in `roadmap.md`. */
  documentKinds: ReadonlyArray<readonly [RegExp, string]>
  issuerLine: RegExp
  /** A line under a letterhead that names the administration's office the text comes from (`Cabinet du préfet`, `Direction départementale des territoires`): as an issuer's line, neither the title nor who met. */
  officeLine?: RegExp
  /** A title-block line that names the site or section a page was posted under (`… News`, `Actualités`): neither the title nor the body. */
  sectionLine?: RegExp
  /** A title-block line that names a newsroom's section, with no owner (`STATEMENTS AND RELEASES`, `Salle de presse`): neither a place, the title nor who met. */
  newsroomSection?: RegExp
  /** A title-block line that says how the text is handled (`UNCLASSIFIED`, `Check against delivery`) or greets its reader (`Dear colleagues,`): neither its title nor its body. */
  markingLine?: RegExp
  /** A title-block line written as a news headline (`Ministers … Commit to …`): above a line that names the document, the title. */
  headlineLine?: RegExp
  /** The office a letterhead's address line opens on (`Secretariat`, `Siège social`): with the town and street after it, the body's seat, never the title nor where it met. */
  addressOffice?: RegExp
  /** A title-block line that names a meeting without its body (`Fourth Ministerial Conference`): under a line that names the body, it continues that line. */
  meetingAlone?: RegExp
  nextMeeting: RegExp
  contextHeadings: RegExp
  outlookHeadings: RegExp
  /** A heading over the record of the sitting (`Opening of the session`, `Election of officers`): its numbered paragraphs are context, not a list of decisions. */
  sittingHeadings?: RegExp
  /** A heading that names a day of the meeting (`Day 1 — Tuesday 6 October`, `Jour 2`): it titles no point, what stands under it is read as prose. */
  dayHeadings?: RegExp
  /** A lead-in that announces numbers, not decisions (`… gave the following key numbers:`): its items are findings, context. */
  figuresLeadIn?: RegExp
  /** A line that records the sitting closing (`The meeting was closed at 6 p.m.`, `La séance est levée à 20 h 10.`): the record of the sitting, never a step ahead. */
  sittingClosed?: RegExp
  /** A line of the sitting's procedure (`Vote: 12 in favour, 1 against`, `Certifié conforme au registre.`, `Le quorum étant atteint, …`): furniture of the record, never a point nor part of one. */
  procedureLine?: RegExp
  /** A paragraph that only addresses the text's readers, as a circular or a letter closes (`Any member wishing to comment … should write to me …`, `May I remind members that …`): no decision nor step ahead of the meeting, context (records51). */
  noteToReaders?: RegExp
  /** A sentence that records the sitting was duly held (`A quorum being present, …`, `Le quorum étant atteint, …`): its paragraph is the record of the sitting, context. */
  sittingHeld?: RegExp
  /** An entry of a list of meetings ahead with its date and place as fields (`… dates: June 2028 location: Gdańsk`): a step ahead by its own words. */
  meetingEntry?: RegExp
  /** A heading that names the decisions listed under it (`Decisions`, `Décisions :`): a list's heading, its items read on their own. */
  decisionHeadings?: RegExp
  forwardLooking: RegExp
  /** What one member said of its own plan (`Canada confirmed that it will …`): its `will` is no step ahead of the meeting. */
  ownPlan?: RegExp
  /** Under a follow-up heading, what asks for the work to be reported on or reviewed later (`We agree to review the Roadmap at our sixth conference`): outlook, not a decision. */
  followUp?: RegExp
  /** A heading over a minute's actions (`Action items`, `Relevé des actions`): after the text's decisions, its items in task form are outlook. */
  actionHeadings?: RegExp
  /** A task written as minutes write an action, who then `to` and a verb, with no verb of its own (`Victoria to circulate …`): under an outlook heading, a step ahead. */
  taskForm?: RegExp
  /** A decision a declaration states in the first person and the present (`We agree to …`, `we ask the Chair to …`). */
  decisionNow?: RegExp
  /** A sentence that says what something costs (`is estimated at`, `est estimé à`): a paragraph after the points that opens so is context, not outlook. */
  costing?: RegExp
  /**
   * A sentence that opens on the level a figure reached (`Regional trade reached $310 million in 2025`, `Le commerce a atteint
   * …`): a paragraph after the points that opens so and looks ahead only by a target year (`targetYear`) states where things
   * stand: context, not outlook.
   */
  levelReached?: RegExp
  /**
   * A paragraph that opens by setting what it says down to the figures or data put before the meeting (`Selon les chiffres
   * présentés aux ministres, …`, `According to figures presented to ministers, …`): findings, context after the points too,
   * though it projects a trend (`… pourrait doubler d'ici 2040`).
   */
  findings?: RegExp
  /** A target year (`by 2035`, `d'ici 2035`): the only look ahead of a paragraph that states a level reached. */
  targetYear?: RegExp
  decision: RegExp
  opening: RegExp
  /** An opening paragraph that only says what a document sets out (`The Compact sets out how …`): context. */
  describes?: RegExp
  /** An article that only says who carries the text out or when it takes effect (`The Secretariat is responsible for implementing this decision`, `La présente décision entre en vigueur …`): context. */
  formalClause?: RegExp
  /** A lead-in whose last words name the decisions listed under it (`… agreed on the following priorities.`, `… ont arrêté les mesures suivantes.`), with a colon or a full stop: under a heading of context, its list is the decisions. */
  decisionsFollow?: RegExp
  /** Such a lead-in in which what follows was only put forward or talked over (`The report made the following recommendations:`): no list of decisions. */
  proposalsFollow?: RegExp
  /** A paragraph whose first sentence announces the list after it (`set out below`, `ci-après`): context. */
  leadIn?: RegExp
  /**
   * A list's lead-in that ends on its auxiliary (`Les participants ont :`): each item goes on from it with a past
   * participle (`- adopté une norme …`), and is titled with it (English items, `- adopted a standard`, are read so by the tagger).
   */
  auxiliaryLeadIn?: RegExp
  /** More verbs that record what the meeting did, heading a sentence (`signed`, `set up`, `urged`; `ont signé`, `a mis en place`): a decision in prose. */
  recordedDecision?: RegExp
  /** A motion as minutes record it, up to the word that opens what it says (`MOVED by …, seconded by …, THAT`): titled from what follows. */
  motion?: RegExp
  /** A chair's statement that welcomes or underlines a decision named as a noun (`The Chair welcomed the decision of ministers to …`): a decision in prose, though it opens on a verb of noting. */
  acknowledgedDecision?: RegExp
  /** A sentence that cites a text agreed elsewhere by its name, or reports what a document says (`L'accord de Lomé prévoit …`, `…, précise la note`): never a `recordedDecision`. */
  citedText?: RegExp
  /** A made point title a reader sees as broken: its last word leaves it open (`end`), or it is one vague word or a person's name (`whole`); see `broken-title.ts`. */
  brokenTitle?: {end: RegExp; whole: RegExp}
  /** A made point title that is sound but weak (a quantifier or a quantity at its head, a verb and a bare object, an article first); see `weak-title.ts`. */
  weakTitle?: WeakTitlePatterns
  /** What shows a made point title cut from its sentence (`title-fault.ts`). */
  titleFaults?: TitleFaultPatterns
  /** What makes a figure's label weak (`weak-label.ts`). */
  weakLabel?: WeakLabelPatterns
  /** What makes a figure's label a fragment (`fragment-label.ts`): a pronoun, a conjunction, no noun, a unit alone. */
  fragmentLabel?: FragmentLabelPatterns
  /** A sentence that only thanks (`We thank …`, `Nous remercions …`): a paragraph of them is context. */
  thanksSentence?: RegExp
  /** A sentence that credits who supported, funded or hosted the meeting (`The meeting was supported by …`, `La réunion a bénéficié du soutien de …`): context wherever it stands. */
  supportCredit?: RegExp
  /** A level set in the passive (`is capped at`, `est fixé à`): a decision of the meeting in prose. */
  levelSet?: RegExp
  /** The words that count a list's items inside a sentence (`: first, …; second, …; and finally, …`; `inline-lists.ts`). */
  inlineOrdinals?: InlineOrdinals
  /** What a paragraph does that its first verb does not say (`paragraph-acts.ts`): a decision in a verb coordinated with the first, an aim for a year, a standing formula. */
  /** An aim for a year ahead stated in the present, where the language has no `paragraphActs` (French: `L'objectif du plan est de porter … d'ici à 2030`): see `statesAim`. */
  aim?: RegExp
  paragraphActs?: {coordinatedDecision: RegExp; aim: RegExp; standing: RegExp; preambular?: RegExp; progressReport?: RegExp; finding?: RegExp; findingGoesOn?: RegExp; decidingSentence?: RegExp}
  /** A paragraph that says the meeting took one more decision, in its own verb of deciding (`The Compact also agreed to …`, `Ministers further decided …`, `Il a également été convenu …`): right after a list of decisions, it is one more point (`extract-pillars.ts`). */
  oneMoreDecision?: RegExp
  /** A sentence about the next meeting that first sets a task of its own, then the report (`Each member will review its rules and report … at our next meeting`, `Chaque membre révisera ses règles et rendra compte … à la prochaine réunion`): in a numbered paragraph it stays in the point. */
  taskBeforeReport?: RegExp
  /** A sentence that tallies the money given so far, in the passive or counted to date (`Grants of €3 million have been pledged so far`, `À ce jour, 2 millions d'euros ont été promis`): no decision of the meeting, so the paragraph-role model's guess never makes it a point. */
  pledgeTally?: RegExp
  /** A paragraph that looks back on how far a body has come (`Saying that, the Guild has come far since …`, `Depuis sa création en 2011, le réseau a …`): context, so the paragraph-role model's guess never makes it a point or a step ahead. */
  lookBack?: RegExp
  /** A paragraph that opens by adopting the plan by its name (`Le Conseil a adopté le Cadre stratégique de …`), in a language other than English: context, not a point of the plan. */
  planAdopted?: RegExp
  reported: RegExp
  /** A sentence in which the speakers decide in the first person (`We agree to …`, `We will …`): a one-paragraph statement's point. */
  firstPersonDecision?: RegExp
  /** A sentence that reports what one delegation said (`The representative of Chile said …`), and how a later sentence goes on with it (`She added …`): see `intervention.ts`. */
  intervention?: {opens: RegExp; goesOn: RegExp}
  /** Words that open a phrase, not a clause (`to`, `and`; `à`, `et`): a slide point never starts with one. */
  phraseOpeners: ReadonlySet<string>
  thanks?: RegExp
  /** How an organisation's name is written: its head nouns, the small words it holds, the words of a meeting. */
  organisationNames: OrganisationNames
  /** A task set by a decision that is only a review at the next meeting (`to report on …`): such a decision looks ahead. */
  reviewTask: RegExp
  /** An offer to host the next meeting, between a verb of deciding or announcing and the meeting (`announced that Chile had offered to` host …): the sentence is about the meeting. */
  hostOffer?: RegExp
  /** The verbs of a dateline (“met”, “se sont réunis”), its place after them, and how who met splits. */
  dateline?: {met: RegExp; place: RegExp; remote: RegExp; who: RegExp; lead?: RegExp; subjectEnd?: RegExp; venue?: RegExp; cityAfterVenue?: RegExp; commonVenue?: RegExp; yesterday?: RegExp; yesterdayAndToday?: RegExp; convener?: RegExp; convened?: RegExp; commonBody?: RegExp; ministerOf?: RegExp}
  /** Who said a quotation, in the words before or after it (`key-message-speaker.ts`; see English's `QUOTE_SPEAKER`). */
  quoteSpeaker: QuoteSpeakerPatterns
  /** What follows a quotation cut by its attribution (`», a déclaré le président`). */
  attribution?: RegExp
  /** A quoted name of a plan (`« Plan d'action de Niamey »`) and an unquoted one (`la Feuille de route de Bruxelles`). */
  roadmapName?: {quoted: RegExp; named: RegExp; hasKind: RegExp; citedBefore?: RegExp}
  /** Titles made when the text has none: `{organisation} in {place}`, `Meeting of {participants}`. */
  fallbackTitle?: {inPlace: string; meetingOf: string}
  /** Figures read by patterns (a language the English model does not tag); see `pattern-figures.ts`. */
  figures?: FigurePatterns
  /** Point titles made by patterns; see `pattern-title.ts`. */
  titles?: TitlePatterns
  /** A speech the meeting heard, before what it decided: a point's title is made past it (`speech-object.ts`). */
  speechObject?: SpeechPatterns
  /** What an opening numbered paragraph says when it is context; see `opening-paragraph.ts`. */
  openingParagraph?: OpeningParagraph
}

/**
 * The words of a communiqué's opening paragraphs (context, not points): the sitting itself (who
 * opened, chaired or attended it) and what ministers only acknowledged (welcomed, took note,
 * expressed, paid tribute) without deciding anything or reporting a figure.
 */
export interface OpeningParagraph {
  /** A main clause that only acknowledges: its subject, then the verb (`Ministers took note of`, `Les ministres ont salué`). */
  acknowledges: RegExp
  /** The sitting: who opened, chaired or attended it, observers, the agenda. */
  sitting: RegExp
  /** A decision taken at the meeting, in the past or present (not a future in a clause: `affirmed that members will remain`). */
  decides: RegExp
  /** A change of membership, which is news even when it is only welcomed (`welcomed Chile as a new member`). */
  membership: RegExp
  /** A review of the season or the year just past (`The Committee reviewed the 2026 season`, `a passé en revue la campagne 2025`): a report of what happened, context even with its figures. */
  reviewsPast?: RegExp
  /** A report, census or survey noted with what it found (`took note of the second progress report, which found that …`): the document's findings, context even with their figures. */
  reportsFindings?: RegExp
  /** A count in words that makes a figure (`eleven`, `quarante-cinq`, `million`); digits are read apart. */
  countWords: RegExp
  /** Thanks to the host in other words than `thanked` (`a vote of thanks to …`, `gratitude to the Government`, `motion de remerciements`). */
  thanksToHost: RegExp
}

/** What `pattern-figures.ts` needs to read the figures of a language without a tagger. */
export interface FigurePatterns {
  /** What makes a label a fragment (`ils`, `d'ici`, `kilomètres`): such a label is mended from its sentence (`fragment-label.ts`). */
  fragment?: FragmentLabelPatterns
  /**
   * Words right before an amount that only bring it in (`à raison de`, `à hauteur de`, `, doté de`, `, estimé à`): the label is then
   * the rate after the amount (`par contrat et par an`), the noun phrase the words set apart after a comma (`le coût du label, estimé
   * à` → coût du label), or the object after the amount (`financera à hauteur de … la rénovation des ateliers`).
   */
  amountFormula?: RegExp
  /** Number words and their values (`vingt` → 20); joined by `-` or the `and` word. */
  numberWords: Readonly<Record<string, number>>
  /** The word that joins number words (`et` in `vingt et un`). */
  numberAnd: string
  /**
   * Reads the number in words at the start of a list of words, by the language's grammar (`huit
   * cents` → 800): its value and how many words it used. Without it, the values of the words
   * joined by `-` or the `and` word are added.
   */
  readNumber?: (words: readonly string[]) => {value: number; count: number} | undefined
  /** Nouns of a rough count and the count they round to (`une quarantaine de` → 40), before `de`. */
  roughCounts?: Readonly<Record<string, number>>
  /** Scale words and their multipliers, with the English word the value spells out. */
  scales: Readonly<Record<string, {factor: number; word: string}>>
  /** Words that are a scale and a currency in one (`MDH`, `MMDH`: million and billion dirhams), by their lower case: the scale's factor and word, and the currency's sign. */
  scaledCurrencies?: Readonly<Record<string, {factor: number; word: string; sign: string}>>
  /** Currency words after an amount (`d'euros`, `de dollars`) and the sign the value uses. */
  currencyAfter: RegExp
  currencySigns: Readonly<Record<string, string>>
  /** Words after a number that make it a percentage (`%`, `pour cent`). */
  percent: RegExp
  /** Words after a number that make it a duration, a date or an ordinal, not a figure. */
  notAfter: RegExp
  /** Words before a percentage that cap a rate of aid (`dans la limite de`): the share is a rule's term, no figure. */
  shareCapBefore?: RegExp
  /** Hours or days of an activity after a number in digits (`2 900 heures de chômage`): a tally, counted from a hundred up although `notAfter` names its unit. */
  workTimeAfter?: RegExp
  /** Words before a number that make it a reference or a year (`paragraphe 12`, `en 2021`). */
  notBefore: RegExp
  /** The numbers before a number in a list of references (`articles 3 et`): the number is a reference too. */
  referenceList?: RegExp
  /** Words before a number that make it a limit set by a rule, not a fact (`dans un rayon de`, `tout navire transportant plus de`). */
  limitBefore?: RegExp
  /** Words after a number that make it a duration with a word between (`dix prochaines années`, `trois dernières décennies`). */
  durationAfter?: RegExp
  /** Words after a number that make it a threshold (`10 tonnes ou plus`). */
  limitAfter?: RegExp
  /** Words after a number that make it a distance from a place (`dix kilomètres d'une pharmacie`): after a bound, a limit that says who, not a fact. */
  distanceAfter?: RegExp
  /** Words after a number that make it the part of a ratio (`sept habitants sur dix`): a rate, no count of its own. */
  ratioAfter?: RegExp
  /**
   * A total of things given to each of a set (`une école dans chaque secteur, quatre en tout`): `after`, the words after the count
   * (`en tout`); `each`, a word of each in the sentence before it (`chaque`); `one`, the thing given to each, its noun in group 1.
   */
  totalOfEach?: {after: RegExp; each: RegExp; one: RegExp; plural: (noun: string) => string}
  /** Words before a count that make it a threshold narrowing a class of things (`parcelles de moins de`, `chaque ville de plus de`). */
  thresholdOf?: RegExp
  /** Words between an amount and a percentage that make the percentage the size of the amount's change (`, soit une hausse de`, `, en hausse de`). */
  changeSize?: RegExp
  /** The participle of a verb that sets an amount at a value, after a comma (`, arrêté à`, `, estimé à`): what it sets is the phrase before the comma. */
  setAt?: RegExp
  /** A verb that sets its object at an amount, with the object (`a fixé la contribution des États membres au budget à`): group 1 is the object, without its article. */
  setsObjectAt?: RegExp
  /**
   * A sum that is the cost of what its clause makes (`…, pour un coût estimé à`): `at` ends the text before the
   * amount, group 1 the words of the cost (`coût estimé`); `makingNoun` is made of what follows it (`la
   * construction d'un séchoir` → du séchoir), `workNoun` keeps its own phrase (`la restauration du lavoir`).
   */
  costOf?: {at: RegExp; makingNoun: RegExp; workNoun: RegExp}
  /** The word before the lower end of a range (`entre` of `entre 40 et 60 %`), at the end of the text before it. */
  rangeBetween?: RegExp
  /** The words between a range's two ends (` et `), the whole text between them. */
  rangeAnd?: RegExp
  /** The words between a range's two ends written without `entre` (` à ` of `20 à 25 patients`), the whole text between them: a range unless a verb of change stands before it (`passé de 40 à 65`). */
  rangeTo?: RegExp
  /** Words after such a percentage that give the base it is measured on (`par rapport à 2026`, `sur l'exercice précédent`): with them it is a figure of its own. */
  changeBase?: RegExp
  /** Words between two counts of the same things that make the later the new value a verb of extension brings them to (`…, sera étendu à`). */
  extendedTo?: RegExp
  /** The noun after a small count that makes it the size of a membership (`pays membres`), listed even after `les` or `des`. */
  membersNoun?: RegExp
  /** Words after a small count's noun that make it the size of a whole, listed even after `les` (`les six exploitations du syndicat`, `les quatre ardoisières encore en activité`). */
  wholeAfter?: RegExp
  /** The members of a body named in more than one word (`États membres de l'Initiative ouest-africaine`), the members' words in group 1: labelled by them alone. */
  membersOfLongName?: RegExp
  /** Words right before a count of people that say they are to be trained (`la formation de`, `former`): what they learn, after their noun, is no part of the count's label. */
  trainedBefore?: RegExp
  /** Nouns for the parts of a text or a meeting (`priorités`, `piliers`): a small count of them is not a key figure. */
  structureNouns?: RegExp
  /** A participle of keeping and its preposition before a small count (`stockée dans`): where a thing is kept, not a count. */
  keptIn?: RegExp
  /** A verb of building or fitting out right before a small count (`construire`, `d'aménager`, `à équiper`): what it makes are things of the world, whatever their noun and an amount beside them. */
  madeThings?: RegExp
  /** Words right before a small count that make its things ones named before (`les trois pays`). */
  namedBefore?: RegExp
  /**
   * A quorum's count of those present after the whole it is of (`Sur 960 adhérents, 611 étaient présents ou représentés`): group 1 the
   * words before the whole's number (`Sur`), group 2 (after the part's number) the verb and group 3 how they attended.
   */
  presentOfWhole?: {before: RegExp; after: RegExp}
  /**
   * A sitting's attendance counted of the body it belongs to (`Onze des treize élus étaient présents`, `Étaient présents
   * 17 administrateurs sur 21`, `Sociétés présentes : 46 sur 58`): `of` the words between the part and the whole, `after`
   * how they attended after the whole's noun (group 1), `before` the same before the part (group 1), `members` the nouns of
   * a membership, whose size is a figure of its own (a board's or council's is only the base of the attendance).
   */
  attendance?: {of: RegExp; after: RegExp; before: RegExp; members: RegExp}
  /** The unit a price is paid by right after it (`par tireur`, `par billet vendu`), group 1 the unit with its word. */
  priceUnit?: RegExp
  /** Words between two numbers that make the later one the same fact in another measure (`soit l'équivalent de`). */
  restates?: RegExp
  /** Words after an earlier value that give its time when it is not a year (`contre 4,6 millions aujourd'hui`); group 1 is kept. */
  now?: RegExp
  /** Words that end a label: verbs, conjunctions, prepositions that start a new phrase. */
  labelStop: ReadonlySet<string>
  /** A word that is a verb by its ending (a future tense: `recevront`), which ends a label. */
  verb: RegExp
  /** Words a label never ends with. */
  labelTail: ReadonlySet<string>
  /** A compound preposition with the `de` of its phrase (`le long du`, `à hauteur de`), before which a counted noun's phrase ends. */
  openPreposition?: RegExp
  /** The same at a label's end, cut from its phrase (`recherche variétale à hauteur`): dropped. */
  openPrepositionEnd?: RegExp
  /** Whether the verb's second complement opens at `index` of a counted noun's words (`former 900 cuisiniers de cantine à la cuisine`: `à la`), which the count's label leaves to the verb. */
  secondComplementAt?: (words: readonly string[], index: number) => boolean
  /** Articles and determiners a label drops at its start. */
  determiners: ReadonlySet<string>
  /** The definite article a made label never opens with (`le coût du ramassage` → coût du ramassage; a share's `des` stays). */
  definite?: RegExp
  /** Auxiliaries before a participle (`seront formés`, `ont été`). */
  auxiliaries: ReadonlySet<string>
  /** A difference given after a figure as the same fact (`, soit 3 points de plus qu'en 2020`); group 1 is what the label keeps. */
  difference?: RegExp
  /** The words between a whole and a part of it (`, dont`). */
  partOf?: RegExp
  /** After a count, the words that give the total it adds to (`, portant le nombre de pays membres à`): a small count in words before them is not listed apart. */
  bringsTotal?: RegExp
  /** The verb of a relative clause that gives `le nombre de …` its value, at the end of the text before it (`…, qui s'est élevé à 226`). */
  numberReached?: RegExp
  /** What `the number of …` does before a colon that gives it: `Le nombre de sapeurs-pompiers reste faible : 11 500` (group 1: the things counted). */
  numberAnnounced?: RegExp
  /** The word that says “compared with” in a change over time (`contre`). */
  against: string
  /** A half after a scale word (` et demi` of `un million et demi`): the number gains 0.5. */
  halfAfterScale?: RegExp
  /** The words before an amount a giver finances (`à hauteur de`), also the second of two (`à hauteur de … par les États et de`), at the end of the text before it. */
  financedUpTo?: RegExp
  /** The giver after such an amount (` par l'Union européenne`): group 1, with its article. */
  financedBy?: RegExp
  /** The noun that labels such an amount, before its giver (`financement`). */
  financeNoun?: string
  /** Words that may hedge the earlier value after `against` (`contre à peine 18 %`, `contre environ 40 %`). */
  againstQualifiers?: RegExp
  /** A past participle that stands for the noun an earlier value leaves out (`contre 150 conservées aujourd'hui`): it names no other thing. */
  elidedParticiple?: RegExp
  /** What joins two counts of a pair (` cas de choléra et `): a comparison after the second may be of the first, its noun said again. */
  pairJoin?: RegExp
  /** A verb that links a subject to an amount (`ont atteint`): the subject is the label. */
  linking: RegExp
  /** Verbs that allot an amount to something (`consacrer … à`): what it is for is the label. */
  allocating: RegExp
  /** A verb that aims at an amount, right before it (`vise`, `visent`): the amount is a target (`objectif de …`). */
  aiming?: RegExp
  /** The word a target's label opens on (`objectif`). */
  target?: string
  /** A rise or a fall by a percentage (`ont augmenté de 30 %`), and the nouns that name them. */
  rise: RegExp
  fall: RegExp
  riseWord: string
  fallWord: string
  /** How `of` joins a noun phrase to its article (`les attaques` → `des attaques`). */
  ofArticles: Array<[RegExp, string]>
  /** Words after a count that give its rate (`par an`). */
  rate: RegExp
  /** A change over time: `passé(e)(s) de A à B`. */
  changeFrom: RegExp
  changeTo: RegExp
  /** A verb of change with what changes between it and the first number (`porter la réserve de A à B`); group 1 is what changes. */
  changeWithObject?: RegExp
  /** A second change whose verb the sentence said once, before the first (`… passe de 540 à 575 euros, et celui du kilo de 4,10 à 4,40 euros`): group 1 is what changes. */
  changeGapped?: RegExp
  /** A verb of change earlier in the sentence, which a gapped change (`changeGapped`) leaves out. */
  changeVerbBefore?: RegExp
  /** The agent preposition of a passive label (`annoncés par les partenaires`). */
  by: string
  /** A clause that opens (after a dash or `et`) on its past participle (`demandé à la Banque de …`): it shares an auxiliary said before it, so its words are no subject. */
  openingParticiple?: RegExp
  /** How a share that its subject makes up names the whole (`parmi les` in `femmes parmi les enseignants`). */
  among?: string
  /** Label data for what was done to a count (`personnes touchées par le choléra`, `écoles à rénover`); see `count-action.ts`. */
  actions?: CountActions
}

/** What a language needs to say what was done to a count: its verbs' forms and its nouns' gender. */
export interface CountActions {
  /** A past participle after its auxiliary, just before the count (`a touché`, `ont formé`): group 1 the participle. */
  past: RegExp
  /** A future just before the count (`formera`, `restaureront`): group 1 the verb. */
  future: RegExp
  /** An infinitive after `de`/`à` just before the count (`décidé de rénover`): group 1 the infinitive. */
  infinitive: RegExp
  /** Words between a verb and its count (`plus de`, `près de`, `au moins`), at the end of the text before the count. */
  qualifiers: RegExp
  /** The infinitive of a future (`formera` → `former`). */
  infinitiveOf: (future: string) => string
  /** The past participle of an infinitive (`former` → `formé`). */
  participleOf: (infinitive: string) => string
  /** A participle agreed with a plural noun (`touché` + `personnes` → `touchées`). */
  agree: (participle: string, noun: string) => string
  /** How a label says the count is still to be done (`à rénover`). */
  toBeDone: (infinitive: string) => string
  /** Subjects that name who met or a pronoun: not worth a `par …` (`les ministres`, `il`). */
  actors: ReadonlySet<string>
  /** Nouns of measure, which take their subject as what they measure (`tonnes de prises`). */
  measures: RegExp
  /** `de` before a noun phrase, elided before a vowel (`de prises`, `d'eau`). */
  of: (phrase: string) => string
  /** A subject `Chaque État membre`: group 1 what each is (`État membre`). */
  each: RegExp
  /** A present of doing just before the count, and a time between (`nourrit chaque jour`, `emploient`): group 1 the verb, group 2 the time. */
  present?: RegExp
  /** The past participle of such a present (`nourrissent` → `nourri`, `emploie` → `employé`). */
  participleOfPresent?: (present: string) => string
  /** A flow a measure counts, read from its subject without article (`production de fonio de nos pays`): what flows (`fonio`, or '' when only its owner is named), the verb's participle (`produit`) and who it is of when a name (`la Guinée`). */
  flow?: (subject: string) => {what: string; participle: string; by?: string} | undefined
}

/** What `pattern-title.ts` needs to make a point's title from its words. */
export interface TitlePatterns {
  /** Subjects that name who acted (`Les ministres`): the title is then the object. */
  actors: ReadonlySet<string>
  /** A finite verb and what follows it (the object), after the subject. */
  verbThenObject: RegExp
  /** Verbs that ask someone to act, and the infinitive after them (`demandé au secrétariat de suivre`). */
  askThenObject: RegExp
  /** Words that end a title phrase. */
  stop: ReadonlySet<string>
  determiners: ReadonlySet<string>
  tail: ReadonlySet<string>
  /** A verb in the present after who acted (`Les gouverneurs lancent …`, `s'engagent à renforcer`), and what follows it. */
  presentThenObject?: RegExp
  /** Words at the start of an object that only lead to what it is about (`note du`, `en place`, `le point sur`). */
  lightLead?: RegExp
  /** The support of a named body as an object's start (`l'appui de l'Union européenne`): its noun and the link before the name. */
  backedBy?: RegExp
  /** The word that links an action's noun to the count taken out of its phrase, when the words so far end on one that must change (`ouverture de` of `ouverture de 3 centres` → `des`, as in `ouverture des centres`). */
  ofCounted?: (taken: readonly string[]) => string | undefined
  /** Heads that need their complement to say what they are (`règles communes pour la pêche …`). */
  genericHeads?: ReadonlySet<string>
  /** Prepositions that open a generic head's complement (`pour`, `sur`, `contre`). */
  genericLinks?: ReadonlySet<string>
  /** Nouns of documents whose number is part of their name (`résolution n° 12`). */
  documentNouns?: ReadonlySet<string>
  /** Words that make a point about who belongs (`adhésion`): its title may then name them. */
  membership?: RegExp
  /** Numbers in words (`huit cents`, `quatre-vingt-dix`): a count opening a phrase is not part of its title. */
  numberWords?: Readonly<Record<string, number>>
  /** Verbs of change and their nouns (`supprimer` → `suppression`): the title names the change, not only its object. */
  nominalisations?: Readonly<Record<string, string>>
  /** Nouns of money given (`financement`, `prêt`): one alone as a title is named with who gives it (`Financement de la Banque mondiale`). */
  fundingNouns?: ReadonlySet<string>
  /** A document that provides something (`Le plan prévoit …`), the infinitive after it if any, and what it provides: the point is about that. */
  providesThenObject?: RegExp
  /** A verb whose subject commits to or receives what the point is about (`se sont engagées à ouvrir`, `recevront`, `ont obtenu`): the object is the title, whoever the subject is. */
  takerVerb?: RegExp
  /** Those of `takerVerb` whose subject receives (`recevront`, `bénéficieront de`): a title of one word, or aid, is named with who receives it (`Information des consommateurs âgés`). */
  receiverVerb?: RegExp
  /** Nouns of aid, named with whom it goes to (`Aide aux syndicats`), after a `receiverVerb`. */
  aidNouns?: ReadonlySet<string>
  /** Heads of a subject that gives money (`banque`, `bailleurs`), for `fundingNouns`. */
  funders?: ReadonlySet<string>
  /** Infinitives that give their object a quality written before it (`rendre obligatoire le port du casque`): the title is the object, then the quality. */
  qualityVerbs?: ReadonlySet<string>
  /** Past participles the `-é` ending does not show (`faites`, `exclues`). */
  participles?: ReadonlySet<string>
  /** Words in `-é` that are adjectives, not participles (`privé`). */
  notParticiples?: ReadonlySet<string>
  /** Words before the subject that say when or add (`Désormais`, `Et`, `Ici`). */
  leadingWords?: RegExp
  /** The making of something before it (`la création d'un`): what is made is the title. */
  makingLead?: RegExp
  /** An item without a verb that names the making, building or opening of a thing (`la création d'un`, `l'ouverture de trois`): the thing is the title. */
  itemMakingLead?: RegExp
  /** A topic named before the sentence (`S'agissant des médicaments, …`): group 1 is the point's title. */
  topicLead?: RegExp
  /** A verb of election or appointment (`a réélu`, `nommé`): the point is then titled by the office. */
  election?: RegExp
  /** The office a person is elected to (`à la présidence du`, `président de la`): group 1 or 2 the office, group 3 the `de` of its body. */
  office?: RegExp
  /** The noun an office is titled with (`présidence`). */
  officeNoun?: string
  /** A verb group of deciding or asking (`a décidé de`, `a demandé à`): its subject, even an acronym, is a body that acts. */
  decidingVerb?: RegExp
  /** Means that a title alone names too little of (`enveloppe`, `dotation`, `fonds`): they are named with what they are for. */
  meansNouns?: ReadonlySet<string>
  /** A verb that shares or carries a cost (`partager le coût de`, `prendre en charge les frais de`): the title is then what the cost is of (`costOfTitle`). */
  sharedCost?: RegExp
  /** A title that is a cost of a thing (`Coût d'une étude des berges`): group 1, the thing without its article. */
  costOfTitle?: RegExp
  /** Agreements that a title alone names too little of (`convention`, `accord`): they are named with whom they bind (`avec …`). */
  agreementNouns?: ReadonlySet<string>
  /** A size before a group or a document that opens a title (`Petit groupe de travail`, `Court guide`): left out. */
  sizedHead?: RegExp
}

/** What shows a made point title cut from its sentence, in one language (`title-fault.ts`). */
export interface TitleFaultPatterns {
  /** A first word that is the stray word of a cut (`ici` of `d'ici 2030`, `dont`, `which`). */
  strayStart: RegExp
  /** A last word that waits for what was cut: an adjective or a verb without its complement (`titulaires`, `eligible`). */
  openEnd: RegExp
  /** A first word that is a verb, for a language the model does not tag (French infinitives and finite forms); English asks the model. */
  verb?: RegExp
  /** Words the `verb` pattern would take that are nouns (`centre`, `avenir`, `chantier`). */
  notVerb?: RegExp
}

/** What makes a made point title weak in one language (`weak-title.ts`); the English verb checks are optional. */
export interface WeakTitlePatterns {
  notNoun: RegExp
  pluralAlone: RegExp
  quantifierHead: RegExp
  quantityHead: RegExp
  quantityEnd?: RegExp
  articleFirst?: RegExp
  /** What a quantity's one-word subject keeps after it in the sentence: a participle, a link and one to three words (never a `stop` word). */
  participle?: RegExp
  link?: RegExp
  determiner?: RegExp
  stop?: RegExp
  headLast?: boolean
  gerund?: RegExp
  nominalIng?: ReadonlySet<string>
  bareVerb?: RegExp
  bareAfter?: RegExp
  bareNouns?: ReadonlySet<string>
}

/** Who said a quotation (`key-message-speaker.ts`): patterns with a group `speaker` for the text after the closing mark and before the opening mark, a speaker who is the meeting itself, a role without a name (group `role`). */
export interface QuoteSpeakerPatterns {
  after: readonly RegExp[]
  before: readonly RegExp[]
  meeting: RegExp
  pronoun: RegExp
  antecedent: RegExp
  role: RegExp
}

/**
 * What makes a figure's label weak in one language (`weak-label.ts`): the words a label's noun is
 * read without, and what its sentence says more of that noun.
 */
export interface WeakLabelPatterns {
  /** What opens a label before its noun and says nothing of it (`of the`, `in`, `des`). */
  lead: RegExp
  /** A comparison that ends a label (`, up from 19 in 2015`, `, contre …`). */
  comparison: RegExp
  /** A time that ends a label (`today`, `a year`, `in 2030`, `par an`). */
  time: RegExp
  /** A unit a label's noun may be or carry (`square kilometres`, `in euros`). */
  unit: RegExp
  /** What a number is written with beside its noun (`$40`, `million`, `some`, `over`). */
  amountWord: RegExp
  /** A word that is a number's scale, which may stand for its digits (`one and a half million`). */
  bigNumber: RegExp
  /** What follows a number in its amount (`million`, `dollars`, `de`). */
  scale: RegExp
  /** The words after a noun that say what it is for or what was done to it (`for …`, `piloted`, `who …`, `of the …`). */
  more: RegExp
  /** A verb whose object or place a counted noun is (`piloted in`, `trained`, `will train`), at the end of what comes before the amount. */
  verbBefore: RegExp
  /** Verbs that only give the amount (`reached`, `has`, `totalled`): the noun is not their object in any way that says more. */
  notTelling: RegExp
}

/**
 * The words that make a figure's label a fragment in one language (`fragment-label.ts`): each is
 * tested on one word of the label, lower case, its end punctuation set aside.
 */
export interface FragmentLabelPatterns {
  /** A pronoun, personal or relative (`they`, `which`; `ils`, `dont`): a label never opens on one. */
  pronoun: RegExp
  /** A conjunction or subordinator (`and`, `while`; `que`, `alors`, `soit`): a label never opens on one. */
  conjunction: RegExp
  /** A word that names nothing: a preposition, an article, an adverb, a word of time (`by`, `today`; `d'ici`, `moyenne`). */
  namesNothing: RegExp
  /** A unit of measure (`tonnes`, `MW`, `kilogrammes`): a label of units alone does not say what they measure. */
  unit: RegExp
  /** An infinitive's mark (`to`), before a verb alone (`to build`). */
  infinitive?: RegExp
  /** A noun of a share or a rate (`share`, `rate`; `part`, `taux`) in the sentence: its whole is what a percentage counts. */
  share: RegExp
  /** The words a percentage's label may open on or hold and still say what it counts (`of`, `cut`, `rate`; `des`, `hausse`). */
  shareLabel: RegExp
}

/** English: the constants of `english.ts`; the plugins' own patterns are English's defaults. */
export const ENGLISH: Reading = {
  code: 'en',
  speechObject: english.SPEECH_OBJECT,
  stopWords: english.ENGLISH_FUNCTION_WORDS,
  calendar: ENGLISH_CALENDAR,
  documentKinds: english.DOCUMENT_KINDS,
  issuerLine: english.ISSUER_LINE,
  sectionLine: english.SECTION_LINE,
  newsroomSection: english.NEWSROOM_SECTION,
  markingLine: english.MARKING_LINE,
  headlineLine: english.HEADLINE_LINE,
  addressOffice: english.ADDRESS_OFFICE,
  meetingAlone: english.MEETING_ALONE,
  nextMeeting: english.NEXT_MEETING,
  contextHeadings: withFurnitureHeadings(english.CONTEXT_HEADINGS, english.FURNITURE_HEADINGS),
  outlookHeadings: english.OUTLOOK_HEADINGS,
  actionHeadings: english.ACTION_HEADINGS,
  sittingHeadings: english.SITTING_HEADINGS,
  dayHeadings: english.DAY_HEADINGS,
  figuresLeadIn: english.FIGURES_LEAD_IN,
  sittingClosed: english.SITTING_CLOSED,
  procedureLine: english.PROCEDURE_LINE,
  noteToReaders: english.NOTE_TO_READERS,
  sittingHeld: english.SITTING_HELD,
  meetingEntry: english.MEETING_ENTRY,
  decisionHeadings: english.DECISION_HEADINGS,
  forwardLooking: english.FORWARD_LOOKING,
  ownPlan: english.OWN_PLAN,
  costing: english.COSTING,
  levelReached: english.LEVEL_REACHED,
  findings: english.FINDINGS,
  targetYear: english.TARGET_YEAR,
  decision: english.DECISION,
  opening: english.OPENING,
  describes: english.DESCRIBES,
  formalClause: english.FORMAL_CLAUSE,
  followUp: english.FOLLOW_UP,
  taskForm: english.TASK_FORM,
  decisionNow: english.DECISION_NOW,
  leadIn: english.LEAD_IN,
  decisionsFollow: english.DECISIONS_FOLLOW,
  proposalsFollow: english.PROPOSALS_FOLLOW,
  recordedDecision: english.RECORDED_DECISION,
  motion: english.MOTION,
  acknowledgedDecision: english.ACKNOWLEDGED_DECISION,
  brokenTitle: english.BROKEN_TITLE,
  weakTitle: english.WEAK_TITLE,
  titleFaults: english.TITLE_FAULTS,
  weakLabel: english.WEAK_LABEL,
  fragmentLabel: english.FRAGMENT_LABEL,
  thanksSentence: english.THANKS_SENTENCE,
  supportCredit: english.SUPPORT_CREDIT,
  levelSet: english.LEVEL_SET,
  inlineOrdinals: english.INLINE_ORDINALS,
  paragraphActs: english.PARAGRAPH_ACTS,
  oneMoreDecision: english.ONE_MORE_DECISION,
  pledgeTally: english.PLEDGE_TALLY,
  taskBeforeReport: english.TASK_BEFORE_REPORT,
  lookBack: english.LOOK_BACK,
  reported: english.REPORTED,
  firstPersonDecision: english.FIRST_PERSON_DECISION,
  intervention: english.INTERVENTION,
  phraseOpeners: new Set(['to', 'and', 'or', 'but', 'of', 'for', 'with', 'from', 'by', 'in', 'on', 'at']),
  organisationNames: english.ORGANISATION_NAMES,
  reviewTask: english.REVIEW_TASK,
  hostOffer: english.HOST_OFFER,
  openingParagraph: english.OPENING_PARAGRAPH,
  quoteSpeaker: english.QUOTE_SPEAKER,
}

const READINGS: Record<LanguageCode, Reading> = {en: ENGLISH, fr: FRENCH}

/**
 * The reading patterns of a language.
 * @param code the language
 * @returns its patterns (English for a code not known)
 */
export function readingFor(code: string | undefined): Reading {
  return READINGS[code as LanguageCode] ?? ENGLISH
}

declare module 'vfile' {
  interface DataMap {
    /** The language the source is read in: detected, or given by a setting. */
    lang: LanguageCode
  }
}

/**
 * The reading patterns of a source's language (set by `structureSource`; English until then).
 * @param file the source
 * @returns the patterns the plugins use
 */
export function readingOf(file: VFile): Reading {
  return readingFor(file.data.lang)
}

/** Whether a string names a language the reader knows. */
export function isLanguage(code: unknown): code is LanguageCode {
  return typeof code === 'string' && (LANGUAGES as readonly string[]).includes(code)
}

/** Words read to detect the language: enough for a clear majority, few enough to stay fast. */
const DETECT_WORDS = 2000

/**
 * The language a text is written in, by a stop-word score: each language counts how many of the
 * first 2,000 words are among its short, frequent words, and the clear winner is the language. A
 * text with few such words (a list of names, numbers) or a tie is English.
 * @param text the source text
 * @returns the language code
 */
export function detectLanguage(text: string): LanguageCode {
  // (a text followed by its translation, `… / ENGLISH VERSION / …`, is in the language it is written in first)
  const head = text.slice(0, 40_000)
  let offset = 0
  let lines = 0
  for (const line of head.split('\n')) {
    const trimmed = line.trim()
    if (trimmed && ++lines > 2 && trimmed.length <= 40 && (english.TRANSLATION_MARK.test(trimmed) || FRENCH_TRANSLATION_MARK.test(trimmed))) {
      text = head.slice(0, offset)
      break
    }
    offset += line.length + 1
  }
  const words = text.slice(0, 40_000).toLowerCase().match(/\p{L}+/gu)?.slice(0, DETECT_WORDS) ?? []
  const scores = LANGUAGES.map((code) => {
    const stop = READINGS[code].stopWords
    let score = 0
    for (const word of words) if (stop.has(word)) score++
    return {code, score}
  }).sort((a, b) => b.score - a.score)
  const [first, second] = scores
  // A clear winner only: a fifth more of its words than the next language, and a few at least.
  return first.score >= 3 && first.score > second.score * 1.2 ? first.code : DEFAULT_LANGUAGE
}
