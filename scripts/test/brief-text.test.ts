import {describe, expect, it} from 'vitest'
import JSZip from 'jszip'
import {makeDocx} from '../../brief/make-docx.js'
import {renderBriefHtml} from '../../brief/template.js'
import {withoutQuote} from '../theme/vocabulary.js'
import {makeSlides} from '../../slides/make-slides.js'
import type {Readout} from '../structure/readout.js'
import {structureText} from './helpers.js'

/** A communiqué written for this test: the key message cut by its attribution, a list lead-in, an outlook that points back. */
const COMMUNIQUE = `Joint Communiqué of the Alpine Rail Ministers
Innsbruck, 12–13 May 2025
The Alpine Rail Forum's transport ministers met in Innsbruck on 12–13 May 2025.
“Freight belongs on the rails,” the Chair said after the talks.
Partners agreed on the following steps:
- Shift freight to rail: Members will move 30% of transalpine freight to rail by 2030.
- Common timetables: Operators will publish one timetable for every cross-border line by 2026.
Ministers will meet again in Trento in May 2026. There, the secretariat will present its first progress report.
`

/** The same shapes in French, with « guillemets » and a colon, written for this test. */
const COMMUNIQUE_FR = `Communiqué conjoint des ministres du rail alpin
Innsbruck, 12 et 13 mai 2025
Les ministres des Transports du Forum ferroviaire alpin se sont réunis à Innsbruck les 12 et 13 mai 2025.
« Le fret doit passer par le rail », a déclaré la présidente.
Les partenaires sont convenus des mesures suivantes :
- Transfert modal : Les membres lanceront le programme « Rail 2030 » et transféreront 30 % du fret transalpin vers le rail d'ici 2030.
- Horaires communs : Les opérateurs publieront un horaire unique pour chaque ligne transfrontalière d'ici 2026.
Les ministres se réuniront de nouveau à Trente en mai 2026. Le secrétariat y présentera son premier rapport d'étape.
`

async function read(text: string): Promise<Readout> {
  const {result, messages} = await structureText(text)
  if (!result) throw new Error(messages.join('\n'))
  return result.readout
}

/** The visible text of the brief's HTML, tags dropped and entities left as they are. */
const visible = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ')

