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
/** A weekday's name, short or whole, English or French (`Tue`, `Tuesday`, `mar.`, `mardi`). */
const WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\p{L}{0,6}\.?`
/** A month's name, short or whole, English or French (`Feb`, `February`, `févr.`, `juin`). */
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|f[ée]vr|avr|mai|juin|juil|ao[ûu]t|d[ée]c)\p{L}{0,7}\.?`
/**
 * A message's day as a phone or a channel stamps it (threads51): a weekday before it or not, a month's name, the year or none
 * (`Mon 9 Nov 2026`, `Tue 10 Nov`, `Nov 10`, `mar. 10 nov.`), or a day and a month in figures with no year (`27/01`).
 */
const DAY = String.raw`(?:${WEEKDAY},?[ \u00A0]+)?(?:\d{1,2}(?:er)?[ \u00A0]${MONTH}(?:[ \u00A0]\d{4})?|${MONTH}[ \u00A0]\d{1,2}(?:,?[ \u00A0]\d{4})?)|\d{1,2}[/.]\d{1,2}(?![/.\d])`
/** A stamp: a date and a time, or a time, in brackets or not. */
const STAMP = String.raw`\[?(?:(${DATE}|${DAY}),?[ \u00A0]+(?:[àa][ \u00A0]+|at[ \u00A0]+)?)?${TIME}\]?`
/** Who sent it: a name of one to four words (an initial, `Marc T.`), or an app's handle (`tom_notes`, `dave.rigg2`, read case-blind), a role in brackets after it. */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}\d_.'’-]*(?:[ \u00A0](?:\p{Lu}[\p{L}\p{M}.'’-]*|de|du|da|van|von|le|la)){0,3}(?:[ \u00A0]\([^()\n]{1,30}\))?`
/** A message on the stamp's line: `[11/06/2026 22:15] Ana (secrétaire) : …`, `24/03/2026, 07:42 - Ana: …`; group 1 the prefix, 2 the date, 3 the sender. */
const INLINE = new RegExp(String.raw`^([ \t\u00A0]*${STAMP}(?:[ \u00A0]+[-–—|])?[ \u00A0]+(${NAME})[ \u00A0]?:[ \t\u00A0]+)(?=\S)`, 'u')
/** A system line stamped with no sender (`24/03/2026, 07:41 - Messages and calls are end-to-end encrypted.`, `[21/05/2026, 09:12] Ana created group "…"`). */
const STAMPED = new RegExp(String.raw`^[ \t\u00A0]*${STAMP}(?:[ \u00A0]+[-–—|])?[ \u00A0]+\S`, 'u')
/** A day's word that opens a phone's separator, no sender's name (`Tue 10 Nov 18:14`, `Yesterday 21:37`, `mardi 10 nov.`). */
const DAY_WORD = String.raw`(?:(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche|today|yesterday|aujourd['’]hui|hier)[ ,\u00A0]`
/** Whom a list's post went to after its sender (`to forge-talk`, `to me, board-list`, `à bureau-liste`). */
const TO_LIST = String.raw`[ \u00A0]+(?:to|à)[ \u00A0]+[\p{L}\d@._+-]{1,60}(?:,[ \u00A0]*[\p{L}\d@._+-]{1,60}){0,5}`
/**
 * A line of only the sender and the time, the message under it: `Ana Ruiz  8:02 AM`, `Ana — Today at 8:02 PM`, `Ana Ruiz, 10:42`,
 * `[10:42 AM] Ana Ruiz`, a channel's `Comms Desk   27/01 16:02`; or a list's post's one-line header, the stamp first and whom it went
 * to after the sender (`Mon 9 Nov 2026, 08:12 - Ana Ruiz to forge-talk`, `lun. 9 nov. 2026 à 08:12 · Ana Ruiz à bureau-liste`;
 * threads51): group 1, 4 or 6 the sender, 2, 3 or 5 the date.
 */
const HEADED = new RegExp(
  String.raw`^[ \t\u00A0]*(?:(?!${DAY_WORD}[ \u00A0]*(?:\d|${MONTH}))(${NAME})[ \u00A0]*(?:[,–—-][ \u00A0]*|[ \u00A0])(?:(?:today|yesterday|aujourd['’]hui|hier)[ \u00A0]+(?:at|à)[ \u00A0]+)?${STAMP}|\[(?:(${DATE}),?[ \u00A0]+)?${TIME}\][ \u00A0]+(${NAME})|${STAMP}[ \u00A0]*[-–—|·,]?[ \u00A0]*(${NAME})${TO_LIST})[ \t\u00A0]*$`,
  'iu',
)
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
 * A list's tag before a thread's subject (`[kom-talk] Summary of …`, `Re: [bureau] Compte rendu …`, `[Board-L] Fwd: …`), the prefixes around it
 * and the field's name before them (`Subject: [forge-talk] …`, `Objet : [bureau] …`; threads51): the list's, never the subject's words.
 */
const LIST_TAG = /^[ \t\u00A0]*(?:(?:subject|objet)[ \u00A0]?:[ \u00A0]*)?(?:(?:re|fwd?|tr|aw)[ \u00A0]?:[ \u00A0]*)*\[[\p{L}\d._@+ -]{1,40}\][ \u00A0]+(?:(?:re|fwd?|tr|aw)[ \u00A0]?:[ \u00A0]*)*(?=\S)/iu
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
/**
 * A phone's or an app's own line about a message, not a message (threads51): a reaction written out as text (`Loved “…”`, `Liked "…"`,
 * `Laughed at “…”`, `Ana reacted 👍 to "…"`, `A aimé « … »`, `Ana a réagi avec 👍 à « … »`, `reacted to your message`), a receipt
 * (`Read 21:52`, `Delivered`, `Seen by 6`, `Lu à 21:52`, `Distribué`, `Vu par 6`), the app's or the channel's name and buttons left
 * alone on a line (`iMessage`, `Text Message`, `SMS`, `↩ Reply`, `Répondre`). A reaction's quote closes the line: `Everyone loved “the new
 * logo”, so it stays.` is a message (review51).
 */
const APP_LINE = new RegExp(
  String.raw`^(?:(?:[\p{L}.'’-]{1,20}[ \u00A0]){0,3}(?:loved|liked|disliked|laughed[ \u00A0]+at|emphasi[sz]ed|questioned|reacted(?:[ \u00A0]+with)?[ \u00A0]+\S{1,12}[ \u00A0]+to|a[ \u00A0]+(?:aimé|adoré|ri[ \u00A0]+de|mis[ \u00A0]+en[ \u00A0]+(?:évidence|doute)|réagi(?:[ \u00A0]+(?:avec|par))?[ \u00A0]+\S{1,12}[ \u00A0]+à)|n['’]aime[ \u00A0]+pas)[ \u00A0]+(?:["“”«„‘'].{1,200}["”»’']|(?:your|a|an|ton|votre|un|une)[ \u00A0]+(?:message|photo|image|vidéo|video)\.?)` +
    String.raw`|(?:read|seen|delivered|lu|vu|distribu[ée]|remis)(?:[ \u00A0]+(?:(?:at|à|by|par|le)[ \u00A0]+)?(?:${TIME}|today|yesterday|aujourd['’]hui|hier|\d{1,3}|everyone|tous|${DATE}|${DAY}))?` +
    String.raw`|imessage|text[ \u00A0]+message|sms(?:/mms)?|rcs(?:[ \u00A0]+message)?|message[ \u00A0]+(?:texte|sms|rcs)|(?:↩\uFE0F?[ \u00A0]*)?(?:reply|répondre)(?:[ \u00A0]+(?:all|à[ \u00A0]+tous))?)$`,
  'iu',
)
/**
 * A day's separator a phone puts between a chat's messages, alone on its line (`Tue 10 Nov 18:14`, `Yesterday 21:37`, `Today at
 * 09:12`, `mar. 10 nov. à 18:14`, `10/11/2026 18:14`): the day the messages under it were sent.
 */
const DAY_SEPARATOR = new RegExp(String.raw`^[ \t\u00A0]*(?:today|yesterday|aujourd['’]hui|hier|${DATE}|${DAY})(?:,?[ \u00A0]+(?:(?:at|à)[ \u00A0]+)?${TIME})?[ \t\u00A0]*$`, 'iu')
/** A sender's name alone on its line over their message, as a phone's copy of a chat shows it (`Sue Parr`, `Dev`, `Karim B.`): capitalised words, no figure. */
const BARE_SENDER = /^[ \t\u00A0]*(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00A0](?:\p{Lu}[\p{L}\p{M}.'’-]*|de|du|da|van|von|le|la)){0,3})[ \t\u00A0]*$/u
/** Fewest messages headed by a bare name that make a phone's copy of a chat. */
const FEWEST_BARE = 4
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
/** Most words of the poster's own reply to another's message, read as talk around the readout. */
const SHORT_OWN_REPLY_WORDS = 10
/** A note that says the document follows it (`full text below`, `see below`, `ci-dessous`, `👇`). */
const POINTS_BELOW = /(?<!\p{L})(?:below|underneath|ci-dessous|ci-après|en[ \u00A0]dessous)(?!\p{L})|\u{1F447}|\u2B07/iu
/** A meeting named (`met`, `meeting`, `réunion`): a note that names one says when and who, and stays. */
const NAMES_MEETING = /(?<!\p{L})(?:met|meets?|meeting|session|assembly|r[ée]union|r[ée]unie?s?|assembl[ée]e|s[ée]ance)(?!\p{L})/iu
/** Most words of a poster's note over the document they relay. */
const RELAY_NOTE_WORDS = 60
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

/**
 * The messages headed by their sender's name alone on a line, as a phone copies a chat (an iMessage or a Messenger thread; threads51):
 * a name over a message's lines, after a blank line or a day's separator; four such at least, two senders, one of them heading three
 * messages at least, and the phone's own lines among them (a day's separator, a receipt, a reaction written out), so a document's
 * headings, each once, are no chat's senders.
 * @param lines the document's lines
 * @returns the headers' lines, and the day's separators'
 */
function bareSenders(lines: string[]): {headers: Set<number>; days: Set<number>} {
  const none = {headers: new Set<number>(), days: new Set<number>()}
  const days = new Set<number>()
  let phoneLines = 0
  const headers: number[] = []
  const count = new Map<string, number>()
  for (let at = 0; at < lines.length; at++) {
    const text = lines[at].trim()
    if (!text || text.length > 60) continue
    if (DAY_SEPARATOR.test(text)) {
      days.add(at)
      phoneLines++
      continue
    }
    if (APP_LINE.test(text)) phoneLines++
    const name = BARE_SENDER.exec(text)
    const before = at === 0 || !lines[at - 1].trim() || days.has(at - 1)
    const after = at + 1 < lines.length && lines[at + 1].trim() !== '' && !BARE_SENDER.test(lines[at + 1])
    if (!name || !before || !after) continue
    headers.push(at)
    count.set(name[1], (count.get(name[1]) ?? 0) + 1)
  }
  if (headers.length < FEWEST_BARE || count.size < 2 || Math.max(...count.values()) < 3 || phoneLines === 0) return none
  return {headers: new Set(headers), days}
}

/** How the export's lines above the first message may give the day it was sent (`Daily digest for Thursday, April 16, 2026`, `Exported on 12/06/2026`). */
const DATED = /\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|déc)\p{L}*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}(?:er)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|déc)\p{L}*\.?\s+\d{4})/iu

/** A channel's name in a team chat's bar (Slack's, Discord's, Mattermost's): `#` then a name in small letters, digits and dashes (`# announcements`, `#board-2026`). */
const CHANNEL_LINE = /^[ \t]{0,4}#[ \u00A0]?[\p{Ll}\d][\p{Ll}\d_.-]{1,60}$/u
/** A chat's count of members under its name in the app's bar (`9 participants`, `12 members`, `Group · 5 members`, `8 membres`). */
const MEMBER_COUNT = /^(?:(?:group|groupe)[ \u00A0]*[·•|][ \u00A0]*)?\d{1,5}[ \u00A0]+(?:participants?|members?|membres?|people|personnes)$/iu
/** An app's back button over a conversation's name (`‹ Messages`, `< Chats`, `← Discussions`, `‹ Back`). */
const BACK_BUTTON = /^[‹<←][ \u00A0]*\p{L}{2,20}$/u
/** A conversation's name: short, with a letter, no sentence's end (an info glyph after it, `ⓘ`, is the app's button). */
const CONVERSATION_NAME = /^(?=[^.!?]{2,80}$)[^\p{L}]{0,4}\p{L}/u

/**
 * The line above a chat's first message that names the conversation: right over the count of its members, or right under the app's
 * back button (`‹ Messages` / `Croqueurs – bureau ⓘ` / `9 participants`). The group's name, the text's title, never the app's furniture.
 * @param lines the document's lines
 * @param first the first message's first line
 * @returns the name's line, or -1
 */
function conversationName(lines: string[], first: number): number {
  const filled: number[] = []
  for (let at = 0; at < first; at++) if (lines[at].trim()) filled.push(at)
  for (let k = 0; k < filled.length && k < 6; k++) {
    const text = lines[filled[k]].trim()
    if (!CONVERSATION_NAME.test(text) || MEMBER_COUNT.test(text) || BACK_BUTTON.test(text) || DATED.test(text)) continue
    const next = k + 1 < filled.length ? lines[filled[k + 1]].trim() : ''
    const before = k > 0 ? lines[filled[k - 1]].trim() : ''
    if (MEMBER_COUNT.test(next) || (BACK_BUTTON.test(before) && k === 1)) return filled[k]
  }
  return -1
}

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
  // (a phone's copy, each message under its sender's name alone and the day between them, when the lines name no sender otherwise)
  const otherwise = lines.some((line, at) => INLINE.test(line) || (HEADED.test(line) && !APP_LINE.test(line.trim())) || COMMENT_HEADER.test(line) || postHeaderAt(lines, at))
  const bare = otherwise ? {headers: new Set<number>(), days: new Set<number>()} : bareSenders(lines)
  let day: string | undefined
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]
    if (bare.days.has(at)) {
      system.add(at)
      day = line.trim().replace(/,?[ \u00A0]+(?:(?:at|à)[ \u00A0]+)?\d{1,2}(?::|h)\d{2}.*$/iu, '')
      current = undefined
      continue
    }
    if (bare.headers.has(at)) {
      current = {start: at + 1, header: at, lines: [], sender: line.trim(), date: day, text: ''}
      messages.push(current)
      continue
    }
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
    // (`Read 21:52`, a receipt, is no sender's header)
    const headed = inline ? null : comment ? [line, comment[1], comment[2]] : APP_LINE.test(line.trim()) ? null : HEADED.exec(line)
    if (inline || headed) {
      if (TIME_CODE.test(line) || RECORDING_OFFSET.test(line)) codes++
      if (messages.length === 0 && RECORDING_START.test(line)) atZero = true
      current = inline
        ? {start: at, lines: [at], sender: inline[3], date: inline[2], text: line.slice(inline[1].length).trim()}
        : {start: at + 1, header: at, lines: [], sender: (headed![1] ?? headed![4] ?? headed![6]).trim(), date: headed![2] ?? headed![3] ?? headed![5], text: '', ...(comment ? {comment: true} : {}), ...(headed![6] ? {post: 'sure' as const} : {})}
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
  // (and so does a channel's one post under the channel's name, `# announcements` / `Maya Okafor   Tue 17 Mar 2026, 22:04` / …: the app's bar over it; pages52)
  const inChannel = messages.length > 0 && messages[0].header !== undefined && lines.slice(0, messages[0].header).some((line) => CHANNEL_LINE.test(line))
  const fewest = (messages.length > 0 && messages.every((message) => message.post) && messages.some((message) => message.post === 'sure')) || inChannel ? 1 : FEWEST_MESSAGES
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
    // (the conversation's name in the app's bar, over its count of members or under its back button, `‹ Messages` / `Riverside Trust – board ⓘ` /
    // `9 participants`: the name the group gave itself, kept as the text's title line; pages52)
    if (at === conversationName(lines, first)) continue
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
      // (a reply's quote of an earlier message, `> The council agreed to …`, is that message's words again: threads51)
      if ((message !== messages[0] && /^>/u.test(text)) || (thread && text.length <= 300 && TRACKER_LINE.test(text)) || SYSTEM.test(text) || (text.length <= 600 && APP_LINE.test(text)) || ATTACHED.test(text) || ATTACHED_ADDRESS.test(text) || (text.length <= 240 && REACTIONS.test(text)) || ONLY_EMOJI.test(text)) drop.add(at)
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
  // the sender of the message before, the poster's reply to whom is talk
  let replyTo: string | undefined
  for (const message of said) {
    const text = message.text
    const lineSet = message.lines.filter((at) => !drop.has(at))
    const previous = replyTo
    replyTo = message.sender
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
    // (and so is their short reply to another's message, `No worries, we'll keep you a seat`, `Done, it's on the web version.`, `Pas de
    // souci, je m'en occupe`: a line of talk with no figure, under someone else's message; threads51)
    if ((asked !== undefined && (ANSWER.test(text) || COUNT_ASKED.test(asked))) || (previous !== undefined && previous !== poster && wordsOf(text) <= SHORT_OWN_REPLY_WORDS && !/\d/u.test(text) && !/:\s*$/u.test(text))) for (const at of lineSet) aside.add(at)
    else if (!sent) {
      // (the poster's note over the document they relay, `Press release just signed off, full text below.`, `Voici le communiqué
      // ci-dessous 👇`, its first paragraph when more follow and it names no meeting: the relay's words, not the document's; threads51)
      const paragraphs = paragraphsOf(lineSet)
      const note = paragraphs.length >= 3 && wordsOf(paragraphs[0].map((at) => lines[at]).join(' ')) <= RELAY_NOTE_WORDS && POINTS_BELOW.test(paragraphs[0].map((at) => lines[at]).join(' ')) && !NAMES_MEETING.test(paragraphs[0].map((at) => lines[at]).join(' '))
      if (note) for (const at of paragraphs[0]) drop.add(at)
      // (the document relayed opens on its own header, a release's headline and dateline: read as a pinned record's is)
      if (note && !pinned) pinnedLine = paragraphs[1][0]
      sent = {line: note ? paragraphs[1][0] : lineSet[0], date: message.date ?? furnitureDate ?? ''}
    }
    asked = undefined
  }
  // (a thread's first comment is the page's body, not a message sent on a day: its header's day is the page's, read as a page's)
  if ((sent && !sent.date) || thread) sent = undefined
  return {prefix, drop, aside, sent, ...(pinnedLine !== undefined && !thread ? {pinned: pinnedLine} : {})}
}

/** The runs of lines next to each other: a message's paragraphs. */
function paragraphsOf(lineSet: number[]): number[][] {
  const paragraphs: number[][] = []
  for (const at of lineSet) {
    const last = paragraphs.at(-1)
    if (last && last.at(-1) === at - 1) last.push(at)
    else paragraphs.push([at])
  }
  return paragraphs
}

/** How many words a text has. */
function wordsOf(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0
}
