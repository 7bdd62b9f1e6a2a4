/**
 * Who a meeting asks for something is not what it asks for (titles50): `agreed to ask the state government for a freight
 * subsidy` is about the subsidy, `demander à la chambre d'agriculture un suivi mensuel des nitrates` about the monitoring.
 * Before a point's title is made from its sentence, the party asked is left out of it (`ask for a freight subsidy`,
 * `demander un suivi mensuel …`), so that the thing asked for stands as the verb's object.
 */

/**
 * English: a verb of asking, the party asked (one to seven words, none of them a word that opens a clause or a purpose:
 * `to`, `that`, `whether`, `for`), then `for` and what is asked for (`asked the Board for a review`, `will petition
 * ministers for extra funding`, `applied to the lottery fund for a grant`).
 */
const ENGLISH_ASKED = /\b(ask|asks|asked|asking|request|requests|requested|requesting|petition|petitions|petitioned|petitioning|(?:apply|applies|applied|applying)\s+to)\s+((?:(?!(?:to|that|whether|if|for|and|or|about|on|with)\b)[\p{L}\p{M}\p{N}'’.&-]+\s+){1,7}?)for\s+(?=\p{L})/iu

/**
 * French: a verb of asking (`demander`, `solliciter`, `réclamer`, any tense), `à`/`au`/`aux` and the party asked (one to seven
 * words, none of them a word that opens a clause or a purpose, nor `de`/`d'` before an infinitive: `demander à l'État d'intervenir`
 * asks for an act, which the infinitive names), then an article and what is asked for.
 */
const FRENCH_ASKED = /(?<![\p{L}\p{M}])((?:demand|sollicit|r[ée]clam)(?:er|e|es|ent|ons|ez|é|ée|és|ées|era|erons|eront|erait|eraient|ait|aient))\s+(?:à\s+|au\s+|aux\s+|auprès\s+(?:de\s+|du\s+|des\s+|d['’]))((?:(?!de\s+[\p{L}\p{M}]+(?:er|ir|oir|dre|tre|ire)(?![\p{L}\p{M}]))(?!(?:que|qu['’]|si|pour|afin|auprès|avant|dans|sur|en|par|à|au|aux|et|ou)(?![\p{L}\p{M}]))(?![dD]['’][\p{L}\p{M}]+(?:er|ir|oir|dre|tre|ire)(?![\p{L}\p{M}]))[\p{L}\p{M}\p{N}'’.-]+\s+){1,7}?)(?<!\sde\s)(?=(?:un|une|des|le|la|les)\s+\p{L}|l['’]\p{L})/iu

/**
 * The sentence without the party a verb of asking names before what is asked for, in English or French; else the sentence.
 * @param sentence the sentence a point's title is made from
 * @returns the sentence, the party asked left out
 */
export function withoutAskedParty(sentence: string): string {
  const english = ENGLISH_ASKED.exec(sentence)
  // (not when a verb follows what comes after `for`: `ask governments drafting rules for plastic packaging to reserve …` asks them to act)
  const asked = english && !ENGLISH_ACT_AFTER.test(sentence.slice(english.index + english[0].length)) ? `${sentence.slice(0, english.index)}${english[1].replace(/\s+to$/i, '')} for ${sentence.slice(english.index + english[0].length)}` : sentence
  const french = FRENCH_ASKED.exec(asked)
  // (nor when an infinitive follows the article: `demander à l'Office national des forêts d'entretenir …`, whose `des` was no article)
  return french && !FRENCH_ACT_AFTER.test(asked.slice(french.index + french[0].length)) ? `${asked.slice(0, french.index)}${french[1]} ${asked.slice(french.index + french[0].length)}` : asked
}

/** An infinitive a few words after what seemed to be asked for (`… for plastic packaging to reserve …`). */
const ENGLISH_ACT_AFTER = /^(?:[^\s,;.]+\s+){0,7}?to\s+\p{Ll}/u
/** An infinitive a few words after what seemed to be asked for (`des forêts d'entretenir …`, `… de financer …`). */
const FRENCH_ACT_AFTER = /^(?:[^\s,;.]+\s+){0,4}?(?:de\s+|d['’])[\p{L}\p{M}]+(?:er|ir|oir|dre|tre|ire)(?![\p{L}\p{M}])/iu
