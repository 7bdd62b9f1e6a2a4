#!/usr/bin/env node
import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {BuildError, EXIT, runMain} from './errors.js'
import {formatMessages} from './format-messages.js'
import {describeReadout} from './reader/report.js'
import {readSource} from './structure/read-source.js'
import {structureSource} from './structure/structure-source.js'

const HELP = `Usage: npm run check -- [source ...] [--frail] [--quiet]

Read each source the way the build does, without a browser, and print what was understood (title,
kind, date, place, each point's title, the figures) and every problem, one line each.

  source     .txt or .md files to check (default: every .txt and .md in source/)
  --frail    treat warnings as errors (exit 1 when there is any)
  --quiet    print only problems
  --help     show this help

Exit codes: 0 no error, 1 a source has errors (or warnings, with --frail), 2 usage.
`

/** Read the command line; usage mistakes become a BuildError with the usage exit code. */
function readArguments(argv: string[]) {
  try {
    const {values, positionals} = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {frail: {type: 'boolean'}, quiet: {type: 'boolean', short: 'q'}, help: {type: 'boolean', short: 'h'}},
    })
    return {sources: positionals, frail: Boolean(values.frail), quiet: Boolean(values.quiet), help: Boolean(values.help)}
  } catch (error) {
    throw new BuildError(`${(error as Error).message.split('\n')[0]} (see --help)`, EXIT.usage)
  }
}

/** Every `.txt` and `.md` file of a folder, sorted by name. */
async function sourcesIn(folder: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    throw new BuildError(`${folder}/: cannot find the source folder; name a file to check or create ${folder}/`, EXIT.usage)
  }
  const sources = names.filter((name) => /\.(txt|md)$/i.test(name) && !name.startsWith('.')).sort()
  if (sources.length === 0) throw new BuildError(`${folder}/: no .txt or .md source to check`, EXIT.usage)
  return sources.map((name) => path.join(folder, name))
}

async function main(argv: string[]): Promise<number> {
  const args = readArguments(argv)
  if (args.help) {
    process.stdout.write(HELP)
    return EXIT.ok
  }
  const sources = args.sources.length ? args.sources : await sourcesIn('source')
  let errors = 0
  let warnings = 0
  for (const source of sources) {
    const file = await readSource(source)
    const structured = await structureSource(file)
    if (structured && !args.quiet) process.stdout.write(describeReadout(source, structured.readout).join('\n') + '\n')
    const problems = formatMessages(file)
    if (problems.length) process.stdout.write(problems.join('\n') + '\n')
    errors += file.messages.filter((message) => message.fatal).length
    warnings += file.messages.filter((message) => message.fatal === false).length
  }
  const failed = errors > 0 || (args.frail && warnings > 0)
  process.stdout.write(`${sources.length} source(s): ${errors} error(s), ${warnings} warning(s)${args.frail && warnings ? ' (--frail: warnings count as errors)' : ''}\n`)
  return failed ? EXIT.sourceErrors : EXIT.ok
}

runMain(() => main(process.argv.slice(2)))
