/**
 * Whole paragraphs that are no decision of the meeting, wherever they stand and whoever reads them (the rules' numbered items,
 * bullets and prose, and the paragraph-role model's sure guesses): what the meeting did not decide, what one member said it
 * would do on its own, and the procedure of a set of minutes (branch roles43, cause family E of rounds 31 and 32). roles42 held
 * the first two back from the model only (`learned-guards.ts`); round 32's writers put them in numbered items and in prose that
 * the rules read as points, and opened them otherwise (`Not everything was settled. Member cities did not agree …`,
 * `Scotland's representatives informed the Group that their government intends …`, `Boston told the meeting it would …`).
 * Both languages side by side, as in `learned-guards.ts` and `review-paragraph.ts`.
 */
import type {Reading} from './language.js'
import {NEGATION_BEFORE} from './english.js'
import {withoutFurniture} from './paragraph-furniture.js'
import {CONSENT_LEAD_IN} from './consent-items.js'
import {normaliseSpace, splitSentences} from './text.js'

/** Most words before the verb of a sentence's main clause (its subject and an opener). */
const LEAD = String.raw`^(?:[\p{L}\p{N}'’.,()&-]+\s+){0,9}?`

/**
 * A sentence that says the meeting did not decide (`Members did not reach agreement on …`, `Ministers could not agree …`,
 * `No agreement was reached on …`, `There was no consensus …`, `Not everything was settled.`, `The question of fines remains
 * open`; `Les membres ne sont pas parvenus à …`, `Tous les projets n'ont pas fait consensus`, `Aucun accord n'a été trouvé …`,
 * `Faute d'accord, la question … reste en suspens`, `La question … n'a pas été tranchée`). The verb is one of deciding or agreeing:
 * `The fund is not a loan` negates no decision.
 */
const UNDECIDED = new RegExp(
  [
    String.raw`${LEAD}(?:did|do|does|could|can|would|was|were|have|has|had)(?:\s+not|n['’]t)\s+(?:yet\s+|fully\s+|all\s+)?(?:be\s+)?(?:reach|agree|decide|settle|adopt|approve|endorse|accept|support|back|take\s+a\s+decision|come\s+to|arrive\s+at|find\s+(?:agreement|consensus|common\s+ground)|resolve)`,
    String.raw`${LEAD}(?:failed|were\s+unable|was\s+unable|declined)\s+to\s+(?:agree|reach|decide|settle|adopt|approve|endorse|find)`,
    String.raw`(?<!\p{L})(?:no|without)\s+(?:agreement|consensus|decision|common\s+position)\s+(?:was|were|could\s+be|has\s+been)?\s*(?:reached|found|taken|made)?`,
    String.raw`^there\s+(?:was|were|is)\s+no\s+(?:agreement|consensus|decision)`,
    String.raw`^not\s+(?:everything|all|every|each)\b[^.;]{0,60}?(?:settled|agreed|decided|resolved|approved|adopted|consensus|agreement)`,
    String.raw`(?<!\p{L})(?:question|issue|matter|point|proposal|subject|idea)s?(?!\p{L})[^.;]{0,80}?(?<!\p{L})(?:remains?|remained|was\s+left|were\s+left|is\s+still|are\s+still|stays?|stayed)\s+(?:open|unresolved|undecided|unsettled|in\s+abeyance)(?!\p{L})`,
    String.raw`${LEAD}n['’]\s*(?:a|ont|avait|avaient)\s+pas\s+(?:pu\s+|encore\s+)?(?:fait\s+(?:consensus|l['’]unanimit[ée])|trouv[ée]|obtenu|retenu|adopt[ée]|approuv[ée]|tranch[ée]|d[ée]cid[ée]|abouti|convenu|accept[ée]|valid[ée]|[ée]t[ée]\s+(?:tranch|retenu|adopt|approuv|d[ée]cid)\p{L}*)`,
    String.raw`${LEAD}ne\s+(?:sont|se\s+sont|s['’]est|se\s+sont\s+pas|peuvent|pouvaient)\s+pas\s+(?:parvenue?s?|entendue?s?|mise?s?\s+d['’]accord|accord[ée]e?s?|tomb[ée]e?s?\s+d['’]accord)`,
    String.raw`(?<!\p{L})(?:aucune?|pas\s+d['’]|pas\s+de)\s*(?:accord|consensus|d[ée]cision|position\s+commune)(?!\p{L})`,
    String.raw`(?<!\p{L})faute\s+d['’]\s*(?:accord|entente|consensus)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:question|dossier|sujet|point|proposition|id[ée]e)s?(?!\p{L})[^.;]{0,80}?(?<!\p{L})reste(?:nt|ra|ront)?\s+(?:en\s+suspens|ouverte?s?|pendante?s?)(?!\p{L})`,
  ].join('|'),
  'iu',
)

/** Most words of a first sentence that only frames the next (`Not everything was settled.`, `One question stayed open.`). */
const FRAMING_WORDS = 8

/**
 * Whether a sentence decides something in a verb of its own, not negated (`Ministers agreed …`, `… and asked officials to
 * study …`, `We agree …`), and not only in a future (`Each trust will keep its own rules` keeps things as they are).
 * @param sentence the sentence
 * @param reading the patterns of the source's language
 * @returns whether it decides
 */
