import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import {hasTitleColon} from './recognise-dateline.js'
import {readingOf} from './language.js'
import {normaliseSpace, splitSentences} from './text.js'
import {paragraphsOf, pointIn, readoutOf, textOf} from './state.js'

/** A quoted sentence: curly or straight double quotes, « guillemets », or single quotes, curly or straight, which may hold apostrophes (‘We don’t wait.’, 'We don't wait,') around 3+ words that end in punctuation. */
const QUOTED = /“([^“”]+)”|"([^"]+)"|‘((?:[^‘’]|’(?=\p{L}))+[.!?,])’(?!\p{L})|«\s?([^«»]+?)\s?»|(?<![\p{L}\d])'(\p{Lu}(?:[^'\n]|(?<=\p{L})'(?=\p{L}))+[.!?,])'(?!\p{L})/gu
const SENTENCE_END = /[.!?…]$/
/** A quotation cut by its attribution: `“Goods should not wait,” the Chair said.`, `…,” the Compact's Chair, Dr. Rahman, told …`, `…,” the Coalition’s Chair, Mayor Elena Kosta of Athens, told …` (up to twelve words before the verb) */
const ATTRIBUTED = /^\s*(?:\p{Lu}[\p{L}.'’-]*,?\s+|the\s+|[\p{Ll}'’-]+,?\s+){0,12}(?:said|says|told|stated|added|noted|declared|stressed|underlined|concluded|warned|remarked|explained|insisted|emphasi[sz]ed|urged|observed|recalled|acknowledged|affirmed|pointed\s+out|summed\s+up|replied|argued|commented|cautioned|reminded|asserted|according\s+to)\b/u
/** A quotation signed after a dash: `“We act together” — Minister Ana Lopes, Chair`. */
const SIGNED = /^\s*[–—-]\s*(?:the\s+)?\p{Lu}/u
/** A French incise inside the guillemets: `« Nous agirons, a déclaré le président. Ensemble. »` */
const FRENCH_INCISE = /,\s*(?:a|ont)(?:-t-(?:il|elle))?\s+(?:d[ée]clar[ée]|dit|soulign[ée]|affirm[ée]|ajout[ée]|conclu|rappel[ée]|estim[ée]|insist[ée]|martel[ée]|expliqu[ée]|r[ée]sum[ée]|pr[ée]venu|averti|pr[ée]cis[ée]|observ[ée]|reconnu|plaid[ée]|assur[ée]|lanc[ée]|indiqu[ée])(?!\p{L})[^.!?«»]{0,80}[.!?,]/u
/** What announces a quotation just before it: `the Chair said:`, `a déclaré :`. */
const ANNOUNCED = /(?:\b(?:said|says|stated|declared|added|stressed|concluded|warned|remarked|explained|insisted|emphasi[sz]ed|urged|observed|recalled|summed\s+up|told\s+(?:\p{L}+\s+){1,3})|(?<!\p{L})(?:a|ont)\s+(?:d[ée]clar[ée]|dit|soulign[ée]|affirm[ée]|ajout[ée]|conclu|martel[ée]|expliqu[ée]|r[ée]sum[ée]|pr[ée]venu|averti|pr[ée]cis[ée]|rappel[ée]|insist[ée]|lanc[ée]|indiqu[ée]))\s*[:,]\s*$/u
/** A line that only names who spoke: `— Dr. Grace Uwase, Chair of the Council`, `– La présidente du Conseil`. */
const ATTRIBUTION_LINE = /^[–—-]\s*\p{Lu}/u
/** Words of a title written in title case that stay in lower case (`Ports That Work for Everyone`). */
const TITLE_MINOR = /^(?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|with|de|du|des|d['’]\p{L}*|la|le|les|l['’]\p{L}*|et|pour|sur|en)$/u

/**
 * Recognise the key message: the first quoted sentence of the readout (curly or straight
 * quotes), looking at paragraphs before the pillars first. Warns when there is none.
 */
