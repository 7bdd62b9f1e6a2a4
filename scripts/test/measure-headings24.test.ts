import {describe, expect, it} from 'vitest'
import {structureText} from './helpers.js'

// A plan's measures each under a numbered heading line (`Mesure n° 1 – …`), as round 24 showed them (issue 11):
// the label and its number are no part of the heading, so a long heading is still one. Sentences written for the test.

const read = async (text: string) => (await structureText(text)).result!.readout

describe("a plan's numbered measure heading", () => {
  it('heads one paragraph each without its label, also when the label would make it too long for one', async () => {
    const readout = await read("Communiqué de presse\n\nRennes, le lundi 4 mai 2026\n\nConférence régionale de l'eau : quatre mesures pour les rivières\n\nLa conférence régionale de l'eau s'est réunie ce lundi à Rennes, sous la présidence du préfet de région.\n\nLa conférence a retenu les mesures suivantes.\n\nMesure n° 1 – Des haies le long des cours d'eau\nLes agriculteurs pourront planter des haies avec une aide de 2 000 euros par kilomètre.\n\nMesure n° 2 – La restauration des zones humides les plus menacées du bassin\nLes syndicats de rivière restaureront 300 hectares de zones humides d'ici 2028.\n\nMesure n° 3 – Un suivi partagé de la qualité des rivières\nLes mesures de la qualité de l'eau seront publiées chaque mois sur un site commun.\n\nLa conférence se réunira de nouveau en octobre 2026.\n")
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(["Des haies le long des cours d'eau", 'La restauration des zones humides les plus menacées du bassin', "Un suivi partagé de la qualité des rivières"])
    expect(readout.pillars.map((pillar) => pillar.body.slice(0, 20))).toEqual(['Les agriculteurs pou', 'Les syndicats de riv', 'Les mesures de la qu'])
  })
  it('drops an English measure, action or priority label with its number', async () => {
    const readout = await read('Regional Water Conference: three measures for rivers\nCardiff, 4 May 2026\n\nThe regional water conference met in Cardiff on 4 May 2026 and agreed the measures below.\n\nMeasure 1 – Hedges along the streams that cross upland farmland\nFarmers will receive £2,000 per kilometre of hedge they plant.\n\nAction no. 2: Wetlands\nRiver trusts will restore 300 hectares of wetland by 2028.\n\nPriority 3 – Shared water quality data\nWater quality readings will be published every month on one website.\n')
    expect(readout.pillars.map((pillar) => pillar.title)).toEqual(['Hedges along the streams that cross upland farmland', 'Wetlands', 'Shared water quality data'])
  })
})
