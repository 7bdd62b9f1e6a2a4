import {describe, expect, it} from 'vitest'
import {pointTitle} from '../structure/choose-title.js'
import {withoutForWhom} from '../structure/for-whom.js'
import {FRENCH_TITLES} from '../structure/french.js'
import {patternTitle} from '../structure/pattern-title.js'
import {ruleTitle} from '../structure/point-title.js'
import {structureText} from './helpers.js'

// Titles a staffer would write for a point that has none of its own (issue 11): a noun phrase that
// names the subject, never the actors, an attitude or a sentence cut off.

describe('pointTitle', () => {
  it('names the measure, not who it is for: a last `for …` that names only people goes', () => {
    expect(pointTitle('Ministers endorsed a loan scheme for women farmers and fishers.')).toBe('Loan scheme')
    expect(pointTitle('Ministers agreed to extend the tax credit for small employers.')).toBe('Tax credit')
    expect(pointTitle('Ministers approved a scholarship fund for refugee students.')).toBe('Scholarship fund')
  })

  it('keeps the complement the sentence gives a title of one word, never leaves the word alone', () => {
    expect(pointTitle('An audit of the carrying capacity of the most visited national parks, to be done by the tourism board')).toBe('Audit of carrying capacity')
    expect(pointTitle('A levy on the carrying capacity of the largest ferries, to be collected by port authorities')).toBe('Levy on carrying capacity')
  })

  it('takes what was agreed from the clause after “agreed that” when its subject is who acts', () => {
    expect(pointTitle('Ministers agreed that members will cut methane emissions from oil and gas operations by 75 percent by 2030.')).toBe('Methane emissions')
    expect(pointTitle('Ministers agreed that every member will offer its residents a free digital identity.')).toBe('Free digital identity')
  })

  it('looks past an attitude or an action word to what it is about', () => {
    expect(pointTitle('Participants welcomed the progress of the Basin Joint Task Force and agreed to support it.')).toBe('Basin Joint Task Force')
    expect(pointTitle('Participants agreed to step up action against the financing of armed groups.')).toBe('Financing of armed groups')
    expect(pointTitle('Participants noted with concern that approx. 3.2 million people remain displaced in the Basin.')).toBe('Displaced people')
  })

  it('names what an amount is for rather than who gave it', () => {
    expect(pointTitle('The Compact’s development partners pledged US$480 million over three years to fund agent networks in rural areas.')).toBe('Agent networks')
    expect(pointTitle('The Alliance’s donors committed $850 million in grants to help producers repair leaks.')).toBe('Grants')
  })

  it('gives a bare one-word object its activity, but never the gerund of an attitude or a request', () => {
    expect(pointTitle('We will protect people in transit.')).toBe('Protecting people in transit')
    expect(pointTitle('We will recognise skills across borders.')).toBe('Recognising skills across borders')
    expect(pointTitle('Ministers welcomed pledges of US$1.4 billion from donors.')).toBe('Pledges from donors')
    expect(pointTitle('Ministers called on pharmacies to stop selling antibiotics without a prescription.')).toBe('Antibiotics')
  })

  it('looks past an amount to what it is for, a fact to what it says, a relative clause to the main verb', () => {
    expect(pointTitle('Ministers welcomed pledges totalling US$1.1 billion for primary health care.')).toBe('Pledges for primary health care')
    expect(pointTitle("Ministers welcomed new pledges of US$650 million for the Partnership's 2023–2025 financing period.")).toBe('New pledges')
    expect(pointTitle('Ministers welcomed the fact that trade between members recovered to US$68 billion in 2020.')).toBe('Trade between members')
    expect(pointTitle('Ministers took note of the report of the Eminent Persons Group.')).toBe('Report of the Eminent Persons Group')
    expect(pointTitle('Universities will be able to offer joint doctoral programmes.')).toBe('Joint doctoral programmes')
    expect(pointTitle('Ministers agreed to build the first hybrid interconnectors.')).toBe('Hybrid interconnectors')
  })

  it('keeps the core of a long title when the core says what it is', () => {
    expect(pointTitle('Ministers agreed to publish satellite data on large methane plumes.')).toBe('Satellite data')
    // a one-word phrase stays; the fitted scorer drops `common`, as the corpus's editor did
    // (agriculture-numbered-1 accepts `Import tariff for rice`, not `Common import tariff for rice`)
    expect(pointTitle('Ministers did not agree on a common import tariff for rice.')).toBe('Import tariff for rice')
    // … but a one-word phrase that only names who is concerned goes
    expect(pointTitle('Members will end discrimination and violence against refugees.')).toBe('Discrimination and violence')
    // numbers, in words too, and units are not part of a title
    expect(pointTitle('Ministers agreed to repair three hundred and fifty schools damaged by the storms.')).toBe('Repairing schools')
    expect(pointTitle('Ministers agreed to build a regional grain reserve of 400,000 tonnes.')).toBe('Regional grain reserve')
    expect(pointTitle('Ministers endorsed two new undersea cables between Estonia and Finland.')).toBe('New undersea cables')
    // (the rules' title; the fitted scorer drops `shared`, as it drops `common`: the corpus has no such case to settle it)
    expect(ruleTitle('A shared register of drug-resistant cases will be set up by the U.S. and Mexico.')).toBe('Shared register of drug-resistant cases')
    expect(pointTitle('The Partnership will buy new oral medicines jointly.')).toBe('New oral medicines')
    // (the rules' title; the fitted scorer prefers `Monitoring of microplastics`: the corpus has no such case to settle it)
    expect(ruleTitle('Ministers launched a joint programme for the monitoring of microplastics in the river.')).toBe('Joint programme for the monitoring of microplastics')
  })

  it('writes a container and the one thing it holds as a compound, rather than cut its complement', () => {
    expect(pointTitle('Ministers approved a regional reserve of fuel, to be kept in three depots.')).toBe('Regional fuel reserve')
    expect(pointTitle('The register of accredited auditors now lists 400 firms.')).toBe('Accredited auditor register')
    // cut inside a complement otherwise (`Common fund for the rebuilding`), and a modifier that adds little goes when the stack is long
    expect(pointTitle('Leaders set up a common fund for the rebuilding of roads and bridges destroyed by the earthquake.')).toBe('Common rebuilding fund')
    expect(pointTitle('Members will share a common database of satellite images for crop monitoring across the region.')).toBe('Satellite image database')
    // kept as written: a complement that fits with its own, a noun restricted after it, a noun that is not a container
    expect(pointTitle('Ministers launched a joint fund for the training of midwives.')).toBe('Joint fund for the training of midwives')
    expect(pointTitle('Officials will study reserves for the fuels most exposed to shortages.')).toBe('Reserves for the fuels')
    expect(pointTitle('Ministers welcomed the accession of Iceland and Norway to the Agreement.')).toBe('Accession of Iceland and Norway')
  })

  it('lets an amount of money end a complement, not remove it', () => {
    expect(pointTitle('Ministers noted that lending between members reached €2 billion last year.')).toBe('Lending between members')
  })

  it('keeps the phrase that says what a generic head is', () => {
    // a size such as `20-member` is not a quantity of the head; `the use of` points to what follows
    expect(pointTitle('Ministers set up a 20-member working group on the use of drones in border surveillance and rescue.')).toBe('Working group on drones')
    // `against hate/VERB speech`: after a preposition, a bare verb before a noun modifies it
    expect(pointTitle('Members endorsed a national programme against hate crime in schools.')).toBe('National programme against hate crime')
    // (the fitted scorer drops `regional`, as the corpus's editor did: security-numbered-1 accepts `Programme against hate speech`)
    expect(pointTitle('Ministers welcomed the launch of a regional programme against hate speech.')).toBe('Programme against hate speech')
    // a gerund joined to a noun names an activity too
    // (the fitted scorer keeps what the rules are on, as the corpus's editor did: trade-numbered-1 accepts
    // `Electronic signatures and e-invoicing` for `common rules on electronic signatures and e-invoicing`)
    expect(pointTitle('Ministers agreed to work towards common rules on customs declarations and e-filing.')).toBe('Customs declarations and e-filing')
  })

  it('reads lists and amounts as a whole', () => {
    // a list of examples that names its kind at the end: the kind
    expect(pointTitle('Members will subsidise school books, medicines and other essential goods in remote islands.')).toBe('Essential goods')
    // the first item of a list is not what the point is about
    expect(pointTitle('Members will publish weekly statistics on arrivals, returns and asylum claims.')).toBe('Weekly statistics')
    // `€3.5bn`: the scale word is part of the amount, what it is for comes after
    expect(pointTitle('Development banks announced loans of €3.5bn for rail links.')).toBe('Loans for rail links')
  })

  it('keeps the participle phrase that says which, after a bare noun', () => {
    expect(pointTitle('Ministers expressed concern for families recently displaced by the floods.')).toBe('Families recently displaced by floods')
    expect(pointTitle('Members will destroy illegal weapons seized from armed groups.')).toBe('Illegal weapons seized from armed groups')
    // an activity on a bare object stays an activity in the rules' title; the fitted scorer prefers
    // the participle phrase (`Bridges destroyed by earthquake`): the corpus has no such case to settle it
    expect(ruleTitle('Ministers agreed to rebuild bridges destroyed by the earthquake.')).toBe('Rebuilding bridges')
  })

  it('keeps the number of a document as part of its name, and looks past its implementation', () => {
    expect(pointTitle('Ministers called for the full implementation of Decision 12 on fisheries subsidies.')).toBe('Decision 12 on fisheries subsidies')
  })

  it('looks past a change to what changes, and reads a participle before a noun as its modifier', () => {
    expect(pointTitle('Ministers expressed alarm at the increase in attacks on aid workers.')).toBe('Attacks on aid workers')
    // `a shared/VERB public register`, `of stolen/VERB goods`: the model's slips
    expect(pointTitle('The Council will keep a shared public register of stolen vehicles.')).toBe('Shared public register of stolen vehicles')
  })

  it('names the action on something when a generic head cannot keep it whole', () => {
    // (the rules' title; the fitted scorer prefers `Organic farm products`: the corpus has no such case to settle it)
    expect(ruleTitle('Officials will draft joint guidelines for the certification of organic farm products sold across borders.')).toBe('Certification of organic farm products')
  })

  it('names a bare amount as funding for what it is for', () => {
    expect(pointTitle('Donors offered thirty million dollars for school meals.')).toBe('Funding for school meals')
  })

  it('reads `to` before a gerund after a noun as a preposition, and leaves out when', () => {
    expect(pointTitle('Ministers reviewed the threats to farming of the last decade.')).toBe('Threats to farming')
    // after a noun that takes `to`, what follows is its complement (`risks to water supplies`), not an infinitive
    expect(pointTitle('Ministers discussed risks to water supplies in the dry season.')).toBe('Risks to water supplies')
  })

  it('never names who met or acted, unless the point is about who belongs', () => {
    expect(pointTitle('Governors of the central banks reaffirmed their commitment to price stability.')).not.toMatch(/governors|central banks/i)
    expect(pointTitle('The Ministers of Finance agreed to strengthen the regional payment system.')).toBe('Regional payment system')
    // people who do something to a thing act: the point is the thing (`standard/ADJ` read as the noun it is)
    expect(pointTitle('Engineers from the 9 member states will use one inspection standard from 2017.')).toBe('Inspection standard')
    // a member of the body (`every member city`) acts too (and what each has one of is titled in the plural)
    expect(pointTitle('Ministers agreed that every member city will have a flood evacuation plan before the rainy season.')).toBe('Flood evacuation plans')
    // about membership, who joined is the point, named as an editor names it (`New members`, `Accession of …`)
    expect(pointTitle('Ministers welcomed Namibia and Zambia as new members of the Forum.')).toBe('New members')
  })

  it('titles who joined by the role they took, an office by the office, and what a named lender gives by lender and instrument', () => {
    expect(pointTitle('The Council welcomed Bhutan, Nepal and Laos as new members, bringing its membership to twelve.')).toBe('New members')
    expect(pointTitle('Delegates welcomed the Republic of Palau as the eleventh member state of the Commission.')).toBe('New member state')
    expect(pointTitle('Andorra and Monaco formally joined the Network on 1 March.')).toBe('New members')
    expect(pointTitle('Ministers welcomed the admission of Ghana and Togo to the Pool.')).toBe('Admission of Ghana and Togo')
    expect(pointTitle('The Islamic Development Bank will lend US$60 million to rebuild rural clinics.')).toBe('Islamic Development Bank loan')
    expect(pointTitle('The Adaptation Fund approved a grant of US$9 million for flood defences in three delta towns.')).toBe('Adaptation Fund grant')
    expect(pointTitle('The Caribbean Development Bank will provide technical assistance to the four smallest members.')).toBe('Caribbean Development Bank technical assistance')
    // an office filled is titled by the office, not the person; two offices by both
    expect(pointTitle('The Assembly re-elected Dr. Ana Ruiz of Chile as its Chair for a second term.')).toBe('Re-election of the Chair')
    expect(pointTitle('Ministers elected Mr. Tomas Berg, Minister of Transport of Sweden, as Vice-Chair of the Forum.')).toBe('Election of the Vice-Chair')
    expect(pointTitle('The Board elected Ms. Ama Owusu as its President and Mr. Jean Blanc as its Treasurer.')).toBe('President and Treasurer')
    expect(pointTitle('Ministers appointed Mr. Ravi Menon to the post of Executive Secretary.')).toBe('Appointment of the Executive Secretary')
    // an office said by its verb (`to chair`), alone or with another said by `as`
    expect(pointTitle('Ministers elected the Kingdom of Tonga to chair the Board for the next two years and thanked Fiji for its leadership.')).toBe('Election of the Chair')
    expect(pointTitle('Ministers elected the Kingdom of Tonga to chair the Board for two years and the Republic of Palau as Vice-Chair.')).toBe('Chair and Vice-Chair')
    // (people named to chair groups in lower case fill no office of the body)
    expect(pointTitle('Ministers welcomed the report of the auditors and named two experts to chair the working groups on safety.')).not.toMatch(/Chair/)
    // two joined as ordinals written out (`the thirty-first and thirty-second members`)
    expect(pointTitle('Delegates welcomed the Republic of Chad and the Republic of Niger as the thirty-first and thirty-second members of the Authority.')).toBe('New members')
    // (the unit of an amount the phrase leaves out goes with it: `$4bn` is not “Bn …”)
    expect(pointTitle('Ministers endorsed a $2bn credit line for seed imports by the poorest members.')).not.toMatch(/^Bn/)
    // (a lender not named, or one that only supports, is no such point)
    expect(pointTitle('The Bank will provide a loan to rebuild rural clinics.')).not.toBe('Bank loan')
    expect(pointTitle('The Nordic Investment Bank will provide support to the new members.')).not.toMatch(/Bank support/)
  })

  it('leaves out a body named by its head alone as the owner of the thing (a reserve of the Commission)', () => {
    expect(pointTitle("Ministers agreed to enlarge the Commission's fodder reserve from 2,000 to 5,000 tonnes.")).toBe('Fodder reserve')
    expect(pointTitle("The Forum's seed-testing laboratory, opened in 2024, now serves 14 countries.")).toBe('Seed-testing laboratory')
  })

  it('titles a budget decided for a year by its period, not by whose it is', () => {
    expect(pointTitle("Ministers approved the Secretariat's budget of €1.9 million for 2028, up 3 percent on 2027.")).toBe('Budget for 2028')
    expect(pointTitle("The Board's budget for 2029–2030 was set at US$7 million.")).toBe('Budget for 2029–2030')
    expect(pointTitle('Ministers took note of the audited accounts for 2030 and approved the budget of the Office for 2031 and 2032 at US$2 million a year.')).toBe('Budget for 2031 and 2032')
    // (a budget only noted is no such point, whatever words hold `pass` or `agree`)
    expect(pointTitle('Ministers noted that the budget for 2027 falls short, and asked ports to publish passenger numbers.')).not.toBe('Budget for 2027')
    expect(pointTitle('Ministers noted that the budget for 2026 was spent in full, as the passport office had asked.')).not.toBe('Budget for 2026')
    // (a budget of a programme, for no year, is no such point)
    expect(pointTitle('Ministers endorsed a seed programme with a budget of US$5 million over four years.')).toBe('Seed programme')
  })

  it('titles a paragraph that opens on its subject (`On …,`, `Regarding …,`) by that subject, not one word, a time or an occasion', () => {
    expect(pointTitle('On river transport, Ministers agreed to dredge the shallow reaches of the Niger before the dry season.')).toBe('River transport')
    expect(pointTitle('Regarding school meals for refugees, members noted that funding runs out in June.')).toBe('School meals for refugees')
    expect(pointTitle('As regards seed certification, the Council asked the Secretariat to draft common rules.')).toBe('Seed certification')
    // (one word says too little; a day, who speaks for whom and where the talks were are no subject)
    expect(pointTitle('On health, Ministers agreed to vaccinate every child against measles by 2028.')).not.toBe('Health')
    expect(pointTitle('On Monday morning, ministers opened a regional seed bank in Tamale.')).not.toMatch(/Monday/)
    expect(pointTitle('On behalf of the Council, the Chair thanked the host for the new ferry terminal.')).not.toMatch(/behalf/i)
    expect(pointTitle('On the sidelines of the summit, ministers signed a protocol on cross-border fires.')).not.toMatch(/sidelines/i)
  })

  it('keeps the number of a document, and names a resolution by its noun and number', () => {
    expect(pointTitle('Ministers adopted Resolution No. 12 on the protection of fishing communities.')).toBe('Resolution No. 12')
    expect(pointTitle('Ministers called for the full implementation of U.N. Security Council Resolution 2349 in the region.')).toBe('Resolution 2349')
    // what the document is about, said in a few words after it, stays when it fits; not the first item of a list
    expect(pointTitle('Ministers adopted Decision No. 3 on seed certification, which sets one procedure for all members.')).toBe('Decision No. 3 on seed certification')
    expect(pointTitle('Ministers endorsed Resolution 18 on coastal erosion.')).toBe('Resolution 18 on coastal erosion')
    expect(pointTitle('Ministers recalled Resolution 9 on migrants, refugees and asylum.')).toBe('Resolution 9')
  })

  it('keeps a decided name whole, quoted or in capitals, and takes its acronym when it is too long', () => {
    expect(pointTitle('Ministers endorsed the Hamburg Principles on Port Security and asked officials to apply them.')).toBe('Hamburg Principles on Port Security')
    expect(pointTitle('Delegations endorsed the "Blue Corridors for Migratory Species Initiative" as a flagship project.')).toBe('Blue Corridors for Migratory Species Initiative')
    expect(pointTitle('Leaders adopted the Kigali Declaration on Clean Cooking for All Households in Africa (KDCC).')).toBe('KDCC')
    // a name in a gerund keeps its capital
    expect(pointTitle('The Chair thanked Kenya for hosting the meeting.')).toBe('Thanking Kenya')
  })
})

