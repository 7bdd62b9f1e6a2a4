import {ENGLISH_PASTED} from './english.js'
import {FRENCH_PASTED} from './french.js'
import {EMOJI} from './text.js'

/** A sign-off (`Best,`, `Bien cordialement,`). */
const isSignOff = (text: string) => ENGLISH_PASTED.signOff.test(text) || FRENCH_PASTED.signOff.test(text)

/**
 * A readout posted in a chat and pasted or exported whole (chat47): a WhatsApp or Signal export (`24/03/2026, 07:42 - Ana: …`,
 * `[11/06/2026 22:15] Ana (secrétaire) : …`), a Telegram or Teams copy (`[10:42 AM] Ana Ruiz:`), a Slack, Discord or Google
 * Chat copy or digest where the sender and the time head the message's lines (`Ana Ruiz  8:02 AM`, `Ana — Today at 8:02 PM`,
 * `Ana Ruiz, 10:42`). Three messages or more make a chat; it is read as the document its poster wrote:
 * - the time and the sender before a message are no part of it (as a transcript's speaker, `transcript-speakers.ts`); a line
 *   of only a sender and a time goes;
 * - the export's furniture goes: the app's lines above the first message (`WhatsApp Chat with … .txt`, `Signal · Groupe …`,
 *   `Daily digest for … · 7 new messages`), its system messages (`Messages and calls are end-to-end encrypted`, `created
 *   group`, `joined the channel`, `This message was deleted`, `<Media omitted>`), a thread's counts (`3 replies`), a row of
 *   reactions (`👍 6 🚒 3`, `👍 (8) ✅ (3)`), an attached file's line or address, an exporter's section labels (`{Reactions}`,
 *   `{Attachments}`), the digest's footer;
 * - chatter goes: a message of only thanks or emoji, a question put to the others, a short reply, `Unrelated: …`, `Reminder …`;
 * - the readout is the poster's messages (the sender who wrote the most words), or the one message pinned as the record
 *   (`📌 SUMMARY OF DECISIONS – …`, `Pinned: …`, `Message épinglé : …`) whoever wrote it, the pin's mark aside;
 * - the poster's answers to another's question (`Yes, …`, `Non, …`, a count asked for) and every other sender's messages
 *   with something in them are conversation around the readout: background (their figures count, never a point);
 * - the day the first message was sent (its stamp's date, else the digest's or the export's) is the day `tonight`, `last
 *   night's meeting`, `hier` are counted from, never the meeting's date itself.
 * Lines are set aside, never rewritten: positions stay the source's.
 */

