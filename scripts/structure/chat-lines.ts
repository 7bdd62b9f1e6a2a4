/**
 * A chat pasted from a messaging app (Slack, Teams, WhatsApp): each line opens with the time it was
 * sent and who sent it, `[09:04] Chair: We agreed to …`, `[12/03/2026, 09:04] Amina Diallo: …`,
 * `10:32 AM - Logistics lead: …`. The time and the sender are no part of what was said: a line is read
 * from its message, as a transcript's speakers' labels are dropped (see `transcript-speakers.ts`).
 */

/** A message's time (a date before it, a 12-hour clock, brackets) and its sender before a colon; group 1 the whole prefix. */
const CHAT_PREFIX = /^([ \t\u00A0]*\[?(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?[ \u00A0]+)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \u00A0]?[AaPp]\.?[Mm]\.?)?\]?(?:[ \u00A0]+[-–])?[ \u00A0]+(?:\p{Lu}[\p{L}.'’-]*(?:[ \u00A0][\p{L}.'’()-]+){0,3}):[ \t\u00A0]+)(?=\S)/u
/** Fewest such lines that make a chat (a lone `09:30 Chair: …` in a programme is no chat). */
const FEWEST_LINES = 3

/**
 * Where each message of a pasted chat starts on its line, when three lines or more open with a time and a sender.
 * @param lines the document's lines
 * @returns for each such line, the length of its time and sender
 */
export function chatPrefixes(lines: string[]): Map<number, number> {
  const found = new Map<number, number>()
  lines.forEach((line, index) => {
    const prefix = CHAT_PREFIX.exec(line)
    if (prefix) found.set(index, prefix[1].length)
  })
  return found.size >= FEWEST_LINES ? found : new Map()
}
