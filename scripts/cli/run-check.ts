import {EXIT} from '../errors.js'
import {formatMessages} from '../format-messages.js'
import {describeReadout} from '../reader/report.js'
import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {loadSettings, packSettings} from '../config/settings.js'

/** What `check` is asked to do. */
export interface CheckOptions {
  sources: string[]
  /** Warnings count as errors. */
  frail?: boolean
  /** Print only problems. */
  quiet?: boolean
  /** `--config FILE`: the project's settings file (default: `briefing-pack.yml` when there is one). */
  config?: string
}

/**
 * Read each source the way the build does, without a browser, and print what was understood and
 * every problem, one line each.
 * @param options the sources and how strict to be
 * @returns the exit code: 0, or 1 when a source has errors (or warnings, with `frail`)
 */
export async function runCheck(options: CheckOptions): Promise<number> {
  let errors = 0
  let warnings = 0
  // A bad config file is one line before any source is read; with `marking: required` each source is checked for its own.
  const settings = await loadSettings({config: options.config})
  for (const source of options.sources) {
    const file = await readSource(source)
    const structured = await structureSource(file)
    if (structured) packSettings(settings, file)
    if (structured && !options.quiet) process.stdout.write(describeReadout(source, structured.readout).join('\n') + '\n')
    const problems = formatMessages(file)
    if (problems.length) process.stdout.write(problems.join('\n') + '\n')
    errors += file.messages.filter((message) => message.fatal).length
    warnings += file.messages.filter((message) => message.fatal === false).length
  }
  const failed = errors > 0 || (options.frail && warnings > 0)
  process.stdout.write(`${options.sources.length} source(s): ${errors} error(s), ${warnings} warning(s)${options.frail && warnings ? ' (--frail: warnings count as errors)' : ''}\n`)
  return failed ? EXIT.sourceErrors : EXIT.ok
}
