#!/usr/bin/env node
import path from 'node:path'
import {parseArgs} from 'node:util'
import {BuildError, EXIT, runMain} from './errors.js'
import {PROJECT_ROOT} from './project-root.js'
import {evaluate, findCases, formatEvaluation, type Case} from './reader/evaluate.js'
import {brokenLabelsIn, formatBrokenLabels} from './reader/broken-labels.js'
import {weakTitlesIn, formatWeakTitles} from './reader/weak-titles.js'
import {weakLabelsIn, formatWeakLabels} from './reader/weak-labels.js'
import {fragmentLabelsIn, formatFragmentLabels} from './reader/fragment-labels.js'
import {slidePointsIn, formatSlidePoints} from './reader/slide-points.js'
import {diagnoseLabels, formatDiagnosis} from './reader/label-diagnosis.js'
import {diagnoseTitles, formatTitleDiagnosis} from './reader/title-diagnosis.js'
import {formatInvariance, measureInvariance} from './reader/invariance.js'
import {MARKER_VARIANTS} from './reader/marker-variants.js'
import {FURNITURE_VARIANTS} from './reader/furniture-variants.js'
import {formatReshape, measureReshape} from './reader/reshape.js'
import {formatHeaderReshape, measureHeaderReshape} from './reader/reshape-header.js'

