/**
 * A transcript's turns as a radio, a video platform or a meeting app exports them: a line with only the time code and who speaks,
 * what they said on the lines under it (`[18:42:05] PRÉSENTATRICE` / `Bonsoir …`, `00:12:31 Speaker 2` / `We agreed …`,
 * `Ana Ruiz  (01:02:03)` / `…`, `Intervenant 1 – 0:03` / `…`). The time and the speaker's name are furniture, no part of what
 * was said: the line is dropped and each turn read as the paragraph it is (questions then decide nothing, as any question in prose).
 * A `[09:04] Chair: …` line with the message after the name is `chat-lines.ts`'s.
 */

/** A time code: a clock, with seconds and their fraction, in brackets or not (`[18:42:05]`, `00:12:31.120`, `(1:02)`). */
const TIME = String.raw`[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?`
/** Who speaks: a name of one to five words, in capitals or not, a number after a generic label (`Speaker 2`), a role in brackets. */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \u00A0](?:\p{Lu}[\p{L}\p{M}.'’-]*|\d{1,2}|de|du|la|le|van|von|da|del)){0,4}(?:[ \u00A0]*\([^()\n]{1,40}\))?`
/** A line of only a time code and a speaker, either first, or a time code alone. */
const TURN_LINE = new RegExp(String.raw`^[ \t\u00A0]*(?:${TIME}[ \t\u00A0]+(?:[-–—|][ \t\u00A0]+)?(${NAME})|(${NAME})[ \t\u00A0]+(?:[-–—|][ \t\u00A0]+)?${TIME}|${TIME})[ \t\u00A0]*:?[ \t\u00A0]*$`, 'u')
/** Fewest turn lines that make a transcript. */
const FEWEST_TURNS = 3
/** Fewest words of the line under a turn line that says something (a programme's `09:00 Registration` / `09:30 Opening` has none). */
const SAID_WORDS = 5

/**
 * The lines that only give a transcript's time code and speaker, when the text is one: three at least, a speaker twice, and most
 * of them over a line that says something.
 * @param lines the document's lines
 * @returns their indexes
 */
export function speakerTurnLines(lines: string[]): Set<number> {
  const turns: number[] = []
  const speakers: string[] = []
  let said = 0
  lines.forEach((line, index) => {
    if (line.length > 120 || !/\d:\d\d/.test(line)) return
    const found = TURN_LINE.exec(line)
    if (!found) return
    turns.push(index)
    speakers.push((found[1] ?? found[2] ?? '').toUpperCase())
    let next = index + 1
    while (next < lines.length && lines[next].trim() === '') next++
    if (next < lines.length && !TURN_LINE.test(lines[next]) && lines[next].trim().split(/\s+/).length >= SAID_WORDS) said++
  })
  const named = speakers.filter(Boolean)
  const repeated = new Set(named).size < named.length
  return turns.length >= FEWEST_TURNS && repeated && said * 2 >= turns.length ? new Set(turns) : new Set()
}
