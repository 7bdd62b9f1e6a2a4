import {readingFor} from './language.js'
import {splitSentences} from './text.js'
import type {Readout, Speaker} from './readout.js'

// Who said the key message. The reader keeps the quote apart from its sentence, so the speaker is
// found in the text around the quote, in whichever paragraph holds it: after the closing mark
// (`‘…,’ the Chair said`, `“…,” said Ms Ana Ruiz`, `« … », a rappelé le président`) or before the
// opening mark (`The Chair, Dr Lena Vos, said: “…”`, `As the Minister put it: “…”`,
// `Selon la présidente, « … »`, `Le ministre a déclaré : « … »`). The words are the language's
// (`QUOTE_SPEAKER` in `english.ts`, `FRENCH_QUOTE_SPEAKER` in `french.ts`).

/**
 * Who the text says spoke the key message, as it writes them (`the Chair`, `Dr Ana Ruiz, Minister
 * of Health`, `la présidente, Mme Awa Diallo`), with the role when that is all it names (`Chair`);
 * undefined when it names no one, or only the meeting itself (`ministers said`, `les ministres ont
 * déclaré`).
 * @param readout the readout, its key message and the paragraphs that may hold it
 * @returns the speaker, or undefined
 */
export function keyMessageSpeaker(readout: Readout): Speaker | undefined {
  const quote = readout.keyMessage
  if (!quote) return undefined
  const patterns = readingFor(readout.lang).quoteSpeaker
  const paragraphs = [...readout.context, ...readout.outlook, ...(readout.dateline ? [readout.dateline] : []), ...readout.pillars.map((pillar) => pillar.body)]
  for (const [index, paragraph] of paragraphs.entries()) {
    const around = aroundQuote(paragraph, quote)
    if (!around) continue
    // a pull quote on a line of its own, signed on the next (`— Dr. Grace Uwase, Chair`)
    const after = around.after.trim() === '' && /^\s*[–—]/u.test(paragraphs[index + 1] ?? '') ? paragraphs[index + 1] : around.after
    const said = firstSpeaker(patterns.after, after) ?? firstSpeaker(patterns.before, around.before)
    // `she said`: the subject of the sentence before the quote (`The Chair opened the meeting by …`)
    const written = said && patterns.pronoun.test(said) ? firstSpeaker([patterns.antecedent], splitSentences(around.before.trim()).at(-1)?.text ?? '') : said
    if (!written || patterns.meeting.test(written) || isWhoMet(written, readout)) return undefined
    // a role alone (`the Chair`) is shown with who met; one that names someone (`the Chair, Dr Lena Vos`) as written
    const role = patterns.role.exec(written)?.groups?.role
    return role && !/,/.test(role) ? {written, role} : {written}
  }
  return undefined
}

/** The group `speaker` of the first pattern that matches a text, trimmed. */
function firstSpeaker(patterns: readonly RegExp[], text: string): string | undefined {
  for (const pattern of patterns) {
    const speaker = pattern.exec(text)?.groups?.speaker?.trim()
    if (speaker) return speaker
  }
  return undefined
}

/** Whether a speaker is who met, as the readout names them (`Health ministers`, `the Andean Vaccine Alliance`). */
function isWhoMet(speaker: string, readout: Readout): boolean {
  const bare = (text: string) => letters(text.replace(/^(?:the|les?|la|l['’])\s*/iu, ''))
  return [readout.participants, readout.organisation].some((who) => who !== undefined && bare(who) === bare(speaker))
}

/** Letters and digits only, lower case: to find a quote in its paragraph whatever its marks and spaces. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}

/**
 * The text of a paragraph before the quote's opening mark and after its closing mark, or undefined
 * when the quote is not there between quote marks. The quote is found by its letters, so a quote
 * the reader ended with a full stop or capitalised is found as written. Runs of spaces in the text
 * around are written as one space.
 */
function aroundQuote(paragraph: string, quote: string): {before: string; after: string} | undefined {
  const wanted = letters(quote)
  const head = wanted.slice(0, 40)
  // where each letter or digit of the paragraph stands
  const at: number[] = []
  for (const match of paragraph.matchAll(/[\p{L}\p{N}]/gu)) at.push(match.index)
  const start = letters(paragraph).indexOf(head)
  if (start < 0 || start + wanted.length > at.length) return undefined
  const open = /[“«"‘']\s*$/u.exec(paragraph.slice(0, at[start]))
  // the closing mark: the first one after the quote's last letter (a quote of several sentences runs on to it)
  const rest = paragraph.slice(at[start + wanted.length - 1] + 1)
  const close = (open ? /^[^“«]*?(?:[”»"]|[’'](?!\p{L}))/u : /^[^\p{L}\p{N}]*?[”»"’']/u).exec(rest)
  if (!open && !close) return undefined
  // (each run of spaces as one: the patterns read a space run from each of its spaces, in time quadratic in its length)
  const spaced = (text: string) => text.replace(/\s+/gu, ' ')
  return {before: open ? spaced(paragraph.slice(0, open.index)) : '', after: close ? spaced(rest.slice(close[0].length)) : ''}
}
