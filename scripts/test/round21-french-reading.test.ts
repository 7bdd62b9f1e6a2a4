import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// What round 21 (issue 11) showed the reader missing in its French cases, stated as general forms:
// a synthèse whose list of noun phrases a lead-in with a full stop announces, and a declaration
// in the first person (`Nous adoptons …`, `Nous chargeons … chaque année`, `Nous nous retrouverons …`).
// Every sentence here is written for the test.

describe('a lead-in that names the decisions below it with a full stop', () => {
  const HEAD = 'Réseau des bibliothèques du Sahel\nAssemblée annuelle – Bamako, les 4 et 5 mai 2026\nSynthèse des travaux\n\nLes directeurs de sept bibliothèques nationales se sont retrouvés à Bamako.\n\n'
  it('ends the section of `Synthèse des travaux`: its noun-phrase items (`▪`, Word\'s `o` and a tab under them) are the points', async () => {
    for (const leadIn of ['Les membres ont arrêté les mesures suivantes.', 'Les membres sont convenus des orientations suivantes.', 'Les participants ont retenu les priorités suivantes :']) {
      const {result} = await structureText(`${HEAD}${leadIn}\n\n▪\tUn catalogue commun des manuscrits, ouvert en ligne dès 2027\n\to\tchaque bibliothèque y versera ses notices\n▪\tLa formation de 80 relieurs dans une école régionale\n`)
      expect(result!.readout.pillars.map((p) => p.body.slice(0, 22))).toEqual(['Un catalogue commun de', 'La formation de 80 rel'])
      expect(result!.readout.pillars[0].body).toContain('chaque bibliothèque y versera ses notices')
    }
  })
  it('reads the same in English (`… agreed on the following priorities.`), and a lead-in that names no decision stays context', async () => {
    const en = await structureText('Sahel Library Network\nAnnual assembly – Bamako, 4-5 May 2026\nSummary of proceedings\n\nThe directors of seven national libraries met in Bamako.\n\nMembers agreed on the following priorities.\n\n▪\tA shared catalogue of manuscripts, online from 2027\n▪\tTraining for 80 bookbinders at a regional school\n')
    expect(en.result!.readout.pillars.map((p) => p.body.slice(0, 20))).toEqual(['A shared catalogue o', 'Training for 80 book'])
    const {messages} = await structureText(`${HEAD}La situation se présente comme suit.\n\n▪\tLes fonds anciens souffrent de l'humidité\n▪\tLes lecteurs sont de plus en plus nombreux\n`)
    expect(messages.join('\n')).toContain('without a decision')
  })
})

describe('a declaration in the first person', () => {
  const HEAD = 'Déclaration finale de Mopti sur la pêche fluviale\nConférence des ministres de la Pêche du bassin du Niger\nMopti, les 2 et 3 avril 2026\n\nNous, ministres chargés de la Pêche, réunis à Mopti,\n\nDécidons ce qui suit :\n\n'
  it('reads `Nous adoptons le Plan … et en confions le suivi …` as the plan adopted (the roadmap, not the declaration\'s own title), and a report asked for each year and the next meeting as outlook', async () => {
    const items = "1° Nous adoptons le Plan d'action pour la pêche fluviale 2026-2030 et en confions le suivi au secrétariat de la Conférence.\n\n2° Nous fermerons la pêche pendant la montée des eaux à partir de 2027.\n\n3° Nous créerons un registre commun des pirogues.\n\n4° Nous chargeons le secrétariat de la Conférence de présenter chaque année un rapport sur la mise en œuvre du Plan d'action.\n\n5° Nous nous retrouverons à Niamey en avril 2027.\n"
    const {result} = await structureText(`${HEAD}${items}`)
    const {pillars, outlook, roadmap} = result!.readout
    expect(roadmap).toBe("Plan d'action pour la pêche fluviale 2026-2030")
    expect(pillars.map((p) => p.body.slice(0, 20))).toEqual(['Nous fermerons la pê', 'Nous créerons un reg'])
    expect(outlook).toEqual(["Nous chargeons le secrétariat de la Conférence de présenter chaque année un rapport sur la mise en œuvre du Plan d'action.", 'Nous nous retrouverons à Niamey en avril 2027.'])
  })
  it('reads `Nous nous réunirons de nouveau …` and `Nous nous reverrons …` as the next meeting', async () => {
    for (const next of ['Nous nous réunirons de nouveau à Gao en 2028.', 'Nous nous reverrons à Ségou au printemps 2027.']) {
      const {result} = await structureText(`${HEAD}1° Nous fermerons la pêche pendant la montée des eaux à partir de 2027.\n\n2° Nous créerons un registre commun des pirogues.\n\n3° ${next}\n`)
      expect(result!.readout.outlook).toEqual([next])
      expect(result!.readout.roadmap).toBe('Déclaration finale de Mopti sur la pêche fluviale')
    }
  })
})

