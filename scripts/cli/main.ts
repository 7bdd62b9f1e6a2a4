#!/usr/bin/env node
// The installed command, `briefing-pack` (package.json `bin`): build, dev, --version, --help.
import {runMain} from '../errors.js'
import {briefingPackProgram, newOutcome, runCommandLine} from './program.js'

const outcome = newOutcome()
runMain(() => runCommandLine(briefingPackProgram(outcome), outcome, process.argv.slice(2)))