const recogniseKeyMessage: Plugin<[], Root> = function () {
  return function (tree, file) {
    const readout = readoutOf(file)
    const paragraphs = paragraphsOf(tree)
    const attribution = readingOf(file).attribution
    // A `Title: body` bullet is a pillar: a quotation there is the message only when the text gives none elsewhere.
    const isPillar = (paragraph: (typeof paragraphs)[number]) => Boolean(paragraph.data?.bullet) && hasTitleColon(textOf(paragraph))
    // A quotation reported after `que`/`that` (`a rappelé que « un médicament … »`) is the message only when the text quotes no sentence of its own.
    for (const reported of [false, true]) {
      for (const pillars of [false, true]) {
        for (const [index, paragraph] of paragraphs.entries()) {
          if (isPillar(paragraph) !== pillars) continue
          const next = paragraphs[index + 1]
          const message = reported ? reportedQuote(textOf(paragraph)) : (findKeyMessage(textOf(paragraph), attribution) ?? pullQuote(textOf(paragraph), next && textOf(next)))
          if (message) {
            readout.keyMessage = message
            return
          }
        }
      }
    }
    const place = paragraphs[0] ? pointIn(paragraphs[0], 0) : {line: 1, column: 1}
    file.message('Unexpected readout without a key message, expected a quoted sentence such as `“The fight is not over.”`', {place, ruleId: 'key-message', source: 'briefing-pack'})
  }
}
export default recogniseKeyMessage

/**
 * Find the first quoted sentence in a text.
 * @param text a paragraph
 * @param attribution what follows a quotation cut by its attribution, in the source's language (`», a déclaré`)
 * @returns the sentence without its quotes, or `undefined`
 */
export function findKeyMessage(text: string, attribution?: RegExp): string | undefined {
  for (const match of text.matchAll(QUOTED)) {
    let quoted = normaliseSpace(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '')
    // The words before a French incise are the sentence: `« Nous agirons, a déclaré le président. … »`.
    const incise = FRENCH_INCISE.exec(quoted)
    if (incise && incise.index > 0) quoted = `${quoted.slice(0, incise.index)}.`
    // The first whole sentence of a quotation that holds several (`“We came to act. We leave with a plan,” …`).
    const sentences = splitSentences(quoted)
    if (sentences.length > 1 && sentences[0].text.split(' ').length >= 3) quoted = sentences[0].text
    // A quoted phrase inside a sentence (`called for “a school in every village.”`) or a title is not a message.
    if (quoted.split(' ').length < 3 || isTitleCase(quoted) || /^\p{Ll}/u.test(quoted)) continue
    // A question put to someone (`Asked by a reporter: "When will the stockpile be ready?"`) states no message.
    if (/\?$/.test(quoted)) continue
    if (SENTENCE_END.test(quoted)) return quoted
    // `The Chair said: “Our seas are not for sale”`: announced before, it ends with a full stop once unquoted.
    if (/[\p{L}\d]$/u.test(quoted) && quoted.split(' ').length >= 4 && ANNOUNCED.test(text.slice(Math.max(0, match.index - 40), match.index))) return `${quoted}.`
    // `“Water does not stop at a border”.`: the full stop after the closing quote ends the quoted sentence, when the quotation opens a sentence (not `the slogan “Water for all, for ever”.`).
    const stop = text.slice(match.index + match[0].length, match.index + match[0].length + 2)
    if (/[\p{L}\d]$/u.test(quoted) && quoted.split(' ').length >= 4 && /^[.!?](?:\s|$)/u.test(stop) && /(?:^|[.!?:]\s*)$/u.test(text.slice(0, match.index).trimEnd())) return `${quoted}${stop[0]}`
    // A sentence ending in a comma before “the Chair said” ends with a full stop once unquoted.
    // … and so does one with no end at all before it (`“We act together” the Chair said`).
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 80)
    const attributed = ATTRIBUTED.test(after.replace(/^\s*,\s*/, ' ')) || ATTRIBUTED.test(after.replace(/^\s*[–—-]\s*/, ' ')) || SIGNED.test(after)
    if (quoted.endsWith(',') && attributed) return `${quoted.slice(0, -1)}.`
    if (/[\p{L}\d]$/u.test(quoted) && attributed && quoted.split(' ').length >= 4) return `${quoted}.`
    // `« Nous avons les outils », a déclaré le président`: the comma stands outside the guillemets.
    if (attribution?.test(text.slice(match.index + match[0].length, match.index + match[0].length + 80))) return `${quoted.replace(/[,;:]$/, '')}.`
  }
  return undefined
}

