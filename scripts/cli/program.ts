import {Command, CommanderError} from 'commander'
import {BuildError, EXIT} from '../errors.js'
import {readProjectFile} from '../project-root.js'
import {namesFoldersOnly, sourcesFromArguments} from './find-sources.js'
import {readShard} from './shard.js'
import {folderOption, portOption} from './options.js'

/** Where a command's action leaves its exit code (commander drops what an action returns). */
interface Outcome {
  code: number
}

/** The command's own version, from briefing-pack's package.json. */
function version(): string {
  return (JSON.parse(readProjectFile('package.json')) as {version: string}).version
}

/**
 * Help on stdout; errors are not printed by commander but thrown, to become one line and exit 2.
 * @param command a command of the program
 * @returns the same command
 */
function quietOnErrors(command: Command): Command {
  return command
    .exitOverride()
    .configureOutput({writeErr: () => undefined, outputError: () => undefined})
    .helpOption('-h, --help', 'show this help')
}

/**
 * The `build` command: build a pack from each source, and the site index.
 * @param name how the command is called in its usage line (`build`, or `npm run build --`)
 * @param outcome receives the exit code
 * @returns the command
 */
export function buildCommand(name: string, outcome: Outcome): Command {
  return quietOnErrors(new Command(name))
    .summary('build a pack per readout and the site index')
    .description('Build a briefing pack (structured Markdown, slides, brief) from each plain-text readout.')
    .argument('[source...]', '.txt or .md files to build, or folders of them (default: every .txt and .md in source/)')
    .option('-o, --out <dir>', 'output folder (default: dist); each source goes to DIR/<name>/', folderOption)
    .option('-q, --quiet', 'print only problems')
    .option('--clean', 'first remove every pack and site file briefing-pack wrote in the output folder')
    .option('--shard <i/n>', 'build only share i of n of the sources (by a hash of each name) and write no site index; then run `site`')
    .option('--config <file>', 'settings file (default: briefing-pack.yml when there is one)')
    .option('--only <outputs>', 'build only these outputs, e.g. slides.pdf,brief.pdf')
    .option('--brand <file>', 'the brand (logo, colours, fonts) in brand.yml format (default: _brand.yml when there is one)')
    .option('-f, --force', 'build every pack, also those up to date (made from the same source, configuration, theme and version)')
    .addHelpText('after', '\nWhen the sources are whole folders (or none are named), packs whose source is\ngone are removed from the output folder; naming files one by one never removes\na pack.')
    .action(async (args: string[], options: {out?: string; quiet?: boolean; clean?: boolean; shard?: string; config?: string; only?: string; brand?: string; force?: boolean}) => {
      const shard = readShard(options.shard)
      const sources = await sourcesFromArguments(args)
      const wholeFolders = await namesFoldersOnly(args)
      const {runBuild} = await import('./run-build.js')
      outcome.code = await runBuild({sources, outDir: options.out ?? 'dist', quiet: options.quiet, clean: options.clean, shard, wholeFolders, config: options.config, only: options.only, brand: options.brand, force: options.force})
    })
}

/**
 * The `dev` command: watch mode with a local server and live reload.
 * @param name how the command is called in its usage line (`dev`, or `npm run dev --`)
 * @param outcome receives the exit code
 * @param restartOnCodeChange whether a changed TypeScript file ends the run for `scripts/run.mjs` to start it again
 * @returns the command
 */
export function devCommand(name: string, outcome: Outcome, restartOnCodeChange: boolean): Command {
  return quietOnErrors(new Command(name))
    .summary('watch mode: live-reload server, rebuild on save')
    .description(
      'Build every source in source/, serve the output folder on localhost with live reload, and rebuild ' +
        'what changed on every save: a source rebuilds its own pack, a CSS file of slides/ or brief/ ' +
        'rebuilds all' +
        (restartOnCodeChange ? ', a TypeScript file restarts watch mode' : '') +
        '. One Chromium stays warm throughout.',
    )
    .option('--source <dir>', 'folder of the sources (default: source)', folderOption)
    .option('-o, --out <dir>', 'output folder (default: dist)', folderOption)
    .option('--port <n>', 'first port to try (default: 8040)', portOption)
    .option('--host <address>', 'address to listen on (default: 127.0.0.1); 0.0.0.0 lets anyone on your network read the output folder')
    .option('-q, --quiet', 'print only problems')
    .option('--config <file>', 'settings file (default: briefing-pack.yml when there is one)')
    .option('--brand <file>', 'the brand (logo, colours, fonts) in brand.yml format (default: _brand.yml when there is one)')
    .action(async (options: {source?: string; out?: string; port?: number; host?: string; quiet?: boolean; config?: string; brand?: string}) => {
      const {runDev} = await import('./run-dev.js')
      const {readHost} = await import('../dev/server.js')
      const port = options.port ?? 8040
      const host = readHost(options.host)
      outcome.code = await runDev({sourceDir: options.source, outDir: options.out, port, host, quiet: options.quiet, restartOnCodeChange, config: options.config, brand: options.brand})
    })
}

