import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// Page and document furniture as whole shapes (pages50): what a converter or a site puts around a readout is set aside, whichever
// converter or site it is. Every sentence here is written for the test.

describe("a converter's title block: front matter or Pandoc's `%` lines", () => {
  it("reads a Jekyll post's YAML front matter: its title is the title, its other fields are furniture", async () => {
    const {result} = await structureText("---\nlayout: post\ntitle: 'Autumn board: the ferry timetable is settled'\ndate: 2026-10-03 09:00:00 +0100\nauthor: Secretariat\ntags:\n  - ferries\n  - timetable\nexcerpt: Night crossings, cheaper tickets and a new pier.\n---\n\nThe board of the Lake Ferries Association met in Bled on 1 October 2026 and agreed to run two night ferries on summer weekends.\n\nThe board also agreed that pupils will travel free from the next school year.\n")
    expect(result!.readout.title).toBe('Autumn board: the ferry timetable is settled')
    expect(JSON.stringify(result!.readout)).not.toMatch(/layout|excerpt|Night crossings, cheaper/)
  })

  it("reads a Hugo page's TOML front matter and a Quarto document's in French the same way", async () => {
    const toml = await structureText('+++\ntitle = "Conseil des refuges : ce que nous avons décidé"\ndate = 2026-06-05\ndraft = false\n+++\n\nLe conseil des refuges de montagne s\'est réuni à Chamonix le 3 juin 2026 et a créé un fonds pour rénover les refuges.\n')
    expect(toml.result!.readout.title).toBe('Conseil des refuges : ce que nous avons décidé')
    const quarto = await structureText("---\ntitle: Relevé du comité des marais salants\nsubtitle: Séance d'automne\nformat:\n  html:\n    toc: true\nlang: fr\n---\n\nLe comité des marais salants s'est réuni à Guérande le 14 octobre 2026 et a adopté le calendrier des récoltes.\n")
    expect(quarto.result!.readout.title).toBe('Relevé du comité des marais salants')
    expect(JSON.stringify(quarto.result!.readout)).not.toMatch(/toc: true|format/)
  })

  it("reads a Pandoc title block's first line as the title, without its `%`, and drops the authors' line", async () => {
    const {result} = await structureText('% Record of the Spring Meeting of the Alpine Huts Council\n% Council Secretariat\n% 4 May 2026\n\nThe Alpine Huts Council met in Innsbruck on 2 May 2026 and agreed to open six huts a month earlier.\n')
    expect(result!.readout.title).toBe('Record of the Spring Meeting of the Alpine Huts Council')
    expect(JSON.stringify(result!.readout)).not.toMatch(/%|Council Secretariat/)
  })
})