describe('the brief says each thing once, names its kind and keeps the outlook in order', () => {
  it('prints the key message once (was in the pull quote and again in Context)', async () => {
    const readout = await read(COMMUNIQUE)
    expect(readout.keyMessage).toBe('Freight belongs on the rails.')
    expect(visible(renderBriefHtml(readout)).split('Freight belongs on the rails').length - 1).toBe(1)
  })

  it('drops a lead-in whose list became the points (was "Partners agreed on the following steps:" left in Context)', async () => {
    for (const text of [COMMUNIQUE, COMMUNIQUE_FR]) {
      const readout = await read(text)
      expect(readout.pillars).toHaveLength(2)
      expect(visible(renderBriefHtml(readout))).not.toMatch(/following steps|mesures suivantes/)
    }
  })

  it('drops a lead-in whose list became the points also when a later paragraph follows it in Context (was "Under the Agenda, ministers agreed that:")', async () => {
    const {readFileSync} = await import('node:fs')
    const text = readFileSync(new URL('corpus/climate-no-colon-bullets-1/input.txt', import.meta.url), 'utf8')
    const readout = await read(text)
    expect(readout.pillars.length).toBeGreaterThan(1)
    const brief = visible(renderBriefHtml(readout))
    expect(brief).not.toMatch(/ministers agreed that:/)
    expect(brief).toContain('adaptation finance to the region')
  })

  it('names the organisation once in the running header when the title already names it (was "Lake Chad Security Partnership in Abuja · Lake Chad Security Partnership")', async () => {
    const readout = await read(COMMUNIQUE)
    const header = (r: Readout) => /@top-left \{ content: "([^"]*)"; \}/.exec(renderBriefHtml(r))![1]
    expect(header({...readout, title: 'Alpine Rail Forum in Innsbruck', organisation: 'Alpine Rail Forum'})).toBe('Alpine Rail Forum in Innsbruck')
    expect(header({...readout, title: 'Joint Communiqué', organisation: 'Alpine Rail Forum'})).toBe('Joint Communiqué · Alpine Rail Forum')
  })

  it('names the place once beside a title that names it, in the brief’s running header and the deck’s footer (was "… in Abuja · Abuja, 19 October 2023")', async () => {
    const readout = {...(await read(COMMUNIQUE)), title: 'Alpine Rail Forum in Innsbruck'}
    expect(readout.place).toBe('Innsbruck')
    expect(/@top-right \{ content: "([^"]*)"; \}/.exec(renderBriefHtml(readout))![1].replace(/\s/g, ' ')).toBe('12–13 May 2025')
    const footer = /^footer: (.*)$/m.exec(makeSlides(readout).markdown)![1]
    expect(footer).toContain('Alpine Rail Forum in Innsbruck · ')
    expect(footer).not.toContain('Innsbruck,')
    // A title that does not name the place keeps it: `Joint Communiqué · Innsbruck, 12–13 May 2025`.
    expect(/^footer: (.*)$/m.exec(makeSlides({...readout, title: 'Joint Communiqué'}).markdown)![1]).toContain('Innsbruck,')
  })

  it('cites the document by its kind (was "Readout of the meeting" for every document)', async () => {
    // (the dates in a span that keeps them on one line: look45)
    const cited = async (text: string) => visible(renderBriefHtml(await read(text)).replace(/<\/?span[^>]*>/g, ''))
    expect(await cited(COMMUNIQUE)).toContain('Communiqué of the meeting of 12–13\u00a0May 2025, Innsbruck.')
    expect(await cited(COMMUNIQUE_FR)).toContain('Communiqué de la réunion des 12–13\u00a0mai 2025, Innsbruck.')
  })

  it('keeps a sentence that points back after the one it points to, in the brief and on the closing slide', async () => {
    for (const [text, first, back] of [
      [COMMUNIQUE, 'Ministers will meet again in Trento', 'There, the secretariat'],
      [COMMUNIQUE_FR, 'Les ministres se réuniront de nouveau', 'Le secrétariat y présentera'],
    ] as const) {
      const readout = await read(text)
      const brief = visible(renderBriefHtml(readout))
      expect(brief.indexOf(first), brief).toBeGreaterThan(-1)
      expect(brief.indexOf(back)).toBeGreaterThan(brief.indexOf(first))
      const closing = makeSlides(readout).slides.find((slide) => slide.kind === 'closing')!
      const shown = [...(closing.content.points ?? []), ...(closing.content.next ?? [])].join(' | ')
      // Shown at all, then only after the sentence it points to, in the same block.
      if (shown.includes(back.split(' ').slice(-2).join(' '))) {
        const block = [...(closing.content.points ?? []), ...(closing.content.next ?? [])].find((part) => part.includes(back))
        expect(block, shown).toBeDefined()
        expect(block!.indexOf(first.split(' ').slice(-2).join(' ')), shown).toBeGreaterThan(-1)
      }
    }
  })
})

/** A quote of two sentences inside one paragraph, the first one being the key message, written for this test. */
const QUOTE_OF_TWO_FR = `Réunion des ministres de la pêche artisanale
Dakar, 3 mars 2026
Les ministres de la pêche de sept pays se sont réunis à Dakar le 3 mars 2026.
La ministre sénégalaise a ouvert les travaux par ces mots : « Un pêcheur seul vend au prix qu'on lui impose. Des pêcheurs unis fixent leur prix. » Les pirogues de la région sont aujourd'hui 41 000, contre 30 000 en 2015.
Les ministres sont convenus des mesures suivantes :
- Crédit : Les ministres créeront un fonds de garantie de 10 milliards de francs CFA.
- Formation : Les ministres formeront 5 000 gestionnaires de coopératives d'ici 2028.
`

