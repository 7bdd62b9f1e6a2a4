#!/usr/bin/env node
import path from 'node:path'
import {parseArgs} from 'node:util'
import {BuildError, EXIT, runMain} from './errors.js'
import {PROJECT_ROOT} from './project-root.js'
import {evaluate, findCases, formatEvaluation} from './reader/evaluate.js'

const HELP = `Usage: npm run eval [-- --quiet] [-- --only-prefix PREFIX]

Read every case of the reading corpus (scripts/test/corpus/<case>/input.txt) and every fixture
that has an expected.yml with the real structure stage, and print the exact-match rate per field
(all cases, tuning cases, held-out cases apart), then every miss.

  --quiet               print the rates only, not the misses
  --only-prefix PREFIX  read only the cases whose folder name starts with PREFIX
                        (e.g. heldout- for the held-out set alone)
  --help                show this help
`

async function main(argv = process.argv.slice(2)): Promise<number> {
  let values
  try {
    values = parseArgs({args: argv, options: {quiet: {type: 'boolean', short: 'q'}, 'only-prefix': {type: 'string'}, help: {type: 'boolean', short: 'h'}}}).values
  } catch (error) {
    throw new BuildError(`${(error as Error).message.split('\n')[0]} (see --help)`, EXIT.usage)
  }
  if (values.help) {
    process.stdout.write(HELP)
    return EXIT.ok
  }
  const root = PROJECT_ROOT
  const prefix = values['only-prefix'] ?? ''
  const cases = findCases([path.join(root, 'scripts/test/corpus'), path.join(root, 'scripts/test/fixtures')]).filter((item) => item.name.startsWith(prefix))
  if (cases.length === 0) throw new BuildError(`scripts/test/corpus/: no case with input.txt and expected.yml${prefix ? ` whose name starts with \`${prefix}\`` : ''}`, EXIT.usage)
  const report = formatEvaluation(await evaluate(cases))
  process.stdout.write(values.quiet ? report.split(/\n\n\d+ misses:\n/)[0] + '\n' : report)
  return EXIT.ok
}

runMain(() => main())
