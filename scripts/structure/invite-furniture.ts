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
    String.raw`(?:^|\s)(?:PIN|Code\s+PIN)\s*(?::\s*)?[\d ]{4,20}#?$`,
    // (`Join by phone: 0300 555 0192, PIN 448 190#`, `Rejoindre par téléphone : +33 1 70 …`: how to join, a number after it; app49)
    String.raw`^(?:join|dial[\s-]in|rejoindre|participer)(?:\s+(?:by|via|par))?\s+(?:phone|t[ée]l[ée]phone)\s*:\s*[+(]?\d[\d ()+.,#:-]{5,60}(?:\s*(?:PIN|code(?:\s+PIN)?)\s*(?::\s*)?[\d ]{3,20}#?)?$`,
    String.raw`^(?:meeting|conference)\s+ID\s*:\s*[\d ]{6,20}(?:\s+passcode\s*:\s*\S{3,20})?$|^ID\s+de\s+(?:la\s+)?r[ée]union\s*:\s*[\d ]{6,20}(?:\s+code\s+secret\s*:\s*\S{3,20})?$|^(?:passcode|code\s+secret)\s*:\s*\S{3,20}$`,
    // whether it repeats, the reminder
    String.raw`(?:^|[?–—-]\s*)(?:no\s*[–—-]\s*)?does\s+not\s+repeat$|ne\s+se\s+r[ée]p[èe]te\s+pas$`,
    String.raw`^\d{1,3}\s+(?:minutes?|mins?|hours?|heures?|days?|jours?)\s+(?:before|avant)$`,
    // the guests and their answers
    String.raw`^\d{1,4}\s+(?:guests?|invit[ée]s?|participants?)\s*[·•,]\s*\d{1,4}\s+(?:yes|oui|accepted|accept[ée]s?)\b`,
    // (the answers in any order, parted by spaces, dashes, bars or dots, a guests' count before them or not: `Attendees: 17 · Going? Yes – Maybe – No`,
    // `Participants : 12 · Vous participez ? Oui | Peut-être | Non`; app49)
    String.raw`^(?:(?:attendees|guests|participants|invit[ée]s)\s*:?\s*\d{1,4}\s*[·•|,–—-]\s*)?(?:going|attending|participer|vous\s+participez|will\s+you\s+attend)\s*\?\s*(?:(?:yes|oui|no|non|maybe|peut-[êe]tre)(?:\s*[–—|·•/-]\s*|\s+|$)){3}(?:(?:more\s+options|plus\s+d['’]options|options)\s*)?$`,
    String.raw`^(?:accept|accepter)\s+(?:tentative|provisoire|peut-[êe]tre)\s+(?:decline|refuser)$`,
    // (the answers alone on their row, a calendar's own link after them, and the line over them that says whose answer it is: `Reply for ana@x.example` /
    // `Yes   No   Maybe   More options`, `Répondre pour … :` / `Oui  Non  Peut-être  Plus d'options`; threads50)
    String.raw`^(?:(?:yes|oui|no|non|maybe|peut-[êe]tre)(?:\s*[–—|·•/-]\s*|\s+|$)){3}(?:(?:more\s+options|plus\s+d['’]options|options)\s*)?$`,
    String.raw`^(?:reply|respond|r[ée]pondre|r[ée]ponse)\s+(?:for|pour)\s+[\w.+-]{1,60}@[\w-]+(?:\.[\w-]+)+\s*:?$`,
    String.raw`^(?:view\s+all\s+guest\s+info|see\s+all\s+guests|afficher\s+(?:toutes\s+les\s+informations\s+sur\s+les\s+invit[ée]s|tous\s+les\s+invit[ée]s))$`,
    // who answered, as the organiser's copy of an answer says it, and its subject (`Kit Pengelly accepted this invitation.`, `Accepted: Updated invitation: …`,
    // `Ana Ruiz a accepté cette invitation.`, `Refusé : Invitation : …`, `Tentatively accepted: …`; app49)
    String.raw`^[\p{L}\p{M}'’. -]{2,60}\s(?:has\s+)?(?:accepted|declined|tentatively\s+accepted|a\s+accept[ée]|a\s+refus[ée]|a\s+accept[ée]\s+provisoirement)\s+(?:this|your|cette|votre)\s+(?:invitation|(?:meeting\s+)?(?:request|event)|[ée]v[ée]nement|demande\s+de\s+r[ée]union)\.?$`,
    String.raw`^(?:accepted|declined|tentative|tentatively\s+accepted|accept[ée]|refus[ée]|provisoire)\s*:\s*(?:(?:updated|new|updated\s+event)\s+)?(?:invitation|event|[ée]v[ée]nement|invitation\s+mise\s+[àa]\s+jour)\b.{0,200}$`,
    // the app's footer under the description (Google's, Outlook's, Apple's, in either language)
    String.raw`^(?:invitation|event|invite)\s+from\s+(?:google\s+calendar|outlook|icloud|apple\s+calendar|microsoft\s+(?:outlook|teams))$|^invitation\s+(?:provenant\s+)?de\s+(?:google\s+agenda|outlook|icloud|calendrier)$`,
    String.raw`^(?:you\s+are\s+receiving\s+this\s+(?:e-?mail|message|invitation)|vous\s+recevez\s+(?:cet\s+e-?mail|ce\s+message|cette\s+invitation))\b.{0,200}$`,
    String.raw`^(?:forwarding\s+this\s+invitation|le\s+transfert\s+de\s+cette\s+invitation|transf[ée]rer\s+cette\s+invitation)\b.{0,200}$`,
    String.raw`^(?:learn\s+more\s+about\s+(?:teams|google\s+meet|zoom)|meeting\s+options|options\s+de\s+r[ée]union|en\s+savoir\s+plus\s+sur\s+teams)(?:\s*\|\s*(?:meeting\s+options|options\s+de\s+r[ée]union|help|aide|legal|mentions\s+l[ée]gales))*$`,
  ].join('|'),
  'iu',
)
/** An invite's own labels, furniture only in an invite: an answer's subject (`Accepted: …`, `Refusé : …`), the organiser's line, the description's label alone, the guests' heading. */
const INVITE_LABEL = /^(?:(?:accepted|declined|tentative|tentatively\s+accepted|accept[ée]|refus[ée]|provisoire)\s*:\s*\S.{0,200}|(?:organi[sz]er|organisateur|organisatrice|created\s+by|cr[ée][ée]\s+par)\s*:\s*\S.{0,80}|description\s*:?|(?:guests|invit[ée]s|required\s+attendees|optional\s+attendees)\s*:?)$/iu
/** An invite's field label alone on its line, its value under it (Google's and Apple's `When` / `Where` / `Organiser` / `Guests`, `Quand` / `Où` / `Invités`). */
const FIELD_LABEL_ALONE = /^(?:when|where|organi[sz]er|guests|quand|o[ùu]|organisat(?:eur|rice)|invit[ée]s)\s*:?$/iu
/**
 * An invite's field with its value on the same line, parted by a colon or a column's spaces (`When      Thursday 14 January 2027 ⋅
 * 10:00`, `Where: Video call`, `Quand : jeudi 14 janvier`; threads51): group 1 the label.
 */
