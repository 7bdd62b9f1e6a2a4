/**
 * A point whose first clause only says that the meeting heard someone speak (`The Forum heard a
 * presentation by the Transport Authority on …`, `welcomed the statement delivered on behalf of …`,
 * `a pris acte de l'exposé présenté par …`) is not about the speech: it is about what the meeting
 * then decided (`… and agreed to draw up common rules for …`), else what the speech was about
 * (`on landings in volcanic ash`), else who spoke. The title is made from that.
 */

/** How one language writes a speech the meeting heard (see `Reading.speechObject`). */
export interface SpeechPatterns {
  /** Who met, a verb of hearing or noting, and a speech as its object; groups `subject` and `noun`. */
  heard: RegExp
  /** A decision coordinated after the speech (`, and agreed …`, `et a convenu …`); groups `verb` and `rest` (what follows the verb). */
  decision: RegExp
  /** The decision's object opens on a word that points back to the speaker (`to invite their representatives`): the speaker is then the subject. */
  pointsBack: RegExp
  /** Who spoke, right after the speech's noun (`delivered on behalf of the …`, `présenté par …`); group `who`. */
  speaker: RegExp
  /** What the speech was about, after its noun (`on …`, `sur …`); group `topic`. */
  topic: RegExp
  /** An article that opens a phrase (`the `, `l'`): a title goes without it. */
  article: RegExp
  /** How the decision is written back after the subject (`{subject} {verb}{rest}`: English keeps the verb; French puts back the auxiliary). */
  rejoin: (subject: string, verb: string, rest: string) => string
}

/** Most words of a speaker or topic kept whole as a title. */
const MOST_WORDS = 7

/**
 * What a point's title is to be made from when its sentence opens on a speech the meeting heard:
 * the decision coordinated after it, with its subject (`The Forum agreed to draw up common rules …`),
 * else the speech's topic or its speaker, a noun phrase that is the title as it stands (its article
 * dropped: `Landings in volcanic ash`, `Pilots' associations`); any other sentence as it is.
 * @param sentence the point's sentence
 * @param patterns the language's speech patterns (none: the sentence as it is)
 * @returns `clause`, the sentence or clause to make the title from, or `title`, the title itself
 */
export function pastSpeech(sentence: string, patterns: SpeechPatterns | undefined): {clause: string; title?: undefined} | {title: string; clause?: undefined} {
  if (!patterns) return {clause: sentence}
  const text = sentence.slice(0, 400)
  const heard = patterns.heard.exec(text)
  if (!heard?.groups) return {clause: sentence}
  const after = text.slice(heard.index + heard[0].length)
  const decision = patterns.decision.exec(after)
  const speech = decision ? after.slice(0, decision.index) : after
  const who = patterns.speaker.exec(speech)?.groups?.who?.trim()
  if (decision?.groups && !(who && patterns.pointsBack.test(decision.groups.rest))) return {clause: patterns.rejoin(heard.groups.subject.trim(), decision.groups.verb, decision.groups.rest)}
  const phrase = (patterns.topic.exec(speech)?.groups?.topic ?? who)?.trim().replace(patterns.article, '')
  if (!phrase || phrase.split(/\s+/).length > MOST_WORDS) return {clause: sentence}
  return {title: phrase.charAt(0).toLocaleUpperCase() + phrase.slice(1)}
}