/** What introduces a quotation reported as a clause: `que`, `qu'`, `that` just before the opening mark, or who said it (`Selon la présidente, Mme Awa Diallo, « … »`, `According to the Chair, “…”`). */
const REPORTED_BEFORE = /(?:(?<!\p{L})(?:que|qu['’])|\bthat|(?:(?<!\p{L})selon|\baccording\s+to)\s+[^,.;:!?«»“”"]{3,60}(?:,\s+[^,.;:!?«»“”"]{3,60})?,)\s*$/iu

/**
 * A quotation reported as a clause, opening in lower case after `que` or `that` (`le président a
 * rappelé que « un médicament falsifié tue deux fois »`, `Convaincus que « … » ;`) or after who
 * said it (`Selon la présidente, « aucun enfant … »`): the words of a
 * whole sentence someone said, not a phrase quoted inside one. It is the message with its first
 * letter in capitals and a full stop.
 * @param text a paragraph
 * @returns the sentence, or `undefined`
 */
export function reportedQuote(text: string): string | undefined {
  for (const match of text.matchAll(QUOTED)) {
    const quoted = normaliseSpace(match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? '').replace(/[,;:]$/, '')
    if (!/^\p{Ll}/u.test(quoted) || quoted.split(' ').length < 6 || !REPORTED_BEFORE.test(text.slice(0, match.index))) continue
    const sentence = quoted.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase())
    return SENTENCE_END.test(sentence) ? sentence : `${sentence}.`
  }
  return undefined
}

/**
 * A pull quote: a paragraph that is one quotation and nothing else, without a final stop, set on
 * its own line, often signed on the next (`“No one is safe until every district is safe”` then `—
 * Dr. Uwase, Chair`). It is the message, with a full stop.
 * @param text a paragraph
 * @param next the paragraph after it, if any
 * @returns the sentence, or `undefined`
 */
export function pullQuote(text: string, next: string | undefined): string | undefined {
  const whole = /^\s*(?:“([^“”]+)”|"([^"]+)"|«\s?([^«»]+?)\s?»)\s*$/u.exec(text)
  if (!whole) return undefined
  const quoted = normaliseSpace(whole[1] ?? whole[2] ?? whole[3] ?? '')
  // Signed on the next line, or a whole sentence of its own (four words at least, not a title).
  const signed = next !== undefined && ATTRIBUTION_LINE.test(normaliseSpace(next))
  if (quoted.split(' ').length < (signed ? 3 : 4) || isTitleCase(quoted) || /^\p{Ll}/u.test(quoted)) return undefined
  return SENTENCE_END.test(quoted) ? quoted : `${quoted.replace(/[,;:]$/, '')}.`
}

/**
 * Whether a quotation is a title written in title case (`“Ports That Work for Everyone.”`): the
 * name of a study or a campaign, not a sentence someone said.
 */
function isTitleCase(quoted: string): boolean {
  const words = quoted.replace(/[.!?…,;:]+$/, '').split(' ')
  if (words.length < 3) return false
  // (a sentence in capitals, as a poster or a notice writes every line, `"IN AN EMERGENCY EVERY MINUTE COUNTS."`, is no title: one with a
  // sentence's stop or six words at least; pages52)
  if (!/\p{Ll}/u.test(quoted) && (/[.!?]$/u.test(quoted) || words.length >= 6)) return false
  return words.every((word, index) => /^[\p{Lu}\d]/u.test(word) || (index > 0 && TITLE_MINOR.test(word)))
}