describe('the brief drops a quote of several sentences whole', () => {
  it('leaves no tail of the key message’s quote in Context (was "Ensemble, les paysans le négocient. » Les coopératives …")', () => {
    const paragraph = 'Le ministre a ouvert les travaux par ces mots\u00a0: «\u00a0Seul, un paysan subit le prix du marché. Ensemble, les paysans le négocient.\u00a0» Les coopératives comptent 3,4 millions de membres.'
    expect(withoutQuote([paragraph], 'Seul, un paysan subit le prix du marché.')).toEqual(['Les coopératives comptent 3,4 millions de membres.'])
    expect(withoutQuote(['“Freight belongs on the rails. Roads come next,” the Chair said. Ministers met twice.'], 'Freight belongs on the rails.')).toEqual(['Ministers met twice.'])
  })

  it('leaves no tail of a two-sentence quote in a brief built from a French readout', async () => {
    const readout = await read(QUOTE_OF_TWO_FR)
    const text = visible(renderBriefHtml(readout))
    expect(text).not.toMatch(/fixent leur prix\.\u00a0»/)
    expect(text).toContain('41\u202f000')
  })
})

describe('French outputs keep « » and ; : ! ? with their words', () => {
  it('puts a no-break space after « and before », :, in the deck, the brief and the PowerPoint text', async () => {
    const readout = await read(COMMUNIQUE_FR)
    const deck = makeSlides(readout)
    const brief = renderBriefHtml(readout)
    for (const text of [deck.markdown, visible(brief), JSON.stringify(deck.slides.map((s) => s.content))]) {
      expect(text).toContain('«\u00a0Rail 2030\u00a0»')
      expect(text).not.toMatch(/« |«$| »|^»/m)
    }
    expect(visible(brief)).toContain('«\u00a0Le fret doit passer par le rail.\u00a0»')
    expect(visible(brief)).not.toMatch(/ [:;!?]/)
  })
})

describe('French typography and addresses', () => {
  it('leaves a web or mail address as written, and spaces the sentence around it', async () => {
    const {frenchSpacing} = await import('../theme/vocabulary.js')
    expect(frenchSpacing('Voir https://exemple.org/suivi?annee=2025&x=1! Écrire à eau@exemple.org; merci?')).toBe('Voir https://exemple.org/suivi?annee=2025&x=1\u202f! Écrire à eau@exemple.org\u202f; merci\u202f?')
    expect(frenchSpacing('Le site www.exemple.org/page?id=3 : « ouvert »')).toBe('Le site www.exemple.org/page?id=3\u00a0: «\u00a0ouvert\u00a0»')
    // A private-use character already in the text is kept, and spacing still applies.
    expect(frenchSpacing('Logo \ue001 : voir ceci !')).toBe('Logo \ue001\u00a0: voir ceci\u202f!')
  })
})

describe('a pillar’s full text reads as a sentence in the brief and the Word file (issue 11, round 16 look)', () => {
  it('capitalises a list item, ends it with a full stop, never with the list’s semicolon (was "porter la part … nationaux ;" and "… remote districts" with no stop)', async () => {
    const {default: JSZip} = await import('jszip')
    const {makeDocx} = await import('../../brief/make-docx.js')
    const readout = await read(COMMUNIQUE)
    const [first, second] = readout.pillars
    const listed = {
      ...readout,
      pillars: [
        {...first, body: 'move 30% of transalpine freight to rail by 2030, with help from the regions ;'},
        {...second, body: 'Operators will publish one timetable for every cross-border line by 2026'},
      ],
    }
    const word = await (await JSZip.loadAsync(await makeDocx(listed, {title: listed.title}))).file('word/document.xml')!.async('string')
    for (const [where, text] of [['brief', visible(renderBriefHtml(listed))], ['docx', word.replace(/<[^>]+>/g, '')]]) {
      expect(text, where).toContain('Move 30% of transalpine freight to rail by 2030, with help from the regions.')
      expect(text, where).not.toContain('regions ;')
      expect(text, where).toContain('cross-border line by 2026.')
    }
  })
})

