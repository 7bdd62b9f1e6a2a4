/**
 * What the reader knows about English readouts, in one place: the kinds of document, the words
 * that name who acts (not what a point is about), the phrases that look ahead, and the headings
 * that name a section rather than a pillar. Patterns built from these lists are anchored or
 * bounded so that they run in linear time.
 */

/** Kinds of document a title line names, most specific first; the value is what `kind` says. */
export const DOCUMENT_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bjoint\s+(?:press\s+)?statement\b/i, 'joint statement'],
  [/\bjoint\s+communiqu[ée]\b/i, 'communiqué'],
  [/\bchair(?:'|’)?s?(?:'|’)?\s+(?:summary|statement)\b|\bsummary\s+(?:of|by)\s+the\s+chair\b/i, "chair's summary"],
  [/\bcommuniqu[ée]\b/i, 'communiqué'],
  [/\bpress\s+release\b/i, 'press release'],
  [/\bmedia\s+(?:note|release|advisory)\b/i, 'media note'],
  [/\bdeclaration\b/i, 'declaration'],
  [/\bread-?out\b/i, 'readout'],
  [/\bstatement\b/i, 'statement'],
]

/** The kind of a readout whose text names none. */
export const DEFAULT_KIND = 'readout'

/**
 * Head nouns of a subject that names who acted ("Ministers endorsed …"): the point is then about
 * the object of the verb, not about them.
 */
export const ACTORS = new Set(
  'we they i you he she it ministers minister leaders leader partners partner participants participant members member delegates delegate delegations delegation countries country governments government states state parties party coalition alliance network group forum presidency chair chairs co-chairs co-chair heads representatives officials experts donors signatories allies nations union council committee commission secretariat both all each sides side envoys ambassadors directors co-leads'.split(' '),
)

/** Sentences that look ahead to the next meeting or a review: such a paragraph is outlook. */
export const NEXT_MEETING = /\b(?:(?:will|to|shall|would)\s+(?:meet|reconvene|convene|gather|come\s+together)\s+(?:again|next)|next\s+(?:meeting|ministerial|summit|session|conference|gathering|round|plenary)|will\s+(?:reconvene|review\s+progress|take\s+stock|report\s+back)|(?:agreed|decided)\s+to\s+(?:meet|reconvene)|look(?:s|ed)?\s+forward\s+to\s+(?:meeting|the\s+next|reconvening|welcoming)|(?:hold|host)\s+(?:their|its|our|the)\s+(?:next\s+|[\w-]+\s+){0,2}(?:meeting|session|summit|conference|ministerial|plenary))\b/i

/** Headings that name a section of context or outlook rather than a pillar of the roadmap. */
export const CONTEXT_HEADINGS = /^(?:background|context|introduction|overview|summary)$/i
export const OUTLOOK_HEADINGS = /^(?:next\s+steps|outlook|the\s+way\s+forward|way\s+forward|looking\s+ahead|follow-?up|conclusions?|closing)$/i

/** A line that names an office or issuer in a title block ("Office of the Spokesperson"). */
export const ISSUER_LINE = /^(?:(?:the\s+)?office\s+of\b|(?:the\s+)?(?:press|media|communications)\s+(?:office|service|section)\b|for\s+immediate\s+release\b|embargoed\b)/i

/** Words of a title line kept in lower case when a heading is written in sentence case. */
export const MINOR_WORDS = new Set('a an and as at by for from in into of on or the to with'.split(' '))

/**
 * Words of a sentence that looks ahead ("will", "must", "need to", a target year): a paragraph
 * after the points that says none of them reports what was discussed, and is context.
 */
export const FORWARD_LOOKING = /\b(?:will|shall|must|need\s+to|going\s+forward|look(?:s|ing)?\s+forward|intends?\s+to|plans?\s+to|(?:by|until|before)\s+(?:the\s+end\s+of\s+)?20\d{2})\b/i

/**
 * What a paragraph of prose says when it records a decision or a commitment (a point of a
 * readout without bullets): agreed, endorsed, adopted, launched, pledged, asked someone to act,
 * or what will be done.
 */
export const DECISION = /\b(?:agreed|endorsed|adopted|decided|committed|launched|approved|pledged|announced|asked|called\s+on|tasked|instructed|mandated|welcomed\s+(?:new\s+|further\s+)?(?:pledges|commitments|contributions|the\s+launch)|will|shall)\b/i

/** What an opening paragraph of a communiqué says: thanks to the host, commitments reaffirmed. */
export const OPENING = /\b(?:thanked|thanks|gratitude|grateful|reaffirmed|recalled|hosting|welcomed\s+the\s+participation)\b/i

/** A dateline "PLACE, date –" at the start of a text: the shape of a press release. */
export const WIRE_KIND = 'press release'
/** Numbered paragraphs are the shape of a communiqué. */
export const NUMBERED_KIND = 'communiqué'

/**
 * Verbs that ask someone else to act ("asked the Secretariat to propose a code"): the point is
 * about what they are to do.
 */
export const ASKING_VERBS = new Set('asked ask asks called call calls tasked task instructed instruct invited invite requested request urged urge mandated encouraged encourage'.split(' '))

/**
 * Objects of a verb that only carry an attitude ("expressed concern at the loss of nurses"): the
 * point is about the noun phrase after them.
 */
export const LIGHT_OBJECTS = new Set('concern support appreciation importance need commitment determination satisfaction regret readiness willingness intention progress'.split(' '))

/** A paragraph that reports what was discussed or heard (“Ministers also discussed …”): context. */
export const REPORTED = /^(?:\S+\s+){1,4}(?:also\s+)?(?:discussed|noted|heard|reviewed|exchanged\s+views|considered|recalled|recall|thanked)\b/i