/**
 * The `site` command: write the site index and feed from the packs already in a folder (after
 * sharded builds were gathered into it).
 * @param name how the command is called in its usage line (`site`, or `npm run site --`)
 * @param outcome receives the exit code
 * @returns the command
 */
export function siteCommand(name: string, outcome: Outcome): Command {
  return quietOnErrors(new Command(name))
    .summary('write the site index and feed from the packs in a folder')
    .description(
      'Write index.html, feed.xml and assets/site.css from the pack.json of every pack in the output folder, ' +
        'without a browser: the last step after `build --shard i/n` on several machines.',
    )
    .option('-o, --out <dir>', 'the folder holding the packs (default: dist)', folderOption)
    .option('-q, --quiet', 'print only problems')
    .option('--brand <file>', 'the brand (logo, colours, fonts) in brand.yml format (default: _brand.yml when there is one)')
    .action(async (options: {out?: string; quiet?: boolean; brand?: string}) => {
      const {runSite} = await import('./run-site.js')
      outcome.code = await runSite({outDir: options.out ?? 'dist', quiet: options.quiet, brand: options.brand})
    })
}

/**
 * The `check` command: read sources without a browser and print what was understood.
 * @param name how the command is called in its usage line (`check`, or `npm run check --`)
 * @param outcome receives the exit code
 * @returns the command
 */
export function checkCommand(name: string, outcome: Outcome): Command {
  return quietOnErrors(new Command(name))
    .summary('read sources without a browser and print what was understood')
    .description(
      'Read each source the way the build does, without a browser, and print what was understood (title, ' +
        'kind, date, place, each point\'s title, the figures) and every problem, one line each. ' +
        'Exit codes: 0 no error, 1 a source has errors (or warnings, with --frail), 2 usage.',
    )
    .argument('[source...]', '.txt or .md files to check, or folders of them (default: every .txt and .md in source/)')
    .option('--frail', 'treat warnings as errors (exit 1 when there is any)')
    .option('-q, --quiet', 'print only problems')
    .option('--config <file>', 'settings file (default: briefing-pack.yml when there is one)')
    .action(async (args: string[], options: {frail?: boolean; quiet?: boolean; config?: string}) => {
      const sources = await sourcesFromArguments(args)
      const {runCheck} = await import('./run-check.js')
      outcome.code = await runCheck({sources, frail: options.frail, quiet: options.quiet, config: options.config})
    })
}

/**
 * The installed command, `briefing-pack`, with its subcommands.
 * @param outcome receives the exit code
 * @returns the program
 */
export function briefingPackProgram(outcome: Outcome): Command {
  const program = quietOnErrors(new Command('briefing-pack'))
    .description('Turn a plain-text meeting readout into a structured summary, a presentation deck, a print-ready brief and a small static site.')
    .version(version(), '-v, --version', 'print the version')
    .helpCommand('help [command]', 'show the help of a command')
  program.addCommand(buildCommand('build', outcome))
  program.addCommand(devCommand('dev', outcome, false))
  program.addCommand(checkCommand('check', outcome))
  program.addCommand(siteCommand('site', outcome))
  return program
}

/**
 * Run a command line: parse `argv` with `command` and run its action.
 * @param command the program or a single command
 * @param outcome where the action leaves its exit code
 * @param argv the arguments, without node and the script
 * @returns the exit code; a usage mistake throws a BuildError with the usage code (one line)
 */
export async function runCommandLine(command: Command, outcome: Outcome, argv: string[]): Promise<number> {
  try {
    await command.parseAsync(argv, {from: 'user'})
    return outcome.code
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error
    // --help, --version and `help` have printed what was asked.
    if (error.exitCode === 0) return EXIT.ok
    // No command at all: commander would print the whole help as an error.
    if (error.code === 'commander.help') throw new BuildError(`expected a command: ${command.commands.map((c) => c.name()).join(', ')} (see --help)`, EXIT.usage)
    const line = error.message.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ')
    throw new BuildError(`${line} (see --help)`, EXIT.usage)
  }
}

/** A fresh place for an action's exit code. */
export function newOutcome(): Outcome {
  return {code: EXIT.ok}
}