describe('patternTitle (French)', () => {
  const title = (sentence: string) => patternTitle(sentence, FRENCH_TITLES)

  it('leaves out when and where an action is done before its object, and titles a quality given by `rendre` after the object', () => {
    expect(title('Les États membres achèveront d’ici à la fin de 2027 la construction des entrepôts frigorifiques.')).toBe('Construction des entrepôts frigorifiques')
    expect(title('Les États membres achèveront d’ici au 30 juin 2027 la construction des entrepôts frigorifiques.')).toBe('Construction des entrepôts frigorifiques')
    expect(title('Le Conseil a décidé d’ouvrir au Sénégal une antenne régionale du Secrétariat.')).toBe('Antenne régionale du Secrétariat')
    expect(title('Les ministres ont décidé de créer à Niamey un centre régional de formation.')).toBe('Centre régional de formation')
    expect(title('Les ministres ont décidé de rendre gratuite la vaccination des enfants de moins de cinq ans.')).toBe('Vaccination des enfants gratuite')
  })

  it('joins `de` to what follows as French writes it, after a dropped count or an article `des`', () => {
    expect(title('Les ministres ont salué l\'ouverture de 12 ateliers de réparation de filets depuis 2023.')).toBe('Ouverture des ateliers de réparation de filets')
    expect(title('Les ministres ont salué la fermeture de 30 décharges sauvages depuis 2023.')).toBe('Fermeture des décharges sauvages')
    expect(title('Le Conseil a décidé de supprimer des exonérations accordées aux importateurs de sucre.')).toBe('Suppression d\'exonérations accordées aux importateurs de sucre')
  })

  it('takes the object when who acted is the subject, in the past, the future or the present', () => {
    // (an action noun keeps its object in six words, `formation des enseignants`; the complement after it goes)
    expect(title('Les gouverneurs lancent un programme commun de formation des enseignants du primaire.')).toBe('Programme commun de formation des enseignants')
    expect(title('Les États membres s’engagent à porter à 15 % la part du budget consacrée à la santé.')).toBe('Part du budget consacrée à la santé')
    // never who acted, unless the point is about who belongs
    expect(title('Les ministres se félicitent de l’adhésion du Cap-Vert à la Communauté.')).toBe('Adhésion du Cap-Vert à la Communauté')
  })

  it('titles an item of a list of decisions that opens with its infinitive by what it acts on', () => {
    // (`Les ministres ont décidé :` then `• de créer …`: the verb was said before the list)
    expect(title('de créer un observatoire régional des prix agricoles, géré par le Secrétariat ;')).toBe('Observatoire régional des prix agricoles')
    expect(title("d'harmoniser les programmes de formation des sages-femmes d'ici 2028 ;")).toBe('Harmonisation des programmes de formation des sages-femmes')
    expect(title('Renforcer les contrôles sanitaires aux frontières terrestres.')).toBe('Contrôles sanitaires aux frontières terrestres')
    // (`faire` gives way to the infinitive after it; a participle that does not take `de` ends the phrase)
    expect(title('de faire réaliser une cartographie nationale des nappes phréatiques ;')).toBe('Cartographie nationale des nappes phréatiques')
    expect(title('de lancer un guichet unique permettant aux exportateurs de déposer leurs documents en ligne.')).toBe('Guichet unique')
    // (a phrase that opens with `Entre`, `Notre` is no infinitive)
    expect(title('Entre les deux sessions, le Comité a adopté un code de conduite des observateurs.')).toBe('Code de conduite des observateurs')
  })

  it('titles an item of a list that opens with the verb of who acted (`Les ministres :` then `• décident de …`) by what it acts on, never by the verb', () => {
    expect(title('décident de bâtir un entrepôt frigorifique commun, géré par les coopératives ;')).toBe('Entrepôt frigorifique commun')
    expect(title('conviennent de mettre en place une carte professionnelle des guides de montagne ;')).toBe('Carte professionnelle des guides de montagne')
    expect(title('constatent avec préoccupation que les nappes côtières se salinisent ;')).toBe('Nappes côtières')
  })

  it('names training by its noun with who is trained, after an infinitive that opens the item even when a count follows it', () => {
    expect(title('décident de former 800 sages-femmes par an dans les écoles régionales ;')).toBe('Formation des sages-femmes')
    expect(title('former 1 500 agents vétérinaires au dépistage de la peste porcine ;')).toBe('Formation des agents vétérinaires')
  })

  it('titles an item that opens with an infinitive, then where, then a clause, by where it applies', () => {
    expect(title('Imposer dans les contrats de transport scolaire que la moitié des bus roulent au biogaz.')).toBe('Contrats de transport scolaire')
    // (a place before an object is no title: the object is)
    expect(title('Reconnaître dans chaque pays les diplômes de technicien agricole.')).not.toMatch(/^Pays/)
  })

  it('never titles a point by the cut words of a time or a qualified amount (`Ici 2030`, `Moins`, `Semaine`)', () => {
    // an amount of money, when it is spent, then what it pays for
    expect(title('Les ministres ont décidé d’investir 600 millions d’euros d’ici 2031 dans les digues côtières.')).toBe('Digues côtières')
    expect(title('mobiliser 90 millions de dollars sur quatre ans pour la mise en œuvre du plan de reboisement ;')).toBe('Plan de reboisement')
    // `au moins` qualifies an amount, it is no `au` that leads to the object
    expect(title('Les États membres s’engagent à consacrer au moins 15 % de leurs achats publics aux produits locaux.')).toBe('Achats publics aux produits locaux')
    // a time and an aside between commas before the object
    expect(title('Les ministres ont décidé de suspendre chaque année, pendant trois semaines, la chasse au phacochère.')).toBe('Chasse au phacochère')
    expect(title('Les ministres sont convenus de diffuser chaque semaine, par courriel et à la radio, les cours du bétail sur les marchés.')).toBe('Cours du bétail')
  })

  it('leaves out a duration, a count in words with its scale and an amount with its qualifier', () => {
    // (a duration a preposition opens ends the phrase; one right after the noun is skipped)
    expect(title('Le Conseil a élu M. Paul Biya à la présidence du Comité pour un mandat de trois ans.')).toBe('Présidence du Comité')
    expect(title('Les ministres ont lancé un programme de 4 ans pour la formation des infirmiers.')).toBe('Programme pour la formation des infirmiers')
    expect(title('Les ministres ont décidé de constituer une réserve régionale de trois millions de sacs de semences.')).toBe('Réserve régionale de sacs de semences')
    expect(title('Les ministres ont décidé de consacrer à la recherche au moins 1 % de leur budget.')).toBe('Recherche')
  })

  it('passes the words that only lead to what the point is about', () => {
    expect(title('Les ministres ont décidé de mettre en place un registre régional des navires autorisés.')).toBe('Registre régional des navires autorisés')
    expect(title('Les ministres ont pris note du rapport du Secrétariat sur la pêche illicite.')).toBe('Rapport du Secrétariat sur la pêche illicite')
    expect(title('Les participants ont exprimé leur préoccupation face à la hausse des prix des denrées alimentaires.')).toBe('Prix des denrées alimentaires')
  })

  it('keeps a generic head with its complement, a name whole and a document with its number', () => {
    expect(title('Les ministres ont demandé au secrétariat de préparer des règles communes pour la pêche artisanale du poulpe.')).toBe('Règles communes pour la pêche artisanale')
    expect(title('Les ministres ont adopté l’Agenda de Lausanne pour la science ouverte, qui fixe dix principes.')).toBe('Agenda de Lausanne pour la science ouverte')
    expect(title('Les ministres ont adopté la résolution n° 12 relative à la protection des communautés de pêcheurs.')).toBe('Résolution n° 12')
  })

  it('reads an impersonal decision, more verbs of asking and a bank as who acted', () => {
    // (a head alone keeps what it is about)
    expect(title('Il a été décidé de créer une task force sur la cybersécurité.')).toBe('Task force sur la cybersécurité')
    expect(title('Les ministres ont salué l’entrée en vigueur de l’Accord de Niamey sur la transhumance.')).toBe('Accord de Niamey sur la transhumance')
    expect(title('Les ministres encouragent les États membres à ratifier la Convention de Bamako.')).toBe('Convention de Bamako')
    // what a loan is for, and a complement in `pour` that cannot fit goes whole
    expect(title('La Banque africaine de développement a annoncé un prêt de 200 millions de dollars pour la route transsaharienne.')).toBe('Prêt pour la route transsaharienne')
    expect(title('Les ministres ont instruit le Secrétariat exécutif d’élaborer un plan d’action pour la gestion des déchets plastiques.')).toBe('Plan d’action')
  })

  it('leaves a count in words out as it does digits, and titles what an amount pays for', () => {
    expect(title('Trois cents infirmiers seront formés d’ici la fin de l’année prochaine.')).toBe('Infirmiers')
    expect(title('Les ministres ont décidé d’étendre la vaccination au porte-à-porte à quatre-vingt-dix villages de montagne.')).toBe('Vaccination au porte-à-porte')
    // (after an action noun, what a dropped count counted takes `des`)
    expect(title('Un crédit de 3 milliards de francs CFA financera la réhabilitation de cinq cents écoles rurales dans le nord.')).toBe('Réhabilitation des écoles rurales')
  })

  it('titles a decision by a body by what it decided, never by the start of the sentence', () => {
    // a body as subject, a future in -ra, a request through `aux États membres de`, a finding after `que`
    expect(title('Le Comité a approuvé la création d’un réseau de laboratoires de référence pour la santé animale.')).toBe('Réseau de laboratoires de référence')
    expect(title('Le Réseau mettra en place un programme de certification des acheteurs publics d’ici 2026.')).toBe('Programme de certification des acheteurs publics')
    expect(title('Le Réseau recommandera aux États membres de publier leurs budgets de santé chaque trimestre.')).toBe('Publication des budgets de santé')
    expect(title('Les ministres ont constaté que les retards de paiement pénalisent les petites entreprises.')).toBe('Retards de paiement')
    expect(title('Les douanes conduiront une opération coordonnée de contrôle des sites de stockage de déchets.')).toBe('Opération coordonnée de contrôle')
    // words before the subject: an adverb, an opening phrase, an aside after the verb
    expect(title('Désormais leurs listes d’entreprises exclues des marchés publics seront partagées entre les membres.')).toBe('Listes d’entreprises exclues des marchés publics')
    expect(title('Ici, à la fin de la session, les délégations ont salué l’accord sur les quotas.')).toBe('Accord sur les quotas')
    expect(title('Les ministres ont décidé de supprimer, dès le 1er janvier, les frais de roaming entre les pays membres.')).toBe('Suppression des frais de roaming')
  })

  it('looks past an aside, an attitude with its infinitive, an adverb and an amount to what the point is about', () => {
    expect(title('Les ministres ont longuement débattu, sans parvenir à un accord, de la réforme des quotas de pêche.')).toBe('Réforme des quotas de pêche')
    // (`lutter contre` is named as editors name it, `Lutte contre …`)
    expect(title('Et les délégations ont réaffirmé leur volonté de lutter contre le travail des enfants.')).toBe('Lutte contre le travail des enfants')
    expect(title('Les ministres se sont félicités des progrès accomplis dans la lutte contre le paludisme.')).toBe('Lutte contre le paludisme')
    expect(title('Les ministres ont apporté leur contribution conjointe au fonds de reconstruction des écoles.')).toBe('Fonds de reconstruction des écoles')
    expect(title('Les pays membres verseront chacun 2 millions d’euros au fonds de solidarité.')).toBe('Fonds de solidarité')
    // a verb the patterns do not know: the first phrase after it that is not who acted
    expect(title('Les ministres ont souhaité que la Commission présente rapidement une feuille de route sur l’hydrogène.')).toBe('Feuille de route sur l’hydrogène')
  })

  it('cuts a long phrase at a boundary: never after a participle, never leaving a head alone', () => {
    expect(title('Les partenaires ont lancé un plan commun contre les violences numériques faites aux femmes.')).toBe('Plan commun contre les violences numériques')
    expect(title('Les États membres organiseront une campagne régionale de vaccination coordonnée contre la rougeole.')).toBe('Campagne régionale de vaccination')
    expect(title('Les ministres ont adopté un protocole commun de certification sanitaire des animaux vivants importés.')).toBe('Protocole commun de certification sanitaire')
    expect(title('Les ministres ont créé un fonds pour la surveillance des pêches doté de 12 millions d’euros.')).toBe('Fonds pour la surveillance des pêches')
    expect(title('Les ministres se sont engagés à ouvrir un guichet unique pour les exportateurs de fruits.')).toBe('Guichet unique pour les exportateurs de fruits')
    expect(title('Le Conseil a lancé un tableau de bord des foyers de maladies animales transfrontalières.')).toBe('Tableau de bord des foyers')
    expect(title('Les ministres ont demandé au secrétariat de préparer un système d’alerte par SMS pour les éleveurs.')).toBe('Système d’alerte par SMS')
    // the source's words, `de` repeated as it wrote it
    expect(title('Les délégations ont approuvé l’adhésion du Cameroun et de Madagascar.')).toBe('Adhésion du Cameroun et de Madagascar')
    // a verb of change is named with its object; one that makes or extends something is not
    expect(title('Les gouvernements s’engagent à doubler la part des énergies renouvelables dans le mix électrique.')).toBe('Doublement de la part des énergies renouvelables')
    expect(title('Le Comité a décidé de créer un registre commun des navires de pêche.')).toBe('Registre commun des navires de pêche')
    expect(title('Il a été convenu de mettre sur pied une autorité régionale de régulation des plateformes numériques.')).toBe('Autorité régionale de régulation')
    expect(title('Les ministres ont décidé de réduire, d’ici à 2027, les taxes sur les téléphones d’entrée de gamme vendus dans la région.')).toBe('Taxes sur les téléphones d’entrée de gamme')
    expect(title('Les ministres ont décidé de consacrer 40 M€ à la rénovation de neuf hôpitaux de district.')).toBe('Rénovation des hôpitaux de district')
  })

  it('titles an election by its office, never by the person elected', () => {
    expect(title('Le Comité a réélu Mme Aïcha Sow (Mali) à sa présidence pour un nouveau mandat.')).toBe('Présidence du Comité')
    expect(title('Les ministres ont élu M. Paul Ndong, ministre gabonais des Mines, à la présidence du Conseil pour deux ans.')).toBe('Présidence du Conseil')
    expect(title('L’Assemblée a élu Mme Rose Kaboré présidente de la Commission des recours.')).toBe('Présidence de la Commission des recours')
    expect(title('Les ministres ont élu le Togo à la vice-présidence de l’Organisation.')).toBe('Vice-présidence de l’Organisation')
  })

  it('reads a body that acts, in the singular present too, and a topic the point names first', () => {
    expect(title('L’Union a adopté une charte commune de sécurité des silos à grains.')).toBe('Charte commune de sécurité des silos')
    expect(title('La Conférence se félicite de l’adhésion du Bénin, qui devient son huitième membre.')).toBe('Adhésion du Bénin')
    expect(title('Le Conseil approuve l’adhésion de la Gambie à l’Organisation.')).toBe('Adhésion de la Gambie à l’Organisation')
    expect(title('S’agissant de la pêche illicite, les ministres ont décidé de partager leurs listes de navires.')).toBe('Pêche illicite')
    expect(title('En matière de formation des juges, les États membres appellent à des échanges réguliers.')).toBe('Formation des juges')
    // (not an opening that says on what basis)
    expect(title('Sur proposition du Secrétariat, les ministres ont adopté un guide des achats publics.')).toBe('Guide des achats publics')
  })

  it('passes a time, a duration or an adverb between the verb and its object, and names a verb of change', () => {
    expect(title('Il a été décidé de prolonger de deux ans le programme de bourses de mobilité.')).toBe('Prolongation du programme de bourses de mobilité')
    expect(title('Les ministres ont chargé le Secrétariat de préparer d’ici mars 2026 un guide régional des marchés publics.')).toBe('Guide régional des marchés publics')
    expect(title('Les ministres ont décidé de réviser le code minier commun.')).toBe('Révision du code minier commun')
    expect(title('Les États s’engagent à raccorder 2 millions d’écoles au réseau électrique.')).toBe('Raccordement des écoles au réseau électrique')
    expect(title('Les ministres ont pris l’engagement de négocier en commun les prix des manuels scolaires.')).toBe('Prix des manuels scolaires')
  })

  it('ends a phrase at a verb, a second infinitive, or `non` left alone; keeps a quoted name whole', () => {
    expect(title('Les ministres ont constaté que la scolarisation progresse la première année.')).toBe('Scolarisation')
    expect(title('Le taux de vaccination des enfants atteint 74 % contre 51 % en 2018.')).toBe('Taux de vaccination des enfants')
    expect(title('Les ministres ont demandé au secrétariat de recenser les forages abandonnés et de proposer un plan.')).toBe('Recensement des forages abandonnés')
    expect(title('Les États membres s’engagent à supprimer les barrages routiers non autorisés sur les corridors.')).toBe('Suppression des barrages routiers non autorisés')
    expect(title('Vingt et une délégations ont approuvé le programme « Lire pour grandir », qui offrira des livres.')).toBe('Programme « Lire pour grandir »')
    expect(title('Les ministres ont salué l’engagement des associations de parents d’élèves.')).toBe('Associations de parents d’élèves')
    expect(title('Les ministres se sont félicités de l’entrée en service du câble sous-marin régional.')).toBe('Câble sous-marin régional')
    expect(title('Le Conseil a adopté une stratégie régionale de lutte contre le paludisme dans les villes.')).toBe('Stratégie régionale de lutte contre le paludisme')
    expect(title('Les ministres ont arrêté le principe d’une redevance commune sur les forages.')).toBe('Redevance commune sur les forages')
    expect(title('La surveillance par drone des zones de pêche sera confiée aux garde-côtes.')).toBe('Surveillance par drone des zones de pêche')
  })

  it('looks past a decision, an accord, a mandate, progress and an adverb in -ment to what they are about', () => {
    expect(title('Les ministres ont donné leur accord à la création d’un registre régional des semences.')).toBe('Registre régional des semences')
    expect(title('Les ministres ont donné mandat au Secrétariat pour négocier un accord de transport aérien.')).toBe('Accord de transport aérien')
    expect(title('Le Conseil a autorisé le Secrétaire exécutif à signer un accord de siège avec le Tchad.')).toBe('Accord de siège')
    expect(title('Les ministres ont pris note des progrès réalisés dans la construction du pont de Rosso.')).toBe('Construction du pont de Rosso')
    expect(title('Les ministres ont condamné fermement les attaques contre les centres de santé.')).toBe('Attaques contre les centres de santé')
    expect(title('Les ministres ont pris la décision de réviser les tarifs portuaires.')).toBe('Révision des tarifs portuaires')
    expect(title('Les ministres ont souligné l’urgence de renforcer la prévention des feux de brousse.')).toBe('Prévention des feux de brousse')
    expect(title('Les ministres ont insisté sur la nécessité d’accélérer la ratification du Protocole.')).toBe('Accélération de la ratification du Protocole')
    expect(title('Mise en place d’un comité de suivi des engagements de Lomé.')).toBe('Comité de suivi des engagements de Lomé')
    expect(title('Les États membres ont réitéré leur engagement à lutter contre la traite des personnes.')).toBe('Lutte contre la traite des personnes')
    expect(title('Les ministres ont décidé de lutter contre le braconnage des éléphants dans les parcs.')).toBe('Lutte contre le braconnage des éléphants')
    expect(title('Les ministres ont adopté à l’unanimité la charte régionale du volontariat.')).toBe('Charte régionale du volontariat')
    expect(title('Les ministres ont décidé que chaque État désignera un point focal pour les réfugiés.')).toBe('Point focal pour les réfugiés')
    expect(title('Les ministres, qui avaient salué le rapport, ont décidé de créer un groupe de travail sur la dette.')).toBe('Groupe de travail sur la dette')
    // (an agreement that is one is kept: only `leur accord à` is an attitude)
    expect(title('Les ministres ont signé un accord pour la gestion des pêches.')).toBe('Accord pour la gestion des pêches')
  })

  it('gives a head the complement a count cut off, with the article French then needs', () => {
    expect(title('Les ministres ont décidé d’engager des fouilles sur 12 sites archéologiques menacés.')).toBe('Fouilles sur les sites archéologiques menacés')
    expect(title('Le Conseil a adopté un plan d’aide à 300 communes rurales.')).toBe('Plan d’aide aux communes rurales')
    expect(title('Le Conseil a fixé l’objectif de restaurer 3 millions d’hectares de mangroves d’ici à 2035.')).toBe('Objectif de restauration des mangroves')
  })

  it('keeps the participle after a plural noun that would be left alone', () => {
    expect(title('Le Conseil a décidé de céder des terres irriguées à deux mille jeunes agriculteurs.')).toBe('Terres irriguées')
    expect(title('Près de 300 dispensaires endommagés par les crues seront reconstruits avant la saison des pluies.')).toBe('Dispensaires endommagés')
    // (after more words the participle still goes with its complement)
    expect(title('Les ministres ont adopté un plan commun contre les violences faites aux femmes.')).toBe('Plan commun contre les violences')
  })

  it('names money given, left one word once its amount is gone, with who gives it', () => {
    expect(title('La Banque asiatique de développement a promis un prêt de 40 millions de dollars sur six ans.')).toBe('Prêt de la Banque asiatique de développement')
    expect(title('Les donateurs ont promis 600 millions d’euros de subventions sur quatre ans.')).toBe('Subventions des donateurs')
    expect(title('L’Agence norvégienne a accordé un don de 3 millions de dollars pour équiper les maternités.')).toBe('Don de l’Agence norvégienne')
  })

  it('titles a plan or a strategy by what it provides, a count and its unit left out', () => {
    expect(title('La feuille de route prévoit la plantation de 40 000 hectares de haies vives d’ici 2030.')).toBe('Plantation des haies vives')
    expect(title('Le programme prévoit la construction de 60 puits pastoraux dans les zones arides.')).toBe('Construction des puits pastoraux')
    expect(title('Le plan prévoit de vacciner 3 millions d’enfants avant la saison des pluies.')).toBe('Vaccination des enfants')
  })

  it('titles an opening infinitive by the object that comes after who it is for and an amount', () => {
    expect(title('réserver aux artisans locaux au moins 20 % des marchés de construction scolaire ;')).toBe('Marchés de construction scolaire')
  })

  it('ends the phrase at an amount of money and never cuts inside a complement', () => {
    expect(title('Les ministres ont adopté un programme de patrouilles conjointes doté de 12 millions d’euros.')).toBe('Programme de patrouilles conjointes')
    expect(title('Un fonds de garantie de 50 millions d’euros sera créé pour les petites entreprises.')).toBe('Fonds de garantie')
    expect(title('Les délégations ont convenu de créer un fonds régional pour l’adaptation des zones côtières.')).toBe('Fonds régional pour l’adaptation des zones côtières')
    // (a verb of change is named with its object)
    expect(title('Les ministres ont convenu de simplifier les règles d’origine applicables aux produits agricoles transformés de la région.')).toBe('Simplification des règles d’origine')
  })
})

