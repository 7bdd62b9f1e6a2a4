import {execFile} from 'node:child_process'
import path from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '../..')

/** Run the real command line, as `npm run build` does (or another copy's runner); resolve with its exit code and output. */
export async function cli(args: string[], cwd = root, env: NodeJS.ProcessEnv = {}, runner = path.join(root, 'scripts/run.mjs')): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run(process.execPath, [runner, 'build', ...args], {cwd, env: {...process.env, NO_COLOR: '1', ...env}})
    return {code: 0, stdout, stderr}
  } catch (error) {
    const e = error as {code: number; stdout: string; stderr: string}
    return {code: e.code, stdout: e.stdout, stderr: e.stderr}
  }
}

