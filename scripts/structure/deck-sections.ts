/**
 * The parts of a deck exported or copied as text, and of any text cut into listed sections, that say how to read the lists
 * under them (layouts49): a slide's bare number line, the presenter's notes, and a heading that names the decisions.
 */

/**
 * A slide's number alone on its line, as a deck copied from a PDF or exported to text writes it above each slide's title
 * (`Slide 3`, `SLIDE 4 of 9`, `Slide #2`, `Diapositive 5 / 12`, `Diapo 2`, `<!-- Slide number: 6 -->`): it numbers the
 * slide and says nothing, so the slide's title under it heads the slide's list as any heading does.
 */
export const SLIDE_NUMBER_LINE = /^(?:<!--\s*)?(?:slide|diapositive|diapo)(?:\s+(?:number|no\.?|n[o°º]\.?|num[ée]ro))?\s*(?::\s*)?(?:#\s*)?\d{1,3}(?:\s*(?:\/|of|sur)\s*\d{1,3})?(?:\s*:)?(?:\s*-->)?$/iu

/**
 * The presenter's notes under a slide, with their label (`Speaker notes: Thank the hosts …`, `Presenter notes – …`,
 * `Notes: …` right under a slide's list is not enough: the label names the speaker or the presenter; `Notes du présentateur :`,
 * `Notes de l'orateur :`, `Notes pour l'intervenant :`, `Commentaires de l'orateur :`): what the speaker should say or do,
 * never a decision nor a step ahead, whatever its words (`the slides will be on the website next week`).
 */
export const PRESENTER_NOTES = /^(?:(?:speaker(?:['’]s)?|presenter(?:['’]s)?|talking)\s+notes|notes\s+(?:for\s+the\s+(?:speaker|presenter)|du\s+pr[ée]sentateur|de\s+la\s+pr[ée]sentatrice|de\s+l['’]\s?orat(?:eur|rice)|pour\s+l['’]\s?(?:intervenant|orat(?:eur|rice))(?:e)?|de\s+l['’]\s?intervenant(?:e)?)|commentaires\s+de\s+l['’]\s?orat(?:eur|rice))\s*[:：–—-]/iu

/**
 * A heading that names what the meeting decided, by the decision's verb or noun (`What the Assembly agreed`, `What we decided`,
 * `Decisions taken`, `Agreed actions`, `Ce qui a été décidé`, `Ce que le conseil a adopté`, `Les mesures retenues`): in a text
 * whose lists stand under headings, the list under it holds the decisions, and a list under another heading none of whose
 * items decides (`Who came`, `Why it matters`, `Qui était là`) is the deck's context.
 */
export const DECIDED_HEADING = /(?<!\p{L})(?:agreed|decided|adopted|approved|resolved|endorsed|decisions?|outcomes?|d[ée]cid[ée]e?s?|adopt[ée]e?s?|retenue?s?|convenue?s?|arr[êe]t[ée]e?s?|approuv[ée]e?s?|d[ée]cisions?)(?!\p{L})/iu
