import {describe, expect, it} from 'vitest'
import {FRENCH_ATTRIBUTION} from '../structure/french.js'
import {findKeyMessage, pullQuote, reportedQuote} from '../structure/recognise-key-message.js'
import {structureText} from './helpers.js'

// The key message is the first whole quoted sentence (corpus README); these are the shapes quotes take.
describe('findKeyMessage', () => {
  it('reads a single-quoted message that holds apostrophes', () => {
    expect(findKeyMessage('The Chair said: ‘We don’t leave anyone behind.’ Ministers agreed.')).toBe('We don’t leave anyone behind.')
  })

  it('ends a message cut by a long attribution, or by one after a dash, with a full stop', () => {
    expect(findKeyMessage('“Goods should not wait at borders,” the Chair of the Forum, Dr. Rahman, told the closing session.')).toBe('Goods should not wait at borders.')
    expect(findKeyMessage('“Every link we build makes us safer” – said the Secretary-General.')).toBe('Every link we build makes us safer.')
  })

  it('does not take a short quoted name or a quote with no sentence', () => {
    expect(findKeyMessage('Ministers adopted the ‘Lima Agenda’ today.')).toBeUndefined()
    expect(findKeyMessage('The so-called "green lanes" will open soon.')).toBeUndefined()
  })
})

// Quotes attributed to a chair or a minister come in several shapes; and a text may have none.
describe('key message shapes', () => {
  it('reads a quote signed after a dash, announced before, or cut by a French incise', () => {
    expect(findKeyMessage('“Open markets feed people” — Minister Ana Lopes, Chair')).toBe('Open markets feed people.')
    expect(findKeyMessage('The Chair said: “Our seas are not for sale”')).toBe('Our seas are not for sale.')
    expect(findKeyMessage('« Les marchés ouverts nourrissent les peuples, a déclaré le président. Nous devons agir. »', FRENCH_ATTRIBUTION)).toBe('Les marchés ouverts nourrissent les peuples.')
    expect(findKeyMessage('« Les marchés ouverts nourrissent les peuples », a-t-elle déclaré.', FRENCH_ATTRIBUTION)).toBe('Les marchés ouverts nourrissent les peuples.')
    expect(findKeyMessage('« Les marchés ouverts nourrissent les peuples », selon le président.', FRENCH_ATTRIBUTION)).toBe('Les marchés ouverts nourrissent les peuples.')
  })

  it('reads a quotation reported after who said it, in lower case (`Selon la présidente, Mme Awa Diallo, « aucun … »`)', () => {
    expect(reportedQuote('Selon la présidente, Mme Awa Diallo, « aucun enfant ne doit attendre un vaccin à cause d’une frontière ».')).toBe('Aucun enfant ne doit attendre un vaccin à cause d’une frontière.')
    expect(reportedQuote('According to the Chair, “no child should wait for a vaccine because of a border”.')).toBe('No child should wait for a vaccine because of a border.')
  })

  it('reads a quote in straight single quotes, apostrophes inside, but not a plural possessive or a quoted name', () => {
    expect(findKeyMessage("'We don't wait for the rain,' said the Chair.")).toBe("We don't wait for the rain.")
    expect(findKeyMessage("The Members' plan, the 'Clean Seas Plan', was adopted.")).toBeUndefined()
  })

  it('keeps a quotation in the title block out of the title and takes it as the message', async () => {
    const {result} = await structureText("Chair's Summary\n“Healthy oceans make healthy people”\nMinisterial Meeting of the Coral Triangle Council\nManila, 3 May 2023\n\nThe Council's ministers met in Manila.\n- Reefs: Ministers agreed to protect 30 reefs.\n")
    expect(result!.readout.title).toBe('Ministerial Meeting of the Coral Triangle Council')
    expect(result!.readout.organisation).toBe('Coral Triangle Council')
    expect(result!.readout.keyMessage).toBe('Healthy oceans make healthy people.')
  })

  it('takes the first whole sentence of a quote that holds several', () => {
    expect(findKeyMessage('“We came to act. We leave with a plan,” said the Chair.')).toBe('We came to act.')
  })

  it('does not take the title of a study or a phrase quoted inside a sentence', () => {
    expect(findKeyMessage('Ministers reviewed the secretariat’s new study, "Ports That Work for Everyone."')).toBeUndefined()
    expect(findKeyMessage('Ministers called for "a school in every village."')).toBeUndefined()
  })

  it('reads a pull quote on its own line, signed on the next or a whole sentence of its own', () => {
    expect(pullQuote('“No one is safe until every district is safe”', '— Dr. Grace Uwase, Chair of the Council')).toBe('No one is safe until every district is safe.')
    expect(pullQuote('« L’eau ne connaît pas de frontières »', '— La présidente du Conseil')).toBe('L’eau ne connaît pas de frontières.')
    expect(pullQuote('“Every child in school by the end of the decade”', 'Ministers agreed to build schools.')).toBe('Every child in school by the end of the decade.')
    expect(pullQuote('“Blue Ports Compact”', '— The Chair')).toBeUndefined()
    expect(pullQuote('The Chair said “we act” today.', undefined)).toBeUndefined()
  })

  it('finds the pull quote through the structure stage, and none in a text that quotes only a title', async () => {
    const signed = await structureText('Ministers of the Lake Forum met in Kampala on 3 May 2022.\n\n“The lake feeds all of us”\n— Minister Ruth Okello, Chair\n\n- Nets: Ministers agreed to ban nets with a fine mesh.\n')
    expect(signed.result!.readout.keyMessage).toBe('The lake feeds all of us.')
    const none = await structureText('Ministers of the Lake Forum met in Kampala on 3 May 2022.\nMinisters reviewed the secretariat’s study, "Fish That Feed the Region."\n- Nets: Ministers agreed to ban nets with a fine mesh.\n')
    expect(none.result!.readout.keyMessage).toBeUndefined()
    expect(none.result!.readout.roadmap).toBeUndefined()
    expect(none.messages.some((line) => line.includes('key-message'))).toBe(true)
  })

  it('takes a quote inside a Title: pillar only when the text has none elsewhere', async () => {
    const {result} = await structureText('Ministers of the Lake Forum met in Kampala on 3 May 2022.\n- Nets: Ministers agreed to ban nets with a fine mesh. “A fish saved today is a meal tomorrow,” the Chair said.\n- Boats: Ministers launched a register of fishing boats.\n')
    expect(result!.readout.keyMessage).toBe('A fish saved today is a meal tomorrow.')
  })
})
