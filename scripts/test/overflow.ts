import type {Browser} from 'puppeteer-core'
import {showPrintView} from '../../slides/print-deck.js'
import type {SlideShape} from '../../slides/slide-size.js'
import {withOfflinePage} from '../browser.js'

/**
 * Lay a built `slides.html` out as it is printed and list every slide whose content runs out of
 * its box: a section that scrolls, a clipped footer, a card or point taller than its box, an
 * element past the content area (above the footer). The marking sits in the margins, as the footer does.
 * @param browser a browser
 * @param html the HTML deck
 * @param shape the deck's shape
 * @returns one line per problem; empty when every slide fits
 */
export async function slideOverflows(browser: Browser, html: string, shape: SlideShape = '16:9'): Promise<string[]> {
  return withOfflinePage(browser, async (page) => {
    await showPrintView(page, html, shape)
    return page.evaluate(() => {
      const problems: string[] = []
      const sections = document.querySelectorAll('svg[data-marpit-svg] > foreignObject > section')
      if (sections.length === 0) problems.push('no slide found')
      sections.forEach((section, index) => {
        const box = section.getBoundingClientRect()
        const style = getComputedStyle(section)
        const footer = section.querySelector('footer')?.getBoundingClientRect()
        const contentBottom = footer && footer.height > 0 ? footer.top : box.bottom - parseFloat(style.paddingBottom) / 2
        if (section.scrollHeight > section.clientHeight + 1 || section.scrollWidth > section.clientWidth + 1) problems.push(`slide ${index + 1}: scroll ${section.scrollWidth}x${section.scrollHeight}`)
        // The running footer is one line, never clipped (CSS would show "…").
        const foot = section.querySelector('footer')
        if (foot && foot.scrollWidth > foot.clientWidth + 1) problems.push(`slide ${index + 1}: footer clipped (${foot.scrollWidth} > ${foot.clientWidth})`)
        // A card or point whose text runs out of its own box (the overview's cards) overflows too.
        section.querySelectorAll('li').forEach((item) => {
          if (item.scrollHeight > item.clientHeight + 1) problems.push(`slide ${index + 1}: <li> text ${item.scrollHeight - item.clientHeight}px taller than its box`)
          // (an item taller than its grid row runs out of its list, whose own box stays clear: the hero's bar ran into the footer)
          const r = item.getBoundingClientRect()
          if (r.height > 0 && r.bottom > contentBottom + 1) problems.push(`slide ${index + 1}: <li> ${Math.round(r.bottom - contentBottom)}px past the content area`)
        })
        section.querySelectorAll(':scope > *:not(footer):not(.bp-marking)').forEach((element) => {
          const r = element.getBoundingClientRect()
          if (r.height === 0) return
          if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > contentBottom + 1) problems.push(`slide ${index + 1}: <${element.tagName.toLowerCase()}> ${Math.round(r.bottom - contentBottom)}px past the content area`)
        })
        // The marking stays inside the slide and clear of the content.
        section.querySelectorAll(':scope > .bp-marking').forEach((mark) => {
          const r = mark.getBoundingClientRect()
          if (r.top < box.top - 1 || r.bottom > box.bottom + 1) problems.push(`slide ${index + 1}: marking outside the slide`)
        })
      })
      return problems
    })
  })
}
