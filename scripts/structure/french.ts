/**
 * What the reader knows of French, as data, in one place (the counterpart of `english.ts`): its
 * frequent words, months and date forms (`les 15 et 16 avril 2021`, `du 30 novembre au
 * 1er décembre 2022`), the kinds of document, the verbs of a dateline (`se sont réunis à
 * Bruxelles`), « guillemets », the names of plans (`Feuille de route de Bruxelles`), the words of
 * a decision, of the next meeting, of headings, and how figures are written (`3 000 écoles`,
 * `2,4 milliards d'euros`, `12 %`). Every pattern is anchored or bounded, so it runs in linear time.
 */
import type {CountActions, InlineOrdinals, Reading} from './language.js'
import {DOTTED_DATE, FIGURE_RANGES, SHORT_YEAR_DATE, SLASHED_DAY_FIRST, monthInFigures, yearInWordsCounts, type Calendar, type DateForm} from './parse-dates.js'
import {readFrenchNumber} from './french-numerals.js'
import {withFurnitureHeadings} from './furniture-headings.js'
import {FRENCH_TASK_FORM} from './task-lines.js'

const MONTH_NAMES = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre']
const MONTH = '(janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[ûu]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?)(?!\\p{L})'
const DAY = '(1er|\\d{1,2})'
const YEAR = '((?:19|20)\\d{2})'
const WEEKDAY = '(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?'
/** Between the two ends of a range: `et`, `au`, `jusqu'au` (`du lundi 8 juin jusqu'au mercredi 10 juin`), a dash. */
const AND = '\\s*(?:et|&|au|jusqu[\'’]au|–|—|-)\\s*'
/** Days of a list before its last (`12, 13` in `les 12, 13 et 14 mars`): at most five more, each after a comma (bounded, so linear). */
const MORE_DAYS = '(?:\\s*,\\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?(?:1er|\\d{1,2})){1,5}'

/** The month a French name stands for (`juil.` → 6), accents and case ignored. */
function monthIndex(name: string): number {
  const figures = monthInFigures(name)
  if (figures !== undefined) return figures
  const key = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f.]/g, '')
  if (!key) return -1
  return MONTH_NAMES.findIndex((month) => month === key || (key.length >= 3 && month.startsWith(key) && !(key === 'jui')))
}

const formsWith = (year: string): DateForm[] => {
  const y = year ? `\\s+${year}` : ''
  const read = (m: RegExpExecArray, at: number) => (year ? +m[at] : 0)
  return [
    // du 30 décembre 2024 au 2 janvier 2025 (a range across years: each date has its own)
    ...(year ? [{pattern: new RegExp(`${WEEKDAY}${DAY}\\s+${MONTH}\\s+${year}${AND}${WEEKDAY}${DAY}\\s+${MONTH}\\s+${year}`, 'iu'), read: (m: RegExpExecArray) => [parseInt(m[1]), m[2], +m[3], parseInt(m[4]), m[5], +m[6]] as [number, string, number, number, string, number]}] : []),
    // du 30 novembre au 1er décembre 2022
    {pattern: new RegExp(`${WEEKDAY}${DAY}\\s+${MONTH}${AND}${WEEKDAY}${DAY}\\s+${MONTH}${y}`, 'iu'), read: (m) => [parseInt(m[1]), m[2], read(m, 5), parseInt(m[3]), m[4], read(m, 5)]},
    // les 12, 13 et 14 mars 2026, les lundi 12, mardi 13 et mercredi 14 mars (a list of days: the first to the last)
    {pattern: new RegExp(`${WEEKDAY}${DAY}${MORE_DAYS}\\s*(?:,\\s*)?(?:et|&)\\s+${WEEKDAY}${DAY}\\s+${MONTH}${y}`, 'iu'), read: (m) => [parseInt(m[1]), m[3], read(m, 4), parseInt(m[2]), m[3], read(m, 4)]},
    // les 15 et 16 avril 2021, 15-16 avril 2021
    {pattern: new RegExp(`${WEEKDAY}${DAY}${AND}${WEEKDAY}${DAY}\\s+${MONTH}${y}`, 'iu'), read: (m) => [parseInt(m[1]), m[3], read(m, 4), parseInt(m[2]), m[3], read(m, 4)]},
    // 9 mars 2023, le jeudi 4 juin
    {pattern: new RegExp(`${WEEKDAY}${DAY}\\s+${MONTH}${y}`, 'iu'), read: (m) => [parseInt(m[1]), m[2], read(m, 3), parseInt(m[1]), m[2], read(m, 3)]},
  ]
}

/** A day of the month written in words, as minutes write it (`le vingt-quatre`, `le premier`, `les douze et treize`). */
const DAY_IN_WORDS = '(premier|1er|dix[- ](?:sept|huit|neuf)|vingt(?:[- ](?:et[- ]un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|trente(?:[- ]et[- ]un)?|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)'
/** A year of this century written in words (`deux mille vingt-six`, `deux mille neuf`). */
const YEAR_IN_WORDS = '(deux[- ]mille(?:[- ](?:vingt|trente|quarante)(?:[- ](?:et[- ]un|deux|trois|quatre|cinq|six|sept|huit|neuf))?|[- ](?:dix[- ](?:sept|huit|neuf)|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize))?)'
/** The value of a day or a year written in words (`vingt-cinq` → 25, `deux mille vingt-six` → 2026). */
function inWords(written: string): number {
  if (/^(?:premier|1er)$/i.test(written)) return 1
  return readFrenchNumber(written.toLowerCase().split(/[\s-]+/))?.value ?? 0
}
/**
 * Dates written in words, as a procès-verbal opens (`L'an deux mille vingt-six, les vingt-quatre et vingt-cinq novembre, s'est tenue …`)
 * or closes (`la séance a été levée le vingt-cinq novembre deux mille vingt-six`): the year before the days, or after the month.
 */
const DATES_IN_WORDS: DateForm[] = [
  {pattern: new RegExp(`(?<!\\p{L})l['’]an\\s+${YEAR_IN_WORDS}\\s*,?\\s*(?:et\\s+)?(?:le|les)\\s+${DAY_IN_WORDS}(?:\\s+(?:et|au)\\s+${DAY_IN_WORDS})?\\s+(?:du\\s+mois\\s+d['’]?\\s*(?:de\\s+)?)?${MONTH}`, 'iu'), read: (m) => [inWords(m[2]), m[4], inWords(m[1]), inWords(m[3] ?? m[2]), m[4], inWords(m[1])]},
  {pattern: new RegExp(`(?<!\\p{L})(?:le|les)\\s+${DAY_IN_WORDS}(?:\\s+(?:et|au)\\s+${DAY_IN_WORDS})?\\s+${MONTH}\\s+(?:de\\s+l['’]an\\s+)?${YEAR_IN_WORDS}(?!\\p{L})`, 'iu'), read: (m) => [inWords(m[1]), m[3], inWords(m[4]), inWords(m[2] ?? m[1]), m[3], inWords(m[4])], rejects: (m) => yearInWordsCounts(m, FRENCH_COUNT_WORDS)},
]
/** French number words that go on a count (`deux mille trois cents`, `deux mille cinq cent mille`). */
const FRENCH_COUNT_WORDS = /^(?:cents?|mille|millions?|milliards?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)$/iu

/** French dates, with the ISO form too. */
export const FRENCH_CALENDAR: Calendar = {
  // `12.06.2025`, `12/06/2025`: in figures, French puts the day first.
  forms: [...formsWith(YEAR), {pattern: /((?:19|20)\d{2})-(\d{2})-(\d{2})/, read: (m) => [+m[3], MONTH_NAMES[+m[2] - 1] ?? '', +m[1], +m[3], MONTH_NAMES[+m[2] - 1] ?? '', +m[1]]}, ...FIGURE_RANGES, DOTTED_DATE, SHORT_YEAR_DATE, SLASHED_DAY_FIRST, ...DATES_IN_WORDS],
  yearlessForms: formsWith(''),
  monthIndex,
  locale: 'fr-FR',
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
}

/** What comes just before a weekday when a meeting began that day and is still sitting, or work opened then (`réunis depuis lundi`, `travaux ouverts le lundi`). */
/** A meeting of so many days that ends on the day of the text (`ont achevé aujourd'hui deux jours de travaux`, `au terme de trois jours de réunion, aujourd'hui`): the number of days. */
/** Une réunion de tant de jours qui s'achève quand la décision de la phrase est prise (`ont adopté jeudi, au terme de deux jours de réunion, …`, `à l'issue de trois jours de discussions`), comme `DAYS_ENDED` : le nombre de jours jusqu'à la date que donne le texte. */
export const FRENCH_DAYS_ENDED = /(?<!\p{L})(?:au\s+terme\s+de|[àa]\s+l['’]issue\s+de|apr[èe]s|(?:ont|a)\s+(?:cl[ôo]tur[ée]|achev[ée]|conclu|termin[ée])[\s,]+(?:(?:ce|le|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|apr[èe]s-midi|(?:[àa]|au|en)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*){0,3})[\s,]+){0,4}(?:leurs\s+|ses\s+)?)\s*(deux|trois|quatre|cinq|[2-5])\s+jours\s+(?:de|d['’])\s*(?:r[ée]union|travaux|discussions|n[ée]gociations|d[ée]bats|pourparlers|consultations|[ée]changes)(?!\p{L})/iu
export const FRENCH_DAYS_ENDING_TODAY = /(?<!\p{L})(deux|trois|quatre|cinq|[2-5])\s+jours?(?!\p{L})[^;!?]{0,120}?(?<!\p{L})aujourd['’]hui(?!\p{L})|(?<!\p{L})aujourd['’]hui(?!\p{L})[^;!?]{0,60}?(?<!\p{L})(deux|trois|quatre|cinq|[2-5])\s+jours?(?!\p{L})/iu
/** The number words of `FRENCH_DAYS_ENDING_TODAY`. */
export const FRENCH_DAY_COUNTS: Record<string, number> = {deux: 2, trois: 3, quatre: 4, cinq: 5}
export const FRENCH_SINCE_WEEKDAY = /(?<!\p{L})(?:depuis|(?:ouvert|entam[ée]|d[ée]but[ée]|commenc[ée])(?:e|s|es)?)\s+(?:le\s+)?$/iu

/** A sentence that opens on a third person's pronoun (`Ils ont relevé …`, `Elle a rappelé …`): who it is, the sentence before says. */
export const FRENCH_LEANS_ON_SENTENCE_BEFORE = /^\s*(?:ils|elles|il|elle)\s/iu

/**
 * A subject pronoun and the word after it (`Nous saluons …`, `Ils ont convenu …`), or the meeting's members and an
 * auxiliary (`Les ministres se sont inquiétés de … :`, `Les délégués ont retenu :`): before a colon, a clause, never a `Titre :`.
 */
