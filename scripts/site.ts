#!/usr/bin/env node
// `npm run site`: the `site` command of scripts/cli/, run from the bundle scripts/run.mjs makes.
import {runMain} from './errors.js'
import {newOutcome, runCommandLine, siteCommand} from './cli/program.js'

const outcome = newOutcome()
runMain(() => runCommandLine(siteCommand('npm run site --', outcome), outcome, process.argv.slice(2)))
