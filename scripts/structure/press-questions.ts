import type {Paragraph, Root, Text} from 'mdast'
import type {Plugin} from 'unified'
import {looksAhead} from './extract-pillars.js'
import {readingOf} from './language.js'
import {paragraphsOf, pointIn, textOf} from './state.js'
import {normaliseSpace} from './text.js'

/** A journalist's question as a briefing's readout writes it: `Q: When will …?`, `Question : …`. */
const QUESTION = /^(?:Q|Question)[ \u00A0]?:[ \t\u00A0]+/u
/** The answer under it: `A: The Consortium will …`, `R : …` (`Réponse`). */
const ANSWER = /^(?:A|R|Answer|Réponse)[ \u00A0]?:[ \t\u00A0]+/u
/** A heading of at most this many words right above the questions names them (`Questions from the press`). */
const HEADING_WORDS = 6

/**
 * Read the questions a spokesperson answered after a meeting (`Q: …` / `A: …` lines, once each at
 * least): they are no decision of the meeting, so neither they, the answers nor a short heading
 * right above them (`Questions from the press`) are points or the body of the section before; an
 * answer that looks ahead (`A: The Consortium will launch a dashboard in May`) is outlook, without
 * its `A:`, and the rest is context.
 */
const pressQuestions: Plugin<[], Root> = function () {
  return function (tree, file) {
    const paragraphs = paragraphsOf(tree).filter((p) => !p.data?.role)
    const questions = paragraphs.filter((p) => QUESTION.test(textOf(p)))
    const answers = paragraphs.filter((p) => ANSWER.test(textOf(p)))
    if (questions.length === 0 || answers.length === 0) return
    const reading = readingOf(file)
    const first = paragraphs.indexOf(questions[0])
    const above = paragraphs[first - 1]
    if (above && isHeadingOver(textOf(above))) above.data = {...above.data, role: 'context'}
    for (const question of questions) question.data = {...question.data, role: 'context'}
    for (const answer of answers) {
      const said = dropLabel(answer)
      answer.data = {...answer.data, role: looksAhead(said, reading) || reading.forwardLooking.test(said) ? 'outlook' : 'context'}
    }
  }
}
export default pressQuestions

/** Whether a line is a short heading (no sentence's end): the name of the questions under it. */
function isHeadingOver(text: string): boolean {
  const line = normaliseSpace(text)
  return line.split(' ').length <= HEADING_WORDS && !/[.!?;,]$/.test(line) && !QUESTION.test(line)
}

/**
 * Drop an answer's `A:` from its text, its position moved past it.
 * @param paragraph an answer's paragraph
 * @returns what was said
 */
function dropLabel(paragraph: Paragraph): string {
  const text = paragraph.children[0] as Text
  const label = ANSWER.exec(text.value)![0].length
  if (text.position) text.position.start = pointIn(paragraph, label)
  text.value = text.value.slice(label)
  return text.value
}
