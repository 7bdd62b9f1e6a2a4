// briefing-pack as a library: the package's `exports`. Only wiring; the code lives where it is named.
export {buildPack, type PackOptions, type PackResult} from './pipeline.js'
export {structureSource, type Structured} from './structure/structure-source.js'
export {readSource} from './structure/read-source.js'
export type {Readout} from './structure/readout.js'
export {BrowserSession} from './browser.js'
export {BuildError, EXIT} from './errors.js'
export {loadSettings, OUTPUT_NAMES, type OutputName, type PackSettings, type ProjectSettings} from './config/settings.js'