describe('withoutForWhom', () => {
  it('drops a last complement naming only who the measure is for, people by their noun or by what they do', () => {
    expect(withoutForWhom('School fees for girls')).toBe('School fees')
    expect(withoutForWhom('Parametric microinsurance for small farmers and fisherfolk')).toBe('Parametric microinsurance')
    expect(withoutForWhom('Fellowship programme for early-career researchers')).toBe('Fellowship programme')
  })

  it('keeps a complement that says more than who, a title of one word before it, and a complement that is not people', () => {
    expect(withoutForWhom('Grants for girls in rural areas')).toBe('Grants for girls in rural areas')
    expect(withoutForWhom('Training for technicians')).toBe('Training for technicians')
    expect(withoutForWhom('Common tariff for small parcels')).toBe('Common tariff for small parcels')
    expect(withoutForWhom('Loans for grids and ports')).toBe('Loans for grids and ports')
  })
})

describe('items that go on from a lead-in ending on its auxiliary (issue 11, round 19)', () => {
  // Sentences written for this test: `Les délégués ont :` / `- adopté un calendrier …`: each item is the end of the
  // lead-in's sentence, opening on a past participle; its title names what was adopted, never the participle.
  const text = [
    'Les ministres de l’Élevage du Réseau sahélien de santé animale se sont réunis à Niamey le 6 mai 2026.',
    'Les délégués ont :',
    '- adopté un calendrier commun de vaccination du bétail, applicable dans les zones frontalières dès 2027',
    '- approuvé un guide des bonnes pratiques pour les marchés à bétail',
    '- demandé à la Banque régionale de solidarité et de développement agricole du Sahel de mobiliser 3 milliards de francs CFA pour les parcs de vaccination',
  ].join('\n')

  it('titles each item by its object, and a long-named body asked to fund something by what it funds', async () => {
    const titles = (await structureText(text)).result!.readout.pillars.map((pillar) => pillar.title)
    expect(titles).toEqual(['Calendrier commun de vaccination du bétail', 'Guide des bonnes pratiques', 'Parcs de vaccination'])
  })

  it('reads the same words in a full sentence the same way', () => {
    expect(patternTitle('Les délégués ont adopté un calendrier commun de vaccination du bétail.', FRENCH_TITLES)).toBe('Calendrier commun de vaccination du bétail')
  })
})
