/**
 * One full collection of this process's heap at a moment a build waits on Chromium anyway: a brief's or a
 * deck's HTML has been handed to the browser, which lays it out and prints it while this thread has
 * nothing to do but pass messages. It is made at the first print after every pack has been read
 * (the language model let go by `releaseNlp`), a brief's or a deck's: a one-source build collects
 * at its brief's print, which the browser is handed as soon as Marp has rendered the deck, before
 * the deck itself; a build of many sources at the first print after the last one is read; and
 * also at every `DECKS_PER_COLLECTION`th deck on the way, which keeps a long run's memory flat.
 * At the deck's print (as before) the collection came while both pages were laid out, the tree's
 * peak, and often ended after it: at the brief's, 14 alternating pairs on the seed at load 12–19,
 * the tree's peak PSS median paired −19.9 and −12.4 MiB in two series (docs/speed.md). Until then V8 has
 * collected the old generation once (~2 s into a build, at ~45 MiB); by the print the heap holds
 * ~75 MiB, about half of it garbage (Marp's render, the model), and the print is the build's peak
 * of memory. Measured on the seed (5 alternating pairs, headless shell, load average 11–17): peak
 * PSS of the process tree 357 → 337 MiB (median paired difference −22 MiB), CPU of the tree
 * +260 ms (median paired difference; single pairs −690 to +620 ms), wall time within the noise.
 * Not at every deck: in a build of many packs each full collection marks the whole heap (the model
 * and three packs in flight), ~90 ms of this thread a pack, which the other packs wait on; 50
 * readouts spent 9.2 s of this thread in the collector against 4.6 s without. With none but the
 * last, 200 readouts' peak grew 614 → 740 MiB from the first fifty to the last (docs/speed.md).
 *
 * It needs Node started with `--expose-gc` (package.json's scripts and the installed command's
 * shebang, `scripts/node-flags.ts`); without it, nothing is done. The flag is not set at run time
 * (`v8.setFlagsFromString`): V8 then marks the code cache it writes at exit as made under other
 * flags, and the next run refuses it (measured), so every run would compile everything again.
 * Only a build asks for it (`collectAtPrints`): in watch mode a save's outputs are waited for.
 */
let due = false
/** Whether a build asked for collections (`collectAtPrints`); watch mode never does. */
let building = false
/** Decks printed since the last collection. */
let decks = 0

/** In a build of many packs, a collection at every this many decks' prints (each ~90 ms of this thread). */
export const DECKS_PER_COLLECTION = 8

/** A build: collect at every `DECKS_PER_COLLECTION`th deck's print from now on (watch mode does not). */
export function collectAtPrints(): void {
  building = true
}

/** A build: collect at the next print too, a brief's or a deck's (it calls this when every pack has been read). */
export function collectAtNextPrint(): void {
  due = true
}

/**
 * Run a full collection on the next turn of the event loop (after the message that handed the
 * browser its work is written), when a build asked for it, one is due (`collectAtNextPrint`, or
 * the count of decks) and Node exposes `gc`.
 */
export function collectWhileBrowserWorks(): void {
  const gc = (globalThis as {gc?: () => void}).gc
  if (!building || !gc) return
  decks++
  if (due || decks >= DECKS_PER_COLLECTION) collectNow(gc)
}

/**
 * Run the collection that is due (`collectAtNextPrint`) on the next turn of the event loop, when a
 * brief has just been handed to the browser: the first print after every pack is read collects,
 * whichever of the two pages it is (a brief's print does not count towards the decks').
 */
export function collectIfDueWhileBrowserWorks(): void {
  const gc = (globalThis as {gc?: () => void}).gc
  if (building && gc && due) collectNow(gc)
}

/** Collect on the next turn of the event loop, and count the decks to the next collection from zero. */
function collectNow(gc: () => void): void {
  due = false
  decks = 0
  setImmediate(gc)
}
