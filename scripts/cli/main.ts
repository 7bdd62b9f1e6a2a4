#!/usr/bin/env -S MALLOC_TRIM_THRESHOLD_=131072 MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=2 --expose-gc
// The installed command, `briefing-pack` (package.json `bin`): build, dev, --version, --help.
// Started with the Node flags of package.json's `build` script (see scripts/node-flags.ts).
import {runMain} from '../errors.js'
import {briefingPackProgram, newOutcome, runCommandLine} from './program.js'

const outcome = newOutcome()
runMain(() => runCommandLine(briefingPackProgram(outcome), outcome, process.argv.slice(2)))
