/**
 * A calendar invite pasted with the record in its description (Google Calendar's event page, an Outlook or Teams invite, in
 * English or French): the app's lines around the meeting's own are furniture, never the title, a point nor a figure — how to
 * join (`Join with Google Meet`, `Rejoindre la réunion Microsoft Teams`, a bare meeting link, `(GB) +44 … PIN: …#`, `Meeting ID:
 * … Passcode: …`), whether it repeats (`Weekly on Thursday? No – does not repeat`, `Ne se répète pas`), the reminder (`30 minutes
 * before`), the guests and their answers (`9 guests · 7 yes · 2 awaiting`, `Going? Yes No Maybe`, `Accept  Tentative  Decline`),
 * the organiser's line and the `Description` label; so is the note its poster put first in the description about the record
 * under it (`Minutes now added below (approved by the chair 24 March). – ME`, `Compte rendu ajouté ci-dessous.`). Read only in a
 * text that shows two of the app's lines at least: an `Organiser:` line or a `Description` label alone are any text's.
 * (The invite's title, date and venue lines, `Thursday, 19 March 2026 ⋅ 10:30 – 13:00`, `When:`/`Where:`, stay: they are the
 * meeting's.)
 */

/** A line only an invite's page or message holds: how to join, a repeat, a reminder, the guests' answers. */
const INVITE_LINE = new RegExp(
  [
    // how to join
    String.raw`^(?:join|rejoindre|participer)(?:\s+(?:with|by|on|using|via|avec|par|sur|en))?\s+(?:google\s+meet|zoom(?:\s+meeting)?|(?:microsoft\s+)?teams(?:\s+meeting)?|webex|phone|t[ée]l[ée]phone|the\s+meeting|la\s+r[ée]union(?:\s+microsoft\s+teams)?|(?:on\s+)?your\s+computer[^.]{0,60}|video(?:\s+call)?|visio(?:conf[ée]rence)?)\s*:?$`,
    String.raw`^(?:click|cliquez)\s+(?:here|ici)\s+(?:to\s+join|pour\s+(?:rejoindre|participer))[^.]{0,40}$`,
    String.raw`^(?:https?:\/\/)?(?:meet\.google\.com|[\w.-]*zoom\.us|teams\.microsoft\.com|teams\.live\.com|[\w.-]*webex\.com)\/\S*$`,
    String.raw`(?:^|\s)(?:PIN|Code\s+PIN)\s*:\s*[\d ]{4,20}#?$`,
    String.raw`^(?:meeting|conference)\s+ID\s*:\s*[\d ]{6,20}(?:\s+passcode\s*:\s*\S{3,20})?$|^ID\s+de\s+(?:la\s+)?r[ée]union\s*:\s*[\d ]{6,20}(?:\s+code\s+secret\s*:\s*\S{3,20})?$|^(?:passcode|code\s+secret)\s*:\s*\S{3,20}$`,
    // whether it repeats, the reminder
    String.raw`(?:^|[?–—-]\s*)(?:no\s*[–—-]\s*)?does\s+not\s+repeat$|ne\s+se\s+r[ée]p[èe]te\s+pas$`,
    String.raw`^\d{1,3}\s+(?:minutes?|mins?|hours?|heures?|days?|jours?)\s+(?:before|avant)$`,
    // the guests and their answers
    String.raw`^\d{1,4}\s+(?:guests?|invit[ée]s?|participants?)\s*[·•,]\s*\d{1,4}\s+(?:yes|oui|accepted|accept[ée]s?)\b`,
    String.raw`^(?:going|attending|participer|vous\s+participez)\s*\?\s*(?:yes|oui)\s+(?:no|non)\s+(?:maybe|peut-[êe]tre)$`,
    String.raw`^(?:accept|accepter)\s+(?:tentative|provisoire|peut-[êe]tre)\s+(?:decline|refuser)$`,
  ].join('|'),
  'iu',
)
/** An invite's own labels, furniture only in an invite: the organiser's line, the description's label alone, the guests' heading. */
const INVITE_LABEL = /^(?:(?:organi[sz]er|organisateur|organisatrice|created\s+by|cr[ée][ée]\s+par)\s*:\s*\S.{0,80}|description\s*:?|(?:guests|invit[ée]s|required\s+attendees|optional\s+attendees)\s*:?)$/iu
/** A poster's note about the record under it (`Minutes now added below …`, `Notes attached below`, `Compte rendu ajouté ci-dessous`). */
const NOTE_ABOUT_BELOW = /\b(?:below|underneath|attached|ci-dessous|ci-apr[èe]s|en\s+dessous|joint)\b/iu
/** Fewest of the app's own lines for a text to be a pasted invite. */
const FEWEST_INVITE_LINES = 2
/** Most words of a poster's note. */
const NOTE_WORDS = 25
/** Among how many first lines of text an invite's lines are looked for. */
const INVITE_WITHIN = 30

/**
 * The lines of a pasted calendar invite that are the app's, not the meeting's record.
 * @param texts the document's lines, trimmed
 * @param filled the indexes of the lines with text
 * @returns the indexes of the lines to set aside (none when the text shows fewer than two of the app's lines near its top)
 */
export function inviteFurniture(texts: string[], filled: number[]): number[] {
  const top = filled.slice(0, INVITE_WITHIN)
  const own = top.filter((at) => texts[at].length <= 160 && INVITE_LINE.test(texts[at]))
  if (own.length < FEWEST_INVITE_LINES) return []
  const found = new Set(own)
  // (the RSVP row closing the page, `Going? Yes No Maybe`, stands at the text's end)
  for (const at of filled.slice(INVITE_WITHIN)) if (texts[at].length <= 160 && INVITE_LINE.test(texts[at])) found.add(at)
  for (const [k, at] of top.entries()) {
    if (!INVITE_LABEL.test(texts[at])) continue
    found.add(at)
    // the description's first line, a note about the record under it: its poster's, not the record's
    const next = filled[filled.indexOf(at) + 1]
    if (/^description\s*:?$/iu.test(texts[at]) && next !== undefined && k < top.length && NOTE_ABOUT_BELOW.test(texts[next]) && texts[next].split(/\s+/u).length <= NOTE_WORDS) found.add(next)
  }
  return [...found]
}
