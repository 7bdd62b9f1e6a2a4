import {findDates} from './structure/parse-dates.js'
import {FRENCH_CALENDAR} from './structure/french.js'
for (const t of ['Du mercredi 30 septembre au vendredi 2 octobre 2026', 'Du lundi 28 septembre au mercredi 30 septembre 2026', 'du 30 septembre au 2 octobre 2026'])
  console.log(t, JSON.stringify(findDates(t, undefined, FRENCH_CALENDAR)))