/** A message's date in its stamp: `24/03/2026`, `11.06.26`, `2026-03-24`. */
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})`
/** A message's time: a clock, 12- or 24-hour, French `22h15` too. */
const TIME = String.raw`\d{1,2}(?::|h)\d{2}(?::\d{2})?(?:[ \u00A0]?[AaPp]\.?[Mm]\.?)?`
/** A stamp: a date and a time, or a time, in brackets or not. */
const STAMP = String.raw`\[?(?:(${DATE}),?[ \u00A0]+(?:[àa][ \u00A0]+)?)?${TIME}\]?`
/** Who sent it: a name of one to four words (an initial, `Marc T.`), or an app's handle (`tom_notes`, `dave.rigg2`, read case-blind), a role in brackets after it. */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}\d_.'’-]*(?:[ \u00A0](?:\p{Lu}[\p{L}\p{M}.'’-]*|de|du|da|van|von|le|la)){0,3}(?:[ \u00A0]\([^()\n]{1,30}\))?`
/** A message on the stamp's line: `[11/06/2026 22:15] Ana (secrétaire) : …`, `24/03/2026, 07:42 - Ana: …`; group 1 the prefix, 2 the date, 3 the sender. */
const INLINE = new RegExp(String.raw`^([ \t\u00A0]*${STAMP}(?:[ \u00A0]+[-–—|])?[ \u00A0]+(${NAME})[ \u00A0]?:[ \t\u00A0]+)(?=\S)`, 'u')
/** A system line stamped with no sender (`24/03/2026, 07:41 - Messages and calls are end-to-end encrypted.`, `[21/05/2026, 09:12] Ana created group "…"`). */
const STAMPED = new RegExp(String.raw`^[ \t\u00A0]*${STAMP}(?:[ \u00A0]+[-–—|])?[ \u00A0]+\S`, 'u')
/** A line of only the sender and the time, the message under it: `Ana Ruiz  8:02 AM`, `Ana — Today at 8:02 PM`, `Ana Ruiz, 10:42`, `[10:42 AM] Ana Ruiz`. */
const HEADED = new RegExp(
  String.raw`^[ \t\u00A0]*(?:(${NAME})[ \u00A0]*(?:[,–—-][ \u00A0]*|[ \u00A0])(?:(?:today|yesterday|aujourd['’]hui|hier)[ \u00A0]+(?:at|à)[ \u00A0]+)?${STAMP}|\[(?:(${DATE}),?[ \u00A0]+)?${TIME}\][ \u00A0]+(${NAME}))[ \t\u00A0]*$`,
  'iu',
)
/** A month's name, short or whole, English or French (`Feb`, `February`, `févr.`, `juin`). */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|f[ée]vr|avr|mai|juin|juil|ao[ûu]t|d[ée]c)\p{L}{0,7}\.?`
/** When a thread's comment was posted: a date (`Feb 24, 2026`, `24 févr. 2026`, `24/02/2026`), a time after it or not, or a time ago (`2 days ago`, `il y a 3 jours`, `yesterday`). */
const POSTED = String.raw`(?:${MONTH}[ \u00A0]\d{1,2}(?:,?[ \u00A0]\d{4})?|\d{1,2}(?:er)?[ \u00A0/-]${MONTH}(?:[ \u00A0/-]\d{2,4})?|${DATE})(?:,?[ \u00A0]+(?:at[ \u00A0]+|à[ \u00A0]+)?${TIME})?|\d{1,3}[ \u00A0]?(?:min(?:ute)?s?|h(?:ours?|rs?)?|d(?:ays?)?|w(?:eeks?)?|mo(?:nths?)?|y(?:ears?)?)[ \u00A0]+ago|il[ \u00A0]+y[ \u00A0]+a[ \u00A0]+\d{1,3}[ \u00A0]+(?:minutes?|heures?|jours?|semaines?|mois|ans?)|yesterday|today|hier|aujourd['’]hui`
/**
 * A thread's comment header, the comment under it (apppage48): who (a name or an app's handle, `jbakker`, `@ana.ruiz`), a verb of
 * commenting and when (`jbakker commented on Feb 24, 2026`, `Ana Ruiz replied · 2 days ago`, `@lmartin commented 3 weeks ago • edited`,
 * `Ana Ruiz added a comment - 24/02/2026 10:12`, `Hélène a commenté le 3 mars 2026`, `Karim B. a répondu il y a 2 jours`), a forge's,
 * a tracker's or a forum's; group 1 the sender, 2 when.
 */
const COMMENT_HEADER = new RegExp(
  String.raw`^[ \t\u00A0]*(@?[\p{L}\d][\p{L}\p{M}\d._'’-]{1,38}(?:[ \u00A0]\p{Lu}[\p{L}\p{M}.'’-]*){0,3})[ \u00A0]+(?:commented|replied|responded|posted|wrote|(?:added|left)[ \u00A0]+a[ \u00A0]+(?:comment|reply)|a[ \u00A0]+(?:comment[ée]|r[ée]pondu|[ée]crit|publi[ée])|a[ \u00A0]+ajout[ée][ \u00A0]+un[ \u00A0]+commentaire)(?:[ \u00A0]+(?:on|le)|[ \u00A0]*[-–—·•|,])?[ \u00A0]+(${POSTED})(?:[ \u00A0]*[·•|–—-][ \u00A0]*[\p{L}\d ]{1,20})?[ \t\u00A0]*$`,
  'iu',
)
/** A weekday's name, short or whole, English or French (`Tue`, `Tuesday`, `mar.`, `mardi`). */
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\p{L}{0,6}\.?`
/**
 * A post's stamp on a line of its own, as a list's or a forum's archive shows it between the sender's line and the post (threads50): a
 * date and a time (`Feb 17, 2026, 9:42:18 AM`, `17 févr. 2026, 09:42`, `mardi 17 février 2026 à 09:42`, `2026-02-17 09:42`), or a
 * mail archive's (`Tue Feb 17 09:42:18 EAT 2026`).
 */
const POST_STAMP = new RegExp(
  String.raw`^[ \t\u00A0]*(?:${WEEKDAY},?[ \u00A0]+)?(?:(?:${MONTH}[ \u00A0]\d{1,2},?[ \u00A0]\d{4}|\d{1,2}(?:er)?[ \u00A0]${MONTH}[ \u00A0]\d{4}|${DATE}),?[ \u00A0]+(?:at[ \u00A0]+|à[ \u00A0]+)?${TIME}|${MONTH}[ \u00A0]+\d{1,2}[ \u00A0]+${TIME}(?:[ \u00A0]+[A-Z]{2,5})?[ \u00A0]+\d{4})[ \t\u00A0]*$`,
  'iu',
)
/** A post's read state in an archive's list, between its sender and its stamp (`unread,`, `non lu,`). */
const READ_STATE = /^(?:unread|read|new|non[ \u00A0]lu|lu|nouveau)[,.]?$/iu
/** Whom a list's post went to, right under its stamp (`to kom-talk`, `to me, board-list`, `à bureau-liste`). */
const POSTED_TO = /^(?:to|à)[ \u00A0]+[\p{L}\d@._+, -]{1,80}$/iu
/** A post's sender on the line over its stamp: a name or a handle, an address after it or not (`Ana Ruiz <ana@x.example>`, `Ana Ruiz ana at x.example`). */
const POST_SENDER = new RegExp(String.raw`^[ \t\u00A0]*(${NAME})([ \u00A0]+(?:<[^<>\s]{1,80}@[^<>\s]{1,80}>|[\w.+-]{1,40}[ \u00A0]+(?:at|chez)[ \u00A0]+[\w-]+(?:\.[\w-]+)+))?[ \t\u00A0]*$`, 'iu')
/**
 * A list's tag before a thread's subject (`[kom-talk] Summary of …`, `Re: [bureau] Compte rendu …`, `[Board-L] Fwd: …`), the prefixes around it:
 * the list's, never the subject's words.
 */
const LIST_TAG = /^[ \t\u00A0]*(?:(?:re|fwd?|tr|aw)[ \u00A0]?:[ \u00A0]*)*\[[\p{L}\d._@+ -]{1,40}\][ \u00A0]+(?:(?:re|fwd?|tr|aw)[ \u00A0]?:[ \u00A0]*)*(?=\S)/iu
/** A signature's delimiter under a message (`-- `): the message ends over it. */
const SIGNATURE_RULE = /^--[ \t\u00A0]?$/u
/** The line under the message's sign-off (`Best,` / `Wanjiru`): a name, a role, short and with no sentence's end. */
const SIGNED_LINE = /^[^.!?]{1,60}$/u
/** The line under a thread's title that says who opened it and when (`mdevries opened this issue on Feb 23, 2026 · 2 comments`, `Ana Ruiz started this discussion 3 days ago`, `Karim a ouvert ce ticket le 3 mars 2026`). */
const THREAD_OPENED = new RegExp(String.raw`^[ \t\u00A0]*(?:(?:open|closed|merged|ouvert|ferm[ée])[ \u00A0]*[·•|–—-][ \u00A0]*)?@?[\p{L}\d][\p{L}\p{M}\d._'’ -]{1,60}?[ \u00A0]+(?:opened|started|created|posted|a[ \u00A0]+(?:ouvert|lanc[ée]|cr[ée][ée]|publi[ée]))[ \u00A0]+(?:this|ce|cette)[ \u00A0]+(?:issue|pull[ \u00A0]request|merge[ \u00A0]request|discussion|topic|thread|ticket|post|sujet|fil|demande)(?:[ \u00A0]+(?:on|le))?[ \u00A0]+(?:${POSTED})(?:[ \u00A0]*[·•|–—-][ \u00A0]*[\p{L}\d]{1,30}(?:[ \u00A0][\p{L}\d]{1,30}){0,4})*[ \t\u00A0]*$`, 'iu')
/** A tracker's side fields under an issue's first comment (`Labels: meeting-notes`, `Assignees: hwalsh`, `Milestone: v2`, `Étiquettes : …`) and its events (`hwalsh closed this as completed on Oct 26, 2026`, `Ana a fermé ce ticket`). */
const TRACKER_LINE = /^(?:(?:labels|assignees|milestone|reviewers|projects|development|participants|[ée]tiquettes|assign[ée]e?s?|jalon)[ \t\u00A0]*:.{0,200}|@?[\p{L}\d][\p{L}\p{M}\d._'’ -]{1,60}?[ \u00A0]+(?:closed|reopened|merged|locked|a[ \u00A0]+(?:ferm[ée]|rouvert|fusionn[ée]|verrouill[ée]))[ \u00A0]+(?:this|ce|cette)(?:[ \u00A0]+(?:issue|ticket|discussion|sujet|fil))?(?:[ \u00A0]+as[ \u00A0]+[\w ]{1,30}?)?(?:[ \u00A0]+(?:on|le|in)[ \u00A0]+.{1,60})?)$/iu
/** A tracker's state of an issue on its own line under its title (`Open`, `Closed`, `Merged`, `Ouvert`, `Fermé`, `Résolu`). */
const THREAD_STATE = /^(?:open|closed|merged|resolved|ouvert|ouverte|ferm[ée]e?|r[ée]solue?|fusionn[ée]e?)$/iu
/** A time code of a recording (`[00:01:10]`, `0:03:12`): a transcript's, not a chat's. */
const TIME_CODE = /^[ \t\u00A0]*\[?0?0?:?\d{1,2}:\d{2}:\d{2}\]?/u
/**
 * A recording's time offset as a transcript app stamps a turn (Otter, Zoom, Fireflies, Teams: `Priya Nair  0:00`, `Tom Ellery  55:12`): a first
 * turn at minute zero (`0:00`, `00:41`), or minutes past 23 with no AM or PM (`55:12`), which no clock reads (app49).
 */
const RECORDING_START = /(?:^|[\s[(])0?0:\d{2}(?:[\])]|[ 	 ]*$)/u
const RECORDING_OFFSET = /(?:^|[\s[(])(?:2[4-9]|[3-9]\d):[0-5]\d(?![\d:])(?![  ]?[AaPp]\.?[Mm])/u
/** A message pinned as the chat's record: opened by a pin (`📌 SUMMARY …`) or a pin's label (`Pinned: …`, `Pinned message – …`, `Épinglé : …`, `Message épinglé : …`). */
const PINNED = /^(?:\u{1F4CC}\uFE0F?[ \t\u00A0]*|(?:pinned(?:[ \u00A0]+message)?|(?:message[ \u00A0]+)?[ée]pingl[ée])[ \u00A0]*[:–—-][ \t\u00A0]*)(?=\S)/iu
/** Fewest words of a pinned message read as the record (not `📌 done`). */
const PINNED_WORDS = 20
/** Fewest messages that make a chat. */
const FEWEST_MESSAGES = 3

/** The app's own lines: system messages, a file in place of a message, a thread's counts, the digest's footer. */
const SYSTEM = /^(?:<?(?:media|image|video|audio|sticker|gif|document)\s+omitted>?|this\s+message\s+was\s+deleted|you\s+deleted\s+this\s+message|ce\s+message\s+a\s+été\s+supprimé|messages\s+and\s+calls\s+are\s+end-to-end\s+encrypted.*|les\s+messages\s+et\s+(?:les\s+)?appels\s+sont\s+chiffrés.*|.{1,60}\s(?:created\s+(?:the\s+)?group|joined\s+(?:the\s+)?(?:channel|group|chat|server)|left(?:\s+the\s+(?:channel|group|chat))?|a\s+créé\s+le\s+groupe|a\s+rejoint\s+(?:le\s+)?(?:groupe|canal)|added\s+.{1,60}|a\s+ajouté\s+.{1,60})[.!]?|\d+\s+(?:new\s+)?(?:repl(?:y|ies)|réponses?|messages?|nouveaux\s+messages?)(?:\s.{0,60})?|view\s+(?:thread|reply|replies)|voir\s+le\s+fil|you['’]re\s+receiving\s+this\s+digest.*|vous\s+recevez\s+ce\s+(?:résumé|récapitulatif).*|(?:edited|modifié)|\(edited\)|\(modifié\)|\{(?:attachments?|reactions?|embeds?|stickers?|pi[èe]ces?\s+jointes?|r[ée]actions?)\})$/iu
/** An attached file's line, a clip's mark before it or not (`📎 checklist-v3.pdf (PDF, 2 pages)`, `IMG_2041.jpg`, `photo.png (attached)`). */
const ATTACHED = new RegExp(String.raw`^(?:${EMOJI}\s*)?[\w.()-]{1,80}\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|heic|gif|mp4|opus|m4a|zip|txt)(?:\s*\([^()]{0,40}\))?(?:\s*[-–·(]\s*(?:file\s+)?attached\)?)?$`, 'iu')
/** A row of reactions under a message (`👍 6   🚒 3   🙌 2`, `:+1: 4`), its counts in brackets or not (`👍 (8) ✅ (3)`, `:tada: ×2`). */
const REACTIONS = new RegExp(String.raw`^(?:(?:${EMOJI}|:[\w+-]{1,30}:)(?:[ \t\u00A0]*(?:\(\d{1,4}\)|[x×]?\d{1,4}))?[ \t\u00A0]*){1,12}$`, 'u')
/** A file an app attached, by its address (`https://cdn.discordapp.com/attachments/…/report.pdf`, `https://files.slack.com/…/plan.png`). */
const ATTACHED_ADDRESS = /^<?https?:\/\/\S{1,300}\.(?:pdf|docx?|xlsx?|pptx?|jpe?g|png|heic|gif|mp4|opus|m4a|zip|txt)(?:\?\S{0,200})?>?$/iu
/** A message of only emoji. */
const ONLY_EMOJI = new RegExp(String.raw`^(?:${EMOJI}|[\s!.])+$`, 'u')
/** Thanks or praise for the readout, opening the message (`Thanks Priya! Great summary`, `Merci Sylvie 🙏`, `Cheers`, `Top, merci`). */
const THANKS = /^(?:(?:many\s+|big\s+)?thanks?(?:\s+you)?|thx|ty|cheers|merci(?:\s+beaucoup)?|great\s+(?:summary|write-?up|news|work)|super\s+(?:résumé|nouvelle)|top|bravo|nice(?:\s+one)?|brilliant|love\s+it)(?![\p{L}])/iu
/** A message about something else, or a reminder of a chore (`Unrelated: the car park …`, `Reminder that timesheets …`, `Hors sujet : …`, `Rappel : …`, `PS: …`, `Off-topic …`). */
const ELSEWHERE = /^(?:unrelated|off[\s-]?topic|hors[\s-]sujet|reminder|rappel|petit\s+rappel|random|sans\s+rapport|au\s+fait)(?![\p{L}])/iu
/** A reply's first word that answers a question (`Yes, …`, `No, that one was postponed`, `Oui`, `Non, pas encore`, `Not yet`). */
const ANSWER = /^(?:yes|yeah|yep|no|nope|not\s+yet|not\s+sure|oui|ouais|non|pas\s+encore|si|sure|absolutely|exactly|exactement|tout\s+à\s+fait)(?![\p{L}])/iu
/** A question that asks for a count or an amount (`how many are we?`, `on est combien ?`, `how much was it?`). */
const COUNT_ASKED = /\b(?:how\s+(?:many|much)|combien)\b/iu
/** Most words of a reply with nothing in it (`Je m'en occupe.`, `Super nouvelle !`, `Sorry, wrong chat.`). */
const SHORT_REPLY_WORDS = 6
/**
 * A sentence after the poster's thanks (`Thanks everyone. Quick summary of what we decided.`): the poster's own words that
 * open the readout, read as the rest of it is (there, a lead-in, context), not chatter. Others' praise stays chatter
 * whatever follows it (`Thanks Priya! Great summary.`).
 */
const MORE_THAN_THANKS = /[.!]\s+\p{Lu}[\p{L}'’]*\s+\p{L}/u

/** What of a chat is read, and how (`chatExport`). */
export interface ChatShape {
  /** Per message line, the width of the time and the sender before the message. */
  prefix: Map<number, number>
  /** The lines set aside: the export's furniture, the headers of messages, chatter. */
  drop: Set<number>
  /** The lines of messages that are conversation around the readout: background, never a point. */
  aside: Set<number>
  /** The line that opens the readout's first message, and the date its message was sent on as the text gives it. */
  sent?: {line: number; date: string}
  /** The first line of a message pinned as the chat's record, read as a document's first line is (its title's). */
  pinned?: number
}

/** One message of the chat: its lines, who sent it, its stamp's date. */
interface Message {
  /** Its first line, whose prefix (or the header above) names the sender. */
  start: number
  /** The line of its header (`Ana Ruiz  8:02 AM`), when the sender heads the message. */
  header?: number
  /** Its lines with text, the first one's prefix aside. */
  lines: number[]
  sender: string
  date?: string
  /** Its text, the prefix aside, lines joined. */
  text: string
  /** Whether a thread's comment header heads it (`jbakker commented on Feb 24, 2026`). */
  comment?: boolean
  /** Whether a list's post's header of several lines heads it, and whether it shows what only a list's does (a read state, whom it went to, an address). */
  post?: 'sure' | 'likely'
}

/**
 * A list's or a forum's post's header around a post's stamp standing alone on its line: the sender's line right over it (a read state
 * between them or not), whom it went to right under it or not.
 * @param lines the document's lines
 * @param at the line that may be the stamp
 * @returns the header's first and last lines, the sender, and whether the header shows more than a name over a date
 */
function postHeaderAt(lines: string[], at: number): {from: number; to: number; sender: string; evidence: boolean} | undefined {
  if (lines[at].length > 80 || !POST_STAMP.test(lines[at]) || at === 0) return undefined
  let from = at - 1
  const state = READ_STATE.test(lines[from].trim())
  if (state) from--
  const sender = from >= 0 ? POST_SENDER.exec(lines[from]) : null
  if (!sender) return undefined
  const to = at + 1 < lines.length && POSTED_TO.test(lines[at + 1].trim()) ? at + 1 : at
  return {from, to, sender: sender[1].trim(), evidence: state || to > at || sender[2] !== undefined}
}

/** How the export's lines above the first message may give the day it was sent (`Daily digest for Thursday, April 16, 2026`, `Exported on 12/06/2026`). */
const DATED = /\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|déc)\p{L}*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}(?:er)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|déc)\p{L}*\.?\s+\d{4})/iu

/**
 * Whether the text is a chat's export or copy, and what of it is the readout.
 * @param lines the document's lines
 * @returns how it is read; nothing set aside when it is no chat
 */
export function chatExport(lines: string[]): ChatShape {
  const none: ChatShape = {prefix: new Map(), drop: new Set(), aside: new Set()}
  const messages: Message[] = []
  const prefix = new Map<number, number>()
  const system = new Set<number>()
  let current: Message | undefined
  let codes = 0
  let atZero = false
  // the lines of a list's post's header other than its stamp: the sender's line, the read state, whom it went to
  const postHeader = new Set<number>()
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]
    const post = postHeaderAt(lines, at)
    if (post) {
      // (`Ana Ruiz` / `unread,` / `Feb 17, 2026, 9:42:18 AM` / `to board-list`: a list's post, the lines over its stamp were no message's)
      if (current) current.lines = current.lines.filter((k) => k < post.from)
      for (let k = post.from; k <= post.to; k++) if (k !== at) postHeader.add(k)
      current = {start: post.to + 1, header: at, lines: [], sender: post.sender, date: line.trim(), text: '', post: post.evidence ? 'sure' : 'likely'}
      messages.push(current)
      at = post.to
      continue
    }
    const inline = INLINE.exec(line)
    const comment = inline ? null : COMMENT_HEADER.exec(line)
    const headed = inline ? null : comment ? [line, comment[1], comment[2]] : HEADED.exec(line)
    if (inline || headed) {
      if (TIME_CODE.test(line) || RECORDING_OFFSET.test(line)) codes++
      if (messages.length === 0 && RECORDING_START.test(line)) atZero = true
      current = inline
        ? {start: at, lines: [at], sender: inline[3], date: inline[2], text: line.slice(inline[1].length).trim()}
        : {start: at + 1, header: at, lines: [], sender: (headed![1] ?? headed![4]).trim(), date: headed![2] ?? headed![3], text: '', ...(comment ? {comment: true} : {})}
      if (inline) prefix.set(at, inline[1].length)
      messages.push(current)
      continue
    }
    const text = line.trim()
    if (STAMPED.test(line) && /^[ \t\u00A0]*\[?\d/u.test(line)) {
      // a line stamped with no sender: the app's own message
      system.add(at)
      current = undefined
      continue
    }
    if (!text || !current) continue
    current.lines.push(at)
    current.text = current.text ? `${current.text} ${text}` : text
  }
  // a recording's transcript (`[00:01:10] JO ASHWORTH: …`, `Priya Nair  0:00` / … / `Priya Nair  55:12`) is read as it is: its turns are no chat's messages
  // (a list's posts, each headed by its sender, its stamp and whom it went to, make a thread however few: a single post pasted with its header too)
  const fewest = messages.length > 0 && messages.every((message) => message.post) && messages.some((message) => message.post === 'sure') ? 1 : FEWEST_MESSAGES
  if (messages.length < fewest || codes * 2 > messages.length || atZero) return {...none, prefix: messages.length >= FEWEST_MESSAGES ? prefix : new Map()}
  const drop = new Set<number>([...system, ...postHeader])
  const aside = new Set<number>()
  // the export's lines above the first message: the app's furniture (a date among them is the digest's or the export's)
  const first = messages[0].header ?? messages[0].start
  // (a thread of comments, an issue's or a forum's, is headed by its own title and fields, which are read as a page's are; only the
  // line that says who opened it goes, `mdevries opened this issue on Feb 23, 2026 · 2 comments`, a state before it or not, `Closed · …`;
  // apppage48, threads50; the forge's path and tabs over the title are any page's furniture, `isPageFurniture` in `pasted-text.ts`)
  const thread = messages.every((message) => message.comment)
  let furnitureDate: string | undefined
  for (let at = 0; at < first; at++) {
    if (!lines[at].trim()) continue
    // (a list's tag before the thread's subject, `[kom-talk] Summary of the board meeting …`: the subject is the title, read without the tag)
    const tag = LIST_TAG.exec(lines[at])
    if (tag && !postHeader.has(at)) {
      prefix.set(at, tag[0].length)
      continue
    }
    if (thread) {
      if (THREAD_OPENED.test(lines[at]) || THREAD_STATE.test(lines[at].trim())) drop.add(at)
      continue
    }
    drop.add(at)
    furnitureDate ??= DATED.exec(lines[at])?.[0]
  }
  for (const message of messages) if (message.header !== undefined) drop.add(message.header)
  // each message's lines: a system line, an attachment, a row of reactions, a thread's count go; what is left is what was said
  for (const message of messages) {
    const kept: string[] = []
    // (a signature under its delimiter, `-- ` / `Wanjiru Otieno` / `Secretary, …`, and a list's footer under it go, and so do the
    // sign-off over it and the name under that, `Best,` / `Wanjiru`)
    const rule = message.lines.findIndex((at) => SIGNATURE_RULE.test(lines[at].slice(prefix.get(at) ?? 0).trim()))
    if (rule >= 0) {
      for (const at of message.lines.slice(rule)) drop.add(at)
      const before = message.lines.slice(0, rule)
      const signOff = before.findLastIndex((at) => isSignOff(lines[at].trim()))
      if (signOff > 0 && before.slice(signOff + 1).every((at) => SIGNED_LINE.test(lines[at].trim()))) for (const at of before.slice(signOff)) drop.add(at)
    }
    for (const at of message.lines) {
      if (drop.has(at)) continue
      const text = lines[at].slice(prefix.get(at) ?? 0).trim()
      if ((thread && text.length <= 300 && TRACKER_LINE.test(text)) || SYSTEM.test(text) || ATTACHED.test(text) || ATTACHED_ADDRESS.test(text) || (text.length <= 240 && REACTIONS.test(text)) || ONLY_EMOJI.test(text)) drop.add(at)
      else kept.push(text)
    }
    message.text = kept.join(' ')
  }
  // a footer under the last message (`You're receiving this digest because …`)
  const said = messages.filter((message) => message.text !== '')
  if (said.length < fewest) return {...none, prefix}
  // the poster: the sender who wrote the most words
  const words = new Map<string, number>()
  for (const message of said) words.set(message.sender, (words.get(message.sender) ?? 0) + wordsOf(message.text))
  // (a message pinned as the chat's record, `📌 SUMMARY OF DECISIONS – …`, `Pinned: Notes from tonight`, `Message épinglé : …`, is the readout
  // whoever wrote the most: the rest, its poster's other messages too, is conversation around it; the pin's mark is no part of it)
  const pinned = said.find((message) => PINNED.test(message.text) && wordsOf(message.text) >= PINNED_WORDS)
  const poster = pinned?.sender ?? [...words.entries()].sort((a, b) => b[1] - a[1])[0][0]
  let pinnedLine: number | undefined
  if (pinned) {
    const first = pinned.lines.find((at) => !drop.has(at))!
    pinnedLine = first
    const from = prefix.get(first) ?? 0
    prefix.set(first, from + (PINNED.exec(lines[first].slice(from).trimStart())?.[0].length ?? 0) + (lines[first].slice(from).length - lines[first].slice(from).trimStart().length))
  }
  let asked: string | undefined
  let sent: ChatShape['sent']
  for (const message of said) {
    const text = message.text
    const lineSet = message.lines.filter((at) => !drop.has(at))
    const own = message.sender === poster && (!pinned || message === pinned)
    const chatter = ONLY_EMOJI.test(text) || ELSEWHERE.test(text) || SYSTEM.test(text) || (THANKS.test(text) && !/\d/u.test(text) && wordsOf(text) <= 2 * SHORT_REPLY_WORDS && (!own || !MORE_THAN_THANKS.test(text))) || (!own && (/\?\s*(?:\S+\s*)?$/u.test(text) || (/\?/u.test(text) && !/\d/u.test(text)) || (wordsOf(text) <= SHORT_REPLY_WORDS && !/\d/u.test(text))))
    if (!own) {
      asked = /\?/u.test(text) ? text : undefined
      if (chatter) for (const at of lineSet) drop.add(at)
      else for (const at of lineSet) aside.add(at)
      continue
    }
    if (chatter) {
      for (const at of lineSet) drop.add(at)
      continue
    }
    // the poster's answer to a question put to them (`Yes, they said …`, `Non, c'est reporté`; a count asked for, `3 480 au 1er
    // juin` under `on est combien ?`) is conversation around the readout
    if (asked !== undefined && (ANSWER.test(text) || COUNT_ASKED.test(asked))) for (const at of lineSet) aside.add(at)
    else sent ??= {line: lineSet[0], date: message.date ?? furnitureDate ?? ''}
    asked = undefined
  }
  // (a thread's first comment is the page's body, not a message sent on a day: its header's day is the page's, read as a page's)
  if ((sent && !sent.date) || thread) sent = undefined
  return {prefix, drop, aside, sent, ...(pinnedLine !== undefined && !thread ? {pinned: pinnedLine} : {})}
}

/** How many words a text has. */
function wordsOf(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0
}
