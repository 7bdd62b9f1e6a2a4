#!/usr/bin/env node
// `npm run dev`: the `dev` command of scripts/cli/, run by scripts/run.mjs, which starts it again
// when it exits with RESTART (our own TypeScript changed).
import {runMain} from './errors.js'
import {devCommand, newOutcome, runCommandLine} from './cli/program.js'

const outcome = newOutcome()
runMain(() => runCommandLine(devCommand('npm run dev --', outcome, true), outcome, process.argv.slice(2)))