const FIELD_INLINE = /^(when|where|quand|o[ùu]|calendar|agenda|calendrier|who|organi[sz]er|organisat(?:eur|rice)|guests|invit[ée]s)(?:[ \t\u00A0]*:[ \t\u00A0]*|[ \u00A0]{2,}|\t+)(?=\S)/iu
/** The invite's subject as its message puts it (`Invitation: Fingerpost Group – May meeting @ Wed 20 May 2026 10:00 – 12:00 (BST) (ana@x.example)`, `Invitation mise à jour : … @ …`). */
const INVITE_SUBJECT = /^(?:(?:updated\s+)?invitation|invitation\s+mise\s+[àa]\s+jour|nouvel\s+[ée]v[ée]nement|new\s+event)\s*:\s*\S.{0,200}?\s@\s.{4,120}$/iu
/** The month a line names (`May`, `20 May 2026`, `avril`), English or French. */
const MONTH_NAME = /(?<!\p{L})(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?!\p{L})/giu
/** Whether a match of `MONTH_NAME` is a month: `may` in lower case is the English verb, `sept` the French number (a month is `May`, `Sept.`, `sept.`). */
function isMonth(match: RegExpMatchArray): boolean {
  if (match[1] === 'may') return false
  return !(match[1] === 'sept' && (match.input ?? '')[(match.index ?? 0) + 4] !== '.')
}
/** Each month's number by its name's first letters, English or French (`mai` → 5, `juil.` → 7, `août` → 8). */
const MONTH_STARTS = [/^jan/u, /^f[eé]v|^feb/u, /^mar/u, /^apr|^avr/u, /^ma[iy]/u, /^juin|^jun/u, /^juil|^jul/u, /^aug|^ao[uû]/u, /^sep/u, /^oct/u, /^nov/u, /^d[eé]c/u]
const monthOf = (name: string): number => MONTH_STARTS.findIndex((start) => start.test(name.toLowerCase())) + 1
/** Most lines of the guests' names under their label. */
const GUEST_LINES = 40
/** How many characters of the record under an invite are looked for its month in. */
const RECORD_MONTH_CHARS = 400
/** A poster's note about the record under it (`Minutes now added below …`, `Notes attached below`, `Compte rendu ajouté ci-dessous`); bounded by letters, not `\b`, which takes `à` and `é` for no word's letters. */
const NOTE_ABOUT_BELOW = /(?<![\p{L}\p{N}_])(?:below|underneath|attached|(?:added|put)\s+(?:the\s+)?(?:notes|minutes|record|summary)|(?:to|in)\s+this\s+(?:invitation|invite|event)|ci-dessous|ci-apr[èe]s|en\s+dessous|joint|ajout[ée]\s+(?:le\s+compte[\s-]rendu|les\s+notes|le\s+relev[ée])|(?:[àa]|dans)\s+cette\s+invitation)(?![\p{L}\p{N}_])/iu
/** Fewest of the app's own lines for a text to be a pasted invite. */
const FEWEST_INVITE_LINES = 2
/** Most words of a poster's note. */
const NOTE_WORDS = 45
/** Among how many first lines of text an invite's lines are looked for. */
const INVITE_WITHIN = 30