describe('a letter that reports decisions in the first person plural', () => {
  const HEAD = "Réseau des musées ruraux du Jura\nLettre d'information n° 3 – mars 2026\n\nObjet : conclusions de la journée de Dole\n\nMadame, Monsieur,\n\nJ'ai le plaisir de vous adresser les conclusions de notre journée d'étude, qui a réuni à Dole, le 12 mars dernier, les conservateurs de vingt musées.\n\n"
  it('reads `Nous avons d\'abord décidé`, `Nous avons également adopté`, `se sont ensuite engagés`, `nous nous sommes engagés` and `Enfin, nous ouvrirons` as points, not context or outlook', async () => {
    const decisions = ["Nous avons d'abord décidé de prêter nos collections entre musées sans frais d'assurance.", 'Les communes se sont ensuite engagées à ouvrir leur musée le lundi en été.', "Nous avons également adopté un guide de conservation des outils agricoles.", 'Nous nous sommes enfin engagés à publier un catalogue commun en ligne.', "Enfin, nous ouvrirons 12 ateliers pour les écoles d'ici la fin de 2027."]
    const {result} = await structureText(`${HEAD}${decisions.join('\n\n')}\n\nNotre prochaine journée se tiendra à Lons-le-Saunier en mars 2027.\n`)
    expect(result!.readout.pillars.map((p) => p.body)).toEqual(decisions)
    expect(result!.readout.outlook).toEqual(['Notre prochaine journée se tiendra à Lons-le-Saunier en mars 2027.'])
  })
  it('titles a point in the first person from what was decided (`nous formerons 40 guides` → its object), not from the adverb before it', async () => {
    const {result} = await structureText(`${HEAD}Nous avons d'abord décidé de prêter nos collections entre musées sans frais d'assurance.\n\nEnfin, nous formerons 40 guides bénévoles d'ici la fin de 2027.\n`)
    const titles = result!.readout.pillars.map((p) => p.title)
    expect(titles[1]).toMatch(/guides/i)
    expect(titles[1]).not.toBe('Fin')
  })
})

describe('neighbouring French forms of the same layouts', () => {
  it('reads a compte rendu\'s `–` items under `… ont retenu les mesures suivantes.` as points, `En bref :` and a `Chiffres-clés :` list as context', async () => {
    const text = "Réseau des ports de pêche de l'Atlantique\nRéunion annuelle – Dakar, les 2 et 3 juin 2026\nCompte rendu des travaux\n\nEn bref : les membres ont décidé de partager leurs données de débarquement.\n\nLes directeurs de douze ports se sont réunis à Dakar les 2 et 3 juin 2026.\n\nLes membres ont retenu les mesures suivantes.\n\n– Une base commune des débarquements, ouverte aux chercheurs dès 2027\n– Un fonds de 4 millions d'euros pour moderniser les criées\n– La formation de 60 agents de contrôle\n\nChiffres-clés :\n▪ 12 ports membres\n▪ 800 000 tonnes débarquées en 2025\n\nLe Réseau se réunira de nouveau à Nouakchott en 2027.\n"
    const {result} = await structureText(text)
    const {pillars, context, outlook} = result!.readout
    expect(pillars.map((p) => p.body)).toEqual(['Une base commune des débarquements, ouverte aux chercheurs dès 2027', "Un fonds de 4 millions d'euros pour moderniser les criées", 'La formation de 60 agents de contrôle'])
    expect(context.join(' ')).toContain('12 ports membres')
    expect(outlook).toEqual(['Le Réseau se réunira de nouveau à Nouakchott en 2027.'])
  })
  it('reads numbered `Nous décidons de …`, `Nous invitons … à …` as points and `Nous nous retrouverons …` as outlook', async () => {
    const text = "Déclaration de Lomé sur les semences\nConférence des ministres de l'Agriculture du Golfe de Guinée\nLomé, le 4 mai 2026\n\nNous, ministres de l'Agriculture, réunis à Lomé,\n\n1. Nous décidons de créer un catalogue commun des semences d'ici 2027.\n\n2. Nous invitons nos partenaires à financer trois laboratoires de contrôle.\n\n3. Nous décidons d'harmoniser les règles de certification.\n\n4. Nous nous retrouverons à Accra en mai 2027.\n"
    const {result} = await structureText(text)
    expect(result!.readout.pillars).toHaveLength(3)
    expect(result!.readout.outlook).toEqual(['Nous nous retrouverons à Accra en mai 2027.'])
  })
})
