import {readdirSync, readFileSync} from 'node:fs'

/**
 * Live (not zombie) processes whose command line mentions `text`: give a run its own TMPDIR, and
 * every process of its Chromium names it (the profile folder is made there).
 * @param text e.g. the run's temporary folder
 * @returns `pid command` of each
 */
export function processesMentioning(text: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const state = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '')[0]
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ')
      if (state !== 'Z' && command.includes(text)) found.push(`${entry} ${command.slice(0, 120)}`)
    } catch {}
  }
  return found
}

/**
 * Chromium processes whose parent is `pid`, not counting zombies.
 * @param pid the command's process
 * @returns their pids
 */
export function chromiumChildren(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
        return stat[0] !== 'Z' && Number(stat[1]) === pid && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('chrom')
      } catch {
        return false
      }
    })
    .map(Number)
}

/** The files of a complete pack, sorted. */
export const PACK_FILES = ['brief.docx', 'brief.html', 'brief.pdf', 'index.html', 'pack.json', 'roadmap.md', 'slides.html', 'slides.md', 'slides.pdf', 'slides.pptx', 'thumb-brief.png', 'thumb-slides.png']