/**
 * The lines of a pasted calendar invite that are the app's, not the meeting's record.
 * @param texts the document's lines, trimmed
 * @param filled the indexes of the lines with text
 * @returns the indexes of the lines to set aside (none when the text shows fewer than two of the app's lines near its top)
 */
export function inviteFurniture(texts: string[], filled: number[]): number[] {
  return inviteShape(texts, filled).drop
}

/**
 * The lines of a pasted calendar invite that are the app's, and those of an invite to the next meeting that say when it is (`When` /
 * `Wednesday 20 May 2026 ⋅ 10:00 – 12:00` over the notes of the April meeting): when the invite was for, the day a record's
 * `Wednesday 15 April` takes its year from, as a mail's sent line is, never the record's date.
 * @param texts the document's lines, trimmed
 * @param filled the indexes of the lines with text
 */
export function inviteShape(texts: string[], filled: number[]): {drop: number[]; when: number[]} {
  const top = filled.slice(0, INVITE_WITHIN)
  const own = top.filter((at) => texts[at].length <= 160 && INVITE_LINE.test(texts[at]))
  // (two of its fields with their values on their lines, `When      …` / `Where     …`, count as one of the app's lines: threads51)
  const fieldsInline = top.filter((at) => !FIELD_LABEL_ALONE.test(texts[at]) && FIELD_INLINE.test(texts[at])).length >= 2 ? 1 : 0
  if (own.length + fieldsInline < FEWEST_INVITE_LINES) return {drop: [], when: []}
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
  // (`When` / `Wednesday 20 May 2026 ⋅ 10:00 – 12:00`, `Where` / `Reading Room, Market Place`: the labels go, their values stay, the meeting's)
  const labels = top.filter((at) => FIELD_LABEL_ALONE.test(texts[at]))
  for (const at of labels) found.add(at)
  // (`When      Thursday 14 January 2027 ⋅ 10:00`: the label and its value on one line; who was asked and whose calendar go, the
  // meeting's when and where are values as those under a label alone are; threads51)
  const inline = top.filter((at) => !FIELD_LABEL_ALONE.test(texts[at]) && FIELD_INLINE.test(texts[at]))
  for (const at of inline) if (!/^(?:when|where|quand|o[ùu])$/iu.test(FIELD_INLINE.exec(texts[at])![1])) found.add(at)
  const inlineValues = inline.filter((at) => /^(?:when|where|quand|o[ùu])$/iu.test(FIELD_INLINE.exec(texts[at])![1]))
  // an invite to the next meeting carrying the record of the last one in its description (`Notes of the April meeting` under an invite
  // for 20 May): its subject and its fields' values are the next meeting's, never the record's title, date or place (threads50)
  const values = [...inlineValues, ...labels.flatMap((at) => (/^(?:when|where|quand|o[ùu])\s*:?$/iu.test(texts[at]) && filled[filled.indexOf(at) + 1] !== undefined ? [filled[filled.indexOf(at) + 1]] : []))]
  const subject = top.filter((at) => texts[at].length <= 300 && INVITE_SUBJECT.test(texts[at]))
  const invite = new Set([...found, ...values, ...subject])
  const inviteMonths = new Set([...values, ...subject].flatMap((at) => [...texts[at].matchAll(MONTH_NAME)].filter(isMonth).map((m) => monthOf(m[1]))))
  // (the record: the lines no invite's, the guests' names among them, months in none)
  // (its lines about a meeting to come left out: `Next board meeting` / `The summer board will be held in … on 2 June` names no month of
  // the record's own, so an invite for the meeting itself carrying its minutes is not taken for the next one's; review51)
  const record = filled.filter((at) => !invite.has(at) && !isAboutAMeetingToCome(texts[at])).map((at) => texts[at]).join(' ').slice(0, RECORD_MONTH_CHARS)
  const recordMonths = new Set([...record.matchAll(MONTH_NAME)].filter(isMonth).map((m) => monthOf(m[1])))
  const next = inviteMonths.size > 0 && recordMonths.size > 0 && ![...recordMonths].some((month) => inviteMonths.has(month))
  if (next) for (const at of [...values, ...subject]) found.add(at)
  // (the organiser's name and the guests' under their labels alone: who was asked, never the record's title nor its body)
  for (const at of labels) {
    if (!/^(?:organi[sz]er|guests|organisat(?:eur|rice)|invit[ée]s)\s*:?$/iu.test(texts[at])) continue
    for (let k = at + 1; k < texts.length && texts[k] !== '' && texts[k].length <= 80 && k - at <= GUEST_LINES; k++) found.add(k)
  }
  const when = next ? values.filter((at) => /^(?:when|quand)\s*:?$/iu.test(texts[filled[filled.indexOf(at) - 1]]) || /^(?:when|quand)$/iu.test(FIELD_INLINE.exec(texts[at])?.[1] ?? '')) : []
  return {drop: [...found].filter((at) => !when.includes(at)), when}
}

/** A meeting to come in a record's line (`will be held`, `will meet`, `se tiendra`, `aura lieu`, `Next meeting`, `Prochaine réunion`). */
const MEETING_TO_COME = /\b(?:will\s+(?:next\s+)?(?:be\s+held|meet|take\s+place|convene)|next\s+(?:\p{L}+\s+)?(?:meeting|call|session)|se\s+tiendr\p{L}*|se\s+r[ée]unir\p{L}*|auront?\s+lieu|prochaine?\s+(?:r[ée]union|s[ée]ance|session|assembl[ée]e))/iu

/** Whether a record's line is about a meeting to come, whose month is not the record's. */
function isAboutAMeetingToCome(text: string): boolean {
  return MEETING_TO_COME.test(text)
}
