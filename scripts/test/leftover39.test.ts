import {beforeAll, describe, expect, it} from 'vitest'
import {pointsFrom} from '../../slides/condense.js'
import {loadNlp} from '../structure/nlp.js'
import {FRENCH} from '../structure/french.js'
import {patternFiguresIn} from '../structure/pattern-figures.js'
import {enumeratedLines} from '../structure/enumerations.js'
import {notShownParts, ordinalsRaised} from '../theme/typography.js'

// Reading faults left by earlier helpers, each read by general cause (branch leftover39; every sentence written for the test).

/** The values of the figures of a French sentence. */
const valeurs = (sentence: string) => patternFiguresIn(sentence, FRENCH.figures!, FRENCH.calendar).map((figure) => figure.value)

describe('a French `au plus` after a verb of commitment (`chaque commune s’engage à verser au plus`)', () => {
  it('is the amount promised, a figure', () => {
    expect(valeurs('Chaque coopérative s’engage à verser au plus 40 000 euros au fonds de replantation.')).toEqual(['€40,000'])
    expect(valeurs('Chaque syndicat s\'est engagé à consacrer au maximum 6 000 euros à la signalétique.')).toEqual(['€6,000'])
    expect(valeurs('Chaque mairie a promis de financer au plus 12 000 euros de clôtures.')).toEqual(['€12,000'])
    expect(valeurs('Toutes les communes sont convenues de verser au plus 2 000 euros chacune.')).toEqual(['€2,000'])
  })
  it('stays a per-item ceiling after a verb of permission or receipt', () => {
    expect(valeurs('Chaque verger pourra recevoir au plus 8 000 euros d’aide à la taille.')).toEqual([])
    expect(valeurs('Chaque promeneur pourra emporter au plus 5 kilogrammes de champignons.')).toEqual([])
  })
})

describe('a number, a hyphen and a unit made one word (`1-Year Plan`, `3-Day Course`)', () => {
  const markers = (text: string) => [...enumeratedLines(text.split('\n')).values()].map((item) => item.marker)
  it('is no counter and its dash', () => {
    expect(markers('1-Year Plan for the ferries: the board agreed to renew two hulls.\n2-Year Review of fares: the board will publish one in spring.\n3-Day Course for deckhands: crews will train each May.')).toEqual([])
    expect(markers('1-Point Summary: the chair read one.\n2-Step Check: crews agreed to it.\n3-Member Panel: it will meet in June.')).toEqual([])
  })
  it('still reads a tight dash before a word that is not a unit, and a unit before `of`', () => {
    expect(markers('1-Le conseil a approuvé le plan du port.\n2-Il a réservé des fonds.\n3-Il attend un rapport au printemps.')).toEqual(['1.', '2.', '3.'])
    expect(markers('1-Day of action on ferries was agreed.\n2-Ferry fares stay as they are.\n3-Crews train each May.')).toEqual(['1.', '2.', '3.'])
  })
})

describe('the markup that is not shown text is found in linear time (`notShownParts`)', () => {
  // the pattern it replaces, as the reference of what is markup
  const NOT_SHOWN = /(<style[\s>][\s\S]*?<\/style>|<script[\s>][\s\S]*?<\/script>|<title>[\s\S]*?<\/title>|<!--[\s\S]*?-->|<[^>]*>)/i
  it('cuts a page as the pattern cuts it', () => {
    const pieces = ['<style>', '<STYLE x>', '</style>', '<script>', '</Script>', '<title>', '</title>', '<!--', '-->', '<p lang="fr">', '</p>', '<', '>', '1er ', 'le quai ', '<br/>', '\n']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648)
    for (let n = 0; n < 3000; n++) {
      const html = Array.from({length: next() % 14}, () => pieces[next() % pieces.length]).join('')
      expect(notShownParts(html), html).toEqual(html.split(NOT_SHOWN))
    }
  })
  for (const [name, unit] of [['unclosed style sheets', '<style '], ['unclosed scripts', '<script>'], ['unclosed comments', '<!--'], ['unclosed tags', '<p lang="fr" '], ['unclosed titles', '<title>']]) {
    // the pattern read to the end from every `<`: 40,000 characters of `<style ` took 2 s, 2 MB would take hours
    it(`${name}: 2 MB are cut in seconds, four times the text at most about six times as long`, () => {
      const page = (bytes: number) => `<p>le 1er mai</p>${unit.repeat(Math.floor(bytes / unit.length))}`
      const time = (bytes: number) => {
        const html = page(bytes)
        const start = performance.now()
        expect(notShownParts(html).length).toBeGreaterThan(2)
        return (performance.now() - start) / 1000
      }
      const small = Math.min(time(500_000), time(500_000))
      const large = Math.min(time(2_000_000), time(2_000_000))
      // (a margin for a loaded machine: the square would take over an hour at 2 MB)
      expect(large).toBeLessThan(6 * small + 0.3)
      expect(large).toBeLessThan(5)
      // and the ordinal before it is still raised
      expect(ordinalsRaised(page(2_000_000)).startsWith('<p>le 1<sup class="ordinal">er</sup> mai</p>')).toBe(true)
    })
  }
})

describe('a resolution\'s `To …` item that ends on a participle\'s phrase (`…, starting in October 2026`)', () => {
  beforeAll(() => loadNlp(), 60_000)
  it('is shown whole on its slide, never as the phrase alone', () => {
    expect(pointsFrom('To train forty new pilots at the harbour school, beginning next spring.')).toEqual(['To train forty new pilots at the harbour school, beginning next spring.'])
    expect(pointsFrom('To print the ferry timetables in three languages, starting in March 2027.')).toEqual(['To print the ferry timetables in three languages, starting in March 2027.'])
  })
  it('still drops a purpose before a clause of its own', () => {
    expect(pointsFrom('To cut waiting times, the harbour board will open a second pilot station.')).toEqual(['The harbour board will open a second pilot station.'])
  })
})
