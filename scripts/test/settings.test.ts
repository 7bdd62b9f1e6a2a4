import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {DEFAULT_SETTINGS, loadSettings, OUTPUT_NAMES, packSettings, parseOnly} from '../config/settings.js'
import {BuildError, EXIT} from '../errors.js'
import {structureText} from './helpers.js'

const folder = mkdtempSync(path.join(tmpdir(), 'bp-settings-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** Write a config file and load it; resolve with the settings or the error's line and exit code. */
async function load(text: string): Promise<{settings?: object; line?: string; code?: number}> {
  const file = path.join(folder, 'briefing-pack.yml')
  writeFileSync(file, text)
  try {
    return {settings: await loadSettings({cwd: folder})}
  } catch (error) {
    if (!(error instanceof BuildError)) throw error
    return {line: error.message, code: error.exitCode}
  }
}

const markdown = (frontMatter: string) => `---\ntitle: Rome Plan\n${frontMatter}---\n\n# Rome Plan\n\n## Roadmap\n\n### Schools\n\nMinisters agreed to fund schools.\n`

describe('briefing-pack.yml', () => {
  it('reads every key, with `marking: required` read apart', async () => {
    const {settings} = await load('marking: OFFICIAL-SENSITIVE\nlang: fr\npaper: letter\nslides: "4:3"\noutputs: [slides.html, brief.pdf]\nissued: 2019-06-26\nreference: GC/2019/041\n')
    expect(settings).toEqual({marking: 'OFFICIAL-SENSITIVE', lang: 'fr', paper: 'letter', slides: '4:3', outputs: ['slides.html', 'brief.pdf'], issued: '2019-06-26', reference: 'GC/2019/041'})
    expect((await load('marking: required\n')).settings).toEqual({markingRequired: true})
  })

  it('is optional: no file gives no settings, and the defaults are the seed’s', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'bp-no-config-'))
    try {
      expect(await loadSettings({cwd: empty})).toEqual({})
    } finally {
      rmSync(empty, {recursive: true, force: true})
    }
    expect(DEFAULT_SETTINGS).toEqual({paper: 'a4', slides: '16:9', outputs: [...OUTPUT_NAMES]})
  })

  it.each([
    ['paper: a5\n', /briefing-pack\.yml:1:8: paper: not allowed; allowed: "a4", "letter"$/],
    ['marking: OFFICIAL\ncolour: red\n', /briefing-pack\.yml:2:1: colour: unknown key \(allowed: marking, lang, paper, slides, outputs, issued, reference\)$/],
    ['slides: 16:10\n', /briefing-pack\.yml:1:9: slides: not allowed; allowed: "16:9", "4:3"$/],
    ['outputs: [slides.pdf, brief.odt]\n', /briefing-pack\.yml:1:23: outputs\.1: not allowed; allowed: "slides\.md", .*"brief\.docx"$/],
    ['issued: 26 June 2019\n', /briefing-pack\.yml:1:9: issued: expected a date as YYYY-MM-DD$/],
    ['issued: 2019-02-30\n', /briefing-pack\.yml:1:9: issued: expected a real date as YYYY-MM-DD$/],
    ['marking: ""\n', /briefing-pack\.yml:1:10: marking: expected a marking, not empty$/],
    ['lang: de\n', /briefing-pack\.yml:1:7: lang: not allowed; allowed: "en", "fr"$/],
  ])('refuses %j in one line naming the place, exit 1', async (text, expected) => {
    const {line, code} = await load(text)
    expect(line).toMatch(expected)
    expect(line!.split('\n')).toHaveLength(1)
    expect(code).toBe(EXIT.sourceErrors)
  })

  it('a --config file that does not exist is a usage mistake, exit 2', async () => {
    await expect(loadSettings({config: path.join(folder, 'absent.yml')})).rejects.toMatchObject({exitCode: EXIT.usage, message: expect.stringMatching(/absent\.yml: cannot find the config file named by --config$/)})
  })
})

describe('--only', () => {
  it('reads names separated by commas', () => {
    expect(parseOnly('slides.pdf, brief.pdf,slides.pdf')).toEqual(['slides.pdf', 'brief.pdf'])
  })

  it('refuses an unknown name or an empty list, exit 2', () => {
    expect(() => parseOnly('slides.pdf,brief.odt')).toThrow(/--only: unknown output `brief\.odt` \(allowed: slides\.md, slides\.html, slides\.pdf, slides\.pptx, brief\.html, brief\.pdf, brief\.docx\)$/)
    expect(() => parseOnly(',')).toThrow(BuildError)
    try {
      parseOnly('roadmap.md')
    } catch (error) {
      expect((error as BuildError).exitCode).toBe(EXIT.usage)
    }
  })
})

describe('settings of one pack', () => {
  it('takes the defaults, then the project’s, then the source’s front matter, then --only', async () => {
    const {file} = await structureText(markdown('marking: SECRET\npaper: a4\noutputs: [brief.pdf]\n'), 'rome.md')
    expect(file.messages.filter((m) => m.fatal)).toEqual([])
    const settings = packSettings({marking: 'OFFICIAL', paper: 'letter', slides: '4:3'}, file)
    expect(settings).toEqual({marking: 'SECRET', paper: 'a4', slides: '4:3', outputs: ['brief.pdf']})
    expect(packSettings({only: ['slides.pptx']}, file)?.outputs).toEqual(['slides.pptx'])
  })

  it('names a wrong front matter setting at its line and column in the source', async () => {
    const {messages} = await structureText(markdown('kind: communiqué\npaper: a5\n'), 'rome.md')
    expect(messages).toContainEqual(expect.stringMatching(/^rome\.md:4:8 +error +Unexpected front matter setting `paper`: not allowed; allowed: "a4", "letter" +front-matter-setting$/))
  })

  it('with `marking: required`, refuses a source without its own marking and takes one with it', async () => {
    const plain = await structureText('The Test Alliance’s ministers met in Rome on 2 April 2024.\n- Schools: Ministers agreed to fund schools.\n', 'rome.txt')
    expect(packSettings({markingRequired: true}, plain.file)).toBeUndefined()
    expect(plain.file.messages.find((m) => m.fatal)?.reason).toMatch(/without its own protective marking/)
    const marked = await structureText(markdown('marking: OFFICIAL\n'), 'rome.md')
    expect(packSettings({markingRequired: true}, marked.file)?.marking).toBe('OFFICIAL')
    const required = await structureText(markdown('marking: required\n'), 'rome.md')
    expect(required.messages).toContainEqual(expect.stringMatching(/^rome\.md:3:10 +error +Unexpected `marking: required` in front matter/))
  })
})
