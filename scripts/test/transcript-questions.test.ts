import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// threads51: a press conference's transcript whose questions are put with a stop or a dash (`Q. Name, Outlet. …?`, `Journaliste – …`)
// and whose moderator chairs the questions: neither the questions nor the moderator's turns are points. Written for these tests.

const readout = async (text: string) => (await structureText(text)).result!.readout

describe('a transcript\'s questions put with a stop or a dash, and its moderator (threads51)', () => {
  it('keeps the `Q.` questions and the host\'s turns out of the points (English)', async () => {
    const text = `Briefing after the harbour board's quarterly meeting
Harbour Office, Wick – 4 June 2026

HOST: Good morning. The chair will open, then we will take a few questions.

CHAIR: The board agreed to dredge the inner basin this autumn at a cost of £220,000.

CHAIR: It also decided to cut landing fees for boats under ten metres by a fifth from July.

Q. Ruth Innes, Northern Times. Will the dredging close the basin to boats?

CHAIR: For about three weeks, and we will tell skippers in August.

Q – Sam Bell, Radio North. Who pays for the fee cut?

HARBOUR MASTER: The board's reserve covers it for the first year.

HOST: Thank you all for coming.
`
    const got = await readout(text)
    const bodies = got.pillars.map((p) => p.body).join(' ')
    expect(bodies).toContain('The board agreed to dredge the inner basin this autumn')
    expect(bodies).not.toMatch(/Ruth Innes|Sam Bell|Good morning|Thank you all/u)
    expect(got.pillars.map((p) => p.title).join(' ')).not.toMatch(/^Q\b|Q \(/u)
  })

  it('reads a French transcript the same way, `Journaliste –` and `ANIMATRICE :`', async () => {
    const text = `Conférence de presse après le conseil syndical du SIVOM des Trois Vallées
Salle du conseil, Figeac – 9 avril 2026

ANIMATRICE : Bonjour à tous. Le président va présenter les décisions, puis nous prendrons vos questions.

PRÉSIDENT : Le conseil a décidé de construire une nouvelle station d'épuration à Capdenac pour 3,2 millions d'euros.

PRÉSIDENT : Il a aussi voté la gratuité des bacs de compost pour tous les foyers.

Journaliste – Paul Serres, La Dépêche. Quand les travaux commenceront-ils ?

PRÉSIDENT : Au printemps prochain, si le permis est accordé.

ANIMATRICE : Merci, la conférence est terminée.
`
    const got = await readout(text)
    const bodies = got.pillars.map((p) => p.body).join(' ')
    expect(bodies).toContain('Le conseil a décidé de construire une nouvelle station')
    expect(bodies).not.toMatch(/Paul Serres|Bonjour à tous|conférence est terminée/u)
  })

  it('leaves a list of `Q.` lines with no speakers\' labels as it is', async () => {
    const got = await readout(`Allotment rules – questions and answers

Q. Can I keep hens on my plot?

Members agreed that hens are allowed on full plots, no more than six a plot.

Q. Can I light a bonfire?

The committee decided that bonfires are banned from May to September.
`)
    expect(got.pillars.length + got.outlook.length).toBeGreaterThan(0)
  })
})
