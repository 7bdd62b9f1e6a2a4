import type {TitlePatterns} from './language.js'
import {MAX_NAME_WORDS, MAX_TITLE_WORDS} from './point-title.js'

/** An opening phrase before the subject (`Dans le cadre du Plan, …`): starts with one of these and ends at a comma. */
/** Prepositions at which a named body's support may be cut before what it is for (`Banque mondiale | pour la réforme`). */
const BACKING_ENDS = /^(?:pour|à|au|aux|sur|dans|en|contre)$/iu
const OPENING_PHRASE = /^(?:dans|sur|en|pour|afin|à|au|aux|avec|par|lors|après|depuis|d['’]ici|conformément|face|outre|parallèlement|enfin|par\s+ailleurs)(?!\p{L})[^,]{0,120},\s*/iu
/** A short phrase without a verb, closed by a comma, before a subject with its article (`présidente de la commission, le bureau …`). */
const APPOSITION = /^(?!(?:le|la|les|l['’]|un|une)(?!\p{L}))(?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+,\s*(?=(?:le|la|les|l['’])\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?\s+(?:a|ont|est|sont|va|vont|\p{L}+(?:era|eront|ira|iront))\s)/iu
/** An amount at the start of an object (`45 millions de`, `1,8 milliard de dollars de`): not what the point is about. */
const LEADING_AMOUNT = /^(?:(?:environ|près\s+de|plus\s+de|quelque|au\s+moins)\s+)?[\d\s\u00A0\u202F,.]*\d\s*(?:%|millions?|milliards?|M€|Md€|k€|€|\$)?\s*(?:d['’]\s?euros|de\s+dollars|de\s+francs|euros|dollars|francs)?(?:\s+CFA)?\s*(?:en\s+(?:19|20)\d\d\s+(?=(?:à|au|aux|pour)\s))?(?:de\s+|d['’]\s?(?!ici(?!\p{L}))|(?:à|au|aux|pour)\s+)?/iu
/**
 * An aside between commas right after a verb (`décidé d'interdire, à partir de 2027, les rejets …`,
 * `adopté, à l'unanimité, un plan …`): it says when or how, and stands between the verb and its object.
 */
const VERB_ASIDE = /(?<=\p{L}(?:er|ir|re|é|ée|és|ées|i|is|u|us|it|ra|ront|ent)),\s(?:à|au|aux|en|dans|d['’]ici|dès|avant|après|lors|sous|par|pour|avec|sans|entre|jusqu['’]|cette|chaque|également|notamment|enfin|aussi)(?!\p{L})[^,.;]{0,80},\s/u
/**
 * A time or a duration at the start of an object, after its verb (`prolonger de trois ans le
 * programme`, `élaborer d'ici juin 2026 un plan`, `lancer dès 2026 une plateforme`, `achever d'ici à la fin de 2027
 * l'équipement`, `d'ici au 30 juin 2026`): not what the point is about.
 */
const TIME_ASIDE = /^(?:(?:de|pour|sur)\s+(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques)\s+(?:ans?|ann[ée]es?|mois|semaines|jours)|(?:d['’]ici(?:\s+(?:à|au))?|dès|avant|après|en|au\s+cours\s+de|à\s+partir\s+de)\s+(?:(?:la\s+)?fin\s+(?:de\s+|d['’])?(?:l['’]\s*ann[ée]e\s+)?)?(?:\d{1,2}(?:er)?\s+)?(?:(?:la\s+)?[\p{L}]+\s+)?(?:19|20)\d\d)\s*,?\s+(?=\S)/iu
/**
 * A time named by a season, a campaign or a year to come, before the object (`proposera d'ici à la prochaine saison un guide`,
 * `publiera avant la fin de l'année un annuaire`, `lancera dès la rentrée prochaine une campagne`, `ouvrira l'an prochain un centre`): when, not what.
 */
const SEASON_ASIDE = /^(?:(?:d['’]ici(?:\s+(?:à|au))?|dès|avant|après|pour|pendant|au\s+cours\s+de)\s+)?(?:(?:la\s+)?fin\s+(?:de\s+|d['’]\s*))?(?:la\s+|le\s+|l['’]\s*|cette\s+|ce\s+|cet\s+)(?:prochaine?\s+)?(?:saison|campagne|ann[ée]e|an|été|hiver|printemps|automne|rentrée|session|récolte|vendange|semestre|trimestre)(?:\s+(?:prochaine?|suivante?|à\s+venir))?\s*,?\s+(?=(?:un|une|le|la|les|l['’]|des|du|leurs?|ses|son|sa)(?!\p{L}))/iu
/** A time at the end of a phrase (`exploitations l'hiver dernier`, `récoltes de cette année`, `ventes de l'an passé`): when, not what. */
const TIME_TAIL = /\s+(?:(?:de|d['’]|du|pendant|durant)\s*)?(?:l['’]\s*|la\s+|le\s+|cette\s+|cet\s+|ce\s+)(?:saison|campagne|ann[ée]e|an|été|hiver|printemps|automne|mois|semaine)(?:\s+(?:derni(?:er|ère)|pass(?:é|ée)|prochaine?|précédente?|en\s+cours))?$/iu
/**
 * A date at the end of a phrase (`électricité à partir de janvier 2027`, `registre des bateaux dès 2027`, `plan d'ici à la fin de
 * 2030`, `inventaire avant juin 2028`): when, not what; it ends on a year.
 */
const DATE_TAIL = /\s+(?:à\s+partir\s+(?:de\s+|du\s+|d['’]\s*)|dès\s+|d['’]ici\s*(?:(?:à|au)\s+)?|avant\s+|après\s+|jusqu['’]\s*(?:à|au|en)\s+|depuis\s+|au\s+cours\s+(?:de\s+|du\s+|d['’]\s*))(?:(?:le|la|l['’])\s*)?(?:(?:début|fin|mi|milieu)(?:\s+|-)(?:(?:de|d['’])\s*)?(?:l['’]\s*ann[ée]e\s+)?)?(?:\d{1,2}(?:er)?\s+)?(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|l['’]\s*ann[ée]e|la\s+saison|l['’]\s*été|l['’]\s*hiver|l['’]\s*automne|le\s+printemps)\s+)?(?:19|20)\d\d$/iu
/**
 * A time that opens a sentence before its subject, with its comma (`Chaque premier dimanche de juin, …`, `Le dernier samedi de
 * novembre, …`, `Tous les deux ans, …`, `Dès la prochaine foire, …`, `Cet automne, …`): when, not what the point is about.
 */
const OPENING_TIME = /^(?:(?:chaque|tous\s+les|toutes\s+les|le|la|les|l['’]\s*|ce|cet|cette|dès\s+(?:le|la|les|l['’]\s*|ce|cet|cette))\s*(?:(?:deux|trois|quatre|cinq|six|premier|première|premiers|premières|deuxième|deuxièmes|second|seconde|troisième|troisièmes|quatrième|dernier|dernière|derniers|dernières|prochaine?|prochaines?)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|semaine|jour|mois|an|année|printemps|été|automne|hiver|rentrée|saison|campagne|foire|fête|édition|récolte|vendange)s?(?:\s+(?:de|du|d['’])\s*(?:chaque\s+|la\s+|l['’]\s*)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|mois|année|saison|campagne|printemps|été|automne|hiver))?(?:\s+(?:prochaine?|suivante?))?)\s*,\s*(?=\p{L})/iu

/**
 * A thing made to carry a mark (`chaque figurine vendue … portera une estampille`, `les fûts … porteront désormais un
 * marquage`, `chaque sac devra porter une étiquette`, `les boîtes afficheront le logo`): the subject (group 1), opening on an
 * article or `chaque`, then a verb of carrying in the future, after `devoir`, or in the present with `désormais` or
 * `obligatoirement`, then the mark with its article (group 2).
 */
const CARRIED_MARK = /^((?:chaque|tous\s+les|toutes\s+les|les|le|la|l['’])\s*[^,;:]{2,160}?)\s+(?:(?:porter|arborer|afficher|comporter)(?:a|ont)|(?:devra|devront|doit|doivent)\s+(?:(?:désormais|dorénavant|obligatoirement|toujours)\s+)?(?:porter|arborer|afficher|comporter)|(?:porte|portent|arbore|arborent|affiche|affichent|comporte|comportent)(?=\s+(?:désormais|dorénavant|obligatoirement)))(?!\p{L})\s+(?:(?:désormais|dorénavant|obligatoirement|toujours|également|aussi)\s+)?((?:un|une|le|la|les|l['’]|des|leur|leurs|son|sa|ses)(?!\p{L})\s*.+)$/iu

/**
 * A sentence that names an amount first and says what it is after `c'est`, `voilà`, `tel est` (`1,20 euro la botte, c'est le prix
 * plancher …`, `Huit euros la pièce : c'est le prix minimum …`): the article (group 1) and the unit the amount is counted by (group 2)
 * when it has one, then what it is (group 3).
 */
const CLEFT = /^(?:[^,:;]|(?<=\d)[,.](?=\d)){1,80}?(?:\s(le|la|l['’])\s*([\p{L}-]+))?\s*[,:]\s*(?:c['’]est|voilà|tel(?:le)?\s+est)\s+((?:le|la|les|l['’]|un|une)(?!\p{L})\s*.+)$/iu

/**
 * A decision that makes one thing of others or gives a thing a status: a verb of merging (`fusionner`, `regrouper`, `réunir`,
 * `relier`, `rassembler`; not `transformer`, `convertir`, which keep what they change) then `en un`/`en une` (`seul`, `unique` left out), or a verb of
 * registering (`enregistrer`, `déposer`, `inscrire`, `classer`, `reconnaître`, `désigner`) then `comme` or `en tant que` with
 * an article; what is made (group 1), in the verb's clause.
 */
const MADE_INTO = /(?<!\p{L})(?:(?:fusionn|regroup|réuni|reli|rassembl)\p{L}*\s+[^,;:.]{3,120}?\s+en\s+(?:un|une)\s+(?:(?:seul|seule|unique)\s+)?|(?:enregistr|dépos|inscri|class|reconn|désign)\p{L}*\s+[^,;:.]{3,80}?\s+(?:comme|en\s+tant\s+que)\s+(?:un|une)\s+)(\p{Ll}.*)$/u

/** A relative pronoun that ends the words before a verb: the verb is the relative clause's, not the sentence's. */
const RELATIVE_END = /(?:^|[\s,])(?:qui|que|qu['’]|dont|lesquels|lesquelles)\s*$/iu
/** A sentence that opens on what a passive makes (`Une convention sera signée`, `Un accord a été conclu`), and with whom (`avec la gendarmerie`). */
const PASSIVE_START = /^((?:une?|le|la|les|l['’])\s*[^,;:]{1,60}?)\s+(?:sera|seront|est|sont|a\s+été|ont\s+été)\s+\p{L}+(?:é|ée|és|ées|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes)(?!\p{L})(?:\s+avec\s+((?:les|le|la|l['’])\s*[^,;:]{1,60}?)(?=\s+(?:pour|afin|dès|d['’]ici|avant|qui|et)(?!\p{L})|[,;.]|$))?/iu
/** A place before the object, after its verb (`créer à Douala un laboratoire`, `ouvrir au Sénégal une antenne`; the `à` may be gone with the verb): where is not what. */
const PLACE_ASIDE = /^(?:(?:à|au|aux|en)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*,?\s+(?=(?:un|une|le|la|les|des|du|leurs?)\s|l['’])|\p{Lu}[\p{L}'’-]*\s+(?=(?:un|une)\s))/u
/** A subject of two parties joined by `et`, each with its article and at most three words (`La Région et la filière`, `Les exportateurs et l'État`). */
const PAIR_SUBJECT = /^(?:les|le|la|l['’])\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s+et\s+(?:les|le|la|l['’])\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s*$/iu
/** A verb in the passive (`sont interdites`, `a été fixé`): its subject is what is done, not who acts. */
const PASSIVE_VERB = /^(?:est|sont|a\s+été|ont\s+été)\s/iu
/** Words that open a complement a verb may put before its object (`fixé à 2 800 Ar le kilo le prix`, `avancer au 20 novembre l'ouverture`, `ouvriront dès la rentrée un créneau`). */
const FRONT_OPENER = /^(?:à|au|aux|dès|jusqu['’](?:à|au|aux)|d['’]ici)$/iu
/** A month or a season without its year before the object (`ouvrira en mars un atelier`, `lancera dès février une campagne`): when, not what. */
const MONTH_ASIDE = /^(?:en|dès|début|fin|courant|à\s+partir\s+de|d['’]ici)\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|été|automne|hiver)\s*,?\s+(?=(?:un|une|le|la|les|des|du|leurs?)(?!\p{L})|l['’])/iu
/** An infinitive after the opener (`à financer l'achat`): its object follows, no complement. */
const INFINITIVE_AFTER = /^(?!(?:janvier|février|septembre|octobre|novembre|décembre)$)\p{Ll}+(?:er|ir|re)$/u
/** An article that may open the verb's object (`des` and `du` are left out: after a noun they are `de` and an article, a complement). */
const OBJECT_ARTICLE = /^(?:le|la|les|un|une|l['’](?=\p{L}))/iu
/** Words after which an article belongs to the complement itself (`à un inventoriste`, `dès la rentrée`, `à 18 euros par an`). */
const INSIDE_COMPLEMENT = /^(?:de|d['’]|à|au|aux|en|par|pour|sur|dans|avec|sans|et|ou|entre|chez|vers|dès|le|la|les|un|une|des|du)$|['’]$/iu
/** A clause or a stop inside the complement: no object follows it there. */
const NOT_FRONTED = /^(?:que|qu['’].*|qui|dont|ce|où)$|[,;:.]$/iu
/** What an amount is counted by (`2 800 Ar le kilo`, `40 euros la tonne`, `15 euros l'heure`) and when (`le 12 mars`, `la semaine prochaine`): no object. */
const NOT_OBJECT_AFTER = /^(?:\d.*|kilos?|kilogrammes?|kg|tonnes?|litres?|hectares?|mètres?|unités?|pièces?|têtes?|places?|nuits?|nuitées?|heures?|jours?|mois|ans?|années?|semaines?|séances?|repas|lendemain|veille|matin|soir|week-end|prochaine?|dernière?|suivante?|plus|moins|mieux|même|mêmes|autres?)$/iu

/**
 * The verb's object when the verb puts a short complement before it, as French may (`fixé à 2 800 Ar le kilo le prix plancher`,
 * `avancer au 20 novembre l'ouverture de la campagne`, `lancera au printemps un festival`, `confier à un inventoriste l'état des
 * orgues`, `porté à 18 euros par an la cotisation`): the object starts at the first article that follows a word of the complement
 * that is no preposition nor article (a noun, a number, a month), within six words; an article after `de` or `à` is the
 * complement's own (`contribuer à la construction de la digue` stays whole), and so is one that counts or dates (`le kilo`, `le 12 mars`), and a superlative (`aux communes les plus touchées une aide`).
 * @param rest the words after the verb
 * @returns the words from the object on, or `rest` when they hold no such complement
 */
export function pastFrontedComplement(rest: string): string {
  const tokens = rest.split(' ')
  if (!FRONT_OPENER.test(tokens[0] ?? '') || INFINITIVE_AFTER.test(tokens[1] ?? '')) return rest
  for (let i = 1; i < Math.min(tokens.length - 1, 7); i++) {
    const previous = tokens[i - 1]
    if (NOT_FRONTED.test(previous)) return rest
    const article = OBJECT_ARTICLE.exec(tokens[i])
    if (!article || INSIDE_COMPLEMENT.test(previous)) continue
    const next = article[0].length < tokens[i].length ? tokens[i].slice(article[0].length) : tokens[i + 1]
    if (NOT_OBJECT_AFTER.test(next.replace(/[,;:.]$/, ''))) continue
    return tokens.slice(i).join(' ')
  }
  return rest
}
/** `rendre obligatoire le port du casque`: the quality given, then the object it is given to (after a verb of `qualityVerbs`). */
const MADE_SO = /^(\p{Ll}[\p{L}-]+)\s+(?=(?:le|la|les|l['’]|un|une|des|du|leurs?)(?!\p{L}))/u
/**
 * A clause between commas right after a short subject (`Les ministres, qui avaient salué le rapport,
 * ont décidé …`, `Le Conseil, réuni en session extraordinaire, a adopté …`, `Une étude, confiée au
 * secrétariat, sur …`): its verb is not the main one.
 */
const SUBJECT_ASIDE = /^((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+),\s(?:qui|dont|lesquels|lesquelles|réunie?s?|après\s+avoir|avant\s+de|conformément|sous|lors|\p{L}{2,}(?:é|ée|és|ées)(?=\s+(?:à|au|aux|par|de|d['’]|du|des|sous)(?!\p{L})))(?!\p{L})[^,.;]{0,150},\s(?=\p{Ll})/u
/** A time at the start of an object (`chaque mois un bulletin`), with an aside between commas after it (`chaque semaine, par SMS, les prix`): not what the point is about. */
/** French auxiliaries: a participle after one is a verb of the clause, not an aside (`ont, en outre, chargé le secrétariat de …`). */
const AUXILIARY = /(?<!\p{L})(?:ont|a|avons|ai|est|sont|été)(?!\p{L})/iu
/** A locution between an auxiliary and its participle (`a de son côté décidé`, `ont pour leur part adopté`): it says whose turn, not what. */
const AUXILIARY_ASIDE = /(?<=(?:^|\s)(?:a|ont|avait|avaient))\s*,?\s*(?:de\s+(?:son|leur)\s+côté|pour\s+(?:sa|leur)\s+part|quant\s+à\s+(?:lui|elle|eux|elles)|à\s+son\s+tour|à\s+leur\s+tour)\s*,?\s+(?=\p{Ll})/iu
const LEADING_TIME = /^(?:chaque|tous\s+les|toutes\s+les)\s+(?:ann[ée]es?|mois|semaines?|jours?|ans)(?:\s*,\s*[^,.;]{1,60},)?\s+/iu

/** Heads of a record or a survey that covers the things of a set one by one (`inventaire de chaque pont`, `registre de chaque réparation`). */
const COVERING_HEADS = /^(?:inventaire|inventaires|registre|registres|recensement|relevé|relevés|carte|cartes|liste|listes|répertoire|fichier|cartographie|audit|enquête)$/

/**
 * A point's title made by patterns, for a language the English tagger does not read: the object of
 * the main verb when the subject names who acted (`Les ministres ont décidé d'étendre la
 * chimioprévention saisonnière …` → `Chimioprévention saisonnière`; `Les gouverneurs lancent un
 * programme …`; `Le Réseau mettra en place un programme …`), past words that only lead to it
 * (`pris note du`, `mettre en place`, `la création d'un`) or a person asked to act (`recommandera aux
 * États membres de publier …`), else the subject; what was found (`ont constaté que …`) is titled
 * by its own clause. A verb of change is named with its object (`décidé de supprimer les droits de
 * douane` → `Suppression des droits de douane`). At most seven words, without amounts, articles or a
 * trailing preposition; a generic head keeps its complement (`Règles communes pour la pêche
 * artisanale`), a name stays whole (`Agenda de Lausanne pour la science ouverte`), a document its
 * number (`Résolution n° 12`). Who acted is never the title unless the point is about who belongs;
 * an election is titled by its office (`Présidence du Comité`), a topic named first by itself
 * (`S'agissant des médicaments, …` → `Médicaments`).
 * @param sentence the point's first sentence
 * @param patterns the language's title patterns
 * @param depth how many clauses deep this is (a clause after `que` is read once, not again)
 * @returns the title in sentence case, or `undefined`
 */
export function patternTitle(sentence: string, patterns: TitlePatterns, depth = 0): string | undefined {
  let text = sentence.slice(0, 400).replace(/[«»“”"]/g, ' ').replace(/\s+/g, ' ').trim()
  // `S'agissant des médicaments, les ministres …`: a topic the point names first is its title, when it is a short noun phrase
  const topic = depth === 0 ? patterns.topicLead?.exec(text.replace(patterns.leadingWords ?? /^$/, '')) : null
  const named = topic ? nounPhrase(topic[1], patterns) : undefined
  if (named && words(named).length <= MAX_TITLE_WORDS && words(named).length === words(topic![1].replace(/^(?:(?:le|la|les|l['’]|des|du|de)\s*)+/iu, '')).length) return quoted(named, sentence).replace(/^\p{Ll}/u, (c) => c.toUpperCase())
  // words and phrases before the subject, in any order (`Ici, à la fin des travaux, les délégations …`)
  for (let pass = 0; pass < 3; pass++) {
    const before = text
    if (patterns.leadingWords) text = text.replace(patterns.leadingWords, '')
    text = text.replace(OPENING_PHRASE, '').replace(OPENING_TIME, '')
    // (`Sur la proposition de Mme Durand, présidente de la commission, le bureau …`: who a name opening the sentence is, said again, is no subject)
    if (text !== before && /\p{Lu}[\p{L}-]*,\s*$/u.test(before.slice(0, before.length - text.length))) text = text.replace(APPOSITION, '')
    if (text === before) break
  }
  text = text.replace(VERB_ASIDE, ' ').replace(SUBJECT_ASIDE, '$1 ').replace(AUXILIARY_ASIDE, ' ')
  // `fusionner les trois séchoirs en un seul centre de séchage`, `enregistrer le santon comme marque collective`: what is made is the title
  const into = depth === 0 ? MADE_INTO.exec(text) : null
  const result = into ? nounPhrase(into[1], patterns, true) : undefined
  if (result && !patterns.actors.has(headOf(result, patterns) ?? '') && !/^\p{Lu}/u.test(result)) return quoted(result, sentence).replace(/^\p{Ll}/u, (c) => c.toUpperCase())
  // `1,20 euro la botte, c'est le prix plancher en dessous duquel …`, `Huit euros la pièce : voilà le prix minimum`: what the amount
  // is, named after `c'est`, with the unit it is counted by (“Prix plancher de la botte”)
  const cleft = depth === 0 ? CLEFT.exec(text) : null
  const what = cleft ? nounPhrase(cleft[3], patterns, true) : undefined
  if (cleft && what && !patterns.actors.has(headOf(what, patterns) ?? '')) {
    const unit = cleft[2] ? `${/^le$/i.test(cleft[1]) ? 'du' : `de ${cleft[1].toLowerCase()}`}${/['’]$/.test(cleft[1]) ? '' : ' '}${cleft[2]}` : ''
    const title = unit && words(`${what} ${unit}`).filter((w) => !/['’]$/.test(w)).length <= MAX_TITLE_WORDS ? `${what} ${unit}` : what
    return quoted(title, sentence).replace(/^\p{Ll}/u, (c) => c.toUpperCase())
  }
  // `chaque figurine vendue … portera une estampille numérotée`, `les fûts … porteront désormais un marquage`: what a thing must carry is the title
  const carried = CARRIED_MARK.exec(text)
  const carrier = carried ? headOf(carried[1], patterns) : undefined
  const mark = carried && carrier && !patterns.actors.has(carrier) ? nounPhrase(carried[2], patterns, true) : undefined
  if (mark && !patterns.actors.has(headOf(mark, patterns) ?? '')) return quoted(mark, sentence).replace(/^\p{Ll}/u, (c) => c.toUpperCase())
  const office = officeTitle(text, patterns)
  if (office) return office
  // (`un observatoire, chargé de recenser …`: a participle set off by a comma after a noun, with no verb before it, says what the noun is for; no one is asked)
  const asked = patterns.askThenObject.exec(text)
  const ask = asked && /,\s*$/.test(text.slice(0, asked.index)) && !AUXILIARY.test(text.slice(0, asked.index)) ? null : asked
  let verb = patterns.verbThenObject.exec(text)
  let present = patterns.presentThenObject?.exec(text) ?? null
  // (`excellent`, `urgent`: an adjective in -ent is no verb)
  if (present && NOT_PRESENT.test(present[0].slice(present[1].length).split(/\s/)[0] ?? '')) present = null
  // the main verb is the first one: `les délais de paiement pénalisent …, et se sont engagés …` is about the delays
  if (verb && present && present[1].length < verb.index) verb = null
  let made = false
  const object = (rest: string, infinitive?: string) => {
    made = true
    // (`fixé à 2 800 Ar le kilo le prix plancher`, `confier à un inventoriste l'état des orgues`: a complement before the object is not what)
    // (… also after an adverb: `proposera enfin dès janvier une bourse`, `ouvrira aussi au printemps un atelier`)
    rest = pastFrontedComplement(rest.replace(OBJECT_ADVERBS, '').replace(MONTH_ASIDE, ''))
    // (`verseront chacun 2 millions …`, `présenteront ensemble un plan …`: how they act is not what)
    rest = rest.replace(OBJECT_ADVERBS, '')
    // (`financera à hauteur de 30 millions d'euros, sur cinq ans, l'équipement …`: how much is not what)
    rest = rest.replace(UP_TO_AMOUNT, '').replace(TIME_ASIDE, '').replace(SEASON_ASIDE, '')
    // `ont constaté que les délais de paiement pénalisent …`: what was found is titled by its clause
    const clause = /^(?:que|qu['’])\s*(.+)$/iu.exec(rest)
    if (clause && depth < 2) return patternTitle(clause[1], patterns, depth + 1)
    // `Il a été décidé de prolonger …`: the decision's infinitive names it, as after the verb
    const decided = /^(?:été\s+)?(?:décidé|convenu|résolu|proposé)\s+(?:de|d['’])\s*(\p{L}+(?:er|ir|re))\s+/iu.exec(rest)
    if (decided) {
      infinitive = decided[1]
      rest = rest.slice(decided[0].length)
    }
    // (`prolonger de trois ans le programme`, `élaborer d'ici juin 2026 un plan`: when is not what)
    rest = rest.replace(TIME_ASIDE, '').replace(SEASON_ASIDE, '')
    // (`leur engagement en faveur de la mise en œuvre du Plan`: one lead after another)
    for (let lead = 0; lead < 3; lead++) {
      // (`se sont félicités de l'entrée en service du …`: the `de` a verb governs is not part of its object)
      // (… and the `sur` of `insisté sur la nécessité de`)
      if (lead === 0) rest = rest.replace(/^(?:(?:de|d['’])\s*(?=la\s|l['’])|sur\s+(?=(?:la|le|les|l['’]|un|une|des)(?!\p{L})))/iu, '')
      // (`ont salué l'appui de l'Union européenne, d'un montant de …`: the support of a named body is what the point is about, not the name alone)
      const backer = lead === 0 && !infinitive ? patterns.backedBy?.exec(rest) : null
      const backing = backer ? nounPhrase(rest.slice(backer[0].length), patterns, true) : undefined
      if (backer && backing && /^\p{Lu}/u.test(backing)) {
        // (the name without what the support is for when both are too long: `le soutien de la Banque mondiale pour la réforme …`)
        const named = backing.split(' ')
        for (let end = named.length; end > 0; end--) {
          // (… or before what it commits to do: `la Banque africaine de développement | de mobiliser 60 millions`)
          if (end < named.length && !BACKING_ENDS.test(named[end]) && !(/^(?:de|d['’])$/iu.test(named[end]) && /\p{L}(?:er|ir|re)$/u.test(named[end + 1] ?? ''))) continue
          const title = `${backer[1]} ${backer[2].replace(/\s+/g, ' ')}${named.slice(0, end).join(' ')}`
          if (words(title).filter((w) => !/['’]$/.test(w)).length <= MAX_TITLE_WORDS) return title.replace(/^\p{Ll}/u, (c) => c.toUpperCase())
        }
      }
      if (patterns.lightLead) rest = rest.replace(patterns.lightLead, '')
      if (patterns.makingLead) rest = rest.replace(patterns.makingLead, '')
    }
    // `leur volonté de lutter contre le travail des enfants`: an infinitive after a lead, and the preposition it takes
    const doing = /^(?:de|d['’]|à)\s*(\p{L}+(?:er|ir|re))\s+(?:(contre|pour|sur|en\s+faveur\s+(?:de|du|des)|à|au|aux)\s+)?(?=\S)/iu.exec(rest)
    let governed: string | undefined
    // (`ont décidé de lutter contre …`: the infinitive came with the verb, its preposition opens the object)
    const against = infinitive && !doing ? /^contre\s+/iu.exec(rest) : null
    if (against) {
      governed = 'contre'
      rest = rest.slice(against[0].length)
    }
    if (doing) {
      infinitive = doing[1]
      governed = doing[2]?.toLowerCase()
      rest = rest.slice(doing[0].length).replace(TIME_ASIDE, '').replace(SEASON_ASIDE, '').replace(OBJECT_ADVERBS, '')
      // (`de mettre en place un label`: the words that only lead to the object, after the infinitive too)
      rest = rest.replace(IN_PLACE, '')
    }
    // (`mettre en place, avec les interprofessions, un observatoire`, `ouvrir, dès 2027, trois centres`: an aside between commas before the object says with whom or when)
    rest = rest.replace(OBJECT_ASIDE, '')
    rest = rest.replace(PLACE_ASIDE, '')
    // (`exiger dans les marchés publics que …`: where it applies is what the point is about when what follows is a clause)
    const where = /^dans\s+(?=(?:le|la|les|l['’]|leurs?|ses)(?!\p{L})[^,;.]{1,60}?\s(?:que|qu['’]))/iu.exec(rest)
    if (where) rest = rest.slice(where[0].length)
    // `rendre obligatoire le port du casque` → “Port du casque obligatoire”: the object with the quality it is given
    const quality = infinitive && patterns.qualityVerbs?.has(infinitive.toLowerCase()) ? MADE_SO.exec(rest) : null
    if (quality) {
      rest = rest.slice(quality[0].length)
      const given = nounPhrase(rest, patterns, true)
      if (given && words(`${given} ${quality[1]}`).length <= MAX_TITLE_WORDS) return `${given} ${quality[1]}`.replace(/^\p{Ll}/u, (c) => c.toUpperCase())
    }
    // `lanceront avec les gouvernements un programme …`: a phrase of who with or where before the object
    const around = /^(?:avec|auprès\s+(?:de|des|du)|en\s+lien\s+avec|conjointement\s+avec|aux\s+côtés\s+(?:de|des|du))\s+[^,.;]{1,60}?\s+(?=(?:un|une|le|la|les|des|du)\s|l['’])/iu.exec(rest)
    if (around) rest = rest.slice(around[0].length)
    // `investir 1,2 milliard d'euros d'ici 2030 dans l'eau potable`, `mobiliser 1,2 milliard d'euros sur cinq ans pour le
    // programme`: an amount of money and when, then what it pays for, which is the title (never the cut `Ici 2030`)
    const paid = MONEY_FOR.exec(rest)
    if (paid) {
      let purpose = rest.slice(paid[0].length)
      // (`pour la mise en œuvre du programme`: past the words that only lead to it)
      if (patterns.lightLead) purpose = purpose.replace(patterns.lightLead, '')
      const what = nounPhrase(purpose, patterns, true)
      // (what the money is for is the title, as after an amount with no time between: `85 millions de dollars pour l'eau potable`)
      if (what && !patterns.actors.has(headOf(what, patterns) ?? '')) return what
    }
    // (`acheter leur électricité à partir de janvier 2027`: the date is no part of what is bought, before the verb's noun is joined to it)
    const phrase = nounPhrase(rest, patterns, true)?.replace(DATE_TAIL, '')
    const noun = infinitive ? patterns.nominalisations?.[infinitive.toLowerCase()] : undefined
    // `lutter contre le travail des enfants` → `Lutte contre le travail des enfants`: the noun keeps the verb's preposition
    const article = /^(?:le|la|les|l['’])\s*/iu.exec(rest)?.[0] ?? ''
    if (phrase && noun && governed === 'contre' && rest.startsWith(`${article}${phrase}`) && words(`${noun} contre ${article}${phrase}`).filter((w) => !/['’]$/.test(w)).length <= MAX_TITLE_WORDS) return `${noun} contre ${article}${phrase}`.replace(/^\p{Ll}/u, (c) => c.toUpperCase())
    // (a name is the title whole: `ratifier la Convention de Bamako` → `Convention de Bamako`)
    return phrase && noun && !/^\p{Lu}/u.test(phrase) ? (nominalised(noun, rest, phrase) ?? phrase) : phrase
  }
  let phrase: string | undefined
  // `• de créer un service volontaire …` under `Les ministres ont décidé :`: the rest of a decision, its infinitive first
  const opening = depth === 0 ? leadingInfinitive(text) : undefined
  // `• décident de créer un réseau …` under `Les ministres :`: the verb of who acted opens the item, its object is the title
  const finite = depth === 0 && !opening ? LEADING_FINITE.exec(text) : null
  // `Le plan prévoit l'aménagement de …`: a plan or a strategy is titled by what it provides
  const provides = depth === 0 && !opening ? patterns.providesThenObject?.exec(text) : null
  const document = provides && patterns.genericHeads?.has(headOf(provides[1], patterns) ?? '') && words(provides[1]).length <= 5 ? provides : null
  if (opening) phrase = object(opening.rest, opening.infinitive)
  else if (document) phrase = object(document[3], document[2]?.toLowerCase())
  else if (ask) phrase = object(ask[2], ask[1])
  else if (verb && RELATIVE_END.test(text.slice(0, verb.index)) && PASSIVE_START.test(text)) {
    // (`Une convention sera signée avec la gendarmerie pour …, qui ont touché …`: the verb found is a relative clause's; the sentence
    // is about what its passive makes, with whom it is made: “Convention avec la gendarmerie”)
    const passive = PASSIVE_START.exec(text)!
    const made = nounPhrase(passive[1], patterns)
    const partner = passive[2] ? nounPhrase(passive[2], patterns, true) : undefined
    const article = passive[2] ? /^(?:les|le|la|l['’])\s*/iu.exec(passive[2])?.[0].trim().toLowerCase() : undefined
    const joined = made && partner && article !== undefined ? `${made} avec ${article}${/['’]$/.test(article) ? '' : ' '}${partner}` : undefined
    phrase = joined && words(joined).filter((w) => !/['’]$/.test(w)).length <= MAX_TITLE_WORDS ? joined : made
  } else if (verb) {
    const subject = text.slice(0, verb.index)
    const head = headOf(subject, patterns)
    // (an amount of money that pays for something: `Une enveloppe de 2 milliards de francs CFA financera la formation …`)
    const funds = /^\S+\s+\S+\s+(?:de|d['’])\s*[\d\s\u00A0\u202F,.]*\d[\s\u00A0]*(?:millions?|milliards?|M€|Md€|k€)?\s*(?:d['’]\s*euros|de\s+(?:dollars|francs|livres)|€|\$|dollars|euros)/iu.test(subject)
    const infinitive = INFINITIVE_AT_END.exec(verb[0].slice(0, verb[0].length - verb[1].length))?.[1]
    // (who commits to or receives something acts: `Les communes forestières se sont engagées à ouvrir 40 ateliers …`)
    const taker = Boolean(patterns.takerVerb?.test(verb[0]))
    // (`La Région et la filière créent …`, `Les exportateurs et l'État financeront …`: two parties joined by `et` act together, as `Les ministres` do)
    // (… when what they do takes two words or more: `Inchangés`, `Fonds` say less than who)
    const done = PAIR_SUBJECT.test(subject) && !PASSIVE_VERB.test(verb[0]) ? object(verb[1], infinitive) : undefined
    const pair = done && /\s/.test(done) ? done : undefined
    phrase = pair ?? (!head || patterns.actors.has(head) || funds || taker ? object(verb[1], infinitive) : nounPhrase(subject, patterns))
    // (`La Fédération créera un fonds …`, `Les cantons s'engagent à rénover les chalets …`: a subject of one word that is no
    // acronym names who acts, as `Les ministres` does; what it does, when that takes two words or more, is what the point is about)
    // (… nor does an acronym that decides or asks, `Le CNGRA a demandé …`, `La FITSO a décidé de …`: a body, as its verb shows)
    const deciding = /^\p{Lu}[\p{Lu}\d&-]+$/u.test(phrase ?? '') && Boolean(patterns.decidingVerb?.test(verb[0]))
    if (phrase && !/\s/.test(phrase) && (!/^\p{Lu}[\p{Lu}\d&-]+$/u.test(phrase) || deciding)) {
      const done = object(verb[1], infinitive)
      if (done && /\s/.test(done) && !patterns.actors.has(headOf(done, patterns) ?? '')) phrase = done
    }
    phrase ??= object(verb[1], infinitive)
    // (`Les consommateurs âgés recevront une information adaptée …`, `Les syndicats recevront une aide de 400 000 euros pour relier …`: named with who receives it)
    if (phrase && patterns.receiverVerb?.test(verb[0])) phrase = receivedBy(phrase, subject, patterns) ?? phrase
    // `La Banque mondiale a annoncé un financement de 1,2 milliard …`: money given, of one word once its amount is gone, is named with who gives it
    // (… and what is left of its purpose is no title: `Financement pour équiper`)
    const given = phrase ? /^(\p{L}+)(?:\s+pour\s+\p{L}+(?:er|ir|re))?$/u.exec(phrase) : null
    const giver = given && patterns.fundingNouns?.has(given[1].toLowerCase()) ? givenBy(given[1], subject, patterns) : undefined
    if (giver) phrase = giver
  } else if (present) {
    const infinitive = INFINITIVE_AT_END.exec(present[0].slice(0, present[0].length - present[2].length))?.[1]
    const done = PAIR_SUBJECT.test(present[1]) ? object(present[2], infinitive) : undefined
    const pair = done && /\s/.test(done) ? done : undefined
    phrase = pair ?? (patterns.actors.has(headOf(present[1], patterns) ?? '') ? object(present[2], infinitive) : nounPhrase(present[1], patterns))
  }
  // (… when nothing else was found in it but the verb itself: `Décident`, `Conviennent de mettre`)
  const verbAlone = (found: string | undefined) => !found || headOf(found, patterns) === finite![1].toLowerCase()
  if (finite && !NOT_PRESENT.test(finite[1]) && !NOT_LEADING_FINITE.test(finite[1]) && verbAlone(phrase) && verbAlone(nounPhrase(text, patterns) ?? laterPhrase(text, patterns))) phrase = object(finite[2]) ?? phrase
  // (`Mise en place d'un comité de suivi …`: a sentence without a verb that opens with words that only lead to what it is about)
  if (!phrase && patterns.lightLead) {
    const lead = patterns.lightLead.exec(text)
    if (lead && /\p{L}/u.test(text.slice(lead[0].length, lead[0].length + 3))) {
      phrase = nounPhrase(text.slice(lead[0].length).replace(patterns.makingLead ?? /^$/, ''), patterns)
      // (what is set up is a thing made, even a body: `un comité de suivi`)
      made = true
    }
  }
  // (`la création d'un observatoire …`, `l'ouverture de trois maisons …`: an item without a verb that names the making of a thing is titled by the thing)
  const making = phrase ? undefined : patterns.itemMakingLead?.exec(text)
  if (making && /\p{L}/u.test(text.slice(making[0].length, making[0].length + 3))) {
    phrase = nounPhrase(text.slice(making[0].length), patterns)
    made = Boolean(phrase)
  }
  phrase ??= nounPhrase(text, patterns)
  // (`ont souhaité que la Commission présente une feuille de route …`: else the first phrase after the verb that is not who acted)
  if (!phrase || (patterns.actors.has(headOf(phrase, patterns) ?? '') && !patterns.membership?.test(text) && !(made && words(phrase).length > 1))) phrase = laterPhrase(text, patterns) ?? phrase
  // `Ministres`: who acted is not what the point is about (unless it is about who belongs)
  // (an object of more words names a body that is made or joined: `réseau de laboratoires de référence`)
  if (phrase && patterns.actors.has(headOf(phrase, patterns) ?? '') && !patterns.membership?.test(text) && !(made && words(phrase).length > 1)) phrase = undefined
  // (`85 exploitations l'hiver dernier`, `les récoltes de cette année`: when is no part of what a title names)
  if (phrase) phrase = phrase.replace(TIME_TAIL, '').replace(DATE_TAIL, '') || phrase
  // (`une enveloppe de 25 millions d'euros est ouverte pour financer l'achat de filets` → “Enveloppe pour l'achat de filets”: a means named alone says what it is for)
  if (phrase && !/\s/.test(phrase) && patterns.meansNouns?.has(phrase.toLowerCase())) phrase = forPurpose(phrase, text, patterns) ?? phrase
  // (`approuvé une convention avec les agriculteurs riverains pour …` → “Convention avec les agriculteurs riverains”: an agreement named
  // alone says nothing of whom it binds)
  const bound = phrase && !/\s/.test(phrase) && patterns.agreementNouns?.has(phrase.toLowerCase()) ? new RegExp(`(?<!\\p{L})${phrase}\\s+(avec\\s+(?:les|le|la|l['’])\\s*[^,;:.()]{1,60}?)(?=\\s+(?:pour|afin|dès|d['’]ici|avant|qui|et|sur|en|dans|à|au|aux|par)(?!\\p{L})|[,;.]|$)`, 'iu').exec(text) : null
  if (bound && words(`${phrase} ${bound[1]}`).length <= MAX_TITLE_WORDS) phrase = `${phrase} ${bound[1]}`
  // (`partager le coût d'une étude des berges` → “Étude des berges”: what is shared is the thing, not its cost)
  const shared = phrase && depth === 0 && patterns.sharedCost?.test(text) ? patterns.costOfTitle?.exec(phrase)?.[1] : undefined
  if (shared && /\p{L}/u.test(shared)) phrase = shared
  // (`un petit groupe de travail`, `un court guide du bénévole`: the size of a group or a document says nothing of what it is for)
  const sized = phrase ? patterns.sizedHead?.exec(phrase) : null
  if (sized) phrase = phrase!.slice(sized[0].length)
  return phrase ? quoted(phrase, sentence).replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : undefined
}

/** `pour`, a verb of paying or helping if any, and the article of what a means is for (`pour financer l'`, `destinée à soutenir les`). */
const PURPOSE_LEAD = /^[^;:.]{0,120}?\s(?:pour|destinée?s?\s+à|afin\s+de|visant\s+à)\s+(?:(?:financer|soutenir|aider|couvrir|payer|subventionner|accompagner|appuyer|favoriser)\s+)?(?<article>les\s+|la\s+|le\s+|l['’]\s*|des\s+|du\s+)(?=\p{L})/iu

/**
 * A means named alone (`Enveloppe`, `Dotation`, `Fonds`) with what the sentence says it is for, past its amount: `pour`
 * (`destinée à`, `afin de`), a verb of paying or helping if any, then a noun phrase with its article
 * (`pour financer la restauration des roues` → “Dotation pour la restauration des roues”), when the title fits in seven words.
 * @returns the title, or `undefined` when the sentence says no purpose right after the means
 */
function forPurpose(means: string, text: string, patterns: TitlePatterns): string | undefined {
  const at = text.toLowerCase().indexOf(means.toLowerCase())
  if (at === -1) return undefined
  const lead = PURPOSE_LEAD.exec(text.slice(at + means.length))
  if (!lead?.groups) return undefined
  let what = nounPhrase(text.slice(at + means.length + lead[0].length), patterns, true)
  const article = lead.groups.article.trim().toLowerCase()
  const titled = (phrase: string) => `${means} pour ${article}${/['’]$/.test(article) ? '' : ' '}${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`
  const fits = (phrase: string) => words(titled(phrase)).filter((w) => !/['’]$/.test(w)).length <= MAX_TITLE_WORDS
  // (too long, a list keeps its first item: `la restauration des roues et des biefs` → `la restauration des roues`)
  if (what && !fits(what) && / et /.test(what)) what = what.slice(0, what.indexOf(' et '))
  return what && fits(what) ? titled(what) : undefined
}

/**
 * A name the sentence quotes keeps its quotation marks after the word it names (`l'initiative
 * « Filles et sciences »` → `Initiative « Filles et sciences »`); a title that is only the name stays bare.
 */
function quoted(title: string, sentence: string): string {
  for (const match of sentence.matchAll(/([«“"])\s*([^«»“”"]{2,80}?)\s*([»”"])/gu)) {
    const name = match[2].replace(/\s+/g, ' ')
    const at = title.indexOf(name)
    if (at > 0 && title.slice(at + name.length).trim() === '' && /\s$/.test(title.slice(0, at))) {
      return match[1] === '«' ? `${title.slice(0, at)}« ${name} »` : `${title.slice(0, at)}${match[1]}${name}${match[3]}`
    }
  }
  return title
}

/**
 * An election titled by the office, not the person (`Le Comité a réélu Mme Diallo à sa présidence`
 * → `Présidence du Comité`; `ont élu M. Fall à la présidence du comité de suivi` → `Présidence du
 * comité de suivi`; `a élu M. Sanou président du Conseil` → `Présidence du Conseil`). An office
 * without its body (`à sa présidence`) takes the body that is the subject, when one is named.
 * @returns the title, or `undefined` when the sentence elects no one to an office
 */
function officeTitle(text: string, patterns: TitlePatterns): string | undefined {
  if (!patterns.election || !patterns.office || !patterns.officeNoun) return undefined
  const elected = patterns.election.exec(text)
  if (!elected) return undefined
  const after = text.slice(elected.index + elected[0].length)
  const office = patterns.office.exec(after.slice(0, 160))
  if (!office) return undefined
  const prefix = /^(?:vice-|co-?)/iu.exec(office[1] ?? office[2])?.[0].toLowerCase().replace(/^co-$/, 'co') ?? ''
  const noun = `${prefix}${patterns.officeNoun}`
  const join = (of: string, body: string) => `${noun} ${of}${/['’]$/.test(of) ? '' : ' '}${body}`.replace(/^\p{Ll}/u, (c) => c.toUpperCase())
  if (office[3]) {
    const body = nounPhrase(after.slice(office.index + office[0].length), patterns, true)
    if (body) return join(office[3].replace(/\s+/g, ' ').toLowerCase(), body)
  }
  // (`Le Comité a réélu … à sa présidence`: the body is the subject, a name with its capital)
  const subject = /^([Ll]e|[Ll]a|[Ll]['’])\s*(\p{Lu}[\p{L}-]+)\s/u.exec(text.slice(0, elected.index))
  if (!subject || !patterns.actors.has(subject[2].toLowerCase())) return noun.replace(/^\p{Ll}/u, (c) => c.toUpperCase())
  return join({le: 'du', la: 'de la'}[subject[1].toLowerCase()] ?? `de l${subject[1].slice(-1)}`, subject[2])
}

/** Words in -ant that are nouns or adjectives, not present participles (`enfant`, `montant`, `existant`). */
const NOT_PARTICIPLE_ANT = /^(?:enfant|montant|habitant|représentant|participant|étudiant|enseignant|intervenant|exploitant|commerçant|dirigeant|restaurant|carburant|courant|instant|migrant|combattant|partant|passant|soignant|figurant|important|suivant|existant|constant|puissant|vivant|dominant|suffisant|croissant|pesant|brillant|méchant|vacant|manquant|avant|pendant|durant|cependant|maintenant|tant|autant|quant|néant|géant|élégant|abondant|pédant|savant|flagrant|garant|descendant|ascendant|dépendant|indépendant|résidant|résultant|restant|sortant|entrant|ignorant|fabricant|négociant|consultant|assistant|adhérent)$/iu

/** Words in -er, -ir, -re that open a phrase but are no infinitive (`Entre les …`, `Notre plan`, `Premier des …`). */
const NOT_INFINITIVES = /^(?:entre|contre|outre|notre|votre|premier|dernier|hier|centre|cadre|membre|ministre|nombre|ordre|titre|registre|plaisir|avenir|pouvoir|devoir|savoir|loisir|désir|sur|par|pour|leur)$/iu
/** What may follow an infinitive that opens a point: an article or a possessive, an adverb in -ment, a second infinitive (`faire passer le nombre`), a count (`former 6 000 conseillers`) or where (`exiger dans les marchés publics que …`). */
const AFTER_INFINITIVE = /^(?:le|la|les|l['’]|un|une|des|du|leur|leurs|notre|nos|son|sa|ses|ce|cet|cette|ces|chaque|\p{L}{3,}ment|\p{L}+(?:er|ir|re)|\d[\d\s\u00A0\u202F,.]*(?=\s)|dans(?=\s))(?!\p{L})/iu

/** An `au`/`aux` phrase before an amount, after an infinitive (`réserver au mil et au sorgho au moins 30 % des …`): the object follows the amount. */
const RECIPIENT_THEN_AMOUNT = /^(?:au|aux|à\s+la|à\s+l['’])\s*[^,;.:\d]{1,80}?\s(?:(?:au\s+moins|environ|près\s+de|plus\s+de|jusqu['’]à)\s+)?\d[\d\s\u00A0\u202F,.]*\s*(?:%|pour\s+cent|millions?|milliards?)?\s*(?:des|du|de|d['’])\s*(?=\p{L})/iu

/**
 * A point that opens with an infinitive, as the items of a list under `Les ministres ont décidé :`
 * are written (`de créer un service …`, `d'adopter une charte …`, `Renforcer la coopération …`):
 * the infinitive and what follows it. `faire` before another infinitive gives way to it (`de
 * faire passer le nombre de …`).
 * @returns the infinitive and the words after it, or `undefined` when the point opens otherwise
 */
function leadingInfinitive(text: string): {infinitive: string; rest: string} | undefined {
  const match = /^(?:(?:de|d['’])\s*)?(\p{L}+(?:er|ir|re))\s+(.+)$/iu.exec(text)
  if (!match || NOT_INFINITIVES.test(match[1])) return undefined
  // `réserver au mil et au sorgho produits localement au moins 30 % des achats …`: who or what it is for, then an amount, then the object
  const given = RECIPIENT_THEN_AMOUNT.exec(match[2])
  if (given) return {infinitive: match[1].toLowerCase(), rest: match[2].slice(given[0].length)}
  if (!AFTER_INFINITIVE.test(match[2])) return undefined
  const then = /^(?:faire|laisser)$/iu.test(match[1]) ? /^(\p{L}+(?:er|ir|re))\s+(.+)$/iu.exec(match[2]) : null
  if (then && !NOT_INFINITIVES.test(then[1])) return {infinitive: then[1].toLowerCase(), rest: then[2]}
  return {infinitive: match[1].toLowerCase(), rest: match[2]}
}

/** A noun with no article after a preposition (`SMS`, `danger`, `ligne`): lower case, or an acronym. */
const BARE_COMPLEMENT = /^(?:\p{Ll}[\p{L}-]{2,}|\p{Lu}{2,})$/u
/** Words that make a locution of a preposition (`en faveur de`, `à partir de`, `par exemple`), or a rate (`par an`): not a compound. */
const LOCUTION_AFTER = /^(?:faveur|cas|vue|raison|particulier|outre|fonction|lien|tant|dehors|attendant|vertu|présence|compagnie|collaboration|coopération|partenariat|concertation|liaison|application|conformité|accord|partir|travers|compter|hauteur|terme|titre|condition|cause|savoir|moins|peine|ailleurs|exemple|an|année|mois|jour|semaine|habitant|personne|tête|rapport|matière|cours|plus|deçà|delà|dépit|dessous|dessus|face|marge|prévision|vue|sein|lieu|charge|échange|revanche)$/iu

/**
 * An amount of money at the start of an object, when it is to be spent (`d'ici 2030`, `sur cinq ans`,
 * `par an`) and the preposition of what it pays for (`dans`, `pour`, `en faveur de`).
 */
const MONEY_FOR = /^(?:(?:environ|près\s+de|plus\s+de|au\s+moins)\s+)?[\d\s\u00A0\u202F,.]*\d\s*(?:millions?|milliards?)?\s*(?:d['’]\s?euros|de\s+dollars|de\s+francs(?:\s+CFA)?|M€|Md€|€|\$|FCFA)\s*,?\s*(?:(?:d['’]ici(?:\s+(?:à|au))?\s+(?:la\s+fin\s+(?:de\s+)?)?(?:19|20)\d\d|(?:sur|en)\s+(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+ans|par\s+an)\s*,?\s*)?(?:dans|pour|en\s+faveur\s+(?:de|du|des|d['’]))\s*(?=\p{L})/iu

/** Words of time after `chaque` (`chaque année`, `chaque trimestre`): `chaque` then says when, not who. */
const TIME_AFTER_EACH = /^(?:ann[ée]e|an|mois|semaine|jour|trimestre|semestre|saison|campagne|session|fois|matin|soir|nuit)$/iu

/** By how much a change is made, between the change and what it changes (`la réduction de moitié des droits`, `une baisse de 20 % des tarifs`): the title names the change and its object. */
const CHANGE_MEASURE = /(?<=(?:^|\s)(?:réduction|baisse|hausse|augmentation|diminution|relèvement|abaissement)\s+)(?:de\s+moitié|d['’]un\s+(?:tiers|quart)|de\s+\d[\d\u00A0\u202F,.]*(?:\s\d{3})*\s?(?:%|pour\s+cent))\s+(?=(?:des|du|de|d['’]))/iu
/** The making of a thing after `sur` or `pour` inside a phrase (`étude sur la création d'une bourse` → `étude sur une bourse`). */
const MAKING_AFTER_LINK = /(?<=(?:^|\s)(?:sur|pour)\s+)(?:la\s+|le\s+|l['’]\s*)?(?:création|mise\s+en\s+place|lancement|instauration)\s+(?:d['’]\s*|de\s+)(?=une?\s)/iu

/** An amount of money after `à hauteur de`, before the object of a verb of paying (`financera à hauteur de 30 millions d'euros l'équipement …`). */
const UP_TO_AMOUNT = /^à\s+hauteur\s+(?:de|d['’])\s*(?:(?:environ|près\s+de|plus\s+de)\s+)?[\d\s\u00A0\u202F,.]*\d\s*(?:millions?|milliards?)?\s*(?:d['’]\s?euros|de\s+dollars|de\s+francs(?:\s+CFA)?|M€|Md€|€|\$|FCFA|euros|dollars)\s*,?\s*/iu

/** An aside between commas at the start of an object (`, avec les interprofessions, un observatoire`, `, dès 2027, trois centres`): with whom, where or when, not what. */
const OBJECT_ASIDE = /^,\s*(?:avec|auprès|en\s+lien|en\s+partenariat|en\s+concertation|aux\s+côtés|conjointement|d['’]ici|dès|à\s+partir|avant|après|dans|en|à|au|aux|sur|par)(?!\p{L})[^,.;]{1,80},\s*(?=\p{L})/iu
/** What completes `mettre`, `mettre sur` after it, before its object (`mettre en place un label`). */
const IN_PLACE = /^(?:en\s+place|en\s+(?:œuvre|oeuvre)|sur\s+pied|en\s+service|en\s+ligne)\s+(?=\S)/iu

/** Adverbs at the start of an object that say how they act (`chacun`, `ensemble`) or by how much (`réduire de moitié la consommation`). */
const OBJECT_ADVERBS = /^(?:(?:de\s+moitié|d['’]un\s+(?:tiers|quart)|avec\s+(?:une?\s+)?(?:(?:grande|profonde|vive|vif|réelle)\s+)?(?:inquiétude|satisfaction|préoccupation|intérêt|appréciation|gratitude|regret|fierté)|à\s+l['’]unanimité|par\s+(?:consensus|acclamation)|sans\s+réserve|chacun|chacune|ensemble|en\s+commun|(?:tout\s+)?d['’]abord|ensuite|puis|en\s+premier\s+lieu|par\s+ailleurs|en\s+outre|de\s+plus|conjointement|également|aussi|enfin|notamment|rapidement|progressivement|désormais|dorénavant|\p{L}{3,}ment(?=\s+(?:le|la|les|l['’]|un|une|des|du|leurs?|à|au|aux)(?!\p{L})))(?:\s+|(?=\s*,\s)))+/iu

/**
 * The first noun phrase after an article past the first three words that does not name who acted,
 * for a sentence whose verb the patterns do not find (`… que la Commission présente rapidement une feuille de route …`).
 */
function laterPhrase(text: string, patterns: TitlePatterns): string | undefined {
  for (const match of text.matchAll(/(?<=\s)(?:un|une|le|la|les|l['’]|des|du)(?=\s|\p{L})/giu)) {
    if (match.index < 12) continue
    const phrase = nounPhrase(text.slice(match.index), patterns)
    if (phrase && !patterns.actors.has(headOf(phrase, patterns) ?? '')) return phrase
  }
  return undefined
}

/**
 * A verb in the present plural that opens an item of a list under who acted (`décident de …`,
 * `conviennent de …`, `s'engagent à …`, `constatent avec inquiétude que …`): the verb and what follows it.
 */
const LEADING_FINITE = /^(?:se\s+|s['’]\s*)?(\p{L}{3,}ent)\s+(.+)$/iu
/** Words in -ent that open a sentence as nouns or adjectives (`Gouvernement`, `Président`, `Récent`). */
const NOT_LEADING_FINITE = /(?:ment|[ée]sident|(?:in|ac)cident|évident|précédent|prudent)$/iu

/** An infinitive ending a verb group (`ont décidé de supprimer`, `s'engagent à doubler`). */
const INFINITIVE_AT_END = /(?:^|\s)(?:de|d['’]|à)\s*(\p{L}+(?:er|ir|re))\s*$/iu
/** Words in -ent that are adjectives or nouns, not verbs in the present (`urgent`, `agent`). */
const NOT_PRESENT = /^(?:urgent|urgente|excellent|récent|différent|permanent|équivalent|continent|client|patient|accident|talent|parent|intelligent|compétent|transparent|adolescent|content|souvent|agent|argent|lent|vent|dent|cent|moment|comment)$/iu
/** `de` and the article it joins (`les` → `des`), for a verb of change turned into a noun. */
const OF_ARTICLE: Record<string, string> = {les: 'des', des: 'de', leurs: 'des', ses: 'des', nos: 'des', vos: 'des', ces: 'de ces', le: 'du', la: 'de la', un: 'd’un', une: 'd’une', leur: 'de', son: 'de', sa: 'de', notre: 'de', votre: 'de'}

/**
 * A verb of change as a noun with its object (`supprimer les droits de douane` → `suppression des
 * droits de douane`), the object's article joined to `de` as French writes it.
 * @param noun the verb's noun (`suppression`)
 * @param rest the text its object starts
 * @param phrase the object as the title would give it
 * @returns the title, or `undefined` when it would not fit in seven words or the object is not where the text starts
 */
function nominalised(noun: string, rest: string, phrase: string): string | undefined {
  const first = words(phrase)[0]
  const all = words(rest)
  const at = all.findIndex((word) => word === first)
  // (`raccorder 4 millions de foyers ruraux` → `raccordement des foyers ruraux`: what a dropped count counted takes `des`)
  const counted = at > 0 && all.slice(0, at).every((word, k) => /^(?:[\d\s\u00A0\u202F,.]+|millions?|milliards?|milliers|centaines|environ|près|plus|quelque|de|d['’])$/iu.test(word) && (k > 0 || /^\d|^(?:environ|près|plus|quelque)$/iu.test(word)))
  if (at === -1 || (at > 2 && !counted)) return undefined
  const article = counted ? 'les' : at > 0 ? all[at - 1].toLowerCase() : ''
  const apostrophe = /’/.test(rest) ? '’' : "'"
  let joined: string
  if (/^l['’]$/.test(article)) joined = `${noun} de l${apostrophe}${phrase}`
  // (`des` → `de`, elided before a vowel as after no article: `supprimer des exonérations` → “Suppression d'exonérations”)
  else if (OF_ARTICLE[article] === 'de' || !article) joined = /^[aeiouyâàéèêëîïôûœh]/iu.test(phrase) ? `${noun} d${apostrophe}${phrase}` : `${noun} de ${phrase}`
  else if (OF_ARTICLE[article]) joined = `${noun} ${OF_ARTICLE[article].replace('’', apostrophe)} ${phrase}`
  else return undefined
  const count = words(joined).filter((word) => !/['’]$/.test(word)).length
  if (count <= MAX_TITLE_WORDS) return joined.replace(/(['’]) /g, '$1')
  // too long: the object loses its last complement (`programmes de repas scolaires aux zones rurales`), not its head's
  // (at a complement with an article or another preposition, not inside a compound: `téléphones d'entrée de gamme`;
  // and only when the object keeps two words that say what, else the object alone is the title)
  const parts = words(phrase)
  const cut = parts.findLastIndex((word, k) => k >= 1 && (/^(?:à|au|aux|pour|sur|contre|dans|en|du|des)$/i.test(word) || (/^de$/i.test(word) && /^(?:la|le|les|l['’])$/i.test(parts[k + 1] ?? ''))))
  const kept = parts.slice(0, cut)
  if (cut === -1 || kept.filter((word) => !/^(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux)$/i.test(word)).length < 2) return undefined
  return nominalised(noun, rest, kept.join(' ').replace(/(['’]) /g, '$1'))
}

/**
 * What is received named with who receives it: one word (`Information des consommateurs âgés`), or aid,
 * whatever its purpose (`Aide aux syndicats d'eau potable`), when the subject is a noun phrase after its
 * article and the title fits in seven words.
 * @returns the title, or `undefined` when the phrase says enough or the subject is no such phrase
 */
function receivedBy(phrase: string, subject: string, patterns: TitlePatterns): string | undefined {
  const noun = /^\p{L}+/u.exec(phrase)?.[0] ?? ''
  const aid = patterns.aidNouns?.has(noun.toLowerCase()) ?? false
  if (!aid && /\s/.test(phrase)) return undefined
  const receiver = /^(les|le|la|l['’])(?:(?<=['’])\s*|\s+)/iu.exec(subject.trim())
  const who = receiver ? nounPhrase(subject.trim().slice(receiver[0].length), patterns) : undefined
  if (!receiver || !who || patterns.actors.has(headOf(who, patterns) ?? '')) return undefined
  const article = receiver[1].toLowerCase()
  const elided = /^l['’]$/.test(article)
  const link = aid ? ({les: 'aux', le: 'au', la: 'à la'}[article] ?? `à l${receiver[1].slice(-1)}`) : elided ? `de l${receiver[1].slice(-1)}` : OF_ARTICLE[article]
  const title = `${noun} ${link}${elided ? '' : ' '}${who}`
  return words(title).filter((w) => !/['’]$/.test(w)).length <= MAX_TITLE_WORDS ? title : undefined
}

/**
 * Money given named with who gives it (`Financement de la Banque mondiale`, `Contributions des
 * bailleurs`): the subject with its article joined to `de`, when it names who gives money (see
 * `funders`; not who met, `Le Conseil`) and the title fits.
 * @returns the title, or `undefined` when the subject names no giver
 */
function givenBy(noun: string, subject: string, patterns: TitlePatterns): string | undefined {
  const giver = /^(les|le|la|l['’])(?:(?<=['’])\s*|\s+)(\p{L}[^,;.:]*?)\s*$/iu.exec(subject.trim())
  const head = headOf(subject, patterns)
  if (!giver || !head || !patterns.funders?.has(head)) return undefined
  const article = giver[1].toLowerCase()
  const joined = /^l['’]$/.test(article) ? `de l${giver[1].slice(-1)}` : OF_ARTICLE[article]
  const title = `${noun} ${joined}${/^l['’]$/.test(article) ? '' : ' '}${giver[2]}`
  return words(title).filter((w) => !/['’]$/.test(w)).length <= MAX_TITLE_WORDS ? title : undefined
}

/** Whether a plural noun alone keeps the participle in `-é` after it (`semences certifiées`), as one word would name too little. */
function keepsParticiple(taken: string[]): boolean {
  return /\p{L}{3,}[sx]$/u.test(taken[0] ?? '') && /\p{L}{2,}(?:és|ées)$/u.test(taken[1] ?? '')
}

/** Prepositions after which a count may stand between a head and what it acts on (`travaux sur 24 sites`). */
const COUNTED_AFTER = /^(?:sur|pour|dans|contre|avec|chez|aux|à)$/iu
/** Units a count measures in, not things (`d'hectares de terres`, `de tonnes de riz`): past the count they go too. */
const MEASURE_UNITS = /^(?:hectares?|tonnes?|kilomètres?|km|mètres?|litres?|têtes?)$/iu
/** Words after a count that are no thing to name: a unit of money, a share, a time. */
const NOT_COUNTED = /^(?:%|pour|euros?|dollars?|francs?|fcfa|livres?|ans?|ann[ée]es?|mois|semaines?|jours?|heures?|fois|\p{Sc}.*)$/iu

/**
 * The count in a phrase that cut a head from its complement, left out with the article French then
 * needs (`travaux sur 24 sites prioritaires` → `travaux sur les sites prioritaires`, `à 300 communes`
 * → `aux communes`; `objectif de restaurer 5 millions d'hectares de terres` → `objectif de
 * restauration des terres`, the infinitive named by its noun). Changes `taken` in place.
 * @returns the index of the word the phrase goes on with, or `undefined` when the count is no such cut
 */
function pastCount(all: string[], at: number, taken: string[], patterns: TitlePatterns, counting: (word: string | undefined) => boolean): number | undefined {
  const previous = taken.at(-1)?.toLowerCase() ?? ''
  const infinitive = /^(?:de|d['’])$/iu.test(taken.at(-2) ?? '') && taken.length === 3 ? patterns.nominalisations?.[previous] : undefined
  // (not after a participle: `semences certifiées à 2 000 producteurs` is not “… aux producteurs”)
  if (!infinitive && !(COUNTED_AFTER.test(previous) && taken.filter((w) => !/^(?:de|du|des|d['’]|la|le|les|l['’])$/iu.test(w)).length <= 3 && !isParticiple(taken.at(-2)?.toLowerCase() ?? '', patterns))) return undefined
  let k = at
  while (k < all.length && (/^[\d,.]+$/.test(all[k]) || counting(all[k]) || /^(?:millions?|milliards?|milliers|centaines)$/iu.test(all[k]))) k++
  if (/^(?:de|d['’])$/iu.test(all[k] ?? '')) k++
  if (MEASURE_UNITS.test(all[k] ?? '') && /^(?:de|d['’])$/iu.test(all[k + 1] ?? '')) k += 2
  const thing = all[k] ?? ''
  if (!/^\p{Ll}[\p{L}-]{2,}$/u.test(thing) || NOT_COUNTED.test(thing) || patterns.determiners.has(thing) || patterns.stop.has(thing)) return undefined
  if (infinitive) taken.splice(-1, 1, infinitive, 'des')
  else if (previous === 'à') taken.splice(-1, 1, 'aux')
  else if (previous !== 'aux') taken.push('les')
  return k
}

/**
 * After an action noun, what a dropped count counted is named with `des` (`modernisation de six ports`
 * → `modernisation des ports`, `ouverture de 14 unités` → `ouverture des unités`, never `de unités`); after a thing it stays a compound (`stock de 2 millions de doses` →
 * `stock de doses`). Changes `taken` in place.
 */
/** Units of a duration (`de deux ans`, `de 18 mois`). */
const DURATION_UNITS = /^(?:ans?|ann[ée]es?|mois|semaines?|jours?|heures?)$/iu

/**
 * What a duration after an amount does to a phrase (`mandat de 2 ans`): `end` it before the
 * amount when the words taken lead up to it (see `untilDuration`), `skip` the unit and go on, or
 * nothing when the next word is no duration unit.
 */
function atDuration(next: string | undefined, taken: string[]): 'end' | 'skip' | undefined {
  if (!DURATION_UNITS.test(next ?? '')) return undefined
  return untilDuration(taken) ? 'end' : 'skip'
}

/**
 * Take back from a phrase the words that lead to a duration: its `de` (`programme de [3 ans]` →
 * `programme`, the phrase going on after it), and when a preposition opens it (`présidence du
 * Conseil pour un mandat de [deux ans]`) that preposition and what follows it, the phrase ending there.
 * @returns whether the phrase ends before the duration
 */
function untilDuration(taken: string[]): boolean {
  if (/^(?:de|d['’])$/iu.test(taken.at(-1) ?? '')) taken.pop()
  const opening = taken.findLastIndex((word, k) => k > 0 && /^(?:pour|sur|pendant|durant)$/iu.test(word))
  if (opening === -1 || taken.length - opening > 3) return false
  taken.splice(opening)
  return true
}

function ofCounted(taken: string[], patterns: TitlePatterns): void {
  const linker = patterns.ofCounted?.(taken)
  if (linker) taken[taken.length - 1] = linker
}

/**
 * Whether a word is a past participle (`coordonnée`, `faites`), not an adjective in `-é` (`privé`);
 * or an adjective that governs its complement as one does (`applicables aux produits`, not `renouvelables dans`).
 */
function isParticiple(lower: string, patterns: TitlePatterns, next = ''): boolean {
  if (/\p{L}{3,}(?:able|ible)s?$/u.test(lower)) return /^(?:à|au|aux|par)$/i.test(next)
  // (`égalité`, `sécurité`: a noun in -ité; `secteur privé`, but `privées de couverture`)
  if ((patterns.notParticiples?.has(lower) && !/^(?:de|d['’])$/i.test(next)) || /ités?$/u.test(lower)) return false
  // (`vendus`, `retenues`: participles in -ndu, -rdu, -enu, not `revenus`, `contenu`)
  if (/\p{L}{2,}(?:[nr]du|enu)e?s?$/u.test(lower) && !/^(?:revenu|contenu|individu|résidu)e?s?$/u.test(lower)) return true
  return /\p{L}{2,}(?:é|ée|és|ées)$/u.test(lower) || IR_PARTICIPLES.test(lower) || Boolean(patterns.participles?.has(lower))
}

/**
 * Whether a participle after a phrase's head only qualifies the act the head names, whose object its `de` brings (`achat groupé de
 * l'huile`, `gestion partagée des refuges`, `commande groupée de maillots`): the head alone, an act's noun (`nominalisations`), then `de`.
 */
function actsOn(taken: string[], next: string | undefined, patterns: TitlePatterns): boolean {
  if (taken.length !== 1 || !/^(?:de|d['’]|du|des)$/iu.test(next ?? '')) return false
  const head = taken[0].toLowerCase()
  return Object.values(patterns.nominalisations ?? {}).some((noun) => noun.toLowerCase() === head)
}

/** Participles of verbs in -ir (`répartis dans …`, `réunies en …`, `choisis par …`), which no ending alone tells from a noun (`permis`, `avis`). */
const IR_PARTICIPLES = /^(?:réparti|réuni|choisi|défini|établi|fourni|garanti|investi|bâti|accueilli|recueilli|converti|saisi|rempli|subi|enrichi|nourri|aménagé|desservi|servi|construit|produit|inscrit|prescrit|décrit|traduit|conduit)(?:e|s|es)?$/u

/**
 * Whether a complement of its own starts at `at` (after a participle): a preposition other than a
 * bare `de` (`de vaccination` makes a compound with the noun before), or `de` with an article or an
 * amount (`des marchés`, `de la région`, `de 12 millions`).
 */
function opensComplement(all: string[], at: number): boolean {
  const word = all[at]?.toLowerCase() ?? ''
  if (/^(?:à|au|aux|par|pour|contre|dans|en|sur|sous|avec|entre|auprès|chez|du|des)$/.test(word)) return true
  if (/^(?:de|d['’])$/.test(word)) return /^(?:la|le|les|l['’]|un|une|leurs?|ses|sa|son|ces|\d.*)$/iu.test(all[at + 1] ?? '')
  return false
}

/** The first word of a phrase that is not a determiner, in lower case (`ministres` of `Les ministres`). */
function headOf(text: string, patterns: TitlePatterns): string | undefined {
  return words(text).find((word) => !patterns.determiners.has(word.toLowerCase().replace(/['’]$/, '')))?.toLowerCase()
}

/**
 * Days and months named after an article or `au`/`à` (`la journée de greffe le samedi 7 mars`, `la kermesse au samedi 27 juin`,
 * `un atelier le mercredi après-midi`): when the thing takes place, never part of what it is (`du samedi` stays: `marché du samedi` says which).
 */
const WHEN_NAMES = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)s?$/iu
/** The words before such a day or month that bring a time, not a complement (`le`, `la`, `au`, `à`, `dès`). */
const WHEN_LEADS = /^(?:le|la|les|au|à|aux|dès|jusqu['’]?)$/iu

/**
 * Nouns after `avec` that say how something is done, not what the thing has (`avec succès`, `avec effet immédiat`): no compound.
 */
const MANNER_AFTER_AVEC = /^(?:succès|soin|prudence|satisfaction|intérêt|regret|plaisir|effet|raison|force|fermeté|attention|rigueur|souplesse|patience|urgence|difficulté|peine|joie|fierté|émotion|gratitude|inquiétude|préoccupation)$/iu

/**
 * The end of the agent a noun of an act names between itself and its object (`le financement | par la coopérative scolaire | de la
 * classe de découverte`, `la prise en charge par la commune des frais`): `par`, an article, one to three words, then the `de` of the object;
 * the index of that `de`, or -1 when the words after `par` are no such agent.
 */
/** The shape of a French noun of an act (`financement`, `réalisation`, `entretien` aside: `-ment`, `-tion`, `-sion`, `-age`, `-ure`). */
const ACT_NOUN_SHAPE = /^\p{L}{2,}(?:ment|tion|sion|xion|age|ure)s?$/iu

function pastAgent(all: string[], at: number, determiners: ReadonlySet<string>): number {
  if (!/^(?:le|la|les|l['’])$/iu.test(all[at + 1] ?? '')) return -1
  for (let k = at + 2; k < all.length && k <= at + 5; k++) {
    const word = all[k].toLowerCase()
    if (/^(?:de|du|des|d['’])$/u.test(word)) return k > at + 2 && /^(?:la|l['’])$/u.test(all[k + 1]?.toLowerCase() ?? '') === (word === 'de') ? k : -1
    if (!/^\p{L}[\p{L}-]*$/u.test(all[k]) || determiners.has(word)) return -1
  }
  return -1
}

/** The words of a text, an elided article (`l'`, `d'`) a word of its own, `n°` one word. */
function words(text: string): string[] {
  return text.match(/n[°º]|[\p{L}\p{M}]+['’]|[\p{L}\p{M}\d-]+|[^\s\p{L}\p{M}\d]/gu) ?? []
}

/**
 * The noun phrase a text starts with: amounts and articles dropped, up to a stop word or
 * punctuation. A generic head (`règles`, `programme`) keeps a `pour`/`sur`/`contre` complement; an
 * object that starts with a capital is a name, kept to the end of its phrase (up to twelve words,
 * or its acronym in parentheses past seven).
 * @param object whether the text follows the verb (a capital there starts a name, not a sentence)
 */
function nounPhrase(text: string, patterns: TitlePatterns, object = false): string | undefined {
  // (`étude sur la création d'une bourse régionale`: what a study is about is the thing, not its making)
  const all = words(text.replace(LEADING_TIME, '').replace(LEADING_AMOUNT, '').replace(MAKING_AFTER_LINK, '').replace(CHANGE_MEASURE, ''))
  let start = 0
  // (`tous les contrats`, `toutes les écoles`: the quantifier is not part of what is named)
  while (start < all.length && (patterns.determiners.has(all[start].toLowerCase().replace(/['’]$/, '')) || (/^(?:tous|toutes)$/i.test(all[start]) && patterns.determiners.has(all[start + 1]?.toLowerCase().replace(/['’]$/, '') ?? '')))) start++
  // `Huit cents conseillers`, `deux mille dockers`: a count in words is not part of what is counted
  const counting = (word: string | undefined) => Boolean(word && patterns.numberWords && word.toLowerCase() !== 'et' && word.toLowerCase().split('-').every((part) => part === 'et' || Object.hasOwn(patterns.numberWords!, part)))
  // (`Trente et une délégations`: `et` joins two number words)
  const countingOn = (at: number) => counting(all[at]) || (/^et$/i.test(all[at] ?? '') && counting(all[at - 1]) && counting(all[at + 1]))
  if (counting(all[start]) && !/^(?:un|une)$/i.test(all[start]) && all[start + 1]) while (countingOn(start) && all[start + 1]) start++
  // `seules 12 des 45 scieries`, `9 des 31 usines`: a part of a counted whole is named by the whole
  const part = /^(?:seule?s?\s+)?(?:\d[\d\s\u00A0\u202F,.]*|\p{L}+)\s+(?:des|d['’]entre\s+les)\s+(?:\d[\d\s\u00A0\u202F,.]*\s+|\p{L}+\s+)?(?=\p{L})/iu.exec(all.slice(start, start + 8).join(' '))
  if (part && (/^seule?s?$/i.test(all[start]) || /^\d/.test(all[start]) || counting(all[start]))) {
    const skipped = part[0].trim().split(/\s+/)
    // (the count of the whole is skipped only when it is one: `45` of `des 45 scieries`, not the noun itself)
    const whole = skipped.at(-1)!
    start += /^\d/.test(whole) || counting(whole) ? skipped.length : skipped.length - 1
  }
  const name = object && /^\p{Lu}/u.test(all[start] ?? '')
  const most = name ? MAX_NAME_WORDS : MAX_TITLE_WORDS
  const generic = patterns.genericHeads?.has(all[start]?.toLowerCase() ?? '') ?? false
  const taken: string[] = []
  let end = all.length
  /** Where a participle with its own complement starts in `taken` (`faites aux femmes`), -1 when none. */
  let participleAt = -1
  /** Whether the phrase was cut for its length (not ended by the text). */
  let cutShort = false
  /** Whether the phrase ended where a day or a month brings when (`… au samedi 27 juin`): the word before is no participle governing `au`. */
  let atTime = false
  const wordCount = (list: string[]) => list.filter((w) => !/['’]$/.test(w)).length
  for (let index = start; index < all.length; index++) {
    const word = all[index]
    const lower = word.toLowerCase().replace(/['’]$/, '')
    const previous = taken.at(-1)?.toLowerCase().replace(/['’]$/, '') ?? ''
    // `résolution n° 12`, `décision 4`: the number of a document is part of its name
    if (/^\d/.test(word) && (/^(?:n[°º]|no|numéro)$/.test(previous) || patterns.documentNouns?.has(previous))) {
      taken.push(word)
      end = index + 1
      break
    }
    // `programme de patrouilles doté de 12 millions d'euros`: a participle bringing an amount ends the phrase
    if (/^\d/.test(word) && /^(?:de|d)$/.test(previous) && /(?:é|ée|és|ées)$/.test(taken.at(-2)?.toLowerCase() ?? '') && taken.length > 2) {
      taken.splice(-2)
      end = index
      break
    }
    // `stock régional de 2 millions de doses`: the amount inside a phrase is left out
    if (/^\d/.test(word) && /^(?:de|d)$/.test(previous)) {
      while (index + 1 < all.length && /^(?:[\d,.]+|millions?|milliards?|de|d['’])$/iu.test(all[index + 1])) index++
      // (`aménagement de 150 000 hectares de rizières`: the unit of the count goes with it)
      if (MEASURE_UNITS.test(all[index + 1] ?? '') && /^(?:de|d['’])$/iu.test(all[index + 2] ?? '') && /^\p{Ll}/u.test(all[index + 3] ?? '')) index += 2
      // (`une redevance de 2 % sur la valeur des cannes`: a rate inside the phrase goes, with its `de`, and the phrase goes on to what it is levied on or of)
      if (all[index + 1] === '%' && taken.length > 1) {
        taken.pop()
        index++
        if (/^(?:sur|pour|des|du|de|d['’])$/iu.test(all[index + 1] ?? '')) continue
        end = index
        break
      }
      // (`pour un mandat de 2 ans`, `de deux ans`: a duration is no part of what is named)
      const duration = atDuration(all[index + 1], taken)
      if (duration === 'end') {
        end = index
        break
      }
      if (duration === 'skip') {
        index++
        continue
      }
      // … but an amount of money ends it (`fonds de garantie de 50 millions d'euros`)
      if (/^(?:euros?|dollars?|francs?|fcfa|livres?|\p{Sc})$/iu.test(all[index + 1] ?? '')) {
        taken.pop()
        // … save what it is for (`prêt de 200 millions de dollars pour la route …` → `Prêt pour la route …`, `contributions … au Fonds vert`)
        if (/^(?:pour|à|au|aux)$/i.test(all[index + 2] ?? '') && taken.length) {
          taken.push(all[index + 2])
          index += 2
          continue
        }
        end = index + 2
        break
      }
      // (`réseau de 12 ateliers-écoles` → `réseau d’ateliers-écoles`)
      if (taken.at(-1) === 'de' && /^[aeiouyâàéèêëîïôûœh]/iu.test(all[index + 1] ?? '') && !/^h[aeiouy]/iu.test(all[index + 1] ?? '')) taken[taken.length - 1] = 'd’'
      ofCounted(taken, patterns)
      continue
    }
    // `formation de deux mille dockers`: a count in words inside the phrase is left out, as digits are
    // (elsewhere it ends the phrase, as digits do: `irrigation au goutte-à-goutte à deux mille hectares`)
    // `travaux sur 24 sites prioritaires`, `objectif de restaurer 5 millions d'hectares de terres`: a head the count cut from its complement gets it back
    if ((/^\d/.test(word) || (counting(word) && !/^(?:un|une)$/i.test(word))) && taken.length && !name) {
      const resumed = pastCount(all, index, taken, patterns, counting)
      if (resumed !== undefined) {
        index = resumed - 1
        continue
      }
    }
    if (counting(word) && !/^(?:un|une)$/i.test(word) && taken.length) {
      if (!/^(?:de|d)$/.test(previous)) break
      while (counting(all[index + 1])) index++
      // (`de deux millions de doses`: the scale and its `de` go with the number, as after digits)
      while (index + 1 < all.length && /^(?:millions?|milliards?|de|d['’])$/iu.test(all[index + 1])) index++
      // (`pour un mandat de 2 ans`, `de deux ans`: a duration is no part of what is named)
      const duration = atDuration(all[index + 1], taken)
      if (duration === 'end') {
        end = index
        break
      }
      if (duration === 'skip') {
        index++
        continue
      }
      // (`de cinq cents écoles` → `d’écoles`)
      if (taken.at(-1) === 'de' && /^[aeiouyâàéèêëîïôûœ]/iu.test(all[index + 1] ?? '')) taken[taken.length - 1] = 'd’'
      ofCounted(taken, patterns)
      continue
    }
    // `l'eau potable et l'assainissement`: no article after `et`; but a second complement keeps its `de`
    // as the first had it (`adhésion du Cameroun et de Madagascar`, `financement des routes et des ponts`)
    const complemented = taken.slice(1, -1).some((w) => /^(?:de|du|des|d['’])$/i.test(w))
    if (patterns.determiners.has(lower) && previous === 'et' && !(complemented && /^(?:de|du|des|d)$/.test(lower))) continue
    // `les opérateurs lanceront …`: a verb in the future ends the phrase
    // (… and so does one in the conditional: `le marché ouvrirait de 10 h à 21 h`, `les travaux dureraient …`; not `portrait`, `retrait`)
    if (taken.length && (/\p{L}{3,}(?:eront|iront|ront|raient)$/u.test(lower) || (/\p{L}{2,}rait$/u.test(lower) && !/trait$/u.test(lower)))) {
      end = index
      break
    }
    // `consacrer à l'assainissement au moins 0,5 % de …`: a word that qualifies an amount (`au moins`, `environ`, `plus de`) ends the phrase with it
    // `parcours de formation financé à hauteur de 9 000 euros`: an amount ends the phrase, and the participle that brings it goes too
    if (taken.length && lower === 'à' && /^hauteur$/i.test(all[index + 1] ?? '') && /^(?:de|d['’])$/iu.test(all[index + 2] ?? '') && (/^\d/.test(all[index + 3] ?? '') || counting(all[index + 3]))) {
      if (taken.length > 1 && /(?:é|ée|és|ées)$/i.test(taken.at(-1)!)) taken.pop()
      end = index
      break
    }
    const qualified = /^(?:au|pas|plus|moins|près)$/.test(lower) && /^(?:moins|plus|de|d['’])$/iu.test(all[index + 1] ?? '') ? all[index + 2] : lower === 'environ' || lower === 'quelque' ? all[index + 1] : undefined
    if (taken.length && qualified !== undefined && (/^\d/.test(qualified) || counting(qualified))) {
      end = index
      break
    }
    // `un service volontaire permettant chaque année à …`: a present participle that does not take `de` ends the phrase (`ménages disposant de latrines` stays)
    if (taken.length > 1 && /\p{L}{3,}ant$/u.test(lower) && !NOT_PARTICIPLE_ANT.test(lower) && !/^(?:de|d['’]|du|des)$/iu.test(all[index + 1] ?? '')) {
      end = index
      break
    }
    // `les délais de paiement pénalisent …`: a verb in the present after a plural noun ends the phrase
    // (… or after the plural head's complement: `usines d'égrenage de la région fonctionnent …`)
    if (taken.length && (/[sx]$/i.test(taken.at(-1) ?? '') || (taken.length > 2 && /\p{L}{3,}[sx]$/iu.test(taken[0]))) && /\p{L}{2,}(?<![md])ent$/u.test(lower) && !NOT_PRESENT.test(lower)) {
      end = index
      break
    }
    // `la numérisation améliore le recouvrement`, `le taux … atteint 58 %`: a word that an article or an
    // amount follows without a preposition is a verb, and ends the phrase
    const after = all[index + 1]?.toLowerCase() ?? ''
    // (`journée de greffe le samedi 7 mars`: an article before a day or a month brings when, the word before it is no verb, and the phrase ends there)
    if (taken.length && WHEN_LEADS.test(lower) && WHEN_NAMES.test(all[index + 1] ?? '') && !/^(?:de|d|du|des)$/.test(previous)) {
      end = index
      atTime = true
      break
    }
    // (`au moins tous les deux cents mètres`, `au plus tard`: a bound on an amount or a time is never part of what is named)
    if (taken.length && lower === 'au' && /^(?:moins|plus)$/iu.test(all[index + 1] ?? '')) {
      end = index
      break
    }
    const timeAfter = /^(?:le|la|les|l['’])$/.test(after) && WHEN_NAMES.test(all[index + 2] ?? '')
    if (taken.length && !name && !timeAfter && !patterns.determiners.has(lower) && !patterns.stop.has(lower) && !/^(?:de|d|du|des|et|ou|n[°º]|à|au|aux|en|par|pour|sur|dans|chez|vers|contre|entre|selon|sans|sous|avec|comme|dont|que|qui)$/.test(lower) && !patterns.documentNouns?.has(lower) && (/^(?:le|la|les|l['’]|un|une)$/.test(after) || (/^\d/.test(after) && !/^(?:19|20)\d\d$/.test(after) && /(?:t|e|é|ée|és|ées|ent)$/.test(lower)))) {
      end = index
      break
    }
    // `recenser les périmètres abandonnés et de proposer un plan`: a second infinitive is a clause of its own
    if (lower === 'et' && taken.length && /^(?:de|d['’]|à)$/i.test(all[index + 1] ?? '') && /\p{L}{3,}(?:er|ir|re)$/iu.test(all[index + 2] ?? '')) {
      end = index
      break
    }
    // a name runs on through its small words (`Agenda de Lausanne pour la science ouverte`)
    // `système d'alerte par SMS`, `langues en danger`, `formation à distance`: a preposition and a bare noun make a compound
    // (… and so does `avec` and a bare noun, what the thing has: `banc avec dossier et accoudoirs`, `logements avec jardin`; not `avec succès`)
    if (lower === 'avec' && taken.length >= 1 && participleAt === -1 && !name && BARE_COMPLEMENT.test(all[index + 1] ?? '') && !patterns.determiners.has(all[index + 1]?.toLowerCase().replace(/['’]$/, '') ?? '') && !MANNER_AFTER_AVEC.test(all[index + 1] ?? '')) {
      taken.push(word)
      continue
    }
    // `le financement par la coopérative scolaire de la classe de découverte`: who acts, between an act's noun and its object, is skipped
    if (lower === 'par' && wordCount(taken) === 1 && !name && ACT_NOUN_SHAPE.test(taken[0])) {
      const past = pastAgent(all, index, patterns.determiners)
      if (past !== -1) {
        index = past - 1
        continue
      }
    }
    if (/^(?:par|en|à|sans)$/.test(lower) && taken.length >= 1 && participleAt === -1 && BARE_COMPLEMENT.test(all[index + 1] ?? '') && !patterns.determiners.has(all[index + 1]?.toLowerCase().replace(/['’]$/, '') ?? '') && !LOCUTION_AFTER.test(all[index + 1] ?? '')) {
      taken.push(word)
      continue
    }
    // … and a head alone keeps what it is for or about (`guichet unique pour les exportateurs`, `guide commun sur les clauses …`)
    // (`lutte contre`: a noun that needs its preposition keeps it, `stratégie régionale de lutte contre l'obésité`)
    const bare = participleAt === -1 && taken.length > 0 && (wordCount(taken) <= 2 || (lower === 'contre' && /^lutte$/i.test(taken.at(-1) ?? ''))) && /^(?:pour|sur|contre)$/.test(lower)
    const link = bare || ((name || (generic && taken.length < 4)) && /^(?:pour|sur|contre|en|à|au|aux)$/.test(lower) && (name || patterns.genericLinks?.has(lower) || (lower === 'en' && /^mati[èe]re$/i.test(all[index + 1] ?? ''))))
    // (a name runs on through `au`/`aux` only to a name: not `Banque africaine de développement | au programme`)
    if (name && taken.length > 1 && /^(?:au|aux)$/.test(lower) && !/^\p{Lu}/u.test(all[index + 1] ?? '')) {
      end = index
      break
    }
    // (`chaque trimestre`, `tous les ans`: when is not what; but after `à`, `chaque` names who receives: `aide à chaque nouveau producteur`)
    // (… and after the `de` of a record or a survey that covers the things of a set one by one: `registre de chaque réparation`)
    const each = lower === 'chaque' && (/^(?:à|pour)$/.test(previous) || (previous === 'de' && COVERING_HEADS.test(taken[0]?.toLowerCase() ?? ''))) && taken.length > 1 && !TIME_AFTER_EACH.test(all[index + 1] ?? '')
    if (!/[\p{L}\d°º]/u.test(word) || (patterns.stop.has(lower) && !link) || (taken.length && /^(?:chaque|tous|toutes)$/.test(lower) && !each)) {
      end = index
      break
    }
    // `plan commun contre les violences faites aux femmes`, `bovins destinés à l'exportation`: a participle
    // with its own complement starts a phrase of its own; it stays only after a short head, if it fits
    // (after a noun or an adjective, not an article: `de l'égalité entre …` has none)
    // (`contrôles non autorisés sur …`: after `non` a participle is an adjective of the noun)
    // (… but not after an act's noun, whose `de` the participle only qualifies: `l'achat groupé de l'huile d'olive`, `la gestion partagée des refuges`)
    if (participleAt === -1 && !name && taken.length && !patterns.determiners.has(previous) && !/^(?:à|au|aux|pour|sur|contre|en|par|non)$/.test(previous) && isParticiple(lower, patterns, all[index + 1]) && opensComplement(all, index + 1) && !actsOn(taken, all[index + 1], patterns)) {
      if (taken.filter((w) => !/^(?:de|du|des|d['’]|la|le|les|l['’])$/i.test(w)).length > 2) {
        end = index
        break
      }
      participleAt = taken.length
    }
    // too long: the phrase is cut before its last complement, never inside one (an elided article is no word)
    if (wordCount(taken) >= most) {
      cutShort = true
      if (participleAt !== -1) {
        taken.length = participleAt + (participleAt === 1 && keepsParticiple(taken) ? 1 : 0)
        end = index
        break
      }
      // (a `pour`/`sur`/`contre` complement goes whole when the head already says what it is with its own
      // `de`: `plan d'action pour la gestion des déchets …` → `Plan d'action`; not `règles communes pour la pêche …`)
      const opened = taken.findIndex((w, k) => k >= 2 && /^(?:pour|sur|contre|en|à|au|aux)$/i.test(w) && (!generic || taken.slice(1, k).some((x) => /^(?:de|du|des|d['’])$/i.test(x))))
      // (else before the last complement with an article, `des sites de stockage`, rather than inside a compound, `de stockage`)
      const withArticle = taken.findLastIndex((w, k) => k >= 2 && (/^(?:du|des|au|aux)$/i.test(w) || (/^(?:de|à)$/i.test(w) && /^(?:la|le|les|l['’])$/i.test(taken[k + 1] ?? '')) || (/^d['’]$/i.test(w) && /^(?:un|une)$/i.test(taken[k + 1] ?? ''))))
      // (… when what is kept still says what: not `Tableau de bord` of `tableau de bord des foyers de maladies`)
      const saysWhat = (k: number) => taken.slice(0, k).filter((w) => !/^(?:de|du|des|d['’]|la|le|les|l['’]|à|au|aux)$/i.test(w)).length >= 3
      const complement = opened !== -1 ? opened : withArticle !== -1 && saysWhat(withArticle) ? withArticle : taken.findLastIndex((w, k) => k >= 2 && /^(?:de|du|des|d['’]|à|au|aux)$/i.test(w))
      if (complement !== -1) taken.length = complement
      end = index
      break
    }
    if (lower === 'd' && /^ici$/i.test(all[index + 1] ?? '')) break
    // `budget 2025`, `stratégie … 2024-2030`: a year right after a word of the phrase says which
    if (/^(?:19|20)\d\d(?:-(?:19|20)\d\d)?$/.test(word) && taken.length && !/^(?:de|d|du|des|en|à|au|aux|pour|sur|contre)$/.test(previous)) {
      taken.push(word)
      continue
    }
    if (/^\d/.test(word)) break
    taken.push(word)
  }
  while (taken.length && (patterns.tail.has(taken[taken.length - 1].toLowerCase().replace(/['’]$/, '')) || /^non$/i.test(taken[taken.length - 1]))) taken.pop()
  // a participle left without its complement goes too (`… numériques faites`)
  // (… unless the noun would be left alone: `semences certifiées | à un million …`, `écoles fermées | pour raisons …` say which)
  if (participleAt !== -1 && taken.length <= participleAt + 1 && !(participleAt === 1 && keepsParticiple(taken))) taken.length = participleAt
  // `règles d'origine applicables aux produits …` cut before `aux`, `sites côtiers menacés par l'érosion` before `par`:
  // the word that governs the complement or the agent goes with it
  const next = all[start + taken.length]?.toLowerCase()
  if (taken.length > 2 && !name && !atTime && /^(?:à|au|aux|par)$/.test(next ?? '') && all.slice(start, start + taken.length).join(' ') === taken.join(' ') && /(?:ables?|ibles?|ifs?|ives?|é|ée|és|ées)$/i.test(taken[taken.length - 1])) taken.pop()
  // (a participle cut off from its complement by the length goes too: `zones blanches privées | de couverture`)
  else if (cutShort && taken.length > 2 && !name && /^(?:de|d['’]|du|des|pour|contre|dans|sur|en|avec)$/.test(next ?? '') && all.slice(start, start + taken.length).join(' ') === taken.join(' ') && isParticiple(taken[taken.length - 1].toLowerCase(), patterns, next) && !patterns.determiners.has(taken[taken.length - 2].toLowerCase().replace(/['’]$/, ''))) taken.pop()
  // A title of seven words whose head already says what with three words of its own, without a
  // preposition (`protocole régional de certification vétérinaire | des bovins`, `autorité régionale de
  // régulation | des plateformes numériques`), does without its last complement with an article; one
  // of six keeps it, as an action noun needs its object (`programme commun de stockage des céréales`).
  if (!name && wordCount(taken) > 6) {
    const last = taken.findLastIndex((w, k) => k >= 3 && (/^(?:du|des)$/i.test(w) || (/^de$/i.test(w) && /^(?:la|l['’])$/i.test(taken[k + 1] ?? ''))))
    const kept = taken.slice(0, last)
    const content = kept.filter((w) => !/^(?:de|du|des|d['’]|la|le|les|l['’])$/i.test(w))
    if (last !== -1 && content.length >= 3 && !kept.some((w) => /^(?:à|au|aux|pour|sur|contre|en|dans|par|avec|et)$/i.test(w)) && !isParticiple(kept[kept.length - 1].toLowerCase(), patterns, taken[last])) taken.length = last
  }
  if (!taken.length) return undefined
  // a name too long for a title gives way to its acronym, when the text gives one (`(LAOS)`)
  if (name && taken.length > MAX_TITLE_WORDS) {
    const short = all[end] === '(' && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(all[end + 1] ?? '') && all[end + 2] === ')' ? all[end + 1] : undefined
    if (short) return short
  }
  return taken.join(' ').replace(/(['’]) /g, '$1').replace(/(n[°º]) ?/gu, '$1 ').trim()
}
