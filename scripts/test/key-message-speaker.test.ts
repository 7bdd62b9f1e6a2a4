import {describe, expect, it} from 'vitest'
import {keyMessageSpeaker} from '../structure/key-message-speaker.js'
import type {Readout} from '../structure/readout.js'
import {keyMessageCredit} from '../theme/key-message-credit.js'

/** A readout whose context is one paragraph holding the key message, in English or French. */
function readout(paragraph: string, keyMessage: string, lang: 'en' | 'fr' = 'en'): Readout {
  const [organisation, participants, place] = lang === 'fr' ? ['Conseil des ports du Sahel', 'Les ministres des transports', 'Niamey'] : ['Lakes Transport Forum', 'Transport ministers', 'Kisumu']
  return {title: 'Test', organisation, participants, place, keyMessage, context: [paragraph], outlook: [], pillars: [], figures: [], source: 'test.txt', lang}
}

/** The credit every output shows, with the speaker found as the structure stage finds it. */
function credit(paragraph: string, keyMessage: string, lang: 'en' | 'fr' = 'en'): string | undefined {
  const read = readout(paragraph, keyMessage, lang)
  return keyMessageCredit({...read, keyMessageSpeaker: keyMessageSpeaker(read)})
}

const BOATS = 'A ferry that sinks takes a whole village with it.'
const BATEAUX = 'Un bac qui coule emporte tout un village.'

describe('who said the key message, named before the quote', () => {
  it('a role and a name, then the verb and a colon', () => {
    expect(credit(`The Chair, Dr Lena Vos, said: “${BOATS}”`, BOATS)).toBe('The Chair, Dr Lena Vos')
  })

  it('a title with its full stop (`Dr.`) stays in the name', () => {
    expect(credit(`Dr. Lena Vos told reporters: “${BOATS}”`, BOATS)).toBe('Dr. Lena Vos')
  })

  it('a role alone is shown with who met', () => {
    expect(credit(`As the Minister put it: “${BOATS}”`, BOATS)).toBe('Minister, Lakes Transport Forum')
    expect(credit(`According to the Chair, “${BOATS}”`, BOATS)).toBe('Chair, Lakes Transport Forum')
  })

  it('after a lead-in phrase, with or without its comma', () => {
    expect(credit(`At the close of the meeting, the Chair said: “${BOATS}”`, BOATS)).toBe('Chair, Lakes Transport Forum')
    expect(credit(`In her closing remarks the Chair said: “${BOATS}”`, BOATS)).toBe('Chair, Lakes Transport Forum')
  })

  it('in French: `Selon la présidente, Mme …, « … »` and `Le ministre a déclaré : « … »`', () => {
    expect(credit(`Selon la présidente, Mme Awa Diallo, « ${BATEAUX} »`, BATEAUX, 'fr')).toBe('La présidente, Mme Awa Diallo')
    expect(credit(`Le ministre a déclaré : « ${BATEAUX} »`, BATEAUX, 'fr')).toBe('Ministre, Conseil des ports du Sahel')
    expect(credit(`Comme l'a rappelé M. Idrissa Kane : « ${BATEAUX} »`, BATEAUX, 'fr')).toBe('M. Idrissa Kane')
  })

  it('the meeting itself, someone unnamed or a document leaves the meeting’s credit', () => {
    expect(credit(`Ministers said: “${BOATS}”`, BOATS)).toBe('Lakes Transport Forum, Kisumu')
    expect(credit(`Transport ministers declared: “${BOATS}”`, BOATS)).toBe('Lakes Transport Forum, Kisumu')
    expect(credit(`As one delegate put it: “${BOATS}”`, BOATS)).toBe('Lakes Transport Forum, Kisumu')
    expect(credit(`Les ministres ont déclaré : « ${BATEAUX} »`, BATEAUX, 'fr')).toBe('Conseil des ports du Sahel, Niamey')
    expect(credit(`According to the annual report, “${BOATS}”`, BOATS)).toBe('Lakes Transport Forum, Kisumu')
    expect(credit(`Selon le rapport, « ${BATEAUX} »`, BATEAUX, 'fr')).toBe('Conseil des ports du Sahel, Niamey')
  })
})