const HELP = `Usage: npm run eval [-- --quiet] [-- --only-prefix PREFIX] [-- --rounds N,M | --except-rounds N,M | --pending] [-- --labels-diagnosis | --invariance | --markers | --furniture | --reshape | --reshape-header]

Read every case of the reading corpus (scripts/test/corpus/<case>/input.txt) and every fixture
that has an expected.yml with the real structure stage, and print the exact-match rate per field
(all cases, tuning cases, held-out cases apart), then every miss.

  --quiet               print the rates only, not the misses
  --only-prefix PREFIX  read only the cases whose folder name starts with PREFIX
                        (e.g. heldout- for the held-out set alone)
  --rounds N,M          read only the held-out cases of these rounds (heldout-…-N)
  --pending             read instead the cases written but not yet in the corpus
                        (scripts/test/corpus-pending/, see its README.md)
  --except-rounds N,M   leave out the held-out cases of these rounds (to keep
                        a round unseen while the reader is worked on)
  --labels-diagnosis    instead, for each figure read with the right value, whether an
                        accepted label was among its candidate labels (a miss of choice) or
                        not (a miss of generation), and the kind of each miss (cut to the
                        head, extra words, comparison lost, …); --quiet prints the counts only
  --broken-labels       instead, every label the reader makes that would show broken
                        (ending on a function word, a wrong participle, "than" without
                        a comparative, a word twice, …); --quiet prints the count only
  --weak-titles         instead, every point title the reader makes that is weak (one
                        word that names nothing, a quantifier or a quantity at its head,
                        a verb and a bare object, a French article first, an article
                        dropped; scripts/structure/weak-title.ts), then every one that
                        is broken, counted by kind: a verb first ("Former", "Train 400
                        inspectors"), an open end ("Femmes adultes titulaires"), one word
                        ("Argent"), the stray word of a cut first ("Ici 2030");
                        scripts/structure/title-fault.ts); --quiet the counts only
  --weak-labels         instead, every figure label the reader makes that is weak: one
                        noun once its time and comparison are set aside ("countries",
                        "of doses", "budget") while its sentence says more of it (what it
                        is for, a participle or relative after it, the verb whose object
                        or place it is; scripts/structure/weak-label.ts); --quiet its count only
  --fragment-labels     instead, every figure label the reader makes that is a fragment,
                        by kind: a pronoun or conjunction first ("ils", "que la valeur …"),
                        no noun ("d'ici", "en moyenne", "by 2032"), a unit or an infinitive
                        alone ("kilogrammes", "to build"), a percentage labelled without the
                        whole its sentence gives a share of; scripts/structure/fragment-label.ts;
                        --quiet its counts only
  --slide-points        instead, every point the decks show on their pillar and closing
                        slides that breaks a rule of a slide point (over 16 words, an ellipsis,
                        a phrase opener first, no verb, no subject, a dangling end or a
                        cut complement, fewer than two or more than four, the title or
                        another point again); --quiet the counts per rule only
  --titles-diagnosis    instead, for each point title the English scorer made, whether an
                        accepted wording was among its candidates (a miss of choice) or not
                        (a miss of generation), exact and by overlap; --quiet prints the
                        counts only
  --invariance          instead, read every case as it is and again through each change of
                        layout that leaves its content alone (CRLF line endings, trailing
                        spaces, an indent before a paragraph, non-breaking spaces, curly or
                        straight quotes, another bullet glyph or numbering style, a tab after
                        a list's marker, blank lines added or taken out between paragraphs,
                        list items or under a heading; scripts/reader/paste-variants.ts), and
                        print per change and per field how many cases kept the reader's own
                        result (not expected.yml's), then every case that changed; --quiet
                        the table only. Use it on the development set: --except-rounds 4,5,19
  --markers             as --invariance, through other ways of numbering paragraphs
                        (1. as Para 1., Item 1:, Point 1 –, 1°, (A), First: …;
                        scripts/reader/marker-variants.ts)
  --furniture           as --invariance, through what a published text wraps around the same
                        content: the meeting's date written another way (June 3, 2025,
                        Tuesday, 3 June 2025, 03.06.2025, 3 and 4 June, du 3 au 4 juin …),
                        furniture added (a masthead, For immediate release, Page 1 of 2,
                        ENDS, a media contact, About the …, Share this page, UNCLASSIFIED,
                        To:/Cc:), the header rearranged (title and dateline swapped, a
                        Subject: line, an e-mail's greeting and sign-off) and sections read
                        the same (numbered paragraphs as • items, Outcomes over the list,
                        Background over the context); scripts/reader/furniture-variants.ts
  --reshape             instead, read every case whose points are whole paragraphs or items
                        as it is and again with its points (expected.yml's bodies) written in
                        each shape a readout uses: - Title: body bullets, 1. paragraphs,
                        • bullets, a heading over each body, plain paragraphs, First, …
                        Finally, openers, items under a lead-in, a | # | Commitment | table
                        (header, context and outlook left as they are), and print per shape
                        how many readings kept each field as expected.yml has it (titles
                        only where the shape gives them), then each field lost; --quiet the
                        table only (scripts/reader/reshape.ts). Use --except-rounds 4,5
  --reshape-header      instead, read every case as it is and again with its header lines
                        taken off and its expected header (title, kind, organisation, place,
                        dates) written in each shape a published text uses: a Place, date
                        line, a PLACE, date — dateline, a letterhead block, Date:/Venue:
                        lines, a meeting sentence, a byline with the meeting's weekday, a
                        subtitle line (French forms in French cases); print per shape how many
                        readings kept each header field, then each field lost; --quiet the
                        table only (scripts/reader/reshape-header.ts)
  --help                show this help
`

/** The options that print something else than the rates, in the order one wins over another: each reads the cases and gives its count, and its list when verbose (not `--quiet`). */
const LISTS: Record<string, (cases: Case[], verbose: boolean) => Promise<string>> = {
  'labels-diagnosis': async (cases, verbose) => formatDiagnosis(await diagnoseLabels(cases), verbose),
  'broken-labels': async (cases, verbose) => formatBrokenLabels(await brokenLabelsIn(cases), verbose),
  'weak-titles': async (cases, verbose) => formatWeakTitles(await weakTitlesIn(cases), verbose),
  'weak-labels': async (cases, verbose) => formatWeakLabels(await weakLabelsIn(cases), verbose),
  'fragment-labels': async (cases, verbose) => formatFragmentLabels(await fragmentLabelsIn(cases), verbose),
  'slide-points': async (cases, verbose) => formatSlidePoints(await slidePointsIn(cases), verbose),
  'titles-diagnosis': async (cases, verbose) => formatTitleDiagnosis(await diagnoseTitles(cases), verbose),
  invariance: async (cases, verbose) => formatInvariance(await measureInvariance(cases), verbose),
  markers: async (cases, verbose) => formatInvariance(await measureInvariance(cases, MARKER_VARIANTS), verbose),
  furniture: async (cases, verbose) => formatInvariance(await measureInvariance(cases, FURNITURE_VARIANTS), verbose),
  reshape: async (cases, verbose) => formatReshape(await measureReshape(cases), verbose),
  'reshape-header': async (cases, verbose) => formatHeaderReshape(await measureHeaderReshape(cases), verbose),
}

