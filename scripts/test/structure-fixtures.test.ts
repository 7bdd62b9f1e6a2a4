import {readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readSource} from '../structure/read-source.js'
import {structureSource} from '../structure/structure-source.js'
import {formatMessages} from '../format-messages.js'
import {markdownWriter} from '../structure/readout-to-markdown.js'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import remarkFrontmatter from 'remark-frontmatter'
import {structureText} from './helpers.js'

// Each folder holds `input.txt` (or `input.md`), the expected `roadmap.md` and the expected
// `messages.txt`. Run with UPDATE=1 to rewrite the expected files on purpose, then read the diff.
const root = path.join(import.meta.dirname, 'fixtures')
const update = process.env.UPDATE === '1'

describe('structure fixtures', () => {
  for (const name of readdirSync(root)) {
    const folder = path.join(root, name)
    const input = ['input.txt', 'input.md'].map((f) => path.join(folder, f)).find((f) => existsSync(f))
    if (!input) continue
    it(name, async () => {
      const file = await readSource(input)
      const result = await structureSource(file)
      const messages = formatMessages(file).map((line) => line.replace(input, path.basename(input))).join('\n') + '\n'
      const markdown = result?.markdown ?? ''
      const expectedMd = path.join(folder, 'roadmap.md')
      const expectedMessages = path.join(folder, 'messages.txt')
      if (update) {
        writeFileSync(expectedMd, markdown)
        writeFileSync(expectedMessages, messages)
      }
      expect(markdown).toBe(readFileSync(expectedMd, 'utf8'))
      expect(messages).toBe(readFileSync(expectedMessages, 'utf8'))
      // roadmap.md reads back as the same text: parse with remark, stringify again.
      const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(markdown)
      expect(markdownWriter().stringify(tree)).toBe(markdown)
      // And accepted as a Markdown source, it gives itself back.
      if (result) {
        const again = await structureText(markdown, 'roadmap.md')
        expect(again.messages.filter((line) => line.includes(' error '))).toEqual([])
        expect(again.result?.markdown).toBe(markdown)
      }
    })
  }
})