describe('who said the key message, named after the quote', () => {
  it('a title’s full stop does not end the name (`said the Hon. Mary Achieng`)', () => {
    expect(credit(`“${BOATS.replace('.', ',')}” said the Hon. Mary Achieng, Minister of Transport.`, BOATS)).toBe('The Hon. Mary Achieng, Minister of Transport')
  })

  it('the name ends before when and where it was said (`at the close of the meeting`)', () => {
    expect(credit(`“${BOATS.replace('.', ',')}” said Mr. Otieno at the close of the meeting.`, BOATS)).toBe('Mr. Otieno')
  })

  it('a quote of several sentences, its first the message, credited after its closing mark', () => {
    expect(credit(`“${BOATS} We will not wait for the next one,” said the Chair.`, BOATS)).toBe('Chair, Lakes Transport Forum')
  })

  it('signed after a dash', () => {
    expect(credit(`“${BOATS}” — Minister Ana Lopes, Chair of the Forum`, BOATS)).toBe('Minister Ana Lopes, Chair of the Forum')
  })

  it('in French, with a title’s full stop (`a souligné M. Kane à la clôture`)', () => {
    expect(credit(`« ${BATEAUX.slice(0, -1)} », a souligné M. Kane à la clôture des travaux.`, BATEAUX, 'fr')).toBe('M. Kane')
  })

  it('in French, a role then the name set off by a comma after the quote keeps the name (`a déclaré le maire de la ville, M. Paul Sène.`)', () => {
    expect(credit(`« ${BATEAUX.slice(0, -1)} », a déclaré le maire de la ville, M. Paul Sène.`, BATEAUX, 'fr')).toBe('Le maire de la ville, M. Paul Sène')
    expect(credit(`« ${BATEAUX.slice(0, -1)} », a rappelé la secrétaire générale du Conseil, Mme Fatou Ba, lors de la clôture.`, BATEAUX, 'fr')).toBe('La secrétaire générale du Conseil, Mme Fatou Ba')
    // a comma then no title of address is not a name: the role alone, shown with who met
    expect(credit(`« ${BATEAUX.slice(0, -1)} », a déclaré le ministre, avant de lever la séance.`, BATEAUX, 'fr')).toBe('Ministre, Conseil des ports du Sahel')
  })

  it('a pronoun is the subject of the sentence before (`The Chair opened the meeting … “…,” she said`), else no credit', () => {
    expect(credit(`The Chair opened the meeting by recalling last year’s sinking. “${BOATS.replace('.', ',')}” she said.`, BOATS)).toBe('Chair, Lakes Transport Forum')
    expect(credit(`Opening the meeting, Kenya’s Minister of Transport, Ruth Wanjiku, reminded delegates of the sinking. “${BOATS.replace('.', ',')}” she said.`, BOATS)).toBe('Kenya’s Minister of Transport, Ruth Wanjiku')
    expect(credit(`La présidente a ouvert la séance en rappelant le naufrage. « ${BATEAUX.slice(0, -1)} », a-t-elle déclaré.`, BATEAUX, 'fr')).toBe('Présidente, Conseil des ports du Sahel')
    expect(credit(`“${BOATS.replace('.', ',')}” she said.`, BOATS)).toBe('Lakes Transport Forum, Kisumu')
    expect(credit(`Ministers discussed the sinking. “${BOATS.replace('.', ',')}” she said.`, BOATS)).toBe('Lakes Transport Forum, Kisumu')
  })
})

describe('who said the key message, named after the quote with whom they told it', () => {
  const said = BOATS.replace('.', ',')
  it('`… told the opening session`, `told the closing session of the forum`, `told the meeting`, `told participants`', () => {
    expect(credit(`“${said}” Kenya’s Minister of Transport told the opening session.`, BOATS)).toBe('Kenya’s Minister of Transport')
    expect(credit(`“${said}” Kenya’s Minister of Transport told the closing session of the forum.`, BOATS)).toBe('Kenya’s Minister of Transport')
    expect(credit(`“${said}” Kenya’s Minister of Transport told the meeting.`, BOATS)).toBe('Kenya’s Minister of Transport')
    expect(credit(`“${said}” Kenya’s Minister of Transport told participants on Tuesday.`, BOATS)).toBe('Kenya’s Minister of Transport')
  })

  it('in French: `a-t-il déclaré devant les délégués` is the pronoun; `devant …` is not who spoke', () => {
    const dit = BATEAUX.slice(0, -1)
    expect(credit(`Le ministre nigérien des Transports a ouvert la séance. « ${dit} », a-t-il déclaré devant les délégués.`, BATEAUX, 'fr')).toBe('Ministre nigérien des Transports, Conseil des ports du Sahel')
    expect(credit(`« ${dit} », a déclaré le ministre nigérien des Transports devant les délégués.`, BATEAUX, 'fr')).toBe('Ministre nigérien des Transports, Conseil des ports du Sahel')
    expect(credit(`« ${dit} », a déclaré devant les délégués le ministre nigérien des Transports.`, BATEAUX, 'fr')).toBe('Ministre nigérien des Transports, Conseil des ports du Sahel')
    expect(credit(`« ${dit} », a déclaré devant les délégués.`, BATEAUX, 'fr')).toBe('Conseil des ports du Sahel, Niamey')
  })
})

describe('the meeting credited for a quote no one is named for', () => {
  it('leaves out a list of who took part too long for a credit line', () => {
    const read: Readout = {title: 'Test', participants: 'Ministres chargés des transports et des infrastructures de neuf pays du Sahel et d’Afrique de l’Ouest', place: 'Niamey', keyMessage: BATEAUX, context: [`« ${BATEAUX} »`], outlook: [], pillars: [], figures: [], source: 'test.txt', lang: 'fr'}
    expect(keyMessageCredit({...read, keyMessageSpeaker: keyMessageSpeaker(read)})).toBeUndefined()
    expect(keyMessageCredit({...read, participants: 'Ministres des transports'})).toBe('Ministres des transports, Niamey')
  })
})

