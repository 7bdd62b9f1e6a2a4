import type {Paragraph, Root, Text} from 'mdast'
import type {Plugin} from 'unified'
import {MINUTE_RECORD_LABEL, TRANSCRIPT_QUESTIONER} from './english.js'
import {FRENCH_MINUTE_RECORD_LABEL, FRENCH_TRANSCRIPT_QUESTIONER} from './french.js'
import {paragraphsOf, pointIn, textOf} from './state.js'
import {looksAhead} from './extract-pillars.js'
import {readingOf} from './language.js'
import {normaliseSpace} from './text.js'

/**
 * A speaker's label in capitals before what they said, as a briefing's transcript writes it:
 * `SPOKESPERSON:`, `MR. OKAFOR:`, `QUESTION (Radio Nord):`, `PORTE-PAROLE :` (group 1: the name); a
 * briefing's `Q:` / `A:` lines are `press-questions.ts`'s.
 */
const SPEAKER = /^(\p{Lu}[\p{Lu}.'’ -]{0,40}?\p{Lu}\.?(?:[ \u00A0]*\([^)\n]{1,40}\))?)[ \u00A0]?:[ \t\u00A0]+(?=\S)/u
/**
 * A journalist's question opened by a short questioner's label and a stop or a dash rather than a colon (`Q. Dan Reeve, Weekly News.
 * Will …?`, `Q – …`, `QUESTION. …`, `Journaliste – …`; threads51): a question's turn in a transcript that other speakers' labels make.
 */
const QUESTION_TURN = /^((?:Q|QUESTION|Question|JOURNALIST|Journalist|REPORTER|Reporter|JOURNALISTE|Journaliste))[ \u00A0]?[.–—-][ \t\u00A0]+(?=\S)/u
/** A label of the one who chairs a press conference's questions, in either language (`MODERATOR`, `HOST`, `ANIMATRICE`, `MODÉRATEUR`). */
const MODERATOR = /^(?:moderator|host|presenter|facilitator|m\.?c\.?|master of ceremonies|animat(?:eur|rice)|mod[ée]rat(?:eur|rice)|pr[ée]sentat(?:eur|rice))$/iu
/** A transcript has at least this many paragraphs opened by a speaker's label, one label at least twice. */
const LEAST_TURNS = 3

/**
 * Read a briefing's transcript (`SPOKESPERSON: …` / `QUESTION: …` / `SPOKESPERSON: …`): each
 * speaker's label is dropped from what they said, so that a readout given in turns is read as the
 * paragraphs it is; a journalist's question is context, never a point. Texts where labels in
 * capitals open fewer than three paragraphs, or never the same label twice, are left alone (a
 * run-in heading in capitals, `ENERGY: …`, is no speaker).
 */
const transcriptSpeakers: Plugin<[], Root> = function () {
  return function (tree, file) {
    const turns = paragraphsOf(tree).flatMap((paragraph) => {
      const found = paragraph.data?.bullet ? null : SPEAKER.exec(textOf(paragraph))
      // (`RESOLVED: that …`, `DONM: …`: a minute's record, no speaker's turn)
      if (found && !isRecordLabel(found[1])) return [{paragraph, label: found[0].length, speaker: found[1]}]
      const question = paragraph.data?.bullet ? null : QUESTION_TURN.exec(textOf(paragraph))
      return question ? [{paragraph, label: question[0].length, speaker: 'QUESTION', asks: true}] : []
    })
    // (the questions put with a stop, `Q. …`, count only in a transcript the speakers' labels make on their own: a list of `Q.` and `A.` is no transcript here)
    if (!isTranscript(turns.filter((turn) => !('asks' in turn)).map((turn) => turn.speaker))) return
    const reading = readingOf(file)
    let asked = false
    for (const {paragraph, label, speaker} of turns) {
      dropLabel(paragraph, label)
      // (the one who chairs the questions, `MODERATOR: Thank you. Questions.`, `ANIMATRICE : …`, says what happens, decides nothing: threads51)
      if (isQuestioner(speaker) || MODERATOR.test(speaker.replace(/\s*\(.*\)$/u, ''))) paragraph.data = {...paragraph.data, role: 'context'}
      else if (asked) {
        // (the turn that answers a journalist's question restates what was decided, it decides nothing itself: context, or outlook when
        // it looks ahead, as a briefing's `A:` line is, see `press-questions.ts`; roles45, feralcats-35's `MINISTER: No. What we agreed is …`)
        const said = normaliseSpace(textOf(paragraph))
        paragraph.data = {...paragraph.data, role: looksAhead(said, reading) || reading.forwardLooking.test(said) ? 'outlook' : 'context'}
      }
      asked = isQuestioner(speaker)
    }
  }
}
export default transcriptSpeakers

/**
 * Whether the labels that open paragraphs make a transcript: three turns at least, one speaker twice.
 * @param speakers the labels, in order
 */
export function isTranscript(speakers: string[]): boolean {
  const names = speakers.map((name) => name.replace(/\s*\(.*\)$/, '').toUpperCase())
  return names.length >= LEAST_TURNS && new Set(names).size < names.length
}

/** Whether a label in capitals is a minute's record of what was settled (`RESOLVED`, `DÉCIDÉ`), no speaker. */
function isRecordLabel(label: string): boolean {
  return MINUTE_RECORD_LABEL.test(label.trim()) || FRENCH_MINUTE_RECORD_LABEL.test(label.trim())
}

/** Whether a speaker's label names the one who asks (`QUESTION`, `JOURNALISTE`, `QUESTION (Radio Nord)`). */
function isQuestioner(speaker: string): boolean {
  return TRANSCRIPT_QUESTIONER.test(speaker) || FRENCH_TRANSCRIPT_QUESTIONER.test(speaker)
}

/**
 * Drop a speaker's label from a paragraph's text, its position and the places its wrapped lines start moved with it.
 * @param paragraph the paragraph
 * @param label the label's length, with its colon and spaces
 */
function dropLabel(paragraph: Paragraph, label: number): void {
  const text = paragraph.children[0] as Text
  if (text.position) text.position.start = {...text.position.start, ...pointIn(paragraph, label)}
  text.value = text.value.slice(label)
  const joined = paragraph.data?.joined
  if (joined) paragraph.data = {...paragraph.data, joined: joined.map((line) => ({...line, at: line.at - label}))}
}