describe("a Markdown export's escapes and footnotes", () => {
  it("reads an escaped mark as the mark, and a footnote's marker and definition as no word of the paragraph", async () => {
    const {result} = await structureText("Readout of the Harbour Pilots' Board\n\nThe Harbour Pilots' Board met in Durban on 3 March 2026.\n\n- The Board approved a grant of US\\$120,000 for a new launch.[^fund]\n- The Board agreed to train 14 new pilots by 2028.[^2]\n\n[^fund]: The grant comes from the reserve fund.\n\n[^2]: Counted from the March intake.\n")
    const bodies = result!.readout.pillars.map((p) => p.body)
    expect(bodies.join(' ')).toContain('US$120,000 for a new launch.')
    expect(bodies.join(' ')).not.toMatch(/\[\^|\\\$|reserve fund|March intake/)
  })

  it('reads a French Word-to-Markdown export the same way', async () => {
    const {result} = await structureText("Relevé de décisions du comité des ports de pêche\n\nLe comité s'est réuni à Lorient le 12 mars 2026.\n\n- Le comité accorde une aide de 40 000 \\$ CA au port partenaire\\.[^1]\n- Le comité prolonge la criée du soir jusqu'en 2027.\n\n[^1]: Montant versé en deux fois.\n")
    const bodies = result!.readout.pillars.map((p) => p.body).join(' ')
    expect(bodies).toContain('40 000 $ CA au port partenaire.')
    expect(bodies).not.toMatch(/\[\^1\]|versé en deux fois/)
  })
})

describe("a wiki article's furniture", () => {
  const english = "Fourth Lagoon Fisheries Summit\n7 languages\nArticle\nTalk\nRead\nEdit\nView history\nTools\nFrom Wikipedia, the free encyclopedia\n\nContents\nhide\n(Top)\n1 Background\n2 Decisions\nToggle Decisions subsection\n2.1 Closed seasons\n2.2 Net sizes\n3 Next summit\n4 References\n\nThe Fourth Lagoon Fisheries Summit was a meeting of fisheries ministers held in Aveiro, Portugal, on 11–12 June 2026.[1]\n\nBackground[edit]\nThe summits began in 2011. About 4,000 boats fish the lagoons.[2]\n\nDecisions[edit]\nThe ministers adopted the Aveiro Lagoon Plan.\n\nClosed seasons[edit]\nThe ministers agreed to close the lagoons to eel fishing from October to March.[3]\n\nNet sizes[edit]\nThe ministers agreed to widen the smallest mesh allowed to 40 millimetres.[3]\n\nNext summit[edit]\nThe fifth summit is scheduled to be held in Venice in 2028.[4]\n\nReferences[edit]\n^ \"Ministers meet in Aveiro\". Lagoon News. 12 June 2026.\n^ Secretariat (2025). Lagoon fleets (Report). p. 3.\n^ a b \"Eel season shortened\". Coastal Daily. 13 June 2026.\n^ \"Venice next\". Lagoon News. 14 June 2026.\nCategories: 2026 conferencesFisheries\nThis page was last edited on 2 July 2026, at 10:04 (UTC).\n"
  it('sets aside the tabs, the contents list with its controls, the edit links and the references section', async () => {
    const {result} = await structureText(english)
    const readout = result!.readout
    expect(readout.title).toBe('Fourth Lagoon Fisheries Summit')
    const titles = readout.pillars.map((p) => p.title)
    expect(titles).toContain('Closed seasons')
    expect(titles).toContain('Net sizes')
    expect(JSON.stringify(readout)).not.toMatch(/\[edit\]|References|View history|Toggle|Coastal Daily|Lagoon News/)
    expect(readout.figures.map((f) => f.value)).not.toContain('1')
    expect(readout.outlook.join(' ')).toContain('fifth summit')
  })

  it("reads a French wiki's page the same way", async () => {
    const {result} = await structureText("Sommet des lagunes de 2026\nArticle\nDiscussion\nLire\nModifier\nModifier le code\nVoir l'historique\nOutils\nUn article de Wikipédia, l'encyclopédie libre\n\nSommaire\nmasquer\n(Début)\n1 Contexte\n2 Décisions\nAfficher / masquer la sous-section Décisions\n2.1 Périodes de fermeture\n2.2 Maillage des filets\n3 Références\n\nLe sommet des lagunes de 2026 est une réunion des ministres de la pêche tenue à Sète les 11 et 12 juin 2026.[1]\n\nContexte[modifier | modifier le code]\nLes sommets ont commencé en 2011.\n\nPériodes de fermeture[modifier | modifier le code]\nLes ministres ont décidé de fermer les lagunes à la pêche à l'anguille d'octobre à mars.[2]\n\nMaillage des filets[modifier | modifier le code]\nLes ministres ont décidé de porter la maille minimale à 40 millimètres.[2]\n\nRéférences[modifier | modifier le code]\n↑ « Les ministres réunis à Sète », Midi Lagunes, 12 juin 2026.\n↑ a et b « La saison de l'anguille raccourcie », Le Littoral, 13 juin 2026.\nDernière modification de cette page le 2 juillet 2026 à 10:04.\n")
    const readout = result!.readout
    const titles = readout.pillars.map((p) => p.title)
    expect(titles).toContain('Périodes de fermeture')
    expect(JSON.stringify(readout)).not.toMatch(/modifier le code|Voir l'historique|masquer|Midi Lagunes|Le Littoral/)
  })
})

describe("a newsletter's plain-text version", () => {
  it('reads a heading marked `**` over a rule without the marks, and sets aside its appeal, its link row and its footer', async () => {
    const {result} = await structureText("** Councillors agree a winter plan for the village halls\n------------------------------------------------------------\n\nThe committee of the Village Halls Network met in Kendal on 4 November 2026 and agreed a winter plan.\n\n* fit draught-proofing to twelve halls before January\n* lend electric heaters to the halls that ask for them\n\n** Help the Network\n------------------------------------------------------------\n\nEach gift keeps a hall warm for a week. Make a donation (https://halls.example/give) or forward this newsletter to a neighbour.\n\nFacebook (https://facebook.com/halls) | Website (https://halls.example)\n\n============================================================\n© 2026 Village Halls Network. All rights reserved.\nYou are receiving this email because you joined our list.\n")
    const readout = result!.readout
    expect(readout.title).toBe('Councillors agree a winter plan for the village halls')
    expect(JSON.stringify(readout)).not.toMatch(/\*\*|Each gift|Help the Network|facebook|receiving this email/)
  })

  it("does the same for a French mailing's footer", async () => {
    const {result} = await structureText("** Le bureau adopte le calendrier des fêtes de quartier\n============================================================\n\nLe bureau de l'Union des comités de quartier s'est réuni à Nantes le 12 mai 2026 et a adopté le calendrier des fêtes.\n\n- Chaque quartier aura sa fête entre juin et septembre.\n- Le bureau prête les tables et les barnums gratuitement.\n\nSoutenez-nous : faites un don en ligne (https://quartiers.example/don).\n\nVous recevez ce courriel car vous êtes adhérent de l'Union.\nNotre adresse postale est : 3 rue des Halles, 44000 Nantes\n")
    const readout = result!.readout
    expect(readout.title).toBe('Le bureau adopte le calendrier des fêtes de quartier')
    expect(JSON.stringify(readout)).not.toMatch(/faites un don|Vous recevez|adresse postale/)
  })
})

describe("a site's name and a news listing around the story", () => {
  it('takes a two-step breadcrumb to a section for furniture and reads the story pasted whole, not the teaser above it', async () => {
    const {result} = await structureText("Lakeland Rowing Association › News\n\nLatest news\n\n5 June 2026 · Clubhouse\nBoathouse café opens on Sundays\nThe café at the boathouse now opens on Sundays from 9am.\n\n4 June 2026 · Statements\n\nRowers agree a shared safety boat for the three lakes\n\nKESWICK, 4 June 2026 – The committee of the Lakeland Rowing Association, meeting here on Tuesday, agreed to buy a safety boat that clubs on all three lakes will share from July.\n\nThe committee also agreed that every crew on the water before 7am will carry a radio.\n\nThe committee will meet again in September.\n")
    const readout = result!.readout
    expect(readout.title).toBe('Rowers agree a shared safety boat for the three lakes')
    expect(readout.place).toBe('Keswick')
    expect(readout.dates?.start).toBe('2026-06-02')
    expect(JSON.stringify(readout)).not.toMatch(/café/)
  })

  it("takes a ministry's name right over its breadcrumb for the site's name, never the title", async () => {
    const {result} = await structureText("Secretariat for Inland Waterways\nHome > Media centre > Press releases\n\nPress release\n\nCanal boaters win a winter mooring fund\n\nPublished 3 December 2026\n\nThe Inland Waterways Council met in Birmingham on 2 December 2026 and agreed a winter mooring fund of £2 million.\n")
    expect(result!.readout.title).toBe('Canal boaters win a winter mooring fund')
    const fr = await structureText("Préfecture des Hautes-Alpes\nAccueil › Actualités › Communiqués\n\nCommuniqué de presse\n\nLes refuges de montagne ouvriront trois semaines plus tôt\n\nPublié le 12/05/2026\n\nLe comité des refuges s'est réuni à Gap le 11 mai 2026 et a décidé d'ouvrir les refuges dès le 1er juin.\n")
    expect(fr.result!.readout.title).toBe('Les refuges de montagne ouvriront trois semaines plus tôt')
  })
})
