/** The outputs' fixed words in French. */
import type {Readout} from '../../structure/readout.js'
import type {Catalogue} from './index.js'
import {formatFrenchFigure, frenchFigureLabel} from '../../structure/french-figures.js'
import {titleNamesItself} from '../vocabulary.js'

const NBSP = '\u00A0'

const NUMBER_WORDS = ['aucun', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze']
const NOUNS = {pillar: ['pilier', 'piliers'], readout: ['compte rendu', 'comptes rendus']} as const

/** `trois piliers`, `un pilier`, `13 piliers`. */
function count(count: number, noun: keyof typeof NOUNS): string {
  return `${NUMBER_WORDS[count] ?? count} ${NOUNS[noun][count === 1 ? 0 : 1]}`
}

/** The article of a plan's name: `La Feuille de route`, `Le Plan d'action`, `L'Agenda`. */
function withArticle(name: string): string {
  if (/^(?:Feuille|D[ée]claration|Strat[ée]gie|Charte|Feuille|Initiative|Convention|Alliance)(?!\p{L})/u.test(name)) return `La ${name}`
  if (/^[AEIOUYÉÈÊÀÂÎÔÛH]/u.test(name)) return `L’${name}`
  return `Le ${name}`
}

/** What a French citation calls each `kind` of document. */
const FRENCH_KIND_NAMES: Readonly<Record<string, string>> = {
  readout: 'Compte rendu',
  communiqué: 'Communiqué',
  'joint statement': 'Déclaration conjointe',
  statement: 'Déclaration',
  "chair's summary": 'Relevé de conclusions',
  'press release': 'Communiqué de presse',
  'media note': 'Note à la presse',
  declaration: 'Déclaration',
}

export const FRENCH_CATALOGUE: Catalogue = {
  lang: 'fr',
  locale: 'fr-FR',
  keyMessage: 'Message clé',
  keyFigures: 'Chiffres clés',
  lookingAhead: 'Perspectives',
  briefing: 'Note d’information',
  atAGlance: 'En bref',
  context: 'Contexte',
  outlook: 'Perspectives',
  nextSteps: 'Prochaines étapes',
  page: 'Page ',
  of: ' sur ',
  policyBrief: 'Note d’information',
  issued: 'Publié le',
  reference: 'Référence',
  deckKeyword: 'note d’information',
  figure: 'Chiffre',
  whatItCounts: 'Ce qu’il mesure',
  whereItComesFrom: 'D’où il vient',
  source: 'Source',
  online: 'En ligne',
  quotes: [`«${NBSP}`, `${NBSP}»`],
  count,
  roadmapHeading: (roadmap) => (roadmap ? withArticle(roadmap) : 'La feuille de route'),
  pillarsHeading: (readout: Pick<Readout, 'roadmap' | 'pillars'>) => `${readout.roadmap ? withArticle(readout.roadmap) : 'La feuille de route'} en ${count(readout.pillars.length, 'pillar')}`,
  citation: (readout: Pick<Readout, 'dates' | 'place' | 'title' | 'kind'>) => {
    const kind = readout.kind && Object.hasOwn(FRENCH_KIND_NAMES, readout.kind) ? FRENCH_KIND_NAMES[readout.kind] : FRENCH_KIND_NAMES.readout
    const where = readout.place === 'Online' ? ', tenue en ligne' : readout.place ? `, ${readout.place}` : ''
    if (!readout.dates) return titleNamesItself(readout.title, Object.values(FRENCH_KIND_NAMES), /(?<!\p{L})réunion(?!\p{L})/iu) ? `${readout.title}${where}` : `${kind} de la réunion\u00a0: ${readout.title}${where}`
    return `${kind} de la réunion ${readout.dates.start === readout.dates.end ? 'du' : 'des'} ${readout.dates.display}${where}`
  },
  since: 'depuis',
  formatFigure: formatFrenchFigure,
  figureLabel: frenchFigureLabel,
  nextStep: /(?<!\p{L})(?:se\s+retrouveront|se\s+r[ée]uniront|se\s+reverront|prochaine\s+(?:r[ée]union|session|conf[ée]rence|rencontre)|prochain\s+(?:conseil|sommet|forum)|pr[ée]senter(?:a|ont)\s+(?:un|le|son|leur)\s+(?:premier\s+)?rapport|feront\s+le\s+(?:point|bilan)|rendront\s+compte|(?:sera|seront)\s+publi[ée]s?)(?!\p{L})/iu,
  pointsBack: /(?<!\p{L})(?:y\s+(?:pr[ée]sentera|pr[ée]senteront|sera|seront|rendra|rendront|fera|feront|adoptera|adopteront|examinera|examineront)|[àa]\s+cette\s+occasion|lors\s+de\s+cette\s+(?:r[ée]union|session|rencontre)|d'ici\s+l[àa])(?!\p{L})|^(?:Là|Ensuite)(?!\p{L})|^La(?=\s*,)/iu,
  chairRole: /^(?:la\s+|le\s+)?(?:président|présidente)$/iu,
  chairedBy: /(?:(?<!\p{L})sous\s+la\s+présidence\s+de|(?<!\p{L})présidée?\s+par)\s+(?<name>(?:(?:M\.|Mme|Mlle|Dr|Pr|Me)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|du|des|d['’]|le|la)\s*)?\p{Lu}[\p{L}'’-]+){1,3})(?=\s*[,.;(]|$)/u,
  site: {
    title: 'Dossiers d’information',
    allPacks: 'Tous les dossiers',
    skip: 'Aller au contenu',
    footer: 'Fonctionne hors ligne : ouvrez cette page depuis le disque, ou copiez le dossier sur un serveur web.',
    empty: 'Aucun compte rendu n’a encore été construit : placez un compte rendu <code>.txt</code> dans <code>source/</code> et lancez <code>npm run build</code>.',
    listed: (n) => `${n} ${n === 1 ? 'compte rendu' : 'comptes rendus'}, de la réunion la plus récente à la plus ancienne`,
    filesOf: (title) => `Fichiers : ${title}`,
    present: 'Présenter le diaporama',
    brief: 'Note',
    slides: 'Diapositives',
    readBrief: 'Lire la note',
    structured: 'Texte structuré',
    webPage: 'page web',
    previews: 'Aperçus',
    titleSlideOf: (title) => `Diapositive de titre : ${title}`,
    notUpdated: 'Non mis à jour',
    staleText: 'La dernière construction de sa source a échoué\u00A0: voici la dernière version valide.',
    undated: 'Sans date',
    subscribe: 'S’abonner (flux Atom)',
    feedStale: 'la dernière construction de sa source a échoué\u00A0; voici la dernière version valide.',
    feedDescription: 'Comptes rendus de réunions, chacun avec son diaporama et sa note prête à imprimer',
    filterLabel: 'Filtrer les comptes rendus',
    filterHint: 'Des mots du titre, du lieu, de la date ou d’un pilier',
    filterOf: ' sur ',
    filterOne: ' compte rendu affiché',
    filterMany: ' comptes rendus affichés',
    filterShown: '',
    pageOneOf: (title) => `Page 1 de la note : ${title}`,
  },
}
