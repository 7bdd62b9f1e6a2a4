#!/usr/bin/env node
// `npm run check`: the `check` command of scripts/cli/, run from the bundle scripts/run.mjs makes.
import {runMain} from './errors.js'
import {checkCommand, newOutcome, runCommandLine} from './cli/program.js'

const outcome = newOutcome()
runMain(() => runCommandLine(checkCommand('npm run check --', outcome), outcome, process.argv.slice(2)))
