import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

const good = 'The Coalition’s ministers met in Rome on 2 April 2024.\n“We stand together.” Said everyone.\n'

describe('bad input gets one clear line per problem', () => {
  const errors: Array<[string, string | Uint8Array, RegExp]> = [
    ['empty file', '', /^test\.txt {2}error {2}Unexpected empty file/],
    ['whitespace only', ' \n\t\n  \r\n', /^test\.txt {2}error {2}Unexpected file with only whitespace/],
    ['binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), /^test\.txt:3:1 {2}error {2}Unexpected binary file/],
    ['invalid UTF-8', new Uint8Array([...new TextEncoder().encode('- Title: caf'), 0xe9, 0x0a]), /^test\.txt:1:13 {2}error {2}Unexpected byte `0xE9` that is not UTF-8/],
    ['empty pillar title', good + '- : body text\n', /^test\.txt:3:3 {2}error {2}Unexpected empty pillar title/],
    ['empty pillar body', good + '- Title:   \n', /^test\.txt:3:9 {2}error {2}Unexpected empty body for pillar `Title`/],
    ['duplicate pillar titles', good + '- Growth: one\n* growth: two\n', /^test\.txt:4:3 {2}error {2}Unexpected duplicate pillar title `growth`, expected a title not used on line 3/],
  ]
  for (const [name, input, expected] of errors) {
    it(`${name} is an error and gives no output`, async () => {
      const {result, messages} = await structureText(input)
      expect(result).toBeUndefined()
      expect(messages.filter((line) => line.includes('  error  '))[0]).toMatch(expected)
    })
  }

  it('warns, with a place, when there is no dateline, date or key message', async () => {
    const {result, messages} = await structureText('Some opening words.\n- Title: body\n')
    expect(result).toBeDefined()
    expect(messages).toEqual([
      expect.stringMatching(/^test\.txt:1:1 {2}warning {2}Unexpected readout without a dateline/),
      expect.stringMatching(/^test\.txt:1:1 {2}warning {2}Unexpected readout without a meeting date/),
      expect.stringMatching(/^test\.txt:1:1 {2}warning {2}Unexpected readout without a key message/),
    ])
  })

  it('warns, with a place, when no paragraph decides: its paragraphs of text are the points', async () => {
    const {result, messages} = await structureText(good + 'Just a paragraph.\n')
    expect(result!.readout.pillars.map((pillar) => pillar.body)).toEqual(['Just a paragraph.'])
    expect(messages).toContainEqual(expect.stringMatching(/^test\.txt:3:1 {2}warning {2}Unexpected readout without a decision/))
  })

  it('warns when the dateline has no date', async () => {
    const {messages} = await structureText('The Coalition’s ministers met in Rome last week.\n- Title: body\n')
    expect(messages).toContainEqual(expect.stringMatching(/^test\.txt:1:1 {2}warning {2}Unexpected dateline without a date/))
  })

  it('rejects a Markdown source without a Roadmap section', async () => {
    const {result, messages} = await structureText('# Title\n\n## Outlook\n\nText.\n', 'hand.md')
    expect(result).toBeUndefined()
    expect(messages.join('\n')).toMatch(/hand\.md {2}error {2}Unexpected Markdown source without a `## Roadmap` section/)
  })

  it('rejects an empty pillar body in a Markdown source, with its line', async () => {
    const {result, messages} = await structureText('# Title\n\n## Roadmap\n\n### One\n\n### Two\n\nBody.\n', 'hand.md')
    expect(result).toBeUndefined()
    expect(messages[0]).toMatch(/^hand\.md:5:1 {2}error {2}Unexpected empty body for pillar `One`/)
  })
})

describe('what the text says is read as text', () => {
  it('does not glue lines after a bullet onto it', async () => {
    const {result} = await structureText(`${good}- One: first body.\nA closing paragraph that looks ahead: partners will report in May.\nAnother one: they will meet again.\n`)
    expect(result!.readout.pillars).toEqual([{title: 'One', body: 'first body.'}])
    expect(result!.readout.outlook).toEqual(['A closing paragraph that looks ahead: partners will report in May.', 'Another one: they will meet again.'])
  })

  it('keeps Markdown and HTML in the source as literal characters', async () => {
    const {result} = await structureText(`${good}- *Bold* [a](javascript:alert(1)): <script>alert(1)</script> costs $5 and $6.\n#not a heading\n---\n`)
    const {readout, markdown} = result!
    expect(readout.pillars[0]).toEqual({title: '*Bold* [a](javascript:alert(1))', body: '<script>alert(1)</script> costs $5 and $6.'})
    // A separator line such as `---` is noise and dropped; `#text` stays text (context: it looks back).
    // (Only a heading pasted with its marks, `# Heading`, is read without them: round15-bodies-outlook.test.ts.)
    expect(readout.context).toContain('#not a heading')
    const again = await structureText(markdown, 'roadmap.md')
    expect(again.result!.readout.pillars).toEqual(readout.pillars)
    expect(again.result!.readout.context).toEqual(readout.context)
  })

  it('reads every bullet style as a pillar', async () => {
    const bullets = ['-', '*', '•', '–', '1.', '2)', '(3)', '+', '▪']
    const text = good + bullets.map((b, i) => `${b} Title ${i}: body ${i}`).join('\n')
    const {result} = await structureText(text)
    expect(result!.readout.pillars.map((p) => p.title)).toEqual(bullets.map((_, i) => `Title ${i}`))
  })

  it('gives the same bytes twice', async () => {
    const first = await structureText(good + '- A: b\n')
    const second = await structureText(good + '- A: b\n')
    expect(second.result!.markdown).toBe(first.result!.markdown)
  })
})