export const FRENCH_CLAUSE_OPENING = /^\s*(?:(?:[Nn]ous|[Jj]e|[Ii]ls|[Ee]lles)\s+\p{Ll}|(?:[Ll]es|[Dd]es)\s+(?:ministres|d[ée]l[ée]gu[ée]s|participants|membres|[ÉE]tats\s+membres|chefs\s+d['’][ÉE]tat)\s+(?:se\s|s['’]|ont\s|sont\s|n['’]ont\s))/u

/** Short, frequent French words (and none that English uses): language detection counts them. */
export const FRENCH_STOP_WORDS = new Set('le la les des du et une un pour dans avec sur est sont au aux qui que ont été ce cette ces leur leurs nous il elle ne pas plus par entre afin lors dont ainsi également sera seront chaque selon'.split(' '))

/** The kinds of document a French title line names; the value is `kind` as `roadmap.md` writes it. */
/** Le préambule d'une déclaration s'ouvre sur qui parle (`Nous, ministres de …, réunis à …,`) : le texte commence là. */
export const FRENCH_PREAMBLE_OPENING = /^Nous,\s/u

export const FRENCH_DOCUMENT_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  // `Déclaration commune` is the other usual French for a joint statement.
  [/(?<!\p{L})d[ée]claration\s+(?:conjointe|commune)(?!\p{L})/iu, 'joint statement'],
  [/(?<!\p{L})communiqu[ée]\s+conjoint(?!\p{L})/iu, 'communiqué'],
  [/(?<!\p{L})(?:r[ée]sum[ée]\s+de\s+la\s+pr[ée]sidence|synth[èe]se\s+de\s+la\s+pr[ée]sidence|d[ée]claration\s+de\s+la\s+pr[ée]sidence|conclusions\s+de\s+la\s+pr[ée]sidence)(?!\p{L})/iu, "chair's summary"],
  // What a council of ministers concluded, numbered under `Le Conseil :`: the shape of a communiqué.
  [/(?<!\p{L})conclusions\s+du\s+conseil(?!\p{L})/iu, 'communiqué'],
  // A record of what a meeting concluded, drawn up for all who took part (the minutes' decisions),
  // not a text the chair issues on their own authority: a readout.
  [/(?<!\p{L})relev[ée]\s+de\s+(?:conclusions|d[ée]cisions)(?!\p{L})/iu, 'readout'],
  [/^(?:d[ée]cisions|r[ée]solutions)\s+(?:adopt[ée]es|prises)\s+par\s+(?:le|la|l['’])/iu, 'readout'],
  // (`Résolutions de l'assemblée générale annuelle`, `Conseil : les décisions de la session de printemps`: ce qu'une séance a décidé ; header43)
  [/(?:^|[:–—]\s*)(?:les\s+)?(?:d[ée]cisions|r[ée]solutions)\s+(?:de\s+la|de\s+l['’]|du)\s*(?:[\p{L}\d'’-]+\s+){0,3}?(?:r[ée]union|session|s[ée]ance|congr[èe]s|assembl[ée]e|conf[ée]rence|conseil)(?!\p{L})/iu, 'readout'],
  // The minutes of a session (`Procès-verbal de la troisième session ordinaire`): the record of the meeting, a readout.
  [/^proc[èe]s-verbal(?!\p{L})/iu, 'readout'],
  [/(?<!\p{L})communiqu[ée]\s+de\s+presse(?!\p{L})/iu, 'press release'],
  // La ligne d'un service de presse qui dit seulement que la page informe la presse (`Information presse`, `Information aux médias`, `Info presse`) : un communiqué de presse.
  [/^infos?(?:rmations?)?\s+(?:(?:de\s+|[àa]\s+la\s+)?presse|aux\s+m[ée]dias|m[ée]dias)$/iu, 'press release'],
  // `Pour diffusion immédiate`, `Sous embargo jusqu'au …`: a newsroom's lines above a release.
  [/^(?:pour\s+(?:diffusion|publication)\s+imm[ée]diate|sous\s+embargo)(?!\p{L})/iu, 'press release'],
  [/(?<!\p{L})communiqu[ée](?!\p{L})/iu, 'communiqué'],
  [/(?<!\p{L})note\s+(?:aux\s+r[ée]dactions|aux\s+m[ée]dias|[àa]\s+la\s+presse|d['’]information)(?!\p{L})/iu, 'media note'],
  [/(?<!\p{L})d[ée]claration(?!\p{L})/iu, 'declaration'],
  [/(?<!\p{L})compte\s+rendu(?!\p{L})/iu, 'readout'],
  // Le titre d'un discours (`Discours de clôture de Mme …`, `Allocution d'ouverture du président`) : ce qu'a dit un orateur, une déclaration.
  [/^(?:discours|allocution|intervention)\s+(?:d['’]ouverture\s+|de\s+cl[ôo]ture\s+|inaugural\s+)?(?:de|du|d['’])(?!\p{L})/iu, 'statement'],
]

/** L'office par lequel s'ouvre la ligne d'adresse d'un en-tête (`Secrétariat · Annecy`, `Siège social, 12 rue des Alpes, Annecy`) : le siège de l'organisme, ni le titre ni le lieu de la réunion. */
export const FRENCH_ADDRESS_OFFICE = /^(?:secr[ée]tariat(?:\s+(?:permanent|ex[ée]cutif))?|si[èe]ge(?:\s+social)?)$/iu

/** A title-block line written as a news headline: who met, then what they do, in the present (`Les ministres de la Francophonie s'engagent à …`, `Horticulture : les ministres … adoptent un plan …`); above a line that names the document, it is the title. */
export const FRENCH_HEADLINE_LINE = /^(?:[^:]{1,40}\s:\s)?(?:les\s+)?(?:ministres|dirigeants|chefs\s+d['’][ée]tat|maires|gouverneurs|partenaires|pays|[ée]tats\s+membres|gouvernements|d[ée]l[ée]gations)(?:\s+(?:de|du|des|d['’])\s*[^,:;]{1,100}?)?\s+(?:s['’]engagent|adoptent|lancent|conviennent|signent|approuvent|d[ée]cident|appellent|renforcent|fixent|s['’]unissent|se\s+mobilisent|entérinent|r[ée]affirment)(?!\p{L})/iu

/** A title-block line that names the site's section or the newsletter a page was posted under (`Actualités`, `Actualités du Réseau …`, `Le blog de la Commission`, `Bulletin du Réseau …`, `La Lettre d'information de …`): who publishes it, never its title; the name after it is its owner's. */
/** Une ligne d'en-tête qui nomme une rubrique de salle de presse, sans propriétaire (`COMMUNIQUÉS ET DÉCLARATIONS`, `Salle de presse`, `Discours`) : où la page est rangée, jamais un lieu, un titre ni qui s'est réuni. */
export const FRENCH_NEWSROOM_SECTION = /^(?:(?:la\s+)?salle\s+de\s+presse|(?:espace\s+)?presse|(?:communiqu[ée]s|d[ée]clarations|discours|interventions|allocutions)(?:\s*(?:,|et)\s*(?:communiqu[ée]s|d[ée]clarations|discours|interventions|allocutions)(?:\s+de\s+presse)?){0,3}(?:\s+de\s+presse)?)$/iu
export const FRENCH_SECTION_LINE = /^(?:Les\s+)?(?:Actualit[ée]s|ACTUALIT[ÉE]S|Nouvelles|(?:Le\s+)?[Bb]log|(?:Le\s+)?Bulletin|(?:La\s+)?Lettre\s+d['’]information)(?:\s+(?:internes|institutionnelles|r[ée]gionales))?(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(\p{Lu}[^.!?]{0,80}?))?(?:\s+[–—|·•-]\s+(?:Num[ée]ro|N[o°]\.?)\s*\d{1,4})?(?:\s+[–—|·•-]\s+[^–—|·•]{0,40}\b(?:19|20)\d\d)?$/u

/** Une ligne du bloc de titre qui dit comment traiter le texte ou salue son lecteur, comme `MARKING_LINE` en anglais, jamais son titre : qui peut le lire (`DIFFUSION RESTREINTE`, `Confidentiel`, `Usage interne`, `NON CLASSIFIÉ`), `Seul le prononcé fait foi`, `Chers collègues,`. */
/** Une ligne du cartouche de diffusion d'un document intergouvernemental (`Distr. : générale`, `Original : anglais`) : comment le texte est diffusé, jamais son titre. */
export const FRENCH_DISTRIBUTION_LINE = /^(?:distr\.?\s*:?\s*(?:g[ée]n[ée]rale|limit[ée]e|restreinte)|original\s*:\s*(?:anglais|fran[çc]ais|espagnol|arabe|chinois|russe|portugais))\.?$/iu

/** Le conseil d'une commune nommé d'après elle (`Conseil municipal de Vannes`, `Ville de Lorient`) : le lieu où il siège, le premier groupe. Its words are parted by spaces only: a hyphen is inside a word (`Saint-Malo`), so a long hyphenated line is not split every way. */
export const FRENCH_LOCAL_BODY_CITY = /^(?:(?:le\s+)?conseil\s+(?:municipal|communautaire|m[ée]tropolitain)|(?:la\s+)?(?:ville|commune|mairie))\s+(?:de\s+|d['’])((?:la\s+|le\s+|les\s+|l['’])?\p{Lu}[\p{L}\p{M}'’.-]+(?:\s(?:(?:sur|sous|en|lès|les|le|la|de|du|des)[\s-])?\p{Lu}[\p{L}\p{M}'’.-]+){0,3})$/iu

/** Le conseil d'une commune nommé en mots communs, sa commune après lui sans article, au bout de qui s'est réuni (`…, le conseil municipal de Pont-Varenne`) : groupe 1 le conseil, groupe 2 le lien, groupe 3 la commune (un département, une région prennent l'article : `du Lot`, de la `Creuse`). */
export const FRENCH_COMMON_LOCAL_COUNCIL = /(?:^|[\s,])(?:[Ll]e\s+)?(conseil\s+(?:municipal|communautaire|m[ée]tropolitain))\s+(de\s+|d['’])(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s(?:(?:sur|sous|en|lès|les|le|la|de|du|des)\s)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$/u

export const FRENCH_MARKING_LINE = /^(?:diffusion\s+(?:restreinte|limit[ée]e|g[ée]n[ée]rale)|(?:strictement\s+)?confidentiel(?:le)?|non\s+classifi[ée]e?|usage\s+interne|(?:document\s+)?[àa]\s+usage\s+interne|document\s+interne|ne\s+pas\s+diffuser|non\s+destin[ée]e?\s+[àa]\s+la\s+publication|seul\s+le\s+prononc[ée]\s+fait\s+foi|sous\s+r[ée]serve\s+(?:du|de\s+la)\s+(?:prononc[ée]|v[ée]rification\s+[àa]\s+l['’]audition)|(?:chers|ch[èe]res)\s+(?:coll[èe]gues|amis|partenaires|membres)|chers\s+tous|bonjour(?:\s+[àa]\s+tous)?|madame,?\s+monsieur|mesdames(?:\s+et)?\s+messieurs)\s*[,.!:]?$/iu

/** A word of a state's motto set under its letterhead, a word a line or cut by dashes (`Liberté` / `Égalité` / `Fraternité`, `Un Peuple – Un But – Une Foi`, `Travail – Liberté – Patrie`): who issues the text, never its title. */
export const FRENCH_MOTTO_WORD = /^(?:libert[ée]|[ée]galit[ée]|fraternit[ée]|unit[ée]|travail|progr[èe]s|justice|paix|patrie|discipline|union|solidarit[ée]|dignit[ée]|un\s+peuple|un\s+but|une\s+foi)$/iu

/** A line that names who issued the text (`Service de presse`, `Pour diffusion immédiate`, a préfecture's `PRÉFET DE LA RÉGION …`). */
export const FRENCH_ISSUER_LINE = /^(?:(?:le\s+)?minist[èe]re\s+(?:f[ée]d[ée]ral\s+)?(?:de|des|du|d['’])|(?:spf|spp)(?=\s)|service\s+public\s+(?:f[ée]d[ée]ral|de\s+wallonie|r[ée]gional)|(?:le\s+)?(?:d[ée]partement|office)\s+f[ée]d[ée]ral|(?:le\s+)?secr[ée]tariat\s+d['’][ée]tat|(?:le\s+)?cabinet\s+(?:de|du)|(?:le\s+|la\s+|l['’])?(?:service|bureau|cellule|direction|d[ée]partement|division|unit[ée])\s+(?:de\s+(?:la\s+)?|du\s+|d['’]\s*|de\s+l['’]\s*)?(?:presse|communication|information|porte-parole|relations\s+(?:publiques|avec\s+les\s+m[ée]dias))|porte-parole|(?:l['’])?(?:ambassade|mission\s+permanente|haut-commissariat|consulat(?:\s+g[ée]n[ée]ral)?)\s+(?:de|du|des|d['’])|(?:le\s+)?gouvernement\s+(?:de|du|des|d['’])|(?:le\s+|la\s+)?pr[ée]f(?:et|[èe]te|ecture)\s+(?:de|du|des|d['’])|pour\s+(?:diffusion|publication)\s+imm[ée]diate|sous\s+embargo|.{0,80}[,–—|/]\s*(?:le\s+|la\s+)?(?:service|bureau|cellule|direction)\s+(?:de\s+(?:la\s+)?|du\s+)?(?:presse|communication|porte-parole)\s*$)(?!\p{L})/iu

/**
 * A line that names the office of an administration the text comes from, under its letterhead (`Cabinet du préfet`,
 * `Direction départementale des territoires`, `Service eau, environnement et forêt`, `Bureau de la communication
 * interministérielle`): who issues the text, never its title nor who met. The word after the office's is in lower case
 * (a line in capitals too): `Bureau de la Conférence des Parties` names a body, and a headline has its colon.
 */
export const FRENCH_OFFICE_LINE = /^(?:Cabinet|Direction|Sous-direction|Service|Bureau|Pôle|Délégation|Agence|Secrétariat\s+général|CABINET|DIRECTION|SOUS-DIRECTION|SERVICE|BUREAU|PÔLE|DÉLÉGATION|AGENCE|SECRÉTARIAT\s+GÉNÉRAL)(?:\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|à\s+la|au|aux)\s*(?!(?:la|le|les|l['’])(?:\s|['’]|$))(?=\p{Ll})|(?!(?:de|du|des|d['’]|à|au|aux)(?:\s|['’]))(?=\p{Ll})|(?=\p{Lu}[\p{Lu}'’-]+(?:\s|$)))[^:]*)?$/u

/**
 * Before another body's next meeting, a request or a proposal the meeting's side will make there (`la France demanderait à la
 * Commission européenne, lors du prochain Conseil des ministres de l'Agriculture, de relever …`): the meeting is where a task is
 * carried out, not the next meeting of the body that met; such a sentence is a point.
 */
const FRENCH_REQUEST_THERE = String.raw`(?<!(?:demander|proposer|plaider|d[ée]fendr)(?:a|ait|ont|aient)(?!\p{L})[^.;]{0,160}?(?:lors\s+(?:du|de\s+la)|au|[àa]\s+la|[àa]\s+l['’]occasion\s+(?:du|de\s+la))\s+)`
/** Sentences about the next meeting or a review: such a paragraph is outlook; so is one whose subject is a meeting that will be held (`La sixième réunion du Comité se tiendra à Bamako`, also with its adjective: `La septième session ordinaire du Comité se tiendra …`), and a meeting numbered by its ordinal that a clause says will be held (`à la dixième Conférence ministérielle, qui se tiendra à La Paz`); a review set for a year (`lors d'une revue à mi-parcours en 2028`) too. (an item of a list of commitments opens on the infinitive: `nous engageons à :` / `7. Nous retrouver à Niamey en avril 2028 …`) */
const FRENCH_NEXT_MEETING_WORDS = new RegExp(String.raw`(?<!\p{L})(?:se\s+retrouver(?:a|ont)|nous\s+nous\s+(?:retrouverons|r[ée]unirons|reverrons)|nous\s+(?:retrouver|r[ée]unir)\s+(?:(?:[àa]|de)\s+nouveau\s+)?(?:[àa]|au|en)\s+(?:\p{Lu}\p{L}*|\p{L}+\s+20\d\d)|se\s+r[ée]unir(?:a|ont)|se\s+reverr(?:a|ont)|${FRENCH_REQUEST_THERE}prochaine\s+(?:r[ée]union|session|conf[ée]rence|rencontre|ministérielle|s[ée]ance)|prochaine?s?\s+(?:[\p{L}'’-]+\s+){1,5}?(?:se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|se\s+d[ée]rouler(?:a|ont))|${FRENCH_REQUEST_THERE}prochain\s+(?:conseil|sommet|forum|comit[ée])|tiendr(?:a|ont)\s+(?:leur|sa)\s+prochaine|(?:tiendr|accueiller|abriter)(?:a|ont)\s+(?:la|le|sa|son|leur)\s+(?:[\p{L}\d-]+\s+){0,2}(?:r[ée]union|session|sommet|conf[ée]rence|rencontre|assembl[ée]e)(?:\s+(?:ordinaire|extraordinaire|annuelle|minist[ée]rielle|pl[ée]ni[èe]re))?\s+(?:du|de\s+la|de\s+l['’]|des|[àa]|en)|fer(?:a|ont)\s+le\s+(?:point|bilan)|(?:une|la)\s+revue\s+[àa]\s+mi-parcours\s+(?:en|d['’]ici)\s+20\d\d|(?:sont\s+)?convenus?\s+de\s+se\s+(?:retrouver|r[ée]unir)|rendez-vous\s+(?:est|a\s+[ée]t[ée]|sera)\s+(?:d[ée]j[àa]\s+)?(?:pris|fix[ée]|donn[ée])|(?:se\s+(?:sont\s+)?donn(?:ent|[ée]e?s?|eront)|nous\s+nous\s+(?:sommes\s+)?donn(?:ons|[ée]e?s?))\s+rendez-vous|(?:^|(?<=[.!?]\s))une?\s+(?:(?:autre|nouvelle|nouveau|seconde?|deuxi[èe]me|troisi[èe]me|prochaine?)\s+)(?:r[ée]union|session|sommet|conf[ée]rence|rencontre|assembl[ée]e|journ[ée]e|forum|congr[èe]s|s[ée]minaire)(?:\s+[\p{L}'’-]+){0,2}?\s+(?:se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|se\s+d[ée]rouler(?:a|ont)|ser(?:a|ont)\s+organis[ée]e?s?)|(?:^|(?<=[.!?]\s))(?:la|le|les|l['’])\s*(?:[\p{L}\d'’-]+\s+){0,3}(?:r[ée]unions?|sessions?|sommet|conf[ée]rences?|rencontres?|assembl[ée]e|assises|journ[ée]es|congr[èe]s)(?:\s+(?:ordinaire|extraordinaire|annuelles?|minist[ée]rielle|pl[ée]ni[èe]re|statutaire|suivante|g[ée]n[ée]rales?|constitutive|nationale?|r[ée]gionale?|publique))*\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:[\p{L}\d'’.-]+\s+){1,8})?(?:se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|se\s+d[ée]rouler(?:a|ont)|ser(?:a|ont)\s+organis[ée]e?s?)|(?:premi[èe]re|\p{L}+i[èe]me|(?<!\d)\d+e|(?<!\d)\d+[èe]me)\s+(?:[\p{L}'’-]+\s+){0,3}(?:r[ée]union|session|sommet|conf[ée]rence|rencontre|assembl[ée]e)(?:\s+(?:ordinaire|extraordinaire|annuelle|minist[ée]rielle|pl[ée]ni[èe]re|statutaire))*(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*[\p{L}\d'’.-]+(?:\s+[\p{L}\d'’.-]+){0,7})?\s*,?\s+qui\s+(?:se\s+tiendra|aura\s+lieu|se\s+d[ée]roulera|sera\s+organis[ée]e?))(?!\p{L})`, 'iu')
/**
 * A report the body's staff are asked to give every year on how the plan is carried out or where things
 * stand (`ont chargé le Secrétariat de publier chaque année un rapport sur l'état de …`, `… de rendre compte
 * tous les ans de la mise en œuvre …`): outlook, as a review at the next meeting is.
 */
const FRENCH_RECURRING_REPORT = /(?<!\p{L})(?:secr[ée]tariat(?:\s+(?:ex[ée]cutif|permanent|g[ée]n[ée]ral))?|commission|pr[ée]sidence|secr[ée]taire\s+(?:ex[ée]cutif|g[ée]n[ée]ral))(?:\s+(?:de\s+la|de\s+l['’]|du|des)\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,4}?)?\s+(?:de|d['’])\s*(?:publier|pr[ée]senter|soumettre|[ée]tablir|rendre\s+compte)(?!\p{L})[^.;]{0,60}?(?:chaque\s+ann[ée]e|tous\s+les\s+(?:ans|deux\s+ans|six\s+mois)|annuellement)[^.;]{0,40}?(?:rapport\s+)?(?:sur|de)\s+(?:l['’](?:[ée]tat|application|ex[ée]cution|avancement)|la\s+mise\s+en\s+(?:œ|oe)uvre|les\s+progr[èe]s)(?!\p{L})/iu
/** A resolution that sets the next meeting in the subjunctive (`Que la prochaine assemblée générale se tienne à Dinan …`, `que la 59e session ait lieu à Bordeaux`): a step ahead (roles44). */
const FRENCH_RESOLVED_FIXTURE = /(?<!\p{L})que\s+(?:la|le|l['’])\s*(?:prochaine?\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:r[ée]union|session|assembl[ée]e|congr[èe]s|s[ée]ance|conf[ée]rence|rencontre)(?!\p{L})[^.;]{0,80}?\s(?:se\s+tienne|ait\s+lieu|soit\s+(?:organis[ée]e?|convoqu[ée]e?|accueillie?))(?!\p{L})/iu
export const FRENCH_NEXT_MEETING = new RegExp(`${FRENCH_NEXT_MEETING_WORDS.source}|${FRENCH_RECURRING_REPORT.source}|${FRENCH_RESOLVED_FIXTURE.source}`, 'iu')

/** A task that is only a review at the next meeting (`ont chargé le secrétariat de présenter …`). */
export const FRENCH_REVIEW_TASK = /^(?:[\p{L}'’-]+\s+){0,4}(?:de|d['’])\s*(?:pr[ée]senter|rendre\s+compte|faire\s+(?:le\s+point|rapport)|[ée]valuer|examiner|dresser\s+un\s+bilan)(?!\p{L})/iu
/** Between a verb of deciding or announcing and the next meeting, an offer to host it (`a annoncé que le Chili avait proposé d'accueillir la` prochaine réunion): the sentence is about the meeting. */
export const FRENCH_HOST_OFFER = /(?<!\p{L})(?:offre|proposition|invitation|propos[ée]|offert|disponibilit[ée])(?!\p{L})[^.;:]{0,80}?(?:de\s+|d['’])(?:accueillir|abriter|organiser)\s+(?:la|le|sa|son|leur)$/iu

export const FRENCH_CONTEXT_HEADINGS = /^(?:contexte|ce\s+que\s+(?:[\p{L}'’-]+\s+){1,4}?(?:a|ont)\s+(?:entendu|not[ée]|appris)|(?:informations?|communications?|comptes\s+rendus|expos[ée]s|rapports)\s+(?:re[çc]u(?:e?s)?|entendu(?:e?s)?)|points?\s+d['’]information|pour\s+information|(?:points?|questions?|dossiers?)\s+pour\s+information|auditions?|(?:(?:principaux|premiers|les)\s+)?constats(?:\s+partag[ée]s)?|(?:(?:principaux|premiers)\s+)?(?:r[ée]sultats|enseignements|constats)\s+(?:de\s+l['’]\s?(?:enqu[êe]te|[ée]tude|inventaire)|du\s+(?:sondage|questionnaire|recensement|diagnostic))(?:\s+[^\n]{1,60})?|en\s+bref|br[èe]ves|(?:l['’]\s?)?actualit[ée]\s+en\s+bref|[ée]dito(?:rial)?|avant-propos|pr[ée]face|rep[èe]res|mesures\s+d['’]ordre\s+individuel|(?:avant|en\s+amont\s+de)\s+la\s+(?:r[ée]union|session|s[ée]ance)|d[ée]j[àa]\s+fait|introduction|(?:les\s+)?chiffres[\s-]cl[ée]s|(?:la\s+réunion\s+)?en\s+chiffres|ordre\s+du\s+jour(?:\s+provisoire)?|sommaire|table\s+des\s+mati[èe]res|dans\s+ce\s+(?:document|num[ée]ro|relev[ée])|(?:[ée]taient|sont)\s+pr[ée]sent(?:e|s|es)?|(?:[ée]taient|sont)\s+(?:excus[ée]s?|absents?)|pr[ée]sents|signataires|(?:synth[èe]se|r[ée]sum[ée]|compte\s+rendu)\s+des\s+(?:[ée]changes|d[ée]bats|discussions|travaux)|questions\s+diverses|divers|autres\s+questions|(?:points|sujets)\s+divers|(?:affaires|informations)\s+diverses|(?:bref\s+|petit\s+)?historique(?:\s+(?:de\s+la|du|des|de\s+l['’])\s*[\p{L}'’ -]{1,60})?|rappel\s+historique|(?:un\s+peu\s+d['’])?histoire(?:\s+(?:de\s+la|du|des|de\s+l['’])\s*[\p{L}'’ -]{1,60})?|glossaire|(?:liste\s+des\s+)?(?:sigles|acronymes|abr[ée]viations)(?:\s+et\s+(?:sigles|acronymes|abr[ée]viations))?(?:\s+utilis[ée]s)?|point\s+(?:de|sur\s+la)\s+situation|(?:adoption|approbation)\s+de\s+l['’]ordre\s+du\s+jour(?:\s+provisoire)?|ouverture\s+de\s+la\s+(?:r[ée]union|session|s[ée]ance)|(?:ouverture\s+des\s+travaux)|rappel(?:\s+du\s+contexte)?|g[ée]n[ée]ralit[ée]s|pr[ée]ambule|aper[çc]u|(?:la\s+)?situation(?:\s+actuelle)?(?:\s+(?:dans|de|du|des|en|au|aux)\s+[\p{L}'’ -]+)?|[ée]tat\s+des\s+lieux|participants|observateurs|bordereau\s+d['’]envoi|destinataires|copies?\s+(?:pour\s+information\s+)?[àa]|ampliations?|d[ée]l[ée]gations|messages?\s+(?:principal|principaux|cl[ée]s?)|chiffres\s+[àa]\s+retenir|(?:si\s+l['’]on\s+vous\s+interroge|en\s+cas\s+de\s+questions?)(?:\s+sur)?(?:\s*(?:…|\.\.\.))?|questions[\s-]+r[ée]ponses|[àa]\s+ne\s+pas\s+dire|remerciements|(?:annexe\s*(?:\d+|[IVX]+)?\s*:?\s*)?liste\s+des\s+(?:participants|d[ée]l[ée]gations|[ée]tats\s+membres(?:\s+repr[ée]sent[ée]s)?|pays\s+repr[ée]sent[ée]s)|annexe)$/iu
/**
 * Headings of a page's furniture blocks in French, never a point (structure44): see `FURNITURE_HEADINGS` in `english.ts` (`Au
 * programme aujourd'hui`, `Programme du jour`, `Temps forts`, `En plénière`, `Dans les couloirs`, `Commentaires (3)`, `Chiffres clés de la filière (rapport du secrétariat)`).
 */
export const FRENCH_FURNITURE_HEADINGS = /^(?:au\s+programme(?:\s+(?:aujourd['’]hui|demain|du\s+jour|de\s+la\s+journ[ée]e))?|programme\s+(?:du\s+jour|de\s+la\s+journ[ée]e|d['’]aujourd['’]hui|de\s+demain)|(?:les\s+)?temps\s+forts(?:\s+(?:du\s+jour|de\s+la\s+journ[ée]e|d['’]aujourd['’]hui))?|[àa]\s+l['’]agenda(?:\s+(?:aujourd['’]hui|demain))?|[ée]v[ée]nements\s+parall[èe]les|en\s+(?:s[ée]ance\s+)?pl[ée]ni[èe]re|dans\s+les\s+couloirs|discussions?|(?:points|sujets)\s+abord[ée]s|autour\s+de\s+la\s+(?:conf[ée]rence|r[ée]union|session)|(?:\d{1,4}\s+)?commentaires?(?:\s*\(\d{1,4}\))?|(?:quelques\s+|les\s+|principaux\s+)?chiffres(?:[\s-]cl[ée]s)?(?:\s+(?:de|du|des|d['’])\s*[\p{L}'’ -]{1,40})?(?:\s*\([^()]{1,60}\))?)$/iu
/** What the meeting did with an item, in capitals or brackets at its line's end (`Prévision commune des crues — ADOPTÉ`, `Budget 2027 (approuvé)`). */
export const FRENCH_STATUS_WORD = /^(?:adopt[ée]e?s?|approuv[ée]e?s?|valid[ée]e?s?|accept[ée]e?s?|confirm[ée]e?s?|report[ée]e?s?|ajourn[ée]e?s?|rejet[ée]e?s?|retir[ée]e?s?|en\s+attente)$/iu
/** The first column's name of a table whose rows are what the meeting decided (`Action | Responsable | Échéance`). */
export const FRENCH_DECISION_TABLE_COLUMN = /^(?:actions?(?:\s+(?:retenues?|convenues?))?|décisions?(?:\s+prises?)?|tâches?|mesures?|engagements?|recommandations?|quoi)$/iu
/** Les autres colonnes d'un tableau, après ce qui a été décidé (`Responsable`, `Pilote`, `Échéance`) : sous `Action`, une ligne d'elles ouvre un tableau collé une cellule par ligne. */
export const FRENCH_OTHER_TABLE_COLUMN = /^(?:responsables?|pilotes?|porteurs?|qui|par\s+qui|[ée]ch[ée]ances?|d[ée]lais?|date|calendrier|quand|statut|[ée]tat|observations?|remarques?)$/iu
/** L'intitulé de la liste de qui signe un texte, au-dessus (`Signataires :`, `Signé par :`), ou suivi des noms sur sa ligne. */
export const FRENCH_SIGNATORIES_HEADING = /^(?:signataires|sign[ée]e?s?\s+par|(?:[ée]tats|pays|parties|gouvernements)\s+signataires)\s*:(?:\s+(?=\S).*)?$|^(?:signataires|sign[ée]\s+par)$/iu
/** Une réunion nommée dans une phrase qui ne dit pas qui s'est réuni (`… de la réunion du Conseil du Fonds de l'eau à Gaborone (…)`) : l'organe après `réunion du`, et la ville après lui ; pas une réunion à venir (`La prochaine réunion du Conseil … à Windhoek`). */
/** A sentence that says when the meeting was held, after a dateline without a date (`La réunion s'est tenue le 17 septembre 2026 …`), not another one (`La précédente réunion s'est tenue …`): see `MEETING_HELD_ON` in `english.ts`. */
export const FRENCH_MEETING_HELD_ON = /^(?:La|Cette|Leur)\s+(?:(?!(?:pr[ée]c[ée]dente|derni[èe]re|prochaine|pass[ée]e|ant[ée]rieure)(?!\p{L}))[\p{L}'’-]+\s+){0,3}?(?:r[ée]union|session|rencontre|conf[ée]rence|assembl[ée]e|concertation)\s+(?:s['’]est\s+(?:tenue|d[ée]roul[ée]e)|a\s+eu\s+lieu)(?!\p{L})/iu
/**
 * L'intitulé d'une journée dans le récit d'une réunion de plusieurs jours, jusqu'à sa date (`Jour 2 – mercredi 7 octobre`, `Journée 1 : 6 octobre`,
 * `Première journée – mardi 6 octobre`, `JOUR DEUX (mercredi 7 octobre)`) : la date qui suit date la réunion.
 */
export const FRENCH_DAY_HEADING = /^(?:(?:jour|journ[ée]e|s[ée]ance)\s+(?:\d{1,2}|un|deux|trois|quatre|cinq|i{1,3}|iv|v)|(?:premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me|quatri[èe]me|derni[èe]re)\s+journ[ée]e)(?!\p{L})\s*[—–:,(.·•|-]?\s*(?:le\s+)?/iu
/** Ce qui peut ouvrir une phrase avant la date qu'elle donne à la réunion nommée sans date dans la phrase d'avant (`Pendant deux jours, les 15 et 16 juin, nous …`, `Les 3 et 4 mars, les ministres …`, `Du 8 au 10 juin, …`). */
export const FRENCH_DATE_OPENING = /^(?:(?:pendant|durant|en|sur)\s+(?:deux|trois|quatre|cinq|[2-5])\s+jours\s*,?\s*)?(?:le|les|du|entre)?\s*$/iu
export const FRENCH_MEETING_OF_BODY = /(?<!\p{L})(?<!(?<!\p{L})(?:prochaine?|future)\s+(?:[\p{L}-]+\s+){0,2})(?:r[ée]union|session|s[ée]ance|conf[ée]rence)\s+(?:du|de\s+la|de\s+l['’]|des)\s*(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:de|du|des|de\s+la|d['’]\s*|l['’]\s*|la|et|pour|sur|\p{L}[\p{L}\p{M}'’-]*)){1,10}?)\s+(?:[àa]|au)\s+(\p{Lu}[\p{L}\p{M}'’.-]+(?:[\s-]\p{Lu}[\p{L}\p{M}'’.-]+){0,2})(?=[\s,.;:()]|$)/u
/** A one-line summary put above everything else (`En bref : Les ministres ont …`, `En résumé : …`). */
export const FRENCH_SUMMARY_LEAD = /^(?:en\s+(?:bref|résumé|deux\s+mots|un\s+mot)|l['’]essentiel)\s?:\s+(?=\S)/iu

/**
 * The heading of a text a cabinet adopted or heard, as a Conseil des ministres' compte rendu lists them (`Projet de loi
 * relatif à …`, `Ordonnance portant …`, `Décret relatif au …`, `Communication relative au plan …`): a section's heading,
 * where the title block has ended.
 */
export const FRENCH_CABINET_ITEM = /^(?:(?:projet|proposition)\s+(?:de\s+loi|d['’]ordonnance|de\s+d[ée]cret)|ordonnance|d[ée]cret|communication)\s+(?:relatif|relative|portant|sur|concernant|visant)(?!\p{L})/iu
/** A heading that only files what follows under a rubric, as a council of ministers' record does (`AU TITRE DES MESURES NORMATIVES`, `Au titre du ministère de la Santé`): it names no subject, the point's title is made from its body. */
export const FRENCH_RUBRIC_HEADING = /^au\s+titre\s+(?:des?|du|de\s+la|de\s+l['’])(?:\s|(?<=['’]))/iu
/** A footer that says who published a text (`Publié par le Secrétariat, …`, `Diffusé le …`): where and when it was done may follow. */
export const FRENCH_ISSUED_LINE = /^(?:publi[ée]e?|diffus[ée]e?)\s+(?:par|le)\s+/iu
/** Where a footer names the meeting it follows (`…, à l'issue de la session tenue le 8 mars 2026`, `après la réunion du …`): the meeting's date is in it. */
export const FRENCH_SESSION_FOLLOWED = /,?\s+(?:[àa]\s+l['’]issue\s+(?:de\s+la|du|de\s+l['’])|apr[èe]s\s+(?:la|le|l['’]))\s*(?:\p{L}+\s+){0,3}?(?:session|réunion|séance|conférence|sommet)\b.*$/iu
/** The number of an agenda item before its title: `Point 1 de l'ordre du jour : Pharmacies rurales`, `Point 3 – Budget`; so too a numbered session, theme or workshop (`Séance 2 – Crédit rural`, `Thème II : L'eau`), a plan's numbered axis, pillar or priority (`Axe 1 : Emploi et insertion`, `Volet 2 – Santé`), a slide's in notes pasted from a deck (`Diapositive 3 : Forages`), a resolution's or a decision's (`Résolution 2026/07 – Budget`), or its rank in words, the title in brackets (`PREMIÈRE RÉSOLUTION (Approbation des comptes)`), and a plan's numbered measure or action (`Mesure n° 1 – Une cure de prévention`); a register's deliberation, its object labelled (`Délibération n° 2026-14 – Objet : Budget`, the label goes with the number), a point numbered `n°` (`Point n° 2 : Travaux`), a number set off by a bar or a slash (`Point 3 | Budget`). */
export const FRENCH_AGENDA_ITEM = /^(?:(?:document|pi[èe]ce|rapport)\s+(?:n[°o]\.?\s*)?(?:[A-Z]{1,4}[-\/ ]?)?\d{1,4}(?:[\/.-]\d{1,4}){0,2}|(?:point|s[ée]ance|session|th[èe]me|atelier|panel|diapositive|diapo|axe|pilier|priorit[ée]|objectif|volet)\s+(?:n[°oº]\.?\s*)?(?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4})|(?:mesure|action|priorit[ée]|objectif|recommandation|engagement)\s+(?:n[°oº]\.?\s*)?\d{1,2}|(?:r[ée]solution|d[ée]cision|d[ée]lib[ée]ration|motion)\s+(?:n[°o]\.?\s*)?\d{1,4}(?:[\/-]\d{1,4}){0,2}|(?:premi[èe]re|deuxi[èe]me|seconde|troisi[èe]me|quatri[èe]me|cinqui[èe]me|sixi[èe]me|septi[èe]me|huiti[èe]me|neuvi[èe]me|dixi[èe]me|onzi[èe]me|douzi[èe]me)\s+(?:r[ée]solution|d[ée]lib[ée]ration|d[ée]cision|motion)|(?:premi(?:er|[èe]re)|1(?:er|re|[èe]re)|deuxi[èe]me|seconde?|troisi[èe]me|quatri[èe]me|cinqui[èe]me|sixi[èe]me|septi[èe]me|huiti[èe]me|neuvi[èe]me|dixi[èe]me|derni(?:er|[èe]re)|[2-9]e|10e)\s+(?:orientation|priorit[ée]|axe|engagement|mesure|objectif|action|chantier|pilier|volet|recommandation|principe|piste|th[èe]me|levier))(?:\s+de\s+l['’]ordre\s+du\s+jour)?(?:\s*(?:[:.|·•∙⋅]|\s[–—\/\-›»→⟶➔⇒])[ \t\u00A0]+(?:(?:objet|sujet)[ \u00A0]?:[ \t\u00A0]+)?|[ \t\u00A0]+\()(?=\p{Lu})/iu

/** A French figure label that counts the members of the body that met (`pays producteurs de caoutchouc`, `États membres`, `membres`): the same number of members and of countries is one fact. */
export const FRENCH_MEMBER_LABEL = /^(?:(?:pays|[ÉE]tats|nations|gouvernements)(?:\s+\p{Ll}+)?(?=$|\s(?:de|des|du|d['’]|à|au|aux|qui|réunis|représentés)(?!\p{L})|\s*,)|membres(?=$|\s(?:de|des|du|d['’])(?!\p{L})))/iu

/** A title-block label that only names what the text lists (`Principaux résultats`, `En bref`): never the title. */
/** A fact box's line that gives the meeting's dates, its place or both, as `FACT_LABEL` in English (`Dates : …`, `Lieu : …`, `Date et lieu : …`), with the same groups. */
export const FRENCH_FACT_LABEL = /^(?:(dates?|quand)|(lieu|où))(?:\s+(?:et|&)\s+(?:(dates?|heure)|(lieu)))?[ \u00A0]?:\s+(?=\S)/iu

/** Le libellé des métadonnées d'une page ou d'un document (`Statut : définitif`, `Version : 1.2`, `Rédigé par : …`, `Catégorie : Territoire`, `Thèmes : …`, `Mots-clés : …`, `Langue : FR`), comme `METADATA_LABEL` : la ligne décrit la page, jamais son titre ni la réunion. */
export const FRENCH_METADATA_LABEL = /^(?:statut(?:\s+du\s+document)?|classification|version|r[ée]vision|(?:r[ée]dig[ée]e?|pr[ée]par[ée]e?|[ée]tabli[e]?)\s+par|auteurs?|autrices?|cat[ée]gories?|rubriques?|th[èe]mes|th[ée]matiques?|mots[- ]cl[ée]s|tags?|[ée]tiquettes?|langues?|temps\s+de\s+lecture|dur[ée]e\s+de\s+lecture|photos?|cr[ée]dits?(?:\s+photos?)?)[ \u00A0]?:\s+(?=\S)/iu

/** Le libellé de la date où une page a été publiée ou mise à jour (`Date de publication : …`, `Publié le : …`, `Dernière mise à jour : …`), comme `PUBLICATION_LABEL`. */
export const FRENCH_PUBLICATION_LABEL = /^(?:date\s+de\s+(?:publication|parution|mise\s+[àa]\s+jour)|publi[ée]e?(?:\s+le)?|mise?\s+[àa]\s+jour(?:\s+le)?|derni[èe]re\s+mise\s+[àa]\s+jour)[ \u00A0]?:\s*(?=\S)/iu

/** La ligne d'un encadré qui nomme qui a réuni la séance (`Organisateur : …`, `Organisé par : …`, `Convoqué par : …`), comme `ORGANISER_LABEL` : le libellé. */
export const FRENCH_ORGANISER_LABEL = /^(?:organisateurs?|organisatrices?|organis[ée]e?\s+par|convoqu[ée]e?\s+par|h[ôo]te)[ \u00A0]?:\s+(?=\S)/iu

/** Le nom d'un État en tête d'un texte officiel (`RÉPUBLIQUE DU NIGER`, `Royaume du Maroc`), comme `STATE_LETTERHEAD` : qui l'émet, jamais son titre. */
export const FRENCH_STATE_LETTERHEAD = /^(?:la\s+|le\s+|l['’])?(?:r[ée]publique|royaume|principaut[ée]|grand-duch[ée]|sultanat)(?:\s+(?:f[ée]d[ée]rale|d[ée]mocratique|islamique|unie|populaire|centrafricaine|gabonaise|togolaise|tunisienne|arabe|fran[çc]aise))*(?:\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3})?$/iu

/** Entre le premier lieu et la première date d'une réunion et son second lieu (`… le 15 octobre puis à Tournai le 16 octobre`), comme `SECOND_PLACE` : les mots du second lieu, jusqu'à sa date. */
export const FRENCH_SECOND_PLACE = /^,?\s+(?:puis|et|avant\s+de\s+se\s+rendre)\s+(?:[àa]|au)\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:[\s-]+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}\s+(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?/u

export const FRENCH_OUTCOMES_LABEL = /^(?:(?:principaux|grands)\s+r[ée]sultats|r[ée]sultats\s+cl[ée]s|en\s+bref|l['’]essentiel)$/iu

/** A heading that only numbers a day of the meeting (`Jour 2`, `Première journée`): where a chair's summary's first section begins. */
export const FRENCH_MEETING_DAY = /^(?:(?:jour|journée)\s+(?:\d{1,2}|un|deux|trois)|(?:premier|deuxième|troisième)\s+jour|(?:première|deuxième|troisième)\s+journée)$/iu

/** Le titre d'un encadré de synthèse en tête, que les parties suivantes reprennent (`Messages clés`, `L'essentiel`). */
export const FRENCH_SUMMARY_BOX_HEADING = /^(?:messages?\s+cl[ée]s|points\s+cl[ée]s|l['’]essentiel|en\s+bref|[àa]\s+retenir|faits\s+saillants|synth[èe]se)\s*:?$/iu

/** Qui pose une question dans la transcription d'un point de presse (`QUESTION :`, `JOURNALISTE :`). */
/** Le mot que des procès-verbaux écrivent en capitales devant ce qui a été arrêté (`DÉCIDÉ :`, `ADOPTÉ :`, `DÉCISION :`) : un relevé de la réunion, pas un orateur. */
export const FRENCH_MINUTE_RECORD_LABEL = /^(?:d[ée]cid[ée]e?|r[ée]solue?|adopt[ée]e?|d[ée]cision|approuv[ée]e?|action|not[ée]|relev[ée])$/iu
export const FRENCH_TRANSCRIPT_QUESTIONER = /^(?:q|question|journaliste)(?:\s*\(.*\))?$/iu

/** Small words inside a name that opens a line of a list typed without markers (`République de Corée : …`, `Union des Comores : …`). */
export const FRENCH_NAME_LINK_WORDS = ['de', 'du', 'des', 'et', 'la', 'le']

/** A heading that names the decisions listed under it (`Décisions :`, `Mesures adoptées`, `Recommandations`). */
export const FRENCH_DECISION_HEADINGS = /^(?:conclusions|(?:points?|questions?|dossiers?)\s+(?:soumis\s+)?(?:[àa]|pour)\s+(?:la\s+)?d[ée]cision|(?:principales\s+)?d[ée]cisions(?:\s+(?:prises|adopt[ée]es))?|mesures\s+(?:adopt[ée]es|retenues|d[ée]cid[ée]es)|recommandations|engagements(?:\s+pris)?)$/iu
/** Un titre au-dessus des actions d'un compte rendu (`Relevé des actions`, `Actions décidées`, `Points d'action`) : après les décisions du texte, ses tâches sont les étapes à venir (roles43). */
export const FRENCH_ACTION_HEADINGS = /^(?:relev[ée]\s+des\s+actions|(?:tableau|liste|suivi)\s+des\s+actions|actions(?:\s+(?:d[ée]cid[ée]es|retenues|[àa]\s+suivre|[àa]\s+mener))?|t[âa]ches|qui\s+fait\s+quoi|points\s+d['’]action)$/iu
export const FRENCH_OUTLOOK_HEADINGS = /^(?:prochaines\s+[ée]tapes|(?:(?:il\s+)?reste\s+)?[àa]\s+faire|points\s+en\s+suspens|apr[èe]s\s+la\s+(?:r[ée]union|session|s[ée]ance)|(?:(?:date|lieu|heure)(?:(?:\s*,\s*|\s+et\s+)(?:date|lieu|heure)){0,2}\s+de\s+la\s+)?prochaine\s+(?:r[ée]union|session|consultation|conf[ée]rence|rencontre|s[ée]ance|visioconf[ée]rence|assembl[ée]e(?:\s+g[ée]n[ée]rale)?)|prochain\s+(?:congr[èe]s|rassemblement|conseil|comit[ée]|bureau)|(?:prochaines|futures)\s+r[ée]unions|r[ée]unions\s+[àa]\s+venir|(?:agenda|calendrier)\s+des\s+(?:prochaines\s+)?r[ée]unions|perspectives|suites?\s+[àa]\s+donner|(?:actions|mesures)\s+[àa]\s+(?:mener|prendre|entreprendre)|(?:et\s+)?la\s+suite|et\s+(?:apr[èe]s|maintenant|ensuite|demain)|quelles?\s+suites?|(?:(?:quelle\s+est\s+|quelles\s+sont\s+)?(?:la|les|votre|vos)\s+|et\s+la\s+)?prochaines?\s+[ée]tapes?|suivi|(?:actions|t[âa]ches|points)\s+de\s+suivi|conclusions?|cl[ôo]ture(?:\s+(?:de\s+la\s+(?:r[ée]union|session|s[ée]ance|conf[ée]rence)|des\s+travaux))?|la\s+voie\s+[àa]\s+suivre|calendrier|[ée]ch[ée]ancier|prochaines\s+[ée]ch[ée]ances)$/iu
/** One item of procedure a procès-verbal heads, see `FRENCH_SITTING_HEADINGS`. */
const FRENCH_SITTING_PART = String.raw`(?:ouverture\s+(?:de\s+la\s+(?:r[ée]union|session|s[ée]ance|conf[ée]rence)|des\s+travaux)|c[ée]r[ée]monie\s+d['’]ouverture|mot\s+d['’]accueil|accueil\s+des\s+participants|appel\s+nominal|(?:v[ée]rification|constatation)\s+du\s+quorum|quorum|d[ée]signation\s+(?:du|de\s+la|d['’]un|d['’]une)\s+secr[ée]taire\s+de\s+s[ée]ance|(?:adoption|approbation)\s+de\s+l['’]ordre\s+du\s+jour(?:\s+provisoire)?|(?:adoption|approbation)\s+du\s+(?:proc[èe]s-verbal|compte[\s-]rendu|relev[ée]\s+de\s+d[ée]cisions)(?:\s+pr[ée]c[ée]dent|\s+(?:de\s+la|du)\s+(?:(?:derni[èe]re|pr[ée]c[ée]dente)\s+)?(?:s[ée]ance|r[ée]union|session|conseil|assembl[ée]e)(?:\s+pr[ée]c[ée]dente)?(?:\s+du\s+[\p{L}\d ]{1,30})?)?|(?:proc[èe]s-verbal|compte[\s-]rendu)\s+(?:pr[ée]c[ée]dent|de\s+la\s+(?:derni[èe]re|pr[ée]c[ée]dente)\s+(?:s[ée]ance|r[ée]union)|de\s+la\s+(?:s[ée]ance|r[ée]union)\s+pr[ée]c[ée]dente)|[ée]lection\s+du\s+bureau|questions\s+d['’]organisation|organisation\s+(?:de\s+la\s+(?:session|r[ée]union|s[ée]ance)|des\s+travaux)|p[ée]riodes?\s+de\s+questions(?:\s+(?:du|de\s+l['’]|des)\s*(?:public|assistance|citoyens|citoyennes))?|questions\s+(?:du|de\s+l['’]|des)\s*(?:public|assistance|salle|citoyens|citoyennes|r[ée]sidents)|parole\s+au\s+public|interventions?\s+du\s+public)`
/** Joins two items of procedure in one heading (`Ouverture et approbation du compte rendu`). */
const FRENCH_SITTING_JOIN = String.raw`(?:\s*,\s*|\s+et\s+|\s*&\s*|\s*\/\s*)`
/** A French lead-in that announces numbers, not decisions (`Les principaux chiffres sont les suivants :`, `… en chiffres :`): see `FIGURES_LEAD_IN` in `english.ts`. */
export const FRENCH_FIGURES_LEAD_IN = /(?:\b(?:principaux\s+)?chiffres(?:[\s-]cl[ée]s)?(?:\s+(?:suivants|sont\s+les\s+suivants|du\s+bilan|de\s+l['’]enqu[êe]te))?|\ben\s+chiffres|\bdonn[ée]es\s+(?:suivantes|cl[ée]s))(?:\s+(?!(?:convenu|d[ée]cid[ée]|adopt[ée]|arr[êe]t[ée]|approuv[ée])(?![\p{L}]))[\p{L}'’-]+){0,5}(?:\s*\([^()]{1,60}\))?\s*[:：]?$/iu
/** A heading that names a day of the meeting (`Jour 2 – mercredi 7 octobre`, `Première journée`, `Deuxième jour : jeudi`), see `DAY_HEADINGS` in `english.ts`. */
export const FRENCH_DAY_HEADINGS = /^(?:(?:jour|journ[ée]e)\s+(?:\d{1,2}|un|deux|trois|quatre|cinq|[IVX]{1,3})|(?:premi(?:er|[èe]re)|deuxi[èe]me|seconde?|troisi[èe]me|derni(?:er|[èe]re))\s+(?:jour|journ[ée]e))(?:\s*(?:[:,.|]|[–—-])?\s*[\p{L}\d ,.]{0,40})?$/iu
/** A heading over the record of the sitting (`Ouverture de la session`, `Adoption de l'ordre du jour`, `Élection du bureau`), or several joined (`Ouverture de la réunion et approbation du compte rendu précédent`, `Approbation du procès-verbal de la séance du 9 décembre`): see `SITTING_HEADINGS` in `english.ts`. */
export const FRENCH_SITTING_HEADINGS = new RegExp(`^(?:(?:ouverture|accueil)(?:${FRENCH_SITTING_JOIN}${FRENCH_SITTING_PART}){1,3}|(?:accueil${FRENCH_SITTING_JOIN}ouverture|ouverture${FRENCH_SITTING_JOIN}accueil)(?:${FRENCH_SITTING_JOIN}${FRENCH_SITTING_PART}){0,3}|${FRENCH_SITTING_PART}(?:${FRENCH_SITTING_JOIN}${FRENCH_SITTING_PART}){0,3})$`, 'iu')
/** La ligne qui clôt la séance (`La séance est levée à 20 h 10.`, `L'ordre du jour étant épuisé, la séance a été levée à 17 h.`) : le compte rendu de la séance, jamais un pas à venir. */
export const FRENCH_SITTING_CLOSED = /^(?:l['’]ordre\s+du\s+jour\s+[ée]tant\s+[ée]puis[ée],?\s+|plus\s+rien\s+n['’][ée]tant\s+[àa]\s+l['’]ordre\s+du\s+jour,?\s+)?(?:la\s+s[ée]ance\s+(?:est|a\s+[ée]t[ée])\s+(?:lev[ée]e|close)|(?:le|la)\s+(?:pr[ée]sidente?|maire)\s+(?:l[èe]ve|a\s+lev[ée])\s+la\s+s[ée]ance|(?:le|la)\s+(?:pr[ée]sidente?|maire)\s+(?:cl[ôo]t|a\s+cl[ôo]tur[ée]|cl[ôo]ture)\s+(?:la\s+s[ée]ance|la\s+session|la\s+r[ée]union))(?!\p{L})/iu

/**
 * Une ligne de la procédure d'un registre, qui n'est pas ce qui a été décidé : le décompte d'un vote (`Votants : 18 – Pour : 17 –
 * Contre : 0 – Abstention : 1`, `Vote : 6 pour, 0 contre`, `Adopté à l'unanimité.`, `Adoptée par 12 voix pour et 2 abstentions.`,
 * `À l'unanimité des membres présents.`, un décompte sous son intitulé, en toute unité et suivi du résultat : `Pour : 7 412 tantièmes. Résolution adoptée …` ; le visa du texte, `Compte rendu validé par la présidente le 3 juin 2026`, `Le présent relevé vaut validation des décisions ci-dessus, sauf observation écrite sous huit jours.`), une certification (`Certifié conforme au registre.`, `Pour extrait conforme,`, `Pour copie
 * conforme`) : see `PROCEDURE_LINE` in `english.ts`.
 */
/**
 * Un paragraphe qui ne s'adresse qu'aux lecteurs du texte, comme une circulaire ou une lettre se termine (`Les adhérents qui souhaitent
 * présenter des observations …`, `Je vous rappelle que la cotisation …`, `Merci de nous faire part de …`, `Les parents sont priés de …`) :
 * ni décision ni suite de la réunion, du contexte (records51). Voir `NOTE_TO_READERS` dans `english.ts`.
 */
export const FRENCH_NOTE_TO_READERS = /^(?:(?:(?:les|tout|toute|tous\s+les|toutes\s+les)\s+)?(?:membres?|adh[ée]rents?|copropri[ée]taires?|parents?|habitants?|lecteurs?|lectrices?|associations?|clubs?|r[ée]sidents?|locataires?|actionnaires?)\s+(?:qui\s+(?:souhaite(?:nt)?|d[ée]sire(?:nt)?|veu(?:len)?t|voudrai(?:en)?t)|souhaitant|d[ée]sirant|int[ée]ress[ée]e?s?\s+(?:par|peuvent))|(?:je|nous)\s+(?:vous\s+)?(?:rappelle|rappelons|prie|prions)(?!\p{L})|(?:je\s+me\s+permets|permettez-(?:moi|nous))\s+de\s+(?:vous\s+)?rappeler|merci\s+de\s+(?:bien\s+vouloir\s+)?(?:nous|me)\s+(?:faire\s+part|transmettre|adresser|signaler|retourner|[ée]crire|renvoyer)|(?:les\s+[\p{L}-]+\s+)?sont\s+(?:pri[ée]e?s|invit[ée]e?s)\s+(?:[àa]\s+(?:adresser|transmettre|retourner|renvoyer|[ée]crire)|de\s+(?:bien\s+vouloir|nous|me|retourner|renvoyer|transmettre|noter))|nous\s+vous\s+remercions\s+de\s+(?:bien\s+vouloir\s+)?(?:nous|retourner|renvoyer|transmettre))/iu
export const FRENCH_PROCEDURE_LINE = /^(?:(?:voix\s+|votes?\s+)?(?:pour|contre|abstentions?)\s*:\s*(?:\d{1,3}(?:[.\u00A0\u202F ]\d{3})+|\d{1,7})(?:\s+(?:voix|votes?|tanti[èe]mes|milli[èe]mes|membres|actions|parts))?(?:\s*[.,;·•|–—-]|\s*$|\s+(?:voix\s+)?(?:contre|abstentions?)(?!\p{L}))|votants\s*:\s*\d|(?:vote|scrutin|r[ée]sultat\s+du\s+(?:vote|scrutin))\s*:\s*(?:[àa]\s+l['’]\s?)?unanimit[ée](?:\s+des\s+(?:membres\s+)?(?:pr[ée]sents|votants|suffrages\s+exprim[ée]s)(?:\s+ou\s+repr[ée]sent[ée]s)?)?\s*\.?$|(?:(?:cette|la|la\s+pr[ée]sente|ladite)\s+)?(?:r[ée]solution|d[ée]lib[ée]ration|motion|proposition)\s+(?:est\s+|a\s+[ée]t[ée]\s+)?rejet[ée]e(?:\s+[^.;]{1,80})?\.?$|(?:vote|votes|scrutin|r[ée]sultat\s+du\s+(?:vote|scrutin))\s*:\s*\d{1,4}\s+(?:pour|voix)(?!\p{L})|(?:pour|voix\s+pour)\s*:?\s*\d{1,4}\s*[,;·•|–—-]\s*contre(?!\p{L})|\d{1,4}\s+(?:voix\s+)?pour\s*,\s*\d{1,4}\s+contre(?!\p{L})|(?:pr[ée]sents|exprim[ée]s|suffrages\s+exprim[ée]s)\s*:\s*\d{1,4}\s*[,;–—-]|(?:(?:(?:cette|la|la\s+pr[ée]sente|ladite)\s+)?(?:d[ée]lib[ée]ration|r[ée]solution|motion|proposition|d[ée]cision)\s+(?:est\s+|a\s+[ée]t[ée]\s+)?)?(?:adopt[ée]e?s?|approuv[ée]e?s?|rejet[ée]e?s?|vot[ée]e?s?)\s+(?:[àa]\s+l['’]unanimit[ée]|par\s+\d{1,4}\s+voix|[àa]\s+la\s+majorit[ée])[^.;]{0,80}\.?$|[àa]\s+l['’]unanimit[ée](?:\s+des\s+(?:membres\s+|administrateurs\s+|conseillers\s+)?(?:pr[ée]sents|votants|suffrages\s+exprim[ée]s)(?:\s+ou\s+repr[ée]sent[ée]s)?)?\.?$|(?:le\s+)?pr[ée]sent\s+(?:relev[ée](?:\s+de\s+(?:d[ée]cisions|conclusions))?|compte\s+rendu|proc[èe]s-verbal)\s+vaut\s+(?:validation|approbation)(?!\p{L})[^.]{0,160}\.?$|certifi[ée]e?\s+conforme|pour\s+(?:extrait|copie)\s+conforme|extrait\s+certifi[ée]\s+conforme|(?:(?:le\s+)?pr[ée]sent\s+)?(?:compte\s+rendu|proc[èe]s-verbal|relev[ée](?:\s+de\s+d[ée]cisions)?|rapport)\s+(?:a\s+[ée]t[ée]\s+)?(?:approuv[ée]|valid[ée]|sign[ée]|arr[êe]t[ée])\s+(?:par\s+[^.;:]{1,80}?)?,?\s*(?:le\s+)?\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}\.?$)/iu
/** Une entrée d'une liste de réunions à venir, sa date et son lieu en champs (`Comité technique : dates : mars 2027 lieu : Dakar`) : see `MEETING_ENTRY` in `english.ts`. */
export const FRENCH_MEETING_ENTRY = /(?<!\p{L})dates?\s*:\s*\S.{0,80}?(?<!\p{L})lieu\s*:\s*\S/iu
/** Une phrase qui dit que la séance s'est régulièrement tenue (`Le quorum étant atteint, …`, `… régulièrement convoqué, …`, `… a pu valablement délibérer`) : see `SITTING_HELD` in `english.ts`. */
export const FRENCH_SITTING_HELD = /(?<!\p{L})(?:le\s+quorum\s+(?:[ée]tant|est|a\s+[ée]t[ée])\s+atteint|(?:r[ée]guli[èe]rement|l[ée]galement|d[ûu]ment)\s+convoqu[ée]e?s?|valablement\s+d[ée]lib[ée]rer)(?!\p{L})/iu
/** A French infinitive (`recenser`, `construire`, `d’équiper`): a verb in `-er` or `-ir` that no common noun of that ending is, or a common verb in `-re` or `-oir`. */
export const FRENCH_INFINITIVE = /^(?:(?!\p{L}*(?:ier|oir)$)(?!(?:avenir|plaisir|désir|loisir|hiver|mer|fer|hier|cuir|enfer|super|laser|leader|manager|dollar|premier|dernier)$)\p{L}{3,}(?:er|ir)|\p{L}*(?:fier|dier|blier|cier|lier)|(?:re)?(?:prendre|mettre|produire|réduire|construire|conduire|introduire|suivre|poursuivre|permettre|soumettre|transmettre|entreprendre|comprendre|étendre|rendre|défendre|vendre|inscrire|décrire|élire|faire|être|interdire|promouvoir|recevoir|prévoir|pourvoir|mettre)|(?:ré)?(?:duire|écrire))$/u
/** A sentence that looks ahead: a future tense (`financera`, `se retrouveront`), `d'ici 2027`, `devront`. */
export const FRENCH_FORWARD_LOOKING = /(?:\p{L}{2}(?:eront|iront|era|ira)(?!\p{L})|(?<!\p{L})\p{L}*(?:ettr|endr|ondr|iendr|oindr|oudr|ourr|verr|cevr)(?:a|ont)(?!\p{L})|(?<!\p{L})(?:devr(?:a|ont)|d['’]ici\s+(?:la\s+fin\s+(?:de\s+(?:l['’]ann[ée]e\s+)?)?)?20\d\d|[àa]\s+l['’]avenir)(?!\p{L}))/iu

/** A sentence that says what something costs or its budget (`Le Programme est estimé à 1,2 milliard d'euros`, `Le budget … a été fixé à`): after the points, a paragraph that opens so is a costing, context. */
export const FRENCH_COSTING = /(?<!\p{L})(?:(?:est|sont|a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+(?:estim[ée]e?s?|[ée]valu[ée]e?s?|chiffr[ée]e?s?|budg[ée]t[ée]e?s?)\s+[àa]|(?:co[ûu]t|budget)\s+(?:[\p{L}\d'’.–-]+\s+){0,6}?(?:est|a\s+[ée]t[ée])\s+(?:fix[ée]|arr[êe]t[ée]|estim[ée])\s+[àa])(?!\p{L})/iu

/**
 * Une phrase qui s'ouvre sur le niveau qu'un chiffre a atteint, son sujet puis le verbe et un montant (`La production régionale
 * de miel a atteint 28 000 tonnes en 2025`, `Les exportations se sont élevées à 2 milliards`): où en sont les choses.
 */
/** A paragraph that sets what it says down to the figures, data or study put before the meeting (`Selon les chiffres présentés aux ministres, …`, `D'après les données de la Commission, …`): findings (see `findings` in `language.ts`). */
export const FRENCH_FINDINGS = /^(?:selon|d['’]apr[èe]s)\s+(?:les|le|la|l['’]|des|de\s+nouvelles|de\s+nouveaux)\s*(?:derni[èe]res?\s+|nouvelles?\s+|premi[èe]res?\s+)?(?:chiffres|donn[ée]es|estimations|statistiques|projections|pr[ée]visions|rapport|[ée]tude|enqu[êe]te|[ée]valuation|inventaire|recensement)(?!\p{L})/iu
/**
 * Un objectif pour une année à venir, énoncé au présent (`L'objectif du plan est de porter … d'ici à 2030`, `Notre ambition est que
 * … d'ici 2035`, `D'ici à 2030, la filière vise à …`, `Le plan vise à doubler … d'ici 2032`) : ce vers quoi la réunion regarde, pas une
 * décision (see `aim` in `language.ts`, `statesAim`).
 */
export const FRENCH_AIM = /^(?:d['’]ici\s+(?:[àa]\s+)?(?:la\s+fin\s+(?:de\s+)?)?20\d\d,?\s+)?(?:(?:l['’]|le|la|les|notre|son|sa|leur|nos|ses|leurs)\s*(?:[\p{L}-]+\s+){0,2}?(?:objectifs?|buts?|ambitions?|cibles?)\s+(?:(?:du|de\s+la|de\s+l['’]|des|de)\s*(?:[\p{L}\p{M}'’-]+\s+){1,4}?)?(?:est|sont|reste|demeure|consiste)\s+(?:de|d['’]|[àa]|que)|(?:[\p{L}\p{M}'’.-]+\s+){1,6}?(?:vise(?:nt)?|ambitionne(?:nt)?)\s+(?:[àa]|de|d['’]))/iu

/**
 * A French member's own plan (`Le Portugal a confirmé qu'il achètera …`, `La Norvège a annoncé qu'elle financera …`): as
 * `OWN_PLAN` in English, a country or body named alone, a verb of saying and `il`/`elle`; the body that met, its staff and its
 * chair are no member.
 */
export const FRENCH_OWN_PLAN = /(?<!\p{L})(?:L[ae]\s+|L['’]|Les\s+)?(?!(?:Ministres|Membres|Participants|D[ée]l[ée]gu[ée]s|Parties|Gouvernements|Partenaires|Conseil|Comit[ée]|Commission|Secr[ée]tariat|Bureau|Groupe|Forum|Assembl[ée]e|Conf[ée]rence|Pr[ée]sidence|Pr[ée]sidente?|Union|Alliance|Partenariat|Coalition|R[ée]seau|Plateforme|F[ée]d[ée]ration|Nous|Ils|Elles|Il|Elle|On)(?!\p{L}))\p{Lu}[\p{L}.’'-]{0,60}\s+(?:a|ont)\s+(?:également\s+|aussi\s+)?(?:confirm[ée]|annonc[ée]|indiqu[ée]|pr[ée]cis[ée]|d[ée]clar[ée]|expliqu[ée]|fait\s+savoir)\s+qu['’]\s*(?:il|elle)s?(?!\p{L})[^.;]*/gu

export const FRENCH_LEVEL_REACHED = /^(?:[\p{L}\p{N}'’-]+,?\s+){1,12}?(?:a\s+atteint|atteignait|a\s+(?:grimpé|progressé|augmenté|chuté|baissé|reculé)\s+(?:à|de)|s['’]est\s+élevée?\s+à|se\s+sont\s+élevée?s\s+à|s['’]élevait\s+à|a\s+totalisé|représentait)\s+(?:(?:près\s+de|plus\s+de|environ|quelque|un\s+record\s+de)\s+)?\d/iu

/** Une année cible (`d'ici 2035`, `d'ici à la fin de 2030`): le seul regard en avant d'un paragraphe qui dit un niveau atteint. */
export const FRENCH_TARGET_YEAR = /(?<!\p{L})d['’]ici\s+(?:(?:à|au)\s+)?(?:la\s+fin\s+(?:de\s+)?(?:l['’]ann[ée]e\s+)?)?20\d\d(?!\p{L})/giu

/** Le chapeau d'une liste qui finit sur son auxiliaire (`Les participants ont :`, `Le Conseil a :`) : chaque point poursuit la phrase par un participe passé. */
export const FRENCH_AUXILIARY_LEAD_IN = /(?<!\p{L})(?:ont|a)(?:\s+(?:également|aussi|en\s+outre|notamment|enfin))?\s*:$/u

/** A paragraph of prose that records a decision or commitment of the meeting (a future of who acts: `mettra`, `financera`; of who is given something, `recevra une enveloppe`, `verront leur contribution doubler`; not one that says an effect: `permettra`; the formal `sont convenus de`, also before an elided word: `sont convenus d'harmoniser`; what the meeting's side said it would do, `a indiqué que la France demanderait …`); not a future that a study or forecast says, in a sentence that opens on it (`Selon l'étude, les ménages verront leur facture augmenter`, `D'après les prévisions de l'Insee, chaque commune recevra …`), which is its forecast. */
export const FRENCH_DECISION = /(?<!\p{L})(?:(?:ont|a|avons)\s+(?:(?:[ée]galement|aussi|en\s+outre|par\s+ailleurs|enfin|ensuite|d['’]abord)\s+)?(?:[ée]t[ée]\s+)?(?:d[ée]cid[ée]|adopt[ée]|convenu|approuv[ée]|lanc[ée]|annonc[ée]|demand[ée]|charg[ée]|invit[ée]|ent[ée]rin[ée]|valid[ée]|retenu|vot[ée]|engag[ée]|(?:r[ée])?[ée]lu|nomm[ée]|d[ée]sign[ée]|obtenu\s+(?:la|le|l['’]|que|qu['’]))|(?:se\s+sont|nous\s+nous\s+sommes)\s+(?:(?:[ée]galement|aussi|en\s+outre|par\s+ailleurs|enfin|ensuite|d['’]abord)\s+)?engag[ée]e?s|s['’]engagent|demandent\s+(?:à|au|aux)(?=\s)|(?:accord|consensus)\s+s['’]est\s+d[ée]gag[ée]\s+(?:pour|sur|en\s+faveur)|(?:sont|est)\s+(?:(?:[ée]galement|aussi|en\s+outre|enfin)\s+)?convenue?s?\s+(?:de|d['’]\p{L}+|que|qu['’]\p{L}+)|pr[ée]voi(?:t|ent)\s+(?:de|d['’]\p{L}+)|(?:a|ont)\s+(?:(?:[ée]galement|aussi|enfin)\s+)?(?:indiqu[ée]|pr[ée]cis[ée]|fait\s+savoir)\s+que\s+[^.;]{0,100}?\p{L}{3,}(?:erait|eraient)|(?:\p{L}{3,}(?:eront|iront|era|ira|erons|irons)|(?!perme|para[iî]|appara[iî])\p{L}{2,}(?:[td]ra|[td]ront|[td]rons)|\p{L}*(?:cevr|verr)(?:a|ont))(?!\p{L})(?<!(?:^|[.!?]\s+)(?:selon|d['’]apr[èe]s)\s+(?:les?\s+|la\s+|l['’]|une?\s+|des\s+|ses\s+|leurs?\s+)?(?:[ée]tudes?|rapports?|enqu[êe]tes?|pr[ée]visions?|projections?|estimations?|experts?|scientifiques|chercheurs|[ée]conomistes|analyses?|mod[èe]les?|simulations?|m[ée]t[ée]o|statistiques|chiffres)(?!\p{L})[^.;!?]{0,160}))(?!\p{L})/iu

/** The opening of a communiqué: thanks to the host, commitments reaffirmed. */
/** A paragraph whose first sentence announces the list after it (`…, dont les principales mesures sont décrites ci-après`, `comme suit`, a post's `Voici ce que nous avons décidé`, or a count of them alone, `Le comité a retenu trois chantiers.`; layouts49): context. */
export const FRENCH_LEAD_IN = /(?<!\p{L})(?:voici\s+ce\s+(?:que|qu['’])\s*(?:\S+\s+){1,3}?(?:d[ée]cid[ée]e?s?|convenu(?:e|s|es)?|adopt[ée]e?s?|arr[êe]t[ée]e?s?)|(?:d[ée]crit|pr[ée]sent[ée]|[ée]nonc[ée]|d[ée]taill[ée]|r[ée]sum[ée]|list[ée]|expos[ée]|repris|indiqu[ée]|mentionn[ée]|reproduit)e?s?\s+ci-(?:apr[èe]s|dessous)|comme\s+suit|(?:conclusions|recommandations|d[ée]cisions|r[ée]solutions|mesures|actions|priorit[ée]s|engagements|principes|orientations)\s+suivant(?:e|es|s)?\s*[.:]?$|(?:a|ont)\s+(?:retenu|adopt[ée]|arr[êe]t[ée]|d[ée]cid[ée]|choisi)\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{1,2})\s+(?:chantiers|mesures|priorit[ée]s|axes|actions|d[ée]cisions|orientations|engagements|projets)(?:,[^.;:]{1,80})?\s*[.:]$|(?:nous\s+(?:y\s+)?avons|(?:ils|elles|on)\s+(?:y\s+)?(?:a|ont))\s+pris\s+(?:des|plusieurs|deux|trois|quatre|de\s+(?:premi[èe]res|grandes|fortes))\s+(?:d[ée]cisions|mesures)(?:\s+(?:concr[èe]tes|importantes|fortes|claires|imm[ée]diates))?\s*[.:]$|(?:des|plusieurs|deux|trois|quatre)\s+(?:d[ée]cisions|mesures)\s+(?:(?:concr[èe]tes|importantes|fortes)\s+)?(?:y\s+)?ont\s+[ée]t[ée]\s+prises\s*[.:]$)(?!\p{L})/iu

/** A lead-in whose last words name the decisions listed under it (`Les membres ont arrêté les priorités suivantes.`, `… sont convenus des orientations suivantes :`). */
export const FRENCH_DECISIONS_FOLLOW = /(?<!\p{L})(?:conclusions|recommandations|d[ée]cisions|r[ée]solutions|mesures|actions|priorit[ée]s|engagements|principes|orientations)\s+suivant(?:e|es|s)?\s*[.:]?$/iu
/** Such a lead-in in which what follows was only put forward or talked over, not decided (`Le rapport des consultants formule les recommandations suivantes :`, `Les experts ont présenté les mesures suivantes.`). */
export const FRENCH_PROPOSALS_FOLLOW = /(?<!\p{L})(?:formul[ée]e?s?|formule(?:nt)?|pr[ée]sent[ée]e?s?|pr[ée]sente(?:nt)?|propos[ée]e?s?|propose(?:nt)?|soumis|examin[ée]e?s?|entendu|discut[ée]e?s?|[ée]tudi[ée]e?s?|re[çc]u|contient|contenait|sugg[ée]r[ée]e?s?|sugg[èe]re(?:nt)?)\s+(?:les|des)\s+\p{L}+\s+suivant(?:e|es|s)?\s*[.:]?$/iu

/** A paragraph that opens by adopting the plan by its name (`Le Conseil a adopté le Cadre stratégique de Dakar …`, `Les ministres ont lancé la Feuille de route de …`), or whose first sentence, in the present of a declaration's articles, only adopts it (`Les ministres adoptent le Plan d'action de …, annexé à la présente déclaration.`; not `…, qui engage …`): context, not a point, as `PLAN_ADOPTED` in English. */
export const FRENCH_PLAN_ADOPTED = /(?:^(?:(?:Après|À\s+l['’]issue|Au\s+terme|Au\s+cours|Lors)\s[^,;.]{1,80},\s+)?(?:[\p{L}'’-]{1,30}\s{1,3}){1,4}(?:a|ont|avons)\s+(?:(?:également|aussi|solennellement|dans\s+son\s+ensemble|à\s+l['’]unanimité|par\s+consensus)\s+)?(?:adopté|lancé|approuvé|entériné|signé)\s+(?:(?:dans\s+son\s+ensemble|à\s+l['’]unanimité|par\s+consensus)\s+)?(?:le|la|les|l['’])\s?(?:Feuille\s+de\s+route|Plan|Déclaration|Stratégie|Cadre|Charte|Pacte|Agenda|Programme\s+d['’]action|Consensus|Principes)(?!\p{L})|^(?:[\p{L}'’-]{1,30}\s{1,3}){1,4}(?:adopt|approuv|entérin)(?:e|ent|ons)\s+(?:(?:dans\s+son\s+ensemble|à\s+l['’]unanimité|par\s+consensus)\s+)?(?:le|la|les|l['’])\s?(?:Feuille\s+de\s+route|Plan|Déclaration|Stratégie|Cadre|Charte|Pacte|Agenda|Programme\s+d['’]action|Consensus|Principes|(?:feuille\s+de\s+route|plan|stratégie|charte|pacte|programme|schéma)(?=\s+(?:[«"“]|\p{Lu})))(?!\p{L})(?:(?!\s(?:qui|que|dont|afin)\s)[^,;:])*(?:,\s*(?:annex|joint)[ée]e?s?\s+(?:à|au|aux)\s[^,;:]*)?(?:,\s*qui\s+(?:fixe|définit|trace|précise|présente|arrête|énonce|rassemble)\s+(?:les|ses|leurs)\s+(?:grandes\s+|principales\s+)?(?:orientations|priorités|axes|objectifs|lignes\s+directrices|chantiers|mesures\s+(?:ci-dessous|ci-après|suivantes))(?:\s+[^,;:.«»]{1,60})?)?\.?$|^(?:[\p{L}'’-]{1,30}\s{1,3}){1,4}(?:a|ont|avons)\s+(?:(?:également|aussi|solennellement|à\s+l['’]unanimité|par\s+consensus)\s+)?(?:adopté|approuvé|entériné)\s+(?:le|la|les|l['’])\s?(?:feuille\s+de\s+route|plan|stratégie|charte|pacte|programme|schéma)\s+(?=[«"“]|\p{Lu})(?:(?!\s(?:qui|que|dont|afin)\s)[^,;:])*(?:,\s*qui\s+(?:fixe|définit|trace|précise|présente|arrête|énonce|rassemble)\s+(?:les|ses|leurs)\s+(?:grandes\s+|principales\s+)?(?:orientations|priorités|axes|objectifs|lignes\s+directrices|chantiers|mesures\s+(?:ci-dessous|ci-après|suivantes))(?:\s+[^,;:.«»]{1,60})?)?\.?$)/u

/** A level or a scope the meeting sets, in the passive (`Le prix minimum est fixé à 450 francs CFA`, `est plafonné à`, `est maintenu à 400 euros`, `est étendu aux vélos d'occasion`): a decision. */
export const FRENCH_LEVEL_SET = /(?<!\p{L})(?:est|sont|a\s+[ée]t[ée]|ont\s+[ée]t[ée])\s+(?:d[ée]sormais\s+)?(?:fix[ée]e?s?|plafonn[ée]e?s?|maintenue?s?|port[ée]e?s?|relev[ée]e?s?|ramen[ée]e?s?|abaiss[ée]e?s?|r[ée]duite?s?|[ée]tendue?s?)\s+(?:[àa]|au|aux)(?!\p{L})/iu

/** A sentence that only thanks (`Nous remercions …`, `Le Conseil a exprimé sa profonde gratitude aux …`): a paragraph of them is context. */
export const FRENCH_THANKS_SENTENCE = /^(?:[\p{L}\p{M}'’.,-]+\s+){0,6}?(?:(?:ont|a|avons)\s+)?(?:[ée]galement\s+|aussi\s+|vivement\s+|chaleureusement\s+)?(?:remerci\p{L}*|(?:exprim|adress|t[ée]moign|renouvel)\p{L}*\s+(?:sa|leur|notre|ses|leurs|nos)\s+(?:[\p{L}-]+\s+){0,2}(?:gratitude|reconnaissance|remerciements)|(?:rend(?:s|ons|ent)?|rendu)\s+(?:un\s+)?hommage\s+(?:à|au|aux)|(?:salu(?:e|ent|ons|é|ée|és|ées)|reconna[iî](?:t|ssons|ssent)|reconnu|f[ée]licit(?:e|ent|ons|é|ée|és|ées))\s+(?:le|la|les|l['’])\s*(?:[\p{L}-]+\s+){0,1}?(?:travail|engagement|d[ée]vouement|efforts|courage)\s+(?:de|du|des|d['’])(?![^.;]{0,400}?(?<!\p{L})(?:d[ée]cid\p{L}*|demand\p{L}*|invit\p{L}*|appel\p{L}*|engag\p{L}*|adopt\p{L}*|approuv\p{L}*|cr[ée]\p{L}*|lanc\p{L}*|soutien\p{L}*|encourag\p{L}*|charg\p{L}*|convien\p{L}*|convenu)(?!\p{L})))(?!\p{L})/iu
/** A sentence that credits who supported, funded or hosted the meeting (`La réunion a été organisée avec l'appui de …`, `La session a bénéficié du soutien de …`): context wherever it stands. */
export const FRENCH_SUPPORT_CREDIT = /^(?:la|le|l['’]|cette|ce)\s*(?:[\p{L}\p{M}'’-]+\s+){0,4}?(?:r[ée]union|session|conf[ée]rence|rencontre|atelier|forum|sommet|dialogue|concertation)\s+(?:a\s+[ée]t[ée]\s+(?:[ée]galement\s+|conjointement\s+)?(?:co-?)?(?:organis[ée]e?|financ[ée]e?|soutenue?|parrain[ée]e?|accueillie?|rendue?\s+possible)\s+(?:par|avec|gr[âa]ce)|a\s+(?:[ée]galement\s+)?b[ée]n[ée]fici[ée]\s+(?:du|de\s+l['’]|de\s+la)\s*(?:g[ée]n[ée]reux\s+|pr[ée]cieux\s+)?(?:soutien|appui|concours|aide|contribution))(?!\p{L})/iu

/** More verbs that record what a meeting did, after its subject (`Les ministres ont signé …`, `L'Alliance a mis en place …`, `ont exhorté`): in prose, a point; so does a thing the sentence says will be created (`Un label régional sera créé …`, `sera mis en place`), not a report that will be published (`Le rapport annuel sera lancé …`) and what a plan provides for (`Le plan prévoit l'aménagement de …`). */
export const FRENCH_RECORDED_DECISION = /(?:^(?:[\p{L}\p{M}'’.,-]+\s+){1,8}?(?:ont|a)\s+(?:[ée]galement\s+|aussi\s+|enfin\s+|ensuite\s+|en\s+outre\s+|par\s+ailleurs\s+|conjointement\s+)?(?:sign[ée]|cr[ée][ée]|mis\s+en\s+place|institu[ée]|recommand[ée]|exhort[ée]|encourag[ée]|sollicit[ée]|allou[ée]|octroy[ée]|prorog[ée]|reconduit|renouvel[ée]|r[ée]solu|ratifi[ée]|autoris[ée]|inaugur[ée]|d[ée]bloqu[ée]|appel[ée]\s+(?:[àa]|les|l['’]))(?!\p{L})|^(?!(?:le|la|les|l['’]|un|une|des|ce|cette|ces|son|sa|ses|leur|leurs)\s*(?:\p{L}+\s+)?(?:rapports?|bilans?|bulletins?|[ée]tudes?|enqu[êe]tes?|publications?|documents?|communiqu[ée]s?|annuaires?|revues?|notes?|[ée]ditions?)(?!\p{L}))(?:[\p{L}\p{M}'’«».,-]+\s+){1,16}?ser(?:a|ont)\s+(?:[ée]galement\s+|aussi\s+|d[ée]sormais\s+|progressivement\s+|obligatoirement\s+)?(?:\p{L}{2,}ée?s?|mise?s?|soumise?s?|interdite?s?|construite?s?|inscrite?s?|r[ée]duite?s?|tenue?s?|rendue?s?|fournie?s?|[ée]tablie?s?|garantie?s?|munie?s?|ouverte?s?|offerte?s?|couverte?s?)(?!\p{L})|^(?:le|la|les|l['’]|ce|cette|ces)\s*(?:\p{L}+\s+){0,2}?(?:plan|programme|strat[ée]gie|feuille\s+de\s+route|accord|cadre|pacte|initiative|projet|m[ée]canisme|fonds)(?:\s+[\p{L}\d'’-]+){0,6}?\s+pr[ée]voi(?:t|ent)\s+(?:l['’]|la\s|le\s|les\s|un\s|une\s|des\s))/iu

/** A sentence that cites a text agreed elsewhere, by its name (`L'accord de Lomé prévoit …`), or that only reports what a document says (`…, précise la note`): it records no decision of the meeting, whatever its verb; the meeting's own communiqué (`…, selon le communiqué publié à l'issue de la réunion`, `selon le communiqué final`) is its record, not another text. Case-sensitive: the name's capital is the cue. */
export const FRENCH_CITED_TEXT = /^(?:[Ll]['’]\s*|[Ll]es?\s+|[Ll]a\s+)(?:[Aa]ccords?|[Cc]onventions?|[Pp]rotocoles?|[Tt]rait[ée]s?|[Pp]actes?|[Cc]adres?|[Aa]genda|[Dd][ée]clarations?|[Cc]hartes?|[Oo]bjectifs?)\s+(?:de\s+|d['’]\s*|du\s+|des\s+)?\p{Lu}|,\s*(?:rappell?e(?:nt)?|soulign(?:e|ent)|pr[ée]cis(?:e|ent)|indiqu(?:e|ent)|expliqu(?:e|ent)|selon)\s+(?:le|la|les|l['’])(?!\s?communiqu[ée]\s+(?:final|conjoint|commun|publi[ée]|diffus[ée]|de\s+(?:la|l['’])\s*(?:r[ée]union|session|conf[ée]rence)))/u

/**
 * A made point title that a reader sees as broken (issue 11), as `BROKEN_TITLE` in English: `end`,
 * a last word that leaves it open (`de`, `l'`, `et`, `qui`), a verb left dangling (`Stratégie
 * prévoit`, `État consacrera`, `Bois de chauffe représente`, `Objectif de restaurer`, a noun whose verb lost its object; `Autorité
 * … chargée`, an adjective whose complement was cut: `Équipes d'intervention rapide capables`, `Femmes titulaires`); `whole`, one vague word (`Plan`, `Accord`, `Part`) or a person's name (`Mandat de Mme …`).
 */
export const FRENCH_BROKEN_TITLE = {
  // (… or on a currency or a unit cut from its amount: `Fonds de garantie de euros`, `Aide de FCFA`)
  end: /(?:(?:^|\s)(?:de|du|des|le|la|les|un|une|à|au|aux|en|et|ou|mais|pour|par|sur|dans|avec|sans|sous|entre|vers|est|sont|a|ont|sera|seront|qui|que|dont|ce|cette|ces|son|sa|ses|leur|leurs|prévoit|prévoient|représente|représentent|permet|permettent|vise|visent|concerne|concernent|constitue|constituent|comprend|comprennent|reste|restent|demeure|demeurent|chargée?s?|capables?|destinée?s?|aptes?|susceptibles?|titulaires?)|\p{L}{2,}(?:era|eront|ira|iront)|^[\p{L}-]+\s+(?:de|d['’]|à|pour|afin\s+de)\s*(?!\p{L}*ier$|(?:fer|mer|amer|hiver|cancer|danger|verger|foyer|loyer|avenir|plaisir|désir|loisir|souvenir|empire|navire|ivoire|centre|ordre|membre|cadre|titre|nombre|lettre|litre|mètre|registre|ministre|théâtre|cuivre|livre|vivre)$)\p{L}+(?:er|ir|dre|ttre|[aî]tre|vre|[^o]ire|clure)|[dl]['’]|(?:qu|jusqu|lorsqu)['’]|(?:^|\s)(?:d['’]\s*)?(?:euros|dollars|francs|CFA|FCFA|km|kg|ha))$/iu,
  whole: /^(?:plan|programme|accord|part|note|ville|moins|seule?s?|préoccupée?s?|mise\s+en\s+œuvre|projet|travaux|mesures?|action)$|(?<!\p{L})(?:M\.|Mme|Mlle|Dr)\s+\p{L}/iu,
}

/**
 * What shows a made point title cut from its sentence (`title-fault.ts`, issue 11): `strayStart`, the
 * word a cut leaves first (`Ici 2030` of `d'ici 2030`, `Dont`, `Afin`); `openEnd`, an adjective or a
 * participle whose complement was cut (`Femmes adultes titulaires`, `Pertes dues`); `verb`, an
 * infinitive or a verb in the present plural first (`Former`, `Réserver au mil`, `Décident`,
 * `S'engagent`), save the nouns with those endings (`notVerb`: `Centre`, `Avenir`, `Chantier`).
 */
export const FRENCH_TITLE_FAULTS = {
  strayStart: /^(?:ici|dont|afin|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|qui|que|qu['’]\p{L}*|où|et|ou|mais|car|soit|ainsi|puis)$/iu,
  openEnd: /(?:^|\s)(?:titulaires?|dotée?s?|dues?|dûs?|liée?s?|relatifs?|relatives?|consacrée?s?|réservée?s?|confiée?s?|assortie?s?|visant|permettant|portant|afin|comme|dont|ainsi)$/iu,
  verb: /^(?:s['’]|se\s)?\p{L}{2,}(?:er|ir|oir|uire|crire|dire|lire|ndre|rdre|oudre|ttre|aître|aitre|oître|ivre|ompre|aincre|clure|faire|traire|ent)$/iu,
  notVerb: /^(?:\p{L}*(?<!f)ier|\p{L}*oir(?<!(?:voir|cevoir|mouvoir|valoir|vouloir|falloir|asseoir))|\p{L}*(?:ment|gent)|président|résident|incident|accident|évident|précédent|fer|mer|amer|hiver|cancer|danger|verger|foyer|loyer|leader|manager|cher|super|hier|avenir|plaisir|désir|loisir|souvenir|cuir|élixir|soupir|ordre|cendre|gendre|lettre|livre|cuivre|poudre|foudre|urgent|excellent|récent|différent|permanent|équivalent|continent|client|patient|talent|parent|intelligent|compétent|transparent|adolescent|content|souvent|lent|vent|cent|absent|présent|serpent|torrent|souvent|comment|pendant|cependant)$/iu,
}

/**
 * A made point title that is sound but weak (issue 11), as `WEAK_TITLE` in English: one word that
 * names nothing (`Seules`, `Moins`); one plural noun alone (`Exploitations`, `Femmes`); a quantifier
 * (`Autres villes`, `Mêmes règles`) or a quantity at its head (`Part des ménages`, `La moitié de
 * l'enveloppe`, `Nombre de centres`: the rest is the subject, and one word keeps what the sentence
 * says of it after it, `Nombre de volontaires mobilisés en zone rurale` → `Volontaires mobilisés en zone rurale`); an article first, which a title leaves out
 * (`Le conseil agricole de proximité`).
 */
export const FRENCH_WEAK_TITLE = {
  notNoun: /^(?:autres?|m[êe]mes?|plus|moins|seule?s?|certaine?s|plusieurs|tou[st]|toutes|nouvelle?s?|nouveaux|pr[ée]occup[ée]e?s?|aussi|[ée]galement|ensemble)$/iu,
  pluralAlone: /^(?!(?:acc[èe]s|progr[èe]s|cours|fonds|prix|poids|corps|temps|pays|mois|bois|d[ée]cès|proc[èe]s|succ[èe]s|recours|concours|secours|discours|abus|refus|choix|paix|voix|taux|ma[ïi]s)$)\p{L}+[sx]$/iu,
  quantifierHead: /^(?:autres|m[êe]mes|plusieurs|certaine?s|divers|diverses|toutes?\s+les|tous\s+les|plus\s+d['’e]|moins\s+d['’e])\s*\p{L}/iu,
  quantityHead: /^(?:(?:la|le)\s+|l['’]\s*)?(?:moiti[ée]|part|proportion|majorit[ée]|pourcentage|nombre|tiers|quart|reste|plupart|totalit[ée]|ensemble)\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)(?:cette\s+|ces\s+|ce\s+|cet\s+)?/iu,
  articleFirst: /^(?:(?:le|la|les|un|une|des|du)\s+|l['’]\s*)(?=\p{L})/iu,
  participle: /^\p{L}{2,}(?:é|ée|és|ées|is|ise|ises|its?|ites?|us?|ues?)$/iu,
  link: /^(?:dans|en|sur|sous|parmi|chez)$/iu,
  determiner: /^(?:les|la|le|l['’]|leurs?|ses|sa|son)$/iu,
  stop: /^(?:de|du|des|d['’].*|à|au|aux|et|ou|qui|que|qu['’].*|dont|est|sont|a|ont|sera|seront|soit|était|étaient|été|par|pour|avec|contre|ce|cette|ces|cet|se|s['’].*|\p{L}{2,}(?:era|eront|erait|eraient))$/iu,
}

/** What makes a figure's label weak (`weak-label.ts`; the fields are described on `WeakLabelPatterns`). */
export const FRENCH_WEAK_LABEL = {
  lead: /^(?:(?:de|des|du|en)\s+|d['’]\s*)?(?:(?:le|la|les|un|une)\s+|l['’]\s*)?/iu,
  comparison: /,\s*contre\s.*$/iu,
  time: /\s+(?:aujourd['’]hui|actuellement|par\s+(?:an|mois|jour|semaine)|chaque\s+(?:année|mois)|(?:en|d['’]ici(?:\s+à)?(?:\s+la\s+fin\s+de)?|depuis|avant)\s+(?:19|20)\d\d)$/iu,
  unit: /^(?:euros?|dollars?|francs?|fcfa|tonnes?|hectares?|kilomètres?|km|mètres?|carrés?|cubes?|litres?|mégawatts?|mw|millions?|milliards?)$/iu,
  amountWord: /^(?:[^\s]*\d[^\s]*|millions?|milliards?|mille|euros?|dollars?|francs?|fcfa|de|d['’]|plus|moins|près|environ|quelque|quelques|au|moins|total|%|pour|cent|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|cent|désormais|déjà|actuellement|encore|aussi|également)$/iu,
  bigNumber: /^(?:millions?|milliards?|mille)$/iu,
  scale: /^(?:millions?|milliards?|mille|de|d['’](?:euros?|dollars?|francs?)?|euros?|dollars?|francs?|cfa|fcfa|%)$/iu,
  more: /^(?:pour|afin|à\s+\p{L}+(?:er|ir|re)|qui|que|qu['’]|dont|où|avec|sur|contre|(?:de|du|des)\s+(?!\d)\p{L}|d['’]\s*(?!\d)\p{L}|\p{L}{3,}(?:é|ée|és|ées|is|ise|ises|it|its|ite|ites|us|ue|ues)(?!\p{L}))/iu,
  verbBefore: /(?:^|\s)(?:\p{L}{3,}(?:é|ée|és|ées|is|ise|ises|it|its|ite|ites|u|us|ue|ues)|\p{L}{3,}(?:era|eront|ra|ront)|(?:va|vont|doit|doivent|de|d['’]|à)\s+\p{L}{3,}(?:er|ir|re))(?:\s+(?:dans|en|à|au|aux|sur|pour|par))?\s*$/iu,
  notTelling: /(?:^|\s)(?:atteint|atteignent|atteindra|compte|comptent|comptait|totalise|représente|représentait|s['’]élève|s['’]élevait|passé|passera|porté|portera|élevé|fixé|estimé|évalué|chiffré|doté|été|est|sont|était|étaient|a|ont|avait)(?:\s+(?:dans|en|à|au|aux|sur|pour|par))?\s*$/iu,
}

/** The words that make a figure's label a fragment (`fragment-label.ts`): `ils`, `dont`, `que la valeur …`, `d'ici`, `en moyenne`, `kilogrammes`. */
export const FRENCH_FRAGMENT_LABEL = {
  pronoun: /^(?:il|ils|elle|elles|on|nous|vous|dont|qui|lequel|laquelle|lesquels|lesquelles|auquel|auxquels|cela|ceci|celui|celle|ceux|celles|c['’]\p{L}*|il['’]\p{L}*)$/iu,
  conjunction: /^(?:que|qu['’]\p{L}*|et|ou|mais|alors|tandis|car|lorsque|lorsqu['’]\p{L}*|quand|si|soit|puisque|puisqu['’]\p{L}*|comme|ni|donc|or)$/iu,
  namesNothing: /^(?:de|d['’]|du|des|la|le|les|l['’]|un|une|à|au|aux|en|dans|par|pour|sur|sous|avec|depuis|entre|vers|jusqu['’]|ici|d['’]ici|moyenne|environ|près|aujourd['’]hui|actuellement|désormais|déjà|encore|aussi|également|seulement|plus|moins|que|total|ensemble|chaque|même|période|an|ans|année|années|mois|jour|jours|semaine|semaines|prochaine|prochaines|dernière|dernières|cours|fin|début|d['’]ici,?|\d[\d\s.,%-]*)$/iu,
  unit: /^(?:tonnes?|hectares?|kilomètres?|km|mètres?|carrés?|cubes?|litres?|kilogrammes?|kg|grammes?|mégawatts?|gigawatts?|kilowatts?|mw|gw|kw|kwh|mwh|gwh|kv|°c|degrés?|pour|cent|points?)$/iu,
  share: /(?:^|\s)(?:la\s+part|le\s+taux|la\s+proportion|le\s+pourcentage|la\s+couverture)\s+(?:de|des|du|d['’])/iu,
  shareLabel: /^(?:de|des|du|d['’]\p{L}*|part|taux|proportion|pourcentage|couverture|hausse|baisse|augmentation|diminution|réduction|recul|progression|coût|prix|frais|intérêt|objectif|cible)$/iu,
}

/** An article that only says who carries the text out or when it takes effect (`Le Secrétariat exécutif est chargé de l'exécution de la présente décision.`, `La présente décision entre en vigueur …`): the formula that closes a decision, no point. */
export const FRENCH_FORMAL_CLAUSE = /^(?:[\p{L}\p{M}'’.-]+\s+){1,8}(?:est|sont)\s+(?:chargée?s?\s+de\s+l['’](?:exécution|application)|chargée?s?\s+d['’](?:exécuter|appliquer)|chargée?s?,\s+chacun\s+en\s+ce\s+qui\s+le\s+concerne,\s+de\s+l['’](?:exécution|application))\s+(?:de\s+la\s+présente|de\s+cette|de\s+cet|du\s+présent|des\s+présente?s|de\s+ces|la\s+présente|le\s+présent|les\s+présente?s|cette|cet|ces)\s+(?:décisions?|résolutions?|déclarations?|délibérations?|arrêtés?|motions?|conclusions|mesures)(?!\p{L})|^(?:la\s+présente|le\s+présent|cette|cet)\s+(?:décision|résolution|déclaration|délibération|arrêté|motion)\s+(?:entre|entrera|prend|prendra)\s+(?:en\s+vigueur|effet)/iu
/** An opening paragraph that says what a document sets out (`Le Pacte définit la manière dont …`): context. */
export const FRENCH_DESCRIBES = /^(?:[\p{L}\p{M}'’.-]+\s+){1,8}(?:d[ée]finit|d[ée]finissent|expose(?:nt)?|d[ée]crit|d[ée]crivent|pr[ée]cise(?:nt)?|fixe(?:nt)?\s+le\s+cadre)\s+(?:la\s+mani[èe]re|comment|ce\s+que|les?|la|l['’]|ses|leurs?)(?!\p{L})/iu

export const FRENCH_OPENING = /(?<!\p{L})(?:remerci[ée]s?|remercient|remerciements|gratitude|reconnaissance|r[ée]affirm[ée]s?|r[ée]affirment|rappel[ée]s?|accueil)(?!\p{L})/iu

/** Ce qu'une délégation a dit, dans un compte rendu des débats (`Le représentant du Chili a déclaré que …`, `La délégation du Mali, au nom des pays du Sahel, a souligné …`): context, as `INTERVENTION` in English. */
export const FRENCH_INTERVENTION = {
  opens: /^(?:le|la|les)\s+(?:repr[ée]sentante?s?|d[ée]l[ée]gu[ée]e?s?|d[ée]l[ée]gations?|observat(?:eur|rice)s?|chef\s+de\s+(?:la\s+)?d[ée]l[ée]gation)\s+(?:de|du|des|d['’]|pour)\s*[^,.;:]{1,100}?(?:,[^.;:]{1,160}?,)?\s+(?:a|ont)\s+(?:[ée]galement\s+|aussi\s+)?(?:d[ée]clar[ée]|dit|indiqu[ée]|soulign[ée]|rappel[ée]|expliqu[ée]|fait\s+valoir|estim[ée]|propos[ée]|sugg[ée]r[ée]|appel[ée]|exhort[ée]|demand[ée]|inform[ée]|pr[ée]sent[ée]|insist[ée]|signal[ée]|relev[ée]|salu[ée]|plaid[ée]|averti|mis\s+en\s+avant)(?!\p{L})|^(?:plusieurs|certaine?s|de\s+nombreu(?:x|ses)|nombre\s+de|la\s+plupart\s+des|une?|deux|trois|quatre|cinq)\s+(?:autres\s+)?(?:d[ée]l[ée]gations?|d[ée]l[ée]gu[ée]e?s?|repr[ée]sentante?s?|orat(?:eur|rice)s?|intervenante?s?|observat(?:eur|rice)s?|participante?s?|membres?)\s+(?:ont|a)\s+(?:[ée]galement\s+|aussi\s+|toutefois\s+|cependant\s+)?(?:d[ée]clar[ée]|dit|soulign[ée]|rappel[ée]|expliqu[ée]|fait\s+valoir|estim[ée]|not[ée]|relev[ée]|insist[ée]|averti|d[ée]crit|regrett[ée]|mis\s+en\s+garde|jug[ée]|constat[ée])(?!\p{L})/iu,
  // (le débat continue avec ses autres orateurs : `D'autres ont insisté …`, `Une autre délégation a estimé …`, `Certains ont rappelé …`; numbered48)
  goesOn: /^(?:il|elle|ils|elles|d['’]autres|certains|certaines|une?\s+autre\s+(?:d[ée]l[ée]gation|d[ée]l[ée]gu[ée]e?|repr[ée]sentante?|orat(?:eur|rice)|membre|intervenante?))\s/iu,
}

/** A paragraph that reports what was discussed or heard: context. */
export const FRENCH_REPORTED = /^(?:\S+\s+){1,5}(?:ont\s+|a\s+)?(?:[ée]galement\s+|aussi\s+)?(?:discut[ée]|examin[ée]|[ée]voqu[ée]|pris\s+note|not[ée]|entendu|[ée]chang[ée]|salu[ée]|rappel[ée]|d[ée]battu)(?!\p{L})/iu

/**
 * The opening paragraphs of a French communiqué that are context (`opening-paragraph.ts`): the
 * sitting (`La cérémonie d'ouverture a été présidée par …`, `Ont pris part aux travaux …`) and a
 * main clause that only acknowledges (`ont pris note du rapport`, `ont salué la présence`,
 * `se sont félicités de`, `ont rendu hommage`), unless it decides, reports a figure or a new member.
 */
export const FRENCH_OPENING_PARAGRAPH = {
  acknowledges: /^(?:[\p{L}\p{M}'’.-]+\s+){1,8}?(?:(?:ont|a)\s+|se\s+(?:sont\s+|est\s+)?)?(?:(?:[ée]galement|aussi|en\s+outre|par\s+ailleurs|vivement|chaleureusement)\s+)?(?:salu[ée]s?|saluent|pris\s+(?:bonne\s+)?(?:note|acte)|prennent\s+(?:bonne\s+)?(?:note|acte)|not[ée]|constat[ée]|exprim[ée]|expriment|rendu\s+(?:un\s+)?hommage|rendent\s+hommage|f[ée]licit[ée]s?|f[ée]licitent|remerci[ée]s?|remercient|rappel[ée]s?|rappellent|r[ée]affirm[ée]s?|r[ée]affirment|r[ée]it[ée]r[ée]|soulign[ée]|soulignent|reconnu|appr[ée]ci[ée]|encourag[ée]|r[ée]jouie?s?|r[ée]jouissent|pris\s+connaissance|marqu[ée]\s+(?:leur|sa)|observ[ée]\s+une\s+minute|entendu|suivi\s+(?:une|un|la|le|les)\s+(?:pr[ée]sentation|expos[ée]|communication|rapport)|examin[ée]|pass[ée]\s+en\s+revue|proc[ée]d[ée]\s+[àa]\s+(?:un|des)\s+[ée]changes?|[ée]chang[ée])(?!\p{L})/iu,
  sitting: /(?<!\p{L})(?:(?:a|ont)\s+[ée]t[ée]\s+(?:officiellement\s+)?(?:ouverte?s?|pr[ée]sid[ée]e?s?|co-?pr[ée]sid[ée]e?s?)\s+par|c[ée]r[ée]monie\s+d['’]ouverture|(?:discours|allocution|mot)\s+d['’]ouverture|(?:a|ont)\s+ouvert\s+les\s+travaux|(?:[àa]|lors\s+de)\s+l['’]ouverture|en\s+pr[ée]sence\s+de|souhait[ée]\s+la\s+bienvenue|(?:f[ée]licit\p{L}*\s+de|salu\p{L}*)\s+la\s+participation\s+(?:de|d['’]|des|du)|se\s+sont\s+r[ée]unie?s|s['’]est\s+(?:tenue?|d[ée]roul[ée]e?)|ont\s+tenu\s+(?:leur|sa|une)|(?:ont\s+|a\s+)?(?:pris\s+part|particip[ée]|assist[ée])\s+(?:aux?|à\s+la|à\s+l['’])|en\s+(?:qualit[ée]|tant)\s+qu['’]observateurs?|(?:[ée]taient|[ée]tait)\s+repr[ée]sent[ée]e?s?|ordre\s+du\s+jour)(?!\p{L})/iu,
  // a portfolio (`les ministres en charge de l'environnement`, `ministre chargé de …`) is not a task given
  decides: /(?<!\p{L})(?:d[ée]cid[ée]|adopt[ée]|convenu|approuv[ée]|lanc[ée]|annonc[ée]|demand[ée]|(?<!(?:en|ministres?|ministères?|responsables?)\s)charg[ée]|invit[ée]|ent[ée]rin[ée]|valid[ée]|engag[ée]s?|s['’]engagent|(?:r[ée])?[ée]lu|nomm[ée]|d[ée]sign[ée]|appel[ée]|exhort[ée])(?!\p{L})(?!\s+l['’]ordre\s+du\s+jour)/iu,
  membership: /(?<!\p{L})(?:nouveaux?\s+membres?|nouvel(?:le)?s?\s+membres?|adh[ée]sion|admission|a\s+rejoint|ont\s+rejoint|en\s+qualit[ée]\s+de\s+membres?)(?!\p{L})/iu,
  thanksToHost: /(?<!\p{L})(?:motion\s+de\s+(?:remerciements?|f[ée]licitations)|(?:gratitude|reconnaissance|remerciements?)\s+(?:\S+\s+){0,3}(?:[àa]|au|aux)\s+(?:\S+\s+){0,3}(?:gouvernement|peuple|autorit[ée]s|pr[ée]sident|pays\s+h[ôo]te|ville)|pour\s+(?:l['’]|son|sa|leur)\s*(?:\S+\s+){0,2}hospitalit[ée])(?!\p{L})/iu,
  reviewsPast: /^(?:[\p{L}\p{M}'’.-]+\s+){1,8}?(?:ont\s+|a\s+)?(?:[ée]galement\s+)?(?:pass[ée]\s+en\s+revue|fait\s+le\s+(?:bilan|point)\s+(?:de|sur)|dress[ée]\s+le\s+bilan\s+de)\s+(?:la|l['’]|le)\s*(?:(?:saison|campagne|ann[ée]e|r[ée]colte|exercice)(?:\s+(?:19|20)\d\d(?:[–/-]\d{2,4})?|\s+(?:pass[ée]e|[ée]coul[ée]e|pr[ée]c[ée]dente|dernier|derni[èe]re))?)(?!\p{L})/iu,
  countWords: /(?<!\p{L})(?:trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|millions?|milliards?|douzaine)(?!\p{L})/iu,
}

/** Thanks, wherever they stand, are context (`Les ministres ont remercié …`, `Le Conseil a exprimé sa gratitude au président sortant …`). */
export const FRENCH_THANKS = /^(?:\S+\s+){1,4}(?:ont\s+|a\s+)?(?:[ée]galement\s+)?(?:remerci[ée]|(?:exprim[ée]|adress[ée]|t[ée]moign[ée]|renouvel[ée])\s+(?:sa|leur|ses|leurs)\s+(?:[\p{L}-]+\s+){0,2}(?:gratitude|reconnaissance|remerciements))/iu

/** The verbs of a dateline, where the place is said after them, and who met. */
export const FRENCH_DATELINE = {
  met: /(?<!\p{L})(?:(?:ai|a|avons|ont)\s+(?:particip[ée]|assist[ée]|pris\s+part)(?=,?\s+[àa]\s+\p{Lu})|s['’]est\s+(?:tenue?|d[ée]roul[ée]e?)|se\s+sont\s+(?:tenue?s|d[ée]roul[ée]e?s)|a\s+eu\s+lieu|se\s+sont\s+(?:r[ée]uni|retrouv[ée]|rencontr[ée]|rassembl[ée])e?s?|s['’]est\s+(?:r[ée]uni|retrouv[ée]|rassembl[ée])e?|r[ée]unie?s?|se\s+r[ée]unissent|se\s+(?:r[ée]unissai(?:en)?t|retrouvai(?:en)?t|rassemblai(?:en)?t)|(?:ont|a)\s+si[ée]g[ée]|si[ée]geai(?:en)?t|(?:(?:ont|a)\s+tenu|tenai(?:en)?t|tint|tinrent|tien(?:nen)?t)\s+(?:(?:ce|le)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|apr[èe]s-midi))?\s+)?(?:leurs?|sa|ses|son|une|la|les)\s+(?:\S+\s+){0,2}(?:r[ée]union|session|conf[ée]rence|sommet|assises|rencontres?|journ[ée]es|congr[èe]s|assembl[ée]e\s+g[ée]n[ée]rale|s[ée]minaire|colloque)(?:\s+(?:ordinaires?|extraordinaires?|annuelles?|minist[ée]rielles?|constitutives?|pl[ée]ni[èe]res?|r[ée]gionales?|nationales?))?|se\s+sont\s+entretenu(?:e|s|es)?(?=\s+par\s+(?:t[ée]l[ée]phone|visio))|(?:ai|a|avons|ont)\s+pr[ée]sid[ée](?:,?\s+[àa]\s+\p{Lu}[\p{L}\p{M}'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*)?,?)?\s+(?:la|le|une|un)\s+(?:\S+\s+){0,2}?(?:r[ée]union|session|conf[ée]rence|sommet|assembl[ée]e|rencontre)(?:\s+(?:minist[ée]rielle|ordinaire|annuelle|pl[ée]ni[èe]re))?(?=\s+(?:de\s+la|de\s+l['’]|du|des)\s*\p{Lu}))(?!\p{L})/u,
  // (an article between two words of a city's name is hyphenated, `Choisy-le-Roi`: `à Roubaix le Comité …` is the city and the verb's object)
  place: /^\s*(?:aujourd['’]hui\s+|hier\s+|[àa]\s+nouveau\s+|de\s+nouveau\s+|ici,?\s+)?(?:[àa]|au|en)\s+((?:[\p{Lu}][\p{L}\p{M}'’.-]{0,30})(?:(?:[ -](?:(?:de|du|sur|en|d['’])[ -]?)?|-(?:la|le|les)-)[\p{Lu}][\p{L}\p{M}'’.-]{0,30}){0,4})/u,
  remote: /^\s*(?:en\s+ligne|par\s+visio(?:conf[ée]rence)?|[àa]\s+distance|en\s+visioconf[ée]rence|par\s+t[ée]l[ée]phone)(?!\p{L})/iu,
  // `Les ministres de l'Éducation du Réseau francophone pour l'école`: the body is the last `de/du/des` phrase that starts with a capital.
  who: /^(.+)\s(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s?(\p{Lu}[^,]*?)[\s,]*$/u,
  // `Réunis à Abidjan le 3 mai 2023, les ministres de … ont adopté …`: who met follows the opening participle, up to its verb.
  // (`Réunis ce mardi à Chambéry, …`: the day may stand before the place)
  // (a body in the feminine singular opens on `Réunie`, `Rassemblée`: `Réunie à Sète le 2 mai, la Conférence … a adopté …`)
  // (the sitting may be named before the days and the place, and the days be two: `Réunie en assemblée générale lundi et mardi à Caen, …`)
  lead: /^(?:R[ée]unie?s?|Rassembl[ée]e?s?)(?=\s+(?:en\s+(?:assembl[ée]e|s[ée]ance|session|conseil|congr[èe]s|comit[ée]|pl[ée]ni[èe]re|r[ée]union)(?:\s+(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?!\p{L}))\p{Ll}[\p{L}-]*){0,2}\s+)?(?:(?:ce|cet|cette|du)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?:\s+(?:matin|soir|apr[èe]s-midi))?(?:\s+(?:et|au)\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?\s+)?(?:[àa]|au|en)\s)/u,
  subjectEnd: /\s(?:ont|a|sont|se|s['’]|est)(?!\p{L})/u,
  // A building, not a city (`au Palais des congrès de Yaoundé`, `à l'hôtel de ville`): the city is named after it.
  venue: /(?<!\p{L})(?:Palais|Centre|Maison|H[ôo]tel|Salle|Mus[ée]e|Biblioth[èe]que|Th[ée][âa]tre|Op[ée]ra|Stade|Abbaye|Couvent|Si[èe]ge|Ch[âa]teau|Institut|Universit[ée]|Campus|Auditorium|Amphith[ée][âa]tre|Pavillon|Résidence|Villa|Conf[ée]rences?|Congr[èe]s|Cit[ée]|Parlement|Assembl[ée]e\s+nationale|Ambassade|Minist[èe]re|Primature|Pr[ée]sidence)(?!\p{L})/u,
  // `se sont réunis hier à Paris`: the day before the release's date.
  yesterday: /^[^.;]*?(?<!\p{L})hier(?!\p{L})/iu,
  // `réunis hier et aujourd'hui à Fort-de-France`: from the day before to the release's date.
  yesterdayAndToday: /^[^.;]*?(?<!\p{L})hier\s+et\s+aujourd['’]hui(?!\p{L})/iu,
  cityAfterVenue: /(?:\s(?:à|de|d['’])\s?|,\s*)(?=\p{Lu})/gu,
  // `La ministre de la Mer, le président du conseil régional … ont signé …`, `Les ministres de l'Intérieur et des Outre-mer, …`: a wire whose
  // subject names no body but opens on a minister (after the agency's mark, `(AFP) -`) speaks for that minister's ministry (the first portfolio named).
  ministerOf: /^\s*(?:\([^()]{1,20}\)\s*[-–—]\s*)?[Ll](?:e|a|es)\s+ministres?\s+(de\s+la\s+|de\s+l['’]|du\s+|des\s+)(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Ll}[\p{L}\p{M}'’-]*){0,2}?)(?=\s*,|\s+et\s|\s+(?:ont|a)\s)/u,
  // `Le préfet du Cantal a réuni …`: who met ends on its auxiliary, so the verb is transitive and its subject convened the meeting.
  convener: /\s+(?:a|ont)$/u,
  // `La conférence régionale de l'offre hospitalière s'est réunie …`: a body the subject names in common words, in lower case as French writes
  // it (its head, then an adjective or a complement), is the body that met; a head alone (`Le conseil`) names none.
  // (its complement is needed: `Le conseil municipal`, a head and its adjective alone, names a kind of body, not which one)
  commonBody: /^(?:[Ll]e|[Ll]a|[Ll]['’])\s*((?:sous-)?(?:comit[ée]|commission|cellule|conseil|conf[ée]rence|assembl[ée]e|observatoire|instance|coll[èe]ge|r[ée]seau)(?:\s+\p{Ll}[\p{L}'’-]*){1,2}(?:\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|pour\s+(?:la|le|les|l['’]))\s*\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,4}))$/u,
  // … and the body that met is its object, after a day or a place, in lower case as French writes a common body's name (`a réuni ce
  // mardi le comité départemental de la ressource en eau, avec …`, `a réuni à Paris la cellule nationale de crise viticole, en présence …`), up to a comma.
  convened: /^(?:\s+(?:(?:ce|cette|cet)\s+\p{Ll}+|hier|aujourd['’]hui|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+(?:matin|soir|\d{1,2}(?:er)?\s+\p{Ll}+))?|(?:[àa]|au|en)\s+(?:la\s+|l['’]|le\s+)?[\p{L}'’-]+(?:\s+(?:de|du|des|d['’])\s*[\p{L}'’-]+)?))*\s+(?:le|la|les|l['’])\s*((?:sous-)?(?:comit[ée]|commission|cellule|conseil|conf[ée]rence|assembl[ée]e|observatoire|instance|collège|groupe|r[ée]seau|bureau)(?:\s+[\p{L}'’-]+){0,14}?)(?=\s*[,;.]|\s+(?:en\s+pr[ée]sence|avec|autour|afin|pour\s+(?:l['’]|les?\s+|la\s+|se\s+|s['’])?\p{L}+(?:er|ir|re)(?!\p{L}))|$)/u,
  // `à la salle des fêtes de Batz-sur-Mer`, `à la mairie de Guérande`: a venue named in common words, up to the city it stands in
  commonVenue: /^\s*(?:,\s*)?(?:à|au|dans)\s+(?:la\s+|le\s+|l['’]|les\s+)?(?:salle|mairie|h[ôo]tel\s+de\s+ville|maison|centre|espace|foyer|gymnase|ch[âa]teau|halle|m[ée]diath[èe]que|mus[ée]e|auditorium|si[èe]ge)(?:\s[^,.;]{0,40}?)?\s(?:de|d['’]|à)\s*(?=\p{Lu})/u,
}

/**
 * What opens a phrase after a sentence's last comma that a French slide point may drop: a
 * participle or an adjective and its complement (`, gérée par le secrétariat`, `, ouvert aux autorités`,
 * `, consultable par tous`, `, basé à Brazzaville`), an absolute participle (`, le reste étant pris en
 * charge …`), a gerund (`, en commençant par …`, `, en s’appuyant sur …`), a relative after the object (`, qui s’appliquera …`,
 * `, dont les arriérés …`), a part of the whole named before it (`, dont 30 % sous forme de dons`),
 * examples (`, notamment …`) or a reference (`, conformément à …`, `, dans le respect de …`).
 */
export const FRENCH_DROPPABLE_TAIL = /^(?:\p{Ll}+(?:é|ée|és|ées|ie|is|ies|ue|us|ues|ite|its|ites|ert|erte|erts|ertes|able|ables|ible|ibles)\s+(?:par|à|au|aux|de|d['’]|du|des|dans|en|sur|pour|avec|sous|chez|jusqu['’]ici)(?!\p{L})|(?:le|la|les|l['’])\s*\p{L}+\s+(?:étant|ayant)(?!\p{L})|en\s+(?:s['’]|se\s+|y\s+|l['’]|les?\s+|la\s+)?\p{L}+ant(?!\p{L})|qui(?!\p{L})|dont(?!\p{L})|notamment(?!\p{L})|y\s+compris(?!\p{L})|conformément\s+(?:à|au|aux)(?!\p{L})|dans\s+le\s+respect(?!\p{L}))/u

/** A French lead-in that names the subject of a paragraph before its clause (`Sur la surveillance des épidémies, les ministres …`, `En matière de personnel de santé, …`). */
export const FRENCH_TOPIC_LEAD_IN = /^(?:sur|en\s+matière\s+d['’e]|concernant|s['’]agissant\s+d['’e]|dans\s+le\s+domaine\s+d['’e]|en\s+ce\s+qui\s+concerne|au\s+sujet\s+d['’e]|à\s+propos\s+d['’e]|pour\s+ce\s+qui\s+est\s+d['’e]|dans\s+la\s+lignée\s+d['’e]|conformément\s+(?:à|au|aux))[^,;]{0,100},\s+(?=(?:les|le|la|l['’]|ils|elles|il|elle|nous|chaque|ce|cette|ces|tous|toutes|un|une)(?!\p{L}))/iu

/**
 * A French lead-in before the subject that a slide point may drop, since the clause after it says
 * what was decided: a purpose (`Pour limiter les conflits entre éleveurs et agriculteurs,`, `Afin de …,`),
 * an attribution (`Selon le Secrétariat,`, `D’après l’étude,`), a time that only sets the scene
 * (`À ce jour,`, `En attendant son ouverture,`) or a connective (`Par ailleurs,`, `Dans ce cadre,`).
 */
export const FRENCH_POINT_LEAD_IN = /^(?:pour\s+(?:l['’]|les?\s+|la\s+|y\s+|en\s+|se\s+|s['’])?\p{L}+(?:er|ir|re|oir)|afin\s+(?:de|d['’])|selon|d['’]après|à\s+ce\s+jour|en\s+attendant|par\s+ailleurs|en\s+outre|de\s+plus|dans\s+ce\s+cadre|à\s+cet\s+effet|à\s+cette\s+fin|parallèlement)(?!\p{L})[^,;:]{0,140},\s+(?=(?:les|le|la|l['’]|ils|elles|il|elle|nous|chaque|ce|cette|ces|tous|toutes|un|une|des|seuls?|seules?|\d)(?!\p{L}))/iu

/**
 * A French reporting frame before a `que` clause (`Les ministres ont décidé que`, `Le Conseil a noté
 * avec satisfaction que`): the clause says what was decided or found, with its own subject. Not a verb
 * whose clause is in the subjunctive (`a demandé que`, `a recommandé que`, `se sont félicités que`).
 */
export const FRENCH_REPORTING_FRAME = /^\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,5}?\s+(?:ont|a|avons|sont|se\s+sont|s['’]est)\s+(?:(?:également|aussi|enfin|en\s+outre|par\s+ailleurs|unanimement)\s+)?(?:décidé|convenu|convenus|noté|relevé|constaté|souligné|rappelé|estimé|reconnu|observé|confirmé|réaffirmé|conclu)(?:\s+avec\s+(?:satisfaction|inquiétude|préoccupation|regret))?\s+(?:que\s+|qu['’])(?=\S)/u

/** A phrase at the end of a French sentence that only says where the decision holds when that is the meeting's own scope (`dans tous les États membres`, `dans la région`); see `SCOPE_ADJUNCT`. */
export const FRENCH_SCOPE_ADJUNCT = /(?<!\s)\s+(?:dans|entre|parmi|à\s+travers)\s+(?:(?:tous|toutes|chacun|chacune|l['’]ensemble)\s+(?:des|les)\s+|les\s+|la\s+|leurs\s+|ses\s+)(?:\d+\s+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix\s+)?\s*(?:(?:États|pays)\s+membres|région|sous-région)$/u

/** What opens a comparison with an earlier or usual value, or a restated amount, after a French sentence's last comma (`, contre 31 % en 2019`, `, soit environ 240 contrats`); see `COMPARISON_TAIL`. */
export const FRENCH_COMPARISON_TAIL = /^(?:contre|par\s+rapport\s+à|soit)\s+(?:\d|un|une|deux|trois|quatre|cinq|dix|moins|plus|près|environ|seulement|à\s+peine)(?!\p{L})|^en\s+(?:hausse|baisse|progression|recul)\s+de\s+\d/u

/**
 * A finite French verb, strictly: an auxiliary or a common ending of the future, the imperfect or the
 * present plural (`ont`, `sera`, `financeront`, `recoivent`), words that are verbs wherever they stand.
 * The slide condenser cuts a sentence on it, so a word that is as often a noun (`note`, `charge`) is not in it;
 * compare `FRENCH_FINITE_VERB_LOOSE`.
 */
export const FRENCH_FINITE_VERB_STRICT = /(?<!\p{L})(?:ont|a|sont|est|sera|seront|serait|va|vont|doit|doivent|peut|peuvent|fait|font|crée|créent|prévoit|prévoient|nous\s+\p{L}+ons|\p{L}{2,}(?:ra|ront|rait|raient|ait|aient)|\p{L}{3,}(?<!m)ent)(?!\p{L})/u

/**
 * A finite French verb, loosely: about what `FRENCH_FINITE_VERB_STRICT` takes, the present's `-ons`, `-ez`
 * and `-issent` endings, and the present of the verbs a decision is written with (`adopte`, `salue`, `note`,
 * `charge`), some of which are nouns too; in capitals or not. The evaluator (scripts/reader/slide-points.ts) only asks
 * whether a slide point has a verb at all, and must not call one verbless.
 */
export const FRENCH_FINITE_VERB_LOOSE = /(?:^|[\s'’])(?:est|sont|a|ont|sera|seront|serait|va|vont|doit|doivent|devra|devront|peut|peuvent|pourra|pourront|fait|font|reste|restent|demeure|adopte|approuve|décide|salue|demande|invite|appelle|encourage|exhorte|recommande|prend|note|charge|lance|crée|félicite|engage|convient|rappelle|souligne|réaffirme|reconnaît|accueille|remercie|compte|prévoit|permet|vise|atteint|dispose|\p{L}{2,}(?:ra|ront|rait|raient|ait|aient|ons|ez|isent|issent)|\p{L}{3,}(?<!m)ent)(?=[\s,.;:!?]|$)/iu

/** What follows a quotation cut by its attribution: `», a déclaré le président`. */
export const FRENCH_ATTRIBUTION = /^\s*,\s*(?:(?:a|ont)(?:-t-(?:il|elle)|-t-on|-(?:ils|elles))?\s+(?:d[ée]clar[ée]|dit|soulign[ée]|affirm[ée]|rappel[ée]|ajout[ée]|indiqu[ée]|estim[ée]|insist[ée]|conclu|martel[ée]|expliqu[ée]|r[ée]sum[ée]|pr[ée]venu|averti|pr[ée]cis[ée]|observ[ée]|reconnu|plaid[ée]|assur[ée]|lanc[ée])|(?:d[ée]clare|dit|souligne|affirme|rappelle|ajoute|indique|estime|insiste|conclut|martèle|explique|résume|prévient|précise)(?:-t-(?:il|elle))?|selon)(?!\p{L})/iu

/** Verbs of saying in the past (`a déclaré`, `ont souligné`), as a quotation's attribution writes them. */
const FRENCH_SAID = '(?:a|ont)(?:-t-(?:il|elle))?\\s+(?:aussi\\s+|également\\s+|encore\\s+)?(?:d[ée]clar[ée]|dit|soulign[ée]|affirm[ée]|rappel[ée]|ajout[ée]|indiqu[ée]|estim[ée]|insist[ée]|conclu|martel[ée]|expliqu[ée]|r[ée]sum[ée]|pr[ée]venu|averti|pr[ée]cis[ée]|observ[ée]|lanc[ée]|reconnu|assur[ée]|plaid[ée])'
/** Verbs of saying in the present (`déclare`, `souligne`). */
const FRENCH_SAYS = '(?:d[ée]clare|dit|souligne|affirme|rappelle|ajoute|indique|estime|insiste|conclut|martèle|explique|résume|prévient|précise|observe)'
/** One character of a speaker's name and office: no sentence end, no quote mark, but the full stop of a title (`M.`, `S.E.`). */
const FRENCH_SPEAKER_CHARACTER = '(?:[^.;:!?“”"«»]|(?<=(?<!\\p{L})(?:M|S|E|Dr|Pr|Me))\\.)'
/** A person's name with a title of address, set after a role (`la présidente de la Conférence, Mme Awa Diallo`): kept with the role, so the credit names who spoke. */
const FRENCH_NAMED = "(?:M\\.|Mme|Mlle|Dr|Pr|Me|S\\.\\s?E\\.)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:d[eu]\\s+|de\\s+la\\s+|van\\s+|von\\s+)?\\p{Lu}[\\p{L}'’-]+){0,3}"
/** Where a speaker named before a quotation starts: the paragraph's or a sentence's start, after a lead-in phrase (`Lors de la clôture,`). */
const FRENCH_SPEAKER_START = '(?:^|(?<=[.!?;]\\s+))(?:(?:lors|à|au|en|dans|pendant|ouvrant|clôturant|après|avant)(?!\\p{L})[^,.;:“”"«»]{0,80},\\s+)?'

/** Who said a quotation, in the words around it (`key-message-speaker.ts`; the fields are described on English's `QUOTE_SPEAKER`). */
export const FRENCH_QUOTE_SPEAKER = {
  after: [
    // `», a-t-elle déclaré devant les délégués`: a pronoun, read in the sentence before (what follows its verb is not who spoke)
    /^\s*,\s*(?:a|ont)-(?:t-)?(?<speaker>il|elle|ils|elles)(?!\p{L})/iu,
    // `», a déclaré le ministre nigérien des Transports devant les délégués`: the name ends before a word of place or time; one said before it (`a déclaré devant les délégués le ministre …`) is not the name
    new RegExp(`^\\s*,\\s*(?:${FRENCH_SAID}|${FRENCH_SAYS}(?:-t-(?:il|elle))?|selon)\\s+(?:devant\\s+(?:les?|la|l['’])\\s*[^,.;«»“”]{1,60}?\\s+(?=(?:le|la|l['’]|m\\.|mme)\\s*\\p{L}))?(?!devant\\s)(?<speaker>${FRENCH_SPEAKER_CHARACTER}{3,120}?(?:,\\s+${FRENCH_NAMED})?)(?=\\s*(?:[.,;]|(?<!\\p{L})(?:lors|à|au|en|dans|pendant|devant)(?!\\p{L})|$))`, 'iu'),
    /^\s*[–—]\s*(?<speaker>(?:le\s+|la\s+|l['’])?\p{Lu}[^;:!?«»]{2,90}?)\s*\.?$/u,
  ],
  before: [
    new RegExp(`${FRENCH_SPEAKER_START}(?<speaker>${FRENCH_SPEAKER_CHARACTER}{3,90}?),?\\s+(?:${FRENCH_SAID}|${FRENCH_SAYS})(?:\\s+que)?\\s*[:,]?\\s*$`, 'iu'),
    new RegExp(`${FRENCH_SPEAKER_START}(?:selon|d['’]après|pour\\s+reprendre\\s+les\\s+(?:mots|termes)\\s+d(?:e|u|es|['’]))\\s*(?<speaker>${FRENCH_SPEAKER_CHARACTER}{3,90}?)\\s*[:,]\\s*$`, 'iu'),
    new RegExp(`(?:${FRENCH_SPEAKER_START}|(?<=,\\s+))comme\\s+(?:l['’]a|l['’]ont)\\s+(?:d[ée]clar[ée]|dit|soulign[ée]|affirm[ée]|rappel[ée]|r[ée]sum[ée]|expliqu[ée])\\s+(?<speaker>${FRENCH_SPEAKER_CHARACTER}{3,90}?)\\s*[:,]\\s*$`, 'iu'),
  ],
  meeting: /^(?:(?:les|des|tous\s+les|toutes\s+les)\s+)?(?:(?:\p{L}+\s+)?(?:ministres|délégués|délégations|participants|participantes|membres|[ée]tats\s+membres|dirigeants|partenaires|maires|gouverneurs|chefs\s+d['’][ée]tat)(?!\p{L})|(?:un|une|certains|certaines|plusieurs|d['’]autres|un\s+autre|une\s+autre)\s+\p{L}|(?:le|la|l['’])\s*(?:rapport|étude|enquête|note|communiqué|déclaration|texte|document|plan|feuille\s+de\s+route|stratégie|programme)(?!\p{L}))/iu,
  pronoun: /^(?:il|elle|ils|elles|nous|on|je)$/iu,
  antecedent: new RegExp(`^(?:(?:en\\s+ouvrant|en\\s+clôturant|lors|à|au|en|dans|pendant|après|avant)(?!\\p{L})[^,.;:“”"«»]{0,80},\\s+)?(?<speaker>${FRENCH_SPEAKER_CHARACTER}{3,90}?),?\\s+(?:a|avait)\\s+(?:aussi\\s+|également\\s+)?(?:ouvert|clos|clôturé|rappel[ée]|soulign[ée]|not[ée]|salu[ée]|remerci[ée]|insist[ée]|averti|présent[ée]|appel[ée]|indiqu[ée]|expliqu[ée]|déclar[ée]|dit|pris\\s+la\\s+parole)(?!\\p{L})`, 'iu'),
  role: /^(?:le|la|l['’])\s*(?<role>\S+(?:\s+\S+){0,3})$/iu,
}

/** The kinds of plan a French name starts with. */
const PLAN = "(?:Feuille\\s+de\\s+route|Plan\\s+d['’]action|Plan|D[ée]claration|Strat[ée]gie|Programme|Charte|Pacte|Agenda|Cadre|Initiative|Accord|Consensus|Appel|Engagement|Principes|Sch[ée]ma)"
/**
 * A kind in lower case before a quoted name, where the meeting made the plan its own: its possessive (`sa feuille de route « Estuaires 2030 »`,
 * `son schéma « Chemins ouverts »`) or a verb of adoption (`a adopté le programme « … »`); a programme it only launched or cites in lower case (`a lancé le
 * programme « … »`, `dans le cadre du « … »`) is what one point is about, not its plan.
 */
/** (an `initiative`, an `appel`, an `engagement` in lower case is a project, a call or a pledge of some members, never the plan: `des délégations ont approuvé l'initiative « … »`) */
const PLAN_LOWER = PLAN.replace(/(?<=[(|:])\p{Lu}/gu, (c) => c.toLowerCase()).replace(/\|(?:initiative|appel|engagement)(?=\|)/gu, '')
/** … and after a possessive, only a plan's kinds: `son initiative « … »`, `leur programme « … »`, `son appel « … »` name a project or a call of the body's, not the plan it adopted. */
const PLAN_OWNED = "(?:feuille\\s+de\\s+route|plan\\s+d['’]action|plan|d[ée]claration|strat[ée]gie|charte|pacte|agenda|cadre|sch[ée]ma)"
const PLAN_QUOTED_KIND = `(?:${PLAN}|(?<=(?<![\\p{L}])(?:[Aa]dopt|[Aa]pprouv|[Ee]ntérin|[Vv]alid)\\p{L}{0,6}\\s+(?:le|la|l['’])\\s?)${PLAN_LOWER}|(?<=(?<![\\p{L}])(?:sa|son|leur|notre)\\s+)${PLAN_OWNED})`

/** The years a plan's name may give after its place or its purpose (`Plan d'action de Ouagadougou 2026-2035`). */
const PERIOD = '(?:19|20)\\d{2}(?:\\s?[-–]\\s?(?:19|20)?\\d{2})?'

/** Words that end a plan's name written in lower case after its kind: a relative, a conjunction of purpose, a preposition of place or a verb (`…, qui vise`, `afin de`, `sera`). */
const NAME_STOP = "(?:qui|que|dont|afin|dans|avec|par|lors|dès|pour|à|au|aux|et|ou|est|sont|sera|seront|a|ont|doit|doivent|peut|peuvent|vise|visent|fixe|prévoit|\\p{L}+(?:era|eront|ira|iront))"

/** A verb by which the meeting adopts a plan, then the plan's article, an adverb and the place of the meeting between them (`ont adopté aujourd'hui le`, `ont adopté hier à Pointe-Noire le`, `Adoptons le`). */
const ADOPTED_THE = "(?<!\\p{L})(?:[Aa]dopt|[Aa]pprouv|[Ll]anc|[Ee]ntérin|[Vv]alid)\\p{L}*\\s+(?:(?:aujourd['’]hui|ce\\s+jour|hier|également|formellement|officiellement|solennellement)\\s+)?(?:(?:[àa]|au)\\s+\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}(?:\\s\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}){0,2}\\s+)?(?:le|la|l['’])\\s?"

/** Words that end a plan's name whatever their case: a relative, a conjunction of purpose or a verb. */
const VERB_STOP = "(?:qui|que|dont|afin|lors|dès|est|sont|sera|seront|a|ont|doit|doivent|peut|peuvent|vise|visent|fixe|prévoit|\\p{L}+(?:era|eront|ira|iront))"

export const FRENCH_ROADMAP_NAME = {
  // « Feuille de route de Bruxelles », « Plan d'action de Niamey » (a name, not a sentence: at most 12 words)
  // … or a kind before a quoted name (`le Plan « Filière verte 2030 »`, `la Stratégie « Ports propres »`): the kind with it, as the text writes them
  // (also with a word or two that qualify the kind, and the years after the name: `le Plan d'action romand « École en mouvement » 2026-2030`)
  // … or a name a plan is given in lower case, as a newswire writes it (`un plan commun … baptisé « plan Maroni 2030 »`, `intitulé « pacte … »`)
  quoted: new RegExp(`[«“"]\\s?(${PLAN}(?:[\\s\\u00A0]{1,3}[\\p{L}\\p{M}\\d'’-]{1,30}){0,11})\\s?[»”"]|(?<![\\p{L}])(${PLAN_QUOTED_KIND}(?:[\\s\\u00A0]{1,3}\\p{Ll}[\\p{L}'’-]{1,20}){0,2}[\\s\\u00A0]{1,3}(?:«[\\s\\u00A0]?\\p{Lu}[\\p{L}\\p{M}\\d'’-]{0,30}(?:[\\s\\u00A0]{1,3}[\\p{L}\\p{M}\\d'’–-]{1,30}){0,7}[\\s\\u00A0]?»|“\\p{Lu}[\\p{L}\\p{M}\\d'’-]{0,30}(?:[\\s\\u00A0]{1,3}[\\p{L}\\p{M}\\d'’–-]{1,30}){0,7}”)(?:[\\s\\u00A0]{1,3}${PERIOD}(?![\\d\\p{L}]))?)|(?<!\\p{L})(?:baptis|intitul|d[ée]nomm|surnomm)[ée]e?s?[\\s\\u00A0]+[«“][\\s\\u00A0]?((?:feuille[\\s\\u00A0]+de[\\s\\u00A0]+route|plan|pacte|programme|strat[ée]gie|charte|agenda|initiative|accord|contrat)(?:[\\s\\u00A0]{1,3}[\\p{L}\\p{M}\\d'’–-]{1,30}){1,7})[\\s\\u00A0]?[»”]`, 'gu'),
  // la Déclaration de Rabat, le Plan d'action de Niamey
  // … with the complement that says what it is for (`l'Agenda de Lausanne pour la science ouverte`, `la Déclaration de Rabat sur la migration de travail`): an article, then at most four words in lower case, no verb
  // … whose words between the kind and the place only qualify it (`Plan d'action régional de …`): a complement of its own (`l'Engagement citoyen des pays membres du Réseau`) names no plan
  named: new RegExp(`(${PLAN}(?:\\s(?!(?:de|des|du|la|le|les|pour|sur|et|en|à|au|aux|contre|par|avec)(?![\\p{L}'’-]))[\\p{Ll}'’-]{1,20}){0,5}?\\s(?:de|du|d['’])\\s?\\p{Lu}[\\p{L}\\p{M}-]{0,30}(?:\\s\\p{Lu}[\\p{L}\\p{M}-]{0,30}){0,2}(?:\\s${PERIOD})?(?:\\s(?:pour|sur|contre|en\\s+faveur\\s+(?:de|du|des))\\s(?:la\\s|le\\s|les\\s|l['’]|des\\s|du\\s)(?:(?!(?:qui|que|dont|et|ou|afin|dans|avec|par|lors|dès|pour|à|au|aux|en|est|sont|sera|seront|a|ont|fut|[ée]tait|[ée]taient|doit|doivent|peut|peuvent|vise|visent|fixe|pr[ée]voit|\\p{L}+(?:era|eront|ira|iront))(?![\\p{L}'’-]))[\\p{Ll}][\\p{L}\\p{M}'’-]{0,24}(?:\\s|(?=[,.;:)»]|$))){1,4}(?:et\\s(?:la\\s|le\\s|les\\s|l['’]|des\\s|du\\s)(?:(?:de\\s|d['’])?(?!(?:qui|que|dont|et|ou|afin|dans|avec|par|lors|dès|pour|à|au|aux|en|est|sont|sera|seront|a|ont|fut|[ée]tait|[ée]taient|doit|doivent|peut|peuvent|vise|visent|fixe|pr[ée]voit|\\p{L}+(?:era|eront|ira|iront))(?![\\p{L}'’-]))\\p{Ll}[\\p{L}\\p{M}'’-]{0,24}(?:\\s|(?=[,.;:)»]|$))){1,4}(?=[,.;:)»]|$|(?:19|20)\\d\\d|(?:qui|que|dont)(?![\\p{L}'’-])))?(?:${PERIOD}(?=[\\s,.;:)»]|$))?)?)`, 'u'),
  hasKind: new RegExp(PLAN, 'u'),
  // a plan named by what it is for, with no place (`ont adopté le Plan régional d'autosuffisance en riz 2026-2030`, `le Plan national de sécurité routière`): a name only when the meeting adopted it, up to a comma, a clause or a verb
  adoptedNamed: new RegExp(`${ADOPTED_THE}(${PLAN}(?:\\s(?!(?:de|des|du|d['’]|pour|sur|en)(?![\\p{L}'’-]))\\p{Ll}[\\p{L}'’-]{1,20}){0,2}\\s(?:de\\s|des\\s|du\\s|d['’]|pour\\s(?:les\\s|la\\s|le\\s|des\\s|l['’]))\\p{Ll}[\\p{L}\\p{M}'’-]{0,24}(?:\\s(?!${NAME_STOP}(?![\\p{L}'’-]))\\p{Ll}[\\p{L}\\p{M}'’-]{0,24}){0,5}(?:\\s${PERIOD}(?=[\\s,.;:)»]|$))?)`, 'u'),
  // a plan the meeting adopted whose name ends with its years (`ont adopté aujourd'hui le Programme Lumière du bassin 2027-2035`, `Adoptons le Plan d'action sahélien pour le sorgho et le mil 2026-2030`): the years close it, whatever its words (a proper name, `pour`, `et`), so long as no verb, punctuation or second plan (`le Plan … et le Programme … 2026-2030`) comes first; read before \`adoptedNamed\`, whose \`Plan d'action\` may stop at \`pour\`
  // … and one a sentence then names after a demonstrative, its years closing it (`ont adopté un plan de 180 milliards … . Ce Plan régional de modernisation des abattoirs 2027-2032 prévoit …`)
  // … and the purpose its name goes on with after the years (`ont adopté le Plan d'action 2026-2029 pour des marinas durables, qui …`), in lower case, up to a comma, a clause or a verb
  adoptedDated: new RegExp(`(?:${ADOPTED_THE}|(?<!\\p{L})(?:Ce|Cette|Cet)\\s)(${PLAN}(?:\\s(?!(?:${VERB_STOP}|${PLAN})(?![\\p{L}'’-]))[\\p{L}\\p{M}'’-]{1,24}){0,10}?\\s${PERIOD}(?:\\s(?:pour|sur|contre)\\s(?:des\\s|les\\s|le\\s|la\\s|l['’]|un\\s|une\\s)(?:(?!${NAME_STOP}(?![\\p{L}'’-]))\\p{Ll}[\\p{L}\\p{M}'’-]{0,24}(?:\\s(?!${NAME_STOP}(?![\\p{L}'’-]))\\p{Ll}[\\p{L}\\p{M}'’-]{0,24}){0,4}))?)(?=[\\s,.;:)»]|$)`, 'u'),
  // a plan whose implementation the meeting reviewed, its years closing its name (`a présenté le bilan de la mise en œuvre de la Stratégie régionale du bois-énergie 2024-2030`): the roadmap only when the meeting adopted none
  reviewedDated: new RegExp(`(?<!\\p{L})(?:mise\\s+en\\s+(?:œuvre|oeuvre)|bilan|[ée]valuation|suivi)\\s+(?:de\\s+la|du|de\\s+l['’])\\s*(${PLAN}(?:\\s(?!(?:${VERB_STOP}|${PLAN})(?![\\p{L}'’-]))[\\p{L}\\p{M}'’-]{1,24}){1,10}?\\s${PERIOD})(?=[\\s,.;:)»]|$)`, 'u'),
  // a text the meeting cites or works under, not one it adopts: `au titre de l'Accord de Paris`, `conformément au Cadre de Sendai`, `une annexe à l'Accord de coopération`
  citedBefore: /(?:(?:au\s+titre|dans\s+le\s+cadre|en\s+application|en\s+vertu|mise\s+en\s+(?:œuvre|oeuvre)|objectifs?|engagements?|cibles?|parties|signataires)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|(?:annexes?|protocoles?(?:\s+additionnels?)?|avenants?|amendements?)\s+(?:[àa]\s+la|[àa]\s+l['’]|au|aux|de\s+la|de\s+l['’]|du)|(?:conform[ée]ment|conformes?)\s+(?:[àa]\s+la|[àa]\s+l['’]|au|aux|[àa])|(?:align\p{L}*\s+(?:\S+\s+){0,3}sur|en\s+ligne\s+avec|rappel\p{L}*|r[ée]affirm\p{L}*\s+(?:\S+\s+){0,2}envers|s['’]appuyant\s+sur|dans\s+le\s+prolongement\s+d[eu]?)\s+(?:la|le|les|l['’]))\s*$/iu,
}

/** Number words and their values; `cent`, `mille` are read as scales of the words before them. */
export const FRENCH_NUMBER_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  cent: 100, cents: 100, mille: 1000,
  // Belgian and Swiss tens
  septante: 70, huitante: 80, octante: 80, nonante: 90,
}

/** Scale words after a number, and the English word the value spells out (`2,4 milliards` → `2.4 billion`). */
export const FRENCH_SCALES: Record<string, {factor: number; word: string}> = {
  million: {factor: 1e6, word: 'million'},
  millions: {factor: 1e6, word: 'million'},
  milliard: {factor: 1e9, word: 'billion'},
  milliards: {factor: 1e9, word: 'billion'},
  md: {factor: 1e9, word: 'billion'},
  mds: {factor: 1e9, word: 'billion'},
  mrd: {factor: 1e9, word: 'billion'},
  mrds: {factor: 1e9, word: 'billion'},
  m: {factor: 1e6, word: 'million'},
  // `12 k€`: thousands, written out in the value (`€12,000`)
  k: {factor: 1e3, word: ''},
}

/** Auxiliaries before a participle: `seront formés`, `ont été consacrés`. */
const AUXILIARIES = new Set('sont seront ont été était étaient sera est a ont été'.split(' '))

/** Words that end a label: verbs and auxiliaries, conjunctions, relative pronouns, prepositions that open a new phrase. */
const LABEL_STOP = new Set([...AUXILIARIES, ...'et ou mais dont qui que qu soit ainsi afin pour dans en sur avec par contre depuis pendant selon lors entre vers chez sans sous car puis donc grâce où y ne n se s ayant avant après dès jusqu lorsque comme sauf hors parmi'.split(' ')])

/** Words a label never ends with. */
export const FRENCH_LABEL_TAIL = new Set('de du des d la le les l à au aux un une en et ou par pour sur dans avec ces ce cette leur leurs qui que qu'.split(' '))

/** Compound prepositions that say where, when or how much (`le long`, `à hauteur`, `au sein`), whose phrase opens on `de`. */
const OPEN_PREPOSITIONS = String.raw`le\s+long|à\s+hauteur|à\s+compter|au-delà|autour|près|lors|au\s+titre|au\s+sein|en\s+raison|à\s+partir|au\s+cours|auprès|en\s+dehors|à\s+proximité|aux\s+côtés|en\s+vue`
/** Compound prepositions that say which ones (`vols à destination de Dakar`, `projets en faveur des femmes`): part of a counted noun's phrase. */
const WHICH_PREPOSITIONS = String.raw`en\s+faveur|au\s+profit|en\s+matière|en\s+provenance|à\s+destination`
/**
 * A compound preposition and the `de` that opens its phrase (`le long du fleuve`, `à hauteur de`, `au sein des
 * communes`): it says where or how much, never which ones, so a counted noun's phrase ends before it
 * (`gendarmes supplémentaires le long du Maroni` → gendarmes supplémentaires, not `… le long`).
 */
export const FRENCH_OPEN_PREPOSITION = new RegExp(String.raw`^(?:${OPEN_PREPOSITIONS})\s+(?:de|du|des|d['’])(?!\p{L})`, 'iu')
/** Any compound preposition at the end of a label, its phrase cut off (`recherche variétale à hauteur`, `vols à destination`): dropped with it. */
export const FRENCH_OPEN_PREPOSITION_END = new RegExp(String.raw`\s(?:${OPEN_PREPOSITIONS}|${WHICH_PREPOSITIONS})$`, 'iu')

/**
 * Whether a verb's second complement opens at `index` of a counted noun's words: `au`, `aux`, `à la`, `à l'`
 * (`former 900 cuisiniers de cantine à la cuisine des restes`, `raccorder 2 000 foyers au réseau`); not after an
 * adjective or a participle whose complement it is, which says which ones (`variétés résistantes au bayoud`).
 */
export function frenchSecondComplementAt(words: readonly string[], index: number): boolean {
  if (/(?:ants?|antes?|és?|ées?)$/iu.test(words[index - 1] ?? '')) return false
  return /^(?:au|aux)$/iu.test(words[index]) || (/^à$/iu.test(words[index]) && /^(?:la|l['’])$/iu.test(words[index + 1] ?? ''))
}

/** Infinitives whose participle is not made by the rule (`-er` → `-é`, `-ir` → `-i`, `-uire` → `-uit`, `-re` → `-u`). */
const IRREGULAR_PARTICIPLES: Record<string, string> = {mettre: 'mis', remettre: 'remis', prendre: 'pris', faire: 'fait', ouvrir: 'ouvert', offrir: 'offert', couvrir: 'couvert', inscrire: 'inscrit', recevoir: 'reçu', accueillir: 'accueilli', atteindre: 'atteint', éteindre: 'éteint', peindre: 'peint'}
/** Futures whose infinitive is not their stem (`fera` → `faire`). */
const IRREGULAR_FUTURES: Record<string, string> = {fer: 'faire', recevr: 'recevoir', accueiller: 'accueillir', enverr: 'envoyer', verr: 'voir', ir: 'aller', tiendr: 'tenir', viendr: 'venir', maintiendr: 'maintenir', obtiendr: 'obtenir', soutiendr: 'soutenir'}

/**
 * Feminine plural nouns a count is often of, and the endings of feminine nouns: a participle agrees
 * with them (`personnes touchées`, `écoles rénovées`). Others are read as masculine.
 */
const FEMININE = /^(?:personnes|femmes|filles|jeunes\s+filles|écoles|familles|entreprises|tonnes|communes|villes|cliniques|victimes|infirmières|sages-femmes|routes|maisons|classes|bourses|forêts|terres|îles|zones|régions|semences|doses|prises|espèces|unités|pêcheuses|agricultrices|exploitations|structures|infrastructures|stations|installations|plateformes|mesures|associations|coopératives|institutions|organisations|universités|localités|municipalités|provinces|frontières|maternités|vies|têtes|armes|mines|pirogues|embarcations|parcelles|pistes|écoles\s+\p{L}+)$|(?:tions|sions|ités|tés|ures|ances|ences|elles|ettes|esses|ières|euses|trices|ées|ies|ines)$/iu

/**
 * Presents of doing something to people or things, and their participle (`nourrit` → `nourri`): a
 * count right after one is what is done to it (`personnes nourries par le mil`), as after a past.
 * Verbs of holding or reaching (`compte`, `atteint`) are not here: they say how many, not what is done.
 */
const PRESENT_PARTICIPLES: Record<string, string> = {
  nourrit: 'nourri', nourrissent: 'nourri', emploie: 'employé', emploient: 'employé', produit: 'produit', produisent: 'produit',
  occupe: 'occupé', occupent: 'occupé', soigne: 'soigné', soignent: 'soigné', forme: 'formé', forment: 'formé',
  accueille: 'accueilli', accueillent: 'accueilli', dessert: 'desservi', desservent: 'desservi', scolarise: 'scolarisé', scolarisent: 'scolarisé',
  exporte: 'exporté', exportent: 'exporté', importe: 'importé', importent: 'importé', transporte: 'transporté', transportent: 'transporté',
}

/**
 * Nouns of a flow that a measure counts, and their participle: editors write the measure of what flows,
 * done (`la production de fonio a atteint 720 000 tonnes` → tonnes de fonio produites, `les exportations
 * d'avocats` → tonnes d'avocats exportées), not `tonnes de production de fonio`.
 */
const FLOW_PARTICIPLES: Record<string, string> = {production: 'produit', exportations: 'exporté', importations: 'importé', ventes: 'vendu', récolte: 'récolté', captures: 'capturé'}
/** A flow's noun, an adjective of its scope, and what flows after `de` (`production régionale de riz paddy`). */
const FLOW = new RegExp(`^(${Object.keys(FLOW_PARTICIPLES).join('|')})(?:\\s+(?:régionale|mondiale|nationale|totale|annuelle|cumulée)s?)?(?:\\s+(?:de\\s+|d['’]\\s?)(.+))?$`, 'iu')
/** Whose a flow is, at its end, when that only repeats who met (`de la région`, `des pays membres`, `de nos pays`); tried from the first space of a run only, so a long run is not rescanned from each of its spaces. */
const FLOW_OWNER_MET = /(?:^|(?<!\s)\s+)(?:de\s+la\s+(?:région|sous-région|zone)|des\s+(?:pays|États)\s+membres|de\s+nos\s+(?:pays|États)|du\s+continent|la\s+région)$/iu
/** A name alone after a flow's `de`, which says whose the flow is (`de la Guinée`, `de l'Union européenne`): `par` it after the participle. */
const FLOW_OWNER_ALONE = /^(?:(?:la|le|les)\s+|l['’])\p{Lu}/u
/** Whose a flow is, at its end, when a name (`de la Guinée`, `du Sénégal`): `par` it after the participle. */
const FLOW_OWNER_NAMED = /(?<!\s)\s+(?:de\s+(la\s+\p{Lu}.*|l['’]\p{Lu}.*)|du\s+(\p{Lu}.*))$/u

export const FRENCH_COUNT_ACTIONS: CountActions = {
  flow(subject) {
    const found = FLOW.exec(subject.trim())
    if (!found) return undefined
    const participle = FLOW_PARTICIPLES[found[1].toLowerCase()]
    let what = found[2] ?? ''
    // (`la production de la Guinée`, `les exportations de l'Union européenne`: a name right after the flow is whose it is, not what flows)
    if (FLOW_OWNER_ALONE.test(what)) return {what: '', participle, by: what}
    const named = FLOW_OWNER_NAMED.exec(what)
    const by = named ? named[1] ?? `le ${named[2]}` : undefined
    what = (named ? what.slice(0, named.index) : what).replace(FLOW_OWNER_MET, '').trim()
    // (`de la région` alone: nothing flows but what the region makes)
    return {what: /^(?:la|le|les)\s/iu.test(what) ? '' : what, participle, by}
  },
  past: /(?:^|\s)(?:ont|a)\s+(?:(?:d[ée]j[àa]|[ée]galement|aussi|en\s+outre)\s+)?(\p{L}{3,}(?:é|i|is|it|u))\s*$/iu,
  future: /(?:^|\s)(\p{L}{2,}(?:era|eront|ira|iront|tra|tront|dra|dront))\s*$/iu,
  infinitive: /(?:^|\s)(?:de|d['’]|à|pour)\s*(\p{L}{3,}(?:er|ir|re))\s*$/iu,
  qualifiers: /\s+(?:plus\s+de|pr[èe]s\s+de|environ|au\s+moins|quelque|jusqu['’][àa]|moins\s+de|un\s+total\s+de)\s*$/iu,
  infinitiveOf(future) {
    const stem = future.toLowerCase().replace(/(?:ont|a)$/u, '')
    if (IRREGULAR_FUTURES[stem]) return IRREGULAR_FUTURES[stem]
    // `construira` → `construire`, `mettra` → `mettre`, `prendra` → `prendre`
    if (/uir$/u.test(stem) || /[^aeiouéèr]r$/u.test(stem)) return `${stem}e`
    return stem
  },
  participleOf(infinitive) {
    const verb = infinitive.toLowerCase()
    if (IRREGULAR_PARTICIPLES[verb]) return IRREGULAR_PARTICIPLES[verb]
    if (/er$/u.test(verb)) return `${verb.slice(0, -2)}é`
    if (/ir$/u.test(verb)) return verb.slice(0, -1)
    if (/uire$/u.test(verb)) return `${verb.slice(0, -2)}t`
    if (/re$/u.test(verb)) return `${verb.slice(0, -2)}u`
    return verb
  },
  agree(participle, noun) {
    // back to the masculine singular (`touchées` → `touché`; `mis`, `pris` end in -s already)
    const stem = participle.toLowerCase().replace(/(?<=[éiut])e?s?$/u, (ending) => (ending === 's' && !/é$/u.test(participle.slice(0, -1)) ? ending : ''))
    if (FEMININE.test(noun.trim())) return `${stem}es`
    return /s$/u.test(stem) ? stem : `${stem}s`
  },
  toBeDone: (infinitive) => `à ${infinitive}`,
  actors: new Set('il elle ils elles on nous ministres ministre dirigeants chefs participants membres délégations délégués pays gouvernements états état parties présidence président présidente secrétariat'.split(' ')),
  measures: /^(?:tonnes|hectares|kilomètres|km|mètres|litres|mégawatts|gigawatts|MW|GW|barils)$/iu,
  of: (phrase) => (/^[aeiouyéèêàâîôh]/iu.test(phrase) ? `d’${phrase}` : `de ${phrase}`),
  each: /(?:^|[,;:]\s*)chaque\s+(\p{L}[\p{L}-]*(?:\s+(?:membre|partenaire|participant|signataire)s?)?)\s/iu,
  // (after its subject or `qui`, with a time between; only verbs of doing something to people or things, `PRESENT_PARTICIPLES`)
  present: new RegExp(`(?<=\\p{L})\\s+(${Object.keys(PRESENT_PARTICIPLES).join('|')})(?:\\s+directement)?(?:\\s+(chaque\\s+(?:jour|année|mois|semaine)|aujourd['’]hui|désormais|actuellement|déjà))?\\s*$`, 'u'),
  participleOfPresent: (present) => PRESENT_PARTICIPLES[present.toLowerCase()],
}

export const FRENCH_FIGURES = {
  fragment: FRENCH_FRAGMENT_LABEL,
  amountFormula: /(?:(?<!\p{L})à\s+(?:raison|hauteur)\s+(?:de\s+|d['’]\s?)|,\s*(?:dot|estim|évalu|chiffr|budgét)[ée]e?s?\s+(?:à\s+|de\s+|d['’]\s?))(?:(?:environ|près\s+de|plus\s+de|quelque)\s+)?$/iu,
  numberWords: FRENCH_NUMBER_WORDS,
  numberAnd: 'et',
  readNumber: readFrenchNumber,
  roughCounts: {dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100},
  scales: FRENCH_SCALES,
  // `180 MDH`, `2,3 MMDH`: the Moroccan press's million and billion dirhams, a scale and a currency in one word
  scaledCurrencies: {mdh: {factor: 1e6, word: 'million', sign: 'MAD '}, mmdh: {factor: 1e9, word: 'billion', sign: 'MAD '}},
  // `d'euros` after a scale, `euros` after a plain amount (`400 000 euros`), a sign or a code (`12 M€`, `5 000 USD`)
  currencyAfter: /^\s*(?:(?:d['’]\s?|de\s+)?(?:euros?|dollars?(?:\s+(?:am[ée]ricains|US|des\s+[ÉE]tats-Unis|canadiens|australiens|n[ée]o-z[ée]landais|de\s+Hong\s+Kong))?|yens?|livres(?:\s+sterling|(?!\s+(?:de\s|d['’])))|francs\s+suisses|francs\s+CFA|francs\s+CFP|nairas?|cedis?|roupies|ariary|ar|laris?|manats?|livres\s+turques|pesos(?:\s+(?:argentins|mexicains|chiliens|colombiens|philippins|uruguayens))?|birrs?|yuans?|francs\s+(?:rwandais|burundais|guin[ée]ens|congolais|comoriens|djiboutiens)|shillings\s+(?:k[ée]nyans|ougandais|tanzaniens)|dirhams?(?:\s+marocains)?|dinars\s+(?:tunisiens|alg[ée]riens)|livres\s+[ée]gyptiennes)|€|\$|£|(?:de\s+)?(?:EUR|USD|CHF|GBP|XOF|XAF|FCFA|F\s?CFA|XPF|F\s?CFP|MAD|DHS?))(?!\p{L})/iu,
  currencySigns: {euro: '€', euros: '€', '€': '€', eur: 'EUR ', dollar: '$', dollars: '$', $: '$', usd: 'USD ', 'dollars américains': 'US$', 'dollars us': 'US$', 'dollars des états-unis': 'US$', 'dollars canadiens': 'C$', 'dollars australiens': 'A$', 'dollars néo-zélandais': 'NZ$', 'dollars neo-zelandais': 'NZ$', 'dollars de hong kong': 'HK$', yen: '¥', yens: '¥', livres: '£', 'livres sterling': '£', '£': '£', gbp: 'GBP ', chf: 'CHF ', 'francs suisses': 'CHF ', fcfa: 'FCFA ',
    // a country's currency named after the amount (`45 milliards de nairas`, `3 milliards de shillings kényans`), by its code
    naira: 'NGN ', nairas: 'NGN ', cedi: 'GHS ', cedis: 'GHS ', roupies: 'Rs ', ariary: 'MGA ', ar: 'MGA ', lari: 'GEL ', laris: 'GEL ', manat: 'AZN ', manats: 'AZN ', 'livres turques': 'TRY ', 'pesos argentins': 'ARS ', 'pesos mexicains': 'MXN ', 'pesos chiliens': 'CLP ', 'pesos colombiens': 'COP ', 'pesos philippins': 'PHP ', 'pesos uruguayens': 'UYU ', birr: 'ETB ', birrs: 'ETB ', yuan: 'CNY ', yuans: 'CNY ', 'francs rwandais': 'RWF ', 'francs burundais': 'BIF ', 'francs guinéens': 'GNF ', 'francs guineens': 'GNF ', 'francs congolais': 'CDF ', 'francs comoriens': 'KMF ', 'francs djiboutiens': 'DJF ', 'shillings kényans': 'KES ', 'shillings kenyans': 'KES ', 'shillings ougandais': 'UGX ', 'shillings tanzaniens': 'TZS ', 'dirhams marocains': 'MAD ', dirham: 'MAD ', dirhams: 'MAD ', 'dirham marocain': 'MAD ', dh: 'MAD ', dhs: 'MAD ', mad: 'MAD ', 'dinars tunisiens': 'TND ', 'dinars algériens': 'DZD ', 'dinars algeriens': 'DZD ', 'livres égyptiennes': 'EGP ', 'livres egyptiennes': 'EGP ', 'f cfa': 'FCFA ', 'francs cfa': 'FCFA ', xof: 'XOF ', xaf: 'XAF ',
    // the CFP franc of French Polynesia, New Caledonia and Wallis-et-Futuna, by its name, its short form or its code
    'francs cfp': 'XPF ', 'f cfp': 'XPF ', fcfp: 'XPF ', xpf: 'XPF '},
  percent: /^\s*(?:%|pour\s?cent|p\.\s?100)(?!\p{L})/iu,
  // (`2 900 heures de chômage`, `1 200 jours de grève`: hours or days of an activity, a noun without article after `de`)
  workTimeAfter: /^\s*(?:heures|jours|journées)\s+(?:de|d['’])\s*(?!(?:la|le|les|l['’]|leur|leurs|ces|cette|son|sa|ses)(?!\p{L}))\p{L}/iu,
  shareCapBefore: /(?<!\p{L})(?:dans\s+la\s+limite|[àa]\s+concurrence)\s+(?:de|d['’])\s*$/iu,
  // (a vote's tally, `Adopté (2 abstentions)`, `(3 voix contre)`, counts no thing of the world either)
  notAfter: /^\s*(?:(?:ans?|années?|mois|semaines?|jours?|heures?|minutes?|fois|voix|abstentions?|si[èe]cles?|décennies?|h\d*|er|e|ème|eme|re|ère|tiers|quarts?|cinqui[èe]mes?|dixi[èe]mes?)(?!\p{L})|(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?!\p{L})|[°:/.-]\d|-\p{L})/iu,
  notBefore: /(?<!\p{L})(?:§|paragraphes?|para\.|articles?|r[ée]solutions?|n[o°]s?\.?|num[ée]ros?|points?|annexe|chapitres?|page|objectifs?|ODD|COP|G|d[ée]cision|session|phase|étape|axe|pilier|priorit[ée]|volet|ligne|niveau|lot|tome|titre|module|cible|salle|alin[ée]a|version|vol|le|du|au|en|depuis|dès|jusqu['’]en|d[ée]but|fin|mi-|avant|apr[èe]s)\s*$/iu,
  // `les articles 3 et 4`, `paragraphes 12 à 15`: the later numbers of a list of references
  referenceList: /(?<!\p{L})(?:paragraphes?|para\.|articles?|r[ée]solutions?|n[o°]s?\.?|points?|annexes?|chapitres?|pages?|objectifs?|ODD|alin[ée]as?|axes?|piliers?|lignes?|d[ée]cisions?|sections?)\s*\d+(?:\s*(?:,|et|à|au|-|–)\s*\d+){0,8}\s*(?:,|et|à|au|-|–)\s*$/iu,
  labelStop: LABEL_STOP,
  verb: /^\p{L}{3,}(?:ront|era|ira)$/u,
  labelTail: FRENCH_LABEL_TAIL,
  openPreposition: FRENCH_OPEN_PREPOSITION,
  openPrepositionEnd: FRENCH_OPEN_PREPOSITION_END,
  secondComplementAt: frenchSecondComplementAt,
  determiners: new Set('le la les l un une des de du d ces ce cette leurs leur nos notre ses son sa chaque'.split(' ')),
  definite: /^(?:les|le|la)\s+(?=\p{L})|^l['’](?=\p{L})/iu,
  auxiliaries: AUXILIARIES,
  against: 'contre',
  halfAfterScale: /^\s+et\s+demie?(?!\p{L})/iu,
  // (the second giver's words run from the last `à hauteur` only, and a `par` among them is looked for once: two lazy runs
  // from every `à hauteur` to every `par` took 15 s for one sentence of 4,000 characters)
  financedUpTo: /[àa]\s+hauteur\s+(?:de\s+|d['’]\s?)(?:(?:environ|près\s+de|plus\s+de)\s+)?(?:(?=(?:(?!hauteur)[^.;:])*?\spar\s)(?:(?!hauteur)[^.;:])*\s+et\s+(?:de\s+|d['’]\s?)(?:(?:environ|près\s+de|plus\s+de)\s+)?)?$/iu,
  financedBy: /^\s*par\s+((?:les?\s+|la\s+|l['’]\s?)[^,.;:\d]{2,60}?)(?=\s*(?:[,.;:]|$|\s(?:et|qui|dont|afin|pour|d['’]ici)\s))/iu,
  financeNoun: 'financement',
  againstQualifiers: /(?:à\s+peine|environ|près\s+de|quelque|seulement|moins\s+de|plus\s+de)/iu,
  // `les 400 variétés recensées, contre 150 conservées aujourd'hui`: the earlier value's participle, its noun left out
  elidedParticiple: /^\p{L}{3,}(?:ée|és|ées)$/u,
  // `68 000 cas de choléra et 1 450 décès en 2025, contre 21 000 cas en 2021`: two counts joined by `et` within a clause
  pairJoin: /^[^,.;:\d]{0,60}\set\s*$/u,
  structureNouns: /^(?:priorit[ée]s|piliers|axes|domaines|th[èe]mes|volets|objectifs|points|[ée]tapes|phases|engagements|mesures|recommandations|d[ée]cisions|sessions|s[ée]ances|questions|propositions|chapitres|sections|annexes|documents|textes|lignes|niveaux|cat[ée]gories|types|groupes|aspects|[ée]l[ée]ments|composantes|sujets|orientations|principes|options|fois|r[ée]unions|tables|ateliers)$/iu,
  keptIn: /(?<!\p{L})(?:(?:stock|entrepos|conserv|gard|situ|h[ée]berg|install|bas|log)(?:é|ée|és|ées)|r[ée]parti(?:e|s|es)?)\s+(?:[\p{L}'’-]+\s+){0,2}(?:dans|en|sur|à|au|aux)\s+$/iu,
  // `construire trois nouvelles lignes à haute tension`, `d'aménager cinq points d'eau`, `destiné à équiper trois zones industrielles`
  // (also as a noun in the parts of a list that `dont` opens: `douze projets, dont la réhabilitation de trois centrales et la construction
  // de neuf autres`; elsewhere the noun says what an amount pays for, `un prêt … servira à la construction de trois centres`)
  // (also the noun of the act that a sentence's verb pays for: `financera l'achat de six camions-citernes`, `… la construction de trois bases`, `l'équipement de quatre criées`; not what a sum is for, `un prêt … pour la construction de trois centres`, `servira à la construction de …`, which its label says)
  madeThings: /(?<!\p{L})(?:(?:construire|b[âa]tir|am[ée]nager|[ée]quiper|installer|r[ée]habiliter|creuser|forer|ouvrir|cr[ée]er|acheter|acqu[ée]rir)\s+(?:au\s+moins\s+)?|dont\s[^.;:]{0,80}?(?:construction|r[ée]habilitation|installation|cr[ée]ation|am[ée]nagement)\s+(?:de|d['’])\s*|(?<!(?<!\p{L})(?:pour|à)\s)(?:l['’]|la\s+|le\s+)(?:achat|acquisition|construction|[ée]quipement|installation|am[ée]nagement|r[ée]habilitation|cr[ée]ation|ouverture)\s+(?:de|d['’])\s*)$/iu,
  namedBefore: /(?<!\p{L})(?:les|ces|des|leurs|ses|nos|vos|aux|mes|tes|premiers|premi[èe]res|derniers|derni[èe]res|autres)\s+$/iu,
  // (a noun and up to two words that narrow it, to a comma, a stop or a word that opens more: `par billet vendu`; or a time
  // after it, `par hectare la première année`: figures50)
  priceUnit: /^\s*(par\s+(?!(?:an|ann[ée]e|mois|jour|semaine|heure|la|le|les|l['’]|un|une|des|du|voie|ailleurs|exemple|rapport|ce|cette|leur|son|sa|ses)(?!\p{L}))\p{Ll}[\p{L}-]*(?:\s+(?!(?:et|ou|pour|dans|à|au|aux|de|des|du|qui|que|soit|contre|en|sur|sera|seront|est|sont|la|le|les)(?!\p{L}))\p{Ll}[\p{L}-]*){0,2}?)(?=\s*(?:[,.;:)]|$)|\s(?:et|ou|pour|dans|à|au|aux|de|des|du|qui|que|soit|contre|en|sur|sera|seront|est|sont)(?!\p{L})|\s(?:la|le|les)\s+(?:première|premier|deuxième|dernière|dernier|prochaine|prochain|même)\s)/u,
  attendance: {
    of: /^\s+(?:des|d['’]entre\s+les|sur)\s+$/iu,
    after: /^\s*(?:étaient|sont|furent|ont\s+été)\s+(?:dûment\s+)?(présente?s(?:\s+ou\s+représentée?s)?|représentée?s)(?!\p{L})/iu,
    before: /(?:^|[.;:]\s*|\s[–—-]\s*)(?:(?:[éÉ]taient|[sS]ont)\s+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}\s+)?([pP]résente?s(?:\s+ou\s+représentée?s)?)\s*:?\s*$/u,
    members: /^(?:[\p{L}-]+\s+)?(?:adhérente?s|membres)(?:\s+(?:adhérente?s|actifs|actives))?$/iu,
  },
  presentOfWhole: {before: /(?<!\p{L})sur\s+(?:les\s+)?$/iu, after: /^\s+(?:étaient|sont|furent|ont\s+été|étaient\s+dûment)\s+(présente?s?(?:\s+ou\s+représentée?s?)?|représentée?s?)(?!\p{L})/iu},
  // a distance a rule applies within; a threshold in a clause after `si`, `lorsque`, `dès que`, or narrowing
  // what `tout`, `chaque` names (`tout navire transportant plus de`; `chaque État mettra au moins 200 agents` is a commitment)
  // (`les transferts d'un montant inférieur à 50 000 francs CFA`: a bound on the amount of the things a rule covers)
  // (`chaque refuge pourra recevoir au plus`: a per-item ceiling; not after a verb of commitment, `chaque commune s'engage à verser au plus`, `a promis de`, `sont convenues de`: the amount promised)
  limitBefore: /(?:dans\s+un\s+rayon\s+de|(?<!\p{L})d['’]une?\s+(?:montant|valeur)\s+(?:inf[ée]rieur|sup[ée]rieur)e?\s+[àa]|(?<!\p{L})(?:(?:si|lorsqu['’]\p{L}+|lorsque|quand|dès\s+que)\s[^,.;:]{0,70}?|(?:tout|toute|tous|toutes|chaque)\s[^,.;:]{0,40}?(?:\squi\s[^,.;:]{0,30}?|\p{L}{3,}ant\s))(?:plus\s+de|au\s+moins|moins\s+de|au-delà\s+de|sup[ée]rieure?s?\s+[àa]|inf[ée]rieure?s?\s+[àa])|(?<!\p{L})(?:tout|toute|tous|toutes|chaque)\s(?:(?!(?<!\p{L})(?:(?:engag|oblig)(?:[ée]e?s?|ent)|prom(?:et|is)\p{L}*|convenu\p{L}*)(?!\p{L}))[^,.;:]){0,60}?(?:au\s+plus|au\s+maximum))\s*$/iu,
  durationAfter: /^\s*(?:prochain(?:e)?s|derni(?:er|[èe]re)s|premi(?:er|[èe]re)s|pass[ée](?:e)?s)\s+(?:ann[ée]es|ans|mois|semaines|jours|heures|d[ée]cennies|si[èe]cles)(?!\p{L})/iu,
  limitAfter: /^\s*(?:\p{L}+['’]?\s*){0,5}?ou\s+plus(?!\p{L})/iu,
  // `vit à plus de dix kilomètres d'une pharmacie`: a distance from a place, after `à plus/moins de`
  distanceAfter: /^\s*(?:kilom[èe]tres|km|m[èe]tres|m)\s+(?:(?:de|du|des)(?!\p{L})|d['’])/iu,
  // `une école de pétanque dans chaque secteur, quatre en tout`, `un refuge par vallée – cinq au total`: the total of what each gets
  totalOfEach: {
    after: /^\s+(?:en\s+tout|au\s+total)(?!\p{L})/iu,
    each: /(?<!\p{L})(?:chaque|chacun|chacune|par)(?!\p{L})/iu,
    one: /(?<!\p{L})(?:[Uu]n|[Uu]ne)\s+(\p{Ll}[\p{Ll}-]+(?:\s+(?:de|d['’]|du|des)\s*\p{Ll}[\p{Ll}'’-]+)?)(?=\s|,)(?![\s\S]*(?<!\p{L})(?:[Uu]n|[Uu]ne)\s)/u,
    plural: (noun: string) => noun.replace(/^(\p{L}+?)(al|eau|eu)?(?=[\s-]|$)/u, (word: string, stem: string, end?: string) => (/[sxz]$/u.test(word) ? word : end === 'al' ? `${stem}aux` : end ? `${word}x` : `${word}s`)),
  },
  // `sept habitants sur dix`, `trois ménages sur quatre`: a ratio over a small round base is a rate, neither number a count
  // (`300 000 euros sur quatre ans`: a base that a unit of time follows is a period, the amount spread over it)
  ratioAfter: /^\s+[\p{L}'’-]+\s+sur\s+(?:deux|trois|quatre|cinq|dix|cent|[2-5]|10|100)(?!\p{L}|\s*\d|\s+(?:ans|ann[ée]es|mois|semaines|jours|exercices|saisons|d[ée]cennies)(?!\p{L}))/iu,
  // `des parcelles de moins de cinq hectares`, `chaque ville de plus de 100 000 habitants`: a comparison that
  // narrows a class of things (a plural, or what `chaque`, `tout` names) says which of them a rule covers
  thresholdOf: /(?<!\p{L})(?:(?:chaque|tout|toute|tous|toutes)\s+\p{L}+|(?:des|les|aux|ces|de|d['’])\s*\p{L}+[sx](?:\s+\p{L}+[sx])?)\s+(?:de|d['’]|avec|comptant)\s*(?:plus|moins)\s+(?:de|d['’])\s*$/iu,
  // `expérimenté dans 300 écoles, sera étendu à 1 200 écoles`, `… et sera porté à`: the verb and `à` just before the later count
  extendedTo: /^[^.;\d]*?\s(?:(?:sera|seront|a\s+été|ont\s+été|est|sont)\s+)?(?:étendu|élargi|porté|généralisé)e?s?\s+(?:progressivement\s+)?à\s*$/iu,
  // `1 800 francs CFA …, soit une hausse de 20 %`, `3,8 milliards …, en hausse de 5 % par rapport à 2025`
  changeSize: /^[^.;]*?,\s*(?:soit\s+)?(?:une?\s+|en\s+)(?:hausse|baisse|augmentation|progression|diminution|recul|réduction)\s+(?:de\s+|d['’])\s*(?:(?:près\s+de|environ|plus\s+de)\s+)?$/iu,
  // `le budget de la Commission pour l'exercice 2027, arrêté à`, `Le coût du dispositif, estimé à`
  setAt: /,\s*(?:arr[êe]t|fix|estim|[ée]valu)[ée]e?s?\s+(?:[àa]|au)\s*$/iu,
  // `Le Conseil a arrêté le budget du Secrétariat pour 2027 à`, `a fixé la contribution des États membres au budget de l'Autorité à`
  setsObjectAt: /(?:^|\s)(?:a|ont|avons)\s+(?:arr[êe]t|fix)[ée]\s+(?:le\s+|la\s+|les\s+|l['’]\s?|son\s+|sa\s+|ses\s+|leurs?\s+)([^,;:.\d]{3,90}?(?:(?:19|20)\d\d)?)\s+(?:[àa]|au)\s+(?:(?:environ|pr[èe]s\s+de)\s+)?$/iu,
  // `…, pour un coût estimé à`, `pour un montant total de`: the cost of what the clause makes (labels40)
  costOf: {
    at: /(?:^|\s|,)pour\s+un\s+((?:co[ûu]t|montant)(?:\s+total)?(?:\s+estim[ée])?)\s+(?:de|d['’]|[àa])\s*(?:(?:environ|pr[èe]s\s+de|plus\s+de)\s+)?$/iu,
    makingNoun: /^(?:construction|création|achat|acquisition|installation|ouverture|constitution|mise)$/iu,
    workNoun: /^(?:restauration|rénovation|réhabilitation|aménagement|extension|modernisation|remplacement|réparation|transformation|équipement|numérisation|dragage|entretien|achèvement|reconstruction|agrandissement)$/iu,
  },
  // `…, en hausse de 6 % par rapport à 2026`, `… sur l'exercice précédent`, `… sur un an`: the base the change is measured on
  rangeBetween: /(?<!\p{L})entre\s+$/iu,
  rangeAnd: /^\s+et\s+$/u,
  // `accueillera 20 à 25 patients`, `attendent de 12 à 15 millions de visiteurs`
  rangeTo: /^\s+[àa]\s+$/u,
  changeBase: /^\s*(?:par\s+rapport\s+(?:à|au|aux)|sur)\s+(?:(?:l['’]\s?)?(?:exercice|ann[ée]e|budget|biennium|p[ée]riode)\s+)?(?:(?:19|20)\d\d(?!\d)|(?:l['’]\s?|le\s+|la\s+)(?:exercice|ann[ée]e|budget|biennium|biennale|p[ée]riode)\s+(?:pr[ée]c[ée]dente?|derni[èe]re?|pass[ée]e?)|l['’]an\s+(?:dernier|pass[ée])|un\s+an(?!\p{L}))/iu,
  // (also the countries of a named body: `des huit pays du Corridor côtier`, `des cinq États de l'Union`)
  membersNoun: /^\s*(?:pays|[ÉEée]tats|organisations|institutions|villes|agences|autorités|universités|banques|instituts|cantons|communes|régions|provinces|départements|municipalités|territoires)\s+membres(?!\p{L})|^\s*membres(?!\p{L})|^\s*(?:pays|[ÉEée]tats)\s+(?:du|de\s+la|de\s+l['’]|des)\s*\p{Lu}/u,
  // `les six exploitations du syndicat ouvriront`, `les quatre ardoisières encore en activité`: the things of a body, or those that still
  // exist, counted whole (a noun, maybe an adjective, then `du`/`de la` and a body or a name, or `encore`/`toujours`)
  wholeAfter: /^\s*[\p{L}-]+(?:\s+(?!(?:du|de|des|encore|toujours)(?!\p{L}))[\p{L}-]+)?\s+(?:(?:encore|toujours)\s+(?:en\s+)?\p{L}|(?:du|de\s+la|de\s+l['’]|de(?=\s+\p{Lu}))\s*(?:\p{Lu}|(?:syndicat|r[ée]seau|f[ée]d[ée]ration|association|coop[ée]rative|union|fili[èe]re|parc|r[ée]gion|d[ée]partement|commune|canton|territoire|groupement|collectif|conf[ée]d[ée]ration)(?!\p{L})))/u,
  // `États membres de l'Initiative ouest-africaine pour le fonio`: the members of a body named in more than one word
  // are labelled by the members alone (`États membres de la Commission`, `pays membres de la CEDEAO` keep their one-word name)
  // `la formation de 3 000 agents de santé au suivi des enfants`, `former 6 000 conseillers aux techniques …`
  trainedBefore: /(?:^|\s)(?:(?:la\s+)?formation\s+(?:de\s+|d['’]\s?)|former\s+)$/iu,
  membersOfLongName: /^((?:\p{L}+\s+)?membres)\s+(?:de\s+la\s+|de\s+l['’]\s?|du\s+|des\s+)\p{Lu}[\p{L}-]*\s+\S/u,
  restates: /^[^.;\d]*?(?:,\s*|\s)(?:soit\s+)?(?:l['’]\s?)?[ée]quivalent\s+(?:[àa]|de|d['’])\s*(?:(?:environ|pr[èe]s\s+de|plus\s+de)\s+)?$/iu,
  now: /^\s*(aujourd['’]hui|actuellement|à\s+l['’]heure\s+actuelle|à\s+ce\s+jour|l['’]an\s+dernier|l['’]ann[ée]e\s+derni[èe]re)(?!\p{L})/iu,
  difference: /^[^.;\d]*?,\s*(?:soit\s+)?((?:\d+(?:,\d+)?)\s+(?:points?\s+)?de\s+(?:plus|moins)\s+qu(?:['’](?:en\s+(?:19|20)\d\d|auparavant|avant)|e\s+l['’]an\s+(?:dernier|pass[ée])|e\s+l['’]ann[ée]e\s+(?:derni[èe]re|pr[ée]c[ée]dente|pass[ée]e)))/iu,
  partOf: /^[^.;\d]*,\s*dont\s*$/iu,
  bringsTotal: /^[^.;]*,\s*(?:portant|ce\s+qui\s+porte)\s+(?:(?:le\s+nombre|l['’]effectif|le\s+total)\s+(?:de\s+|d['’]\s?|des\s+)?[^.;\d]{0,60}?\s)?à\s+\d/iu,
  // `le nombre de cyclistes tués, qui s'est élevé à 226`, `qui a atteint`, `qui a dépassé`
  // `Le nombre de sapeurs-pompiers professionnels reste faible : 11 500 pour …`: the number a colon gives, after what it counts and a verb of state
  numberAnnounced: /(?:^|\s)(?:le|du)\s+nombre\s+(?:de\s+|d['’]\s?)([^\d,.;:]{3,60}?)\s+(?:reste|restent|demeure|demeurent|est|était|atteint|s['’]élève)(?:\s+[^\d,.;:\s]+){0,2}\s*:\s*$/iu,
  numberReached: /(?:^|\s)(?:s['’](?:est|était)\s+[ée]lev[ée]\s+[àa]|(?:a|avait)\s+(?:atteint|d[ée]pass[ée]|franchi))\s+$/iu,
  // `ont atteint 410 milliards d'euros en 2023`: the subject is what the amount measures
  // `atteint 71 %`, `est de 38 %`, `s'établit à 12 %` (present tense too)
  linking: /(?:(?:(?:ont|a)\s+)?atteint|atteignent|(?:(?:devrait|devraient|doit|doivent|pourrait|pourraient)\s+)?atteindre|atteindr(?:a|ont)|s['’][ée]l[èe]v(?:e|ent)\s+[àa]|s['’][ée]tabli(?:t|ssent)\s+[àa]|repr[ée]sente(?:nt)?|se\s+monte(?:nt)?\s+[àa]|se\s+sont\s+[ée]lev[ée]e?s?\s+[àa]|(?:est|sont)\s+tomb[ée]e?s?\s+[àa]|reste(?:nt)?\s+sup[ée]rieure?s?\s+[àa]|(?:ont|a)\s+totalis[ée]|(?:est|sont|[ée]tait|[ée]taient)\s+(?:pass[ée]e?s?\s+)?(?:de|[àa])|(?:sera|seront|a\s+[ée]t[ée]|ont\s+[ée]t[ée]|est|sont)\s+(?:port[ée]e?s?|relev[ée]e?s?|ramen[ée]e?s?)\s+[àa])\s+(?:(?:environ|pr[èe]s\s+de|plus\s+de|quelque)\s+)?$/iu,
  // `l'Alliance vise 1 milliard de dollars d'ici 2035`: the amount is a target (`pattern-figures.ts`, `targetLabel`)
  aiming: /(?:^|\s)(?:vis(?:e|ent|ait|aient|era|eront)|ambitionnen?t?\s+d['’]atteindre)\s+(?:(?:environ|pr[èe]s\s+de|plus\s+de|au\s+moins|quelque)\s+)?$/iu,
  target: 'objectif',
  // `consacrer 300 millions d'euros à la modernisation`: what it is for is the label
  allocating: /^(?:consacr|affect|allou|destin|r[ée]serv|investi)/iu,
  // `ont augmenté de 30 %`: a rise or a fall of the subject
  rise: /(?:augment[ée]e?s?|progress[ée]e?s?|cr[ûu]e?s?|bondi|grimp[ée]e?s?|en\s+(?:hausse|progression|augmentation))\s+(?:que\s+)?de\s*$/iu,
  fall: /(?:diminu[ée]e?s?|recul[ée]e?s?|baiss[ée]e?s?|chut[ée]e?s?|en\s+(?:baisse|recul|diminution))\s+(?:que\s+)?de\s*$/iu,
  riseWord: 'hausse',
  fallWord: 'baisse',
  /** How `de` joins a noun to its article: `les attaques` → `des attaques`. */
  // (a possessive stays after `de`: `leur population` → `hausse de leur population`)
  ofArticles: [[/^les\s+/iu, 'des '], [/^le\s+/iu, 'du '], [/^la\s+/iu, 'de la '], [/^l['’]/iu, 'de l’'], [/^(leurs?|son|sa|ses|notre|nos)\s+/iu, 'de $1 ']] as Array<[RegExp, string]>,
  /** Words after a count that give its rate (`par an`). */
  rate: /^\s*(par\s+(?:an|ann[ée]e|mois|jour|semaine)|chaque\s+(?:ann[ée]e|mois|jour|semaine))(?!\p{L})/iu,
  // `est passé de`, `passera de`, `passant de`, `a été porté de`, `a augmenté de … à …`
  changeFrom: /(?<!\p{L})(?:pass(?:[ée]e?s?|er|ant|era|eront|e|ent)|port(?:[ée]e?s?|er|ant|era|eront)|(?:augment|diminu|progress|grimp|recul|baiss|ramen|[ée]volu)\p{L}*)\s+de\s*$/iu,
  // `de 9,2 millions de tonnes en 2020 à …`, `de 14 laboratoires en 2021 à 52`: the unit and the year of the earlier number may stand between
  changeTo: /^\s*(?:(?:de\s+|d['’]\s?)?[\p{L}-]+\s+)?(?:en\s+(?:19|20)\d\d\s+)?[àa]\s*$/iu,
  // `porter la réserve régionale de 120 000 à 400 000 tonnes`: a verb of change, then what changes (group 1)
  changeWithObject: /(?<!\p{L})(?:port|pass|ram[eè]n|relev|r[ée]dui|abaiss|augment)\p{L}*\s+(?:l['’]|les\s|la\s|le\s|leur\s|leurs\s|son\s|sa\s|ses\s)([^,.;:\d]{3,80}?)\s+de\s*$/iu,
  changeGapped: /,?\s+et\s+(?:celui|celle|ceux|celles)\s+((?:du|de\s+la|de\s+l['’]|des)\s*[^,.;:\d]{1,80}?)\s+de\s*$/iu,
  changeVerbBefore: /(?<!\p{L})(?:pass|port|augment|diminu|progress|ramen|relev|r[ée]dui|abaiss)\p{L}*\s/iu,
  by: 'par',
  openingParticiple: /^\s*(?:[-–—•]\s*)?(?:(?:et|puis|mais|ou)\s+)?(?:\p{Ll}+(?:é|ée|és|ées)|pris|mis|convenu|promis|permis|admis|soumis|remis|requis|obtenu|soutenu|retenu|prévu|conclu|résolu|reconnu|ouvert|offert)\s/u,
  among: 'parmi les',
  actions: FRENCH_COUNT_ACTIONS,
}

/** Verbs of decision in the present singular (`approuve`, `se félicite`), after a body as subject. */
const PRESENT_DECISIONS = '(?:approuve|adopte|d[ée]cide|salue|lance|cr[ée]e|ent[ée]rine|valide|encourage|invite|recommande|appelle|exhorte|r[ée]affirme|reconna[iî]t|convient|engage|f[ée]licite|r[ée]jouit|[ée]lit|r[ée][ée]lit|nomme|d[ée]signe|renouvelle|proroge|prolonge|institue|[ée]tablit|soutient|mandate|autorise|confie|prend)(?!\\p{L})'

/** Subjects that name who acted: the point's title is then what they acted on. */
const ACTORS = new Set('ministres ministre dirigeants chefs participants membres délégations délégués partenaires pays gouvernements états état parties bailleurs donateurs présidence président présidente secrétariat réseau alliance partenariat coalition conseil commission comité nous vous ils elle elles on gouverneurs gouverneur représentants ambassadeurs signataires fonctionnaires experts présidents coprésidents co-présidents maires il banque banques agence agences autorités institutions organisations gouvernement douanes administrations ministères services forces polices armées municipalités collectivités régulateurs opérateurs conférence assemblée bureau union communauté forum sommet adhérents adhérentes élus élues conseils comités commissions'.split(' '))

/**
 * Verbs of change whose object alone would misstate a decision (`supprimer les droits de douane` is
 * about removing them), and the noun an editor titles it with (`Suppression des droits de douane`).
 * Verbs that make, back or extend something (`créer`, `lancer`, `renforcer`, `étendre`) are not here:
 * their object is the title (`Registre commun des navires`, `Irrigation au goutte-à-goutte`).
 */
const NOMINALISATIONS: Record<string, string> = {
  supprimer: 'suppression', interdire: 'interdiction', abolir: 'abolition', réduire: 'réduction', abaisser: 'abaissement', alléger: 'allègement', limiter: 'limitation', plafonner: 'plafonnement', lever: 'levée',
  publier: 'publication', moderniser: 'modernisation', rénover: 'rénovation', réhabiliter: 'réhabilitation', numériser: 'numérisation', harmoniser: 'harmonisation', simplifier: 'simplification', reconnaître: 'reconnaissance', reconnaitre: 'reconnaissance',
  doubler: 'doublement', tripler: 'triplement', relever: 'relèvement', prolonger: 'prolongation', ratifier: 'ratification', mutualiser: 'mutualisation', interconnecter: 'interconnexion', recenser: 'recensement', cartographier: 'cartographie',
  // changes made to something that exists (`réviser le code minier` → `Révision du code minier`)
  réviser: 'révision', revoir: 'révision', réformer: 'réforme', actualiser: 'actualisation', proroger: 'prorogation', renouveler: 'renouvellement', suspendre: 'suspension', geler: 'gel',
  rouvrir: 'réouverture', reconstruire: 'reconstruction', restaurer: 'restauration', raccorder: 'raccordement', électrifier: 'électrification', dématérialiser: 'dématérialisation', généraliser: 'généralisation',
  // who is trained is not what was decided (`former 6 000 conseillers` → `Formation des conseillers`)
  former: 'formation', vacciner: 'vaccination',
  lutter: 'lutte', acheter: 'achat', fermer: 'fermeture', exonérer: 'exonération', transposer: 'transposition', assouplir: 'assouplissement', accélérer: 'accélération', sécuriser: 'sécurisation', régulariser: 'régularisation', privatiser: 'privatisation', libéraliser: 'libéralisation',
}

/** Past participles not in `-é` (`faites aux femmes`, `exclues des marchés`): with a complement after them they start a phrase of their own. */
const IRREGULAR_TITLE_PARTICIPLES = new Set('fait faite faits faites mis mise mises pris prise prises inscrit inscrite inscrits inscrites prévu prévue prévus prévues soumis soumise soumises exclu exclue exclus exclues inclus incluse incluses produit produits produite produites construit construite construits construites conduit conduite conduits conduites ouvert ouverte ouverts ouvertes offert offerte offerts offertes détenu détenue détenus détenues reçu reçue reçus reçues obtenu obtenue obtenus obtenues atteint atteinte atteints atteintes établi établie établis établies défini définie définis définies fourni fournie fournis fournies choisi choisie choisis choisies réuni réunie réunis réunies issu issue issus issues détruit détruite détruits détruites'.split(' '))

/** Words in `-é` that are adjectives, not participles (`secteur privé`, `taux élevé`). */
const NOT_PARTICIPLES = new Set('ferré ferrée ferrés ferrées ajouté ajoutée ajoutés ajoutées privé privée privés privées élevé élevée élevés élevées âgé âgée âgés âgées aisé aisée aisés aisées'.split(' '))

/**
 * The article an action's noun takes before what it counts once the number is taken out (`l'ouverture de 3
 * centres` → ouverture des centres, `la fermeture de 12 mines` → fermeture des mines): `des` for the `de` or
 * `d'` that ends the words, when the noun before it names an action; otherwise nothing.
 */
export function frenchOfCounted(taken: readonly string[]): string | undefined {
  return /^(?:de|d['’])$/i.test(taken.at(-1) ?? '') && /(?:\p{L}{3,}(?:tion|sion|ment|age|ance|ence)|(?:ré)?ouverture|fermeture|couverture|fourniture|capture)$/iu.test(taken.at(-2) ?? '') ? 'des' : undefined
}

export const FRENCH_TITLES = {
  actors: ACTORS,
  agreementNouns: new Set(['convention', 'accord', 'contrat', 'partenariat', 'protocole', 'charte']),
  sharedCost: /(?<!\p{L})(?:partag|répart|couvr|assum|support|prendr|pris|prend)\p{L}*\s+(?:en\s+charge\s+)?(?:(?:la\s+moitié|une\s+part|une\s+partie)\s+(?:du|des)\s+|le\s+|les\s+)(?:coûts?|frais)\s+(?:d['’]|(?:de|du|des)(?!\p{L}))/iu,
  costOfTitle: /^(?:(?:moitié|part|partie)\s+(?:du|des)\s+)?(?:coûts?|frais)\s+(?:de\s+l['’]\s*|de\s+la\s+|d['’](?:une?\s+)?|de\s+(?:une?\s+)?|du\s+|des\s+)(.+)$/iu,
  sizedHead: /^(?:petite?s?|courte?s?|brefs?|brèves?|grande?s?)\s+(?=(?:groupes?|guides?|codes?|comités?|équipes?|cellules?|notes?|livrets?|rapports?|documents?|brochures?|chartes?|registres?|commissions?|plans?|programmes?)(?!\p{L}))/iu,
  meansNouns: new Set(['enveloppe', 'dotation', 'fonds', 'programme', 'aide', 'prime', 'subvention', 'crédit', 'crédits', 'ligne', 'prêt', 'budget', 'guichet']),
  // `Le CNGRA a demandé à …`, `La FITSO a décidé de …`: who decides or asks acts, even named by an acronym
  decidingVerb: /(?<!\p{L})(?:décid|demand|conven|adopt|charg|lanc|valid|approuv|engag|arrêt|résol|recommand|invit|cré)(?:é|ée|és|ées|ent|era|eront|e)(?!\p{L})/iu,
  ofCounted: frenchOfCounted,
  // `rendre obligatoire le port du casque` → “Port du casque obligatoire”
  qualityVerbs: new Set(['rendre']),
  // `ont (également) décidé d'étendre la chimioprévention …`, `distribueront 45 millions de moustiquaires …`, `nous avons d'abord décidé d'ouvrir …`, `nous formerons 250 médiateurs …`
  verbThenObject: /(?<!\p{L})(?:(?:ont|a|avons|est|sont|se\s+sont|s['’]est|nous\s+nous\s+sommes)\s+(?:(?:[ée]galement|aussi|en\s+outre|par\s+ailleurs|notamment|enfin|ensuite|d['’]abord)\s+)?\p{L}+(?:[ée]e?s?|us?|is?|it)(?:\s+(?:de|d['’]|à)\s*\p{L}+(?:er|ir|re))?|\p{L}{3,}(?:eront|iront|era|ira|erons|irons)|\p{L}{2,}(?:[tdv]ra|[tdv]ront))\s+(.+)$/iu,
  askThenObject: /(?<!\p{L})(?:demand[ée]|charg[ée]|autoris[ée]|donn[ée]\s+mandat|invit[ée]|appel[ée]|instruit|exhort[ée]|encourag[ée]|pri[ée]|mandat[ée]|recommand[ée]|demandent|chargent|invitent|exhortent|encouragent|prient|mandatent|recommandent|(?:demand|charg|invit|exhort|encourag|mandat|recommand)(?:era|eront))\s+(?:(?:\S+\s+){0,6}?|(?:(?!(?:qui|que|qu['’]|dont)(?!\p{L}))[^\s,;]+\s+){7,12}?)(?:de|d['’]|à|pour)\s*(\p{L}+(?:er|ir|re))\s+(.+)$/iu,
  // (`auprès des moulins`: from whom, never what; it ends a title's phrase)
  stop: new Set([...[...LABEL_STOP].filter((word) => !['de', 'du', 'des', 'et'].includes(word)), 'auprès']),
  determiners: new Set('le la les l un une des de du d ces ce cette leurs leur nos notre ses son sa chaque'.split(' ')),
  tail: FRENCH_LABEL_TAIL,
  // `Les gouverneurs lancent …`, `se sont … ` aside: a present tense after who acted (not `-ment`, `-dent`: `gouvernement`, `président`)
  // … or a verb of decision in the singular after a body (`Le Conseil approuve l'adhésion …`, `La Conférence se félicite de …`), not a noun after its article (`la demande`)
  presentThenObject: new RegExp(`^((?:\\S+\\s+){1,8}?)(?:se\\s+|s['’]\\s*)?(?:\\p{L}{2,}(?<![md])ent|(?<!(?:^|\\s)(?:la|le|les|une|un|l['’]|sa|son|leur|cette)\\s+)${PRESENT_DECISIONS})(?:\\s+(?:de|d['’]|à)\\s*\\p{L}+(?:er|ir|re))?\\s+(.+)$`, 'iu'),
  // `pris note du rapport`, `mettre en place un registre`, `fait le point sur`, `salué les progrès de`
  lightLead: /^(?:(?:été\s+)?(?:décidé|convenu|résolu|proposé|demandé)\s+(?:de|d['’])\s*\p{L}+(?:er|ir|re)|(?:l['’]\s*|la\s+)(?:entrée\s+en\s+vigueur|importance|nécessité|ratification|signature)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])(?!\s*\p{L}+(?:er|ir|re)\s)|(?:la\s+|l['’]\s*)?(?:mise|entrée)\s+en\s+(?:œuvre|oeuvre|place|service|fonction|exploitation)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|(?:leur|sa|son|notre|nos|leurs|la|une|un|l['’])\s*(?:(?:ferme|profonde|vive|pleine|entière)\s+)?(?:préoccupation|inquiétude|satisfaction|soutien|appui|engagement|attachement|détermination|volonté|contribution|participation|décision|urgence|nécessité|importance)(?:\s+(?:conjointe?s?|commune?s?|financière?s?|totale?s?|entière?s?|pleine?s?))?\s+(?:(?=(?:de|d['’]|à)\s*\p{L}+(?:er|ir|re)\s)|face\s+(?:à|au|aux)|quant\s+(?:à|au|aux)|concernant|devant|envers|en\s+faveur\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|à\s+l['’]égard\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|(?:à|au|aux)|pour)|(?:l['’]\s*|le\s+|la\s+)(?:engagement|soutien|appui|mobilisation|implication|action|rôle|travail|contribution|participation)\s+(?=(?:des|du|de\s+la|de\s+l['’])\s*\p{L})|(?:leur|son|sa|notre|nos|leurs)\s+(?:plein\s+)?accord\s+(?:à|au|aux|pour|sur)\s+|(?:le|un)\s+principe\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|(?:la|une|l['’])\s*(?:hausse|baisse|augmentation|diminution|progression|recul)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|(?:à|au|aux)(?=\s)(?!\s*\p{L}+(?:er|ir|re)\s)(?!\s+moins\s)|(?:note|acte|connaissance)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|(?:en\s+place|en\s+œuvre|en\s+oeuvre|sur\s+pied|en\s+service|en\s+commun|en\s+ligne)(?!\p{L})|le\s+point\s+sur|(?:(?:les|des)\s+)?progr[èe]s\s+(?:(?:r[ée]alis[ée]s|accomplis|enregistr[ée]s)\s+)?(?:dans|de\s+la|de\s+l['’]|du|des|en\s+mati[èe]re\s+de))\s*/iu,
  genericHeads: new Set('rapport étude évaluation bilan règles programme programmes plan fonds cadre mécanisme stratégie système mesures normes lignes directrices feuille initiative dispositif centre groupe équipe plateforme réseau facilité soutien coopération appui'.split(' ')),
  genericLinks: new Set('pour sur contre'.split(' ')),
  documentNouns: new Set('résolution résolutions décision décisions article articles règlement directive protocole annexe convention'.split(' ')),
  numberWords: FRENCH_NUMBER_WORDS,
  membership: /(?<!\p{L})(?:adh[ée]sion|adh[ée]r|admission|admis|nouveaux\s+membres|qualit[ée]\s+d['’]observateur)/iu,
  nominalisations: NOMINALISATIONS,
  fundingNouns: new Set('financement financements prêt prêts don dons subvention subventions contribution contributions crédit crédits'.split(' ')),
  // `Les communes se sont engagées à ouvrir …`, `Les coopératives recevront …`, `Les pêcheurs ont obtenu …`: who commits or receives acts
  takerVerb: /^(?:se\s+sont\s+(?:(?:[ée]galement|aussi)\s+)?engag[ée]e?s|s['’](?:est\s+engag[ée]e?|engagent|engageront|engagera)|(?:ont|a)\s+(?:(?:[ée]galement|aussi)\s+)?(?:obtenu|reçu)|obtiendr(?:a|ont)|recevr(?:a|ont)|b[ée]n[ée]ficier(?:a|ont))(?!\p{L})/iu,
  receiverVerb: /^(?:(?:ont|a)\s+(?:(?:[ée]galement|aussi)\s+)?(?:obtenu|reçu)|obtiendr(?:a|ont)|recevr(?:a|ont)|b[ée]n[ée]ficier(?:a|ont))(?!\p{L})/iu,
  // `l'appui de l'Union européenne`, `le soutien de la Banque …`, `l'engagement de la Banque … de mobiliser`: the support a named body gives, titled with its name (`lightLead` would leave the name alone)
  backedBy: /^(?:l['’]\s*|le\s+|la\s+)(appui|soutien|concours|contribution|engagement)\s+(de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)(?=\p{Lu})/u,
  // nouns of aid given to someone (`Aide aux syndicats d'eau potable`), not of it
  aidNouns: new Set('aide aides appui soutien subvention subventions accompagnement'.split(' ')),
  providesThenObject: /^((?:\S+\s+){1,4}?)(?:prévoit|prévoient|comprend|comprennent)\s+(?:(?:de|d['’])\s*(\p{L}+(?:er|ir|re))\s+)?(.+)$/iu,
  funders: new Set('banque banques bailleurs donateurs partenaires agence agences union fonds fondation fondations institutions'.split(' ')),
  participles: IRREGULAR_TITLE_PARTICIPLES,
  notParticiples: NOT_PARTICIPLES,
  // `S'agissant des médicaments, …`, `En matière de personnel de santé, …`: the point names its own subject first
  topicLead: /^(?:sur|s['’]agissant\s+(?:de|du|des|d['’])|en\s+(?:mati[èe]re|ce\s+qui\s+concerne)(?:\s+(?:de|d['’]|du|des))?|concernant|quant\s+(?:à|au|aux)|au\s+sujet\s+(?:de|du|des|d['’])|pour\s+ce\s+qui\s+(?:est|concerne)(?:\s+(?:de|du|des|d['’]))?|dans\s+le\s+domaine\s+(?:de|du|des|d['’]))(?!\p{L})(?!\s*(?:(?:la\s+|le\s+|l['’]\s*)?(?:proposition|recommandation|invitation|initiative|demande|rapport|avis|suggestion)|la\s+base|le\s+plan|ce\s+point|ce\s+sujet|cette\s+base|le\s+terrain)(?!\p{L}))\s*([^,;.]{3,80}),\s*(?=\p{L})/iu,
  // `ont réélu Mme X à la présidence du Comité`, `a élu M. Y président du Conseil`: the office, not the person
  election: /(?<!\p{L})(?:(?:r[ée])?[ée]lu(?:e|s|es)?|(?:r[ée])?[ée]li(?:t|sent|ra|ront)|nomm[ée]e?s?|nomme(?:nt)?|d[ée]sign[ée]e?s?|d[ée]signe(?:nt)?|reconduit(?:e|s)?|port[ée]e?s?\s+[àa])(?!\p{L})/iu,
  office: /(?<!\p{L})(?:(?:la|sa|leur)\s+((?:vice-|co-?)?pr[ée]sidence)|((?:vice-|co-?)?pr[ée]sident(?:e)?))(?:\s+(?:(du|de\s+la|de\s+l['’]|des)\s*(?=\p{L})))?/iu,
  officeNoun: 'présidence',
  // `Ici, …`, `Désormais leurs listes …`, `Et les délégations …`: words before the subject that say when or add, not what
  leadingWords: /^(?:(?:et|mais|puis|ici|désormais|dorénavant|enfin|ensuite|aussi|ainsi|de\s+plus|en\s+outre|par\s+ailleurs|également|aujourd['’]hui|hier|d['’]abord|premièrement|deuxièmement|troisièmement|en\s+premier\s+lieu|en\s+particulier|notamment)(?!\p{L})\s*,?\s*)+/iu,
  // `la création d'un registre`, `le lancement de la plateforme`: what is made is what the point is about
  makingLead: /^(?:la\s+|le\s+|l['’]\s*)?(?:création|lancement|établissement|instauration|constitution|mise\s+sur\s+pied|institution)\s+(?:de\s+la|de\s+l['’]|du|des|d['’]une?|de|d['’])\s*/iu,
  // an item without a verb that names the making of a thing (`la création d'un observatoire`), or the building or opening of a
  // new or counted one (`la construction d'un quai`, `l'ouverture de trois maisons`; not of one already named, `l'ouverture des marchés`)
  itemMakingLead: /^(?:la\s+|le\s+|l['’]\s*)?(?:(?:création|lancement|établissement|instauration|constitution|mise\s+sur\s+pied|institution)\s+(?:de\s+la|de\s+l['’]|du|des|d['’]une?|de|d['’])|(?:construction|ouverture|installation)\s+(?:d['’]\s*une?(?!\p{L})|de\s+(?=(?:\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|cent|plusieurs|nouveaux|nouvelles)(?!\p{L}))))\s*/iu,
}

/**
 * How a French organisation's name is written: it starts with its head noun (`Commission
 * régionale des pêches de la mer d'Alboran`, `Réseau francophone pour l'école`) and runs to the end
 * of the phrase, lower-case words and particles included; a head followed by `des ministres` names
 * the meeting (`Conseil des ministres de …`), not the body.
 */
export const FRENCH_ORGANISATION_NAMES = {
  heads: new Set('commission communauté conseil comité union alliance réseau partenariat initiative forum organisation autorité agence banque fonds groupe dialogue plateforme pacte coalition association assemblée secrétariat observatoire conférence assises office centre institut mécanisme facilité fédération ligue consortium espace syndicat coopérative table chambre interprofession collectif confrérie amicale'.split(' ')),
  particles: new Set('de du des d la le les l pour et sur en contre à au aux'.split(' ')),
  events: new Set('réunion réunions conférence session sommet communiqué déclaration relevé note ministérielle ministériel conseil'.split(' ')),
  headFirst: true,
  /** Mots qui font d'un nom celui d'un État ou de son gouvernement (`République centrafricaine`, `Confédération suisse`, `Gouvernement du Sénégal`) : une partie, jamais l'organisation. */
  states: /(?<!\p{L})(?:République|Royaume|Confédération|Principauté|Sultanat|Émirats?|Grand-Duché|Gouvernement)(?!\p{L})/u,
  /** Le nom d'une région, non d'un organisme : un mot de géographie ou un continent (`Afrique de l'Ouest`, `Corne de l'Afrique`, `océan Indien`). */
  places: /(?<!\p{L})(?:[Rr]égion|[Bb]assin|[Îî]les?|[Cc]ôte|[Mm]er|[Oo]céan|[Gg]olfe|[Bb]aie|[Vv]allée|[Dd]elta|[Pp]éninsule|[Cc]orridor|[Cc]orne|Afrique|Amériques?|Asie|Europe|Pacifique|Atlantique|Caraïbes|Balkans|Méditerranée|Sahel|Arctique|Maghreb|Caucase|Andes|Alpes)\b/u,
  /** Un organisme a un secrétariat ou a été créé ; une région non (`le secrétariat du Corridor`, `Le Corridor … a été créé en 2019`). */
  /** Une fonction dans un organisme, avant son nom (`Présidente du`, `Secrétaire exécutif de la`) : le titre d'un orateur nomme l'organisme. */
  officeOf: /(?<!\p{L})(?:[Pp]r[ée]sident(?:e)?|[Ss]ecr[ée]taire\s+(?:g[ée]n[ée]ral|ex[ée]cuti(?:f|ve))e?|[Dd]irect(?:eur|rice)\s+g[ée]n[ée]ral(?:e)?)\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?=\p{Lu})/u,
  bodyEvidence: [
    "(?<!\\p{L})(?:[Ss]ecr[ée]tariat|[Ss]ecr[ée]taire\\s+ex[ée]cutif|[Ss]tatuts)\\s+(?:du|de\\s+la|de\\s+l['’])\\s*{first}(?!\\p{L})",
    "(?<!\\p{L}){name}\\s+a\\s+été\\s+(?:créée?|fondée?|mise?\\s+en\\s+place|instituée?)(?!\\p{L})",
  ],
  /** What follows a head that names a meeting of ministers, not the body (`Conseil des ministres`). */
  meetingAfterHead: /^\s+(?:des\s+ministres|minist[ée]riel(?:le)?|des\s+chefs)(?!\p{L})/iu,
  /** `… du golfe de Guinée à Lomé` : la ville après `à` dit où l'on s'est réuni, elle n'est pas du nom. */
  placeAtEnd: /\s+à\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u,
}

/**
 * Les lignes qui ferment un communiqué (see `set-aside-tail.ts`): `- FIN -`, `Contact presse : …`,
 * `Pour plus d'informations : …`, `Fait à Abidjan, le 12 mars 2025`, `Pour le Conseil, le Président`,
 * `Note aux rédactions`, les signataires sous `Signé à …, par :`.
 */
export const FRENCH_TAIL = {
  endMarker: /^(?:[-–—]\s*)?(?:fin|fin\s+du\s+(?:communiqu[ée]|texte|document))(?:\s*[-–—])?\.?$/iu,
  contact: /^(?:contacts?(?:\s+(?:presse|m[ée]dias?))?|personnes?[- ]ressources?|relations?\s+(?:presse|m[ée]dias|avec\s+les\s+m[ée]dias)|service\s+de\s+(?:presse|communication)|attach[ée]e?\s+de\s+presse|pour\s+(?:plus|toute|de\s+plus\s+amples)\s+(?:d['’]\s*)?(?:informations?|renseignements?)|renseignements|t[ée]l(?:[ée]phone)?\.?|courriel|m[ée]l|site\s+(?:web|internet)|suivez-nous(?:\s+sur)?)\s*(?::|,|[–—]\s)/iu,
  signature: /^(?:(?:fait|sign[ée]|adopt[ée]e?|approuv[ée]e?|arr[êe]t[ée]e?|entérin[ée]e?)(?:\s+par\s+(?:le|la|l['’]|les)\s*\p{Lu}[\p{L}'’ -]{0,60}?)?,?\s+(?:[àa]\s+\p{Lu}.{0,60}|le\s+(?:\d|premier)[^.;:]{0,40})(?:19|20)\d\d(?:,?\s+en\s+(?:[\p{L}\d]+\s+)?(?:exemplaires?(?:\s+originaux)?|originaux|langues?\s+\p{L}+(?:(?:,\s*|\s+et\s+)\p{L}+){0,4}))*(?:,?\s+(?:les\s+(?:deux|trois|quatre)\s+)?textes?\s+faisant\s+(?:[ée]galement\s+)?foi)?(?:,?\s+par\s*:|\.)?|sign[ée]\s*:.*|pour\s+(?:le|la|l['’]|les)\s*\p{Lu}[\p{L}\s'’-]{0,60}(?:,\s*(?:le|la)\s+\p{L}[\p{L}\s'’-]{0,40})?,?|(?:le|la)\s+(?:pr[ée]sident|pr[ée]sidente|secr[ée]taire\s+ex[ée]cuti(?:f|ve)|secr[ée]taire\s+g[ée]n[ée]ral(?:e)?)\s*,\s*\p{Lu}.{0,60}|(?:le|la)\s+(?:ministre|pr[ée]sidente?|secr[ée]taire(?:\s+g[ée]n[ée]ral(?:e)?|\s+ex[ée]cuti(?:f|ve))?|directeur|directrice|porte-parole|maire|gouverneure?|pr[ée]f[èe]te?)(?:\s*,\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,8}|\s+(?:du|de\s+la|de\s+l['’]|des)\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,8})?)$/iu,
  notes: /^(?:notes?\s+(?:aux|[àa]\s+l['’]attention\s+des)\s+r[ée]dactions?|notes?\s+aux\s+journalistes|note\s+de\s+la\s+r[ée]daction)\s*:?$/iu,
  about: /^[àa]\s+propos\s+(?:du|de\s+la|de\s+l['’]|des|d['’])\s*\p{L}[\p{L}\s'’-]{0,80}:?$/iu,
  /** Les étiquettes du bloc qui clôt la page d'un communiqué (`Adresse pour l'envoi de questions`, `Auteur`, `Éditeur`, `Documents`) et un document qu'elle lie (`Plan d'action … 2026-2030 (PDF)`) : rien du texte. */
  pageFooter: /^(?:adresse\s+pour\s+l['’]envoi\s+de\s+questions|auteurs?|[ée]diteurs?|documents?(?:\s+(?:li[ée]s|associ[ée]s|joints))?|liens?(?:\s+(?:utiles|connexes))?|pi[èe]ces?\s+jointes?)\s*:?$|^[\p{L}'’\s-]{0,60}?\bpar\s+mots?[- ]cl[ée]s?\s*:\s*[^.!?]{1,300}$|^[^.!?()]{1,200}\((?:PDF|DOCX?|XLSX?|ODT)(?:,\s*[\d.,]+\s*[kKMmGg]?[oBb])?\)$/iu,
  /** `En savoir plus : https://…`, `Lire la suite : exemple.fr/…`: un lien vers le texte complet, jamais du texte. */
  factsBlock: /^(?:informations?|d[ée]tails)\s+(?:sur\s+la|de\s+la)\s+(?:r[ée]union|session|s[ée]ance|conf[ée]rence)\s*:?$/iu,
  moreLink: /^(?:(?:pour\s+)?en\s+savoir\s+plus|lire\s+la\s+suite|plus\s+d['’]informations?\s+sur)\s*:?\s*(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$/iu,
  /** A signatory under `Fait à …` or `Signé à …, par :`: a title, a name, a comma and an office (`S.E. M. Idrissa Kane, ministre de la Santé, Sénégal`). */
  signatory: /^(?:(?:S\.\s?E|M|Mme|Mlle|Dr|Pr|Me)\.?\s+)+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*,\s*\p{L}/u,
}

/** French, as the reader reads it. */
/** The words a French sentence counts its list's items with (`: d'abord, … ; ensuite, … ; enfin, …`, `premièrement, … ; deuxièmement, …`; `inline-lists.ts`). */
export const FRENCH_INLINE_ORDINALS: InlineOrdinals = {
  first: "(?:tout\\s+)?d['’]abord|premièrement|en\\s+premier\\s+lieu|primo",
  nth: ['deuxièmement|en\\s+(?:deuxième|second)\\s+lieu|secundo', 'troisièmement|en\\s+troisième\\s+lieu|tertio', 'quatrièmement|en\\s+quatrième\\s+lieu', 'cinquièmement|en\\s+cinquième\\s+lieu'],
  later: 'ensuite|puis|de\\s+plus',
  last: 'enfin|en\\s+dernier\\s+lieu',
}

/**
 * Un paragraphe qui dit que la réunion a pris une décision de plus, par son propre verbe de décision (`Le Conseil a en outre décidé …`,
 * `Les ministres ont également adopté …`, `Il a également été convenu …`, `Les membres sont aussi convenus de …`, `Par ailleurs, le
 * comité a approuvé …`): un mot qui ajoute et un verbe de décision, non de parole ni d'accueil (`a également indiqué`, `a aussi salué`).
 */
const FRENCH_ONE_MORE_DECISION = /^(?:(?:en\s+outre|par\s+ailleurs|de\s+plus|enfin|en\s+plus|en\s+dernier\s+lieu),?\s+(?:[\p{L}\p{M}'’.-]+\s+){1,6}?(?:a|ont|sont|est|se\s+sont|s['’]est)\s+(?:(?:[ée]galement|aussi|en\s+outre|par\s+ailleurs|de\s+plus|unanimement)\s+)?|(?:[\p{L}\p{M}'’.-]+\s+){1,6}?(?:a|ont|sont|est|se\s+sont|s['’]est)\s+(?:[ée]galement|aussi|en\s+outre|par\s+ailleurs|de\s+plus|enfin)\s+|il\s+a\s+(?:(?:[ée]galement|aussi|en\s+outre|par\s+ailleurs|de\s+plus|enfin)\s+)?[ée]t[ée]\s+)(?:d[ée]cid[ée]|convenue?s?|adopt[ée]|approuv[ée]|r[ée]solu|arr[êe]t[ée]|valid[ée]|vot[ée]|act[ée]|ent[ée]rin[ée]|engag[ée]e?s?|mandat[ée]|charg[ée])(?!\p{L})/iu

/** Une phrase sur la prochaine réunion qui fixe d'abord une tâche, puis le compte rendu (`Chaque membre révisera ses règles et rendra compte des changements lors de la prochaine réunion`) : la tâche est du point. */
const FRENCH_TASK_BEFORE_REPORT = /^(?:[\p{L}\p{M}\d'’,-]+\s+){1,12}?(?!(?:examiner|pr[ée]senter|rendr|reviendr|r[ée]unir|fer)\p{L}*\s)\p{L}{3,}(?:era|ira|ront|eront|iront)\s+[^.;!?]{3,200}?,?\s+et\s+(?:(?:le|la|les|chaque)\s+[\p{L}-]+\s+)?(?:en\s+)?(?:rendr(?:a|ont)\s+compte|pr[ée]senter(?:a|ont)|fer(?:a|ont)\s+le\s+point|informer(?:a|ont))(?!\p{L})/iu
/** Une phrase qui fait le compte de l'argent apporté jusqu'ici (`À ce jour, 2 millions d'euros ont été promis`, `Les dons reçus s'élèvent déjà à …`, `ont déjà été mobilisés`) : l'état d'un fonds, non une décision de la réunion. */
const FRENCH_PLEDGE_TALLY = /(?<!\p{L})(?:(?:ont|a)\s+(?:d[ée]j[àa]\s+)?[ée]t[ée]\s+(?:promise?s?|mobilis[ée]e?s?|r[ée]unie?s?|collect[ée]e?s?|lev[ée]e?s?|vers[ée]e?s?|apport[ée]e?s?)(?!\p{L})(?:\s+(?:à\s+ce\s+jour|jusqu['’]ici|jusqu['’]à\s+présent|au\s+total))?|(?:promesses|contributions|dons)\s+(?:re[çc]u(?:e?s)?\s+)?(?:à\s+ce\s+jour\s+|jusqu['’]ici\s+)?s['’][ée]l[èe]vent\s+(?:d[ée]j[àa]\s+)?[àa]|(?:à\s+ce\s+jour|jusqu['’]ici|jusqu['’]à\s+présent),?\s+(?:[\p{L}\p{M}'’.-]+\s+){1,6}?(?:ont|a)\s+(?:promis|apport[ée]|vers[ée]|donn[ée]|mobilis[ée]))(?!\p{L})/iu
/** Un paragraphe qui regarde le chemin parcouru (`Cela dit, le réseau a fait du chemin depuis …`, `Depuis sa création en 2011, …`, `a parcouru un long chemin`) : un retour en arrière, du contexte. */
const FRENCH_LOOK_BACK = /^(?:cela\s+(?:[ée]tant\s+)?dit|ceci\s+dit|avec\s+le\s+recul|en\s+r[ée]trospective)(?!\p{L})|(?<!\p{L})(?:a|ont|avons)\s+(?:parcouru|fait)\s+(?:un\s+long\s+|beaucoup\s+de\s+|bien\s+du\s+|du\s+)chemin(?!\p{L})|(?<!\p{L})chemin\s+parcouru(?!\p{L})|^depuis\s+(?:sa|leur|notre)\s+(?:cr[ée]ation|fondation|naissance|lancement|mise\s+en\s+place)(?!\p{L})/iu

/** Un exposé que la réunion a entendu, puis ce qu'elle a décidé (`speech-object.ts`) : `La conférence a pris acte de l'exposé présenté par … sur …, et a convenu de …`. */
export const FRENCH_SPEECH_OBJECT = {
  heard: /^(?<subject>[^;:]{1,120}?)\s+(?:a|ont)\s+(?:(?:également|aussi|d['’]abord|ensuite|enfin)\s+)?(?:pris\s+acte|pris\s+connaissance|entendu|salué|accueilli|écouté|noté)\s+(?:avec\s+(?:intérêt|satisfaction)\s+)?(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?(?:(?:la|le|les|l['’]|une?|son|sa|ses|leur)\s*)?(?:[\p{L}-]+\s+){0,2}?(?<noun>exposés?|déclarations?|allocutions?|interventions?|présentations?|discours|communications?|messages?|témoignages?)(?!\p{L})/iu,
  decision: /(?:,\s*|\s)et\s+(?:a|ont)\s+(?:(?:également|aussi|ensuite)\s+)?(?<verb>convenu|décidé|résolu|demandé|invité|chargé|approuvé|adopté|arrêté|validé|recommandé)(?!\p{L})(?<rest>[^]*)$/iu,
  pointsBack: /^\s+(?:(?:de|d['’]|à)\s*[\p{L}-]+\s+)?(?:leurs?|ses|son|sa|les\s+inviter|l['’]inviter)(?!\p{L})/iu,
  speaker: /^[^;.]{0,40}?(?:(?:présentée?s?|prononcée?s?|faite?s?|livrée?s?|délivrée?s?)\s+)?(?:au\s+nom\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|par)\s*(?<who>[^,;.]{2,80}?)(?=\s+(?:sur|concernant|lors|à|au|aux|en)\s|\s+de\s+(?:la|cette|notre)\s+(?:région|zone)(?!\p{L})|[,;.]|$)/iu,
  article: /^(?:les?\s+|la\s+|l['’]\s*|une?\s+|des\s+)/iu,
  topic: /\s(?:sur|concernant|relative?s?\s+(?:à|aux?))\s+(?<topic>[^,;.]{2,80}?)(?=\s+(?:par|lors)\s|[,;.]|$)/iu,
  rejoin: (subject: string, verb: string, rest: string) => `${subject} ${/(?:^|\s)(?:les|nous|ils|elles)\s/iu.test(subject) ? 'ont' : 'a'} ${verb}${rest}`,
}


/** A title-block line that names a meeting without its body (`Neuvième session`, `12e réunion annuelle`, `Assemblée générale 2026`): the body is named on the line above (header44). */
export const FRENCH_MEETING_ALONE = /^(?:(?:premi[eè]re|deuxi[eè]me|troisi[eè]me|\p{L}+i[eè]me|\d{1,2}(?:e|re|er|[eè]me))\s+)?(?:session|r[ée]union|s[ée]ance|conf[ée]rence|sommet|assembl[ée]e(?:\s+g[ée]n[ée]rale)?|table\s+ronde)(?:\s+(?:annuelle|ordinaire|extraordinaire|pl[ée]ni[èe]re|minist[ée]rielle))?(?:\s+(?:19|20)\d{2})?$/iu

export const FRENCH: Reading = {
  code: 'fr',
  stopWords: FRENCH_STOP_WORDS,
  calendar: FRENCH_CALENDAR,
  documentKinds: FRENCH_DOCUMENT_KINDS,
  issuerLine: FRENCH_ISSUER_LINE,
  officeLine: FRENCH_OFFICE_LINE,
  meetingAlone: FRENCH_MEETING_ALONE,
  sectionLine: FRENCH_SECTION_LINE,
  newsroomSection: FRENCH_NEWSROOM_SECTION,
  markingLine: FRENCH_MARKING_LINE,
  headlineLine: FRENCH_HEADLINE_LINE,
  addressOffice: FRENCH_ADDRESS_OFFICE,
  nextMeeting: FRENCH_NEXT_MEETING,
  contextHeadings: withFurnitureHeadings(FRENCH_CONTEXT_HEADINGS, FRENCH_FURNITURE_HEADINGS),
  outlookHeadings: FRENCH_OUTLOOK_HEADINGS,
  actionHeadings: FRENCH_ACTION_HEADINGS,
  sittingHeadings: FRENCH_SITTING_HEADINGS,
  dayHeadings: FRENCH_DAY_HEADINGS,
  figuresLeadIn: FRENCH_FIGURES_LEAD_IN,
  sittingClosed: FRENCH_SITTING_CLOSED,
  procedureLine: FRENCH_PROCEDURE_LINE,
  noteToReaders: FRENCH_NOTE_TO_READERS,
  sittingHeld: FRENCH_SITTING_HELD,
  meetingEntry: FRENCH_MEETING_ENTRY,
  decisionHeadings: FRENCH_DECISION_HEADINGS,
  forwardLooking: FRENCH_FORWARD_LOOKING,
  costing: FRENCH_COSTING,
  levelReached: FRENCH_LEVEL_REACHED,
  findings: FRENCH_FINDINGS,
  ownPlan: FRENCH_OWN_PLAN,
  aim: FRENCH_AIM,
  targetYear: FRENCH_TARGET_YEAR,
  decision: FRENCH_DECISION,
  oneMoreDecision: FRENCH_ONE_MORE_DECISION,
  pledgeTally: FRENCH_PLEDGE_TALLY,
  taskBeforeReport: FRENCH_TASK_BEFORE_REPORT,
  taskForm: FRENCH_TASK_FORM,
  lookBack: FRENCH_LOOK_BACK,
  opening: FRENCH_OPENING,
  describes: FRENCH_DESCRIBES,
  formalClause: FRENCH_FORMAL_CLAUSE,
  leadIn: FRENCH_LEAD_IN,
  decisionsFollow: FRENCH_DECISIONS_FOLLOW,
  proposalsFollow: FRENCH_PROPOSALS_FOLLOW,
  auxiliaryLeadIn: FRENCH_AUXILIARY_LEAD_IN,
  recordedDecision: FRENCH_RECORDED_DECISION,
  citedText: FRENCH_CITED_TEXT,
  brokenTitle: FRENCH_BROKEN_TITLE,
  weakTitle: FRENCH_WEAK_TITLE,
  titleFaults: FRENCH_TITLE_FAULTS,
  weakLabel: FRENCH_WEAK_LABEL,
  fragmentLabel: FRENCH_FRAGMENT_LABEL,
  thanksSentence: FRENCH_THANKS_SENTENCE,
  supportCredit: FRENCH_SUPPORT_CREDIT,
  levelSet: FRENCH_LEVEL_SET,
  inlineOrdinals: FRENCH_INLINE_ORDINALS,
  planAdopted: FRENCH_PLAN_ADOPTED,
  reported: FRENCH_REPORTED,
  intervention: FRENCH_INTERVENTION,
  phraseOpeners: new Set('à au aux de du des d et ou mais pour avec dans en par sur sans vers dont afin qui que'.split(' ')),
  thanks: FRENCH_THANKS,
  dateline: FRENCH_DATELINE,
  attribution: FRENCH_ATTRIBUTION,
  quoteSpeaker: FRENCH_QUOTE_SPEAKER,
  roadmapName: FRENCH_ROADMAP_NAME,
  fallbackTitle: {inPlace: '{organisation} à {place}', meetingOf: 'Réunion des {participants}'},
  figures: FRENCH_FIGURES,
  titles: FRENCH_TITLES,
  speechObject: FRENCH_SPEECH_OBJECT,
  organisationNames: FRENCH_ORGANISATION_NAMES,
  reviewTask: FRENCH_REVIEW_TASK,
  hostOffer: FRENCH_HOST_OFFER,
  openingParagraph: FRENCH_OPENING_PARAGRAPH,
}


/** Une ligne qui ouvre le même texte dans une autre langue (`VERSION ANGLAISE`, `Version française`, `Traduction non officielle`) : ce qui la suit est une traduction, non la suite du relevé. */
export const FRENCH_TRANSLATION_MARK = /^(?:version\s+(?:anglaise|fran[çc]aise|en\s+anglais|en\s+fran[çc]ais|originale)|(?:traduction|texte)\s+(?:anglaise|fran[çc]aise|non\s+officielle|en\s+anglais|en\s+fran[çc]ais)|en\s+anglais)\s*:?$/iu

/**
 * Ce que le copier-coller d'une page web ou d'un courriel apporte avec le texte (see
 * `pasted-text.ts`): boutons, date de publication, contenus associés, en-têtes de transfert,
 * formule de politesse, avertissement.
 */
export const FRENCH_PASTED = {
  /** Voir `FRENCH_TRANSLATION_MARK`. */
  translation: FRENCH_TRANSLATION_MARK,
  /**
   * Le mobilier d'une lettre d'information envoyée par courriel, où qu'il soit : la ligne qui l'offre dans un navigateur (`Si ce message ne s'affiche pas correctement, …`),
   * son bandeau (`ESTRAN – La lettre d'information`), son numéro (`N° 37 – Mars 2026`), la rubrique de sa une (`À la une`) et la ligne qui dit pourquoi elle arrive
   * (`Vous recevez cette lettre car vous êtes inscrit …`) : rien de tout cela n'est le relevé.
   */
  newsletter: /^(?:si\s+(?:ce\s+(?:message|courriel|mail|e-?mail)|cette\s+(?:lettre|infolettre|newsletter))\s+ne\s+s['’]affiche\s+pas\s+(?:correctement|bien)\b[^\n]{0,150}|(?:consulte[zr]|affiche[zr]|voir|lire)\s+(?:ce\s+message|cette\s+lettre|la\s+version)\s+(?:dans\s+(?:votre|un)\s+navigateur|en\s+ligne)\.?|[^.!?:|–—]{2,80}?\s[–—|·-]\s(?:la\s+|l['’]\s?)?(?:lettre|infolettre|newsletter|bulletin)(?:\s+(?:d['’]\s?information|d['’]\s?actualit[ée]s?|du\s+[\p{L}'’-]+|de\s+l['’]\s?[\p{L}'’-]+|de\s+la\s+[\p{L}'’-]+|mensuelle|trimestrielle))?|(?:n[°º]|num[ée]ro)\s?\d{1,4}(?:\s*[–—|·,-]\s*(?:[\p{L}]{3,12}\s+)?(?:19|20)\d\d)?|[àa]\s+la\s+une|vous\s+recevez\s+(?:cette\s+(?:lettre|infolettre|newsletter)|ce\s+(?:message|courriel|bulletin))\s+(?:car|parce\s+que?|puisque)\b[^\n]{0,200})$/iu,
  chrome: /^(?:(?:partager|imprimer|envoyer|t[ée]l[ée]charger(?:\s+(?:le\s+)?pdf)?|[ée]couter|enregistrer)(?:\s+(?:cette|la|cet)\s+(?:page|article|actualit[ée]|communiqu[ée]))?|partager\s+sur\s+\w+|envoyer\s+par\s+(?:courriel|e-?mail)|(?:laisser|[ée]crire|ajouter|publier)\s+un\s+commentaire(?:\s*(?:…|\.{3}))?|soyez\s+(?:le|la)\s+premi[èe]re?\s+[àa]\s+aimer\s+(?:ceci|[çc]a|cela|cette\s+page)|aucune?\s+(?:[ée]tiquette|libell[ée])|s['’]abonner|j['’]aime|retour\s+en\s+haut(?:\s+de\s+(?:la\s+)?page)?|aller\s+au\s+contenu(?:\s+principal)?|recherche(?:r)?(?:\s+(?:sur|dans)\s+(?:le|ce)\s+site\s*(?:…|\.{3})?|\s*(?:…|\.{3}))|(?:article\s+|contenu\s+)?r[ée]serv[ée]\s+aux\s+abonn[ée]s|(?:article|contenu)\s+abonn[ée]s?)(?:\s*[|·•]\s*(?:partager(?:\s+sur\s+\w+)?|imprimer|courriel|facebook|linkedin|x|twitter))*$/iu,
  /** Le résultat du vote sur la délibération au-dessus, sur une ligne à part dans un compte rendu de conseil (`Adopté à l'unanimité`, `Adoptée à la majorité`, `Adopté (3 voix contre).`, `Adopté.`, `Rejetée`, `Résolution rejetée.`) : aucune partie du texte de la décision. */
  voteResult: /^(?:(?:d[ée]lib[ée]ration|r[ée]solution|motion)\s+)?(?:(?:adopt[ée]e?s?|approuv[ée]e?s?)(?:\s+(?:par\s+consensus|sans\s+(?:vote|opposition|objection)|[àa]\s+l['’]unanimit[ée](?:\s+des\s+(?:membres\s+)?(?:pr[ée]sents|votants|suffrages\s+exprim[ée]s)(?:\s+(?:et|ou)\s+repr[ée]sent[ée]s)?)?|[àa]\s+la\s+majorit[ée](?:\s+(?:absolue|des\s+(?:deux\s+tiers|suffrages\s+exprim[ée]s)|de\s+l['’]article\s+\d{1,3}))?))?|rejet[ée]e?s?)(?:\s*\((?:\d{1,3}\s+voix\s+pour,\s*\d{1,3}\s+contre(?:,\s*\d{1,3}\s+abstentions?)?|\d{1,3}\s+(?:voix\s+contre|contre|abstentions?|voix\s+pour)(?:,?\s+(?:et\s+)?\d{1,3}\s+(?:voix\s+contre|contre|abstentions?))?)\))?(?:\s*\(articles?\s+\d{1,3}[^()]{0,40}\))?\s*\.?$/iu,
  /** Le mobilier d'une page ou d'une lettre d'information après son étiquette (`Mots-clés : élevage`, `Partager : Courriel | Imprimer`, `Pour vous désabonner …`) ou la dernière diapositive d'une présentation (`Merci de votre attention`, `Des questions ?`) et l'étiquette de ses notes (`Notes de l'orateur :`). */
  pageLabel: /^(?:(?:mots?[- ]cl[ée]s|[ée]tiquettes|th[èe]mes|rubriques?|cat[ée]gories?|partager(?:\s+cet(?:te)?\s+\p{L}+)?)\s*:\s*[^.!?]{1,200}|(?:cette\s+(?:page|information|r[ée]ponse)\s+(?:vous\s+)?(?:a|est)(?:-t-elle)?\s+(?:[ée]t[ée]\s+)?utile|avez-vous\s+trouv[ée]\s+(?:cette\s+page\s+utile|ce\s+que\s+vous\s+cherchiez)|ces\s+informations\s+(?:vous\s+)?(?:ont|sont)(?:-elles)?\s+(?:[ée]t[ée]\s+)?utiles)\s*\??(?:\s*(?:oui|non)(?:\s*[|/·])?){0,2}|(?:pour\s+(?:vous\s+)?)?(?:se\s+)?d[ée]sabonner\b[^\n]{0,150}|pour\s+vous\s+d[ée]sinscrire\b[^\n]{0,150}|(?:diapo(?:sitive)?\s+\d{1,2}\s*[:.–—-]\s*)?(?:(?:des\s+)?questions\s*\?|merci(?:\s+(?:de|pour)\s+votre\s+attention)?\s*[.!]?)|notes\s+(?:de\s+l['’]orat(?:eur|rice)|du\s+pr[ée]sentat(?:eur|rice))\s*:?)$/iu,
  dateLine: /^(?:publi[ée]|mis\s+en\s+ligne|(?:derni[èe]re\s+)?mise\s+[àa]\s+jour|mis\s+[àa]\s+jour|modifi[ée])(?:\s+le)?\s*:?\s*(?=[^\d]*\d)(?:\d{1,4}(?!\d)(?:er|h)?|(?:janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[ûu]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|le|[àa]|h)(?!\p{L})\.?|[\s,./:–-]){4,60}$/iu,
  /** `Publié le 14 mars 2026` : parmi les premières lignes d'un rapport, la date du texte (le bloc de titre la lit). */
  /** L'étiquette du sommaire d'une page web (`Sommaire`, `Sur cette page`, `Dans cet article`) : les lignes dessous nomment les intertitres plus bas (voir `pastedNoise`). */
  contents: /^(?:sommaire|table\s+des\s+mati[èe]res|(?:sur|dans)\s+cette\s+page|dans\s+cet\s+article|au\s+sommaire|aller\s+[àa])\s*:?$/iu,
  /** Un nom de ministre en tête d'un communiqué conjoint : l'anglais seul l'écrit ainsi (`THE HON …`). */
  letterheadName: /(?!)/u,
  /** Le portefeuille sous ce nom (`Ministre de la Transition écologique`, `Ministre déléguée chargée de la Mer`). */
  portfolio: /^(?:ministre|secr[ée]taire\s+d['’][ée]tat)(?:\s+d[ée]l[ée]gu[ée]e?)?\s+(?:de\s+la|de\s+l['’]|des|du|de|aux?|charg[ée]e?\s+(?:de\s+la|de\s+l['’]|des|du|de))\s*[^.!?:;]{3,80}$/iu,
  issuedLine: /^publi[ée]e?(?!\p{L})/iu,
  related: /^(?:contenus?\s+(?:associ[ée]s|li[ée]s)|articles?\s+(?:associ[ée]s|li[ée]s)|[àa]\s+lire\s+aussi|lire\s+aussi|voir\s+aussi|sur\s+le\s+m[êe]me\s+(?:sujet|th[èe]me)|dans\s+la\s+m[êe]me\s+rubrique|derni[èe]res\s+actualit[ée]s)\s*:?$/iu,
  /** An e-mail's greeting on a line of its own (`Bonjour à tous,`, `Chers collègues,`, `Madame, Monsieur,`): whom the message is to, never its title. (names after it need its comma, as in English: `Salut les Copains` may be a title) */
  greeting: /^(?:(?:bonjour|bonsoir|salut|cher|chers|ch[èe]re|ch[èe]res)(?:\s+(?:[àa]\s+)?(?:tous|toutes|tou(?:te)?s\s+et\s+tous|l['’]\s*[ée]quipe|coll[èe]gues|amis|partenaires|membres)){0,4}\s*[,!:]?|(?:bonjour|bonsoir|salut|cher|chers|ch[èe]re|ch[èe]res)(?:\s+[\p{L}'’.-]+){1,4}\s*[,!:]|(?:madame,\s*monsieur|mesdames(?:\s+et|,)\s+messieurs)\s*[,!:]?|\p{Lu}[\p{L}'’-]{1,30}(?:\s+et\s+(?:tous|toutes|\p{Lu}[\p{L}'’-]{1,30}))?\s?,)$/iu,
  /** A postscript under a signature (`P.-S. Les photos sont disponibles sur demande.`): no sentence of the readout going on after its sign-off. */
  postscript: /^(?:P\.-?\s?S\.|PS\s?:)\s/u,
  signOff: /^(?:(?:bien\s+)?cordialement|bien\s+[àa]\s+vous|(?:sinc[èe]res|meilleures)\s+salutations|salutations\s+distingu[ée]es|avec\s+mes\s+(?:meilleures\s+)?salutations|bonne\s+(?:journ[ée]e|r[ée]ception)|pour\s+(?:extrait|copie|ampliation)(?:\s+certifi[ée]e?)?\s+conforme|certifi[ée]e?\s+conforme(?:\s+[àa]\s+l['’]original)?)\s*[,.!:]?$|^(?:merci|amiti[ée]s|bien\s+[àa]\s+toi|belle\s+journ[ée]e)\s*,$/iu,
  // (aussi la note d'un résumé qui n'est pas le compte rendu officiel : `Ce résumé … ne constitue pas le procès-verbal officiel …`)
  // (aussi la note d'une appli qu'un résumé a été écrit par une machine et peut se tromper : `Généré par l'IA. Vérifiez son exactitude.`,
  // `Contenu généré par IA : des erreurs sont possibles.`, `Copilot peut faire des erreurs.` ; apppage48)
  disclaimer: /^(?:(?:(?:ce\s+|cette\s+)?(?:r[ée]sum[ée]|compte\s+rendu|contenu|texte|notes?|synth[èe]se|transcription)\s+(?:a\s+[ée]t[ée]\s+|est\s+)?)?(?:(?:automatiquement\s+)?g[ée]n[ée]r[ée]e?s?\s+(?:automatiquement\s+)?(?:par|avec|à\s+l['’]aide\s+de)\s+(?:(?:l['’]|une?\s+|le\s+|la\s+)?(?:IA|intelligence\s+artificielle|copilot|gemini|assistant)\b)|(?:l['’]\s?|une\s+)?(?:IA|intelligence\s+artificielle|copilot|gemini|assistant)\s+(?:peut|pourrait)\s+(?:faire|commettre|contenir)\s+des\s+(?:erreurs|inexactitudes))(?=[^\n]{0,200}$)(?![^\n]{0,200}?\b(?:a\s+d[ée]cid[ée]|ont\s+d[ée]cid[ée]|adopt[ée]|approuv[ée]|vot[ée])\b)|(?:ces|ce|cette|le|la|les)\s(?=[^\n]{0,200}?\b(?:n['’](?:est|sont)\s+pas|ne\s+(?:constitue|constituent|remplace|remplacent)\s+pas)\s+(?:le|un|les)\s+(?:proc[èe]s-verbal|proc[èe]s-verbaux|compte\s+rendu\s+officiel)\b)|avertissement\s*:|(?:merci\s+de\s+)?pens(?:ez|er)\s+[àa]\s+l['’]environnement\s+avant\s+d['’]imprimer|avis\s+de\s+confidentialit[ée]\s*:|ce\s+(?:message|courriel|courrier\s+[ée]lectronique)(?:\s+et\s+(?:ses|toutes\s+ses)\s+pi[èe]ces\s+jointes)?\s+(?:est|sont|peut|peuvent)\s+(?:strictement\s+)?(?:confidentiel|[ée]tablis|destin[ée]s?))/iu,
  forwarded: /^(?:-{2,}\s*(?:message\s+d['’]origine|message\s+transf[ée]r[ée]|message\s+original)\s*-{2,}|d[ée]but\s+du\s+message\s+r[ée]exp[ée]di[ée]\s*:)$/iu,
  homeCrumb: /^(?:accueil|page\s+d['’]accueil)$/iu,
  hyphenPrefix: /^(?:ex|demi|semi|sous|vice)$/iu,
  /** A word elided before a vowel, which a line's end may part from the next word (`l’` / `accord` → `l’accord`). */
  elision: /(?:^|[\s(«“])(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]$/iu,
  mailHeader: /^(?:de|envoy[ée]|[àa]|cc|cci|objet|date)\s*:/iu,
  /** L'action qu'un relevé note sous son paragraphe (`Action : le secrétariat diffusera …`, `À faire : …`, `Suite à donner :`) : elle suit ce paragraphe, sauf dans une suite de telles lignes (voir `actionRuns`). */
  actionLine: /^(?:actions?|[àa]\s+faire|suite\s+[àa]\s+donner|mesures?\s+de\s+suivi|suivi|r[ée]ponse\s+du\s+gouvernement)(?:\s*:|\s[-–—])\s*\S/iu,
  /** Le résultat du vote sur la résolution au-dessus, dit dans une phrase à part (`Cette résolution est adoptée à l'unanimité.`, `La délibération a été adoptée par 12 voix contre 3.`) : la procédure de la séance, hors du corps de la résolution. */
  voteSentence: /^(?:cette|la|la\s+pr[ée]sente|ladite)\s+(?:r[ée]solution|d[ée]lib[ée]ration|d[ée]cision|motion|proposition)\s+(?:est|a\s+[ée]t[ée])\s+(?:adopt[ée]e|approuv[ée]e|vot[ée]e|rejet[ée]e)(?!\p{L})[^.!?]{0,120}\.?$/iu,
  dateCutEnd: new RegExp(`(?:^|[\\s–-])(?:\\d{1,2}|1er|${MONTH})$`, 'iu'),
  dateCutStart: new RegExp(`^\\s*(?:${MONTH}|(?:19|20)\\d{2}(?!\\d))`, 'iu'),
  titleSmallWord: /^(?:avec|dans|pour|entre|sans|sous|vers|chez|contre|depuis|pendant|selon|auprès)$/u,
  monthCutEnd: new RegExp(`(?:^|\\s)${MONTH}$`, 'iu'),
  dayCutStart: /^\s*(?:1er|\d{1,2})(?!\d)/u,
  /** Un titre abrégé devant un nom (`présidée par M.` / `Diallo`, `Mme` / `Ndiaye`) : aucune phrase n'y finit. */
  abbreviationEnd: /(?:^|[\s(])(?:M|MM|Mme|Mlle|Me|Dr|Pr|St|Ste|cf)\.$/u,
  openEnd: /(?:^|\s)(?:le|la|les|l['’]|un|une|des|du|de|d['’]|à|au|aux|et|ou|en|par|pour|sur|dans|avec|leur|leurs|son|sa|ses|ce|cette|ces|que|qui|ont|sont|est|se)$|(?:^|\s)(?:de|des|sur|par|avec|parmi|entre)\s+(?:quelque\s+|près\s+de\s+)?(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)$/u,
}

/**
 * Month names as running text writes them, for the outputs' typesetting: a day and its month stay
 * on one line (`1er juillet`, `24 juin`), so a date never breaks as `1er / juillet`.
 */
export const FRENCH_MONTH_WORDS = ['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre', 'decembre', 'janv\\.', 'févr\\.', 'avr\\.', 'juil\\.', 'sept\\.', 'oct\\.', 'nov\\.', 'déc\\.']

/** Words after a number that a line break must not part from it (`12 millions`, `30 pour cent`, `400 km`). */
/** A number written as words joined by hyphens (`vingt-deux`, `trente-et-unième`, `dix-huitième`): a title never breaks at its hyphen. */
export const FRENCH_COMPOUND_NUMBER = /(?<!\p{L})(?:dix|vingt|trente|quarante|cinquante|soixante|quatre-vingts?)(?:-et)?-(?:un|deux|trois|quatre|cinq|six|sept|huit|neu|dix|onze|douze|treize|quatorze|quinze|seize)\p{L}*(?!\p{L})/giu

export const FRENCH_UNITS_AFTER_NUMBER = ['milliards?', 'millions?', 'billions?', 'pour cent', 'km', 'ha', 'kg', 'kW', 'MW', 'GW', 'kWh', 'MWh', 'GWh', 'TWh', 'hectares', 'tonnes', 'km²', 'euros', 'dollars', 'francs', 'FCFA', 'USD', 'EUR']

// What the slide condenser (slides/condense.ts) knows of French: the words and phrases it cuts a sentence by.

/** A second verb of the frame's subject later in its French clause (`… et salué`); see `FRAME_VERB_AGAIN`. */
export const FRENCH_FRAME_VERB_AGAIN = /(?:,\s+|\s)(?:et|mais)\s+(?:ont\s+|a\s+)?(?:également\s+)?\p{L}+(?:é|és)(?!\p{L})/u

/** A French object pronoun before an infinitive or a finite verb (`et de les doter`, `d’y installer`, `d’en publier`, `de l’adopter`, `qui le financera`). */
export const FRENCH_LEANING_CLITIC = /(?<!\p{L})(?:(?:de|à|pour)\s+(?:les?|la|y)\s+\p{L}+(?:er|ir|re)(?!\p{L})|d['’](?:y|en)\s+\p{L}+(?:er|ir|re)(?!\p{L})|(?:de|d['’]|à|pour)\s*l['’]\p{L}+(?:er|ir|re)(?!\p{L}))/iu

/** Words a cut point never ends on, in French: prepositions, conjunctions, `que`, `contre`, `grâce`, articles and the like. */
export const FRENCH_LEANS_FORWARD = /^(?:à|au|aux|de|d['’]|du|des|en|dans|par|pour|sur|sous|avec|sans|contre|grâce|vers|entre|chez|selon|depuis|dès|jusqu['’]|d['’]ici|afin|malgré|envers|parmi|que|qu['’]|et|ou|mais|ni|dont|car|donc|le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cet|cette|ces|ne|se|s['’]|y|plus|moins|très|notamment)$/iu

/** What, after a comma, goes on with a list: a short item then another comma, or an item and `et`/`ou` (`, trésoriers et gestionnaires`); not a list of phrases opened by a preposition (`, en gestion, en comptabilité et …`). */
export const FRENCH_LIST_GOES_ON = /^[,;]\s+(?!(?:en|à|au|aux|dans|pour|par|sur|avec|sans|entre|chez|selon|d['’]ici|dès|depuis|avant|après|afin|contre|soit)(?!\p{L}))(?:(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:et|ou)\s|[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2}\s*,)/u

/** What opens a French sentence with a participle before its main clause (`Constatant que …`, `Préoccupé par …`). */
export const FRENCH_PARTICIPLE_OPENING = /^(?:\p{L}+ant|\p{L}+(?:é|ée|és|ées)\s+(?:par|de|d['’]|du|des))(?!\p{L})/iu

/** Prepositions that open each item of a French list of phrases (`au Mali, au Niger et au Tchad`). */
export const FRENCH_LIST_PREPOSITION = /^(?:en|à|au|aux|dans|pour|par|sur|avec|sans|entre|chez|de|du|des)$/

/**
 * Prepositions that open an adjunct of a French clause (with whom, how, why), not the complement of
 * the noun before them as `de`, `sur`, `pour`, `avec` or `entre` often do (`une étude sur …`, `un prêt
 * pour …`, `un accord avec …`), nor a place that says where the decision holds (`dans les zones de frai`).
 */
export const FRENCH_ADJUNCT = /^(?:auprès|lors|grâce|afin|selon)(?!\p{L})/iu

/** A French relative or participle phrase between commas right before the main clause's verb (`, qui ont touché deux millions de personnes,` before `ont détruit`). */
export const FRENCH_APPOSITIVE = /,\s+(?:qui\s|\p{Ll}+(?:é|ée|és|ées|ie|is|ies|ue|us|ues|ite|its|ites)\s+(?:par|à|au|aux|de|d['’]|dans|en|sur|depuis|pour|avec|sous|lors|jusqu['’]ici)(?!\p{L}))[^,;()]{0,150},(?=\s+(?:ont|a|sont|est|sera|seront|serait|doit|doivent|devra|devront|peut|peuvent|pourra|pourront|reste|restent|\p{Ll}{3,}(?:ra|ront))(?!\p{L}))/gu

/** What opens an aside between a French verb and its object (`d'ici la fin de l'année`), each a piece of a regular expression; see `ASIDE_OPENER_WORDS`. */
export const FRENCH_ASIDE_OPENER_WORDS = ['pour', 'sous', 'dans', 'après', 'avant', "d['’]ici", 'en', 'avec', 'sans', 'dès', 'lors', 'à', 'au', 'aux', 'par', 'selon', 'conformément']

/** What opens a French verb's object after an aside: a determiner, each a piece of a regular expression; see `OBJECT_OPENER_WORDS`. */
export const FRENCH_OBJECT_OPENER_WORDS = ['un', 'une', 'le', 'la', 'les', "l['’]", 'des', 'du', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'cette', 'ces', 'notre', 'nos', 'votre', 'vos']

/** French number words that may open an amount (`de deux millions`), each a piece of a regular expression; the slide condenser's `AMOUNT_WORDS` joins them with English's. */
export const FRENCH_AMOUNT_NUMBER_WORDS = ['un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'quinze', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille', 'millions?', 'milliards?']

/** French nouns an amount completes (`un budget de …`, `d'une valeur de …`, `à hauteur de …`), each a piece of a regular expression: the slide condenser's `AMOUNT_NOUNS`, with English's, never ends a point on one. */
export const FRENCH_AMOUNT_NOUN_WORDS = ['budget', 'montant', 'enveloppe', 'valeur', 'hauteur', 'somme', 'co[ûu]t', 'total', 'dotation', 'plafond']

/** French articles and prepositions a slide point never ends on (`pour un`), each a piece of a regular expression: the slide condenser's `SMALL_WORD_AT_END` joins them with English's. */
export const FRENCH_POINT_END_SMALL_WORDS = ["(?:d['’])?(?:un", 'une)', 'le', 'la', 'les', "l['’]", 'des', 'de', "d['’]", 'du', 'pour', 'sur', 'à', 'au', 'aux', 'en', 'dans', 'par']

/** What opens a French subordinate clause at the start of a sentence (`Lorsque …, `); see `SUBORDINATE_OPENER_WORDS`. */
export const FRENCH_SUBORDINATE_OPENER_WORDS = ['lorsque', 'quand', 'si', 'comme', 'bien que', 'alors que', 'puisque', 'tandis que']

/** What opens a French list of examples (`notamment`, `tels que`), each a piece of a regular expression; see `EXAMPLE_OPENER_WORDS`. */
export const FRENCH_EXAMPLE_OPENER_WORDS = ['notamment', 'comme', 'dont', 'tels? que', 'telles? que']

/** French subject pronouns whose antecedent is in the sentence before (`Ils ont aussi …`); see `LEANING_PRONOUNS`. */
export const FRENCH_LEANING_PRONOUNS = ['il', 'elle', 'ils', 'elles', 'celui-ci', 'celle-ci', 'ceux-ci', 'celles-ci']

/** French words that add to what the sentence before said (`également`, `de même`); see `ALSO_WORDS`. */
export const FRENCH_ALSO_WORDS = ['également', 'aussi', 'de même']

/** French words that, right after a comma, open a clause or a phrase rather than the next item of a list; see `NO_LIST_ITEM_WORDS`. */
export const FRENCH_NO_LIST_ITEM_WORDS = ['qui', 'dont', 'où', 'et', 'ou', 'mais', 'notamment', 'avec', 'pour', 'dans', 'en', 'à']

/** The French conjunctions before a list's last item. */
export const FRENCH_LIST_CONJUNCTIONS = ['et', 'ou']

/** French conjunctions that, after a comma, join two clauses a slide point may be cut between; see `CLAUSE_JOINING_WORDS`. */
export const FRENCH_CLAUSE_JOINING_WORDS = ['et', 'mais']

/** What opens the means by which a thing is done in French (`au moyen de`, `à travers`), each a piece of a regular expression; see `MEANS_WORDS`. */
export const FRENCH_MEANS_WORDS = ["par\\s+l['’]intermédiaire\\s+d(?:e\\s+", "['’]", 'u\\s+', 'es\\s+)', 'au\\s+moyen\\s+d(?:e\\s+', "['’]", 'u\\s+', 'es\\s+)', 'à\\s+travers']

/** What opens a deadline in French (`d'ici 2030`, `jusqu'en 2027`), each a piece of a regular expression; see `DEADLINE_WORDS`. */
export const FRENCH_DEADLINE_WORDS = ["d['’]ici", 'avant', "jusqu['’]en", 'dès']

/** What names a part of a year before it in French (`la fin de 2026`, `fin 2026`); see `PART_OF_YEAR_WORDS`. */
export const FRENCH_PART_OF_YEAR_WORDS = ['la fin de', 'fin']

/** What opens a date in French (`à partir de mai 2026`, `courant 2027`), each a piece of a regular expression; see `DATE_OPENER_WORDS`. */
export const FRENCH_DATE_OPENER_WORDS = ["d['’]ici", 'avant', "jusqu['’](?:à|au|en)", 'dès', "à partir d[eu']", 'le', 'en', 'au', 'courant']

/** What puts a date early or late in its year in French (`début 2027`, `mi-2026`). */
export const FRENCH_EARLY_LATE_WORDS = ['début', 'mi-']

/** Units and scales after a number in French (`cinq ans`, `12 pour cent`, `9 millions de dollars`), each a piece of a regular expression; see `AMOUNT_UNIT_WORDS`. */
export const FRENCH_AMOUNT_UNIT_WORDS = ['pour\\s?cent', 'millions?', 'milliards?', 'ans?', 'années?', 'mois', 'jours?', 'semaines?', 'tonnes?', 'hectares?', 'km', 'kilomètres?', 'euros?', 'francs?', "(?:de|d['’])\\s*(?:euros?|dollars?|francs?|livres?|tonnes?|[\\p{Lu}]{3})"]

/** Words that open the last paragraph of a run numbered by ordinal openers (`Premièrement, …` / `Enfin, …`). */
export const FRENCH_LAST_ORDINAL_OPENERS = ['enfin', 'pour finir', 'en dernier lieu']
/** Ordinal adverbs that number a text's paragraphs when a mark follows them (`Premièrement : …`), in order from one. */
export const FRENCH_ORDINAL_MARKERS = ['premièrement', 'deuxièmement', 'troisièmement', 'quatrièmement', 'cinquièmement', 'sixièmement', 'septièmement', 'huitièmement', 'neuvièmement', 'dixièmement']

/**
 * Une assemblée de membres nommée comme si elle était l'organisme réuni (`Assemblée générale ordinaire des membres de la
 * Coopérative perlière des Tuamotu`, `Assemblée générale extraordinaire de l'Union des producteurs …`), comme `ASSEMBLY_OF_BODY` :
 * le groupe 1 est l'organisme qui la tient. Sans qualificatif ni membres (`Assemblée générale des Nations unies`), le nom reste.
 */
export const FRENCH_ASSEMBLY_OF_BODY = /^(?:[Ll]['’]\s*)?[Aa]ssembl[ée]e\s+[Gg][ée]n[ée]rale\s+(?:(?:ordinaire|extraordinaire|annuelle|statutaire|mixte)(?:\s+annuelle)?\s+(?:(?:des|de\s+ses)\s+(?:membres|adh[ée]rents|actionnaires|associ[ée]s|d[ée]l[ée]gu[ée]s|soci[ée]taires)\s+)?|(?:des|de\s+ses)\s+(?:membres|adh[ée]rents|actionnaires|associ[ée]s|d[ée]l[ée]gu[ée]s|soci[ée]taires)\s+)(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+)(\p{Lu}.{2,150})$/u

/** Une ligne du bloc de titre qui dit que la réunion s'est tenue à distance (`Réunion en visioconférence – 3 juin 2026`, `En ligne`, `Par visioconférence`) : le lieu est `Online`. */
export const FRENCH_REMOTE_LINE = /^(?:(?:r[ée]union|s[ée]ance|session|conf[ée]rence|tenue?|r[ée]unie?s?|appel|visio)\s+)?(?:en\s+ligne|(?:en|par)\s+visio(?:conf[ée]rence)?|visioconf[ée]rence|[àa]\s+distance|en\s+distanciel|(?:en|par)\s+vid[ée]oconf[ée]rence|virtuelle?|(?:(?:sur|via|par)\s+)?(?:zoom|(?:microsoft\s+)?teams|google\s+meet|webex|skype|jitsi))$/iu
/** Un tampon de mise à jour, de révision, d'impression ou de version (`Mis à jour le 9 février 2026`, `Version 2 du 4 mai 2026`, `Imprimé le …`) : sa date n'est pas celle de la réunion. */
export const FRENCH_STAMP_LINE = /^(?:(?:derni[èe]re\s+)?mise\s+[àa]\s+jour|mis\s+[àa]\s+jour|actualis[ée]e?|modifi[ée]e?|r[ée]vis[ée]e?|imprim[ée]e?|version(?:\s+(?:n[o°º]\.?\s*)?[\d.]+)?)(?:\s+(?:le|du|au))?\s*[:|,–—-]?\s*/iu

/** Comment une instance siège, entre le participe d'ouverture et le lieu (`Réunie en assemblée générale lundi et mardi à Caen, …`, `Réunis en session plénière à Dakar, …`) : ni le lieu ni qui s'est réuni. */
export const FRENCH_LEADING_SITTING = /^\s+en\s+(?:assembl[ée]e\s+g[ée]n[ée]rale(?:\s+(?:ordinaire|extraordinaire|annuelle|constitutive))?|session(?:\s+(?:ordinaire|extraordinaire|pl[ée]ni[èe]re|annuelle))?|s[ée]ance\s+pl[ée]ni[èe]re|pl[ée]ni[èe]re|congr[èe]s|conseil\s+d['’]administration|bureau|s[ée]minaire|conclave)(?!\p{L})/iu

/**
 * Une réunion de tant de jours dont la phrase dit la fin, sans jour de la semaine après le verbe (`au terme d'une réunion de deux jours`,
 * `à l'issue de leur session de trois jours`, `la rencontre de deux jours qui s'est achevée à Caen`) : le nombre de jours (groupe 1 ou 2),
 * jusqu'à la date que donne le texte, comme `DAYS_CONCLUDED`.
 */
export const FRENCH_DAYS_CONCLUDED = /(?<!\p{L})(?:(?:au\s+terme|[àa]\s+l['’]issue|[àa]\s+la\s+(?:fin|cl[ôo]ture))\s+(?:d['’]une|de\s+la|de\s+leur|de\s+sa|de\s+cette|du|de\s+ce)\s*(?:r[ée]union|session|sommet|conf[ée]rence|rencontre|assembl[ée]e(?:\s+g[ée]n[ée]rale)?|s[ée]minaire|congr[èe]s)\s+de\s+(deux|trois|quatre|cinq|[2-5])\s+jours(?!\p{L})|(?:r[ée]union|session|sommet|conf[ée]rence|rencontre|assembl[ée]e|s[ée]minaire|congr[èe]s)\s+de\s+(deux|trois|quatre|cinq|[2-5])\s+jours(?!\p{L})[^.;!?]{0,120}?(?<!\p{L})(?:s['’]est\s+(?:achev|termin|conclu|cl[ôo]tur)\p{L}*|a\s+pris\s+fin)|(?:ont|a)\s+(?:cl[ôo]tur[ée]|achev[ée]|conclu|termin[ée]|clos)\s+(?:(?:ce|le)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:(?:à|au|en)\s+[^,.;]{1,40}?\s+)?(?:une|leur|sa|la|cette|leurs)\s+(?:r[ée]union|session|sommet|conf[ée]rence|rencontre|assembl[ée]e(?:\s+g[ée]n[ée]rale)?|s[ée]minaire|congr[èe]s)\s+de\s+(deux|trois|quatre|cinq|[2-5])\s+jours(?!\p{L}))/iu

/** A newsroom's rubric alone on a title-block line (`Économie`, `Société`, `À la une`, `Tribune`, `Décryptage`): where the page is filed, never its title (header42). */
export const FRENCH_KICKER_LINE = /^(?:[ée]conomie|soci[ée]t[ée]|politique|monde|international|r[ée]gions?|france|culture|sant[ée]|sciences?|environnement|climat|agriculture|[ée]ducation|sports?|opinions?|tribunes?|analyses?|d[ée]cryptages?|[ée]ditorial|entretien|reportage|en\s+bref|[àa]\s+la\s+une|derni[èe]re\s+minute|l['’]essentiel\s+de\s+l['’]actu|r[ée]cap(?:itulatif)?|territoires?|vie\s+locale)$/iu

/** A word of a site's navigation bar (`Accueil · L'association · Actualités · Contact`, `Accueil > Actualités`): the bar is never a title (header42). */
export const FRENCH_NAVIGATION_WORD = /^(?:accueil|menu|[àa]\s+propos(?:\s+d(?:e\s+la|u|e\s+l['’]|es)\s*[\p{L}'’-]+)?|trouver\s+une?\s+[\p{L}-]+|qui\s+sommes-nous\s*\??|nous\s+contacter|contact(?:ez-nous)?|rechercher|recherche|connexion|s['’]abonner|adh[ée]rer|faire\s+un\s+don|nos\s+actions|projets|membres|adh[ée]rents|actualit[ée]s|presse|espace\s+presse|[ée]v[ée]nements|agenda|publications|ressources)$/iu

/** A line of a social network's post header under its author's name (`1 254 abonnés`, `2 j • Modifié • 🌐`, `Sponsorisé`): never the title (header42). */
export const FRENCH_SOCIAL_POST_META = /^(?:[\d.,\u00A0\u202F ]+\s?(?:k|M)?\s+(?:abonn[ée]s|relations|membres)|(?:\d{1,2}\s?(?:s|min|h|j|sem\.?|mois|a|an)|[àa]\s+l['’]instant|sponsoris[ée]|modifi[ée])(?:\s*[•·]\s*(?:modifi[ée]|sponsoris[ée]|[\p{Extended_Pictographic}\uFE0F]+))*(?:\s*[•·])?(?:\s*[\p{Extended_Pictographic}\uFE0F]+)?)$/iu

/** A byline: `Par Claire Martin`, `Par Jean-Luc Roux, correspondant` (a stamp after it is `bylineStamp`'s): never the title (header42). */
export const FRENCH_BYLINE = /^(?:(?:[Tt]exte|[Pp]ropos\s+recueillis|[Ee]ntretien\s+r[ée]alis[ée]|[Ii]nterview\s+r[ée]alis[ée]e)\s+)?[Pp]ar\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:de|du|des|d['’]|le|la)\s*)?\p{Lu}[\p{L}\p{M}'’.-]*){1,3}(?:\s*(?:,|\||–|—)\s*[\p{L} ]{2,40})?$/u

/**
 * A sitting's line in a title block (`Séance du lundi 19 janvier 2026 – Périgueux, …`, `Session d'automne – Mirecourt (88), …`,
 * `Réunion plénière du jeudi 5 novembre 2026 – Sélestat, …`): when and where the body sat, never the record's title (header42).
 */
export const FRENCH_SITTING_LINE = /^(?:(?:(?:premi[eè]re|\p{L}+i[èe]me|\d{1,3}e|1re)\s+)?(?:s[ée]ance|session|r[ée]union|assembl[ée]e|sitting)(?:\s+(?:pl[ée]ni[èe]re|ordinaire|extraordinaire|annuelle|g[ée]n[ée]rale|de\s+(?:printemps|travail)|d['’](?:automne|[ée]t[ée]|hiver)))*(?:\s+(?:du|de|des|d['’]|tenue?|le|les))?)(?=[\s,–—-]|$)/iu

/**
 * The heads of French bodies' names that are feminine (`Conférence`, `Commission`, `Fédération`), to join a record's kind to the
 * body's name with the right article (`Relevé de décisions de la Conférence …`, `… du Comité …`, `… de l'Union …`) (header42).
 */
export const FRENCH_FEMININE_HEADS = new Set(['réunion', 'session', 'séance', 'assemblée', 'conférence', 'commission', 'fédération', 'communauté', 'coalition', 'plateforme', 'chambre', 'cellule', 'mission', 'délégation', 'coordination', 'confédération', 'convention', 'direction', 'instance', 'table', 'maison', 'ligue', 'mutuelle', 'société', 'fondation', 'banque', 'caisse', 'haute autorité', 'task force'])
/** The heads of French bodies' names that are plural (`Assises`, `Rencontres`, `États généraux`): joined by `des` (header42). */
export const FRENCH_PLURAL_HEADS = new Set(['assises', 'rencontres', 'journées', 'états', 'entretiens'])


/**
 * A participle of meeting after a body's name and its acronym in brackets, set off by commas (`Le Comité national de gestion des
 * risques en agriculture (CNGRA), réuni le 14 avril …`, `… que la Conférence régionale …, réunie le …`): the name is read back
 * from it to its article (header42). (Tried only where a run of spaces starts, the spaces read once: `\s*(?:…)?\s*,` tried from
 * every space of a run read it again for each split, cubic in its length; review42.)
 */
// (or a relative clause that says it held its meeting: `L'Association … (AVOP), qui tenait samedi son assemblée générale`, `…, qui réunissait ses adhérents`;
// or the session of it, `tenue`: `la septième session de la Commission mixte …, tenue à Kribi`; header43)
export const FRENCH_BODY_MET = /(?<!\s)(?:\s*\([\p{Lu}\d&-]{2,12}\))?\s*,\s*(?:(?:r[ée]uni|rassembl[ée]|assembl[ée]|convoqu[ée]|tenu)e?s?|qui\s+(?:tenait|tient|a\s+tenu|r[ée]unissait|a\s+r[ée]uni|s['’]est\s+r[ée]unie?s?))\s/gu

/** A meeting's own words before the body it is of (`Sommet des villes de nuit du Réseau …`): the occasion, the body after it (header42). */
export const FRENCH_OCCASION_OF_BODY = /^(?:[\p{L}\d'’.&-]+\s+){0,5}(?:[Ss]ommet|[Rr][ée]union|[Ss]ession|[Cc]ongr[èe]s|[Rr]encontres?|[Jj]ourn[ée]es?|[Ss][ée]minaire|[Aa]telier|(?:[Cc]onseil|[Aa]ssembl[ée]e)(?=\s+(?:d['’]automne|de\s+printemps|d['’]hiver|d['’][ée]t[ée]|annuelle|semestrielle)(?!\p{L})))(?:\s+[\p{Ll}'’-]+){0,6}?\s+(?:du|de\s+la|de\s+l['’]|des)\s*(\p{Lu}.+)$/u


/** How a French sentence that leads in to a list without a colon ends (`… et sont convenus de`, `Les membres s'engagent à`, `… ont décidé`): see `LIST_LEAD_IN_END` in `english.ts`. */
export const FRENCH_LIST_LEAD_IN_END = /(?:^|\s)(?:de|d['’]|à|décidé|convenu|arrêté|adopté|retenu|suivantes?)$/iu


/** A legislature's record header (`Compte rendu intégral`, `Journal des débats`, `Débats parlementaires`, `Compte rendu analytique officiel`): which record the page is, never its title (header44). */
export const FRENCH_RECORD_HEADER = /^(?:compte\s+rendu\s+(?:int[ée]gral|analytique)(?:\s+officiel)?|journal\s+des\s+d[ée]bats|d[ée]bats\s+parlementaires|journal\s+officiel\s+des\s+d[ée]bats|(?:[ée]dition|version|compte\s+rendu)\s+(?:r[ée]vis[ée]e?|provisoire|d[ée]finitive?|non\s+r[ée]vis[ée]e?)(?:\s*[—–-]\s*(?:sous\s+r[ée]serve\s+de\s+corrections?|ne\s+pas\s+citer))?)$/iu

/** A legislature's section of the government's statements (`Déclarations ministérielles`, `Déclaration du gouvernement`): what follows is a statement (header44). */
export const FRENCH_STATEMENT_SECTION = /^(?:d[ée]clarations?\s+(?:minist[ée]rielles?|du\s+gouvernement|des\s+ministres|de\s+(?:la|du)\s+ministre))$/iu
