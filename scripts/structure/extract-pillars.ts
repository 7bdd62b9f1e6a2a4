import {routineConsentItems} from './consent-items.js'
import type {Paragraph, Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {DECISION, NEGATION_BEFORE, NEXT_MEETING, NUMBERED_KIND, PLAN_ADOPTED, PLAN_CONTENT, PLAN_SETS, THANKED, WIRE_KIND} from './english.js'
import {FRENCH_RUBRIC_HEADING} from './french.js'
import {readingOf, type Reading} from './language.js'
import {pointTitle as englishTitle} from './choose-title.js'
import {withoutAskedParty} from './asked-party.js'
import {patternTitle} from './pattern-title.js'
import {isBrokenTitle, mendedTitle} from './broken-title.js'
import {strongerTitle, weakTitle} from './weak-title.js'
import {hasTitleColon, titleColonAt} from './recognise-dateline.js'
import {dashTitles} from './dash-titles.js'
import {isOpeningParagraph, thanksTheHost} from './opening-paragraph.js'
import {titleWordsOf} from './join-sub-items.js'
import {normaliseSpace, splitSentences} from './text.js'
import {findDates} from './parse-dates.js'
import {guessParagraphRoles, learnedSure} from './learned-paragraph-roles.js'
import {holdsBackLearnedPoint} from './learned-guards.js'
import {datesStepsAhead, onlySetsUpReview} from './review-paragraph.js'
import {addressesReaders, closesProcedure, isNoDecision, onlyHearsFinding, onlyNarrates, RECOMMENDATION_LINE, RECORD_TITLE, recordsProcedure, recordsTheSitting, RESOLUTION_LABEL, resolvesOnlyToNote} from './no-decision.js'
import {onlyFurniture} from './paragraph-furniture.js'
import {paragraphsOf, pointIn, readoutOf, textOf} from './state.js'
import {capitalsPointTitle, headingCase, isVoteSentence} from './pasted-text.js'
import {isSignatureLine} from './set-aside-tail.js'
import {reportsIntervention} from './intervention.js'
import {isSocialMarker} from './social-bullets.js'
import {statementParts} from './one-paragraph-statement.js'
import {asksForProgressReports, decidesInJoinedVerb, isPreambular, notesFinding, statesAim, withoutStandingFormula} from './paragraph-acts.js'
import {ordinalOpened} from './ordinal-openers.js'
import {pastSpeech} from './speech-object.js'
import {DECIDED_HEADING, PRESENTER_NOTES, SLIDE_NUMBER_LINE} from './deck-sections.js'

declare module 'mdast' {
  interface ParagraphData {
    /** Set on a line of the sitting's procedure (a vote's tally, a certification, the sitting opened or closed, see `isProcedure`): its numbers are no figures. */
    procedure?: boolean
  }
}

/** Most words of a heading line ("Emergency assistance"); a longer line is text. */
const HEADING_WORDS = 10
/** How many points get a title from the language model. */
const MAX_MODEL_TITLES = 300
/** How much of a point's text its title is made from (its first sentences). */
const TITLE_SEARCH_CHARS = 2000
/** A heading that only numbers a part of the text (`Article 1`, `Article premier`, `Section II`, `Chapitre 3`; a meeting's `Day 1`, `Jour 2`; a record's `Decision 2`, `Décision n° 2`, `Recommendation 3`). */
const NUMBERED_PART = /^(?:article|section|chapter|chapitre|part|partie|titre|title|paragraph|paragraphe|day|jour|journée|decision|décision|resolution|résolution|recommendation|recommandation)\s+(?:(?:n[°º]|no\.?)\s*)?(?:\d+(?:er|re|e|ᵉʳ)?|[IVXLC]+|premier|première|first|one|unique)\s*[.:]?$/iu
/** A heading does not end like a sentence or a clause. */
const NOT_HEADING_END = /[.!?…,;"”’)]$/
/** A paragraph whose subject's verb says it adds one more decision (`Ministers also agreed …`, `La ministre a également indiqué que …`). */
const ADDS_ONE_MORE = /^[^.;:]{1,80}?\s(?:(?:has|have|had)\s+also|also|(?:a|ont)\s+(?:également|aussi|en\s+outre))\s+\p{L}/u

/**
 * Extract the roadmap's points, in source order, from whichever shape the text has:
 * - bullets `Title: body` (the title is the text before the first colon);
 * - bullets without a colon and numbered paragraphs (`1.`, `2)`, `(3)`): the whole line is the
 *   body and its title a noun phrase made from its first sentence; one that is the opening
 *   (the dateline) stays context, one about the next meeting is outlook;
 * - short heading lines followed by paragraphs: a point per heading, its body the paragraphs
 *   under it (“Background” and “Next steps” headings give context and outlook instead, and so
 *   does a heading whose first paragraph is about the next meeting, or only thanks).
 * Wherever it stands, a paragraph that only thanks, announces the list after it or quotes
 * someone is context, never a point.
 * Errors (fatal for the source): no point at all, an empty title or body, two `Title:` bullets
 * with the same title.
 */
const extractPillars: Plugin<[], Root> = function () {
  return function (tree, file) {
    const paragraphs = paragraphsOf(tree).filter((p) => p.data?.role !== 'header' && p.data?.role !== 'dateline')
    const reading = readingOf(file)
    const {contextHeadings: CONTEXT_HEADINGS, outlookHeadings: OUTLOOK_HEADINGS, opening: OPENING} = reading
    const THANKS_ = reading.thanks ?? THANKED
    const namesSection = (text: string) => CONTEXT_HEADINGS.test(text) || OUTLOOK_HEADINGS.test(text) || Boolean(reading.decisionHeadings?.test(text))
    const sectionLists = listsInSections(paragraphs, findHeadingsOverProse(paragraphs), (text) => namesSection(text))
    const headings = findHeadings(paragraphs, reading, sectionLists)
    const listHeadings = findListHeadings(paragraphs, namesSection, readoutOf(file).dateline, sectionLists)
    const notes = notesLists(paragraphs, reading)
    const figureItems = itemsOfFigures(paragraphs, reading)
    // `• Kiln standard — All kilns …` / `• Quality label — A common …`: a list's titles before a spaced dash, read as before a colon
    const dashed = dashTitles(paragraphs)
    const leadIns = decidingLeadIns(paragraphs, reading)
    // (read over every paragraph: a consent agenda's heading and lead-in may stand in the title block)
    const routine = routineConsentItems(paragraphsOf(tree), (paragraph) => normaliseSpace(textOf(paragraph)))
    const auxiliaries = auxiliaryLeadIns(paragraphs, reading)
    const nextOf = new Map(paragraphs.map((paragraph, index) => [paragraph, paragraphs[index + 1]]))
    const decidingLists = listsOfDecisions(paragraphs, reading)
    // (a list heading that names the decisions, `What the Assembly agreed`, `Ce qui a été décidé`: the other lists of the text that decide
    // nothing, `Who came` / `• 37 cooperatives …`, are its context; layouts49)
    const listTitle = (heading: Paragraph) => withoutReference(normaliseSpace(textOf(heading)).replace(/\s*:$/, ''))
    const namesDecisions = (title: string) => DECIDED_HEADING.test(title) || Boolean(reading.decisionHeadings?.test(title))
    const decisionListHeading = [...listHeadings].some((heading) => namesDecisions(listTitle(heading)) && !OUTLOOK_HEADINGS.test(listTitle(heading)))
    // (a numbered section that names the decisions, `3  Decisions` / `3.1  Closures` / `3.1.1 The Committee agreed …`: the other sections of
    // the report whose paragraphs decide nothing, `2  The crossing estate in 2026`, are its context; records50)
    // (a heading of a few words that only names them, `Decisions`, `Décisions du comité`, not a question, `Were the accounts approved?`)
    const namesTheDecisions = (name: string) => name.split(' ').length <= 4 && !/[?:]$/u.test(name) && namesDecisions(name) && !OUTLOOK_HEADINGS.test(name)
    const decisionSection = paragraphs.some((paragraph) => (headings.has(paragraph) || listHeadings.has(paragraph) || Boolean(paragraph.data?.numberedHeading) || (!paragraph.data?.bullet && !paragraph.data?.role && isHeadingLine(normaliseSpace(textOf(paragraph))))) && namesTheDecisions(sectionName(normaliseSpace(textOf(paragraph)))))
    // (a list of two items or more right under a paragraph that decides and leads in with its colon, `Here is what the committee agreed:`)
    // (the lead-in may be the dateline's paragraph: `The committee met on Monday … Here is what the committee agreed:`)
    const everyParagraph = paragraphsOf(tree)
    const decidedList = everyParagraph.some((paragraph, index) => !paragraph.data?.bullet && !headings.has(paragraph) && /[:：]$/u.test(normaliseSpace(textOf(paragraph))) && decides(normaliseSpace(textOf(paragraph)), reading.decision) && Boolean(everyParagraph[index + 1]?.data?.bullet) && Boolean(everyParagraph[index + 2]?.data?.bullet))
    const proseDecidesNothing = (heading: Paragraph) => {
      let count = 0
      for (let next = nextOf.get(heading); next && !headings.has(next) && !listHeadings.has(next) && !next.data?.numberedHeading; next = nextOf.get(next)) {
        const text = normaliseSpace(textOf(next))
        // (a minute's resolution, `RESOLVED: that the bursary budget be increased …`, alone or after the report it settles, decides; numbered52)
        if (next.data?.bullet || reading.decision.test(text) || Boolean(reading.decisionNow?.test(text)) || looksAhead(text, reading) || RESOLVED_IN.test(text)) return false
        count++
      }
      return count > 0
    }
    // (… and the text's headings over prose all decide nothing, where they name no context nor steps ahead: where one decides, `Item 6 — Wood dust` /
    // `The Board directed staff to …`, `Finance report` / `… RESOLVED: that …`, the headings are the record's items, each read as before)
    const headedProseDecides = decidedList && [...headings].some((heading) => {
      const named = sectionName(normaliseSpace(textOf(heading)).replace(/\s*[:?]$/, ''))
      return !CONTEXT_HEADINGS.test(named) && !OUTLOOK_HEADINGS.test(named) && !proseDecidesNothing(heading)
    })
    const listDecidesNothing = (heading: Paragraph) => {
      let count = 0
      for (let item = nextOf.get(heading); item; item = nextOf.get(item)) {
        if (PRESENTER_NOTES.test(normaliseSpace(textOf(item))) || SLIDE_NUMBER_LINE.test(normaliseSpace(textOf(item)))) continue
        if (!item.data?.bullet) {
          // (a quotation or its signature between the heading and the list, `Why it matters` / `"…"` / `– the chair` / `• …`, is no item)
          if (count === 0 && (isQuotationOnly(textOf(item)) || BARE_QUOTATION.test(normaliseSpace(textOf(item))) || QUOTE_SIGNATURE.test(normaliseSpace(textOf(item))))) continue
          break
        }
        // (numbered paragraphs are a record's items, each read on its own: `2. Membership` / `2.3 The Committee admitted …`)
        if (isNumberMarker(item.data.bullet.marker)) return false
        const text = normaliseSpace(textOf(item))
        // (a list that looks ahead, `Where we go from here` / `→ Federations to sign … by 15 December`, is read as before: the outlook)
        if (reading.decision.test(text) || Boolean(reading.decisionNow?.test(text)) || looksAhead(text, reading) || reading.forwardLooking.test(text) || Boolean(reading.taskForm?.test(text))) return false
        count++
      }
      return count > 0
    }
    // the last heading line that names a part of the text other than its context or outlook (see `leadsInToSentences`)
    const namesPart = (paragraph: Paragraph) => headings.has(paragraph) && !CONTEXT_HEADINGS.test(headingWords(paragraph)) && !OUTLOOK_HEADINGS.test(headingWords(paragraph))
    const lastPartHeading = paragraphs.findLast(namesPart)
    // … and the first: a line that leads in to the text or labels it is its only such heading (`Energy:` / … / `Water:` / …, `Ferries` / … /
    // `Fish markets` / four deciding paragraphs: the last is a section like the others, see `leadsInToSentences`, `headsWholeText`)
    const onlyPartHeading = lastPartHeading !== undefined && paragraphs.find(namesPart) === lastPartHeading ? lastPartHeading : undefined
    // the paragraphs after the first that decides (not an action line): a run of action lines there is the record's list of actions
    const firstDecision = paragraphs.findIndex((paragraph) => !paragraph.data?.actionItem && reading.decision.test(normaliseSpace(textOf(paragraph))))
    const afterDecisions = new Set(firstDecision === -1 ? [] : paragraphs.slice(firstDecision + 1))
    const seen = new Map<string, number>()
    const titles = new Set<string>()
    const points: Array<{paragraph: Paragraph; title?: string; body: string; titleWords?: string; numberedPart?: boolean; paragraphs?: number}> = []
    let section: 'pillar' | 'context' | 'outlook' | 'outlook list' | undefined
    // whether that section is the record of the sitting (`Opening of the session`, see `sittingHeadings`)
    let sitting = false
    // whether that section is one of numbered paragraphs beside the section that names the decisions (see `numberedBesideDecisions`)
    let besideDecisions = false
    // (a heading over numbered paragraphs in a record whose decisions have a heading of their own, `THE DECISION`, `Décisions`, that names
    // neither them nor the steps ahead nor a minute's actions: its paragraphs are the background, the hearing, the reasons, the review)
    const numberedDecisionSection = paragraphs.some((paragraph, index) => listHeadings.has(paragraph) && namesTheDecisions(sectionName(listTitle(paragraph))) && isNumberMarker(paragraphs[index + 1]?.data?.bullet?.marker ?? ''))
    const numberedBesideDecisions = (heading: Paragraph, title: string) => numberedDecisionSection && isNumberMarker(nextOf.get(heading)?.data?.bullet?.marker ?? '') && !namesDecisions(title) && !OUTLOOK_HEADINGS.test(title) && !reading.actionHeadings?.test(title)
    // the paragraphs that are context only for standing under a heading of context (`Background`)
    const underContextHeading = new Set<Paragraph>()
    // whether the last heading is a minute's actions (`Action items`) over a text whose decisions were read before it (see `actionHeadings`)
    let actionTasks = false
    // whether the last heading names the next meeting (`Next meeting`, `Prochaine réunion`): a date or a place under it is that meeting's (roles44)
    let nextMeetingSection = false
    // the bullet or numbered paragraph read just before, and the last that only noted a finding (`We note with concern …`)
    let previousBullet: Paragraph | undefined
    let lastFinding: Paragraph | undefined
    // whether the numbered paragraphs are a record of the sitting: a title line calls the text so (`Minutes of …`, `SUMMARY RECORD`,
    // `RECORD_TITLE`, in the first lines or anywhere above the first numbered paragraph: a UN-style report's symbol, distribution and
    // session lines stand one to a line above its title; numbered48) and one of them records its procedure (`1.3 The Meeting adopted its agenda and approved the record of its tenth
    // meeting.`, `2. Apologies for absence were received …`). There each item narrates what the meeting did, and what it only heard or noted is its record, not a decision (`8. The meeting heard
    // a presentation from …`, `2.2 The Meeting noted that …`): context, where a declaration's numbered findings stay points (structure47)
    const all = paragraphsOf(tree)
    const firstNumbered = all.findIndex((paragraph) => isNumberMarker(paragraph.data?.bullet?.marker ?? ''))
    const recordsSitting = all.slice(0, Math.max(8, Math.min(firstNumbered, 20))).some((paragraph) => textOf(paragraph).split('\n').some((line) => RECORD_TITLE.test(line.trim()))) && paragraphs.some((paragraph) => isNumberMarker(paragraph.data?.bullet?.marker ?? '') && recordsTheSitting(normaliseSpace(textOf(paragraph)), reading))
    for (const paragraph of paragraphs) {
      // (the heading over a list of meetings ahead, its entries already read as outlook, ends the section before it: see `meeting-entries.ts`)
      if (paragraph.data?.opensOutlook) section = 'outlook list'
      if (routine.has(paragraph) && (paragraph.data?.role === undefined || paragraph.data.role === 'point')) {
        // an item of a consent agenda that only carries the sitting's routine, the minutes or a periodic report, is context wherever it
        // stands, whatever an earlier reading made of it, and it ends no section (see `consent-items.ts`)
        paragraph.data = {...paragraph.data, role: 'context'}
        continue
      }
      if (paragraph.data?.actionItem && (paragraph.data.role === undefined || paragraph.data.role === 'context') && afterDecisions.has(paragraph)) {
        // a run of action lines after the decisions (`ACTION: Secretary to write …` / `ACTION: Treasurer to open …`, `À faire : …`): each
        // is a step ahead, never the tail of the point or the quotation above it (a lone one under its paragraph stays that paragraph's)
        paragraph.data = {...paragraph.data, role: 'outlook'}
        continue
      }
      if (paragraph.data?.role) continue
      const raw = textOf(paragraph)
      if (SLIDE_NUMBER_LINE.test(normaliseSpace(raw))) {
        // `Slide 3` over a slide's title: it numbers a part of the deck and says nothing (layouts49)
        paragraph.data = {...paragraph.data, role: 'heading'}
        continue
      }
      if (PHOTO_CAPTION.test(normaliseSpace(raw))) {
        // `Photo : Sophie Marcheix dans son atelier …`, `Pictured: the chair at the quay (Photo: J. Smith)`: a picture's caption, never a
        // decision nor a step ahead, and it ends no section (records50)
        paragraph.data = {...paragraph.data, role: 'context'}
        continue
      }
      if (PRESENTER_NOTES.test(normaliseSpace(raw))) {
        // `Speaker notes: Thank the hosts …`, `Notes du présentateur : …`: what the presenter says around the slide, never a decision nor
        // a step ahead, and it ends no section (layouts49)
        paragraph.data = {...paragraph.data, role: 'context'}
        continue
      }
      if (paragraph.data?.admonition && !reading.decision.test(normaliseSpace(raw))) {
        // `NOTE: This is a summary for members.`, `TIP: Recorders can report …`, `REMARQUE : …`: a markup's admonition is an aside beside the
        // record (one that decides, `IMPORTANT: The Council agreed …`, is read as any paragraph)
        paragraph.data = {...paragraph.data, role: 'context'}
        continue
      }
      if (onlyLinkOrPlaceholder(raw)) {
        // `[1] https://…` under a list of links, a chat export's `<Media omitted>`: nothing said, never a point (structure47)
        paragraph.data = {...paragraph.data, role: 'context'}
        continue
      }
      const procedure = headings.has(paragraph) || listHeadings.has(paragraph) ? undefined : procedureOf(normaliseSpace(raw), reading)
      if (procedure) {
        // `Votants : 18 – Pour : 17 …`, `Carried unanimously.`, `Certifié conforme au registre.`, `La séance est levée à 12 h 15.`,
        // `Le conseil, régulièrement convoqué, … le quorum étant atteint …`: the record's procedure is context wherever it stands,
        // and it neither ends the section it is in nor joins its point's body (a tally's numbers are no figures either).
        paragraph.data = {...paragraph.data, role: 'context', ...(procedure === 'line' ? {procedure: true} : {})}
        continue
      }
      if (listHeadings.has(paragraph)) {
        // A heading over a list (`Actions by the Network` / `(1) …` / `(2) …`) ends the section before it:
        // its items are points of their own (or context, outlook by its words), never that section's body.
        const title = sectionName(normaliseSpace(raw).replace(/\s*:$/, ''))
        // `V. FOLLOW-UP` / `22. The Ministers decided to set up a committee …` / `25. They will review …`: under
        // an outlook heading each item is read on its own; what was decided there is a point, what is ahead outlook.
        // (a heading of decisions that also closes a text, `Conclusions`, lists what was settled: each item is read on its own)
        sitting = Boolean(reading.sittingHeadings?.test(title))
        actionTasks = Boolean(reading.actionHeadings?.test(title)) && points.some((point) => point.body)
        section = CONTEXT_HEADINGS.test(title) || sitting ? 'context' : OUTLOOK_HEADINGS.test(title) && !reading.decisionHeadings?.test(title) ? 'outlook list' : undefined
        if (section === undefined && decisionListHeading && !namesDecisions(title) && !reading.actionHeadings?.test(title) && listDecidesNothing(paragraph)) section = 'context'
        // (`BACKGROUND` / `1. …` … `THE DECISION` / `9. The Panel decides …` … `REASONS` / `18. …`: where a heading names the decisions over
        // numbered paragraphs, the paragraphs under the record's other headings are what led to them or follows from them, whatever their
        // verbs; numbered52)
        besideDecisions = section !== 'outlook list' && numberedBesideDecisions(paragraph, title)
        if (besideDecisions) section = 'context'
        // it names a part of the text and says nothing itself: never a line of the context (`FOODBORNE ILLNESS IN THE REGION` in a brief's Context)
        paragraph.data = {...paragraph.data, role: 'heading'}
        continue
      }
      if (section === 'outlook list' && isSignatureLine(normaliseSpace(raw))) {
        // `Done at Kigali on 2 October 2026.` closes the follow-up list: what comes after (an annex of participants) is context.
        paragraph.data = {...paragraph.data, role: 'context'}
        section = 'context'
        continue
      }
      if (section === 'outlook list' && endsFollowUp(paragraph, headings.has(paragraph), CONTEXT_HEADINGS)) {
        // `Annex – Lima Compact`, `Observers: …`: a part of context after the follow-up list ends it, signed or not.
        section = 'context'
        paragraph.data = {...paragraph.data, role: headings.has(paragraph) ? 'heading' : 'context'}
        continue
      }
      // (a bare line of a few words there, `Follow-ups` / `☐ @Ana to …` / `Next meeting` / `20 January 2027, Marsa`, heads the next part though
      // no heading was found for it: a wiki page's headings have no blank line under them; roles44)
      if (section === 'outlook list' && (headings.has(paragraph) || (!paragraph.data?.bullet && isBareSectionLine(normaliseSpace(raw)))) && OUTLOOK_HEADINGS.test(withoutReference(normaliseSpace(raw).replace(/\s*[:?]$/, '')))) {
        // `Action items` / `☐ @Ana to send …` / `Next meeting` / `The forum will meet …`: the heading of the next part of the outlook is its heading, no item
        paragraph.data = {...paragraph.data, role: 'heading'}
        nextMeetingSection = reading.nextMeeting.test(normaliseSpace(raw))
        section = 'outlook'
        continue
      }
      if (section === 'outlook list') {
        const head = raw.slice(0, TITLE_SEARCH_CHARS)
        // (what someone said there is context: `24. In closing, the Chair said: “…”`; so is the place and date it was done at: `Victoria, 1 May 2026`)
        if (isQuotationOnly(raw) || isPlaceAndDate(normaliseSpace(raw), reading)) {
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        // (a task list's box, `- [ ] Publier l'appel …`, `☐ Send the draft …`, is a step still to take, whatever its words)
        // (so is a bullet there that decides nothing, a step named without its verb: `Next steps` / `• First loans from the fund in early 2027`; layouts49)
        const undecided = Boolean(paragraph.data?.bullet) && !isNumberMarker(paragraph.data!.bullet!.marker) && !SENTENCE_END.test(normaliseSpace(raw)) && !reading.decision.test(normaliseSpace(raw)) && !reading.decisionNow?.test(normaliseSpace(raw))
        if (!paragraph.data?.bullet || paragraph.data.bullet.marker === '☐' || undecided || reading.forwardLooking.test(head) || reading.followUp?.test(head) || reading.taskForm?.test(head)) {
          // (a line of text there with no word of its own ahead stands in the outlook by position alone, see `outlookByPosition`)
          const byPosition = !paragraph.data?.bullet && !looksAhead(raw, reading) && !reading.forwardLooking.test(raw) && !reading.followUp?.test(head) && !reading.taskForm?.test(head)
          paragraph.data = {...paragraph.data, role: 'outlook', ...(byPosition ? {outlookByPosition: true} : {})}
          continue
        }
      }
      if (headings.has(paragraph) && section === 'outlook' && nextMeetingSection && datesOrPlacesMeeting(normaliseSpace(raw), reading)) {
        // `Next meeting` / `20 January 2027, Marsa`: the line under the heading that dates the meeting is no heading of its own (roles44)
        paragraph.data = {...paragraph.data, role: 'outlook'}
        continue
      }
      if (!headings.has(paragraph) && !paragraph.data?.bullet && points.some((point) => point.body) && reading.actionHeadings?.test(normaliseSpace(raw).replace(/\s*[:：]$/u, '')) && reading.taskForm?.test(normaliseSpace(textOf(nextOf.get(paragraph) ?? paragraph)))) {
        // `Actions` / `@Ana Ruiz — order the lathes by 30 June`: a bare line that names a minute's actions over a task line, after the
        // decisions, heads them though no heading was found for it (a wiki page's heading has no blank line under it; structure46)
        paragraph.data = {...paragraph.data, role: 'heading'}
        actionTasks = true
        section = undefined
        continue
      }
      if (headings.has(paragraph)) {
        paragraph.data = {...paragraph.data, role: 'heading'}
        const title = normaliseSpace(raw).replace(/\s*[:?]$/, '')
        // (what part of the text it names, read without its document reference: `Date and place of the next meeting (MLG 14/8)`; roles45)
        const named = sectionName(title)
        sitting = Boolean(reading.sittingHeadings?.test(named))
        besideDecisions = false
        actionTasks = Boolean(reading.actionHeadings?.test(named)) && points.some((point) => point.body)
        nextMeetingSection = reading.nextMeeting.test(named)
        // (a question over its answer, as a page of questions and answers heads them: `Will vendors need a licence?` / `Yes. Ministers agreed …`, is
        // the point of an answer that decides, titled by the question; over one that only tells, `What was the meeting about?`, it is context)
        const question = /\?\s*$/u.test(raw)
        // (an answer that gives reasons, `Why now?` / `Because one knife in three …`, `Pourquoi ce plan ?` / `Parce que …`, explains: it decides nothing; records50)
        const answered = question && answerDecides(nextOf.get(paragraph), headings, reading) && !EXPLAINS.test(normaliseSpace(textOf(nextOf.get(paragraph)!)))
        // (an interviewer's question to the person interviewed, `Qu'avez-vous décidé samedi ?`, `What did your members agree?`, is no title of
        // the answer's decision, as a page of questions and answers puts its own: the point is titled from what the answer decides; records50)
        const interviewQuestion = answered && ADDRESSES_READER.test(named)
        section = CONTEXT_HEADINGS.test(named) || sitting ? 'context' : OUTLOOK_HEADINGS.test(named) ? 'outlook' : question && !answered ? 'context' : 'pillar'
        // (`Why it matters` / `"…"` / `– the chair` / `• Grid queues of up to six years`, beside a list headed `What the Assembly agreed`: context; layouts49)
        if (section === 'pillar' && decisionListHeading && !namesDecisions(named) && !reading.actionHeadings?.test(named) && listDecidesNothing(paragraph)) section = 'context'
        // (`7. Beach huts – occupancy 2025 (for information)`, `Rapport d'activité (pour information)`: an item put to the meeting only for its
        // information decides nothing; records50)
        if (section === 'pillar' && FOR_INFORMATION.test(title) && !answered) section = 'context'
        // (`Headteacher's report` / `The headteacher reported that 96% of pupils …`, `Rapport du trésorier` / `Le trésorier a présenté …`: a heading
        // that names someone's report over paragraphs that decide nothing heads what the meeting heard, no point; numbered52)
        if (section === 'pillar' && REPORT_HEADING.test(named) && !answered && proseDecidesNothing(paragraph)) section = 'context'
        if (section === 'pillar' && decisionSection && !namesDecisions(named) && !reading.actionHeadings?.test(named) && proseDecidesNothing(paragraph)) section = 'context'
        // (`Here is what the committee agreed:` / `- …` / `- …` … `Last season in numbers` / `The sale welcomed 9,400 buyers …`: where a lead-in that
        // decides announces the list of decisions, a heading whose paragraphs decide nothing heads what was found or asked of the readers; numbered52)
        if (section === 'pillar' && decidedList && !headedProseDecides && !namesDecisions(named) && !reading.actionHeadings?.test(named) && proseDecidesNothing(paragraph)) section = 'context'
        // (so does a line that leads in with its colon, `The members agreed as follows:`, over whole sentences, when no heading of
        // another part follows it: it announces the paragraphs after it, it is no subject of theirs)
        if (section === 'pillar' && (reading.decisionHeadings?.test(title) || leadsInToSentences(paragraph, raw, nextOf, headings, onlyPartHeading === paragraph)) && sentencesUnder(paragraph, nextOf, headings) >= 2) {
          // `Decisions` / `The mayors agreed to …` / `The Network approved …`: a heading that only names what follows as
          // decisions, over paragraphs of text, titles none of them; they are read as prose (each that decides a point).
          section = undefined
          continue
        }
        if (section === 'pillar' && reading.dayHeadings?.test(title)) {
          // `Day 1 — Tuesday 6 October`, `Jour 2 – mercredi`: a heading that names a day of the meeting tells its course, no
          // subject; it titles none of the paragraphs under it, which are read as prose (what decides there is a point).
          section = undefined
          continue
        }
        if (section === 'pillar' && onlyPartHeading === paragraph && headsWholeText(paragraph, nextOf, headings, reading)) {
          // `Executive summary` / `NOTE` over every paragraph of the text, several of which decide: a heading that
          // labels the document (no other heading follows it) titles none of them; they are read as prose.
          section = undefined
          continue
        }
        // `Article 1`, `Article premier`, `Section II`: a heading that only numbers a part of the text names no subject; the title is made from the body (so for a rubric, `AU TITRE DES MESURES NORMATIVES`)
        if (section === 'pillar') points.push(NUMBERED_PART.test(title) || FRENCH_RUBRIC_HEADING.test(title) ? {paragraph, body: '', numberedPart: true} : {paragraph, title: interviewQuestion ? undefined : headingCase(answered ? normaliseSpace(raw) : withoutReference(title), String(file.value)), body: ''})
        continue
      }
      if (section && namesContextSection(raw, CONTEXT_HEADINGS)) {
        // `Participants: Albania, Bulgaria, …`, `Annexe : liste des États membres représentés`: a line that
        // opens with a section of context and a colon lists who took part, whatever section it ends.
        paragraph.data = {...paragraph.data, role: 'context'}
        section = 'context'
        continue
      }
      if (section === 'context' && decidesOverList(raw, nextOf.get(paragraph), reading)) {
        // `Background` / … / `Ministers agreed to:` / `- create …`: a lead-in that decides heads a list of decisions,
        // which ends the context before it; the lead-in is context, and each item is read on its own.
        paragraph.data = {...paragraph.data, role: 'context'}
        section = undefined
        continue
      }
      // (but not under a heading of the sitting: `Opening of the session` / `3. The Commission elected … as Chair.` is its record)
      if (section === 'context' && decidingLists.has(paragraph) && !sitting && !besideDecisions) {
        // `Participants` / `The session brought together …` / `• The Commission approved …` / `• Ministers agreed …`: a list
        // whose items decide is the text's list of decisions, though it stands under a heading of context: it ends that section.
        section = undefined
      }
      if (section === 'context' || section === 'outlook') {
        // what someone said under `Next steps`/`Perspectives` is no step ahead, nor are thanks (`We thank the Government of Malta for hosting …`),
        // nor the line that announces what follows (`Conclusions` / `… the Working Group adopted the following conclusions.`)
        // (nor the line that records the sitting closing: `Agenda` / `Prochain comité : …` / `La séance est levée à 20 h 10.`)
        const aside = section === 'outlook' && (isQuotationOnly(raw) || onlyThanks(raw, reading) || thanksTheHost(raw, reading) || leadsIn(raw, reading) || Boolean(reading.sittingClosed?.test(normaliseSpace(raw))))
        // (the next meeting is outlook wherever it stands, under `Background` too; so is a numbered paragraph that goes on numbering the
        // points above it, under a heading of context they run past: `Questions du public` / … / `7. La prochaine séance aura lieu …`; records51)
        const goesOnNumbering = paragraph.data?.bullet !== undefined && numbersItsParagraph(paragraph.data.bullet.marker) && points.some((point) => numbersItsParagraph(point.paragraph.data?.bullet?.marker ?? ''))
        const ahead = section === 'context' && (!paragraph.data?.bullet || goesOnNumbering) && looksAhead(raw, reading)
        // (a paragraph under an outlook heading with no word of its own ahead stands there by position alone, see `outlookByPosition`)
        // (nor is an entry of a list of meetings ahead, `… dates: June 2028 location: Gdańsk`)
        // (nor is the date or the place under `Next meeting`: `20 January 2027, Marsa` is the next meeting's, whatever the model guesses; roles44)
        const byPosition = section === 'outlook' && !aside && !looksAhead(raw, reading) && !reading.forwardLooking.test(raw) && !reading.meetingEntry?.test(raw) && !(nextMeetingSection && datesOrPlacesMeeting(normaliseSpace(raw), reading))
        paragraph.data = {...paragraph.data, role: aside ? 'context' : ahead ? 'outlook' : section, ...(byPosition ? {outlookByPosition: true} : {})}
        if (section === 'context' && !ahead && !paragraph.data.bullet) underContextHeading.add(paragraph)
        continue
      }
      // (a task on a line of its own without a bullet, as a wiki page writes it, `@Ana Ruiz — order the lathes by 30 June`, is one too; structure46)
      // (and so is the next meeting's line after them, `Next call: Tuesday 9 June 2026, same time.`, whatever follows it)
      if (actionTasks && !paragraph.data?.bullet && section === undefined && (looksAhead(raw, reading) || OUTLOOK_HEADINGS.test(/^([^:：.]{2,40}?)\s?[:：]\s/u.exec(normaliseSpace(raw))?.[1] ?? ''))) {
        paragraph.data = {...paragraph.data, role: 'outlook'}
        continue
      }
      if (actionTasks && (paragraph.data?.bullet || reading.taskForm?.test(normaliseSpace(raw))) && (reading.taskForm ?? reading.forwardLooking).test(normaliseSpace(raw))) {
        // `Action items` / `- @Tomás Ferreira to circulate the roadmap … by 8 May 2026`, after the decisions: each task is a step ahead
        // (a minute whose action points are all it decides has them as its points, read as before)
        paragraph.data = {...paragraph.data, role: 'outlook'}
        continue
      }
      // A list after a heading's text (`Ministers also:` then `- welcomed …`, `- approved …`) ends the
      // heading's section: its lead-in is context and each of its bullets a point of its own.
      // So does a short line without a sentence's end right before such a list (`Actions by the Network`).
      // (but a minute's actions under its decision, `RESOLVED: that …` / `• Ian Cooke to agree the insurance by …`, are that item's: each names who does what)
      if (section === 'pillar' && points[points.length - 1].body && paragraph.data?.bullet && actionsOfItem(paragraph, nextOf, reading)) {
        paragraph.data = {...paragraph.data, role: 'point'}
        const last = points[points.length - 1]
        last.body = `${last.body} ${normaliseSpace(raw)}`
        continue
      }
      if (section === 'pillar' && points[points.length - 1].body && !sectionLists.has(paragraph) && (paragraph.data?.bullet || /:\s*$/.test(raw) || (nextOf.get(paragraph)?.data?.bullet && raw.split(/\s+/).length <= HEADING_WORDS && !NOT_HEADING_END.test(raw.trim())))) section = undefined
      if (section === 'pillar') {
        // The paragraphs under a heading are its body, until a paragraph about the next meeting.
        const last = points[points.length - 1]
        const split = splitOutlook(raw, reading)
        // (the aim or review alone under its heading: the next paragraph heads another section, or there is none)
        const next = nextOf.get(paragraph)
        const alone = next === undefined || headings.has(next) || listHeadings.has(next) || Boolean(next.data?.role)
        if (!last.body && next?.data?.bullet && !paragraph.data?.bullet && next.position!.start.line > paragraph.position!.end.line + 1 && (/[:：—–]\s*$/u.test(raw) || leadsIn(raw, reading))) {
          // `RESOLUTIONS OF THE ANNUAL MEETING` / `IT IS NOTIFIED … that the Council … resolved—` / `` / `That the price …;`: a heading whose
          // only text leads in to a list of paragraphs (parted by blank lines) heads that list: the lead-in is context, and each item a
          // point of its own (a list right under its lead-in, `Le Conseil a adopté :` / `- le décret …`, stays the heading's one point).
          points.pop()
          section = undefined
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        if ((!split && !last.body && looksAhead(raw, reading)) || (!last.body && alone && (statesAim(raw, reading) || onlySetsUpReview(raw, reading)))) {
          // A heading whose first paragraph is about the next meeting (`Next meeting`, `Prochaine
          // session`, `Date and venue`) heads the outlook, whatever its words: it is no point.
          // (so does one whose first paragraph states an aim for a year ahead or only sets up a later review, `Objectifs et suivi` /
          // `L'objectif de la Chambre est de … d'ici à 2029. L'assemblée charge le bureau de présenter un premier bilan … en 2027 …`)
          points.pop()
          section = 'outlook'
          paragraph.data = {...paragraph.data, role: 'outlook'}
          continue
        }
        if (!last.body && last.numberedPart && numberedPartIsContext(raw, points.length === 1, reading)) {
          // `Article 2` / `Les ministres adoptent le Plan d'action de Lomé, annexé à la présente déclaration.`: a part that
          // only numbers its paragraph is a numbered paragraph, read as one (the plan adopted as such, the sitting: context).
          points.pop()
          section = undefined
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        if (!last.body && alone && splitSentences(normaliseSpace(raw.slice(0, 1200))).length === 1 && (adoptsThePlan(raw, reading) || adoptsHeadingPlan(raw, last.title ?? ''))) {
          // `Plan de développement 2027-2030` / `Le bureau a adopté le plan de développement 2027-2030, qui sera soumis à l'assemblée …`, `Strategy` /
          // `The Board adopted its Strategy 2027–2031.`: a heading over the plan adopted as such alone, in one sentence, heads context, as a numbered
          // paragraph's is; one that goes on to say what the plan does is a point (`… approved the Roadmap. The roadmap keeps …`; records50)
          points.pop()
          section = 'context'
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        if (!last.body && onlyNotesToNextHeading(paragraph, nextOf, (next) => headings.has(next) || listHeadings.has(next), reading)) {
          // `7. Beach huts – occupancy 2025` / `The Committee received a report showing …` / `RESOLVED: That the report be noted.`, `Procès-verbal` /
          // `RÉSOLU : Que le procès-verbal de la séance du … soit adopté.`: an item whose only resolution notes a report or confirms the minutes
          // decided nothing: context (records50)
          points.pop()
          section = 'context'
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        if (RECOMMENDATION_LINE.test(normaliseSpace(raw)) && resolvedBelow(paragraph, nextOf, (next) => headings.has(next) || listHeadings.has(next))) {
          // `Officer's recommendation: That charges rise by 6% …` / `RESOLVED: That charges rise by 4% …`: what the meeting was asked is
          // settled by what it resolved below it, which is the point; the recommendation is context, and the section goes on (records50)
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        if (!last.body && isNoDecision(normaliseSpace(raw), reading) && noDecisionToNextHeading(paragraph, nextOf, (next) => headings.has(next) || listHeadings.has(next), reading)) {
          // `2°) Approbation du procès-verbal` / `Aucune observation n'étant formulée, le procès-verbal est approuvé.`: a heading whose
          // paragraphs are all no decision (the minutes' procedure, what was not agreed, one member's plan) is context, not a point.
          points.pop()
          section = 'context'
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        if (!last.body && closesProcedure(normaliseSpace(raw), reading)) {
          // `Rapport financier` / `Le trésorier présente les comptes … quitus est donné au bureau.` / `Délibération 3 — Marque collective …
          // L'assemblée crée …` (the next item's heading run into its paragraph): the minutes' procedure is context though a paragraph
          // after it decides; the heading titles nothing, and what follows is read as prose (roles45)
          points.pop()
          section = undefined
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        if (!last.body && ((quotesOnly(raw) && onlyQuotesToNextHeading(paragraph, nextOf, (next) => headings.has(next) || listHeadings.has(next))) || attributesQuotation(paragraph, paragraphs))) {
          // `## Verbatim` / `> « … »` / `> — l'adjointe au maire …`, `Quote of the day` / `"…," said the Chair.`: a section that only
          // quotes someone (a notes app's callout, a page's pull quote) decides nothing: context, the quotation left to the key message;
          // `In the Chair's words` / `"A race is only as good as …"` / `— the Chair`: a heading over a quotation set apart with who said it
          // titles no point either (exports46, structure46)
          points.pop()
          section = 'context'
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        if (!last.body && onlyThanks(raw, reading)) {
          // So is one whose first paragraph only thanks (`Acknowledgements`, `Remerciements`): context.
          points.pop()
          section = 'context'
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        if (!split && looksAhead(raw, reading) && last.body) {
          section = 'outlook'
          paragraph.data = {...paragraph.data, role: 'outlook'}
          continue
        }
        if ((last.body && (isQuotationOnly(raw) || attributesQuotation(paragraph, paragraphs))) || reportsIntervention(raw, reading)) {
          // What someone said after a section's decisions (`“…,” said the Chair. “…”`) is context, not the point's body;
          // so is what a delegation said in a debate (`General debate` / `The representative of Chile said …`).
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        if (last.body && !sectionLists.has(paragraph) && endsOneParagraphSections(points, raw, reading)) {
          // `Camera traps` / `Ministers agreed to …` / `Compensation` / `The Council approved …` / `A survey counted …`: where
          // every earlier heading has one paragraph under it, a second one that decides nothing is no longer that
          // heading's: it ends the section and is read as any paragraph of text (context, outlook).
          section = undefined
          continue
        }
        // What it decided is the point's; its last sentences about the next meeting are outlook.
        paragraph.data = {...paragraph.data, role: 'point', split}
        last.paragraphs = (last.paragraphs ?? 0) + 1
        const kept = normaliseSpace(split?.kept ?? raw)
        // (a resolution that opens the item's body has its label as its marker: `RESOLVED: That the lease be granted …` gives `That the
        // lease be granted …`; one after the report it settles stays as written, `The Treasurer reported … RESOLVED: that …`; records50)
        const label = last.body ? null : RESOLUTION_CLAUSE.exec(kept)
        last.body = last.body ? `${last.body} ${kept}` : label ? kept.slice(label[0].length) : kept
        // A heading run in after a dash (`Financing the plan — …`) heads its own paragraph only.
        if (paragraph.data.runIn) section = undefined
        continue
      }
      if (!paragraph.data?.bullet) continue
      if (figureItems.has(paragraph)) {
        // `… gave the following key numbers:` / `- 1.1 million pullers at work …;` / `- 62% of rickshaws …`: numbers found, not decided.
        paragraph.data = {...paragraph.data, role: 'context'}
        continue
      }
      const bulletBefore = previousBullet
      previousBullet = paragraph
      // the colon that announces joined sub-items (`agreed to: (a) … (b) …`) is no `Title:` colon, and
      // what someone said, announced with a colon (`The Chair said: “…”`), has no title before it
      const found = titleColonAt(raw)
      const dash = found === -1 ? dashed.get(paragraph) : undefined
      const colon = isQuotationOnly(raw) || found === paragraph.data.bullet.listColon ? -1 : dash ? dash.title : found
      if (colon !== -1 && recordsProcedure(normaliseSpace(raw), reading)) {
        // `10. In closing, the Chair said: "…" She urged …`: the chair's closing words, their colon no `Title:` (see `no-decision.ts`)
        paragraph.data = {...paragraph.data, role: 'context'}
        continue
      }
      const error = (reason: string, index: number, ruleId: string) => {
        file.message(reason, {place: pointIn(paragraph, index), ruleId, source: 'briefing-pack'}).fatal = true
      }
      if (colon === -1) {
        // A decision that then says when it will be reviewed: the decision is the point, the review outlook.
        // (but a numbered paragraph is one unit: a sentence that looks ahead in the middle of it, or one that sets a task of its own
        // before the report, `X. We agree to … . Each member will review its rules and report on the changes at our next meeting. We
        // also ask …`, stays in its point; the paragraph is read as the point it opens with, not as the next meeting)
        const cut = splitOutlook(raw, reading)
        const whole = cut !== undefined && numbersItsParagraph(paragraph.data.bullet?.marker ?? '') && keepsItsLookAhead(cut.ahead, reading)
        const split = whole ? undefined : cut
        if (split) paragraph.data = {...paragraph.data, split}
        const raw_ = split?.kept ?? raw
        // (so is a numbered paragraph that only says who carries the text out or when it takes effect, as an `Article 3` heading's is)
        if (adoptsThePlan(raw_, reading, paragraph.data?.bullet?.listColon) || (isNumberMarker(paragraph.data.bullet?.marker ?? '') && Boolean(reading.formalClause?.test(normaliseSpace(raw_))))) {
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        // (an item of a list whose lead-in decides, `Ministers agreed to:` / `d. ask the platforms …, and review their replies at the next
        // meeting;`, is read with its lead-in: a decision that only names the next meeting is a point)
        const announced = leadIns.get(paragraph)
        if (!whole && looksAhead(raw_, reading) && !(announced && !looksAhead(`${announced} ${raw_}`, reading))) {
          paragraph.data = {...paragraph.data, role: 'outlook', split: undefined}
          continue
        }
        // An item of a list of notes beside the list of decisions (`📌 The cities produce 9 million tonnes …`) is read as text: context, or outlook when it looks ahead.
        if (notes.has(paragraph)) continue
        const noted = notesFinding(raw_, reading, lastFinding !== undefined && lastFinding === bulletBefore)
        if (noted) lastFinding = paragraph
        if (isPreambular(raw_, reading) || noted) {
          // `PP2 Conscious that leprosy is curable …,`: a declaration's preambular paragraph decides nothing, wherever it stands;
          // nor does a finding the speakers note (`4. We note with concern that the inventory counts …`).
          paragraph.data = {...paragraph.data, role: 'context', split: undefined}
          continue
        }
        if (statesAim(raw_, reading) || asksForProgressReports(raw_, reading) || onlySetsUpReview(raw_, reading)) {
          // `27. By 2030, the Partnership aims to have every region covered …`: an aim for a year ahead is outlook;
          // so is a request to report on progress (`26. Ministers asked the secretariat to report each year on progress …`).
          paragraph.data = {...paragraph.data, role: 'outlook', split: undefined}
          continue
        }
        if (onlyKeepsTheMatter(raw_, reading)) {
          // `… reaffirmed their commitment …, and underlined that they will remain seized of the matter`: no decision, no step ahead.
          paragraph.data = {...paragraph.data, role: 'context', split: undefined}
          continue
        }
        // (a row of a table under its column of what was decided, `Ref | Decision | Lead`, is a decision whatever its words: never the opening; records51)
        const decisionRow = paragraph.data?.bullet?.marker === '|'
        if ((points.length === 0 && !decisionRow && (OPENING.test(raw_) || reading.describes?.test(raw_) || isOpeningParagraph(raw_, reading))) || THANKS_.test(raw_) || thanksTheHost(raw_, reading)) {
          // The opening of a communiqué (thanks to the host, commitments reaffirmed, what a document sets out,
          // the sitting, what was only welcomed or noted before the first decision) is context.
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        // (and one that is no decision of the meeting: what it did not agree, one member's own plan, the minutes' procedure, see `no-decision.ts`)
        if (isQuotationOnly(raw_) || attributesQuotation(paragraph, paragraphs) || leadsIn(raw_, reading) || paragraph.data.bullet?.leadsList || onlyThanks(raw_, reading) || creditsSupport(raw_, reading) || reportsIntervention(raw_, reading) || isNoDecision(normaliseSpace(raw_), reading) || onlyHearsFinding(normaliseSpace(raw_), reading, !recordsSitting) || (recordsSitting && onlyNarrates(normaliseSpace(raw_), reading))) {
          // A numbered paragraph that only quotes someone (“…,” said the Chair.) is context, not a point;
          // so is one that announces the list after it (`…, whose main measures are set out below.`)
          // one that only thanks (`We thank the Government of Uganda for …`) and one that reports what a delegation said, wherever it stands.
          paragraph.data = {...paragraph.data, role: 'context'}
          continue
        }
        paragraph.data = {...paragraph.data, role: 'point'}
        // a bullet with indented `o` sub-items is titled from its own line, as a list's lead-in and first item are
        const subMarker = (paragraph.data.subMarker ?? 'o').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        const leadIn = paragraph.data.subItems ? `${normaliseSpace(raw_).split(new RegExp(`\\s+${subMarker}\\s+(?=\\p{L})`, 'u'))[0]}.` : undefined
        // (`Les participants ont :` / `- adopté une norme …`: the item is titled as the sentence it ends, not by its participle)
        const auxiliary = auxiliaries.get(paragraph)
        points.push({paragraph, body: normaliseSpace(raw_), titleWords: titleWordsOf(paragraph, normaliseSpace(raw_)) ?? leadIn ?? (auxiliary && `${auxiliary} ${normaliseSpace(raw_)}`)})
        continue
      }
      if (looksAhead(raw, reading)) {
        // `Next stop: ministers meet again in Cherbourg …`: a bullet about the next meeting is outlook, whatever its label.
        paragraph.data = {...paragraph.data, role: 'outlook'}
        continue
      }
      const title = normaliseSpace(raw.slice(0, colon))
      const body = normaliseSpace(raw.slice(dash ? dash.body : colon + 1))
      if (title && body && OUTLOOK_HEADINGS.test(title) && !reading.decisionHeadings?.test(title)) {
        // `- Next meeting: Bamako, April 2027.`, `• Prochaine réunion : avril 2026 à Thiès.`, `- Next steps: …`: a bullet
        // titled as the outlook is the outlook's line, not a point (`- Conclusions: …` names what was settled: a point).
        paragraph.data = {...paragraph.data, role: 'outlook'}
        continue
      }
      paragraph.data = {...paragraph.data, role: 'pillar'}
      if (!title) {
        error('Unexpected empty pillar title before `:`, expected `Title: body`', 0, 'pillar-title')
        continue
      }
      if (!body) {
        error(`Unexpected empty body for pillar \`${clip(title)}\`, expected text after the colon`, colon + 1, 'pillar-body')
        continue
      }
      const key = title.toLocaleLowerCase()
      const previous = seen.get(key)
      if (previous !== undefined) {
        error(`Unexpected duplicate pillar title \`${clip(title)}\`, expected a title not used on line ${previous}`, 0, 'pillar-duplicate')
        continue
      }
      seen.set(key, paragraph.position!.start.line)
      points.push({paragraph, title, body})
    }
    const tableRows = points.filter((point) => point.paragraph.data?.bullet?.marker === '|')
    if (tableRows.length > 0) {
      // A table of decisions with prose under it (`| Commitment | Lead | Deadline |` / rows / `Ministers discussed … and asked the
      // working group to propose …`): a paragraph after the table that decides is a point too, as in a text of prose.
      const after = paragraphs.slice(paragraphs.indexOf(tableRows.at(-1)!.paragraph) + 1)
      if (!after.some((paragraph) => paragraph.data?.bullet)) for (const point of decisionsInProse(after, readoutOf(file).dateline, reading, false, true)) points.push(point)
    }
    const lastNumbered = points.filter((point) => isNumberMarker(point.paragraph.data?.bullet?.marker ?? '')).at(-1)
    if (lastNumbered && lastNumbered === points.at(-1)) {
      // `5 – Un fonds …` / `La ministre a également indiqué que la France demanderait …`: a paragraph right after the numbered
      // decisions that says it adds one more (`also`, `également`) and decides is a point of the list, as in a text of prose.
      const after = paragraphs.slice(paragraphs.indexOf(lastNumbered.paragraph) + 1)
      const stop = after.findIndex((paragraph) => !ADDS_ONE_MORE.test(normaliseSpace(textOf(paragraph)).slice(0, 200)))
      const adding = stop === -1 ? after : after.slice(0, stop)
      if (!after.some((paragraph) => paragraph.data?.bullet)) for (const point of decisionsInProse(adding, readoutOf(file).dateline, reading, false, true)) points.push(point)
    }
    const lastBulleted = points.at(-1)
    if (lastBulleted && lastBulleted !== lastNumbered && lastBulleted.paragraph.data?.bullet && reading.oneMoreDecision) {
      // `○ … .` / `The Compact also agreed to commission a study …` / `Il a également été convenu de …`: a paragraph right after the
      // list of decisions that says, in its own verb of deciding, that the meeting took one more is a point of the list (not one that
      // only adds a word, `also noted`, `a également indiqué`: that is context or a step ahead, as before).
      const after = paragraphs.slice(paragraphs.indexOf(lastBulleted.paragraph) + 1)
      const stop = after.findIndex((paragraph) => paragraph.data?.role !== undefined || !reading.oneMoreDecision!.test(normaliseSpace(textOf(paragraph)).slice(0, 300)))
      const adding = stop === -1 ? after : after.slice(0, stop)
      if (!after.some((paragraph) => paragraph.data?.bullet)) for (const point of decisionsInProse(adding, readoutOf(file).dateline, reading, false, true)) points.push(point)
    }
    if (points.length === 0) {
      // A text that has no point but under a heading of context (`Background` / `Ministers agreed to …` / `Ministers decided …`)
      // is read as prose there too, rather than refused: its paragraphs that decide are the points, the rest stays context.
      for (const paragraph of underContextHeading) paragraph.data = {...paragraph.data, role: undefined}
      for (const point of decisionsInProse(paragraphs, readoutOf(file).dateline, reading)) points.push(point)
      // A readout whose only decisions are in the sentence that says who met (`Ministers met in Kampala on
      // 18 May and agreed to close the lake …`, all in one paragraph) has that paragraph as its point, rather than being refused.
      if (points.length === 0) for (const point of decisionsInProse(paragraphsOf(tree).filter((p) => p.data?.role !== 'header'), undefined, reading, true)) points.push(point)
      for (const paragraph of underContextHeading) if (!paragraph.data?.role) paragraph.data = {...paragraph.data, role: 'context'}
      // A statement written as one paragraph whose sentences decide in the first person (`We agree …. We will …. We commit …`): each is a point.
      const [only, ...others] = points
      const parts = only && others.length === 0 ? statementParts(textOf(only.paragraph), reading, (sentence) => looksAhead(sentence, reading)) : undefined
      if (parts) {
        const {paragraph} = points.pop()!
        paragraph.data = {...paragraph.data, role: 'point', split: parts.ahead ? {kept: '', ahead: parts.ahead} : undefined, ...(parts.lead ? {lead: parts.lead} : {})}
        for (const body of parts.points) points.push({paragraph, body})
      }
    }
    // No readable text is refused: a text in which nothing reads as a decision has its paragraphs of text read as its points, with a warning.
    const lastResort = points.length === 0 ? paragraphsAsPoints(paragraphsOf(tree), reading, readoutOf(file).keyMessage) : []
    if (lastResort.length > 0) {
      points.push(...lastResort)
      const reason = `Unexpected readout without a decision, expected bullet lines (\`- Title: body\`, \`- text\`), numbered paragraphs (\`1. text\`), short heading lines followed by text or paragraphs that say what was decided (\`Ministers agreed …\`); its ${lastResort.length === 1 ? 'paragraph of text was read as a point' : `${lastResort.length} paragraphs of text were read as points`}`
      file.message(reason, {place: lastResort[0].paragraph.position?.start, ruleId: 'pillars', source: 'briefing-pack'})
    }
    // (a thread's posts, `1/`, `2/`, and a newsletter's keycaps, `1️⃣`, number no communiqué's paragraphs;
    // paragraphs lettered `a.`, `(a)` or in small roman numerals `i.`, `(ii)` are numbered as `1.` is)
    const numbered = paragraphs.filter((p) => isNumberMarker(p.data?.bullet?.marker ?? '') && !isSocialMarker(p.data!.bullet!.marker) && !hasTitleColon(textOf(p))).length
    const readout = readoutOf(file)
    if (!readout.kind && file.data.wire) readout.kind = WIRE_KIND
    else if (!readout.kind && numbered >= 3) readout.kind = NUMBERED_KIND
    // A paragraph no rule placed that only addresses the readers (`Any member wishing to comment … should write to me …`, `May I also
    // remind members that the levy falls due …`, as a circular closes) is context: neither a point nor a step ahead (records51).
    for (const paragraph of paragraphs) if (!paragraph.data?.role && addressesReaders(normaliseSpace(textOf(paragraph)), reading)) paragraph.data = {...paragraph.data, role: 'context'}
    if (points.length > 0 && lastResort.length === 0 && paragraphs.length <= MAX_MODEL_TITLES) {
      // Paragraphs no rule placed: the paragraph-role model's guess, when it is sure, decides them (a decision is a point
      // here; a step ahead or context is left on the paragraph for `collectParagraphs`). Not past a few hundred paragraphs,
      // as the language model is not asked there either (a pasted 2 MB list is still read in seconds).
      const keyMessage = readoutOf(file).keyMessage
      const nextOfAll = new Map(paragraphs.map((paragraph, index) => [paragraph, paragraphs[index + 1]]))
      const learned = guessParagraphRoles(paragraphsOf(tree))
      let added = false
      // (the markers of the points the rules read: a bullet under another glyph beside them is an aside, see `holdsBackLearnedPoint`)
      const pointMarkers = new Set(points.map(({paragraph}) => paragraph.data?.bullet?.marker).filter((marker): marker is string => marker !== undefined))
      for (const paragraph of paragraphs) {
        const guess = learned.get(paragraph)
        if (paragraph.data?.role || !guess || guess.role !== 'point' || guess.probability < learnedSure()) continue
        const text = normaliseSpace(textOf(paragraph))
        if (holdsBackLearnedPoint(paragraph, text, pointMarkers, reading) || !HOLDS_SENTENCE.test(text) || onlyLinkOrPlaceholder(text) || /[:：]$/u.test(text) || leadsIn(text, reading) || isQuotationOnly(text) || onlyThanks(text, reading) || creditsSupport(text, reading) || reportsIntervention(text, reading) || reading.findings?.test(text) || onlyHearsFinding(text, reading) || reading.citedText?.test(text) || ABOUT_A_DOCUMENT.test(text) || standsAt(text, reading) || talliesOrLooksBack(text, reading) || (keyMessage !== undefined && text.includes(keyMessage)) || (nextOfAll.get(paragraph)?.data?.bullet !== undefined && !paragraph.data?.bullet)) continue
        paragraph.data = {...paragraph.data, role: 'point'}
        points.push({paragraph, body: text})
        added = true
      }
      for (const paragraph of paragraphs) {
        // `Next steps` / `The Board will meet again …` / `Meeting details` / `Session 37` / `Graz`: what stands under an outlook
        // heading only by position (no word of its own looks ahead) is context when the model is sure it is.
        const guess = learned.get(paragraph)
        if (paragraph.data?.role === 'outlook' && paragraph.data.outlookByPosition && guess?.role === 'context' && guess.probability >= learnedSure()) paragraph.data = {...paragraph.data, role: 'context'}
      }
      if (added) points.sort((a, b) => (a.paragraph.position?.start.offset ?? 0) - (b.paragraph.position?.start.offset ?? 0))
    }
    addPoints(file, points, titles, reading)
  }
}
export default extractPillars

/**
 * A paragraph whose subject is a document (`Le bilan annuel du Réseau sera lancé …`, `Une étude sur … sera lancée …`,
 * `The annual report will be published …`): what the rules leave in the context (a report published, a study's
 * findings), so the paragraph-role model's guess never makes it a point.
 */
const ABOUT_A_DOCUMENT = /^(?:(?:le|la|les|l['’]|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs|the|a|an|its|their|this|these)\s*(?:\p{L}+\s+)?)(?:rapports?|bilans?|bulletins?|[ée]tudes?|enqu[êe]tes?|publications?|documents?|annuaires?|notes?|reports?|stud(?:y|ies)|surveys?|reviews?|bulletins?|papers?)(?!\p{L})/iu

/**
 * Whether a paragraph says where things stand: its first sentence opens on the level a figure reached
 * (`Salt output reached 1.2 million tonnes in 2025, …, and the Network aims for 2 million tonnes by 2032`,
 * `La production … a atteint …, et le Réseau vise … d'ici 2032`) and looks ahead only by a target year: `collectParagraphs`
 * leaves it in the context, so the paragraph-role model's guess never makes it a point.
 */
export function standsAt(text: string, reading: Reading): boolean {
  // (`search`, not `test`: the target-year patterns are global, and `test` would carry their `lastIndex` to the next call)
  const target = reading.targetYear
  return Boolean(target && reading.levelReached?.test(splitSentences(text.slice(0, 600))[0]?.text ?? '') && text.search(target) !== -1 && !reading.forwardLooking.test(text.replace(target, '')))
}

/** A document reference in brackets at the end of a heading (`(MLG 14/8)`, `[Item 7]`, `(doc. CL 12/3-Add.1)`): a number, no words of the heading. */
const HEADING_REFERENCE = /\s*[([][^()[\]]{0,60}\d[^()[\]]{0,60}[)\]]$/u

/**
 * A document's number joined to a heading after a spaced dash (`Déneigement des trottoirs — rés. 2026-01-004`, `Night parking – By-law
 * 512-2026`, `Grants - Decision No. 14`, `Budget — délibération n° 2026-12`): the number of the act, no word of the heading (records50).
 */
const HEADING_ACT_NUMBER = /\s[—–-]\s(?:r[ée]s(?:olution)?\.?|resolution|r[èe]glement|by-?law|ordinance|ordonnance|decision|d[ée]cision|d[ée]lib[ée]ration|d[ée]cret|arr[êe]t[ée]|motion|minute|item|point|dossier|file|paper|report|rapport|doc(?:ument)?\.?)(?:\s(?:n[°º]|no\.?|number|num[ée]ro))?\s?[\p{L}\p{N}./-]{0,20}\d[\p{L}\p{N}./-]{0,20}$/iu

/** A heading's title without the number of the act it ends on after a dash (`Aide aux aînés — rés. 2026-01-009` → “Aide aux aînés”; records50, titles50). */
export function withoutActNumber(title: string): string {
  return title.replace(HEADING_ACT_NUMBER, '') || title
}

/** A heading without the document reference it ends on (`Date and place of the next meeting (MLG 14/8)` names the next meeting; roles45), and without the number of the act it ends on (`withoutActNumber`). */
export function withoutReference(title: string): string {
  const bare = title.replace(HEADING_REFERENCE, '').replace(HEADING_ACT_NUMBER, '')
  return bare === '' ? title : bare
}

/** A resolution's label before its clause (`RESOLVED: That …`, `RÉSOLU : Que …`), dropped where it opens an item's body (not `Resolved: to …`, which keeps it). */
const RESOLUTION_CLAUSE = new RegExp(`${RESOLUTION_LABEL.source}(?=(?:that|que)(?!\\p{L})|qu['’])`, 'iu')

/** The opening of an answer that gives reasons (`Because …`, `Parce que …`, `Parce qu'…`, `Car …`): an explanation. */
const EXPLAINS = /^(?:(?:because|parce\s+que|car)(?!\p{L})|parce\s+qu['’])/iu
/** A question put to the person interviewed, in the second person (`Qu'avez-vous décidé ?`, `Et vous ?`, `What did you agree?`, `Why did your members vote …?`). */
const ADDRESSES_READER = /(?<!\p{L})(?:vous|votre|vos|you|your)(?!\p{L})|-vous(?!\p{L})|^et\s+(?:pour|sur|du\s+c[ôo]t[ée])\s|^and\s+(?:for|on|what\s+about)\s/iu

/** A plan adopted as such, named by its years (`Le bureau a adopté le plan de développement 2027-2030`, `The Board approved its
 * strategy for 2027–2031`), in the sentence's first words. */
const PLAN_BY_YEARS = /^(?:[\p{L}'’-]{1,30}\s{1,3}){1,4}?(?:(?:a|ont|avons|has|have|had)\s+)?(?:(?:formally|unanimously|also|formellement|[ée]galement)\s+)?(?:adopt[ée]|approuv[ée]|entérin[ée]|adopted|approved|endorsed)\s+(?:le|la|l['’]|son|sa|leur|the|its|their)\s?(?:[\p{L}-]+\s+){0,2}?(?:plan|feuille\s+de\s+route|strat[ée]gie|strategy|programme|program|roadmap|sch[ée]ma)(?:\s+(?:(?:de|d['’]|du|des|for|of|on)\s*)?[\p{L}'’-]+){0,2}\s(?:for\s+|pour\s+)?\d{4}(?:\s?[-–/]\s?\d{2,4})?(?=[\s,.;]|$)/iu

/**
 * Whether a heading's only paragraph adopts the plan the heading names (`Plan de développement 2027-2030` / `Le bureau a adopté le plan de
 * développement 2027-2030, qui sera soumis …`): the plan adopted as such, context (records50).
 * @param text the paragraph
 * @param heading the heading's words
 * @returns whether it does
 */
function adoptsHeadingPlan(text: string, heading: string): boolean {
  const first = splitSentences(normaliseSpace(text.slice(0, 600)))[0]?.text ?? ''
  return heading.length > 3 && PLAN_BY_YEARS.test(first) && first.toLowerCase().includes(heading.toLowerCase())
}

/** A picture's caption, opened by its label (`Photo : …`, `Photo: …`, `Pictured: …`, `Légende : …`, `Crédit photo : …`, `Caption: …`). */
const PHOTO_CAPTION = /^(?:photos?|pictured|caption|l[ée]gende|cr[ée]dits?\s+photos?|photo\s+credit|image)\s?:\s/iu

/** A section's number before its heading's words, with no stop after it or with one (`4  Next steps`, `1 Introduction`, `2. Background`, `3.2 Funding`). */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t\u00A0]+(?=\p{Lu})/u

/**
 * What part of the text a heading names: its words without a document reference (`withoutReference`) and without the section number
 * before them (`4  Next steps` names the outlook, `1  Introduction` the context, as a report numbers its sections; records50).
 * @param title the heading's words
 * @returns those words
 */
function sectionName(title: string): string {
  return withoutReference(title).replace(SECTION_NUMBER, '')
}

/**
 * Whether every paragraph after one, up to the next heading, is no decision either (`isNoDecision`) or a line of the sitting's
 * procedure (`Adopté à l'unanimité.`): the heading over them all heads context.
 * @param paragraph the first paragraph under the heading
 * @param nextOf the paragraph after each
 * @param isHeading whether a paragraph is a heading
 * @param reading the patterns of the source's language
 * @returns whether none of them decides
 */
function noDecisionToNextHeading(paragraph: Paragraph, nextOf: Map<Paragraph, Paragraph | undefined>, isHeading: (paragraph: Paragraph) => boolean, reading: Reading): boolean {
  for (let next = nextOf.get(paragraph); next && !isHeading(next); next = nextOf.get(next)) {
    const text = normaliseSpace(textOf(next))
    if (!isNoDecision(text, reading) && !procedureOf(text, reading)) return false
  }
  return true
}

/**
 * Whether the paragraphs after a heading, to the next one, hold a record's resolution (`RESOLUTION_LABEL`) and every one of them only
 * notes a report or confirms the minutes (`resolvesOnlyToNote`), while no other paragraph there decides (records50).
 * @param paragraph the first paragraph under the heading
 * @param nextOf the paragraph after each
 * @param isHeading whether a paragraph is a heading
 * @param reading the patterns of the source's language
 * @returns whether the item only took note
 */
function onlyNotesToNextHeading(paragraph: Paragraph, nextOf: Map<Paragraph, Paragraph | undefined>, isHeading: (paragraph: Paragraph) => boolean, reading: Reading): boolean {
  let resolutions = 0
  for (let next: Paragraph | undefined = paragraph; next && !isHeading(next); next = nextOf.get(next)) {
    const text = normaliseSpace(textOf(next))
    if (RESOLUTION_LABEL.test(text)) {
      if (!resolvesOnlyToNote(text)) return false
      resolutions++
    } else if (reading.decision.test(text) || Boolean(reading.decisionNow?.test(text))) return false
  }
  return resolutions > 0
}

/**
 * Whether a record's resolution (`RESOLUTION_LABEL`) stands below a paragraph before the next heading.
 * @param paragraph a paragraph under a heading
 * @param nextOf the paragraph after each
 * @param isHeading whether a paragraph is a heading
 * @returns whether one does
 */
function resolvedBelow(paragraph: Paragraph, nextOf: Map<Paragraph, Paragraph | undefined>, isHeading: (paragraph: Paragraph) => boolean): boolean {
  for (let next = nextOf.get(paragraph); next && !isHeading(next); next = nextOf.get(next)) if (RESOLUTION_LABEL.test(normaliseSpace(textOf(next)))) return true
  return false
}

/** A quotation's signature on a line of its own after it (`— the Chair, closing the meeting`, `– Mme Roy, maire`, `- Ana Ruiz`): who said it, a few words after a dash. */
const QUOTE_SIGNATURE = /^[—–-][ \u00A0]*\S[^\n]{0,150}$/u

/**
 * Whether the paragraphs after a quotation, to the next heading, are all quotations or their signatures (`> — the Chair`).
 * @param paragraph the section's first paragraph, a quotation
 */
function onlyQuotesToNextHeading(paragraph: Paragraph, nextOf: Map<Paragraph, Paragraph | undefined>, isHeading: (paragraph: Paragraph) => boolean): boolean {
  for (let next = nextOf.get(paragraph); next && !isHeading(next); next = nextOf.get(next)) {
    const text = normaliseSpace(textOf(next))
    if (!quotesOnly(text) && !QUOTE_SIGNATURE.test(text)) return false
  }
  return true
}

/** Whether a paragraph is only a quotation, said by someone (`isQuotationOnly`) or bare between its marks (`« … »`, `"…"`, `“…”`). */
function quotesOnly(text: string): boolean {
  const flat = normaliseSpace(text.slice(0, 2001)).trim()
  return isQuotationOnly(flat) || (flat.length <= 2000 && BARE_QUOTATION.test(flat))
}

/** Whether a list marker numbers its item: a number (`1.`, `(2)`), a small letter (`a.`, `(b)`, `c)`) or a small roman numeral (`iv.`, `(ii)`). */
export function isNumberMarker(marker: string): boolean {
  return /^\(?(?:\d|[a-z][.)]|[ivxl]+[.)])/.test(marker)
}

/**
 * Whether a paragraph only tallies or looks back: its first sentence costs the plan or counts the money given so far
 * (`Grants of €3 million have been pledged so far.`, `Two foundations pledged €40 million …`), or it looks back on how far the body
 * has come (`Saying that, the Guild has come far since …`). Neither is a decision, whatever the paragraph-role model guesses.
 * @param text the paragraph
 * @param reading the patterns of the source's language
 * @returns whether the paragraph tallies or looks back
 */
export function talliesOrLooksBack(text: string, reading: Reading): boolean {
  const first = splitSentences(text.slice(0, 600))[0]?.text ?? ''
  return Boolean(reading.costing?.test(first) || reading.pledgeTally?.test(first) || reading.lookBack?.test(text.slice(0, 600)))
}

/**
 * Whether the sentences of a numbered paragraph that look ahead stay in its point: a sentence after them decides again
 * (`… report at our next meeting. We also ask the Secretariat to …`), or the first of them sets a task of its own before
 * the report (`Each member will review its rules and report on the changes at our next meeting`, `Each authority will send
 * its list by March, and the secretariat will present a draft at the next meeting`). A sentence that only reports or
 * reviews at the next meeting (`They will consider its first findings at their next meeting`) is outlook, as before.
 * @param ahead the paragraph's text from its first sentence that looks ahead
 * @param reading the patterns of the source's language
 * @returns whether those sentences are the point's
 */
function keepsItsLookAhead(ahead: string, reading: Reading): boolean {
  const sentences = splitSentences(ahead.slice(0, TITLE_SEARCH_CHARS))
  if (reading.taskBeforeReport?.test(sentences[0]?.text.slice(0, 400) ?? '')) return true
  return sentences.slice(1).some(({text}) => !looksAhead(text, reading) && decidesAnew(text, reading))
}

/** Whether a sentence decides in its own verb, taken at the meeting (`We also ask …`, `Ministers approved …`), not only a `will`. */
function decidesAnew(sentence: string, reading: Reading): boolean {
  if (reading.decisionNow?.test(sentence)) return true
  const decision = new RegExp(reading.decision.source, reading.decision.flags.includes('g') ? reading.decision.flags : `${reading.decision.flags}g`)
  return [...sentence.slice(0, 400).matchAll(decision)].some((match) => !/^(?:will|shall)$/i.test(match[0]) && !/(?:eront|iront|era|ira|erons|irons)$/iu.test(match[0]))
}

/** Whether a list marker numbers its paragraph, in figures, letters or roman numerals of either case (`3.`, `b)`, `XIV.`). */
function numbersItsParagraph(marker: string): boolean {
  return /^\(?(?:\d|[a-z][.)]|[ivxlc]+[.)])/iu.test(marker)
}

/** Give each point its title (its own, or one made from its words) and add it to the readout. */
/**
 * Whether a paragraph is a line of the sitting's procedure: a vote's tally, a certification, the sitting closed (`line`), or a
 * paragraph that records the sitting duly held (`sitting`: `Le conseil, régulièrement convoqué, …`, `A quorum being present, …`).
 * @param text the paragraph's text, its spaces normalised
 * @param reading the text's language
 * @returns which, else undefined (and never for a long paragraph, which also decides)
 */
function procedureOf(text: string, reading: Reading): 'line' | 'sitting' | undefined {
  if (text.length > PROCEDURE_CHARS) return undefined
  // (so too the sentence that gives the vote on the resolution above it: `This resolution was adopted unanimously.`, `Cette résolution est adoptée à la majorité.`)
  if (reading.procedureLine?.test(text) || reading.sittingClosed?.test(text) || isVoteSentence(text)) return 'line'
  return reading.sittingHeld?.test(text) ? 'sitting' : undefined
}
/** The longest paragraph read as a line of procedure: a tally, a certification or the sentence that opens the sitting, never a decision's paragraph. */
const PROCEDURE_CHARS = 400

function addPoints(file: VFile, points: Array<{paragraph: Paragraph; title?: string; body: string; titleWords?: string}>, titles: Set<string>, reading: Reading): void {
  const readout = readoutOf(file)
  for (const point of points) {
    if (!point.body) {
      // A heading with nothing under it is not a point: keep its words as text.
      point.paragraph.data = {...point.paragraph.data, role: undefined}
      continue
    }
    // Past a few hundred points (no readout has that many) the language model is not asked, so
    // that a pasted 2 MB list is still read in seconds: the title is the point's first words.
    let title = point.title ?? (readout.pillars.length < MAX_MODEL_TITLES ? madeTitle(point.titleWords ?? point.body, titles, reading) : firstWords(point.body))
    // (a point of a text in capitals, a poster's, is titled in sentence case, its acronyms kept: `BUY NEW DEFIBRILLATORS` → `Buy new defibrillators`)
    title = capitalsPointTitle(title, point.body, String(file.value))
    if (titles.has(title.toLocaleLowerCase())) title = `${title} (${readout.pillars.length + 1})`
    titles.add(title.toLocaleLowerCase())
    readout.pillars.push({title, body: point.body})
  }
  if (readout.pillars.length === 0 && !file.messages.some((m) => m.fatal)) {
    file.message('Unexpected readout without pillars, expected bullet lines (`- Title: body`, `- text`), numbered paragraphs (`1. text`) or short heading lines followed by text', {place: {line: 1, column: 1}, ruleId: 'pillars', source: 'briefing-pack'}).fatal = true
  }
}

/** A paragraph that holds a sentence: it ends like one, or runs past a heading's length (a title line alone is nothing to read). */
const HOLDS_SENTENCE = /[.!?…;:]["'”’»)\]]?$/u

/**
 * The last resort of a text in which nothing reads as a point: the paragraphs that are left to read, in this order of
 * preference: those no rule placed (not the title block, the dateline, a heading, a quotation, the key message's, thanks or a list's lead-in), else those
 * read as context, else the dateline's, else the outlook's. Only a list's items and paragraphs that hold a sentence count: a text of a
 * title alone has none, and is refused.
 * @param paragraphs the text's paragraphs
 * @param reading the patterns of the source's language
 * @param keyMessage the key message read, whose paragraph is no point
 * @returns the points, each a paragraph as it stands (empty when the text has nothing to read)
 */
function paragraphsAsPoints(paragraphs: Paragraph[], reading: Reading, keyMessage: string | undefined): Array<{paragraph: Paragraph; body: string}> {
  // each paragraph's text once, as the tiers below look at it several times
  const texts = new Map(paragraphs.map((paragraph) => [paragraph, normaliseSpace(textOf(paragraph))]))
  const text = (paragraph: Paragraph) => texts.get(paragraph)!
  const readable = paragraphs.filter((paragraph) => paragraph.data?.role !== 'header' && !paragraph.data?.signatory && (paragraph.data?.bullet !== undefined || HOLDS_SENTENCE.test(text(paragraph)) || text(paragraph).split(' ').length > HEADING_WORDS))
  const nextOf = new Map(paragraphs.map((paragraph, index) => [paragraph, paragraphs[index + 1]]))
  // (a lead-in, `The situation is as follows.` over a list, has said all it says once its items are read)
  const aside = (paragraph: Paragraph) => isQuotationOnly(text(paragraph)) || onlyThanks(text(paragraph), reading) || (keyMessage !== undefined && text(paragraph).includes(keyMessage)) || text(paragraph).endsWith(':') || (nextOf.get(paragraph)?.data?.bullet !== undefined && !paragraph.data?.bullet)
  // the first tier that has any paragraph: unplaced text, else the context, else the dateline's paragraph, else the outlook
  const tiers: Array<(paragraph: Paragraph) => boolean> = [
    (paragraph) => (!paragraph.data?.role || paragraph.data.finding === true) && !aside(paragraph),
    (paragraph) => paragraph.data?.role === 'context' && !aside(paragraph),
    (paragraph) => paragraph.data?.role === 'dateline',
    (paragraph) => paragraph.data?.role === 'outlook' && !paragraph.data.split,
  ]
  let chosen: Paragraph[] = []
  for (const inTier of tiers) if ((chosen = readable.filter(inTier)).length > 0) break
  return chosen.map((paragraph) => {
    paragraph.data = {...paragraph.data, role: 'point', split: undefined}
    return {paragraph, body: text(paragraph)}
  })
}

/**
 * The points of a readout written as prose: the paragraphs that record a decision or a commitment
 * (“Ministers agreed …”, “… will …”), outside quotations, other than the one with the dateline and
 * those about the next meeting (`datelineToo`: that one as well). The rest stays context or outlook.
 */
function decisionsInProse(paragraphs: Paragraph[], dateline: string | undefined, reading: Reading, datelineToo = false, withoutOwnPlans = false): Array<{paragraph: Paragraph; body: string; titleWords?: string}> {
  const {decision: DECISION, reported: REPORTED} = reading
  const points: Array<{paragraph: Paragraph; body: string; titleWords?: string}> = []
  // (paragraphs numbered by their openers, `First, …` / `Second, …` / `Finally, …`, are what the text lists, whatever their verb)
  const listed = ordinalOpened(paragraphs.filter((paragraph) => !paragraph.data?.bullet && (!paragraph.data?.role || (datelineToo && paragraph.data.role === 'dateline'))))
  // (the last paragraph of prose: after the decisions, one that only dates the steps ahead is outlook, see `datesStepsAhead`)
  const lastProse = paragraphs.findLast((paragraph) => !paragraph.data?.role && !paragraph.data?.bullet)
  for (const paragraph of paragraphs) {
    if ((paragraph.data?.role && !(datelineToo && paragraph.data.role === 'dateline')) || paragraph.data?.bullet) continue
    const whole = normaliseSpace(textOf(paragraph))
    if (paragraph === lastProse && points.length > 0 && datesStepsAhead(whole, reading, (sentence) => decidesAnew(sentence, reading))) {
      paragraph.data = {...paragraph.data, role: 'outlook'}
      continue
    }
    const split = splitOutlook(whole, reading)
    if (split && onlyFurniture(split.kept, reading)) {
      // `C-9 — Timetable. Resolved, that the Winter Head be rowed at Bath on …`: what is kept before the step ahead is its number and title (roles44)
      paragraph.data = {...paragraph.data, role: 'outlook'}
      continue
    }
    const text = split?.kept ?? whole
    // (what one delegation said, or how groups outside the meeting took it, is context wherever it stands: never the outlook either)
    // (so is what the meeting did not decide, one member's own plan and the minutes' procedure, see `no-decision.ts`)
    // (and what the meeting only heard, noted or was told: a finding, context in prose, `onlyHearsFinding`; structure46)
    if (!(dateline && text.includes(dateline)) && (reportsIntervention(text, reading) || isNoDecision(text, reading))) {
      paragraph.data = {...paragraph.data, role: 'context'}
      continue
    }
    // (a finding opened as one of a run of ordinals, `First, ministers noted that …` / `Second, ministers agreed …`, is one of the
    // points the run counts; a finding read as context is still read as a point by the last resort of a text that decides nothing)
    if (!(dateline && text.includes(dateline)) && !listed.has(paragraph) && onlyHearsFinding(text, reading) && !looksAhead(text, reading)) {
      paragraph.data = {...paragraph.data, role: 'context', finding: true}
      continue
    }
    if ((dateline && text.includes(dateline)) || looksAhead(text, reading) || text.endsWith(':') || adoptsThePlan(text, reading) || leadsIn(text, reading) || onlyThanks(text, reading) || creditsSupport(text, reading) || statesAim(text, reading) || asksForProgressReports(text, reading) || onlySetsUpReview(text, reading) || isPreambular(text, reading)) continue
    // A question put to someone, quoted (`Asked by a reporter: "When will the stockpile be ready?"`), decides nothing.
    // So is a question on a line of its own that the text answers below it, as an explainer asks (`Will households pay more?`, `Qu'ont décidé les ministres ?`).
    // (so is a paragraph that only quotes someone, `« … », a lancé la présidente, …`: its verb of saying, `a lancé`, decides nothing; structure46)
    if (/\?\s*["”»’]\s*$/u.test(text) || isQuestionOnly(text) || isQuotationOnly(text) || attributesQuotation(paragraph, paragraphs)) {
      paragraph.data = {...paragraph.data, role: 'context'}
      continue
    }
    if (onlyKeepsTheMatter(text, reading)) {
      // (its `will remain seized` is no step ahead: context, not outlook)
      paragraph.data = {...paragraph.data, role: 'context'}
      continue
    }
    // An opening paragraph that says what a document sets out, before any decision, is context.
    if (points.length === 0 && reading.describes?.test(text)) continue
    // A level set in the passive (`The fee is capped at 2 percent`, `Le prix est fixé à …`) is a decision too.
    // (`withoutOwnPlans`: what one member said of its own plan, `Canada confirmed that it will spend …`, is that member's, not the meeting's decision)
    const unquoted = withoutOwnPlans && reading.ownPlan ? withoutQuotes(text).replace(reading.ownPlan, ' ') : withoutQuotes(text)
    // (a statement in the first person decides in the present: `We agree to offer …`)
    const decidesNow = Boolean(reading.decisionNow) && decides(unquoted, reading.decisionNow)
    // (a chair who welcomes a decision named as a noun records it: `The Chair welcomed the decision of ministers to …`)
    // (a verb of deciding joined to the first one decides too: `… welcomed the commitment of …, and encouraged partners to …`)
    const joined = decidesInJoinedVerb(unquoted, reading)
    if (!listed.has(paragraph) && !acknowledgesDecision(unquoted, reading) && (!(decides(unquoted, DECISION) || decidesNow || reading.levelSet?.test(unquoted) || recordsDecision(unquoted, reading) || joined) || (REPORTED.test(text) && !decidesAfterHearing(unquoted, reading) && !joined))) continue
    paragraph.data = {...paragraph.data, role: 'point', split}
    // (the sentence that says who met is titled from what they decided, not from who and where: `… met in Chamonix and agreed to cap …`)
    const at = datelineToo ? new RegExp(DECISION.source, 'iu').exec(unquoted)?.index : undefined
    // (a motion is titled from what it says, not from who moved it: `MOVED by Councillor Okafor, seconded by …, THAT staff …`)
    const motion = reading.motion?.exec(unquoted)?.[0].length
    points.push({paragraph, body: text, ...(at ? {titleWords: unquoted.slice(at)} : motion ? {titleWords: unquoted.slice(motion).trim()} : {})})
  }
  return points
}

/** An item that opens on a number, an amount or a share (`1.1 million pullers …`, `62% of …`, `Tk 780 …`, `€4.5m …`, `Près de 900 …`). */
const OPENS_ON_NUMBER = /^(?:(?:some|about|nearly|almost|over|more\s+than|près\s+de|plus\s+de|environ|quelque)\s+)?(?:\p{Sc}|\p{Lu}\p{L}{0,2}\$?\s?)?\d/iu

/**
 * The items of a list that gives numbers, not decisions: the bullets right under a lead-in that announces them (`… gave the following key
 * numbers:`, `Les principaux chiffres sont les suivants :`; the language's `figuresLeadIn`), each opening on a number. They are findings:
 * context (their figures are still read).
 * @param paragraphs the text's paragraphs
 * @param reading the patterns of the source's language
 * @returns those items
 */
function itemsOfFigures(paragraphs: Paragraph[], reading: Reading): Set<Paragraph> {
  const found = new Set<Paragraph>()
  if (!reading.figuresLeadIn) return found
  for (let at = 0; at + 1 < paragraphs.length; at++) {
    const lead = paragraphs[at]
    // (the lead-in may be the opening paragraph, already read as the dateline's or as context)
    if (lead.data?.bullet || lead.data?.role === 'header' || !reading.figuresLeadIn.test(normaliseSpace(textOf(lead)).slice(-120))) continue
    const items: Paragraph[] = []
    // (the list ends where another marker begins: `– 46 workshops` / `– 71 % …` / `58-1 · …` numbers the decisions after it; structure44)
    // (numbers are one list's marker whatever they count: `1.`, `2.`)
    const kind = (paragraph: Paragraph) => {
      const marker = paragraph.data?.bullet?.marker
      return marker !== undefined && isNumberMarker(marker) ? 'number' : marker
    }
    const marker = kind(paragraphs[at + 1])
    for (let next = at + 1; next < paragraphs.length && paragraphs[next].data?.bullet && kind(paragraphs[next]) === marker && !paragraphs[next].data?.role; next++) items.push(paragraphs[next])
    if (items.length > 0 && items.every((item) => OPENS_ON_NUMBER.test(normaliseSpace(textOf(item))))) for (const item of items) found.add(item)
  }
  return found
}

/**
 * The items of a list of notes beside a list of decisions: in a text with two lists or more marked by
 * symbols (`✅ …` / `📌 …`, `• …` / `▪ …`), a list none of whose items records a decision (other than one
 * about the next meeting) while another list's items do, each list a block of its own. Such items (`📌 The cities together produce about 9
 * million tonnes …`, `📌 The summit also heard that …`) report, as a newsletter's asides do: never points.
 * @param paragraphs the text's paragraphs
 * @param reading the patterns of the source's language
 * @returns the items of such lists
 */
function notesLists(paragraphs: Paragraph[], reading: Reading): Set<Paragraph> {
  const lists = new Map<string, Paragraph[]>()
  for (const paragraph of paragraphs) {
    const marker = paragraph.data?.bullet?.marker
    if (marker === undefined || /[\p{L}\p{N}]/u.test(marker) || paragraph.data?.role) continue
    const items = lists.get(marker)
    if (items) items.push(paragraph)
    else lists.set(marker, [paragraph])
  }
  if (lists.size < 2) return new Set()
  const decides_ = (paragraph: Paragraph) => {
    const text = withoutQuotes(normaliseSpace(textOf(paragraph)))
    return !looksAhead(text, reading) && (decides(text, reading.decision) || Boolean(reading.decisionNow && decides(text, reading.decisionNow)) || Boolean(reading.levelSet?.test(text)) || recordsDecision(text, reading))
  }
  const deciding = [...lists.values()].filter((items) => items.some(decides_))
  if (deciding.length === 0) return new Set()
  // (a list is a block of its own: markers mixed within one list, `* …` / `+ …` / `* …`, as typed in haste, make one list)
  const at = new Map(paragraphs.map((paragraph, index) => [paragraph, index]))
  const span = (items: Paragraph[]) => [at.get(items[0])!, at.get(items[items.length - 1])!]
  const apart = (a: Paragraph[], b: Paragraph[]) => span(a)[1] < span(b)[0] || span(b)[1] < span(a)[0]
  return new Set([...lists.values()].filter((items) => !deciding.includes(items) && deciding.every((other) => apart(items, other))).flat())
}

/**
 * The lead-in of each item of a list whose lead-in ends on its auxiliary (`Les participants ont :` / `- adopté une norme …`),
 * without its colon, for the items in lower case that go on from it with their past participle and its object.
 * @param paragraphs the text's paragraphs
 * @param reading the patterns of the source's language
 * @returns the lead-in of each such item
 */
function auxiliaryLeadIns(paragraphs: Paragraph[], reading: Reading): Map<Paragraph, string> {
  const found = new Map<Paragraph, string>()
  if (!reading.auxiliaryLeadIn) return found
  let leadIn: string | undefined
  for (const paragraph of paragraphs) {
    const text = normaliseSpace(textOf(paragraph))
    if (!paragraph.data?.bullet) {
      leadIn = reading.auxiliaryLeadIn.test(text) ? text.replace(/\s*:$/, '') : undefined
      continue
    }
    // (`- décidé de créer …`: an item whose participle takes an infinitive is titled by that, as it stands)
    if (leadIn && /^\p{Ll}/u.test(text) && !/^\p{L}+\s+(?:de\s+|d['’]\s*)\p{L}+(?:er|ir|re)(?!\p{L})/u.test(text)) found.set(paragraph, leadIn)
  }
  return found
}

/**
 * The lead-in of each item of a list that a decision announces (`Ministers agreed to:` / `a. …` / `b. …`),
 * without its colon, for the items whose words go on from it (`d. ask the platforms to …`, in lower case).
 * @param paragraphs the text's paragraphs
 * @param reading the patterns of the source's language
 * @returns the lead-in of each such item
 */
function decidingLeadIns(paragraphs: Paragraph[], reading: Reading): Map<Paragraph, string> {
  const found = new Map<Paragraph, string>()
  let leadIn: string | undefined
  for (const paragraph of paragraphs) {
    const text = normaliseSpace(textOf(paragraph))
    if (!paragraph.data?.bullet) {
      leadIn = text.endsWith(':') && decides(text, reading.decision) ? text.replace(/\s*:$/, '') : undefined
      continue
    }
    if (leadIn && /^\p{Ll}/u.test(text)) found.set(paragraph, leadIn)
  }
  return found
}

/**
 * How many paragraphs of text stand under a heading before the next heading (none a list item).
 * @param heading the heading line
 * @param nextOf the paragraph after each
 * @param headings the text's headings
 * @returns their count, 0 when a list item comes first
 */
function sentencesUnder(heading: Paragraph, nextOf: Map<Paragraph, Paragraph | undefined>, headings: Set<Paragraph>): number {
  let count = 0
  for (let next = nextOf.get(heading); next && !headings.has(next) && !next.data?.role; next = nextOf.get(next)) {
    if (next.data?.bullet) return 0
    count++
  }
  return count
}

/** Fewest paragraphs under a text's last heading, and fewest of them that decide, for it to label the whole document. */
const WHOLE_TEXT_PARAGRAPHS = 4
const WHOLE_TEXT_DECIDING = 2

/**
 * Whether a heading labels the whole text rather than one subject: no heading (of a section or a list) follows it,
 * and it stands over four paragraphs or more, two at least of which record a decision (`Executive summary` / the
 * meeting / the facts / `The Group recommended …` / `The Group called for …`, or a note's `NOTE` over its outcome).
 * @param heading the heading
 * @param nextOf the paragraph after each
 * @param headings the text's heading lines
 * @param reading the patterns of the source's language
 * @returns whether the heading's paragraphs are to be read as prose
 */
function headsWholeText(heading: Paragraph, nextOf: Map<Paragraph, Paragraph | undefined>, headings: Set<Paragraph>, reading: Reading): boolean {
  let count = 0
  let deciding = 0
  for (let next = nextOf.get(heading); next; next = nextOf.get(next)) {
    // (a heading of the follow-up or of context closes it as the text's end does: an app's recap, `Meeting notes` / … / `Follow-up tasks` / …; apppage48)
    if (headings.has(next) && (reading.outlookHeadings.test(headingWords(next)) || reading.contextHeadings.test(headingWords(next)))) break
    if (headings.has(next) || next.data?.role === 'heading') return false
    if (next.data?.role || next.data?.bullet) continue
    count++
    const unquoted = withoutQuotes(normaliseSpace(textOf(next).slice(0, 600)))
    if (decides(unquoted, reading.decision) || Boolean(reading.decisionNow && decides(unquoted, reading.decisionNow))) deciding++
  }
  return count >= WHOLE_TEXT_PARAGRAPHS && deciding >= WHOLE_TEXT_DECIDING
}

/**
 * A paragraph that is only a web address, with or without its note number or angle brackets (`[2] https://example.org/plan`,
 * `<www.example.org>`), or only a chat export's placeholder for a file not exported (`<Media omitted>`, `image omitted`,
 * `<Médias omis>`, `‎vidéo absente`): it says nothing, so it is never a point (structure47).
 */
const LINK_OR_PLACEHOLDER = /^(?:\[\d{1,3}\]\s*|\(?\d{1,3}[.)]\s+)?(?:<?(?:https?:\/\/|www\.)\S+?>?|<\s*(?:media|m[ée]dias?|image|photo|video|vid[ée]o|audio|sticker|gif|document|fichier|pi[èe]ce\s+jointe)\s+(?:omitted|omise?s?|absente?s?|non\s+inclus(?:e|es)?)\s*>|(?:image|photo|video|vid[ée]o|audio|sticker|gif|document|fichier)\s+(?:omitted|omise?|absente?))$/iu
export function onlyLinkOrPlaceholder(text: string): boolean {
  // (direction marks dropped anywhere, then trimmed: an end-anchored run of spaces tried from every space was quadratic)
  return LINK_OR_PLACEHOLDER.test(text.replace(/[\u200e\u200f]/gu, '').trim())
}

/** A heading line's words, without the colon or question mark that ends it. */
const headingWords = (paragraph: Paragraph) => normaliseSpace(textOf(paragraph)).replace(/\s*[:?]$/u, '')

/**
 * Whether a heading line that ends on a colon leads in to the whole sentences under it rather than heading one
 * point: the first two paragraphs under it end as sentences do, and no heading before or after it names another part
 * that is not context or outlook (`Energy:` / … / `Water:` / … are sections, each a point).
 * @param heading the heading line
 * @param raw its text
 * @param nextOf the paragraph after each
 * @param headings the heading lines
 * @param lastPart whether it is the text's only heading that names a part other than context or outlook (the last and the first)
 */
function leadsInToSentences(heading: Paragraph, raw: string, nextOf: Map<Paragraph, Paragraph | undefined>, headings: Set<Paragraph>, lastPart: boolean): boolean {
  if (!lastPart || !/[:：]\s*$/u.test(raw)) return false
  const first = nextOf.get(heading)
  const second = first && nextOf.get(first)
  const sentence = (paragraph: Paragraph | undefined) => paragraph !== undefined && !headings.has(paragraph) && !paragraph.data?.bullet && /[.!?]["”’»)]*$/u.test(normaliseSpace(textOf(paragraph)))
  return sentence(first) && sentence(second)
}

/**
 * Whether the paragraph under a question heading answers it with a decision (`Yes. Ministers agreed on a single licence …`,
 * `Oui. Les ministres ont adopté …`), an opening reply word aside.
 * @param answer the paragraph after the heading, if any
 * @param headings the heading lines
 * @param reading the patterns of the source's language
 */
function answerDecides(answer: Paragraph | undefined, headings: Set<Paragraph>, reading: Reading): boolean {
  if (answer === undefined || headings.has(answer)) return false
  return decidesSomething(withoutQuotes(normaliseSpace(textOf(answer).slice(0, 2000))), reading)
}

/** Whether a text, its quotations left out, records a decision by any of the forms the reader knows. */
function decidesSomething(unquoted: string, reading: Reading): boolean {
  return decides(unquoted, reading.decision) || Boolean(reading.decisionNow && decides(unquoted, reading.decisionNow)) || Boolean(reading.levelSet?.test(unquoted)) || recordsDecision(unquoted, reading) || decidesInJoinedVerb(unquoted, reading)
}

/** Most words of a line under a decision that only records it (`Adopté à l'unanimité.`, `Carried unanimously.`). */
const SHORT_RECORD_WORDS = 6

/**
 * Whether a second paragraph under a heading ends its section: every earlier point under a heading
 * (one at least) has one paragraph as its body, and this paragraph, more than a short line, records no decision.
 * @param points the points read so far, the last one the heading's whose section this is
 * @param text the paragraph
 * @param reading the patterns of the source's language
 * @returns whether the paragraph is no longer the heading's
 */
function endsOneParagraphSections(points: Array<{title?: string; numberedPart?: boolean; paragraphs?: number}>, text: string, reading: Reading): boolean {
  const earlier = points.slice(0, -1).filter((point) => point.paragraphs !== undefined)
  if (earlier.length === 0 || earlier.some((point) => point.paragraphs !== 1)) return false
  const unquoted = withoutQuotes(normaliseSpace(text))
  // (a short line under the decision is its record, not a paragraph of its own: `Adopté (3 voix contre).`, `Carried unanimously.`)
  if (unquoted.split(/\s+/).length <= SHORT_RECORD_WORDS) return false
  return !(decides(unquoted, reading.decision) || Boolean(reading.decisionNow && decides(unquoted, reading.decisionNow)) || Boolean(reading.levelSet?.test(unquoted)) || recordsDecision(unquoted, reading) || decidesInJoinedVerb(unquoted, reading))
}

/**
 * Whether a paragraph closes on a formula that only keeps the matter (`will remain seized of the matter`)
 * and, without it, decides nothing (`The members … reaffirmed their commitment to …, and underlined that
 * they will remain seized of the matter`): context, neither a point nor a step ahead.
 */
function onlyKeepsTheMatter(text: string, reading: Reading): boolean {
  const rest = withoutStandingFormula(text, reading)
  if (rest === undefined) return false
  const unquoted = withoutQuotes(rest)
  return !(decides(unquoted, reading.decision) || (reading.decisionNow && decides(unquoted, reading.decisionNow)) || reading.levelSet?.test(unquoted) || recordsDecision(unquoted, reading) || decidesInJoinedVerb(unquoted, reading))
}

/**
 * Whether a line leads in to a list of decisions: it ends on a colon, a bullet follows, and it records a decision
 * itself (`Ministers agreed to:`, `Les ministres ont décidé :`), in the past or in a declaration's present.
 * @param text the line
 * @param next the paragraph after it
 * @param reading the patterns of the source's language
 * @returns whether the line heads a list of decisions
 */
function decidesOverList(text: string, next: Paragraph | undefined, reading: Reading): boolean {
  if (!next?.data?.bullet) return false
  const flat = normaliseSpace(text.slice(0, 600))
  // (`Les membres ont arrêté les priorités suivantes.` / `▪ Un programme …`: a lead-in that names the decisions below it, with a full stop too)
  // (not one in which they were only put forward: `The consultants' report made the following recommendations:`)
  if (reading.decisionsFollow?.test(flat) && !reading.proposalsFollow?.test(flat)) return true
  if (!/:\s*$/.test(text)) return false
  return decides(flat, reading.decision) || Boolean(reading.decisionNow && decides(flat, reading.decisionNow))
}

/**
 * The items of the lists whose items decide: runs of two items or more with the same marker (or
 * numbered), one after another, at least half of which record a decision (`• The Commission approved …`), none
 * about the next meeting only.
 * @param paragraphs the text's paragraphs
 * @param reading the patterns of the source's language
 * @returns the items of such lists
 */
function listsOfDecisions(paragraphs: Paragraph[], reading: Reading): Set<Paragraph> {
  const found = new Set<Paragraph>()
  const decides_ = (paragraph: Paragraph) => {
    const text = withoutQuotes(normaliseSpace(textOf(paragraph)))
    return !looksAhead(text, reading) && (decides(text, reading.decision) || Boolean(reading.decisionNow && decides(text, reading.decisionNow)) || recordsDecision(text, reading))
  }
  for (let start = 0; start < paragraphs.length; ) {
    // (numbers are one list's marker whatever they count: `1.`, `2.`)
    const kind = (paragraph: Paragraph) => {
      const marker = paragraph.data?.bullet?.marker
      return marker !== undefined && isNumberMarker(marker) ? 'number' : marker
    }
    const marker = kind(paragraphs[start])
    let end = start + 1
    while (marker !== undefined && end < paragraphs.length && kind(paragraphs[end]) === marker) end++
    const items = paragraphs.slice(start, end)
    if (marker !== undefined && items.length >= 2 && items.filter(decides_).length * 2 >= items.length) for (const item of items) found.add(item)
    start = end
  }
  return found
}

/**
 * Whether a paragraph records a decision that was taken: a decision word not negated just before
 * it (“Nothing was decided”, “No new funding was announced”, “did not agree” decide nothing).
 */
function decides(text: string, pattern: RegExp = DECISION): boolean {
  const decision = new RegExp(pattern.source, 'giu')
  for (const match of text.slice(0, 5000).matchAll(decision)) {
    const before = text.slice(Math.max(0, match.index - 40), match.index)
    if (!NEGATION_BEFORE.test(before)) return true
    // (a `no` in the subject of a future names what the measure covers, it negates no verb: `pools that charge no entry will be
    // offered …`, `no new licence will be issued …`; roles45, hotsprings-36)
    if (/^(?:will|shall)$/iu.test(match[0]) && SUBJECT_NO.test(before) && !VERB_NEGATION.test(before)) return true
  }
  return false
}

/** A `no` before a noun, at most four words before the verb (`… charge no entry`, `no new licence`). */
const SUBJECT_NO = /(?<!\p{L})no\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s*$/iu
/** A word that negates a verb or stands for the whole subject (`not`, `never`, `n't`, `nothing`, `none`, `nor`). */
const VERB_NEGATION = /(?<!\p{L})(?:not|never|nothing|neither|nor|none)(?!\p{L})|n[’']t(?!\p{L})/iu

/**
 * Whether a paragraph that opens on what was heard or discussed (`Ministers heard a report …`,
 * `Les ministres ont examiné …`) then records a decision of its own: in a later sentence
 * (`… Ministers instructed the owners to …`), or in a verb coordinated with the hearing
 * (`heard a report … and instructed the secretariat to …`). Such a paragraph is a point.
 * @param text the paragraph without its quotations
 * @param reading the patterns of the source's language
 * @returns whether a decision follows the hearing
 */
function decidesAfterHearing(text: string, reading: Reading): boolean {
  // A verb of deciding in the past (`instructed`, `agreed`, `a chargé`), not a future that may only say an effect.
  const decidesWord = reading.openingParagraph?.decides
  if (!decidesWord) return false
  // A task only put to the next meeting (`asked that a proposal be put to the next meeting`) decides nothing now.
  const decidesNow = (sentence: string) => decides(sentence, decidesWord) && !isNextMeetingIn(sentence, reading)
  const sentences = splitSentences(text.slice(0, 5000))
  if (sentences.slice(1).some((sentence) => decidesNow(sentence.text))) return true
  const first = sentences[0]?.text ?? text
  const decision = new RegExp(decidesWord.source, 'giu')
  return [...first.matchAll(decision)].some((match) => COORDINATED_BEFORE.test(first.slice(Math.max(0, match.index - 30), match.index)) && !isNextMeetingIn(first.slice(match.index), reading))
}

/** What joins a second verb to the first one of the same subject: `… and `, `…, and then `, `… et `, `… et a `. */
const COORDINATED_BEFORE = /(?:,\s*|\s)(?:and|et)\s+(?:(?:also|then|further|ont|a|[ée]galement|ensuite)\s+){0,2}$/iu

/** Whether a paragraph is one question and nothing else (`What did they decide?`, `Et ensuite ?`). */
function isQuestionOnly(text: string): boolean {
  if (!/\?$/u.test(text.trimEnd())) return false
  const sentences = splitSentences(text.slice(0, 1500))
  // (a member's question in a sitting's record, after a courtesy: `Ms Quinn: I thank the Minister for his statement. Will he tell the
  // House whether …?`, `M. Roy : Je remercie la ministre. Peut-elle nous dire …?`: a question asked, no decision; structure46)
  return sentences.length === 1 || (sentences.length <= 4 && sentences.every(({text: sentence}) => /\?\s*$/u.test(sentence) || COURTESY.test(sentence)))
}

/** A sentence of courtesy before a question, after a speaker's prefix or none (`I thank the Minister for his answer.`, `Thank you, Chair.`, `Je remercie la ministre.`, `Merci, Madame la Présidente.`). */
const COURTESY = /^(?:[^:.;!?]{1,60}?\s?:\s+)?(?:(?:I|we)\s+(?:(?:would\s+like\s+to|wish\s+to|must)\s+)?thank\b|thank\s+you\b|thanks\b|(?:je|nous)\s+(?:tiens\s+à\s+|tenons\s+à\s+|voudrais\s+|voudrions\s+)?remerci|merci\b)[^.;!?]{0,160}[.!]$/iu

/** A text with its quotations left out (what someone said is not what was decided). */
function withoutQuotes(text: string): string {
  return text.replace(/“[^“”]*”|"[^"]*"|‘[^‘’]*’(?!\p{L})|«[^«»]*»/gu, ' ')
}

/** Whether a sentence of a paragraph opens with its subject and a verb that records what the meeting did (`Ministers signed …`), and does not cite a text agreed elsewhere. */
function recordsDecision(text: string, reading: Reading): boolean {
  const verbs = reading.recordedDecision
  return Boolean(verbs) && splitSentences(normaliseSpace(text.slice(0, 2000))).some((sentence) => verbs!.test(sentence.text) && !reading.citedText?.test(sentence.text))
}

/** Whether a paragraph's first sentence welcomes or underlines a decision of the meeting named as a noun (`The Chair welcomed the decision of ministers to …`). */
function acknowledgesDecision(text: string, reading: Reading): boolean {
  if (!reading.acknowledgedDecision) return false
  const first = splitSentences(normaliseSpace(text.slice(0, 600)))[0]?.text ?? ''
  return reading.acknowledgedDecision.test(first)
}

/**
 * Whether a paragraph's first sentence announces the list after it (`…, dont les principales mesures sont décrites ci-après.`);
 * after a first sentence that ends on a quotation (`The Chair opened our work with the words: "…"`), the sentence after it may.
 */
export function leadsIn(text: string, reading: Reading): boolean {
  if (!reading.leadIn) return false
  const sentences = splitSentences(normaliseSpace(text.slice(0, 1000)))
  const read = ENDS_ON_QUOTATION.test(sentences[0]?.text ?? '') ? sentences.slice(0, 2) : sentences.slice(0, 1)
  // (an introduction may end on the sentence that announces the list: `We have come to the end of two good days. … Allow me to tell you what you have decided.`)
  // (its last sentence in words: an emoji after it, `… in one thread. 🧵`, says nothing)
  const worded = sentences.filter((sentence) => /\p{L}/u.test(sentence.text))
  if (worded.length > 1 && text.length <= 1000) read.push(worded[worded.length - 1])
  return read.some((sentence) => reading.leadIn!.test(sentence.text))
}

/** A sentence that ends on a quotation (`… with the words: "No harvest is worth a poisoned child."`). */
const ENDS_ON_QUOTATION = /(?:[.!?]["”»]|["”»]\s*[.!?]?)\s*$/u

/** Whether every sentence of a paragraph only thanks someone, with no figure (`We thank the Government and people of Uganda for …`). */
export function onlyThanks(text: string, reading: Reading): boolean {
  if (!reading.thanksSentence || /\d/.test(text)) return false
  const sentences = splitSentences(normaliseSpace(text.slice(0, 2000)))
  return sentences.length > 0 && sentences.every((sentence) => reading.thanksSentence!.test(sentence.text))
}

/**
 * Whether a paragraph credits who supported, funded or hosted the meeting (`The meeting was supported by the
 * Government of …, which announced …`): its first sentence does, and no later one records a decision
 * (`… Ministers agreed to …` after it makes the paragraph a point).
 */
export function creditsSupport(text: string, reading: Reading): boolean {
  if (!reading.supportCredit) return false
  const [first, ...rest] = splitSentences(normaliseSpace(text.slice(0, 2000)))
  const decidesWord = reading.openingParagraph?.decides
  return Boolean(first) && reading.supportCredit.test(first.text) && !(decidesWord && rest.some((sentence) => decides(withoutQuotes(sentence.text), decidesWord)))
}

/** Who wants to see every title made from a point's words (`npm run eval -- --weak-titles`), if anyone. */
let madeTitleListener: ((title: string, reading: Reading, body: string) => void) | undefined

/**
 * Have every title made from a point's words reported (to count the weak ones), or stop.
 * @param listener called with each made title, the patterns of its source's language and the point's words; `undefined` to stop
 */
export function recordMadeTitles(listener?: (title: string, reading: Reading, body: string) => void): void {
  madeTitleListener = listener
}

/** A title made from a point's words, reported to whoever listens. */
function madeTitle(body: string, taken: Set<string>, reading: Reading): string {
  const title = untakenTitle(titleFromWords(body, taken, reading), body, taken, reading)
  madeTitleListener?.(title, reading, body)
  return title
}

/**
 * A made title that another point already has (`Nurses and midwives` twice, which would be shown with the point's rank,
 * “Nurses and midwives (9)”) gives way to the English scorer's best candidate of the first sentence that no point has,
 * when it is sound (two words or more, not broken, not weak).
 * @param title the title made
 * @param body the point's text
 * @param taken the titles of the points before, in lower case
 * @param reading the patterns of the source's language
 * @returns the title, or another one no point has
 */
function untakenTitle(title: string, body: string, taken: Set<string>, reading: Reading): string {
  if (!taken.has(title.toLocaleLowerCase()) || reading.titles) return title
  const sentence = splitSentences(body.slice(0, TITLE_SEARCH_CHARS))[0]?.text ?? body
  const other = englishTitle(planContent(sentence), body, undefined, taken)
  const sound = other && other.split(/\s+/).length >= 2 && !taken.has(other.toLocaleLowerCase()) && !isBrokenTitle(other, reading) && !weakTitle(other, reading)
  return sound ? other : title
}

/** A title made from a point's words: from its first sentence, else its second, else its start. */
function titleFromWords(body: string, taken: Set<string>, reading: Reading): string {
  // (`The Forum heard a presentation by … and agreed to …`: a speech the meeting heard is not what the point is about, see `pastSpeech`)
  // (`ask the state government for a freight subsidy`, `demander à la chambre un suivi`: who is asked is not what is asked for; titles50)
  const pointTitle = (sentence: string) => {
    const about = pastSpeech(withoutAskedParty(sentence), reading.speechObject)
    if (about.title !== undefined) return about.title
    return reading.titles ? patternTitle(about.clause, reading.titles) : englishTitle(about.clause, body)
  }
  // A quotation that opens a point is what someone said, not what the point is about.
  const sentences = splitSentences(body.slice(0, TITLE_SEARCH_CHARS)).filter((sentence, index, all) => index === all.length - 1 || !/^["“‘']/.test(sentence.text))
  // A broken title (`Budget for`, `Stratégie prévoit`, `Programme`) is cut to a sound one of two words or more, else gives way to the next sentence's, else is cut to what is sound.
  // A weak one (`Part des femmes`, `Le conseil …`, `Exploitations`) is made sound from its words, else gives way to the next sentence's, else stays.
  let broken: string | undefined
  let weak: string | undefined
  for (const sentence of sentences.slice(0, 2)) {
    const title = reportedTitle(pointTitle(planContent(sentence.text)), sentence.text, pointTitle, reading)
    if (!title || taken.has(title.toLocaleLowerCase())) continue
    if (!isBrokenTitle(title, reading)) {
      // (the next sentence's title replaces a weak one only with two words or more: `Fonds` says less than `Contributions`)
      if (!weakTitle(title, reading) && !(weak && title.split(/\s+/).length < 2)) return title
      if (weak) continue
      const stronger = strongerTitle(title, reading, planContent(sentence.text))
      if (stronger && !taken.has(stronger.toLocaleLowerCase())) return stronger
      weak ??= title
      continue
    }
    // cut to two words or more (`Bois de chauffe représente` → `Bois de chauffe`), it is still this sentence's title
    const mended = mendedTitle(title, reading)
    // (… and made sound when the cut leaves it weak: `Part des femmes adultes titulaires` → `Part des femmes adultes` → “Femmes adultes”)
    const stronger = weakTitle(mended, reading) ? strongerTitle(mended, reading, planContent(sentence.text)) : undefined
    if (stronger && !isBrokenTitle(stronger, reading) && !taken.has(stronger.toLocaleLowerCase())) return stronger
    if (mended.split(/\s+/).length >= 2 && !isBrokenTitle(mended, reading) && !taken.has(mended.toLocaleLowerCase())) return mended
    broken ??= title
  }
  if (weak) return weak
  if (broken) return mendedTitle(broken, reading)
  const first = pointTitle(sentences[0]?.text ?? body.slice(0, TITLE_SEARCH_CHARS))
  // (a point's first words are cut where they leave the title open, `Le conseil de gestion de`, and lose their article)
  const made = first ?? mendedTitle(firstWords(body), reading)
  return (weakTitle(made, reading) ? strongerTitle(made, reading) : undefined) ?? made
}

/**
 * A title that only names who met (`Ministers`, `Delegates`), made from a sentence that reports
 * what they said or thought (`Ministers were equally clear that city families need …`): the title
 * of the clause after `that` (`City families`), which says what the point is about; else the title.
 */
function reportedTitle(title: string | undefined, sentence: string, pointTitle: (sentence: string) => string | undefined, reading: Reading): string | undefined {
  if (!title || !weakTitle(title, reading) || !reading.quoteSpeaker.meeting.test(title)) return title
  const clause = /^(?:\S+\s+){1,10}?(?:that|que|qu['’])\s*(?=\p{L})/iu.exec(sentence)
  const reported = clause ? pointTitle(sentence.slice(clause[0].length)) : undefined
  return reported && !reading.quoteSpeaker.meeting.test(reported) ? reported : title
}

/** A point's first five words, as a title of last resort. */
function firstWords(body: string): string {
  return body.slice(0, 200).split(' ').slice(0, 5).join(' ').replace(/[.,;:!?]+$/, '')
}

/**
 * Whether the paragraph under a heading that only numbers it (`Article 2`, `Section III`) is context, as the same
 * paragraph numbered `2.` would be: it adopts the plan as such, it only says who carries the text out or when it
 * takes effect (`Article 3 : Le Secrétariat est chargé de l'exécution de la présente décision`), or, before any point, it opens the text (the
 * sitting, what was only welcomed or noted).
 * @param text the paragraph
 * @param first whether no point comes before it
 * @param reading the patterns of the source's language
 * @returns whether the paragraph is context
 */
function numberedPartIsContext(text: string, first: boolean, reading: Reading): boolean {
  return adoptsThePlan(text, reading) || Boolean(reading.formalClause?.test(normaliseSpace(text))) || (first && (reading.opening.test(text) || Boolean(reading.describes?.test(text)) || isOpeningParagraph(text, reading)))
}

/**
 * Whether a paragraph records the adoption of the plan as such (context), not one of its points:
 * its first sentence adopts a named plan and says nothing of what the plan does (neither in a clause,
 * `…, under which …`, nor in the lines under its colon that the paragraph holds, `…, around four goals:` /
 * `- …;` / `- …;`: `listColon`, where the joined lines begin).
 */
export function adoptsThePlan(text: string, reading?: Reading, listColon?: number): boolean {
  const first = splitSentences(normaliseSpace(text.slice(0, 600)))[0]?.text ?? ''
  return (PLAN_ADOPTED.test(first.slice(0, 300)) || Boolean(reading?.planAdopted?.test(first.slice(0, 300)))) && !PLAN_CONTENT.test(first) && !PLAN_SETS.test(first) && listColon === undefined
}

/** The words of an adoption that say what the plan does (“…, under which every member will …”), else the text. */
function planContent(sentence: string): string {
  const match = PLAN_ADOPTED.test(sentence.slice(0, 300)) ? PLAN_CONTENT.exec(sentence) : null
  return match ? sentence.slice(match.index + match[0].length).trim() : sentence
}

/**
 * Split a paragraph whose first sentence is not about the next meeting but a later one is
 * (“Ministers agreed to set up a panel. They will consider its findings at their next meeting.”):
 * the sentences before it keep the paragraph's role, that sentence and the rest are outlook.
 * Nothing is lost or repeated: the two parts are the paragraph's text, cut between sentences.
 * @param text the paragraph
 * @param reading the patterns of the source's language
 * @returns the two parts, or `undefined` when the paragraph is not split
 */
export function splitOutlook(text: string, reading: Reading): {kept: string; ahead: string} | undefined {
  const flat = normaliseSpace(text)
  if (!isNextMeetingIn(flat, reading)) return undefined
  const sentences = splitSentences(flat.slice(0, TITLE_SEARCH_CHARS))
  if (sentences.length < 2 || looksAhead(sentences[0].text, reading)) return undefined
  const at = sentences.findIndex((sentence, index) => index > 0 && looksAhead(sentence.text, reading))
  if (at === -1) return undefined
  const kept = flat.slice(0, sentences[at].start).trim()
  const ahead = flat.slice(sentences[at].start).trim()
  return kept && ahead ? {kept, ahead} : undefined
}

/**
 * Whether a sentence is about the next meeting: it names it, and not only in a clause after a
 * decision (“Ministers agreed to set up a panel, which will report to their next meeting” is a
 * decision; “Ministers agreed that the next meeting will be held in Accra” is not).
 * @param sentence a sentence (or a paragraph: its first 2,000 characters)
 * @param reading the patterns of the source's language
 * @returns whether it looks ahead to the next meeting
 */
export function looksAhead(sentence: string, reading: Reading): boolean {
  const text = sentence.slice(0, TITLE_SEARCH_CHARS)
  const next = reading.nextMeeting.exec(text)
  if (!next) return false
  return !decidedBefore(text, next.index, reading)
}

/** Whether a decision taken at the meeting (not a future “will”) comes well before `at`, with its own object between. */
function decidedBefore(text: string, at: number, reading: Reading): boolean {
  const decision = new RegExp(reading.decision.source, reading.decision.flags.includes('g') ? reading.decision.flags : `${reading.decision.flags}g`)
  const now = reading.decisionNow && new RegExp(reading.decisionNow.source, `${reading.decisionNow.flags}g`)
  const found = [...text.slice(0, at).matchAll(decision), ...(now ? text.slice(0, at).matchAll(now) : [])]
  for (const match of found) {
    if (/^(?:will|shall)$/i.test(match[0]) || /(?:eront|iront|era|ira|erons|irons)$/iu.test(match[0])) continue
    if (NEGATION_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue
    // `agreed that the next meeting …`, `decided to hold their next meeting …`: the decision is about the meeting.
    // `instructed officials to report … at the next meeting`: a review set for that meeting.
    const between = text.slice(match.index + match[0].length, at).trim()
    // `announced that Chile had offered to host the next meeting`: who hosts it is about the meeting.
    if (between.split(/\s+/).filter(Boolean).length > 3 && !reading.reviewTask.test(between) && !reading.hostOffer?.test(between)) return true
  }
  return false
}

/** A verb of saying, in English or French (`said`, `told reporters`, `a déclaré`, `a-t-elle souligné`). */
const SAYING = /\b(?:said|says|told|stated|added|declared|stressed|concluded|remarked|insisted|explained|recalled|warned|noted|urged|emphasi[sz]ed|underlined|observed|commented|affirmed|pointed\s+out|summed\s+up|reminded|cautioned|reiterated|argued|asserted)\b|(?<!\p{L})(?:a|ont)(?:-t-(?:il|elle))?\s+(?:d[ée]clar[ée]|dit|soulign[ée]|affirm[ée]|ajout[ée]|rappel[ée]|insist[ée]|expliqu[ée]|estim[ée]|indiqu[ée]|martel[ée]|conclu|lanc[ée]|plaid[ée]|r[ée]sum[ée]|averti|pr[ée]cis[ée]|assur[ée]|observ[ée]|pr[ée]venu|r[ée]p[ée]t[ée]|mis\s+en\s+garde)(?!\p{L})/u
/** A verb that says who spoke only after the quotation (`"…," announced the chair`, `"…!" exclaimed the mayor`): before one it may announce a decision (`The Council announced: "…"`; structure46). */
const SAYING_AFTER_QUOTE = /^[\s,.!?]*(?:announced|exclaimed|proclaimed|quipped|replied|answered|joked|promised)\b/u
/** Who said a quotation, signed after a dash with no verb (` – Chair Ana Ruiz, Minister of Energy`): a name, no clause of its own. */
const SIGNED_AFTER_DASH = /^\s*[–—-]\s*\p{Lu}[^;:!?"“”]{0,100}$/u
/** A whole quotation, in any of the quote marks a text uses. */
/** A speaker's thanks after the quotation (`She thanked delegations for …`, `Il a remercié les délégations …`): no decision of the meeting. */
const THANKS_AFTER_QUOTE = /^(?:(?:He|She|They)\s+(?:also\s+)?(?:thanked|paid\s+tribute\s+to|congratulated|commended)|(?:Il|Elle|Ils|Elles)\s+(?:a|ont)\s+(?:également\s+)?(?:remerci[ée]|salu[ée]|f[ée]licit[ée]|rendu\s+hommage))(?!\p{L})/u
const QUOTATION_MARKED = /(?:“[^“”]+”|"[^"]+"|«[^«»]+»)/u
/** A paragraph that is one quotation between its marks and nothing else (its full stop may stand outside them). */
const BARE_QUOTATION = new RegExp(`^${QUOTATION_MARKED.source}[.!?]?$`, 'u')
/**
 * A sentence after a quotation that only takes its words up, whoever's subject (`Ministers made these words their own.`, `Delegates
 * applauded her words.`, `Les ministres ont fait leurs ces paroles.`): the quotation's echo, no decision (structure45).
 */
const TAKES_UP_QUOTE = /^(?:[\p{L}\p{M}'’-]+\s+){1,4}?(?:(?:made|make|makes)\s+(?:these|those|the|her|his|their|its)\s+(?:words|remarks)\s+(?:their|its|our|his|her)\s+own|(?:applauded|echoed|welcomed|endorsed|embraced|took\s+up|agreed\s+with|warmly\s+applauded)\s+(?:these|those|her|his|their|the\s+\p{L}+['’]s|this)\s+(?:words|remarks|call|appeal|message)|(?:ont|a)\s+fait\s+(?:leurs|siennes?|leur)\s+(?:ces|ses|les)\s+(?:paroles|mots|propos)|(?:ont|a)\s+(?:applaudi|salu[ée]|repris)\s+(?:ces|ses|les)\s+(?:paroles|mots|propos))\s*[.!]?$/iu

/**
 * Whether a line opens with the name of a section of context and a colon (`Participants: …`,
 * `Observers: …`, `Annexe : liste des États membres représentés`): a list of who took part.
 * @param text the paragraph's text
 * @param contextHeadings the language's headings of context
 * @returns `true` when the line names a section of context before its colon
 */
function namesContextSection(text: string, contextHeadings: RegExp): boolean {
  const colon = /^([^:\n]{1,40}?)\s*:/u.exec(normaliseSpace(text.slice(0, 200)))
  return Boolean(colon && contextHeadings.test(colon[1]))
}

/**
 * Whether a line after a follow-up list opens a part of context, which ends the list: a heading of
 * context (`Annex – Kuala Lumpur Compact`, `Annex I`) or a line that opens with one and a colon
 * (`Observers: the …`), numbered or not.
 * @param paragraph the line
 * @param isHeading whether the line is a heading over text
 * @param contextHeadings the language's headings of context
 * @returns `true` when the list ends there
 */
function endsFollowUp(paragraph: Paragraph, isHeading: boolean, contextHeadings: RegExp): boolean {
  const text = normaliseSpace(textOf(paragraph))
  return (isHeading && contextHeadings.test(text.replace(/\s*:$/, ''))) || namesContextSection(text, contextHeadings)
}

/**
 * Whether a paragraph only quotes someone: a quotation, then who said it (`“…,” said the Chair.`),
 * or who said it, then the quotation (`Closing the meeting, the Chair said: “…”`).
 */
export function isQuotationOnly(text: string): boolean {
  const flat = normaliseSpace(text.slice(0, 2001))
  // a quotation and who said it are a few lines, never a page (and a pasted page is read in linear time)
  if (flat.length > 2000) return false
  const quote = new RegExp(`^${QUOTATION_MARKED.source}`, 'u').exec(flat)
  if (!quote) {
    // announced: one clause of attribution, a colon or comma, the quotation, and nothing after it
    // (`In closing, the Chair said: “…” She thanked delegations for …`: the speaker's thanks after it are no more)
    const announced = new RegExp(`^([^“”"«»]{1,200}?)[:,]\\s*${QUOTATION_MARKED.source}\\s*[.!?]?(?:\\s+([^“”"«»]{1,300}))?$`, 'u').exec(flat)
    return Boolean(announced && splitSentences(announced[1]).length <= 1 && SAYING.test(announced[1]) && (announced[2] === undefined || (splitSentences(announced[2]).length <= 1 && (THANKS_AFTER_QUOTE.test(announced[2]) || TAKES_UP_QUOTE.test(announced[2].trim())))))
  }
  // `“…,” said the Chair. “…”`: the quotation may go on after who said it.
  const rest = flat.slice(quote[0].length).replace(new RegExp(`(?:\\s*${QUOTATION_MARKED.source})+\\s*$`, 'u'), '')
  // who said it is one clause: a title before a name (`Dr.`, `Hon.`, `M.`) does not end it
  // (a pull quote signed after a dash, as a post or a web page prints it, names who said it without a verb: `"…" – Chair Ana Ruiz, Minister of Energy`)
  return rest.length < 200 && splitSentences(rest).length <= 1 && (SAYING.test(rest) || SAYING_AFTER_QUOTE.test(rest) || SIGNED_AFTER_DASH.test(rest) || TAKES_UP_QUOTE.test(rest.trim()))
}

/** A line that signs a quotation after a dash, with no verb of its own (`— l'adjointe au maire chargée du commerce, en clôture de séance`, `– the Chair, closing the meeting`, `— Ana Ruiz, Minister of Energy`). */
const DASH_ATTRIBUTION = /^[–—-]\s*[^;:!?"“”«»]{2,140}$/u
/** A paragraph that is a quotation and nothing else (`« Un kiosque fermé, c'est une place qui perd sa voix. »`, `"Every roof counts."`). */
const WHOLE_QUOTATION = new RegExp(`^${QUOTATION_MARKED.source}\\s*[.!?]?$`, 'u')

/**
 * Whether a paragraph is half of a quotation set apart with who said it on the next line: the quotation alone, a line signed after a
 * dash under it (`« … »` / `— l'adjointe au maire …`, `"…"` / `– the Chair, closing the meeting`), or that signing line itself. Someone's
 * words are context, never a point, and the line that names who said them is no paragraph of its own (structure46).
 * @param paragraph the paragraph
 * @param paragraphs the text's paragraphs, in order
 */
export function attributesQuotation(paragraph: Paragraph, paragraphs: Paragraph[]): boolean {
  const flat = (other: Paragraph | undefined) => (other ? normaliseSpace(textOf(other).slice(0, 400)) : '')
  const signs = (text: string) => DASH_ATTRIBUTION.test(text) && text.split(' ').length <= 20 && !/[.!?]\s+\p{Lu}/u.test(text)
  const text = flat(paragraph)
  if (signs(text)) return /[”"»]\s*[.!?]?$/u.test(flat(paragraphs[positionIn(paragraphs, paragraph) - 1]))
  return WHOLE_QUOTATION.test(text) && signs(flat(paragraphs[positionIn(paragraphs, paragraph) + 1]))
}

/** Each list of paragraphs' positions, by paragraph, found once (`positionIn`). */
const positions = new WeakMap<Paragraph[], Map<Paragraph, number>>()

/**
 * A paragraph's position in a list (its first, as `indexOf`'s), from positions found once per list and found again only when the
 * list no longer holds the paragraph there: `indexOf` for every paragraph of a long text was quadratic (300 kB of `- a` lines: 6 s).
 * @param paragraphs the list
 * @param paragraph the paragraph
 * @returns its position, -1 when the list does not hold it
 */
function positionIn(paragraphs: Paragraph[], paragraph: Paragraph): number {
  const known = positions.get(paragraphs)?.get(paragraph)
  if (known !== undefined && paragraphs[known] === paragraph) return known
  const found = new Map<Paragraph, number>()
  for (const [at, each] of paragraphs.entries()) if (!found.has(each)) found.set(each, at)
  positions.set(paragraphs, found)
  return found.get(paragraph) ?? -1
}

/** A line that only says where and when the text was done (`Victoria, 1 May 2026`, `Libreville, le 10 septembre 2026`), as a communiqué closes. */
function isPlaceAndDate(text: string, reading: Reading): boolean {
  const place = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3},\s+(?:(?:le|the)\s+)?/u.exec(text)
  if (!place || text.length > 80) return false
  const rest = text.slice(place[0].length).replace(/\.$/, '')
  const date = findDates(rest, undefined, reading.calendar)
  return date?.index === 0 && rest.length <= date.length + 1
}

/** Whether a line only names a section: a few words, no digit, no sentence's end, no colon (`Next meeting`, `Follow-ups`). */
function isBareSectionLine(text: string): boolean {
  return text.split(' ').length <= 5 && !/\d/.test(text) && !/[.!?;,:…"”»]$/u.test(text)
}

/**
 * Whether a short line under a next-meeting heading gives that meeting's date or place (`20 January 2027, Marsa`, `Marsa, 20 January
 * 2027`, `Tuesday 3 March 2027 at 7 pm`): a place and a date, or a line of at most twelve words that opens on a date.
 * @param text the line, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it dates or places the next meeting
 */
function datesOrPlacesMeeting(text: string, reading: Reading): boolean {
  if (isPlaceAndDate(text, reading)) return true
  const date = findDates(text, undefined, reading.calendar)
  return text.split(' ').length <= 12 && date !== undefined && date.index <= 12
}

/** Whether a paragraph is about the next meeting (it is then outlook, wherever it stands). */
export function isNextMeeting(text: string): boolean {
  return NEXT_MEETING.test(text.slice(0, 2000))
}

/** The same in the source's language. */
export function isNextMeetingIn(text: string, reading: Reading): boolean {
  return reading.nextMeeting.test(text.slice(0, 2000))
}

/**
 * The heading lines: short lines (not bullets) that do not end like a sentence, each followed by
 * a paragraph of text (a line ending in `:` before bullets is a lead-in, not a heading; so is one
 * that decides before a whole sentence).
 */
function findHeadings(paragraphs: Paragraph[], reading: Reading, sectionLists: Set<Paragraph> = new Set()): Set<Paragraph> {
  // (a line that decides and ends on a colon over whole sentences is their lead-in, no heading: `Ministers agreed on the following measures:` / `Members will …` / `The Forum will …`)
  const leadsIn = (index: number) => {
    const text = normaliseSpace(textOf(paragraphs[index]))
    const next = paragraphs[index + 1]
    return text.endsWith(':') && (decides(text, reading.decision) || Boolean(reading.decisionNow && decides(text, reading.decisionNow))) && /[.!?]["”’»)]*$/u.test(normaliseSpace(textOf(next)))
  }
  // (`Et maintenant ?`, `What's next?`: a short question heads its section as a heading does; one that names
  // neither the outlook nor the context, `Pourquoi maintenant ?`, heads context: it asks, it decides nothing)
  const namesSection = (text: string) => /\s?\?$/u.test(text) && isHeadingLine(text.replace(/\s?\?$/u, ''))
  const short = paragraphs.map((p) => !p.data?.bullet && !p.data?.role && !p.data?.speakerTurn && (isHeadingLine(normaliseSpace(textOf(p))) || namesSection(normaliseSpace(textOf(p)))))
  const headings = new Set<Paragraph>()
  for (let i = 0; i < paragraphs.length - 1; i++) {
    const next = paragraphs[i + 1]
    // (a short lead-in of a list that is one sentence under the heading, `Le Conseil a adopté :`, is its section's text: see `listsInSections`)
    if (short[i] && (!short[i + 1] || sectionLists.has(next)) && !next.data?.role && !next.data?.bullet && !leadsIn(i) && !listedLine(paragraphs[i], next, paragraphs[i - 1], paragraphs[i + 2])) headings.add(paragraphs[i])
  }
  return headings
}

/**
 * The heading lines over a list: short lines (not bullets, not ending on a colon: that is a lead-in)
 * followed by a bullet or a numbered item (`Actions by the Network` / `(1) The Network will …`), also
 * through the list's lead-in (`Decisions` / `Ministers agreed to:` / `a. …`). A line that only names a
 * section of context or outlook is a heading with its colon too (`Suites à donner :`, `Next steps:`,
 * `Agenda:`): no sentence leads in there.
 * @param paragraphs the text's paragraphs
 * @param namesSection whether a line's words (without the colon) name a section of context or outlook
 * @returns the heading lines over a list
 */
/**
 * The heading lines with a paragraph of prose right under them (`Communications` / `The minister reported …`).
 * @param paragraphs the text's paragraphs
 * @returns those headings
 */
function findHeadingsOverProse(paragraphs: Paragraph[]): Set<Paragraph> {
  const found = new Set<Paragraph>()
  for (let i = 0; i < paragraphs.length - 1; i++) {
    const [line, next] = [paragraphs[i], paragraphs[i + 1]]
    const text = normaliseSpace(textOf(line))
    const body = normaliseSpace(textOf(next))
    if (!line.data?.bullet && !line.data?.role && !line.data?.speakerTurn && !next.data?.bullet && !next.data?.role && !text.endsWith(':') && isHeadingLine(text) && SENTENCE_END.test(body) && !isHeadingLine(body)) found.add(line)
  }
  return found
}

/** A paragraph's end as a sentence's (`… adopted.`). */
const SENTENCE_END = /[.!?]["”’»)]*$/u
/** A list item that ends on a semicolon, as the items of one sentence do (`- le décret … ;`). */
const ITEM_GOES_ON = /[;,]\s*(?:et|ou|and|or)?$/u

/**
 * The lead-ins and items of lists that are one sentence under a section's heading, in a text cut into sections:
 * a heading right over a lead-in ending on a colon, whose items end on semicolons and the last on a full stop
 * (`Textes adoptés` / `Le Conseil a adopté :` / `- le décret … ;` / `- le décret … .`), where another heading of the
 * text stands over prose. The lead-in and its items are then that section's body, as written: one sentence.
 * A heading that names decisions, context or the outlook (`Decisions`, `Next steps`) keeps its list's items apart.
 * @param paragraphs the text's paragraphs
 * @param overProse the headings with prose right under them
 * @param namesSection whether a heading's words name decisions, context or the outlook
 * @returns the lead-ins and the items of such lists
 */
function listsInSections(paragraphs: Paragraph[], overProse: Set<Paragraph>, namesSection: (text: string) => boolean): Set<Paragraph> {
  const found = new Set<Paragraph>()
  if (overProse.size === 0) return found
  for (let i = 0; i < paragraphs.length - 2; i++) {
    const [line, leadIn] = [paragraphs[i], paragraphs[i + 1]]
    const title = normaliseSpace(textOf(line))
    if (line.data?.bullet || line.data?.role || !isHeadingLine(title) || title.endsWith(':') || namesSection(title.replace(/^[IVX]+\.\s*/u, ''))) continue
    if (leadIn.data?.bullet || leadIn.data?.role || !normaliseSpace(textOf(leadIn)).endsWith(':')) continue
    if (![...overProse].some((other) => other !== line)) continue
    let end = i + 2
    while (end < paragraphs.length && paragraphs[end].data?.bullet && !paragraphs[end].data?.role && ITEM_GOES_ON.test(normaliseSpace(textOf(paragraphs[end])))) end++
    const last = paragraphs[end]
    if (end === i + 2 || !last?.data?.bullet || last.data.role || !SENTENCE_END.test(normaliseSpace(textOf(last)))) continue
    for (const paragraph of paragraphs.slice(i + 1, end + 1)) found.add(paragraph)
    i = end
  }
  return found
}

function findListHeadings(paragraphs: Paragraph[], namesSection: (text: string) => boolean, dateline?: string, sectionLists: Set<Paragraph> = new Set()): Set<Paragraph> {
  const headings = new Set<Paragraph>()
  // (`Opening of the session` / `1. The Thirty-first Session … was held in Victoria … . Delegations …`: the numbered paragraph
  // that holds the dateline and more is context already, and still an item of the list the heading stands over)
  const item = (paragraph: Paragraph | undefined) => Boolean(paragraph?.data?.bullet && (!paragraph.data.role || (paragraph.data.role === 'context' && dateline !== undefined && normaliseSpace(textOf(paragraph)).startsWith(dateline))))
  for (let i = 0; i < paragraphs.length - 1; i++) {
    const [line, next, after] = [paragraphs[i], paragraphs[i + 1], paragraphs[i + 2]]
    const text = normaliseSpace(textOf(line))
    const leadIn = !next.data?.bullet && !next.data?.role && !sectionLists.has(next) && normaliseSpace(textOf(next)).endsWith(':') && after?.data?.bullet && !after.data.role
    const named = text.endsWith(':') && namesSection(text.replace(/\s*:$/, ''))
    if (!line.data?.bullet && !line.data?.role && (item(next) || leadIn) && (!text.endsWith(':') || named) && isHeadingLine(text)) headings.add(line)
  }
  return headings
}

/**
 * Whether a bullet and the bullets right after it are all a minute's actions (`• Ian Cooke to agree the insurance
 * arrangements by 31st January 2027`): who, then `to` and a verb, as minutes list them under the item they follow from.
 * @param bullet the first bullet
 * @param nextOf the paragraph after each
 * @param reading the patterns of the source's language
 * @returns whether the list is the item's actions
 */
function actionsOfItem(bullet: Paragraph, nextOf: Map<Paragraph, Paragraph | undefined>, reading: Reading): boolean {
  if (!reading.taskForm) return false
  for (let item: Paragraph | undefined = bullet; item?.data?.bullet && !item.data.role; item = nextOf.get(item)) {
    if (!reading.taskForm.test(normaliseSpace(textOf(item)))) return false
  }
  return true
}

/**
 * Whether a short line and the line right under it (no blank line between) are both lines of a list set without
 * bullets, neither ending as a sentence does (`LIST OF MINISTERS` / `H.E. Dr. Sok Vannarith, Minister of Posts …, Cambodia` /
 * `H.E. Prof. Dewi Kartikasari, Head of the National Research and Innovation Agency, Indonesia`): the first heads nothing.
 * A list is three lines at least, so a third such line stands right above or below the two.
 * @param line the short line
 * @param next the paragraph after it
 * @param before the paragraph before the short line
 * @param after the paragraph after `next`
 * @returns whether the two are lines of one list
 */
function listedLine(line: Paragraph, next: Paragraph, before?: Paragraph, after?: Paragraph): boolean {
  const adjacent = (upper: Paragraph | undefined, lower: Paragraph | undefined) => upper?.position !== undefined && lower?.position?.start.line === upper.position.end.line + 1
  // (a French quotation closes after a space, `… de cidre. »`; a slide's number line over the line, `Diapositive 2 / 4`, is no line of a list; layouts49)
  const unended = (paragraph: Paragraph) => !/[.!?:;](?:[\s\u00A0\u202F]*["”’»)])*$/u.test(normaliseSpace(textOf(paragraph))) && !SLIDE_NUMBER_LINE.test(normaliseSpace(textOf(paragraph)))
  if (!adjacent(line, next) || !unended(next)) return false
  // (a third line of the run, above or below: a heading right over one paragraph whose writer left off its full stop,
  // `Grid` / `Ministers agreed to link the grids by 2030`, is two lines, no list)
  return (adjacent(before, line) && unended(before!)) || (adjacent(next, after) && unended(after!))
}

/** A note in brackets that ends a heading line: the paper it was taken on (`(report FPH/26/07)`, `(dossier 2026-031)`) or what it was put for (`(for information)`, `(pour décision)`); the heading's words stand before it. */
const HEADING_NOTE = /\s\((?:(?=[^()]{0,40}\d)(?:(?:report|paper|item|doc|document|ref|file|dossier|rapport|pi[èe]ce|annexe|minute|point)\.?\s)?(?:n[°º]\s?|no\.?\s)?[\p{Lu}\p{N}][\p{L}\p{N}./-]{0,20}(?:\s[\p{Lu}\p{N}][\p{L}\p{N}./-]{0,20}){0,2}|(?:for|pour)\s+(?:information|noting|decision|d[ée]cision|approval|approbation|discussion|avis)|information\s+only|to\s+note|[àa]\s+titre\s+d['’]information|pour\s+information\s+seulement)\)$/iu
/** A heading's note that the item was put only for information (`(for information)`, `(information only)`, `(pour information)`): an item that decides nothing. */
/**
 * A heading that names someone's report, update or presentation to the meeting (`Headteacher's report`, `Report of the Treasurer`, `Chair's
 * update`, `Rapport du trésorier`, `Rapport d'activité`, `Point d'étape de la directrice`), a few words.
 */
const REPORT_HEADING = /^(?:(?:the\s+)?[\p{L}-]{1,30}(?:\s+[\p{L}-]{1,30}){0,2}['’]s?\s+(?:report|update|presentation)|(?:report|update|presentation)\s+(?:of|from|by)\s+(?:the\s+)?[\p{L}-]{1,30}(?:\s+[\p{L}-]{1,30}){0,2}|rapport\s+(?:du|de\s+la|de\s+l['’]|des)\s*[\p{L}-]{1,30}(?:\s+[\p{L}-]{1,30}){0,2}|rapport\s+(?:moral|d['’]activit[ée]s?)|(?:point|compte\s+rendu)\s+(?:d['’][ée]tape\s+)?(?:du|de\s+la|de\s+l['’]|des)\s*(?:pr[ée]sident(?:e)?|directeur|directrice|tr[ée]sori[eè]re?|secr[ée]taire|maire))$/iu
/** A minute's resolution anywhere in a paragraph (`… fees. RESOLVED: that the surplus be placed …`, `RÉSOLU : que …`). */
const RESOLVED_IN = /(?<!\p{L})(?:(?:it\s+was\s+)?resolved|r[ée]solu)\s?[,:—–-]\s*(?:(?:that|que)(?!\p{L})|qu['’])/iu
const FOR_INFORMATION = /\((?:for\s+(?:information|noting)|information\s+only|to\s+note|pour\s+information(?:\s+seulement)?|[àa]\s+titre\s+d['’]information)\)$/iu

function isHeadingLine(line: string): boolean {
  // (`4. North Pier – replacement of the deck (report FPH/26/07)`: a record's item heading ends on the paper it was taken on; records50)
  const text = line.replace(HEADING_NOTE, '') || line
  const words = text.replace(/:$/, '').split(' ')
  return words.length <= HEADING_WORDS && /^[\p{Lu}\d]/u.test(text) && !NOT_HEADING_END.test(text) && !/:\s/.test(text)
}

function clip(text: string): string {
  const flat = normaliseSpace(text).replace(/`/g, "'")
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat
}