describe('the Word brief says each thing once, as the PDF brief does (issue 11, round 16 look)', () => {
  it('leaves out of Context the quoted key message, a sentence the dateline said and a lead-in whose list became the points', async () => {
    const {default: JSZip} = await import('jszip')
    const {makeDocx} = await import('../../brief/make-docx.js')
    const read16 = await read(COMMUNIQUE)
    // the dateline's sentence opens the first paragraph of Context too, as in Wellington's readout
    const readout = {...read16, context: [`${read16.dateline} The Forum has met every spring since 2019.`, ...read16.context]}
    const word = (await (await JSZip.loadAsync(await makeDocx(readout, {title: readout.title}))).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ')
    expect(word.split('Freight belongs on the rails').length - 1).toBe(1)
    expect(word.split('transport ministers met in Innsbruck').length - 1).toBe(1)
    expect(word).toContain('The Forum has met every spring since 2019.')
    expect(word).not.toMatch(/following steps/)
  })
})

describe('a Context that opens on a pronoun keeps the dateline (issue 11, round 16 look: "Ils ont relevé que …" with no one named)', () => {
  it('puts the dateline before "They …" and leaves it out before a sentence that names its subject', async () => {
    const readout = await read(COMMUNIQUE)
    expect(readout.dateline).toContain('transport ministers met in Innsbruck')
    const context = (html: string) => visible(/<section class="context[\s\S]*?<\/section>/.exec(html)?.[0] ?? '')
    const leaning = context(renderBriefHtml({...readout, context: ['They also reviewed the budget of the Forum for 2026.']}))
    expect(leaning).toMatch(/met in Innsbruck[\s\S]*They also reviewed/)
    const named = context(renderBriefHtml({...readout, context: ['The ministers also reviewed the budget of the Forum for 2026.']}))
    expect(named).not.toContain('met in Innsbruck')
  })
})

describe('the brief keeps a range of years on one line (look18: `… mutualiste 2026-` / `2030 en six piliers` in the roadmap’s rail)', () => {
  it('sets the range in the roadmap’s heading in a span that does not wrap, its text unchanged', async () => {
    const readout = await read('Joint Statement of the Lakes Ferry Forum\nKisumu, 4 March 2026\n\nTransport ministers of the Lakes Ferry Forum met in Kisumu on 4 March 2026.\n\nLife jackets\nMinisters agreed to put a life jacket on every seat of every ferry by 2028.\n\nWeather warnings\nEvery port will send storm warnings by text message to boat crews.\n')
    const html = renderBriefHtml({...readout, roadmap: 'Lakes Ferry Safety Plan 2026-2030'})
    const heading = /<h2 id="roadmap">(.*?)<\/h2>/.exec(html)?.[1] ?? ''
    expect(heading).toContain('<span class="nowrap">2026-2030</span>')
    expect(heading.replace(/<[^>]+>/g, '')).toBe('The Lakes Ferry Safety Plan 2026-2030 in two pillars')
    expect(html).toMatch(/\.nowrap\s*\{\s*white-space:\s*nowrap/)
  })
})

// A next step written as a task-list item has no full stop (`The Taskforce to meet again in Adelaide in May 2026 to
// sign off the register`); the pillars are ended as sentences, so the outlook is too, in every output (look20).
describe('an outlook without its full stop', () => {
  const undotted: Readout = {
    title: 'Coastal Erosion Taskforce – meeting notes',
    place: 'Hobart',
    pillars: [{title: 'Sand budgets', body: 'Each council will publish a sand budget for its beaches'}],
    figures: [],
    context: [],
    outlook: ['The Taskforce to meet again in Launceston in March 2027 to agree the sand budgets'],
    source: 'erosion.txt',
  }
  it('ends the next step as a sentence in the brief, the deck and the PowerPoint content', async () => {
    const html = renderBriefHtml(undotted)
    expect(html).toContain('<p>The Taskforce to meet again in Launceston in March 2027 to agree the sand budgets.</p></aside>')
    const {markdown, slides} = makeSlides(undotted)
    expect(markdown).toContain('> The Taskforce to meet again in Launceston in March 2027 to agree the sand budgets.')
    expect(slides.at(-1)!.content.next).toEqual(['The Taskforce to meet again in Launceston in March 2027 to agree the sand budgets.'])
  })
  it('ends the outlook as a sentence in the Word brief', async () => {
    const zip = await JSZip.loadAsync(await makeDocx(undotted, {title: undotted.title}))
    const xml = await zip.file('word/document.xml')!.async('string')
    expect(xml).toContain('to agree the sand budgets.</w:t>')
  })
})
