import type {Paragraph} from 'mdast'

/**
 * A consent (omnibus) agenda, as boards and councils run one: several items approved together in a single motion or vote, without
 * debate (`The following items were approved in a single motion:` / `C-1 Minutes of …` / `C-2 Treasurer's report …` / `C-3 Renewal of the
 * lease …`; `Adoptés en bloc :` / `- procès-verbal de la séance du …`). Each item is its own (the list's markers are read by the parser);
 * those that only carry the sitting's routine, the minutes of an earlier meeting or a periodic report, decide nothing: context.
 */

/** What a consent agenda's heading or lead-in says: items taken together, in one motion or vote, without debate. */
export const CONSENT_LEAD_IN = /(?<!\p{L})(?:consent\s+(?:agenda|calendar|items)|omnibus\s+(?:motion|resolution|vote|agenda)|(?:in|by)\s+(?:a\s+)?(?:single|one)\s+(?:motion|vote|resolution)|en\s+bloc|without\s+(?:debate|discussion)|(?:par|en)\s+(?:un|une)\s+(?:seul|seule|unique)\s+(?:vote|d[ée]lib[ée]ration|scrutin)|sans\s+d[ée]bat)(?!\p{L})/iu
/**
 * An item that only carries the sitting's routine: the minutes of an earlier meeting, a periodic report or accounts received
 * (`Minutes of the regular meeting of February 19, 2026`, `Treasurer's report for the quarter …`, `Procès-verbal de la séance du 3 mars`,
 * `Rapport financier du trimestre`).
 */
const ROUTINE_ITEM = /^(?:(?:approval|adoption|confirmation|approbation|adoption)\s+(?:of|du|des)\s+)?(?:the\s+|le\s+|les\s+)?(?:(?:draft\s+)?minutes\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:meeting|session|sitting|call)|proc[èe]s-verba(?:l|ux)\s+(?:de|des|du)|comptes?\s+rendus?\s+de\s+la\s+(?:s[ée]ance|r[ée]union)|(?:treasurer['’]s|financial|finance|monthly|quarterly|secretary['’]s)\s+(?:report|statements?)|rapports?\s+(?:financiers?|trimestriels?|mensuels?|du\s+tr[ée]sorier)|financial\s+statements|[ée]tats\s+financiers)(?!\p{L})/iu
/** Most words of a routine item: a longer one says more than its routine. */
const ROUTINE_WORDS = 20

/**
 * The items of a consent agenda that only carry the sitting's routine.
 * @param paragraphs the text's paragraphs, in order
 * @param text a paragraph's text
 * @returns those items
 */
export function routineConsentItems(paragraphs: Paragraph[], text: (paragraph: Paragraph) => string): Set<Paragraph> {
  const found = new Set<Paragraph>()
  let consent = false
  for (const paragraph of paragraphs) {
    const words = text(paragraph).slice(0, 600)
    if (!paragraph.data?.bullet) {
      consent = CONSENT_LEAD_IN.test(words)
      continue
    }
    if (consent && ROUTINE_ITEM.test(words.trim()) && words.split(/\s+/).length <= ROUTINE_WORDS) found.add(paragraph)
  }
  return found
}
