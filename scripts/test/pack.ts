import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {BrowserSession} from '../browser.js'
import {buildPack, type PackResult} from '../pipeline.js'
import {formatMessages} from '../format-messages.js'
import type {ProjectSettings} from '../config/settings.js'

/** Build sources through the real pipeline with one shared browser, as the command line does. */
export class TestBuild {
  readonly outDir = mkdtempSync(path.join(tmpdir(), 'bp-test-'))
  readonly session = new BrowserSession()
  readonly #folders: string[] = [this.outDir]

  /** Build a source file (with the project's settings, if given); fail the test with its messages if it was not built. */
  async file(sourcePath: string, settings?: ProjectSettings): Promise<PackResult & {folder: string}> {
    const result = await buildPack(sourcePath, {outDir: this.outDir, session: this.session, settings})
    if (!result.folder) throw new Error(`not built: ${formatMessages(result.file).join('\n')}`)
    return result as PackResult & {folder: string}
  }

  /** Write `text` as `name` and build it (with the project's settings, if given). */
  async text(name: string, text: string, settings?: ProjectSettings): Promise<PackResult & {folder: string}> {
    const folder = mkdtempSync(path.join(tmpdir(), 'bp-src-'))
    this.#folders.push(folder)
    const file = path.join(folder, name)
    writeFileSync(file, text)
    return this.file(file, settings)
  }

  /** Close the browser and remove every folder the build made. */
  async close(): Promise<void> {
    await this.session.close()
    for (const folder of this.#folders) rmSync(folder, {recursive: true, force: true})
  }
}