export function decidesPositively(sentence: string, reading: Reading): boolean {
  if (reading.decisionNow?.test(sentence)) return true
  const decision = new RegExp(reading.decision.source, reading.decision.flags.includes('g') ? reading.decision.flags : `${reading.decision.flags}g`)
  for (const match of sentence.slice(0, 600).matchAll(decision)) {
    if (/^(?:will|shall)$/i.test(match[0]) || /(?:eront|iront|era|ira|erons|irons|[td]ra|[td]ront|cevra|verra)$/iu.test(match[0])) continue
    if (NEGATION_BEFORE.test(sentence.slice(Math.max(0, match.index - 40), match.index))) continue
    if (/(?<!\p{L})(?:ne|n['’])\s*(?:\p{L}+\s+){0,1}$/iu.test(sentence.slice(Math.max(0, match.index - 20), match.index))) continue
    return true
  }
  return false
}

/**
 * Whether a paragraph only says what the meeting did not decide: its first sentence (or the second, after a short one that frames
 * it) is `UNDECIDED`, and no sentence decides anything in a verb of its own (`Ministers did not agree on a tariff and asked
 * officials to study the question further` decides: a point). What follows such a sentence is how things stay (`Each authority
 * will continue to apply its own guidance`, `Chaque établissement continuera d'appliquer …`).
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it is context
 */
export function leftUndecided(text: string, reading: Reading): boolean {
  const sentences = splitSentences(normaliseSpace(text.slice(0, 1200))).map(({text: sentence}) => sentence)
  if (sentences.length === 0 || sentences.length > 4) return false
  const at = UNDECIDED.test(sentences[0]) ? 0 : sentences.length > 1 && sentences[0].split(' ').length <= FRAMING_WORDS && UNDECIDED.test(sentences[1]) ? 1 : -1
  if (at === -1) return false
  // (the negated sentence itself may name a decision word, `did not agree`; the others may decide nothing)
  return sentences.every((sentence, index) => index === at || !decidesPositively(sentence, reading)) && !decidesPositively(sentences[at].replace(UNDECIDED, ' '), reading)
}

/** The body that met, its members together, its officers and staff (`Ministers`, `the Group`, `Le Conseil`): their word is the meeting's. */
const MEETING_SIDE = /(?<!\p{L})(?:ministers?|members|participants|delegates|leaders|parties|governments|partners|officials|they|we|council|committee|commission|secretariat|board|bureau|group|forum|assembly|conference|presidency|president|chairs?|co-chairs?|chairperson|chairman|chairwoman|secretary|treasurer|director|union|alliance|partnership|coalition|network|platform|compact|initiative|taskforce|federation|association|meeting|organi[sz]ers|ministres?|membres|d[ée]l[ée]gu[ée]s|gouvernements|partenaires|conseil|comit[ée]|secr[ée]tariat|groupe|assembl[ée]e|conf[ée]rence|pr[ée]sidence|pr[ée]sidente?|secr[ée]taire|tr[ée]sori[eè]re?|directeur|directrice|partenariat|r[ée]seau|plateforme|f[ée]d[ée]ration|adh[ée]rents|[ée]lus|nous|ils|elles|on)(?!\p{L})/iu

/** A subject that names whose people speak (`Wales's delegates`, `the representatives of Chile`, `les délégués du Québec`). */
const ONE_MEMBERS = /\p{Lu}[\p{L}.-]*['’]s?\s|(?<!\p{L})(?:of|de|du|des|d['’])\s*(?!the\s|la\s|le\s|les\s|l['’])\p{Lu}/u
/** An opener before the member's name (`Separately,`, `For its part,`, `De son côté,`). */
const OPENER = String.raw`^(?:(?:separately|also|meanwhile|in\s+addition|for\s+(?:its|their|her|his)\s+part|de\s+son\s+c[ôo]t[ée]|de\s+leur\s+c[ôo]t[ée]|pour\s+sa\s+part|par\s+ailleurs|en\s+outre),\s+)?`

/**
 * A first sentence in which one member says what it will do on its own: a subject of a few words, a verb of saying (to the
 * meeting, the Group, its partners), then `that` and the member itself (`it`, `its government`, `their government`, `she`):
 * `Thurgau announced that it would also open …`, `Boston told the meeting it would go further on its own`, `Scotland's
 * representatives informed the Group that their government intends to …`, `The representative of Japan said his country would
 * …`; `La ville de Nogent a fait savoir de son côté qu'elle rouvrirait …`, `Les représentants du Québec ont informé le groupe que
 * leur gouvernement entend …`. The subject group is captured, to check it names no one of the meeting's side.
 */
const OWN_PLAN_EN = new RegExp(
  String.raw`${OPENER}((?:[\p{L}\p{N}'’.&-]+\s+){0,5}?[\p{L}\p{N}'’.&-]+)\s+(?:also\s+|then\s+)?(?:said|confirmed|announced|reported|indicated|explained|stated|informed|told|assured|notified|signalled|signaled|made\s+clear|made\s+it\s+clear)(?:\s+(?:the|its|their|other|fellow)\s+(?:[\p{L}-]+\s+){0,2}?(?:meeting|group|members|partners|delegates|participants|committee|council|conference|forum|ministers|delegations|board|network|colleagues))?(?:\s+that)?\s+(?:it|its|they|their|he|she|his|her)(?!\p{L})`,
  'iu',
)
const OWN_PLAN_FR = new RegExp(
  String.raw`${OPENER}((?:[\p{L}\p{N}'’.&-]+\s+){0,6}?[\p{L}\p{N}'’.&-]+)\s+(?:a|ont)\s+(?:également\s+|aussi\s+|ensuite\s+|de\s+son\s+c[ôo]t[ée]\s+|pour\s+sa\s+part\s+)?(?:confirm[ée]|annonc[ée]|indiqu[ée]|pr[ée]cis[ée]|d[ée]clar[ée]|expliqu[ée]|fait\s+savoir|inform[ée]|dit|assur[ée]|signal[ée])(?:\s+(?:au|aux|[àa]\s+la|[àa]\s+l['’]|le|la|les|l['’])\s*(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?(?:\s+(?:de\s+son\s+c[ôo]t[ée]|de\s+leur\s+c[ôo]t[ée]|pour\s+sa\s+part))?\s+(?:que\s+|qu['’]\s*)(?:il|elle|ils|elles|son|sa|ses|leur|leurs)(?!\p{L})`,
  'iu',
)

/**
 * Whether a paragraph is one member's own plan: its first sentence says what one member (a country, a city, a canton, one
 * delegation, named with a capital) will do on its own (`OWN_PLAN_EN`, `OWN_PLAN_FR`), and no sentence decides anything for the
 * meeting in a verb of its own (`Other cities will watch that experiment closely` decides nothing). What one member does is no
 * decision of the meeting, nor a step of its own ahead: context.
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it is context
 */
export function membersOwnPlan(text: string, reading: Reading): boolean {
  const sentences = splitSentences(normaliseSpace(text.slice(0, 1200))).map(({text: sentence}) => sentence)
  if (sentences.length === 0 || sentences.length > 3) return false
  const found = (reading.code === 'fr' ? OWN_PLAN_FR : OWN_PLAN_EN).exec(sentences[0])
  // (`Wales's delegates`, `the delegates of Chile`: the body's word names one member's people)
  if (!found || !/\p{Lu}/u.test(found[1]) || (MEETING_SIDE.test(found[1]) && !ONE_MEMBERS.test(found[1]))) return false
  return sentences.slice(1).every((sentence) => !decidesPositively(sentence, reading)) && !decidesPositively(sentences[0].slice(found[0].length), reading)
}

/**
 * The procedure a set of minutes records, in the sentence it opens on: apologies, the chair opening the meeting or welcoming
 * those present, the minutes of the last meeting confirmed, a note that forwards the minutes, the chair's closing words
 * (`Apologies for absence were received from …`, `The Chair welcomed the members …`, `The minutes of the meeting held on … were
 * agreed as a correct record`, `The undersigned is directed to forward herewith …`, `In closing, the Chair said: "…"`; `Étaient
 * excusés : …`, `Le président ouvre la séance à 14 h 10, …`, `Aucune observation n'étant formulée, le procès-verbal est approuvé.`,
 * `J'ai l'honneur de vous transmettre ci-joint le compte rendu …`, `En conclusion, la présidente a déclaré : « … »`).
 */
const PROCEDURE = new RegExp(
  [
    String.raw`^apologies\b`,
    String.raw`^(?:the\s+)?(?:chair|chairperson|chairman|chairwoman|president|convenor|convener|presiding\s+officer|mayor)(?:\s*,\s*[^,]{1,60},)?\s+(?:(?:formally|then|first|warmly)\s+)?(?:opened\s+the\s+(?:meeting|session|sitting)|welcomed\s+(?:(?:the|all)\s+)?(?:(?:new|two|three|four|\d+)\s+)?(?:members|participants|delegates|delegations|everyone|those\s+present|attendees|guests|observers|representatives|newcomers|(?:Mr|Ms|Mrs|Dr|Prof)\.?\s)|declared\s+the\s+(?:meeting|session|sitting)\s+open)(?!\p{L})`,
    String.raw`^the\s+(?:meeting|session|sitting)\s+(?:was\s+)?(?:opened|declared\s+open)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:minutes|record)\s+of\s+(?:the\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:meeting|session|sitting|council|committee|assembly|board|agm|egm|court|congress|conference|convention|chapter|synod|plenary|forum|gathering|executive|call)(?!\p{L})[^.;]{0,160}?(?<!\p{L})(?:were|was|be)\s+(?:(?:duly|formally|then|unanimously)\s+)?(?:confirmed|approved|adopted|agreed|accepted|signed|taken\s+as\s+read|read(?=\s+and\s+(?:signed|confirmed|approved|adopted)))(?!\p{L})`,
    String.raw`^(?:[\p{L}'’-]+\s+){0,4}?(?:confirmed|approved|adopted|accepted|signed)\s+the\s+minutes\s+of\s+(?:the\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:meeting|session|sitting)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:(?:the\s+)?undersigned|I|we)\s+(?:am|is|are)\s+directed\s+to\s+(?:forward|enclose|circulate|transmit)|^please\s+find\s+(?:enclosed|attached|herewith|below)|(?<!\p{L})(?:forwarded|enclosed|attached)\s+herewith\b`,
    String.raw`^(?:(?:in\s+(?:closing|conclusion|(?:her|his|the\s+chair['’]s)\s+closing\s+remarks)|summing\s+up(?:\s+the\s+(?:discussions?|debate|meeting))?|closing\s+the\s+(?:meeting|session|debate)|concluding(?:\s+the\s+(?:meeting|session))?),\s+)(?:the\s+)?(?:chair|chairperson|chairman|chairwoman|president|minister|convenor)(?!\p{L})[^.:;]{0,80}?(?<!\p{L})(?:said|stated|declared|remarked|observed|stressed|noted)(?!\p{L})`,
    String.raw`^(?:[ée]taient\s+)?excus[ée]e?s\s*:|^(?:[\p{L}.'’-]+\s+){1,8}?(?:s['’]est|se\s+sont|[ée]tait|[ée]taient)\s+excus[ée]e?s?(?!\p{L})`,
    String.raw`^(?:le|la)\s+(?:pr[ée]sidente?|maire)(?:\s*,\s*[^,]{1,60},)?\s+(?:ouvre|a\s+ouvert|d[ée]clare\s+(?:ouverte|la\s+s[ée]ance\s+ouverte)|souhaite\s+la\s+bienvenue|a\s+souhait[ée]\s+la\s+bienvenue|accueille|a\s+accueilli)(?!\p{L})|^la\s+s[ée]ance\s+(?:est|a\s+[ée]t[ée])\s+ouverte`,
    String.raw`(?<!\p{L})(?:proc[èe]s-verba(?:l|ux)|comptes?(?:-|\s+)rendus?)(?:\s+(?:de\s+la|du|de\s+l['’]|des)\s*[^.;]{0,120}?)?\s+(?:est|a\s+[ée]t[ée]|sont|ont\s+[ée]t[ée])\s+(?:(?:approuv|adopt|valid)[ée]e?s?)(?!\p{L})`,
    String.raw`^(?:[\p{L}'’-]+\s+){0,4}?(?:approuve|adopte|valide|a\s+approuv[ée]|a\s+adopt[ée]|ont\s+approuv[ée]|ont\s+adopt[ée])\s+(?:(?:[àa]\s+l['’]unanimit[ée]|sans\s+(?:observation|modification|remarque|amendement)s?|apr[èe]s\s+lecture|[\p{L}'’]+ment)\s+){0,2}(?:le|les)\s+(?:proc[èe]s-verba(?:l|ux)|comptes?(?:-|\s+)rendus?|relev[ée]s?)\s+(?:de|du|des|d['’])(?!\p{L})`,
    // (the English order: `The meeting approved without amendment the minutes of …`, `Members confirmed as a true record the minutes of …`)
    String.raw`^(?:[\p{L}'’-]+\s+){0,4}?(?:confirmed|approved|adopted|accepted|signed)\s+(?:(?:without\s+(?:amendment|comment|change)s?|as\s+a\s+(?:true|correct|fair)\s+record|unanimously)\s+)(?:the\s+)?(?:minutes|record)\s+of(?!\p{L})`,
    // (the membership reported, officers elected: `Membership stood at 212 …`, `Mme Roy est réélue trésorière.`, `The officers were
    // re-elected unopposed.`; roles45)
    String.raw`^(?:the\s+)?(?:(?:total|paid-up|current)\s+)?(?:membership|number\s+of\s+(?:members|adherents|subscribers))\s+(?:now\s+)?(?:stood|stands|was\s+reported)\s+at(?!\p{L})|^(?:l['’]effectif|le\s+nombre\s+(?:d['’]adh[ée]rents|de\s+membres))\s+(?:s['’][ée]l[èe]ve|s['’][ée]levait|est\s+de|[ée]tait\s+de)(?!\p{L})`,
    String.raw`^(?:[\p{L}'’.,-]+\s+){1,6}?(?:was|were|is|are)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected(?:\s+unopposed)?(?:\s+(?:as|to\s+the))?\s+(?:(?:the|its|new)\s+)?(?:chair|president|vice|treasurer|secretary|clerk|officers?|honorary|master|warden|board|bureau|council|committee)(?!\p{L})|^(?:[\p{L}'’.,-]+\s+){1,6}?(?:est|sont|a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+(?:[àa]\s+l['’]unanimit[ée]\s+)?(?:r[ée])?[ée]lue?s?\s+(?:[àa]\s+l['’]unanimit[ée]\s+)?(?:au\s+|comme\s+)?(?:pr[ée]sidente?|tr[ée]sori[eè]re?|secr[ée]taire|vice|membres?\s+du|bureau|conseil)(?!\p{L})`,
    // (the item of other business with nothing raised: `There being no other business, the Chair closed …`, `No questions were asked.`,
    // `Aucune question n'ayant été posée, le président remercie …`, `Pas de questions diverses.`; structure46)
    String.raw`^(?:there\s+being\s+no\s+(?:other|further)\s+(?:business|questions?)|(?:with\s+)?no\s+(?:other|further|more)?\s*(?:business|questions?|matters?)\s+(?:(?:was|were|having\s+been)\s+)?(?:raised|asked|put|tabled|brought\s+forward)?(?=[,.;]|\s+(?:the\s+)?(?:chair|president|meeting))|(?:aucune|pas\s+de|nulle)\s+(?:autre\s+)?(?:question|remarque|point)s?(?:\s+diverses?)?\s*(?:n['’]ayant\s+[ée]t[ée]\s+(?:pos[ée]e?s?|soulev[ée]e?s?|formul[ée]e?s?)|n['’](?:a|ont)\s+[ée]t[ée]\s+(?:pos[ée]e?s?|soulev[ée]e?s?|formul[ée]e?s?))|l['’]ordre\s+du\s+jour\s+[ée]tant\s+[ée]puis[ée])(?!\p{L})`,
    String.raw`(?<!\p{L})j['’]ai\s+l['’]honneur\s+de\s+vous\s+(?:transmettre|adresser|faire\s+parvenir)|^(?:veuillez|vous\s+trouverez)\s+(?:trouver\s+)?ci-(?:joint|dessous|apr[èe]s)`,
    String.raw`^(?:(?:en\s+conclusion|en\s+cl[ôo]ture|pour\s+conclure|en\s+cl[ôo]turant\s+(?:la\s+s[ée]ance|les\s+travaux)),\s+)(?:le|la)\s+(?:pr[ée]sidente?|ministre|maire)(?!\p{L})[^.:;]{0,80}?(?<!\p{L})(?:a\s+)?(?:d[ée]clar[ée]|conclu|soulign[ée]|rappel[ée]|affirm[ée]|lanc[ée]|dit)(?!\p{L})`,
  ].join('|'),
  'iu',
)
/**
 * An officer's report in a set of minutes, in the sentence it opens on (`The Honorary Treasurer presented the statement of accounts …`,
 * `The Secretary reported that …`, `Tomáš Dvořák opened the meeting …`; `La trésorière a présenté les comptes …`, `Le secrétaire
 * général a rendu compte de …`; roles44). Not the secretariat's findings, which round 15's writer keeps as a point; and only when no
 * sentence of the paragraph decides (`BROAD_DECISION`): `The Treasurer reported … RESOLVED: that …` is a point.
 */
const OFFICER_REPORT = new RegExp(
  [
    String.raw`^(?:the\s+)?(?:(?:honorary|hon\.?|general|executive|outgoing|retiring|vice-?)\s+)?(?:(?:membership|minutes|general|company|honorary|hon\.?)\s+)?(?:secretary(?:[\s-]general)?|treasurer|president|chair(?:person|man|woman)?|registrar|auditors?|convenor|convener|clerk|bursar|recorder|scribe|steward|warden|master|comptroller|examiner)(?!\p{L})(?:\s*,\s*[^,]{1,60},)?\s+(?:then\s+|also\s+|briefly\s+)?(?:reported|presented\s+(?:the|his|her|its|a|an)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:report|accounts|results|statement|figures|budget|balance\s+sheet|review|summary|survey|study|census|audit|questionnaire)|(?:gave|read|introduced|tabled)\s+(?:the|his|her|its|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:report|accounts|statement|review|summary))(?!\p{L})`,
    String.raw`^(?:[\p{L}'’.-]+\s+){1,3}?(?:formally\s+)?opened\s+the\s+(?:meeting|session|sitting)(?!\p{L})`,
    // (in the past or the present of a relevé: `a présenté`, `présente`, `rend compte`, `donne lecture`; roles45)
    String.raw`^(?:le|la)\s+(?:secr[ée]taire(?:\s+g[ée]n[ée]rale?)?|tr[ée]sori[eè]re?(?:\s+adjointe?)?|pr[ée]sidente?|commissaire\s+aux\s+comptes|greffi[eè]re?|v[ée]rificat(?:eur|rice)\s+aux\s+comptes)(?:\s*,\s*[^,]{1,60},)?\s+(?:a\s+)?(?:(?:rendu|rend)\s+compte|fai[t]\s+(?:le\s+point|rapport)|pr[ée]sent(?:[ée]|e)\s+(?:le|les|la|l['’]|son|sa|ses)\s*(?:[\p{L}'’-]+\s+){0,3}?(?:rapport|comptes|r[ée]sultats|bilan|budget|[ée]tat|enqu[êe]te|[ée]tude|sondage|recensement|diagnostic|inventaire|questionnaire)|donn(?:[ée]|e)\s+lecture(?!\p{L})|(?:indique|signale|pr[ée]cise|informe\s+l['’]assembl[ée]e|a\s+(?:indiqu[ée]|signal[ée]|pr[ée]cis[ée]|inform[ée]\s+l['’]assembl[ée]e))\s+(?:que(?!\p{L})|qu['’]))`,
  ].join('|'),
  'iu',
)
/** A verb of deciding in any tense or form, the present and the resolution's capitals included (`RESOLVED: that`, `décide d'affecter`, `voted to`). */
const BROAD_DECISION = /(?<!\p{L})(?:resolved|agreed|decided|approved|adopted|endorsed|voted|carried|d[ée]cid(?:e|ent|[ée]e?s?)|adopt(?:e|ent)|approuv(?:e|ent)|vot(?:e|ent)|convien(?:t|nent)|retien(?:t|nent)|arr[êe]t(?:e|ent))(?!\p{L})/iu

/** A sentence in which the chair speaks on (`She urged members to …`, `Il a invité les communes à …`): the chair's words, not the meeting's decision. */
const CHAIR_GOES_ON = /^(?:she|he|the\s+chair(?:person)?|elle|il|le\s+pr[ée]sident|la\s+pr[ée]sidente)\s/iu
/** A forwarding note: what it asks of its readers is the note's, not the meeting's decision. */
const FORWARDS = /(?<!\p{L})(?:directed\s+to\s+(?:forward|enclose|circulate|transmit)|please\s+find|herewith|l['’]honneur\s+de\s+vous|ci-(?:joint|dessous|apr[èe]s))/iu

/**
 * Whether a paragraph is the procedure of a set of minutes (`PROCEDURE`, in its first sentence) and decides nothing else: its
 * other sentences take no decision of their own (`The minutes were approved. The Board then agreed to …` is a point), save the
 * chair's words after a closing quote and what a forwarding note asks of its readers. Context wherever it stands.
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it is context
 */
export function recordsProcedure(text: string, reading: Reading): boolean {
  // (each clause after a semicolon read as a sentence: `The Treasurer presented the accounts …; they were received and adopted.`; roles45)
  let sentences = splitSentences(withoutFurniture(normaliseSpace(text.slice(0, 1500)), reading)).flatMap(({text: sentence}) => sentence.split(/;\s+/u))
  // (an item's run-in title before it, `Minutes.`, `Treasurer's report.`, `Approbation du compte rendu`: a sentence of a few words without a verb of its own)
  const opens = (sentence: string) => PROCEDURE.test(sentence) || OFFICER_REPORT.test(sentence)
  if (sentences.length > 1 && RUN_IN_TITLE.test(sentences[0]) && opens(sentences[1])) sentences = sentences.slice(1)
  if (sentences.length === 0 || !opens(sentences[0])) return false
  if (FORWARDS.test(sentences[0])) return true
  // (an officer's report records no procedure when the paragraph goes on to decide: `… RESOLVED: that …`, `L'assemblée décide …`)
  if (!PROCEDURE.test(sentences[0]) && sentences.some((sentence) => !RECORD_ADOPTED.test(sentence) && !DISCHARGE.test(sentence) && BROAD_DECISION.test(sentence))) return false
  // (what follows may record the procedure too: `The accounts were adopted.`, `Les comptes sont approuvés.`, `The Secretary reported that …`)
  return sentences.slice(1).every((sentence) => CHAIR_GOES_ON.test(sentence) || opens(sentence) || RECORD_ADOPTED.test(sentence) || DISCHARGE.test(sentence) || !decidesPositively(sentence, reading))
}

/**
 * A clause that records the sitting itself, wherever it stands in its paragraph: the agenda adopted, the record of the last meeting
 * approved, apologies received, the quorum (`The Meeting adopted its agenda and approved the summary record of its tenth meeting`,
 * `Apologies for absence were received …`, `… declared the meeting quorate`; `L'assemblée adopte son ordre du jour`, `Le quorum étant
 * atteint, …`). Only minutes and summary records write such a line (structure47).
 */
const SITTING_RECORD = /(?<!\p{L})(?:(?:adopted|approved)\s+(?:its|the)\s+(?:provisional\s+|draft\s+)?agenda|(?:confirmed|approved|adopted)\s+the\s+(?:summary\s+)?(?:record|minutes)\s+of\s+(?:its|the)|apologies\s+(?:for\s+absence\s+)?were\s+(?:received|noted|given)|(?:was|were|being)\s+(?:declared\s+)?quorate|quorum\s+(?:was|being)\s+present|(?:adopt[ée]|approuv[ée]|adopte|approuve)\s+(?:son|l['’])\s*ordre\s+du\s+jour|(?:le\s+)?quorum\s+(?:est|[ée]tant|ayant\s+[ée]t[ée])\s+atteint)(?!\p{L})/iu

/**
 * A title line that calls the text the record of its sitting (`Minutes of the Annual General Meeting`, `SUMMARY RECORD`, `Subject:
 * Minutes of the 9th meeting …`, `Record of proceedings`; `Procès-verbal de la séance …`): minutes narrate what the meeting did, item by
 * item, where a communiqué's or a summary of conclusions' numbered paragraphs are what the meeting says (structure47); so does a UN-style
 * report of a body on its own session (`Report of the … on its third session`, `Rapport du … sur les travaux de sa deuxième session`;
 * numbered48).
 */
export const RECORD_TITLE = new RegExp(
  [
    String.raw`^(?:#+\s*)?(?:(?:subject|objet)\s*:\s*)?(?:(?:draft|approved|unconfirmed|confirmed|signed)\s+)?(?:minutes|summary\s+record|record\s+of\s+(?:the\s+)?proceedings|proc[èe]s-verbal)(?!\p{L})`,
    // (a UN-style body's report on its own session narrates it paragraph by paragraph as minutes do: `Report of the Working Group on …
    // on its third session`, `Report of the Committee on its 12th meeting`; `Rapport du Comité … sur (les travaux de) sa troisième
    // session`; numbered48)
    String.raw`^(?:#+\s*)?(?:(?:draft|provisional)\s+)?report\s+of\s+the\s+[^.;:]{3,200}?\s+on\s+(?:the\s+work\s+of\s+)?its\s+(?:[\p{L}-]+|\d{1,3}(?:st|nd|rd|th))(?:\s+(?:ordinary|special|extraordinary|resumed|regular|plenary))?\s+(?:session|meeting)(?!\p{L})`,
    // (and the report named after the session first, `Report of the Twelfth Session of the Standing Committee on …`, `Report on the
    // 3rd Meeting of the …`; `Rapport de la deuxième session du Comité …`; records49)
    String.raw`^(?:#+\s*)?(?:(?:draft|provisional|final)\s+)?report\s+(?:of|on)\s+the\s+(?:[\p{L}-]+|\d{1,3}(?:st|nd|rd|th))(?:\s+(?:ordinary|special|extraordinary|resumed|regular|plenary|annual))?\s+(?:session|meeting)\s+of\s+the\s+\p{Lu}`,
    String.raw`^(?:#+\s*)?(?:(?:projet\s+de|avant-projet\s+de)\s+)?rapport\s+(?:de\s+la|sur\s+la)\s+(?:[\p{L}-]+|\d{1,3}(?:e|ème|ᵉ))(?:\s+(?:session|r[ée]union))(?:\s+(?:ordinaire|extraordinaire|pl[ée]ni[èe]re|annuelle))?\s+(?:du|de\s+la|de\s+l['’])\s*\p{Lu}`,
    String.raw`^(?:#+\s*)?(?:(?:projet\s+de|avant-projet\s+de)\s+)?rapport\s+(?:du|de\s+la|de\s+l['’])\s*[^.;:]{3,200}?\s+sur\s+(?:les\s+travaux\s+de\s+)?(?:sa|son)\s+(?:[\p{L}-]+|\d{1,3}(?:e|ème|ᵉ))(?:\s+(?:session|r[ée]union))(?!\p{L})`,
  ].join('|'),
  'iu',
)

/**
 * Whether a paragraph records the sitting: the minutes' procedure (`recordsProcedure`) or a clause of it anywhere (`SITTING_RECORD`).
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it records the sitting
 */
export function recordsTheSitting(text: string, reading: Reading): boolean {
  return SITTING_RECORD.test(text.slice(0, 1500)) || recordsProcedure(text, reading)
}

/**
 * Whether a paragraph is the minutes' procedure carried to its end in the paragraph itself (`recordsProcedure`, and the procedure's own
 * outcome stated: `… The accounts were approved and discharge given.`, `L'assemblée approuve … le procès-verbal …`): no officer's report
 * alone, which a resolution in the next paragraph may follow (`The Clerk reported that …` / `Resolved: to accept …`; roles45).
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it is context whatever follows it
 */
export function closesProcedure(text: string, reading: Reading): boolean {
  if (!recordsProcedure(text, reading)) return false
  const sentences = splitSentences(withoutFurniture(normaliseSpace(text.slice(0, 1500)), reading)).flatMap(({text: sentence}) => sentence.split(/;\s+/u))
  return sentences.some((sentence) => PROCEDURE.test(sentence) || RECORD_ADOPTED.test(sentence))
}

/**
 * The officers discharged after their accounts (`… et quitus est donné au bureau.`, `The meeting granted discharge to the Board.`, `The
 * officers were discharged.`): procedure after the accounts, never alone: a general meeting's resolution `L'Assemblée générale donne
 * quitus … Cette résolution est adoptée …` is a point of round 26's writer (roles45).
 */
const DISCHARGE = /^(?:(?:[\p{L}'’-]+\s+){0,4}?(?:et\s+)?(?:le\s+|l['’])?quitus\s+(?:est|a\s+[ée]t[ée])\s+donn[ée]|(?:[\p{L}'’-]+\s+){1,4}?(?:donne|a\s+donn[ée]|ont\s+donn[ée]|donnent)\s+(?:le\s+)?quitus|(?:[\p{L}'’-]+\s+){1,4}?(?:granted|gave)\s+(?:a\s+|full\s+)?discharge|(?:[\p{L}'’-]+\s+){1,4}?(?:were|was)\s+(?:duly\s+)?discharged|discharge\s+was\s+(?:given|granted))(?!\p{L})/iu

/** A run-in title of an item of minutes: at most five words ending on a full stop or a colon, no digit (`Minutes.`, `Treasurer's report.`). */
const RUN_IN_TITLE = /^[—–-]?\s*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}\s?[.:]$/u
/** The record of a report or of the accounts adopted (`The accounts were adopted.`, `The statement was received and adopted.`, `Les comptes sont approuvés.`). */
const RECORD_ADOPTED = /^(?:the\s+|l['’]\s*|les?\s+|la\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:meeting|members|assembly|agm|assembl[ée]e|membres|adh[ée]rents)\s+(?:(?:then|unanimously|duly|ensuite|[àa]\s+l['’]unanimit[ée])\s+)?(?:approved|adopted|accepted|received|approves|adopts|approuve|approuvent|adopte|adoptent|a\s+approuv[ée]|ont\s+approuv[ée]|a\s+adopt[ée]|ont\s+adopt[ée])\s+(?:(?:[àa]\s+l['’]unanimit[ée]|unanimously)\s+)?(?:the|its|les|le|ses)\s+(?:(?:annual|audited|financial|annuels|financiers)\s+)?(?:accounts|financial\s+statements|comptes|rapport\s+financier|rapport\s+moral)(?!\p{L})|^(?:they|it|both|ils|elles?|ceux-ci|celui-ci)\s+(?:were|was|are|is|sont|est|ont\s+[ée]t[ée]|a\s+[ée]t[ée])\s+(?:(?:duly|then|unanimously|formally|[àa]\s+l['’]unanimit[ée])\s+)?(?:received\s+and\s+)?(?:adopted|approved|accepted|received|noted|approuv[ée]e?s?|adopt[ée]e?s?|valid[ée]e?s?)(?!\p{L})|^(?:the|its|her|his|their|les?|la|l['’]|son|sa|ses)\s*(?:[\p{L}-]+\s+){0,2}?(?:accounts|report|statement|minutes|record|budget|balance\s+sheet|agenda|comptes|rapport|compte\s+rendu|proc[èe]s-verbal|bilan|ordre\s+du\s+jour)(?!\p{L})[^.;]{0,40}?(?<!\p{L})(?:were|was|are|is|sont|est|a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+(?:(?:duly|then|unanimously|formally|[àa]\s+l['’]unanimit[ée])\s+)?(?:received\s+and\s+)?(?:adopted|approved|accepted|received|noted|approuv[ée]s?|adopt[ée]s?|valid[ée]s?)(?!\p{L})/iu

/**
 * A request the meeting or its members made that is still waiting for an answer (`… but that request is still with them`, `the
 * application is still awaiting a reply`, `our letter has not yet been answered`; `mais ce dossier est toujours à l'étude`, `la
 * demande reste sans réponse`): what others have not yet decided (roles44, cause C5).
 */
const PENDING = new RegExp(
  [
    String.raw`(?<!\p{L})(?:request|application|proposal|letter|bid|demand|petition|claim|file|case|submission)s?(?!\p{L})[^.;]{0,60}?(?<!\p{L})(?:is|are|was|were|remains?|remained|stays?)\s+(?:still\s+)?(?:with\s+(?:them|the\s+[\p{L}-]+)|awaiting\s+(?:a\s+|an\s+|their\s+)?(?:reply|answer|response|decision)|pending|unanswered|under\s+(?:consideration|review|study)|on\s+(?:their|its|the)\s+desk)(?!\p{L})`,
    // (who asked still waits: `… but we are still waiting for an answer`, `we still await their reply`, `nous attendons toujours leur réponse`; roles45)
    String.raw`(?<!\p{L})(?:(?:is|are|am|were|was)\s+still\s+(?:waiting\s+for|awaiting)|still\s+(?:await|awaits|awaited)|(?:have|has)\s+yet\s+to\s+(?:receive|hear|get))\s+(?:an?\s+|their\s+|its\s+|any\s+|the\s+|a\s+formal\s+)?(?:answer|reply|response|decision|word)(?!\p{L})|(?<!\p{L})(?:attend(?:ons|ent|ez|s|)?|sommes|sont|est|restons|restent)\s+toujours\s+(?:en\s+attente\s+d['’]\s*)?(?:une?\s+|leur\s+|sa\s+|la\s+)?(?:r[ée]ponse|d[ée]cision|retour)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+answered|received\s+(?:a|an|any)\s+(?:reply|answer|response))|(?<!\p{L})(?:no|without\s+(?:a|any))\s+(?:reply|answer|response)\s+(?:has\s+been\s+received\s+)?(?:yet|so\s+far)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:demande|dossier|requ[êe]te|candidature|courrier|lettre|proposition|saisine)s?(?!\p{L})[^.;]{0,60}?(?<!\p{L})(?:est|sont|reste|restent|demeure|demeurent)\s+(?:toujours\s+|encore\s+)?(?:[àa]\s+l['’][ée]tude|en\s+(?:attente|suspens|cours\s+d['’]examen|souffrance)|sans\s+r[ée]ponse|pendante?s?)(?!\p{L})`,
    String.raw`(?<!\p{L})(?:n['’]a|n['’]ont)\s+(?:toujours\s+)?pas\s+(?:encore\s+)?(?:re[çc]u\s+de\s+r[ée]ponse|[ée]t[ée]\s+(?:examin|trait)[ée]e?s?)`,
  ].join('|'),
  'iu',
)

/**
 * Whether a paragraph only records a request still waiting for an answer (`We also asked the district councils to let us sell …, but
 * that request is still with them.`): a sentence says so (`PENDING`), and no other sentence decides. Context.
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it is context
 */
export function stillPending(text: string, reading: Reading): boolean {
  const sentences = splitSentences(withoutFurniture(normaliseSpace(text.slice(0, 1200)), reading)).map(({text: sentence}) => sentence)
  if (sentences.length === 0 || sentences.length > 3) return false
  const at = sentences.findIndex((sentence) => PENDING.test(sentence))
  return at !== -1 && sentences.every((sentence, index) => index === at || (index === 0 && RUN_IN_TITLE.test(sentence)) || (!decidesPositively(sentence, reading) && !BROAD_DECISION.test(sentence)))
}

/** A sentence that opens on a condition (`If we keep …`, `Unless rents come down, …`, `Si les guinguettes disparaissent, …`, `À moins que …`, `Sans les bénévoles, …`): its future is what would follow, no decision. */
const CONDITION = /^(?:(?:and|but|yet|so|et|mais|or)\s+)?(?:if|unless|si|s['’]|[àa]\s+moins\s+(?:que|qu['’]|d['’]|de)|sans|faute\s+de)(?!\p{L})/iu

/**
 * Whether a paragraph only says what would follow if things went on (an op-ed's closing thought: `Bed bugs are a problem of poverty
 * as much as of pests. If we keep treating them one apartment at a time, we will keep losing.`; `Si les guinguettes disparaissent,
 * c'est … qui partira avec elles.`): every sentence whose verb decides, a future too, opens on a condition, one does, and the
 * paragraph gives no number (`If the pilot works, the scheme will be extended to all regions in 2028` sets a date: a decision).
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it is context
 */
export function onlyPredicts(text: string, reading: Reading): boolean {
  if (/\d/.test(text)) return false
  const sentences = splitSentences(normaliseSpace(text.slice(0, 800))).map(({text: sentence}) => sentence)
  if (sentences.length === 0 || sentences.length > 3 || !sentences.some((sentence) => CONDITION.test(sentence))) return false
  const decision = new RegExp(reading.decision.source, reading.decision.flags.replace('g', ''))
  return sentences.every((sentence) => CONDITION.test(sentence) || (!decision.test(sentence) && !decidesPositively(sentence, reading)))
}

/**
 * A first sentence that only says what the meeting heard, noted, reviewed, recognised or was told, or what was put before it: a
 * finding, not a decision (`The Secretariat presented the results of the survey …`, `Members heard a presentation by …`, `The Board
 * noted that …`, `We have reviewed the state of …`, `We recognise that …`, `The Council welcomed the first results of …`, `The
 * contractors told the meeting that …`, `Delegates were briefed on …`; `Le comité a pris acte du bilan …`, `Les membres ont entendu un
 * exposé …`, `Nous saluons le travail de …`, `L'Observatoire a présenté les résultats de …`, `Le bureau a informé l'assemblée que …`).
 * A welcome of a measure (`welcomed the offer of … to lend`, `welcomed X as new members`) is none: it names no work, result or report
 * (structure46, cause family C of rounds 37 and 38).
 */
export const FINDING_VERBS = [
      String.raw`(?:heard|hears|hear|(?:has|have)\s+heard)\s+(?:(?:a|an|the|two|three|several|short|brief|detailed)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:presentations?|reports?|briefings?|updates?|accounts?|statements?|talks?|testimon(?:y|ies)|evidence|from)`,
      String.raw`(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:briefed|informed|updated|told|given\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:presentation|briefing|update|report|overview))`,
      String.raw`(?:noted|notes|note|took\s+note|take\s+note|takes\s+note|(?:has|have)\s+(?:noted|taken\s+note))\s+(?:(?:with\s+(?:(?:deep|grave|great|serious|growing)\s+)?(?:concern|interest|regret|alarm))\s+)?(?:that|the|of|how)`,
      String.raw`(?:reviewed|reviews|review|(?:has|have)\s+reviewed|examined|(?:has|have)\s+examined|took\s+stock\s+of|take\s+stock\s+of)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,2}?(?:state|situation|progress|results?|findings|data|evidence|figures|implementation|trends?|health)`,
      String.raw`(?:recognised|recognized|recognise|recognize|recognises|recognizes|acknowledged|acknowledge|acknowledges|(?:has|have)\s+(?:recognised|recognized|acknowledged))\s+that`,
      String.raw`(?:welcomed|welcome|welcomes|(?:has|have)\s+welcomed)\s+(?:the\s+|its\s+|their\s+)?(?:(?:first|initial|early|preliminary|latest|interim|encouraging|good|valuable|continued)\s+)?(?:results?|findings|work|efforts|reports?|progress|contributions?|presentations?|updates?|outcomes?|achievements?)(?!\p{L})`,
      String.raw`(?:presented|presents|(?:has|have)\s+presented|gave|set\s+out|summari[sz]ed)\s+(?:the|its|his|her|their|a|an)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:results?|findings|inventory|survey|figures|data|estimates?|overview|analysis|study|assessment|evidence|statistics)(?!\p{L})`,
      String.raw`(?:told|informed|briefed|updated)\s+(?:the\s+)?(?:meeting|members|ministers|committee|council|board|assembly|group|participants|conference|delegates|forum|house|network)(?!\p{L})`,
      String.raw`(?:a|ont)\s+(?:(?:également|aussi|ensuite|d['’]abord)\s+)?(?:entendu|pris\s+(?:note|acte)|not[ée]|examin[ée]|pass[ée]\s+en\s+revue|reconnu|constat[ée]|fait\s+le\s+point)`,
      String.raw`(?:entend|entendent|prend\s+(?:note|acte)|prennent\s+(?:note|acte)|constate|constatent|reconna[iî]t|reconnaissons|reconnaissent|prenons\s+(?:note|acte)|constatons|avons\s+(?:entendu|examin[ée]|pris\s+(?:note|acte)|fait\s+le\s+point|pass[ée]\s+en\s+revue))(?!\p{L})`,
      String.raw`(?:a\s+|ont\s+|avons\s+)?(?:salu[ée]|salue|saluent|saluons|f[ée]licit[ée]|(?:se\s+f[ée]licite(?:nt)?|nous\s+f[ée]licitons|s['’]est\s+f[ée]licit[ée]e?|se\s+sont\s+f[ée]licit[ée]e?s)\s+(?:des|du|de\s+la|de\s+l['’]))\s*(?:le\s+|la\s+|les\s+|l['’])?(?:(?:premiers|premi[èe]res|bons|encourageants)\s+)?(?:travail|travaux|r[ée]sultats|efforts|progr[èe]s|rapport|bilan|contributions?)(?!\p{L})`,
      String.raw`(?:a\s+|ont\s+)?pr[ée]sent(?:[ée]|e|ent)\s+(?:les|le|la|l['’]|un|une|ses|son|sa|leurs?)\s*(?:[\p{L}'’-]+\s+){0,3}?(?:r[ée]sultats|conclusions|chiffres|donn[ée]es|[ée]tude|enqu[êe]te|inventaire|estimations?|relev[ée]s?)(?!\p{L})`,
      String.raw`(?:a|ont)\s+inform[ée]\s+(?:l['’]assembl[ée]e|le\s+conseil|les\s+membres|le\s+comit[ée]|les\s+ministres|les\s+participants|le\s+bureau|la\s+r[ée]union)(?!\p{L})`,
]
/** The opener of a sentence before its verb of hearing or noting (see `FINDING_VERBS`). */
export const FINDING_LEAD = String.raw`${LEAD}(?:(?:also|further|then|first|briefly|formally|warmly|again)\s+)?(?<!(?:to|will|shall|would|may|can|could|must|should|pour|de|d['’])\s)`
const HEARS_FINDING = new RegExp(`${FINDING_LEAD}(?:${FINDING_VERBS.join('|')})`, 'iu')

/**
 * Whether a paragraph only reports what the meeting heard or noted (`HEARS_FINDING`, in its first sentence) and decides nothing: no
 * sentence takes a decision in a verb of its own (`Members noted that installers are short. The Meeting agreed to launch a certificate.`
 * is a point). Context.
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it is context
 */
export function onlyHearsFinding(text: string, reading: Reading, numbered = false): boolean {
  let sentences = splitSentences(withoutFurniture(normaliseSpace(text.slice(0, 1500)), reading)).map(({text: sentence}) => sentence)
  if (sentences.length > 1 && RUN_IN_TITLE.test(sentences[0])) sentences = sentences.slice(1)
  const found = sentences.length > 0 ? (numbered ? HEARS_FROM_OTHERS : HEARS_FINDING).exec(sentences[0]) : null
  if (!found) return false
  // (a question asked after the presentation decides nothing: `Members asked a number of questions about …`; structure47)
  const decidesIn = (sentence: string) => decidesAnything(sentence.replace(ASKS_QUESTIONS, ' '), reading)
  return !decidesIn(sentences[0].slice(found.index + found[0].length)) && sentences.slice(1).every((sentence) => !decidesIn(sentence))
}

/**
 * What a numbered paragraph or a bullet only hears from others (`Delegates were briefed on …`, `We have reviewed the state of …`, `The
 * contractors told the Meeting that …`; `Le bureau a informé l'assemblée que …`): the corpus's numbered texts keep what their meeting
 * noted, recognised or welcomed as a point (`3. Ministers noted that the share of renewables has risen …`, the README's convention),
 * so only these are context there (structure46).
 */
const HEARS_FROM_OTHERS = new RegExp(`${FINDING_LEAD}(?:${[1, 3, 7, 12].map((index) => FINDING_VERBS[index]).join('|')})`, 'iu')
/** A verb of deciding in the present or the first person's future, whatever its case (`AGREES to set up`, `INVITES members to`, `We will support`, `demande aux États`, `nous créerons`). */
const DECIDES_ANY_FORM = /(?<!\p{L})(?:agrees?|decides?|invites?|calls?\s+(?:on|upon|for)|urges?|requests?|instructs?|commits?|resolves?|adopts?|approves?|endorses?|launch(?:es)?|(?:we|they)\s+(?:will|shall)|demande(?:nt)?|invite(?:nt)?|charge(?:nt)?|d[ée]cide(?:nt)?|convien(?:t|nent)|s['’]engage(?:nt)?|nous\s+engageons|appelle(?:nt)?|nous\s+\p{L}+rons)(?!\p{L})/iu

/** Whether a sentence decides in a verb of its own, in any form (`decidesPositively`, `BROAD_DECISION`, `DECIDES_ANY_FORM`). */
function decidesAnything(sentence: string, reading: Reading): boolean {
  return decidesPositively(sentence, reading) || BROAD_DECISION.test(sentence) || DECIDES_ANY_FORM.test(sentence)
}

/**
 * A verb of asking a question, with its question (`Members asked a number of questions about …`, `Mr Hale asked whether …`, `A
 * member asked the Treasurer how …`, `One delegate wondered why …`; `Une adhérente a demandé si …`, `M. Roy a voulu savoir comment …`,
 * `Plusieurs membres ont posé des questions sur …`): `asked` there asks for an answer, not for work (`asked officials to …` decides,
 * and is not matched: no `to`/`de` between the verb and its question word). Structure47, cause family C of round 40.
 */
const ASKS_QUESTION_PARTS = [
  String.raw`(?<!\p{L})(?:asked|asks|raised|put)\s+(?:(?:a\s+(?:number|series|couple)\s+of|several|many|some|a\s+few|two|three|further|detailed)\s+)?questions?(?!\p{L})`,
  String.raw`(?<!\p{L})(?:asked|asks|wondered|queried|enquired|inquired)\s+(?:(?!to\s)[\p{L}'’]+\s+){0,3}?(?:whether|how|why|if|what|when|where|who)(?!\p{L})`,
  String.raw`(?<!\p{L})(?:a|ont)\s+(?:également\s+|aussi\s+|ensuite\s+)?(?:demand[ée]|voulu\s+savoir|cherch[ée]\s+[àa]\s+savoir)\s+(?:(?!de\s|d['’]|[àa]\s)[\p{L}'’]+\s+){0,3}?(?:(?:si|comment|pourquoi|quand|quel(?:le)?s?|o[ùu]|combien)(?!\p{L})|s['’](?=\p{L}))`,
  String.raw`(?<!\p{L})(?:a|ont)\s+(?:également\s+|aussi\s+)?(?:pos[ée]|soulev[ée])\s+(?:une|des|plusieurs|quelques|deux|trois)\s+questions?(?!\p{L})|(?<!\p{L})(?:a|ont)\s+interrog[ée]\s`,
]
const ASKS_QUESTIONS = new RegExp(ASKS_QUESTION_PARTS.join('|'), 'giu')
const ASKS_QUESTION = new RegExp(ASKS_QUESTION_PARTS.join('|'), 'iu')

/**
 * Whether a paragraph only puts a member's question and the answer given (`In questions from the floor, Mr Hale asked whether the fund
 * would cover Scotland. The President replied that it is open to every branch.`, `A further member asked how … The Treasurer answered
 * that …`; `Une adhérente a demandé si … La trésorière a répondu que …`): its first sentence asks (`ASKS_QUESTION`) and no sentence,
 * the question left out, decides anything. The floor's question and its answer are no decision of the meeting (structure47).
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it is context
 */
export function asksAndAnswers(text: string, reading: Reading): boolean {
  const sentences = splitSentences(withoutFurniture(normaliseSpace(text.slice(0, 1500)), reading)).map(({text: sentence}) => sentence)
  if (sentences.length === 0 || sentences.length > 4 || !ASKS_QUESTION.test(sentences[0])) return false
  // (`DECIDES_ANY_FORM` mixes both languages' verbs, `charge` among them: an answer's `no separate charge` is read with this language's verbs)
  return sentences.every((sentence) => {
    const rest = sentence.replace(ASKS_QUESTIONS, ' ')
    return !decidesPositively(rest, reading) && !BROAD_DECISION.test(rest)
  })
}

/**
 * Whether a paragraph only takes a consent agenda: its words before the colon say that items were approved together, in one motion or
 * without debate (`CONSENT_LEAD_IN`), and its items follow the colon or stand below it (`The following items were approved together in one
 * motion, without debate: the auditors' report; the calendar for 2027.`, `Les points suivants sont adoptés en bloc, sans débat : …`). The
 * routine a board takes without debate is no decision the meeting made (structure47; its items standing below are read one by one,
 * `consent-items.ts`).
 * @param text the paragraph, spaces normalised
 * @returns whether it is context
 */
export function takesConsentAgenda(text: string): boolean {
  const colon = text.slice(0, 600).search(/[:：]/u)
  if (colon === -1) return false
  const lead = text.slice(0, colon)
  return CONSENT_LEAD_IN.test(lead) && /(?<!\p{L})(?:approved|adopted|agreed|carried|taken|adopt[ée]e?s|approuv[ée]e?s|vot[ée]e?s)(?!\p{L})/iu.test(lead)
}

/**
 * Whether a paragraph only addresses the text's readers, as a circular or a letter closes (`Any member wishing to comment … should write
 * to me …`, `May I also remind members that the levy falls due …`, `Je vous rappelle que …`): its first sentence, `noteToReaders` (records51).
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 */
export function addressesReaders(text: string, reading: Reading): boolean {
  return Boolean(reading.noteToReaders?.test(text.slice(0, 400)))
}

/**
 * Whether a paragraph is no decision of the meeting: a note to the readers, left undecided, one member's own plan, the minutes' procedure or a conditional
 * prediction. (An officer's report that decides nothing, `The Secretary reported that 41,300 burrows were counted …`, was tried and
 * dropped: round 15's writer keeps `The Secretariat presented its estimate that …` as a point, rounds 25, 28 and 32's leave such
 * paragraphs in the context; no gain on the development set.)
 */
export function isNoDecision(text: string, reading: Reading): boolean {
  return addressesReaders(text, reading) || leftUndecided(text, reading) || membersOwnPlan(text, reading) || recordsProcedure(text, reading) || onlyPredicts(text, reading) || stillPending(text, reading) || asksAndAnswers(text, reading) || takesConsentAgenda(text)
}

/**
 * The opening of a sentence of minutes that narrates what someone said or reported, or what the members discussed, after its subject
 * of up to nine words and an aside set off by commas (`The county surveyor reported that …`, `The youth officer, in a note read by the
 * Clerk, said that …`, `Members discussed the proposal at length.`, `Councillors debated …`; `Le technicien de rivière indique que …`,
 * `La chargée de mission, dans une note lue par le secrétaire, a expliqué que …`, `Les membres ont débattu de …`). Records49, cause of
 * round 43's minutes: any speaker's report, not only an officer's (`OFFICER_REPORT`).
 */
const NARRATES = new RegExp(
  String.raw`^(?:[\p{L}\p{N}'’.()&-]+,?\s+){0,9}?(?:(?:in|at|during|through|by|dans|lors|par|en)\s[^,;:]{1,80},\s+)?(?:(?:also|then|further|briefly|again|aussi|également|ensuite|enfin)\s+)?` +
    String.raw`(?:(?:reported|said|stated|explained|warned|told|described|outlined|summari[sz]ed|recalled|remarked|observed|pointed\s+out|added|confirmed|stressed|underlined|emphasi[sz]ed)\s+(?:that|how|on|the|to|a|an|its|his|her|their|members|what)(?!\p{L})` +
    String.raw`|expressed\s+(?:(?:their|its|his|her|some|deep|grave|serious|strong|broad|general|particular)\s+)?(?:concerns?|support|doubts?|reservations?|regret|satisfaction|views?|appreciation)(?!\p{L})` +
    String.raw`|(?:discussed|debated|considered|exchanged\s+views\s+on|had\s+a\s+(?:long\s+|full\s+|wide-ranging\s+|short\s+|brief\s+)?(?:discussion|debate|exchange))(?!\p{L})` +
    String.raw`|gave\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:update|account|overview|report|summary|presentation)(?!\p{L})` +
    String.raw`|(?:a|ont)\s+(?:(?:également|aussi|ensuite|longuement)\s+)?(?:indiqu[ée]|expliqu[ée]|rappel[ée]|signal[ée]|pr[ée]cis[ée]|soulign[ée]|d[ée]clar[ée]|rendu\s+compte|fait\s+le\s+point|d[ée]battu|discut[ée]|[ée]chang[ée]|[ée]voqu[ée]|expos[ée])(?!\p{L})` +
    String.raw`|(?:indique|indiquent|explique|expliquent|signale|signalent|pr[ée]cise|pr[ée]cisent|rend\s+compte|rendent\s+compte|fait\s+le\s+point|d[ée]bat|d[ée]battent|discute|discutent|[ée]changent|[ée]voque|[ée]voquent|expose|exposent)\s+(?:que|qu['’]|de|des|du|sur|les|le|la|l['’]|longuement)` +
    String.raw`)`,
  'iu',
)

/**
 * Whether a numbered paragraph of minutes only narrates what someone reported or said, or what the members discussed (`NARRATES`, in
 * its first sentence), and no sentence decides in a verb of deciding (`BROAD_DECISION`, `DECIDES_ANY_FORM`; a member's question or
 * request, `asked whether …`, `asked that …`, is no decision of the meeting): the record of the sitting, context (records49). Only asked
 * of a text whose title calls it a record of its sitting (`RECORD_TITLE`), as `onlyHearsFinding` is there.
 * @param text the paragraph, spaces normalised
 * @param reading the patterns of the source's language
 * @returns whether it is context
 */
export function onlyNarrates(text: string, reading: Reading): boolean {
  let sentences = splitSentences(withoutFurniture(normaliseSpace(text.slice(0, 2000)), reading)).map(({text: sentence}) => sentence)
  if (sentences.length > 1 && RUN_IN_TITLE.test(sentences[0])) sentences = sentences.slice(1)
  const found = sentences.length > 0 ? NARRATES.exec(sentences[0]) : null
  if (!found) return false
  const decides = (sentence: string) => {
    const rest = sentence.replace(ASKS_QUESTIONS, ' ')
    return BROAD_DECISION.test(rest) || DECIDES_ANY_FORM.test(rest)
  }
  return !decides(sentences[0].slice(found.index + found[0].length)) && sentences.slice(1).every((sentence) => !decides(sentence))
}

/**
 * The label a record writes before what was resolved, with its colon or comma (`RESOLVED: That …`, `Resolved, that …`, `AGREED: that …`,
 * `DÉCIDÉ : Que …`, `Il est résolu : que …`, `RÉSOLU : De …`): the mark of the item's resolution, not a word of it (records50).
 */
export const RESOLUTION_LABEL = /^(?:(?:it\s+was\s+)?resolved|agreed|decided|(?:il\s+est\s+)?(?:r[ée]solu|d[ée]cid[ée])|d[ée]cision)\s?[,:—–-]\s*(?=(?:that|que|de|to)(?!\p{L})|qu['’]|d['’])/iu

/**
 * A resolution that only takes note of what the meeting was given (`That the report be noted.`, `that the update be received and noted`,
 * `That the Committee note the report.`, `Que le rapport soit reçu.`, `De prendre acte du bilan.`): it decides nothing (records50).
 */
const ONLY_NOTES = new RegExp(
  [
    String.raw`^that\s+(?:the|this|these|its)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:report|update|information|presentation|statement|accounts|briefing|summary|paper|figures|minutes\s+of\s+[^.;]{1,60}?)(?:\s+(?:of|on|from|by)\s+(?:the\s+)?[\p{L}'’ -]{1,60}?)?\s+(?:be|is|are)\s+(?:received|noted|accepted)(?:\s+and\s+(?:noted|received|accepted))?(?:\s+for\s+information)?\s*\.?$`,
    String.raw`^(?:that\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}?)?(?:to\s+)?(?:note|notes|receive)\s+(?:the|this|its)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:report|update|information|presentation|statement|briefing|summary|paper|figures)(?:\s+(?:of|on|from|by)\s+(?:the\s+)?[\p{L}'’ -]{1,60}?)?(?:\s+for\s+information)?\s*\.?$`,
    String.raw`^(?:que|qu['’])\s*(?:le|la|les|ce|cette|l['’])\s*(?:[\p{L}'’-]+\s+){0,3}?(?:rapport|bilan|compte\s+rendu|information|pr[ée]sentation|mise\s+[àa]\s+jour|[ée]tat|r[ée]sum[ée]|note|synth[èe]se)(?:\s+(?:du|de\s+la|de\s+l['’]|des|sur)\s*[\p{L}'’ -]{1,60}?)?\s+(?:soit|soient)\s+(?:re[çc]ue?s?|not[ée]e?s?|d[ée]pos[ée]e?s?)(?:\s+(?:et\s+)?(?:re[çc]ue?s?|not[ée]e?s?))?(?:\s+pour\s+information)?\s*\.?$`,
    String.raw`^(?:(?:que|qu['’])\s*(?:le|la|l['’])\s*(?:[\p{L}'’-]+\s+){1,3}?)?(?:de\s+)?(?:prend(?:re)?|prenne)\s+acte\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:[\p{L}'’-]+\s+){0,3}?(?:rapport|bilan|compte\s+rendu|information|pr[ée]sentation|mise\s+[àa]\s+jour|[ée]tat)(?:\s+(?:du|de\s+la|de\s+l['’]|des|sur)\s*[\p{L}'’ -]{1,60}?)?\s*\.?$`,
  ].join('|'),
  'iu',
)

/**
 * Whether a paragraph is a record's resolution (`RESOLUTION_LABEL`) that only takes note of a report, or confirms the minutes of the
 * last meeting (`RESOLVED: That the report be noted.`, `RÉSOLU : De prendre acte du rapport.`, `RESOLVED: That the minutes of the
 * meeting held on … be confirmed …`): no decision of the meeting (records50).
 * @param text the paragraph, spaces normalised
 * @returns whether it only notes
 */
export function resolvesOnlyToNote(text: string): boolean {
  const label = RESOLUTION_LABEL.exec(text)
  if (!label) return false
  const rest = text.slice(label[0].length).trim()
  return ONLY_NOTES.test(rest) || PROCEDURE.test(rest)
}

/**
 * A line that gives what was recommended or proposed to the meeting before it resolved (`Officer's recommendation: That …`,
 * `Recommendation of the Director: …`, `Staff proposal: …`, `Recommandation du service : Que …`, `Proposition du bureau : …`,
 * `Projet de résolution : …`): what the meeting was asked, which its resolution below settles (records50).
 */
export const RECOMMENDATION_LINE = /^(?:(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?)?(?:recommendations?|proposals?|motion\s+as\s+tabled)(?:\s+of\s+(?:the\s+)?[^:]{1,40}?)?\s?:\s|^(?:recommandations?|propositions?|projet\s+de\s+(?:r[ée]solution|d[ée]lib[ée]ration|d[ée]cision))(?:\s+(?:du|de\s+la|de\s+l['’]|des)\s*[^:]{1,40}?)?\s?:\s/iu
