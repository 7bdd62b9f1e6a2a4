#!/usr/bin/env node
// `npm run build`: the `build` command of scripts/cli/, run from the bundle scripts/run.mjs makes.
import {runMain} from './errors.js'
import {buildCommand, newOutcome, runCommandLine} from './cli/program.js'

const outcome = newOutcome()
runMain(() => runCommandLine(buildCommand('npm run build --', outcome), outcome, process.argv.slice(2)))