async function main(argv = process.argv.slice(2)): Promise<number> {
  let values
  try {
    values = parseArgs({args: argv, options: {quiet: {type: 'boolean', short: 'q'}, 'only-prefix': {type: 'string'}, rounds: {type: 'string'}, 'except-rounds': {type: 'string'}, 'labels-diagnosis': {type: 'boolean'}, 'titles-diagnosis': {type: 'boolean'}, 'broken-labels': {type: 'boolean'}, 'weak-titles': {type: 'boolean'}, 'weak-labels': {type: 'boolean'}, 'fragment-labels': {type: 'boolean'}, 'slide-points': {type: 'boolean'}, invariance: {type: 'boolean'}, markers: {type: 'boolean'}, reshape: {type: 'boolean'}, 'reshape-header': {type: 'boolean'}, furniture: {type: 'boolean'}, pending: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}}}).values
  } catch (error) {
    throw new BuildError(`${(error as Error).message.split('\n')[0]} (see --help)`, EXIT.usage)
  }
  if (values.help) {
    process.stdout.write(HELP)
    return EXIT.ok
  }
  const root = PROJECT_ROOT
  const prefix = values['only-prefix'] ?? ''
  const only = roundList(values.rounds, '--rounds')
  const except = roundList(values['except-rounds'], '--except-rounds')
  const folders = values.pending ? [path.join(root, 'scripts/test/corpus-pending')] : [path.join(root, 'scripts/test/corpus'), path.join(root, 'scripts/test/fixtures')]
  const cases = findCases(folders)
    .filter((item) => item.name.startsWith(prefix))
    .filter((item) => only === undefined || (heldOutRound(item.name) !== undefined && only.has(heldOutRound(item.name)!)))
    .filter((item) => except === undefined || !except.has(heldOutRound(item.name) ?? ''))
  if (cases.length === 0) throw new BuildError(`scripts/test/corpus/: no case with input.txt and expected.yml${prefix ? ` whose name starts with \`${prefix}\`` : ''}${only ? ` in held-out round ${[...only].join(', ')}` : ''}`, EXIT.usage)
  const list = Object.keys(LISTS).find((option) => (values as Record<string, unknown>)[option])
  if (list) {
    process.stdout.write(await LISTS[list](cases, !values.quiet))
    return EXIT.ok
  }
  const report = formatEvaluation(await evaluate(cases))
  process.stdout.write(values.quiet ? report.split(/\n\n\d+ misses:\n/)[0] + '\n' : report)
  return EXIT.ok
}

/** The round of a held-out case (`heldout-water-numbered-5` → `5`), or undefined for a tuning case. */
function heldOutRound(name: string): string | undefined {
  return /^heldout-.*-(\d+)$/.exec(name)?.[1]
}

/** A comma-separated list of round numbers, or undefined when the option is not given. */
function roundList(value: string | undefined, option: string): Set<string> | undefined {
  if (value === undefined) return undefined
  const rounds = value.split(',').map((part) => part.trim())
  if (rounds.some((round) => !/^\d+$/.test(round))) throw new BuildError(`${option}: expected round numbers separated by commas, e.g. 4,5 (got \`${value}\`)`, EXIT.usage)
  return new Set(rounds)
}

runMain(() => main())
