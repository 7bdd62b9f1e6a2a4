import {ASSEMBLY_OF_BODY} from './english.js'
import {FRENCH_ASSEMBLY_OF_BODY} from './french.js'

/** A members' meeting's name in every language the reader knows (`ASSEMBLY_OF_BODY`, `FRENCH_ASSEMBLY_OF_BODY`). */
const ASSEMBLIES = [ASSEMBLY_OF_BODY, FRENCH_ASSEMBLY_OF_BODY]

/**
 * The body that held a members' meeting read as the organisation (`Assemblée générale ordinaire des membres de la
 * Coopérative perlière des Tuamotu` → `Coopérative perlière des Tuamotu`): a general meeting is no body of its own.
 * @param organisation the organisation as read
 * @returns the body that held the meeting, else `undefined`
 */
export function bodyHoldingAssembly(organisation: string | undefined): string | undefined {
  if (!organisation) return undefined
  for (const pattern of ASSEMBLIES) {
    const found = pattern.exec(organisation.trim())
    if (found) return found[1].trim()
  }
  return undefined
}
